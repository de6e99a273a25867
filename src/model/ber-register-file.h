/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-context.h"

G_BEGIN_DECLS

/*
 * A register as a window opens it: where the default one is kept, opening
 * one into a context (migrated after a snapshot), making a new empty one,
 * and its daily backup, which copies the whole register and so runs in a
 * thread. Backups are listed and restored with ber_backup_…() by path.
 */

char       *ber_register_file_default_path        (void);
BerContext *ber_register_file_open                (const char           *path,
                                                   GError              **error);
gboolean    ber_register_file_create              (const char           *path,
                                                   GError              **error);
void        ber_register_file_backup_daily_async  (BerContext           *context,
                                                   guint                 keep,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean    ber_register_file_backup_daily_finish (BerContext           *context,
                                                   GAsyncResult         *result,
                                                   GError              **error);

G_END_DECLS
