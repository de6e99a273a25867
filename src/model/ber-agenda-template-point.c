/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-agenda-template-point"

#include "config.h"

#include "ber-agenda-template-point.h"

/* A standing point of a body's agenda. */
struct _BerAgendaTemplatePoint
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerAgendaTemplatePoint, ber_agenda_template_point, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_BODY_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_PLACEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_agenda_template_point_class_init (BerAgendaTemplatePointClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "agenda_template_point";

  properties[PROP_BODY_ID] = g_param_spec_int64 ("body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", FLAGS);
  properties[PROP_PLACEMENT] = g_param_spec_string ("placement", NULL, NULL, "start", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_agenda_template_point_init (BerAgendaTemplatePoint *self)
{
}

BerAgendaTemplatePoint *
ber_agenda_template_point_new (void)
{
  return g_object_new (BER_TYPE_AGENDA_TEMPLATE_POINT, NULL);
}

const char *
ber_agenda_template_point_get_title (BerAgendaTemplatePoint *self)
{
  g_return_val_if_fail (BER_IS_AGENDA_TEMPLATE_POINT (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "title");
}

int
ber_agenda_template_point_get_position (BerAgendaTemplatePoint *self)
{
  int position = 0;

  g_return_val_if_fail (BER_IS_AGENDA_TEMPLATE_POINT (self), 0);
  g_object_get (self, "position", &position, NULL);
  return position;
}
