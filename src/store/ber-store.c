/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ber-backup.h"
#include "ber-collate.h"
#include "ber-demo.h"
#include "ber-store.h"

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

#define BUSY_TIMEOUT_MS 5000

struct _BerStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *user;
  char       *today;
  char        today_buf[16];
  GHashTable *statements;   /* sql → sqlite3_stmt */
  GHashTable *columns;      /* source → GPtrArray of column names */
  GHashTable *tables;       /* writable table names */
  GHashTable *batch_tables; /* tables written during the open batch */
  guint       batch_depth;
  guint       savepoint_serial;
  dev_t       file_device;  /* the register file opened, to notice it being replaced */
  ino_t       file_inode;
};

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

/* Migrations, in order; migration N brings user_version from N-1 to N. */
static const char *migrations[] = {
  RESOURCE_PREFIX "/store/001-initial.sql",
  RESOURCE_PREFIX "/store/002-statements.sql",
  RESOURCE_PREFIX "/store/003-search.sql",
};
G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == BER_STORE_SCHEMA_VERSION);

/* Every table a register of the current schema must have. */
static const char *required_tables[] = {
  "body", "subject_area", "routing_rule", "agenda_template_point", "person", "meeting",
  "attendance", "item", "item_transition", "agenda_entry", "clause", "distribution",
  "network", "network_body", "membership", "fee", "network_review", "assignment",
  "forum_event", "event_attendance", "report", "document", "influence_question", "goal",
  "item_network", "item_influence_question", "network_influence_question", "item_goal",
  "network_goal", "history", "register_info", "statement", "item_search", "network_search",
  "person_search",
};

/*
 * The full-text indexes of schema 3 (trigram: any run of three or more
 * characters) and the columns each covers. A search of at least
 * MIN_INDEXED_SEARCH characters in these columns reads the index; shorter
 * ones, and searches in other columns, compare every row.
 */
#define MIN_INDEXED_SEARCH 3
static const struct
{
  const char *table;
  const char *index;
  const char *columns[5];
} search_indexes[] = {
  { "item", "item_search", { "title", "diary_number", "description", NULL } },
  { "network", "network_search", { "name", "acronym", "description", "scope", NULL } },
  { "person", "person_search", { "name", "party", "department", "email", NULL } },
};

G_DEFINE_QUARK (ber-store-error-quark, ber_store_error)

static void
stmt_release (sqlite3_stmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, stmt_release)

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

static gboolean
set_error_from_code (GError     **error,
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

static gboolean
set_error_from_db (BerStore  *self,
                   GError   **error,
                   int        rc)
{
  return set_error_from_code (error, rc, sqlite3_errmsg (self->db));
}

/* Statements */

static sqlite3_stmt *
prepare (BerStore    *self,
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
      set_error_from_db (self, error, rc);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static gboolean
exec_simple (BerStore    *self,
             const char  *sql,
             GError     **error)
{
  sqlite3_stmt *raw = prepare (self, sql, error);
  g_autoptr(sqlite3_stmt) stmt = raw;
  int rc;

  if (raw == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    return set_error_from_db (self, error, rc);

  return TRUE;
}

static gboolean
bind_variant (sqlite3_stmt *stmt,
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
      return bind_variant (stmt, index, child);
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

static GVariant *
row_to_variant (sqlite3_stmt *stmt)
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

static GPtrArray *
get_columns (BerStore   *self,
             const char *source)
{
  GPtrArray *columns = g_hash_table_lookup (self->columns, source);
  sqlite3_stmt *raw;

  if (columns != NULL)
    return columns;

  raw = prepare (self, "SELECT name FROM pragma_table_info (?)", NULL);
  if (raw != NULL)
    {
      g_autoptr(sqlite3_stmt) stmt = raw;

      columns = g_ptr_array_new_with_free_func (g_free);
      sqlite3_bind_text (stmt, 1, source, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_ptr_array_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
    }

  if (columns == NULL || columns->len == 0)
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

  columns = get_columns (self, source);
  if (columns == NULL)
    return FALSE;

  for (guint i = 0; i < columns->len; i++)
    if (g_str_equal (g_ptr_array_index (columns, i), column))
      return TRUE;

  return FALSE;
}

static gboolean
check_source (BerStore    *self,
              const char  *source,
              GError     **error)
{
  if (source != NULL && get_columns (self, source) != NULL)
    return TRUE;

  g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
               "No table or view named “%s” in the register", source ? source : "(null)");
  return FALSE;
}

static gboolean
check_column (BerStore    *self,
              const char  *source,
              const char  *column,
              GError     **error)
{
  if (ber_store_has_column (self, source, column))
    return TRUE;

  g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
               "No column named “%s” in “%s”", column ? column : "(null)", source);
  return FALSE;
}

static gboolean
check_writable_table (BerStore    *self,
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

static gboolean
load_tables (BerStore  *self,
             GError   **error)
{
  sqlite3_stmt *raw = prepare (self,
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
    return set_error_from_db (self, error, rc);

  return TRUE;
}

/* SQLite functions used by our own queries (not by the schema, so any SQLite
 * tool can still read and check the file). */
static void
sql_fold (sqlite3_context  *ctx,
          int               argc,
          sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  g_autofree char *folded = NULL;

  if (text == NULL)
    {
      sqlite3_result_null (ctx);
      return;
    }

  folded = g_utf8_casefold (text, -1);
  sqlite3_result_text (ctx, folded, -1, SQLITE_TRANSIENT);
}

/* Transactions */

static void
remember_file_identity (BerStore *self)
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
          return set_error_from_db (self, error, rc);
        }
      *savepoint = name;
      return TRUE;
    }

  *savepoint = NULL;
  if (!check_file_identity (self, error))
    return FALSE;
  return exec_simple (self, "BEGIN IMMEDIATE", error);
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

  if (!exec_simple (self, "COMMIT", error))
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

static void
emit_changed (BerStore       *self,
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
      && (!check_file_identity (self, error) || !exec_simple (self, "BEGIN IMMEDIATE", error)))
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

  if (!exec_simple (self, "COMMIT", error))
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
                GVariant    *values,
                GError     **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GVariantIter iter;
  const char *key;
  GVariant *value;
  int index = 5;
  int rc;

  g_string_append (sql, "INSERT INTO history (changed_by, table_name, row_id, action, changes) "
                        "VALUES (?1, ?2, ?3, ?4, json_object (");
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

  stmt = prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, self->user, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, row_id);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_STATIC);

  index = 5;
  if (values != NULL)
    {
      g_variant_iter_init (&iter, values);
      while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
        {
          sqlite3_bind_text (stmt, index, key, -1, SQLITE_TRANSIENT);
          bind_variant (stmt, index + 1, value);
          index += 2;
          g_variant_unref (value);
        }
    }

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return set_error_from_db (self, error, rc);

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
                          || g_str_equal (key, "created") || g_str_equal (key, "updated");
      gboolean valid_text = TRUE;

      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        valid_text = g_utf8_validate (g_variant_get_string (value, NULL), -1, NULL);
      g_variant_unref (value);

      if (reserved || !check_column (self, table, key, error))
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
      gboolean ok = bind_variant (stmt, (*index)++, value);

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

  if (!check_writable_table (self, table, error) || !check_values (self, table, owned, error))
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

  stmt = prepare (self, sql->str, error);
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
        set_error_from_db (self, error, rc);
      else
        id = sqlite3_last_insert_rowid (self->db);
      stmt_release (g_steal_pointer (&stmt));
    }
  if (ok)
    ok = record_history (self, table, id, "insert", owned, error);

  if (!write_end (self, g_steal_pointer (&savepoint), ok, error))
    return 0;

  emit_changed (self, table, id, BER_STORE_CHANGE_INSERT);
  return id;
}

