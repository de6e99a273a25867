/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-networks.h"

G_BEGIN_DECLS

/* What the parts of BerNetworks (ber-networks.c, ber-networks-details.c) share. */

BerStore *_ber_networks_store       (BerNetworks  *self);
gboolean  _ber_networks_save_record (BerNetworks  *self,
                                     BerRecord    *record,
                                     GError      **error);
GPtrArray *_ber_networks_select     (BerNetworks  *self,
                                     GType         type,
                                     BerQuery     *query,
                                     GError      **error);
int       _ber_networks_this_year   (BerNetworks  *self);

G_END_DECLS
