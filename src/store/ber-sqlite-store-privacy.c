/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-sqlite-store-private.h"

/*
 * Personal data: what the store offers for erasing a person (the model's
 * rules are in src/model/ber-persons-privacy.c).
 *
 * The change history keeps the values of every write, the whole row of
 * every delete included, so an erasure must reach into it: find the
 * entries that name a person, rewrite the values erased, and forget the
 * history of rows removed. And SQLite leaves the bytes of deleted rows in
 * the file: in the free space of pages, in pages on the free list, in the
 * segments of the full-text indexes that still hold the words of deleted
 * rows until they are merged, and in the write-ahead log until it is
 * checkpointed. ber_store_wipe_free_space() removes all of these.
 *
 * Values are found in the history's JSON by the column they were written
 * to: a number must be equal (a person's id in "case_officer_id"), a text
 * is found within the value (a name within "Anna Berg (M)").
 */

/* The JSON path of a column in the history's "changes". */
#define PATH "'$.\"' || ?2 || '\"'"

static gboolean
check_key (BerSqliteStore  *self,
           const char      *table,
           const char      *key,
           GError         **error)
{
  if (!_ber_sqlite_store_check_writable_table (self, table, error)
      || !_ber_sqlite_store_check_column (self, table, key, error))
    return FALSE;
  if (strchr (key, '"') != NULL || strchr (key, '\\') != NULL)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   "The column “%s” cannot be found in the history", key);
      return FALSE;
    }
  return TRUE;
}

/* Appends the condition that the value at PATH matches ?3, after @value's type. */
static gboolean
append_match (GString   *sql,
              GVariant  *value,
              GError   **error)
{
  if (value == NULL)
    g_string_append (sql, " AND json_type (changes, " PATH ") IS NOT NULL");
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    g_string_append (sql, " AND json_type (changes, " PATH ") = 'text'"
                          " AND instr (json_extract (changes, " PATH "), ?3) > 0");
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    g_string_append (sql, " AND json_type (changes, " PATH ") = 'integer'"
                          " AND json_extract (changes, " PATH ") = ?3");
  else
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           "The history is searched for a text or an id");
      return FALSE;
    }
  return TRUE;
}

static gboolean
in_batch (BerSqliteStore  *self,
          GError         **error)
{
  if (self->batch_depth > 0)
    return TRUE;
  g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       "The history is rewritten only inside a batch (ber_store_begin())");
  return FALSE;
}

/* "[3, 7]": the rows whose history is left alone, for json_each(). */
static char *
ids_json (GArray *ids)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? ", " : "",
                            g_array_index (ids, gint64, i));
  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

GPtrArray *
_ber_sqlite_store_find_history (BerStore    *store,
                                const char  *table,
                                const char  *key,
                                GVariant    *value,
                                GError     **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!check_key (self, table, key, error))
    return NULL;

  g_string_append (sql, "SELECT id, changed_at, changed_by, table_name, row_id, action, version, "
                        "changes FROM history WHERE table_name = ?1");
  if (!append_match (sql, value, error))
    return NULL;
  g_string_append (sql, " ORDER BY id");

  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
  if (value != NULL)
    _ber_sqlite_store_bind_variant (stmt, 3, value);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, _ber_sqlite_store_row_to_variant (stmt));
  if (rc != SQLITE_DONE)
    {
      _ber_sqlite_store_set_error (self, error, rc);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

gboolean
_ber_sqlite_store_scrub_history (BerStore    *store,
                                 const char  *table,
                                 gint64       row_id,
                                 const char  *key,
                                 GVariant    *value,
                                 GVariant    *replacement,
                                 GArray      *except,
                                 GError     **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean within;
  int rc;

  if (!in_batch (self, error) || !check_key (self, table, key, error))
    return FALSE;

  /* A text found within a longer one: only the part found is replaced. */
  within = value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING)
           && replacement != NULL && g_variant_is_of_type (replacement, G_VARIANT_TYPE_STRING);
  g_string_append (sql, "UPDATE history SET changes = json_set (changes, " PATH ", ");
  g_string_append (sql, within ? "replace (json_extract (changes, " PATH "), ?3, ?4))" : "?4)");
  g_string_append (sql, " WHERE table_name = ?1");
  if (!append_match (sql, value, error))
    return FALSE;
  if (row_id > 0)
    g_string_append (sql, " AND row_id = ?6");
  if (except != NULL && except->len > 0)
    g_string_append (sql, " AND row_id NOT IN (SELECT value FROM json_each (?5))");

  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);
  if ((value != NULL && !_ber_sqlite_store_bind_variant (stmt, 3, value))
      || !_ber_sqlite_store_bind_variant (stmt, 4, replacement))
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           "A value has a type the history cannot hold");
      return FALSE;
    }
  if (except != NULL && except->len > 0)
    sqlite3_bind_text (stmt, 5, ids_json (except), -1, g_free);
  if (row_id > 0)
    sqlite3_bind_int64 (stmt, 6, row_id);

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return _ber_sqlite_store_set_error (self, error, rc);
  if (sqlite3_changes (self->db) > 0)
    _ber_sqlite_store_emit_changed (self, "history", 0, BER_STORE_CHANGE_RESET);
  return TRUE;
}