gboolean
ber_store_update (BerStore    *self,
                  const char  *table,
                  gint64       id,
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
  gboolean ok;
  int index = 1;
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);

  if (values != NULL)
    owned = g_variant_ref_sink (values);

  if (!check_writable_table (self, table, error) || !check_values (self, table, owned, error))
    return FALSE;

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
  /* A no-op assignment keeps the SET list valid when only "updated" would follow. */
  g_string_append (sql, "id = id WHERE id = ?");

  if (!write_begin (self, &savepoint, error))
    return FALSE;

  emit_changing (self, table, id, BER_STORE_CHANGE_UPDATE);

  stmt = prepare (self, sql->str, error);
  ok = stmt != NULL;
  if (ok)
    {
      ok = bind_values (stmt, owned, &index, sort_column, &sort_key);
      if (ok && sort_column != NULL)
        sqlite3_bind_text (stmt, index++, sort_key ? sort_key : "", -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, index, id);
      if (!ok)
        g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                             "A value has a type the register cannot store");
    }
  if (ok)
    {
      rc = sqlite3_step (stmt);
      ok = rc == SQLITE_DONE;
      if (!ok)
        set_error_from_db (self, error, rc);
      else if (sqlite3_changes (self->db) == 0)
        {
          ok = FALSE;
          g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                               _("The entry no longer exists in the register. It may have "
                                 "been removed in another window."));
        }
      stmt_release (g_steal_pointer (&stmt));
    }
  if (ok)
    ok = record_history (self, table, id, "update", owned, error);

  if (!write_end (self, g_steal_pointer (&savepoint), ok, error))
    return FALSE;

  emit_changed (self, table, id, BER_STORE_CHANGE_UPDATE);
  return TRUE;
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

  return record_history (self, table, id, "delete", row, error);
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

  if (!check_writable_table (self, table, error))
    return FALSE;

  if (!write_begin (self, &savepoint, error))
    return FALSE;

  emit_changing (self, table, id, BER_STORE_CHANGE_DELETE);

  /* The deleted row is kept in the history, so nothing is lost for good. */
  ok = record_deleted_row (self, table, id, error);
  if (ok)
    {
      sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE id = ?", table);
      stmt = prepare (self, sql, error);
      ok = stmt != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      ok = rc == SQLITE_DONE;
      if (!ok)
        set_error_from_db (self, error, rc);
      stmt_release (g_steal_pointer (&stmt));
    }

  if (!write_end (self, g_steal_pointer (&savepoint), ok, error))
    return FALSE;

  emit_changed (self, table, id, BER_STORE_CHANGE_DELETE);
  return TRUE;
}

