/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_NETWORK_BODY (ber_network_body_get_type ())

G_DECLARE_FINAL_TYPE (BerNetworkBody, ber_network_body, BER, NETWORK_BODY, BerRecord)

BerNetworkBody *ber_network_body_new            (void);
const char     *ber_network_body_get_name       (BerNetworkBody *self);
gint64          ber_network_body_get_network_id (BerNetworkBody *self);

G_END_DECLS
