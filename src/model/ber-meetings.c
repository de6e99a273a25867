/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-meetings"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-date.h"
#include "ber-item.h"
#include "ber-meetings-private.h"
#include "ber-report.h"

/*
 * The service of meetings: the lists the meetings views show and the writes
 * they make, over the rules of ber-agenda.c. Every write is one transaction
 * here; a record handed in is read again after it was written. Decisions,
 * minutes and follow-up are in ber-meetings-minutes.c.
 */
struct _BerMeetings
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerMeetings, ber_meetings, BER_TYPE_SERVICE)

static void
ber_meetings_class_init (BerMeetingsClass *klass)
{
}

static void
ber_meetings_init (BerMeetings *self)
{
}

BerMeetings *
ber_meetings_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  return g_object_new (BER_TYPE_MEETINGS, "store", store, NULL);
}

/* A lazy list of @type over @source, where @column is @id, in @order then by id. */
GListModel *
ber_meetings_list_where (BerMeetings  *self,
                         GType         type,
                         const char   *source,
                         const char   *column,
                         gint64        id,
                         const char   *order,
                         GError      **error)
{
  g_autoptr(BerQuery) query = ber_query_new (source);
  guint n = 0;

  ber_query_add_condition (query, column, BER_QUERY_EQ, g_variant_new_int64 (id));
  if (order != NULL)
    ber_query_add_order (query, order, FALSE);
  ber_query_add_order (query, "id", FALSE);
  /* Counted once here, so that a register that cannot be read says so. */
  if (!ber_store_count (store_of (self), query, &n, error))
    return NULL;
  return G_LIST_MODEL (ber_record_list_new (store_of (self), type, query));
}

/* Meetings */

static const char *
order_column (const char *order)
{
  static const struct
  {
    const char *order;
    const char *column;
  } columns[] = {
    { BER_MEETINGS_ORDER_TIME, "starts_at" },
    { BER_MEETINGS_ORDER_BODY, "body_name" },
    { BER_MEETINGS_ORDER_PLACE, "place" },
    { BER_MEETINGS_ORDER_STATUS, "status" },
  };

  for (guint i = 0; order != NULL && i < G_N_ELEMENTS (columns); i++)
    if (g_str_equal (columns[i].order, order))
      return columns[i].column;
  return NULL;
}

static BerQuery *
meetings_query (BerListFilter *filter,
                gpointer       user_data)
{
  static const char * const search[] = { "body_name", "body_short_name", "place", NULL };
  BerMeetings *self = user_data;
  BerQuery *query = ber_query_new ("meeting_list");
  gboolean past = ber_list_filter_get_flag (filter, BER_MEETINGS_PAST);
  gint64 body_id = ber_list_filter_get_id (filter, BER_MEETINGS_BODY);
  const char *order = ber_list_filter_get_order (filter);
  const char *column = order_column (order);
  gboolean descending = order != NULL ? ber_list_filter_get_descending (filter) : past;

  if (body_id > 0)
    ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (body_id));
  ber_query_add_condition (query, "held_on", past ? BER_QUERY_LT : BER_QUERY_GE,
                           g_variant_new_string (ber_service_get_today (BER_SERVICE (self))));
  ber_query_set_search (query, ber_list_filter_get_search (filter), search);
  if (column != NULL)
    ber_query_add_order (query, column, descending);
  ber_query_add_order (query, "held_on", descending);
  ber_query_add_order (query, "starts_at", descending);
  ber_query_add_order (query, "id", descending);
  return query;
}

/**
 * ber_meetings_list:
 * @filter: its search (body, place), the criteria %BER_MEETINGS_BODY and
 *   %BER_MEETINGS_PAST, and an order %BER_MEETINGS_ORDER_*
 *
 * Returns: (transfer full): a lazy list of #BerMeeting that follows @filter
 */
GListModel *
ber_meetings_list (BerMeetings   *self,
                   BerListFilter *filter)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (BER_IS_LIST_FILTER (filter), NULL);

  return G_LIST_MODEL (ber_record_list_new_filtered (store_of (self), BER_TYPE_MEETING, filter,
                                                     meetings_query, self));
}

/**
 * ber_meetings_new_meeting:
 * @body_id: the body that meets, or 0 to choose it later
 *
 * Returns: (transfer full): a meeting to fill in and create with
 *   ber_meetings_create(); its time is empty, meaning the previous
 *   meeting's or 09:00
 */
BerMeeting *
ber_meetings_new_meeting (BerMeetings *self,
                          gint64       body_id)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);

  return g_object_new (BER_TYPE_MEETING, "body-id", body_id, "starts-at", "", NULL);
}

/* Whether the register has a body that is not dissolved, to hold a meeting. */
static gboolean
has_current_body (BerMeetings  *self,
                  gboolean     *has_body,
                  GError      **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("body");
  guint n = 0;

  ber_query_add_condition (query, "dissolved_on", BER_QUERY_IS_NULL, NULL);
  if (!ber_store_count (store_of (self), query, &n, error))
    return FALSE;
  *has_body = n > 0;
  return TRUE;
}

