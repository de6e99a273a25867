/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "ber-demo.h"
#include "ber-test-utils.h"

char *
ber_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("beredning-test-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

void
ber_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (path == NULL)
    return;

  dir = g_dir_open (path, 0, NULL);
  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            ber_test_remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

/* A register in a fresh temporary folder; the caller removes the folder. */
BerStore *
ber_test_store_new (BerTestContent   content,
                    char           **out_dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "register.db", NULL);
  BerStore *store;

  if (content == BER_TEST_DEMO)
    ber_demo_create (path, &error);
  else
    ber_store_create (path, NULL, NULL, &error);
  g_assert_no_error (error);

  store = ber_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  *out_dir = g_steal_pointer (&dir);
  return store;
}

char *
ber_test_file_checksum (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

guint
ber_test_file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* The text of a PDF as poppler's pdftotext -layout reads it, pages ending in a form feed. */
char *
ber_test_pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("pdftotext %s: %s (%s)", path, error->message, err);
  g_assert_true (g_utf8_validate (out, -1, NULL));
  return out;
}

/* What SQLite's command line program, another process on the register at
 * @path, prints for @sql, trimmed; fails the test if it fails. */
char *
ber_test_sqlite3 (const char *path,
                  const char *sql)
{
  const char *argv[] = { "sqlite3", "-batch", path, sql, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("sqlite3 %s: %s (%s)", sql, error->message, err);
  return g_strstrip (out);
}

/* Inserts @values (floating a{sv}) into @table; fails the test on error.
 * Returns: the new row's id */
gint64
ber_test_insert (BerStore   *store,
                 const char *table,
                 GVariant   *values)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (store, table, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* The rows of @table whose @column is @id, or all of them with @column
 * %NULL, as the store counts them. */
guint
ber_test_count_where (BerStore   *store,
                      const char *table,
                      const char *column,
                      gint64      id)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (column != NULL)
    ber_query_add_condition (query, column, BER_QUERY_EQ, g_variant_new_int64 (id));
  g_assert_true (ber_store_count (store, query, &n, &error));
  g_assert_no_error (error);
  return n;
}

/* The text in @column of the row @id of @source, or %NULL if it is NULL;
 * the row must exist. */
char *
ber_test_column_text (BerStore   *store,
                      const char *source,
                      gint64      id,
                      const char *column)
{
  g_autoptr(GVariant) row = ber_store_get (store, source, id, NULL);
  const char *text = NULL;

  g_assert_nonnull (row);
  g_variant_lookup (row, column, "&s", &text);
  return g_strdup (text);
}
