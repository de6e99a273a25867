/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-body"

#include "config.h"

#include "ber-body.h"

/* A body of the region: council, board, committee. */
struct _BerBody
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerBody, ber_body, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_KIND,
  PROP_ESTABLISHED_ON,
  PROP_DISSOLVED_ON,
  PROP_AGENDA_DEADLINE_DAYS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_body_class_init (BerBodyClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "body";

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", FLAGS);
  properties[PROP_SHORT_NAME] = g_param_spec_string ("short-name", NULL, NULL, "", FLAGS);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "board", FLAGS);
  properties[PROP_ESTABLISHED_ON] = g_param_spec_string ("established-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_DISSOLVED_ON] = g_param_spec_string ("dissolved-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_AGENDA_DEADLINE_DAYS] =
    g_param_spec_int ("agenda-deadline-days", NULL, NULL, 0, 365, 10, FLAGS);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_body_init (BerBody *self)
{
}

BerBody *
ber_body_new (void)
{
  return g_object_new (BER_TYPE_BODY, NULL);
}

const char *
ber_body_get_name (BerBody *self)
{
  g_return_val_if_fail (BER_IS_BODY (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "name");
}

const char *
ber_body_get_short_name (BerBody *self)
{
  g_return_val_if_fail (BER_IS_BODY (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "short-name");
}
