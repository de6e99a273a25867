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

#include "ber-backup.h"
#include "ber-demo.h"
#include "ber-store-private.h"

/* Opening, checking, migrating and creating registers. */

#define BUSY_TIMEOUT_MS 5000

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
    return _ber_store_set_error (self, error, rc);

  if (!_ber_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return FALSE;
  if (use_wal && !_ber_store_exec (self, "PRAGMA journal_mode = WAL", error))
    return FALSE;
  if (!_ber_store_exec (self, "PRAGMA synchronous = FULL", error))
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

gboolean
_ber_store_query_int (BerStore    *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = _ber_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ber_store_set_error (self, error, rc);

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

  if (!_ber_store_query_int (self, "PRAGMA application_id", &application_id, error)
      || !_ber_store_query_int (self, "PRAGMA user_version", version, error))
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
          g_autoptr(sqlite3_stmt) stmt = _ber_store_prepare (self,
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
            return _ber_store_set_error (self, error, rc);
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

      if (!_ber_store_exec (self, "BEGIN IMMEDIATE", error))
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
          _ber_store_set_error_code (error, rc, message != NULL ? message : sqlite3_errmsg (self->db));
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
      _ber_store_set_error_code (error, rc, self->db ? sqlite3_errmsg (self->db) : "");
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

  if (!_ber_store_load_tables (self, error))
    return NULL;

  _ber_store_remember_file_identity (self);
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
  if (!_ber_store_exec (self, application_id, error))
    return FALSE;

  if (!migrate (self, 0, error) || !_ber_store_load_tables (self, error))
    return FALSE;

  if (!ber_store_begin (self, error))
    return FALSE;

  {
    g_autoptr(sqlite3_stmt) stmt = _ber_store_prepare (self,
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
        _ber_store_set_error (self, error, rc);
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

  return _ber_store_exec (self, "PRAGMA journal_mode = WAL", error);
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

  ok = ok && _ber_store_sync_path (tmp_path, FALSE, error);
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
    ok = _ber_store_sync_path (dir, TRUE, error);

  return ok;
}

