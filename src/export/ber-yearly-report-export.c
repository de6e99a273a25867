/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-yearly-report-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-export.h"
#include "ber-labels.h"
#include "ber-sqlite-store.h"
#include "ber-yearly-report-export.h"

/*
 * The yearly follow-up of international work to the regional executive
 * board (seeds 000, 003, 004): a summary in sentences, then one section per
 * part of the work with its tables, and three charts. Every figure comes
 * from BerYearlyReport; nothing here reads the register itself.
 */

static char *
count_text (guint n)
{
  return ber_export_format_number (n, 0, 0);
}

static const char *
or_dash (const char *text)
{
  return text != NULL && *text != '\0' ? text : "—";
}

static char *
period_text (const char *from,
             const char *to)
{
  if (from == NULL && to == NULL)
    return g_strdup ("");
  /* Translators: a period of dates, "2025-01-01 – 2026-12-31"; either end may be open */
  return g_strdup_printf (_("%s – %s"), from != NULL ? from : "", to != NULL ? to : "");
}

static const char *
month_name (guint month)
{
  static const char * const names[] = {
    NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
    NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
    NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
  };

  return g_dpgettext2 (GETTEXT_PACKAGE, "month", names[month]);
}

static void
month_names (const char *names[BER_YEARLY_N_MONTHS])
{
  for (guint i = 0; i < BER_YEARLY_N_MONTHS; i++)
    names[i] = month_name (i);
}

static void
add_row (BerPrintTable      *table,
         BerPrintStyle       style,
         const char * const *cells)
{
  ber_print_table_add_row (table, style, cells);
}

/* Title and summary */

static char *
title_of (BerYearlyReport *report)
{
  /* Translators: the title of the yearly report, "Internationellt arbete — årsrapport 2026" */
  return g_strdup_printf (_("International work — yearly report %d"), report->year);
}

static void
add_scope (BerPrintDocument *doc,
           BerYearlyReport  *report)
{
  g_autofree char *text = NULL;

  if (report->body_id == 0)
    {
      ber_print_document_add_paragraph (
        doc,
        _("The report covers the international work of all bodies: every item received "
          "in the year, every meeting held, every returned report due in the year, and "
          "all networks, fees, assignments, forum events and influence questions."),
        BER_PRINT_STYLE_SMALL);
      return;
    }

  text = g_strdup_printf (
    _("For %s the report covers the items routed to it, its meetings and the decisions "
      "taken there, the returned reports to it, the networks it is responsible for (their "
      "memberships, reviews, fees and forum events), the assignments it made or that "
      "belong to its networks, and the influence questions in its plan."),
    report->body_name);
  ber_print_document_add_paragraph (doc, text, BER_PRINT_STYLE_SMALL);
}

