/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-items.h"

G_BEGIN_DECLS

/* Shared by ber-items.c (the list, saving, workflow, routing),
 * ber-items-lists.c (what an item's page lists) and ber-items-status.c
 * (where an item stands, and what its decision fixed). */

BerStore *ber_items_store       (BerItems         *self);
void      ber_items_link_table  (BerItemLinkKind   kind,
                                 const char      **table,
                                 const char      **column);
gboolean  ber_items_check_fixed (BerItems         *self,
                                 BerItem          *item,
                                 GListModel       *clauses,
                                 GListModel       *removed,
                                 gboolean         *fixed,
                                 GError          **error);

G_END_DECLS
