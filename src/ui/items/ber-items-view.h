/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-register-view.h"

G_BEGIN_DECLS

#define BER_TYPE_ITEMS_VIEW (ber_items_view_get_type ())

G_DECLARE_FINAL_TYPE (BerItemsView, ber_items_view, BER, ITEMS_VIEW, BerRegisterView)

GtkWidget  *ber_items_view_new        (void);
guint       ber_items_view_get_n_due  (BerItemsView *self);
gboolean    ber_items_view_get_counting_due (BerItemsView *self);
void        ber_items_view_show_item  (BerItemsView *self,
                                       gint64        item_id);
GListModel *ber_items_view_get_model  (BerItemsView *self);

G_END_DECLS
