/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-report-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-csv-writer.h"
#include "ber-date.h"
#include "ber-export.h"
#include "ber-labels.h"
#include "ber-membership-register.h"
#include "ber-print-document.h"
#include "ber-report-export.h"
#include "ber-report-logic.h"
#include "ber-report.h"

/* A report with what its pages show about the event and the assignment. */
typedef struct
{
  GVariant  *report;      /* row of report_list */
  GVariant  *event;       /* row of forum_event, or NULL */
  GVariant  *assignment;  /* row of assignment_list, or NULL */
  BerReport *object;
  char      *date;        /* the event's first day, else the due date: orders the period */
  char      *body_short_name;
} ReportEntry;

static void
report_entry_free (ReportEntry *entry)
{
  g_clear_pointer (&entry->report, g_variant_unref);
  g_clear_pointer (&entry->event, g_variant_unref);
  g_clear_pointer (&entry->assignment, g_variant_unref);
  g_clear_object (&entry->object);
  g_free (entry->date);
  g_free (entry->body_short_name);
  g_free (entry);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ReportEntry, report_entry_free)

/* The four parts of the template (seed 000), with their columns. */
static const struct
{
  const char *column;
  const char *heading;
} parts[] = {
  { "subject_areas", N_("Subject areas dealt with") },
  { "positions", N_("Positions taken by the region's representatives") },
  { "continued_work", N_("The region's continued work in the forum") },
  { "home_work", N_("The region's work at home on the forum's questions") },
};

/* Loading */

static GVariant *
get_optional (BerStore   *store,
              const char *source,
              gint64      id,
              GError    **error)
{
  if (id == 0)
    return NULL;
  return ber_store_get (store, source, id, error);
}

static ReportEntry *
report_entry_new (BerStore  *store,
                  GVariant  *report,
                  GError   **error)
{
  g_autoptr(ReportEntry) entry = g_new0 (ReportEntry, 1);
  gint64 event_id = ber_row_integer (report, "event_id");
  gint64 assignment_id = ber_row_integer (report, "assignment_id");
  g_autoptr(GVariant) body = NULL;

  entry->report = g_variant_ref (report);
  entry->event = get_optional (store, "forum_event", event_id, error);
  if (event_id != 0 && entry->event == NULL)
    return NULL;
  entry->assignment = get_optional (store, "assignment_list", assignment_id, error);
  if (assignment_id != 0 && entry->assignment == NULL)
    return NULL;
  body = ber_store_get (store, "body", ber_row_integer (report, "body_id"), error);
  if (body == NULL)
    return NULL;
  entry->body_short_name = g_strdup (*ber_row_text (body, "short_name")
                                       ? ber_row_text (body, "short_name")
                                       : ber_row_text (body, "name"));
  entry->object = BER_REPORT (ber_record_new_from_row (BER_TYPE_REPORT, report));
  entry->date = g_strdup (*ber_row_text (report, "event_starts_on")
                            ? ber_row_text (report, "event_starts_on")
                            : ber_row_text (report, "due_on"));
  return g_steal_pointer (&entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const ReportEntry *x = *(ReportEntry * const *) a;
  const ReportEntry *y = *(ReportEntry * const *) b;
  int by_date = strcmp (x->date, y->date);
  int by_name;

  if (by_date != 0)
    return by_date;
  by_name = g_utf8_collate (ber_row_text (x->report, "person_name"),
                            ber_row_text (y->report, "person_name"));
  if (by_name != 0)
    return by_name;
  return ber_row_integer (x->report, "id") < ber_row_integer (y->report, "id") ? -1 : 1;
}

/* The reports of @body_id (0: all) whose event falls in the period, in date order. */
static GPtrArray *
load_period (BerStore    *store,
             gint64       body_id,
             const char  *from,
             const char  *to,
             GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("report_list");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  if (body_id != 0)
    ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (body_id));
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (store, query, 0, G_MAXUINT, error);
  if (rows == NULL)
    return NULL;

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) report_entry_free);
  for (guint i = 0; i < rows->len; i++)
    {
      ReportEntry *entry = report_entry_new (store, g_ptr_array_index (rows, i), error);

      if (entry == NULL)
        return NULL;
      if ((from != NULL && strcmp (entry->date, from) < 0)
          || (to != NULL && strcmp (entry->date, to) > 0))
        {
          report_entry_free (entry);
          continue;
        }
      g_ptr_array_add (entries, entry);
    }

  g_ptr_array_sort (entries, compare_entries);
  return g_steal_pointer (&entries);
}

/* Words */

