/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The change history as people read it (issue #14), on a real register
 * file written through two connections by two users and by the sqlite3
 * program in another process: a record's changes field by field (old →
 * new, who, in order), what a removal removed, what another program
 * changed without the history, links kept with the record they were set
 * from, and the register's recent changes by who and when, counted and
 * paged (both ways, and from the end) against SQLite's own count and order.
 */

#include "config.h"

#include <string.h>

#include "ber-changes.h"
#include "ber-item.h"
#include "ber-network.h"
#include "ber-test-utils.h"

typedef struct
{
  char       *dir;
  BerStore   *anna;     /* the first user's connection */
  BerStore   *bertil;   /* another user's, on the same file */
  BerChanges *changes;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->anna = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  ber_store_set_user (f->anna, "anna");
  f->bertil = ber_store_open_another (f->anna, &error);
  g_assert_no_error (error);
  ber_store_set_user (f->bertil, "bertil");
  f->changes = ber_changes_new (f->anna);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->changes);
  g_assert_finalize_object (f->bertil);
  g_assert_finalize_object (f->anna);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The sqlite3 program, another process on the register. */
static char *
sqlite_text (BerStore   *store,
             const char *sql)
{
  return ber_test_sqlite3 (ber_store_get_location (store), sql);
}

static guint
sqlite_count (BerStore   *store,
              const char *sql)
{
  g_autofree char *text = sqlite_text (store, sql);

  return (guint) g_ascii_strtoull (text, NULL, 10);
}

static gboolean
timed_out (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
on_error (BerChangeList *list,
          const GError  *error)
{
  g_error ("Reading the history: %s", error->message);
}

/* Runs the main loop until the list's worker is done. */
static void
wait_for (BerChangeList *list)
{
  gboolean late = FALSE;
  guint timeout = g_timeout_add_seconds (60, timed_out, &late);

  if (g_signal_handler_find (list, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_error, NULL) == 0)
    g_signal_connect (list, "error", G_CALLBACK (on_error), NULL);

  while (ber_change_list_get_loading (list) && !late)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (late);
  g_source_remove (timeout);
}

/* Lets go of @list and waits until it is gone: a worker's task lets go
 * of it in its thread, after the list has heard the result. */
static void
drop_list (BerChangeList *list)
{
  gpointer weak = list;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  g_object_add_weak_pointer (G_OBJECT (list), &weak);
  g_object_unref (list);
  while (weak != NULL && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_assert_null (weak);
}

/* Every change of @list, read as a view reads them: placeholders first,
 * then the changes once the worker has read their pages. */
static GPtrArray *
read_all (BerChangeList *list)
{
  g_autoptr(GPtrArray) placeholders = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *changes = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  wait_for (list);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (placeholders, g_list_model_get_item (G_LIST_MODEL (list), i));
  wait_for (list);
  for (guint i = 0; i < n; i++)
    {
      BerChange *change = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_true (ber_change_get_loaded (change));
      g_ptr_array_add (changes, change);
    }
  return changes;
}

/* The field labelled @label of @change, or NULL. */
static const BerChangeField *
field (BerChange  *change,
       const char *label)
{
  for (guint i = 0; i < ber_change_get_n_fields (change); i++)
    if (g_str_equal (ber_change_get_field (change, i)->label, label))
      return ber_change_get_field (change, i);
  return NULL;
}

static void
assert_field (BerChange  *change,
              const char *label,
              const char *old_value,
              const char *new_value)
{
  const BerChangeField *found = field (change, label);

  if (found == NULL)
    g_error ("No field %s in the change", label);
  g_assert_cmpstr (found->old_value, ==, old_value);
  g_assert_cmpstr (found->new_value, ==, new_value);
}

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
update (BerStore   *store,
        const char *table,
        gint64      id,
        GVariant   *values)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ber_store_update (store, table, id, values, &error));
  g_assert_no_error (error);
}

