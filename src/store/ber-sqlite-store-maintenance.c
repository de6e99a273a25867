/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/file.h>
#include <unistd.h>

#include "ber-sqlite-store-private.h"

/* Integrity checks and copies of the register. */

gboolean
_ber_sqlite_store_check_integrity (BerStore  *store,
                           GError   **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;


  stmt = _ber_sqlite_store_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      /* A page that could not be read is a failing disk or file, not
       * damage in the register: "… unable to get the page. error code=266". */
      if (line != NULL && strstr (line, "unable to get the page") != NULL)
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                       _("The register could not be read to the end (%s). Check that the "
                         "disk and the folder are accessible, and check it again."), line);
          return FALSE;
        }
      if (g_strcmp0 (line, "ok") != 0)
        g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", line);
    }
  if (rc != SQLITE_DONE)
    return _ber_sqlite_store_set_error (self, error, rc);

  stmt_release (g_steal_pointer (&stmt));
  stmt = _ber_sqlite_store_prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (problems, "%sforeign key in %s row %lld",
                            problems->len ? "; " : "",
                            (const char *) sqlite3_column_text (stmt, 0),
                            (long long) sqlite3_column_int64 (stmt, 1));
  if (rc != SQLITE_DONE)
    return _ber_sqlite_store_set_error (self, error, rc);

  if (problems->len > 0)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CORRUPT,
                   _("The register is damaged (%s). Restore it from a backup."), problems->str);
      return FALSE;
    }

  return TRUE;
}

gboolean
_ber_sqlite_store_sync_path (const char  *path,
           gboolean     directory,
           GError     **error)
{
  int fd = open (path, (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, BER_STORE_ERROR, saved == ENOSPC ? BER_STORE_ERROR_FULL : BER_STORE_ERROR_IO,
                   _("“%s” could not be written to disk: %s"), path, g_strerror (saved));
      return FALSE;
    }

  close (fd);
  return TRUE;
}

/**
 * ber_store_vacuum_into:
 * @dest: a file that does not exist yet, or an empty one (as g_mkstemp()
 *   makes it)
 *
 * Writes a consistent, compact copy of the register to @dest (mode 0600),
 * from a read transaction, so writes by others are neither blocked for long
 * nor half-copied, and syncs it to disk.
 */
