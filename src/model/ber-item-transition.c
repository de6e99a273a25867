/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-item-transition"

#include "config.h"

#include "ber-item-transition.h"

/* A step in an item's workflow. changed-at has no constant default in the
 * schema (it is the time of the change), so whoever records a transition sets it. */
struct _BerItemTransition
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerItemTransition, ber_item_transition, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_ITEM_ID,
  PROP_FROM_STATUS,
  PROP_TO_STATUS,
  PROP_REASON,
  PROP_CHANGED_AT,
  PROP_CHANGED_BY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_item_transition_class_init (BerItemTransitionClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "item_transition";

  properties[PROP_ITEM_ID] = g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_FROM_STATUS] = g_param_spec_string ("from-status", NULL, NULL, NULL, FLAGS);
  properties[PROP_TO_STATUS] = g_param_spec_string ("to-status", NULL, NULL, "", FLAGS);
  properties[PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, "", FLAGS);
  properties[PROP_CHANGED_AT] = g_param_spec_string ("changed-at", NULL, NULL, NULL, FLAGS);
  properties[PROP_CHANGED_BY] = g_param_spec_string ("changed-by", NULL, NULL, "", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_item_transition_init (BerItemTransition *self)
{
}

BerItemTransition *
ber_item_transition_new (void)
{
  return g_object_new (BER_TYPE_ITEM_TRANSITION, NULL);
}

const char *
ber_item_transition_get_to_status (BerItemTransition *self)
{
  g_return_val_if_fail (BER_IS_ITEM_TRANSITION (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "to-status");
}

const char *
ber_item_transition_get_changed_at (BerItemTransition *self)
{
  g_return_val_if_fail (BER_IS_ITEM_TRANSITION (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "changed-at");
}