gboolean
ber_store_set_links (BerStore      *self,
                     const char    *table,
                     const char    *owner_column,
                     gint64         owner_id,
                     const char    *other_column,
                     const gint64  *other_ids,
                     gsize          n_other_ids,
                     GError       **error)
{
  g_autofree char *delete_sql = NULL;
  g_autofree char *insert_sql = NULL;
  g_autofree char *savepoint = NULL;
  GVariantBuilder ids;
  gboolean ok;
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);

  if (!check_writable_table (self, table, error)
      || !check_column (self, table, owner_column, error)
      || !check_column (self, table, other_column, error))
    return FALSE;

  delete_sql = g_strdup_printf ("DELETE FROM \"%s\" WHERE \"%s\" = ?", table, owner_column);
  insert_sql = g_strdup_printf ("INSERT OR IGNORE INTO \"%s\" (\"%s\", \"%s\") VALUES (?, ?)",
                                table, owner_column, other_column);

  if (!write_begin (self, &savepoint, error))
    return FALSE;

  emit_changing (self, table, owner_id, BER_STORE_CHANGE_UPDATE);

  {
    g_autoptr(sqlite3_stmt) stmt = prepare (self, delete_sql, error);

    ok = stmt != NULL;
    if (ok)
      {
        sqlite3_bind_int64 (stmt, 1, owner_id);
        rc = sqlite3_step (stmt);
        ok = rc == SQLITE_DONE;
        if (!ok)
          set_error_from_db (self, error, rc);
      }
  }

  g_variant_builder_init (&ids, G_VARIANT_TYPE ("ax"));
  for (gsize i = 0; ok && i < n_other_ids; i++)
    {
      g_autoptr(sqlite3_stmt) stmt = prepare (self, insert_sql, error);

      ok = stmt != NULL;
      if (!ok)
        break;
      sqlite3_bind_int64 (stmt, 1, owner_id);
      sqlite3_bind_int64 (stmt, 2, other_ids[i]);
      rc = sqlite3_step (stmt);
      ok = rc == SQLITE_DONE;
      if (!ok)
        set_error_from_db (self, error, rc);
      g_variant_builder_add (&ids, "x", other_ids[i]);
    }

  {
    GVariantBuilder change;

    g_variant_builder_init (&change, G_VARIANT_TYPE_VARDICT);
    /* json_object() takes text, so the list goes in as its printed form. */
    {
      g_autoptr(GVariant) list = g_variant_ref_sink (g_variant_builder_end (&ids));
      g_autofree char *printed = g_variant_print (list, FALSE);

      g_variant_builder_add (&change, "{sv}", other_column, g_variant_new_string (printed));
    }
    {
      g_autoptr(GVariant) changes = g_variant_ref_sink (g_variant_builder_end (&change));

      if (ok)
        ok = record_history (self, table, owner_id, "update", changes, error);
    }
  }

  if (!write_end (self, g_steal_pointer (&savepoint), ok, error))
    return FALSE;

  emit_changed (self, table, owner_id, BER_STORE_CHANGE_UPDATE);
  return TRUE;
}

/* Reads */

GVariant *
ber_store_get (BerStore    *self,
               const char  *source,
               gint64       id,
               GError     **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), NULL);

  if (!check_source (self, source, error))
    return NULL;

  sql = g_strdup_printf ("SELECT * FROM \"%s\" WHERE id = ?", source);
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return row_to_variant (stmt);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                         _("The entry no longer exists in the register. It may have been "
                           "removed in another window."));
  else
    set_error_from_db (self, error, rc);

  return NULL;
}

static const char *
op_sql (BerQueryOp op)
{
  switch (op)
    {
    case BER_QUERY_EQ: return "=";
    case BER_QUERY_NE: return "IS NOT";
    case BER_QUERY_LT: return "<";
    case BER_QUERY_LE: return "<=";
    case BER_QUERY_GT: return ">";
    case BER_QUERY_GE: return ">=";
    case BER_QUERY_IS_NULL: return "IS NULL";
    case BER_QUERY_NOT_NULL: return "IS NOT NULL";
    default: return "=";
    }
}

static const char *search_index_for (const BerQuery *query,
                                     const char     *source);

/* Appends " WHERE …" for the query's conditions and search; binding happens in
 * bind_where() in the same order. */
static gboolean
append_where (BerStore        *self,
              const BerQuery  *query,
              const char      *source,
              GString         *sql,
              GError         **error)
{
  const GPtrArray *conditions = ber_query_get_conditions (query);
  const char * const *search_columns = ber_query_get_search_columns (query);
  const char *search_index = search_index_for (query, source);
  gboolean first = TRUE;

  for (guint i = 0; i < conditions->len; i++)
    {
      const BerQueryCondition *c = g_ptr_array_index (conditions, i);

      if (!check_column (self, source, c->column, error))
        return FALSE;

      g_string_append (sql, first ? " WHERE " : " AND ");
      first = FALSE;

      if (c->in != NULL)
        {
          guint n = g_strv_length (c->in);

          if (n == 0)
            {
              g_string_append (sql, "0");
              continue;
            }
          g_string_append_printf (sql, "\"%s\" IN (", c->column);
          for (guint j = 0; j < n; j++)
            g_string_append (sql, j == 0 ? "?" : ", ?");
          g_string_append (sql, ")");
        }
      else if (c->op == BER_QUERY_IS_NULL || c->op == BER_QUERY_NOT_NULL)
        g_string_append_printf (sql, "\"%s\" %s", c->column, op_sql (c->op));
      else
        g_string_append_printf (sql, "\"%s\" %s ?", c->column, op_sql (c->op));
    }

  if (search_index != NULL)
    {
      /* The index's name is one of ours, never the caller's text. */
      g_string_append_printf (sql, "%sid IN (SELECT rowid FROM \"%s\" WHERE \"%s\" MATCH ?)",
                              first ? " WHERE " : " AND ", search_index, search_index);
    }
  else if (ber_query_get_search_text (query) != NULL)
    {
      g_string_append (sql, first ? " WHERE (" : " AND (");
      for (guint i = 0; search_columns[i] != NULL; i++)
        {
          if (!check_column (self, source, search_columns[i], error))
            return FALSE;
          g_string_append_printf (sql, "%sinstr (ber_fold (\"%s\"), ?) > 0",
                                  i == 0 ? "" : " OR ", search_columns[i]);
        }
      g_string_append (sql, ")");
    }

  return TRUE;
}

