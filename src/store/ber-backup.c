/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ber-backup.h"

#define DAILY "daily"

void
ber_backup_free (BerBackup *backup)
{
  if (backup == NULL)
    return;

  g_free (backup->path);
  g_free (backup->label);
  g_free (backup);
}

char *
ber_backup_folder (const char *register_path)
{
  g_autofree char *dir = g_path_get_dirname (register_path);

  return g_build_filename (dir, "backups", NULL);
}

/* "beredning" for "…/beredning.db": the prefix of the register's backups. */
static char *
register_stem (const char *register_path)
{
  g_autofree char *base = g_path_get_basename (register_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

static gboolean
ensure_folder (const char  *folder,
               GError     **error)
{
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, BER_STORE_ERROR,
                   saved == ENOSPC ? BER_STORE_ERROR_FULL
                   : (saved == EACCES || saved == EROFS) ? BER_STORE_ERROR_READ_ONLY
                   : BER_STORE_ERROR_IO,
                   _("The backup folder “%s” could not be created: %s"), folder,
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static gboolean
snapshot_before_migration (BerStore  *store,
                           int        from_version,
                           gpointer   user_data,
                           GError   **error)
{
  return ber_store_snapshot (store, "before-migration", NULL, error);
}

/**
 * ber_backup_open_register:
 *
 * Opens a register, migrating one of an older schema after a snapshot of it
 * as it was.
 */
BerStore *
ber_backup_open_register (const char  *path,
                          GError     **error)
{
  return ber_store_open_full (path, snapshot_before_migration, NULL, error);
}

/**
 * ber_store_snapshot:
 * @reason: "daily", "before-migration", "before-restore" …
 * @out_path: (out) (optional): where the snapshot went
 *
 * Copies the register into its backup folder.
 */
gboolean
ber_store_snapshot (BerStore    *store,
                    const char  *reason,
                    char       **out_path,
                    GError     **error)
{
  const char *register_path = ber_store_get_path (store);
  g_autofree char *folder = ber_backup_folder (register_path);
  g_autofree char *stem = register_stem (register_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (!ensure_folder (folder, error))
    return FALSE;

  name = g_strdup_printf ("%s-%s-%s.db", stem, stamp, reason);
  path = g_build_filename (folder, name, NULL);
  for (guint i = 2; g_file_test (path, G_FILE_TEST_EXISTS); i++)
    {
      g_free (name);
      g_free (path);
      name = g_strdup_printf ("%s-%s-%s-%u.db", stem, stamp, reason, i);
      path = g_build_filename (folder, name, NULL);
    }

  if (!ber_store_vacuum_into (store, path, error))
    return FALSE;

  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);
  return TRUE;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const BerBackup *x = *(const BerBackup * const *) a;
  const BerBackup *y = *(const BerBackup * const *) b;

  if (x->mtime != y->mtime)
    return x->mtime < y->mtime ? 1 : -1;
  return -g_strcmp0 (x->path, y->path);
}

static char *
reason_of (const char *name,
           gsize       stem_length)
{
  /* stem-YYYYMMDD-HHMMSS-reason[-n].db */
  const char *rest = name + stem_length + 1 + 15 + 1;
  g_autofree char *reason = NULL;
  char *end;

  if (strlen (name) <= stem_length + 1 + 15 + 1 + 3)
    return g_strdup ("");
  reason = g_strdup (rest);
  end = strstr (reason, ".db");
  if (end != NULL)
    *end = '\0';
  return g_steal_pointer (&reason);
}

/* Returns: (transfer full) (element-type BerBackup): the backups, newest first. */
GPtrArray *
ber_backup_list (const char *register_path)
{
  g_autofree char *folder = ber_backup_folder (register_path);
  g_autofree char *stem = register_stem (register_path);
  g_autofree char *prefix = g_strconcat (stem, "-", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *backups = g_ptr_array_new_with_free_func ((GDestroyNotify) ber_backup_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *reason = NULL;
      g_autoptr(GDateTime) when = NULL;
      g_autofree char *when_text = NULL;
      BerBackup *backup;
      GStatBuf st;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".db"))
        continue;

      backup = g_new0 (BerBackup, 1);
      backup->path = g_build_filename (folder, name, NULL);
      if (g_stat (backup->path, &st) == 0)
        backup->mtime = st.st_mtime;
      reason = reason_of (name, strlen (stem));
      when = g_date_time_new_from_unix_local (backup->mtime);
      when_text = g_date_time_format (when, "%Y-%m-%d %H:%M");
      if (g_str_has_prefix (reason, "before-migration"))
        backup->label = g_strdup_printf (_("%s, before the register was updated"), when_text);
      else if (g_str_has_prefix (reason, "before-restore"))
        backup->label = g_strdup_printf (_("%s, before a restore"), when_text);
      else
        backup->label = g_strdup (when_text);
      g_ptr_array_add (backups, backup);
    }

  g_ptr_array_sort (backups, compare_newest_first);
  return backups;
}

/**
 * ber_backup_prune:
 *
 * Keeps the newest @keep daily backups and removes older daily ones. The
 * snapshots taken before a migration or a restore are kept.
 */
gboolean
ber_backup_prune (const char  *register_path,
                  guint        keep,
                  GError     **error)
{
  g_autoptr(GPtrArray) backups = ber_backup_list (register_path);
  guint kept = 0;

  for (guint i = 0; i < backups->len; i++)
    {
      BerBackup *backup = g_ptr_array_index (backups, i);

      if (strstr (backup->path, "-" DAILY) == NULL)
        continue;
      if (kept++ < keep)
        continue;
      if (g_unlink (backup->path) != 0 && errno != ENOENT)
        {
          int saved = errno;

          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                       _("The old backup “%s” could not be removed: %s"), backup->path,
                       g_strerror (saved));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * ber_backup_daily:
 * @keep: daily backups to keep; 0 makes none
 * @made: (out) (optional): whether a backup was made now
 *
 * Makes today's backup unless one exists, then prunes.
 */
gboolean
ber_backup_daily (BerStore  *store,
                  guint      keep,
                  gboolean  *made,
                  GError   **error)
{
  const char *register_path = ber_store_get_path (store);
  g_autoptr(GPtrArray) backups = ber_backup_list (register_path);
  g_autofree char *stem = register_stem (register_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y%m%d");
  g_autofree char *prefix = g_strdup_printf ("%s-%s-", stem, today);

  if (made != NULL)
    *made = FALSE;
  if (keep == 0)
    return ber_backup_prune (register_path, 0, error);

  for (guint i = 0; i < backups->len; i++)
    {
      BerBackup *backup = g_ptr_array_index (backups, i);
      g_autofree char *name = g_path_get_basename (backup->path);

      if (g_str_has_prefix (name, prefix) && strstr (name, "-" DAILY) != NULL)
        return ber_backup_prune (register_path, keep, error);
    }

  if (!ber_store_snapshot (store, DAILY, NULL, error))
    return FALSE;
  if (made != NULL)
    *made = TRUE;

  return ber_backup_prune (register_path, keep, error);
}

static gboolean
copy_file (const char  *from,
           const char  *to,
           GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_copy (source, dest, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local_error))
    {
      g_set_error (error, BER_STORE_ERROR,
                   g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE)
                     ? BER_STORE_ERROR_FULL : BER_STORE_ERROR_IO,
                   _("“%s” could not be copied: %s"), from, local_error->message);
      return FALSE;
    }
  g_chmod (to, 0600);
  return TRUE;
}

/* The checked copy of an older backup is migrated without a snapshot: the
 * backup itself is that snapshot already. */
static gboolean
migrate_without_snapshot (BerStore  *store,
                          int        from_version,
                          gpointer   user_data,
                          GError   **error)
{
  return TRUE;
}

/**
 * ber_backup_restore:
 *
 * Replaces the register at @register_path with the backup at @backup_path.
 * The backup is checked first; the register as it was is kept as a
 * "before-restore" snapshot. No process may have the register open.
 */
gboolean
ber_backup_restore (const char  *register_path,
                    const char  *backup_path,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (register_path);
  g_autofree char *tmp_path = g_build_filename (dir, ".beredning-restore-XXXXXX", NULL);
  g_autoptr(BerStore) check = NULL;
  int fd;

  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                   _("A register cannot be restored in “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  /* The backup itself is never opened for writing: a copy is checked. */
  if (!copy_file (backup_path, tmp_path, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }
  check = ber_store_open_full (tmp_path, migrate_without_snapshot, NULL, error);
  if (check == NULL || !ber_store_check_integrity (check, error))
    {
      g_clear_object (&check);
      g_unlink (tmp_path);
      return FALSE;
    }
  g_clear_object (&check);

  /* Keep the register as it is now, when it can still be read. */
  if (g_file_test (register_path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(BerStore) current = ber_store_open (register_path, NULL);

      if (current != NULL && !ber_store_snapshot (current, "before-restore", NULL, error))
        {
          g_unlink (tmp_path);
          return FALSE;
        }
    }

  /* A write-ahead log left by the old register must not be applied to the new one. */
  {
    g_autofree char *wal = g_strconcat (register_path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (register_path, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }

  if (g_rename (tmp_path, register_path) != 0)
    {
      int saved = errno;

      g_unlink (tmp_path);
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                   _("The register “%s” could not be replaced: %s"), register_path,
                   g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}