static const char *
forum_name (ReportEntry *entry)
{
  if (*ber_row_text (entry->report, "event_title"))
    return ber_row_text (entry->report, "event_title");
  if (*ber_row_text (entry->assignment, "network_name"))
    return ber_row_text (entry->assignment, "network_name");
  return ber_row_text (entry->assignment, "forum");
}

static const char *
network_name (ReportEntry *entry)
{
  if (*ber_row_text (entry->report, "network_name"))
    return ber_row_text (entry->report, "network_name");
  if (*ber_row_text (entry->assignment, "network_name"))
    return ber_row_text (entry->assignment, "network_name");
  return ber_row_text (entry->assignment, "forum");
}

/* "Representative, AER – Politiska byrån" */
static char *
assignment_words (GVariant *assignment)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *network = ber_row_text (assignment, "network_name");
  const char *network_body = ber_row_text (assignment, "network_body_name");
  const char *forum = ber_row_text (assignment, "forum");

  if (assignment == NULL)
    return g_strdup ("");

  g_string_append (out, ber_choice_label (BER_CHOICES_ASSIGNMENT_ROLE,
                                          ber_row_text (assignment, "role")));
  g_string_append_printf (out, ", %s", *network ? network : forum);
  if (*network_body)
    g_string_append_printf (out, " – %s", network_body);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
event_dates (GVariant *event)
{
  const char *starts_on = ber_row_text (event, "starts_on");
  const char *ends_on = ber_row_text (event, "ends_on");

  if (*ends_on == '\0' || g_str_equal (starts_on, ends_on))
    return g_strdup (starts_on);
  return g_strdup_printf (_("%s – %s"), starts_on, ends_on);
}

/* How late: "12 days late" while it is awaited, "Arrived 3 days late" once it came. */
static char *
lateness_words (ReportEntry *entry,
                const char  *today)
{
  const char *due_on = ber_row_text (entry->report, "due_on");
  const char *received_on = ber_row_text (entry->report, "received_on");
  int days;

  if (ber_report_is_late (entry->object, today))
    {
      days = ber_date_days_until (due_on, today);
      return g_strdup_printf (ngettext ("%d day late", "%d days late", days), days);
    }
  if (*received_on && strcmp (received_on, due_on) > 0)
    {
      days = ber_date_days_until (due_on, received_on);
      return g_strdup_printf (ngettext ("Arrived %d day late", "Arrived %d days late", days), days);
    }
  return g_strdup ("");
}

static const char *
status_words (ReportEntry *entry)
{
  return ber_choice_label (BER_CHOICES_REPORT_STATUS, ber_row_text (entry->report, "status"));
}

static char *
report_heading (ReportEntry *entry)
{
  /* Translators: a report in the annex, "Åsa Lindqvist – AER:s generalförsamling" */
  return g_strdup_printf (_("%s – %s"), ber_row_text (entry->report, "person_name"),
                          forum_name (entry));
}

/* The document */

static void
add_if (BerPrintDocument *doc,
        const char       *key,
        const char       *value)
{
  if (value != NULL && *value != '\0')
    ber_print_document_add_key_value (doc, key, value);
}

/* The text of a part, paragraph by paragraph: a blank line parts them, a line break stays. */
static void
add_part_text (BerPrintDocument *doc,
               const char       *text)
{
  g_autoptr(GRegex) blank = g_regex_new ("\\r?\\n([ \\t]*\\r?\\n)+", 0, 0, NULL);
  g_auto(GStrv) paragraphs = g_regex_split (blank, text, 0);
  guint added = 0;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *paragraph = g_strstrip (g_strdup (paragraphs[i]));

      if (*paragraph == '\0')
        continue;
      g_strdelimit (paragraph, "\r", ' ');
      ber_print_document_add_paragraph (doc, paragraph, BER_PRINT_STYLE_NORMAL);
      added++;
    }

  if (added == 0)
    ber_print_document_add_paragraph (doc, _("Not filled in."), BER_PRINT_STYLE_ITALIC);
}

static void
add_facts (BerPrintDocument *doc,
           ReportEntry      *entry)
{
  GVariant *report = entry->report;
  g_autofree char *assignment = assignment_words (entry->assignment);
  g_autofree char *dates = entry->event != NULL ? event_dates (entry->event) : NULL;

  ber_print_document_add_key_value (doc, _("Reported by"), ber_row_text (report, "person_name"));
  add_if (doc, _("Assignment"), assignment);
  add_if (doc, _("Event"), ber_row_text (entry->event, "title"));
  add_if (doc, _("Place"), ber_row_text (entry->event, "place"));
  add_if (doc, _("Dates"), dates);
  ber_print_document_add_key_value (doc, _("Reports to"), ber_row_text (report, "body_name"));
  ber_print_document_add_key_value (doc, _("Status"), status_words (entry));
  ber_print_document_add_key_value (doc, _("Due"), ber_row_text (report, "due_on"));
  add_if (doc, _("Received"), ber_row_text (report, "received_on"));
  add_if (doc, _("Presented"), ber_row_text (report, "presented_on"));
  add_if (doc, _("Reminded"), ber_row_text (report, "reminded_on"));
}

