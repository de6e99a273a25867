/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ber-collate.h"
#include "ber-sqlite-store-private.h"

/*
 * Writes of the SQLite back end: transactions and savepoints, the change
 * history kept with every write, and inserts, versioned updates, deletes
 * and links, each one transaction or a savepoint inside the batch around it.
 */

/* Tables whose rows carry a Swedish sort key, and the column it is made from. */
static const struct
{
  const char *table;
  const char *column;
} sort_sources[] = {
  { "body", "name" },
  { "subject_area", "name" },
  { "person", "name" },
  { "item", "title" },
  { "network", "name" },
  { "influence_question", "title" },
};

static const char *
sort_source_for (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (sort_sources); i++)
    if (g_str_equal (sort_sources[i].table, table))
      return sort_sources[i].column;
  return NULL;
}

/* Transactions */

void
_ber_sqlite_store_remember_file_identity (BerSqliteStore *self)
{
  GStatBuf st;

  if (g_stat (self->path, &st) == 0)
    {
      self->file_device = st.st_dev;
      self->file_inode = st.st_ino;
    }
}

/*
 * SQLite keeps writing to a file that was deleted or replaced under it, and
 * what it writes there is lost. Each write first checks that the path still
 * names the file that was opened.
 */
static gboolean
check_file_identity (BerSqliteStore  *self,
                     GError   **error)
{
  GStatBuf st;

  if (self->file_inode == 0)
    return TRUE;

  if (g_stat (self->path, &st) != 0 || st.st_dev != self->file_device
      || st.st_ino != self->file_inode)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                   _("The register file “%s” was moved, deleted or replaced while Beredning "
                     "had it open, so nothing was saved. Open the register again from the "
                     "main menu."), self->path);
      return FALSE;
    }

  return TRUE;
}

/*
 * A write outside a batch is a transaction of its own; inside one it is a
 * savepoint, so that a write that fails leaves the batch as it was. Inside a
 * bulk write it is neither: a savepoint for every row costs SQLite a copy of
 * each page the row touches, and a write that fails fails the whole batch.
 */
static gboolean
write_begin (BerSqliteStore  *self,
             char     **savepoint,
             GError   **error)
{
  *savepoint = NULL;
  if (self->bulk_depth > 0)
    {
      if (self->batch_failed)
        {
          g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_FAILED,
                               "An earlier write of this bulk write failed");
          return FALSE;
        }
      return TRUE;
    }

  if (self->batch_depth > 0)
    {
      g_autofree char *sql = NULL;
      char *name = g_strdup_printf ("w%u", ++self->savepoint_serial);
      int rc;

      sql = g_strdup_printf ("SAVEPOINT %s", name);
      rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          g_free (name);
          return _ber_sqlite_store_set_error (self, error, rc);
        }
      *savepoint = name;
      return TRUE;
    }

  if (!check_file_identity (self, error))
    return FALSE;
  return _ber_sqlite_store_exec (self, "BEGIN IMMEDIATE", error);
}

static gboolean
write_end (BerSqliteStore  *self,
           char      *savepoint,
           gboolean   ok,
           GError   **error)
{
  g_autofree char *name = savepoint;

  if (name != NULL)
    {
      g_autofree char *sql = NULL;

      if (!ok)
        {
          sql = g_strdup_printf ("ROLLBACK TO %s", name);
          sqlite3_exec (self->db, sql, NULL, NULL, NULL);
          g_clear_pointer (&sql, g_free);
        }
      sql = g_strdup_printf ("RELEASE %s", name);
      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
      return ok;
    }

  if (self->bulk_depth > 0)
    {
      if (!ok)
        self->batch_failed = TRUE;
      return ok;
    }

  if (!ok)
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  if (!_ber_sqlite_store_exec (self, "COMMIT", error))
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static void
emit_changing (BerSqliteStore       *self,
               const char     *table,
               gint64          id,
               BerStoreChange  change)
{
  if (self->batch_depth == 0)
    ber_store_emit_row_changing (BER_STORE (self), table, id, change);
}

void
_ber_sqlite_store_emit_changed (BerSqliteStore       *self,
              const char     *table,
              gint64          id,
              BerStoreChange  change)
{
  if (self->batch_depth > 0)
    g_hash_table_add (self->batch_tables, g_strdup (table));
  else
    ber_store_emit_row_changed (BER_STORE (self), table, id, change);
}

gboolean
_ber_sqlite_store_begin (BerStore  *store,
                 GError   **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);

  if (self->batch_depth == 0
      && (!check_file_identity (self, error) || !_ber_sqlite_store_exec (self, "BEGIN IMMEDIATE", error)))
    return FALSE;

  self->batch_depth++;
  return TRUE;
}