static void
add_summary (BerPrintDocument *doc,
             BerYearlyReport  *report)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *items = count_text (report->items);
  g_autofree char *closed = count_text (report->items_closed);
  g_autofree char *meetings = count_text (report->meetings);
  g_autofree char *decisions = count_text (report->decisions);
  g_autofree char *members = count_text (report->members->len);
  g_autofree char *changes = count_text (report->changes->len);
  g_autofree char *sek = ber_export_format_money (report->fees_sek_cents);
  g_autofree char *representatives = count_text (report->representatives);
  g_autofree char *assignments = count_text (report->assignments->len);
  g_autofree char *events = count_text (report->events->len);
  g_autofree char *attendances = count_text (report->attendances);
  guint due = report->reports_on_time + report->reports_late + report->reports_outstanding;
  g_autofree char *reports_due = count_text (due);
  g_autofree char *on_time = count_text (report->reports_on_time);
  g_autofree char *late = count_text (report->reports_late);
  g_autofree char *outstanding = count_text (report->reports_outstanding);
  g_autofree char *questions = count_text (report->questions->len);

  /* Each fragment agrees with its own number; they read as one paragraph. */
  g_string_append_printf (text, ngettext ("In %d, %s item was received", "In %d, %s items were received",
                                          report->items),
                          report->year, items);
  g_string_append_printf (text, ngettext (", of which %s is closed. ", ", of which %s are closed. ",
                                          report->items_closed),
                          closed);
  g_string_append_printf (text, ngettext ("%s meeting was held", "%s meetings were held",
                                          report->meetings),
                          meetings);
  g_string_append_printf (text, ngettext (", where %s decision was recorded. ",
                                          ", where %s decisions were recorded. ",
                                          report->decisions),
                          decisions);
  g_string_append_printf (text,
                          ngettext ("On 31 December the region was a member of %s network. ",
                                    "On 31 December the region was a member of %s networks. ",
                                    report->members->len),
                          members);
  g_string_append_printf (text,
                          ngettext ("%s change of membership or review was recorded during the year. ",
                                    "%s changes of membership or reviews were recorded during the year. ",
                                    report->changes->len),
                          changes);
  g_string_append_printf (text, _("The fees for %d amount to SEK %s"), report->year, sek);
  if (report->fees_without_rate > 0)
    g_string_append_printf (text,
                            ngettext (" (%u fee in EUR has no exchange rate and is not included)",
                                      " (%u fees in EUR have no exchange rate and are not included)",
                                      report->fees_without_rate),
                            report->fees_without_rate);
  g_string_append (text, ". ");
  g_string_append_printf (text, ngettext ("%s representative held", "%s representatives held",
                                          report->representatives),
                          representatives);
  g_string_append_printf (text, ngettext (" %s assignment during the year. ",
                                          " %s assignments during the year. ",
                                          report->assignments->len),
                          assignments);
  g_string_append_printf (text,
                          ngettext ("The region took part in %s forum event",
                                    "The region took part in %s forum events",
                                    report->events->len),
                          events);
  g_string_append_printf (text, ngettext (", with %s attendance. ", ", with %s attendances. ",
                                          report->attendances),
                          attendances);
  g_string_append_printf (text,
                          ngettext ("Of %s returned report due in the year, ",
                                    "Of %s returned reports due in the year, ", due),
                          reports_due);
  /* Translators: continues "Of 7 returned reports due in the year, " */
  g_string_append_printf (text, _("%s came on time, %s late"), on_time, late);
  g_string_append_printf (text, ngettext (" and %s has not come in yet. ",
                                          " and %s have not come in yet. ",
                                          report->reports_outstanding),
                          outstanding);
  g_string_append_printf (text,
                          ngettext ("%s influence question is followed up.",
                                    "%s influence questions are followed up.",
                                    report->questions->len),
                          questions);

  ber_print_document_add_heading (doc, 1, _("Summary"));
  ber_print_document_add_paragraph (doc, text->str, BER_PRINT_STYLE_NORMAL);
}

/* Items and decisions */

static const char *
body_name (BerYearlyBody *body)
{
  return body->body_id != 0 ? body->name : _("Not routed yet");
}

