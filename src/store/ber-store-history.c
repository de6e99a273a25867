/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include "ber-store.h"

/*
 * The store's interface to the change history's lists (issue #14), beside
 * ber-store.c: each function checks its arguments and hands the work to
 * the back end's class (for SQLite, ber-sqlite-store-history.c).
 */

#define CLASS(self) BER_STORE_GET_CLASS (self)

/**
 * ber_store_count_history:
 * @query: what to count; unset fields count every change
 *
 * Counts the entries of the change history that @query selects, by the
 * history's indexes (who and when, or the record's rows).
 */
gboolean
ber_store_count_history (BerStore              *self,
                         const BerHistoryQuery *query,
                         guint                 *n_rows,
                         GError               **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  g_return_val_if_fail (query != NULL && n_rows != NULL, FALSE);
  return CLASS (self)->count_history (self, query, n_rows, error);
}

/**
 * ber_store_select_history:
 * @query: what to list
 * @after_id: 0, or an entry of the list: the page begins after it (keyset
 *   paging, which skips no rows; @offset then counts from there)
 * @oldest_first: the list the other way round, for its last pages
 * @offset: how many entries to skip
 * @limit: the most entries to return
 *
 * A page of the change history, newest first: the register's changes by
 * the time they were made (changed_at, then id), or one record's
 * (@query's tables and row) in the order they were written. Each entry is
 * an a{sv} with id, changed_at (UTC, ISO 8601), changed_by, table_name,
 * row_id, action ("insert", "update", "delete"), version (absent for a
 * write that had none) and changes, an a{sv} of the columns written and
 * their values as the history keeps them: strings, int64 (bytes noted as
 * their size), doubles, booleans, and "()" for NULL.
 *
 * Returns: (transfer full) (element-type GVariant): the entries, or %NULL
 *   with @error set (%BER_STORE_ERROR_NOT_FOUND when entry @after_id is not
 *   in the history)
 */
GPtrArray *
ber_store_select_history (BerStore              *self,
                          const BerHistoryQuery *query,
                          gint64                 after_id,
                          gboolean               oldest_first,
                          guint                  offset,
                          guint                  limit,
                          GError               **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  return CLASS (self)->select_history (self, query, after_id, oldest_first, offset, limit, error);
}

/**
 * ber_store_get_history_values:
 * @table: the table of the row
 * @row_id: the row
 * @after_id: 0, or only the entries after this one
 * @before_id: 0, or only the entries before this one
 * @version: (out) (optional): the row's version after the latest of those
 *   entries that noted one, or 0
 * @from_insert: (out) (optional): whether the values begin at an insert
 *   of the row among those entries, rather than add to what came before
 *
 * What the history says of a row's columns between two of its entries:
 * the latest value written to each column, from the row's last insert on
 * (a row deleted and made again under the same id starts anew). With
 * @before_id the entry of a change, these are the values its columns had
 * before it, as far as the history knows; another program that writes
 * without the history is seen only by the version moving on.
 *
 * Returns: (transfer full): an a{sv} of column values, typed as in
 *   ber_store_select_history(), or %NULL with @error set
 */
GVariant *
ber_store_get_history_values (BerStore    *self,
                              const char  *table,
                              gint64       row_id,
                              gint64       after_id,
                              gint64       before_id,
                              gint64      *version,
                              gboolean    *from_insert,
                              GError     **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  g_return_val_if_fail (table != NULL, NULL);
  return CLASS (self)->get_history_values (self, table, row_id, after_id, before_id, version,
                                           from_insert, error);
}

/**
 * ber_store_list_history_users:
 *
 * Everyone who changed the register, as the history names them, in the
 * order of their names.
 *
 * Returns: (transfer full): the names, or %NULL with @error set
 */
GStrv
ber_store_list_history_users (BerStore  *self,
                              GError   **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  return CLASS (self)->list_history_users (self, error);
}
