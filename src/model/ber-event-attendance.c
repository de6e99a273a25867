/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-event-attendance"

#include "config.h"

#include "ber-event-attendance.h"

/* A person who went to a forum event, possibly on an assignment. */
struct _BerEventAttendance
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerEventAttendance, ber_event_attendance, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_EVENT_ID,
  PROP_PERSON_ID,
  PROP_ASSIGNMENT_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_event_attendance_class_init (BerEventAttendanceClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "event_attendance";

  properties[PROP_EVENT_ID] = g_param_spec_int64 ("event-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_ASSIGNMENT_ID] =
    g_param_spec_int64 ("assignment-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_event_attendance_init (BerEventAttendance *self)
{
}

BerEventAttendance *
ber_event_attendance_new (void)
{
  return g_object_new (BER_TYPE_EVENT_ATTENDANCE, NULL);
}

gint64
ber_event_attendance_get_event_id (BerEventAttendance *self)
{
  g_return_val_if_fail (BER_IS_EVENT_ATTENDANCE (self), 0);
  return ber_record_get_int64 (BER_RECORD (self), "event-id");
}

gint64
ber_event_attendance_get_person_id (BerEventAttendance *self)
{
  g_return_val_if_fail (BER_IS_EVENT_ATTENDANCE (self), 0);
  return ber_record_get_int64 (BER_RECORD (self), "person-id");
}
