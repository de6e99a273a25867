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
#include "ber-store-private.h"

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

G_DEFINE_FINAL_TYPE (BerStore, ber_store, G_TYPE_OBJECT)

enum
{
  ROW_CHANGING,
  ROW_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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


G_DEFINE_QUARK (ber-store-error-quark, ber_store_error)

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
_ber_store_set_error_code (GError     **error,
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
_ber_store_set_error (BerStore  *self,
                   GError   **error,
                   int        rc)
{
  return _ber_store_set_error_code (error, rc, sqlite3_errmsg (self->db));
}

/* Statements */

sqlite3_stmt *
_ber_store_prepare (BerStore    *self,
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
      _ber_store_set_error (self, error, rc);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
_ber_store_exec (BerStore    *self,
             const char  *sql,
             GError     **error)
{
  sqlite3_stmt *raw = _ber_store_prepare (self, sql, error);
  g_autoptr(sqlite3_stmt) stmt = raw;
  int rc;

  if (raw == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    return _ber_store_set_error (self, error, rc);

  return TRUE;
}

gboolean
_ber_store_bind_variant (sqlite3_stmt *stmt,
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
      return _ber_store_bind_variant (stmt, index, child);
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
_ber_store_row_to_variant (sqlite3_stmt *stmt)
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
get_columns (BerStore    *self,
             const char  *source,
             GError     **error)
{
  GPtrArray *columns = g_hash_table_lookup (self->columns, source);
  sqlite3_stmt *raw;
  int rc;

  if (columns != NULL)
    return columns;

  raw = _ber_store_prepare (self, "SELECT name FROM pragma_table_info (?)", error);
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
        _ber_store_set_error (self, error, rc);
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

gboolean
ber_store_has_column (BerStore   *self,
                      const char *source,
                      const char *column)
{
  GPtrArray *columns;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);

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
_ber_store_check_source (BerStore    *self,
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
_ber_store_check_column (BerStore    *self,
                         const char  *source,
                         const char  *column,
                         GError     **error)
{
  if (!_ber_store_check_source (self, source, error))
    return FALSE;
  if (ber_store_has_column (self, source, column))
    return TRUE;

  g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
               "No column named “%s” in “%s”", column ? column : "(null)", source);
  return FALSE;
}

gboolean
_ber_store_check_writable_table (BerStore    *self,
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
_ber_store_load_tables (BerStore  *self,
             GError   **error)
{
  sqlite3_stmt *raw = _ber_store_prepare (self,
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
    return _ber_store_set_error (self, error, rc);

  return TRUE;
}

/* Transactions */

void
_ber_store_remember_file_identity (BerStore *self)
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
check_file_identity (BerStore  *self,
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
write_begin (BerStore  *self,
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
          return _ber_store_set_error (self, error, rc);
        }
      *savepoint = name;
      return TRUE;
    }

  *savepoint = NULL;
  if (!check_file_identity (self, error))
    return FALSE;
  return _ber_store_exec (self, "BEGIN IMMEDIATE", error);
}

static gboolean
write_end (BerStore  *self,
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

  if (!_ber_store_exec (self, "COMMIT", error))
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static void
emit_changing (BerStore       *self,
               const char     *table,
               gint64          id,
               BerStoreChange  change)
{
  if (self->batch_depth == 0)
    g_signal_emit (self, signals[ROW_CHANGING], 0, table, id, (int) change);
}

void
_ber_store_emit_changed (BerStore       *self,
              const char     *table,
              gint64          id,
              BerStoreChange  change)
{
  if (self->batch_depth > 0)
    g_hash_table_add (self->batch_tables, g_strdup (table));
  else
    g_signal_emit (self, signals[ROW_CHANGED], 0, table, id, (int) change);
}

gboolean
ber_store_begin (BerStore  *self,
                 GError   **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);

  if (self->batch_depth == 0
      && (!check_file_identity (self, error) || !_ber_store_exec (self, "BEGIN IMMEDIATE", error)))
    return FALSE;

  self->batch_depth++;
  return TRUE;
}

static void
emit_batch_resets (BerStore *self)
{
  g_autoptr(GHashTable) tables = g_steal_pointer (&self->batch_tables);
  GHashTableIter iter;
  gpointer table;

  self->batch_tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, tables);
  while (g_hash_table_iter_next (&iter, &table, NULL))
    g_signal_emit (self, signals[ROW_CHANGED], 0, (const char *) table, (gint64) 0,
                   (int) BER_STORE_CHANGE_RESET);
}

gboolean
ber_store_commit (BerStore  *self,
                  GError   **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->batch_depth > 0, FALSE);

  if (self->batch_depth > 1)
    {
      self->batch_depth--;
      return TRUE;
    }

  if (!_ber_store_exec (self, "COMMIT", error))
    {
      /* The batch stays open: the caller rolls back. */
      return FALSE;
    }

  self->batch_depth = 0;
  emit_batch_resets (self);
  return TRUE;
}

void
ber_store_rollback (BerStore *self)
{
  g_return_if_fail (BER_IS_STORE (self));

  if (self->batch_depth == 0)
    return;

  self->batch_depth = 0;
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_hash_table_remove_all (self->batch_tables);
}

/* History */

static gboolean
record_history (BerStore    *self,
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

  stmt = _ber_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, self->user, -1, SQLITE_TRANSIENT);
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
          _ber_store_bind_variant (stmt, index + 1, value);
          index += 2;
          g_variant_unref (value);
        }
    }

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return _ber_store_set_error (self, error, rc);

  return TRUE;
}

/* Values for writes */

/**
 * ber_store_values:
 * @first_key: a column, followed by its value (a floating GVariant), then
 *   more pairs, ending with %NULL
 *
 * Builds the a{sv} that the writes take. A %NULL value leaves its column
 * out; ber_store_text_or_null() and ber_store_id_or_null() write SQL NULL.
 *
 * Returns: (transfer floating): the dictionary
 */
GVariant *
ber_store_values (const char *first_key,
                  ...)
{
  GVariantBuilder builder;
  va_list args;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    {
      GVariant *value = va_arg (args, GVariant *);

      if (value != NULL)
        g_variant_builder_add (&builder, "{sv}", key, value);
    }
  va_end (args);

  return g_variant_builder_end (&builder);
}

/* Returns: (transfer floating): @text, or SQL NULL when it is empty */
GVariant *
ber_store_text_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? g_variant_new_string (text) : g_variant_new ("()");
}

/* Returns: (transfer floating): @id, or SQL NULL when it is 0 */
GVariant *
ber_store_id_or_null (gint64 id)
{
  return id > 0 ? g_variant_new_int64 (id) : g_variant_new ("()");
}

/* Writes */

static gboolean
check_values (BerStore    *self,
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

      if (reserved || !_ber_store_check_column (self, table, key, error))
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
      gboolean ok = _ber_store_bind_variant (stmt, (*index)++, value);

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
row_exists (BerStore    *self,
            const char  *table,
            gint64       id,
            gint64      *exists,
            GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\" WHERE id = ?", table);
  g_autoptr(sqlite3_stmt) stmt = _ber_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ber_store_set_error (self, error, rc);
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
ber_store_insert (BerStore    *self,
                  const char  *table,
                  GVariant    *values,
                  GError     **error)
{
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

  if (!_ber_store_check_writable_table (self, table, error) || !check_values (self, table, owned, error))
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

  stmt = _ber_store_prepare (self, sql->str, error);
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
        _ber_store_set_error (self, error, rc);
      else
        id = sqlite3_last_insert_rowid (self->db);
      stmt_release (g_steal_pointer (&stmt));
    }
  if (ok)
    ok = record_history (self, table, id, "insert",
                         ber_store_has_column (self, table, "version") ? 1 : 0, owned, error);

  if (!write_end (self, g_steal_pointer (&savepoint), ok, error))
    return 0;

  _ber_store_emit_changed (self, table, id, BER_STORE_CHANGE_INSERT);
  return id;
}

/*
 * Updates a row. With @expected_version above 0 the row must still be at
 * that version, or nothing is written and the error is
 * BER_STORE_ERROR_CONFLICT: somebody changed it since it was read. The row's
 * version goes up by one either way, and the history notes the new one.
 */
static gboolean
update_row (BerStore    *self,
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

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);