gboolean
ber_store_vacuum_into (BerStore    *store,
                       const char  *dest,
                       GError     **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GStatBuf st;
  int fd;
  int rc;

  g_return_val_if_fail (dest != NULL, FALSE);

  /* VACUUM INTO takes an empty file: make it first, readable by its owner only. */
  fd = g_open (dest, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0 || fstat (fd, &st) != 0 || st.st_size != 0 || !S_ISREG (st.st_mode))
    {
      int saved = fd < 0 ? errno : EEXIST;

      if (fd >= 0)
        close (fd);
      g_set_error (error, BER_STORE_ERROR,
                   saved == ENOSPC ? BER_STORE_ERROR_FULL
                   : saved == EEXIST ? BER_STORE_ERROR_EXISTS
                   : (saved == EACCES || saved == EROFS) ? BER_STORE_ERROR_READ_ONLY
                   : BER_STORE_ERROR_IO,
                   _("The copy “%s” could not be created: %s"), dest, g_strerror (saved));
      return FALSE;
    }
  fchmod (fd, 0600);
  close (fd);

  stmt = _ber_sqlite_store_prepare (self, "VACUUM INTO ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, dest, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return _ber_sqlite_store_set_error (self, error, rc);

  return _ber_sqlite_store_sync_path (dest, FALSE, error);
}

/* Replacing a register */

/*
 * Copies the bytes of a file SQLite has open, through SQLite's own file
 * handle: opening the register a second time and closing it would drop the
 * locks this process holds on it.
 */
static gboolean
copy_open_file (sqlite3_file   *file,
                sqlite3_int64   length,
                const char     *dest,
                GError        **error)
{
  g_autofree char *buffer = g_malloc (64 * 1024);
  sqlite3_int64 size = length;
  int fd;
  int rc;

  if (size < 0 && (rc = file->pMethods->xFileSize (file, &size)) != SQLITE_OK)
    return _ber_sqlite_store_set_error_code (error, rc, sqlite3_errstr (rc));

  fd = g_open (dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, BER_STORE_ERROR,
                   saved == ENOSPC ? BER_STORE_ERROR_FULL : BER_STORE_ERROR_IO,
                   _("The copy “%s” could not be created: %s"), dest, g_strerror (saved));
      return FALSE;
    }

  for (sqlite3_int64 offset = 0; offset < size; )
    {
      int n = (int) MIN ((sqlite3_int64) 64 * 1024, size - offset);

      rc = file->pMethods->xRead (file, buffer, n, offset);

      if (rc != SQLITE_OK || write (fd, buffer, n) != n)
        {
          int saved = errno;

          close (fd);
          g_unlink (dest);
          g_set_error (error, BER_STORE_ERROR,
                       saved == ENOSPC ? BER_STORE_ERROR_FULL : BER_STORE_ERROR_IO,
                       _("The copy “%s” could not be written: %s"), dest,
                       rc != SQLITE_OK ? sqlite3_errstr (rc) : g_strerror (saved));
          return FALSE;
        }
      offset += n;
    }

  if (fsync (fd) != 0)
    {
      int saved = errno;

      close (fd);
      g_unlink (dest);
      g_set_error (error, BER_STORE_ERROR,
                   saved == ENOSPC ? BER_STORE_ERROR_FULL : BER_STORE_ERROR_IO,
                   _("“%s” could not be written to disk: %s"), dest, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/*
 * The length of the write-ahead log that holds committed transactions: its
 * header and the frames up to the wal-index's mxFrame. Frames beyond it are
 * left by a transaction that failed (its commit never reached the disk);
 * copied, a recovery from the copy would take them for committed. The
 * wal-index is mapped through SQLite's own handle, and stands still while
 * the write lock is held. Returns -1 when it cannot be read.
 */
static sqlite3_int64
committed_wal_length (sqlite3_file *main_file)
{
  void volatile *region = NULL;
  guint32 max_frame;
  guint16 page_size;
  guint64 size;

  if (main_file->pMethods->iVersion < 2 || main_file->pMethods->xShmMap == NULL
      || main_file->pMethods->xShmMap (main_file, 0, 32 * 1024, 0, &region) != SQLITE_OK
      || region == NULL)
    return -1;

  /* WalIndexHdr (sqlite.org/walformat.html): szPage at 14, mxFrame at 16, native order. */
  memcpy (&page_size, (const char *) region + 14, sizeof page_size);
  memcpy (&max_frame, (const char *) region + 16, sizeof max_frame);
  size = page_size == 1 ? 65536 : page_size;
  return max_frame == 0 ? 0 : 32 + (sqlite3_int64) max_frame * (24 + (sqlite3_int64) size);
}

/*
 * Keeps the register as it is, byte for byte, with the committed part of
 * its write-ahead log, as @keep_path and @keep_path-wal: written under
 * temporary names first, so that an interruption leaves no half copy under
 * the final name.
 */
static gboolean
keep_open_register (sqlite3     *db,
                    const char  *keep_path,
                    GError     **error)
{
  sqlite3_file *main_file = NULL;
  sqlite3_file *wal_file = NULL;
  g_autofree char *keep_tmp = g_strconcat (keep_path, ".partial", NULL);
  g_autofree char *wal_path = g_strconcat (keep_path, "-wal", NULL);
  g_autofree char *wal_tmp = g_strconcat (keep_path, "-wal.partial", NULL);
  g_autofree char *dir = g_path_get_dirname (keep_path);
  sqlite3_int64 wal_size = 0;
  int rc;

  sqlite3_file_control (db, "main", SQLITE_FCNTL_FILE_POINTER, &main_file);
  sqlite3_file_control (db, "main", SQLITE_FCNTL_JOURNAL_POINTER, &wal_file);
  if (main_file == NULL || main_file->pMethods == NULL)
    return _ber_sqlite_store_set_error_code (error, SQLITE_IOERR, keep_path);

  if (wal_file != NULL && wal_file->pMethods != NULL)
    {
      sqlite3_int64 committed = committed_wal_length (main_file);

      rc = wal_file->pMethods->xFileSize (wal_file, &wal_size);
      if (rc != SQLITE_OK)
        return _ber_sqlite_store_set_error_code (error, rc, sqlite3_errstr (rc));
      if (committed >= 0 && committed < wal_size)
        wal_size = committed;
    }

  if (!copy_open_file (main_file, -1, keep_tmp, error)
      || (wal_size > 0 && !copy_open_file (wal_file, wal_size, wal_tmp, error)))
    {
      g_unlink (keep_tmp);
      g_unlink (wal_tmp);
      return FALSE;
    }

  /* The log first: a copy of the register never stands without its log. */
  if ((wal_size > 0 && g_rename (wal_tmp, wal_path) != 0) || g_rename (keep_tmp, keep_path) != 0)
    {
      int saved = errno;

      g_unlink (keep_tmp);
      g_unlink (wal_tmp);
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                   _("The copy “%s” could not be put in place: %s"), keep_path,
                   g_strerror (saved));
      return FALSE;
    }

  return _ber_sqlite_store_sync_path (dir, TRUE, error);
}

/* A file that is no SQLite database, or one too damaged to be read:
 * nobody can be writing to it through SQLite, so it is copied as a file and
 * replaced by a rename. */
static gboolean
replace_non_database (const char  *register_path,
                      const char  *source_path,
                      const char  *keep_path,
                      GError     **error)
{
  g_autoptr(GFile) from = g_file_new_for_path (register_path);
  g_autoptr(GFile) to = g_file_new_for_path (keep_path);
  g_autofree char *dir = g_path_get_dirname (register_path);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_copy (from, to, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL, &local_error))
    {
      g_set_error (error, BER_STORE_ERROR,
                   g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE)
                   ? BER_STORE_ERROR_FULL : BER_STORE_ERROR_IO,
                   _("The register “%s” could not be kept before the restore: %s"),
                   register_path, local_error->message);
      return FALSE;
    }
  g_chmod (keep_path, 0600);
  if (!_ber_sqlite_store_sync_path (keep_path, FALSE, error))
    return FALSE;

  if (g_rename (source_path, register_path) != 0)
    {
      int saved = errno;

      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                   _("The register “%s” could not be replaced: %s"), register_path,
                   g_strerror (saved));
      return FALSE;
    }

  return _ber_sqlite_store_sync_path (dir, TRUE, error);
}