static void
add_items (BerPrintDocument *doc,
           BerYearlyReport  *report)
{
  const char *type_headers[] = { _("Type"), _("Items") };
  const double type_widths[] = { 70, 30 };
  const char *body_headers[] = { _("Body"), _("Received"), _("Closed"), _("Open") };
  const double body_widths[] = { 52, 16, 16, 16 };
  const char *months[BER_YEARLY_N_MONTHS];
  double per_month[BER_YEARLY_N_MONTHS];
  g_autofree char *chart = NULL;
  BerPrintTable *table;

  ber_print_document_add_heading (doc, 1, _("Items received"));
  ber_print_document_add_paragraph (doc,
                                    _("Invitations, EU consultations, referrals and other matters "
                                      "received during the year, by type and by the body they "
                                      "were routed to. An item is closed when it is decided, "
                                      "dispatched, declined or written off."),
                                    BER_PRINT_STYLE_NORMAL);

  table = ber_print_document_add_table (doc, 2, type_headers, type_widths);
  ber_print_table_set_alignment (table, 1, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < BER_YEARLY_N_ITEM_TYPES; i++)
    {
      g_autofree char *n = count_text (report->items_by_type[i]);
      const char *cells[] = {
        ber_choice_label (BER_CHOICES_ITEM_TYPE, ber_choice_value (BER_CHOICES_ITEM_TYPE, i)), n
      };

      if (report->items_by_type[i] > 0)
        add_row (table, BER_PRINT_STYLE_NORMAL, cells);
    }
  {
    g_autofree char *n = count_text (report->items);
    const char *cells[] = { _("Total"), n };

    add_row (table, BER_PRINT_STYLE_BOLD, cells);
  }

  ber_print_document_add_spacer (doc, 8);
  table = ber_print_document_add_table (doc, 4, body_headers, body_widths);
  for (guint c = 1; c < 4; c++)
    ber_print_table_set_alignment (table, c, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < report->bodies->len; i++)
    {
      BerYearlyBody *body = g_ptr_array_index (report->bodies, i);
      g_autofree char *n = count_text (body->items);
      g_autofree char *closed = count_text (body->closed);
      g_autofree char *open = count_text (body->items - body->closed);
      const char *cells[] = { body_name (body), n, closed, open };

      if (body->items > 0 || body->body_id != 0)
        add_row (table, BER_PRINT_STYLE_NORMAL, cells);
    }

  month_names (months);
  for (guint i = 0; i < BER_YEARLY_N_MONTHS; i++)
    per_month[i] = report->items_by_month[i];
  chart = g_strdup_printf (_("Items received per month, %d"), report->year);
  ber_print_document_add_bar_chart (doc, chart, BER_YEARLY_N_MONTHS, months, 1, NULL, per_month);
}

static void
add_decisions (BerPrintDocument *doc,
               BerYearlyReport  *report)
{
  const char *headers[] = { _("Body"), _("Meetings"), _("Decisions"), _("Adopted"),
                            _("Tabled"), _("Declined"), _("Noted") };
  const double widths[] = { 34, 11, 11, 11, 11, 11, 11 };
  BerPrintTable *table;

  ber_print_document_add_heading (doc, 1, _("Meetings and decisions"));
  ber_print_document_add_paragraph (doc,
                                    _("Meetings held during the year (cancelled meetings are not "
                                      "counted) and the decisions recorded in their minutes. "
                                      "Adopted means as proposed or amended."),
                                    BER_PRINT_STYLE_NORMAL);

  table = ber_print_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint c = 1; c < G_N_ELEMENTS (headers); c++)
    ber_print_table_set_alignment (table, c, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < report->bodies->len; i++)
    {
      BerYearlyBody *body = g_ptr_array_index (report->bodies, i);
      g_autofree char *meetings = count_text (body->meetings);
      g_autofree char *decisions = count_text (body->decisions);
      g_autofree char *adopted = count_text (body->adopted);
      g_autofree char *tabled = count_text (body->tabled);
      g_autofree char *declined = count_text (body->declined);
      g_autofree char *noted = count_text (body->noted);
      const char *cells[] = { body->name, meetings, decisions, adopted, tabled, declined, noted };

      if (body->body_id != 0)
        add_row (table, BER_PRINT_STYLE_NORMAL, cells);
    }
  {
    g_autofree char *meetings = count_text (report->meetings);
    g_autofree char *decisions = count_text (report->decisions);
    g_autofree char *adopted = count_text (report->adopted);
    g_autofree char *tabled = count_text (report->tabled);
    g_autofree char *declined = count_text (report->declined);
    g_autofree char *noted = count_text (report->noted);
    const char *cells[] = { _("Total"), meetings, decisions, adopted, tabled, declined, noted };

    add_row (table, BER_PRINT_STYLE_BOLD, cells);
  }
}

/* Memberships and fees */

