/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Every I/O of a save fails once, in turn, as SQLite tests itself ("How
 * SQLite Is Tested", I/O error testing), and the power goes at every sync
 * of a save. Three representative saves: a change of membership (ends the
 * open row and adds the new one), an agenda lock (numbers every entry and
 * locks the meeting) and a restore from a backup (which opens connections
 * of its own, to the register and to a checked copy of the backup).
 *
 * A save that fails says so in a sentence meant for a user (an I/O error
 * as one, a full disk as a full disk) and leaves the register as it was, so
 * that the user's retry on the same store succeeds and makes one change,
 * not two. After a power loss the register opens, passes integrity_check
 * and holds the whole save or none of it, and the save can be made. Whatever
 * is listed as a backup is a whole one, and no temporary file is left.
 *
 * The I/O goes through a test VFS installed as SQLite's default, so every
 * connection the program opens uses it. It counts reads, writes, truncates,
 * syncs, file sizes, shared-memory maps, opens, deletes and access checks;
 * no class of them is left out, as none makes SQLite misbehave in a way
 * that cannot be asserted (the store is opened before the VFS is armed, so
 * a failing shared-memory map never meets a recovery of the register).
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ber-agenda.h"
#include "ber-backup.h"
#include "ber-model.h"
#include "ber-networks.h"
#include "ber-test-utils.h"

/* The test VFS */

typedef enum
{
  SHIM_OFF,
  SHIM_COUNT,
  SHIM_FAIL_AT,
  SHIM_POWER_LOSS,
} ShimMode;

typedef enum
{
  OP_READ,
  OP_WRITE,
  OP_TRUNCATE,
  OP_SYNC,
  OP_FILE_SIZE,
  OP_SHM_MAP,
  OP_OPEN,
  OP_DELETE,
  OP_ACCESS,
  N_OPS
} Op;

static const char *op_names[N_OPS] = {
  "xRead", "xWrite", "xTruncate", "xSync", "xFileSize", "xShmMap", "xOpen", "xDelete", "xAccess",
};

static const int op_errors[N_OPS] = {
  SQLITE_IOERR_READ, SQLITE_IOERR_WRITE, SQLITE_IOERR_TRUNCATE, SQLITE_IOERR_FSYNC,
  SQLITE_IOERR_FSTAT, SQLITE_IOERR_SHMMAP, SQLITE_CANTOPEN, SQLITE_IOERR_DELETE,
  SQLITE_IOERR_ACCESS,
};

/* A file since its last sync: the bytes overwritten since, oldest first,
 * and its size then. */
typedef struct
{
  dev_t   dev;
  ino_t   ino;
  gint64  synced_size;  /* -1: not written since the last sync */
  GArray *undo;         /* of UndoEntry */
} FileHistory;

typedef struct
{
  gint64  offset;
  GBytes *old;
} UndoEntry;

typedef struct
{
  ShimMode    mode;
  guint       target;       /* FAIL_AT: the operation that fails; POWER_LOSS: the sync */
  gboolean    in_sync;      /* POWER_LOSS: the power goes before that sync is done */
  guint       n_ops;
  guint       n_syncs;
  guint       n_by_op[N_OPS];
  gboolean    fired;        /* the fault was injected, or the power is off */
  Op          fired_op;
  int         fired_code;
  char       *fired_file;
  guint       n_write_faults;
  GHashTable *files;        /* path → FileHistory, while a power loss is armed */
} Shim;

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
  char         *path;       /* NULL: a file that does not outlive its handle */
  dev_t         dev;
  ino_t         ino;
} ShimFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs shim_vfs;
static sqlite3_io_methods shim_methods;
static Shim shim;

#define SHIM(f) ((ShimFile *) (f))
#define REAL(f) (SHIM (f)->real)

static void
undo_entry_clear (gpointer data)
{
  g_bytes_unref (((UndoEntry *) data)->old);
}

static void
file_history_free (gpointer data)
{
  FileHistory *history = data;

  g_array_unref (history->undo);
  g_free (history);
}

/* Arms the VFS anew; nothing of the previous trial is kept but the number
 * of failed writes, which decides which one is a full disk. */
static void
shim_reset (ShimMode mode,
            guint    target,
            gboolean in_sync)
{
  guint n_write_faults = shim.n_write_faults;

  g_clear_pointer (&shim.files, g_hash_table_unref);
  g_free (shim.fired_file);
  memset (&shim, 0, sizeof shim);
  shim.n_write_faults = n_write_faults;
  shim.mode = mode;
  shim.target = target;
  shim.in_sync = in_sync;
  shim.files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, file_history_free);
}

static void
shim_fire (Op          op,
           int         code,
           const char *file)
{
  shim.fired = TRUE;
  shim.fired_op = op;
  shim.fired_code = code;
  shim.fired_file = g_path_get_basename (file != NULL ? file : "a temporary file");
}

