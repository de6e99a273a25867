/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-report-logic"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-date.h"
#include "ber-report-logic.h"

/* Rows */

static const char *
row_text (GVariant   *row,
          const char *column)
{
  const char *text = NULL;

  if (row == NULL || !g_variant_lookup (row, column, "&s", &text))
    return "";
  return text;
}

static gint64
row_id (GVariant   *row,
        const char *column)
{
  gint64 value = 0;

  if (row == NULL || !g_variant_lookup (row, column, "x", &value))
    return 0;
  return value;
}

/* All rows of @query; NULL with @error set on failure. */
static GPtrArray *
select_all (BerStore  *store,
            BerQuery  *query,
            GError   **error)
{
  return ber_store_select (store, query, 0, G_MAXUINT, error);
}

/* How a report is named in messages: "Åsa Lindqvist (AER:s generalförsamling)". */
static char *
report_words (GVariant *report)
{
  const char *event = row_text (report, "event_title");

  if (*event == '\0')
    return g_strdup (row_text (report, "person_name"));
  /* Translators: a returned report in a message, "Åsa Lindqvist (AER:s generalförsamling)" */
  return g_strdup_printf (_("%s (%s)"), row_text (report, "person_name"), event);
}

static char *
join_words (GPtrArray *words)
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
  const char *starts_on = row_text (event, "starts_on");
  gint64 network_id = row_id (event, "network_id");
  gint64 network_body_id = row_id (event, "network_body_id");
  GVariant *best = NULL;

  *assignment = NULL;
  if (network_id == 0)
    return TRUE;

  ber_query_add_condition (query, "person_id", BER_QUERY_EQ, g_variant_new_int64 (person_id));
  ber_query_add_condition (query, "network_id", BER_QUERY_EQ, g_variant_new_int64 (network_id));
  ber_query_add_order (query, "from_on", TRUE);
  rows = select_all (store, query, error);
  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *from_on = row_text (row, "from_on");
      const char *to_on = row_text (row, "to_on");
      const char *candidacy = row_text (row, "candidacy");

      /* A candidacy that did not lead to a seat is no assignment. */
      if (*candidacy != '\0' && !g_str_equal (candidacy, "elected"))
        continue;
      if ((*from_on != '\0' && strcmp (from_on, starts_on) > 0)
          || (*to_on != '\0' && strcmp (to_on, starts_on) < 0))
        continue;
      /* The seat in the very body that met wins over a seat elsewhere in the network. */
      if (best == NULL
          || (network_body_id != 0 && row_id (row, "network_body_id") == network_body_id
              && row_id (best, "network_body_id") != network_body_id))
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
  gint64 person_id = row_id (attendance, "person_id");
  gint64 assignment_id = row_id (attendance, "assignment_id");
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

  if (!has_report (store, row_id (event, "id"), person_id, &exists, error))
    return FALSE;
  if (exists)
    return TRUE;

  body_id = row_id (assignment, "appointing_body_id");
  if (body_id == 0)
    {
      person = ber_store_get (store, "person", person_id, NULL);
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("The assignment of %s has no appointing body, so there is nobody to report "
                     "back to. Enter the body that gave the assignment, then try again."),
                   row_text (person, "name"));
      return FALSE;
    }

  if (ber_store_insert (store, "report",
                        ber_store_values ("event_id", g_variant_new_int64 (row_id (event, "id")),
                                     "person_id", g_variant_new_int64 (person_id),
                                     "assignment_id",
                                     g_variant_new_int64 (row_id (assignment, "id")),
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

  last_day = *row_text (event, "ends_on") ? row_text (event, "ends_on")
                                           : row_text (event, "starts_on");
  due_on = ber_date_add_days (last_day, due_days);
  if (due_on == NULL)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("The event “%s” has no valid date."), row_text (event, "title"));
      return FALSE;
    }

  query = ber_query_new ("event_attendance");
  ber_query_add_condition (query, "event_id", BER_QUERY_EQ, g_variant_new_int64 (event_id));
  ber_query_add_order (query, "id", FALSE);
  attendance = select_all (store, query, error);
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

/* To the agenda */

/**
 * ber_report_logic_next_meeting:
 *
 * The body's next meeting whose agenda still takes items: planned, today or
 * later. A locked agenda, a cancelled or past meeting does not count.
 *
 * Returns: the meeting's id, or 0 when there is none (@error set only when
 *   the register could not be read).
 */
gint64
ber_report_logic_next_meeting (BerStore  *store,
                               gint64     body_id,
                               GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("meeting");
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (BER_IS_STORE (store), 0);

  ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (body_id));
  ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("planned"));
  ber_query_add_condition (query, "held_on", BER_QUERY_GE,
                           g_variant_new_string (ber_store_get_today (store)));
  ber_query_add_order (query, "held_on", FALSE);
  ber_query_add_order (query, "starts_at", FALSE);
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (store, query, 0, 1, error);
  if (rows == NULL || rows->len == 0)
    return 0;

  return row_id (g_ptr_array_index (rows, 0), "id");
}

