/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Every list and count the interface asks of the registers that grow without
 * bound (items and returned reports) has an index that SQLite's plan uses:
 * for each order, each criterion and a search, the statement that counts and
 * the one that reads a page are explained, and a plan that reads the whole
 * table (a "SCAN" of it without an index) fails the test, naming the query.
 * A new list query without an index fails here, not at a million items.
 * The search over everything is explained too.
 */

#include "config.h"

#include <string.h>

#include "ber-context.h"
#include "ber-items.h"
#include "ber-meetings.h"
#include "ber-networks.h"
#include "ber-overview.h"
#include "ber-persons.h"
#include "ber-model.h"
#include "ber-record-list.h"
#include "ber-reports.h"
#include "ber-sqlite-store.h"
#include "ber-test-utils.h"

typedef struct
{
  char       *dir;
  BerStore   *store;
  BerContext *context;
  guint       n_plans;
  guint       n_unindexed;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_DEMO, &f->dir);
  f->context = ber_context_new (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_test_message ("%u plans read, %u without an index", f->n_plans, f->n_unindexed);
  /* Each is named above. */
  g_assert_cmpuint (f->n_unindexed, ==, 0);
  g_object_unref (f->context);
  g_object_unref (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* No list query may read every row, or sort every item for a page. */
static const char * const known_unindexed[] = {
  NULL,
};

static gboolean
is_known (const char *what)
{
  for (guint i = 0; known_unindexed[i] != NULL; i++)
    if (g_str_has_prefix (what, known_unindexed[i]))
      return TRUE;
  return FALSE;
}

/* Whether a line of a plan reads all of @table: "SCAN item", with no index. */
static gboolean
scans_whole (const char *line,
             const char *table)
{
  g_autofree char *prefix = g_strconcat ("SCAN ", table, NULL);

  if (!g_str_has_prefix (line, prefix))
    return FALSE;
  line += strlen (prefix);
  return *line == '\0' || (*line == ' ' && strstr (line, "USING") == NULL);
}

/* The count, a page, a page read from the end (the last pages of a list
 * are read in the opposite order), and the pages after a row in the middle
 * of the list, both ways (keyset paging). */
static void
assert_indexed (Fixture        *f,
                const BerQuery *query,
                const char     *table,
                const char     *what)
{
  g_autoptr(BerQuery) reversed = ber_query_copy_reversed (query);
  g_autoptr(GPtrArray) middle = NULL;
  g_autoptr(GError) middle_error = NULL;
  guint n_rows = 0;
  gint64 anchor = 0;

  /* A row in the middle of the list, for the pages read after a row. */
  g_assert_true (ber_store_count (f->store, query, &n_rows, &middle_error));
  middle = ber_store_select (f->store, query, n_rows / 2, 1, &middle_error);
  g_assert_no_error (middle_error);
  if (middle->len > 0)
    g_variant_lookup (g_ptr_array_index (middle, 0), "id", "x", &anchor);

  for (int page = 0; page <= 4; page++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *plan = NULL;
      g_auto(GStrv) lines = NULL;

      if (page >= 3 && anchor == 0)
        continue;
      if (page >= 3)
        plan = ber_sqlite_store_explain_after (f->store, page == 4 ? reversed : query, anchor,
                                               &error);
      else
        plan = ber_sqlite_store_explain (f->store, page == 2 ? reversed : query, page > 0,
                                         &error);
      g_assert_no_error (error);
      g_assert_nonnull (plan);
      f->n_plans++;
      lines = g_strsplit (plan, "\n", -1);
      /* The whole list is not sorted to find a page: its order is an index's. */
      if (page > 0 && g_str_has_prefix (what, "all items") && !is_known (what)
          && strstr (plan, "USE TEMP B-TREE") != NULL)
        {
          g_test_message ("%s sorts every item for a page: %s", what,
                          g_strdelimit (plan, "\n", ';'));
          f->n_unindexed++;
          continue;
        }
      for (guint i = 0; lines[i] != NULL; i++)
        if (scans_whole (lines[i], table) && page && is_known (what))
          {
            g_test_message ("known: %s reads every row of %s", what, table);
            break;
          }
        else if (scans_whole (lines[i], table))
          {
            g_test_message ("%s (%s) reads every row of %s: %s", what,
                            page ? "a page" : "the count", table, g_strdelimit (plan, "\n", ';'));
            f->n_unindexed++;
            break;
          }
    }
}

/* Each order, both ways, with @filter's criteria. */
static void
assert_orders_indexed (Fixture             *f,
                       GListModel          *list,
                       BerListFilter       *filter,
                       const char * const  *orders,
                       const char          *table,
                       const char          *what)
{
  for (guint i = 0; orders[i] != NULL; i++)
    for (int descending = 0; descending <= 1; descending++)
      {
        g_autofree char *name = g_strdup_printf ("%s, by %s%s", what,
                                                 *orders[i] != '\0' ? orders[i] : "default",
                                                 descending ? ", descending" : "");

        ber_list_filter_set_order (filter, *orders[i] != '\0' ? orders[i] : NULL, descending);
        assert_indexed (f, ber_record_list_get_query (BER_RECORD_LIST (list)), table, name);
      }
  ber_list_filter_set_order (filter, NULL, FALSE);
}

static void
test_items (Fixture       *f,
            gconstpointer  data)
{
  const char * const orders[] = {
    "", BER_ITEMS_ORDER_DIARY_NUMBER, BER_ITEMS_ORDER_TITLE, BER_ITEMS_ORDER_TYPE,
    BER_ITEMS_ORDER_RECEIVED, BER_ITEMS_ORDER_REPLY_BY, BER_ITEMS_ORDER_SUBJECT_AREA,
    BER_ITEMS_ORDER_BODY, BER_ITEMS_ORDER_STATUS, BER_ITEMS_ORDER_CASE_OFFICER, NULL,
  };
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = ber_items_list (ber_context_get_items (f->context), filter);
  g_autoptr(BerQuery) due = ber_query_new ("item");
  g_autoptr(BerQuery) area = ber_query_new ("item");
  const char * const open_statuses[] = { "received", "assessed", "in-preparation", "ready",
                                         "on-agenda", NULL };

  assert_orders_indexed (f, list, filter, orders, "item", "all items");

  ber_list_filter_set_text (filter, BER_ITEMS_STATUS, "assessed");
  assert_orders_indexed (f, list, filter, orders, "item", "items in a status");
  ber_list_filter_set_text (filter, BER_ITEMS_STATUS, NULL);

  ber_list_filter_set_text (filter, BER_ITEMS_TYPE, "referral");
  assert_orders_indexed (f, list, filter, orders, "item", "items of a type");
  ber_list_filter_set_text (filter, BER_ITEMS_TYPE, NULL);

  ber_list_filter_set_id (filter, BER_ITEMS_ROUTED_BODY, 1);
  assert_orders_indexed (f, list, filter, orders, "item", "items routed to a body");
  ber_list_filter_set_id (filter, BER_ITEMS_ROUTED_BODY, 0);

  ber_list_filter_set_text (filter, BER_ITEMS_DUE_WITHIN, "14");
  assert_orders_indexed (f, list, filter, orders, "item", "items due within 14 days");
  ber_list_filter_set_text (filter, BER_ITEMS_DUE_WITHIN, NULL);

  ber_list_filter_set_flag (filter, BER_ITEMS_OVERDUE, TRUE);
  assert_orders_indexed (f, list, filter, orders, "item", "overdue items");
  ber_list_filter_set_flag (filter, BER_ITEMS_OVERDUE, FALSE);

  ber_list_filter_set_search (filter, "sammanhållning");
  assert_orders_indexed (f, list, filter, orders, "item", "items searched for");
  ber_list_filter_set_search (filter, "sa");
  assert_orders_indexed (f, list, filter, orders, "item", "items searched for by two letters");
  ber_list_filter_set_search (filter, NULL);

  /* The badge's count (ber_items_count_due()) and the subject areas' counts
   * (ber_bodies_count_area_uses()), as those functions ask them. */
  ber_query_add_condition (due, "reply_by", BER_QUERY_LE, g_variant_new_string ("2026-12-17"));
  ber_query_add_in (due, "status", open_statuses);
  assert_indexed (f, due, "item", "the items due soon");
  ber_query_add_condition (area, "subject_area_id", BER_QUERY_EQ, g_variant_new_int64 (1));
  assert_indexed (f, area, "item", "the items of a subject area");
}

static void
test_reports (Fixture       *f,
              gconstpointer  data)
{
  const char * const orders[] = {
    "", BER_REPORTS_ORDER_PERSON, BER_REPORTS_ORDER_NETWORK, BER_REPORTS_ORDER_EVENT,
    BER_REPORTS_ORDER_EVENT_DATE, BER_REPORTS_ORDER_BODY, BER_REPORTS_ORDER_STATUS,
    BER_REPORTS_ORDER_DUE, BER_REPORTS_ORDER_RECEIVED, NULL,
  };
  const char * const statuses[] = {
    BER_REPORTS_STATUS_EXPECTED, BER_REPORTS_STATUS_LATE, BER_REPORTS_STATUS_RECEIVED,
    BER_REPORTS_STATUS_ON_AGENDA, BER_REPORTS_STATUS_PRESENTED, NULL,
  };
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = ber_reports_list (ber_context_get_reports (f->context), filter);

  assert_orders_indexed (f, list, filter, orders, "report", "all reports");
  for (guint i = 0; statuses[i] != NULL; i++)
    {
      g_autofree char *what = g_strdup_printf ("reports %s", statuses[i]);

      ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_STATUS, statuses[i]);
      assert_orders_indexed (f, list, filter, orders, "report", what);
    }
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_STATUS, NULL);

  ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_PERSON, 1);
  assert_orders_indexed (f, list, filter, orders, "report", "a person's reports");
  ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_PERSON, 0);

  ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_BODY, 1);
  assert_orders_indexed (f, list, filter, orders, "report", "the reports to a body");
  ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_BODY, 0);
}