/**
 * ber_store_replace_file:
 * @register_path: the register to replace, which other programs may have open
 * @source_path: a checked register of the current schema to copy in
 * @keep_path: where the register as it was is kept, byte for byte (its log
 *   beside it as @keep_path-wal)
 *
 * Replaces the content of a register through SQLite, in one write
 * transaction. The register's write lock is taken first (waiting as long as
 * the busy timeout for another writer to finish), the register as it is
 * then is kept, and only then is the content replaced: a commit by another
 * program is either in the kept copy or was made after the restore, never
 * lost. Other programs that have the register open see the restored content
 * at their next read.
 */
gboolean
ber_store_replace_file (const char  *register_path,
                        const char  *source_path,
                        const char  *keep_path,
                        GError     **error)
{
  sqlite3 *dest = NULL;
  sqlite3 *source = NULL;
  sqlite3_backup *backup = NULL;
  gboolean ok = FALSE;
  int rc;

  g_return_val_if_fail (register_path != NULL && source_path != NULL && keep_path != NULL, FALSE);

  rc = sqlite3_open_v2 (register_path, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_open_v2 (source_path, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      _ber_sqlite_store_set_error_code (error, rc, sqlite3_errstr (rc));
      goto out;
    }
  sqlite3_extended_result_codes (dest, 1);
  sqlite3_busy_timeout (dest, BER_STORE_BUSY_TIMEOUT_MS);

  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    {
      _ber_sqlite_store_set_error_code (error, sqlite3_errcode (dest), sqlite3_errmsg (dest));
      goto out;
    }

  /* Copying no page yet takes the write lock and holds it to the end. */
  rc = sqlite3_backup_step (backup, 0);
  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
    {
      sqlite3_backup_finish (backup);
      backup = NULL;
      sqlite3_close (dest);
      dest = NULL;
      ok = replace_non_database (register_path, source_path, keep_path, error);
      goto out;
    }
  if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_BUSY,
                   _("Another program is writing to the register, so it was not restored. "
                     "Wait until it has finished, or close it, and restore again."));
      goto out;
    }
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      _ber_sqlite_store_set_error_code (error, rc, sqlite3_errstr (rc));
      goto out;
    }

  if (!keep_open_register (dest, keep_path, error))
    goto out;

  rc = sqlite3_backup_step (backup, -1);
  if (rc != SQLITE_DONE)
    {
      _ber_sqlite_store_set_error_code (error, rc, sqlite3_errstr (rc));
      goto out;
    }
  ok = TRUE;