static void
add_parts (BerPrintDocument *doc,
           ReportEntry      *entry,
           guint             level)
{
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *heading = g_strdup_printf ("%u. %s", i + 1, _(parts[i].heading));

      ber_print_document_add_heading (doc, level, heading);
      add_part_text (doc, ber_row_text (entry->report, parts[i].column));
    }
}

static BerPrintDocument *
report_document (BerStore    *store,
                 ReportEntry *entry)
{
  g_autofree char *title = g_strdup_printf (_("Returned report from %s"), forum_name (entry));
  g_autofree char *pdf_title = g_strdup_printf ("%s – %s", title,
                                                ber_row_text (entry->report, "person_name"));
  BerPrintDocument *doc = ber_print_document_new (pdf_title);

  ber_export_set_issuer (doc, store);
  ber_print_document_set_header_text (doc, ber_row_text (entry->report, "body_name"));
  ber_print_document_add_title (doc, title);
  add_facts (doc, entry);
  ber_print_document_add_spacer (doc, 6);
  add_parts (doc, entry, 1);
  return doc;
}

static char *
period_words (const char *from,
              const char *to)
{
  if (from != NULL && to != NULL)
    return g_strdup_printf (_("%s – %s"), from, to);
  if (from != NULL)
    /* Translators: a period open at its end */
    return g_strdup_printf (_("From %s"), from);
  if (to != NULL)
    /* Translators: a period open at its start */
    return g_strdup_printf (_("Until %s"), to);
  return g_strdup (_("All reports"));
}

static void
add_overview (BerPrintDocument *doc,
              GPtrArray        *entries,
              const char       *today,
              gboolean          with_body)
{
  const char *all_headers[] = { _("Person"), _("Event"), _("Date"), _("Body"), _("Status"),
                                _("Due"), _("Late") };
  /* Dates and short names on one line; the names of persons and events may wrap. */
  const double all_widths[] = { 16, 21, 13, 7, 11, 13, 19 };
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_late = 0, n_arrived = 0;
  g_autofree char *summary = NULL;
  BerPrintTable *table;

  for (guint c = 0; c < G_N_ELEMENTS (all_headers); c++)
    {
      if (c == 3 && !with_body)
        continue;
      g_ptr_array_add (headers, (gpointer) all_headers[c]);
      g_array_append_val (widths, all_widths[c]);
    }

  ber_print_document_add_heading (doc, 1, _("Overview"));
  if (entries->len == 0)
    {
      ber_print_document_add_paragraph (doc, _("No report was owed in the period."),
                                        BER_PRINT_STYLE_NORMAL);
      return;
    }

  table = ber_print_document_add_table (doc, headers->len, (const char * const *) headers->pdata,
                                        (const double *) widths->data);
  for (guint i = 0; i < entries->len; i++)
    {
      ReportEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *late = lateness_words (entry, today);
      g_autoptr(GPtrArray) cells = g_ptr_array_new ();

      g_ptr_array_add (cells, (gpointer) ber_row_text (entry->report, "person_name"));
      g_ptr_array_add (cells, (gpointer) forum_name (entry));
      g_ptr_array_add (cells, entry->date);
      if (with_body)
        g_ptr_array_add (cells, (gpointer) entry->body_short_name);
      g_ptr_array_add (cells, (gpointer) status_words (entry));
      g_ptr_array_add (cells, (gpointer) ber_row_text (entry->report, "due_on"));
      g_ptr_array_add (cells, late);
      ber_print_table_add_row (table, BER_PRINT_STYLE_NORMAL, (const char * const *) cells->pdata);

      n_late += ber_report_is_late (entry->object, today);
      n_arrived += !g_str_equal (ber_row_text (entry->report, "status"), "expected");
    }

  /* Translators: "12 reports were owed in the period; 9 have arrived and 2 are late." */
  summary = g_strdup_printf (_("%u reports were owed in the period; %u have arrived and %u are "
                               "late."),
                             entries->len, n_arrived, n_late);
  ber_print_document_add_paragraph (doc, summary, BER_PRINT_STYLE_ITALIC);
}

