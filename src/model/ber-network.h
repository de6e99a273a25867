/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_NETWORK (ber_network_get_type ())

G_DECLARE_FINAL_TYPE (BerNetwork, ber_network, BER, NETWORK, BerRecord)

BerNetwork *ber_network_new          (void);
const char *ber_network_get_name     (BerNetwork *self);
const char *ber_network_get_acronym  (BerNetwork *self);

G_END_DECLS
