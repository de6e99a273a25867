/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-bodies"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-bodies.h"

struct _BerBodies
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerBodies, ber_bodies, BER_TYPE_SERVICE)

static void
ber_bodies_class_init (BerBodiesClass *klass)
{
}

static void
ber_bodies_init (BerBodies *self)
{
}

BerBodies *
ber_bodies_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  return g_object_new (BER_TYPE_BODIES, "store", store, NULL);
}
