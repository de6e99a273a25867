/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-meeting"

#include "config.h"

#include "ber-meeting.h"

/* A meeting of a body, read from the meeting_list view. */
struct _BerMeeting
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerMeeting, ber_meeting, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_BODY_ID,
  PROP_HELD_ON,
  PROP_STARTS_AT,
  PROP_PLACE,
  PROP_AGENDA_DEADLINE,
  PROP_STATUS,
  PROP_CHAIR_ID,
  PROP_CHECKER_ID,
  PROP_SECRETARY_ID,
  PROP_APPROVED_ON,
  PROP_POSTED_ON,
  PROP_NOTES,
  /* From the view. */
  PROP_BODY_NAME,
  PROP_BODY_SHORT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const depends[] = { "body", NULL };

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_meeting_class_init (BerMeetingClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "meeting";
  record_class->source = "meeting_list";
  record_class->depends = depends;

  properties[PROP_BODY_ID] = g_param_spec_int64 ("body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_HELD_ON] = g_param_spec_string ("held-on", NULL, NULL, "", FLAGS);
  properties[PROP_STARTS_AT] = g_param_spec_string ("starts-at", NULL, NULL, "09:00", FLAGS);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, "", FLAGS);
  properties[PROP_AGENDA_DEADLINE] =
    g_param_spec_string ("agenda-deadline", NULL, NULL, NULL, FLAGS);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "planned", FLAGS);
  properties[PROP_CHAIR_ID] = g_param_spec_int64 ("chair-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_CHECKER_ID] =
    g_param_spec_int64 ("checker-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_SECRETARY_ID] =
    g_param_spec_int64 ("secretary-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_APPROVED_ON] = g_param_spec_string ("approved-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_POSTED_ON] = g_param_spec_string ("posted-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", FLAGS);
  properties[PROP_BODY_NAME] = g_param_spec_string ("body-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_BODY_SHORT_NAME] =
    g_param_spec_string ("body-short-name", NULL, NULL, NULL, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_meeting_init (BerMeeting *self)
{
}

BerMeeting *
ber_meeting_new (void)
{
  return g_object_new (BER_TYPE_MEETING, NULL);
}

const char *
ber_meeting_get_held_on (BerMeeting *self)
{
  g_return_val_if_fail (BER_IS_MEETING (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "held-on");
}

const char *
ber_meeting_get_status (BerMeeting *self)
{
  g_return_val_if_fail (BER_IS_MEETING (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "status");
}

const char *
ber_meeting_get_body_name (BerMeeting *self)
{
  g_return_val_if_fail (BER_IS_MEETING (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "body-name");
}
