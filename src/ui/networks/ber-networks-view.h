/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-register-view.h"

G_BEGIN_DECLS

#define BER_TYPE_NETWORKS_VIEW (ber_networks_view_get_type ())

G_DECLARE_FINAL_TYPE (BerNetworksView, ber_networks_view, BER, NETWORKS_VIEW, BerRegisterView)

GtkWidget  *ber_networks_view_new                (void);
guint       ber_networks_view_get_n_due_reviews  (BerNetworksView *self);
void        ber_networks_view_show_network       (BerNetworksView *self,
                                                  gint64           network_id);
GListModel *ber_networks_view_get_model          (BerNetworksView *self);
void        ber_networks_view_new_network        (BerNetworksView *self);

G_END_DECLS
