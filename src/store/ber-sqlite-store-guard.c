/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "ber-sqlite-store-private.h"

/*
 * SQLite tells the programs on a register apart by POSIX advisory locks:
 * while a connection in WAL mode is open it holds a read lock on the
 * database file's shared-lock range and one on the "dead man switch" byte
 * of the -shm file. A connection that closes and finds no one else's lock
 * checkpoints the log and deletes it; one that opens and finds no lock on
 * the switch starts the shared memory afresh.
 *
 * A process loses all its POSIX locks on a file as soon as it closes any
 * descriptor of that file. GTK's file chooser does just that when it shows
 * the register's folder: it opens each file to guess its type, and closes
 * it. After that, the next program to close the register deleted the
 * write-ahead log under the open window, and every later save of the window
 * went to a deleted file.
 *
 * So each register open in this process is also held by open file
 * description (OFD) locks on the same bytes, taken on descriptors of their
 * own. Other processes see them as SQLite's own locks, and closing some
 * other descriptor of the file leaves them in place. They are let go when
 * the last store of the process on that file closes: closing their
 * descriptors drops this process's POSIX locks on the file too, which is
 * harmless only once no other connection of the process needs them.
 */

/* SQLite's unix VFS: the shared-lock range of the database file… */
#define SQLITE_SHARED_FIRST (0x40000000 + 2)
#define SQLITE_SHARED_SIZE 510
/* …and the dead man switch of the -shm file, after its eight locks. */
#define SQLITE_SHM_DMS ((22 + 8) * 4 + 8)

typedef struct
{
  dev_t device;
  ino_t inode;
  int   database_fd;
  int   shm_fd;
  guint holders;
} Guard;

static GMutex guards_lock;
static GArray *guards; /* of Guard */

static int
hold_range (const char *path,
            off_t       start,
            off_t       length)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);

#ifdef F_OFD_SETLK
  if (fd >= 0)
    {
      struct flock lock = { 0 };

      lock.l_type = F_RDLCK;
      lock.l_whence = SEEK_SET;
      lock.l_start = start;
      lock.l_len = length;
      /* The descriptor stays open even without its lock: closing it now
       * would drop the locks SQLite holds in this process. */
      if (fcntl (fd, F_OFD_SETLK, &lock) != 0)
        g_debug ("No lock of its own on “%s”: %s", path, g_strerror (errno));
    }
#endif
  return fd;
}

/*
 * Holds the register of @self as its SQLite connection holds it, for as
 * long as @self is open. Call once the connection has read the register in
 * WAL mode, so that its -shm file exists.
 */
void
_ber_sqlite_store_hold_file (BerSqliteStore *self)
{
  g_autofree char *shm_path = NULL;
  GStatBuf st;
  Guard guard = { 0 };

  if (self->holds_file || g_stat (self->path, &st) != 0)
    return;

  g_mutex_lock (&guards_lock);
  if (guards == NULL)
    guards = g_array_new (FALSE, TRUE, sizeof (Guard));
  for (guint i = 0; i < guards->len && guard.holders == 0; i++)
    {
      Guard *held = &g_array_index (guards, Guard, i);

      if (held->device == st.st_dev && held->inode == st.st_ino)
        guard.holders = ++held->holders;
    }
  if (guard.holders == 0)
    {
      shm_path = g_strconcat (self->path, "-shm", NULL);
      guard.device = st.st_dev;
      guard.inode = st.st_ino;
      guard.database_fd = hold_range (self->path, SQLITE_SHARED_FIRST, SQLITE_SHARED_SIZE);
      guard.shm_fd = hold_range (shm_path, SQLITE_SHM_DMS, 1);
      guard.holders = 1;
      g_array_append_val (guards, guard);
    }
  self->holds_file = TRUE;
  self->held_device = st.st_dev;
  self->held_inode = st.st_ino;
  g_mutex_unlock (&guards_lock);
}

/* Lets go of what _ber_sqlite_store_hold_file() took: call before the
 * connection closes, so that the last one closes the register cleanly. */
void
_ber_sqlite_store_release_file (BerSqliteStore *self)
{
  if (!self->holds_file)
    return;

  g_mutex_lock (&guards_lock);
  for (guint i = 0; guards != NULL && i < guards->len; i++)
    {
      Guard *held = &g_array_index (guards, Guard, i);

      if (held->device != self->held_device || held->inode != self->held_inode)
        continue;
      if (--held->holders == 0)
        {
          if (held->database_fd >= 0)
            close (held->database_fd);
          if (held->shm_fd >= 0)
            close (held->shm_fd);
          g_array_remove_index_fast (guards, i);
        }
      break;
    }
  self->holds_file = FALSE;
  g_mutex_unlock (&guards_lock);
}
