/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-report.h"
#include "ber-store.h"

G_BEGIN_DECLS

/*
 * The rules of returned reports (DOMAIN.md, "Returned reports") over a
 * store: who owes a report after a forum event, when it is late, how it
 * reaches the agenda of the body that gave the assignment, and how its
 * author is reminded. The service BerReports (ber-reports.h) applies them;
 * views call the service, never these.
 */

gboolean  ber_report_is_late               (BerReport    *report,
                                            const char   *today);
int       ber_report_days_received_late    (BerReport    *report);

/* For the minutes of a meeting (ber-agenda.c), inside their transaction. */
gboolean  ber_reports_mark_presented       (BerStore     *store,
                                            gint64        meeting_id,
                                            GError      **error);

/* For the service. */
gboolean  ber_report_logic_create_expected (BerStore     *store,
                                            gint64        event_id,
                                            int           due_days,
                                            guint        *n_created,
                                            GError      **error);
gboolean  ber_report_logic_count_late      (BerStore     *store,
                                            guint        *n_late,
                                            GError      **error);
gint64    ber_report_logic_next_meeting    (BerStore     *store,
                                            gint64        body_id,
                                            GError      **error);
gboolean  ber_report_logic_add_to_agenda   (BerStore     *store,
                                            const gint64 *report_ids,
                                            guint         n_reports,
                                            gint64        meeting_id,
                                            GError      **error);
char     *ber_report_logic_reminder_uri    (BerStore     *store,
                                            gint64        report_id,
                                            GError      **error);

G_END_DECLS
