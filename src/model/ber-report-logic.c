/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-report-logic"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-date.h"
#include "ber-report-logic.h"
#include "ber-report-logic-private.h"

/* Rows */

/* All rows of @query; NULL with @error set on failure. */
GPtrArray *
ber_report_select_all (BerStore  *store,
                       BerQuery  *query,
                       GError   **error)
{
  return ber_store_select (store, query, 0, G_MAXUINT, error);
}

/* How a report is named in messages: "Åsa Lindqvist (AER:s generalförsamling)". */
char *
ber_report_words (GVariant *report)
{
  const char *event = ber_row_text (report, "event_title");

  if (*event == '\0')
    return g_strdup (ber_row_text (report, "person_name"));
  /* Translators: a returned report in a message, "Åsa Lindqvist (AER:s generalförsamling)" */
  return g_strdup_printf (_("%s (%s)"), ber_row_text (report, "person_name"), event);
}

char *
ber_report_join_words (GPtrArray *words)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, g_ptr_array_index (words, i));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Who owes a report */

/* The person's assignment in the event's network that is current on the day it starts. */
static gboolean
find_current_assignment (BerStore  *store,
                         GVariant  *event,
                         gint64     person_id,
                         GVariant **assignment,
                         GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("assignment");
  g_autoptr(GPtrArray) rows = NULL;
  const char *starts_on = ber_row_text (event, "starts_on");
  gint64 network_id = ber_row_integer (event, "network_id");
  gint64 network_body_id = ber_row_integer (event, "network_body_id");
  GVariant *best = NULL;

  *assignment = NULL;
  if (network_id == 0)
    return TRUE;

  ber_query_add_condition (query, "person_id", BER_QUERY_EQ, g_variant_new_int64 (person_id));
  ber_query_add_condition (query, "network_id", BER_QUERY_EQ, g_variant_new_int64 (network_id));
  ber_query_add_order (query, "from_on", TRUE);
  rows = ber_report_select_all (store, query, error);
  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *from_on = ber_row_text (row, "from_on");
      const char *to_on = ber_row_text (row, "to_on");
      const char *candidacy = ber_row_text (row, "candidacy");

      /* A candidacy that did not lead to a seat is no assignment. */
      if (*candidacy != '\0' && !g_str_equal (candidacy, "elected"))
        continue;
      if ((*from_on != '\0' && strcmp (from_on, starts_on) > 0)
          || (*to_on != '\0' && strcmp (to_on, starts_on) < 0))
        continue;
      /* The seat in the very body that met wins over a seat elsewhere in the network. */
      if (best == NULL
          || (network_body_id != 0 && ber_row_integer (row, "network_body_id") == network_body_id
              && ber_row_integer (best, "network_body_id") != network_body_id))
        best = row;
    }

  if (best != NULL)
    *assignment = g_variant_ref (best);
  return TRUE;
}

static gboolean
has_report (BerStore  *store,
            gint64     event_id,
            gint64     person_id,
            gboolean  *exists,
            GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("report");
  guint n = 0;

  ber_query_add_condition (query, "event_id", BER_QUERY_EQ, g_variant_new_int64 (event_id));
  ber_query_add_condition (query, "person_id", BER_QUERY_EQ, g_variant_new_int64 (person_id));
  if (!ber_store_count (store, query, &n, error))
    return FALSE;
  *exists = n > 0;
  return TRUE;
}

/* Adds the expected report of one attendee, if one is owed and not there already. */
static gboolean
create_one (BerStore   *store,
            GVariant   *event,
            GVariant   *attendance,
            const char *due_on,
            guint      *n_created,
            GError    **error)
{
  g_autoptr(GVariant) assignment = NULL;
  g_autoptr(GVariant) person = NULL;
  gint64 person_id = ber_row_integer (attendance, "person_id");
  gint64 assignment_id = ber_row_integer (attendance, "assignment_id");
  gint64 body_id;
  gboolean exists = FALSE;

  if (assignment_id != 0)
    {
      assignment = ber_store_get (store, "assignment", assignment_id, error);
      if (assignment == NULL)
        return FALSE;
    }
  else if (!find_current_assignment (store, event, person_id, &assignment, error))
    return FALSE;

  /* Attendees without an assignment owe no report. */
  if (assignment == NULL)
    return TRUE;

  if (!has_report (store, ber_row_integer (event, "id"), person_id, &exists, error))
    return FALSE;
  if (exists)
    return TRUE;

  body_id = ber_row_integer (assignment, "appointing_body_id");
  if (body_id == 0)
    {
      person = ber_store_get (store, "person", person_id, NULL);
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("The assignment of %s has no appointing body, so there is nobody to report "
                     "back to. Enter the body that gave the assignment, then try again."),
                   ber_row_text (person, "name"));
      return FALSE;
    }

  if (ber_store_insert (store, "report",
                        ber_store_values ("event_id", g_variant_new_int64 (ber_row_integer (event, "id")),
                                     "person_id", g_variant_new_int64 (person_id),
                                     "assignment_id",
                                     g_variant_new_int64 (ber_row_integer (assignment, "id")),
                                     "body_id", g_variant_new_int64 (body_id),
                                     "status", g_variant_new_string ("expected"),
                                     "due_on", g_variant_new_string (due_on), NULL),
                        error) == 0)
    return FALSE;

  (*n_created)++;
  return TRUE;
}