static char *
change_text (BerYearlyChange *change)
{
  const char *status;

  switch (change->kind)
    {
    case BER_YEARLY_CHANGE_JOINED:
      /* Translators: a membership change, "Joined as Member" */
      return g_strdup_printf (_("Joined as %s"),
                              ber_choice_label (BER_CHOICES_MEMBERSHIP_STATUS, change->status));
    case BER_YEARLY_CHANGE_STATUS:
      status = ber_choice_label (BER_CHOICES_MEMBERSHIP_STATUS, change->status);
      if (change->previous == NULL)
        /* Translators: a membership's first status, "Status: Interested" */
        return g_strdup_printf (_("Status: %s"), status);
      if (g_str_equal (change->previous, change->status))
        return g_strdup_printf (_("Renewed: %s"), status);
      /* Translators: a change of membership status, "Member → Left" */
      return g_strdup_printf (_("%s → %s"),
                              ber_choice_label (BER_CHOICES_MEMBERSHIP_STATUS, change->previous),
                              status);
    case BER_YEARLY_CHANGE_ENDED:
      /* Translators: a membership row that ended, "Ended: Member" */
      return g_strdup_printf (_("Ended: %s"),
                              ber_choice_label (BER_CHOICES_MEMBERSHIP_STATUS, change->status));
    case BER_YEARLY_CHANGE_REVIEW:
    default:
      /* Translators: a network review and its outcome, "Reviewed: Keep" */
      return g_strdup_printf (_("Reviewed: %s"),
                              ber_choice_label (BER_CHOICES_REVIEW_OUTCOME, change->status));
    }
}

static void
add_membership_table (BerPrintDocument *doc,
                      GPtrArray        *memberships)
{
  const char *headers[] = { _("Network"), _("Status"), _("Activity"), _("Since"), _("Decision") };
  const double widths[] = { 38, 13, 13, 14, 22 };
  BerPrintTable *table = ber_print_document_add_table (doc, G_N_ELEMENTS (headers), headers,
                                                       widths);

  for (guint i = 0; i < memberships->len; i++)
    {
      BerYearlyMembership *membership = g_ptr_array_index (memberships, i);
      const char *cells[] = {
        membership->network,
        ber_choice_label (BER_CHOICES_MEMBERSHIP_STATUS, membership->status),
        membership->activity != NULL ? ber_choice_label (BER_CHOICES_ACTIVITY, membership->activity)
                                     : "",
        or_dash (membership->from_on),
        membership->decision_reference,
      };

      add_row (table, BER_PRINT_STYLE_NORMAL, cells);
    }
}

static void
add_memberships (BerPrintDocument *doc,
                 BerYearlyReport  *report)
{
  const char *headers[] = { _("Date"), _("Network"), _("Change"), _("Note") };
  const double widths[] = { 15, 35, 22, 28 };
  g_autofree char *heading = g_strdup_printf (_("Changes during %d"), report->year);
  BerPrintTable *table;

  ber_print_document_add_heading (doc, 1, _("Memberships"));
  ber_print_document_add_heading (doc, 2, _("Memberships on 31 December"));
  if (report->members->len == 0)
    ber_print_document_add_paragraph (doc, _("The region was a member of no network."),
                                      BER_PRINT_STYLE_NORMAL);
  else
    add_membership_table (doc, report->members);

  if (report->other_statuses->len > 0)
    {
      ber_print_document_add_paragraph (doc,
                                        _("Networks the region follows or is a candidate to, "
                                          "without being a member:"),
                                        BER_PRINT_STYLE_NORMAL);
      add_membership_table (doc, report->other_statuses);
    }

  ber_print_document_add_heading (doc, 2, heading);
  if (report->changes->len == 0)
    {
      ber_print_document_add_paragraph (doc, _("No membership changed and no network was reviewed."),
                                        BER_PRINT_STYLE_NORMAL);
      return;
    }
  table = ber_print_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < report->changes->len; i++)
    {
      BerYearlyChange *change = g_ptr_array_index (report->changes, i);
      g_autofree char *what = change_text (change);
      const char *cells[] = { change->day, change->network, what, change->note };

      add_row (table, BER_PRINT_STYLE_NORMAL, cells);
    }
}

