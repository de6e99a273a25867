/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_FORUM_EVENT (ber_forum_event_get_type ())

G_DECLARE_FINAL_TYPE (BerForumEvent, ber_forum_event, BER, FORUM_EVENT, BerRecord)

BerForumEvent *ber_forum_event_new           (void);
const char    *ber_forum_event_get_title     (BerForumEvent *self);
const char    *ber_forum_event_get_starts_on (BerForumEvent *self);

G_END_DECLS