/* An FTS5 query for @text in @columns: one phrase, quotes doubled, so that
 * nothing the user types is read as query syntax. */
static char *
search_match (const char         *text,
              const char * const *columns)
{
  g_autoptr(GString) match = g_string_new ("{");
  g_auto(GStrv) parts = g_strsplit (text, "\"", -1);
  g_autofree char *quoted = g_strjoinv ("\"\"", parts);

  for (guint i = 0; columns[i] != NULL; i++)
    g_string_append_printf (match, "%s%s", i == 0 ? "" : " ", columns[i]);
  g_string_append_printf (match, "} : \"%s\"", quoted);
  return g_string_free (g_steal_pointer (&match), FALSE);
}

static void
bind_where (const BerQuery *query,
            const char     *source,
            sqlite3_stmt   *stmt,
            int            *index)
{
  const GPtrArray *conditions = ber_query_get_conditions (query);
  const char * const *search_columns = ber_query_get_search_columns (query);
  const char *search = ber_query_get_search_text (query);

  for (guint i = 0; i < conditions->len; i++)
    {
      const BerQueryCondition *c = g_ptr_array_index (conditions, i);

      if (c->in != NULL)
        {
          for (guint j = 0; c->in[j] != NULL; j++)
            sqlite3_bind_text (stmt, (*index)++, c->in[j], -1, SQLITE_TRANSIENT);
        }
      else if (c->value != NULL)
        bind_variant (stmt, (*index)++, c->value);
    }

  if (search_index_for (query, source) != NULL)
    sqlite3_bind_text (stmt, (*index)++, search_match (search, search_columns), -1, g_free);
  else if (search != NULL)
    {
      g_autofree char *folded = g_utf8_casefold (search, -1);

      for (guint i = 0; search_columns[i] != NULL; i++)
        sqlite3_bind_text (stmt, (*index)++, folded, -1, SQLITE_TRANSIENT);
    }
}

/* Ties are broken by id, in the direction of the first order column, so
 * that an index on (column, id) serves the whole order. */
static gboolean
id_descending (const BerQuery *query)
{
  const GPtrArray *orders = ber_query_get_orders (query);

  return orders->len > 0 && ((const BerQueryOrder *) g_ptr_array_index (orders, 0))->descending;
}

static gboolean
append_order (BerStore        *self,
              const BerQuery  *query,
              const char      *source,
              GString         *sql,
              GError         **error)
{
  const GPtrArray *orders = ber_query_get_orders (query);

  g_string_append (sql, " ORDER BY ");
  for (guint i = 0; i < orders->len; i++)
    {
      const BerQueryOrder *o = g_ptr_array_index (orders, i);

      if (!check_column (self, source, o->column, error))
        return FALSE;
      g_string_append_printf (sql, "\"%s\"%s, ", o->column, o->descending ? " DESC" : "");
    }
  g_string_append (sql, id_descending (query) ? "id DESC" : "id");

  return TRUE;
}

/*
 * The list views show one table's rows with names joined in. Counting,
 * ordering and paging run on the table itself when the query names no
 * joined column: SQLite then uses the table's indexes and does no joins for
 * the rows it skips. Only the page's rows are read through the view.
 */
static const struct
{
  const char *view;
  const char *table;
} list_views[] = {
  { "item_list", "item" },
  { "network_list", "network" },
  { "meeting_list", "meeting" },
  { "report_list", "report" },
  { "assignment_list", "assignment" },
  { "membership_list", "membership" },
  { "fee_list", "fee" },
};

/* The full-text index that can answer the query's search on @source, or
 * %NULL when every row must be compared. */
static const char *
search_index_for (const BerQuery *query,
                  const char     *source)
{
  const char *search = ber_query_get_search_text (query);
  const char * const *columns = ber_query_get_search_columns (query);
  const char *table = source;

  if (search == NULL || columns == NULL || columns[0] == NULL
      || g_utf8_strlen (search, -1) < MIN_INDEXED_SEARCH)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (list_views); i++)
    if (g_str_equal (list_views[i].view, source))
      table = list_views[i].table;

  for (guint i = 0; i < G_N_ELEMENTS (search_indexes); i++)
    {
      gboolean covered = TRUE;

      if (!g_str_equal (search_indexes[i].table, table))
        continue;
      for (guint j = 0; columns[j] != NULL && covered; j++)
        covered = g_strv_contains (search_indexes[i].columns, columns[j]);
      return covered ? search_indexes[i].index : NULL;
    }
  return NULL;
}

