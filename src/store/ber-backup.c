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

/*
 * The backups of a register: its snapshots, named
 *
 *   STEM-YYYYMMDD-HHMMSS-REASON[-N].db
 *
 * where STEM is the register's file name without ".db". They are kept in a
 * "backups" folder beside the register, or, where no folder can be made
 * beside it (a register opened through the document portal, a folder the
 * user may not write), in the program's own data folder, one sub-folder per
 * register. A backup belongs to a register only when its whole name says
 * so: "reg.db" never takes the backups of "reg-2025.db".
 *
 * Each snapshot is written under a temporary name, synced, and renamed into
 * place: an interrupted one never passes for a backup, and its temporary
 * file is cleared at the next start. This module calls the store; the store
 * knows nothing of backups.
 */

#define DAILY "daily"
#define MANUAL "manual"
#define BEFORE_MIGRATION "before-migration"
#define BEFORE_RESTORE "before-restore"

void
ber_backup_free (BerBackup *backup)
{
  if (backup == NULL)
    return;

  g_free (backup->path);
  g_free (backup->label);
  g_free (backup->reason);
  g_free (backup->stamp);
  g_free (backup);
}

/* "beredning" for "…/beredning.db": the first part of the backups' names. */
static char *
register_stem (const char *register_path)
{
  g_autofree char *base = g_path_get_basename (register_path);

  if (g_str_has_suffix (base, ".db") && strlen (base) > 3)
    base[strlen (base) - 3] = '\0';
  return g_steal_pointer (&base);
}

/* The document portal's FUSE folders (inside the Flatpak and outside). */
static gboolean
is_portal_path (const char *path)
{
  g_autofree char *doc = g_build_filename (g_get_user_runtime_dir (), "doc", NULL);

  return g_str_has_prefix (path, "/run/flatpak/doc/")
         || (g_str_has_prefix (path, doc) && path[strlen (doc)] == '/');
}

/* The program's own folder for the backups of @register_path. */
static char *
own_folder (const char *register_path)
{
  g_autofree char *stem = register_stem (register_path);
  g_autofree char *absolute = g_canonicalize_filename (register_path, NULL);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, absolute, -1);
  g_autofree char *name = NULL;

  hash[8] = '\0';
  name = g_strdup_printf ("%s-%s", stem, hash);
  return g_build_filename (g_get_user_data_dir (), "beredning", "backups", name, NULL);
}

static char *
beside_folder (const char *register_path)
{
  g_autofree char *dir = g_path_get_dirname (register_path);

  return g_build_filename (dir, "backups", NULL);
}

/*
 * Where the backups of @register_path go: beside it when a folder can be
 * made there, else in the program's own data folder.
 */
static char *
writable_folder (const char  *register_path,
                 GError     **error)
{
  g_autofree char *beside = NULL;
  g_autofree char *own = NULL;
  int saved;

  if (!is_portal_path (register_path))
    {
      beside = beside_folder (register_path);
      if (g_mkdir_with_parents (beside, 0700) == 0 && g_access (beside, W_OK) == 0)
        {
          g_chmod (beside, 0700);
          return g_steal_pointer (&beside);
        }
    }

  own = own_folder (register_path);
  if (g_mkdir_with_parents (own, 0700) == 0)
    return g_steal_pointer (&own);

  saved = errno;
  g_set_error (error, BER_STORE_ERROR,
               saved == ENOSPC ? BER_STORE_ERROR_FULL
               : (saved == EACCES || saved == EROFS) ? BER_STORE_ERROR_READ_ONLY
               : BER_STORE_ERROR_IO,
               _("The backup folder “%s” could not be created: %s"), own, g_strerror (saved));
  return NULL;
}

/**
 * ber_backup_folder:
 *
 * Returns: the folder the next backup of @register_path goes to, for
 *   telling the user; it may not exist yet
 */
char *
ber_backup_folder (const char *register_path)
{
  g_autofree char *beside = NULL;
  g_autofree char *dir = NULL;
  gboolean writable;

  if (is_portal_path (register_path))
    return own_folder (register_path);

  beside = beside_folder (register_path);
  dir = g_path_get_dirname (register_path);
  writable = g_file_test (beside, G_FILE_TEST_IS_DIR) ? g_access (beside, W_OK) == 0
                                                      : g_access (dir, W_OK) == 0;
  return writable ? g_steal_pointer (&beside) : own_folder (register_path);
}

static GRegex *
name_pattern (const char *register_path)
{
  g_autofree char *stem = register_stem (register_path);
  g_autofree char *escaped = g_regex_escape_string (stem, -1);
  g_autofree char *pattern = g_strdup_printf ("^%s-([0-9]{8})-([0-9]{6})-(" DAILY "|" MANUAL "|"
                                              BEFORE_MIGRATION "|" BEFORE_RESTORE
                                              ")(-[0-9]+)?\\.db$",
                                              escaped);

  return g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL);
}