static gint64
new_item (Fixture *f,
          gint64   body)
{
  return insert (f->anna, "item",
                 ber_store_values ("title", g_variant_new_string ("Inbjudan"),
                                   "type", g_variant_new_string ("invitation"),
                                   "description", g_variant_new_string (""),
                                   "assessment", g_variant_new_string (""),
                                   "received_on", g_variant_new_string ("2026-01-10"),
                                   "reply_by", g_variant_new ("()"),
                                   "status", g_variant_new_string ("received"),
                                   "confidential", g_variant_new_int64 (0),
                                   "routed_body_id", g_variant_new_int64 (body),
                                   NULL));
}

/* A record's changes, field by field, newest first, with who made each;
 * the values before a change come from the history even where another
 * program changed the record meanwhile. */
static void
test_record (Fixture       *f,
             gconstpointer  data)
{
  BerChangeList *list;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *raw = NULL;
  BerChange *link, *status, *title, *created, *unrecorded;
  gint64 body, network, item;

  body = insert (f->anna, "body",
                 ber_store_values ("name", g_variant_new_string ("Regionstyrelsen"),
                                   "short_name", g_variant_new_string ("RS"), NULL));
  network = insert (f->anna, "network",
                    ber_store_values ("name", g_variant_new_string ("Assembly of European "
                                                                    "Regions"),
                                      "acronym", g_variant_new_string ("AER"), NULL));
  item = new_item (f, body);
  update (f->bertil, "item", item,
          ber_store_values ("title", g_variant_new_string ("Inbjudan till AER"),
                            "reply_by", g_variant_new_string ("2026-02-01"), NULL));
  /* Another program, without the history: the version moves on. */
  raw = g_strdup_printf ("UPDATE item SET description = 'Från annat program' WHERE id = %"
                         G_GINT64_FORMAT, item);
  g_free (sqlite_text (f->anna, raw));
  update (f->anna, "item", item,
          ber_store_values ("status", g_variant_new_string ("assessed"),
                            "confidential", g_variant_new_int64 (1),
                            "title", g_variant_new_string ("Inbjudan till AER"), NULL));
  g_assert_true (ber_store_set_link (f->anna, "item_network", "item_id", item, "network_id",
                                     network, TRUE, NULL));

  list = ber_changes_list_record (f->changes, BER_TYPE_ITEM, item);
  changes = read_all (list);
  g_assert_cmpuint (changes->len, ==, 4);
  link = g_ptr_array_index (changes, 0);
  status = g_ptr_array_index (changes, 1);
  title = g_ptr_array_index (changes, 2);
  created = g_ptr_array_index (changes, 3);

  /* Newest first, by the history's order. */
  g_assert_cmpint (ber_change_get_id (link), >, ber_change_get_id (status));
  g_assert_cmpint (ber_change_get_id (status), >, ber_change_get_id (title));
  g_assert_cmpint (ber_change_get_id (title), >, ber_change_get_id (created));

  g_assert_cmpint (ber_change_get_action (link), ==, BER_CHANGE_CHANGED);
  g_assert_cmpstr (ber_change_get_changed_by (link), ==, "anna");
  g_assert_cmpuint (ber_change_get_n_fields (link), ==, 1);
  assert_field (link, "Networks", "", "Assembly of European Regions");

  /* The title written again as it was is not a change. */
  g_assert_cmpstr (ber_change_get_changed_by (status), ==, "anna");
  g_assert_cmpuint (ber_change_get_n_fields (status), ==, 2);
  assert_field (status, "Status", "Received", "Assessed");
  assert_field (status, "Confidential", "No", "Yes");
  g_assert_null (field (status, "Title"));
  g_assert_true (ber_change_get_follows_unrecorded (status));
  g_assert_cmpstr (ber_change_get_label (status), ==, "Inbjudan till AER");
  g_assert_cmpstr (ber_change_get_kind (status), ==, "Item");
  g_assert_true (ber_change_get_record_type (status) == BER_TYPE_ITEM);
  g_assert_cmpint (ber_change_get_record_id (status), ==, item);

  g_assert_cmpstr (ber_change_get_changed_by (title), ==, "bertil");
  g_assert_cmpuint (ber_change_get_n_fields (title), ==, 2);
  assert_field (title, "Title", "Inbjudan", "Inbjudan till AER");
  assert_field (title, "Reply By", "", "2026-02-01");
  g_assert_false (ber_change_get_follows_unrecorded (title));
  g_assert_cmpstr (ber_change_get_label (title), ==, "Inbjudan till AER");

  g_assert_cmpint (ber_change_get_action (created), ==, BER_CHANGE_CREATED);
  g_assert_cmpstr (ber_change_get_changed_by (created), ==, "anna");
  assert_field (created, "Title", NULL, "Inbjudan");
  assert_field (created, "Received", NULL, "2026-01-10");
  assert_field (created, "Type", NULL, "Invitation");
  /* An id reads as the name of the record it refers to. */
  assert_field (created, "Routed To", NULL, "Regionstyrelsen");
  g_assert_null (field (created, "Description"));  /* empty */
  ber_assert_take_str (ber_change_format_time (created), !=, NULL);

  /* What the other program changed, and no more. */
  unrecorded = ber_change_list_get_unrecorded (list);
  g_assert_nonnull (unrecorded);
  g_assert_null (ber_change_get_changed_by (unrecorded));
  g_assert_cmpuint (ber_change_get_n_fields (unrecorded), ==, 1);
  assert_field (unrecorded, "Description", "", "Från annat program");
  drop_list (list);
}

