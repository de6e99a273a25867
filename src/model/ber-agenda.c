/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-agenda"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "ber-agenda.h"
#include "ber-date.h"
#include "ber-labels.h"
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

#define V_STR(text) g_variant_new_string (text)
#define V_INT(number) g_variant_new_int64 (number)
#define V_NULL_STR g_variant_new_maybe (G_VARIANT_TYPE_STRING, NULL)
#define V_NULL_INT g_variant_new_maybe (G_VARIANT_TYPE_INT64, NULL)

static GVariant *
v_id_or_null (gint64 id)
{
  return id != 0 ? V_INT (id) : V_NULL_INT;
}

static GVariant *
v_date_or_null (const char *date)
{
  return date != NULL && *date != '\0' ? V_STR (date) : V_NULL_STR;
}

static GPtrArray *
select_all (BerStore  *store,
            BerQuery  *query,
            GError   **error)
{
  return ber_store_select (store, query, 0, G_MAXUINT, error);
}

static gboolean
fail_invalid (GError     **error,
              const char  *message)
{
  g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
commit_or_rollback (BerStore  *store,
                    gboolean   ok,
                    GError   **error)
{
  if (ok && ber_store_commit (store, error))
    return TRUE;
  ber_store_rollback (store);
  return FALSE;
}

static gboolean
record_transition (BerStore   *store,
                   gint64      item_id,
                   const char *from_status,
                   const char *to_status,
                   const char *reason,
                   GError    **error)
{
  if (!ber_store_update (store, "item", item_id,
                         ber_store_values ("status", V_STR (to_status), NULL), error))
    return FALSE;
  return ber_store_insert (store, "item_transition",
                           ber_store_values ("item_id", V_INT (item_id),
                                        "from_status", V_STR (from_status),
                                        "to_status", V_STR (to_status),
                                        "reason", V_STR (reason != NULL ? reason : ""),
                                        "changed_by", V_STR (ber_store_get_user (store)),
                                        NULL),
                           error) != 0;
}

/* Meetings */

static GVariant *
get_meeting (BerStore  *store,
             gint64     meeting_id,
             GError   **error)
{
  return ber_store_get (store, "meeting_list", meeting_id, error);
}

static gboolean
require_planned (GVariant  *meeting,
                 GError   **error)
{
  if (g_str_equal (row_text (meeting, "status"), "planned"))
    return TRUE;
  g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
               _("The agenda of the meeting of %s on %s is locked and takes no more changes."),
               row_text (meeting, "body_name"), row_text (meeting, "held_on"));
  return FALSE;
}

/**
 * ber_agenda_list_entries:
 *
 * Returns: (transfer full): the meeting's agenda_entry rows in order.
 */
GPtrArray *
ber_agenda_list_entries (BerStore *store,
                         gint64    meeting_id,
                         GError  **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_entry");

  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, V_INT (meeting_id));
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return select_all (store, query, error);
}

static gboolean
count_template_end (BerStore *store,
                    gint64    body_id,
                    guint    *n_points,
                    guint    *n_end,
                    GError  **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_template_point");
  g_autoptr(GPtrArray) points = NULL;

  ber_query_add_condition (query, "body_id", BER_QUERY_EQ, V_INT (body_id));
  points = select_all (store, query, error);
  if (points == NULL)
    return FALSE;
  *n_points = points->len;
  *n_end = 0;
  for (guint i = 0; i < points->len; i++)
    *n_end += g_str_equal (row_text (g_ptr_array_index (points, i), "placement"), "end");
  return TRUE;
}

/*
 * The standing points at each end of an agenda: the trailing standard
 * entries close it; when the agenda holds nothing but standard points, the
 * body's template says how many of the last ones close it.
 */
static gboolean
count_ends (BerStore  *store,
            gint64     body_id,
            GPtrArray *entries,
            guint     *n_start,
            guint     *n_end,
            GError   **error)
{
  guint leading = 0, trailing = 0, n_points = 0, n_template_end = 0;

  while (leading < entries->len
         && g_str_equal (row_text (g_ptr_array_index (entries, leading), "kind"), "standard"))
    leading++;
  while (trailing < entries->len
         && g_str_equal (row_text (g_ptr_array_index (entries, entries->len - 1 - trailing),
                                   "kind"),
                         "standard"))
    trailing++;

  if (leading == entries->len)
    {
      if (!count_template_end (store, body_id, &n_points, &n_template_end, error))
        return FALSE;
      trailing = MIN (trailing, n_template_end);
      leading = entries->len - trailing;
    }

  *n_start = leading;
  *n_end = trailing;
  return TRUE;
}

static gboolean
renumber (BerStore  *store,
          GPtrArray *entries,
          GError   **error)
{
  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (entries, i);

      if (row_id (entry, "position") != (gint64) i + 1
          && !ber_store_update (store, "agenda_entry", row_id (entry, "id"),
                                ber_store_values ("position", V_INT (i + 1), NULL), error))
        return FALSE;
    }
  return TRUE;
}

/*
 * Inserts @values (vardicts without meeting and position) before
 * the closing standing points, renumbering those. Runs inside the caller's
 * transaction.
 */
static gboolean
insert_before_end (BerStore   *store,
                   GVariant   *meeting,
                   GPtrArray  *values,
                   GError    **error)
{
  gint64 meeting_id = row_id (meeting, "id");
  g_autoptr(GPtrArray) entries = ber_agenda_list_entries (store, meeting_id, error);
  guint n_start = 0, n_end = 0, at;

  if (entries == NULL
      || !count_ends (store, row_id (meeting, "body_id"), entries, &n_start, &n_end, error))
    return FALSE;
  at = entries->len - n_end;

  for (guint i = entries->len; i > at; i--)
    {
      GVariant *entry = g_ptr_array_index (entries, i - 1);

      if (!ber_store_update (store, "agenda_entry", row_id (entry, "id"),
                             ber_store_values ("position", V_INT (i + values->len), NULL), error))
        return FALSE;
    }

  for (guint i = 0; i < values->len; i++)
    {
      GVariantDict dict;

      g_variant_dict_init (&dict, g_ptr_array_index (values, i));
      g_variant_dict_insert (&dict, "meeting_id", "x", meeting_id);
      g_variant_dict_insert (&dict, "position", "x", (gint64) (at + 1 + i));
      if (ber_store_insert (store, "agenda_entry", g_variant_dict_end (&dict), error) == 0)
        return FALSE;
    }
  return TRUE;
}

