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

/* Migrations, in order; migration N brings user_version from N-1 to N. */
static const char *migrations[] = {
  RESOURCE_PREFIX "/store/001-initial.sql",
  RESOURCE_PREFIX "/store/002-statements.sql",
  RESOURCE_PREFIX "/store/003-search.sql",
  RESOURCE_PREFIX "/store/004-versions.sql",
};
G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == BER_STORE_SCHEMA_VERSION);


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
configure_connection (BerSqliteStore  *self,
                      gboolean   use_wal,
                      GError   **error)
{
  int rc;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BER_STORE_BUSY_TIMEOUT_MS);

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

/* The schema this program expects */

/*
 * What a register of the current schema holds is what the migrations make of
 * an empty database: they are run once per process on a database in memory,
 * and its tables, indexes, triggers and views are the reference that each
 * register is compared with when it is opened.
 */
typedef struct
{
  GHashTable *objects; /* name → SchemaObject */
  GHashTable *columns; /* table name → GStrv */
} Schema;

typedef struct
{
  char *type;
  char *table;
  char *sql;        /* as written; NULL for SQLite's own indexes */
  char *normalized; /* whitespace collapsed, for comparing */
} SchemaObject;

static void
schema_object_free (gpointer data)
{
  SchemaObject *object = data;

  g_free (object->type);
  g_free (object->table);
  g_free (object->sql);
  g_free (object->normalized);
  g_free (object);
}

static void
schema_free (Schema *schema)
{
  if (schema == NULL)
    return;
  g_hash_table_unref (schema->objects);
  g_hash_table_unref (schema->columns);
  g_free (schema);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Schema, schema_free)

static char *
collapse_whitespace (const char *sql)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = sql; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The full-text index's own tables (item_search_data, …) belong to it. */
static gboolean
is_shadow_table (Schema     *schema,
                 const char *name)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, schema->objects);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SchemaObject *object = value;

      if (g_str_equal (object->type, "table") && object->sql != NULL
          && g_str_has_prefix (object->normalized, "CREATE VIRTUAL TABLE")
          && g_str_has_prefix (name, key) && name[strlen (key)] == '_')
        return TRUE;
    }
  return FALSE;
}

static Schema *
read_schema (sqlite3  *db,
             GError  **error)
{
  g_autoptr(Schema) schema = g_new0 (Schema, 1);
  sqlite3_stmt *stmt = NULL;
  int rc;

  schema->objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, schema_object_free);
  schema->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_strfreev);

  rc = sqlite3_prepare_v2 (db,
                           "SELECT type, name, tbl_name, sql FROM sqlite_schema "
                           "WHERE type IN ('table', 'index', 'trigger', 'view') "
                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          SchemaObject *object = g_new0 (SchemaObject, 1);
          const char *sql = (const char *) sqlite3_column_text (stmt, 3);

          object->type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
          object->table = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
          object->sql = g_strdup (sql);
          object->normalized = sql != NULL ? collapse_whitespace (sql) : NULL;
          g_hash_table_insert (schema->objects,
                               g_strdup ((const char *) sqlite3_column_text (stmt, 1)), object);
        }
    }
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  sqlite3_finalize (stmt);
  stmt = NULL;

  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "SELECT m.name, group_concat (c.name, ' ') "
                             "FROM sqlite_schema AS m, pragma_table_info (m.name) AS c "
                             "WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL%' "
                             "GROUP BY m.name",
                             -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_hash_table_insert (schema->columns,
                             g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                             g_strsplit ((const char *) sqlite3_column_text (stmt, 1), " ", -1));
    }
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      _ber_sqlite_store_set_error_code (error, rc, sqlite3_errmsg (db));
      return NULL;
    }

  return g_steal_pointer (&schema);
}

static gboolean
run_migration (sqlite3     *db,
               gint64       version,
               GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *set_version = NULL;
  char *message = NULL;
  int rc;

  bytes = g_resources_lookup_data (migrations[version - 1], 0, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, &message);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, sql, NULL, NULL, &message);
  if (rc == SQLITE_OK)
    {
      /* user_version takes no bound parameter; version is an integer we made. */
      set_version = g_strdup_printf ("PRAGMA user_version = %" G_GINT64_FORMAT, version);
      rc = sqlite3_exec (db, set_version, NULL, NULL, &message);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      _ber_sqlite_store_set_error_code (error, rc, message != NULL ? message : sqlite3_errmsg (db));
      sqlite3_free (message);
      if (!sqlite3_get_autocommit (db))
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

static Schema *
expected_schema (void)
{
  static Schema *expected;

  if (g_once_init_enter (&expected))
    {
      sqlite3 *db = NULL;
      g_autoptr(GError) error = NULL;
      Schema *schema = NULL;

      if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
        {
          gboolean ok = TRUE;

          for (gint64 v = 1; ok && v <= BER_STORE_SCHEMA_VERSION; v++)
            ok = run_migration (db, v, &error);
          if (ok)
            schema = read_schema (db, &error);
        }
      sqlite3_close (db);
      /* The migrations are part of the program: failing them is a bug. */
      if (schema == NULL)
        g_error ("The register schema cannot be built: %s",
                 error != NULL ? error->message : "no memory");
      g_once_init_leave (&expected, schema);
    }

  return expected;
}

/*
 * Compares the register's tables with the expected ones. A table or a
 * column that is missing holds data nothing can bring back, so the register
 * is refused; indexes, triggers, views and full-text indexes are derived
 * from the tables and are rebuilt (repair_schema()).
 */
static gboolean
check_tables (const char  *path,
              Schema      *actual,
              GError     **error)
{
  Schema *expected = expected_schema ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, expected->columns);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *table = key;
      GStrv have;

      if (is_shadow_table (expected, table))
        continue;
      have = g_hash_table_lookup (actual->columns, table);
      if (have == NULL)
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CORRUPT,
                       _("The register “%s” is damaged: its table “%s” is missing. "
                         "Restore it from a backup."), path, table);
          return FALSE;
        }
      for (guint i = 0; ((GStrv) value)[i] != NULL; i++)
        if (!g_strv_contains ((const char * const *) have, ((GStrv) value)[i]))
          {
            g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CORRUPT,
                         _("The register “%s” is damaged: the column “%s” of its table “%s” "
                           "is missing. Restore it from a backup."),
                         path, ((GStrv) value)[i], table);
            return FALSE;
          }
    }

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
      g_autoptr(Schema) actual = read_schema (probe->db, error);

      if (actual == NULL || !check_tables (path, actual, error))
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
    if (!run_migration (self->db, v, error))
      return FALSE;

  return TRUE;
}

