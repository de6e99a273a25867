/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_MEETING (ber_meeting_get_type ())

G_DECLARE_FINAL_TYPE (BerMeeting, ber_meeting, BER, MEETING, BerRecord)

BerMeeting *ber_meeting_new           (void);
const char *ber_meeting_get_held_on   (BerMeeting *self);
const char *ber_meeting_get_status    (BerMeeting *self);
const char *ber_meeting_get_body_name (BerMeeting *self);

G_END_DECLS
