/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_ITEM_TRANSITION (ber_item_transition_get_type ())

G_DECLARE_FINAL_TYPE (BerItemTransition, ber_item_transition, BER, ITEM_TRANSITION, BerRecord)

BerItemTransition *ber_item_transition_new            (void);
const char        *ber_item_transition_get_to_status  (BerItemTransition *self);
const char        *ber_item_transition_get_changed_at (BerItemTransition *self);

G_END_DECLS
