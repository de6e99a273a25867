/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Run by the build:
 *
 *   ber-schema-gen OUTPUT MIGRATION.sql…
 *
 * runs the migrations, in order, on a database in memory and writes the
 * schema they make to OUTPUT, which the store keeps in its resources as the
 * schema each register is compared with when it is opened.
 */

#include "config.h"

#include <sqlite3.h>
#include <stdio.h>

#include "ber-sqlite-store-private.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Schema) schema = NULL;
  g_autoptr(GBytes) bytes = NULL;
  sqlite3 *db = NULL;
  gboolean ok = TRUE;

  if (argc < 3)
    {
      g_printerr ("Usage: %s OUTPUT MIGRATION.sql…\n", argv[0]);
      return 2;
    }
  if (argc - 2 != BER_STORE_SCHEMA_VERSION)
    {
      g_printerr ("%s: %d migrations given, the schema has %d\n", argv[0], argc - 2,
                  BER_STORE_SCHEMA_VERSION);
      return 1;
    }

  if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    return 1;
  for (int i = 2; ok && i < argc; i++)
    {
      g_autofree char *sql = NULL;

      ok = g_file_get_contents (argv[i], &sql, NULL, &error)
           && _ber_sqlite_store_run_migration_sql (db, i - 1, sql, &error);
    }
  if (ok)
    schema = _ber_sqlite_store_read_schema (db, &error);
  sqlite3_close (db);
  if (schema == NULL)
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return 1;
    }

  bytes = _ber_sqlite_store_serialize_schema (schema);
  if (!g_file_set_contents (argv[1], g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return 1;
    }
  return 0;
}
