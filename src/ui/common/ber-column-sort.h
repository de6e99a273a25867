/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BER_TYPE_COLUMN_SORTER (ber_column_sorter_get_type ())

G_DECLARE_FINAL_TYPE (BerColumnSorter, ber_column_sorter, BER, COLUMN_SORTER, GtkSorter)

/*
 * Sortable column headers over a lazy list. Each column gets a
 * BerColumnSorter naming the order its list's service sorts by ("name");
 * when the column view's sorter changes, ber_column_sort_get_primary() tells
 * which column and direction the user chose, and the list re-queries the
 * store in that order instead of sorting every row in memory.
 */
GtkSorter *ber_column_sorter_new        (const char *store_column);
gboolean   ber_column_sort_get_primary  (GtkSorter   *view_sorter,
                                         const char **store_column,
                                         gboolean    *descending);

G_END_DECLS
