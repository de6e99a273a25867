/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-sqlite-store-private.h"

/*
 * The schema of a register: the migrations that build it, the schema they
 * make of an empty database (the reference each register is compared
 * with), and the repair of what another tool dropped or changed.
 */

/* Migrations, in order; migration N brings user_version from N-1 to N. */
static const char *migrations[] = {
  RESOURCE_PREFIX "/store/001-initial.sql",
  RESOURCE_PREFIX "/store/002-statements.sql",
  RESOURCE_PREFIX "/store/003-search.sql",
  RESOURCE_PREFIX "/store/004-versions.sql",
  RESOURCE_PREFIX "/store/005-list-indexes.sql",
  RESOURCE_PREFIX "/store/006-global-search.sql",
  RESOURCE_PREFIX "/store/007-order-indexes.sql",
  RESOURCE_PREFIX "/store/008-report-agenda.sql",
  RESOURCE_PREFIX "/store/009-membership-activity.sql",
  RESOURCE_PREFIX "/store/010-name-orders.sql",
  RESOURCE_PREFIX "/store/011-small-register-orders.sql",
  RESOURCE_PREFIX "/store/012-papers.sql",
  RESOURCE_PREFIX "/store/013-motions-and-votes.sql",
  RESOURCE_PREFIX "/store/014-influence-questions.sql",
  RESOURCE_PREFIX "/store/015-overview.sql",
  RESOURCE_PREFIX "/store/016-yearly-report.sql",
};
G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == BER_STORE_SCHEMA_VERSION);

/* The schema this program expects */

/*
 * What a register of the current schema holds is what the migrations make of
 * an empty database: they are run once per process on a database in memory,
 * and its tables, indexes, triggers and views are the reference that each
 * register is compared with when it is opened.
 */

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

void
_ber_sqlite_store_schema_free (Schema *schema)
{
  if (schema == NULL)
    return;
  g_hash_table_unref (schema->objects);
  g_hash_table_unref (schema->columns);
  g_free (schema);
}


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

Schema *
_ber_sqlite_store_read_schema (sqlite3  *db,
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

gboolean
_ber_sqlite_store_run_migration (sqlite3     *db,
               gint64       version,
               GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;

  bytes = g_resources_lookup_data (migrations[version - 1], 0, error);
  if (bytes == NULL)
    return FALSE;
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return _ber_sqlite_store_run_migration_sql (db, version, sql, error);
}

/* Runs migration @version, whose statements are @sql, in one transaction. */
gboolean
_ber_sqlite_store_run_migration_sql (sqlite3     *db,
                                     gint64       version,
                                     const char  *sql,
                                     GError     **error)
{
  g_autofree char *set_version = NULL;
  char *message = NULL;
  int rc;

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

/*
 * The build runs the migrations on a database in memory once
 * (ber-schema-gen.c) and keeps the schema they make in the program's
 * resources, in the form below; a program without it (the generator
 * itself) runs them once per process.
 */
#define SCHEMA_FORMAT "(a(sssms)a(sas))"

GBytes *
_ber_sqlite_store_serialize_schema (Schema *schema)
{
  GVariantBuilder objects, columns;
  GHashTableIter iter;
  gpointer key, value;
  g_autoptr(GVariant) variant = NULL;

  g_variant_builder_init (&objects, G_VARIANT_TYPE ("a(sssms)"));
  g_hash_table_iter_init (&iter, schema->objects);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SchemaObject *object = value;

      g_variant_builder_add (&objects, "(sssms)", (const char *) key, object->type,
                             object->table, object->sql);
    }
  g_variant_builder_init (&columns, G_VARIANT_TYPE ("a(sas)"));
  g_hash_table_iter_init (&iter, schema->columns);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_variant_builder_add (&columns, "(s^as)", (const char *) key, (char **) value);

  variant = g_variant_ref_sink (g_variant_new ("(@a(sssms)@a(sas))",
                                               g_variant_builder_end (&objects),
                                               g_variant_builder_end (&columns)));
  return g_variant_get_data_as_bytes (variant);
}

Schema *
_ber_sqlite_store_deserialize_schema (GBytes *bytes)
{
  g_autoptr(GVariant) variant = g_variant_new_from_bytes (G_VARIANT_TYPE (SCHEMA_FORMAT), bytes,
                                                          FALSE);
  Schema *schema = g_new0 (Schema, 1);
  g_autoptr(GVariantIter) objects = NULL;
  g_autoptr(GVariantIter) columns = NULL;
  const char *name, *type, *table, *sql;
  char **names;

  schema->objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, schema_object_free);
  schema->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_strfreev);
  g_variant_get (variant, "(a(sssms)a(sas))", &objects, &columns);
  while (g_variant_iter_next (objects, "(&s&s&sm&s)", &name, &type, &table, &sql))
    {
      SchemaObject *object = g_new0 (SchemaObject, 1);

      object->type = g_strdup (type);
      object->table = g_strdup (table);
      object->sql = g_strdup (sql);
      object->normalized = sql != NULL ? collapse_whitespace (sql) : NULL;
      g_hash_table_insert (schema->objects, g_strdup (name), object);
    }
  while (g_variant_iter_next (columns, "(&s^as)", &name, &names))
    g_hash_table_insert (schema->columns, g_strdup (name), names);
  return schema;
}

