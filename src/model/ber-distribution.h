/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_DISTRIBUTION (ber_distribution_get_type ())

G_DECLARE_FINAL_TYPE (BerDistribution, ber_distribution, BER, DISTRIBUTION, BerRecord)

BerDistribution *ber_distribution_new           (void);
const char      *ber_distribution_get_recipient (BerDistribution *self);

G_END_DECLS
