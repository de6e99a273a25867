/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-reports"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-labels.h"
#include "ber-report-logic.h"
#include "ber-reports.h"

/*
 * BerReports, continued: where a returned report stands, in the words the
 * list and the report's page show. A received report on the agenda of a
 * meeting is "on an agenda", which the report's own status does not say:
 * the register's view of reports joins the latest agenda entry that brings
 * the report to a meeting. A report that came in after its due day keeps
 * saying so, beside its due day, once received.
 */

static const char *
text_or_null (BerReport  *report,
              const char *property)
{
  const char *text = ber_record_get_string (BER_RECORD (report), property);

  return text != NULL && *text != '\0' ? text : NULL;
}

/**
 * ber_reports_get_state:
 *
 * Returns: where @report stands on the register's today
 */
BerReportState
ber_reports_get_state (BerReports *self,
                       BerReport  *report)
{
  const char *status;

  g_return_val_if_fail (BER_IS_REPORTS (self), BER_REPORT_STATE_EXPECTED);
  g_return_val_if_fail (BER_IS_REPORT (report), BER_REPORT_STATE_EXPECTED);

  status = ber_report_get_status (report);
  if (g_strcmp0 (status, "presented") == 0)
    return BER_REPORT_STATE_PRESENTED;
  if (g_strcmp0 (status, "received") == 0)
    return ber_record_get_int64 (BER_RECORD (report), "agenda-meeting-id") != 0
             ? BER_REPORT_STATE_ON_AGENDA
             : BER_REPORT_STATE_RECEIVED;
  return ber_reports_is_late (self, report) ? BER_REPORT_STATE_LATE : BER_REPORT_STATE_EXPECTED;
}

/**
 * ber_reports_days_received_late:
 *
 * Returns: how many days after its due day @report came in; 0 when it came
 *   in on time or has not come in
 */
int
ber_reports_days_received_late (BerReports *self,
                                BerReport  *report)
{
  g_return_val_if_fail (BER_IS_REPORTS (self), 0);
  g_return_val_if_fail (BER_IS_REPORT (report), 0);

  return ber_report_days_received_late (report);
}

/**
 * ber_reports_status_text:
 *
 * Where @report stands, in a few words: "Expected", "Late by 3 days",
 * "Received", "On an agenda", "Presented".
 *
 * Returns: (transfer full): the text
 */
char *
ber_reports_status_text (BerReports *self,
                         BerReport  *report)
{
  int days;

  g_return_val_if_fail (BER_IS_REPORTS (self), NULL);
  g_return_val_if_fail (BER_IS_REPORT (report), NULL);

  switch (ber_reports_get_state (self, report))
    {
    case BER_REPORT_STATE_LATE:
      days = ber_reports_days_late (self, report);
      /* Translators: the status of a report; %d is the number of days */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Late by %d day", "Late by %d days",
                                           days),
                              days);
    case BER_REPORT_STATE_ON_AGENDA:
      /* Translators: the status of a received report that a meeting's agenda
       * (föredragningslista) brings up */
      return g_strdup (C_("report status", "On an agenda"));
    case BER_REPORT_STATE_EXPECTED:
    case BER_REPORT_STATE_RECEIVED:
    case BER_REPORT_STATE_PRESENTED:
    default:
      return g_strdup (ber_choice_label (BER_CHOICES_REPORT_STATUS,
                                         ber_report_get_status (report)));
    }
}

/* The meeting the report is on the agenda of: "RS, 2026-05-12", or with the
 * § of the minutes that dealt with it, "RS § 61, 2026-05-12". */
static char *
agenda_meeting_text (BerReport *report)
{
  const char *held_on = text_or_null (report, "agenda-held-on");
  const char *body = text_or_null (report, "agenda-body-short-name");
  gint64 paragraph = ber_record_get_int64 (BER_RECORD (report), "agenda-paragraph");

  if (held_on == NULL)
    return NULL;
  if (body == NULL)
    body = text_or_null (report, "agenda-body-name");
  if (paragraph > 0)
    /* Translators: the meeting that decided, "RS § 61, 2026-05-12" */
    return g_strdup_printf (_("%s § %d, %s"), body != NULL ? body : "", (int) paragraph, held_on);
  /* Translators: a meeting, its body and its day: "RS, 2026-05-12" */
  return g_strdup_printf (_("%s, %s"), body != NULL ? body : "", held_on);
}

/**
 * ber_reports_status_details:
 *
 * What goes with the status of @report: the meeting whose agenda brings it
 * up, or brought it up at a § of its minutes ("RS, 2026-05-12", "RS § 61,
 * 2026-05-12").
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when there is
 *   nothing to add to the status
 */
char *
ber_reports_status_details (BerReports *self,
                            BerReport  *report)
{
  BerReportState state;

  g_return_val_if_fail (BER_IS_REPORTS (self), NULL);
  g_return_val_if_fail (BER_IS_REPORT (report), NULL);

  state = ber_reports_get_state (self, report);
  if (state != BER_REPORT_STATE_ON_AGENDA && state != BER_REPORT_STATE_PRESENTED)
    return NULL;
  return agenda_meeting_text (report);
}

/**
 * ber_reports_lateness_text:
 *
 * How late @report came in, beside its due day: "received 9 days late". A
 * report keeps it once received, on an agenda and presented; one received
 * on time, or not yet, has none.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL
 */
char *
ber_reports_lateness_text (BerReports *self,
                           BerReport  *report)
{
  int days;

  g_return_val_if_fail (BER_IS_REPORTS (self), NULL);
  g_return_val_if_fail (BER_IS_REPORT (report), NULL);

  days = ber_reports_days_received_late (self, report);
  if (days == 0)
    return NULL;
  /* Translators: how late a report came in, beside its due day ("inkom 9 dagar för sent") */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "received %d day late",
                                       "received %d days late", days),
                          days);
}