/* Counts @op and returns the error it is to fail with, or SQLITE_OK. */
static int
shim_fault (Op          op,
            const char *file)
{
  if (shim.mode == SHIM_OFF)
    return SQLITE_OK;
  if (shim.mode == SHIM_POWER_LOSS)
    return shim.fired ? op_errors[op] : SQLITE_OK;

  shim.n_ops++;
  shim.n_by_op[op]++;
  if (op == OP_SYNC)
    shim.n_syncs++;
  if (shim.mode != SHIM_FAIL_AT || shim.n_ops != shim.target)
    return SQLITE_OK;

  /* Every third failing write is a full disk, for its own message. */
  shim_fire (op, op == OP_WRITE && ++shim.n_write_faults % 3 == 0 ? SQLITE_FULL : op_errors[op],
             file);
  return shim.fired_code;
}

static gboolean
recording_undo (ShimFile *file)
{
  return shim.mode == SHIM_POWER_LOSS && !shim.fired && file->path != NULL;
}

static FileHistory *
file_history (ShimFile *file)
{
  FileHistory *history = g_hash_table_lookup (shim.files, file->path);

  if (history == NULL)
    {
      history = g_new0 (FileHistory, 1);
      history->undo = g_array_new (FALSE, FALSE, sizeof (UndoEntry));
      g_array_set_clear_func (history->undo, undo_entry_clear);
      history->synced_size = -1;
      history->dev = file->dev;
      history->ino = file->ino;
      g_hash_table_insert (shim.files, g_strdup (file->path), history);
    }
  else if (history->dev != file->dev || history->ino != file->ino)
    {
      /* The name now stands for another file: the old one was deleted. */
      g_array_set_size (history->undo, 0);
      history->synced_size = -1;
      history->dev = file->dev;
      history->ino = file->ino;
    }
  return history;
}

/* Keeps the bytes in [from, to) that the last sync made durable, before
 * they are overwritten or cut off. Read through SQLite's own handle: opening
 * the file again and closing it would drop the process's locks on it. */
static void
save_undo (ShimFile *file,
           gint64    from,
           gint64    to)
{
  FileHistory *history = file_history (file);
  UndoEntry entry;
  guint8 *old;
  int rc;

  if (history->synced_size < 0)
    {
      sqlite3_int64 size = 0;

      g_assert_cmpint (REAL (file)->pMethods->xFileSize (REAL (file), &size), ==, SQLITE_OK);
      history->synced_size = size;
    }

  to = MIN (to, history->synced_size);
  if (from >= to)
    return;

  old = g_malloc (to - from);
  rc = REAL (file)->pMethods->xRead (REAL (file), old, (int) (to - from), from);
  g_assert_true (rc == SQLITE_OK || rc == SQLITE_IOERR_SHORT_READ);
  entry.offset = from;
  entry.old = g_bytes_new_take (old, to - from);
  g_array_append_val (history->undo, entry);
}

/*
 * After the power loss, with every file closed: each goes back to what its
 * last sync made durable. Creating and deleting files are taken as durable
 * (SQLite syncs the folder after creating a journal or log), so a file that
 * is gone, or was replaced by another under its name, is left as it is.
 */
static void
shim_apply_power_loss (void)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, shim.files);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      FileHistory *history = value;
      GStatBuf st;
      int fd;

      if (history->synced_size < 0 || g_stat (key, &st) != 0 || st.st_dev != history->dev
          || st.st_ino != history->ino)
        continue;

      fd = g_open (key, O_WRONLY | O_CLOEXEC, 0);
      g_assert_cmpint (fd, >=, 0);
      for (guint i = history->undo->len; i > 0; i--)
        {
          UndoEntry *entry = &g_array_index (history->undo, UndoEntry, i - 1);
          gsize size = 0;
          gconstpointer old = g_bytes_get_data (entry->old, &size);

          g_assert_cmpint (pwrite (fd, old, size, entry->offset), ==, (gssize) size);
        }
      g_assert_cmpint (ftruncate (fd, history->synced_size), ==, 0);
      close (fd);
    }
}

static int
shim_close (sqlite3_file *f)
{
  int rc = REAL (f)->pMethods->xClose (REAL (f));

  g_free (REAL (f));
  g_free (SHIM (f)->path);
  return rc;
}

static int
shim_read (sqlite3_file *f, void *buffer, int n, sqlite3_int64 offset)
{
  int rc = shim_fault (OP_READ, SHIM (f)->path);

  return rc != SQLITE_OK ? rc : REAL (f)->pMethods->xRead (REAL (f), buffer, n, offset);
}

static int
shim_write (sqlite3_file *f, const void *buffer, int n, sqlite3_int64 offset)
{
  int rc = shim_fault (OP_WRITE, SHIM (f)->path);

  if (rc != SQLITE_OK)
    return rc;
  if (recording_undo (SHIM (f)))
    save_undo (SHIM (f), offset, offset + n);
  return REAL (f)->pMethods->xWrite (REAL (f), buffer, n, offset);
}

static int
shim_truncate (sqlite3_file *f, sqlite3_int64 size)
{
  int rc = shim_fault (OP_TRUNCATE, SHIM (f)->path);

  if (rc != SQLITE_OK)
    return rc;
  if (recording_undo (SHIM (f)))
    save_undo (SHIM (f), size, G_MAXINT64);
  return REAL (f)->pMethods->xTruncate (REAL (f), size);
}

/*
 * The real fsync is never called: what a sync makes durable is what this
 * VFS models, and the disk's own only made the test slower (by a quarter).
 */