static gboolean
is_clock_time (const char *text)
{
  g_auto(GStrv) times = ber_agenda_clock_times (text, NULL, 0);

  return times != NULL;
}

/**
 * ber_meetings_create:
 * @meeting: a new meeting: its body, date, and optionally its time, place
 *   and agenda deadline
 * @copy_previous: start from the previous meeting of the body: its standing
 *   points, and its time and place when @meeting leaves them empty
 *
 * Plans the meeting with its agenda's standing points, in one transaction.
 * On success @meeting is the meeting as written, with its id.
 */
gboolean
ber_meetings_create (BerMeetings  *self,
                     BerMeeting   *meeting,
                     gboolean      copy_previous,
                     GError      **error)
{
  g_autoptr(GVariant) row = NULL;
  const char *starts_at = record_text (meeting, "starts-at");
  const char *place = record_text (meeting, "place");
  const char *deadline = record_text (meeting, "agenda-deadline");
  BerMeetingSpec spec = { 0 };
  gint64 id;

  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (BER_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (ber_record_get_id (BER_RECORD (meeting)) == 0, FALSE);

  spec.body_id = record_int64 (meeting, "body-id");
  if (spec.body_id <= 0)
    {
      gboolean has_body = TRUE;

      if (!has_current_body (self, &has_body, error))
        return FALSE;
      if (!has_body)
        return ber_service_refuse (error, _("There is no body to hold the meeting yet. Create "
                                            "the body first, for example the regional executive "
                                            "board, then choose it here."));
      return ber_service_refuse (error, _("Choose the body that meets."));
    }
  if (*starts_at != '\0' && !is_clock_time (starts_at))
    return ber_service_refuse (error, _("The time is not a time of day. Write it as HH:MM, such as "
                               "13:00."));

  spec.held_on = ber_meeting_get_held_on (meeting);
  /* Left empty, time and place come from the previous meeting when copying. */
  spec.starts_at = *starts_at != '\0' ? starts_at : copy_previous ? NULL : "09:00";
  spec.place = *place != '\0' || !copy_previous ? place : NULL;
  spec.agenda_deadline = *deadline != '\0' ? deadline : NULL;
  spec.copy_previous = copy_previous;

  id = ber_agenda_create_meeting (store_of (self), &spec, error);
  if (id == 0 || (row = get_meeting_row (self, id, error)) == NULL)
    return FALSE;
  ber_record_update_from_row (BER_RECORD (meeting), row);
  return TRUE;
}

/* The agenda */

/**
 * ber_meetings_list_entries:
 *
 * Returns: (transfer full) (nullable): the meeting's #BerAgendaEntry in
 *   order, a list that follows changes of the agenda
 */
GListModel *
ber_meetings_list_entries (BerMeetings  *self,
                           gint64        meeting_id,
                           GError      **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);

  return ber_meetings_list_where (self, BER_TYPE_AGENDA_ENTRY, "agenda_entry", "meeting_id", meeting_id,
                     "position", error);
}

/**
 * ber_meetings_clock_times:
 *
 * Returns: (transfer full) (nullable): the clock time "HH:MM" each entry
 *   starts at, from the meeting's start and the estimates of the entries
 *   before it; empty when the meeting has no valid start time
 */
char **
ber_meetings_clock_times (BerMeetings  *self,
                          gint64        meeting_id,
                          GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  char **times;

  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);

  times = ber_agenda_meeting_clock_times (store_of (self), meeting_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  return times != NULL ? times : g_new0 (char *, 1);
}

/**
 * ber_meetings_list_ready_items:
 *
 * Returns: (transfer full) (nullable): the #BerItem ready for an agenda and
 *   routed to the meeting's body, oldest first
 */
GListModel *
ber_meetings_list_ready_items (BerMeetings  *self,
                               gint64        meeting_id,
                               GError      **error)
{
  g_autoptr(GVariant) meeting = NULL;
  g_autoptr(BerQuery) query = ber_query_new ("item_list");
  gint64 body_id = 0;
  guint n = 0;

  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);

  if ((meeting = get_meeting_row (self, meeting_id, error)) == NULL)
    return NULL;
  g_variant_lookup (meeting, "body_id", "x", &body_id);
  ber_query_add_condition (query, "routed_body_id", BER_QUERY_EQ, g_variant_new_int64 (body_id));
  ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("ready"));
  ber_query_add_order (query, "received_on", FALSE);
  ber_query_add_order (query, "id", FALSE);
  if (!ber_store_count (store_of (self), query, &n, error))
    return NULL;
  return G_LIST_MODEL (ber_record_list_new (store_of (self), BER_TYPE_ITEM, query));
}

/**
 * ber_meetings_list_waiting_reports:
 *
 * Returns: (transfer full) (nullable): the #BerReport returned to the
 *   meeting's body, received and on no agenda yet
 */
GListModel *
ber_meetings_list_waiting_reports (BerMeetings  *self,
                                   gint64        meeting_id,
                                   GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);

  rows = ber_agenda_received_reports (store_of (self), meeting_id, error);
  return rows != NULL ? records_of_rows (BER_TYPE_REPORT, rows) : NULL;
}

