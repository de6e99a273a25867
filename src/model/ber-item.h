/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_ITEM (ber_item_get_type ())

G_DECLARE_FINAL_TYPE (BerItem, ber_item, BER, ITEM, BerRecord)

BerItem    *ber_item_new              (void);
const char *ber_item_get_title        (BerItem *self);
const char *ber_item_get_status       (BerItem *self);
const char *ber_item_get_diary_number (BerItem *self);
const char *ber_item_get_received_on  (BerItem *self);
const char *ber_item_get_reply_by     (BerItem *self);

G_END_DECLS