static void
add_fees (BerPrintDocument *doc,
          BerYearlyReport  *report)
{
  const char *headers[] = { _("Network"), _("Amount"), _("Currency"), _("Rate"),
                            _("Amount (SEK)") };
  const double widths[] = { 44, 16, 12, 10, 18 };
  g_autofree char *heading = g_strdup_printf (_("Membership fees %d"), report->year);
  g_autofree char *chart = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) amounts = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  BerPrintTable *table;

  ber_print_document_add_heading (doc, 1, heading);
  if (report->fees->len == 0)
    {
      ber_print_document_add_paragraph (doc, _("No fees are recorded for the year."),
                                        BER_PRINT_STYLE_NORMAL);
      return;
    }
  ber_print_document_add_paragraph (doc,
                                    _("Fees in EUR are converted to SEK at the exchange rate "
                                      "recorded with each fee for the year."),
                                    BER_PRINT_STYLE_NORMAL);

  table = ber_print_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  ber_print_table_set_alignment (table, 1, PANGO_ALIGN_RIGHT);
  ber_print_table_set_alignment (table, 3, PANGO_ALIGN_RIGHT);
  ber_print_table_set_alignment (table, 4, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < report->fees->len; i++)
    {
      BerYearlyFee *fee = g_ptr_array_index (report->fees, i);
      g_autofree char *amount = ber_export_format_money (fee->cents);
      g_autofree char *rate = fee->rate > 0 ? ber_export_format_number (fee->rate, 2, 4)
                                            : g_strdup ("");
      g_autofree char *sek = fee->sek_known ? ber_export_format_money (fee->sek_cents)
                                            : g_strdup (_("Rate missing"));
      const char *cells[] = { fee->network, amount,
                              ber_choice_label (BER_CHOICES_CURRENCY, fee->currency), rate, sek };
      double value = fee->sek_known ? fee->sek_cents / 100.0 : 0;

      add_row (table, BER_PRINT_STYLE_NORMAL, cells);
      if (!fee->sek_known)
        g_ptr_array_add (missing, g_strdup_printf ("%s, %s %s", fee->network, amount,
                                                   fee->currency));
      g_ptr_array_add (names, fee->network);
      g_array_append_val (amounts, value);
    }
  {
    g_autofree char *total = ber_export_format_money (report->fees_sek_cents);
    g_autofree char *label = g_strdup_printf (_("Total %d"), report->year);
    const char *cells[] = { label, "", "", "", total };

    add_row (table, BER_PRINT_STYLE_BOLD, cells);
  }

  if (missing->len > 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);
      g_autofree char *note = NULL;

      for (guint i = 0; i < missing->len; i++)
        g_string_append_printf (list, "%s%s", i > 0 ? "; " : "",
                                (char *) g_ptr_array_index (missing, i));
      note = g_strdup_printf (
        ngettext ("%u fee in EUR has no exchange rate for the year and is not included in the "
                  "total: %s. Record the rate with the fee to include it.",
                  "%u fees in EUR have no exchange rate for the year and are not included in the "
                  "total: %s. Record the rates with the fees to include them.",
                  missing->len),
        missing->len, list->str);
      ber_print_document_add_paragraph (doc, note, BER_PRINT_STYLE_ITALIC);
    }

  chart = g_strdup_printf (_("Fees by network in SEK, %d"), report->year);
  ber_print_document_add_bar_chart (doc, chart, names->len,
                                    (const char * const *) names->pdata, 1, NULL,
                                    (const double *) amounts->data);
}

/* Representatives and forum events */