out:
  if (backup != NULL)
    {
      rc = sqlite3_backup_finish (backup);
      if (ok && rc != SQLITE_OK)
        ok = _ber_sqlite_store_set_error_code (error, rc, sqlite3_errstr (rc));
    }
  sqlite3_close (source);
  sqlite3_close (dest);
  return ok;
}

/* Temporary files */

/**
 * ber_store_make_temp:
 * @dir: the folder
 * @kind: a word for what the file is, e.g. "backup"
 * @path: (out): the new file's path
 *
 * Makes a hidden, empty file (mode 0600) named BER_STORE_TEMP_PREFIX + @kind
 * + a random part, and holds a lock on it until the descriptor returned is
 * closed: ber_store_clear_leftovers() then knows it is in use.
 *
 * Returns: the descriptor, or -1 with @error set
 */
int
ber_store_make_temp (const char  *dir,
                     const char  *kind,
                     char       **path,
                     GError     **error)
{
  g_autofree char *name = g_strconcat (BER_STORE_TEMP_PREFIX, kind, "-XXXXXX", NULL);
  g_autofree char *tmp = g_build_filename (dir, name, NULL);
  int fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0 || flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      int saved = errno;

      if (fd >= 0)
        {
          close (fd);
          g_unlink (tmp);
        }
      g_set_error (error, BER_STORE_ERROR,
                   saved == ENOSPC ? BER_STORE_ERROR_FULL
                   : (saved == EACCES || saved == EROFS || saved == EPERM)
                   ? BER_STORE_ERROR_READ_ONLY : BER_STORE_ERROR_IO,
                   _("A file cannot be created in “%s”: %s"), dir, g_strerror (saved));
      return -1;
    }

  *path = g_steal_pointer (&tmp);
  return fd;
}

/**
 * ber_store_clear_leftovers:
 * @dir: a folder that holds registers or backups
 *
 * Removes the temporary files that an interrupted program left in @dir:
 * those made by ber_store_make_temp() whose lock nobody holds any more,
 * with their journals and logs.
 *
 * Returns: how many were removed
 */
guint
ber_store_clear_leftovers (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint removed = 0;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      int fd;

      if (!g_str_has_prefix (name, BER_STORE_TEMP_PREFIX) || g_str_has_suffix (name, "-wal")
          || g_str_has_suffix (name, "-shm") || g_str_has_suffix (name, "-journal"))
        continue;

      path = g_build_filename (dir, name, NULL);
      fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0);
      if (fd < 0)
        continue;
      /* Held by a program at work on it: not a leftover. */
      if (flock (fd, LOCK_EX | LOCK_NB) == 0)
        g_ptr_array_add (stale, g_steal_pointer (&path));
      close (fd);
    }

  for (guint i = 0; i < stale->len; i++)
    {
      static const char *suffixes[] = { "", "-journal", "-wal", "-shm" };
      const char *path = g_ptr_array_index (stale, i);

      for (guint j = 0; j < G_N_ELEMENTS (suffixes); j++)
        {
          g_autofree char *file = g_strconcat (path, suffixes[j], NULL);

          g_unlink (file);
        }
      g_message ("Removed “%s”, left by an interrupted program", path);
      removed++;
    }

  return removed;
}
