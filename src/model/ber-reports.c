/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-reports"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-reports.h"

struct _BerReports
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerReports, ber_reports, BER_TYPE_SERVICE)

static void
ber_reports_class_init (BerReportsClass *klass)
{
}

static void
ber_reports_init (BerReports *self)
{
}

BerReports *
ber_reports_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  return g_object_new (BER_TYPE_REPORTS, "store", store, NULL);
}