static BerPrintDocument *
reports_document (BerStore   *store,
                  GPtrArray  *entries,
                  const char *body_name,
                  const char *from,
                  const char *to,
                  const char *today)
{
  g_autofree char *period = period_words (from, to);
  g_autofree char *title = g_strdup (_("Returned reports from international assignments"));
  g_autofree char *pdf_title = g_strdup_printf ("%s, %s", title, period);
  BerPrintDocument *doc = ber_print_document_new (pdf_title);
  guint n_printed = 0;

  ber_export_set_issuer (doc, store);
  if (body_name != NULL)
    ber_print_document_set_header_text (doc, body_name);
  ber_print_document_add_title (doc, title);
  add_if (doc, _("Reports to"), body_name);
  ber_print_document_add_key_value (doc, _("Period"), period);
  ber_print_document_add_key_value (doc, _("Situation as of"), today);
  ber_print_document_add_paragraph (doc,
                                    _("The reports that the region’s elected representatives "
                                      "returned from their international assignments, under the "
                                      "four headings of the template, with an overview of every "
                                      "report owed in the period."),
                                    BER_PRINT_STYLE_NORMAL);
  ber_print_document_add_table_of_contents (doc, _("Contents"), 1);
  add_overview (doc, entries, today, body_name == NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      ReportEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *heading = NULL;

      if (g_str_equal (ber_row_text (entry->report, "status"), "expected"))
        continue;
      heading = report_heading (entry);
      ber_print_document_add_page_break (doc);
      ber_print_document_add_heading (doc, 1, heading);
      add_facts (doc, entry);
      ber_print_document_add_spacer (doc, 6);
      add_parts (doc, entry, 2);
      n_printed++;
    }

  if (n_printed == 0)
    ber_print_document_add_paragraph (doc, _("No report arrived in the period."),
                                      BER_PRINT_STYLE_ITALIC);
  return doc;
}

static BerCsvWriter *
reports_csv (GPtrArray  *entries,
             const char *today)
{
  BerCsvWriter *csv = ber_csv_writer_new ();

  ber_csv_writer_add_row (csv, _("Person"), _("Network"), _("Event"), _("Event date"), _("Body"),
                          _("Status"), _("Due"), _("Received"), _("Presented"), _("Reminded"),
                          _("Late"), NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      ReportEntry *entry = g_ptr_array_index (entries, i);
      GVariant *report = entry->report;

      ber_csv_writer_add_text (csv, ber_row_text (report, "person_name"));
      ber_csv_writer_add_text (csv, network_name (entry));
      ber_csv_writer_add_text (csv, forum_name (entry));
      ber_csv_writer_add_text (csv, ber_row_text (report, "event_starts_on"));
      ber_csv_writer_add_text (csv, ber_row_text (report, "body_name"));
      ber_csv_writer_add_text (csv, status_words (entry));
      ber_csv_writer_add_text (csv, ber_row_text (report, "due_on"));
      ber_csv_writer_add_text (csv, ber_row_text (report, "received_on"));
      ber_csv_writer_add_text (csv, ber_row_text (report, "presented_on"));
      ber_csv_writer_add_text (csv, ber_row_text (report, "reminded_on"));
      ber_csv_writer_add_text (csv, ber_report_is_late (entry->object, today) ? _("Yes") : _("No"));
      ber_csv_writer_end_row (csv);
    }

  return csv;
}

/* Public API */

gboolean
ber_export_report (BerStore   *store,
                   gint64      report_id,
                   const char *output_path,
                   GError    **error)
{
  g_autoptr(GVariant) row = NULL;
  g_autoptr(ReportEntry) entry = NULL;
  g_autoptr(BerPrintDocument) doc = NULL;
  BerExportFormat format;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);

  if (!ber_export_format_from_path (output_path, BER_EXPORT_ALLOW_PDF, &format, error))
    return FALSE;

  row = ber_store_get (store, "report_list", report_id, error);
  if (row == NULL)
    return FALSE;
  entry = report_entry_new (store, row, error);
  if (entry == NULL)
    return FALSE;

  doc = report_document (store, entry);
  return ber_print_document_write_pdf (doc, output_path, error);
}

