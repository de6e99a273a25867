/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ber-store-private.h"

/* Integrity checks and copies of the register. */

gboolean
ber_store_check_integrity (BerStore  *self,
                           GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);

  stmt = _ber_store_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_string_append_printf (problems, "%s%s", problems->len ? "; " : "", line);
    }
  if (rc != SQLITE_DONE)
    return _ber_store_set_error (self, error, rc);

  stmt_release (g_steal_pointer (&stmt));
  stmt = _ber_store_prepare (self, "PRAGMA foreign_key_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (problems, "%sforeign key in %s row %lld",
                            problems->len ? "; " : "",
                            (const char *) sqlite3_column_text (stmt, 0),
                            (long long) sqlite3_column_int64 (stmt, 1));
  if (rc != SQLITE_DONE)
    return _ber_store_set_error (self, error, rc);

  if (problems->len > 0)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CORRUPT,
                   _("The register is damaged (%s). Restore it from a backup."), problems->str);
      return FALSE;
    }

  return TRUE;
}

gboolean
_ber_store_sync_path (const char  *path,
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
 * @dest: a file that does not exist yet
 *
 * Writes a consistent, compact copy of the register to @dest (mode 0600),
 * from a read transaction, so writes by others are neither blocked for long
 * nor half-copied.
 */
gboolean
ber_store_vacuum_into (BerStore    *self,
                       const char  *dest,
                       GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int fd;
  int rc;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);

  /* VACUUM INTO takes an empty file: make it first, readable by its owner only. */
  fd = g_open (dest, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, BER_STORE_ERROR,
                   saved == ENOSPC ? BER_STORE_ERROR_FULL
                   : saved == EEXIST ? BER_STORE_ERROR_EXISTS
                   : (saved == EACCES || saved == EROFS) ? BER_STORE_ERROR_READ_ONLY
                   : BER_STORE_ERROR_IO,
                   _("The copy “%s” could not be created: %s"), dest, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  stmt = _ber_store_prepare (self, "VACUUM INTO ?", error);
  if (stmt == NULL)
    {
      g_unlink (dest);
      return FALSE;
    }
  sqlite3_bind_text (stmt, 1, dest, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    {
      _ber_store_set_error (self, error, rc);
      g_unlink (dest);
      return FALSE;
    }

  return _ber_store_sync_path (dest, FALSE, error);
}

