/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include "ber-store.h"

/*
 * The store's interface for erasing personal data (issue #14), beside
 * ber-store.c: each function checks its arguments and hands the work to
 * the back end's class (for SQLite, ber-sqlite-store-privacy.c). The
 * rules of an erasure are the model's (ber-persons-erasure.c).
 */

#define CLASS(self) BER_STORE_GET_CLASS (self)

/**
 * ber_store_find_history:
 * @table: whose history to search
 * @key: the column whose written values are searched
 * @value: an id (int64), equal to the value written, or a text, found
 *   within it (a name within "Anna Berg (M)")
 *
 * The entries of the change history in which a row of @table was given
 * @value in @key, oldest first: for finding everything the history holds
 * about a person, the rows since deleted included.
 *
 * Returns: (transfer full) (element-type GVariant): a{sv} entries with
 *   id, changed_at, changed_by, table_name, row_id, action, version and
 *   changes (the JSON text of the columns written), or %NULL with @error set
 */
GPtrArray *
ber_store_find_history (BerStore    *self,
                        const char  *table,
                        const char  *key,
                        GVariant    *value,
                        GError     **error)
{
  g_autoptr(GVariant) owned = NULL;

  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  g_return_val_if_fail (table != NULL && key != NULL && value != NULL, NULL);

  owned = g_variant_ref_sink (value);
  return CLASS (self)->find_history (self, table, key, owned, error);
}

/**
 * ber_store_scrub_history:
 * @table: whose history to rewrite
 * @row_id: only this row's entries, or 0 for every row of @table
 * @key: the column whose written values are rewritten
 * @value: (nullable): only values that match this, as
 *   ber_store_find_history() matches them; %NULL for any value
 * @replacement: (nullable): what a match becomes: a text found within a
 *   longer text is replaced by a text @replacement where it stands; any
 *   other match is replaced whole; %NULL writes null
 * @except: (nullable) (element-type gint64): rows whose history is left as
 *   it is, such as those kept as public records
 *
 * Rewrites values in the change history, so that it no longer holds what
 * was erased from the register. Only inside a batch (ber_store_begin()),
 * whose rollback undoes it with the rest.
 */
gboolean
ber_store_scrub_history (BerStore    *self,
                         const char  *table,
                         gint64       row_id,
                         const char  *key,
                         GVariant    *value,
                         GVariant    *replacement,
                         GArray      *except,
                         GError     **error)
{
  g_autoptr(GVariant) owned_value = NULL;
  g_autoptr(GVariant) owned_replacement = NULL;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  g_return_val_if_fail (table != NULL && key != NULL, FALSE);

  if (value != NULL)
    owned_value = g_variant_ref_sink (value);
  if (replacement != NULL)
    owned_replacement = g_variant_ref_sink (replacement);
  return CLASS (self)->scrub_history (self, table, row_id, key, owned_value, owned_replacement,
                                      except, error);
}

/**
 * ber_store_forget_history:
 *
 * Removes every entry of the change history of one row, such as a row
 * erased with a person, whose delete entry would keep its whole content.
 * Only inside a batch (ber_store_begin()).
 */
gboolean
ber_store_forget_history (BerStore    *self,
                          const char  *table,
                          gint64       row_id,
                          GError     **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  return CLASS (self)->forget_history (self, table, row_id, error);
}

/**
 * ber_store_wipe_free_space:
 *
 * Makes what was deleted unrecoverable from the register's files: merges
 * the full-text indexes (which keep the words of deleted rows until then),
 * empties the write-ahead log into the register, and rebuilds the register
 * without its free space (VACUUM), with deleted content overwritten.
 * Outside a transaction; it can take a while on a large register. Fails
 * with %BER_STORE_ERROR_BUSY when another program reads the register, so
 * that its log could not be emptied: nothing is lost, and it can be run
 * again. Copies made before (backups) are not reached.
 */
gboolean
ber_store_wipe_free_space (BerStore  *self,
                           GError   **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  return CLASS (self)->wipe_free_space (self, error);
}
