/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-agenda-entry.h"
#include "ber-document.h"
#include "ber-forum-event.h"
#include "ber-list-filter.h"
#include "ber-meeting.h"
#include "ber-report.h"
#include "ber-service.h"

G_BEGIN_DECLS

#define BER_TYPE_REPORTS (ber_reports_get_type ())

G_DECLARE_FINAL_TYPE (BerReports, ber_reports, BER, REPORTS, BerService)

/*
 * Returned reports (DOMAIN.md, "Returned reports") and the forum events
 * that make them owed: who owes which body a report, when it is late, the
 * four parts and attachments of a report, how it reaches the agenda of the
 * body, and how its author is reminded. Every function that writes is one
 * transaction: all or nothing.
 */

/* Criteria of ber_reports_list(). */
#define BER_REPORTS_CRITERION_STATUS  "status"   /* text: a BER_REPORTS_STATUS_… */
#define BER_REPORTS_CRITERION_PERSON  "person"   /* id: the person who owes it */
#define BER_REPORTS_CRITERION_NETWORK "network"  /* id: the network of the event */
#define BER_REPORTS_CRITERION_BODY    "body"     /* id: the body it reports to */
#define BER_REPORTS_CRITERION_FROM    "from"     /* text: events on or after, YYYY-MM-DD */
#define BER_REPORTS_CRITERION_TO      "to"       /* text: events on or before, YYYY-MM-DD */

/* Values of BER_REPORTS_CRITERION_STATUS. */
#define BER_REPORTS_STATUS_EXPECTED  "expected"  /* expected and not yet due */
#define BER_REPORTS_STATUS_LATE      "late"      /* expected after its due day */
#define BER_REPORTS_STATUS_RECEIVED  "received"   /* received, on no agenda yet */
#define BER_REPORTS_STATUS_ON_AGENDA "on-agenda"  /* received, on a meeting's agenda */
#define BER_REPORTS_STATUS_PRESENTED "presented"

/* Orders of ber_reports_list(); by due day, latest first, when unset. */
#define BER_REPORTS_ORDER_PERSON     "person"
#define BER_REPORTS_ORDER_NETWORK    "network"
#define BER_REPORTS_ORDER_EVENT      "event"
#define BER_REPORTS_ORDER_EVENT_DATE "event-date"
#define BER_REPORTS_ORDER_BODY       "body"
#define BER_REPORTS_ORDER_STATUS     "status"
#define BER_REPORTS_ORDER_DUE        "due"
#define BER_REPORTS_ORDER_RECEIVED   "received"

/* Where a report stands (ber_reports_get_state()). */
typedef enum
{
  BER_REPORT_STATE_EXPECTED,    /* expected, not yet due */
  BER_REPORT_STATE_LATE,        /* expected after its due day */
  BER_REPORT_STATE_RECEIVED,    /* received, on no agenda yet */
  BER_REPORT_STATE_ON_AGENDA,   /* received, on the agenda of a meeting */
  BER_REPORT_STATE_PRESENTED,   /* presented at a meeting */
} BerReportState;

BerReports      *ber_reports_new                    (BerStore       *store);

/* Reports */
GListModel      *ber_reports_list                   (BerReports     *self,
                                                     BerListFilter  *filter);
BerReport       *ber_reports_load                   (BerReports     *self,
                                                     gint64          report_id,
                                                     GError        **error);
gboolean         ber_reports_count_late             (BerReports     *self,
                                                     guint          *n_late,
                                                     GError        **error);
gboolean         ber_reports_is_late                (BerReports     *self,
                                                     BerReport      *report);
int              ber_reports_days_late              (BerReports     *self,
                                                     BerReport      *report);
gboolean         ber_reports_save                   (BerReports     *self,
                                                     BerReport      *report,
                                                     GError        **error);

/* Where a report stands (ber-reports-status.c) */
BerReportState   ber_reports_get_state              (BerReports     *self,
                                                     BerReport      *report);
int              ber_reports_days_received_late     (BerReports     *self,
                                                     BerReport      *report);
char            *ber_reports_status_text            (BerReports     *self,
                                                     BerReport      *report);
char            *ber_reports_status_details         (BerReports     *self,
                                                     BerReport      *report);
char            *ber_reports_lateness_text          (BerReports     *self,
                                                     BerReport      *report);

/* To the agenda */
BerMeeting      *ber_reports_next_meeting           (BerReports     *self,
                                                     gint64          body_id,
                                                     GError        **error);
BerAgendaEntry  *ber_reports_find_agenda_entry      (BerReports     *self,
                                                     BerReport      *report,
                                                     GError        **error);
gboolean         ber_reports_add_to_agenda          (BerReports     *self,
                                                     const gint64   *report_ids,
                                                     guint           n_reports,
                                                     gint64          meeting_id,
                                                     GError        **error);
gboolean         ber_reports_mark_presented_at      (BerReports     *self,
                                                     gint64          meeting_id,
                                                     GError        **error);

/* Reminders */
char            *ber_reports_reminder_uri           (BerReports     *self,
                                                     BerReport      *report,
                                                     GError        **error);
gboolean         ber_reports_record_reminder        (BerReports     *self,
                                                     BerReport      *report,
                                                     GError        **error);

/* Attachments */
GListModel      *ber_reports_list_documents         (BerReports     *self,
                                                     gint64          report_id);
gboolean         ber_reports_add_document           (BerReports     *self,
                                                     BerDocument    *document,
                                                     GError        **error);
gboolean         ber_reports_remove_document        (BerReports     *self,
                                                     BerDocument    *document,
                                                     GError        **error);

/* Forum events (ber-reports-events.c) */
GListModel      *ber_reports_list_network_bodies    (BerReports     *self,
                                                     gint64          network_id);
GListModel      *ber_reports_list_event_assignments (BerReports     *self,
                                                     gint64          network_id,
                                                     const char     *day,
                                                     GError        **error);
gboolean         ber_reports_add_event              (BerReports     *self,
                                                     BerForumEvent  *event,
                                                     GListModel     *attendance,
                                                     GError        **error);
gboolean         ber_reports_create_expected        (BerReports     *self,
                                                     gint64          event_id,
                                                     int             due_days,
                                                     guint          *n_created,
                                                     GError        **error);

G_END_DECLS
