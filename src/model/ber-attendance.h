/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_ATTENDANCE (ber_attendance_get_type ())

G_DECLARE_FINAL_TYPE (BerAttendance, ber_attendance, BER, ATTENDANCE, BerRecord)

BerAttendance *ber_attendance_new         (void);
const char    *ber_attendance_get_role    (BerAttendance *self);
gboolean       ber_attendance_get_present (BerAttendance *self);

G_END_DECLS
