/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-items"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-items.h"

struct _BerItems
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerItems, ber_items, BER_TYPE_SERVICE)

static void
ber_items_class_init (BerItemsClass *klass)
{
}

static void
ber_items_init (BerItems *self)
{
}

BerItems *
ber_items_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  return g_object_new (BER_TYPE_ITEMS, "store", store, NULL);
}
