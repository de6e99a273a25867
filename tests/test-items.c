/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The items service without a display: the list a view filters (criteria,
 * search, orders, the due count), an item saved with its proposal,
 * documents and links in one transaction (and nothing of it when a part is
 * refused), links written only where they changed, a colleague's change to
 * the same field, the lists of an item's page, its rules, the workflow and
 * the routing help.
 */

#include "config.h"

#include <glib.h>
#include <string.h>
#include <sqlite3.h>

#include "ber-agenda-export.h"
#include "ber-csv.h"
#include "ber-items.h"
#include "ber-model.h"
#include "ber-test-utils.h"

typedef struct
{
  char     *dir;
  BerStore *store;
  BerItems *items;
  gint64    rs, run;
  gint64    area;
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

static gint64
add_item (Fixture    *f,
          const char *title,
          const char *type,
          const char *status,
          const char *received_on,
          const char *reply_by,
          gint64      routed_body_id)
{
  return insert (f, "item",
                 ber_store_values ("title", g_variant_new_string (title),
                                   "type", g_variant_new_string (type),
                                   "status", g_variant_new_string (status),
                                   "received_on", g_variant_new_string (received_on),
                                   "reply_by", ber_store_text_or_null (reply_by),
                                   "routed_body_id", ber_store_id_or_null (routed_body_id),
                                   NULL));
}

static guint
count_rows (Fixture    *f,
            const char *table,
            const char *column,
            gint64      id)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  guint n = 0;

  ber_query_add_condition (query, column, BER_QUERY_EQ, g_variant_new_int64 (id));
  g_assert_true (ber_store_count (f->store, query, &n, NULL));
  return n;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  ber_store_set_today (f->store, "2026-11-23");
  ber_store_set_user (f->store, "anna");
  f->items = ber_items_new (f->store);
  f->rs = insert (f, "body", ber_store_values ("name", g_variant_new_string ("Regionstyrelsen"),
                                               "short_name", g_variant_new_string ("RS"),
                                               "agenda_deadline_days", g_variant_new_int64 (14),
                                               NULL));
  f->run = insert (f, "body",
                   ber_store_values ("name", g_variant_new_string ("Regionala utvecklingsnämnden"),
                                     "short_name", g_variant_new_string ("RUN"),
                                     "agenda_deadline_days", g_variant_new_int64 (12), NULL));
  f->area = insert (f, "subject_area",
                    ber_store_values ("name", g_variant_new_string ("Regional utveckling"), NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->items);
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The register of items */

static gint64
id_at (GListModel *list,
       guint       position)
{
  g_autoptr(BerRecord) record = g_list_model_get_item (list, position);

  return ber_record_get_id (record);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  gint64 overdue = add_item (f, "Inbjudan till Östersjödagarna", "invitation", "received",
                             "2026-10-01", "2026-11-01", f->rs);
  gint64 soon = add_item (f, "EU-samråd om sammanhållningspolitiken", "eu-consultation",
                          "assessed", "2026-11-02", "2026-12-01", f->run);
  gint64 later = add_item (f, "Remiss om kollektivtrafiken", "referral", "received",
                           "2026-11-10", "2027-03-01", f->run);
  gint64 closed = add_item (f, "Information om budgeten", "information", "decided",
                            "2026-09-01", "2026-10-01", 0);
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(BerListFilter) copy = NULL;
  g_autoptr(GListModel) list = ber_items_list (f->items, filter);
  g_autoptr(GListModel) copied = NULL;
  g_autoptr(GError) error = NULL;
  guint n_due = 0;

  /* Newest received first. */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  g_assert_cmpint (id_at (list, 0), ==, later);
  g_assert_cmpint (id_at (list, 3), ==, closed);

  ber_list_filter_set_text (filter, BER_ITEMS_STATUS, "received");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  ber_list_filter_set_text (filter, BER_ITEMS_TYPE, "referral");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpint (id_at (list, 0), ==, later);
  ber_list_filter_set_text (filter, BER_ITEMS_STATUS, NULL);
  ber_list_filter_set_text (filter, BER_ITEMS_TYPE, NULL);

  ber_list_filter_set_id (filter, BER_ITEMS_ROUTED_BODY, f->run);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  ber_list_filter_set_id (filter, BER_ITEMS_ROUTED_BODY, 0);

  /* Due within 14 days: open items only, overdue ones too. */
  ber_list_filter_set_text (filter, BER_ITEMS_DUE_WITHIN, "14");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  ber_list_filter_set_text (filter, BER_ITEMS_DUE_WITHIN, "0");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  ber_list_filter_set_text (filter, BER_ITEMS_DUE_WITHIN, NULL);
  ber_list_filter_set_flag (filter, BER_ITEMS_OVERDUE, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpint (id_at (list, 0), ==, overdue);
  ber_list_filter_set_flag (filter, BER_ITEMS_OVERDUE, FALSE);

  ber_list_filter_set_search (filter, "sammanhållningspolitiken");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpint (id_at (list, 0), ==, soon);
  ber_list_filter_set_search (filter, NULL);

  /* The orders the columns name. */
  ber_list_filter_set_order (filter, BER_ITEMS_ORDER_REPLY_BY, FALSE);
  g_assert_cmpint (id_at (list, 0), ==, closed);
  g_assert_cmpint (id_at (list, 1), ==, overdue);
  g_assert_cmpint (id_at (list, 3), ==, later);
  ber_list_filter_set_order (filter, BER_ITEMS_ORDER_TITLE, TRUE);
  g_assert_cmpint (id_at (list, 0), ==, later);
  ber_list_filter_set_order (filter, "no-such-order", FALSE);
  g_assert_cmpint (id_at (list, 0), ==, later);

  /* A copy for an export lists the same. */
  ber_list_filter_set_order (filter, BER_ITEMS_ORDER_STATUS, FALSE);
  ber_list_filter_set_id (filter, BER_ITEMS_ROUTED_BODY, f->run);
  copy = ber_items_copy_filter (filter);
  copied = ber_items_list (f->items, copy);
  g_assert_cmpuint (g_list_model_get_n_items (copied), ==, g_list_model_get_n_items (list));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_assert_cmpint (id_at (copied, i), ==, id_at (list, i));

  /* A new item shows in the list that follows the register. */
  ber_list_filter_set_id (filter, BER_ITEMS_ROUTED_BODY, 0);
  add_item (f, "Ännu ett ärende", "other", "received", "2026-11-20", NULL, 0);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);

  g_assert_true (ber_items_count_due (f->items, 14, &n_due, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_due, ==, 2);
  g_assert_true (ber_items_count_due (f->items, 200, &n_due, &error));
  g_assert_cmpuint (n_due, ==, 3);
}

static void
test_days_until_reply (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BerItem) item = ber_items_new_item (f->items);

  g_assert_cmpstr (ber_item_get_received_on (item), ==, "2026-11-23");
  g_assert_cmpint (ber_record_get_id (BER_RECORD (item)), ==, 0);
  g_assert_cmpint (ber_items_days_until_reply (f->items, item), ==, G_MAXINT);
  g_object_set (item, "reply-by", "2026-11-30", NULL);
  g_assert_cmpint (ber_items_days_until_reply (f->items, item), ==, 7);
  g_object_set (item, "reply-by", "2026-11-20", NULL);
  g_assert_cmpint (ber_items_days_until_reply (f->items, item), ==, -3);
  g_object_set (item, "status", "decided", NULL);
  g_assert_cmpint (ber_items_days_until_reply (f->items, item), ==, G_MAXINT);
}

/* One item */

static BerItem *
new_item (Fixture    *f,
          const char *title)
{
  BerItem *item = ber_items_new_item (f->items);

  g_object_set (item, "title", title, "type", "eu-consultation", NULL);
  return item;
}

static void
test_validate (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(BerItem) item = new_item (f, "  ");
  g_autoptr(GError) error = NULL;
  const char *property = NULL;

  g_assert_false (ber_items_validate (f->items, item, &property, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_cmpstr (property, ==, "title");
  g_clear_error (&error);

  g_object_set (item, "title", "Samråd", "received-on", "", NULL);
  g_assert_false (ber_items_validate (f->items, item, &property, &error));
  g_assert_cmpstr (property, ==, "received-on");
  g_clear_error (&error);

  g_object_set (item, "received-on", "2026-11-23", "reply-by", "2026-11-01", NULL);
  g_assert_false (ber_items_validate (f->items, item, &property, &error));
  g_assert_cmpstr (property, ==, "reply-by");
  g_assert_nonnull (strstr (error->message, "before"));
  g_clear_error (&error);
  g_object_set (item, "reply-by", "2026-13-45", NULL);
  g_assert_false (ber_items_validate (f->items, item, &property, &error));
  g_assert_cmpstr (property, ==, "reply-by");
  g_clear_error (&error);

  g_object_set (item, "reply-by", "2026-12-15", "diary-number", "RS 12/2026", NULL);
  g_assert_false (ber_items_validate (f->items, item, &property, &error));
  g_assert_cmpstr (property, ==, "diary-body-id");
  g_clear_error (&error);

  g_object_set (item, "diary-body-id", f->rs, NULL);
  g_assert_true (ber_items_validate (f->items, item, &property, &error));
  g_assert_no_error (error);
  g_assert_null (property);

  /* The save refuses what the validation refuses, and writes nothing. */
  g_object_set (item, "title", "", NULL);
  g_assert_false (ber_items_save (f->items, item, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (item)), ==, 0);
}

static BerClause *
clause (const char *text)
{
  BerClause *clause = ber_clause_new ();

  g_object_set (clause, "text", text, NULL);
  return clause;
}

static BerDocument *
document (const char *title,
          const char *path)
{
  BerDocument *document = ber_document_new ();

  g_object_set (document, "title", title, "file-path", path, NULL);
  return document;
}

static char *
nth_text (Fixture    *f,
          const char *table,
          gint64      item_id,
          guint       n,
          const char *column)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GPtrArray) rows = NULL;
  char *text = NULL;

  ber_query_add_condition (query, "item_id", BER_QUERY_EQ, g_variant_new_int64 (item_id));
  ber_query_add_order (query, "position", FALSE);
  rows = ber_store_select (f->store, query, n, 1, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), column, "s", &text);
  return text;
}

static void
test_save (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(BerItem) item = new_item (f, "  EU-samråd om den digitala inre marknaden ");
  g_autoptr(GListStore) clauses = g_list_store_new (BER_TYPE_CLAUSE);
  g_autoptr(GListStore) documents = g_list_store_new (BER_TYPE_DOCUMENT);
  g_autoptr(GListStore) removed = g_list_store_new (BER_TYPE_RECORD);
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GListModel) read_back = NULL;
  g_autoptr(BerClause) first = clause ("att lämna synpunkter");
  g_autoptr(BerClause) second = clause ("att uppdra åt regiondirektören");
  g_autoptr(BerDocument) paper = document ("Remiss", "/tmp/remiss.pdf");
  g_autoptr(GError) error = NULL;
  gint64 id;
  int year = -1;

  g_list_store_append (clauses, first);
  g_list_store_append (clauses, second);
  g_list_store_append (documents, paper);
  g_assert_true (ber_items_save (f->items, item, G_LIST_MODEL (clauses), G_LIST_MODEL (documents),
                                 NULL, NULL, &error));
  g_assert_no_error (error);
  id = ber_record_get_id (BER_RECORD (item));
  g_assert_cmpint (id, >, 0);

  /* Trimmed; no diary year without a diary number. */
  g_assert_cmpstr (ber_item_get_title (item), ==, "EU-samråd om den digitala inre marknaden");
  g_object_get (item, "diary-year", &year, NULL);
  g_assert_cmpint (year, ==, 0);

  /* The clauses and documents carry their ids, and are in the register in order. */
  g_assert_cmpint (ber_record_get_id (BER_RECORD (first)), >, 0);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (paper)), >, 0);
  ber_assert_take_str (nth_text (f, "clause", id, 0, "text"), ==, "att lämna synpunkter");
  ber_assert_take_str (nth_text (f, "clause", id, 1, "text"), ==,
                       "att uppdra åt regiondirektören");
  ber_assert_take_str (nth_text (f, "document", id, 0, "file_path"), ==, "/tmp/remiss.pdf");

  /* Registration is the first line of the history. */
  history = ber_items_list_history (f->items, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  {
    g_autoptr(BerItemTransition) registered = g_list_model_get_item (history, 0);

    g_assert_cmpstr (ber_item_transition_get_to_status (registered), ==, "received");
  }

  /* Moved, edited and removed: only what the lists say now. */
  g_object_set (second, "text", "att uppdra åt regiondirektören att svara", NULL);
  g_list_store_remove (clauses, 0);
  g_list_store_append (clauses, first);
  g_list_store_remove (documents, 0);
  g_list_store_append (removed, paper);
  g_object_set (item, "diary-number", "RS 12/2026", "diary-body-id", f->rs, NULL);
  g_assert_true (ber_items_save (f->items, item, G_LIST_MODEL (clauses), G_LIST_MODEL (documents),
                                 G_LIST_MODEL (removed), NULL, &error));
  g_assert_no_error (error);
  ber_assert_take_str (nth_text (f, "clause", id, 0, "text"), ==,
                       "att uppdra åt regiondirektören att svara");
  ber_assert_take_str (nth_text (f, "clause", id, 1, "text"), ==, "att lämna synpunkter");
  g_assert_cmpuint (count_rows (f, "clause", "item_id", id), ==, 2);
  g_assert_cmpuint (count_rows (f, "document", "item_id", id), ==, 0);
  /* A diary number takes this year's diary. */
  g_object_get (item, "diary-year", &year, NULL);
  g_assert_cmpint (year, ==, 2026);

  /* What the page reads back is what was saved. */
  read_back = ber_items_list_clauses (f->items, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (read_back), ==, 2);
  {
    g_autoptr(BerClause) top = g_list_model_get_item (read_back, 0);

    g_assert_cmpint (ber_record_get_id (BER_RECORD (top)), ==,
                     ber_record_get_id (BER_RECORD (second)));
  }
  g_clear_object (&read_back);
  read_back = ber_items_list_documents (f->items, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (read_back), ==, 0);
}