gboolean
_ber_sqlite_store_forget_history (BerStore    *store,
                                  const char  *table,
                                  gint64       row_id,
                                  GError     **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!in_batch (self, error) || !_ber_sqlite_store_check_writable_table (self, table, error))
    return FALSE;

  stmt = _ber_sqlite_store_prepare (self, "DELETE FROM history WHERE table_name = ? AND row_id = ?",
                                    error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, row_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return _ber_sqlite_store_set_error (self, error, rc);
  if (sqlite3_changes (self->db) > 0)
    _ber_sqlite_store_emit_changed (self, "history", 0, BER_STORE_CHANGE_RESET);
  return TRUE;
}

/* Merges each full-text index into one segment: until then the segments
 * keep the words of deleted and changed rows beside markers that hide them. */
static gboolean
merge_full_text_indexes (BerSqliteStore  *self,
                         GError         **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = TRUE;

  {
    g_autoptr(sqlite3_stmt) stmt = NULL;
    int rc;

    stmt = _ber_sqlite_store_prepare (self,
                                      "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                      "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%' "
                                      "ORDER BY name", error);
    if (stmt == NULL)
      return FALSE;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
    if (rc != SQLITE_DONE)
      return _ber_sqlite_store_set_error (self, error, rc);
  }

  if (!_ber_sqlite_store_begin (BER_STORE (self), error))
    return FALSE;
  for (guint i = 0; ok && i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *sql = g_strdup_printf ("INSERT INTO \"%s\" (\"%s\") VALUES ('optimize')",
                                              name, name);
      char *message = NULL;
      int rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);

      if (rc != SQLITE_OK)
        {
          _ber_sqlite_store_set_error_code (error, rc, message);
          ok = FALSE;
        }
      sqlite3_free (message);
    }
  if (ok)
    ok = _ber_sqlite_store_commit (BER_STORE (self), error);
  if (!ok)
    _ber_sqlite_store_rollback (BER_STORE (self));
  return ok;
}

/* Copies the write-ahead log into the register and empties it; fails when
 * another connection's read keeps part of it needed. */
static gboolean
checkpoint (BerSqliteStore  *self,
            GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 busy, log, done;
  int rc;

  stmt = _ber_sqlite_store_prepare (self, "PRAGMA wal_checkpoint (TRUNCATE)", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ber_sqlite_store_set_error (self, error, rc);
  busy = sqlite3_column_int64 (stmt, 0);
  log = sqlite3_column_int64 (stmt, 1);
  done = sqlite3_column_int64 (stmt, 2);
  if (busy != 0 || log != done)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_BUSY,
                           _("The register’s log could not be emptied, because another "
                             "program is reading the register."));
      return FALSE;
    }
  return TRUE;
}

gboolean
_ber_sqlite_store_wipe_free_space (BerStore  *store,
                                   GError   **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autofree char *restore = NULL;
  gint64 secure = 0;
  gboolean ok;

  if (self->batch_depth > 0)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           "The free space is wiped outside a transaction");
      return FALSE;
    }

  /* Deleted content is overwritten with zeros from here on, as SQLite
   * built with SQLITE_SECURE_DELETE (Debian's) always does; VACUUM takes
   * the setting over to the copy it builds. The connection's own setting
   * comes back after. */
  if (!_ber_sqlite_store_query_int (self, "PRAGMA secure_delete", &secure, error)
      || !_ber_sqlite_store_exec (self, "PRAGMA secure_delete = ON", error))
    return FALSE;
  ok = merge_full_text_indexes (self, error)
       && checkpoint (self, error)
       && _ber_sqlite_store_exec (self, "VACUUM", error)
       && checkpoint (self, error);
  restore = g_strdup_printf ("PRAGMA secure_delete = %s", secure == 1 ? "ON"
                                                          : secure == 2 ? "FAST" : "OFF");
  _ber_sqlite_store_exec (self, restore, NULL);
  return ok;
}