/*
 * An insert that fires triggers (the search indexes) keeps a statement
 * journal, a temporary file written for every row unless temporary storage
 * is in memory, and a large batch spills its pages to the log unless the
 * page cache holds them. Both settings last only as long as the bulk write
 * (a large sort outside it spills to a file instead of filling memory), and
 * both can change only outside a transaction.
 */
static gboolean
apply_bulk_settings (BerSqliteStore  *self,
                     gboolean         bulk,
                     GError         **error)
{
  g_autofree char *cache_size = NULL;

  if (bulk && !_ber_sqlite_store_query_int (self, "PRAGMA cache_size", &self->cache_size, error))
    return FALSE;

  cache_size = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT,
                                bulk ? -65536 : self->cache_size);
  return _ber_sqlite_store_exec (self, bulk ? "PRAGMA temp_store = MEMORY"
                                            : "PRAGMA temp_store = DEFAULT", error)
         && _ber_sqlite_store_exec (self, cache_size, error);
}

gboolean
_ber_sqlite_store_begin_bulk (BerStore  *store,
                              GError   **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);

  if (self->batch_depth == 0 && !apply_bulk_settings (self, TRUE, error))
    return FALSE;

  if (!_ber_sqlite_store_begin (store, error))
    {
      if (self->batch_depth == 0)
        apply_bulk_settings (self, FALSE, NULL);
      return FALSE;
    }

  if (self->bulk_depth == 0)
    self->bulk_depth = self->batch_depth;
  return TRUE;
}

static void
end_bulk (BerSqliteStore *self)
{
  if (self->bulk_depth == 1)
    apply_bulk_settings (self, FALSE, NULL);
  self->bulk_depth = 0;
  self->batch_failed = FALSE;
}

static void
emit_batch_resets (BerSqliteStore *self)
{
  g_autoptr(GHashTable) tables = g_steal_pointer (&self->batch_tables);
  GHashTableIter iter;
  gpointer table;

  self->batch_tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, tables);
  while (g_hash_table_iter_next (&iter, &table, NULL))
    ber_store_emit_row_changed (BER_STORE (self), (const char *) table, 0,
                                BER_STORE_CHANGE_RESET);
}

gboolean
_ber_sqlite_store_commit (BerStore  *store,
                  GError   **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_return_val_if_fail (self->batch_depth > 0, FALSE);

  if (self->batch_failed)
    {
      /* The batch stays open: the caller rolls back. */
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_FAILED,
                           "A write of this bulk write failed, so none of it is kept");
      return FALSE;
    }

  if (self->batch_depth > 1)
    {
      if (self->bulk_depth == self->batch_depth)
        self->bulk_depth = 0;
      self->batch_depth--;
      return TRUE;
    }

  if (!_ber_sqlite_store_exec (self, "COMMIT", error))
    {
      /* The batch stays open: the caller rolls back. */
      return FALSE;
    }

  self->batch_depth = 0;
  end_bulk (self);
  emit_batch_resets (self);
  return TRUE;
}

void
_ber_sqlite_store_rollback (BerStore *store)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);

  if (self->batch_depth == 0)
    return;

  self->batch_depth = 0;
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  end_bulk (self);
  g_hash_table_remove_all (self->batch_tables);
}

/* History */

static gboolean
record_history (BerSqliteStore    *self,
                const char  *table,
                gint64       row_id,
                const char  *action,
                gint64       version,
                GVariant    *values,
                GError     **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GVariantIter iter;
  const char *key;
  GVariant *value;
  int index = 6;
  int rc;

  g_string_append (sql, "INSERT INTO history (changed_by, table_name, row_id, action, version, "
                        "changes) VALUES (?1, ?2, ?3, ?4, ?5, json_object (");
  if (values != NULL)
    {
      gboolean first = TRUE;

      g_variant_iter_init (&iter, values);
      while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
        {
          g_string_append_printf (sql, "%s?%d, ?%d", first ? "" : ", ", index, index + 1);
          index += 2;
          first = FALSE;
          g_variant_unref (value);
        }
    }
  g_string_append (sql, "))");

  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, ber_store_get_user (BER_STORE (self)), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, row_id);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_STATIC);
  if (version > 0)
    sqlite3_bind_int64 (stmt, 5, version);
  else
    sqlite3_bind_null (stmt, 5);

  index = 6;
  if (values != NULL)
    {
      g_variant_iter_init (&iter, values);
      while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
        {
          sqlite3_bind_text (stmt, index, key, -1, SQLITE_TRANSIENT);
          /* JSON holds no bytes: the history notes how many there were. */
          if (g_variant_is_of_type (value, G_VARIANT_TYPE_BYTESTRING))
            sqlite3_bind_int64 (stmt, index + 1, (sqlite3_int64) g_variant_get_size (value));
          else
            _ber_sqlite_store_bind_variant (stmt, index + 1, value);
          index += 2;
          g_variant_unref (value);
        }
    }

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return _ber_sqlite_store_set_error (self, error, rc);

  return TRUE;
}