/**
 * ber_agenda_previous_meeting:
 * @before: an ISO date; the latest meeting held before it counts
 *
 * Returns: the body's latest meeting before @before that was not cancelled,
 *   or 0 when there is none.
 */
gint64
ber_agenda_previous_meeting (BerStore   *store,
                             gint64      body_id,
                             const char *before,
                             GError    **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("meeting");
  g_autoptr(GPtrArray) rows = NULL;

  ber_query_add_condition (query, "body_id", BER_QUERY_EQ, V_INT (body_id));
  ber_query_add_condition (query, "status", BER_QUERY_NE, V_STR ("cancelled"));
  if (before != NULL)
    ber_query_add_condition (query, "held_on", BER_QUERY_LT, V_STR (before));
  ber_query_add_order (query, "held_on", TRUE);
  ber_query_add_order (query, "id", TRUE);
  rows = ber_store_select (store, query, 0, 1, error);
  if (rows == NULL || rows->len == 0)
    return 0;
  return row_id (g_ptr_array_index (rows, 0), "id");
}

/**
 * ber_agenda_default_deadline:
 *
 * Returns: (transfer full): @held_on minus the body's agenda_deadline_days.
 */
char *
ber_agenda_default_deadline (BerStore   *store,
                             gint64      body_id,
                             const char *held_on,
                             GError    **error)
{
  g_autoptr(GVariant) body = ber_store_get (store, "body", body_id, error);
  char *deadline;

  if (body == NULL)
    return NULL;
  deadline = ber_date_add_days (held_on, -(int) row_id (body, "agenda_deadline_days"));
  if (deadline == NULL)
    g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                 _("“%s” is not a valid date."), held_on);
  return deadline;
}

/* The standard points of the new agenda: the previous meeting's, or the template's. */
static gboolean
insert_standard_points (BerStore  *store,
                        gint64     meeting_id,
                        gint64     body_id,
                        gint64     previous_id,
                        GError   **error)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) minutes = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (previous_id != 0)
    {
      g_autoptr(GPtrArray) entries = ber_agenda_list_entries (store, previous_id, error);

      if (entries == NULL)
        return FALSE;
      for (guint i = 0; i < entries->len; i++)
        {
          GVariant *entry = g_ptr_array_index (entries, i);
          gint64 m = row_id (entry, "estimated_minutes");

          if (!g_str_equal (row_text (entry, "kind"), "standard"))
            continue;
          g_ptr_array_add (titles, g_strdup (row_text (entry, "title")));
          g_array_append_val (minutes, m);
        }
    }

  if (titles->len == 0)
    {
      g_autoptr(BerQuery) query = ber_query_new ("agenda_template_point");
      g_autoptr(GPtrArray) points = NULL;

      ber_query_add_condition (query, "body_id", BER_QUERY_EQ, V_INT (body_id));
      /* 'end' sorts before 'start': descending puts the opening points first. */
      ber_query_add_order (query, "placement", TRUE);
      ber_query_add_order (query, "position", FALSE);
      ber_query_add_order (query, "id", FALSE);
      points = select_all (store, query, error);
      if (points == NULL)
        return FALSE;
      for (guint i = 0; i < points->len; i++)
        {
          gint64 m = 2;

          g_ptr_array_add (titles, g_strdup (row_text (g_ptr_array_index (points, i), "title")));
          g_array_append_val (minutes, m);
        }
    }

  for (guint i = 0; i < titles->len; i++)
    if (ber_store_insert (store, "agenda_entry",
                          ber_store_values ("meeting_id", V_INT (meeting_id),
                                       "position", V_INT (i + 1),
                                       "kind", V_STR ("standard"),
                                       "title", V_STR (g_ptr_array_index (titles, i)),
                                       "estimated_minutes",
                                       V_INT (g_array_index (minutes, gint64, i)), NULL),
                          error) == 0)
      return FALSE;
  return TRUE;
}

/**
 * ber_agenda_create_meeting:
 *
 * Creates a planned meeting with its standard points, in one transaction.
 *
 * Returns: the new meeting's id, or 0 with @error set.
 */
gint64
ber_agenda_create_meeting (BerStore             *store,
                           const BerMeetingSpec *spec,
                           GError              **error)
{
  g_autoptr(GVariant) previous = NULL;
  g_autofree char *deadline = NULL;
  const char *starts_at, *place;
  gint64 previous_id = 0, meeting_id;

  g_return_val_if_fail (BER_IS_STORE (store), 0);
  g_return_val_if_fail (spec != NULL, 0);

  if (spec->held_on == NULL || !ber_date_is_valid (spec->held_on))
    {
      fail_invalid (error, _("Enter the date of the meeting."));
      return 0;
    }

  if (spec->copy_previous)
    {
      g_autoptr(GError) local_error = NULL;

      previous_id = ber_agenda_previous_meeting (store, spec->body_id, spec->held_on,
                                                 &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return 0;
        }
      if (previous_id != 0 && (previous = get_meeting (store, previous_id, error)) == NULL)
        return 0;
    }

  starts_at = spec->starts_at != NULL ? spec->starts_at
              : previous != NULL      ? row_text (previous, "starts_at")
                                      : "09:00";
  place = spec->place != NULL ? spec->place : previous != NULL ? row_text (previous, "place") : "";

  if (spec->agenda_deadline != NULL && *spec->agenda_deadline != '\0')
    deadline = g_strdup (spec->agenda_deadline);
  else if ((deadline = ber_agenda_default_deadline (store, spec->body_id, spec->held_on, error))
           == NULL)
    return 0;
  if (strcmp (deadline, spec->held_on) > 0)
    {
      fail_invalid (error, _("The agenda deadline cannot be after the meeting."));
      return 0;
    }

  if (!ber_store_begin (store, error))
    return 0;
  meeting_id = ber_store_insert (store, "meeting",
                                 ber_store_values ("body_id", V_INT (spec->body_id),
                                              "held_on", V_STR (spec->held_on),
                                              "starts_at", V_STR (starts_at),
                                              "place", V_STR (place),
                                              "agenda_deadline", V_STR (deadline), NULL),
                                 error);
  if (meeting_id == 0
      || !insert_standard_points (store, meeting_id, spec->body_id, previous_id, error)
      || !commit_or_rollback (store, TRUE, error))
    {
      ber_store_rollback (store);
      return 0;
    }
  return meeting_id;
}

