/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-store.h"

G_BEGIN_DECLS

/*
 * Snapshots of a register (folders 0700, files 0600): one a day when the
 * program opens the register, one before every migration and one before
 * every restore, and those made by hand. See ber-backup.c for where they
 * are kept.
 */

typedef struct
{
  char *path;
  char *label;   /* "2026-11-23 09:14", and why when not a daily one */
  char *stamp;   /* "20261123-091400", local time */
  char *reason;  /* "daily", "manual", "before-migration" or "before-restore" */
} BerBackup;

void       ber_backup_free          (BerBackup   *backup);
char      *ber_backup_folder        (const char  *register_path);
BerStore  *ber_backup_open_register (const char  *path,
                                     GError     **error);
gboolean   ber_store_snapshot       (BerStore    *store,
                                     const char  *reason,
                                     char       **out_path,
                                     GError     **error);
gboolean   ber_backup_daily         (BerStore    *store,
                                     guint        keep,
                                     gboolean    *made,
                                     GError     **error);
gboolean   ber_backup_now           (BerStore    *store,
                                     char       **out_path,
                                     GError     **error);
GPtrArray *ber_backup_list          (const char  *register_path);
gboolean   ber_backup_prune         (const char  *register_path,
                                     guint        keep,
                                     GError     **error);
gboolean   ber_backup_restore       (const char  *register_path,
                                     const char  *backup_path,
                                     GError     **error);
gboolean   ber_backup_sync_folder   (const char  *dir,
                                     GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerBackup, ber_backup_free)

G_END_DECLS
