/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-reports"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-date.h"
#include "ber-record-list.h"
#include "ber-report-logic.h"
#include "ber-reports.h"

struct _BerReports
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerReports, ber_reports, BER_TYPE_SERVICE)

static void
ber_reports_class_init (BerReportsClass *klass)
{
}

static void
ber_reports_init (BerReports *self)
{
}

BerReports *
ber_reports_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  return g_object_new (BER_TYPE_REPORTS, "store", store, NULL);
}

static BerStore *
store_of (BerReports *self)
{
  return ber_service_get_store (BER_SERVICE (self));
}

/* The list */

static const char *
order_column (const char *order)
{
  static const struct
  {
    const char *order;
    const char *column;
  } orders[] = {
    { BER_REPORTS_ORDER_PERSON, "person_name" },
    { BER_REPORTS_ORDER_NETWORK, "network_acronym" },
    { BER_REPORTS_ORDER_EVENT, "event_title" },
    { BER_REPORTS_ORDER_EVENT_DATE, "event_starts_on" },
    { BER_REPORTS_ORDER_BODY, "body_name" },
    { BER_REPORTS_ORDER_STATUS, "status" },
    { BER_REPORTS_ORDER_DUE, "due_on" },
    { BER_REPORTS_ORDER_RECEIVED, "received_on" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    if (g_strcmp0 (orders[i].order, order) == 0)
      return orders[i].column;
  return NULL;
}

static void
add_status_conditions (BerQuery   *query,
                       const char *status,
                       const char *today)
{
  if (g_strcmp0 (status, BER_REPORTS_STATUS_EXPECTED) == 0)
    {
      ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("expected"));
      ber_query_add_condition (query, "due_on", BER_QUERY_GE, g_variant_new_string (today));
    }
  else if (g_strcmp0 (status, BER_REPORTS_STATUS_LATE) == 0)
    {
      ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("expected"));
      ber_query_add_condition (query, "due_on", BER_QUERY_LT, g_variant_new_string (today));
    }
  else if (g_strcmp0 (status, BER_REPORTS_STATUS_RECEIVED) == 0)
    {
      /* Received and waiting for an agenda: the list of what to bring up. */
      ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("received"));
      ber_query_add_condition (query, "agenda_meeting_id", BER_QUERY_IS_NULL, NULL);
    }
  else if (g_strcmp0 (status, BER_REPORTS_STATUS_ON_AGENDA) == 0)
    {
      ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("received"));
      ber_query_add_condition (query, "agenda_meeting_id", BER_QUERY_NOT_NULL, NULL);
    }
  else if (status != NULL)
    ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string (status));
}

/* The network's name, which the list knows an event's network by. */
static char *
network_name (BerStore *store,
              gint64    network_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = ber_store_get (store, "network", network_id, &error);
  const char *name = NULL;

  if (row == NULL)
    {
      /* No report matches a network that cannot be read; a register that
       * cannot be read fails the list's own read, which says why. */
      g_debug ("Reading network %" G_GINT64_FORMAT ": %s", network_id, error->message);
      return g_strdup ("");
    }
  g_variant_lookup (row, "name", "&s", &name);
  return g_strdup (name != NULL ? name : "");
}

