/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-reports"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-assignment.h"
#include "ber-date.h"
#include "ber-event-attendance.h"
#include "ber-network-body.h"
#include "ber-record-list.h"
#include "ber-report-logic.h"
#include "ber-reports.h"

/*
 * Forum events: a network's meeting that persons attended, often on an
 * assignment from one of the region's bodies. Registering one with its
 * attendance is what makes reports owed (ber_reports_create_expected()).
 */

static BerStore *
store_of (BerReports *self)
{
  return ber_service_get_store (BER_SERVICE (self));
}

/**
 * ber_reports_list_network_bodies:
 *
 * Returns: (transfer full): a lazy list of the #BerNetworkBody of the
 *   network (its assembly, board, committees), by name
 */
GListModel *
ber_reports_list_network_bodies (BerReports *self,
                                 gint64      network_id)
{
  g_autoptr(BerQuery) query = ber_query_new ("network_body");

  g_return_val_if_fail (BER_IS_REPORTS (self), NULL);

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ, g_variant_new_int64 (network_id));
  ber_query_add_order (query, "name", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return G_LIST_MODEL (ber_record_list_new (store_of (self), BER_TYPE_NETWORK_BODY, query));
}

static gboolean
runs_on (BerAssignment *assignment,
         const char    *day)
{
  const char *from = ber_record_get_string (BER_RECORD (assignment), "from-on");
  const char *to = ber_record_get_string (BER_RECORD (assignment), "to-on");

  return (from == NULL || *from == '\0' || g_strcmp0 (from, day) <= 0)
         && (to == NULL || *to == '\0' || g_strcmp0 (to, day) >= 0);
}

/**
 * ber_reports_list_event_assignments:
 * @day: (nullable): the event's first day; today when %NULL
 *
 * The persons with an assignment in the network, one assignment each: the
 * one running on @day if there is one, else any. Refused or withdrawn
 * candidacies are no assignment. These are the attendees an event of the
 * network is likely to have.
 *
 * Returns: (transfer full) (nullable): a list of #BerAssignment by the
 *   person's name, or %NULL with @error set
 */
GListModel *
ber_reports_list_event_assignments (BerReports  *self,
                                    gint64       network_id,
                                    const char  *day,
                                    GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("assignment_list");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) by_person = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *list;

  g_return_val_if_fail (BER_IS_REPORTS (self), NULL);

  if (day == NULL)
    day = ber_service_get_today (BER_SERVICE (self));
  ber_query_add_condition (query, "network_id", BER_QUERY_EQ, g_variant_new_int64 (network_id));
  ber_query_add_order (query, "person_name", FALSE);
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (store_of (self), query, 0, G_MAXUINT, error);
  if (rows == NULL)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(BerRecord) record = ber_record_new_from_row (BER_TYPE_ASSIGNMENT,
                                                             g_ptr_array_index (rows, i));
      BerAssignment *assignment = BER_ASSIGNMENT (record);
      const char *candidacy = ber_record_get_string (record, "candidacy");
      gpointer person = GSIZE_TO_POINTER ((gsize) ber_record_get_int64 (record, "person-id"));
      gpointer index;

      if (g_strcmp0 (candidacy, "not-elected") == 0 || g_strcmp0 (candidacy, "withdrawn") == 0)
        continue;
      if (!g_hash_table_lookup_extended (by_person, person, NULL, &index))
        {
          g_hash_table_insert (by_person, person, GUINT_TO_POINTER (chosen->len));
          g_ptr_array_add (chosen, g_steal_pointer (&record));
        }
      else if (runs_on (assignment, day))
        {
          /* The assignment running on the day wins, in the person's place. */
          g_object_unref (g_ptr_array_index (chosen, GPOINTER_TO_UINT (index)));
          g_ptr_array_index (chosen, GPOINTER_TO_UINT (index)) = g_steal_pointer (&record);
        }
    }

  list = g_list_store_new (BER_TYPE_ASSIGNMENT);
  g_list_store_splice (list, 0, 0, chosen->pdata, chosen->len);
  return G_LIST_MODEL (list);
}