static int
shim_sync (sqlite3_file *f, int flags)
{
  int rc = shim_fault (OP_SYNC, SHIM (f)->path);

  if (rc != SQLITE_OK || shim.mode != SHIM_POWER_LOSS)
    return rc;

  if (++shim.n_syncs == shim.target && shim.in_sync)
    {
      shim_fire (OP_SYNC, SQLITE_IOERR_FSYNC, SHIM (f)->path);
      return SQLITE_IOERR_FSYNC;
    }
  if (SHIM (f)->path != NULL)
    {
      FileHistory *history = file_history (SHIM (f));

      g_array_set_size (history->undo, 0);
      history->synced_size = -1;
    }
  if (shim.n_syncs == shim.target)
    shim_fire (OP_SYNC, SQLITE_OK, SHIM (f)->path);
  return SQLITE_OK;
}

static int
shim_file_size (sqlite3_file *f, sqlite3_int64 *size)
{
  int rc = shim_fault (OP_FILE_SIZE, SHIM (f)->path);

  return rc != SQLITE_OK ? rc : REAL (f)->pMethods->xFileSize (REAL (f), size);
}

static int
shim_file_control (sqlite3_file *f, int op, void *arg)
{
  /* A size hint grows the file: nothing is written once the power is off. */
  if (op == SQLITE_FCNTL_SIZE_HINT && shim.mode == SHIM_POWER_LOSS && shim.fired)
    return SQLITE_IOERR_TRUNCATE;
  return REAL (f)->pMethods->xFileControl (REAL (f), op, arg);
}

static int
shim_shm_map (sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
  int rc = shim_fault (OP_SHM_MAP, SHIM (f)->path);

  return rc != SQLITE_OK ? rc : REAL (f)->pMethods->xShmMap (REAL (f), region, size, extend, out);
}

static int
shim_shm_unmap (sqlite3_file *f, int delete_flag)
{
  /* Unmapping frees memory either way; deleting is a write. */
  if (shim.mode == SHIM_POWER_LOSS && shim.fired)
    delete_flag = 0;
  return REAL (f)->pMethods->xShmUnmap (REAL (f), delete_flag);
}

/* Locks are no I/O: they pass, also once the power is off, so that closing
 * lets go of everything. */
static int shim_lock (sqlite3_file *f, int l) { return REAL (f)->pMethods->xLock (REAL (f), l); }
static int shim_unlock (sqlite3_file *f, int l) { return REAL (f)->pMethods->xUnlock (REAL (f), l); }
static int shim_check_reserved (sqlite3_file *f, int *out)
{ return REAL (f)->pMethods->xCheckReservedLock (REAL (f), out); }
static int shim_sector_size (sqlite3_file *f) { return REAL (f)->pMethods->xSectorSize (REAL (f)); }
static int shim_device (sqlite3_file *f)
{ return REAL (f)->pMethods->xDeviceCharacteristics (REAL (f)); }
static int shim_shm_lock (sqlite3_file *f, int o, int n, int fl)
{ return REAL (f)->pMethods->xShmLock (REAL (f), o, n, fl); }
static void shim_shm_barrier (sqlite3_file *f) { REAL (f)->pMethods->xShmBarrier (REAL (f)); }
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
  ShimFile *self = SHIM (file);
  int rc = shim_fault (OP_OPEN, name);
  GStatBuf st;

  self->base.pMethods = NULL;
  if (rc != SQLITE_OK)
    return rc;

  self->real = g_malloc0 (real_vfs->szOsFile);
  rc = real_vfs->xOpen (real_vfs, name, self->real, flags, out_flags);
  if (rc != SQLITE_OK || self->real->pMethods == NULL)
    {
      g_clear_pointer (&self->real, g_free);
      return rc;
    }

  self->path = NULL;
  if (name != NULL && (flags & SQLITE_OPEN_DELETEONCLOSE) == 0 && g_stat (name, &st) == 0)
    {
      self->path = g_strdup (name);
      self->dev = st.st_dev;
      self->ino = st.st_ino;
    }
  self->base.pMethods = &shim_methods;
  return SQLITE_OK;
}

static int
shim_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  int rc = shim_fault (OP_DELETE, name);

  return rc != SQLITE_OK ? rc : real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
shim_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  int rc = shim_fault (OP_ACCESS, name);

  return rc != SQLITE_OK ? rc : real_vfs->xAccess (real_vfs, name, flags, out);
}

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
    2, (int) sizeof (ShimFile), real_vfs->mxPathname, NULL, "ber-io-fault-shim", NULL,
    shim_open, shim_delete, shim_access, shim_full_pathname, NULL, NULL, NULL, NULL,
    shim_randomness, shim_sleep, shim_current_time, shim_last_error, shim_current_time_int64,
    NULL, NULL, NULL,
  };
  /* The default from now on: the store, the restore's own connections and
   * the checked copy all open their files through it. */
  g_assert_cmpint (sqlite3_vfs_register (&shim_vfs, 1), ==, SQLITE_OK);
  shim_reset (SHIM_OFF, 0, FALSE);
}

/* The saves */

typedef enum
{
  STATE_NONE,
  STATE_WHOLE,
  STATE_MIXED,
} SaveState;

typedef struct _Save Save;