/* A part refused: nothing of the save is written, and saving again works. */
static void
test_save_all_or_nothing (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BerItem) item = new_item (f, "Remiss om kollektivtrafiken");
  g_autoptr(GListStore) clauses = g_list_store_new (BER_TYPE_CLAUSE);
  g_autoptr(BerClause) good = clause ("att tillstyrka remissen");
  g_autoptr(BerClause) empty = clause ("   ");
  g_autoptr(BerItem) taken = new_item (f, "Ett annat ärende");
  g_autoptr(GError) error = NULL;
  g_autoptr(BerQuery) all = ber_query_new ("item");
  g_autoptr(BerQuery) transitions = ber_query_new ("item_transition");
  guint n = 0;
  gint64 id;

  /* A new item with a clause the register refuses: no item, no history. */
  g_list_store_append (clauses, good);
  g_list_store_append (clauses, empty);
  g_assert_false (ber_items_save (f->items, item, G_LIST_MODEL (clauses), NULL, NULL, NULL,
                                  &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (item)), ==, 0);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (good)), ==, 0);
  g_assert_true (ber_store_count (f->store, all, &n, NULL));
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (ber_store_count (f->store, transitions, &n, NULL));
  g_assert_cmpuint (n, ==, 0);

  g_list_store_remove (clauses, 1);
  g_assert_true (ber_items_save (f->items, item, G_LIST_MODEL (clauses), NULL, NULL, NULL,
                                 &error));
  g_assert_no_error (error);
  id = ber_record_get_id (BER_RECORD (item));
  g_assert_cmpuint (count_rows (f, "clause", "item_id", id), ==, 1);

  /* An item read before, with a diary number already taken: its clause
   * edits are not written, its own changes are kept for the next save. */
  g_object_set (taken, "diary-number", "RS 1/2026", "diary-body-id", f->rs, NULL);
  g_assert_true (ber_items_save (f->items, taken, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_object_set (good, "text", "att avstyrka remissen", NULL);
  g_object_set (item, "diary-number", "RS 1/2026", "diary-body-id", f->rs, "description",
                "Synpunkter från trafiknämnden", NULL);
  g_assert_false (ber_items_save (f->items, item, G_LIST_MODEL (clauses), NULL, NULL, NULL,
                                  &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  ber_assert_take_str (nth_text (f, "clause", id, 0, "text"), ==, "att tillstyrka remissen");
  ber_assert_take_str (ber_test_column_text (f->store, "item", id, "description"), ==, "");

  g_object_set (item, "diary-number", "RS 2/2026", NULL);
  g_assert_true (ber_items_save (f->items, item, G_LIST_MODEL (clauses), NULL, NULL, NULL,
                                 &error));
  g_assert_no_error (error);
  ber_assert_take_str (nth_text (f, "clause", id, 0, "text"), ==, "att avstyrka remissen");
  ber_assert_take_str (ber_test_column_text (f->store, "item", id, "description"), ==,
                       "Synpunkter från trafiknämnden");
}

/* Links change one at a time: a link changed elsewhere meanwhile stays. */
static void
test_links (Fixture       *f,
            gconstpointer  data)
{
  gint64 crpm = insert (f, "network", ber_store_values ("name", g_variant_new_string ("CPMR"), NULL));
  gint64 aer = insert (f, "network", ber_store_values ("name", g_variant_new_string ("AER"), NULL));
  g_autoptr(BerItem) item = new_item (f, "EU-samråd");
  g_autoptr(GListModel) networks = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GArray) linked = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (ber_items_save (f->items, item, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  id = ber_record_get_id (BER_RECORD (item));

  networks = ber_items_list_links (f->items, id, BER_ITEM_LINK_NETWORK, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (networks), ==, 2);
  goals = ber_items_list_links (f->items, id, BER_ITEM_LINK_GOAL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (goals), ==, 17);
  {
    g_autoptr(BerItemLink) climate = g_list_model_get_item (goals, 12);

    g_assert_cmpstr (ber_item_link_get_title (climate), ==, "13. Climate action");
    g_assert_cmpint (ber_item_link_get_kind (climate), ==, BER_ITEM_LINK_GOAL);
  }
  questions = ber_items_list_links (f->items, id, BER_ITEM_LINK_INFLUENCE_QUESTION, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 0);

  /* Another window links AER; this one links CPMR, read before that. */
  g_assert_true (ber_store_set_link (f->store, "item_network", "item_id", id, "network_id", aer,
                                     TRUE, NULL));
  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(BerItemLink) link = g_list_model_get_item (networks, i);

      g_assert_false (ber_item_link_get_linked (link));
      if (ber_record_get_id (BER_RECORD (link)) == crpm)
        ber_item_link_set_linked (link, TRUE);
      g_assert_cmpint (ber_item_link_get_changed (link), ==,
                       ber_record_get_id (BER_RECORD (link)) == crpm);
    }
  g_assert_true (ber_items_save (f->items, item, NULL, NULL, NULL, networks, &error));
  g_assert_no_error (error);
  linked = ber_store_get_links (f->store, "item_network", "item_id", id, "network_id", NULL);
  g_assert_cmpuint (linked->len, ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(BerItemLink) link = g_list_model_get_item (networks, i);

      g_assert_false (ber_item_link_get_changed (link));
    }

  /* Read again, both are linked. */
  g_clear_object (&networks);
  networks = ber_items_list_links (f->items, id, BER_ITEM_LINK_NETWORK, &error);
  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(BerItemLink) link = g_list_model_get_item (networks, i);

      g_assert_true (ber_item_link_get_linked (link));
    }
}

/* The same field changed by somebody else since it was read: nothing written. */
static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(BerItem) item = new_item (f, "Remiss");
  g_autoptr(BerItem) other = NULL;
  g_autoptr(GListStore) clauses = g_list_store_new (BER_TYPE_CLAUSE);
  g_autoptr(BerClause) added = clause ("att besvara remissen");
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (ber_items_save (f->items, item, NULL, NULL, NULL, NULL, &error));
  id = ber_record_get_id (BER_RECORD (item));
  other = ber_items_load (f->items, id, &error);
  g_assert_no_error (error);

  g_object_set (other, "title", "Remiss om tåg", "description", "Från trafikverket", NULL);
  g_assert_true (ber_items_save (f->items, other, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Another field: saved over theirs, both kept. */
  g_object_set (item, "assessment", "Relevant för nämnden", NULL);
  g_assert_true (ber_items_save (f->items, item, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  ber_assert_take_str (ber_test_column_text (f->store, "item", id, "title"), ==, "Remiss om tåg");
  ber_assert_take_str (ber_test_column_text (f->store, "item", id, "assessment"), ==,
                       "Relevant för nämnden");

  /* The same field: a conflict, and the clause is not written either. */
  g_assert_true (ber_items_reload (f->items, other, &error));
  g_object_set (other, "title", "Remiss om bussar", NULL);
  g_assert_true (ber_items_save (f->items, other, NULL, NULL, NULL, NULL, &error));
  g_object_set (item, "title", "Remiss om färjor", NULL);
  g_list_store_append (clauses, added);
  g_assert_false (ber_items_save (f->items, item, G_LIST_MODEL (clauses), NULL, NULL, NULL,
                                  &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT);
  g_assert_nonnull (ber_record_get_conflict (BER_RECORD (item)));
  g_assert_cmpuint (count_rows (f, "clause", "item_id", id), ==, 0);
  ber_assert_take_str (ber_test_column_text (f->store, "item", id, "title"), ==,
                       "Remiss om bussar");
}

static void
test_checks (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(BerClause) att = clause ("att");
  g_autoptr(BerClause) good = clause ("  att yttra sig  ");
  g_autoptr(BerDocument) untitled = document ("  ", "");
  g_autoptr(BerSubjectArea) area = ber_subject_area_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BerItem) item = new_item (f, "Samråd");

  g_assert_false (ber_items_check_clause (f->items, att, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ber_items_check_clause (f->items, good, &error));
  g_assert_cmpstr (ber_clause_get_text (good), ==, "att yttra sig");
  g_assert_false (ber_items_check_document (f->items, untitled, &error));
  g_clear_error (&error);
  g_object_set (untitled, "title", " Remiss ", NULL);
  g_assert_true (ber_items_check_document (f->items, untitled, &error));
  g_assert_cmpstr (ber_document_get_title (untitled), ==, "Remiss");

  g_object_set (area, "name", "   ", NULL);
  g_assert_false (ber_items_add_subject_area (f->items, area, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (area, "name", " Kultur ", NULL);
  g_assert_true (ber_items_add_subject_area (f->items, area, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (area)), >, 0);
  ber_assert_take_str (ber_test_column_text (f->store, "subject_area",
                                             ber_record_get_id (BER_RECORD (area)), "name"),
                       ==, "Kultur");

  /* The workflow through the service. */
  g_assert_true (ber_items_save (f->items, item, NULL, NULL, NULL, NULL, &error));
  g_assert_true (g_strv_contains (ber_items_next_statuses (f->items, "received"), "assessed"));
  g_assert_true (ber_items_needs_reason (f->items, "declined"));
  g_assert_false (ber_items_needs_reason (f->items, "assessed"));
  g_assert_true (ber_items_is_open (f->items, "on-agenda"));
  g_assert_false (ber_items_is_open (f->items, "dispatched"));
  g_assert_false (ber_items_move (f->items, ber_record_get_id (BER_RECORD (item)), "declined",
                                  " ", &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ber_items_move (f->items, ber_record_get_id (BER_RECORD (item)), "assessed", NULL,
                                 &error));
  g_assert_true (ber_items_reload (f->items, item, &error));
  g_assert_cmpstr (ber_item_get_status (item), ==, "assessed");
}

static void
test_routing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerBody) body = NULL;
  g_autoptr(BerMeeting) meeting = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *held_on = NULL;
  gint64 meeting_id;

  body = ber_items_suggest_body (f->items, "referral", f->area, &reason, &error);
  g_assert_no_error (error);
  g_assert_null (body);
  g_assert_null (reason);

  insert (f, "routing_rule", ber_store_values ("body_id", g_variant_new_int64 (f->run),
                                               "subject_area_id", g_variant_new_int64 (f->area),
                                               "reason", g_variant_new_string ("Regional utveckling"),
                                               NULL));
  body = ber_items_suggest_body (f->items, "referral", f->area, &reason, &error);
  g_assert_no_error (error);
  g_assert_nonnull (body);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (body)), ==, f->run);
  g_assert_cmpstr (reason, ==, "Regional utveckling");

  meeting = ber_items_latest_meeting (f->items, f->run, "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_null (meeting);
  warning = ber_items_no_meeting_text (f->items, f->run, "2026-12-31");
  g_assert_nonnull (strstr (warning, "Regionala utvecklingsnämnden"));

  meeting_id = insert (f, "meeting", ber_store_values ("body_id", g_variant_new_int64 (f->run),
                                                       "held_on", g_variant_new_string ("2026-12-16"),
                                                       "status", g_variant_new_string ("planned"),
                                                       NULL));
  meeting = ber_items_latest_meeting (f->items, f->run, "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_nonnull (meeting);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (meeting)), ==, meeting_id);
  g_object_get (meeting, "held-on", &held_on, NULL);
  g_assert_cmpstr (held_on, ==, "2026-12-16");

  /* "Put on agenda" puts the item on that meeting's agenda, as an entry;
   * with no meeting in time, it says so and the item stays where it was. */
  {
    gint64 ready = add_item (f, "Remiss om kollektivtrafiken", "referral", "ready",
                             "2026-11-10", "2026-12-31", f->run);
    gint64 late = add_item (f, "Inbjudan till Östersjödagarna", "invitation", "ready",
                            "2026-11-10", "2026-12-01", f->run);
    gint64 entries_before = count_rows (f, "agenda_entry", "meeting_id", meeting_id);

    g_assert_true (ber_items_move (f->items, ready, "on-agenda", NULL, &error));
    g_assert_no_error (error);
    ber_assert_take_str (ber_test_column_text (f->store, "item", ready, "status"), ==,
                         "on-agenda");
    g_assert_cmpuint (count_rows (f, "agenda_entry", "item_id", ready), ==, 1);
    g_assert_cmpuint (count_rows (f, "agenda_entry", "meeting_id", meeting_id), ==,
                      entries_before + 1);

    g_assert_false (ber_items_move (f->items, late, "on-agenda", NULL, &error));
    g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "2026-12-01"));
    g_clear_error (&error);
    ber_assert_take_str (ber_test_column_text (f->store, "item", late, "status"), ==, "ready");
    g_assert_cmpuint (count_rows (f, "agenda_entry", "item_id", late), ==, 0);
  }
}

/* The list as a view filters it, exported from a filter of the export's own;
 * an item's board paper laid out for printing. */
static void
test_exports (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(BerListFilter) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "items.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BerCsv) csv = NULL;
  BerBoardPaperJob *job;
  gsize length = 0;
  gint64 soon;

  add_item (f, "Inbjudan till Östersjödagarna", "invitation", "received", "2026-10-01",
            "2026-11-01", f->rs);
  soon = add_item (f, "EU-samråd om sammanhållningspolitiken", "eu-consultation", "assessed",
                   "2026-11-02", "2026-12-01", f->run);
  ber_list_filter_set_id (filter, BER_ITEMS_ROUTED_BODY, f->run);
  copy = ber_items_copy_filter (filter);
  g_assert_true (ber_export_items_filtered (f->store, copy, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  bytes = g_bytes_new (contents, length);
  csv = ber_csv_parse (bytes, &error);
  g_assert_no_error (error);
  /* The header and the one item routed to the committee. */
  g_assert_cmpuint (ber_csv_get_n_rows (csv), ==, 2);
  {
    guint n_fields = 0;
    const char * const *row = ber_csv_get_row (csv, 1, &n_fields);

    g_assert_cmpint (g_ascii_strtoll (row[0], NULL, 10), ==, soon);
  }

  job = ber_board_paper_job_new (soon);
  g_assert_true (ber_board_paper_build (f->store, job, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (ber_board_paper_job_get_document (job));
  ber_board_paper_job_free (job);

  job = ber_board_paper_job_new (9999);
  g_assert_false (ber_board_paper_build (f->store, job, NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
  ber_board_paper_job_free (job);
}

/* By title, the Swedish way: case and accents aside, and å, ä, ö after z in
 * that order (UTF-8's byte order puts Ä before Å and "ä" after "Ö"). */
static void
test_swedish_title_order (Fixture       *f,
                          gconstpointer  data)
{
  const char * const titles[] = {
    "Ödet sorteringsprov", "ärligt sorteringsprov", "Zebra sorteringsprov",
    "Ärende sorteringsprov", "Åtgärd sorteringsprov", "adress sorteringsprov", NULL,
  };
  const char * const expected[] = {
    "adress sorteringsprov", "Zebra sorteringsprov", "Åtgärd sorteringsprov",
    "Ärende sorteringsprov", "ärligt sorteringsprov", "Ödet sorteringsprov", NULL,
  };
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = NULL;

  for (guint i = 0; titles[i] != NULL; i++)
    add_item (f, titles[i], "other", "received", "2026-11-20", NULL, 0);
  ber_list_filter_set_search (filter, "sorteringsprov");
  ber_list_filter_set_order (filter, BER_ITEMS_ORDER_TITLE, FALSE);
  list = ber_items_list (f->items, filter);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, g_strv_length ((char **) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_autoptr(BerRecord) item = g_list_model_get_item (list, i);

      g_assert_cmpstr (ber_record_get_string (item, "title"), ==, expected[i]);
    }

  /* Descending, the other way round. */
  ber_list_filter_set_order (filter, BER_ITEMS_ORDER_TITLE, TRUE);
  {
    g_autoptr(BerRecord) first = g_list_model_get_item (list, 0);

    g_assert_cmpstr (ber_record_get_string (first, "title"), ==, "Ödet sorteringsprov");
  }
}

/* Ordered by the body an item is routed to, its subject area or its case
 * officer, the list follows those names in Swedish order, through a
 * rename, a reference changed by another program and a name removed, and
 * none of that counts as a change of the item (its version stays). */
static void
test_name_orders (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gint64 none = add_item (f, "Utan nämnd", "other", "received", "2026-11-01", NULL, 0);
  gint64 to_run = add_item (f, "Till RUN", "other", "received", "2026-11-02", NULL, f->run);
  gint64 to_rs = add_item (f, "Till RS", "other", "received", "2026-11-03", NULL, f->rs);
  gint64 version = 0;
  sqlite3 *db = NULL;

  ber_list_filter_set_order (filter, BER_ITEMS_ORDER_BODY, FALSE);
  list = ber_items_list (f->items, filter);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  /* No body first, then "Regionala utvecklingsnämnden" before "Regionstyrelsen". */
  g_assert_cmpint (id_at (list, 0), ==, none);
  g_assert_cmpint (id_at (list, 1), ==, to_run);
  g_assert_cmpint (id_at (list, 2), ==, to_rs);

  {
    g_autoptr(GVariant) row = ber_store_get (f->store, "item", to_run, &error);

    g_assert_no_error (error);
    g_assert_true (g_variant_lookup (row, "version", "x", &version));
  }

  /* Renamed so that it sorts last ("Å" after "R"). */
  g_assert_true (ber_store_update (f->store, "body", f->run,
                                   ber_store_values ("name",
                                                     g_variant_new_string ("Åldersnämnden"),
                                                     NULL),
                                   &error));
  g_assert_no_error (error);
  ber_record_list_reload (BER_RECORD_LIST (list));
  g_assert_cmpint (id_at (list, 1), ==, to_rs);
  g_assert_cmpint (id_at (list, 2), ==, to_run);
  {
    g_autoptr(GVariant) row = ber_store_get (f->store, "item", to_run, &error);
    gint64 after = 0;

    g_assert_true (g_variant_lookup (row, "version", "x", &after));
    g_assert_cmpint (after, ==, version);
  }

  /* Another program routes the first item to RS and removes the subject
   * area an item had: the keys follow in the same statement. */
  g_assert_true (ber_store_update (f->store, "item", to_rs,
                                   ber_store_values ("subject_area_id",
                                                     g_variant_new_int64 (f->area), NULL),
                                   &error));
  path = g_strdup (ber_store_get_path (f->store));
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA foreign_keys = ON;", NULL, NULL, NULL), ==, SQLITE_OK);
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE item SET routed_body_id = %" G_GINT64_FORMAT
                                            " WHERE id = %" G_GINT64_FORMAT ";"
                                            "DELETE FROM subject_area WHERE id = %" G_GINT64_FORMAT,
                                            f->rs, none, f->area);

    g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  }
  sqlite3_close (db);

  /* Both to RS now, the later received first; then "Åldersnämnden". */
  ber_record_list_reload (BER_RECORD_LIST (list));
  g_assert_cmpint (id_at (list, 0), ==, to_rs);
  g_assert_cmpint (id_at (list, 1), ==, none);
  g_assert_cmpint (id_at (list, 2), ==, to_run);
  {
    g_autoptr(GVariant) moved = ber_store_get (f->store, "item", none, &error);
    g_autoptr(GVariant) cleared = ber_store_get (f->store, "item", to_rs, &error);
    g_autofree char *rs_key = NULL;
    g_autofree char *moved_key = NULL;

    g_assert_true (g_variant_lookup (moved, "routed_body_key", "s", &moved_key));
    g_assert_false (g_variant_lookup (cleared, "subject_area_id", "x", NULL));
    g_assert_false (g_variant_lookup (cleared, "subject_area_key", "s", NULL));
    g_assert_true (g_variant_lookup (cleared, "routed_body_key", "s", &rs_key));
    g_assert_cmpstr (moved_key, ==, rs_key);
  }

  /* The keys are the store's to write. */
  g_assert_false (ber_store_update (f->store, "item", none,
                                    ber_store_values ("routed_body_key",
                                                      g_variant_new_string ("a"), NULL),
                                    &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/items/list", test_list);
  ADD ("/items/days-until-reply", test_days_until_reply);
  ADD ("/items/validate", test_validate);
  ADD ("/items/save", test_save);
  ADD ("/items/save-all-or-nothing", test_save_all_or_nothing);
  ADD ("/items/links", test_links);
  ADD ("/items/conflict", test_conflict);
  ADD ("/items/checks", test_checks);
  ADD ("/items/routing", test_routing);
  ADD ("/items/name-orders", test_name_orders);
  ADD ("/items/exports", test_exports);
  ADD ("/items/swedish-title-order", test_swedish_title_order);

  return g_test_run ();
}
