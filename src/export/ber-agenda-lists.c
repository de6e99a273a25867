/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-agenda-export"

/*
 * The item list as CSV, meetings as iCalendar, and the command line of the
 * meeting papers.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-agenda-export.h"
#include "ber-agenda-export-private.h"
#include "ber-csv-writer.h"
#include "ber-export.h"
#include "ber-items.h"
#include "ber-labels.h"
#include "ber-membership-register.h"

/* The item list */

gboolean
ber_export_items (BerStore    *store,
                  gint64       body_id,
                  int          year,
                  const char  *status,
                  const char  *output_path,
                  GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("item_list");

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);

  if (body_id > 0)
    ber_query_add_condition (query, "routed_body_id", BER_QUERY_EQ,
                             g_variant_new_int64 (body_id));
  if (year > 0)
    {
      g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
      g_autofree char *to = g_strdup_printf ("%04d-12-31", year);

      ber_query_add_condition (query, "received_on", BER_QUERY_GE, g_variant_new_string (from));
      ber_query_add_condition (query, "received_on", BER_QUERY_LE, g_variant_new_string (to));
    }
  if (status != NULL && *status != '\0')
    ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string (status));
  ber_query_add_order (query, "received_on", FALSE);
  ber_query_add_order (query, "id", FALSE);

  return ber_export_items_query (store, query, output_path, error);
}

gboolean
ber_export_items_query (BerStore        *store,
                        const BerQuery  *query,
                        const char      *output_path,
                        GError         **error)
{
  g_autoptr(BerCsvWriter) csv = ber_csv_writer_new ();
  g_autoptr(GPtrArray) rows = NULL;
  BerExportFormat format;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (g_strcmp0 (ber_query_get_source (query), "item_list") == 0, FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);

  if (!ber_export_format_from_path (output_path, BER_EXPORT_ALLOW_CSV, &format, error))
    return FALSE;

  rows = ber_store_select (store, query, 0, 1000000, error);
  if (rows == NULL)
    return FALSE;

  ber_csv_writer_add_row (csv, _("Id"), _("Diary number"), _("Title"), _("Type"), _("Status"),
                          _("Received"), _("Reply by"), _("Subject area"), _("Case officer"),
                          _("Body"), _("Confidential"), NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);

      ber_csv_writer_add_integer (csv, ber_row_integer (row, "id"));
      ber_csv_writer_add_text (csv, ber_row_text (row, "diary_number"));
      ber_csv_writer_add_text (csv, ber_row_text (row, "title"));
      ber_csv_writer_add_text (csv, ber_choice_label (BER_CHOICES_ITEM_TYPE,
                                                      ber_row_text (row, "type")));
      ber_csv_writer_add_text (csv, ber_choice_label (BER_CHOICES_ITEM_STATUS,
                                                      ber_row_text (row, "status")));
      ber_csv_writer_add_text (csv, ber_row_text (row, "received_on"));
      ber_csv_writer_add_text (csv, ber_row_text (row, "reply_by"));
      ber_csv_writer_add_text (csv, ber_row_text (row, "subject_area_name"));
      ber_csv_writer_add_text (csv, ber_row_text (row, "case_officer_name"));
      ber_csv_writer_add_text (csv, ber_row_text (row, "routed_body_name"));
      ber_csv_writer_add_text (csv, ber_row_integer (row, "confidential") ? _("Yes") : "");
      ber_csv_writer_end_row (csv);
    }

  return ber_csv_writer_write (csv, output_path, error);
}

/* iCalendar */

static const char vtimezone[] =
  "BEGIN:VTIMEZONE\r\n"
  "TZID:Europe/Stockholm\r\n"
  "BEGIN:DAYLIGHT\r\n"
  "TZOFFSETFROM:+0100\r\n"
  "TZOFFSETTO:+0200\r\n"
  "TZNAME:CEST\r\n"
  "DTSTART:19700329T020000\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
  "END:DAYLIGHT\r\n"
  "BEGIN:STANDARD\r\n"
  "TZOFFSETFROM:+0200\r\n"
  "TZOFFSETTO:+0100\r\n"
  "TZNAME:CET\r\n"
  "DTSTART:19701025T030000\r\n"
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
  "END:STANDARD\r\n"
  "END:VTIMEZONE\r\n";