struct _Save
{
  const char *name;
  const char *path;
  void      (*make_template) (Save *save, const char *register_path);
  /* Run on every fresh copy with the VFS off, before the save. */
  void      (*prepare)       (Save *save, BerStore *store);
  gboolean  (*run)           (Save *save, BerStore *store, GError **error);
  /* A line describing what the register holds. */
  SaveState (*state)         (Save *save, BerStore *store, char **description);

  gint64      network_id;
  gint64      membership_id;
  guint       n_history;
  gint64      meeting_id;
  guint       n_entries;
};

static char *
networks_fingerprint (BerStore *store)
{
  g_autoptr(BerQuery) query = ber_query_new ("network");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  ber_query_add_order (query, "name", FALSE);
  rows = ber_store_select (store, query, 0, G_MAXUINT, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *name = NULL;

      g_variant_lookup (g_ptr_array_index (rows, i), "name", "&s", &name);
      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", name);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gint64
add_network (BerStore   *store,
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

static BerStore *
open_register (const char *path)
{
  g_autoptr(GError) error = NULL;
  BerStore *store;

  g_assert_cmpint (shim.mode, ==, SHIM_OFF);
  store = ber_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

static BerStore *
new_register (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ber_store_create (path, NULL, NULL, &error));
  g_assert_no_error (error);
  return open_register (path);
}

/* (a) A change of membership: the open row ends and a new one begins. */

#define MEMBERSHIP_FROM "2015-01-01"
#define CHANGE_FROM "2024-07-01"

static gboolean
change_membership (BerStore   *store,
                   gint64      network_id,
                   const char *status,
                   const char *from,
                   GError    **error)
{
  g_autoptr(BerNetworks) networks = ber_networks_new (store);
  g_autoptr(BerMembership) membership = ber_membership_new ();

  g_object_set (membership, "network-id", network_id, "status", status, "from-on", from,
                "activity", "active", NULL);
  return ber_networks_change_membership (networks, membership, error);
}

static guint
history_length (BerStore   *store,
                const char *table,
                gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = ber_store_get_history (store, table, id, 1000, &error);

  g_assert_no_error (error);
  return rows->len;
}

static void
membership_template (Save       *save,
                     const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerQuery) query = ber_query_new ("membership");
  g_autoptr(GPtrArray) rows = NULL;
  BerStore *store = new_register (path);

  save->network_id = add_network (store, "ENSA");
  g_assert_true (change_membership (store, save->network_id, "member", MEMBERSHIP_FROM, &error));
  g_assert_no_error (error);

  rows = ber_store_select (store, query, 0, G_MAXUINT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &save->membership_id));
  save->n_history = history_length (store, "membership", save->membership_id);
  g_assert_finalize_object (store);
}

static gboolean
membership_run (Save      *save,
                BerStore  *store,
                GError   **error)
{
  return change_membership (store, save->network_id, "left", CHANGE_FROM, error);
}

static SaveState
membership_state (Save      *save,
                  BerStore  *store,
                  char     **description)
{
  g_autoptr(BerQuery) query = ber_query_new ("membership");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  guint n_history = history_length (store, "membership", save->membership_id);
  gboolean old_open = FALSE, old_ended = FALSE, new_open = FALSE;

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ,
                           g_variant_new_int64 (save->network_id));
  ber_query_add_order (query, "from_on", FALSE);
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (store, query, 0, G_MAXUINT, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *status = "", *from = "", *to = NULL;
      gint64 id = 0;

      g_variant_lookup (row, "id", "x", &id);
      g_variant_lookup (row, "status", "&s", &status);
      g_variant_lookup (row, "from_on", "&s", &from);
      g_variant_lookup (row, "to_on", "&s", &to);
      g_string_append_printf (out, "%s %s..%s; ", status, from, to != NULL ? to : "");
      if (i == 0)
        {
          old_open = id == save->membership_id && to == NULL;
          old_ended = id == save->membership_id && g_strcmp0 (to, CHANGE_FROM) == 0;
        }
      else if (i == 1)
        new_open = g_str_equal (status, "left") && g_str_equal (from, CHANGE_FROM) && to == NULL;
    }
  g_string_append_printf (out, "history of the old row: %u", n_history);
  *description = g_string_free (g_steal_pointer (&out), FALSE);

  if (rows->len == 1 && old_open && n_history == save->n_history)
    return STATE_NONE;
  if (rows->len == 2 && old_ended && new_open && n_history == save->n_history + 1)
    return STATE_WHOLE;
  return STATE_MIXED;
}

static Save membership_save = {
  .name = "membership change",
  .path = "/io-faults/membership-change",
  .make_template = membership_template,
  .run = membership_run,
  .state = membership_state,
};

/* (b) An agenda lock: § numbers for every entry, and the meeting locked. */

