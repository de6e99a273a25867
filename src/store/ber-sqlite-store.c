/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ber-collate.h"
#include "ber-sqlite-store-private.h"

/*
 * The store owns one SQLite connection to a register. Every write is a
 * transaction of its own, or a savepoint inside a batch opened with
 * ber_store_begin(). Table and column names given by callers are checked
 * against the schema before they reach SQL; every value is bound.
 *
 * Durability: the register runs in WAL mode with synchronous=FULL. NORMAL
 * would already survive a crash of the program, but it may lose the last
 * committed transactions when the machine loses power. A secretariat makes a
 * few writes a minute, so the one fsync per commit that FULL adds costs
 * nothing anyone notices, and a decision recorded is a decision kept.
 */

G_DEFINE_FINAL_TYPE (BerSqliteStore, ber_sqlite_store, BER_TYPE_STORE)

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



/* Error handling */

static const char *
friendly_constraint_message (const char *msg)
{
  if (strstr (msg, "item_diary_idx") != NULL || strstr (msg, "item.diary_number") != NULL)
    return _("The diary number is already used by another item of the same body and year. "
             "Check the number, or choose another one.");
  if (strstr (msg, "reply_by >= received_on") != NULL)
    return _("The reply-by date is before the received date. Choose a reply-by date on or after "
             "the day the item was received.");
  if (strstr (msg, "date(") != NULL || strstr (msg, "time(") != NULL)
    return _("A date or time is not valid. Write dates as YYYY-MM-DD, for example "
             "2026-11-23, and times as HH:MM.");
  if (strstr (msg, ">= from_on") != NULL || strstr (msg, ">= starts_on") != NULL
      || strstr (msg, ">= established_on") != NULL || strstr (msg, ">= held_on") != NULL
      || strstr (msg, "<= held_on") != NULL || strstr (msg, ">= received_on") != NULL
      || strstr (msg, ">= approved_on") != NULL)
    return _("The dates are in the wrong order: an end date is before its start date. "
             "Correct one of the dates.");
  if (strstr (msg, "length(trim(") != NULL || strstr (msg, "NOT NULL") != NULL)
    return _("A required field is empty. Fill it in and save again.");
  if (strstr (msg, "via_network_id") != NULL)
    return _("Name the network through which an indirect membership goes. A direct membership "
             "names none.");
  if (strstr (msg, "email") != NULL)
    return _("The e-mail address is not valid. Write it as name@example.se.");
  if (strstr (msg, "FOREIGN KEY") != NULL)
    return _("This is still used elsewhere in the register, or refers to something that no "
             "longer exists. Remove the references first.");
  if (strstr (msg, "UNIQUE") != NULL)
    return _("An entry with the same name or number already exists. Choose another one.");
  if (strstr (msg, "paragraph") != NULL)
    return _("A paragraph number must be unique within a body’s series for the year.");

  return NULL;
}

gboolean
_ber_sqlite_store_set_error_code (GError     **error,
                     int          rc,
                     const char  *detail)
{
  const char *friendly;
  int primary = rc & 0xff;

  switch (primary)
    {
    case SQLITE_CONSTRAINT:
      friendly = friendly_constraint_message (detail != NULL ? detail : "");
      if (friendly != NULL)
        g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT, friendly);
      else
        g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT,
                     _("The change breaks a rule of the register (%s)."), detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_BUSY,
                           _("The register is locked by another program. Wait a moment and "
                             "try again, or close the other program that has it open."));
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CORRUPT,
                   _("The register is damaged (%s). Restore it from a backup."), detail);
      break;
    case SQLITE_NOTADB:
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_REGISTER,
                           _("The file is not a Beredning register."));
      break;
    case SQLITE_FULL:
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_FULL,
                           _("The disk is full, so nothing was saved. Free some space and "
                             "try again."));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_READ_ONLY,
                           _("The register cannot be written: the file or its folder is "
                             "read-only. Check the permissions of the folder."));
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                   _("The register could not be read or written (%s). Check that the "
                     "file and its folder exist and are accessible."), detail);
      break;
    case SQLITE_NOMEM:
    default:
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_FAILED,
                   _("The register reported an error: %s"), detail);
      break;
    }

  return FALSE;
}

