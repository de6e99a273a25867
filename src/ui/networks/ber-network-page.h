/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record-page.h"

G_BEGIN_DECLS

#define BER_TYPE_NETWORK_PAGE (ber_network_page_get_type ())

G_DECLARE_FINAL_TYPE (BerNetworkPage, ber_network_page, BER, NETWORK_PAGE, BerRecordPage)

BerNetworkPage *ber_network_page_new         (void);
void            ber_network_page_set_network (BerNetworkPage *self,
                                              BerNetwork     *network);
BerNetwork     *ber_network_page_get_network (BerNetworkPage *self);
gboolean        ber_network_page_save        (BerNetworkPage *self);

G_END_DECLS