static void
agenda_template (Save       *save,
                 const char *path)
{
  static const char *points[][2] = {
    { "Sammanträdets öppnande", "start" },
    { "Val av justerare", "start" },
    { "Sammanträdets avslutande", "end" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  BerStore *store = new_register (path);
  BerMeetingSpec spec = { .held_on = "2026-04-20", .starts_at = "13:00", .place = "Regionens hus" };

  spec.body_id = ber_store_insert (store, "body",
                                   ber_store_values ("name", g_variant_new_string ("Regionstyrelsen"),
                                                     "short_name", g_variant_new_string ("RS"),
                                                     NULL),
                                   &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      ber_store_insert (store, "agenda_template_point",
                        ber_store_values ("body_id", g_variant_new_int64 (spec.body_id),
                                          "position", g_variant_new_int64 (i + 1),
                                          "title", g_variant_new_string (points[i][0]),
                                          "placement", g_variant_new_string (points[i][1]),
                                          NULL),
                        &error);
      g_assert_no_error (error);
    }

  save->meeting_id = ber_agenda_create_meeting (store, &spec, &error);
  g_assert_no_error (error);
  entries = ber_agenda_list_entries (store, save->meeting_id, &error);
  g_assert_no_error (error);
  save->n_entries = entries->len;
  g_assert_cmpuint (save->n_entries, ==, G_N_ELEMENTS (points));
  g_assert_finalize_object (store);
}

static gboolean
agenda_run (Save      *save,
            BerStore  *store,
            GError   **error)
{
  return ber_agenda_lock (store, save->meeting_id, error);
}

static SaveState
agenda_state (Save      *save,
              BerStore  *store,
              char     **description)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) meeting = ber_store_get (store, "meeting", save->meeting_id, &error);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const char *status = "";
  guint n_numbered = 0;
  gboolean in_order = TRUE;

  g_assert_no_error (error);
  g_variant_lookup (meeting, "status", "&s", &status);
  entries = ber_agenda_list_entries (store, save->meeting_id, &error);
  g_assert_no_error (error);

  g_string_append_printf (out, "%s; §", status);
  for (guint i = 0; i < entries->len; i++)
    {
      gint64 paragraph = 0;

      if (g_variant_lookup (g_ptr_array_index (entries, i), "paragraph", "x", &paragraph))
        n_numbered++;
      in_order = in_order && paragraph == i + 1;
      g_string_append_printf (out, " %" G_GINT64_FORMAT, paragraph);
    }
  *description = g_string_free (g_steal_pointer (&out), FALSE);

  if (entries->len != save->n_entries)
    return STATE_MIXED;
  if (g_str_equal (status, "planned") && n_numbered == 0)
    return STATE_NONE;
  if (g_str_equal (status, "agenda-locked") && n_numbered == entries->len && in_order)
    return STATE_WHOLE;
  return STATE_MIXED;
}

static Save agenda_save = {
  .name = "agenda lock",
  .path = "/io-faults/agenda-lock",
  .make_template = agenda_template,
  .run = agenda_run,
  .state = agenda_state,
};

/* (c) A restore from the daily snapshot, after work went on. The work after
 * the snapshot is written on every fresh copy, so that it is still in the
 * register's write-ahead log when the restore keeps the register as it was;
 * and the store stays open during the restore, as the window's does. */

#define SNAPSHOT_CONTENT "AER|ENSA"
#define BEFORE_CONTENT "AER|ENSA|Euregha"

static void
restore_template (Save       *save,
                  const char *path)
{
  g_autoptr(GError) error = NULL;
  BerStore *store = new_register (path);

  add_network (store, "ENSA");
  add_network (store, "AER");
  g_assert_true (ber_store_snapshot (store, "daily", NULL, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);
}

static void
restore_prepare (Save     *save,
                 BerStore *store)
{
  g_autofree char *content = NULL;

  add_network (store, "Euregha");
  content = networks_fingerprint (store);
  g_assert_cmpstr (content, ==, BEFORE_CONTENT);
}

static char *
daily_snapshot (const char *register_path)
{
  g_autoptr(GPtrArray) backups = ber_backup_list (register_path);

  for (guint i = 0; i < backups->len; i++)
    {
      BerBackup *backup = g_ptr_array_index (backups, i);

      if (g_str_equal (backup->reason, "daily"))
        return g_strdup (backup->path);
    }
  g_assert_not_reached ();
}

static gboolean
restore_run (Save      *save,
             BerStore  *store,
             GError   **error)
{
  /* Listing the backups reads folders, not databases: it counts nothing. */
  g_autofree char *snapshot = daily_snapshot (ber_store_get_path (store));

  return ber_backup_restore (ber_store_get_path (store), snapshot, error);
}

static SaveState
restore_state (Save      *save,
               BerStore  *store,
               char     **description)
{
  *description = networks_fingerprint (store);

  if (g_str_equal (*description, BEFORE_CONTENT))
    return STATE_NONE;
  if (g_str_equal (*description, SNAPSHOT_CONTENT))
    return STATE_WHOLE;
  return STATE_MIXED;
}

static Save restore_save = {
  .name = "restore",
  .path = "/io-faults/restore",
  .make_template = restore_template,
  .prepare = restore_prepare,
  .run = restore_run,
  .state = restore_state,
};


/* Trials */

typedef struct
{
  Save       *save;
  char       *dir;
  char       *template_dir;
  char       *trial_dir;
  char       *register_path;
  char       *daily_checksum;
  char       *label;        /* the trial at work */
  const char *kind;         /* the kind of fault it is */
  guint       n_recovered;  /* faults SQLite recovered from: the save succeeded */
  guint       n_by_code[BER_STORE_ERROR_CONFLICT + 1];
  guint       n_wrong;
  GHashTable *wrong_kinds;  /* what went wrong, its numbers left out → how often */
  GRegex     *temp_name;
  GRegex     *number;
} Run;

static void
run_free (Run *run)
{
  ber_test_remove_tree (run->dir);
  g_free (run->dir);
  g_free (run->template_dir);
  g_free (run->trial_dir);
  g_free (run->register_path);
  g_free (run->daily_checksum);
  g_free (run->label);
  g_hash_table_unref (run->wrong_kinds);
  g_regex_unref (run->temp_name);
  g_regex_unref (run->number);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

static void wrong (Run        *run,
                   const char *format,
                   ...) G_GNUC_PRINTF (2, 3);

/*
 * Something the program got wrong at this point. The trials go on, so that
 * one run shows every point and every way it goes wrong; each way is told
 * once, with the first point it happened at, and the test fails at the end.
 */
static void
wrong (Run        *run,
       const char *format,
       ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  g_autofree char *without_temp = NULL;
  g_autofree char *without_numbers = NULL;
  char *kind;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  line = g_strdup_printf ("%s, %s: %s", run->save->name, run->label, message);
  /* The same fault of another operation of its kind goes wrong the same way. */
  without_temp = g_regex_replace (run->temp_name, message, -1, 0, "\\1XXXXXX", 0, NULL);
  without_numbers = g_regex_replace_literal (run->number, without_temp, -1, 0, "#", 0, NULL);
  kind = g_strdup_printf ("%s, %s: %s", run->save->name, run->kind, without_numbers);

  run->n_wrong++;
  if (!g_hash_table_contains (run->wrong_kinds, kind))
    g_test_message ("%s", line);
  g_hash_table_insert (run->wrong_kinds, kind,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (run->wrong_kinds,
                                                                                kind)) + 1));
}