/* Writes */

static gboolean
check_values (BerSqliteStore    *self,
              const char  *table,
              GVariant    *values,
              GError     **error)
{
  GVariantIter iter;
  const char *key;
  GVariant *value;

  if (values == NULL || !g_variant_is_of_type (values, G_VARIANT_TYPE_VARDICT))
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           "Values must be an a{sv} dictionary");
      return FALSE;
    }

  g_variant_iter_init (&iter, values);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      /* The sort keys (sort_key, and the names' keys an item keeps,
       * subject_area_key…) are written by the store and its triggers. */
      gboolean reserved = g_str_equal (key, "id") || g_str_has_suffix (key, "_key")
                          || g_str_equal (key, "created") || g_str_equal (key, "updated")
                          || g_str_equal (key, "version");
      gboolean valid_text = TRUE;

      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        valid_text = g_utf8_validate (g_variant_get_string (value, NULL), -1, NULL);
      g_variant_unref (value);

      if (reserved || !_ber_sqlite_store_check_column (self, table, key, error))
        {
          if (reserved)
            g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                         "The column “%s” is kept by the store", key);
          return FALSE;
        }
      if (!valid_text)
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("The text for “%s” is not valid UTF-8."), key);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
bind_values (sqlite3_stmt *stmt,
             GVariant     *values,
             int          *index,
             const char   *sort_column,
             char        **sort_key)
{
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_variant_iter_init (&iter, values);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      gboolean ok = _ber_sqlite_store_bind_variant (stmt, (*index)++, value);

      if (sort_column != NULL && g_str_equal (key, sort_column)
          && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        {
          g_free (*sort_key);
          *sort_key = ber_collate_key_sv (g_variant_get_string (value, NULL));
        }
      g_variant_unref (value);
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

static gboolean
row_exists (BerSqliteStore    *self,
            const char  *table,
            gint64       id,
            gint64      *exists,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\" WHERE id = ?", table);
  g_autoptr(sqlite3_stmt) stmt = _ber_sqlite_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ber_sqlite_store_set_error (self, error, rc);
  *exists = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
values_have_key (GVariant   *values,
                 const char *key)
{
  g_autoptr(GVariant) v = g_variant_lookup_value (values, key, NULL);

  return v != NULL;
}

gint64
_ber_sqlite_store_insert (BerStore    *store,
                  const char  *table,
                  GVariant    *values,
                  GError     **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(GVariant) owned = NULL;
  g_autoptr(GString) sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sort_key = NULL;
  g_autofree char *savepoint = NULL;
  const char *sort_column;
  GVariantIter iter;
  const char *key;
  GVariant *value;
  gint64 id = 0;
  gboolean ok;
  int index = 1;
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), 0);

  if (values != NULL)
    owned = g_variant_ref_sink (values);

  if (!_ber_sqlite_store_check_writable_table (self, table, error) || !check_values (self, table, owned, error))
    return 0;

  sort_column = sort_source_for (table);
  if (sort_column != NULL && !values_have_key (owned, sort_column))
    sort_column = NULL;

  sql = g_string_new ("INSERT INTO ");
  g_string_append_printf (sql, "\"%s\" (", table);
  g_variant_iter_init (&iter, owned);
  for (gboolean first = TRUE; g_variant_iter_next (&iter, "{&sv}", &key, &value); first = FALSE)
    {
      g_string_append_printf (sql, "%s\"%s\"", first ? "" : ", ", key);
      g_variant_unref (value);
    }
  if (sort_column != NULL)
    g_string_append (sql, ", sort_key");
  if (g_variant_n_children (owned) == 0 && sort_column == NULL)
    g_string_assign (sql, "INSERT INTO \"");
  if (g_variant_n_children (owned) == 0 && sort_column == NULL)
    g_string_append_printf (sql, "%s\" DEFAULT VALUES", table);
  else
    {
      g_string_append (sql, ") VALUES (");
      for (gsize i = 0; i < g_variant_n_children (owned) + (sort_column != NULL ? 1 : 0); i++)
        g_string_append (sql, i == 0 ? "?" : ", ?");
      g_string_append (sql, ")");
    }

  if (!write_begin (self, &savepoint, error))
    return 0;

  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  ok = stmt != NULL;
  if (ok)
    {
      ok = bind_values (stmt, owned, &index, sort_column, &sort_key);
      if (ok && sort_column != NULL)
        sqlite3_bind_text (stmt, index, sort_key ? sort_key : "", -1, SQLITE_TRANSIENT);
      if (!ok)
        g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                             "A value has a type the register cannot store");
    }
  if (ok)
    {
      rc = sqlite3_step (stmt);
      ok = rc == SQLITE_DONE;
      if (!ok)
        _ber_sqlite_store_set_error (self, error, rc);
      else
        id = sqlite3_last_insert_rowid (self->db);
      stmt_release (g_steal_pointer (&stmt));
    }
  if (ok)
    ok = record_history (self, table, id, "insert",
                         ber_store_has_column (BER_STORE (self), table, "version") ? 1 : 0, owned, error);

  if (!write_end (self, g_steal_pointer (&savepoint), ok, error))
    return 0;

  _ber_sqlite_store_emit_changed (self, table, id, BER_STORE_CHANGE_INSERT);
  return id;
}

