/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-items.h"

G_BEGIN_DECLS

/* Shared by ber-items.c (the list, saving, workflow, routing) and
 * ber-items-lists.c (what an item's page lists). */

BerStore *ber_items_store      (BerItems         *self);
void      ber_items_link_table (BerItemLinkKind   kind,
                                const char      **table,
                                const char      **column);

G_END_DECLS