static void
set_label (Run        *run,
           const char *kind,
           const char *format,
           ...) G_GNUC_PRINTF (3, 4);

static void
set_label (Run        *run,
           const char *kind,
           const char *format,
           ...)
{
  va_list args;

  run->kind = kind;
  g_free (run->label);
  va_start (args, format);
  run->label = g_strdup_vprintf (format, args);
  va_end (args);
}

static void
copy_tree (const char *from,
           const char *to)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  g_assert_cmpint (g_mkdir (to, 0700), ==, 0);
  dir = g_dir_open (from, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *dest = g_build_filename (to, name, NULL);
      g_autoptr(GFile) source_file = g_file_new_for_path (source);
      g_autoptr(GFile) dest_file = g_file_new_for_path (dest);

      if (g_file_test (source, G_FILE_TEST_IS_DIR))
        {
          copy_tree (source, dest);
          continue;
        }
      g_assert_true (g_file_copy (source_file, dest_file, G_FILE_COPY_NONE, NULL, NULL, NULL,
                                  &error));
      g_assert_no_error (error);
    }
}

static Run *
run_new (Save *save)
{
  Run *run = g_new0 (Run, 1);
  g_autofree char *template_path = NULL;

  run->save = save;
  run->wrong_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  run->temp_name = g_regex_new ("(" BER_STORE_TEMP_PREFIX "[a-z]+-)[A-Za-z0-9]{6}", 0, 0, NULL);
  run->number = g_regex_new ("[0-9]+", 0, 0, NULL);
  run->dir = ber_test_make_tmpdir ();
  run->template_dir = g_build_filename (run->dir, "template", NULL);
  run->trial_dir = g_build_filename (run->dir, "trial", NULL);
  run->register_path = g_build_filename (run->trial_dir, "register.db", NULL);
  template_path = g_build_filename (run->template_dir, "register.db", NULL);

  g_assert_cmpint (g_mkdir (run->template_dir, 0700), ==, 0);
  save->make_template (save, template_path);
  if (save == &restore_save)
    {
      g_autofree char *daily = daily_snapshot (template_path);

      run->daily_checksum = ber_test_file_checksum (daily);
    }
  return run;
}

/* Every trial starts from the same bytes, with no file open. */
static BerStore *
open_trial (Run *run)
{
  BerStore *store;

  ber_test_remove_tree (run->trial_dir);
  copy_tree (run->template_dir, run->trial_dir);
  store = open_register (run->register_path);
  if (run->save->prepare != NULL)
    run->save->prepare (run->save, store);
  return store;
}

#define ONLY_NONE (1 << STATE_NONE)
#define ONLY_WHOLE (1 << STATE_WHOLE)
#define WHOLE_OR_NONE (ONLY_NONE | ONLY_WHOLE)

static const char *state_names[] = { "none of the save", "the whole save", "part of the save" };

/* Returns: the state, or -1 when it is not one of @allowed */
static int
check_state (Run        *run,
             BerStore   *store,
             guint       allowed,
             const char *when)
{
  g_autofree char *description = NULL;
  SaveState state = run->save->state (run->save, store, &description);

  if ((allowed & (1 << state)) != 0)
    return state;

  wrong (run, "%s, the register holds %s (%s)", when, state_names[state], description);
  return -1;
}

/* A failed save explains itself in a sentence meant for a user: an I/O
 * error as one, a full disk as a full disk. */
