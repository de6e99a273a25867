/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ber-backup.h"
#include "ber-test-utils.h"

/* The whole content of a register as SQLite's own shell prints it. */
static char *
dump (const char *path)
{
  const char *argv[] = { "sqlite3", path, ".dump", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpuint (strlen (out), >, 1000);
  return out;
}

static gint64
add_network (BerStore   *store,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  GVariantBuilder builder;
  gint64 id;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "name", g_variant_new_string (name));
  id = ber_store_insert (store, "network", g_variant_builder_end (&builder), &error);
  g_assert_no_error (error);
  return id;
}

static void
test_snapshot_and_restore (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *snapshot = NULL;
  g_autofree char *snapshot_dump = NULL;
  g_autofree char *restored_dump = NULL;
  g_autofree char *register_path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  BerStore *store = ber_test_store_new (BER_STORE_CONTENT_DEMO, &dir);

  register_path = g_strdup (ber_store_get_path (store));
  g_assert_true (ber_store_snapshot (store, "daily", &snapshot, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ber_test_file_mode (snapshot), ==, 0600);
  {
    g_autofree char *folder = ber_backup_folder (register_path);

    g_assert_cmpuint (ber_test_file_mode (folder), ==, 0700);
  }
  snapshot_dump = dump (snapshot);

  /* Work goes on after the snapshot… */
  add_network (store, "Euregha");
  g_assert_finalize_object (store);

  /* …and the restore brings back exactly the snapshot. */
  g_assert_true (ber_backup_restore (register_path, snapshot, &error));
  g_assert_no_error (error);
  restored_dump = dump (register_path);
  g_assert_cmpstr (restored_dump, ==, snapshot_dump);
  g_assert_null (strstr (restored_dump, "Euregha"));
  g_assert_cmpuint (ber_test_file_mode (register_path), ==, 0600);

  /* The register as it was before the restore is kept too. */
  backups = ber_backup_list (register_path);
  g_assert_cmpuint (backups->len, ==, 2);
  {
    BerBackup *newest = g_ptr_array_index (backups, 0);
    g_autofree char *kept = NULL;
    gboolean found = FALSE;

    for (guint i = 0; i < backups->len; i++)
      {
        BerBackup *backup = g_ptr_array_index (backups, i);

        if (strstr (backup->path, "before-restore") != NULL)
          {
            found = TRUE;
            kept = dump (backup->path);
          }
      }
    g_assert_true (found);
    g_assert_nonnull (strstr (kept, "Euregha"));
    g_assert_nonnull (newest->label);
  }

  store = ber_store_open (register_path, &error);
  g_assert_no_error (error);
  g_assert_true (ber_store_check_integrity (store, &error));
  g_assert_finalize_object (store);

  ber_test_remove_tree (dir);
}

static void
test_restore_refuses_bad_backup (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *register_path = NULL;
  g_autofree char *junk = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  BerStore *store = ber_test_store_new (BER_STORE_CONTENT_DEMO, &dir);

  register_path = g_strdup (ber_store_get_path (store));
  g_assert_finalize_object (store);
  before = ber_test_file_checksum (register_path);

  junk = g_build_filename (dir, "junk.db", NULL);
  g_assert_true (g_file_set_contents (junk, "this is no register", -1, NULL));
  g_assert_false (ber_backup_restore (register_path, junk, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_REGISTER);

  /* The register is as it was, and no temporary file is left. */
  after = ber_test_file_checksum (register_path);
  g_assert_cmpstr (before, ==, after);
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      g_assert_false (g_str_has_prefix (name, ".beredning-restore"));
  }

  ber_test_remove_tree (dir);
}

static void
test_daily_once_and_pruned (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  BerStore *store = ber_test_store_new (BER_STORE_CONTENT_EMPTY, &dir);
  g_autofree char *register_path = g_strdup (ber_store_get_path (store));
  gboolean made = FALSE;

  g_assert_true (ber_backup_daily (store, 3, &made, &error));
  g_assert_no_error (error);
  g_assert_true (made);
  g_assert_true (ber_backup_daily (store, 3, &made, &error));
  g_assert_false (made);
  backups = ber_backup_list (register_path);
  g_assert_cmpuint (backups->len, ==, 1);
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* Older daily backups beyond the number kept are removed; others stay. */
  for (guint i = 0; i < 4; i++)
    g_assert_true (ber_store_snapshot (store, "daily", NULL, &error));
  g_assert_true (ber_store_snapshot (store, "before-migration", NULL, &error));
  g_assert_true (ber_backup_prune (register_path, 2, &error));
  backups = ber_backup_list (register_path);
  g_assert_cmpuint (backups->len, ==, 3);
  g_clear_pointer (&backups, g_ptr_array_unref);

  g_assert_true (ber_backup_daily (store, 0, &made, &error));
  g_assert_false (made);
  backups = ber_backup_list (register_path);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_nonnull (strstr (((BerBackup *) g_ptr_array_index (backups, 0))->path,
                            "before-migration"));

  g_assert_finalize_object (store);
  ber_test_remove_tree (dir);
}

static void
test_cli_restore (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *snapshot = NULL;
  g_autofree char *register_path = NULL;
  g_autofree char *option = NULL;
  g_autofree char *restore = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  BerStore *store = ber_test_store_new (BER_STORE_CONTENT_DEMO, &dir);
  int status = 0;

  register_path = g_strdup (ber_store_get_path (store));
  g_assert_true (ber_store_snapshot (store, "daily", &snapshot, &error));
  add_network (store, "Euregha");
  g_assert_finalize_object (store);

  option = g_strconcat ("--database=", register_path, NULL);
  restore = g_strconcat ("--restore=", snapshot, NULL);
  {
    const char *argv[] = { g_getenv ("BEREDNING_BINARY"), option, restore, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                  &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, snapshot));
  {
    g_autofree char *restored = dump (register_path);
    g_autofree char *expected = dump (snapshot);

    g_assert_cmpstr (restored, ==, expected);
  }

  ber_test_remove_tree (dir);
}

/* A register of schema 1, as the first version of the program wrote it, made with SQLite itself. */
static void
write_schema_1_register (const char *path)
{
  g_autoptr(GBytes) schema = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *application_id = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  schema = g_resources_lookup_data (RESOURCE_PREFIX "/store/001-initial.sql", 0, &error);
  g_assert_no_error (error);
  sql = g_strndup (g_bytes_get_data (schema, NULL), g_bytes_get_size (schema));
  application_id = g_strdup_printf ("PRAGMA application_id = %d", BER_STORE_APPLICATION_ID);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, application_id, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 1;"
                                     "INSERT INTO network (name, acronym)"
                                     "  VALUES ('Östersjöns regioner', 'BSSSC');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* A backup from before schema 2 restores into a register this version opens. */
static void
test_restore_older_schema (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *register_path = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *old_before = NULL;
  g_autofree char *old_after = NULL;
  g_autofree char *restored = NULL;
  g_autoptr(GError) error = NULL;
  BerStore *store = ber_test_store_new (BER_STORE_CONTENT_DEMO, &dir);

  register_path = g_strdup (ber_store_get_path (store));
  g_assert_finalize_object (store);
  old_path = g_build_filename (dir, "schema-1.db", NULL);
  write_schema_1_register (old_path);
  old_before = ber_test_file_checksum (old_path);

  g_assert_true (ber_backup_restore (register_path, old_path, &error));
  g_assert_no_error (error);

  /* The backup file itself is left as it was. */
  old_after = ber_test_file_checksum (old_path);
  g_assert_cmpstr (old_before, ==, old_after);

  /* The checked copy was migrated, but leaves no copy of itself behind:
   * the backups are the snapshot of the register before the restore. */
  {
    g_autofree char *folder = ber_backup_folder (register_path);
    g_autoptr(GDir) backups = g_dir_open (folder, 0, NULL);
    const char *name;
    guint n = 0;

    g_assert_nonnull (backups);
    while ((name = g_dir_read_name (backups)) != NULL)
      {
        g_assert_false (g_str_has_prefix (name, "."));
        g_assert_null (strstr (name, "before-migration"));
        n++;
      }
    g_assert_cmpuint (n, ==, 1);
  }

  store = ber_store_open (register_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ber_store_get_schema_version (store), ==, BER_STORE_SCHEMA_VERSION);
  g_assert_true (ber_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_assert_true (ber_store_has_column (store, "statement", "author"));
  g_assert_finalize_object (store);
  restored = dump (register_path);
  g_assert_nonnull (strstr (restored, "Östersjöns regioner"));
  g_assert_nonnull (strstr (restored, "CREATE TABLE statement"));

  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/snapshot-and-restore", test_snapshot_and_restore);
  g_test_add_func ("/backup/restore-refuses-bad-backup", test_restore_refuses_bad_backup);
  g_test_add_func ("/backup/daily-once-and-pruned", test_daily_once_and_pruned);
  g_test_add_func ("/backup/cli-restore", test_cli_restore);
  g_test_add_func ("/backup/restore-older-schema", test_restore_older_schema);

  return g_test_run ();
}