gboolean
ber_export_reports (BerStore   *store,
                    gint64      body_id,
                    const char *from,
                    const char *to,
                    const char *output_path,
                    GError    **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GVariant) body = NULL;
  const char *today;
  BerExportFormat format;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);

  if (!ber_export_format_from_path (output_path, BER_EXPORT_ALLOW_PDF | BER_EXPORT_ALLOW_CSV,
                                    &format, error))
    return FALSE;

  if (body_id != 0)
    {
      body = ber_store_get (store, "body", body_id, error);
      if (body == NULL)
        return FALSE;
    }

  entries = load_period (store, body_id, from, to, error);
  if (entries == NULL)
    return FALSE;
  today = ber_store_get_today (store);

  if (format == BER_EXPORT_FORMAT_PDF)
    {
      g_autoptr(BerPrintDocument) doc
          = reports_document (store, entries, body != NULL ? ber_row_text (body, "name") : NULL, from, to,
                              today);

      return ber_print_document_write_pdf (doc, output_path, error);
    }
  else
    {
      g_autoptr(BerCsvWriter) csv = reports_csv (entries, today);

      return ber_csv_writer_write (csv, output_path, error);
    }
}

struct _BerReportsExportSpec
{
  gint64  body_id;
  char   *from;
  char   *to;
};

/**
 * ber_reports_export_spec_new:
 * @body_id: the body the reports go to, or 0 for every body
 * @from: (nullable): the first day of the period, YYYY-MM-DD
 * @to: (nullable): its last day
 *
 * What ber_export_reports_spec() exports, to hand to an export that runs
 * in another thread.
 */
BerReportsExportSpec *
ber_reports_export_spec_new (gint64      body_id,
                             const char *from,
                             const char *to)
{
  BerReportsExportSpec *spec = g_new0 (BerReportsExportSpec, 1);

  spec->body_id = body_id;
  spec->from = g_strdup (from);
  spec->to = g_strdup (to);
  return spec;
}

void
ber_reports_export_spec_free (BerReportsExportSpec *spec)
{
  if (spec == NULL)
    return;
  g_free (spec->from);
  g_free (spec->to);
  g_free (spec);
}

/* ber_export_reports() with its body and period in @spec (a BerReportsExportSpec). */
gboolean
ber_export_reports_spec (BerStore    *store,
                         gpointer     spec,
                         const char  *output_path,
                         GError     **error)
{
  BerReportsExportSpec *reports = spec;

  g_return_val_if_fail (spec != NULL, FALSE);
  return ber_export_reports (store, reports->body_id, reports->from, reports->to, output_path,
                             error);
}

/* The command line */

static gboolean
date_option (GVariantDict  *options,
             const char    *name,
             char         **date,
             GError       **error)
{
  const char *text = NULL;
  GDate parsed;

  *date = NULL;
  if (!g_variant_dict_lookup (options, name, "&s", &text))
    return TRUE;

  if (!ber_date_parse (text, &parsed))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("--%s=%s is not a date: write it as YYYY-MM-DD, for example 2026-03-14."),
                   name, text);
      return FALSE;
    }

  *date = ber_date_format (&parsed);
  return TRUE;
}

gboolean
ber_export_report_cli (const char   *database,
                       GVariantDict *options,
                       const char   *output,
                       GError      **error)
{
  g_autoptr(BerStore) store = NULL;
  const char *text = NULL;
  char *end = NULL;
  gint64 id;

  if (!g_variant_dict_lookup (options, "report", "&s", &text))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("--export=report needs --report=ID; --list=reports shows the ids."));
      return FALSE;
    }

  id = g_ascii_strtoll (text, &end, 10);
  if (*text == '\0' || end == NULL || *end != '\0' || id <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("--report=%s is not a report id; --list=reports shows the ids."), text);
      return FALSE;
    }

  store = ber_store_open (database, error);
  if (store == NULL)
    return FALSE;

  if (!ber_export_report (store, id, output, error))
    {
      if (error != NULL && g_error_matches (*error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND))
        {
          g_clear_error (error);
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                       _("There is no report %s in the register; --list=reports shows the ids."),
                       text);
        }
      return FALSE;
    }

  return TRUE;
}

/*
 * --from and --to bound the period; without them, --year gives its calendar
 * year, and without that the period is open.
 */
gboolean
ber_export_reports_cli (const char   *database,
                        GVariantDict *options,
                        const char   *output,
                        GError      **error)
{
  g_autoptr(BerStore) store = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gint64 body_id;
  int year;

  if (!date_option (options, "from", &from, error) || !date_option (options, "to", &to, error))
    return FALSE;
  if (from != NULL && to != NULL && strcmp (from, to) > 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The period ends before it begins: --from=%s is after --to=%s."), from, to);
      return FALSE;
    }

  store = ber_store_open (database, error);
  if (store == NULL || !ber_export_get_cli_options (store, options, &body_id, &year, error))
    return FALSE;

  if (year != 0 && from == NULL && to == NULL)
    {
      from = g_strdup_printf ("%04d-01-01", year);
      to = g_strdup_printf ("%04d-12-31", year);
    }

  return ber_export_reports (store, body_id, from, to, output, error);
}