/* Rebuilding what is derived from the tables */

static gboolean
exec_logged (BerSqliteStore    *self,
             const char  *sql,
             GError     **error)
{
  char *message = NULL;
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    {
      _ber_sqlite_store_set_error_code (error, rc, message != NULL ? message : sqlite3_errmsg (self->db));
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

static const char *
drop_keyword (const char *type)
{
  if (g_str_equal (type, "index"))
    return "INDEX";
  if (g_str_equal (type, "trigger"))
    return "TRIGGER";
  if (g_str_equal (type, "view"))
    return "VIEW";
  return "TABLE";
}

/*
 * Another tool may have dropped or changed an index, a trigger or a view,
 * or the full-text index. Each is put back as this program made it, in one
 * transaction, with a line in the log; a full-text index whose triggers were
 * missing may have missed changes and is filled again from its table.
 * Triggers this program did not make are removed: they would change what is
 * written behind the program's back.
 */
static gboolean
repair_schema (BerSqliteStore  *self,
               GError   **error)
{
  Schema *expected = expected_schema ();
  g_autoptr(Schema) actual = read_schema (self->db, error);
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) stale_indexes = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  if (actual == NULL || !check_tables (self->path, actual, error))
    return FALSE;

  /* Virtual tables first, then views, indexes and triggers that use them. */
  for (guint pass = 0; pass < 4; pass++)
    {
      static const char *types[] = { "table", "view", "index", "trigger" };

      g_hash_table_iter_init (&iter, expected->objects);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          SchemaObject *want = value;
          SchemaObject *have = g_hash_table_lookup (actual->objects, key);

          if (!g_str_equal (want->type, types[pass]) || want->sql == NULL
              || (g_str_equal (want->type, "table")
                  && !g_str_has_prefix (want->normalized, "CREATE VIRTUAL TABLE")))
            continue;
          if (have != NULL && g_strcmp0 (have->normalized, want->normalized) == 0
              && g_str_equal (have->type, want->type))
            continue;

          g_message ("The register “%s” %s the %s “%s”: rebuilding it", self->path,
                     have == NULL ? "lacks" : "has a changed", want->type, (const char *) key);
          if (have != NULL)
            g_ptr_array_add (statements, g_strdup_printf ("DROP %s IF EXISTS \"%s\"",
                                                          drop_keyword (have->type),
                                                          (const char *) key));
          g_ptr_array_add (statements, g_strdup (want->sql));

          /* A full-text index rebuilt, or one whose triggers were not there. */
          if (g_str_equal (want->type, "table"))
            g_hash_table_add (stale_indexes, key);
          if (g_str_equal (want->type, "trigger"))
            {
              g_autofree char *index = g_strdup (key);
              char *suffix = g_strrstr (index, "_");

              SchemaObject *target;

              if (suffix != NULL)
                *suffix = '\0';
              target = g_hash_table_lookup (expected->objects, index);
              if (target != NULL && g_str_has_prefix (target->normalized, "CREATE VIRTUAL TABLE"))
                g_hash_table_add (stale_indexes,
                                  (gpointer) g_intern_string (index));
            }
        }
    }

  g_hash_table_iter_init (&iter, actual->objects);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SchemaObject *have = value;

      if (g_str_equal (have->type, "trigger")
          && !g_hash_table_contains (expected->objects, key))
        {
          g_message ("The register “%s” has a trigger “%s” that Beredning did not make: "
                     "removing it", self->path, (const char *) key);
          g_ptr_array_add (statements, g_strdup_printf ("DROP TRIGGER \"%s\"",
                                                        (const char *) key));
        }
    }

  g_hash_table_iter_init (&iter, stale_indexes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (statements, g_strdup_printf ("INSERT INTO \"%s\" (\"%s\") VALUES ('rebuild')",
                                                  (const char *) key, (const char *) key));

  if (statements->len == 0)
    return TRUE;

  if (!_ber_sqlite_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (guint i = 0; i < statements->len; i++)
    if (!exec_logged (self, g_ptr_array_index (statements, i), error))
      {
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
        g_prefix_error (error, _("The register “%s” could not be repaired: "), self->path);
        return FALSE;
      }
  if (!_ber_sqlite_store_exec (self, "COMMIT", error))
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  /* The statement cache may hold plans for what was dropped. */
  g_hash_table_remove_all (self->statements);
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

  if (!repair_schema (self, error) || !_ber_sqlite_store_load_tables (self, error))
    return NULL;

  _ber_sqlite_store_remember_file_identity (self);
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

  if (!ber_store_begin (BER_STORE (self), error))
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

