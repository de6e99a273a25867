/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-network"

#include "config.h"

#include "ber-network.h"

/* A network or influence organisation, read from the network_list view. */
struct _BerNetwork
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerNetwork, ber_network, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_ACRONYM,
  PROP_KIND,
  PROP_DESCRIPTION,
  PROP_WEBSITE,
  PROP_SCOPE,
  PROP_CONTACT,
  PROP_RESPONSIBLE_BODY_ID,
  PROP_NEXT_REVIEW_ON,
  /* From the view. */
  PROP_RESPONSIBLE_BODY_NAME,
  PROP_MEMBERSHIP_STATUS,
  PROP_ACTIVITY,
  PROP_VIA_NETWORK_NAME,
  PROP_REPRESENTATIVE_COUNT,
  PROP_FEE_AMOUNT,
  PROP_FEE_CURRENCY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const depends[] = { "body", "membership", "assignment", "fee", NULL };

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_network_class_init (BerNetworkClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "network";
  record_class->source = "network_list";
  record_class->depends = depends;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", FLAGS);
  properties[PROP_ACRONYM] = g_param_spec_string ("acronym", NULL, NULL, "", FLAGS);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "political", FLAGS);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", FLAGS);
  properties[PROP_WEBSITE] = g_param_spec_string ("website", NULL, NULL, "", FLAGS);
  properties[PROP_SCOPE] = g_param_spec_string ("scope", NULL, NULL, "", FLAGS);
  properties[PROP_CONTACT] = g_param_spec_string ("contact", NULL, NULL, "", FLAGS);
  properties[PROP_RESPONSIBLE_BODY_ID] =
    g_param_spec_int64 ("responsible-body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_NEXT_REVIEW_ON] = g_param_spec_string ("next-review-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_RESPONSIBLE_BODY_NAME] =
    g_param_spec_string ("responsible-body-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_MEMBERSHIP_STATUS] =
    g_param_spec_string ("membership-status", NULL, NULL, NULL, FLAGS);
  properties[PROP_ACTIVITY] = g_param_spec_string ("activity", NULL, NULL, NULL, FLAGS);
  properties[PROP_VIA_NETWORK_NAME] =
    g_param_spec_string ("via-network-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_REPRESENTATIVE_COUNT] =
    g_param_spec_int ("representative-count", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_FEE_AMOUNT] =
    g_param_spec_double ("fee-amount", NULL, NULL, 0, G_MAXDOUBLE, 0, FLAGS);
  properties[PROP_FEE_CURRENCY] = g_param_spec_string ("fee-currency", NULL, NULL, NULL, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_network_init (BerNetwork *self)
{
}

BerNetwork *
ber_network_new (void)
{
  return g_object_new (BER_TYPE_NETWORK, NULL);
}

const char *
ber_network_get_name (BerNetwork *self)
{
  g_return_val_if_fail (BER_IS_NETWORK (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "name");
}

const char *
ber_network_get_acronym (BerNetwork *self)
{
  g_return_val_if_fail (BER_IS_NETWORK (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "acronym");
}
