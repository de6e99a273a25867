/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-network-body"

#include "config.h"

#include "ber-network-body.h"

/* One of a network's own bodies: general assembly, board, working group. */
struct _BerNetworkBody
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerNetworkBody, ber_network_body, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_NETWORK_ID,
  PROP_NAME,
  PROP_KIND,
  PROP_SEATS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_network_body_class_init (BerNetworkBodyClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "network_body";

  properties[PROP_NETWORK_ID] =
    g_param_spec_int64 ("network-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", FLAGS);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "other", FLAGS);
  properties[PROP_SEATS] = g_param_spec_int ("seats", NULL, NULL, 0, G_MAXINT, 0, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_network_body_init (BerNetworkBody *self)
{
}

BerNetworkBody *
ber_network_body_new (void)
{
  return g_object_new (BER_TYPE_NETWORK_BODY, NULL);
}

const char *
ber_network_body_get_name (BerNetworkBody *self)
{
  g_return_val_if_fail (BER_IS_NETWORK_BODY (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "name");
}

gint64
ber_network_body_get_network_id (BerNetworkBody *self)
{
  g_return_val_if_fail (BER_IS_NETWORK_BODY (self), 0);
  return ber_record_get_int64 (BER_RECORD (self), "network-id");
}