/* What may go on an agenda */

/**
 * ber_agenda_ready_items:
 *
 * Returns: (transfer full): item_list rows that are ready and routed to the
 *   meeting's body, oldest first.
 */
GPtrArray *
ber_agenda_ready_items (BerStore *store,
                        gint64    meeting_id,
                        GError  **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(BerQuery) query = ber_query_new ("item_list");

  if (meeting == NULL)
    return NULL;
  ber_query_add_condition (query, "routed_body_id", BER_QUERY_EQ,
                           V_INT (row_id (meeting, "body_id")));
  ber_query_add_condition (query, "status", BER_QUERY_EQ, V_STR ("ready"));
  ber_query_add_order (query, "received_on", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return select_all (store, query, error);
}

static gboolean
report_is_listed (BerStore *store,
                  gint64    report_id,
                  gboolean *listed,
                  GError  **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_entry");
  guint n = 0;

  ber_query_add_condition (query, "report_id", BER_QUERY_EQ, V_INT (report_id));
  if (!ber_store_count (store, query, &n, error))
    return FALSE;
  *listed = n > 0;
  return TRUE;
}

/**
 * ber_agenda_received_reports:
 *
 * Returns: (transfer full): report_list rows returned to the meeting's body,
 *   received and on no agenda yet.
 */
GPtrArray *
ber_agenda_received_reports (BerStore *store,
                             gint64    meeting_id,
                             GError  **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(BerQuery) query = ber_query_new ("report_list");
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *result;

  if (meeting == NULL)
    return NULL;
  ber_query_add_condition (query, "body_id", BER_QUERY_EQ, V_INT (row_id (meeting, "body_id")));
  ber_query_add_condition (query, "status", BER_QUERY_EQ, V_STR ("received"));
  ber_query_add_order (query, "received_on", FALSE);
  ber_query_add_order (query, "id", FALSE);
  if ((rows = select_all (store, query, error)) == NULL)
    return NULL;

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gboolean listed = FALSE;

      if (!report_is_listed (store, row_id (row, "id"), &listed, error))
        {
          g_ptr_array_unref (result);
          return NULL;
        }
      if (!listed)
        g_ptr_array_add (result, g_variant_ref (row));
    }
  return result;
}

/**
 * ber_agenda_other_minutes:
 *
 * Returns: (transfer full): meeting_list rows of other bodies whose minutes
 *   are recorded and not yet on this agenda, newest first.
 */
GPtrArray *
ber_agenda_other_minutes (BerStore *store,
                          gint64    meeting_id,
                          GError  **error)
{
  static const char * const recorded[] = { "held", "minutes-approved", NULL };
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(BerQuery) query = ber_query_new ("meeting_list");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GPtrArray *result;

  if (meeting == NULL)
    return NULL;
  ber_query_add_condition (query, "body_id", BER_QUERY_NE, V_INT (row_id (meeting, "body_id")));
  ber_query_add_in (query, "status", recorded);
  ber_query_add_condition (query, "held_on", BER_QUERY_LE, V_STR (row_text (meeting, "held_on")));
  ber_query_add_order (query, "held_on", TRUE);
  ber_query_add_order (query, "id", TRUE);
  if ((rows = select_all (store, query, error)) == NULL
      || (entries = ber_agenda_list_entries (store, meeting_id, error)) == NULL)
    return NULL;

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gboolean listed = FALSE;

      for (guint j = 0; j < entries->len && !listed; j++)
        listed = row_id (g_ptr_array_index (entries, j), "minutes_meeting_id") == row_id (row, "id");
      if (!listed)
        g_ptr_array_add (result, g_variant_ref (row));
    }
  return result;
}

/* Adding entries */

/**
 * ber_agenda_add_items:
 *
 * Puts ready items routed to the meeting's body on its agenda, before the
 * closing standing points; each item moves to on-agenda.
 */
gboolean
ber_agenda_add_items (BerStore     *store,
                      gint64        meeting_id,
                      const gint64 *item_ids,
                      guint         n_items,
                      GError      **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autofree char *reason = NULL;
  gboolean ok = TRUE;

  if (meeting == NULL || !require_planned (meeting, error))
    return FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GVariant) item = ber_store_get (store, "item", item_ids[i], error);

      if (item == NULL)
        return FALSE;
      if (!g_str_equal (row_text (item, "status"), "ready"))
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("“%s” is not ready for an agenda."), row_text (item, "title"));
          return FALSE;
        }
      if (row_id (item, "routed_body_id") != row_id (meeting, "body_id"))
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("“%s” is not routed to %s."), row_text (item, "title"),
                       row_text (meeting, "body_name"));
          return FALSE;
        }
      g_ptr_array_add (values, g_variant_ref_sink (ber_store_values ("kind", V_STR ("item"),
                                    "title", V_STR (row_text (item, "title")),
                                    "item_id", V_INT (item_ids[i]),
                                    "presenter_id",
                                    row_id (item, "case_officer_id") != 0
                                      ? V_INT (row_id (item, "case_officer_id")) : NULL,
                                    "estimated_minutes", V_INT (10), NULL)));
    }

  /* Translators: the reason an item went on an agenda, "Meeting of RS on 2026-05-12" */
  reason = g_strdup_printf (_("Meeting of %s on %s"), row_text (meeting, "body_short_name"),
                            row_text (meeting, "held_on"));

  if (!ber_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < n_items && ok; i++)
    ok = record_transition (store, item_ids[i], "ready", "on-agenda", reason, error);
  ok = ok && insert_before_end (store, meeting, values, error);
  return commit_or_rollback (store, ok, error);
}

static char *
report_title (GVariant *report)
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

/**
 * ber_agenda_add_reports:
 *
 * Puts received returned reports on the agenda as information items,
 * before the closing standing points.
 */
