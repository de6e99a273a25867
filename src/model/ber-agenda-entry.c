/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-agenda-entry"

#include "config.h"

#include "ber-agenda-entry.h"

/* A point on a meeting's agenda, with its paragraph (§) and decision once
 * held. paragraph and paragraph-year are 0 until numbered (NULL). */
struct _BerAgendaEntry
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerAgendaEntry, ber_agenda_entry, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_MEETING_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_TITLE,
  PROP_ITEM_ID,
  PROP_REPORT_ID,
  PROP_MINUTES_MEETING_ID,
  PROP_PRESENTER_ID,
  PROP_ESTIMATED_MINUTES,
  PROP_PARAGRAPH,
  PROP_PARAGRAPH_BODY_ID,
  PROP_PARAGRAPH_YEAR,
  PROP_DECISION,
  PROP_DECISION_NOTE,
  PROP_ADOPTED_MOTION_ID,
  PROP_VOTED,
  PROP_VOTE_YES_MOTION_ID,
  PROP_VOTE_NO_MOTION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)
#define NULLABLE (FLAGS | BER_PARAM_NULLABLE)

static void
ber_agenda_entry_class_init (BerAgendaEntryClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "agenda_entry";

  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "item", FLAGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", FLAGS);
  properties[PROP_ITEM_ID] = g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_REPORT_ID] =
    g_param_spec_int64 ("report-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_MINUTES_MEETING_ID] =
    g_param_spec_int64 ("minutes-meeting-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_PRESENTER_ID] =
    g_param_spec_int64 ("presenter-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_ESTIMATED_MINUTES] =
    g_param_spec_int ("estimated-minutes", NULL, NULL, 0, 600, 5, FLAGS);
  properties[PROP_PARAGRAPH] = g_param_spec_int ("paragraph", NULL, NULL, 0, G_MAXINT, 0, NULLABLE);
  properties[PROP_PARAGRAPH_BODY_ID] =
    g_param_spec_int64 ("paragraph-body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_PARAGRAPH_YEAR] =
    g_param_spec_int ("paragraph-year", NULL, NULL, 0, G_MAXINT, 0, NULLABLE);
  properties[PROP_DECISION] = g_param_spec_string ("decision", NULL, NULL, NULL, FLAGS);
  properties[PROP_DECISION_NOTE] = g_param_spec_string ("decision-note", NULL, NULL, "", FLAGS);
  /* The order of decision and the vote (ber-meetings-motions.c); 0: the proposal. */
  properties[PROP_ADOPTED_MOTION_ID] =
    g_param_spec_int64 ("adopted-motion-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_VOTED] = g_param_spec_boolean ("voted", NULL, NULL, FALSE, FLAGS);
  properties[PROP_VOTE_YES_MOTION_ID] =
    g_param_spec_int64 ("vote-yes-motion-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_VOTE_NO_MOTION_ID] =
    g_param_spec_int64 ("vote-no-motion-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_agenda_entry_init (BerAgendaEntry *self)
{
}

BerAgendaEntry *
ber_agenda_entry_new (void)
{
  return g_object_new (BER_TYPE_AGENDA_ENTRY, NULL);
}

const char *
ber_agenda_entry_get_title (BerAgendaEntry *self)
{
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "title");
}

const char *
ber_agenda_entry_get_kind (BerAgendaEntry *self)
{
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "kind");
}

int
ber_agenda_entry_get_position (BerAgendaEntry *self)
{
  int position = 0;

  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (self), 0);
  g_object_get (self, "position", &position, NULL);
  return position;
}
