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

/* Opening, checking, migrating and creating registers. */



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

/*
 * With BEREDNING_SLOW_SQL_MS set, every statement that runs longer than
 * that many milliseconds is logged (domain ber-store, debug level), with
 * the thread it ran on: a tool for finding what stalls the window.
 */
static int
trace_slow (unsigned int  type,
            void         *data,
            void         *statement,
            void         *nanoseconds)
{
  gint64 limit_ns = GPOINTER_TO_SIZE (data) * (gint64) 1000000;
  sqlite3_int64 spent = *(sqlite3_int64 *) nanoseconds;

  if (type == SQLITE_TRACE_PROFILE && spent >= limit_ns)
    {
      char *sql = sqlite3_expanded_sql (statement);

      g_debug ("%.1f ms on %s: %s", spent / 1e6,
               g_main_context_is_owner (g_main_context_default ()) ? "the main thread"
                                                                  : "a worker",
               sql != NULL ? sql : sqlite3_sql (statement));
      sqlite3_free (sql);
    }
  return 0;
}

static gboolean
configure_connection (BerSqliteStore  *self,
                      gboolean   use_wal,
                      GError   **error)
{
  int rc;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BER_STORE_BUSY_TIMEOUT_MS);
  {
    const char *slow = g_getenv ("BEREDNING_SLOW_SQL_MS");
    guint64 slow_ms = slow != NULL ? g_ascii_strtoull (slow, NULL, 10) : 0;

    if (slow_ms > 0)
      sqlite3_trace_v2 (self->db, SQLITE_TRACE_PROFILE, trace_slow, GSIZE_TO_POINTER (slow_ms));
  }

  rc = sqlite3_create_function (self->db, "ber_fold", 1,
                                SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                sql_fold, NULL, NULL);
  if (rc != SQLITE_OK)
    return _ber_sqlite_store_set_error (self, error, rc);

  if (!_ber_sqlite_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  if (use_wal && !_ber_sqlite_store_exec (self, "PRAGMA journal_mode = WAL", error))
    return FALSE;
  if (!_ber_sqlite_store_exec (self, "PRAGMA synchronous = FULL", error))
    return FALSE;

  return TRUE;
}

/*
 * A register is a regular file. A named pipe would block the first read
 * forever and a device is nothing we should write to, so anything else is
 * refused before it is opened. stat() opens nothing: it cannot drop the
 * POSIX locks this process holds on a register that is already open.
 */
static gboolean
check_regular_file (const char  *path,
                    GError     **error)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT)
        g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                     _("There is no register at “%s”."), path);
      else
        g_set_error (error, BER_STORE_ERROR,
                     saved == EACCES ? BER_STORE_ERROR_READ_ONLY : BER_STORE_ERROR_IO,
                     _("The register “%s” cannot be read: %s"), path, g_strerror (saved));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_REGISTER,
                   S_ISDIR (st.st_mode)
                   ? _("“%s” is a folder, not a Beredning register. Choose the register file "
                       "itself.")
                   : _("“%s” is not an ordinary file (it is a pipe, a socket or a device), so "
                       "it cannot be a Beredning register. Choose the register file itself."),
                   path);
      return FALSE;
    }

  return TRUE;
}