gboolean
_ber_sqlite_store_set_error (BerSqliteStore  *self,
                   GError   **error,
                   int        rc)
{
  return _ber_sqlite_store_set_error_code (error, rc, sqlite3_errmsg (self->db));
}

/* Statements */

sqlite3_stmt *
_ber_sqlite_store_prepare (BerSqliteStore    *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _ber_sqlite_store_set_error (self, error, rc);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_ber_sqlite_store_exec (BerSqliteStore    *self,
             const char  *sql,
             GError     **error)
{
  sqlite3_stmt *raw = _ber_sqlite_store_prepare (self, sql, error);
  g_autoptr(sqlite3_stmt) stmt = raw;
  int rc;

  if (raw == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    return _ber_sqlite_store_set_error (self, error, rc);

  return TRUE;
}

gboolean
_ber_sqlite_store_bind_variant (sqlite3_stmt *stmt,
              int           index,
              GVariant     *value)
{
  g_autoptr(GVariant) inner = NULL;

  if (value == NULL)
    return sqlite3_bind_null (stmt, index) == SQLITE_OK;

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_VARIANT))
    value = inner = g_variant_get_variant (value);

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_MAYBE))
    {
      g_autoptr(GVariant) child = g_variant_get_maybe (value);

      if (child == NULL)
        return sqlite3_bind_null (stmt, index) == SQLITE_OK;
      return _ber_sqlite_store_bind_variant (stmt, index, child);
    }

  switch (g_variant_classify (value))
    {
    case G_VARIANT_CLASS_STRING:
      return sqlite3_bind_text (stmt, index, g_variant_get_string (value, NULL), -1,
                                SQLITE_TRANSIENT) == SQLITE_OK;
    case G_VARIANT_CLASS_INT64:
      return sqlite3_bind_int64 (stmt, index, g_variant_get_int64 (value)) == SQLITE_OK;
    case G_VARIANT_CLASS_INT32:
      return sqlite3_bind_int64 (stmt, index, g_variant_get_int32 (value)) == SQLITE_OK;
    case G_VARIANT_CLASS_UINT32:
      return sqlite3_bind_int64 (stmt, index, g_variant_get_uint32 (value)) == SQLITE_OK;
    case G_VARIANT_CLASS_INT16:
      return sqlite3_bind_int64 (stmt, index, g_variant_get_int16 (value)) == SQLITE_OK;
    case G_VARIANT_CLASS_UINT16:
      return sqlite3_bind_int64 (stmt, index, g_variant_get_uint16 (value)) == SQLITE_OK;
    case G_VARIANT_CLASS_BYTE:
      return sqlite3_bind_int64 (stmt, index, g_variant_get_byte (value)) == SQLITE_OK;
    case G_VARIANT_CLASS_BOOLEAN:
      return sqlite3_bind_int64 (stmt, index, g_variant_get_boolean (value) ? 1 : 0) == SQLITE_OK;
    case G_VARIANT_CLASS_DOUBLE:
      return sqlite3_bind_double (stmt, index, g_variant_get_double (value)) == SQLITE_OK;
    case G_VARIANT_CLASS_TUPLE:
      if (g_variant_n_children (value) == 0)
        return sqlite3_bind_null (stmt, index) == SQLITE_OK;
      return FALSE;
    default:
      return FALSE;
    }
}

static GVariant *
column_to_variant (sqlite3_stmt *stmt,
                   int           col)
{
  switch (sqlite3_column_type (stmt, col))
    {
    case SQLITE_INTEGER:
      return g_variant_new_int64 (sqlite3_column_int64 (stmt, col));
    case SQLITE_FLOAT:
      return g_variant_new_double (sqlite3_column_double (stmt, col));
    case SQLITE_TEXT:
      {
        const char *text = (const char *) sqlite3_column_text (stmt, col);

        if (!g_utf8_validate (text, -1, NULL))
          {
            g_autofree char *valid = g_utf8_make_valid (text, -1);
            return g_variant_new_string (valid);
          }
        return g_variant_new_string (text);
      }
    case SQLITE_BLOB:
      return g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, sqlite3_column_blob (stmt, col),
                                        sqlite3_column_bytes (stmt, col), 1);
    case SQLITE_NULL:
    default:
      return NULL;
    }
}

