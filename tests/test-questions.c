/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The influence questions service without a window: a question without a
 * title is refused with a message that says so; the list is in priority
 * order; moves keep the priorities 1..n without gaps or repeats, also when
 * another connection or another process reordered or deleted questions
 * meanwhile; a deletion closes its gap; links of all four kinds read back
 * as SQLite (the sqlite3 program) has them; a report's position on a
 * question is kept with the link; and the history records the links.
 */

#include "config.h"

#include <string.h>

#include "ber-changes.h"
#include "ber-model.h"
#include "ber-questions.h"
#include "ber-test-utils.h"

typedef struct
{
  char         *dir;
  char         *path;
  BerStore     *store;
  BerQuestions *questions;
  gint64        ids[5];
} Fixture;

static const char * const titles[] = {
  "Sammanhållningspolitiken efter 2027",
  "Infrastruktur i norr: Botniska korridoren",
  "Hälso- och sjukvård på distans",
  "Arktisk strategi för EU",
  "Forskning och innovation i glesbygd",
};

static gint64
save_question (Fixture    *f,
               const char *title)
{
  g_autoptr(BerInfluenceQuestion) question = ber_questions_new_question (f->questions);
  g_autoptr(GError) error = NULL;

  g_object_set (question, "title", title, NULL);
  g_assert_true (ber_questions_save (f->questions, question, &error));
  g_assert_no_error (error);
  return ber_record_get_id (BER_RECORD (question));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  f->path = g_strdup (ber_store_get_location (f->store));
  ber_store_set_today (f->store, "2026-03-01");
  ber_store_set_user (f->store, "handlaggare");
  f->questions = ber_questions_new (f->store);
  for (guint i = 0; i < G_N_ELEMENTS (f->ids); i++)
    f->ids[i] = save_question (f, titles[i]);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->questions);
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* What another program sees: the sqlite3 command line tool. */
static char *
sql (Fixture    *f,
     const char *query)
{
  return ber_test_sqlite3 (f->path, query);
}

/* The ids in priority order, as "id id id", read by sqlite3. */
static char *
order_by_sql (Fixture *f)
{
  return sql (f, "SELECT group_concat (id, ' ') FROM "
                 "(SELECT id FROM influence_question ORDER BY priority, id)");
}

static char *
ids_text (Fixture   *f,
          const int *order,
          guint      n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", f->ids[order[i]]);
  return g_string_free (text, FALSE);
}

/* The priorities are 1..n, each once. */
static void
assert_dense (Fixture *f)
{
  ber_assert_take_str (sql (f, "SELECT count(*) = max(priority) AND min(priority) = 1 "
                               "AND count(DISTINCT priority) = count(*) FROM influence_question"),
                       ==, "1");
}

static void
assert_order (Fixture   *f,
              const int *order,
              guint      n)
{
  g_autofree char *expected = ids_text (f, order, n);

  ber_assert_take_str (order_by_sql (f), ==, expected);
  assert_dense (f);
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(BerInfluenceQuestion) question = ber_questions_new_question (f->questions);
  g_autoptr(GError) error = NULL;
  const char *property = NULL;
  const int order[] = { 0, 1, 2, 3, 4 };

  g_assert_cmpstr (ber_influence_question_get_scope (question), ==, "international");
  g_object_set (question, "title", "   ", NULL);
  g_assert_false (ber_questions_check (f->questions, question, &property, &error));
  g_assert_cmpstr (property, ==, "title");
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "needs a title"));
  g_clear_error (&error);
  g_assert_false (ber_questions_save (f->questions, question, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (question)), ==, 0);

  g_object_set (question, "title", "Ny fråga", "year", 1234, NULL);
  g_assert_false (ber_questions_save (f->questions, question, &error));
  g_assert_nonnull (strstr (error->message, "1900 and 2999"));
  g_clear_error (&error);
  ber_assert_take_str (sql (f, "SELECT count(*) FROM influence_question"), ==, "5");
  assert_order (f, order, 5);

  /* A new one goes last; its plan and action plan are kept. */
  g_object_set (question, "year", 2026, "plan", "Regional utvecklingsstrategi",
                "action-plan", "Lyfts i AER:s utskott.", NULL);
  g_assert_true (ber_questions_save (f->questions, question, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ber_influence_question_get_priority (question), ==, 6);
  ber_assert_take_str (sql (f, "SELECT priority || '|' || plan || '|' || action_plan FROM "
                               "influence_question WHERE title = 'Ny fråga'"),
                       ==, "6|Regional utvecklingsstrategi|Lyfts i AER:s utskott.");
  assert_dense (f);
}

