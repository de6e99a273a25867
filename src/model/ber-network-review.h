/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_NETWORK_REVIEW (ber_network_review_get_type ())

G_DECLARE_FINAL_TYPE (BerNetworkReview, ber_network_review, BER, NETWORK_REVIEW, BerRecord)

BerNetworkReview *ber_network_review_new             (void);
const char       *ber_network_review_get_reviewed_on (BerNetworkReview *self);
const char       *ber_network_review_get_outcome     (BerNetworkReview *self);

G_END_DECLS