static const char *
resolve_source (BerStore       *self,
                const BerQuery *query)
{
  const char *source = ber_query_get_source (query);
  const GPtrArray *conditions = ber_query_get_conditions (query);
  const GPtrArray *orders = ber_query_get_orders (query);
  const char * const *search_columns = ber_query_get_search_columns (query);
  const char *table = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (list_views); i++)
    if (g_str_equal (list_views[i].view, source))
      table = list_views[i].table;
  if (table == NULL)
    return source;

  for (guint i = 0; i < conditions->len; i++)
    if (!ber_store_has_column (self, table,
                               ((const BerQueryCondition *) g_ptr_array_index (conditions, i))->column))
      return source;
  for (guint i = 0; i < orders->len; i++)
    if (!ber_store_has_column (self, table,
                               ((const BerQueryOrder *) g_ptr_array_index (orders, i))->column))
      return source;
  for (guint i = 0; search_columns != NULL && search_columns[i] != NULL; i++)
    if (!ber_store_has_column (self, table, search_columns[i]))
      return source;

  return table;
}

gboolean
ber_store_count (BerStore        *self,
                 const BerQuery  *query,
                 guint           *n_rows,
                 GError         **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *source;
  int index = 1;
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  *n_rows = 0;
  if (!check_source (self, ber_query_get_source (query), error))
    return FALSE;

  source = resolve_source (self, query);
  g_string_printf (sql, "SELECT count(*) FROM \"%s\"", source);
  if (!append_where (self, query, source, sql, error))
    return FALSE;

  stmt = prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  bind_where (query, source, stmt, &index);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_error_from_db (self, error, rc);

  *n_rows = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

GPtrArray *
ber_store_select (BerStore        *self,
                  const BerQuery  *query,
                  guint            offset,
                  guint            limit,
                  GError         **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) ids = g_string_new ("[");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *source;
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!check_source (self, ber_query_get_source (query), error))
    return NULL;

  /* First the page's ids, in order… */
  source = resolve_source (self, query);
  g_string_printf (sql, "SELECT id FROM \"%s\"", source);
  if (!append_where (self, query, source, sql, error)
      || !append_order (self, query, source, sql, error))
    return NULL;
  g_string_append (sql, " LIMIT ? OFFSET ?");

  {
    g_autoptr(sqlite3_stmt) stmt = prepare (self, sql->str, error);
    int index = 1;

    if (stmt == NULL)
      return NULL;

    bind_where (query, source, stmt, &index);
    sqlite3_bind_int64 (stmt, index++, limit);
    sqlite3_bind_int64 (stmt, index, offset);

    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (order, id);
        g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, order->len > 1 ? "," : "", id);
      }
    if (rc != SQLITE_DONE)
      {
        set_error_from_db (self, error, rc);
        return NULL;
      }
  }
  g_string_append_c (ids, ']');

  /* …then their rows, with the names the list shows. */
  rows = g_ptr_array_new_full (order->len, (GDestroyNotify) g_variant_unref);
  if (order->len == 0)
    return g_steal_pointer (&rows);

  g_string_printf (sql, "SELECT * FROM \"%s\" WHERE id IN (SELECT value FROM json_each (?))",
                   ber_query_get_source (query));
  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                 (GDestroyNotify) g_variant_unref);
  {
    g_autoptr(sqlite3_stmt) stmt = prepare (self, sql->str, error);

    if (stmt == NULL)
      return NULL;

    sqlite3_bind_text (stmt, 1, ids->str, -1, SQLITE_TRANSIENT);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 *id = g_new (gint64, 1);

        *id = sqlite3_column_int64 (stmt, 0);
        g_hash_table_insert (by_id, id, row_to_variant (stmt));
      }
    if (rc != SQLITE_DONE)
      {
        set_error_from_db (self, error, rc);
        return NULL;
      }
  }

  for (guint i = 0; i < order->len; i++)
    {
      GVariant *row = g_hash_table_lookup (by_id, &g_array_index (order, gint64, i));

      if (row != NULL)
        g_ptr_array_add (rows, g_variant_ref (row));
    }

  return g_steal_pointer (&rows);
}

/*
 * The position of a row in a query's order is the number of rows that sort
 * before it. Each order column c with the row's value v contributes
 * "c sorts before v" and "c equals v" terms; SQLite sorts NULL first.
 */
static void
append_before (GString    *sql,
               const char *column,
               gboolean    descending,
               gboolean    value_is_null)
{
  if (!descending)
    {
      if (value_is_null)
        g_string_append (sql, "0");
      else
        g_string_append_printf (sql, "(\"%s\" IS NULL OR \"%s\" < ?)", column, column);
    }
  else
    {
      if (value_is_null)
        g_string_append_printf (sql, "\"%s\" IS NOT NULL", column);
      else
        g_string_append_printf (sql, "\"%s\" > ?", column);
    }
}

static void
append_equal (GString    *sql,
              const char *column,
              gboolean    value_is_null)
{
  if (value_is_null)
    g_string_append_printf (sql, "\"%s\" IS NULL", column);
  else
    g_string_append_printf (sql, "\"%s\" = ?", column);
}

