/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Faults the store must survive with a clear error and no committed data
 * lost: a full disk and failing writes (injected through a test VFS that
 * wraps SQLite's own), a register locked by another connection past the
 * busy timeout, and the file deleted or replaced while it is open.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "ber-demo.h"
#include "ber-test-utils.h"

/* A VFS that passes everything to the default one, except that writes fail
 * with fail_code while it is set. */
typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
} ShimFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs shim_vfs;
static sqlite3_io_methods shim_methods;
static int fail_code;

#define REAL(f) (((ShimFile *) (f))->real)

static int shim_close (sqlite3_file *f)
{
  int rc = REAL (f)->pMethods->xClose (REAL (f));

  g_free (REAL (f));
  return rc;
}
static int shim_read (sqlite3_file *f, void *b, int n, sqlite3_int64 o)
{ return REAL (f)->pMethods->xRead (REAL (f), b, n, o); }
static int shim_write (sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{ return fail_code ? fail_code : REAL (f)->pMethods->xWrite (REAL (f), b, n, o); }
static int shim_truncate (sqlite3_file *f, sqlite3_int64 size)
{ return fail_code ? fail_code : REAL (f)->pMethods->xTruncate (REAL (f), size); }
static int shim_sync (sqlite3_file *f, int flags)
{ return REAL (f)->pMethods->xSync (REAL (f), flags); }
static int shim_file_size (sqlite3_file *f, sqlite3_int64 *size)
{ return REAL (f)->pMethods->xFileSize (REAL (f), size); }
static int shim_lock (sqlite3_file *f, int l) { return REAL (f)->pMethods->xLock (REAL (f), l); }
static int shim_unlock (sqlite3_file *f, int l) { return REAL (f)->pMethods->xUnlock (REAL (f), l); }
static int shim_check_reserved (sqlite3_file *f, int *out)
{ return REAL (f)->pMethods->xCheckReservedLock (REAL (f), out); }
static int shim_file_control (sqlite3_file *f, int op, void *arg)
{ return REAL (f)->pMethods->xFileControl (REAL (f), op, arg); }
static int shim_sector_size (sqlite3_file *f) { return REAL (f)->pMethods->xSectorSize (REAL (f)); }
static int shim_device (sqlite3_file *f)
{ return REAL (f)->pMethods->xDeviceCharacteristics (REAL (f)); }
static int shim_shm_map (sqlite3_file *f, int i, int s, int w, void volatile **p)
{ return REAL (f)->pMethods->xShmMap (REAL (f), i, s, w, p); }
static int shim_shm_lock (sqlite3_file *f, int o, int n, int fl)
{ return REAL (f)->pMethods->xShmLock (REAL (f), o, n, fl); }
static void shim_shm_barrier (sqlite3_file *f) { REAL (f)->pMethods->xShmBarrier (REAL (f)); }
static int shim_shm_unmap (sqlite3_file *f, int d)
{ return REAL (f)->pMethods->xShmUnmap (REAL (f), d); }
static int shim_fetch (sqlite3_file *f, sqlite3_int64 o, int n, void **p)
{ return REAL (f)->pMethods->xFetch (REAL (f), o, n, p); }
static int shim_unfetch (sqlite3_file *f, sqlite3_int64 o, void *p)
{ return REAL (f)->pMethods->xUnfetch (REAL (f), o, p); }

static int
shim_open (sqlite3_vfs  *vfs,
           const char   *name,
           sqlite3_file *file,
           int           flags,
           int          *out_flags)
{
  ShimFile *shim = (ShimFile *) file;
  int rc;

  shim->real = g_malloc0 (real_vfs->szOsFile);
  rc = real_vfs->xOpen (real_vfs, name, shim->real, flags, out_flags);
  if (rc != SQLITE_OK || shim->real->pMethods == NULL)
    {
      g_free (shim->real);
      shim->base.pMethods = NULL;
      return rc;
    }
  shim->base.pMethods = &shim_methods;
  return SQLITE_OK;
}

static int shim_delete (sqlite3_vfs *v, const char *n, int s)
{ return real_vfs->xDelete (real_vfs, n, s); }
static int shim_access (sqlite3_vfs *v, const char *n, int f, int *out)
{ return real_vfs->xAccess (real_vfs, n, f, out); }
static int shim_full_pathname (sqlite3_vfs *v, const char *n, int size, char *out)
{ return real_vfs->xFullPathname (real_vfs, n, size, out); }
static int shim_randomness (sqlite3_vfs *v, int n, char *out)
{ return real_vfs->xRandomness (real_vfs, n, out); }
static int shim_sleep (sqlite3_vfs *v, int us) { return real_vfs->xSleep (real_vfs, us); }
static int shim_current_time (sqlite3_vfs *v, double *t)
{ return real_vfs->xCurrentTime (real_vfs, t); }
static int shim_last_error (sqlite3_vfs *v, int n, char *out)
{ return real_vfs->xGetLastError (real_vfs, n, out); }
static int shim_current_time_int64 (sqlite3_vfs *v, sqlite3_int64 *t)
{ return real_vfs->xCurrentTimeInt64 (real_vfs, t); }

static void
install_shim (void)
{
  real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (real_vfs);

  shim_methods = (sqlite3_io_methods) {
    3, shim_close, shim_read, shim_write, shim_truncate, shim_sync, shim_file_size, shim_lock,
    shim_unlock, shim_check_reserved, shim_file_control, shim_sector_size, shim_device,
    shim_shm_map, shim_shm_lock, shim_shm_barrier, shim_shm_unmap, shim_fetch, shim_unfetch,
  };
  shim_vfs = (sqlite3_vfs) {
    2, (int) sizeof (ShimFile), real_vfs->mxPathname, NULL, "ber-fault-shim", NULL,
    shim_open, shim_delete, shim_access, shim_full_pathname, NULL, NULL, NULL, NULL,
    shim_randomness, shim_sleep, shim_current_time, shim_last_error, shim_current_time_int64,
    NULL, NULL, NULL,
  };
  /* The default VFS from now on, so the store's connections use it. */
  g_assert_cmpint (sqlite3_vfs_register (&shim_vfs, 1), ==, SQLITE_OK);
}

static GVariant *
network_values (const char *name)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "name", g_variant_new_string (name));
  g_variant_builder_add (&builder, "{sv}", "description",
                         g_variant_new_take_string (g_strnfill (8000, 'd')));
  return g_variant_builder_end (&builder);
}