static gboolean
is_on_an_agenda (BerStore  *store,
                 gint64     report_id,
                 gboolean  *on_agenda,
                 GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_entry");
  guint n = 0;

  ber_query_add_condition (query, "report_id", BER_QUERY_EQ, g_variant_new_int64 (report_id));
  if (!ber_store_count (store, query, &n, error))
    return FALSE;
  *on_agenda = n > 0;
  return TRUE;
}

/* The reports as report_list rows, after checking each may go to an agenda. */
static GPtrArray *
load_agenda_reports (BerStore     *store,
                     const gint64 *report_ids,
                     guint         n_reports,
                     GError      **error)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_reports; i++)
    {
      GVariant *report = ber_store_get (store, "report_list", report_ids[i], error);
      gboolean on_agenda = FALSE;

      if (report == NULL)
        return NULL;
      g_ptr_array_add (reports, report);

      if (!is_on_an_agenda (store, report_ids[i], &on_agenda, error))
        return NULL;
      if (on_agenda || g_str_equal (row_text (report, "status"), "presented"))
        g_ptr_array_add (listed, report_words (report));
      else if (!g_str_equal (row_text (report, "status"), "received"))
        g_ptr_array_add (expected, report_words (report));
    }

  if (expected->len > 0)
    {
      g_autofree char *names = join_words (expected);

      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   ngettext ("The report from %s has not arrived yet and cannot go on an agenda.",
                             "The reports from %s have not arrived yet and cannot go on an agenda.",
                             expected->len),
                   names);
      return NULL;
    }
  if (listed->len > 0)
    {
      g_autofree char *names = join_words (listed);

      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_EXISTS,
                   ngettext ("The report from %s is already on an agenda.",
                             "The reports from %s are already on an agenda.", listed->len),
                   names);
      return NULL;
    }

  return g_steal_pointer (&reports);
}

/* How many of the meeting's last entries are standing points that close it. */
static gboolean
count_end_points (BerStore  *store,
                  GVariant  *meeting,
                  GPtrArray *entries,
                  guint     *n_end,
                  GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_template_point");
  g_autoptr(GPtrArray) points = NULL;
  guint n_template_end = 0;
  guint n_trailing = 0;

  ber_query_add_condition (query, "body_id", BER_QUERY_EQ,
                           g_variant_new_int64 (row_id (meeting, "body_id")));
  points = select_all (store, query, error);
  if (points == NULL)
    return FALSE;
  for (guint i = 0; i < points->len; i++)
    n_template_end += g_str_equal (row_text (g_ptr_array_index (points, i), "placement"), "end");

  while (n_trailing < entries->len
         && g_str_equal (row_text (g_ptr_array_index (entries, entries->len - 1 - n_trailing),
                                   "kind"),
                         "standard"))
    n_trailing++;

  /* Without any items, the opening points are standard too: the template
   * says how many of the last ones close the meeting. */
  if (points->len > 0)
    n_trailing = MIN (n_trailing, n_template_end);

  *n_end = n_trailing;
  return TRUE;
}

static char *
agenda_title (GVariant *report)
{
  const char *event = row_text (report, "event_title");
  const char *forum = *event ? event : row_text (report, "network_name");

  if (*forum == '\0')
    /* Translators: an agenda entry, "Returned report – Åsa Lindqvist" */
    return g_strdup_printf (_("Returned report – %s"), row_text (report, "person_name"));
  /* Translators: an agenda entry, "Returned report from AER:s byrå – Åsa Lindqvist" */
  return g_strdup_printf (_("Returned report from %s – %s"), forum,
                          row_text (report, "person_name"));
}