static BerQuery *
reports_query (BerListFilter *filter,
               gpointer       user_data)
{
  /* The report's text is searched too: "what did we say about cohesion policy?" */
  static const char * const search[] = {
    "person_name", "event_title", "network_name", "network_acronym", "body_name",
    "subject_areas", "positions", "continued_work", "home_work", NULL
  };
  BerStore *store = user_data;
  BerQuery *query = ber_query_new ("report_list");
  const char *column = order_column (ber_list_filter_get_order (filter));
  gboolean descending = ber_list_filter_get_descending (filter);
  gint64 person = ber_list_filter_get_id (filter, BER_REPORTS_CRITERION_PERSON);
  gint64 network = ber_list_filter_get_id (filter, BER_REPORTS_CRITERION_NETWORK);
  gint64 body = ber_list_filter_get_id (filter, BER_REPORTS_CRITERION_BODY);
  const char *from = ber_list_filter_get_text (filter, BER_REPORTS_CRITERION_FROM);
  const char *to = ber_list_filter_get_text (filter, BER_REPORTS_CRITERION_TO);

  add_status_conditions (query, ber_list_filter_get_text (filter, BER_REPORTS_CRITERION_STATUS),
                         ber_store_get_today (store));
  if (person > 0)
    ber_query_add_condition (query, "person_id", BER_QUERY_EQ, g_variant_new_int64 (person));
  if (body > 0)
    ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (body));
  if (network > 0)
    {
      g_autofree char *name = network_name (store, network);

      ber_query_add_condition (query, "network_name", BER_QUERY_EQ, g_variant_new_string (name));
    }
  if (from != NULL)
    ber_query_add_condition (query, "event_starts_on", BER_QUERY_GE, g_variant_new_string (from));
  if (to != NULL)
    ber_query_add_condition (query, "event_starts_on", BER_QUERY_LE, g_variant_new_string (to));
  ber_query_set_search (query, ber_list_filter_get_search (filter), search);

  /* Without a column chosen, the latest due first. */
  if (column == NULL)
    {
      column = "due_on";
      descending = TRUE;
    }
  ber_query_add_order (query, column, descending);
  if (!g_str_equal (column, "due_on"))
    ber_query_add_order (query, "due_on", TRUE);
  ber_query_add_order (query, "id", FALSE);
  return query;
}

/**
 * ber_reports_list:
 * @filter: a search (in the names and in what the reports say), an order
 *   (BER_REPORTS_ORDER_…) and the criteria BER_REPORTS_CRITERION_…
 *
 * Returns: (transfer full): a lazy list of #BerReport that follows @filter
 *   and the register
 */
GListModel *
ber_reports_list (BerReports    *self,
                  BerListFilter *filter)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), NULL);
  g_return_val_if_fail (BER_IS_LIST_FILTER (filter), NULL);

  /* The list keeps the store it reads, which the query is built from. */
  return G_LIST_MODEL (ber_record_list_new_filtered (store_of (self), BER_TYPE_REPORT, filter,
                                                     reports_query, store_of (self)));
}

/* Returns: (transfer full) (nullable): the report @report_id, read now */
BerReport *
ber_reports_load (BerReports  *self,
                  gint64       report_id,
                  GError     **error)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), NULL);

  return BER_REPORT (ber_record_load (BER_TYPE_REPORT, store_of (self), report_id, error));
}

/* How many reports are still expected after their due day. */
gboolean
ber_reports_count_late (BerReports  *self,
                        guint       *n_late,
                        GError     **error)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), FALSE);

  return ber_report_logic_count_late (store_of (self), n_late, error);
}

/* Whether @report is late on the register's today (ber_report_is_late()). */
gboolean
ber_reports_is_late (BerReports *self,
                     BerReport  *report)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), FALSE);

  return ber_report_is_late (report, ber_service_get_today (BER_SERVICE (self)));
}

/* How many days after its due day a late report is; 0 when it is not late. */
int
ber_reports_days_late (BerReports *self,
                       BerReport  *report)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), 0);

  if (!ber_reports_is_late (self, report))
    return 0;
  return ber_date_days_until (ber_report_get_due_on (report),
                              ber_service_get_today (BER_SERVICE (self)));
}

/* The status follows the date received: a date makes an expected report
 * received, and taking it away makes it expected again. */
static gboolean
check_received (BerReport  *report,
                GError    **error)
{
  const char *received = ber_record_get_string (BER_RECORD (report), "received-on");
  const char *presented = ber_record_get_string (BER_RECORD (report), "presented-on");
  const char *status = ber_report_get_status (report);

  if (received != NULL && *received == '\0')
    received = NULL;
  if (presented != NULL && *presented == '\0')
    presented = NULL;

  if (received != NULL && !ber_date_is_valid (received))
    return ber_service_refuse (error, _("The date received is not a date. Write it as YYYY-MM-DD, for "
                               "example 2026-11-23."));
  if (received != NULL && presented != NULL && strcmp (received, presented) > 0)
    return ber_service_refuse (error, _("The report was presented before that date. Check the date "
                               "received."));
  if (received == NULL && g_strcmp0 (status, "presented") == 0)
    return ber_service_refuse (error, _("The report has been presented, so it was received: it needs "
                               "the date it came in."));

  if (received != NULL && g_strcmp0 (status, "expected") == 0)
    g_object_set (report, "status", "received", NULL);
  else if (received == NULL)
    g_object_set (report, "status", "expected", NULL);
  return TRUE;
}

