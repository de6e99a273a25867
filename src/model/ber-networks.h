/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-membership.h"
#include "ber-service.h"

G_BEGIN_DECLS

#define BER_TYPE_NETWORKS (ber_networks_get_type ())

G_DECLARE_FINAL_TYPE (BerNetworks, ber_networks, BER, NETWORKS, BerService)

/*
 * The networks register's rules: memberships and their history.
 */

BerNetworks *ber_networks_new               (BerStore       *store);
gboolean     ber_networks_change_membership (BerNetworks    *self,
                                             BerMembership  *membership,
                                             GError        **error);

G_END_DECLS
