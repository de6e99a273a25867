/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "ber-demo.h"
#include "ber-cli.h"
#include "ber-agenda-export.h"
#include "ber-backup.h"
#include "ber-membership-export.h"
#include "ber-person-export.h"
#include "ber-report-export.h"
#include "ber-yearly-report-export.h"
#include "ber-store.h"

typedef struct
{
  const char         *name;
  const char         *source;
  const char * const *columns;
  const char * const *order;
} BerCliList;

static const char * const network_columns[] = {
  "id", "name", "acronym", "kind", "membership_status", "activity", "responsible_body_name", NULL
};
static const char * const network_order[] = { "sort_key", NULL };
static const char * const person_columns[] = {
  "id", "name", "kind", "party", "department", "email", "phone", NULL
};
static const char * const person_order[] = { "sort_key", NULL };
static const char * const meeting_columns[] = {
  "id", "held_on", "starts_at", "body_short_name", "body_name", "place", "status", NULL
};
static const char * const meeting_order[] = { "held_on", "starts_at", NULL };
static const char * const item_columns[] = {
  "id", "diary_number", "title", "type", "status", "received_on", "reply_by",
  "routed_body_name", NULL
};
static const char * const item_order[] = { "received_on", NULL };
static const char * const report_columns[] = {
  "id", "status", "due_on", "received_on", "person_name", "body_name", "event_title", NULL
};
static const char * const report_order[] = { "due_on", NULL };

static const BerCliList lists[] = {
  { "networks", "network_list", network_columns, network_order },
  { "persons", "person", person_columns, person_order },
  { "meetings", "meeting_list", meeting_columns, meeting_order },
  { "items", "item_list", item_columns, item_order },
  { "reports", "report_list", report_columns, report_order },
};

/* Exports register here as they are written: WHAT and the output's extension. */
static const BerCliExport exports[] = {
  { "memberships", "pdf", ber_export_memberships_cli },
  { "memberships", "csv", ber_export_memberships_cli },
  { "fees", "pdf", ber_export_fees_cli },
  { "fees", "csv", ber_export_fees_cli },
  { "report", "pdf", ber_export_report_cli },
  { "reports", "pdf", ber_export_reports_cli },
  { "reports", "csv", ber_export_reports_cli },
  { "agenda", "pdf", ber_export_agenda_cli },
  { "minutes", "pdf", ber_export_minutes_cli },
  { "extract", "pdf", ber_export_minutes_extract_cli },
  { "board-paper", "pdf", ber_export_board_paper_cli },
  { "meeting-pack", "pdf", ber_export_meeting_pack_cli },
  { "items", "csv", ber_export_items_cli },
  { "ics", "ics", ber_export_ics_cli },
  { "person", "pdf", ber_export_person_cli },
  { "person", "json", ber_export_person_cli },
  { "yearly-report", "pdf", ber_export_yearly_report_cli },
  { "yearly-report", "odt", ber_export_yearly_report_cli },
  { NULL, NULL, NULL },
};

