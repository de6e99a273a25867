/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include <string.h>

#include "ber-sqlite-store-private.h"

/*
 * What keeps a row from being deleted, read from the register's own
 * foreign keys: a key whose ON DELETE is RESTRICT or NO ACTION refuses the
 * deletion while a row names the deleted one; a CASCADE key deletes the
 * rows that name it, which may in turn be named by a refusing key. The
 * rows about to go are a subquery on the one bound value, ?1, nested one
 * level for each CASCADE key followed.
 */

#define MAX_CASCADE_DEPTH 4

typedef struct
{
  char *child;
  char *column;
  char *parent;
  char *to;        /* NULL: the parent's primary key, id */
  char *on_delete;
} ForeignKey;

static void
foreign_key_free (gpointer data)
{
  ForeignKey *key = data;

  g_free (key->child);
  g_free (key->column);
  g_free (key->parent);
  g_free (key->to);
  g_free (key->on_delete);
  g_free (key);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

/* An identifier read from the schema, quoted for SQL. */
static char *
quoted (const char *name)
{
  GString *text = g_string_new ("\"");

  for (const char *c = name; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (text, '"');
      g_string_append_c (text, *c);
    }
  g_string_append_c (text, '"');
  return g_string_free (text, FALSE);
}

/* Every foreign key of the register's tables. */
static GPtrArray *
read_foreign_keys (BerSqliteStore  *self,
                   GError         **error)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (foreign_key_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _ber_sqlite_store_prepare (self,
                                    "SELECT m.name, f.\"table\", f.\"from\", f.\"to\", f.on_delete "
                                    "FROM sqlite_master AS m, pragma_foreign_key_list (m.name) AS f "
                                    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!' "
                                    "ORDER BY m.name, f.id, f.seq",
                                    error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ForeignKey *key = g_new0 (ForeignKey, 1);

      key->child = column_text (stmt, 0);
      key->parent = column_text (stmt, 1);
      key->column = column_text (stmt, 2);
      key->to = column_text (stmt, 3);
      key->on_delete = column_text (stmt, 4);
      g_ptr_array_add (keys, key);
    }
  if (rc != SQLITE_DONE)
    {
      _ber_sqlite_store_set_error (self, error, rc);
      return NULL;
    }
  return g_steal_pointer (&keys);
}

static gboolean
has_id_column (BerSqliteStore *self,
               const char     *table)
{
  g_autoptr(sqlite3_stmt) stmt = _ber_sqlite_store_prepare (
    self, "SELECT 1 FROM pragma_table_info (?) WHERE name = 'id'", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

static gboolean
refuses (const ForeignKey *key)
{
  return key->on_delete == NULL || g_ascii_strcasecmp (key->on_delete, "RESTRICT") == 0
         || g_ascii_strcasecmp (key->on_delete, "NO ACTION") == 0;
}

static gboolean
add_references (BerSqliteStore  *self,
                GPtrArray       *keys,
                const char      *table,
                const char      *rows,
                guint            depth,
                gint64           id,
                GHashTable      *counts,
                GError         **error)
{
  g_autofree char *quoted_table = quoted (table);

  for (guint i = 0; i < keys->len; i++)
    {
      const ForeignKey *key = g_ptr_array_index (keys, i);
      g_autofree char *child = NULL;
      g_autofree char *column = NULL;
      g_autofree char *named = NULL;

      if (g_strcmp0 (key->parent, table) != 0 || key->child == NULL || key->column == NULL)
        continue;
      child = quoted (key->child);
      column = quoted (key->column);
      if (key->to == NULL || g_str_equal (key->to, "id"))
        named = g_strdup (rows);
      else
        {
          g_autofree char *to = quoted (key->to);

          named = g_strdup_printf ("SELECT %s FROM %s WHERE id IN (%s)", to, quoted_table, rows);
        }

      if (refuses (key))
        {
          g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s IN (%s)",
                                                  child, column, named);
          g_autoptr(sqlite3_stmt) stmt = _ber_sqlite_store_prepare (self, sql, error);
          g_autofree char *name = NULL;
          gint64 *count;
          int rc;

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          rc = sqlite3_step (stmt);
          if (rc != SQLITE_ROW)
            {
              _ber_sqlite_store_set_error (self, error, rc);
              return FALSE;
            }
          if (sqlite3_column_int64 (stmt, 0) == 0)
            continue;
          name = g_strdup_printf ("%s\t%s", key->child, key->column);
          count = g_hash_table_lookup (counts, name);
          if (count == NULL)
            {
              count = g_new0 (gint64, 1);
              g_hash_table_insert (counts, g_steal_pointer (&name), count);
            }
          *count += sqlite3_column_int64 (stmt, 0);
        }
      else if (g_ascii_strcasecmp (key->on_delete, "CASCADE") == 0 && depth < MAX_CASCADE_DEPTH
               && has_id_column (self, key->child))
        {
          g_autofree char *taken = g_strdup_printf ("SELECT id FROM %s WHERE %s IN (%s)",
                                                    child, column, named);

          if (!add_references (self, keys, key->child, taken, depth + 1, id, counts, error))
            return FALSE;
        }
    }
  return TRUE;
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  GVariant *row_a = *(GVariant **) a;
  GVariant *row_b = *(GVariant **) b;
  gint64 count_a = 0, count_b = 0;
  const char *table_a = NULL, *table_b = NULL;

  g_variant_lookup (row_a, "count", "x", &count_a);
  g_variant_lookup (row_b, "count", "x", &count_b);
  if (count_a != count_b)
    return count_a > count_b ? -1 : 1;
  g_variant_lookup (row_a, "table", "&s", &table_a);
  g_variant_lookup (row_b, "table", "&s", &table_b);
  return g_strcmp0 (table_a, table_b);
}

GPtrArray *
_ber_sqlite_store_find_references (BerStore    *store,
                                   const char  *table,
                                   gint64       id,
                                   GError     **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  GHashTableIter iter;
  gpointer name, count;

  keys = read_foreign_keys (self, error);
  if (keys == NULL)
    return NULL;
  if (!add_references (self, keys, table, "SELECT ?1", 0, id, counts, error))
    return NULL;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &name, &count))
    {
      g_auto(GStrv) parts = g_strsplit (name, "\t", 2);

      g_ptr_array_add (rows, g_variant_ref_sink (
                               ber_store_values ("table", g_variant_new_string (parts[0]),
                                                 "column", g_variant_new_string (parts[1]),
                                                 "count", g_variant_new_int64 (*(gint64 *) count),
                                                 NULL)));
    }
  g_ptr_array_sort (rows, compare_counts);
  return g_steal_pointer (&rows);
}
