/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_ROUTING_RULE (ber_routing_rule_get_type ())

G_DECLARE_FINAL_TYPE (BerRoutingRule, ber_routing_rule, BER, ROUTING_RULE, BerRecord)

BerRoutingRule *ber_routing_rule_new         (void);
gint64          ber_routing_rule_get_body_id (BerRoutingRule *self);
const char     *ber_routing_rule_get_reason  (BerRoutingRule *self);

G_END_DECLS