/* TEXT as RFC 5545 §3.3.11 wants it: \\ \; \, and \n escaped. */
static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ';': g_string_append (out, "\\;"); break;
        case ',': g_string_append (out, "\\,"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': break;
        default: g_string_append_c (out, *p); break;
        }
    }
}

/* A content line, folded at 75 octets without splitting a character, ending in CRLF. */
static void
append_line (GString    *out,
             const char *line)
{
  gsize length = strlen (line);
  gsize start = 0;
  gsize room = 75;

  while (length - start > room)
    {
      gsize cut = start + room;

      /* Back up to the start of a UTF-8 character. */
      while (cut > start && ((guchar) line[cut] & 0xC0) == 0x80)
        cut--;
      g_string_append_len (out, line + start, cut - start);
      g_string_append (out, "\r\n ");
      start = cut;
      room = 74;   /* the leading space counts */
    }
  g_string_append (out, line + start);
  g_string_append (out, "\r\n");
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *text)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  append_escaped (line, text);
  append_line (out, line->str);
}

static gboolean
parse_local (const char *date,
             const char *time,
             int         add_minutes,
             char        out[16])
{
  int y, mo, d, h = 9, mi = 0;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *text = NULL;

  if (sscanf (date, "%d-%d-%d", &y, &mo, &d) != 3)
    return FALSE;
  if (time != NULL && *time != '\0')
    sscanf (time, "%d:%d", &h, &mi);
  /* Wall-clock arithmetic: the time zone is named in TZID. */
  start = g_date_time_new (utc, y, mo, d, h, mi, 0);
  if (start == NULL)
    return FALSE;
  end = g_date_time_add_minutes (start, add_minutes);
  text = g_date_time_format (end, "%Y%m%dT%H%M%S");
  g_strlcpy (out, text, 16);
  return TRUE;
}

