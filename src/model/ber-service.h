/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ber-store.h"

G_BEGIN_DECLS

#define BER_TYPE_SERVICE (ber_service_get_type ())

G_DECLARE_DERIVABLE_TYPE (BerService, ber_service, BER, SERVICE, GObject)

/*
 * A model service: the rules, lists and writes of one domain of the
 * register (networks, persons, items, meetings, bodies, reports), over the
 * store it was made with. Views call services; services call the store.
 */
struct _BerServiceClass
{
  GObjectClass parent_class;

  gpointer padding[8];
};

BerStore   *ber_service_get_store (BerService *self);
const char *ber_service_get_today (BerService *self);

/* For the services' rules and writes. */
gboolean    ber_service_refuse             (GError      **error,
                                            const char   *message);
gboolean    ber_service_commit_or_rollback (BerStore     *store,
                                            gboolean      ok,
                                            GError      **error);

G_END_DECLS