gboolean
ber_store_position (BerStore        *self,
                    const BerQuery  *query,
                    gint64           id,
                    gint            *position,
                    GError         **error)
{
  const GPtrArray *orders = ber_query_get_orders (query);
  const char *source;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autoptr(GVariant) row = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int index = 1;
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);

  *position = -1;
  if (!check_source (self, ber_query_get_source (query), error))
    return FALSE;
  source = resolve_source (self, query);

  /* Is the row in the query at all, and what are its order values? */
  g_string_printf (sql, "SELECT * FROM \"%s\"", source);
  if (!append_where (self, query, source, sql, error))
    return FALSE;
  g_string_append (sql, ber_query_get_conditions (query)->len > 0
                        || ber_query_get_search_text (query) != NULL ? " AND id = ?" : " WHERE id = ?");

  stmt = prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  bind_where (query, source, stmt, &index);
  sqlite3_bind_int64 (stmt, index, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return set_error_from_db (self, error, rc);
  row = row_to_variant (stmt);
  stmt_release (g_steal_pointer (&stmt));

  for (guint i = 0; i < orders->len; i++)
    {
      const BerQueryOrder *o = g_ptr_array_index (orders, i);
      GVariant *v = g_variant_lookup_value (row, o->column, NULL);

      if (!check_column (self, source, o->column, error))
        return FALSE;
      g_ptr_array_add (keys, v != NULL ? v : g_variant_ref_sink (g_variant_new ("()")));
    }

  /* Count the rows that sort before it. */
  g_string_printf (sql, "SELECT count(*) FROM \"%s\"", source);
  if (!append_where (self, query, source, sql, error))
    return FALSE;
  g_string_append (sql, ber_query_get_conditions (query)->len > 0
                        || ber_query_get_search_text (query) != NULL ? " AND (" : " WHERE (");
  for (guint i = 0; i <= orders->len; i++)
    {
      g_string_append (sql, i == 0 ? "(" : " OR (");
      for (guint j = 0; j < i; j++)
        {
          const BerQueryOrder *o = g_ptr_array_index (orders, j);

          append_equal (sql, o->column,
                        g_variant_is_of_type (g_ptr_array_index (keys, j), G_VARIANT_TYPE_UNIT));
          g_string_append (sql, " AND ");
        }
      if (i < orders->len)
        {
          const BerQueryOrder *o = g_ptr_array_index (orders, i);

          append_before (sql, o->column, o->descending,
                         g_variant_is_of_type (g_ptr_array_index (keys, i), G_VARIANT_TYPE_UNIT));
        }
      else
        g_string_append (sql, id_descending (query) ? "id > ?" : "id < ?");
      g_string_append (sql, ")");
    }
  g_string_append (sql, ")");

  stmt = prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  index = 1;
  bind_where (query, source, stmt, &index);
  for (guint i = 0; i <= orders->len; i++)
    {
      for (guint j = 0; j < i; j++)
        {
          GVariant *v = g_ptr_array_index (keys, j);

          if (!g_variant_is_of_type (v, G_VARIANT_TYPE_UNIT))
            bind_variant (stmt, index++, v);
        }
      if (i < orders->len)
        {
          GVariant *v = g_ptr_array_index (keys, i);

          if (!g_variant_is_of_type (v, G_VARIANT_TYPE_UNIT))
            bind_variant (stmt, index++, v);
        }
      else
        sqlite3_bind_int64 (stmt, index++, id);
    }

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_error_from_db (self, error, rc);

  *position = (gint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

GArray *
ber_store_get_links (BerStore    *self,
                     const char  *table,
                     const char  *owner_column,
                     gint64       owner_id,
                     const char  *other_column,
                     GError     **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), NULL);

  if (!check_column (self, table, owner_column, error)
      || !check_column (self, table, other_column, error))
    return NULL;

  sql = g_strdup_printf ("SELECT \"%s\" FROM \"%s\" WHERE \"%s\" = ? ORDER BY 1",
                         other_column, table, owner_column);
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, owner_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      set_error_from_db (self, error, rc);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

gboolean
ber_store_check_integrity (BerStore  *self,
                           GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);

  stmt = prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", line);
    }
  if (rc != SQLITE_DONE)
    return set_error_from_db (self, error, rc);

  stmt_release (g_steal_pointer (&stmt));
  stmt = prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (problems, "%sforeign key in %s row %lld",
                            problems->len ? "; " : "",
                            (const char *) sqlite3_column_text (stmt, 0),
                            (long long) sqlite3_column_int64 (stmt, 1));
  if (rc != SQLITE_DONE)
    return set_error_from_db (self, error, rc);

  if (problems->len > 0)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CORRUPT,
                   _("The register is damaged (%s). Restore it from a backup."), problems->str);
      return FALSE;
    }

  return TRUE;
}