/* A removal shows the whole record as it was, and the register's list
 * names the record removed. */
static void
test_removed (Fixture       *f,
              gconstpointer  data)
{
  BerChangeList *list;
  BerChangeList *recent;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  BerChange *removed, *latest;
  gint64 body, network;

  body = insert (f->anna, "body",
                 ber_store_values ("name", g_variant_new_string ("Regionala utvecklingsnämnden"),
                                   NULL));
  network = insert (f->anna, "network",
                    ber_store_values ("name", g_variant_new_string ("Eurochild"),
                                      "kind", g_variant_new_string ("association"),
                                      "website", g_variant_new_string ("https://eurochild.org"),
                                      "responsible_body_id", g_variant_new_int64 (body),
                                      "next_review_on", g_variant_new_string ("2027-03-31"),
                                      NULL));
  g_assert_true (ber_store_delete (f->bertil, "network", network, &error));
  g_assert_no_error (error);

  list = ber_changes_list_record (f->changes, BER_TYPE_NETWORK, network);
  changes = read_all (list);
  g_assert_cmpuint (changes->len, ==, 2);
  removed = g_ptr_array_index (changes, 0);
  g_assert_cmpint (ber_change_get_action (removed), ==, BER_CHANGE_REMOVED);
  g_assert_cmpstr (ber_change_get_changed_by (removed), ==, "bertil");
  g_assert_cmpstr (ber_change_get_label (removed), ==, "Eurochild");
  assert_field (removed, "Name", "Eurochild", NULL);
  assert_field (removed, "Kind", "Association", NULL);
  assert_field (removed, "Website", "https://eurochild.org", NULL);
  assert_field (removed, "Responsible Body", "Regionala utvecklingsnämnden", NULL);
  assert_field (removed, "Next Review", "2027-03-31", NULL);
  g_assert_null (ber_change_list_get_unrecorded (list));

  /* The register's latest change is the removal, by name. */
  recent = ber_changes_list_recent (f->changes);
  all = read_all (recent);
  g_assert_cmpuint (all->len, ==, 3);
  latest = g_ptr_array_index (all, 0);
  g_assert_cmpint (ber_change_get_action (latest), ==, BER_CHANGE_REMOVED);
  g_assert_cmpstr (ber_change_get_kind (latest), ==, "Network");
  g_assert_cmpstr (ber_change_get_label (latest), ==, "Eurochild");
  drop_list (list);
  drop_list (recent);
}

/* A link is in the history of the record it was set from: a question
 * linked to a network from the question's side is not the network's
 * change, even where the question's id is the network's. */
