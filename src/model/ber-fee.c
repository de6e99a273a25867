/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-fee"

#include "config.h"

#include "ber-fee.h"

/* A network's membership fee for a year. sek-rate is 0 when unknown (NULL). */
struct _BerFee
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerFee, ber_fee, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_NETWORK_ID,
  PROP_YEAR,
  PROP_AMOUNT,
  PROP_CURRENCY,
  PROP_SEK_RATE,
  PROP_NOTES,
  /* From the view. */
  PROP_NETWORK_NAME,
  PROP_NETWORK_ACRONYM,
  PROP_AMOUNT_SEK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const depends[] = { "network", NULL };

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)
#define NULLABLE (FLAGS | BER_PARAM_NULLABLE)

static void
ber_fee_class_init (BerFeeClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "fee";
  record_class->source = "fee_list";
  record_class->depends = depends;

  properties[PROP_NETWORK_ID] =
    g_param_spec_int64 ("network-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, 2999, 0, FLAGS);
  properties[PROP_AMOUNT] = g_param_spec_double ("amount", NULL, NULL, 0, G_MAXDOUBLE, 0, FLAGS);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, "SEK", FLAGS);
  properties[PROP_SEK_RATE] =
    g_param_spec_double ("sek-rate", NULL, NULL, 0, G_MAXDOUBLE, 0, NULLABLE);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", FLAGS);
  properties[PROP_NETWORK_NAME] = g_param_spec_string ("network-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_NETWORK_ACRONYM] =
    g_param_spec_string ("network-acronym", NULL, NULL, NULL, FLAGS);
  /* 0 when a EUR fee has no rate (NULL in the view). */
  properties[PROP_AMOUNT_SEK] =
    g_param_spec_double ("amount-sek", NULL, NULL, 0, G_MAXDOUBLE, 0, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_fee_init (BerFee *self)
{
}

BerFee *
ber_fee_new (void)
{
  return g_object_new (BER_TYPE_FEE, NULL);
}

int
ber_fee_get_year (BerFee *self)
{
  int year = 0;

  g_return_val_if_fail (BER_IS_FEE (self), 0);
  g_object_get (self, "year", &year, NULL);
  return year;
}

double
ber_fee_get_amount (BerFee *self)
{
  double amount = 0;

  g_return_val_if_fail (BER_IS_FEE (self), 0);
  g_object_get (self, "amount", &amount, NULL);
  return amount;
}

const char *
ber_fee_get_currency (BerFee *self)
{
  g_return_val_if_fail (BER_IS_FEE (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "currency");
}