/*
 * Updates a row. With @expected_version above 0 the row must still be at
 * that version, or nothing is written and the error is
 * BER_STORE_ERROR_CONFLICT: somebody changed it since it was read. The row's
 * version goes up by one either way, and the history notes the new one.
 */
static gboolean
update_row (BerSqliteStore    *self,
            const char  *table,
            gint64       id,
            gint64       expected_version,
            GVariant    *values,
            gint64      *new_version,
            GError     **error)
{
  g_autoptr(GVariant) owned = NULL;
  g_autoptr(GString) sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sort_key = NULL;
  g_autofree char *savepoint = NULL;
  const char *sort_column;
  gboolean versioned;
  GVariantIter iter;
  const char *key;
  GVariant *value;
  gint64 version = 0;
  gboolean ok;
  int index = 1;
  int rc;


  if (values != NULL)
    owned = g_variant_ref_sink (values);

  if (!_ber_sqlite_store_check_writable_table (self, table, error)
      || !check_values (self, table, owned, error))
    return FALSE;

  versioned = ber_store_has_column (BER_STORE (self), table, "version");
  sort_column = sort_source_for (table);
  if (sort_column != NULL && !values_have_key (owned, sort_column))
    sort_column = NULL;

  sql = g_string_new ("UPDATE ");
  g_string_append_printf (sql, "\"%s\" SET ", table);
  g_variant_iter_init (&iter, owned);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      g_string_append_printf (sql, "\"%s\" = ?, ", key);
      g_variant_unref (value);
    }
  if (sort_column != NULL)
    g_string_append (sql, "sort_key = ?, ");
  if (ber_store_has_column (BER_STORE (self), table, "updated"))
    g_string_append (sql, "updated = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), ");
  if (versioned)
    g_string_append (sql, "version = version + 1 WHERE id = ?");
  else
    g_string_append (sql, "id = id WHERE id = ?");
  if (versioned && expected_version > 0)
    g_string_append (sql, " AND version = ?");
  g_string_append (sql, versioned ? " RETURNING version" : " RETURNING 0");

  if (!write_begin (self, &savepoint, error))
    return FALSE;

  emit_changing (self, table, id, BER_STORE_CHANGE_UPDATE);

  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  ok = stmt != NULL;
  if (ok)
    {
      ok = bind_values (stmt, owned, &index, sort_column, &sort_key);
      if (ok && sort_column != NULL)
        sqlite3_bind_text (stmt, index++, sort_key ? sort_key : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, index++, id);
      if (versioned && expected_version > 0)
        sqlite3_bind_int64 (stmt, index++, expected_version);
      if (!ok)
        g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                             "A value has a type the register cannot store");
    }
  if (ok)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          version = sqlite3_column_int64 (stmt, 0);
          rc = sqlite3_step (stmt);
        }
      ok = rc == SQLITE_DONE;
      if (!ok)
        _ber_sqlite_store_set_error (self, error, rc);
      else if (sqlite3_changes (self->db) == 0)
        {
          gint64 exists = 0;

          stmt_release (g_steal_pointer (&stmt));
          ok = FALSE;
          if (expected_version > 0 && row_exists (self, table, id, &exists, error) && exists)
            g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT,
                         _("The entry was changed in another window or program after it was "
                           "opened here."));
          else if (error == NULL || *error == NULL)
            g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                                 _("The entry no longer exists in the register. It may have "
                                   "been removed in another window."));
        }
      if (stmt != NULL)
        stmt_release (g_steal_pointer (&stmt));
    }
  if (ok)
    ok = record_history (self, table, id, "update", version, owned, error);

  if (!write_end (self, g_steal_pointer (&savepoint), ok, error))
    return FALSE;

  if (new_version != NULL)
    *new_version = version;
  _ber_sqlite_store_emit_changed (self, table, id, BER_STORE_CHANGE_UPDATE);
  return TRUE;
}

