/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-store.h"

G_BEGIN_DECLS

/*
 * Fills an empty, freshly migrated register with demo data dated relative to
 * ber_store_get_today(). The caller holds the transaction and rolls it back
 * when this returns FALSE.
 */
gboolean ber_demo_fill   (BerStore    *store,
                          gpointer     user_data,
                          GError     **error);
gboolean ber_demo_create (const char  *path,
                          GError     **error);

G_END_DECLS