static void
append_event (GString          *out,
              BerAgendaMeeting *m,
              const char       *stamp)
{
  GVariant *meeting = m->meeting;
  g_autoptr(GString) description = g_string_new (NULL);
  g_autofree char *uid = g_strdup_printf ("meeting-%" G_GINT64_FORMAT "@beredning",
                                          ber_row_integer (meeting, "id"));
  /* Translators: the calendar event of a meeting; %s is the body's name as
   * written, "Regionstyrelsen", so put it where it needs no ending, as in
   * "Sammanträde: Regionstyrelsen" (not "Regionstyrelsen sammanträde") */
  g_autofree char *summary = g_strdup_printf (_("%s meeting"), ber_row_text (meeting, "body_name"));
  char start[16], end[16];
  int minutes = 0;

  for (guint i = 0; i < m->entries->len; i++)
    {
      g_autofree char *number = ber_agenda_entry_number (m, i);
      g_autofree char *title = ber_agenda_entry_title (m, i, TRUE);

      minutes += (int) ber_row_integer (g_ptr_array_index (m->entries, i), "estimated_minutes");
      if (description->len == 0)
        g_string_append_printf (description, "%s\n", C_("paper", "Agenda"));
      if (*number != '\0')
        g_string_append_printf (description, "%s %s\n", number, title);
      else
        g_string_append_printf (description, "%s\n", title);
    }
  if (description->len > 0)
    g_string_truncate (description, description->len - 1);
  minutes = minutes < 60 ? (m->entries->len > 0 ? 60 : 180) : minutes;

  if (!parse_local (ber_row_text (meeting, "held_on"), ber_row_text (meeting, "starts_at"), 0,
                    start)
      || !parse_local (ber_row_text (meeting, "held_on"), ber_row_text (meeting, "starts_at"),
                       minutes, end))
    return;

  append_line (out, "BEGIN:VEVENT");
  append_property (out, "UID", uid);
  append_line (out, stamp);
  {
    g_autofree char *s = g_strdup_printf ("DTSTART;TZID=Europe/Stockholm:%s", start);
    g_autofree char *e = g_strdup_printf ("DTEND;TZID=Europe/Stockholm:%s", end);

    append_line (out, s);
    append_line (out, e);
  }
  append_property (out, "SUMMARY", summary);
  if (*ber_row_text (meeting, "place"))
    append_property (out, "LOCATION", ber_row_text (meeting, "place"));
  if (description->len > 0)
    append_property (out, "DESCRIPTION", description->str);
  append_line (out, g_str_equal (ber_row_text (meeting, "status"), "cancelled")
                      ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
  append_line (out, "END:VEVENT");
}

char *
ber_agenda_ics_text (BerStore  *store,
                     gint64     meeting_id,
                     GError   **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "DTSTAMP:%Y%m%dT%H%M%SZ");
  g_autofree char *prodid = g_strdup_printf ("PRODID:-//Beredning//Beredning %s//SV",
                                             PACKAGE_VERSION);

  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  if (meeting_id > 0)
    g_array_append_val (ids, meeting_id);
  else
    {
      g_autoptr(BerQuery) query = ber_query_new ("meeting_list");
      g_autoptr(GPtrArray) rows = NULL;

      ber_query_add_condition (query, "held_on", BER_QUERY_GE,
                               g_variant_new_string (ber_store_get_today (store)));
      ber_query_add_order (query, "held_on", FALSE);
      ber_query_add_order (query, "starts_at", FALSE);
      rows = ber_store_select (store, query, 0, G_MAXUINT, error);
      if (rows == NULL)
        return NULL;
      for (guint i = 0; i < rows->len; i++)
        {
          gint64 id = ber_row_integer (g_ptr_array_index (rows, i), "id");

          g_array_append_val (ids, id);
        }
    }

  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, prodid);
  append_line (out, "CALSCALE:GREGORIAN");
  append_line (out, "METHOD:PUBLISH");
  g_string_append (out, vtimezone);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BerAgendaMeeting) m = ber_agenda_meeting_load (store,
                                                               g_array_index (ids, gint64, i),
                                                               error);

      if (m == NULL)
        return NULL;
      append_event (out, m, stamp);
      /* An item's title that could not be read fails the calendar. */
      if (m->error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&m->error));
          return NULL;
        }
    }
  append_line (out, "END:VCALENDAR");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
ber_export_ics (BerStore    *store,
                gint64       meeting_id,
                const char  *output_path,
                GError     **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);

  if (!g_str_has_suffix (output_path, ".ics") && !g_str_has_suffix (output_path, ".ICS"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A calendar is written as iCalendar: choose a file ending in .ics."));
      return FALSE;
    }
  text = ber_agenda_ics_text (store, meeting_id, error);
  return text != NULL && ber_export_write_file (output_path, text, strlen (text), error);
}

/* The papers of a meeting, for the interface */

struct _BerMeetingPaperJob
{
  BerMeetingPaper   paper;
  gint64            id;
  BerPrintDocument *document;
};

/* @id: the meeting, or for %BER_MEETING_PAPER_EXTRACT the agenda entry */
BerMeetingPaperJob *
ber_meeting_paper_job_new (BerMeetingPaper paper,
                           gint64          id)
{
  BerMeetingPaperJob *job = g_new0 (BerMeetingPaperJob, 1);

  job->paper = paper;
  job->id = id;
  return job;
}

void
ber_meeting_paper_job_free (gpointer data)
{
  BerMeetingPaperJob *job = data;

  if (job == NULL)
    return;
  g_clear_object (&job->document);
  g_free (job);
}

