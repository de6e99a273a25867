/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Another program on the same register, for the tests that need a second
 * process: it writes through the store as a colleague's Beredning would,
 * under a user name of its own.
 *
 *   ber-test-peer DB USER update TABLE ID COLUMN=VALUE…
 *   ber-test-peer DB USER delete TABLE ID
 *   ber-test-peer DB USER backup-daily
 *   ber-test-peer DB USER sql-and-die SQL
 *       runs SQL through SQLite and exits without closing the register, as
 *       a program that crashes: what it committed stays in the log only
 *   ber-test-peer DB USER shared-lock
 *       exits 0 when another process holds SQLite's shared lock on DB (a
 *       connection in WAL mode holds it while it is open), 3 when none does
 *
 * It prints the row's new version and exits 0, or prints the error and
 * exits 1.
 */

#include "config.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

#include "ber-backup.h"
#include "ber-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BerStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GVariantBuilder values;
  gint64 version = 0;
  gint64 id;

  if (argc == 5 && g_str_equal (argv[3], "sql-and-die"))
    {
      sqlite3 *db = NULL;

      if (sqlite3_open (argv[1], &db) != SQLITE_OK
          || sqlite3_exec (db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL) != SQLITE_OK
          || sqlite3_exec (db, argv[4], NULL, NULL, NULL) != SQLITE_OK)
        {
          g_printerr ("%s\n", sqlite3_errmsg (db));
          _exit (1);
        }
      _exit (0);
    }

  if (argc == 4 && g_str_equal (argv[3], "shared-lock"))
    {
      struct flock lock = { 0 };
      int fd = open (argv[1], O_RDWR | O_CLOEXEC);

      lock.l_type = F_WRLCK;
      lock.l_whence = SEEK_SET;
      lock.l_start = 0x40000000 + 2; /* SQLite's SHARED_FIRST */
      lock.l_len = 510;              /* SHARED_SIZE */
      if (fd < 0 || fcntl (fd, F_GETLK, &lock) != 0)
        return 2;
      return lock.l_type == F_UNLCK ? 3 : 0;
    }

  if (argc == 4 && g_str_equal (argv[3], "backup-daily"))
    {
      gboolean made = FALSE;

      store = ber_store_open (argv[1], &error);
      if (store == NULL || !ber_backup_daily (store, 7, &made, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_print ("%s\n", made ? "made" : "exists");
      return 0;
    }

  if (argc < 6)
    {
      g_printerr ("usage: %s DB USER update|delete TABLE ID [COLUMN=VALUE…]\n", argv[0]);
      return 2;
    }

  store = ber_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  ber_store_set_user (store, argv[2]);
  id = g_ascii_strtoll (argv[5], NULL, 10);

  if (g_str_equal (argv[3], "delete"))
    {
      if (!ber_store_delete (store, argv[4], id, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return 0;
    }

  g_variant_builder_init (&values, G_VARIANT_TYPE_VARDICT);
  for (int i = 6; i < argc; i++)
    {
      g_auto(GStrv) pair = g_strsplit (argv[i], "=", 2);

      if (pair[0] == NULL || pair[1] == NULL)
        return 2;
      g_variant_builder_add (&values, "{sv}", pair[0], g_variant_new_string (pair[1]));
    }
  if (!ber_store_update (store, argv[4], id, g_variant_builder_end (&values), &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  {
    g_autoptr(GVariant) row = ber_store_get (store, argv[4], id, &error);

    if (row == NULL || !g_variant_lookup (row, "version", "x", &version))
      return 1;
  }
  g_print ("%" G_GINT64_FORMAT "\n", version);
  return 0;
}
