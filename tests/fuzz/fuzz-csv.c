/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target: any bytes through the CSV reader and, when they parse,
 * through planning an import of networks and of people against a real
 * register. The register is made once in a temporary folder, with a body,
 * networks and people to match against; the import is never applied, so the
 * register stays the same for every input.
 */

#include "config.h"

#include <stdint.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "ber-csv.h"
#include "ber-import.h"
#include "ber-store.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static BerStore *store;
static char *folder;

static void
remove_folder (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&store);
  if (folder == NULL)
    return;
  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_remove (path);
    }
  g_rmdir (folder);
  g_clear_pointer (&folder, g_free);
}

static gint64
insert (const char *table,
        GVariant   *values)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (store, table, values, &error);

  if (id == 0)
    g_error ("Setting up the register: %s", error->message);
  return id;
}

static void
set_up (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 aer, central;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  folder = g_dir_make_tmp ("beredning-fuzz-XXXXXX", &error);
  if (folder == NULL)
    g_error ("%s", error->message);
  atexit (remove_folder);

  path = g_build_filename (folder, "register.db", NULL);
  if (!ber_store_create (path, NULL, NULL, &error)
      || (store = ber_store_open (path, &error)) == NULL)
    g_error ("%s", error->message);
  ber_store_set_today (store, "2026-03-01");

  insert ("body", g_variant_new_parsed ("{'name': <'Regionstyrelsen'>, 'short_name': <'RS'>}"));
  aer = insert ("network", g_variant_new_parsed ("{'name': <'Assembly of European Regions'>, "
                                                 "'acronym': <'AER'>}"));
  central = insert ("network", g_variant_new_parsed ("{'name': <'Central Sweden'>}"));
  insert ("network", g_variant_new_parsed ("{'name': <'Twin A'>, 'acronym': <'TW'>}"));
  insert ("network", g_variant_new_parsed ("{'name': <'Twin B'>, 'acronym': <'tw'>}"));
  insert ("membership", g_variant_new_parsed ("{'network_id': <%x>, 'status': <'member'>, "
                                              "'activity': <'very-active'>, "
                                              "'from_on': <'2020-01-01'>}", aer));
  insert ("membership", g_variant_new_parsed ("{'network_id': <%x>, 'status': <'indirect'>, "
                                              "'via_network_id': <%x>, "
                                              "'from_on': <'2027-01-01'>}", central, aer));
  insert ("person", g_variant_new_parsed ("{'name': <'Åsa Ek'>, 'email': <'asa@example.se'>}"));
  insert ("person", g_variant_new_parsed ("{'name': <'Per Berg'>}"));
  insert ("person", g_variant_new_parsed ("{'name': <'Per Berg'>, 'kind': <'official'>}"));
}

static void
check_plan (BerImport *import)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (import));
  guint total = 0;
  g_autofree char *summary = ber_import_dup_summary (import);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerImportRow) row = g_list_model_get_item (G_LIST_MODEL (import), i);
      g_autofree char *label = ber_import_row_dup_line_label (row);
      GVariant *values = ber_import_row_get_values (row);

      if (ber_import_row_get_line (row) == 0
          || !g_utf8_validate (ber_import_row_get_title (row), -1, NULL)
          || !g_utf8_validate (ber_import_row_get_message (row), -1, NULL)
          || values == NULL || !g_variant_is_of_type (values, G_VARIANT_TYPE_VARDICT)
          || ber_import_row_get_icon_name (row) == NULL || label == NULL)
        abort ();
      if (ber_import_row_get_action (row) == BER_IMPORT_ACTION_ERROR
          && *ber_import_row_get_message (row) == '\0')
        abort ();
    }

  for (guint a = 0; a <= BER_IMPORT_ACTION_ERROR; a++)
    total += ber_import_count (import, a);
  if (total != n || !g_utf8_validate (summary, -1, NULL))
    abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(BerCsv) csv = NULL;
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    set_up ();

  csv = ber_csv_parse (bytes, &error);
  if (csv == NULL)
    {
      if (error == NULL || error->domain != BER_CSV_ERROR
          || !g_utf8_validate (error->message, -1, NULL))
        abort ();
      return 0;
    }

  if (ber_csv_get_encoding (csv) > BER_CSV_ENCODING_WINDOWS_1252)
    abort ();
  for (guint r = 0; r < ber_csv_get_n_rows (csv); r++)
    {
      guint n_fields = 0;
      const char * const *fields = ber_csv_get_row (csv, r, &n_fields);

      if (n_fields == 0 || n_fields > BER_CSV_MAX_COLUMNS || fields[n_fields] != NULL
          || ber_csv_get_line (csv, r) == 0)
        abort ();
      for (guint f = 0; f < n_fields; f++)
        if (strlen (fields[f]) > BER_CSV_MAX_FIELD || !g_utf8_validate (fields[f], -1, NULL))
          abort ();
    }

  for (int kind = BER_IMPORT_NETWORKS; kind <= BER_IMPORT_PERSONS; kind++)
    {
      g_autoptr(BerImport) import = ber_import_new (store, kind);
      g_autoptr(GError) load_error = NULL;

      /* Messages that name the file, for one of the two. */
      if (kind == BER_IMPORT_PERSONS)
        ber_import_set_file_name (import, "personer.csv");
      if (ber_import_load (import, bytes, &load_error))
        {
          check_plan (import);
          if (ber_import_get_encoding (import) != ber_csv_get_encoding (csv))
            abort ();
        }
      else if (load_error == NULL || !g_utf8_validate (load_error->message, -1, NULL))
        abort ();
    }

  return 0;
}