/* Returns: (transfer none) (nullable): the document ber_meeting_paper_build() made */
BerPrintDocument *
ber_meeting_paper_job_get_document (BerMeetingPaperJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);
  return job->document;
}

static BerPrintDocument *
paper_document (BerStore            *store,
                BerMeetingPaperJob  *job,
                GError             **error)
{
  switch (job->paper)
    {
    case BER_MEETING_PAPER_AGENDA:
      return ber_agenda_document (store, job->id, error);
    case BER_MEETING_PAPER_MINUTES:
      return ber_minutes_document (store, job->id, error);
    case BER_MEETING_PAPER_EXTRACT:
      return ber_minutes_extract_document (store, job->id, error);
    case BER_MEETING_PAPER_PACK:
    case BER_MEETING_PAPER_PUBLIC_PACK:
      return ber_meeting_pack_document (store, job->id,
                                        job->paper == BER_MEETING_PAPER_PUBLIC_PACK, error);
    case BER_MEETING_PAPER_ICS:
    default:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("A calendar cannot be printed; export it instead."));
      return NULL;
    }
}

/**
 * ber_meeting_paper_export:
 * @job: a #BerMeetingPaperJob
 *
 * Writes the paper of @job to @output_path: a PDF, or for
 * %BER_MEETING_PAPER_ICS an iCalendar file.
 */
gboolean
ber_meeting_paper_export (BerStore    *store,
                          gpointer     data,
                          const char  *output_path,
                          GError     **error)
{
  BerMeetingPaperJob *job = data;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (job != NULL, FALSE);

  switch (job->paper)
    {
    case BER_MEETING_PAPER_AGENDA:
      return ber_export_agenda (store, job->id, output_path, error);
    case BER_MEETING_PAPER_MINUTES:
      return ber_export_minutes (store, job->id, output_path, error);
    case BER_MEETING_PAPER_EXTRACT:
      return ber_export_minutes_extract (store, job->id, output_path, error);
    case BER_MEETING_PAPER_ARCHIVAL_MINUTES:
      return ber_export_minutes_archival (store, job->id, output_path, error);
    case BER_MEETING_PAPER_ARCHIVAL_EXTRACT:
      return ber_export_extract_archival (store, job->id, output_path, error);
    case BER_MEETING_PAPER_ICS:
      return ber_export_ics (store, job->id, output_path, error);
    case BER_MEETING_PAPER_PACK:
    case BER_MEETING_PAPER_PUBLIC_PACK:
    default:
      return ber_export_meeting_pack (store, job->id,
                                      job->paper == BER_MEETING_PAPER_PUBLIC_PACK, output_path,
                                      error);
    }
}

/**
 * ber_meeting_paper_build:
 * @job: a #BerMeetingPaperJob of a printable paper
 *
 * Lays out the paper of @job, to be printed once the job is back on the
 * main thread.
 */
gboolean
ber_meeting_paper_build (BerStore      *store,
                         gpointer       data,
                         GCancellable  *cancellable,
                         GError       **error)
{
  BerMeetingPaperJob *job = data;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (job != NULL, FALSE);

  g_clear_object (&job->document);
  job->document = paper_document (store, job, error);
  return job->document != NULL;
}

/* The item list and board papers, for the interface */

/**
 * ber_export_items_filtered:
 * @data: a #BerListFilter of the export's own (ber_items_copy_filter()),
 *   with the item criteria of ber-items.h
 *
 * Writes the item list as the interface shows it with that filter: its
 * criteria, search and order, as CSV (a BerExportDataFunc).
 */
gboolean
ber_export_items_filtered (BerStore    *store,
                           gpointer     data,
                           const char  *output_path,
                           GError     **error)
{
  g_autoptr(BerQuery) query = NULL;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (BER_IS_LIST_FILTER (data), FALSE);

  query = ber_items_query_for (data, ber_store_get_today (store));
  return ber_export_items_query (store, query, output_path, error);
}