static gboolean
check_event (BerForumEvent  *event,
             GError        **error)
{
  g_autofree char *title = g_strstrip (g_strdup (ber_forum_event_get_title (event) != NULL
                                                   ? ber_forum_event_get_title (event) : ""));
  const char *starts = ber_forum_event_get_starts_on (event);
  const char *ends = ber_record_get_string (BER_RECORD (event), "ends-on");

  if (ber_record_get_int64 (BER_RECORD (event), "network-id") <= 0)
    return ber_service_refuse (error, _("Choose the network that held the event."));
  if (*title == '\0')
    return ber_service_refuse (error, _("The event needs a title, e.g. “General Assembly”."));
  if (ends != NULL && *ends == '\0')
    ends = NULL;
  if (starts == NULL || !ber_date_is_valid (starts) || (ends != NULL && !ber_date_is_valid (ends)))
    return ber_service_refuse (error, _("Write the dates as YYYY-MM-DD, for example 2026-11-23. The "
                               "start date is needed."));
  if (ends != NULL && strcmp (ends, starts) < 0)
    return ber_service_refuse (error, _("The event ends before it starts. Check the dates."));

  g_object_set (event, "title", title, NULL);
  return TRUE;
}

/**
 * ber_reports_add_event:
 * @event: a new forum event: its network, maybe one of the network's
 *   bodies, a title, a place and its days
 * @attendance: (nullable): the #BerEventAttendance of the persons who went
 *   there (their event is set here)
 *
 * Registers a forum event and who attended it, in one transaction. An
 * event is often registered after the fact, so any dates are allowed.
 */
gboolean
ber_reports_add_event (BerReports     *self,
                       BerForumEvent  *event,
                       GListModel     *attendance,
                       GError        **error)
{
  guint n = attendance != NULL ? g_list_model_get_n_items (attendance) : 0;
  guint saved = 0;

  g_return_val_if_fail (BER_IS_REPORTS (self), FALSE);
  g_return_val_if_fail (BER_IS_FORUM_EVENT (event), FALSE);
  g_return_val_if_fail (ber_record_get_id (BER_RECORD (event)) == 0, FALSE);

  if (!check_event (event, error) || !ber_store_begin (store_of (self), error))
    return FALSE;
  if (!ber_record_save (BER_RECORD (event), store_of (self), error))
    goto failed;
  for (; saved < n; saved++)
    {
      g_autoptr(BerEventAttendance) attendee = g_list_model_get_item (attendance, saved);

      g_object_set (attendee, "event-id", ber_record_get_id (BER_RECORD (event)), NULL);
      if (!ber_record_save (BER_RECORD (attendee), store_of (self), error))
        goto failed;
    }
  if (ber_store_commit (store_of (self), error))
    return TRUE;

failed:
  ber_store_rollback (store_of (self));
  ber_record_forget_insert (BER_RECORD (event));
  for (guint i = 0; i < MIN (saved, n); i++)
    {
      g_autoptr(BerRecord) attendee = g_list_model_get_item (attendance, i);

      ber_record_forget_insert (attendee);
    }
  return FALSE;
}

/**
 * ber_reports_create_expected:
 * @due_days: days after the event's last day that the report is due
 * @n_created: (out) (optional): how many reports were created
 *
 * Every attendee of the event who went there on an assignment owes the body
 * that gave the assignment a report. Creates the missing ones, all or none.
 */
gboolean
ber_reports_create_expected (BerReports  *self,
                             gint64       event_id,
                             int          due_days,
                             guint       *n_created,
                             GError     **error)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), FALSE);

  return ber_report_logic_create_expected (store_of (self), event_id, due_days, n_created, error);
}