static void
check_error (Run    *run,
             GError *error,
             int     fault)
{
  BerStoreError expected = fault == SQLITE_FULL ? BER_STORE_ERROR_FULL : BER_STORE_ERROR_IO;

  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, !=, "");
  if (error->domain != BER_STORE_ERROR || error->code != (int) expected
      || strstr (error->message, "not an error") != NULL
      || strstr (error->message, "unknown error") != NULL)
    wrong (run, "\"%s\" (%s %d, expected %d)", error->message, g_quark_to_string (error->domain),
           error->code, expected);
  else
    run->n_by_code[error->code]++;
}

static void
check_no_leftovers (Run        *run,
                    const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, BER_STORE_TEMP_PREFIX) || g_str_has_suffix (name, ".partial"))
      wrong (run, "%s is left in %s", name, folder);
}

/* One text value, from a connection of the test's own. */
static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* The networks in a backup, which must be sound. Read without a store:
 * opening one writes to the file and checks the whole schema, which only
 * made the test slower. */
static char *
backup_content (const char *path)
{
  g_autofree char *integrity = NULL;
  sqlite3 *db = NULL;
  char *names;

  g_assert_cmpint (shim.mode, ==, SHIM_OFF);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  integrity = query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  names = query_text (db, "SELECT group_concat (name, '|') "
                          "FROM (SELECT name FROM network ORDER BY name)");
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return names;
}

/* Whatever is listed as a backup is a whole one: the daily snapshot as it
 * was made, and the register as it was just before a restore. */
static void
check_backups (Run *run)
{
  g_autoptr(GPtrArray) backups = ber_backup_list (run->register_path);
  g_autofree char *folder = g_build_filename (run->trial_dir, "backups", NULL);

  check_no_leftovers (run, run->trial_dir);
  check_no_leftovers (run, folder);
  if (run->save != &restore_save)
    g_assert_cmpuint (backups->len, ==, 0);

  for (guint i = 0; i < backups->len; i++)
    {
      BerBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *checksum = NULL;
      g_autofree char *content = NULL;

      if (g_str_equal (backup->reason, "daily"))
        {
          checksum = ber_test_file_checksum (backup->path);
          g_assert_cmpstr (checksum, ==, run->daily_checksum);
          continue;
        }

      g_assert_cmpstr (backup->reason, ==, "before-restore");
      content = backup_content (backup->path);
      if (!g_str_equal (content, BEFORE_CONTENT))
        wrong (run, "the backup made before the restore holds %s, the register held %s",
               content, BEFORE_CONTENT);
    }
}

/* Opens the register after a trial; %NULL (told) when it does not open
 * or does not pass the integrity check. */
static BerStore *
reopen (Run *run)
{
  g_autoptr(GError) error = NULL;
  BerStore *store;

  g_assert_cmpint (shim.mode, ==, SHIM_OFF);
  store = ber_store_open (run->register_path, &error);
  if (store != NULL && !ber_store_check_integrity (store, &error))
    g_clear_object (&store);
  if (store == NULL)
    wrong (run, "the register is not sound: %s", error->message);
  return store;
}

/* The register after a trial is sound, and holds the whole save. */
static void
check_register (Run *run)
{
  BerStore *store = reopen (run);

  if (store == NULL)
    return;
  check_state (run, store, ONLY_WHOLE, "reopened");
  g_assert_finalize_object (store);
  check_backups (run);
}

/* Runs the save once, counting its I/O. */
static void
count_io (Run   *run,
          guint *n_ops,
          guint *n_syncs,
          guint  n_by_op[N_OPS])
{
  g_autoptr(GError) error = NULL;
  BerStore *store;
  gboolean ok;

  set_label (run, "counting", "counting");
  store = open_trial (run);
  shim_reset (SHIM_COUNT, 0, FALSE);
  ok = run->save->run (run->save, store, &error);
  *n_ops = shim.n_ops;
  *n_syncs = shim.n_syncs;
  memcpy (n_by_op, shim.n_by_op, sizeof shim.n_by_op);
  shim_reset (SHIM_OFF, 0, FALSE);

  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (check_state (run, store, ONLY_WHOLE, "after the save"), ==, STATE_WHOLE);
  g_assert_finalize_object (store);
  check_register (run);
}

/* Operation @k fails; then the user tries again on the same store. */
static void
fail_at (Run   *run,
         guint  k)
{
  g_autoptr(GError) error = NULL;
  BerStore *store;
  gboolean ok;
  int fault;

  store = open_trial (run);
  shim_reset (SHIM_FAIL_AT, k, FALSE);
  ok = run->save->run (run->save, store, &error);
  if (!shim.fired)
    g_test_message ("%s: operation %u was not reached", run->save->name, k);
  g_assert_true (shim.fired);
  set_label (run, op_names[shim.fired_op], "operation %u (%s of %s failing with %d)", k,
             op_names[shim.fired_op], shim.fired_file, shim.fired_code);
  fault = shim.fired_code;
  shim_reset (SHIM_OFF, 0, FALSE);

  if (ok)
    {
      g_assert_no_error (error);
      run->n_recovered++;
      ok = check_state (run, store, ONLY_WHOLE, "after a save that succeeded") >= 0;
    }
  else
    {
      check_error (run, error, fault);
      g_clear_error (&error);
      /* Written all the same, the retry would make a second change. */
      ok = check_state (run, store, ONLY_NONE, "after a save that failed") >= 0;
      if (ok)
        {
          ok = run->save->run (run->save, store, &error);
          if (!ok)
            wrong (run, "the retry failed: %s", error->message);
          else
            ok = check_state (run, store, ONLY_WHOLE, "after the retry") >= 0;
        }
    }
  g_assert_finalize_object (store);
  /* The trial stops at what went wrong first. */
  if (ok)
    check_register (run);
}

