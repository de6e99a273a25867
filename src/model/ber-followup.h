/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_FOLLOWUP (ber_followup_get_type ())

G_DECLARE_FINAL_TYPE (BerFollowup, ber_followup, BER, FOLLOWUP, BerRecord)

BerFollowup *ber_followup_new      (void);
const char  *ber_followup_get_text (BerFollowup *self);
gboolean     ber_followup_get_late (BerFollowup *self);

G_END_DECLS