static void
test_links (Fixture       *f,
            gconstpointer  data)
{
  BerChangeList *list;
  BerChangeList *recent;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) all = NULL;
  BerChange *link;
  gint64 network, question;

  network = insert (f->anna, "network",
                    ber_store_values ("name", g_variant_new_string ("CPMR"), NULL));
  question = insert (f->anna, "influence_question",
                     ber_store_values ("title", g_variant_new_string ("TEN-T och Botniska "
                                                                      "korridoren"), NULL));
  g_assert_cmpint (network, ==, question);
  g_assert_true (ber_store_set_link (f->bertil, "network_influence_question",
                                     "influence_question_id", question, "network_id", network,
                                     TRUE, NULL));
  g_assert_true (ber_store_set_link (f->anna, "network_influence_question", "network_id",
                                     network, "influence_question_id", question, FALSE, NULL));

  list = ber_changes_list_record (f->changes, BER_TYPE_NETWORK, network);
  changes = read_all (list);
  g_assert_cmpuint (changes->len, ==, 2);
  link = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (ber_change_get_changed_by (link), ==, "anna");
  assert_field (link, "Influence Questions", "TEN-T och Botniska korridoren", "");
  g_assert_cmpint (ber_change_get_action (g_ptr_array_index (changes, 1)), ==,
                   BER_CHANGE_CREATED);

  /* The question's side, in the register's list. */
  recent = ber_changes_list_recent (f->changes);
  all = read_all (recent);
  g_assert_cmpuint (all->len, ==, 4);
  link = g_ptr_array_index (all, 1);
  g_assert_cmpstr (ber_change_get_changed_by (link), ==, "bertil");
  g_assert_cmpstr (ber_change_get_kind (link), ==, "Influence Question");
  g_assert_cmpstr (ber_change_get_label (link), ==, "TEN-T och Botniska korridoren");
  g_assert_true (ber_change_get_record_type (link) == G_TYPE_INVALID);
  assert_field (link, "Networks", "", "CPMR");
  drop_list (list);
  drop_list (recent);
}

/* A record changed many times, by two people: every change's value before
 * is the one the change before wrote, over the pages of the record's
 * list and in the register's list of one person's changes, which leaves
 * the other's out. */
static void
test_long_history (Fixture       *f,
                   gconstpointer  data)
{
  BerChangeList *list;
  BerChangeList *recent;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) annas = NULL;
  gint64 item = new_item (f, insert (f->anna, "body",
                                     ber_store_values ("name", g_variant_new_string ("RS"),
                                                       NULL)));
  const guint n = 130;

  for (guint i = 1; i <= n; i++)
    {
      g_autofree char *title = g_strdup_printf ("Inbjudan %u", i);

      update (i % 2 == 0 ? f->anna : f->bertil, "item", item,
              ber_store_values ("title", g_variant_new_string (title), NULL));
    }

  list = ber_changes_list_record (f->changes, BER_TYPE_ITEM, item);
  changes = read_all (list);
  g_assert_cmpuint (changes->len, ==, n + 1);
  for (guint k = 0; k < n; k++)
    {
      BerChange *change = g_ptr_array_index (changes, k);
      guint i = n - k;
      g_autofree char *before = i > 1 ? g_strdup_printf ("Inbjudan %u", i - 1)
                                      : g_strdup ("Inbjudan");
      g_autofree char *after = g_strdup_printf ("Inbjudan %u", i);

      assert_field (change, "Title", before, after);
      g_assert_cmpstr (ber_change_get_changed_by (change), ==, i % 2 == 0 ? "anna" : "bertil");
      g_assert_false (ber_change_get_follows_unrecorded (change));
    }

  recent = ber_changes_list_recent (f->changes);
  ber_change_list_set_user (recent, "anna");
  annas = read_all (recent);
  /* Her changes of the title, her item and her body. */
  g_assert_cmpuint (annas->len, ==, n / 2 + 2);
  for (guint k = 0; k < n / 2; k++)
    {
      guint i = n - 2 * k;
      g_autofree char *before = g_strdup_printf ("Inbjudan %u", i - 1);
      g_autofree char *after = g_strdup_printf ("Inbjudan %u", i);

      assert_field (g_ptr_array_index (annas, k), "Title", before, after);
    }
  drop_list (list);
  drop_list (recent);
}