/**
 * ber_meetings_list_other_minutes:
 *
 * Returns: (transfer full) (nullable): the #BerMeeting of other bodies whose
 *   minutes are recorded and not on this agenda yet, newest first
 */
GListModel *
ber_meetings_list_other_minutes (BerMeetings  *self,
                                 gint64        meeting_id,
                                 GError      **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);

  rows = ber_agenda_other_minutes (store_of (self), meeting_id, error);
  return rows != NULL ? records_of_rows (BER_TYPE_MEETING, rows) : NULL;
}

typedef gboolean (*AddFunc) (BerStore *, gint64, const gint64 *, guint, GError **);

static gboolean
add_entries (BerMeetings   *self,
             AddFunc        add,
             gint64         meeting_id,
             const gint64  *ids,
             guint          n_ids,
             GError       **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (n_ids == 0 || ids != NULL, FALSE);

  if (n_ids == 0)
    return ber_service_refuse (error, _("Choose at least one entry."));
  return add (store_of (self), meeting_id, ids, n_ids, error);
}

/**
 * ber_meetings_add_items:
 *
 * Puts ready items routed to the meeting's body on its planned agenda,
 * before the closing standing points; each item moves to on-agenda.
 */
gboolean
ber_meetings_add_items (BerMeetings   *self,
                        gint64         meeting_id,
                        const gint64  *item_ids,
                        guint          n_items,
                        GError       **error)
{
  return add_entries (self, ber_agenda_add_items, meeting_id, item_ids, n_items, error);
}

/* Puts received returned reports on the agenda as information. */
gboolean
ber_meetings_add_reports (BerMeetings   *self,
                          gint64         meeting_id,
                          const gint64  *report_ids,
                          guint          n_reports,
                          GError       **error)
{
  return add_entries (self, ber_agenda_add_reports, meeting_id, report_ids, n_reports, error);
}

/* Puts other bodies' recorded minutes on the agenda as information. */
gboolean
ber_meetings_add_minutes (BerMeetings   *self,
                          gint64         meeting_id,
                          const gint64  *meeting_ids,
                          guint          n_meetings,
                          GError       **error)
{
  return add_entries (self, ber_agenda_add_minutes, meeting_id, meeting_ids, n_meetings, error);
}

/**
 * ber_meetings_move_entry:
 * @delta: places to move: -1 up, 1 down
 *
 * Moves an entry of a planned agenda within its part: the opening standing
 * points, the matters, or the closing points.
 */
gboolean
ber_meetings_move_entry (BerMeetings     *self,
                         BerAgendaEntry  *entry,
                         int              delta,
                         GError         **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), FALSE);

  return ber_agenda_move_entry (store_of (self), ber_record_get_id (BER_RECORD (entry)), delta,
                                error);
}

/**
 * ber_meetings_save_entry:
 * @entry: an entry with its presenter and estimated minutes changed
 *
 * Writes who presents an entry and how long it takes, while the minutes
 * are not approved.
 */
gboolean
ber_meetings_save_entry (BerMeetings     *self,
                         BerAgendaEntry  *entry,
                         GError         **error)
{
  g_autoptr(GVariant) meeting = NULL;
  const char *status = NULL;
  int minutes = 0;
  gboolean ok;

  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), FALSE);

  g_object_get (entry, "estimated-minutes", &minutes, NULL);
  if (minutes < 0 || minutes > 600)
    return ber_service_refuse (error, _("The estimated time must be between 0 and 600 minutes."));

  if (!ber_store_begin (store_of (self), error))
    return FALSE;
  /* Read inside the transaction: the minutes cannot be approved meanwhile. */
  ok = (meeting = get_meeting_row (self, record_int64 (entry, "meeting-id"), error)) != NULL;
  if (ok && g_variant_lookup (meeting, "status", "&s", &status)
      && g_str_equal (status, "minutes-approved"))
    ok = ber_service_refuse (error, _("The minutes of this meeting are approved: its agenda takes no "
                             "more changes."));
  ok = ok && ber_record_save (BER_RECORD (entry), store_of (self), error);
  return ber_service_commit_or_rollback (store_of (self), ok, error);
}

/**
 * ber_meetings_has_begun:
 *
 * Whether the day of @meeting has come: it is the register's today or
 * earlier. Before it, the agenda is prepared and locked and the notice sent;
 * from it on, the minutes can be recorded.
 */
gboolean
ber_meetings_has_begun (BerMeetings *self,
                        BerMeeting  *meeting)
{
  const char *held_on;

  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (BER_IS_MEETING (meeting), FALSE);

  held_on = ber_meeting_get_held_on (meeting);
  return held_on != NULL && *held_on != '\0'
         && strcmp (held_on, ber_service_get_today (BER_SERVICE (self))) <= 0;
}

/**
 * ber_meetings_lock:
 *
 * Fixes the agenda: every entry gets its § number in the body's series for
 * the year, and the agenda takes no more entries or changes of order.
 */
gboolean
ber_meetings_lock (BerMeetings  *self,
                   gint64        meeting_id,
                   GError      **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  return ber_agenda_lock (store_of (self), meeting_id, error);
}