/* Adds @reports before the meeting's closing standing points; renumbers the entries after them. */
static gboolean
add_to_meeting (BerStore   *store,
                gint64      meeting_id,
                GPtrArray  *reports,
                GError    **error)
{
  g_autoptr(GVariant) meeting = NULL;
  g_autoptr(BerQuery) query = ber_query_new ("agenda_entry");
  g_autoptr(GPtrArray) entries = NULL;
  guint n_end = 0, at;

  meeting = ber_store_get (store, "meeting_list", meeting_id, error);
  if (meeting == NULL)
    return FALSE;
  if (!g_str_equal (row_text (meeting, "status"), "planned"))
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("The agenda of the meeting of %s on %s no longer takes new entries."),
                   row_text (meeting, "body_name"), row_text (meeting, "held_on"));
      return FALSE;
    }

  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, g_variant_new_int64 (meeting_id));
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  entries = select_all (store, query, error);
  if (entries == NULL || !count_end_points (store, meeting, entries, &n_end, error))
    return FALSE;

  at = entries->len - n_end;

  /* Positions run 1, 2, 3… in the new order. */
  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (entries, i);
      gint64 position = i < at ? i + 1 : i + 1 + reports->len;
      gint64 old = 0;

      g_variant_lookup (entry, "position", "x", &old);
      if (old != position
          && !ber_store_update (store, "agenda_entry", row_id (entry, "id"),
                                ber_store_values ("position", g_variant_new_int64 (position), NULL),
                                error))
        return FALSE;
    }

  for (guint i = 0; i < reports->len; i++)
    {
      GVariant *report = g_ptr_array_index (reports, i);
      g_autofree char *title = agenda_title (report);

      if (ber_store_insert (store, "agenda_entry",
                            ber_store_values ("meeting_id", g_variant_new_int64 (meeting_id),
                                         "position", g_variant_new_int64 (at + 1 + i),
                                         "kind", g_variant_new_string ("report"),
                                         "title", g_variant_new_string (title),
                                         "report_id", g_variant_new_int64 (row_id (report, "id")),
                                         "presenter_id",
                                         g_variant_new_int64 (row_id (report, "person_id")),
                                         "estimated_minutes", g_variant_new_int64 (5), NULL),
                            error) == 0)
        return FALSE;
    }

  return TRUE;
}

/* Each report's meeting: @meeting_id, or the next meeting of the body it returns to. */
static gboolean
group_by_meeting (BerStore   *store,
                  GPtrArray  *reports,
                  gint64      meeting_id,
                  GArray     *meetings,
                  GPtrArray  *groups,
                  GError    **error)
{
  for (guint i = 0; i < reports->len; i++)
    {
      GVariant *report = g_ptr_array_index (reports, i);
      gint64 target = meeting_id;
      GPtrArray *group = NULL;

      if (target == 0)
        {
          g_autoptr(GError) local_error = NULL;

          target = ber_report_logic_next_meeting (store, row_id (report, "body_id"), &local_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          if (target == 0)
            {
              g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                           _("%s has no planned meeting to take the report from %s. "
                             "Plan a meeting first."),
                           row_text (report, "body_name"), row_text (report, "person_name"));
              return FALSE;
            }
        }

      for (guint m = 0; m < meetings->len && group == NULL; m++)
        if (g_array_index (meetings, gint64, m) == target)
          group = g_ptr_array_index (groups, m);
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_array_append_val (meetings, target);
          g_ptr_array_add (groups, group);
        }
      g_ptr_array_add (group, report);
    }

  return TRUE;
}

/**
 * ber_report_logic_add_to_agenda:
 * @meeting_id: the meeting, or 0 for the next meeting of each report's body
 *
 * Brings received reports to an agenda as information items, after the
 * items and before the standing points that close the meeting. All or none.
 */