static char *
backup_label (const char *stamp,
              const char *reason)
{
  /* "20261123-091400" → "2026-11-23 09:14" */
  g_autofree char *when = g_strdup_printf ("%.4s-%.2s-%.2s %.2s:%.2s", stamp, stamp + 4,
                                           stamp + 6, stamp + 9, stamp + 11);

  if (g_str_equal (reason, BEFORE_MIGRATION))
    return g_strdup_printf (_("%s, before the register was updated"), when);
  if (g_str_equal (reason, BEFORE_RESTORE))
    return g_strdup_printf (_("%s, before a restore"), when);
  if (g_str_equal (reason, MANUAL))
    return g_strdup_printf (_("%s, made by hand"), when);
  return g_steal_pointer (&when);
}

static void
list_folder (const char *folder,
             GRegex     *pattern,
             GPtrArray  *backups)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *date = NULL;
      g_autofree char *time = NULL;
      BerBackup *backup;

      if (!g_regex_match (pattern, name, 0, &match))
        continue;

      date = g_match_info_fetch (match, 1);
      time = g_match_info_fetch (match, 2);
      backup = g_new0 (BerBackup, 1);
      backup->path = g_build_filename (folder, name, NULL);
      backup->stamp = g_strdup_printf ("%s-%s", date, time);
      backup->reason = g_match_info_fetch (match, 3);
      backup->label = backup_label (backup->stamp, backup->reason);
      g_ptr_array_add (backups, backup);
    }
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const BerBackup *x = *(const BerBackup * const *) a;
  const BerBackup *y = *(const BerBackup * const *) b;
  int by_stamp = g_strcmp0 (y->stamp, x->stamp);

  return by_stamp != 0 ? by_stamp : -g_strcmp0 (x->path, y->path);
}

/* Returns: (transfer full) (element-type BerBackup): the backups of
 *   @register_path, wherever they were made, newest first */
GPtrArray *
ber_backup_list (const char *register_path)
{
  GPtrArray *backups = g_ptr_array_new_with_free_func ((GDestroyNotify) ber_backup_free);
  g_autoptr(GRegex) pattern = name_pattern (register_path);
  g_autofree char *beside = beside_folder (register_path);
  g_autofree char *own = own_folder (register_path);

  list_folder (beside, pattern, backups);
  list_folder (own, pattern, backups);
  g_ptr_array_sort (backups, compare_newest_first);
  return backups;
}

static gboolean
snapshot (BerStore    *store,
          const char  *reason,
          char       **out_path,
          GError     **error)
{
  const char *register_path = ber_store_get_path (store);
  g_autofree char *folder = writable_folder (register_path, error);
  g_autofree char *stem = register_stem (register_path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *tmp = NULL;
  g_autofree char *path = NULL;
  int fd;

  if (folder == NULL)
    return FALSE;

  path = g_strdup_printf ("%s/%s-%s-%s.db", folder, stem, stamp, reason);
  for (guint i = 2; g_file_test (path, G_FILE_TEST_EXISTS); i++)
    {
      g_free (path);
      path = g_strdup_printf ("%s/%s-%s-%s-%u.db", folder, stem, stamp, reason, i);
    }

  fd = ber_store_make_temp (folder, "backup", &tmp, error);
  if (fd < 0)
    return FALSE;

  if (!ber_store_vacuum_into (store, tmp, error))
    {
      g_unlink (tmp);
      close (fd);
      return FALSE;
    }
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      close (fd);
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                   _("The backup “%s” could not be put in place: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  {
    g_autofree char *dir = g_path_get_dirname (path);
    g_autoptr(GError) sync_error = NULL;

    /* The copy is on disk; a rename lost to a crash only loses its name. */
    if (!ber_backup_sync_folder (dir, &sync_error))
      g_message ("%s", sync_error->message);
  }

  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);
  return TRUE;
}

/**
 * ber_backup_sync_folder:
 *
 * Makes the names in @dir durable (after a rename into it).
 */
gboolean
ber_backup_sync_folder (const char  *dir,
                        GError     **error)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                   _("“%s” could not be written to disk: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/**
 * ber_store_snapshot:
 * @reason: "daily", "manual", "before-migration" or "before-restore"
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
  g_return_val_if_fail (g_str_equal (reason, DAILY) || g_str_equal (reason, MANUAL)
                        || g_str_equal (reason, BEFORE_MIGRATION)
                        || g_str_equal (reason, BEFORE_RESTORE), FALSE);

  return snapshot (store, reason, out_path, error);
}