/* The schema the migrations make, run now on a database in memory. */
Schema *
_ber_sqlite_store_build_schema (GError **error)
{
  sqlite3 *db = NULL;
  Schema *schema = NULL;
  gboolean ok = TRUE;

  if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      _ber_sqlite_store_set_error_code (error, SQLITE_NOMEM, "no memory");
      sqlite3_close (db);
      return NULL;
    }
  for (gint64 v = 1; ok && v <= BER_STORE_SCHEMA_VERSION; v++)
    ok = _ber_sqlite_store_run_migration (db, v, error);
  if (ok)
    schema = _ber_sqlite_store_read_schema (db, error);
  sqlite3_close (db);
  return schema;
}

static Schema *
expected_schema (void)
{
  static Schema *expected;

  if (g_once_init_enter (&expected))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_PREFIX "/store/expected-schema",
                                                         0, NULL);
      Schema *schema = bytes != NULL ? _ber_sqlite_store_deserialize_schema (bytes)
                                     : _ber_sqlite_store_build_schema (&error);

      /* The migrations are part of the program: failing them is a bug. */
      if (schema == NULL)
        g_error ("The register schema cannot be built: %s",
                 error != NULL ? error->message : "no memory");
      g_once_init_leave (&expected, schema);
    }

  return expected;
}

/* Whether @a and @b hold the same objects and columns. */
gboolean
_ber_sqlite_store_schema_equal (Schema *a,
                                Schema *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (a->objects) != g_hash_table_size (b->objects)
      || g_hash_table_size (a->columns) != g_hash_table_size (b->columns))
    return FALSE;
  g_hash_table_iter_init (&iter, a->objects);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SchemaObject *x = value;
      SchemaObject *y = g_hash_table_lookup (b->objects, key);

      if (y == NULL || g_strcmp0 (x->type, y->type) != 0 || g_strcmp0 (x->table, y->table) != 0
          || g_strcmp0 (x->sql, y->sql) != 0)
        return FALSE;
    }
  g_hash_table_iter_init (&iter, a->columns);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GStrv other = g_hash_table_lookup (b->columns, key);

      if (other == NULL || !g_strv_equal ((const char * const *) value,
                                          (const char * const *) other))
        return FALSE;
    }
  return TRUE;
}

/* The expected schema as this program has it. */
Schema *
_ber_sqlite_store_get_expected_schema (void)
{
  return expected_schema ();
}

/*
 * Compares the register's tables with the expected ones. A table or a
 * column that is missing holds data nothing can bring back, so the register
 * is refused; indexes, triggers, views and full-text indexes are derived
 * from the tables and are rebuilt (repair_schema()).
 */
gboolean
_ber_sqlite_store_check_tables (const char  *path,
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

/* The full-text index a trigger keeps (item_search_insert keeps item_search,
 * global_search_item_insert keeps global_search), or %NULL. */
static const char *
index_of_trigger (Schema     *expected,
                  const char *trigger)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, expected->objects);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SchemaObject *object = value;
      gsize length = strlen (key);

      if (g_str_equal (object->type, "table") && object->sql != NULL
          && g_str_has_prefix (object->normalized, "CREATE VIRTUAL TABLE")
          && strncmp (trigger, key, length) == 0 && trigger[length] == '_')
        return key;
    }
  return NULL;
}

/*
 * Fills a full-text index again. One that reads its table (content=…) is
 * rebuilt from it; one with text of its own (global_search) is emptied and
 * filled from the view named after it, <index>_source.
 */
static void
add_refill (Schema     *expected,
            const char *index,
            GPtrArray  *statements)
{
  g_autofree char *source = g_strconcat (index, "_source", NULL);
  SchemaObject *view = g_hash_table_lookup (expected->objects, source);

  if (view == NULL || !g_str_equal (view->type, "view"))
    {
      g_ptr_array_add (statements, g_strdup_printf ("INSERT INTO \"%s\" (\"%s\") VALUES ('rebuild')",
                                                    index, index));
      return;
    }

  g_ptr_array_add (statements, g_strdup_printf ("DELETE FROM \"%s\"", index));
  g_ptr_array_add (statements,
                   g_strdup_printf ("INSERT INTO \"%s\" (rowid, kind, record_id, meeting_id, "
                                    "title, body) SELECT key, kind, record_id, meeting_id, "
                                    "title, body FROM \"%s\"", index, source));
}

/*
 * Another tool may have dropped or changed an index, a trigger or a view,
 * or the full-text index. Each is put back as this program made it, in one
 * transaction, with a line in the log; a full-text index whose triggers were
 * missing may have missed changes and is filled again from its table.
 * Triggers this program did not make are removed: they would change what is
 * written behind the program's back.
 */
gboolean
_ber_sqlite_store_repair_schema (BerSqliteStore  *self,
               GError   **error)
{
  Schema *expected = expected_schema ();
  g_autoptr(Schema) actual = _ber_sqlite_store_read_schema (self->db, error);
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) stale_indexes = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  if (actual == NULL || !_ber_sqlite_store_check_tables (self->path, actual, error))
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
              const char *index = index_of_trigger (expected, key);

              if (index != NULL)
                g_hash_table_add (stale_indexes, (gpointer) index);
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
    add_refill (expected, key, statements);

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