static void
add_assignments (BerPrintDocument *doc,
                 BerYearlyReport  *report)
{
  const char *headers[] = { _("Representative"), _("Role"), _("Network or forum"), _("Period") };
  const double widths[] = { 22, 18, 33, 27 };
  BerPrintTable *table;

  ber_print_document_add_heading (doc, 1, _("Representatives and assignments"));
  if (report->assignments->len == 0)
    {
      ber_print_document_add_paragraph (doc, _("No assignment was active during the year."),
                                        BER_PRINT_STYLE_NORMAL);
      return;
    }
  ber_print_document_add_paragraph (doc,
                                    _("The international assignments active at some time during "
                                      "the year, with candidacies to leading positions."),
                                    BER_PRINT_STYLE_NORMAL);
  table = ber_print_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < report->assignments->len; i++)
    {
      BerYearlyAssignment *assignment = g_ptr_array_index (report->assignments, i);
      g_autofree char *period = period_text (assignment->from_on, assignment->to_on);
      g_autofree char *role = NULL;
      const char *cells[4];

      if (assignment->candidacy != NULL)
        /* Translators: a role and the state of a candidacy to it, "Board member (candidacy: Elected)" */
        role = g_strdup_printf (_("%s (candidacy: %s)"),
                                ber_choice_label (BER_CHOICES_ASSIGNMENT_ROLE, assignment->role),
                                ber_choice_label (BER_CHOICES_CANDIDACY, assignment->candidacy));
      else
        role = g_strdup (ber_choice_label (BER_CHOICES_ASSIGNMENT_ROLE, assignment->role));
      cells[0] = assignment->person;
      cells[1] = role;
      cells[2] = assignment->forum;
      cells[3] = period;
      add_row (table, BER_PRINT_STYLE_NORMAL, cells);
    }
}

static void
add_events (BerPrintDocument *doc,
            BerYearlyReport  *report)
{
  const char *headers[] = { _("Date"), _("Event"), _("Network"), _("Attended by"), _("Reports") };
  const double widths[] = { 14, 28, 18, 30, 10 };
  BerPrintTable *table;

  ber_print_document_add_heading (doc, 1, _("Forum events and attendance"));
  if (report->events->len == 0)
    {
      ber_print_document_add_paragraph (doc, _("No forum event is recorded for the year."),
                                        BER_PRINT_STYLE_NORMAL);
      return;
    }
  table = ber_print_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  ber_print_table_set_alignment (table, 4, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < report->events->len; i++)
    {
      BerYearlyEvent *event = g_ptr_array_index (report->events, i);
      g_autofree char *reports = count_text (event->reports);
      g_autofree char *title = *event->place != '\0'
                               ? g_strdup_printf ("%s (%s)", event->title, event->place)
                               : g_strdup (event->title);
      g_autofree char *attended = event->attendees > 0
                                  ? g_strdup_printf ("%u: %s", event->attendees,
                                                     event->attendee_names)
                                  : g_strdup ("0");
      const char *cells[] = { event->day, title, event->network, attended, reports };

      add_row (table, BER_PRINT_STYLE_NORMAL, cells);
    }
}

/* Returned reports */

static void
add_reports (BerPrintDocument *doc,
             BerYearlyReport  *report)
{
  const char *headers[] = { _("Body"), _("On time"), _("Late"), _("Outstanding") };
  const double widths[] = { 46, 18, 18, 18 };
  const char *series[] = { _("On time"), _("Late"), _("Outstanding") };
  const char *months[BER_YEARLY_N_MONTHS];
  double values[3 * BER_YEARLY_N_MONTHS];
  g_autofree char *chart = NULL;
  BerPrintTable *table;

  ber_print_document_add_heading (doc, 1, _("Returned reports"));
  ber_print_document_add_paragraph (doc,
                                    _("Reports from elected representatives due during the year, "
                                      "by the body they return to. A report received on its due "
                                      "date or before is on time; outstanding reports have not "
                                      "been received yet."),
                                    BER_PRINT_STYLE_NORMAL);

  table = ber_print_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint c = 1; c < G_N_ELEMENTS (headers); c++)
    ber_print_table_set_alignment (table, c, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < report->bodies->len; i++)
    {
      BerYearlyBody *body = g_ptr_array_index (report->bodies, i);
      g_autofree char *on_time = count_text (body->reports_on_time);
      g_autofree char *late = count_text (body->reports_late);
      g_autofree char *outstanding = count_text (body->reports_outstanding);
      const char *cells[] = { body->name, on_time, late, outstanding };

      if (body->body_id != 0)
        add_row (table, BER_PRINT_STYLE_NORMAL, cells);
    }
  {
    g_autofree char *on_time = count_text (report->reports_on_time);
    g_autofree char *late = count_text (report->reports_late);
    g_autofree char *outstanding = count_text (report->reports_outstanding);
    const char *cells[] = { _("Total"), on_time, late, outstanding };

    add_row (table, BER_PRINT_STYLE_BOLD, cells);
  }

  month_names (months);
  for (guint i = 0; i < BER_YEARLY_N_MONTHS; i++)
    {
      values[i] = report->reports_on_time_by_month[i];
      values[BER_YEARLY_N_MONTHS + i] = report->reports_late_by_month[i];
      values[2 * BER_YEARLY_N_MONTHS + i] = report->reports_outstanding_by_month[i];
    }
  chart = g_strdup_printf (_("Returned reports by month due, %d: on time, late and outstanding"),
                           report->year);
  ber_print_document_add_bar_chart (doc, chart, BER_YEARLY_N_MONTHS, months, 3, series, values);
}

