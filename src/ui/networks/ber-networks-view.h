/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-store.h"

G_BEGIN_DECLS

#define BER_TYPE_NETWORKS_VIEW (ber_networks_view_get_type ())

G_DECLARE_FINAL_TYPE (BerNetworksView, ber_networks_view, BER, NETWORKS_VIEW, AdwBin)

GtkWidget  *ber_networks_view_new                (void);
void        ber_networks_view_set_store          (BerNetworksView *self,
                                                  BerStore        *store);
guint       ber_networks_view_get_n_due_reviews  (BerNetworksView *self);
void        ber_networks_view_show_network       (BerNetworksView *self,
                                                  gint64           network_id);
GListModel *ber_networks_view_get_model          (BerNetworksView *self);

G_END_DECLS