/*
 * The registers that stay in the thousands (networks, persons, meetings)
 * are held to the same rule: a page or a count of any of their orders and
 * criteria reads an index. Not listed here, as no index can hold them: the
 * networks' orders and criteria by a figure worked out per row from other
 * tables (membership status, activity, representatives, fee).
 */
static void
test_small_registers (Fixture       *f,
                      gconstpointer  data)
{
  const char * const network_orders[] = {
    "", BER_NETWORKS_ORDER_ACRONYM, BER_NETWORKS_ORDER_KIND, BER_NETWORKS_ORDER_BODY,
    BER_NETWORKS_ORDER_REVIEW, NULL,
  };
  const char * const person_orders[] = {
    "", BER_PERSONS_ORDER_KIND, BER_PERSONS_ORDER_PARTY, BER_PERSONS_ORDER_DEPARTMENT,
    BER_PERSONS_ORDER_EMAIL, BER_PERSONS_ORDER_PHONE, NULL,
  };
  const char * const meeting_orders[] = {
    "", BER_MEETINGS_ORDER_DATE, BER_MEETINGS_ORDER_TIME, BER_MEETINGS_ORDER_PLACE, NULL,
  };
  g_autoptr(BerListFilter) networks_filter = ber_list_filter_new ();
  g_autoptr(BerListFilter) persons_filter = ber_list_filter_new ();
  g_autoptr(BerListFilter) meetings_filter = ber_list_filter_new ();
  g_autoptr(GListModel) networks = ber_networks_list (ber_context_get_networks (f->context),
                                                       networks_filter);
  g_autoptr(GListModel) persons = ber_persons_list (ber_context_get_persons (f->context),
                                                     persons_filter);
  g_autoptr(GListModel) meetings = ber_meetings_list (ber_context_get_meetings (f->context),
                                                       meetings_filter);

  assert_orders_indexed (f, networks, networks_filter, network_orders, "network", "all networks");
  ber_list_filter_set_text (networks_filter, BER_NETWORKS_CRITERION_KIND, "political");
  assert_orders_indexed (f, networks, networks_filter, network_orders, "network",
                         "networks of a kind");
  ber_list_filter_set_text (networks_filter, BER_NETWORKS_CRITERION_KIND, NULL);
  ber_list_filter_set_search (networks_filter, "region");
  assert_orders_indexed (f, networks, networks_filter, network_orders, "network",
                         "networks searched for");
  ber_list_filter_set_search (networks_filter, NULL);

  assert_orders_indexed (f, persons, persons_filter, person_orders, "person", "all persons");
  ber_list_filter_set_text (persons_filter, BER_PERSONS_CRITERION_KIND, "elected");
  assert_orders_indexed (f, persons, persons_filter, person_orders, "person",
                         "persons of a kind");
  ber_list_filter_set_text (persons_filter, BER_PERSONS_CRITERION_KIND, NULL);
  ber_list_filter_set_search (persons_filter, "an");
  assert_orders_indexed (f, persons, persons_filter, person_orders, "person",
                         "persons searched for by two letters");
  ber_list_filter_set_search (persons_filter, NULL);

  assert_orders_indexed (f, meetings, meetings_filter, meeting_orders, "meeting", "all meetings");
  ber_list_filter_set_id (meetings_filter, BER_MEETINGS_BODY, 1);
  assert_orders_indexed (f, meetings, meetings_filter, meeting_orders, "meeting",
                         "a body's meetings");
}