gboolean
ber_agenda_add_reports (BerStore     *store,
                        gint64        meeting_id,
                        const gint64 *report_ids,
                        guint         n_reports,
                        GError      **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);

  if (meeting == NULL || !require_planned (meeting, error))
    return FALSE;

  for (guint i = 0; i < n_reports; i++)
    {
      g_autoptr(GVariant) report = ber_store_get (store, "report_list", report_ids[i], error);
      g_autofree char *title = NULL;
      gboolean listed = FALSE;

      if (report == NULL || !report_is_listed (store, report_ids[i], &listed, error))
        goto failed;
      if (listed || !g_str_equal (row_text (report, "status"), "received"))
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("The report from %s is not waiting for an agenda."),
                       row_text (report, "person_name"));
          goto failed;
        }
      title = report_title (report);
      g_ptr_array_add (values, g_variant_ref_sink (ber_store_values ("kind", V_STR ("report"), "title", V_STR (title),
                                    "report_id", V_INT (report_ids[i]),
                                    "presenter_id", V_INT (row_id (report, "person_id")),
                                    "estimated_minutes", V_INT (5), NULL)));
    }

  if (!ber_store_begin (store, error))
    goto failed;
  return commit_or_rollback (store, insert_before_end (store, meeting, values, error), error);

failed:
  return FALSE;
}

/**
 * ber_agenda_add_minutes:
 *
 * Puts the minutes of other bodies' meetings on the agenda as information
 * items, before the closing standing points.
 */
gboolean
ber_agenda_add_minutes (BerStore     *store,
                        gint64        meeting_id,
                        const gint64 *meeting_ids,
                        guint         n_meetings,
                        GError      **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);

  if (meeting == NULL || !require_planned (meeting, error))
    return FALSE;

  for (guint i = 0; i < n_meetings; i++)
    {
      g_autoptr(GVariant) other = get_meeting (store, meeting_ids[i], error);
      g_autofree char *title = NULL;

      if (other == NULL)
        goto failed;
      if (meeting_ids[i] == meeting_id)
        {
          fail_invalid (error, _("A meeting cannot take its own minutes as information."));
          goto failed;
        }
      /* Translators: an agenda entry, "Minutes of Internationella beredningen, 2026-03-04" */
      title = g_strdup_printf (_("Minutes of %s, %s"), row_text (other, "body_name"),
                               row_text (other, "held_on"));
      g_ptr_array_add (values, g_variant_ref_sink (ber_store_values ("kind", V_STR ("minutes"), "title", V_STR (title),
                                    "minutes_meeting_id", V_INT (meeting_ids[i]),
                                    "estimated_minutes", V_INT (2), NULL)));
    }

  if (!ber_store_begin (store, error))
    goto failed;
  return commit_or_rollback (store, insert_before_end (store, meeting, values, error), error);

failed:
  return FALSE;
}

/* Order, presenters, times */

/**
 * ber_agenda_move_entry:
 * @delta: places to move: -1 up, 1 down
 *
 * Moves an entry within its part of the agenda: opening standing points
 * among themselves, matters among themselves, closing points among
 * themselves. Moving past the end of its part does nothing.
 */
gboolean
ber_agenda_move_entry (BerStore *store,
                       gint64    entry_id,
                       int       delta,
                       GError  **error)
{
  g_autoptr(GVariant) entry = ber_store_get (store, "agenda_entry", entry_id, error);
  g_autoptr(GVariant) meeting = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  guint n_start = 0, n_end = 0, index = G_MAXUINT, lo, hi;
  gint64 target;
  gpointer moved;

  if (entry == NULL
      || (meeting = get_meeting (store, row_id (entry, "meeting_id"), error)) == NULL
      || !require_planned (meeting, error)
      || (entries = ber_agenda_list_entries (store, row_id (meeting, "id"), error)) == NULL
      || !count_ends (store, row_id (meeting, "body_id"), entries, &n_start, &n_end, error))
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    if (row_id (g_ptr_array_index (entries, i), "id") == entry_id)
      index = i;
  g_return_val_if_fail (index != G_MAXUINT, FALSE);

  if (index < n_start)
    lo = 0, hi = n_start - 1;
  else if (index >= entries->len - n_end)
    lo = entries->len - n_end, hi = entries->len - 1;
  else
    lo = n_start, hi = entries->len - n_end - 1;

  target = CLAMP ((gint64) index + delta, (gint64) lo, (gint64) hi);
  if (target == index)
    return TRUE;

  moved = g_ptr_array_steal_index (entries, index);
  g_ptr_array_insert (entries, target, moved);

  if (!ber_store_begin (store, error))
    return FALSE;
  return commit_or_rollback (store, renumber (store, entries, error), error);
}

gboolean
ber_agenda_set_entry_details (BerStore *store,
                              gint64    entry_id,
                              gint64    presenter_id,
                              int       estimated_minutes,
                              GError  **error)
{
  if (estimated_minutes < 0 || estimated_minutes > 600)
    return fail_invalid (error, _("The estimated time must be between 0 and 600 minutes."));
  return ber_store_update (store, "agenda_entry", entry_id,
                           ber_store_values ("presenter_id", v_id_or_null (presenter_id),
                                        "estimated_minutes", V_INT (estimated_minutes), NULL),
                           error);
}

/**
 * ber_agenda_clock_times:
 * @starts_at: "HH:MM"
 * @minutes: the estimated minutes of each entry, in order
 *
 * Returns: (transfer full): the start time "HH:MM" of each entry, or NULL
 *   when @starts_at is not a time.
 */
char **
ber_agenda_clock_times (const char *starts_at,
                        const int  *minutes,
                        guint       n_entries)
{
  char **times;
  int hours, mins, clock;

  if (starts_at == NULL || strlen (starts_at) != 5 || starts_at[2] != ':'
      || !g_ascii_isdigit (starts_at[0]) || !g_ascii_isdigit (starts_at[1])
      || !g_ascii_isdigit (starts_at[3]) || !g_ascii_isdigit (starts_at[4]))
    return NULL;
  hours = atoi (starts_at);
  mins = atoi (starts_at + 3);
  if (hours > 23 || mins > 59)
    return NULL;

  clock = hours * 60 + mins;
  times = g_new0 (char *, n_entries + 1);
  for (guint i = 0; i < n_entries; i++)
    {
      int at = clock % (24 * 60);

      times[i] = g_strdup_printf ("%02d:%02d", at / 60, at % 60);
      clock += MAX (minutes[i], 0);
    }
  return times;
}

