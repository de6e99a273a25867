/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Opening a register safely while other programs use it: the locks this
 * process holds survive everything it does beside its live connection, a
 * register that is refused is left byte for byte as it was (its write-ahead
 * log included), anything that is not a regular file is refused without
 * hanging, what another tool dropped from the schema is rebuilt, and the
 * files are tightened to their owner.
 *
 * The other programs are real: the program's own command line and
 * SQLite's, and child processes holding SQLite connections.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ber-backup.h"
#include "ber-store.h"
#include "ber-test-utils.h"

/* Log lines of the store, to check what it says it repaired. */
static GPtrArray *store_messages;

static GLogWriterOutput
record_writer (GLogLevelFlags   level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
        domain = fields[i].value;
      else if (g_str_equal (fields[i].key, "MESSAGE"))
        message = fields[i].value;
    }
  if (g_strcmp0 (domain, "ber-store") == 0 && message != NULL)
    g_ptr_array_add (store_messages, g_strdup (message));

  return g_log_writer_default (level, fields, n_fields, user_data);
}

static gboolean
logged (const char *needle)
{
  for (guint i = 0; i < store_messages->len; i++)
    if (strstr (g_ptr_array_index (store_messages, i), needle) != NULL)
      return TRUE;
  return FALSE;
}

/* Runs a program to its end; returns its exit status, -1 when it was killed. */
static int
run (const char * const  *argv,
     char               **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, &err, &status,
                &error);
  g_assert_no_error (error);
  if (WIFEXITED (status))
    return WEXITSTATUS (status);
  return -1;
}

static char *
sqlite_text (const char *path,
             const char *sql)
{
  return ber_test_sqlite3 (path, sql);
}

static void
sqlite_exec (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static char *
new_register (const char *dir)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "register.db", NULL);

  g_assert_true (ber_store_create (path, NULL, NULL, &error));
  g_assert_no_error (error);
  return path;
}

static gint64
insert_network (BerStore   *store,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (store, "network",
                                ber_store_values ("name", g_variant_new_string (name), NULL),
                                &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/*
 * Whether another process sees a SQLite read lock on the register: a
 * connection in WAL mode holds one on the shared-lock range for as long as
 * it is open. F_GETLK does not report the asking process's own locks, so a
 * child asks.
 */
static gboolean
others_see_shared_lock (const char *path)
{
  const char *argv[] = { g_getenv ("BEREDNING_TEST_PEER"), path, "test", "shared-lock", NULL };
  g_autofree char *out = NULL;
  int status = run (argv, &out);

  g_assert_true (status == 0 || status == 3);
  return status == 0;
}

/*
 * The window keeps its connection open while it makes the daily backup and
 * exports on second connections in threads. Before, each of those read the
 * register's header through a file descriptor of its own; closing it
 * dropped every POSIX lock of the process, so the next program to close the
 * register deleted the write-ahead log under the window, and its saves went
 * to a deleted file.
 */
static void
test_lock_survives (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = new_register (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *list = NULL;
  g_autofree char *count = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerStore) store = NULL;
  const char *list_argv[] = { g_getenv ("BEREDNING_BINARY"), NULL, "--list=networks", NULL };
  g_autofree char *database = g_strconcat ("--database=", path, NULL);
  gboolean made = FALSE;

  store = ber_backup_open_register (path, &error);
  g_assert_no_error (error);
  insert_network (store, "Assembly of European Regions");
  g_assert_true (others_see_shared_lock (path));

  /* Everything the window does beside its connection. */
  g_assert_true (ber_backup_daily (store, 7, &made, &error));
  g_assert_no_error (error);
  g_assert_true (made);
  {
    g_autoptr(BerStore) second = ber_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_true (ber_store_check_integrity (second, &error));
  }
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_true (others_see_shared_lock (path));

  /* A colleague's program reads the register and closes it. */
  list_argv[1] = database;
  g_assert_cmpint (run (list_argv, &list), ==, 0);
  g_assert_nonnull (strstr (list, "Assembly of European Regions"));
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  /* The window's next save reaches the register that others read. */
  insert_network (store, "Conference of Peripheral Maritime Regions");
  count = sqlite_text (path, "SELECT count(*) FROM network");
  g_assert_cmpstr (count, ==, "2");

  g_clear_object (&store);
  ber_assert_take_str (sqlite_text (path, "PRAGMA integrity_check"), ==, "ok");
  ber_test_remove_tree (dir);
}

/* What GTK's file chooser does with each file of a folder it shows: guess
 * its type from its first bytes, through a descriptor it opens and closes. */
static void
look_at_folder_as_file_chooser (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileEnumerator) children = NULL;
  guint seen = 0;

  children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  while (TRUE)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;
      g_autoptr(GFileInfo) typed = NULL;
      g_autoptr(GFileInputStream) stream = NULL;
      char head[512];

      g_assert_true (g_file_enumerator_iterate (children, &info, &child, NULL, &error));
      if (info == NULL)
        break;
      typed = g_file_query_info (child, G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE,
                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
      /* And a thumbnailer's or a preview's read, in case the guess came
       * from the name alone. */
      stream = g_file_read (child, NULL, NULL);
      if (stream != NULL)
        {
          g_input_stream_read (G_INPUT_STREAM (stream), head, sizeof head, NULL, NULL);
          g_input_stream_close (G_INPUT_STREAM (stream), NULL, NULL);
        }
      seen++;
    }
  /* The register, its log and its shared memory at least. */
  g_assert_cmpuint (seen, >=, 3);
}

/*
 * The same with a file chooser in the window's process showing the
 * register's folder, as an export's or an import's does: it closes
 * descriptors of the register, its log and its shared memory. The register
 * stays held, a colleague's program leaves the log in place, and the
 * window's next save reaches the register.
 */
static void
test_lock_survives_file_chooser (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = new_register (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *list = NULL;
  g_autofree char *count = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerStore) store = NULL;
  g_autofree char *database = g_strconcat ("--database=", path, NULL);
  const char *list_argv[] = { g_getenv ("BEREDNING_BINARY"), database, "--list=networks", NULL };

  store = ber_store_open (path, &error);
  g_assert_no_error (error);
  insert_network (store, "Assembly of European Regions");
  g_assert_true (others_see_shared_lock (path));

  look_at_folder_as_file_chooser (dir);
  g_assert_true (others_see_shared_lock (path));

  g_assert_cmpint (run (list_argv, &list), ==, 0);
  g_assert_nonnull (strstr (list, "Assembly of European Regions"));
  ber_assert_take_str (sqlite_text (path, "SELECT count(*) FROM network"), ==, "1");
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));

  insert_network (store, "Conference of Peripheral Maritime Regions");
  count = sqlite_text (path, "SELECT count(*) FROM network");
  g_assert_cmpstr (count, ==, "2");

  /* Closed, the register is whole without its log. */
  g_clear_object (&store);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  ber_assert_take_str (sqlite_text (path, "PRAGMA integrity_check"), ==, "ok");
  ber_assert_take_str (sqlite_text (path, "SELECT count(*) FROM network"), ==, "2");
  ber_test_remove_tree (dir);
}