/*
 * The search over everything reads the full-text index, never a table, and
 * the triggers that index a record read that record's rows only.
 */
static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  const char * const tables[] = {
    "item", "meeting", "body", "agenda_entry", "clause", "statement", "network", "person",
    "report", "forum_event", NULL,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *plan = ber_sqlite_store_explain_search (f->store, &error);
  g_auto(GStrv) lines = NULL;
  gboolean index_read = FALSE;

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  lines = g_strsplit (plan, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      f->n_plans++;
      if (g_str_has_prefix (lines[i], "SCAN global_search VIRTUAL TABLE INDEX "))
        index_read = TRUE;
      for (guint j = 0; tables[j] != NULL; j++)
        if (scans_whole (lines[i], tables[j]))
          {
            g_test_message ("the search reads every row of %s: %s", tables[j],
                            g_strdelimit (plan, "\n", ';'));
            f->n_unindexed++;
          }
    }
  g_assert_true (index_read);
}

/*
 * The change history grows with every write, to millions of entries: its
 * lists (the register's recent changes by who and when, a record's
 * changes) count, page both ways and page after an entry by an index, and
 * never sort the register's history for a page; the values before a
 * change and the list of who made changes read one row's entries or one
 * step of an index.
 */
static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  const char * const item_tables[] = { "item", "item_network", "item_influence_question",
                                       "item_goal", NULL };
  const char * const item_keys[] = { NULL, "network_id", "influence_question_id", "goal_id" };
  const char * const body_tables[] = { "body", NULL };
  const struct
  {
    const char      *what;
    BerHistoryQuery  query;
  } lists[] = {
    { "all changes", { NULL, NULL, NULL, NULL, 0 } },
    { "a user's changes", { "demo", NULL, NULL, NULL, 0 } },
    { "the changes of a period", { NULL, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z",
                                   NULL, 0 } },
    { "changes since a day", { NULL, "2026-01-01T00:00:00Z", NULL, NULL, 0 } },
    { "a user's changes of a period", { "demo", "2026-01-01T00:00:00Z",
                                        "2026-02-01T00:00:00Z", NULL, 0 } },
    { "an item's changes", { NULL, NULL, NULL, item_tables, 1, item_keys } },
    { "a body's changes", { NULL, NULL, NULL, body_tables, 1 } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *plan = ber_sqlite_store_explain_history (f->store, &lists[i].query,
                                                                &error);
      g_auto(GStrv) lines = NULL;
      const char *statement = "";
      gboolean one_record = lists[i].query.tables != NULL;

      g_assert_no_error (error);
      g_assert_nonnull (plan);
      g_test_message ("%s:\n%s", lists[i].what, plan);
      lines = g_strsplit (plan, "\n", -1);
      for (guint j = 0; lines[j] != NULL; j++)
        {
          if (g_str_has_prefix (lines[j], "-- "))
            {
              statement = lines[j] + 3;
              continue;
            }
          if (*lines[j] == '\0')
            continue;
          f->n_plans++;
          /* A sort of one record's few entries, or of one row's columns,
           * is no sort of the history. */
          if (scans_whole (lines[j], "history")
              || (!one_record && strstr (statement, "ORDER BY") != NULL
                  && strstr (lines[j], "TEMP B-TREE") != NULL))
            {
              g_test_message ("%s: %s reads the whole history: %s", lists[i].what, statement,
                              lines[j]);
              f->n_unindexed++;
            }
        }
    }
}

