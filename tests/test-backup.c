/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ber-demo.h"
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
  BerStore *store = ber_test_store_new (BER_TEST_DEMO, &dir);

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
  BerStore *store = ber_test_store_new (BER_TEST_DEMO, &dir);

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
  BerStore *store = ber_test_store_new (BER_TEST_EMPTY, &dir);
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
  BerStore *store = ber_test_store_new (BER_TEST_DEMO, &dir);
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
  BerStore *store = ber_test_store_new (BER_TEST_DEMO, &dir);

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

/* A child process writes through SQLite and dies without closing the
 * register: what it committed is in the write-ahead log only. */
static void
write_and_die (const char *path,
               const char *sql)
{
  const char *argv[] = { g_getenv ("BEREDNING_TEST_PEER"), path, "test", "sql-and-die", sql, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static BerBackup *
find_backup (GPtrArray  *backups,
             const char *reason)
{
  for (guint i = 0; i < backups->len; i++)
    if (g_str_equal (((BerBackup *) g_ptr_array_index (backups, i))->reason, reason))
      return g_ptr_array_index (backups, i);
  return NULL;
}

/*
 * The error page offers a restore exactly when the register cannot be
 * opened: too new, or a table missing. The register as it was, with its
 * write-ahead log, is kept byte for byte before it is replaced.
 */
static void
assert_kept_byte_for_byte (const char *sql)
{
  g_autofree char *dir = NULL;
  g_autofree char *snapshot = NULL;
  g_autofree char *register_path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *db_sum = NULL;
  g_autofree char *wal_sum = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  BerStore *store = ber_test_store_new (BER_TEST_DEMO, &dir);
  BerBackup *kept;

  register_path = g_strdup (ber_store_get_path (store));
  wal = g_strconcat (register_path, "-wal", NULL);
  g_assert_true (ber_store_snapshot (store, "daily", &snapshot, &error));
  g_assert_finalize_object (store);

  write_and_die (register_path, sql);
  g_assert_null (ber_backup_open_register (register_path, &error));
  g_clear_error (&error);
  db_sum = ber_test_file_checksum (register_path);
  wal_sum = ber_test_file_checksum (wal);

  g_assert_true (ber_backup_restore (register_path, snapshot, &error));
  g_assert_no_error (error);

  backups = ber_backup_list (register_path);
  kept = find_backup (backups, "before-restore");
  g_assert_nonnull (kept);
  ber_assert_take_str (ber_test_file_checksum (kept->path), ==, db_sum);
  {
    g_autofree char *kept_wal = g_strconcat (kept->path, "-wal", NULL);

    ber_assert_take_str (ber_test_file_checksum (kept_wal), ==, wal_sum);
    g_assert_cmpuint (ber_test_file_mode (kept->path), ==, 0600);
    g_assert_cmpuint (ber_test_file_mode (kept_wal), ==, 0600);
  }

  /* The restored register opens. */
  store = ber_store_open (register_path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);
  ber_test_remove_tree (dir);
}

static void
test_restore_keeps_unreadable (void)
{
  assert_kept_byte_for_byte ("PRAGMA user_version = 99");
  assert_kept_byte_for_byte ("DROP TABLE statement");
}

/* Whether another connection holds the register's write lock now. */
static gboolean
write_locked (const char *path)
{
  sqlite3 *db = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  return rc == SQLITE_BUSY;
}

/* Another program (SQLite's shell) in the middle of a write: it holds the
 * write lock with a network changed, and commits when the test writes
 * "COMMIT;" to @in. */
typedef struct
{
  GPid pid;
  int  in;
} Writer;

static Writer
start_writer (const char *path)
{
  static const char script[] = ".timeout 5000\n"
                               "BEGIN IMMEDIATE;\n"
                               "UPDATE network SET acronym = 'EDITED-ELSEWHERE' WHERE id = 1;\n";
  const char *argv[] = { "sqlite3", "-batch", path, NULL };
  g_autoptr(GError) error = NULL;
  Writer writer = { 0, -1 };

  g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                            G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD
                            | G_SPAWN_STDOUT_TO_DEV_NULL,
                            NULL, NULL, &writer.pid, &writer.in, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (write (writer.in, script, strlen (script)), ==, (gssize) strlen (script));

  for (guint i = 0; i < 3000 && !write_locked (path); i++)
    g_usleep (10 * 1000);
  g_assert_true (write_locked (path));
  return writer;
}

static void
commit_writer (Writer *writer)
{
  static const char commit[] = "COMMIT;\n";

  g_assert_cmpint (write (writer->in, commit, strlen (commit)), ==, (gssize) strlen (commit));
  close (writer->in);
}

static int
wait_for (GPid pid)
{
  int status = 0;

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  return status;
}

static int
cli_restore (const char  *register_path,
             const char  *backup,
             char       **err)
{
  g_autofree char *option = g_strconcat ("--database=", register_path, NULL);
  g_autofree char *restore = g_strconcat ("--restore=", backup, NULL);
  const char *argv[] = { g_getenv ("BEREDNING_BINARY"), option, restore, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, err, &status,
                &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/*
 * A restore from the command line while another program is in the middle
 * of a write: the restore waits for it, so that its commit is in the
 * register kept before the restore; when it writes for longer than the
 * restore waits, the restore is refused with a message and the other
 * program's commit stands in the register.
 */
static GPid
cli_restore_async (const char *register_path,
                   const char *backup)
{
  g_autofree char *option = g_strconcat ("--database=", register_path, NULL);
  g_autofree char *restore = g_strconcat ("--restore=", backup, NULL);
  const char *argv[] = { g_getenv ("BEREDNING_BINARY"), option, restore, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid = 0;

  g_spawn_async (NULL, (char **) argv, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, &pid,
                 &error);
  g_assert_no_error (error);
  return pid;
}

static void
test_restore_waits_for_writer (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *snapshot = NULL;
  g_autofree char *register_path = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  BerStore *store = ber_test_store_new (BER_TEST_DEMO, &dir);
  GPid restore;
  Writer writer;

  register_path = g_strdup (ber_store_get_path (store));
  g_assert_true (ber_store_snapshot (store, "daily", &snapshot, &error));
  g_assert_finalize_object (store);

  /* A write that ends while the restore waits: waited for, and kept. */
  writer = start_writer (register_path);
  restore = cli_restore_async (register_path, snapshot);
  g_usleep (G_USEC_PER_SEC);
  commit_writer (&writer);
  g_assert_true (g_spawn_check_wait_status (wait_for (writer.pid), NULL));
  g_assert_true (g_spawn_check_wait_status (wait_for (restore), NULL));
  backups = ber_backup_list (register_path);
  {
    g_autofree char *kept = dump (find_backup (backups, "before-restore")->path);
    g_autofree char *restored = dump (register_path);

    g_assert_nonnull (strstr (kept, "EDITED-ELSEWHERE"));
    g_assert_null (strstr (restored, "EDITED-ELSEWHERE"));
  }

  /* A write that goes on for longer than the restore waits: refused, and
   * the commit stands. */
  writer = start_writer (register_path);
  g_assert_cmpint (cli_restore (register_path, snapshot, &err), ==, 1);
  g_assert_nonnull (strstr (err, "Another program is writing to the register"));
  commit_writer (&writer);
  g_assert_true (g_spawn_check_wait_status (wait_for (writer.pid), NULL));
  {
    g_autofree char *now = dump (register_path);

    g_assert_nonnull (strstr (now, "EDITED-ELSEWHERE"));
  }

  ber_test_remove_tree (dir);
}

static gint64
snapshot_count (GPtrArray  *backups,
                const char *reason)
{
  gint64 n = 0;

  for (guint i = 0; i < backups->len; i++)
    n += g_str_equal (((BerBackup *) g_ptr_array_index (backups, i))->reason, reason);
  return n;
}

/*
 * Backups belong to their own register by their whole name: a folder named
 * "team-daily" makes nothing daily, and "reg.db" neither lists nor prunes
 * the backups of "reg-2025.db" beside it.
 */
static void
test_prune_matches_exactly (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *team = g_build_filename (dir, "team-daily", NULL);
  g_autofree char *reg = g_build_filename (team, "reg.db", NULL);
  g_autofree char *reg_2025 = g_build_filename (team, "reg-2025.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) backups_2025 = NULL;
  BerStore *store;

  g_assert_true (ber_store_create (reg, NULL, NULL, &error));
  g_assert_true (ber_store_create (reg_2025, NULL, NULL, &error));

  store = ber_store_open (reg_2025, &error);
  g_assert_no_error (error);
  g_assert_true (ber_store_snapshot (store, "daily", NULL, &error));
  g_assert_true (ber_store_snapshot (store, "daily", NULL, &error));
  g_assert_true (ber_store_snapshot (store, "before-migration", NULL, &error));
  g_assert_finalize_object (store);

  store = ber_store_open (reg, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 3; i++)
    g_assert_true (ber_store_snapshot (store, "daily", NULL, &error));
  g_assert_true (ber_store_snapshot (store, "before-restore", NULL, &error));
  g_assert_finalize_object (store);

  backups = ber_backup_list (reg);
  g_assert_cmpuint (backups->len, ==, 4);
  g_assert_true (ber_backup_prune (reg, 1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&backups, g_ptr_array_unref);

  backups = ber_backup_list (reg);
  g_assert_cmpint (snapshot_count (backups, "daily"), ==, 1);
  g_assert_cmpint (snapshot_count (backups, "before-restore"), ==, 1);
  backups_2025 = ber_backup_list (reg_2025);
  g_assert_cmpuint (backups_2025->len, ==, 3);
  g_assert_cmpint (snapshot_count (backups_2025, "daily"), ==, 2);

  ber_test_remove_tree (dir);
}

static guint
hidden_files (const char *folder)
{
  g_autoptr(GDir) listing = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    n += g_str_has_prefix (name, ".beredning-") && !g_str_has_suffix (name, "-journal");
  return n;
}

/*
 * A daily backup killed halfway does not count as the day's backup and is
 * not listed; its temporary file, and those of interrupted creations and
 * restores, are cleared at the next start, while a file another program is
 * still writing (it holds its lock) stays.
 */
static void
test_interrupted_backup (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *register_path = NULL;
  g_autofree char *folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  BerStore *store = ber_test_store_new (BER_TEST_EMPTY, &dir);
  const char *peer[] = { g_getenv ("BEREDNING_TEST_PEER"), NULL, "test", "backup-daily", NULL };
  g_autofree char *held = NULL;
  gboolean killed = FALSE;
  gboolean made = FALSE;
  GPid pid = 0;
  int held_fd;

  register_path = g_strdup (ber_store_get_path (store));
  folder = ber_backup_folder (register_path);
  /* Enough to copy that the copy can be caught halfway. */
  g_assert_true (ber_store_begin (store, &error));
  for (guint i = 0; i < 6000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Nätverk %u", i);
      g_autofree char *text = g_strnfill (8000, 'x');

      g_assert_cmpint (ber_store_insert (store, "network",
                                         ber_store_values ("name", g_variant_new_string (name),
                                                           "contact",
                                                           g_variant_new_string (text), NULL),
                                         &error), >, 0);
    }
  g_assert_true (ber_store_commit (store, &error));
  g_assert_finalize_object (store);

  /* Another program's daily backup, killed while it writes. */
  peer[1] = register_path;
  g_spawn_async (NULL, (char **) peer, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, &pid,
                 &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 4000 && !killed; i++)
    {
      g_autoptr(GDir) listing = g_dir_open (folder, 0, NULL);
      const char *name;

      while (listing != NULL && (name = g_dir_read_name (listing)) != NULL && !killed)
        {
          g_autofree char *path = g_build_filename (folder, name, NULL);
          GStatBuf st;

          if (g_stat (path, &st) == 0 && st.st_size > 65536)
            killed = kill (pid, SIGKILL) == 0;
        }
      g_usleep (1000);
    }
  g_assert_true (killed);
  wait_for (pid);

  backups = ber_backup_list (register_path);
  g_assert_cmpuint (backups->len, ==, 0);
  g_assert_cmpuint (hidden_files (folder), ==, 1);

  /* Leftovers of a creation and a restore, and a file still in use. */
  {
    g_autofree char *new_leftover = g_build_filename (dir, ".beredning-new-abc123", NULL);
    g_autofree char *restore_leftover
        = g_build_filename (folder, ".beredning-restore-def456", NULL);

    g_assert_true (g_file_set_contents (new_leftover, "half", -1, NULL));
    g_assert_true (g_file_set_contents (restore_leftover, "half", -1, NULL));
  }
  held_fd = ber_store_make_temp (dir, "new", &held, &error);
  g_assert_cmpint (held_fd, >=, 0);
  {
    /* Its lock is held by another process, as a program at work would. */
    const char *flock_argv[] = { "flock", held, "sleep", "30", NULL };
    GPid holder = 0;

    close (held_fd);
    g_spawn_async (NULL, (char **) flock_argv, NULL,
                   G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &holder, &error);
    g_assert_no_error (error);
    g_usleep (300 * 1000);

    store = ber_backup_open_register (register_path, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (hidden_files (folder), ==, 0);
    g_assert_cmpuint (hidden_files (dir), ==, 1);
    g_assert_true (g_file_test (held, G_FILE_TEST_EXISTS));

    kill (holder, SIGTERM);
    wait_for (holder);
  }

  /* The day's backup is made now, and is whole. */
  g_assert_true (ber_backup_daily (store, 7, &made, &error));
  g_assert_no_error (error);
  g_assert_true (made);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = ber_backup_list (register_path);
  g_assert_cmpuint (backups->len, ==, 1);
  {
    g_autoptr(BerStore) copy = ber_store_open (((BerBackup *) g_ptr_array_index (backups, 0))->path,
                                               &error);

    g_assert_no_error (error);
    g_assert_true (ber_store_check_integrity (copy, &error));
  }

  g_assert_finalize_object (store);
  ber_test_remove_tree (dir);
}

/* A register opened through the document portal keeps its backups in the
 * program's own data folder, one folder per register. */
static void
test_portal_folder (void)
{
  g_autofree char *portal = g_build_filename (g_get_user_runtime_dir (), "doc", "4f2a9c1e",
                                              "register.db", NULL);
  g_autofree char *other = g_build_filename (g_get_user_runtime_dir (), "doc", "77b0c3d2",
                                             "register.db", NULL);
  g_autofree char *own = g_build_filename (g_get_user_data_dir (), "beredning", "backups", NULL);
  g_autofree char *folder = ber_backup_folder (portal);
  g_autofree char *other_folder = ber_backup_folder (other);

  g_assert_true (g_str_has_prefix (folder, own));
  g_assert_true (g_str_has_prefix (other_folder, own));
  g_assert_cmpstr (folder, !=, other_folder);
}

/*
 * Like the portal's folders, a folder where only the register itself may be
 * written: no "backups" can be made beside it, so the backups and the
 * register kept before a restore go to the program's own data folder, where
 * the restore dialog says they are. Run as an ordinary user (root writes
 * anywhere).
 */
static void
test_unwritable_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backups_folder = NULL;
  g_autofree char *own = g_build_filename (g_get_user_data_dir (), "beredning", "backups", NULL);
  g_autofree char *snapshot = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  BerStore *store;
  gboolean made = FALSE;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes to every folder; run as an ordinary user by "
                   "tests/run-unprivileged.sh");
      return;
    }

  dir = ber_test_make_tmpdir ();
  folder = g_build_filename (dir, "shared", NULL);
  path = g_build_filename (folder, "register.db", NULL);
  g_assert_true (ber_demo_create (path, &error));
  store = ber_backup_open_register (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (folder, 0500), ==, 0);

  backups_folder = ber_backup_folder (path);
  g_assert_true (g_str_has_prefix (backups_folder, own));
  g_assert_true (ber_backup_daily (store, 7, &made, &error));
  g_assert_no_error (error);
  g_assert_true (made);
  add_network (store, "Euregha");
  g_assert_finalize_object (store);

  backups = ber_backup_list (path);
  g_assert_cmpuint (backups->len, ==, 1);
  snapshot = g_strdup (((BerBackup *) g_ptr_array_index (backups, 0))->path);
  g_assert_true (g_str_has_prefix (snapshot, backups_folder));

  g_assert_true (ber_backup_restore (path, snapshot, &error));
  g_assert_no_error (error);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = ber_backup_list (path);
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_nonnull (find_backup (backups, "before-restore"));
  {
    g_autofree char *restored = dump (path);

    g_assert_null (strstr (restored, "Euregha"));
  }

  g_chmod (folder, 0700);
  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;

  g_test_init (&argc, &argv, NULL);

  /* The program's own data folder, for backups that cannot go beside. */
  data_home = ber_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_add_func ("/backup/snapshot-and-restore", test_snapshot_and_restore);
  g_test_add_func ("/backup/restore-refuses-bad-backup", test_restore_refuses_bad_backup);
  g_test_add_func ("/backup/daily-once-and-pruned", test_daily_once_and_pruned);
  g_test_add_func ("/backup/cli-restore", test_cli_restore);
  g_test_add_func ("/backup/restore-older-schema", test_restore_older_schema);
  g_test_add_func ("/backup/restore-keeps-unreadable", test_restore_keeps_unreadable);
  g_test_add_func ("/backup/restore-waits-for-writer", test_restore_waits_for_writer);
  g_test_add_func ("/backup/prune-matches-exactly", test_prune_matches_exactly);
  g_test_add_func ("/backup/interrupted-backup", test_interrupted_backup);
  g_test_add_func ("/backup/portal-folder", test_portal_folder);
  g_test_add_func ("/backup/unwritable-folder", test_unwritable_folder);

  return g_test_run ();
}