/**
 * ber_report_logic_create_expected:
 * @due_days: days after the event's last day that the report is due
 * @n_created: (out) (optional): how many reports were created
 *
 * Every attendee of the event who went there on an assignment owes the body
 * that gave the assignment a report. Creates the missing ones, all or none.
 */
gboolean
ber_report_logic_create_expected (BerStore  *store,
                                  gint64     event_id,
                                  int        due_days,
                                  guint     *n_created,
                                  GError   **error)
{
  g_autoptr(GVariant) event = NULL;
  g_autoptr(BerQuery) query = NULL;
  g_autoptr(GPtrArray) attendance = NULL;
  g_autofree char *due_on = NULL;
  const char *last_day;
  guint created = 0;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);

  if (n_created != NULL)
    *n_created = 0;

  event = ber_store_get (store, "forum_event", event_id, error);
  if (event == NULL)
    return FALSE;

  last_day = *ber_row_text (event, "ends_on") ? ber_row_text (event, "ends_on")
                                           : ber_row_text (event, "starts_on");
  due_on = ber_date_add_days (last_day, due_days);
  if (due_on == NULL)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("The event “%s” has no valid date."), ber_row_text (event, "title"));
      return FALSE;
    }

  query = ber_query_new ("event_attendance");
  ber_query_add_condition (query, "event_id", BER_QUERY_EQ, g_variant_new_int64 (event_id));
  ber_query_add_order (query, "id", FALSE);
  attendance = ber_report_select_all (store, query, error);
  if (attendance == NULL)
    return FALSE;

  if (!ber_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < attendance->len; i++)
    {
      if (!create_one (store, event, g_ptr_array_index (attendance, i), due_on, &created, error))
        {
          ber_store_rollback (store);
          return FALSE;
        }
    }

  if (!ber_store_commit (store, error))
    {
      ber_store_rollback (store);
      return FALSE;
    }

  if (n_created != NULL)
    *n_created = created;
  return TRUE;
}

/* Lateness */

/**
 * ber_report_is_late:
 * @today: (nullable): an ISO date; NULL for the real today
 *
 * A report is late once its due day has passed without it arriving: a report
 * due today is not late yet.
 */
gboolean
ber_report_is_late (BerReport  *report,
                    const char *today)
{
  g_autofree char *now = NULL;
  const char *due_on;

  g_return_val_if_fail (BER_IS_REPORT (report), FALSE);

  if (g_strcmp0 (ber_report_get_status (report), "expected") != 0)
    return FALSE;

  if (today == NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_new_now_local ();

      now = g_date_time_format (local, "%Y-%m-%d");
      today = now;
    }

  due_on = ber_report_get_due_on (report);
  return due_on != NULL && *due_on != '\0' && strcmp (due_on, today) < 0;
}

/**
 * ber_report_days_received_late:
 *
 * How many days after its due day the report came in: 0 when it came in on
 * time, or has not come in.
 */
int
ber_report_days_received_late (BerReport *report)
{
  const char *due_on;
  const char *received_on;

  g_return_val_if_fail (BER_IS_REPORT (report), 0);

  due_on = ber_report_get_due_on (report);
  received_on = ber_record_get_string (BER_RECORD (report), "received-on");
  if (due_on == NULL || *due_on == '\0' || received_on == NULL || *received_on == '\0'
      || strcmp (received_on, due_on) <= 0)
    return 0;
  return MAX (1, ber_date_days_until (due_on, received_on));
}

gboolean
ber_report_logic_count_late (BerStore  *store,
                             guint     *n_late,
                             GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("report");

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_late != NULL, FALSE);

  ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("expected"));
  ber_query_add_condition (query, "due_on", BER_QUERY_LT,
                           g_variant_new_string (ber_store_get_today (store)));
  return ber_store_count (store, query, n_late, error);
}

/* Reminders */

static char *
event_dates (GVariant *event)
{
  const char *starts_on = ber_row_text (event, "starts_on");
  const char *ends_on = ber_row_text (event, "ends_on");

  if (*ends_on == '\0' || g_str_equal (starts_on, ends_on))
    return g_strdup (starts_on);
  /* Translators: the days of an event, "2026-03-12 – 2026-03-13" */
  return g_strdup_printf (_("%s – %s"), starts_on, ends_on);
}