/* The power goes at sync @j: before it is done, or just after. */
static void
lose_power (Run      *run,
            guint     j,
            gboolean  in_sync)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *shm = g_strconcat (run->register_path, "-shm", NULL);
  BerStore *store;
  int state;

  store = open_trial (run);
  shim_reset (SHIM_POWER_LOSS, j, in_sync);
  /* It fails or succeeds: either way the machine is off by now. */
  run->save->run (run->save, store, &error);
  g_clear_error (&error);
  g_assert_true (shim.fired);
  set_label (run, in_sync ? "power lost during a sync" : "power lost after a sync",
             "power lost %s sync %u (of %s)", in_sync ? "during" : "after", j,
             shim.fired_file);
  /* Closing writes nothing now; the store must let go all the same. */
  g_assert_finalize_object (store);

  shim_apply_power_loss ();
  shim_reset (SHIM_OFF, 0, FALSE);
  /* Shared memory does not survive a reboot. */
  g_assert_true (g_unlink (shm) == 0 || errno == ENOENT);

  store = reopen (run);
  if (store == NULL)
    return;
  state = check_state (run, store, WHOLE_OR_NONE, "after the reboot");
  if (state == STATE_NONE)
    {
      /* Lost whole, the save can be made again. */
      if (!run->save->run (run->save, store, &error))
        wrong (run, "saving again failed: %s", error->message);
      else
        check_state (run, store, ONLY_WHOLE, "after saving again");
    }
  else if (state == STATE_WHOLE)
    {
      /* Kept whole, the register takes the next save. */
      add_network (store, "Eurocities");
    }
  g_assert_finalize_object (store);
  check_backups (run);
}

static guint
stride (void)
{
  const char *text = g_getenv ("BEREDNING_IO_FAULTS_STRIDE");
  guint64 n = text != NULL ? g_ascii_strtoull (text, NULL, 10) : 1;

  return n > 0 ? (guint) n : 1;
}

static void
test_save (gconstpointer data)
{
  Save *save = (Save *) data;
  g_autoptr(Run) run = run_new (save);
  g_autoptr(GString) by_op = g_string_new (NULL);
  g_autoptr(GString) by_code = g_string_new (NULL);
  gint64 start = g_get_monotonic_time ();
  guint n_ops = 0, n_syncs = 0;
  guint n_by_op[N_OPS];
  g_autoptr(GList) kinds = NULL;

  count_io (run, &n_ops, &n_syncs, n_by_op);
  g_assert_cmpuint (n_ops, >, 0);
  g_assert_cmpuint (n_syncs, >, 0);

  /* The sanitizer pass of tools/test.sh, many times slower, tries every
   * n-th point (BEREDNING_IO_FAULTS_STRIDE); the plain pass tries all. */
  for (guint k = 1; k <= n_ops; k += stride ())
    fail_at (run, k);
  for (guint j = 1; j <= n_syncs; j++)
    {
      lose_power (run, j, TRUE);
      lose_power (run, j, FALSE);
    }

  for (guint op = 0; op < N_OPS; op++)
    if (n_by_op[op] > 0)
      g_string_append_printf (by_op, "%s%u %s", by_op->len > 0 ? ", " : "", n_by_op[op],
                              op_names[op]);
  for (guint code = 0; code < G_N_ELEMENTS (run->n_by_code); code++)
    if (run->n_by_code[code] > 0)
      g_string_append_printf (by_code, ", %u with error %u", run->n_by_code[code], code);
  g_test_message ("%s: %u of its %u I/O operations failed in turn (%s), %u power losses "
                  "(during and after each of %u syncs); %u saves recovered%s; %.1f s",
                  save->name, (n_ops + stride () - 1) / stride (), n_ops, by_op->str,
                  2 * n_syncs, n_syncs, run->n_recovered,
                  by_code->str, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  kinds = g_list_sort (g_hash_table_get_keys (run->wrong_kinds), (GCompareFunc) strcmp);
  for (GList *l = kinds; l != NULL; l = l->next)
    g_test_message ("%u times: %s",
                    GPOINTER_TO_UINT (g_hash_table_lookup (run->wrong_kinds, l->data)),
                    (const char *) l->data);
  /* Failed, not aborted: the other saves are tried too. */
  if (run->n_wrong > 0)
    g_test_fail_printf ("%s: %u points went wrong in %u ways", save->name, run->n_wrong,
                        g_hash_table_size (run->wrong_kinds));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  /* Before anything opens a database. */
  install_shim ();

  g_test_add_data_func (membership_save.path, &membership_save, test_save);
  g_test_add_data_func (agenda_save.path, &agenda_save, test_save);
  g_test_add_data_func (restore_save.path, &restore_save, test_save);

  status = g_test_run ();
  shim_reset (SHIM_OFF, 0, FALSE);
  g_clear_pointer (&shim.files, g_hash_table_unref);
  return status;
}