/* Spreads the history over days in the past, in SQLite: entry i on day
 * i % 20 of January 2020, so that a change made now is the newest. */
static void
spread_history (BerStore *store)
{
  g_free (sqlite_text (store, "UPDATE history SET changed_at = "
                              "strftime ('%Y-%m-%dT%H:%M:%SZ', '2020-01-01T08:00:00', "
                              "(id % 20) || ' days', (id % 7) || ' hours')"));
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *inserted_at_top)
{
  if (position == 0 && removed == 0)
    *inserted_at_top += added;
}

/* The register's changes by who and when, newest first, page by page,
 * against SQLite's own count and order of the same entries. */
static void
test_recent (Fixture       *f,
             gconstpointer  data)
{
  BerChangeList *recent;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) users = NULL;
  g_autofree char *order = NULL;
  g_auto(GStrv) ids = NULL;
  guint expected, inserted = 0;

  for (guint i = 0; i < 140; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %03u", i);

      insert (i % 3 == 0 ? f->bertil : f->anna, "person",
              ber_store_values ("name", g_variant_new_string (name), NULL));
    }
  spread_history (f->anna);

  users = ber_changes_list_users (f->changes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (users), ==, 2);
  g_assert_cmpstr (users[0], ==, "anna");
  g_assert_cmpstr (users[1], ==, "bertil");

  /* Everything, in SQLite's order of time, newest first, over three pages. */
  recent = ber_changes_list_recent (f->changes);
  all = read_all (recent);
  g_assert_cmpuint (all->len, ==, sqlite_count (f->anna, "SELECT count(*) FROM history"));
  order = sqlite_text (f->anna, "SELECT group_concat (id, ' ') FROM "
                                "(SELECT id FROM history ORDER BY changed_at DESC, id DESC)");
  ids = g_strsplit (order, " ", -1);
  g_assert_cmpuint (g_strv_length (ids), ==, all->len);
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpint (ber_change_get_id (g_ptr_array_index (all, i)), ==,
                     g_ascii_strtoll (ids[i], NULL, 10));
  g_clear_pointer (&all, g_ptr_array_unref);

  /* Who and when, as SQLite counts them (the test runs in UTC). */
  ber_change_list_set_user (recent, "bertil");
  ber_change_list_set_period (recent, "2020-01-05", "2020-01-12");
  all = read_all (recent);
  expected = sqlite_count (f->anna, "SELECT count(*) FROM history WHERE changed_by = 'bertil' "
                                    "AND changed_at >= '2020-01-05T00:00:00Z' "
                                    "AND changed_at < '2020-01-13T00:00:00Z'");
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (all->len, ==, expected);
  for (guint i = 0; i < all->len; i++)
    {
      BerChange *change = g_ptr_array_index (all, i);
      const char *at = ber_change_get_changed_at (change);

      g_assert_cmpstr (ber_change_get_changed_by (change), ==, "bertil");
      g_assert_cmpstr (at, >=, "2020-01-05");
      g_assert_cmpstr (at, <, "2020-01-13");
      g_assert_cmpstr (ber_change_get_kind (change), ==, "Person");
      g_assert_true (ber_change_get_record_type (change) == g_type_from_name ("BerPerson"));
    }
  g_clear_pointer (&all, g_ptr_array_unref);

  /* A period alone, then everyone's again. */
  ber_change_list_set_user (recent, NULL);
  wait_for (recent);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (recent)), ==,
                    sqlite_count (f->anna, "SELECT count(*) FROM history WHERE "
                                           "changed_at >= '2020-01-05T00:00:00Z' "
                                           "AND changed_at < '2020-01-13T00:00:00Z'"));
  ber_change_list_set_period (recent, NULL, NULL);
  wait_for (recent);
  expected = g_list_model_get_n_items (G_LIST_MODEL (recent));

  /* A change through the list's own store comes in at the top. */
  g_signal_connect (recent, "items-changed", G_CALLBACK (on_items_changed), &inserted);
  insert (f->anna, "person", ber_store_values ("name", g_variant_new_string ("Ny"), NULL));
  while (inserted == 0)
    g_main_context_iteration (NULL, TRUE);
  wait_for (recent);
  g_assert_cmpuint (inserted, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (recent)), ==, expected + 1);
  {
    g_autoptr(BerChange) first = g_list_model_get_item (G_LIST_MODEL (recent), 0);

    wait_for (recent);
    g_clear_object (&first);
    first = g_list_model_get_item (G_LIST_MODEL (recent), 0);
    g_assert_cmpstr (ber_change_get_label (first), ==, "Ny");
    g_assert_cmpint (ber_change_get_action (first), ==, BER_CHANGE_CREATED);
  }
  g_signal_handlers_disconnect_by_func (recent, on_items_changed, &inserted);
  drop_list (recent);
}