gboolean
ber_report_logic_add_to_agenda (BerStore      *store,
                                const gint64  *report_ids,
                                guint          n_reports,
                                gint64         meeting_id,
                                GError       **error)
{
  g_autoptr(GPtrArray) reports = NULL;
  g_autoptr(GArray) meetings = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (report_ids != NULL || n_reports == 0, FALSE);

  reports = load_agenda_reports (store, report_ids, n_reports, error);
  if (reports == NULL || !group_by_meeting (store, reports, meeting_id, meetings, groups, error))
    return FALSE;

  if (!ber_store_begin (store, error))
    return FALSE;

  for (guint m = 0; m < meetings->len; m++)
    if (!add_to_meeting (store, g_array_index (meetings, gint64, m),
                         g_ptr_array_index (groups, m), error))
      {
        ber_store_rollback (store);
        return FALSE;
      }

  if (!ber_store_commit (store, error))
    {
      ber_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/**
 * ber_reports_mark_presented:
 *
 * Once the minutes of the meeting are recorded, each report dealt with in a
 * paragraph (§) of them has been presented, on the day of the meeting.
 */
gboolean
ber_reports_mark_presented (BerStore *store,
                            gint64    meeting_id,
                            GError  **error)
{
  g_autoptr(GVariant) meeting = NULL;
  g_autoptr(BerQuery) query = ber_query_new ("agenda_entry");
  g_autoptr(GPtrArray) entries = NULL;
  const char *status, *held_on;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);

  meeting = ber_store_get (store, "meeting_list", meeting_id, error);
  if (meeting == NULL)
    return FALSE;
  status = row_text (meeting, "status");
  held_on = row_text (meeting, "held_on");
  if (!g_str_equal (status, "held") && !g_str_equal (status, "minutes-approved"))
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("The minutes of the meeting of %s on %s are not recorded yet."),
                   row_text (meeting, "body_name"), held_on);
      return FALSE;
    }

  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, g_variant_new_int64 (meeting_id));
  ber_query_add_condition (query, "kind", BER_QUERY_EQ, g_variant_new_string ("report"));
  ber_query_add_condition (query, "paragraph", BER_QUERY_NOT_NULL, NULL);
  ber_query_add_order (query, "position", FALSE);
  entries = select_all (store, query, error);
  if (entries == NULL || !ber_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      gint64 report_id = row_id (g_ptr_array_index (entries, i), "report_id");
      g_autoptr(GVariant) report = ber_store_get (store, "report", report_id, error);

      if (report == NULL)
        goto failed;
      if (g_str_equal (row_text (report, "status"), "presented")
          && g_str_equal (row_text (report, "presented_on"), held_on))
        continue;
      if (!ber_store_update (store, "report", report_id,
                             ber_store_values ("status", g_variant_new_string ("presented"),
                                          "presented_on", g_variant_new_string (held_on), NULL),
                             error))
        goto failed;
    }

  if (ber_store_commit (store, error))
    return TRUE;

failed:
  ber_store_rollback (store);
  return FALSE;
}

/* Reminders */

static char *
event_dates (GVariant *event)
{
  const char *starts_on = row_text (event, "starts_on");
  const char *ends_on = row_text (event, "ends_on");

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
  const char *due_on = row_text (report, "due_on");
  const char *place = row_text (event, "place");
  const char *title = *row_text (report, "event_title") ? row_text (report, "event_title")
                                                        : row_text (report, "network_name");

  /* Translators: the greeting of a reminder e-mail, with the person's name */
  g_string_append_printf (text, _("Dear %s,"), row_text (report, "person_name"));
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
                            due_on, row_text (report, "body_name"));
  else
    g_string_append_printf (text, _("This is a friendly reminder of your returned report from "
                                    "the meeting. It is due on %s and goes to %s as an "
                                    "information item."),
                            due_on, row_text (report, "body_name"));
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

  email = row_text (report, "person_email");
  if (*email == '\0')
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("%s has no e-mail address in the register. Add one to send a reminder."),
                   row_text (report, "person_name"));
      return NULL;
    }

  if (row_id (report, "event_id") != 0)
    {
      event = ber_store_get (store, "forum_event", row_id (report, "event_id"), error);
      if (event == NULL)
        return NULL;
    }

  /* Translators: the subject of a reminder e-mail, with the event's title */
  subject = g_strdup_printf (_("Reminder: returned report from %s"),
                             *row_text (report, "event_title") ? row_text (report, "event_title")
                                                               : row_text (report, "network_name"));
  body = reminder_body (store, report, event);

  address = g_uri_escape_string (email, "@!$'*+=", FALSE);
  subject_escaped = escape_mail_text (subject);
  body_escaped = escape_mail_text (body);
  return g_strdup_printf ("mailto:%s?subject=%s&body=%s", address, subject_escaped, body_escaped);
}