static char *
reminder_body (BerStore *store,
               GVariant *report,
               GVariant *event)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *dates = event != NULL ? event_dates (event) : NULL;
  const char *due_on = ber_row_text (report, "due_on");
  const char *place = ber_row_text (event, "place");
  const char *title = *ber_row_text (report, "event_title") ? ber_row_text (report, "event_title")
                                                        : ber_row_text (report, "network_name");

  /* Translators: the greeting of a reminder e-mail, with the person's name */
  g_string_append_printf (text, _("Dear %s,"), ber_row_text (report, "person_name"));
  g_string_append (text, "\n\n");
  if (dates != NULL && *place != '\0')
    /* Translators: "…at AER:s generalförsamling in Bryssel, 2026-03-12 – 2026-03-13." */
    g_string_append_printf (text, _("Thank you for representing the region at %s in %s, %s."),
                            title, place, dates);
  else if (dates != NULL)
    g_string_append_printf (text, _("Thank you for representing the region at %s, %s."), title,
                            dates);
  else
    g_string_append_printf (text, _("Thank you for representing the region at %s."), title);
  g_string_append (text, "\n\n");

  if (strcmp (due_on, ber_store_get_today (store)) < 0)
    /* Translators: the due date, then the body, "Regionstyrelsen" */
    g_string_append_printf (text, _("We have not yet received your returned report from the "
                                    "meeting. It was due on %s and goes to %s as an information "
                                    "item. We would be grateful if you could send it to us as "
                                    "soon as possible."),
                            due_on, ber_row_text (report, "body_name"));
  else
    g_string_append_printf (text, _("This is a friendly reminder of your returned report from "
                                    "the meeting. It is due on %s and goes to %s as an "
                                    "information item."),
                            due_on, ber_row_text (report, "body_name"));
  g_string_append (text, "\n\n");

  g_string_append (text, _("Please write the report under the four headings of the template:"));
  g_string_append (text, "\n\n");
  g_string_append_printf (text, "1. %s\n", _("Subject areas dealt with"));
  g_string_append_printf (text, "2. %s\n", _("Positions taken by the region's representatives"));
  g_string_append_printf (text, "3. %s\n", _("The region's continued work in the forum"));
  g_string_append_printf (text, "4. %s\n", _("The region's work at home on the forum's questions"));
  g_string_append (text, "\n");
  g_string_append (text, _("A few lines under each heading are enough. Thank you in advance!"));
  g_string_append (text, "\n\n");
  g_string_append (text, _("Kind regards,"));
  g_string_append_c (text, '\n');
  g_string_append (text, _("The international secretariat"));
  g_string_append_c (text, '\n');

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Line breaks in a mailto: body are CRLF (RFC 6068). */
static char *
escape_mail_text (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *crlf = g_strjoinv ("\r\n", lines);

  return g_uri_escape_string (crlf, NULL, FALSE);
}

/**
 * ber_report_logic_reminder_uri:
 *
 * A mailto: link that opens a polite reminder to the report's author in the
 * user's mail program, in the language of the program.
 */
char *
ber_report_logic_reminder_uri (BerStore  *store,
                               gint64     report_id,
                               GError   **error)
{
  g_autoptr(GVariant) report = NULL;
  g_autoptr(GVariant) event = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  g_autofree char *address = NULL;
  g_autofree char *subject_escaped = NULL;
  g_autofree char *body_escaped = NULL;
  const char *email;

  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  report = ber_store_get (store, "report_list", report_id, error);
  if (report == NULL)
    return NULL;

  email = ber_row_text (report, "person_email");
  if (*email == '\0')
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("%s has no e-mail address in the register. Add one to send a reminder."),
                   ber_row_text (report, "person_name"));
      return NULL;
    }

  if (ber_row_integer (report, "event_id") != 0)
    {
      event = ber_store_get (store, "forum_event", ber_row_integer (report, "event_id"), error);
      if (event == NULL)
        return NULL;
    }

  /* Translators: the subject of a reminder e-mail, with the event's title */
  subject = g_strdup_printf (_("Reminder: returned report from %s"),
                             *ber_row_text (report, "event_title") ? ber_row_text (report, "event_title")
                                                               : ber_row_text (report, "network_name"));
  body = reminder_body (store, report, event);

  address = g_uri_escape_string (email, "@!$'*+=", FALSE);
  subject_escaped = escape_mail_text (subject);
  body_escaped = escape_mail_text (body);
  return g_strdup_printf ("mailto:%s?subject=%s&body=%s", address, subject_escaped, body_escaped);
}
