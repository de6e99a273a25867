/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"

G_BEGIN_DECLS

#define BER_TYPE_NETWORK_BODY_ROW (ber_network_body_row_get_type ())

G_DECLARE_FINAL_TYPE (BerNetworkBodyRow, ber_network_body_row, BER, NETWORK_BODY_ROW, AdwComboRow)

/*
 * Chooses one of the bodies of the network "network-id" (or none, "—"):
 * "key" names the record's id property. The list is the network's own and
 * follows the register. (BerRecordRow chooses among lists that do not
 * depend on another field of the form.)
 */

gint64 ber_network_body_row_get_id         (BerNetworkBodyRow *self);
void   ber_network_body_row_set_network_id (BerNetworkBodyRow *self,
                                            gint64             network_id);

G_END_DECLS