  if (values != NULL)
    owned = g_variant_ref_sink (values);

  if (!_ber_store_check_writable_table (self, table, error)
      || !check_values (self, table, owned, error))
    return FALSE;

  versioned = ber_store_has_column (self, table, "version");
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
  if (ber_store_has_column (self, table, "updated"))
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

  stmt = _ber_store_prepare (self, sql->str, error);
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
        _ber_store_set_error (self, error, rc);
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
  _ber_store_emit_changed (self, table, id, BER_STORE_CHANGE_UPDATE);
  return TRUE;
}

gboolean
ber_store_update (BerStore    *self,
                  const char  *table,
                  gint64       id,
                  GVariant    *values,
                  GError     **error)
{
  return update_row (self, table, id, 0, values, NULL, error);
}

/**
 * ber_store_update_versioned:
 * @expected_version: the version the row was read at
 * @new_version: (out) (optional): the row's version after the write
 *
 * Writes @values only if nobody changed the row since it was read at
 * @expected_version; otherwise fails with %BER_STORE_ERROR_CONFLICT and
 * writes nothing.
 */
gboolean
ber_store_update_versioned (BerStore    *self,
                            const char  *table,
                            gint64       id,
                            gint64       expected_version,
                            GVariant    *values,
                            gint64      *new_version,
                            GError     **error)
{
  g_return_val_if_fail (expected_version > 0, FALSE);

  return update_row (self, table, id, expected_version, values, new_version, error);
}

static gboolean
record_deleted_row (BerStore    *self,
                    const char  *table,
                    gint64       id,
                    GError     **error)
{
  g_autoptr(GVariant) row = ber_store_get (self, table, id, error);

  if (row == NULL)
    return FALSE;

  return record_history (self, table, id, "delete", 0, row, error);
}

