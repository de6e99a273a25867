/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_MEMBERSHIP (ber_membership_get_type ())

G_DECLARE_FINAL_TYPE (BerMembership, ber_membership, BER, MEMBERSHIP, BerRecord)

BerMembership *ber_membership_new         (void);
const char    *ber_membership_get_status  (BerMembership *self);
const char    *ber_membership_get_from_on (BerMembership *self);
const char    *ber_membership_get_activity (BerMembership *self);

gboolean       ber_membership_status_has_activity (const char *status);

G_END_DECLS
