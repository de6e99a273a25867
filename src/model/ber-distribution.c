/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-distribution"

#include "config.h"

#include "ber-distribution.h"

/* A recipient of the extract of a paragraph (exp till). */
struct _BerDistribution
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerDistribution, ber_distribution, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_AGENDA_ENTRY_ID,
  PROP_RECIPIENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_distribution_class_init (BerDistributionClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "distribution";

  properties[PROP_AGENDA_ENTRY_ID] =
    g_param_spec_int64 ("agenda-entry-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_RECIPIENT] = g_param_spec_string ("recipient", NULL, NULL, "", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_distribution_init (BerDistribution *self)
{
}

BerDistribution *
ber_distribution_new (void)
{
  return g_object_new (BER_TYPE_DISTRIBUTION, NULL);
}

const char *
ber_distribution_get_recipient (BerDistribution *self)
{
  g_return_val_if_fail (BER_IS_DISTRIBUTION (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "recipient");
}