char **
ber_agenda_meeting_clock_times (BerStore *store,
                                gint64    meeting_id,
                                GError  **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree int *minutes = NULL;

  if (meeting == NULL || (entries = ber_agenda_list_entries (store, meeting_id, error)) == NULL)
    return NULL;
  minutes = g_new0 (int, entries->len + 1);
  for (guint i = 0; i < entries->len; i++)
    minutes[i] = (int) row_id (g_ptr_array_index (entries, i), "estimated_minutes");
  return ber_agenda_clock_times (row_text (meeting, "starts_at"), minutes, entries->len);
}

/* Locking */

static gboolean
last_paragraph (BerStore *store,
                gint64    body_id,
                gint64    year,
                gint64   *last,
                GError  **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_entry");
  g_autoptr(GPtrArray) rows = NULL;

  ber_query_add_condition (query, "paragraph_body_id", BER_QUERY_EQ, V_INT (body_id));
  ber_query_add_condition (query, "paragraph_year", BER_QUERY_EQ, V_INT (year));
  ber_query_add_condition (query, "paragraph", BER_QUERY_NOT_NULL, NULL);
  ber_query_add_order (query, "paragraph", TRUE);
  rows = ber_store_select (store, query, 0, 1, error);
  if (rows == NULL)
    return FALSE;
  *last = rows->len > 0 ? row_id (g_ptr_array_index (rows, 0), "paragraph") : 0;
  return TRUE;
}

/**
 * ber_agenda_lock:
 *
 * Fixes the agenda (fastställ): every entry gets a § number in order,
 * continuing the body's series for the meeting's year, and the agenda takes
 * no more entries.
 */
gboolean
ber_agenda_lock (BerStore *store,
                 gint64    meeting_id,
                 GError  **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(GPtrArray) entries = NULL;
  gint64 body_id, year, last = 0;
  gboolean ok = TRUE;

  if (meeting == NULL || !require_planned (meeting, error))
    return FALSE;
  body_id = row_id (meeting, "body_id");
  year = g_ascii_strtoll (row_text (meeting, "held_on"), NULL, 10);

  if (!ber_store_begin (store, error))
    return FALSE;
  /* Read inside the transaction so that no other writer takes the same numbers. */
  ok = (entries = ber_agenda_list_entries (store, meeting_id, error)) != NULL
       && last_paragraph (store, body_id, year, &last, error);
  for (guint i = 0; ok && entries != NULL && i < entries->len; i++)
    ok = ber_store_update (store, "agenda_entry", row_id (g_ptr_array_index (entries, i), "id"),
                           ber_store_values ("paragraph", V_INT (last + 1 + i),
                                        "paragraph_body_id", V_INT (body_id),
                                        "paragraph_year", V_INT (year), NULL),
                           error);
  ok = ok && ber_store_update (store, "meeting", meeting_id,
                               ber_store_values ("status", V_STR ("agenda-locked"), NULL), error);
  return commit_or_rollback (store, ok, error);
}

/* Minutes */

static gboolean
require_minutes_open (GVariant  *meeting,
                      GError   **error)
{
  const char *status = row_text (meeting, "status");

  if (g_str_equal (status, "agenda-locked") || g_str_equal (status, "held"))
    return TRUE;
  if (g_str_equal (status, "planned"))
    return fail_invalid (error, _("Lock the agenda before recording the minutes."));
  g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
               _("The minutes of the meeting of %s on %s are already approved."),
               row_text (meeting, "body_name"), row_text (meeting, "held_on"));
  return FALSE;
}

static GPtrArray *
entry_clauses (BerStore   *store,
               const char *owner_column,
               gint64      owner_id,
               GError    **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("clause");

  ber_query_add_condition (query, owner_column, BER_QUERY_EQ, V_INT (owner_id));
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return select_all (store, query, error);
}

static gboolean
replace_decision_clauses (BerStore           *store,
                          GVariant           *entry,
                          const char         *decision,
                          const char * const *clauses,
                          GError            **error)
{
  gint64 entry_id = row_id (entry, "id");
  g_autoptr(GPtrArray) old = entry_clauses (store, "agenda_entry_id", entry_id, error);
  g_autoptr(GPtrArray) proposal = NULL;
  guint position = 0;

  if (old == NULL)
    return FALSE;
  for (guint i = 0; i < old->len; i++)
    if (!ber_store_delete (store, "clause", row_id (g_ptr_array_index (old, i), "id"), error))
      return FALSE;

  if (g_str_equal (decision, "as-proposed") && row_id (entry, "item_id") != 0)
    {
      proposal = entry_clauses (store, "item_id", row_id (entry, "item_id"), error);
      if (proposal == NULL)
        return FALSE;
      for (guint i = 0; i < proposal->len; i++)
        {
          GVariant *clause = g_ptr_array_index (proposal, i);
          gint64 responsible = row_id (clause, "responsible_id");
          const char *due_on = row_text (clause, "due_on");

          if (ber_store_insert (store, "clause",
                                ber_store_values ("agenda_entry_id", V_INT (entry_id),
                                             "position", V_INT (++position),
                                             "text", V_STR (row_text (clause, "text")),
                                             "responsible_id",
                                             responsible != 0 ? V_INT (responsible) : NULL,
                                             "due_on", *due_on ? V_STR (due_on) : NULL, NULL),
                                error) == 0)
            return FALSE;
        }
      return TRUE;
    }

  for (guint i = 0; clauses != NULL && clauses[i] != NULL; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (clauses[i]));

      if (*text == '\0')
        continue;
      if (ber_store_insert (store, "clause",
                            ber_store_values ("agenda_entry_id", V_INT (entry_id),
                                         "position", V_INT (++position),
                                         "text", V_STR (text), NULL),
                            error) == 0)
        return FALSE;
    }
  return TRUE;
}

