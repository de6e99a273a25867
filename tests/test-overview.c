/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The overview (issue #15) on a real register whose today is 2026-06-15:
 * items due yesterday, today, in three days and in a month, closed ones due
 * yesterday, meetings tomorrow and in twenty days, a cancelled one, reports
 * late and due, reviews due, a mandate ending, follow-ups open and done,
 * and changes yesterday and the day before. Every group's lines and totals
 * are compared with what plain SQL on the same file counts, and a write by
 * another process shows after a reload.
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "ber-context.h"
#include "ber-model.h"
#include "ber-overview.h"
#include "ber-test-utils.h"

#define TODAY "2026-06-15"
#define WARN_DAYS 14
#define OPEN "('received', 'assessed', 'in-preparation', 'ready', 'on-agenda')"

typedef struct
{
  char       *dir;
  BerStore   *store;
  BerContext *context;
  sqlite3    *db;
  gint64      body;
  gint64      anna;
  gint64      bo;
  gint64      aer;
  gint64      meeting_tomorrow;
  gint64      held_meeting;
} Fixture;

static gint64
insert (Fixture    *f,
        const char *table,
        GVariant   *values)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (f->store, table, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

#define S(text) g_variant_new_string (text)
#define I(number) g_variant_new_int64 (number)

static void
exec_sql (Fixture    *f,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (f->db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* What plain SQL counts on the file. */
static guint
sql_count (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_prepare_v2 (f->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* The ids plain SQL lists, in order, as "1,2,3". */
static char *
sql_ids (Fixture    *f,
         const char *sql)
{
  g_autoptr(GString) ids = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (f->db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, ids->len ? "," : "",
                            (gint64) sqlite3_column_int64 (stmt, 0));
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static char *
line_ids (BerOverviewDay   *day,
          BerOverviewGroup  group)
{
  GListModel *lines = ber_overview_day_get_lines (day, group);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(BerOverviewLine) line = g_list_model_get_item (lines, i);

      g_assert_cmpint (ber_overview_line_get_group (line), ==, group);
      g_assert_cmpstr (ber_overview_line_get_title (line), !=, "");
      g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, ids->len ? "," : "",
                              ber_overview_line_get_record_id (line));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static BerOverviewLine *
first_line (BerOverviewDay   *day,
            BerOverviewGroup  group)
{
  g_assert_cmpuint (g_list_model_get_n_items (ber_overview_day_get_lines (day, group)), >, 0);
  return g_list_model_get_item (ber_overview_day_get_lines (day, group), 0);
}

static gint64
add_item (Fixture    *f,
          const char *title,
          const char *reply_by,
          const char *status)
{
  return insert (f, "item", ber_store_values ("title", S (title), "received_on", S ("2026-05-01"),
                                              "reply_by", reply_by ? S (reply_by) : NULL,
                                              "status", S (status), NULL));
}

static void
add_register (Fixture *f)
{
  gint64 entry, n2;

  f->body = insert (f, "body", ber_store_values ("name", S ("Regionstyrelsen"), "short_name",
                                                 S ("RS"), "agenda_deadline_days", I (10), NULL));
  f->anna = insert (f, "person", ber_store_values ("name", S ("Anna Andersson"), NULL));
  f->bo = insert (f, "person", ber_store_values ("name", S ("Bo Berg"), "kind", S ("official"),
                                                 NULL));

  /* Replies: yesterday, today, in three days are due; in a month is not,
   * nor a decided item due yesterday, nor one without a date. */
  add_item (f, "Inbjudan till AER:s generalförsamling", "2026-06-14", "received");
  add_item (f, "EU-samråd om sammanhållningspolitiken", TODAY, "assessed");
  add_item (f, "Remiss om regional utvecklingsstrategi", "2026-06-18", "in-preparation");
  add_item (f, "Remiss om kollektivtrafik", "2026-07-15", "received");
  add_item (f, "Beslutat ärende", "2026-06-14", "decided");
  add_item (f, "Avskrivet ärende", "2026-06-13", "written-off");
  add_item (f, "Ärende utan svarsdatum", NULL, "received");
  for (int i = 0; i < 10; i++)
    {
      g_autofree char *title = g_strdup_printf ("Inbjudan %d", i);

      add_item (f, title, "2026-06-20", "ready");
    }

  /* Meetings: tomorrow (its papers were due on the 6th), in ten days with
   * its own deadline, in twenty days, a cancelled one, one held. */
  f->meeting_tomorrow = insert (f, "meeting", ber_store_values ("body_id", I (f->body), "held_on",
                                                                S ("2026-06-16"), NULL));
  insert (f, "meeting", ber_store_values ("body_id", I (f->body), "held_on", S ("2026-06-25"),
                                          "agenda_deadline", S ("2026-06-22"), "place",
                                          S ("Luleå"), NULL));
  insert (f, "meeting", ber_store_values ("body_id", I (f->body), "held_on", S ("2026-07-05"),
                                          NULL));
  insert (f, "meeting", ber_store_values ("body_id", I (f->body), "held_on", S ("2026-06-20"),
                                          "status", S ("cancelled"), NULL));
  f->held_meeting = insert (f, "meeting", ber_store_values ("body_id", I (f->body), "held_on",
                                                            S ("2026-06-01"), "status",
                                                            S ("held"), NULL));

  /* Reports: one late, one due soon, one due later, one received. */
  insert (f, "report", ber_store_values ("person_id", I (f->anna), "body_id", I (f->body),
                                         "due_on", S ("2026-06-10"), NULL));
  insert (f, "report", ber_store_values ("person_id", I (f->anna), "body_id", I (f->body),
                                         "due_on", S ("2026-06-20"), NULL));
  insert (f, "report", ber_store_values ("person_id", I (f->anna), "body_id", I (f->body),
                                         "due_on", S ("2026-07-30"), NULL));
  insert (f, "report", ber_store_values ("person_id", I (f->anna), "body_id", I (f->body),
                                         "due_on", S ("2026-06-01"), "status", S ("received"),
                                         "received_on", S ("2026-06-02"), NULL));

  /* Reviews: one overdue, one today, one later. */
  f->aer = insert (f, "network", ber_store_values ("name", S ("Assembly of European Regions"),
                                                   "acronym", S ("AER"), "next_review_on",
                                                   S ("2026-06-01"), NULL));
  n2 = insert (f, "network", ber_store_values ("name", S ("CPMR"), "next_review_on", S (TODAY),
                                               NULL));
  insert (f, "network", ber_store_values ("name", S ("Eurochild"), "next_review_on",
                                          S ("2026-08-01"), NULL));

  /* Mandates: one ends in two weeks, one in autumn, one has ended. */
  insert (f, "assignment", ber_store_values ("person_id", I (f->anna), "network_id", I (f->aer),
                                             "to_on", S ("2026-07-01"), NULL));
  insert (f, "assignment", ber_store_values ("person_id", I (f->bo), "network_id", I (n2),
                                             "to_on", S ("2026-09-30"), NULL));
  insert (f, "assignment", ber_store_values ("person_id", I (f->bo), "network_id", I (f->aer),
                                             "to_on", S ("2026-06-10"), NULL));

  /* Follow-up: a decision at the held meeting, one clause open and late,
   * one done. */
  entry = insert (f, "agenda_entry", ber_store_values ("meeting_id", I (f->held_meeting),
                                                       "position", I (1), "kind", S ("other"),
                                                       "title", S ("Medlemskap i AER"),
                                                       "paragraph", I (12), "paragraph_body_id",
                                                       I (f->body), "paragraph_year", I (2026),
                                                       "decision", S ("as-proposed"), NULL));
  insert (f, "clause", ber_store_values ("agenda_entry_id", I (entry), "position", I (1), "text",
                                         S ("att uppdra åt regiondirektören att säga upp avtalet"),
                                         "responsible_id", I (f->bo), "due_on", S ("2026-06-10"),
                                         NULL));
  insert (f, "clause", ber_store_values ("agenda_entry_id", I (entry), "position", I (2), "text",
                                         S ("att uppdra åt Bo Berg att rapportera"),
                                         "responsible_id", I (f->bo), "due_on", S ("2026-06-05"),
                                         "completed_on", S ("2026-06-05"), NULL));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *sql = NULL;

  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  ber_store_set_today (f->store, TODAY);
  f->context = ber_context_new (f->store);
  g_assert_cmpint (sqlite3_open (ber_store_get_location (f->store), &f->db), ==, SQLITE_OK);
  sqlite3_busy_timeout (f->db, 5000);
  add_register (f);

  /* Everything written long ago, but AER yesterday and an item the day before. */
  exec_sql (f, "UPDATE history SET changed_at = '2026-05-01T10:00:00Z'");
  sql = g_strdup_printf ("UPDATE history SET changed_at = '2026-06-14T12:00:00Z' "
                         "WHERE table_name = 'network' AND row_id = %" G_GINT64_FORMAT ";"
                         "UPDATE history SET changed_at = '2026-06-13T12:00:00Z' "
                         "WHERE table_name = 'item' AND row_id = 1;", f->aer);
  exec_sql (f, sql);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  BerContext *context = f->context;
  BerStore *store = f->store;

  sqlite3_close (f->db);
  /* A worker thread lets go of its task, and of the services and the store
   * the task holds, just after the task returned. */
  g_object_add_weak_pointer (G_OBJECT (context), (gpointer *) &context);
  g_object_add_weak_pointer (G_OBJECT (store), (gpointer *) &store);
  g_object_unref (f->context);
  g_object_unref (f->store);
  while ((context != NULL || store != NULL) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_null (context);
  g_assert_null (store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  BerOverviewDay **day = user_data;
  g_autoptr(GError) error = NULL;

  *day = ber_overview_load_finish (BER_OVERVIEW (object), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*day);
}

/* Loads as the window does, in a worker. */
static BerOverviewDay *
load (Fixture *f)
{
  BerOverviewDay *day = NULL;

  ber_overview_load_async (ber_context_get_overview (f->context), WARN_DAYS, NULL, on_loaded,
                           &day);
  while (day == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (ber_overview_day_get_today (day), ==, TODAY);
  return day;
}

static void
assert_group (Fixture          *f,
              BerOverviewDay   *day,
              BerOverviewGroup  group,
              const char       *count_sql,
              const char       *overdue_sql,
              const char       *ids_sql,
              guint             expected_total,
              guint             expected_overdue)
{
  g_autofree char *ids = sql_ids (f, ids_sql);
  guint total = 0, overdue = 0;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (ber_overview_day_get_total (day, group), ==, sql_count (f, count_sql));
  g_assert_cmpuint (ber_overview_day_get_total (day, group), ==, expected_total);
  if (overdue_sql != NULL)
    g_assert_cmpuint (ber_overview_day_get_overdue (day, group), ==, sql_count (f, overdue_sql));
  g_assert_cmpuint (ber_overview_day_get_overdue (day, group), ==, expected_overdue);
  ber_assert_take_str (line_ids (day, group), ==, ids);
  g_assert_cmpuint (g_list_model_get_n_items (ber_overview_day_get_lines (day, group)), ==,
                    MIN (expected_total, BER_OVERVIEW_MAX_LINES));

  /* The badges' count is the same. */
  g_assert_true (ber_overview_count (f->store, group, WARN_DAYS, &total, &overdue, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (total, ==, expected_total);
  g_assert_cmpuint (overdue, ==, expected_overdue);
}

static void
test_groups (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(BerOverviewDay) day = load (f);
  g_autoptr(BerOverviewLine) meeting = NULL;
  g_autoptr(BerOverviewLine) reply = NULL;
  g_autoptr(BerOverviewLine) change = NULL;
  g_autoptr(BerOverviewLine) mandate = NULL;
  g_autoptr(BerOverviewLine) followup = NULL;

  assert_group (f, day, BER_OVERVIEW_MEETINGS,
                "SELECT count(*) FROM meeting WHERE held_on BETWEEN '2026-06-15' AND '2026-06-29' "
                "AND status != 'cancelled'",
                "SELECT count(*) FROM meeting JOIN body ON body.id = body_id "
                "WHERE held_on BETWEEN '2026-06-15' AND '2026-06-29' AND status = 'planned' "
                "AND coalesce(agenda_deadline, date(held_on, '-' || agenda_deadline_days "
                "|| ' days')) < '2026-06-15'",
                "SELECT id FROM meeting WHERE held_on BETWEEN '2026-06-15' AND '2026-06-29' "
                "AND status != 'cancelled' ORDER BY held_on, id LIMIT 8", 2, 1);
  assert_group (f, day, BER_OVERVIEW_REPLIES,
                "SELECT count(*) FROM item WHERE reply_by <= '2026-06-29' AND status IN " OPEN,
                "SELECT count(*) FROM item WHERE reply_by < '2026-06-15' AND status IN " OPEN,
                "SELECT id FROM item WHERE reply_by <= '2026-06-29' AND status IN " OPEN
                " ORDER BY reply_by, id LIMIT 8", 13, 1);
  assert_group (f, day, BER_OVERVIEW_REPORTS,
                "SELECT count(*) FROM report WHERE status = 'expected' AND due_on <= '2026-06-29'",
                "SELECT count(*) FROM report WHERE status = 'expected' AND due_on < '2026-06-15'",
                "SELECT id FROM report WHERE status = 'expected' AND due_on <= '2026-06-29' "
                "ORDER BY due_on, id LIMIT 8", 2, 1);
  assert_group (f, day, BER_OVERVIEW_REVIEWS,
                "SELECT count(*) FROM network WHERE next_review_on <= '2026-06-15'",
                "SELECT count(*) FROM network WHERE next_review_on < '2026-06-15'",
                "SELECT id FROM network WHERE next_review_on <= '2026-06-15' "
                "ORDER BY next_review_on, id LIMIT 8", 2, 1);
  assert_group (f, day, BER_OVERVIEW_MANDATES,
                "SELECT count(*) FROM assignment WHERE to_on BETWEEN '2026-06-15' AND '2026-08-14'",
                NULL,
                "SELECT person_id FROM assignment WHERE to_on BETWEEN '2026-06-15' AND "
                "'2026-08-14' ORDER BY to_on, id LIMIT 8", 1, 0);
  assert_group (f, day, BER_OVERVIEW_FOLLOWUPS,
                "SELECT count(*) FROM clause JOIN agenda_entry AS e ON e.id = agenda_entry_id "
                "JOIN meeting AS m ON m.id = e.meeting_id WHERE completed_on IS NULL "
                "AND m.status IN ('held', 'minutes-approved') AND m.held_on <= '2026-06-15'",
                "SELECT count(*) FROM clause WHERE completed_on IS NULL "
                "AND agenda_entry_id IS NOT NULL AND due_on < '2026-06-15'",
                "SELECT e.meeting_id FROM clause JOIN agenda_entry AS e ON e.id = agenda_entry_id "
                "WHERE completed_on IS NULL ORDER BY due_on, clause.id", 1, 1);
  assert_group (f, day, BER_OVERVIEW_CHANGES,
                "SELECT count(*) FROM history WHERE changed_at >= '2026-06-14T00:00:00Z'", NULL,
                "SELECT DISTINCT row_id FROM history WHERE changed_at >= '2026-06-14T00:00:00Z' "
                "ORDER BY id DESC", 1, 0);

  /* The lines say what they are and how urgent. */
  meeting = first_line (day, BER_OVERVIEW_MEETINGS);
  g_assert_true (ber_overview_line_get_record_type (meeting) == BER_TYPE_MEETING);
  g_assert_cmpint (ber_overview_line_get_record_id (meeting), ==, f->meeting_tomorrow);
  g_assert_cmpstr (ber_overview_line_get_title (meeting), ==, "Regionstyrelsen");
  g_assert_cmpstr (ber_overview_line_get_date (meeting), ==, "2026-06-16");
  g_assert_cmpint (ber_overview_line_get_urgency (meeting), ==, BER_OVERVIEW_URGENCY_OVERDUE);
  g_assert_nonnull (strstr (ber_overview_line_get_detail (meeting), "2026-06-06"));

  reply = first_line (day, BER_OVERVIEW_REPLIES);
  g_assert_true (ber_overview_line_get_record_type (reply) == BER_TYPE_ITEM);
  g_assert_cmpstr (ber_overview_line_get_title (reply), ==, "Inbjudan till AER:s generalförsamling");
  g_assert_cmpint (ber_overview_line_get_urgency (reply), ==, BER_OVERVIEW_URGENCY_OVERDUE);
  g_clear_object (&reply);
  reply = g_list_model_get_item (ber_overview_day_get_lines (day, BER_OVERVIEW_REPLIES), 1);
  g_assert_cmpint (ber_overview_line_get_urgency (reply), ==, BER_OVERVIEW_URGENCY_TODAY);
  g_clear_object (&reply);
  reply = g_list_model_get_item (ber_overview_day_get_lines (day, BER_OVERVIEW_REPLIES), 2);
  g_assert_cmpint (ber_overview_line_get_urgency (reply), ==, BER_OVERVIEW_URGENCY_SOON);

  mandate = first_line (day, BER_OVERVIEW_MANDATES);
  g_assert_true (ber_overview_line_get_record_type (mandate) == BER_TYPE_PERSON);
  g_assert_cmpint (ber_overview_line_get_record_id (mandate), ==, f->anna);

  followup = first_line (day, BER_OVERVIEW_FOLLOWUPS);
  g_assert_true (ber_overview_line_get_record_type (followup) == BER_TYPE_MEETING);
  g_assert_cmpint (ber_overview_line_get_record_id (followup), ==, f->held_meeting);
  g_assert_cmpint (ber_overview_line_get_urgency (followup), ==, BER_OVERVIEW_URGENCY_OVERDUE);
  g_assert_nonnull (strstr (ber_overview_line_get_detail (followup), "§ 12 RS"));
  g_assert_nonnull (strstr (ber_overview_line_get_detail (followup), "Bo Berg"));

  /* Yesterday's change, not the one the day before. */
  change = first_line (day, BER_OVERVIEW_CHANGES);
  g_assert_true (ber_overview_line_get_record_type (change) == BER_TYPE_NETWORK);
  g_assert_cmpint (ber_overview_line_get_record_id (change), ==, f->aer);
  g_assert_nonnull (strstr (ber_overview_line_get_title (change), "Assembly of European Regions"));
}

static void
on_attention (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  BerAttention *attention = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (ber_context_count_attention_finish (BER_CONTEXT (object), result, attention,
                                                     &error));
  g_assert_no_error (error);
}

/* The view switcher's badges say what the overview says. */
static void
test_badges_agree (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BerOverviewDay) day = load (f);
  BerAttention attention = { G_MAXUINT, G_MAXUINT, G_MAXUINT };

  ber_context_count_attention_async (f->context, WARN_DAYS, NULL, on_attention, &attention);
  while (attention.replies_due == G_MAXUINT)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (attention.replies_due, ==,
                    ber_overview_day_get_total (day, BER_OVERVIEW_REPLIES));
  g_assert_cmpuint (attention.reviews_due, ==,
                    ber_overview_day_get_total (day, BER_OVERVIEW_REVIEWS));
  g_assert_cmpuint (attention.reports_late, ==,
                    ber_overview_day_get_overdue (day, BER_OVERVIEW_REPORTS));
}

/* Another program writes; the next load shows it. */
static void
test_other_process (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BerOverviewDay) before = load (f);
  g_autoptr(BerOverviewDay) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;
  const char *argv[] = { "sqlite3", ber_store_get_location (f->store),
                         "INSERT INTO item (title, received_on, reply_by) "
                         "VALUES ('Brådskande remiss', '2026-06-01', '2026-06-12');", NULL };

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);

  after = load (f);
  g_assert_cmpuint (ber_overview_day_get_total (after, BER_OVERVIEW_REPLIES), ==,
                    ber_overview_day_get_total (before, BER_OVERVIEW_REPLIES) + 1);
  g_assert_cmpuint (ber_overview_day_get_overdue (after, BER_OVERVIEW_REPLIES), ==, 2);
  {
    g_autoptr(BerOverviewLine) line = first_line (after, BER_OVERVIEW_REPLIES);

    g_assert_cmpstr (ber_overview_line_get_title (line), ==, "Brådskande remiss");
  }
}

/* An empty register: every group empty, nothing fails. */
static void
test_empty (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = ber_test_store_new (BER_TEST_EMPTY, &dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(BerOverviewDay) day = NULL;

  ber_store_set_today (store, TODAY);
  day = ber_overview_read (store, WARN_DAYS, NULL, &error);
  g_assert_no_error (error);
  for (BerOverviewGroup group = 0; group < BER_OVERVIEW_N_GROUPS; group++)
    {
      g_assert_cmpuint (ber_overview_day_get_total (day, group), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (ber_overview_day_get_lines (day, group)), ==, 0);
    }
  g_clear_object (&day);
  g_clear_object (&store);
  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* The history's times are UTC; "since yesterday" is local. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/overview/groups", Fixture, NULL, fixture_set_up, test_groups, fixture_tear_down);
  g_test_add ("/overview/badges-agree", Fixture, NULL, fixture_set_up, test_badges_agree,
              fixture_tear_down);
  g_test_add ("/overview/other-process", Fixture, NULL, fixture_set_up, test_other_process,
              fixture_tear_down);
  g_test_add_func ("/overview/empty", test_empty);
  return g_test_run ();
}
