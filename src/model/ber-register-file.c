/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-register-file"

#include "config.h"

#include "ber-backup.h"
#include "ber-register-file.h"

/* Where the register is kept when none was chosen. */
char *
ber_register_file_default_path (void)
{
  return ber_store_default_path ();
}

/**
 * ber_register_file_open:
 *
 * Opens the register at @path, migrating one of an older schema after a
 * snapshot of it (ber_backup_open_register()).
 *
 * Returns: (transfer full) (nullable): the services of the register
 */
BerContext *
ber_register_file_open (const char  *path,
                        GError     **error)
{
  g_autoptr(BerStore) store = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  store = ber_backup_open_register (path, error);
  if (store == NULL)
    return NULL;
  return ber_context_new (store);
}

/* Makes an empty register at @path, with the folders it needs. */
gboolean
ber_register_file_create (const char  *path,
                          GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  return ber_store_create (path, NULL, NULL, error);
}

static gboolean
backup_daily (BerStore      *store,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  gboolean made = FALSE;

  return ber_backup_daily (store, GPOINTER_TO_UINT (data), &made, error);
}

/**
 * ber_register_file_backup_daily_async:
 * @keep: how many daily backups to keep
 *
 * Makes today's backup of the register unless it was made already, and
 * removes the daily ones beyond @keep, in a thread.
 */
void
ber_register_file_backup_daily_async (BerContext          *context,
                                      guint                keep,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (BER_IS_CONTEXT (context));

  ber_context_run_async (context, backup_daily, GUINT_TO_POINTER (keep), NULL, cancellable,
                         callback, user_data);
}

gboolean
ber_register_file_backup_daily_finish (BerContext    *context,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return ber_context_run_finish (context, result, error);
}