/*
 * The overview's groups (ber-overview.c) read indexes: the count, the
 * overdue count and the lines shown of each, and the open decision
 * clauses the follow-up reads.
 */
static void
test_overview (Fixture       *f,
               gconstpointer  data)
{
  static const char * const tables[] = {
    [BER_OVERVIEW_MEETINGS] = "meeting", [BER_OVERVIEW_REPLIES] = "item",
    [BER_OVERVIEW_REPORTS] = "report", [BER_OVERVIEW_REVIEWS] = "network",
    [BER_OVERVIEW_MANDATES] = "assignment",
  };
  g_autoptr(BerQuery) clauses = ber_query_new ("clause");

  for (BerOverviewGroup group = 0; group < G_N_ELEMENTS (tables); group++)
    for (int shown = 0; shown <= 1; shown++)
      for (int overdue = 0; overdue <= 1; overdue++)
        {
          g_autoptr(BerQuery) query = ber_overview_query (f->store, group, 14, shown, overdue);
          g_autofree char *what = g_strdup_printf ("the overview's %s%s%s", tables[group],
                                                   shown ? ", shown" : ", counted",
                                                   overdue ? ", overdue" : "");

          assert_indexed (f, query, tables[group], what);
        }

  ber_query_add_condition (clauses, "agenda_entry_id", BER_QUERY_NOT_NULL, NULL);
  ber_query_add_condition (clauses, "completed_on", BER_QUERY_IS_NULL, NULL);
  ber_query_add_order (clauses, "due_on", FALSE);
  ber_query_add_order (clauses, "id", FALSE);
  assert_indexed (f, clauses, "clause", "the open decision clauses");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/plans/items", Fixture, NULL, fixture_set_up, test_items, fixture_tear_down);
  g_test_add ("/plans/reports", Fixture, NULL, fixture_set_up, test_reports, fixture_tear_down);
  g_test_add ("/plans/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/plans/history", Fixture, NULL, fixture_set_up, test_history, fixture_tear_down);
  g_test_add ("/plans/overview", Fixture, NULL, fixture_set_up, test_overview, fixture_tear_down);
  g_test_add ("/plans/small-registers", Fixture, NULL, fixture_set_up, test_small_registers,
              fixture_tear_down);

  return g_test_run ();
}
