/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-report-logic"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-date.h"
#include "ber-report-logic.h"
#include "ber-report-logic-private.h"

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

  return ber_row_integer (g_ptr_array_index (rows, 0), "id");
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
      if (on_agenda || g_str_equal (ber_row_text (report, "status"), "presented"))
        g_ptr_array_add (listed, ber_report_words (report));
      else if (!g_str_equal (ber_row_text (report, "status"), "received"))
        g_ptr_array_add (expected, ber_report_words (report));
    }

  if (expected->len > 0)
    {
      g_autofree char *names = ber_report_join_words (expected);

      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   ngettext ("The report from %s has not arrived yet and cannot go on an agenda.",
                             "The reports from %s have not arrived yet and cannot go on an agenda.",
                             expected->len),
                   names);
      return NULL;
    }
  if (listed->len > 0)
    {
      g_autofree char *names = ber_report_join_words (listed);

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
                           g_variant_new_int64 (ber_row_integer (meeting, "body_id")));
  points = ber_report_select_all (store, query, error);
  if (points == NULL)
    return FALSE;
  for (guint i = 0; i < points->len; i++)
    n_template_end += g_str_equal (ber_row_text (g_ptr_array_index (points, i), "placement"), "end");

  while (n_trailing < entries->len
         && g_str_equal (ber_row_text (g_ptr_array_index (entries, entries->len - 1 - n_trailing),
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
  const char *event = ber_row_text (report, "event_title");
  const char *forum = *event ? event : ber_row_text (report, "network_name");

  if (*forum == '\0')
    /* Translators: an agenda entry, "Returned report – Åsa Lindqvist" */
    return g_strdup_printf (_("Returned report – %s"), ber_row_text (report, "person_name"));
  /* Translators: an agenda entry, "Returned report from AER:s byrå – Åsa Lindqvist" */
  return g_strdup_printf (_("Returned report from %s – %s"), forum,
                          ber_row_text (report, "person_name"));
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
  if (!g_str_equal (ber_row_text (meeting, "status"), "planned"))
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("The agenda of the meeting of %s on %s no longer takes new entries."),
                   ber_row_text (meeting, "body_name"), ber_row_text (meeting, "held_on"));
      return FALSE;
    }

  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, g_variant_new_int64 (meeting_id));
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  entries = ber_report_select_all (store, query, error);
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
          && !ber_store_update (store, "agenda_entry", ber_row_integer (entry, "id"),
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
                                         "report_id", g_variant_new_int64 (ber_row_integer (report, "id")),
                                         "presenter_id",
                                         g_variant_new_int64 (ber_row_integer (report, "person_id")),
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

          target = ber_report_logic_next_meeting (store, ber_row_integer (report, "body_id"), &local_error);
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
                           ber_row_text (report, "body_name"), ber_row_text (report, "person_name"));
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
  status = ber_row_text (meeting, "status");
  held_on = ber_row_text (meeting, "held_on");
  if (!g_str_equal (status, "held") && !g_str_equal (status, "minutes-approved"))
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("The minutes of the meeting of %s on %s are not recorded yet."),
                   ber_row_text (meeting, "body_name"), held_on);
      return FALSE;
    }

  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, g_variant_new_int64 (meeting_id));
  ber_query_add_condition (query, "kind", BER_QUERY_EQ, g_variant_new_string ("report"));
  ber_query_add_condition (query, "paragraph", BER_QUERY_NOT_NULL, NULL);
  ber_query_add_order (query, "position", FALSE);
  entries = ber_report_select_all (store, query, error);
  if (entries == NULL || !ber_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      gint64 report_id = ber_row_integer (g_ptr_array_index (entries, i), "report_id");
      g_autoptr(GVariant) report = ber_store_get (store, "report", report_id, error);

      if (report == NULL)
        goto failed;
      if (g_str_equal (ber_row_text (report, "status"), "presented")
          && g_str_equal (ber_row_text (report, "presented_on"), held_on))
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
