/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_EVENT_ATTENDANCE (ber_event_attendance_get_type ())

G_DECLARE_FINAL_TYPE (BerEventAttendance, ber_event_attendance, BER, EVENT_ATTENDANCE, BerRecord)

BerEventAttendance *ber_event_attendance_new           (void);
gint64              ber_event_attendance_get_event_id  (BerEventAttendance *self);
gint64              ber_event_attendance_get_person_id (BerEventAttendance *self);

G_END_DECLS