static void
test_list_order (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GListModel) list = ber_questions_list (f->questions);
  g_autoptr(GError) error = NULL;

  g_assert_true (ber_questions_move (f->questions, f->ids[4], 1, &error));
  g_assert_no_error (error);
  ber_record_list_reload (BER_RECORD_LIST (list));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);
  g_assert_cmpuint (ber_questions_count (f->questions, NULL), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(BerInfluenceQuestion) q = g_list_model_get_item (list, i);

      g_assert_cmpint (ber_influence_question_get_priority (q), ==, (int) i + 1);
      g_assert_cmpint (ber_record_get_id (BER_RECORD (q)), ==, f->ids[i == 0 ? 4 : i - 1]);
    }
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const int down[] = { 1, 0, 2, 3, 4 };
  const int up_again[] = { 0, 1, 2, 3, 4 };
  const int bottom[] = { 1, 2, 3, 4, 0 };
  const int top[] = { 3, 1, 2, 4, 0 };
  const int clamped[] = { 1, 2, 4, 0, 3 };

  g_assert_true (ber_questions_move (f->questions, f->ids[0], 2, &error));
  assert_order (f, down, 5);
  g_assert_true (ber_questions_move (f->questions, f->ids[0], 1, &error));
  assert_order (f, up_again, 5);
  g_assert_true (ber_questions_move (f->questions, f->ids[0], 5, &error));
  assert_order (f, bottom, 5);
  g_assert_true (ber_questions_move (f->questions, f->ids[3], 1, &error));
  assert_order (f, top, 5);
  /* Past the end is last, 0 is first. */
  g_assert_true (ber_questions_move (f->questions, f->ids[3], 99, &error));
  assert_order (f, clamped, 5);
  g_assert_no_error (error);
  /* Moving to its own place writes nothing. */
  {
    g_autofree char *before = sql (f, "SELECT count(*) FROM history");

    g_assert_true (ber_questions_move (f->questions, f->ids[1], 1, &error));
    ber_assert_take_str (sql (f, "SELECT count(*) FROM history"), ==, before);
  }
}

/* Another connection reorders after this one read the list: the move made
 * here builds on it, and nothing repeats or goes missing. */
static void
test_move_concurrent (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerStore) other_store = ber_store_open_another (f->store, &error);
  g_autoptr(BerQuestions) other = NULL;
  g_autoptr(GListModel) list = ber_questions_list (f->questions);
  g_autoptr(BerInfluenceQuestion) first = NULL;
  const int after_other[] = { 4, 0, 1, 2, 3 };
  const int after_mine[] = { 4, 1, 2, 3, 0 };

  g_assert_no_error (error);
  other = ber_questions_new (other_store);
  /* This window has read the list: question 0 first. */
  first = g_list_model_get_item (list, 0);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (first)), ==, f->ids[0]);

  g_assert_true (ber_questions_move (other, f->ids[4], 1, &error));
  g_assert_no_error (error);
  assert_order (f, after_other, 5);

  /* This window, which still shows 0 first, moves it to the bottom. */
  g_assert_true (ber_questions_move (f->questions, f->ids[0], 5, &error));
  g_assert_no_error (error);
  assert_order (f, after_mine, 5);

  /* Another program deletes a question, as a colleague's would. */
  {
    const int after_peer[] = { 1, 2, 3, 0 };
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->ids[4]);
    const char *argv[] = { g_getenv ("BEREDNING_TEST_PEER"), f->path, "kollega", "delete",
                           "influence_question", id, NULL };
    int status = 0;

    g_assert_nonnull (argv[0]);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                                 NULL, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    /* The other program deleted the first question without renumbering:
     * a gap at 1. The next move here closes it. */
    ber_assert_take_str (sql (f, "SELECT min(priority) FROM influence_question"), ==, "2");
    g_assert_true (ber_questions_move (f->questions, f->ids[0], 4, &error));
    g_assert_no_error (error);
    assert_order (f, after_peer, 4);

    /* Moving the deleted one says so, and changes nothing. */
    g_assert_false (ber_questions_move (f->questions, f->ids[4], 1, &error));
    g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    assert_order (f, after_peer, 4);
  }
}