/**
 * ber_reports_save:
 * @report: a report read from the register, with its parts and the date it
 *   came in changed
 *
 * Saves the four parts and the date received; the status follows the date
 * (a date makes an expected report received, none makes it expected). A
 * presented report keeps a date, and not one after it was presented.
 */
gboolean
ber_reports_save (BerReports  *self,
                  BerReport   *report,
                  GError     **error)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), FALSE);
  g_return_val_if_fail (BER_IS_REPORT (report), FALSE);

  if (!check_received (report, error))
    return FALSE;
  return ber_record_save (BER_RECORD (report), store_of (self), error);
}

/* To the agenda */

/**
 * ber_reports_next_meeting:
 *
 * The body's next meeting whose agenda still takes items: planned, today or
 * later. A locked agenda, a cancelled or past meeting does not count.
 *
 * Returns: (transfer full) (nullable): the meeting, or %NULL when there is
 *   none (@error set only when the register could not be read)
 */
BerMeeting *
ber_reports_next_meeting (BerReports  *self,
                          gint64       body_id,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  g_return_val_if_fail (BER_IS_REPORTS (self), NULL);

  id = ber_report_logic_next_meeting (store_of (self), body_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (id == 0)
    return NULL;
  return BER_MEETING (ber_record_load (BER_TYPE_MEETING, store_of (self), id, error));
}

/**
 * ber_reports_find_agenda_entry:
 *
 * Returns: (transfer full) (nullable): the agenda entry that brings @report
 *   to a meeting, or %NULL when it is on no agenda (@error set only when the
 *   register could not be read)
 */
BerAgendaEntry *
ber_reports_find_agenda_entry (BerReports  *self,
                               BerReport   *report,
                               GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_entry");
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (BER_IS_REPORTS (self), NULL);
  g_return_val_if_fail (BER_IS_REPORT (report), NULL);

  if (ber_record_get_id (BER_RECORD (report)) == 0)
    return NULL;
  ber_query_add_condition (query, "report_id", BER_QUERY_EQ,
                           g_variant_new_int64 (ber_record_get_id (BER_RECORD (report))));
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (store_of (self), query, 0, 1, error);
  if (rows == NULL || rows->len == 0)
    return NULL;
  return BER_AGENDA_ENTRY (ber_record_new_from_row (BER_TYPE_AGENDA_ENTRY,
                                                    g_ptr_array_index (rows, 0)));
}

/**
 * ber_reports_add_to_agenda:
 * @meeting_id: the meeting, or 0 for the next meeting of each report's body
 *
 * Brings received reports to an agenda as information items, after the
 * items and before the standing points that close the meeting. A report
 * not received yet, or already on an agenda, is refused by name. All or
 * none.
 */
gboolean
ber_reports_add_to_agenda (BerReports    *self,
                           const gint64  *report_ids,
                           guint          n_reports,
                           gint64         meeting_id,
                           GError       **error)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), FALSE);

  return ber_report_logic_add_to_agenda (store_of (self), report_ids, n_reports, meeting_id,
                                         error);
}

/**
 * ber_reports_mark_presented_at:
 *
 * Once the minutes of the meeting are recorded, each report dealt with in a
 * paragraph (§) of them has been presented, on the day of the meeting.
 */
gboolean
ber_reports_mark_presented_at (BerReports  *self,
                               gint64       meeting_id,
                               GError     **error)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), FALSE);

  return ber_reports_mark_presented (store_of (self), meeting_id, error);
}

/* Reminders */