/**
 * ber_backup_prune:
 *
 * Keeps the newest @keep daily backups and removes older daily ones. The
 * snapshots made by hand, before a migration or before a restore are kept.
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

      if (!g_str_equal (backup->reason, DAILY) || kept++ < keep)
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
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y%m%d-");

  if (made != NULL)
    *made = FALSE;
  if (keep == 0)
    return ber_backup_prune (register_path, 0, error);

  for (guint i = 0; i < backups->len; i++)
    {
      BerBackup *backup = g_ptr_array_index (backups, i);

      if (g_str_equal (backup->reason, DAILY) && g_str_has_prefix (backup->stamp, today))
        return ber_backup_prune (register_path, keep, error);
    }

  if (!snapshot (store, DAILY, NULL, error))
    return FALSE;
  if (made != NULL)
    *made = TRUE;

  return ber_backup_prune (register_path, keep, error);
}

/**
 * ber_backup_now:
 * @out_path: (out) (optional): where the backup went
 *
 * Makes a backup at once, kept until it is removed by hand.
 */
gboolean
ber_backup_now (BerStore  *store,
                char     **out_path,
                GError   **error)
{
  return snapshot (store, MANUAL, out_path, error);
}

static gboolean
snapshot_before_migration (BerStore  *store,
                           int        from_version,
                           gpointer   user_data,
                           GError   **error)
{
  return snapshot (store, BEFORE_MIGRATION, NULL, error);
}

/**
 * ber_backup_open_register:
 *
 * Opens a register, migrating one of an older schema after a snapshot of it
 * as it was. Temporary files that an interrupted program left beside the
 * register or among its backups are removed first.
 */
BerStore *
ber_backup_open_register (const char  *path,
                          GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *beside = beside_folder (path);
  g_autofree char *own = own_folder (path);

  ber_store_clear_leftovers (dir);
  ber_store_clear_leftovers (beside);
  ber_store_clear_leftovers (own);

  return ber_store_open_full (path, snapshot_before_migration, NULL, error);
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

static void
remove_with_companions (const char *path)
{
  static const char *suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

/*
 * Copies the backup (with its log, when it has one) to a temporary file and
 * checks the copy: the backup itself is never opened for writing. The copy
 * is migrated to the current schema.
 */
static gboolean
checked_copy (const char  *backup_path,
              const char  *tmp,
              GError     **error)
{
  g_autofree char *backup_wal = g_strconcat (backup_path, "-wal", NULL);
  g_autofree char *tmp_wal = g_strconcat (tmp, "-wal", NULL);
  g_autoptr(BerStore) check = NULL;

  if (!copy_file (backup_path, tmp, error)
      || (g_file_test (backup_wal, G_FILE_TEST_IS_REGULAR)
          && !copy_file (backup_wal, tmp_wal, error)))
    return FALSE;

  check = ber_store_open_full (tmp, migrate_without_snapshot, NULL, error);
  return check != NULL && ber_store_check_integrity (check, error);
}

/**
 * ber_backup_restore:
 *
 * Replaces the content of the register at @register_path with the backup at
 * @backup_path. The backup is checked first. Then the register's write lock
 * is taken (an error says so when another program keeps writing), the
 * register as it is then is kept byte for byte as a "before-restore" backup
 * (even when this version cannot open it), and the content is replaced in
 * one transaction. Other programs that have the register open see the
 * restored content at their next read.
 */
gboolean
ber_backup_restore (const char  *register_path,
                    const char  *backup_path,
                    GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *stem = register_stem (register_path);
  g_autofree char *tmp = NULL;
  g_autofree char *keep = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  gboolean ok;
  int fd;

  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                   _("There is no backup file at “%s”."), backup_path);
      return FALSE;
    }

  folder = writable_folder (register_path, error);
  if (folder == NULL)
    return FALSE;

  fd = ber_store_make_temp (folder, "restore", &tmp, error);
  if (fd < 0)
    return FALSE;

  ok = checked_copy (backup_path, tmp, error);
  if (ok && !g_file_test (register_path, G_FILE_TEST_EXISTS))
    {
      /* Nothing to keep: the checked copy becomes the register. */
      if (g_rename (tmp, register_path) != 0)
        {
          int saved = errno;

          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_IO,
                       _("The register “%s” could not be replaced: %s"), register_path,
                       g_strerror (saved));
          ok = FALSE;
        }
    }
  else if (ok)
    {
      keep = g_strdup_printf ("%s/%s-%s-" BEFORE_RESTORE ".db", folder, stem, stamp);
      for (guint i = 2; g_file_test (keep, G_FILE_TEST_EXISTS); i++)
        {
          g_free (keep);
          keep = g_strdup_printf ("%s/%s-%s-" BEFORE_RESTORE "-%u.db", folder, stem, stamp, i);
        }
      ok = ber_store_replace_file (register_path, tmp, keep, error);
    }

  remove_with_companions (tmp);
  close (fd);
  return ok;
}