static gboolean
record_deleted_row (BerSqliteStore    *self,
                    const char  *table,
                    gint64       id,
                    GError     **error)
{
  g_autoptr(GVariant) row = ber_store_get (BER_STORE (self), table, id, error);

  if (row == NULL)
    return FALSE;

  return record_history (self, table, id, "delete", 0, row, error);
}

gboolean
_ber_sqlite_store_delete (BerStore    *store,
                  const char  *table,
                  gint64       id,
                  GError     **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autofree char *sql = NULL;
  g_autofree char *savepoint = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;
  int rc;


  if (!_ber_sqlite_store_check_writable_table (self, table, error))
    return FALSE;

  if (!write_begin (self, &savepoint, error))
    return FALSE;

  emit_changing (self, table, id, BER_STORE_CHANGE_DELETE);

  /* The deleted row is kept in the history, so nothing is lost for good. */
  ok = record_deleted_row (self, table, id, error);
  if (ok)
    {
      sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE id = ?", table);
      stmt = _ber_sqlite_store_prepare (self, sql, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      ok = rc == SQLITE_DONE;
      if (!ok)
        _ber_sqlite_store_set_error (self, error, rc);
      stmt_release (g_steal_pointer (&stmt));
    }

  if (!write_end (self, g_steal_pointer (&savepoint), ok, error))
    return FALSE;

  _ber_sqlite_store_emit_changed (self, table, id, BER_STORE_CHANGE_DELETE);
  return TRUE;
}

/**
 * ber_store_set_link:
 * @linked: whether the link is to be there
 *
 * Adds or removes one link between @owner_id and @other_id, leaving the
 * record's other links as they are: two windows that each change a link of
 * the same record both keep theirs.
 */
gboolean
_ber_sqlite_store_set_link (BerStore    *store,
                    const char  *table,
                    const char  *owner_column,
                    gint64       owner_id,
                    const char  *other_column,
                    gint64       other_id,
                    gboolean     linked,
                    GError     **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autofree char *sql = NULL;
  g_autofree char *savepoint = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;
  int rc;


  if (!_ber_sqlite_store_check_writable_table (self, table, error)
      || !_ber_sqlite_store_check_column (self, table, owner_column, error)
      || !_ber_sqlite_store_check_column (self, table, other_column, error))
    return FALSE;

  if (linked)
    sql = g_strdup_printf ("INSERT OR IGNORE INTO \"%s\" (\"%s\", \"%s\") VALUES (?, ?)",
                           table, owner_column, other_column);
  else
    sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE \"%s\" = ? AND \"%s\" = ?",
                           table, owner_column, other_column);

  if (!write_begin (self, &savepoint, error))
    return FALSE;

  emit_changing (self, table, owner_id, BER_STORE_CHANGE_UPDATE);
  stmt = _ber_sqlite_store_prepare (self, sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, owner_id);
      sqlite3_bind_int64 (stmt, 2, other_id);
      rc = sqlite3_step (stmt);
      ok = rc == SQLITE_DONE;
      if (!ok)
        _ber_sqlite_store_set_error (self, error, rc);
      stmt_release (g_steal_pointer (&stmt));
    }
  if (ok)
    {
      g_autoptr(GVariant) change = g_variant_ref_sink (
        ber_store_values (other_column, g_variant_new_int64 (other_id),
                          "linked", g_variant_new_boolean (linked), NULL));

      ok = record_history (self, table, owner_id, "update", 0, change, error);
    }

  if (!write_end (self, g_steal_pointer (&savepoint), ok, error))
    return FALSE;

  _ber_sqlite_store_emit_changed (self, table, owner_id, BER_STORE_CHANGE_UPDATE);
  return TRUE;
}

gboolean
_ber_sqlite_store_update (BerStore    *store,
                     const char  *table,
                     gint64       id,
                     gint64       expected_version,
                     GVariant    *values,
                     gint64      *new_version,
                     GError     **error)
{
  return update_row (BER_SQLITE_STORE (store), table, id, expected_version, values, new_version,
                     error);
}