gboolean
_ber_sqlite_store_query_int (BerSqliteStore    *self,
                      const char  *sql,
                      gint64      *value,
                      GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ber_sqlite_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ber_sqlite_store_set_error (self, error, rc);

  *value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Checks that the file is a register this program can use, on a read-only
 * connection: a register that is refused is left as it was, its write-ahead
 * log included. */
static gboolean
inspect (const char  *path,
         gint64      *version,
         GError     **error)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strconcat ("file:", escaped, "?mode=ro", NULL);
  g_autoptr(BerSqliteStore) probe = g_object_new (BER_TYPE_SQLITE_STORE, NULL);
  gint64 application_id = 0;
  int rc;

  probe->path = g_strdup (path);
  rc = sqlite3_open_v2 (uri, &probe->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc != SQLITE_OK)
    return _ber_sqlite_store_set_error_code (error, rc, probe->db ? sqlite3_errmsg (probe->db) : "");
  sqlite3_extended_result_codes (probe->db, 1);
  sqlite3_busy_timeout (probe->db, BER_STORE_BUSY_TIMEOUT_MS);

  if (!_ber_sqlite_store_query_int (probe, "PRAGMA application_id", &application_id, error)
      || !_ber_sqlite_store_query_int (probe, "PRAGMA user_version", version, error))
    {
      if (error != NULL && g_error_matches (*error, BER_STORE_ERROR,
                                            BER_STORE_ERROR_NOT_REGISTER))
        {
          g_clear_error (error);
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_REGISTER,
                       _("“%s” is not a Beredning register. Choose another file, or restore "
                         "the register from a backup."), path);
        }
      return FALSE;
    }

  if (application_id != BER_STORE_APPLICATION_ID || *version < 1)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_REGISTER,
                   application_id == 0 && *version == 0
                   ? _("“%s” is empty or an SQLite database of another program, not a "
                       "Beredning register. Choose another file.")
                   : _("“%s” is an SQLite database of another program, not a Beredning "
                       "register. Choose another file."), path);
      return FALSE;
    }

  if (*version > BER_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_TOO_NEW,
                   _("The register “%s” was made by a newer version of Beredning (schema %d; "
                     "this version reads up to %d). Update Beredning to open it."),
                   path, (int) *version, BER_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  if (*version == BER_STORE_SCHEMA_VERSION)
    {
      g_autoptr(Schema) actual = _ber_sqlite_store_read_schema (probe->db, error);

      if (actual == NULL || !_ber_sqlite_store_check_tables (path, actual, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
migrate (BerSqliteStore  *self,
         gint64     from_version,
         GError   **error)
{
  for (gint64 v = from_version + 1; v <= BER_STORE_SCHEMA_VERSION; v++)
    if (!_ber_sqlite_store_run_migration (self->db, v, error))
      return FALSE;

  return TRUE;
}

/*
 * The register holds personal data: it, its write-ahead log and shared
 * memory file are readable by their owner only, whichever tool or umask
 * created them. SQLite creates the log and the shared memory with the
 * register's own mode, so the register is tightened before it is opened
 * for writing. chmod() works on the name and opens nothing.
 */
static void
tighten_modes (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_stat (name, &st) != 0 || !S_ISREG (st.st_mode) || (st.st_mode & 0077) == 0)
        continue;
      if (g_chmod (name, st.st_mode & 0700 & ~0100) == 0)
        g_message ("“%s” was readable by others (mode %03o); it is now readable by its "
                   "owner only (mode 600)", name, (unsigned int) (st.st_mode & 0777));
      else
        g_message ("“%s” is readable by others (mode %03o) and cannot be changed: %s", name,
                   (unsigned int) (st.st_mode & 0777), g_strerror (errno));
    }
}

static BerSqliteStore *
store_new (const char *path)
{
  BerSqliteStore *self = g_object_new (BER_TYPE_SQLITE_STORE, NULL);

  self->path = g_strdup (path);
  return self;
}

static gboolean
open_connection (BerSqliteStore  *self,
                 GError   **error)
{
  int rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL);

  if (rc != SQLITE_OK)
    {
      _ber_sqlite_store_set_error_code (error, rc, self->db ? sqlite3_errmsg (self->db) : "");
      return FALSE;
    }

  return TRUE;
}

/**
 * ber_store_open_full:
 * @path: the register file
 * @before_migration: (nullable): called with the store open but not yet
 *   migrated when the register has an older schema; returning %FALSE stops
 *   the opening. %NULL opens registers of the current schema only.
 *
 * Opens a register. The file is checked on a read-only connection first:
 * anything that is not a register this version can use is refused and left
 * as it was. Then indexes, triggers, views and the full-text indexes are
 * compared with the expected ones and rebuilt where they differ.
 */
BerStore *
ber_store_open_full (const char            *path,
                     BerStoreMigrationFunc  before_migration,
                     gpointer               user_data,
                     GError               **error)
{
  g_autoptr(BerSqliteStore) self = NULL;
  gint64 version = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!check_regular_file (path, error) || !inspect (path, &version, error))
    return NULL;

  if (version < BER_STORE_SCHEMA_VERSION && before_migration == NULL)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_FAILED,
                   "The register “%s” has schema %d and must be migrated first", path,
                   (int) version);
      return NULL;
    }

  tighten_modes (path);

  self = store_new (path);
  if (!open_connection (self, error) || !configure_connection (self, TRUE, error))
    return NULL;

  if (version < BER_STORE_SCHEMA_VERSION
      && (!before_migration (BER_STORE (self), (int) version, user_data, error)
          || !migrate (self, version, error)))
    return NULL;

  if (!_ber_sqlite_store_repair_schema (self, error) || !_ber_sqlite_store_load_tables (self, error))
    return NULL;

  _ber_sqlite_store_remember_file_identity (self);
  _ber_sqlite_store_hold_file (self);
  return BER_STORE (g_steal_pointer (&self));
}

