/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-routing-rule"

#include "config.h"

#include "ber-routing-rule.h"

/* A suggestion of where a matter belongs: item type and subject area to a body. */
struct _BerRoutingRule
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerRoutingRule, ber_routing_rule, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_BODY_ID,
  PROP_ITEM_TYPE,
  PROP_SUBJECT_AREA_ID,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_routing_rule_class_init (BerRoutingRuleClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "routing_rule";

  properties[PROP_BODY_ID] = g_param_spec_int64 ("body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_ITEM_TYPE] = g_param_spec_string ("item-type", NULL, NULL, NULL, FLAGS);
  properties[PROP_SUBJECT_AREA_ID] =
    g_param_spec_int64 ("subject-area-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, "", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_routing_rule_init (BerRoutingRule *self)
{
}

BerRoutingRule *
ber_routing_rule_new (void)
{
  return g_object_new (BER_TYPE_ROUTING_RULE, NULL);
}

gint64
ber_routing_rule_get_body_id (BerRoutingRule *self)
{
  g_return_val_if_fail (BER_IS_ROUTING_RULE (self), 0);
  return ber_record_get_int64 (BER_RECORD (self), "body-id");
}

const char *
ber_routing_rule_get_reason (BerRoutingRule *self)
{
  g_return_val_if_fail (BER_IS_ROUTING_RULE (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "reason");
}
