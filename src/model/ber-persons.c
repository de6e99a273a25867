/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-persons"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-persons.h"

struct _BerPersons
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerPersons, ber_persons, BER_TYPE_SERVICE)

static void
ber_persons_class_init (BerPersonsClass *klass)
{
}

static void
ber_persons_init (BerPersons *self)
{
}

BerPersons *
ber_persons_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  return g_object_new (BER_TYPE_PERSONS, "store", store, NULL);
}