/**
 * ber_agenda_record_decision:
 * @decision: a BER_CHOICES_DECISION value, or NULL to clear it
 * @clauses: (nullable): the decision's att-clauses when @decision is
 *   "amended" (required then), or any other but "as-proposed"
 *
 * Records the decision on one entry of a locked agenda. "as-proposed" copies
 * the item's proposal clauses as the decision's. The item itself moves on
 * when the minutes are recorded.
 */
gboolean
ber_agenda_record_decision (BerStore           *store,
                            gint64              entry_id,
                            const char         *decision,
                            const char         *note,
                            const char * const *clauses,
                            GError            **error)
{
  g_autoptr(GVariant) entry = ber_store_get (store, "agenda_entry", entry_id, error);
  g_autoptr(GVariant) meeting = NULL;
  gboolean has_clause = FALSE;
  gboolean ok;

  if (entry == NULL
      || (meeting = get_meeting (store, row_id (entry, "meeting_id"), error)) == NULL
      || !require_minutes_open (meeting, error))
    return FALSE;
  if (decision != NULL && ber_choice_index (BER_CHOICES_DECISION, decision) < 0)
    return fail_invalid (error, _("Unknown decision."));

  for (guint i = 0; clauses != NULL && clauses[i] != NULL && !has_clause; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (clauses[i]));

      has_clause = *text != '\0';
    }
  if (g_strcmp0 (decision, "amended") == 0 && !has_clause)
    return fail_invalid (error, _("An amended decision needs at least one att-clause."));

  if (!ber_store_begin (store, error))
    return FALSE;
  ok = ber_store_update (store, "agenda_entry", entry_id,
                         ber_store_values ("decision",
                                      decision != NULL ? V_STR (decision) : V_NULL_STR,
                                      "decision_note", V_STR (note != NULL ? note : ""), NULL),
                         error)
       && replace_decision_clauses (store, entry, decision != NULL ? decision : "", clauses,
                                    error);
  return commit_or_rollback (store, ok, error);
}

/**
 * ber_agenda_set_attendance:
 *
 * Replaces the meeting's attendance list.
 */
gboolean
ber_agenda_set_attendance (BerStore          *store,
                           gint64             meeting_id,
                           const BerAttendee *attendees,
                           guint              n_attendees,
                           GError           **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("attendance");
  g_autoptr(GPtrArray) old = NULL;
  gboolean ok = TRUE;

  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, V_INT (meeting_id));
  if ((old = select_all (store, query, error)) == NULL || !ber_store_begin (store, error))
    return FALSE;
  for (guint i = 0; ok && i < old->len; i++)
    ok = ber_store_delete (store, "attendance", row_id (g_ptr_array_index (old, i), "id"), error);
  for (guint i = 0; ok && i < n_attendees; i++)
    ok = ber_store_insert (store, "attendance",
                           ber_store_values ("meeting_id", V_INT (meeting_id),
                                        "person_id", V_INT (attendees[i].person_id),
                                        "role",
                                        V_STR (attendees[i].role != NULL ? attendees[i].role
                                                                         : "member"),
                                        "present", V_INT (attendees[i].present ? 1 : 0), NULL),
                           error) != 0;
  return commit_or_rollback (store, ok, error);
}

/**
 * ber_agenda_set_distribution:
 *
 * Replaces the entry's distribution list (Exp till).
 */
gboolean
ber_agenda_set_distribution (BerStore           *store,
                             gint64              entry_id,
                             const char * const *recipients,
                             GError            **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("distribution");
  g_autoptr(GPtrArray) old = NULL;
  gboolean ok = TRUE;

  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_EQ, V_INT (entry_id));
  if ((old = select_all (store, query, error)) == NULL || !ber_store_begin (store, error))
    return FALSE;
  for (guint i = 0; ok && i < old->len; i++)
    ok = ber_store_delete (store, "distribution", row_id (g_ptr_array_index (old, i), "id"),
                           error);
  for (guint i = 0; ok && recipients != NULL && recipients[i] != NULL; i++)
    {
      g_autofree char *recipient = g_strstrip (g_strdup (recipients[i]));

      if (*recipient != '\0')
        ok = ber_store_insert (store, "distribution",
                               ber_store_values ("agenda_entry_id", V_INT (entry_id),
                                            "recipient", V_STR (recipient), NULL),
                               error) != 0;
    }
  return commit_or_rollback (store, ok, error);
}

/**
 * ber_agenda_list_statements:
 *
 * Returns: (transfer full): the entry's statement rows (reservations,
 *   statements for the minutes, special opinions) in order.
 */
GPtrArray *
ber_agenda_list_statements (BerStore  *store,
                            gint64     entry_id,
                            GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("statement");

  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_EQ, V_INT (entry_id));
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return select_all (store, query, error);
}

static gboolean
check_statements (GPtrArray              *old,
                  const BerStatementSpec *statements,
                  guint                   n_statements,
                  GError                **error)
{
  for (guint i = 0; i < n_statements; i++)
    {
      g_autofree char *author = g_strstrip (g_strdup (statements[i].author != NULL
                                                        ? statements[i].author : ""));
      gboolean known = statements[i].id == 0;

      if (ber_choice_index (BER_CHOICES_STATEMENT_KIND, statements[i].kind) < 0)
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("Reservation or statement %u has an unknown kind “%s”. Choose "
                         "Reservation, Statement for the Minutes or Special Opinion."),
                       i + 1, statements[i].kind != NULL ? statements[i].kind : "");
          return FALSE;
        }
      if (*author == '\0')
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("Reservation or statement %u has no author. Write who makes it: a "
                         "name and/or party, such as “Anna Berg (M)”."),
                       i + 1);
          return FALSE;
        }
      for (guint k = 0; !known && k < old->len; k++)
        known = row_id (g_ptr_array_index (old, k), "id") == statements[i].id;
      if (!known)
        return fail_invalid (error, _("A reservation or statement was removed in another "
                                      "window. Close the dialog and open it again."));
    }
  return TRUE;
}