gboolean
ber_store_delete (BerStore    *self,
                  const char  *table,
                  gint64       id,
                  GError     **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *savepoint = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);

  if (!_ber_store_check_writable_table (self, table, error))
    return FALSE;

  if (!write_begin (self, &savepoint, error))
    return FALSE;

  emit_changing (self, table, id, BER_STORE_CHANGE_DELETE);

  /* The deleted row is kept in the history, so nothing is lost for good. */
  ok = record_deleted_row (self, table, id, error);
  if (ok)
    {
      sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE id = ?", table);
      stmt = _ber_store_prepare (self, sql, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      ok = rc == SQLITE_DONE;
      if (!ok)
        _ber_store_set_error (self, error, rc);
      stmt_release (g_steal_pointer (&stmt));
    }

  if (!write_end (self, g_steal_pointer (&savepoint), ok, error))
    return FALSE;

  _ber_store_emit_changed (self, table, id, BER_STORE_CHANGE_DELETE);
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
ber_store_set_link (BerStore    *self,
                    const char  *table,
                    const char  *owner_column,
                    gint64       owner_id,
                    const char  *other_column,
                    gint64       other_id,
                    gboolean     linked,
                    GError     **error)
{
  g_autofree char *sql = NULL;
  g_autofree char *savepoint = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);

  if (!_ber_store_check_writable_table (self, table, error)
      || !_ber_store_check_column (self, table, owner_column, error)
      || !_ber_store_check_column (self, table, other_column, error))
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
  stmt = _ber_store_prepare (self, sql, error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, owner_id);
      sqlite3_bind_int64 (stmt, 2, other_id);
      rc = sqlite3_step (stmt);
      ok = rc == SQLITE_DONE;
      if (!ok)
        _ber_store_set_error (self, error, rc);
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

  _ber_store_emit_changed (self, table, owner_id, BER_STORE_CHANGE_UPDATE);
  return TRUE;
}

/* Accessors */

const char *
ber_store_get_path (BerStore *self)
{
  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  return self->path;
}

int
ber_store_get_schema_version (BerStore *self)
{
  gint64 version = 0;

  g_return_val_if_fail (BER_IS_STORE (self), 0);

  if (!_ber_store_query_int (self, "PRAGMA user_version", &version, NULL))
    return 0;
  return (int) version;
}

const char *
ber_store_get_user (BerStore *self)
{
  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  return self->user;
}

void
ber_store_set_user (BerStore   *self,
                    const char *user)
{
  g_return_if_fail (BER_IS_STORE (self));
  g_return_if_fail (user != NULL);

  g_free (self->user);
  self->user = g_strdup (user);
}

/**
 * ber_store_get_today:
 *
 * The day the store takes as today, YYYY-MM-DD: the local date unless
 * ber_store_set_today() fixed one (for tests and reproducible demo data).
 */
const char *
ber_store_get_today (BerStore *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (BER_IS_STORE (self), NULL);

  if (self->today != NULL)
    return self->today;

  now = g_date_time_new_now_local ();
  text = g_date_time_format (now, "%Y-%m-%d");
  g_strlcpy (self->today_buf, text, sizeof self->today_buf);
  return self->today_buf;
}

void
ber_store_set_today (BerStore   *self,
                     const char *iso_date)
{
  g_return_if_fail (BER_IS_STORE (self));

  g_free (self->today);
  self->today = g_strdup (iso_date);
}

/* GObject */

static void
ber_store_finalize (GObject *object)
{
  BerStore *self = (BerStore *) object;

  if (self->batch_depth > 0)
    ber_store_rollback (self);

  g_hash_table_destroy (self->statements);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_hash_table_destroy (self->columns);
  g_hash_table_destroy (self->tables);
  g_hash_table_destroy (self->batch_tables);
  g_free (self->path);
  g_free (self->user);
  g_free (self->today);

  G_OBJECT_CLASS (ber_store_parent_class)->finalize (object);
}

static void
ber_store_class_init (BerStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_store_finalize;

  /**
   * BerStore::row-changing:
   * @table: the table
   * @id: the row
   * @change: a #BerStoreChange
   *
   * Emitted inside the write, before a row is updated or deleted, so that
   * lists can note where the row stood.
   */
  signals[ROW_CHANGING] = g_signal_new ("row-changing", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                        G_TYPE_STRING, G_TYPE_INT64, G_TYPE_INT);

  /**
   * BerStore::row-changed:
   *
   * Emitted after a write is committed. After a batch, once per table written,
   * with %BER_STORE_CHANGE_RESET and id 0.
   */
  signals[ROW_CHANGED] = g_signal_new ("row-changed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                       G_TYPE_STRING, G_TYPE_INT64, G_TYPE_INT);
}

static void
stmt_finalize (gpointer data)
{
  sqlite3_finalize (data);
}

static void
ber_store_init (BerStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, stmt_finalize);
  self->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  self->tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->batch_tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->user = g_strdup (g_get_user_name ());
}