GVariant *
_ber_sqlite_store_row_to_variant (sqlite3_stmt *stmt)
{
  GVariantBuilder builder;
  int n = sqlite3_column_count (stmt);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  for (int i = 0; i < n; i++)
    {
      GVariant *value = column_to_variant (stmt, i);

      if (value != NULL)
        g_variant_builder_add (&builder, "{sv}", sqlite3_column_name (stmt, i), value);
    }

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/* Schema knowledge */

/* The columns of @source, or %NULL: with @error set when the schema could
 * not be read, and unset when there is no such table or view. A list read
 * only in part is never kept. */
static GPtrArray *
get_columns (BerSqliteStore    *self,
             const char  *source,
             GError     **error)
{
  GPtrArray *columns = g_hash_table_lookup (self->columns, source);
  sqlite3_stmt *raw;
  int rc;

  if (columns != NULL)
    return columns;

  raw = _ber_sqlite_store_prepare (self, "SELECT name FROM pragma_table_info (?)", error);
  if (raw == NULL)
    return NULL;

  {
    g_autoptr(sqlite3_stmt) stmt = raw;

    columns = g_ptr_array_new_with_free_func (g_free);
    sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
    if (rc != SQLITE_DONE)
      {
        g_ptr_array_unref (columns);
        _ber_sqlite_store_set_error (self, error, rc);
        return NULL;
      }
  }

  if (columns->len == 0)
    {
      g_clear_pointer (&columns, g_ptr_array_unref);
      return NULL;
    }

  g_hash_table_insert (self->columns, g_strdup (source), columns);
  return columns;
}

static gboolean
sqlite_store_has_column (BerStore   *store,
                      const char *source,
                      const char *column)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  GPtrArray *columns;


  if (source == NULL || column == NULL)
    return FALSE;

  columns = get_columns (self, source, NULL);
  if (columns == NULL)
    return FALSE;

  for (guint i = 0; i < columns->len; i++)
    if (g_str_equal (g_ptr_array_index (columns, i), column))
      return TRUE;

  return FALSE;
}

gboolean
_ber_sqlite_store_check_source (BerSqliteStore    *self,
                         const char  *source,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (source != NULL && get_columns (self, source, &local_error) != NULL)
    return TRUE;

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                 "No table or view named “%s” in the register", source ? source : "(null)");
  return FALSE;
}

gboolean
_ber_sqlite_store_check_column (BerSqliteStore    *self,
                         const char  *source,
                         const char  *column,
                         GError     **error)
{
  if (!_ber_sqlite_store_check_source (self, source, error))
    return FALSE;
  if (ber_store_has_column (BER_STORE (self), source, column))
    return TRUE;

  g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
               "No column named “%s” in “%s”", column ? column : "(null)", source);
  return FALSE;
}

gboolean
_ber_sqlite_store_check_writable_table (BerSqliteStore    *self,
                      const char  *table,
                      GError     **error)
{
  if (table != NULL && g_hash_table_contains (self->tables, table))
    return TRUE;

  g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
               "“%s” is not a table that can be written", table ? table : "(null)");
  return FALSE;
}

static const char *
sort_source_for (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (sort_sources); i++)
    if (g_str_equal (sort_sources[i].table, table))
      return sort_sources[i].column;
  return NULL;
}

