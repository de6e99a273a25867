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
  if ((rc & 0xff) == SQLITE_INTERRUPT && self->read_stopped == ETIMEDOUT)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                           _("Reading the register took too long."));
      return FALSE;
    }
  if ((rc & 0xff) == SQLITE_INTERRUPT && self->read_stopped == ECANCELED)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("Reading the register was stopped."));
      return FALSE;
    }
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
    case G_VARIANT_CLASS_ARRAY:
      if (!g_variant_is_of_type (value, G_VARIANT_TYPE_BYTESTRING))
        return FALSE;
      return sqlite3_bind_blob64 (stmt, index, g_variant_get_data (value),
                                  g_variant_get_size (value), SQLITE_TRANSIENT) == SQLITE_OK;
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
  int n = sqlite3_column_count (stmt);
  g_autofree GVariant **entries = g_new (GVariant *, MAX (n, 1));
  gsize n_entries = 0;

  /* Built from its entries, without a format string to parse per column. */
  for (int i = 0; i < n; i++)
    {
      GVariant *value = column_to_variant (stmt, i);

      if (value != NULL)
        entries[n_entries++] = g_variant_new_dict_entry (g_variant_new_string (sqlite3_column_name (stmt, i)),
                                                         g_variant_new_variant (value));
    }

  return g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("{sv}"), entries, n_entries));
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

/* Called by SQLite every few thousand steps of a limited read: a non-zero
 * return stops the statement with SQLITE_INTERRUPT. */
static int
read_progress (void *data)
{
  BerSqliteStore *self = data;

  if (self->read_cancellable != NULL && g_cancellable_is_cancelled (self->read_cancellable))
    self->read_stopped = ECANCELED;
  else if (self->read_deadline > 0 && g_get_monotonic_time () > self->read_deadline)
    self->read_stopped = ETIMEDOUT;
  return self->read_stopped;
}

/*
 * Some steps of a statement take long without calling the progress handler
 * (counting a whole table is one step). A watchdog thread interrupts the
 * connections whose deadline has passed: the connections with a limited
 * read under way, each with its deadline.
 */
static GMutex watch_lock;
static GCond watch_cond;
static GHashTable *watched;   /* BerSqliteStore* → nothing; their read_deadline */

static gpointer
watch_deadlines (gpointer data)
{
  g_mutex_lock (&watch_lock);
  for (;;)
    {
      GHashTableIter iter;
      gpointer key;
      gint64 next = G_MAXINT64;
      gint64 now = g_get_monotonic_time ();

      g_hash_table_iter_init (&iter, watched);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          BerSqliteStore *self = key;

          if (self->read_deadline <= now)
            {
              self->read_stopped = ETIMEDOUT;
              sqlite3_interrupt (self->db);
              g_hash_table_iter_remove (&iter);
            }
          else
            next = MIN (next, self->read_deadline);
        }

      if (next == G_MAXINT64)
        g_cond_wait (&watch_cond, &watch_lock);
      else
        g_cond_wait_until (&watch_cond, &watch_lock, next);
    }
  return NULL;
}

static void
watch (BerSqliteStore *self,
       gboolean        on)
{
  g_mutex_lock (&watch_lock);
  if (watched == NULL)
    {
      watched = g_hash_table_new (NULL, NULL);
      g_thread_unref (g_thread_new ("ber-read-deadlines", watch_deadlines, NULL));
    }
  if (on)
    g_hash_table_add (watched, self);
  else
    g_hash_table_remove (watched, self);
  g_cond_signal (&watch_cond);
  g_mutex_unlock (&watch_lock);
}

static void
sqlite_store_limit_reads (BerStore     *store,
                          gint64        deadline,
                          GCancellable *cancellable)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  gboolean limited = deadline > 0 || cancellable != NULL;

  /* Off the watch first: a deadline passing now no longer stops anything. */
  if (self->read_deadline > 0)
    watch (self, FALSE);
  self->read_deadline = deadline;
  g_set_object (&self->read_cancellable, cancellable);
  self->read_stopped = 0;
  sqlite3_progress_handler (self->db, limited ? 2000 : 0, limited ? read_progress : NULL, self);
  if (deadline > 0)
    watch (self, TRUE);
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

/* GObject */

static void
ber_sqlite_store_finalize (GObject *object)
{
  BerSqliteStore *self = BER_SQLITE_STORE (object);

  if (self->batch_depth > 0)
    _ber_sqlite_store_rollback (BER_STORE (self));
  if (self->read_deadline > 0)
    watch (self, FALSE);

  g_hash_table_destroy (self->statements);
  _ber_sqlite_store_release_file (self);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_hash_table_destroy (self->columns);
  g_hash_table_destroy (self->tables);
  g_hash_table_destroy (self->batch_tables);
  g_free (self->path);
  g_clear_object (&self->read_cancellable);

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
  store_class->begin = _ber_sqlite_store_begin;
  store_class->begin_bulk = _ber_sqlite_store_begin_bulk;
  store_class->commit = _ber_sqlite_store_commit;
  store_class->rollback = _ber_sqlite_store_rollback;
  store_class->insert = _ber_sqlite_store_insert;
  store_class->update = _ber_sqlite_store_update;
  store_class->delete = _ber_sqlite_store_delete;
  store_class->find_references = _ber_sqlite_store_find_references;
  store_class->set_link = _ber_sqlite_store_set_link;
  store_class->get = _ber_sqlite_store_get;
  store_class->count = _ber_sqlite_store_count;
  store_class->select = _ber_sqlite_store_select;
  store_class->select_after = _ber_sqlite_store_select_after;
  store_class->foreach = _ber_sqlite_store_foreach;
  store_class->position = _ber_sqlite_store_position;
  store_class->limit_reads = sqlite_store_limit_reads;
  store_class->get_links = _ber_sqlite_store_get_links;
  store_class->get_history = _ber_sqlite_store_get_history;
  store_class->check_integrity = _ber_sqlite_store_check_integrity;
  store_class->search_all = _ber_sqlite_store_search_all;
  store_class->count_history = _ber_sqlite_store_count_history;
  store_class->select_history = _ber_sqlite_store_select_history;
  store_class->get_history_values = _ber_sqlite_store_get_history_values;
  store_class->list_history_users = _ber_sqlite_store_list_history_users;
  store_class->find_history = _ber_sqlite_store_find_history;
  store_class->scrub_history = _ber_sqlite_store_scrub_history;
  store_class->forget_history = _ber_sqlite_store_forget_history;
  store_class->wipe_free_space = _ber_sqlite_store_wipe_free_space;
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