/* Writes one statement at @position: inserted, or only the columns that changed. */
static gboolean
write_statement (BerStore               *store,
                 gint64                  entry_id,
                 GPtrArray              *old,
                 const BerStatementSpec *spec,
                 guint                   position,
                 GError                **error)
{
  g_autofree char *author = g_strstrip (g_strdup (spec->author));
  g_autofree char *text = g_strstrip (g_strdup (spec->text != NULL ? spec->text : ""));
  GVariant *row = NULL;

  if (spec->id == 0)
    return ber_store_insert (store, "statement",
                             ber_store_values ("agenda_entry_id", V_INT (entry_id),
                                               "position", V_INT (position),
                                               "kind", V_STR (spec->kind),
                                               "author", V_STR (author),
                                               "text", V_STR (text), NULL),
                             error) != 0;

  for (guint k = 0; row == NULL && k < old->len; k++)
    if (row_id (g_ptr_array_index (old, k), "id") == spec->id)
      row = g_ptr_array_index (old, k);
  if (row_id (row, "position") == position && g_str_equal (row_text (row, "kind"), spec->kind)
      && g_str_equal (row_text (row, "author"), author)
      && g_str_equal (row_text (row, "text"), text))
    return TRUE;

  return ber_store_update (store, "statement", spec->id,
                           ber_store_values ("position",
                                             row_id (row, "position") != position
                                               ? V_INT (position) : NULL,
                                             "kind",
                                             !g_str_equal (row_text (row, "kind"), spec->kind)
                                               ? V_STR (spec->kind) : NULL,
                                             "author",
                                             !g_str_equal (row_text (row, "author"), author)
                                               ? V_STR (author) : NULL,
                                             "text",
                                             !g_str_equal (row_text (row, "text"), text)
                                               ? V_STR (text) : NULL,
                                             NULL),
                           error);
}

/**
 * ber_agenda_set_statements:
 * @statements: (array length=n_statements): the entry's reservations and
 *   statements in the order the minutes print them
 *
 * Replaces the reservations, statements for the minutes and special
 * opinions under the entry's decision while the minutes are open. A spec
 * with an id keeps its row (and its history); rows not named are removed.
 */
gboolean
ber_agenda_set_statements (BerStore               *store,
                           gint64                  entry_id,
                           const BerStatementSpec *statements,
                           guint                   n_statements,
                           GError                **error)
{
  g_autoptr(GVariant) entry = ber_store_get (store, "agenda_entry", entry_id, error);
  g_autoptr(GVariant) meeting = NULL;
  g_autoptr(GPtrArray) old = NULL;
  gboolean ok = TRUE;

  if (entry == NULL
      || (meeting = get_meeting (store, row_id (entry, "meeting_id"), error)) == NULL
      || !require_minutes_open (meeting, error)
      || !ber_store_begin (store, error))
    return FALSE;

  /* Read inside the transaction, so the ids checked are the ids written. */
  old = ber_agenda_list_statements (store, entry_id, error);
  ok = old != NULL && check_statements (old, statements, n_statements, error);
  for (guint k = 0; ok && k < old->len; k++)
    {
      gint64 id = row_id (g_ptr_array_index (old, k), "id");
      gboolean kept = FALSE;

      for (guint i = 0; !kept && i < n_statements; i++)
        kept = statements[i].id == id;
      if (!kept)
        ok = ber_store_delete (store, "statement", id, error);
    }
  for (guint i = 0; ok && i < n_statements; i++)
    ok = write_statement (store, entry_id, old, &statements[i], i + 1, error);
  return commit_or_rollback (store, ok, error);
}