void
ber_cli_add_options (GApplication *app)
{
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the register FILE instead of the default one"), N_("FILE") },
    { "init-demo", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Create a new register filled with demo data (with --database)"), NULL },
    { "list", 'l', 0, G_OPTION_ARG_STRING, NULL,
      N_("Print WHAT as tab-separated rows, the id first: networks, persons, meetings, items or reports"),
      N_("WHAT") },
    { "export", 'e', 0, G_OPTION_ARG_STRING, NULL,
      N_("Export WHAT to the file given with --output; the format follows its extension"),
      N_("WHAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL, N_("The file to export to"), N_("FILE") },
    { "body", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Export only what BODY is responsible for, given by its id or short name (RS)"),
      N_("BODY") },
    { "year", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Export the fees of YEAR (this year when not given), or the yearly report of YEAR"),
      N_("YEAR") },
    { "report", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Export the returned report with the id ID (see --list=reports)"), N_("ID") },
    { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Export the returned reports of events from DATE (YYYY-MM-DD)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Export the returned reports of events up to DATE (YYYY-MM-DD)"), N_("DATE") },
    { "meeting", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Export the papers of the meeting with the id ID (see --list=meetings)"), N_("ID") },
    { "paragraph", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Export the minutes extract of § N of the meeting given with --meeting"), N_("N") },
    { "item", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Export the board paper of the item with the id ID (see --list=items)"), N_("ID") },
    { "person", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Export the personal data of the person with the id ID (see --list=persons)"), N_("ID") },
    { "public", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Leave confidential matters out of the meeting pack"), NULL },
    { "archival", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Write an archival copy (PDF/A-2b) of adjusted minutes, an extract or a board paper"),
      NULL },
    { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Replace the register with the backup FILE (the register as it was is kept as a backup)"),
      N_("FILE") },
    { "backup", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Make a backup of the register now, and print where it went"), NULL },
    { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Check the register for damage; prints “ok” or what is wrong"), NULL },
    { "version", 'v', 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (app, entries);
  g_application_set_option_context_summary (
    app, _("Prepare agendas, keep the register of international networks and follow up "
           "returned reports."));
}

gboolean
ber_cli_wants_console (GVariantDict *options)
{
  return g_variant_dict_contains (options, "version")
         || g_variant_dict_contains (options, "init-demo")
         || g_variant_dict_contains (options, "list")
         || g_variant_dict_contains (options, "export")
         || g_variant_dict_contains (options, "output")
         || g_variant_dict_contains (options, "restore")
         || g_variant_dict_contains (options, "backup")
         || g_variant_dict_contains (options, "check");
}

/**
 * ber_cli_resolve_database:
 *
 * Returns: the register named by --database, else the default one.
 */
char *
ber_cli_resolve_database (GVariantDict *options)
{
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path) && path != NULL && *path)
    {
      if (g_path_is_absolute (path))
        return g_strdup (path);
      return g_canonicalize_filename (path, NULL);
    }

  return ber_store_default_path ();
}

static int
fail (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static int
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* One line, whatever the message holds. */
  g_strdelimit (message, "\n\r", ' ');
  g_printerr ("beredning: %s\n", message);
  return 1;
}

static void
print_field (GString  *line,
             GVariant *row,
             const char *column)
{
  g_autoptr(GVariant) value = g_variant_lookup_value (row, column, NULL);

  if (value == NULL)
    return;

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      gsize start = line->len;

      g_string_append (line, g_variant_get_string (value, NULL));
      /* Keep one row per line and one field per tab. */
      for (gsize i = start; i < line->len; i++)
        if (line->str[i] == '\t' || line->str[i] == '\n' || line->str[i] == '\r')
          line->str[i] = ' ';
    }
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    g_string_append_printf (line, "%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    g_string_append_printf (line, "%.2f", g_variant_get_double (value));
}

typedef struct
{
  const BerCliList *list;
  GString          *line;
} ListWriter;

/* One row as a line of tab-separated fields. */
static gboolean
write_row (GVariant *row,
           gpointer  user_data)
{
  ListWriter *writer = user_data;

  g_string_truncate (writer->line, 0);
  for (guint c = 0; writer->list->columns[c] != NULL; c++)
    {
      if (c > 0)
        g_string_append_c (writer->line, '\t');
      print_field (writer->line, row, writer->list->columns[c]);
    }
  g_string_append_c (writer->line, '\n');
  return fwrite (writer->line->str, 1, writer->line->len, stdout) == writer->line->len;
}

/* The whole list, read in one pass however long it is. */
static int
run_list (BerStore   *store,
          const char *what)
{
  const BerCliList *list = NULL;
  g_autoptr(BerQuery) query = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  ListWriter writer;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (g_str_equal (lists[i].name, what))
      list = &lists[i];

  if (list == NULL)
    return fail (_("Unknown list “%s”. Choose networks, persons, meetings, items or reports."),
                 what);

  query = ber_query_new (list->source);
  for (guint i = 0; list->order[i] != NULL; i++)
    ber_query_add_order (query, list->order[i], FALSE);

  writer.list = list;
  writer.line = line;
  if (!ber_store_foreach (store, query, write_row, &writer, &error))
    return fail ("%s", error->message);

  if (ferror (stdout) || fflush (stdout) != 0)
    return fail (_("The list could not be written: %s"), g_strerror (errno));

  return 0;
}

static int
run_export (const char   *database,
            GVariantDict *options,
            const char   *what)
{
  const char *output = NULL;
  const char *dot;
  g_autofree char *extension = NULL;
  g_autoptr(GString) available = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (!g_variant_dict_lookup (options, "output", "^&ay", &output) || output == NULL || !*output)
    return fail (_("--export needs --output=FILE; the format follows the file’s extension."));

  dot = strrchr (output, '.');
  extension = g_ascii_strdown (dot != NULL ? dot + 1 : "", -1);

  for (guint i = 0; exports[i].what != NULL; i++)
    {
      if (g_str_equal (exports[i].what, what) && g_str_equal (exports[i].extension, extension))
        {
          if (!exports[i].func (database, options, output, &error))
            return fail ("%s", error->message);
          g_print (_("Wrote %s\n"), output);
          return 0;
        }
      if (g_str_equal (exports[i].what, what))
        g_string_append_printf (available, "%s.%s", available->len ? ", " : "",
                                exports[i].extension);
    }

  if (available->len > 0)
    return fail (_("“%s” cannot be exported as .%s. Choose an output file ending in %s."),
                 what, extension, available->str);

  return fail (_("There is no export called “%s” in this version."), what);
}

int
ber_cli_run (GVariantDict *options)
{
  g_autofree char *database = ber_cli_resolve_database (options);
  g_autoptr(BerStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *what = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "init-demo"))
    {
      if (!g_variant_dict_contains (options, "database"))
        return fail (_("--init-demo needs --database=FILE naming the new register."));
      if (!ber_demo_create (database, &error))
        return fail ("%s", error->message);
      g_print (_("Created the demo register %s\n"), database);
      return 0;
    }

  if (g_variant_dict_contains (options, "restore"))
    {
      const char *backup = NULL;

      g_variant_dict_lookup (options, "restore", "^&ay", &backup);
      if (!ber_backup_restore (database, backup != NULL ? backup : "", &error))
        return fail ("%s", error->message);
      g_print (_("Restored %s from %s\n"), database, backup);
      return 0;
    }

  if (g_variant_dict_contains (options, "output") && !g_variant_dict_contains (options, "export"))
    return fail (_("--output is used with --export=WHAT."));

  /* A register of an older schema is migrated once here, after a snapshot. */
  store = ber_backup_open_register (database, &error);
  if (store == NULL)
    return fail ("%s", error->message);

  if (g_variant_dict_lookup (options, "export", "&s", &what))
    return run_export (database, options, what);

  if (g_variant_dict_contains (options, "backup"))
    {
      g_autofree char *path = NULL;

      if (!ber_backup_now (store, &path, &error))
        return fail ("%s", error->message);
      g_print (_("Wrote the backup %s\n"), path);
      return 0;
    }

  if (g_variant_dict_contains (options, "check"))
    {
      if (!ber_store_check_integrity (store, &error))
        return fail ("%s", error->message);
      g_print ("ok\n");
      return 0;
    }

  if (g_variant_dict_lookup (options, "list", "&s", &what))
    return run_list (store, what);

  return 0;
}
