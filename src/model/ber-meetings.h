/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-service.h"

G_BEGIN_DECLS

#define BER_TYPE_MEETINGS (ber_meetings_get_type ())

G_DECLARE_FINAL_TYPE (BerMeetings, ber_meetings, BER, MEETINGS, BerService)

/*
 * Meetings of the bodies: agendas, locking, decisions, minutes and follow-up.
 */

BerMeetings *ber_meetings_new (BerStore *store);

G_END_DECLS