/* Moves each item on the agenda on by its decision. */
static gboolean
move_items_on (BerStore  *store,
               GVariant  *meeting,
               GPtrArray *entries,
               GError   **error)
{
  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (entries, i);
      gint64 item_id = row_id (entry, "item_id");
      g_autoptr(GVariant) item = NULL;
      g_autofree char *reason = NULL;
      const char *to;

      if (item_id == 0)
        continue;
      if ((item = ber_store_get (store, "item", item_id, error)) == NULL)
        return FALSE;
      if (!g_str_equal (row_text (item, "status"), "on-agenda"))
        continue;
      to = g_str_equal (row_text (entry, "decision"), "tabled") ? "ready" : "decided";
      /* Translators: why an item moved, "§ 12, meeting of RS on 2026-05-12" */
      reason = g_strdup_printf (_("§ %d, meeting of %s on %s"), (int) row_id (entry, "paragraph"),
                                row_text (meeting, "body_short_name"),
                                row_text (meeting, "held_on"));
      if (!record_transition (store, item_id, "on-agenda", to, reason, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ber_agenda_record_minutes:
 *
 * Records the minutes: checker, justering and anslag dates. Every matter
 * needs its decision. The meeting becomes held, or minutes-approved once
 * approved_on is set; decided items move to decided, tabled ones back to
 * ready; returned reports on the agenda become presented.
 */
gboolean
ber_agenda_record_minutes (BerStore             *store,
                           gint64                meeting_id,
                           const BerMinutesSpec *spec,
                           GError              **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(GPtrArray) entries = NULL;
  const char *approved_on = spec->approved_on != NULL && *spec->approved_on ? spec->approved_on
                                                                             : NULL;
  const char *posted_on = spec->posted_on != NULL && *spec->posted_on ? spec->posted_on : NULL;
  gboolean ok;

  if (meeting == NULL || !require_minutes_open (meeting, error)
      || (entries = ber_agenda_list_entries (store, meeting_id, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (entries, i);

      if (g_str_equal (row_text (entry, "kind"), "item") && *row_text (entry, "decision") == '\0')
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("§ %d “%s” has no decision yet. Choose Decision… to record it."), (int) row_id (entry, "paragraph"),
                       row_text (entry, "title"));
          return FALSE;
        }
    }
  if (approved_on != NULL && strcmp (approved_on, row_text (meeting, "held_on")) < 0)
    return fail_invalid (error, _("The minutes cannot be approved before the meeting."));
  if (posted_on != NULL && approved_on == NULL)
    return fail_invalid (error, _("The minutes must be approved before they are posted."));
  if (posted_on != NULL && strcmp (posted_on, approved_on) < 0)
    return fail_invalid (error, _("The minutes cannot be posted before they are approved."));

  if (!ber_store_begin (store, error))
    return FALSE;
  ok = ber_store_update (store, "meeting", meeting_id,
                         ber_store_values ("checker_id", v_id_or_null (spec->checker_id),
                                      "approved_on", v_date_or_null (approved_on),
                                      "posted_on", v_date_or_null (posted_on),
                                      "status",
                                      V_STR (approved_on != NULL ? "minutes-approved" : "held"),
                                      NULL),
                         error)
       && move_items_on (store, meeting, entries, error)
       && ber_reports_mark_presented (store, meeting_id, error);
  return commit_or_rollback (store, ok, error);
}

/* Follow-up */

/**
 * ber_clause_gives_assignment:
 *
 * Whether an att-clause gives someone an assignment: "att uppdra åt …",
 * "att ge … i uppdrag att …".
 */
gboolean
ber_clause_gives_assignment (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_strdown (text, -1);
  g_strstrip (folded);
  return g_str_has_prefix (folded, "att uppdra") || strstr (folded, "uppdra åt") != NULL
         || strstr (folded, "i uppdrag") != NULL;
}

/* Late once the due day has passed without the clause being done. */
gboolean
ber_clause_is_late (const char *due_on,
                    const char *completed_on,
                    const char *today)
{
  return (completed_on == NULL || *completed_on == '\0') && due_on != NULL && *due_on != '\0'
         && today != NULL && strcmp (due_on, today) < 0;
}

static GVariant *
followup_row (BerStore  *store,
              GVariant  *clause,
              GError   **error)
{
  g_autoptr(GVariant) entry = NULL;
  g_autoptr(GVariant) meeting = NULL;
  g_autoptr(GVariant) person = NULL;
  GVariantDict dict;
  gint64 responsible = row_id (clause, "responsible_id");

  if ((entry = ber_store_get (store, "agenda_entry", row_id (clause, "agenda_entry_id"), error))
        == NULL
      || (meeting = get_meeting (store, row_id (entry, "meeting_id"), error)) == NULL)
    return NULL;
  if (responsible != 0 && (person = ber_store_get (store, "person", responsible, error)) == NULL)
    return NULL;

  g_variant_dict_init (&dict, clause);
  g_variant_dict_insert (&dict, "meeting_id", "x", row_id (meeting, "id"));
  g_variant_dict_insert (&dict, "held_on", "s", row_text (meeting, "held_on"));
  g_variant_dict_insert (&dict, "body_name", "s", row_text (meeting, "body_name"));
  g_variant_dict_insert (&dict, "body_short_name", "s", row_text (meeting, "body_short_name"));
  g_variant_dict_insert (&dict, "entry_title", "s", row_text (entry, "title"));
  g_variant_dict_insert (&dict, "paragraph", "x", row_id (entry, "paragraph"));
  g_variant_dict_insert (&dict, "responsible_name", "s", row_text (person, "name"));
  g_variant_dict_insert (&dict, "late", "b",
                         ber_clause_is_late (row_text (clause, "due_on"), NULL,
                                             ber_store_get_today (store)));
  return g_variant_ref_sink (g_variant_dict_end (&dict));
}

/**
 * ber_agenda_followup_list:
 * @late_only: only the clauses whose due date has passed
 *
 * The decision clauses still to be carried out: those that give an
 * assignment or have a responsible person, not completed. Each row is the
 * clause's columns plus meeting_id, held_on, body_name, body_short_name,
 * entry_title, paragraph, responsible_name and late (b). Earliest due first;
 * those without a due date last.
 *
 * Returns: (transfer full): the rows, or NULL with @error set.
 */
GPtrArray *
ber_agenda_followup_list (BerStore *store,
                          gboolean  late_only,
                          GError  **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("clause");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) dated = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autoptr(GPtrArray) undated = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  GPtrArray *result;

  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_NOT_NULL, NULL);
  ber_query_add_condition (query, "completed_on", BER_QUERY_IS_NULL, NULL);
  ber_query_add_order (query, "due_on", FALSE);
  ber_query_add_order (query, "id", FALSE);
  if ((rows = select_all (store, query, error)) == NULL)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *clause = g_ptr_array_index (rows, i);
      GVariant *row;

      if (row_id (clause, "responsible_id") == 0
          && !ber_clause_gives_assignment (row_text (clause, "text")))
        continue;
      if (late_only
          && !ber_clause_is_late (row_text (clause, "due_on"), NULL, ber_store_get_today (store)))
        continue;
      if ((row = followup_row (store, clause, error)) == NULL)
        return NULL;
      g_ptr_array_add (*row_text (clause, "due_on") ? dated : undated, row);
    }

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  for (guint i = 0; i < dated->len; i++)
    g_ptr_array_add (result, g_variant_ref (g_ptr_array_index (dated, i)));
  for (guint i = 0; i < undated->len; i++)
    g_ptr_array_add (result, g_variant_ref (g_ptr_array_index (undated, i)));
  return result;
}

static gboolean
require_decision_clause (BerStore *store,
                         gint64    clause_id,
                         GError  **error)
{
  g_autoptr(GVariant) clause = ber_store_get (store, "clause", clause_id, error);

  if (clause == NULL)
    return FALSE;
  if (row_id (clause, "agenda_entry_id") == 0)
    return fail_invalid (error, _("Only a decision’s att-clauses are followed up."));
  return TRUE;
}

gboolean
ber_agenda_set_clause_followup (BerStore   *store,
                                gint64      clause_id,
                                gint64      responsible_id,
                                const char *due_on,
                                GError    **error)
{
  if (!require_decision_clause (store, clause_id, error))
    return FALSE;
  if (due_on != NULL && *due_on != '\0' && !ber_date_is_valid (due_on))
    return fail_invalid (error, _("The due date is not a valid date."));
  return ber_store_update (store, "clause", clause_id,
                           ber_store_values ("responsible_id", v_id_or_null (responsible_id),
                                        "due_on", v_date_or_null (due_on), NULL),
                           error);
}

/**
 * ber_agenda_mark_clause_done:
 * @completed_on: (nullable): ISO date; NULL for the store's today
 */
gboolean
ber_agenda_mark_clause_done (BerStore   *store,
                             gint64      clause_id,
                             const char *completed_on,
                             GError    **error)
{
  if (!require_decision_clause (store, clause_id, error))
    return FALSE;
  if (completed_on == NULL || *completed_on == '\0')
    completed_on = ber_store_get_today (store);
  return ber_store_update (store, "clause", clause_id,
                           ber_store_values ("completed_on", V_STR (completed_on), NULL), error);
}
