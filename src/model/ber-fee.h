/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_FEE (ber_fee_get_type ())

G_DECLARE_FINAL_TYPE (BerFee, ber_fee, BER, FEE, BerRecord)

BerFee     *ber_fee_new          (void);
int         ber_fee_get_year     (BerFee *self);
double      ber_fee_get_amount   (BerFee *self);
const char *ber_fee_get_currency (BerFee *self);

G_END_DECLS
