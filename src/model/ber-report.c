/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-report"

#include "config.h"

#include "ber-report.h"

/* A report back from an assignment or event, read from the report_list view. */
struct _BerReport
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerReport, ber_report, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_EVENT_ID,
  PROP_PERSON_ID,
  PROP_ASSIGNMENT_ID,
  PROP_BODY_ID,
  PROP_STATUS,
  PROP_DUE_ON,
  PROP_RECEIVED_ON,
  PROP_PRESENTED_ON,
  PROP_SUBJECT_AREAS,
  PROP_POSITIONS,
  PROP_CONTINUED_WORK,
  PROP_HOME_WORK,
  PROP_REMINDED_ON,
  /* From the view. */
  PROP_PERSON_NAME,
  PROP_PERSON_EMAIL,
  PROP_BODY_NAME,
  PROP_EVENT_TITLE,
  PROP_EVENT_STARTS_ON,
  PROP_NETWORK_NAME,
  PROP_NETWORK_ACRONYM,
  /* The latest agenda entry that brings the report to a meeting. */
  PROP_AGENDA_MEETING_ID,
  PROP_AGENDA_PARAGRAPH,
  PROP_AGENDA_HELD_ON,
  PROP_AGENDA_BODY_NAME,
  PROP_AGENDA_BODY_SHORT_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const depends[] = { "person", "body", "forum_event", "network",
                                        "agenda_entry", "meeting", NULL };

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_report_class_init (BerReportClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "report";
  record_class->source = "report_list";
  record_class->depends = depends;

  properties[PROP_EVENT_ID] = g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_ASSIGNMENT_ID] =
    g_param_spec_int64 ("assignment-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_BODY_ID] = g_param_spec_int64 ("body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "expected", FLAGS);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, "", FLAGS);
  properties[PROP_RECEIVED_ON] = g_param_spec_string ("received-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_PRESENTED_ON] = g_param_spec_string ("presented-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_SUBJECT_AREAS] = g_param_spec_string ("subject-areas", NULL, NULL, "", FLAGS);
  properties[PROP_POSITIONS] = g_param_spec_string ("positions", NULL, NULL, "", FLAGS);
  properties[PROP_CONTINUED_WORK] = g_param_spec_string ("continued-work", NULL, NULL, "", FLAGS);
  properties[PROP_HOME_WORK] = g_param_spec_string ("home-work", NULL, NULL, "", FLAGS);
  properties[PROP_REMINDED_ON] = g_param_spec_string ("reminded-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_PERSON_NAME] = g_param_spec_string ("person-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_PERSON_EMAIL] = g_param_spec_string ("person-email", NULL, NULL, NULL, FLAGS);
  properties[PROP_BODY_NAME] = g_param_spec_string ("body-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_EVENT_TITLE] = g_param_spec_string ("event-title", NULL, NULL, NULL, FLAGS);
  properties[PROP_EVENT_STARTS_ON] =
    g_param_spec_string ("event-starts-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_NETWORK_NAME] = g_param_spec_string ("network-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_NETWORK_ACRONYM] =
    g_param_spec_string ("network-acronym", NULL, NULL, NULL, FLAGS);
  properties[PROP_AGENDA_MEETING_ID] =
    g_param_spec_int64 ("agenda-meeting-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_AGENDA_PARAGRAPH] =
    g_param_spec_int64 ("agenda-paragraph", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_AGENDA_HELD_ON] = g_param_spec_string ("agenda-held-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_AGENDA_BODY_NAME] =
    g_param_spec_string ("agenda-body-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_AGENDA_BODY_SHORT_NAME] =
    g_param_spec_string ("agenda-body-short-name", NULL, NULL, NULL, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_report_init (BerReport *self)
{
}

BerReport *
ber_report_new (void)
{
  return g_object_new (BER_TYPE_REPORT, NULL);
}

const char *
ber_report_get_status (BerReport *self)
{
  g_return_val_if_fail (BER_IS_REPORT (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "status");
}

const char *
ber_report_get_due_on (BerReport *self)
{
  g_return_val_if_fail (BER_IS_REPORT (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "due-on");
}