struct _BerBoardPaperJob
{
  gint64            item_id;
  BerPrintDocument *document;
};

BerBoardPaperJob *
ber_board_paper_job_new (gint64 item_id)
{
  BerBoardPaperJob *job = g_new0 (BerBoardPaperJob, 1);

  job->item_id = item_id;
  return job;
}

void
ber_board_paper_job_free (gpointer data)
{
  BerBoardPaperJob *job = data;

  if (job == NULL)
    return;
  g_clear_object (&job->document);
  g_free (job);
}

/* Returns: (transfer none) (nullable): the document ber_board_paper_build() made */
BerPrintDocument *
ber_board_paper_job_get_document (BerBoardPaperJob *job)
{
  g_return_val_if_fail (job != NULL, NULL);
  return job->document;
}

/**
 * ber_board_paper_build:
 * @data: a #BerBoardPaperJob
 *
 * Lays out the board paper of the job's item, to be printed once the job is
 * back on the main thread (a BerContextWorkFunc).
 */
gboolean
ber_board_paper_build (BerStore      *store,
                       gpointer       data,
                       GCancellable  *cancellable,
                       GError       **error)
{
  BerBoardPaperJob *job = data;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (job != NULL, FALSE);

  g_clear_object (&job->document);
  job->document = ber_board_paper_document (store, job->item_id, error);
  return job->document != NULL;
}

/* The command line */

gint64
ber_agenda_parse_id (GVariantDict  *options,
                     const char    *name,
                     const char    *what,
                     GError       **error)
{
  const char *text = NULL;
  char *end = NULL;
  gint64 id;

  if (!g_variant_dict_lookup (options, name, "&s", &text))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: "--export=agenda needs --meeting=ID; --list=meetings shows the ids." */
                   _("--export=%s needs --%s=ID; --list=%ss shows the ids."), what, name, name);
      return 0;
    }
  id = g_ascii_strtoll (text, &end, 10);
  if (*text == '\0' || end == NULL || *end != '\0' || id <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("--%s=%s is not an id; --list=%ss shows the ids."), name, text, name);
      return 0;
    }
  return id;
}

typedef gboolean (*ExportById) (BerStore *, gint64, const char *, GError **);

static gboolean
run_by_id (const char   *database,
           GVariantDict *options,
           const char   *option,
           const char   *what,
           gboolean      pack,
           ExportById    func,
           ExportById    archival,
           const char   *output,
           GError      **error)
{
  g_autoptr(BerStore) store = NULL;
  gint64 id = ber_agenda_parse_id (options, option, what, error);
  gboolean ok;

  if (id == 0)
    return FALSE;
  if (g_variant_dict_contains (options, "archival") && archival == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: "--archival is for minutes, extract and board-paper, not agenda." */
                   _("--archival is for minutes, extract and board-paper, not %s."), what);
      return FALSE;
    }
  store = ber_store_open (database, error);
  if (store == NULL)
    return FALSE;

  if (archival != NULL && g_variant_dict_contains (options, "archival"))
    ok = archival (store, id, output, error);
  else if (pack)
    ok = ber_export_meeting_pack (store, id, g_variant_dict_contains (options, "public"), output,
                                  error);
  else
    ok = func (store, id, output, error);

  if (!ok && error != NULL && g_error_matches (*error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND))
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_clear_error (error);
      if (g_str_equal (option, "item"))
        g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                     _("There is no item %s in the register; --list=items shows the ids."),
                     id_text);
      else
        g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                     _("There is no meeting %s in the register; --list=meetings shows the ids."),
                     id_text);
    }
  return ok;
}

gboolean
ber_export_agenda_cli (const char *database, GVariantDict *options, const char *output,
                       GError **error)
{
  return run_by_id (database, options, "meeting", "agenda", FALSE, ber_export_agenda, NULL,
                    output, error);
}