static gboolean
sync_path (const char  *path,
           gboolean     directory,
           GError     **error)
{
  int fd = open (path, (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, BER_STORE_ERROR, saved == ENOSPC ? BER_STORE_ERROR_FULL : BER_STORE_ERROR_IO,
                   _("“%s” could not be written to disk: %s"), path, g_strerror (saved));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

/**
 * ber_store_vacuum_into:
 * @dest: a file that does not exist yet
 *
 * Writes a consistent, compact copy of the register to @dest (mode 0600),
 * from a read transaction, so writes by others are neither blocked for long
 * nor half-copied.
 */
gboolean
ber_store_vacuum_into (BerStore    *self,
                       const char  *dest,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int fd;
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);

  /* VACUUM INTO takes an empty file: make it first, readable by its owner only. */
  fd = g_open (dest, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, BER_STORE_ERROR,
                   saved == ENOSPC ? BER_STORE_ERROR_FULL
                   : saved == EEXIST ? BER_STORE_ERROR_EXISTS
                   : (saved == EACCES || saved == EROFS) ? BER_STORE_ERROR_READ_ONLY
                   : BER_STORE_ERROR_IO,
                   _("The copy “%s” could not be created: %s"), dest, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  stmt = prepare (self, "VACUUM INTO ?", error);
  if (stmt == NULL)
    {
      g_unlink (dest);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, dest, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      set_error_from_db (self, error, rc);
      g_unlink (dest);
      return FALSE;
    }

  return sync_path (dest, FALSE, error);
}

/* Opening and creating */

char *
ber_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "beredning", "beredning.db", NULL);
}

gboolean
ber_store_ensure_folder (const char  *path,
                         GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, BER_STORE_ERROR,
                   saved == EACCES || saved == EROFS ? BER_STORE_ERROR_READ_ONLY
                                                     : BER_STORE_ERROR_IO,
                   _("The folder “%s” could not be created: %s"), dir, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

static gboolean
configure_connection (BerStore  *self,
                      gboolean   use_wal,
                      GError   **error)
{
  int rc;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  rc = sqlite3_create_function (self->db, "ber_fold", 1,
                                SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                sql_fold, NULL, NULL);
  if (rc != SQLITE_OK)
    return set_error_from_db (self, error, rc);

  if (!exec_simple (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  if (use_wal && !exec_simple (self, "PRAGMA journal_mode = WAL", error))
    return FALSE;
  if (!exec_simple (self, "PRAGMA synchronous = FULL", error))
    return FALSE;

  return TRUE;
}

static gboolean
read_header (const char  *path,
             GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  char header[16];
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize n_read = 0;

  in = g_file_read (file, NULL, &local_error);
  if (in == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                     _("There is no register at “%s”."), path);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_READ_ONLY,
                     _("The register “%s” cannot be read: %s"), path, local_error->message);
      else
        g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                     _("The register “%s” cannot be read: %s"), path, local_error->message);
      return FALSE;
    }

  if (!g_input_stream_read_all (G_INPUT_STREAM (in), header, sizeof header, &n_read, NULL,
                                &local_error))
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                   _("The register “%s” cannot be read: %s"), path, local_error->message);
      return FALSE;
    }

  if (n_read < sizeof header || memcmp (header, magic, sizeof header) != 0)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_REGISTER,
                   _("“%s” is not a Beredning register. Choose another file, or restore "
                     "the register from a backup."), path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
query_int (BerStore    *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return set_error_from_db (self, error, rc);

  *value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Checks that the file is a register this program can use, without writing to it. */
static gboolean
inspect (BerStore    *self,
         gint64      *version,
         GError     **error)
{
  gint64 application_id = 0;

  if (!query_int (self, "PRAGMA application_id", &application_id, error)
      || !query_int (self, "PRAGMA user_version", version, error))
    {
      /* NOTADB and CORRUPT already say so; any other read failure is reported as is. */
      return FALSE;
    }

  if (application_id != BER_STORE_APPLICATION_ID || *version < 1)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_REGISTER,
                   _("“%s” is an SQLite database of another program, not a Beredning "
                     "register. Choose another file."), self->path);
      return FALSE;
    }

  if (*version > BER_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_TOO_NEW,
                   _("The register “%s” was made by a newer version of Beredning (schema %d; "
                     "this version reads up to %d). Update Beredning to open it."),
                   self->path, (int) *version, BER_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  if (*version == BER_STORE_SCHEMA_VERSION)
    {
      for (guint i = 0; i < G_N_ELEMENTS (required_tables); i++)
        {
          g_autoptr(sqlite3_stmt) stmt = prepare (self,
                                                  "SELECT 1 FROM sqlite_schema "
                                                  "WHERE type = 'table' AND name = ?",
                                                  error);
          int rc;

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, required_tables[i], -1, SQLITE_STATIC);
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_DONE)
            {
              g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CORRUPT,
                           _("The register “%s” is damaged: its table “%s” is missing. "
                             "Restore it from a backup."), self->path, required_tables[i]);
              return FALSE;
            }
          if (rc != SQLITE_ROW)
            return set_error_from_db (self, error, rc);
        }
    }

  return TRUE;
}

static gboolean
migrate (BerStore  *self,
         gint64     from_version,
         GError   **error)
{
  for (gint64 v = from_version + 1; v <= BER_STORE_SCHEMA_VERSION; v++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      g_autofree char *set_version = NULL;
      char *message = NULL;
      int rc;

      bytes = g_resources_lookup_data (migrations[v - 1], 0, error);
      if (bytes == NULL)
        return FALSE;
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      if (!exec_simple (self, "BEGIN IMMEDIATE", error))
        return FALSE;

      rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);
      if (rc == SQLITE_OK)
        {
          /* user_version takes no bound parameter; v is an integer we made. */
          set_version = g_strdup_printf ("PRAGMA user_version = %" G_GINT64_FORMAT, v);
          rc = sqlite3_exec (self->db, set_version, NULL, NULL, &message);
        }
      if (rc == SQLITE_OK)
        rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, &message);

      if (rc != SQLITE_OK)
        {
          set_error_from_code (error, rc, message != NULL ? message : sqlite3_errmsg (self->db));
          sqlite3_free (message);
          if (!sqlite3_get_autocommit (self->db))
            sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  return TRUE;
}

