/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The figures of the yearly report (BerYearlyReport) against counts made
 * directly in SQLite on the same file: on the demo register for every body
 * and for all, and on a register made here with rows on both sides of the
 * year's bounds (31 December, 1 January), closed items, a fee in EUR without
 * a rate, a late report and one received on its due date. The views the
 * report reads by year are read through an index, never a whole table.
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "ber-labels.h"
#include "ber-sqlite-store.h"
#include "ber-test-utils.h"
#include "ber-yearly-report.h"

/* SQL */

static gint64
sql_int (const char *path,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static gint64
sql_int (const char *path,
         const char *format,
         ...)
{
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = 0;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static void
sql_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* " AND column = body" when the report is for one body. */
static char *
body_term (BerYearlyReport *report,
           const char      *column)
{
  if (report->body_id == 0)
    return g_strdup ("");
  return g_strdup_printf (" AND %s = %" G_GINT64_FORMAT, column, report->body_id);
}

#define BETWEEN(column) column " BETWEEN '%s' AND '%s'"

/* Every figure of @report against SQLite's own count on @path. */
static void
assert_matches_sql (const char      *path,
                    BerYearlyReport *report)
{
  const char *first = report->first_day;
  const char *last = report->last_day;
  g_autofree char *items_body = body_term (report, "routed_body_id");
  g_autofree char *meeting_body = body_term (report, "m.body_id");
  g_autofree char *report_body = body_term (report, "body_id");
  g_autofree char *network_body = body_term (report, "n.responsible_body_id");
  g_autofree char *assignment_body = body_term (report, "coalesce(a.appointing_body_id, "
                                                        "n.responsible_body_id)");
  g_autofree char *question_body = body_term (report, "q.plan_body_id");
  const char *closed = "status IN ('decided', 'dispatched', 'declined', 'written-off')";
  g_autofree char *active_term = g_strdup_printf ("(a.from_on IS NULL OR a.from_on <= '%s') "
                                                  "AND (a.to_on IS NULL OR a.to_on >= '%s')",
                                                  last, first);
  /* The network's membership row of 31 December. */
  g_autofree char *year_end_row = g_strdup_printf (
    "(SELECT p.id FROM membership AS p WHERE p.network_id = n.id AND coalesce(p.from_on, '') <= '%s' "
    "ORDER BY coalesce(p.from_on, '') DESC, p.id DESC LIMIT 1)", last);
  g_autofree char *activity_sql = NULL;
  guint sum = 0;
  guint activities = 0;
  guint named = 0;

  /* Items */
  g_assert_cmpint (report->items, ==,
                   sql_int (path, "SELECT count(*) FROM item WHERE " BETWEEN ("received_on") "%s",
                            first, last, items_body));
  g_assert_cmpint (report->items_closed, ==,
                   sql_int (path, "SELECT count(*) FROM item WHERE " BETWEEN ("received_on") "%s AND %s",
                            first, last, items_body, closed));
  for (guint i = 0; i < BER_YEARLY_N_ITEM_TYPES; i++)
    g_assert_cmpint (report->items_by_type[i], ==,
                     sql_int (path, "SELECT count(*) FROM item WHERE " BETWEEN ("received_on")
                              "%s AND type = '%s'", first, last, items_body,
                              ber_choice_value (BER_CHOICES_ITEM_TYPE, i)));
  for (guint m = 0; m < BER_YEARLY_N_MONTHS; m++)
    {
      g_assert_cmpint (report->items_by_month[m], ==,
                       sql_int (path, "SELECT count(*) FROM item WHERE substr(received_on, 1, 7) = "
                                "'%d-%02u'%s", report->year, m + 1, items_body));
      sum += report->items_by_month[m];
    }
  g_assert_cmpint (sum, ==, report->items);

  /* Per body: items, meetings, decisions, reports */
  for (guint i = 0; i < report->bodies->len; i++)
    {
      BerYearlyBody *body = g_ptr_array_index (report->bodies, i);
      g_autofree char *routed = body->body_id != 0
                                ? g_strdup_printf ("= %" G_GINT64_FORMAT, body->body_id)
                                : g_strdup ("IS NULL");
      const char *id = routed + strlen ("= ");

      g_assert_cmpint (body->items, ==,
                       sql_int (path, "SELECT count(*) FROM item WHERE " BETWEEN ("received_on")
                                " AND routed_body_id %s", first, last, routed));
      g_assert_cmpint (body->closed, ==,
                       sql_int (path, "SELECT count(*) FROM item WHERE " BETWEEN ("received_on")
                                " AND routed_body_id %s AND %s", first, last, routed, closed));
      if (body->body_id == 0)
        continue;
      g_assert_cmpint (body->meetings, ==,
                       sql_int (path, "SELECT count(*) FROM meeting AS m WHERE status != 'cancelled' "
                                "AND " BETWEEN ("held_on") " AND body_id = %s",
                                first, last, id));
      g_assert_cmpint (body->decisions, ==,
                       sql_int (path, "SELECT count(*) FROM agenda_entry AS e JOIN meeting AS m "
                                "ON m.id = e.meeting_id WHERE m.status != 'cancelled' AND "
                                BETWEEN ("m.held_on") " AND e.decision IS NOT NULL "
                                "AND m.body_id = %s", first, last, id));
      g_assert_cmpint (body->reports_on_time + body->reports_late + body->reports_outstanding, ==,
                       sql_int (path, "SELECT count(*) FROM report WHERE " BETWEEN ("due_on")
                                " AND body_id = %s", first, last, id));
      g_assert_cmpint (body->reports_late, ==,
                       sql_int (path, "SELECT count(*) FROM report WHERE " BETWEEN ("due_on")
                                " AND body_id = %s AND received_on > due_on", first, last,
                                id));
    }

  /* Meetings and decisions */
  g_assert_cmpint (report->meetings, ==,
                   sql_int (path, "SELECT count(*) FROM meeting AS m WHERE status != 'cancelled' AND "
                            BETWEEN ("held_on") "%s", first, last, meeting_body));
  {
    g_autofree char *base = g_strdup_printf ("SELECT count(*) FROM agenda_entry AS e "
                                             "JOIN meeting AS m ON m.id = e.meeting_id "
                                             "WHERE m.status != 'cancelled' AND "
                                             BETWEEN ("m.held_on"), first, last);

    g_assert_cmpint (report->decisions, ==,
                     sql_int (path, "%s AND e.decision IS NOT NULL%s", base, meeting_body));
    g_assert_cmpint (report->adopted, ==,
                     sql_int (path, "%s AND e.decision IN ('as-proposed', 'amended')%s", base,
                              meeting_body));
    g_assert_cmpint (report->tabled, ==,
                     sql_int (path, "%s AND e.decision = 'tabled'%s", base, meeting_body));
    g_assert_cmpint (report->declined, ==,
                     sql_int (path, "%s AND e.decision = 'declined'%s", base, meeting_body));
    g_assert_cmpint (report->noted, ==,
                     sql_int (path, "%s AND e.decision = 'noted'%s", base, meeting_body));
  }

  /* Returned reports: on the due date is on time */
  g_assert_cmpint (report->reports_on_time, ==,
                   sql_int (path, "SELECT count(*) FROM report WHERE " BETWEEN ("due_on")
                            "%s AND received_on <= due_on", first, last, report_body));
  g_assert_cmpint (report->reports_late, ==,
                   sql_int (path, "SELECT count(*) FROM report WHERE " BETWEEN ("due_on")
                            "%s AND received_on > due_on", first, last, report_body));
  g_assert_cmpint (report->reports_outstanding, ==,
                   sql_int (path, "SELECT count(*) FROM report WHERE " BETWEEN ("due_on")
                            "%s AND received_on IS NULL", first, last, report_body));
  sum = 0;
  for (guint m = 0; m < BER_YEARLY_N_MONTHS; m++)
    sum += report->reports_on_time_by_month[m] + report->reports_late_by_month[m]
           + report->reports_outstanding_by_month[m];
  g_assert_cmpint (sum, ==, report->reports_on_time + report->reports_late
                            + report->reports_outstanding);

  /* Memberships on 31 December, and the changes of the year */
  g_assert_cmpint (report->members->len, ==,
                   sql_int (path, "SELECT count(*) FROM network AS n JOIN membership AS m "
                            "ON m.id = %s WHERE m.status IN ('member', 'indirect') "
                            "AND (m.to_on IS NULL OR m.to_on >= '%s')%s",
                            year_end_row, last, network_body));
  g_assert_cmpint (report->changes->len, ==,
                   sql_int (path, "SELECT count(*) FROM membership AS m JOIN network AS n "
                            "ON n.id = m.network_id WHERE " BETWEEN ("m.from_on") "%s",
                            first, last, network_body)
                   + sql_int (path, "SELECT count(*) FROM membership AS m JOIN network AS n "
                              "ON n.id = m.network_id WHERE " BETWEEN ("m.to_on") "%s",
                              first, last, network_body)
                   + sql_int (path, "SELECT count(*) FROM network_review AS r JOIN network AS n "
                              "ON n.id = r.network_id WHERE " BETWEEN ("r.reviewed_on") "%s",
                              first, last, network_body));

  /* Fees: SEK at the year's rate; a EUR fee without one is counted apart */
  g_assert_cmpint (report->fees->len, ==,
                   sql_int (path, "SELECT count(*) FROM fee AS f JOIN network AS n "
                            "ON n.id = f.network_id WHERE f.year = %d%s", report->year,
                            network_body));
  g_assert_cmpint (report->fees_without_rate, ==,
                   sql_int (path, "SELECT count(*) FROM fee AS f JOIN network AS n "
                            "ON n.id = f.network_id WHERE f.year = %d AND f.currency = 'EUR' "
                            "AND f.sek_rate IS NULL%s", report->year, network_body));
  g_assert_cmpint (report->fees_sek_cents, ==,
                   sql_int (path, "SELECT coalesce(sum(CASE WHEN f.currency = 'SEK' "
                            "THEN round(f.amount * 100) ELSE round(f.amount * f.sek_rate * 100) END), 0) "
                            "FROM fee AS f JOIN network AS n ON n.id = f.network_id "
                            "WHERE f.year = %d AND (f.currency = 'SEK' OR f.sek_rate IS NOT NULL)%s",
                            report->year, network_body));

  /* Representatives */
  g_assert_cmpint (report->assignments->len, ==,
                   sql_int (path, "SELECT count(*) FROM assignment AS a LEFT JOIN network AS n "
                            "ON n.id = a.network_id WHERE %s%s", active_term, assignment_body));
  g_assert_cmpint (report->representatives, ==,
                   sql_int (path, "SELECT count(DISTINCT a.person_id) FROM assignment AS a "
                            "LEFT JOIN network AS n ON n.id = a.network_id WHERE %s%s",
                            active_term, assignment_body));

  /* Forum events and attendance */
  g_assert_cmpint (report->events->len, ==,
                   sql_int (path, "SELECT count(*) FROM forum_event AS e LEFT JOIN network AS n "
                            "ON n.id = e.network_id WHERE " BETWEEN ("e.starts_on") "%s",
                            first, last, network_body));
  g_assert_cmpint (report->attendances, ==,
                   sql_int (path, "SELECT count(*) FROM event_attendance AS a JOIN forum_event AS e "
                            "ON e.id = a.event_id LEFT JOIN network AS n ON n.id = e.network_id "
                            "WHERE " BETWEEN ("e.starts_on") "%s", first, last, network_body));

  /* Influence questions and what was done on each */
  activity_sql = g_strdup_printf (
    "(SELECT count(*) FROM event_influence_question AS l JOIN forum_event AS e ON e.id = l.event_id "
    "WHERE l.influence_question_id = q.id AND " BETWEEN ("e.starts_on") ") + "
    "(SELECT count(*) FROM report_influence_question AS l JOIN report AS r ON r.id = l.report_id "
    "WHERE l.influence_question_id = q.id AND " BETWEEN ("r.due_on") ") + "
    "(SELECT count(*) FROM item_influence_question AS l JOIN item AS i ON i.id = l.item_id "
    "WHERE l.influence_question_id = q.id AND " BETWEEN ("i.received_on") ")",
    first, last, first, last, first, last);
  g_assert_cmpint (report->questions->len, ==,
                   sql_int (path, "SELECT count(*) FROM influence_question AS q WHERE "
                            "(q.year IS NULL OR q.year = %d OR %s > 0)%s", report->year,
                            activity_sql, question_body));
  for (guint i = 0; i < report->questions->len; i++)
    {
      BerYearlyQuestion *question = g_ptr_array_index (report->questions, i);

      guint n_named = *question->networks != '\0' ? 1 : 0;

      g_assert_cmpuint (question->events + question->reports + question->items, ==,
                        question->activities->len);
      for (const char *c = question->networks; *c != '\0'; c++)
        n_named += *c == ',';
      named += n_named;
      activities += question->activities->len;
    }
  g_assert_cmpint (activities, ==,
                   sql_int (path, "SELECT coalesce(sum(%s), 0) FROM influence_question AS q "
                            "WHERE 1%s", activity_sql, question_body));
  g_assert_cmpint (named, ==,
                   sql_int (path, "SELECT count(*) FROM network_influence_question AS l "
                            "JOIN influence_question AS q ON q.id = l.influence_question_id "
                            "WHERE (q.year IS NULL OR q.year = %d OR %s > 0)%s", report->year,
                            activity_sql, question_body));
}

/* The demo register */

static void
test_demo (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = ber_test_store_new (BER_TEST_DEMO, &dir);
  const char *path = ber_store_get_location (store);
  g_autoptr(GError) error = NULL;
  int year = (int) g_ascii_strtoll (ber_store_get_today (store), NULL, 10);
  gint64 n_bodies = sql_int (path, "SELECT max(id) FROM body");

  for (int y = year - 1; y <= year; y++)
    for (gint64 body = 0; body <= n_bodies; body++)
      {
        g_autoptr(BerYearlyReport) report = ber_yearly_report_load (store, y, body, &error);

        g_assert_no_error (error);
        g_assert_nonnull (report);
        g_test_message ("%d, body %" G_GINT64_FORMAT ": %u items, %u decisions, %u reports due",
                        y, body, report->items, report->decisions,
                        report->reports_on_time + report->reports_late + report->reports_outstanding);
        assert_matches_sql (path, report);
        if (body == 0 && y == year)
          {
            /* The demo has something in every section of its current year. */
            g_assert_cmpuint (report->items, >, 0);
            g_assert_cmpuint (report->decisions, >, 0);
            g_assert_cmpuint (report->members->len, >, 0);
            g_assert_cmpuint (report->fees->len, >, 0);
            g_assert_cmpuint (report->events->len, >, 0);
            g_assert_cmpuint (report->reports_late, >, 0);
            g_assert_cmpuint (report->questions->len, >, 0);
          }
      }

  ber_test_remove_tree (dir);
}

/* A register made for the bounds of 2025 */

static const char generated_sql[] =
  "INSERT INTO body (id, name, short_name, kind) VALUES (1, 'Regionstyrelsen', 'RS', 'board'),"
  "  (2, 'Regionala utvecklingsnämnden', 'RUN', 'committee');"
  "INSERT INTO person (id, name) VALUES (1, 'Anna Andersson'), (2, 'Örjan Öberg');"
  "INSERT INTO item (id, title, type, received_on, routed_body_id, status) VALUES"
  "  (1, 'Before', 'invitation', '2024-12-31', 1, 'received'),"
  "  (2, 'First day', 'invitation', '2025-01-01', 1, 'decided'),"
  "  (3, 'Last day', 'referral', '2025-12-31', 2, 'received'),"
  "  (4, 'After', 'referral', '2026-01-01', 2, 'received'),"
  "  (5, 'Not routed', 'other', '2025-06-15', NULL, 'written-off');"
  "INSERT INTO meeting (id, body_id, held_on, status) VALUES (1, 1, '2025-03-01', 'held'),"
  "  (2, 1, '2025-04-01', 'cancelled'), (3, 2, '2024-12-31', 'held');"
  "INSERT INTO agenda_entry (meeting_id, position, kind, title, decision) VALUES"
  "  (1, 1, 'other', 'A', 'as-proposed'), (1, 2, 'other', 'B', 'tabled'),"
  "  (1, 3, 'other', 'C', NULL), (3, 1, 'other', 'D', 'as-proposed');"
  "INSERT INTO report (id, person_id, body_id, status, due_on, received_on) VALUES"
  "  (1, 1, 1, 'received', '2025-03-01', '2025-03-01'),"
  "  (2, 1, 1, 'received', '2025-05-01', '2025-05-10'),"
  "  (3, 2, 1, 'expected', '2025-12-31', NULL),"
  "  (4, 2, 1, 'expected', '2026-01-01', NULL),"
  "  (5, 2, 2, 'received', '2025-02-01', '2025-01-20');"
  "INSERT INTO network (id, name, acronym, responsible_body_id) VALUES"
  "  (1, 'Nätverket för regionala utvecklingsfrågor och sammanhållningspolitik i Europeiska"
  " unionens nordligaste och mest glest befolkade regioner', 'NSPA', 1),"
  "  (2, 'Beta', '', 2), (3, 'Gamma', '', 1);"
  "INSERT INTO membership (network_id, status, from_on, to_on) VALUES"
  "  (1, 'member', '2010-01-01', NULL), (2, 'member', '2025-03-01', NULL),"
  "  (3, 'member', '2015-01-01', '2025-06-30'), (3, 'left', '2025-07-01', NULL);"
  "INSERT INTO network_review (network_id, reviewed_on, outcome) VALUES"
  "  (1, '2025-05-05', 'keep'), (2, '2024-12-31', 'keep');"
  "INSERT INTO fee (network_id, year, amount, currency, sek_rate) VALUES"
  "  (1, 2025, 1000, 'EUR', 11.0), (2, 2025, 500, 'EUR', NULL), (3, 2025, 20000, 'SEK', NULL),"
  "  (1, 2024, 900, 'EUR', 10.5);"
  "INSERT INTO assignment (id, person_id, network_id, forum, role, from_on, to_on, appointing_body_id)"
  "  VALUES (1, 1, 1, '', 'representative', '2020-01-01', '2024-12-31', NULL),"
  "  (2, 1, 2, '', 'deputy', '2025-12-31', NULL, NULL),"
  "  (3, 2, NULL, 'Europeiska regionkommittén', 'representative', '2024-01-01', '2025-01-01', 2),"
  "  (4, 2, 3, '', 'board-member', '2026-01-01', NULL, NULL);"
  "INSERT INTO forum_event (id, network_id, title, starts_on) VALUES"
  "  (1, 1, 'Generalförsamling', '2025-01-01'), (2, 2, 'Styrelsemöte', '2024-12-31'),"
  "  (3, NULL, 'Konferens', '2025-12-31');"
  "INSERT INTO event_attendance (event_id, person_id) VALUES (1, 1), (1, 2), (3, 1), (2, 2);"
  "INSERT INTO influence_question (id, title, plan_body_id, year, priority) VALUES"
  "  (1, 'Sammanhållningspolitiken', 1, 2025, 1), (2, 'Beredskap', 2, 2024, 2),"
  "  (3, 'Transporter', 2, 2024, 3);"
  "INSERT INTO event_influence_question (event_id, influence_question_id) VALUES (1, 2);"
  "INSERT INTO report_influence_question (report_id, influence_question_id, position)"
  "  VALUES (1, 1, 'Stödde förslaget');"
  "INSERT INTO item_influence_question (item_id, influence_question_id) VALUES (2, 1), (4, 1);"
  "INSERT INTO network_influence_question (network_id, influence_question_id) VALUES (1, 1), (3, 1);";

static void
test_generated (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = ber_test_store_new (BER_TEST_EMPTY, &dir);
  const char *path = ber_store_get_location (store);
  g_autoptr(BerYearlyReport) all = NULL;
  g_autoptr(BerYearlyReport) rs = NULL;
  g_autoptr(GError) error = NULL;
  BerYearlyFee *fee;

  sql_exec (path, generated_sql);

  all = ber_yearly_report_load (store, 2025, 0, &error);
  g_assert_no_error (error);
  assert_matches_sql (path, all);
  g_assert_cmpuint (all->items, ==, 3);
  g_assert_cmpuint (all->items_closed, ==, 2);
  g_assert_cmpuint (all->items_by_month[0], ==, 1);
  g_assert_cmpuint (all->items_by_month[5], ==, 1);
  g_assert_cmpuint (all->items_by_month[11], ==, 1);
  g_assert_cmpuint (all->meetings, ==, 1);
  g_assert_cmpuint (all->decisions, ==, 2);
  g_assert_cmpuint (all->adopted, ==, 1);
  g_assert_cmpuint (all->tabled, ==, 1);
  g_assert_cmpuint (all->reports_on_time, ==, 2);
  g_assert_cmpuint (all->reports_late, ==, 1);
  g_assert_cmpuint (all->reports_outstanding, ==, 1);
  g_assert_cmpuint (all->reports_on_time_by_month[2], ==, 1);  /* on its due date */
  g_assert_cmpuint (all->members->len, ==, 2);
  g_assert_cmpuint (all->changes->len, ==, 4);
  g_assert_cmpuint (all->fees->len, ==, 3);
  g_assert_cmpuint (all->fees_without_rate, ==, 1);
  g_assert_cmpint (all->fees_sek_cents, ==, 3100000);
  /* The fee in EUR without a rate is listed, but not as 0 SEK. */
  for (guint i = 0; i < all->fees->len; i++)
    {
      fee = g_ptr_array_index (all->fees, i);
      g_assert_true (fee->sek_known == !g_str_equal (fee->network, "Beta"));
      if (g_str_equal (fee->currency, "EUR") && fee->sek_known)
        g_assert_cmpint (fee->sek_cents, ==, 1100000);
    }
  g_assert_cmpuint (all->assignments->len, ==, 2);
  g_assert_cmpuint (all->representatives, ==, 2);
  g_assert_cmpuint (all->events->len, ==, 2);
  g_assert_cmpuint (all->attendances, ==, 3);
  g_assert_cmpuint (all->questions->len, ==, 2);
  g_assert_cmpuint (((BerYearlyQuestion *) g_ptr_array_index (all->questions, 0))->reports, ==, 1);
  g_assert_cmpuint (((BerYearlyQuestion *) g_ptr_array_index (all->questions, 0))->items, ==, 1);
  g_assert_cmpuint (((BerYearlyQuestion *) g_ptr_array_index (all->questions, 1))->events, ==, 1);
  g_assert_cmpstr (((BerYearlyQuestion *) g_ptr_array_index (all->questions, 0))->networks, ==,
                   "NSPA, Gamma");

  rs = ber_yearly_report_load (store, 2025, 1, &error);
  g_assert_no_error (error);
  assert_matches_sql (path, rs);
  g_assert_cmpstr (rs->body_short_name, ==, "RS");
  g_assert_cmpuint (rs->bodies->len, ==, 1);
  g_assert_cmpuint (rs->items, ==, 1);
  g_assert_cmpuint (rs->decisions, ==, 2);
  g_assert_cmpuint (rs->reports_on_time + rs->reports_late + rs->reports_outstanding, ==, 3);
  g_assert_cmpuint (rs->members->len, ==, 1);
  g_assert_cmpuint (rs->changes->len, ==, 3);
  g_assert_cmpuint (rs->fees_without_rate, ==, 0);
  g_assert_cmpint (rs->fees_sek_cents, ==, 3100000);
  g_assert_cmpuint (rs->assignments->len, ==, 0);
  g_assert_cmpuint (rs->events->len, ==, 1);
  g_assert_cmpuint (rs->questions->len, ==, 1);

  /* A body that is not there. */
  g_assert_null (ber_yearly_report_load (store, 2025, 99, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);

  ber_test_remove_tree (dir);
}

/* The views read by year use an index on the year's column */

static void
test_plans (void)
{
  const struct
  {
    const char *source;
    const char *column;
  } views[] = {
    { "yearly_item_day", "day" }, { "yearly_meeting_day", "day" },
    { "yearly_report_day", "day" }, { "yearly_event", "day" },
    { "yearly_question_activity", "day" }, { "yearly_review", "day" },
  };
  const char * const big[] = { "item", "report", "meeting", "forum_event", "agenda_entry" };
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = ber_test_store_new (BER_TEST_DEMO, &dir);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    for (gint64 body = 0; body <= 2; body += 2)
      {
        g_autoptr(BerQuery) query = ber_query_new (views[i].source);
        g_autoptr(GError) error = NULL;
        g_autofree char *plan = NULL;
        g_auto(GStrv) lines = NULL;

        ber_query_add_condition (query, views[i].column, BER_QUERY_GE,
                                 g_variant_new_string ("2026-01-01"));
        ber_query_add_condition (query, views[i].column, BER_QUERY_LE,
                                 g_variant_new_string ("2026-12-31"));
        if (body != 0 && !g_str_equal (views[i].source, "yearly_question_activity"))
          ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (body));
        plan = ber_sqlite_store_explain (store, query, FALSE, &error);
        g_assert_no_error (error);
        g_test_message ("%s: %s", views[i].source, plan);
        lines = g_strsplit (plan, "\n", -1);
        for (guint l = 0; lines[l] != NULL; l++)
          {
            const char *line = g_strstrip (lines[l]);

            while (*line == '|' || *line == '`' || *line == '-' || *line == ' ')
              line++;
            for (guint t = 0; t < G_N_ELEMENTS (big); t++)
              {
                g_autofree char *scan = g_strdup_printf ("SCAN %s", big[t]);

                if (g_str_has_prefix (line, scan)
                    && (line[strlen (scan)] == '\0' || line[strlen (scan)] == ' ')
                    && strstr (line, "USING") == NULL)
                  g_error ("%s reads every row of %s: %s", views[i].source, big[t], plan);
              }
          }
      }

  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/yearly-report/demo", test_demo);
  g_test_add_func ("/yearly-report/generated", test_generated);
  g_test_add_func ("/yearly-report/plans", test_plans);

  return g_test_run ();
}
