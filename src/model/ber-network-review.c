/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-network-review"

#include "config.h"

#include "ber-network-review.h"

/* A review of whether the region stays in a network. */
struct _BerNetworkReview
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerNetworkReview, ber_network_review, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_NETWORK_ID,
  PROP_REVIEWED_ON,
  PROP_OUTCOME,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_network_review_class_init (BerNetworkReviewClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "network_review";

  properties[PROP_NETWORK_ID] =
    g_param_spec_int64 ("network-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_REVIEWED_ON] = g_param_spec_string ("reviewed-on", NULL, NULL, "", FLAGS);
  properties[PROP_OUTCOME] = g_param_spec_string ("outcome", NULL, NULL, "", FLAGS);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, "", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_network_review_init (BerNetworkReview *self)
{
}

BerNetworkReview *
ber_network_review_new (void)
{
  return g_object_new (BER_TYPE_NETWORK_REVIEW, NULL);
}

const char *
ber_network_review_get_reviewed_on (BerNetworkReview *self)
{
  g_return_val_if_fail (BER_IS_NETWORK_REVIEW (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "reviewed-on");
}

const char *
ber_network_review_get_outcome (BerNetworkReview *self)
{
  g_return_val_if_fail (BER_IS_NETWORK_REVIEW (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "outcome");
}