gboolean
ber_export_minutes_cli (const char *database, GVariantDict *options, const char *output,
                        GError **error)
{
  return run_by_id (database, options, "meeting", "minutes", FALSE, ber_export_minutes,
                    ber_export_minutes_archival, output, error);
}

/* The extract of one paragraph: --meeting=ID and --paragraph=N, the § number. */
gboolean
ber_export_minutes_extract_cli (const char *database, GVariantDict *options, const char *output,
                                GError **error)
{
  g_autoptr(BerStore) store = NULL;
  g_autoptr(BerQuery) query = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gint64 meeting_id = ber_agenda_parse_id (options, "meeting", "extract", error);
  const char *text = NULL;
  char *end = NULL;
  gint64 paragraph, entry_id = 0;

  if (meeting_id == 0)
    return FALSE;
  if (!g_variant_dict_lookup (options, "paragraph", "&s", &text))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("--export=extract needs --paragraph=N, the number of the § to "
                             "extract."));
      return FALSE;
    }
  paragraph = g_ascii_strtoll (text, &end, 10);
  if (*text == '\0' || end == NULL || *end != '\0' || paragraph <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("--paragraph=%s is not a § number; write it as a number, e.g. "
                     "--paragraph=61."), text);
      return FALSE;
    }

  store = ber_store_open (database, error);
  if (store == NULL)
    return FALSE;
  query = ber_query_new ("agenda_entry");
  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, g_variant_new_int64 (meeting_id));
  ber_query_add_condition (query, "paragraph", BER_QUERY_EQ, g_variant_new_int64 (paragraph));
  rows = ber_store_select (store, query, 0, 1, error);
  if (rows == NULL)
    return FALSE;
  if (rows->len > 0)
    g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &entry_id);
  if (entry_id == 0)
    {
      g_autofree char *meeting_text = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);

      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                   /* Translators: "The meeting 7 has no § 61; …" */
                   _("The meeting %s has no § %s; paragraphs are numbered when its agenda is "
                     "locked."),
                   meeting_text, text);
      return FALSE;
    }
  if (g_variant_dict_contains (options, "archival"))
    return ber_export_extract_archival (store, entry_id, output, error);
  return ber_export_minutes_extract (store, entry_id, output, error);
}

gboolean
ber_export_board_paper_cli (const char *database, GVariantDict *options, const char *output,
                            GError **error)
{
  return run_by_id (database, options, "item", "board-paper", FALSE, ber_export_board_paper,
                    ber_export_board_paper_archival, output, error);
}

gboolean
ber_export_meeting_pack_cli (const char *database, GVariantDict *options, const char *output,
                             GError **error)
{
  return run_by_id (database, options, "meeting", "meeting-pack", TRUE, NULL, NULL, output,
                    error);
}

gboolean
ber_export_items_cli (const char *database, GVariantDict *options, const char *output,
                      GError **error)
{
  g_autoptr(BerStore) store = ber_store_open (database, error);
  gint64 body_id;
  int year;

  if (store == NULL || !ber_export_get_cli_options (store, options, &body_id, &year, error))
    return FALSE;
  return ber_export_items (store, body_id, year, NULL, output, error);
}

gboolean
ber_export_ics_cli (const char *database, GVariantDict *options, const char *output,
                    GError **error)
{
  g_autoptr(BerStore) store = NULL;
  gint64 id = 0;

  if (g_variant_dict_contains (options, "meeting"))
    {
      id = ber_agenda_parse_id (options, "meeting", "ics", error);
      if (id == 0)
        return FALSE;
    }
  store = ber_store_open (database, error);
  if (store == NULL)
    return FALSE;
  if (!ber_export_ics (store, id, output, error))
    {
      if (error != NULL && g_error_matches (*error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

          g_clear_error (error);
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                       _("There is no meeting %s in the register; --list=meetings shows the ids."),
                       id_text);
        }
      return FALSE;
    }
  return TRUE;
}