static BerStore *
store_new (const char *path)
{
  BerStore *self = g_object_new (BER_TYPE_STORE, NULL);

  self->path = g_strdup (path);
  return self;
}

static gboolean
open_connection (BerStore  *self,
                 GError   **error)
{
  int rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL);

  if (rc != SQLITE_OK)
    {
      set_error_from_code (error, rc, self->db ? sqlite3_errmsg (self->db) : "");
      return FALSE;
    }

  return TRUE;
}

BerStore *
ber_store_open (const char  *path,
                GError     **error)
{
  g_autoptr(BerStore) self = NULL;
  gint64 version = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!read_header (path, error))
    return NULL;

  self = store_new (path);
  if (!open_connection (self, error))
    return NULL;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  /* Nothing is written before the file is known to be a register we can read. */
  if (!inspect (self, &version, error))
    return NULL;

  if (!configure_connection (self, TRUE, error))
    return NULL;

  /* Every migration starts from a snapshot of the register as it was. */
  if (version < BER_STORE_SCHEMA_VERSION
      && (!ber_store_snapshot (self, "before-migration", NULL, error)
          || !migrate (self, version, error)))
    return NULL;

  if (!load_tables (self, error))
    return NULL;

  remember_file_identity (self);
  return g_steal_pointer (&self);
}

static void
remove_with_companions (const char *path)
{
  static const char *suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

static gboolean
fill_new (BerStore         *self,
          BerStoreContent   content,
          GError          **error)
{
  g_autofree char *created = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *application_id = NULL;

  application_id = g_strdup_printf ("PRAGMA application_id = %d", BER_STORE_APPLICATION_ID);
  if (!exec_simple (self, application_id, error))
    return FALSE;

  if (!migrate (self, 0, error) || !load_tables (self, error))
    return FALSE;

  if (!ber_store_begin (self, error))
    return FALSE;

  {
    g_autoptr(sqlite3_stmt) stmt = prepare (self,
                                            "INSERT INTO register_info (key, value) "
                                            "VALUES ('created', ?), ('program', ?)",
                                            error);
    int rc;

    if (stmt == NULL)
      {
        ber_store_rollback (self);
        return FALSE;
      }
    created = g_date_time_format_iso8601 (now);
    sqlite3_bind_text (stmt, 1, created, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 2, PACKAGE_NAME " " PACKAGE_VERSION, -1, SQLITE_STATIC);
    rc = sqlite3_step (stmt);
    if (rc != SQLITE_DONE)
      {
        set_error_from_db (self, error, rc);
        ber_store_rollback (self);
        return FALSE;
      }
  }

  if (content == BER_STORE_CONTENT_DEMO && !ber_demo_fill (self, error))
    {
      ber_store_rollback (self);
      return FALSE;
    }

  if (!ber_store_commit (self, error))
    {
      ber_store_rollback (self);
      return FALSE;
    }

  return exec_simple (self, "PRAGMA journal_mode = WAL", error);
}

/*
 * A new register is built in a hidden file beside its final name, synced, and
 * then linked into place; link() fails rather than replace a file that
 * appeared meanwhile. Interrupted at any moment, this leaves either no
 * register or a complete one (and at worst a hidden temporary file).
 */
gboolean
ber_store_create (const char       *path,
                  BerStoreContent   content,
                  GError          **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr(BerStore) self = NULL;
  gboolean ok;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_EXISTS,
                   _("“%s” already exists. Choose a new file name; an existing file is "
                     "never overwritten."), path);
      return FALSE;
    }

  if (!ber_store_ensure_folder (path, error))
    return FALSE;

  dir = g_path_get_dirname (path);
  tmp_path = g_build_filename (dir, ".beredning-new-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, BER_STORE_ERROR,
                   saved == ENOSPC ? BER_STORE_ERROR_FULL
                   : (saved == EACCES || saved == EROFS) ? BER_STORE_ERROR_READ_ONLY
                   : BER_STORE_ERROR_IO,
                   _("A register cannot be created in “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  self = store_new (tmp_path);
  ok = open_connection (self, error)
       && configure_connection (self, FALSE, error)
       && fill_new (self, content, error);
  g_clear_object (&self);

  ok = ok && sync_path (tmp_path, FALSE, error);
  if (ok && link (tmp_path, path) != 0)
    {
      int saved = errno;

      g_set_error (error, BER_STORE_ERROR,
                   saved == EEXIST ? BER_STORE_ERROR_EXISTS : BER_STORE_ERROR_IO,
                   _("The register “%s” could not be put in place: %s"), path,
                   g_strerror (saved));
      ok = FALSE;
    }

  remove_with_companions (tmp_path);
  if (ok)
    ok = sync_path (dir, TRUE, error);

  return ok;
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

  if (!query_int (self, "PRAGMA user_version", &version, NULL))
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