/**
 * ber_store_open:
 *
 * Opens a register of the current schema; see ber_store_open_full().
 */
BerStore *
ber_store_open (const char  *path,
                GError     **error)
{
  return ber_store_open_full (path, NULL, NULL, error);
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
fill_new (BerSqliteStore          *self,
          BerStoreFillFunc   fill,
          gpointer           user_data,
          GError           **error)
{
  g_autofree char *created = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *application_id = NULL;

  application_id = g_strdup_printf ("PRAGMA application_id = %d", BER_STORE_APPLICATION_ID);
  if (!_ber_sqlite_store_exec (self, application_id, error))
    return FALSE;

  if (!migrate (self, 0, error) || !_ber_sqlite_store_load_tables (self, error))
    return FALSE;

  /* A new register is filled in one bulk write, whole or not at all. */
  if (!ber_store_begin_bulk (BER_STORE (self), error))
    return FALSE;

  {
    g_autoptr(sqlite3_stmt) stmt = _ber_sqlite_store_prepare (self,
                                            "INSERT INTO register_info (key, value) "
                                            "VALUES ('created', ?), ('program', ?)",
                                            error);
    int rc;

    if (stmt == NULL)
      {
        ber_store_rollback (BER_STORE (self));
        return FALSE;
      }
    created = g_date_time_format_iso8601 (now);
    sqlite3_bind_text (stmt, 1, created, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 2, PACKAGE_NAME " " PACKAGE_VERSION, -1, SQLITE_STATIC);
    rc = sqlite3_step (stmt);
    if (rc != SQLITE_DONE)
      {
        _ber_sqlite_store_set_error (self, error, rc);
        ber_store_rollback (BER_STORE (self));
        return FALSE;
      }
  }

  if (fill != NULL && !fill (BER_STORE (self), user_data, error))
    {
      ber_store_rollback (BER_STORE (self));
      return FALSE;
    }

  if (!ber_store_commit (BER_STORE (self), error))
    {
      ber_store_rollback (BER_STORE (self));
      return FALSE;
    }

  return _ber_sqlite_store_exec (self, "PRAGMA journal_mode = WAL", error);
}

/*
 * A new register is built in a hidden file beside its final name, synced, and
 * then linked into place; link() fails rather than replace a file that
 * appeared meanwhile. Interrupted at any moment, this leaves either no
 * register or a complete one (and at worst a hidden temporary file).
 */
gboolean
ber_store_create (const char        *path,
                  BerStoreFillFunc   fill,
                  gpointer           user_data,
                  GError           **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr(BerSqliteStore) self = NULL;
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
  /* The descriptor holds the file's lock until the register is in place. */
  fd = ber_store_make_temp (dir, "new", &tmp_path, error);
  if (fd < 0)
    return FALSE;

  self = store_new (tmp_path);
  ok = open_connection (self, error)
       && configure_connection (self, FALSE, error)
       && fill_new (self, fill, user_data, error);
  g_clear_object (&self);

  ok = ok && _ber_sqlite_store_sync_path (tmp_path, FALSE, error);
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
  close (fd);
  if (ok)
    ok = _ber_sqlite_store_sync_path (dir, TRUE, error);

  return ok;
}

