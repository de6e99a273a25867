/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record-page.h"

G_BEGIN_DECLS

#define BER_TYPE_ITEM_PAGE (ber_item_page_get_type ())

G_DECLARE_FINAL_TYPE (BerItemPage, ber_item_page, BER, ITEM_PAGE, BerRecordPage)

BerItemPage *ber_item_page_new          (void);
void         ber_item_page_set_context  (BerItemPage *self,
                                         BerContext  *context);
void         ber_item_page_set_item     (BerItemPage *self,
                                         BerItem     *item);
BerItem     *ber_item_page_get_item     (BerItemPage *self);
gboolean     ber_item_page_save         (BerItemPage *self);
gboolean     ber_item_page_get_modified (BerItemPage *self);
gboolean     ber_item_page_move         (BerItemPage *self,
                                         const char  *to_status,
                                         const char  *reason);

G_END_DECLS
