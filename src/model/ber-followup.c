/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-followup"

#include "config.h"

#include "ber-followup.h"

/*
 * A decision's att-clause still to be carried out, with what the follow-up
 * list shows beside it: the meeting and § that decided it, who is
 * responsible, and whether it is late. Saved, it writes the clause.
 */
struct _BerFollowup
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerFollowup, ber_followup, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_AGENDA_ENTRY_ID,
  PROP_POSITION,
  PROP_TEXT,
  PROP_RESPONSIBLE_ID,
  PROP_DUE_ON,
  PROP_COMPLETED_ON,
  /* Not columns of the clause: from its entry, meeting and person. */
  PROP_MEETING_ID,
  PROP_HELD_ON,
  PROP_BODY_NAME,
  PROP_BODY_SHORT_NAME,
  PROP_ENTRY_TITLE,
  PROP_PARAGRAPH,
  PROP_RESPONSIBLE_NAME,
  PROP_LATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_followup_class_init (BerFollowupClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "clause";
  record_class->label = "text";

  properties[PROP_AGENDA_ENTRY_ID] =
    g_param_spec_int64 ("agenda-entry-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", FLAGS);
  properties[PROP_RESPONSIBLE_ID] =
    g_param_spec_int64 ("responsible-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_COMPLETED_ON] = g_param_spec_string ("completed-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_HELD_ON] = g_param_spec_string ("held-on", NULL, NULL, "", FLAGS);
  properties[PROP_BODY_NAME] = g_param_spec_string ("body-name", NULL, NULL, "", FLAGS);
  properties[PROP_BODY_SHORT_NAME] =
    g_param_spec_string ("body-short-name", NULL, NULL, "", FLAGS);
  properties[PROP_ENTRY_TITLE] = g_param_spec_string ("entry-title", NULL, NULL, "", FLAGS);
  properties[PROP_PARAGRAPH] = g_param_spec_int ("paragraph", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_RESPONSIBLE_NAME] =
    g_param_spec_string ("responsible-name", NULL, NULL, "", FLAGS);
  properties[PROP_LATE] = g_param_spec_boolean ("late", NULL, NULL, FALSE, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_followup_init (BerFollowup *self)
{
}

BerFollowup *
ber_followup_new (void)
{
  return g_object_new (BER_TYPE_FOLLOWUP, NULL);
}

const char *
ber_followup_get_text (BerFollowup *self)
{
  g_return_val_if_fail (BER_IS_FOLLOWUP (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "text");
}

gboolean
ber_followup_get_late (BerFollowup *self)
{
  gboolean late = FALSE;

  g_return_val_if_fail (BER_IS_FOLLOWUP (self), FALSE);
  g_object_get (self, "late", &late, NULL);
  return late;
}
