/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Sortable column headers over a lazy list. Each column gets a
 * ber_column_sorter_new ("sort_key") naming the store column it sorts by;
 * when the column view's sorter changes, ber_column_sort_get_primary() tells
 * which column and direction the user chose, and the list re-queries the
 * store in that order instead of sorting every row in memory.
 */
GtkSorter *ber_column_sorter_new        (const char *store_column);
gboolean   ber_column_sort_get_primary  (GtkSorter   *view_sorter,
                                         const char **store_column,
                                         gboolean    *descending);

G_END_DECLS
