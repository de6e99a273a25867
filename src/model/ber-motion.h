/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_MOTION (ber_motion_get_type ())

G_DECLARE_FINAL_TYPE (BerMotion, ber_motion, BER, MOTION, BerRecord)

BerMotion  *ber_motion_new              (void);
const char *ber_motion_get_mover        (BerMotion *self);
const char *ber_motion_get_text         (BerMotion *self);
const char *ber_motion_get_supported_by (BerMotion *self);

#define BER_TYPE_VOTE (ber_vote_get_type ())

G_DECLARE_FINAL_TYPE (BerVote, ber_vote, BER, VOTE, BerRecord)

/* A member's voice in a vote: "yes", "no" or "abstain". */
BerVote    *ber_vote_new                (gint64     person_id,
                                         const char *choice);
gint64      ber_vote_get_person_id      (BerVote   *self);
const char *ber_vote_get_choice         (BerVote   *self);

G_END_DECLS