static void
assert_refused_quickly (const char *path,
                        const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *database = g_strconcat ("--database=", path, NULL);
  const char *argv[] = { "timeout", "20", g_getenv ("BEREDNING_BINARY"), database,
                         "--list=networks", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;

  /* In this process… */
  g_assert_null (ber_store_open (path, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_REGISTER);
  g_assert_nonnull (strstr (error->message, "not an ordinary file"));

  /* …and from the command line, which neither hangs (timeout says 124)
   * nor leaves anything beside the path. */
  g_assert_cmpint (run (argv, &out), ==, 1);
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_suffix (name, "-wal") || g_str_has_suffix (name, "-shm")
                    || g_str_has_suffix (name, "-journal"));
}

static void
test_not_regular_file (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *fifo = g_build_filename (dir, "register.db", NULL);
  g_autofree char *link = g_build_filename (dir, "link.db", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink (fifo, link), ==, 0);

  assert_refused_quickly (fifo, dir);
  assert_refused_quickly (link, dir);
  assert_refused_quickly ("/dev/null", dir);

  g_assert_null (ber_store_open (dir, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_REGISTER);

  ber_test_remove_tree (dir);
}

/*
 * A child process writes to the register through SQLite and dies without
 * closing it: what it committed stays in the write-ahead log only.
 */
static void
write_and_die (const char *path,
               const char *sql)
{
  const char *argv[] = { g_getenv ("BEREDNING_TEST_PEER"), path, "test", "sql-and-die", sql, NULL };
  g_autofree char *out = NULL;

  g_assert_cmpint (run (argv, &out), ==, 0);
}

static void
assert_refused_as_it_was (const char *sql,
                          int         code)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = new_register (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *db_sum = NULL;
  g_autofree char *wal_sum = NULL;
  g_autoptr(GError) error = NULL;

  write_and_die (path, sql);
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  db_sum = ber_test_file_checksum (path);
  wal_sum = ber_test_file_checksum (wal);

  g_assert_null (ber_backup_open_register (path, &error));
  g_assert_error (error, BER_STORE_ERROR, code);

  /* Not merged, not deleted: the register and its log as they were. */
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  ber_assert_take_str (ber_test_file_checksum (path), ==, db_sum);
  ber_assert_take_str (ber_test_file_checksum (wal), ==, wal_sum);

  ber_test_remove_tree (dir);
}

static void
test_refused_left_as_it_was (void)
{
  assert_refused_as_it_was ("PRAGMA user_version = 99", BER_STORE_ERROR_TOO_NEW);
  assert_refused_as_it_was ("DROP TABLE statement", BER_STORE_ERROR_CORRUPT);
  assert_refused_as_it_was ("DROP INDEX network_kind_idx; ALTER TABLE network DROP COLUMN kind",
                            BER_STORE_ERROR_CORRUPT);
  assert_refused_as_it_was ("PRAGMA application_id = 7", BER_STORE_ERROR_NOT_REGISTER);
}

static guint
search_count (BerStore   *store,
              const char *text)
{
  static const char *columns[] = { "title", "diary_number", "description", NULL };
  g_autoptr(BerQuery) query = ber_query_new ("item");
  g_autoptr(GError) error = NULL;
  guint n = 0;

  ber_query_set_search (query, text, columns);
  g_assert_true (ber_store_count (store, query, &n, &error));
  g_assert_no_error (error);
  return n;
}

/*
 * Another tool drops a search trigger and writes (the index misses the
 * row), drops an index and a view, and adds a trigger of its own. Opening
 * the register puts back what this version expects, fills the search index
 * again, and says so in the log.
 */
static void
test_schema_drift_repaired (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = new_register (dir);
  g_autofree char *expected_trigger = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerStore) store = NULL;

  expected_trigger = sqlite_text (path, "SELECT sql FROM sqlite_schema "
                                        "WHERE name = 'item_search_insert'");
  sqlite_exec (path,
               "DROP TRIGGER item_search_insert;"
               "INSERT INTO item (title, received_on, type) "
               "VALUES ('Sammanhållningspolitikens framtid', '2026-11-23', 'eu-consultation');"
               "DROP INDEX item_reply_idx;"
               "DROP VIEW item_list;"
               "CREATE TRIGGER stranger AFTER INSERT ON network BEGIN "
               "  UPDATE network SET contact = 'x' WHERE id = new.id; END;");

  g_ptr_array_set_size (store_messages, 0);
  store = ber_store_open (path, &error);
  g_assert_no_error (error);

  ber_assert_take_str (sqlite_text (path, "SELECT sql FROM sqlite_schema "
                                      "WHERE name = 'item_search_insert'"), ==, expected_trigger);
  ber_assert_take_str (sqlite_text (path, "SELECT count(*) FROM sqlite_schema WHERE name IN "
                                      "('item_reply_idx', 'item_list', 'stranger')"), ==, "2");
  g_assert_cmpuint (search_count (store, "sammanhållning"), ==, 1);
  g_assert_true (logged ("item_search_insert"));
  g_assert_true (logged ("item_reply_idx"));
  g_assert_true (logged ("item_list"));
  g_assert_true (logged ("stranger"));

  /* The search index follows writes again. */
  {
    g_autoptr(GError) local = NULL;

    ber_store_insert (store, "item",
                      ber_store_values ("title", g_variant_new_string ("Vänortsbesök i Tromsø"),
                                        "received_on", g_variant_new_string ("2026-11-24"),
                                        "type", g_variant_new_string ("invitation"), NULL),
                      &local);
    g_assert_no_error (local);
    g_assert_cmpuint (search_count (store, "tromsø"), ==, 1);
  }
  g_assert_true (ber_store_check_integrity (store, &error));

  /* Opening it again finds nothing to repair. */
  g_clear_object (&store);
  g_ptr_array_set_size (store_messages, 0);
  store = ber_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (store_messages->len, ==, 0);

  g_clear_object (&store);
  ber_test_remove_tree (dir);
}

/*
 * A register made by another tool with a lax umask is tightened to its
 * owner when it is opened, and so are its write-ahead log, its shared
 * memory and its backups, whatever the umask of this process.
 */
static void
test_modes_tightened (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = new_register (dir);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BerStore) store = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  mode_t old_umask;
  gboolean made = FALSE;

  old_umask = umask (0);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  write_and_die (path, "INSERT INTO body (name) VALUES ('Regionstyrelsen')");
  g_assert_cmpint (g_chmod (wal, 0666), ==, 0);
  g_assert_cmpint (g_chmod (shm, 0666), ==, 0);

  g_ptr_array_set_size (store_messages, 0);
  store = ber_backup_open_register (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ber_test_file_mode (path), ==, 0600);
  g_assert_cmpuint (ber_test_file_mode (wal), ==, 0600);
  g_assert_cmpuint (ber_test_file_mode (shm), ==, 0600);
  g_assert_true (logged ("readable by its owner only"));

  insert_network (store, "ERRIN");
  g_assert_cmpuint (ber_test_file_mode (wal), ==, 0600);

  g_assert_true (ber_backup_daily (store, 7, &made, &error));
  g_assert_no_error (error);
  backups = ber_backup_list (path);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpuint (ber_test_file_mode (((BerBackup *) g_ptr_array_index (backups, 0))->path),
                    ==, 0600);

  umask (old_umask);
  g_clear_object (&store);
  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  store_messages = g_ptr_array_new_with_free_func (g_free);
  g_log_set_writer_func (record_writer, NULL, NULL);

  g_test_add_func ("/register/lock-survives", test_lock_survives);
  g_test_add_func ("/register/lock-survives-file-chooser", test_lock_survives_file_chooser);
  g_test_add_func ("/register/not-regular-file", test_not_regular_file);
  g_test_add_func ("/register/refused-left-as-it-was", test_refused_left_as_it_was);
  g_test_add_func ("/register/schema-drift-repaired", test_schema_drift_repaired);
  g_test_add_func ("/register/modes-tightened", test_modes_tightened);

  return g_test_run ();
}