/* Influence questions */

static const char *
activity_kind (BerYearlyActivity *activity)
{
  switch (activity->kind)
    {
    case BER_YEARLY_ACTIVITY_EVENT:
      return _("Forum event");
    case BER_YEARLY_ACTIVITY_REPORT:
      return _("Returned report");
    case BER_YEARLY_ACTIVITY_ITEM:
    default:
      return _("Item");
    }
}

static void
add_question (BerPrintDocument  *doc,
              BerYearlyReport   *report,
              BerYearlyQuestion *question)
{
  const char *headers[] = { _("Date"), _("What"), _("Title"), _("Position or status") };
  const double widths[] = { 14, 16, 36, 34 };
  g_autofree char *heading = g_strdup_printf ("%u. %s", question->priority, question->title);
  g_autofree char *scope = NULL;
  g_autofree char *done = NULL;
  BerPrintTable *table;

  ber_print_document_add_heading (doc, 2, heading);
  scope = *question->plan != '\0'
          /* Translators: an influence question's scope and plan, "International, in Regional development strategy" */
          ? g_strdup_printf (_("%s, in %s"), ber_choice_label (BER_CHOICES_SCOPE, question->scope),
                             question->plan)
          : g_strdup (ber_choice_label (BER_CHOICES_SCOPE, question->scope));
  ber_print_document_add_key_value (doc, _("Scope"), scope);
  if (*question->action_plan != '\0')
    ber_print_document_add_key_value (doc, _("Action plan"), question->action_plan);
  if (*question->networks != '\0')
    ber_print_document_add_key_value (doc, _("Networks"), question->networks);

  /* Translators: what was done on an influence question in a year, "Done in 2026: forum events 1, returned reports 1, items 2." */
  done = g_strdup_printf (_("Done in %d: forum events %u, returned reports %u, items %u."),
                          report->year, question->events, question->reports, question->items);
  ber_print_document_add_paragraph (doc, done, BER_PRINT_STYLE_NORMAL);
  if (question->activities->len == 0)
    return;

  table = ber_print_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < question->activities->len; i++)
    {
      BerYearlyActivity *activity = g_ptr_array_index (question->activities, i);
      const char *title = *activity->title != '\0' ? activity->title : _("Confidential matter");
      const char *detail = activity->kind == BER_YEARLY_ACTIVITY_ITEM
                           ? ber_choice_label (BER_CHOICES_ITEM_STATUS, activity->detail)
                           : activity->detail;
      const char *cells[] = { activity->day, activity_kind (activity), title, detail };

      add_row (table, BER_PRINT_STYLE_NORMAL, cells);
    }
}

static void
add_questions (BerPrintDocument *doc,
               BerYearlyReport  *report)
{
  ber_print_document_add_heading (doc, 1, _("Influence questions"));
  if (report->questions->len == 0)
    {
      ber_print_document_add_paragraph (doc, _("No influence question is recorded for the year."),
                                        BER_PRINT_STYLE_NORMAL);
      return;
    }
  ber_print_document_add_paragraph (doc,
                                    _("The prioritised influence questions, in order of priority, "
                                      "and what was done on each during the year: the forum "
                                      "events where it was pursued, the returned reports with the "
                                      "position taken, and the items that concern it."),
                                    BER_PRINT_STYLE_NORMAL);
  for (guint i = 0; i < report->questions->len; i++)
    add_question (doc, report, g_ptr_array_index (report->questions, i));
}

