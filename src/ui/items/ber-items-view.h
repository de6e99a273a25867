/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-store.h"

G_BEGIN_DECLS

#define BER_TYPE_ITEMS_VIEW (ber_items_view_get_type ())

G_DECLARE_FINAL_TYPE (BerItemsView, ber_items_view, BER, ITEMS_VIEW, AdwBin)

GtkWidget  *ber_items_view_new        (void);
void        ber_items_view_set_store  (BerItemsView *self,
                                       BerStore     *store);
guint       ber_items_view_get_n_due  (BerItemsView *self);
void        ber_items_view_show_item  (BerItemsView *self,
                                       gint64        item_id);
GListModel *ber_items_view_get_model  (BerItemsView *self);

G_END_DECLS