gboolean
_ber_sqlite_store_load_tables (BerSqliteStore  *self,
             GError   **error)
{
  sqlite3_stmt *raw = _ber_sqlite_store_prepare (self,
                               "SELECT name FROM sqlite_schema WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                               "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
                               "AND name NOT LIKE '%\\_search\\_%' ESCAPE '\\' "
                               "AND name NOT IN ('history', 'register_info', 'goal')",
                               error);
  g_autoptr(sqlite3_stmt) stmt = raw;
  int rc;

  if (raw == NULL)
    return FALSE;

  g_hash_table_remove_all (self->tables);
  g_hash_table_remove_all (self->columns);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (self->tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    return _ber_sqlite_store_set_error (self, error, rc);

  return TRUE;
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

static gboolean
write_begin (BerSqliteStore  *self,
             char     **savepoint,
             GError   **error)
{
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

  *savepoint = NULL;
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

static gboolean
sqlite_store_begin (BerStore  *store,
                 GError   **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);

  if (self->batch_depth == 0
      && (!check_file_identity (self, error) || !_ber_sqlite_store_exec (self, "BEGIN IMMEDIATE", error)))
    return FALSE;

  self->batch_depth++;
  return TRUE;
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

static gboolean
sqlite_store_commit (BerStore  *store,
                  GError   **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_return_val_if_fail (self->batch_depth > 0, FALSE);

  if (self->batch_depth > 1)
    {
      self->batch_depth--;
      return TRUE;
    }

  if (!_ber_sqlite_store_exec (self, "COMMIT", error))
    {
      /* The batch stays open: the caller rolls back. */
      return FALSE;
    }

  self->batch_depth = 0;
  emit_batch_resets (self);
  return TRUE;
}

static void
sqlite_store_rollback (BerStore *store)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);

  if (self->batch_depth == 0)
    return;

  self->batch_depth = 0;
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
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
      gboolean reserved = g_str_equal (key, "id") || g_str_equal (key, "sort_key")
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

static gint64
sqlite_store_insert (BerStore    *store,
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

static gboolean
sqlite_store_delete (BerStore    *store,
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
static gboolean
sqlite_store_set_link (BerStore    *store,
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

/* Accessors */

/* Returns: the register file of a store of this back end */
const char *
ber_store_get_path (BerStore *store)
{
  g_return_val_if_fail (BER_IS_SQLITE_STORE (store), NULL);
  return BER_SQLITE_STORE (store)->path;
}

static const char *
sqlite_store_get_location (BerStore *store)
{
  return BER_SQLITE_STORE (store)->path;
}

static BerStore *
sqlite_store_open_another (BerStore  *store,
                           GError   **error)
{
  return ber_store_open (BER_SQLITE_STORE (store)->path, error);
}

static int
sqlite_store_get_schema_version (BerStore *store)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  gint64 version = 0;

  if (!_ber_sqlite_store_query_int (self, "PRAGMA user_version", &version, NULL))
    return 0;
  return (int) version;
}

static gboolean
sqlite_store_update (BerStore    *store,
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

/* GObject */

static void
ber_sqlite_store_finalize (GObject *object)
{
  BerSqliteStore *self = BER_SQLITE_STORE (object);

  if (self->batch_depth > 0)
    sqlite_store_rollback (BER_STORE (self));

  g_hash_table_destroy (self->statements);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_hash_table_destroy (self->columns);
  g_hash_table_destroy (self->tables);
  g_hash_table_destroy (self->batch_tables);
  g_free (self->path);

  G_OBJECT_CLASS (ber_sqlite_store_parent_class)->finalize (object);
}

static void
ber_sqlite_store_class_init (BerSqliteStoreClass *klass)
{
  BerStoreClass *store_class = BER_STORE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = ber_sqlite_store_finalize;

  store_class->get_location = sqlite_store_get_location;
  store_class->open_another = sqlite_store_open_another;
  store_class->get_schema_version = sqlite_store_get_schema_version;
  store_class->has_column = sqlite_store_has_column;
  store_class->begin = sqlite_store_begin;
  store_class->commit = sqlite_store_commit;
  store_class->rollback = sqlite_store_rollback;
  store_class->insert = sqlite_store_insert;
  store_class->update = sqlite_store_update;
  store_class->delete = sqlite_store_delete;
  store_class->set_link = sqlite_store_set_link;
  store_class->get = _ber_sqlite_store_get;
  store_class->count = _ber_sqlite_store_count;
  store_class->select = _ber_sqlite_store_select;
  store_class->position = _ber_sqlite_store_position;
  store_class->get_links = _ber_sqlite_store_get_links;
  store_class->get_history = _ber_sqlite_store_get_history;
  store_class->check_integrity = _ber_sqlite_store_check_integrity;
}

static void
stmt_finalize (gpointer data)
{
  sqlite3_finalize (data);
}

static void
ber_sqlite_store_init (BerSqliteStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, stmt_finalize);
  self->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  self->tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->batch_tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}