/* The document */

BerPrintDocument *
ber_yearly_report_document (BerStore        *store,
                            BerYearlyReport *report)
{
  g_autofree char *title = title_of (report);
  g_autofree char *keywords = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *year_text = g_strdup_printf ("%d", report->year);
  BerPrintDocument *doc = ber_print_document_new (title);
  const char *scope = report->body_id != 0 ? report->body_name : _("All bodies");

  ber_export_set_issuer (doc, store);
  /* Translators: a PDF's subject, "Årlig uppföljning av det internationella arbetet 2026, Alla organ" */
  subject = g_strdup_printf (_("Yearly follow-up of international work %d, %s"), report->year,
                             scope);
  keywords = g_strdup_printf ("%s, %d, %s, %s, %s, %s", _("yearly report"), report->year, scope,
                              _("networks"), _("returned reports"), _("influence questions"));
  ber_print_document_set_description (doc, subject, keywords);
  {
    g_autofree char *header = g_strdup_printf ("%s · %d", scope, report->year);

    ber_print_document_set_header_text (doc, header);
  }

  ber_print_document_add_title (doc, title);
  ber_print_document_add_key_value (doc, _("Year"), year_text);
  ber_print_document_add_key_value (doc, _("Body"), scope);
  ber_print_document_add_key_value (doc, _("Situation as of"), report->today);
  add_scope (doc, report);
  add_summary (doc, report);
  ber_print_document_add_table_of_contents (doc, _("Contents"), 1);

  add_items (doc, report);
  add_decisions (doc, report);
  add_memberships (doc, report);
  add_fees (doc, report);
  add_assignments (doc, report);
  add_events (doc, report);
  add_reports (doc, report);
  add_questions (doc, report);
  return doc;
}

gboolean
ber_export_yearly_report (BerStore   *store,
                          int         year,
                          gint64      body_id,
                          const char *output_path,
                          GError    **error)
{
  g_autoptr(BerYearlyReport) report = NULL;
  g_autoptr(BerPrintDocument) doc = NULL;
  const char *dot;
  gboolean odt;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);

  dot = strrchr (output_path, '.');
  odt = dot != NULL && g_ascii_strcasecmp (dot, ".odt") == 0;
  if (!odt && (dot == NULL || g_ascii_strcasecmp (dot, ".pdf") != 0))
    {
      g_autofree char *display = g_filename_display_name (output_path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot export the yearly report to “%s”: the file name must end in .pdf "
                     "or .odt."), display);
      return FALSE;
    }

  report = ber_yearly_report_load (store, year, body_id, error);
  if (report == NULL)
    return FALSE;
  doc = ber_yearly_report_document (store, report);
  if (odt)
    return ber_print_document_write_odt (doc, output_path, error);
  return ber_print_document_write_pdf (doc, output_path, error);
}

gboolean
ber_export_yearly_report_for (BerStore   *store,
                              gpointer    request,
                              const char *output_path,
                              GError    **error)
{
  BerYearlyReportRequest *asked = request;

  return ber_export_yearly_report (store, asked->year, asked->body_id, output_path, error);
}

/* The command line */

gboolean
ber_export_yearly_report_cli (const char   *database,
                              GVariantDict *options,
                              const char   *output,
                              GError      **error)
{
  g_autoptr(BerStore) store = NULL;
  gint64 body_id;
  int year;

  if (!g_variant_dict_contains (options, "year"))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The yearly report needs --year=YYYY, for example --year=2025."));
      return FALSE;
    }

  store = ber_store_open (database, error);
  if (store == NULL || !ber_export_get_cli_options (store, options, &body_id, &year, error))
    return FALSE;

  return ber_export_yearly_report (store, year, body_id, output, error);
}