/* The last page first, as a jump to the end of the view reads it, then
 * the one before it from its edge. */
static void
test_from_the_end (Fixture       *f,
                   gconstpointer  data)
{
  BerChangeList *recent;
  g_autoptr(BerChange) placeholder = NULL;
  g_autoptr(BerChange) last = NULL;
  g_autoptr(BerChange) before = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *order = NULL;
  g_auto(GStrv) ids = NULL;
  guint n;

  for (guint i = 0; i < 120; i++)
    {
      g_autofree char *name = g_strdup_printf ("Nätverk %03u", i);

      insert (f->anna, "network", ber_store_values ("name", g_variant_new_string (name), NULL));
    }
  recent = ber_changes_list_recent (f->changes);
  wait_for (recent);
  n = g_list_model_get_n_items (G_LIST_MODEL (recent));
  g_assert_cmpuint (n, ==, 120);

  placeholder = g_list_model_get_item (G_LIST_MODEL (recent), n - 1);
  g_assert_false (ber_change_get_loaded (placeholder));
  wait_for (recent);
  last = g_list_model_get_item (G_LIST_MODEL (recent), n - 1);
  g_assert_cmpstr (ber_change_get_label (last), ==, "Nätverk 000");

  g_clear_object (&placeholder);
  placeholder = g_list_model_get_item (G_LIST_MODEL (recent), n - 51);
  wait_for (recent);
  before = g_list_model_get_item (G_LIST_MODEL (recent), n - 51);
  g_assert_cmpstr (ber_change_get_label (before), ==, "Nätverk 050");
  drop_list (recent);

  /* Made in the same second, the changes are in the order of their ids,
   * across the pages read after a page. */
  recent = ber_changes_list_recent (f->changes);
  all = read_all (recent);
  order = sqlite_text (f->anna, "SELECT group_concat (id, ' ') FROM "
                                "(SELECT id FROM history ORDER BY changed_at DESC, id DESC)");
  ids = g_strsplit (order, " ", -1);
  g_assert_cmpuint (g_strv_length (ids), ==, all->len);
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpint (ber_change_get_id (g_ptr_array_index (all, i)), ==,
                     g_ascii_strtoll (ids[i], NULL, 10));
  drop_list (recent);
}

int
main (int   argc,
      char *argv[])
{
  /* Days are local days: the test's are UTC days. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/changes/record", Fixture, NULL, fixture_set_up, test_record, fixture_tear_down);
  g_test_add ("/changes/removed", Fixture, NULL, fixture_set_up, test_removed, fixture_tear_down);
  g_test_add ("/changes/links", Fixture, NULL, fixture_set_up, test_links, fixture_tear_down);
  g_test_add ("/changes/long-history", Fixture, NULL, fixture_set_up, test_long_history,
              fixture_tear_down);
  g_test_add ("/changes/recent", Fixture, NULL, fixture_set_up, test_recent, fixture_tear_down);
  g_test_add ("/changes/from-the-end", Fixture, NULL, fixture_set_up, test_from_the_end,
              fixture_tear_down);

  return g_test_run ();
}