static BerInfluenceQuestion *
load_question (Fixture *f,
               gint64   id)
{
  g_autoptr(GError) error = NULL;
  BerRecord *record = ber_record_load (BER_TYPE_INFLUENCE_QUESTION, f->store, id, &error);

  g_assert_no_error (error);
  return BER_INFLUENCE_QUESTION (record);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(BerInfluenceQuestion) question = NULL;
  g_autoptr(GError) error = NULL;
  const int order[] = { 0, 2, 3, 4 };

  question = load_question (f, f->ids[1]);
  g_assert_no_error (error);
  g_assert_true (ber_questions_delete (f->questions, question, &error));
  g_assert_no_error (error);
  assert_order (f, order, 4);
}

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

/* The ids of @model's records, as "id id". */
static char *
model_ids (GListModel *model)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BerRecord) record = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                              ber_record_get_id (record));
    }
  return g_string_free (text, FALSE);
}

static void
test_links (Fixture       *f,
            gconstpointer  data)
{
  const char *tables[] = { "network_influence_question", "item_influence_question",
                           "event_influence_question", "report_influence_question" };
  const char *columns[] = { "network_id", "item_id", "event_id", "report_id" };
  g_autoptr(GError) error = NULL;
  gint64 body, person, network, item, event, report;
  gint64 record[4];

  body = insert (f, "body", ber_store_values ("name", g_variant_new_string ("Regionstyrelsen"),
                                              NULL));
  person = insert (f, "person", ber_store_values ("name", g_variant_new_string ("Anna Lind"),
                                                  "kind", g_variant_new_string ("elected"),
                                                  NULL));
  network = insert (f, "network", ber_store_values ("name", g_variant_new_string ("AER"), NULL));
  item = insert (f, "item", ber_store_values ("title", g_variant_new_string ("Inbjudan"),
                                              "received_on", g_variant_new_string ("2026-02-01"),
                                              NULL));
  event = insert (f, "forum_event",
                  ber_store_values ("network_id", g_variant_new_int64 (network),
                                    "title", g_variant_new_string ("AER:s generalförsamling"),
                                    "starts_on", g_variant_new_string ("2026-02-10"), NULL));
  report = insert (f, "report", ber_store_values ("event_id", g_variant_new_int64 (event),
                                                  "person_id", g_variant_new_int64 (person),
                                                  "body_id", g_variant_new_int64 (body),
                                                  "due_on", g_variant_new_string ("2026-03-10"),
                                                  NULL));
  record[0] = network;
  record[1] = item;
  record[2] = event;
  record[3] = report;

  for (guint k = 0; k < BER_QUESTION_N_LINK_KINDS; k++)
    {
      g_autoptr(GListModel) linked = NULL;
      g_autoptr(GListModel) questions = NULL;
      g_autofree char *query = NULL;
      g_autofree char *by_sql = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *record_text = g_strdup_printf ("%" G_GINT64_FORMAT, record[k]);

      /* Linked to questions 3 and 1 (in that order), twice to 3. */
      g_assert_true (ber_questions_link (f->questions, k, record[k], f->ids[3], TRUE, &error));
      g_assert_true (ber_questions_link (f->questions, k, record[k], f->ids[1], TRUE, &error));
      g_assert_true (ber_questions_link (f->questions, k, record[k], f->ids[3], TRUE, &error));
      g_assert_no_error (error);

      query = g_strdup_printf ("SELECT group_concat (influence_question_id, ' ') FROM "
                               "(SELECT q.id AS influence_question_id FROM %s AS l JOIN "
                               "influence_question AS q ON q.id = l.influence_question_id "
                               "WHERE %s = %" G_GINT64_FORMAT " ORDER BY q.priority)",
                               tables[k], columns[k], record[k]);
      by_sql = sql (f, query);
      expected = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, f->ids[1], f->ids[3]);
      g_assert_cmpstr (by_sql, ==, expected);
      questions = ber_questions_list_for (f->questions, k, record[k], &error);
      g_assert_no_error (error);
      ber_assert_take_str (model_ids (questions), ==, expected);

      linked = ber_questions_list_linked (f->questions, f->ids[3], k, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (linked), ==, 1);
      g_assert_true (g_type_is_a (g_list_model_get_item_type (linked),
                                  ber_questions_link_type (k)));
      ber_assert_take_str (model_ids (linked), ==, record_text);

      /* Unlinking 3 leaves 1. */
      g_assert_true (ber_questions_link (f->questions, k, record[k], f->ids[3], FALSE, &error));
      g_assert_no_error (error);
      g_clear_pointer (&by_sql, g_free);
      by_sql = sql (f, query);
      g_clear_pointer (&expected, g_free);
      expected = g_strdup_printf ("%" G_GINT64_FORMAT, f->ids[1]);
      g_assert_cmpstr (by_sql, ==, expected);
    }

  /* A record that is not saved cannot be linked. */
  g_assert_false (ber_questions_link (f->questions, BER_QUESTION_LINK_ITEM, 0, f->ids[0], TRUE,
                                      &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The report's position on question 1, and on 2 without a link first. */
  ber_assert_take_str (ber_questions_get_position (f->questions, report, f->ids[1], NULL), ==, "");
  g_assert_true (ber_questions_set_position (f->questions, report, f->ids[1],
                                             "  Regionen stödde AER:s yttrande.  ", &error));
  g_assert_true (ber_questions_set_position (f->questions, report, f->ids[2],
                                             "Avstod.", &error));
  g_assert_no_error (error);
  ber_assert_take_str (ber_questions_get_position (f->questions, report, f->ids[1], NULL), ==,
                       "Regionen stödde AER:s yttrande.");
  {
    g_autofree char *query = g_strdup_printf ("SELECT group_concat (position, '|') FROM "
                                              "(SELECT position FROM report_influence_question "
                                              "WHERE report_id = %" G_GINT64_FORMAT
                                              " ORDER BY influence_question_id)", report);

    ber_assert_take_str (sql (f, query), ==, "Regionen stödde AER:s yttrande.|Avstod.");
  }
  /* The report's history has its links, and the positions written. */
  {
    g_autofree char *links_query = g_strdup_printf (
      "SELECT count(*) FROM history WHERE table_name = 'report_influence_question' "
      "AND row_id = %" G_GINT64_FORMAT " AND json_extract (changes, '$.linked') = 1", report);

    /* 3 and 1 linked, 3 again (no change but recorded), 2 by its position. */
    ber_assert_take_str (sql (f, links_query), ==, "4");
    ber_assert_take_str (sql (f, "SELECT count(*) FROM history WHERE table_name = "
                                 "'report_influence_question' AND json_extract (changes, "
                                 "'$.position') IN ('Regionen stödde AER:s yttrande.', "
                                 "'Avstod.')"),
                         ==, "2");
  }

  /* Deleting a question takes its links with it. */
  {
    g_autoptr(BerInfluenceQuestion) question = load_question (f, f->ids[1]);

    g_assert_true (ber_questions_delete (f->questions, question, &error));
    g_assert_no_error (error);
    ber_assert_take_str (sql (f, "SELECT (SELECT count(*) FROM network_influence_question) + "
                                 "(SELECT count(*) FROM item_influence_question) + "
                                 "(SELECT count(*) FROM event_influence_question) + "
                                 "(SELECT count(*) FROM report_influence_question)"),
                         ==, "1");
  }
}

/* The history of a network and of a report names the question linked. */
static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 network = insert (f, "network", ber_store_values ("name",
                                                           g_variant_new_string ("CPMR"), NULL));
  g_autofree char *query = NULL;

  g_assert_true (ber_questions_link (f->questions, BER_QUESTION_LINK_NETWORK, network, f->ids[2],
                                     TRUE, &error));
  g_assert_true (ber_questions_link (f->questions, BER_QUESTION_LINK_NETWORK, network, f->ids[2],
                                     FALSE, &error));
  g_assert_no_error (error);
  query = g_strdup_printf ("SELECT group_concat (changed_by || ':' || "
                           "json_extract (changes, '$.influence_question_id') || ':' || "
                           "json_extract (changes, '$.linked'), ' ') FROM history WHERE "
                           "table_name = 'network_influence_question' AND row_id = %"
                           G_GINT64_FORMAT, network);
  {
    g_autofree char *expected = g_strdup_printf ("handlaggare:%" G_GINT64_FORMAT ":1 "
                                                 "handlaggare:%" G_GINT64_FORMAT ":0",
                                                 f->ids[2], f->ids[2]);

    ber_assert_take_str (sql (f, query), ==, expected);
  }
  /* A move is in the history of the questions it renumbered. */
  g_assert_true (ber_questions_move (f->questions, f->ids[0], 2, &error));
  g_assert_no_error (error);
  ber_assert_take_str (sql (f, "SELECT count(*) FROM history WHERE table_name = "
                               "'influence_question' AND action = 'update' AND "
                               "json_extract (changes, '$.priority') IS NOT NULL"),
                       ==, "2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/questions/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("create", test_create);
  ADD ("list-order", test_list_order);
  ADD ("move", test_move);
  ADD ("move-concurrent", test_move_concurrent);
  ADD ("delete", test_delete);
  ADD ("links", test_links);
  ADD ("history", test_history);

  return g_test_run ();
}
