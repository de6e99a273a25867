/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The search over everything: every kind of record and every text of it
 * (the four parts of a returned report too) is found by the start of its
 * words, å, ä and ö are letters of their own, nothing typed is an error,
 * the index follows every write (by the services, by another process, by
 * the sqlite3 tool), a search can be cancelled, and a register of schema 5
 * gets its index filled when it is migrated.
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "ber-backup.h"
#include "ber-context.h"
#include "ber-model.h"
#include "ber-networks.h"
#include "ber-search.h"
#include "ber-test-utils.h"

typedef struct
{
  char     *dir;
  BerStore *store;
  gint64    item, meeting, entry, network, person, report;
} Fixture;

#define V_STR(s) g_variant_new_string (s)
#define V_INT(i) g_variant_new_int64 (i)

static gint64
insert (BerStore   *store,
        const char *table,
        GVariant   *values)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (store, table, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
fill (Fixture *f)
{
  gint64 body, event;

  body = insert (f->store, "body", ber_store_values ("name", V_STR ("Regionstyrelsen"), NULL));
  f->person = insert (f->store, "person",
                      ber_store_values ("name", V_STR ("Åsa Lindqvist"),
                                        "party", V_STR ("S"),
                                        "notes", V_STR ("Får besked om uppdraget i maj"), NULL));
  f->item = insert (f->store, "item",
                    ber_store_values ("title", V_STR ("Sammanhållningspolitikens framtid"),
                                      "received_on", V_STR ("2026-11-02"),
                                      "type", V_STR ("eu-consultation"),
                                      "description", V_STR ("Kommissionens samråd om regionalpolitiken"),
                                      "assessment", V_STR ("Besvaras genom Europaforum Norra Sverige"),
                                      NULL));
  f->meeting = insert (f->store, "meeting",
                       ber_store_values ("body_id", V_INT (body),
                                         "held_on", V_STR ("2026-11-23"),
                                         "place", V_STR ("Luleå, regionhuset"),
                                         "notes", V_STR ("Lunch serveras i Tornedalssalen"), NULL));
  f->entry = insert (f->store, "agenda_entry",
                     ber_store_values ("meeting_id", V_INT (f->meeting),
                                       "position", V_INT (1),
                                       "kind", V_STR ("information"),
                                       "title", V_STR ("Vänortsbesök från Tromsø"),
                                       "decision", V_STR ("noted"),
                                       "decision_note", V_STR ("Informationen antecknas"), NULL));
  insert (f->store, "clause", ber_store_values ("agenda_entry_id", V_INT (f->entry),
                                                "position", V_INT (1),
                                                "text", V_STR ("att bjuda in delegationen till Kiruna"),
                                                NULL));
  insert (f->store, "statement", ber_store_values ("agenda_entry_id", V_INT (f->entry),
                                                   "author", V_STR ("Örjan Björklund (M)"),
                                                   "text", V_STR ("Protokollsanteckning om kostnaderna"),
                                                   NULL));
  f->network = insert (f->store, "network",
                       ber_store_values ("name", V_STR ("Assembly of European Regions"),
                                         "acronym", V_STR ("AER"),
                                         "description", V_STR ("Det enda forum som behandlar hälsofrågor"),
                                         "contact", V_STR ("generalsekreteraren"), NULL));
  event = insert (f->store, "forum_event",
                  ber_store_values ("network_id", V_INT (f->network),
                                    "title", V_STR ("Generalförsamlingen i Bryssel"),
                                    "starts_on", V_STR ("2026-10-14"), NULL));
  f->report = insert (f->store, "report",
                      ber_store_values ("person_id", V_INT (f->person),
                                        "body_id", V_INT (body),
                                        "event_id", V_INT (event),
                                        "due_on", V_STR ("2026-11-01"),
                                        "subject_areas", V_STR ("Kustbevakning och sjöräddning"),
                                        "positions", V_STR ("Fiskerinäringens villkor försvarades"),
                                        "continued_work", V_STR ("Arbetsgruppen för glesbygdsmedicin"),
                                        "home_work", V_STR ("Hemmaplansseminarium i Haparanda"),
                                        NULL));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  fill (f);
}

/* Lets the last reference to @object go; a search thread may hold one a
 * moment after its result came back. */
static void
assert_let_go (gpointer object)
{
  gpointer weak = object;
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  g_object_add_weak_pointer (object, &weak);
  g_object_unref (object);
  while (weak != NULL && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_null (weak);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  assert_let_go (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static GPtrArray *
search (BerStore   *store,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = ber_store_search_all (store, text, 10, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

/* Whether searching @text finds the record @id of @kind. */
static gboolean
finds (BerStore   *store,
       const char *text,
       const char *kind,
       gint64      id)
{
  g_autoptr(GPtrArray) rows = search (store, text);

  for (guint i = 0; i < rows->len; i++)
    {
      const char *row_kind = NULL;
      gint64 row_id = 0;

      g_assert_true (g_variant_lookup (g_ptr_array_index (rows, i), "kind", "&s", &row_kind));
      g_assert_true (g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &row_id));
      if (g_str_equal (row_kind, kind) && row_id == id)
        return TRUE;
    }
  return FALSE;
}

static guint
n_found (BerStore   *store,
         const char *text)
{
  g_autoptr(GPtrArray) rows = search (store, text);

  return rows->len;
}

static void
test_every_kind (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = NULL;
  const char *text = NULL;
  gint64 meeting_id = 0;

  /* Each kind by its title and by the rest of its text. */
  g_assert_true (finds (f->store, "sammanhållningspolitikens", "item", f->item));
  g_assert_true (finds (f->store, "europaforum", "item", f->item));
  g_assert_true (finds (f->store, "regionstyrelsen", "meeting", f->meeting));
  g_assert_true (finds (f->store, "tornedalssalen", "meeting", f->meeting));
  g_assert_true (finds (f->store, "tromsø", "agenda-entry", f->entry));
  g_assert_true (finds (f->store, "tromsø", "decision", f->entry));
  g_assert_true (finds (f->store, "kiruna", "decision", f->entry));
  g_assert_true (finds (f->store, "björklund", "decision", f->entry));
  g_assert_true (finds (f->store, "antecknas", "decision", f->entry));
  g_assert_false (finds (f->store, "kiruna", "agenda-entry", f->entry));
  g_assert_true (finds (f->store, "AER", "network", f->network));
  g_assert_true (finds (f->store, "hälsofrågor", "network", f->network));
  g_assert_true (finds (f->store, "lindqvist", "person", f->person));
  g_assert_true (finds (f->store, "lindqvist", "report", f->report));
  g_assert_true (finds (f->store, "generalförsamlingen", "report", f->report));

  /* The four parts of a returned report. */
  g_assert_true (finds (f->store, "kustbevakning", "report", f->report));
  g_assert_true (finds (f->store, "fiskerinäringens", "report", f->report));
  g_assert_true (finds (f->store, "glesbygdsmedicin", "report", f->report));
  g_assert_true (finds (f->store, "haparanda", "report", f->report));

  /* Grouped by kind, in order; the matches marked; the meeting given. */
  rows = search (f->store, "tromsø");
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_true (g_variant_lookup (g_ptr_array_index (rows, 0), "kind", "&s", &text));
  g_assert_cmpstr (text, ==, "agenda-entry");
  g_assert_true (g_variant_lookup (g_ptr_array_index (rows, 1), "kind", "&s", &text));
  g_assert_cmpstr (text, ==, "decision");
  g_assert_true (g_variant_lookup (g_ptr_array_index (rows, 1), "title", "&s", &text));
  g_assert_cmpstr (text, ==, "Vänortsbesök från " BER_STORE_MATCH_START "Tromsø" BER_STORE_MATCH_END);
  g_assert_true (g_variant_lookup (g_ptr_array_index (rows, 1), "meeting_id", "x", &meeting_id));
  g_assert_cmpint (meeting_id, ==, f->meeting);
  g_clear_pointer (&rows, g_ptr_array_unref);

  rows = search (f->store, "haparanda");
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (g_variant_lookup (g_ptr_array_index (rows, 0), "snippet", "&s", &text));
  g_assert_nonnull (strstr (text, BER_STORE_MATCH_START "Haparanda" BER_STORE_MATCH_END));
  g_assert_null (strchr (text, '\n'));
}

static void
test_prefixes_and_letters (Fixture       *f,
                           gconstpointer  data)
{
  /* The start of a word, in any case. */
  g_assert_true (finds (f->store, "samman", "item", f->item));
  g_assert_true (finds (f->store, "SAMMANH", "item", f->item));
  g_assert_true (finds (f->store, "sa", "item", f->item));
  g_assert_false (finds (f->store, "hållning", "item", f->item));

  /* Every word, each the start of one. */
  g_assert_true (finds (f->store, "åsa lind", "person", f->person));
  g_assert_true (finds (f->store, "lind ÅSA", "person", f->person));
  g_assert_false (finds (f->store, "åsa andersson", "person", f->person));

  /* å, ä and ö are letters of their own: "far" is not "får", "asa" not "åsa". */
  g_assert_true (finds (f->store, "får", "person", f->person));
  g_assert_true (finds (f->store, "FÅR", "person", f->person));
  g_assert_false (finds (f->store, "far", "person", f->person));
  g_assert_false (finds (f->store, "asa", "person", f->person));
  g_assert_true (finds (f->store, "vänort", "agenda-entry", f->entry));
  g_assert_false (finds (f->store, "vanort", "agenda-entry", f->entry));
  g_assert_cmpuint (n_found (f->store, "lulea"), ==, 0);
  g_assert_true (finds (f->store, "luleå", "meeting", f->meeting));
}

/* Nothing typed is query syntax, and none of it is an error. */
static void
test_malformed (Fixture       *f,
                gconstpointer  data)
{
  const char *inputs[] = {
    "", " ", "\"", "\"\"", "*", "**", "AND", "OR", "NOT", "NEAR", "NEAR(", "(", ")", "()",
    "-", "--", "^", ":", "title:", "{title}", "+", "\\", "'", "samman\"", "\"samman",
    "samman AND (", "samman OR", "NOT samman", "samman -framtid", "\"samman\"*", "*samman",
    "samman*", "åsa*", "kind : item", "rank MATCH 'x'", "\t\n", "\xf0\x9f\x98\x80", "a\"b\"c",
    "AND OR NOT", ")(", "samman)", "x:y:z", "%", "_", "\xff\xfe", NULL,
  };

  for (guint i = 0; inputs[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = ber_store_search_all (f->store, inputs[i], 10, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (rows);
    }

  /* Words among the marks are still found. */
  g_assert_true (finds (f->store, "\"samman", "item", f->item));
  g_assert_true (finds (f->store, "samman*", "item", f->item));
  g_assert_true (finds (f->store, "(samman)", "item", f->item));
  g_assert_true (finds (f->store, "samman -", "item", f->item));
  g_assert_cmpuint (n_found (f->store, "AND"), ==, 0);
  g_assert_cmpuint (n_found (f->store, "*"), ==, 0);
}

static void
run_sqlite3 (const char *path,
             const char *sql)
{
  g_free (ber_test_sqlite3 (path, sql));
}

/* The index follows the services' writes, and those of any other program. */
static void
test_follows_writes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BerContext) context = ber_context_new (f->store);
  BerNetworks *networks = ber_context_get_networks (context);
  g_autoptr(BerNetwork) network = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = ber_store_get_location (f->store);
  g_autofree char *sql = NULL;

  /* Through a service. */
  network = ber_context_load (context, BER_TYPE_NETWORK, f->network, &error);
  g_assert_no_error (error);
  g_object_set (network, "description", "Östersjösamarbete och hälsa", NULL);
  g_assert_true (ber_networks_save (networks, network, &error));
  g_assert_no_error (error);
  g_assert_true (finds (f->store, "östersjö", "network", f->network));
  g_assert_false (finds (f->store, "forum", "network", f->network));
  g_assert_true (finds (f->store, "AER", "network", f->network));

  /* A renamed person renames the reports' titles. */
  ber_store_update (f->store, "person", f->person,
                    ber_store_values ("name", V_STR ("Åsa Nilsson"), NULL), &error);
  g_assert_no_error (error);
  g_assert_true (finds (f->store, "nilsson", "report", f->report));
  g_assert_false (finds (f->store, "lindqvist", "report", f->report));
  g_assert_false (finds (f->store, "lindqvist", "person", f->person));

  /* Through another process, with the sqlite3 tool. */
  sql = g_strdup_printf ("UPDATE report SET home_work = 'Seminarium i Pajala' "
                         "WHERE id = %" G_GINT64_FORMAT ";"
                         "INSERT INTO person (name, notes) VALUES ('Pekka Jänkälä', 'Tornedalen');"
                         "UPDATE clause SET text = 'att bjuda in delegationen till Gällivare';"
                         "DELETE FROM statement;", f->report);
  run_sqlite3 (path, sql);
  g_assert_true (finds (f->store, "pajala", "report", f->report));
  g_assert_false (finds (f->store, "haparanda", "report", f->report));
  g_assert_cmpuint (n_found (f->store, "jänkälä"), ==, 1);
  g_assert_true (finds (f->store, "gällivare", "decision", f->entry));
  g_assert_false (finds (f->store, "kiruna", "decision", f->entry));
  g_assert_false (finds (f->store, "björklund", "decision", f->entry));

  /* Deleted, by the service and by the tool. */
  g_clear_object (&network);
  network = ber_context_load (context, BER_TYPE_NETWORK,
                              insert (f->store, "network",
                                      ber_store_values ("name", V_STR ("Eurochild"),
                                                        "description", V_STR ("Barnrättsfrågor"),
                                                        NULL)),
                              &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_found (f->store, "barnrätt"), ==, 1);
  g_assert_true (ber_networks_delete (networks, network, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_found (f->store, "barnrätt"), ==, 0);
  run_sqlite3 (path, "PRAGMA foreign_keys = ON; DELETE FROM agenda_entry; DELETE FROM item;");
  g_assert_cmpuint (n_found (f->store, "tromsø"), ==, 0);
  g_assert_cmpuint (n_found (f->store, "samman"), ==, 0);
  g_assert_true (ber_store_check_integrity (f->store, &error));
  g_assert_no_error (error);
}

static void
on_searching (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *n_done = user_data;

  if (!ber_search_get_searching (BER_SEARCH (object)))
    (*n_done)++;
}

static void
wait_for_search (BerSearch *search,
                 guint     *n_done)
{
  guint before = *n_done;
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (*n_done == before && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (*n_done, ==, before + 1);
}

/* The model's search: in a thread, each search leaving the one before. */
static void
test_model (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(BerContext) context = ber_context_new (f->store);
  BerSearch *search = ber_context_get_search (context);
  GListModel *results = ber_search_get_results (search);
  g_autoptr(BerSearchResult) first = NULL;
  g_autoptr(BerSearchResult) last = NULL;
  g_autofree char *plain = NULL;
  guint n_done = 0;

  g_signal_connect (search, "notify::searching", G_CALLBACK (on_searching), &n_done);

  /* Typing on: only the last text's results arrive. */
  ber_search_set_text (search, "t");
  ber_search_set_text (search, "tr");
  ber_search_set_text (search, "tromsø");
  g_assert_true (ber_search_get_searching (search));
  wait_for_search (search, &n_done);
  g_assert_cmpstr (ber_search_get_text (search), ==, "tromsø");
  g_assert_null (ber_search_get_error (search));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);

  first = g_list_model_get_item (results, 0);
  last = g_list_model_get_item (results, 1);
  g_assert_cmpint (ber_search_result_get_kind (first), ==, BER_SEARCH_KIND_AGENDA_ENTRY);
  g_assert_cmpint (ber_search_result_get_kind (last), ==, BER_SEARCH_KIND_DECISION);
  g_assert_true (ber_search_result_get_record_type (last) == BER_TYPE_AGENDA_ENTRY);
  g_assert_cmpint (ber_search_result_get_id (last), ==, f->entry);
  g_assert_cmpint (ber_search_result_get_meeting_id (last), ==, f->meeting);
  plain = ber_search_result_get_plain_title (last);
  g_assert_cmpstr (plain, ==, "Vänortsbesök från Tromsø");

  ber_search_set_text (search, "lindqvist");
  wait_for_search (search, &n_done);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  g_clear_object (&first);
  first = g_list_model_get_item (results, 0);
  g_assert_true (ber_search_result_get_record_type (first) == BER_TYPE_PERSON);

  ber_search_set_text (search, "\"");
  wait_for_search (search, &n_done);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_assert_null (ber_search_get_error (search));

  g_clear_object (&first);
  g_clear_object (&last);

  /* The searches left behind end in their threads, and let the context go. */
  assert_let_go (g_steal_pointer (&context));
}

static void
on_found (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* A cancelled search stops with G_IO_ERROR_CANCELLED, in the store and
 * in the model. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(BerContext) context = ber_context_new (f->store);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GListModel) found = NULL;

  g_cancellable_cancel (cancellable);
  rows = ber_store_search_all (f->store, "samman", 10, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (rows);
  g_clear_error (&error);

  /* The store's connection is usable after it. */
  g_assert_true (finds (f->store, "samman", "item", f->item));

  g_cancellable_reset (cancellable);
  ber_search_find_async (ber_context_get_search (context), "samman", 10, cancellable,
                         on_found, &result);
  g_cancellable_cancel (cancellable);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  found = ber_search_find_finish (ber_context_get_search (context), result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (found);
}

static void
sqlite_exec (const char *path,
             const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* What schemas 6, 10 and 11 made, as DROP statements: a register of schema 5
 * again (7 to 9 only replace indexes and views). */
static char *
schema_5_sql (const char *path)
{
  g_autoptr(GString) sql = g_string_new ("BEGIN;");
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT type, name FROM sqlite_schema "
                                           "WHERE type IN ('trigger', 'view') "
                                           "AND (name LIKE 'global\\_search%' ESCAPE '\\' "
                                           "OR name LIKE 'search\\_source\\_%' ESCAPE '\\')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (sql, "DROP %s \"%s\";",
                            g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "view")
                            ? "VIEW" : "TRIGGER",
                            (const char *) sqlite3_column_text (stmt, 1));
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  /* Schema 16's yearly report: its views read columns and tables that the
   * statements below drop, which SQLite checks, so they go first. */
  g_string_append (sql, "DROP VIEW yearly_item_day; DROP VIEW yearly_meeting_day;"
                        "DROP VIEW yearly_report_day; DROP VIEW yearly_event;"
                        "DROP VIEW yearly_membership; DROP VIEW yearly_review;"
                        "DROP VIEW yearly_fee; DROP VIEW yearly_assignment;"
                        "DROP VIEW yearly_question_activity; DROP VIEW yearly_question_network;"
                        "DROP INDEX item_routed_received_idx; DROP INDEX report_body_due_idx;"
                        "DROP INDEX report_event_idx;");
  /* Schema 10's and 11's keys of names and indexes, added again on the way up. */
  g_string_append (sql, "DROP TRIGGER item_name_keys_insert; DROP TRIGGER item_subject_area_key;"
                        "DROP TRIGGER item_routed_body_key; DROP TRIGGER item_case_officer_key;"
                        "DROP TRIGGER subject_area_item_keys; DROP TRIGGER body_item_keys;"
                        "DROP TRIGGER person_item_keys; DROP INDEX item_subject_area_order_idx;"
                        "DROP INDEX item_routed_body_order_idx;"
                        "DROP INDEX item_case_officer_order_idx; DROP INDEX item_case_officer_idx;"
                        "DROP TRIGGER item_version;"
                        "CREATE TRIGGER item_version AFTER UPDATE ON item "
                        "WHEN new.version = old.version BEGIN "
                        "UPDATE item SET version = old.version + 1 WHERE id = new.id; END;"
                        "ALTER TABLE item DROP COLUMN subject_area_key;"
                        "ALTER TABLE item DROP COLUMN routed_body_key;"
                        "ALTER TABLE item DROP COLUMN case_officer_key;"
                        "DROP TRIGGER network_body_key_insert; DROP TRIGGER network_body_key;"
                        "DROP TRIGGER body_network_keys; DROP INDEX network_body_order_idx;"
                        "DROP INDEX network_acronym_order_idx; DROP INDEX network_kind_idx;"
                        "DROP INDEX network_review_order_idx; DROP INDEX network_body_idx;"
                        "DROP INDEX person_kind_idx; DROP INDEX person_party_idx;"
                        "DROP INDEX person_department_idx; DROP INDEX person_email_order_idx;"
                        "DROP INDEX person_phone_idx; DROP TRIGGER network_version;"
                        "CREATE TRIGGER network_version AFTER UPDATE ON network "
                        "WHEN new.version = old.version BEGIN "
                        "UPDATE network SET version = old.version + 1 WHERE id = new.id; END;"
                        "ALTER TABLE network DROP COLUMN responsible_body_key;"
                        /* Schema 12's organisation and papers. */
                        "DROP TABLE organisation; ALTER TABLE item DROP COLUMN paper_date;"
                        "ALTER TABLE item DROP COLUMN secrecy_ground;"
                        "ALTER TABLE meeting DROP COLUMN secretary_id;"
                        /* Schema 13's motions and votes. */
                        "DROP INDEX history_time_idx; DROP INDEX history_user_idx;"
                        "ALTER TABLE statement DROP COLUMN motion_id;"
                        "ALTER TABLE agenda_entry DROP COLUMN adopted_motion_id;"
                        "ALTER TABLE agenda_entry DROP COLUMN voted;"
                        "ALTER TABLE agenda_entry DROP COLUMN vote_yes_motion_id;"
                        "ALTER TABLE agenda_entry DROP COLUMN vote_no_motion_id;"
                        "DROP TABLE vote; DROP TABLE motion;"
                        /* Schema 14's influence questions. */
                        "DROP TABLE report_influence_question; DROP TABLE event_influence_question;"
                        "DROP INDEX influence_question_priority_idx;"
                        "DROP INDEX item_influence_question_question_idx;"
                        "DROP INDEX network_influence_question_question_idx;"
                        "ALTER TABLE influence_question DROP COLUMN plan;"
                        "ALTER TABLE influence_question DROP COLUMN action_plan;"
                        /* Schema 15's overview. */
                        "DROP VIEW overview_reply; DROP VIEW overview_reply_due;"
                        "DROP VIEW overview_meeting;"
                        "DROP INDEX item_open_reply_idx; DROP INDEX clause_open_idx;"
                        /* Schema 16's yearly report: dropped first, above. */);
  g_string_append (sql, "DROP TABLE global_search; PRAGMA user_version = 5; COMMIT;");
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* A register of schema 5 is migrated, and its index filled from its rows. */
static void
test_migrate_from_schema_5 (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = g_strdup (ber_store_get_location (f->store));
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  sql = schema_5_sql (path);
  sqlite_exec (path, sql);

  f->store = ber_backup_open_register (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ber_store_get_schema_version (f->store), ==, BER_STORE_SCHEMA_VERSION);
  g_assert_true (finds (f->store, "samman", "item", f->item));
  g_assert_true (finds (f->store, "tornedalssalen", "meeting", f->meeting));
  g_assert_true (finds (f->store, "kiruna", "decision", f->entry));
  g_assert_true (finds (f->store, "haparanda", "report", f->report));
  g_assert_true (finds (f->store, "åsa", "person", f->person));
  g_assert_true (finds (f->store, "aer", "network", f->network));
  g_assert_true (ber_store_check_integrity (f->store, &error));
  g_assert_no_error (error);
}

/*
 * Another tool drops a trigger of the index and writes past it: opening
 * the register puts the trigger back and fills the index again.
 */
static void
test_repaired (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_strdup (ber_store_get_location (f->store));
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->store);
  sqlite_exec (path, "DROP TRIGGER global_search_item_update;"
                     "UPDATE item SET title = 'Konsultation om hållbar turism';");

  f->store = ber_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (finds (f->store, "turism", "item", f->item));
  g_assert_false (finds (f->store, "samman", "item", f->item));
  g_assert_true (finds (f->store, "tromsø", "decision", f->entry));

  ber_store_update (f->store, "item", f->item,
                    ber_store_values ("title", V_STR ("Konsultation om kollektivtrafik"), NULL),
                    &error);
  g_assert_no_error (error);
  g_assert_true (finds (f->store, "kollektiv", "item", f->item));
  g_assert_false (finds (f->store, "turism", "item", f->item));
}

static GLogWriterOutput
quiet_messages (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  /* The repair says what it rebuilt; that is expected here. */
  if (level & G_LOG_LEVEL_MESSAGE)
    return G_LOG_WRITER_HANDLED;
  return g_log_writer_default (level, fields, n_fields, user_data);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (quiet_messages, NULL, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/search/every-kind", test_every_kind);
  ADD ("/search/prefixes-and-letters", test_prefixes_and_letters);
  ADD ("/search/malformed", test_malformed);
  ADD ("/search/follows-writes", test_follows_writes);
  ADD ("/search/model", test_model);
  ADD ("/search/cancel", test_cancel);
  ADD ("/search/migrate-from-schema-5", test_migrate_from_schema_5);
  ADD ("/search/repaired", test_repaired);
#undef ADD

  return g_test_run ();
}