/**
 * ber_reports_reminder_uri:
 *
 * Returns: (transfer full) (nullable): a mailto: link that opens a polite
 *   reminder to the report's author in the user's mail program, or %NULL
 *   with @error set (the person has no e-mail address, say)
 */
char *
ber_reports_reminder_uri (BerReports  *self,
                          BerReport   *report,
                          GError     **error)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), NULL);
  g_return_val_if_fail (BER_IS_REPORT (report), NULL);

  return ber_report_logic_reminder_uri (store_of (self), ber_record_get_id (BER_RECORD (report)),
                                        error);
}

/**
 * ber_reports_record_reminder:
 *
 * Notes on @report that a reminder was sent today. @report is read again
 * first: only the date of the reminder is written.
 */
gboolean
ber_reports_record_reminder (BerReports  *self,
                             BerReport   *report,
                             GError     **error)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), FALSE);
  g_return_val_if_fail (BER_IS_REPORT (report), FALSE);

  if (!ber_record_reload (BER_RECORD (report), store_of (self), error))
    return FALSE;
  g_object_set (report, "reminded-on", ber_service_get_today (BER_SERVICE (self)), NULL);
  return ber_record_save (BER_RECORD (report), store_of (self), error);
}

/* Attachments */

static BerQuery *
documents_query (gint64 report_id)
{
  BerQuery *query = ber_query_new ("document");

  ber_query_add_condition (query, "report_id", BER_QUERY_EQ, g_variant_new_int64 (report_id));
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return query;
}

/**
 * ber_reports_list_documents:
 *
 * Returns: (transfer full): a lazy list of the #BerDocument attached to the
 *   report, in their order
 */
GListModel *
ber_reports_list_documents (BerReports *self,
                            gint64      report_id)
{
  g_autoptr(BerQuery) query = NULL;

  g_return_val_if_fail (BER_IS_REPORTS (self), NULL);

  query = documents_query (report_id);
  return G_LIST_MODEL (ber_record_list_new (store_of (self), BER_TYPE_DOCUMENT, query));
}

/**
 * ber_reports_add_document:
 * @document: a new document: its report, title and file
 *
 * Attaches a file (the written report, minutes, a presentation) to a
 * report, after its other attachments. The register notes where the file
 * is; the file stays where it is.
 */
gboolean
ber_reports_add_document (BerReports   *self,
                          BerDocument  *document,
                          GError      **error)
{
  g_autoptr(BerQuery) query = NULL;
  g_autofree char *title = NULL;
  const char *path;
  gint64 report_id;
  guint n = 0;

  g_return_val_if_fail (BER_IS_REPORTS (self), FALSE);
  g_return_val_if_fail (BER_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (ber_record_get_id (BER_RECORD (document)) == 0, FALSE);

  report_id = ber_record_get_int64 (BER_RECORD (document), "report-id");
  path = ber_document_get_file_path (document);
  title = g_strstrip (g_strdup (ber_document_get_title (document) != NULL
                                  ? ber_document_get_title (document) : ""));
  if (report_id <= 0)
    return ber_service_refuse (error, _("Save the report before attaching files to it."));
  if (path == NULL || *path == '\0')
    return ber_service_refuse (error, _("Choose the file to attach."));
  if (*title == '\0')
    return ber_service_refuse (error, _("The attachment needs a title."));

  query = documents_query (report_id);
  if (!ber_store_begin (store_of (self), error))
    return FALSE;
  if (!ber_store_count (store_of (self), query, &n, error))
    goto failed;
  g_object_set (document, "title", title, "position", (int) n, NULL);
  if (ber_record_save (BER_RECORD (document), store_of (self), error)
      && ber_store_commit (store_of (self), error))
    return TRUE;

failed:
  ber_store_rollback (store_of (self));
  ber_record_forget_insert (BER_RECORD (document));
  return FALSE;
}

/* Removes the register's note of an attachment, never the file itself. */
gboolean
ber_reports_remove_document (BerReports   *self,
                             BerDocument  *document,
                             GError      **error)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), FALSE);
  g_return_val_if_fail (BER_IS_DOCUMENT (document), FALSE);

  return ber_record_delete (BER_RECORD (document), store_of (self), error);
}
