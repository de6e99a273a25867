/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-agenda"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ber-agenda-private.h"
#include "ber-date.h"

/*
 * Meetings and their agendas: a new meeting with its standing points, the
 * order of its entries, their clock times, and the lock that numbers them.
 */

/* Moves an item to @to_status and writes why in its history. */
gboolean
ber_agenda_record_transition (BerStore    *store,
                              gint64       item_id,
                              const char  *from_status,
                              const char  *to_status,
                              const char  *reason,
                              GError     **error)
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

gboolean
ber_agenda_require_planned (GVariant  *meeting,
                            GError   **error)
{
  if (g_str_equal (ber_row_text (meeting, "status"), "planned"))
    return TRUE;
  g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
               _("The agenda of the meeting of %s on %s is locked and takes no more changes."),
               ber_row_text (meeting, "body_name"), ber_row_text (meeting, "held_on"));
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
    *n_end += g_str_equal (ber_row_text (g_ptr_array_index (points, i), "placement"), "end");
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
         && g_str_equal (ber_row_text (g_ptr_array_index (entries, leading), "kind"), "standard"))
    leading++;
  while (trailing < entries->len
         && g_str_equal (ber_row_text (g_ptr_array_index (entries, entries->len - 1 - trailing),
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

      if (ber_row_integer (entry, "position") != (gint64) i + 1
          && !ber_store_update (store, "agenda_entry", ber_row_integer (entry, "id"),
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
gboolean
ber_agenda_insert_before_end (BerStore   *store,
                              GVariant   *meeting,
                              GPtrArray  *values,
                              GError    **error)
{
  gint64 meeting_id = ber_row_integer (meeting, "id");
  g_autoptr(GPtrArray) entries = ber_agenda_list_entries (store, meeting_id, error);
  guint n_start = 0, n_end = 0, at;

  if (entries == NULL
      || !count_ends (store, ber_row_integer (meeting, "body_id"), entries, &n_start, &n_end, error))
    return FALSE;
  at = entries->len - n_end;

  for (guint i = entries->len; i > at; i--)
    {
      GVariant *entry = g_ptr_array_index (entries, i - 1);

      if (!ber_store_update (store, "agenda_entry", ber_row_integer (entry, "id"),
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
  return ber_row_integer (g_ptr_array_index (rows, 0), "id");
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
  deadline = ber_date_add_days (held_on, -(int) ber_row_integer (body, "agenda_deadline_days"));
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
          gint64 m = ber_row_integer (entry, "estimated_minutes");

          if (!g_str_equal (ber_row_text (entry, "kind"), "standard"))
            continue;
          g_ptr_array_add (titles, g_strdup (ber_row_text (entry, "title")));
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

          g_ptr_array_add (titles, g_strdup (ber_row_text (g_ptr_array_index (points, i), "title")));
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
      ber_service_refuse (error, _("Enter the date of the meeting."));
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
              : previous != NULL      ? ber_row_text (previous, "starts_at")
                                      : "09:00";
  place = spec->place != NULL ? spec->place : previous != NULL ? ber_row_text (previous, "place") : "";

  if (spec->agenda_deadline != NULL && *spec->agenda_deadline != '\0')
    deadline = g_strdup (spec->agenda_deadline);
  else if ((deadline = ber_agenda_default_deadline (store, spec->body_id, spec->held_on, error))
           == NULL)
    return 0;
  if (strcmp (deadline, spec->held_on) > 0)
    {
      ber_service_refuse (error, _("The agenda deadline cannot be after the meeting."));
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
      || !ber_service_commit_or_rollback (store, TRUE, error))
    {
      ber_store_rollback (store);
      return 0;
    }
  return meeting_id;
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
      || (meeting = get_meeting (store, ber_row_integer (entry, "meeting_id"), error)) == NULL
      || !ber_agenda_require_planned (meeting, error)
      || (entries = ber_agenda_list_entries (store, ber_row_integer (meeting, "id"), error)) == NULL
      || !count_ends (store, ber_row_integer (meeting, "body_id"), entries, &n_start, &n_end, error))
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    if (ber_row_integer (g_ptr_array_index (entries, i), "id") == entry_id)
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
  return ber_service_commit_or_rollback (store, renumber (store, entries, error), error);
}

gboolean
ber_agenda_set_entry_details (BerStore *store,
                              gint64    entry_id,
                              gint64    presenter_id,
                              int       estimated_minutes,
                              GError  **error)
{
  if (estimated_minutes < 0 || estimated_minutes > 600)
    return ber_service_refuse (error, _("The estimated time must be between 0 and 600 minutes."));
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
    minutes[i] = (int) ber_row_integer (g_ptr_array_index (entries, i), "estimated_minutes");
  return ber_agenda_clock_times (ber_row_text (meeting, "starts_at"), minutes, entries->len);
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
  *last = rows->len > 0 ? ber_row_integer (g_ptr_array_index (rows, 0), "paragraph") : 0;
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

  if (meeting == NULL || !ber_agenda_require_planned (meeting, error))
    return FALSE;
  body_id = ber_row_integer (meeting, "body_id");
  year = g_ascii_strtoll (ber_row_text (meeting, "held_on"), NULL, 10);

  if (!ber_store_begin (store, error))
    return FALSE;
  /* Read inside the transaction so that no other writer takes the same numbers. */
  ok = (entries = ber_agenda_list_entries (store, meeting_id, error)) != NULL
       && last_paragraph (store, body_id, year, &last, error);
  for (guint i = 0; ok && entries != NULL && i < entries->len; i++)
    ok = ber_store_update (store, "agenda_entry", ber_row_integer (g_ptr_array_index (entries, i), "id"),
                           ber_store_values ("paragraph", V_INT (last + 1 + i),
                                        "paragraph_body_id", V_INT (body_id),
                                        "paragraph_year", V_INT (year), NULL),
                           error);
  ok = ok && ber_store_update (store, "meeting", meeting_id,
                               ber_store_values ("status", V_STR ("agenda-locked"), NULL), error);
  return ber_service_commit_or_rollback (store, ok, error);
}