static guint
count_networks (BerStore *store)
{
  g_autoptr(BerQuery) query = ber_query_new ("network");
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (ber_store_count (store, query, &n, &error));
  return n;
}

static void
assert_write_fails (int           code,
                    BerStoreError expected,
                    const char   *in_message)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  BerStore *store = ber_test_store_new (BER_TEST_EMPTY, &dir);

  path = g_strdup (ber_store_get_path (store));
  g_assert_cmpint (ber_store_insert (store, "network", network_values ("AER"), &error), >, 0);

  fail_code = code;
  g_assert_cmpint (ber_store_insert (store, "network", network_values ("CPMR"), &error), ==, 0);
  g_assert_error (error, BER_STORE_ERROR, (int) expected);
  g_assert_nonnull (strstr (error->message, in_message));
  g_clear_error (&error);

  /* A batch fails whole. */
  if (ber_store_begin (store, &error))
    {
      ber_store_insert (store, "network", network_values ("REVES"), NULL);
      if (!ber_store_commit (store, &error))
        ber_store_rollback (store);
    }
  g_clear_error (&error);
  fail_code = 0;

  /* Nothing committed is lost, and nothing half-written remains. */
  g_assert_cmpuint (count_networks (store), ==, 1);
  g_assert_cmpint (ber_store_insert (store, "network", network_values ("ERRIN"), &error), >, 0);
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  store = ber_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (ber_store_check_integrity (store, &error));
  g_assert_cmpuint (count_networks (store), ==, 2);
  g_assert_finalize_object (store);
  ber_test_remove_tree (dir);
}

static void
test_disk_full (void)
{
  assert_write_fails (SQLITE_FULL, BER_STORE_ERROR_FULL, "disk is full");
}

static void
test_write_error (void)
{
  assert_write_fails (SQLITE_IOERR_WRITE, BER_STORE_ERROR_IO, "could not be read or written");
}

static void
test_read_only (void)
{
  assert_write_fails (SQLITE_READONLY, BER_STORE_ERROR_READ_ONLY, "read-only");
}

/* A real read-only folder, where the permissions bind (not for root). */
static void
test_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root writes to read-only folders; covered by /faults/read-only");
      return;
    }

  dir = ber_test_make_tmpdir ();
  folder = g_build_filename (dir, "locked", NULL);
  path = g_build_filename (folder, "register.db", NULL);
  g_assert_cmpint (g_mkdir (folder, 0500), ==, 0);

  g_assert_false (ber_store_create (path, NULL, NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_READ_ONLY);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_chmod (folder, 0700);
  ber_test_remove_tree (dir);
}

static void
test_locked (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  BerStore *store = ber_test_store_new (BER_TEST_EMPTY, &dir);
  sqlite3 *other = NULL;
  gint64 start;

  /* Another program holds the write lock longer than the busy timeout. */
  g_assert_cmpint (sqlite3_open (ber_store_get_path (store), &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  start = g_get_monotonic_time ();
  g_assert_cmpint (ber_store_insert (store, "network", network_values ("AER"), &error), ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "locked by another program"));
  /* It waited for the other program before giving up. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 4 * G_USEC_PER_SEC);
  g_clear_error (&error);

  /* Reads still work, and writes again once the other program lets go. */
  g_assert_cmpuint (count_networks (store), ==, 0);
  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (ber_store_insert (store, "network", network_values ("AER"), &error), >, 0);
  g_assert_no_error (error);

  sqlite3_close (other);
  g_assert_finalize_object (store);
  ber_test_remove_tree (dir);
}

static void
test_file_replaced (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *other = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  BerStore *store = ber_test_store_new (BER_TEST_EMPTY, &dir);

  path = g_strdup (ber_store_get_path (store));
  g_assert_cmpint (ber_store_insert (store, "network", network_values ("AER"), &error), >, 0);

  /* Someone puts another register in its place. */
  other = g_build_filename (dir, "other.db", NULL);
  g_assert_true (ber_demo_create (other, &error));
  before = ber_test_file_checksum (other);
  g_assert_cmpint (g_rename (other, path), ==, 0);

  g_assert_cmpint (ber_store_insert (store, "network", network_values ("CPMR"), &error), ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "moved, deleted or replaced"));
  g_clear_error (&error);
  g_assert_false (ber_store_begin (store, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO);
  g_clear_error (&error);

  /* The file now there was not written to. */
  after = ber_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);

  /* Deleted: the same. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (ber_store_insert (store, "network", network_values ("CPMR"), &error), ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO);

  g_assert_finalize_object (store);
  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  install_shim ();

  g_test_add_func ("/faults/disk-full", test_disk_full);
  g_test_add_func ("/faults/write-error", test_write_error);
  g_test_add_func ("/faults/read-only", test_read_only);
  g_test_add_func ("/faults/read-only-folder", test_read_only_folder);
  g_test_add_func ("/faults/locked", test_locked);
  g_test_add_func ("/faults/file-replaced", test_file_replaced);

  return g_test_run ();
}
