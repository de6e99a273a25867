/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-attendance"

#include "config.h"

#include "ber-attendance.h"

/* Who attended a meeting, and in which role. */
struct _BerAttendance
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerAttendance, ber_attendance, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_MEETING_ID,
  PROP_PERSON_ID,
  PROP_ROLE,
  PROP_PRESENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_attendance_class_init (BerAttendanceClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "attendance";

  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, "member", FLAGS);
  properties[PROP_PRESENT] = g_param_spec_boolean ("present", NULL, NULL, TRUE, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_attendance_init (BerAttendance *self)
{
}

BerAttendance *
ber_attendance_new (void)
{
  return g_object_new (BER_TYPE_ATTENDANCE, NULL);
}

const char *
ber_attendance_get_role (BerAttendance *self)
{
  g_return_val_if_fail (BER_IS_ATTENDANCE (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "role");
}

gboolean
ber_attendance_get_present (BerAttendance *self)
{
  gboolean present = FALSE;

  g_return_val_if_fail (BER_IS_ATTENDANCE (self), FALSE);
  g_object_get (self, "present", &present, NULL);
  return present;
}
