/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "ber-network.h"
#include "ber-record-list.h"
#include "ber-test-utils.h"

#define N_NETWORKS 1000

typedef struct
{
  char          *dir;
  BerStore      *store;
  BerRecordList *list;
  GArray        *changes; /* triples of position, removed, added */
  guint          n_items; /* the length after the last change told */
} Fixture;

static GVariant *
network_values (const char *name,
                const char *kind)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "name", g_variant_new_string (name));
  if (kind != NULL)
    g_variant_builder_add (&builder, "{sv}", "kind", g_variant_new_string (kind));
  return g_variant_builder_end (&builder);
}

static gint64
add_network (Fixture    *f,
             const char *name,
             const char *kind)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (f->store, "network", network_values (name, kind), &error);

  g_assert_no_error (error);
  return id;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *f)
{
  guint triple[3] = { position, removed, added };

  /* As GListModel asks: the length is already the new one when it is told. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, f->n_items + added - removed);
  f->n_items = g_list_model_get_n_items (model);
  g_array_append_vals (f->changes, triple, 3);
}

static void
assert_changes (Fixture *f,
                ...)
{
  va_list args;
  guint i = 0;
  int value;

  va_start (args, f);
  while ((value = va_arg (args, int)) >= 0)
    {
      g_assert_cmpuint (i, <, f->changes->len);
      g_assert_cmpuint (g_array_index (f->changes, guint, i), ==, (guint) value);
      i++;
    }
  va_end (args);

  g_assert_cmpuint (i, ==, f->changes->len);
  g_array_set_size (f->changes, 0);
}

static char *
name_at (BerRecordList *list,
         guint          position)
{
  g_autoptr(BerNetwork) network = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_assert_nonnull (network);
  return g_strdup (ber_network_get_name (network));
}

static BerQuery *
sorted_query (void)
{
  BerQuery *query = ber_query_new ("network_list");

  ber_query_add_order (query, "sort_key", FALSE);
  return query;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerQuery) query = sorted_query ();

  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  f->changes = g_array_new (FALSE, FALSE, sizeof (guint));

  g_assert_true (ber_store_begin (f->store, &error));
  for (guint i = 0; i < N_NETWORKS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Nätverk %04u", i * 2);

      add_network (f, name, i % 10 == 0 ? "research" : "political");
    }
  g_assert_true (ber_store_commit (f->store, &error));

  f->list = ber_record_list_new (f->store, BER_TYPE_NETWORK, query);
  f->n_items = g_list_model_get_n_items (G_LIST_MODEL (f->list));
  g_signal_connect (f->list, "items-changed", G_CALLBACK (on_items_changed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gint64 until = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;

  /* A worker's task lets go of the list just after its last callback. */
  g_object_add_weak_pointer (G_OBJECT (f->list), (gpointer *) &f->list);
  g_object_unref (f->list);
  while (f->list != NULL && g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_null (f->list);
  g_assert_finalize_object (f->store);
  g_array_unref (f->changes);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
test_lazy (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GObject) past_end = NULL;

  /* Opening the list costs a count and no rows. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, N_NETWORKS);
  g_assert_cmpuint (ber_record_list_get_n_fetches (f->list), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (f->list)) == BER_TYPE_NETWORK);

  first = name_at (f->list, 0);
  second = name_at (f->list, 1);
  g_assert_cmpstr (first, ==, "Nätverk 0000");
  g_assert_cmpstr (second, ==, "Nätverk 0002");
  g_assert_cmpuint (ber_record_list_get_n_fetches (f->list), ==, 1);

  last = name_at (f->list, N_NETWORKS - 1);
  g_assert_cmpstr (last, ==, "Nätverk 1998");
  g_assert_cmpuint (ber_record_list_get_n_fetches (f->list), ==, 2);

  /* Cached pages are not fetched again, and past the end is NULL. */
  g_free (name_at (f->list, 5));
  g_assert_cmpuint (ber_record_list_get_n_fetches (f->list), ==, 2);
  past_end = g_list_model_get_item (G_LIST_MODEL (f->list), N_NETWORKS);
  g_assert_null (past_end);
  g_assert_cmpuint (f->changes->len, ==, 0);
}

static void
test_insert (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *name = NULL;

  /* "Nätverk 0001" sorts between 0000 and 0002. */
  add_network (f, "Nätverk 0001", NULL);
  assert_changes (f, 1, 0, 1, -1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, N_NETWORKS + 1);
  name = name_at (f->list, 1);
  g_assert_cmpstr (name, ==, "Nätverk 0001");

  /* Swedish letters sort last. */
  add_network (f, "Östersjönätverket", NULL);
  assert_changes (f, N_NETWORKS + 1, 0, 1, -1);
  add_network (f, "AER", NULL);
  assert_changes (f, 0, 0, 1, -1);
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerNetwork) network = g_list_model_get_item (G_LIST_MODEL (f->list), 5);
  g_autofree char *name = NULL;
  gint64 id = ber_record_get_id (BER_RECORD (network));
  GVariantBuilder builder;

  /* A change that keeps the row's place. */
  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "description", g_variant_new_string ("Ändrad"));
  g_assert_true (ber_store_update (f->store, "network", id, g_variant_builder_end (&builder),
                                   &error));
  assert_changes (f, 5, 1, 1, -1);

  /* A rename that moves it to the end. */
  g_assert_true (ber_store_update (f->store, "network", id, network_values ("Zürich", NULL),
                                   &error));
  assert_changes (f, 5, 1, 0, N_NETWORKS - 1, 0, 1, -1);
  name = name_at (f->list, N_NETWORKS - 1);
  g_assert_cmpstr (name, ==, "Zürich");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, N_NETWORKS);

  /* Saving through the record object does the same. It was read before the
   * rename above, so it is read again: saving over a newer name would be a
   * conflict (tests/test-versions.c). */
  g_assert_true (ber_record_reload (BER_RECORD (network), f->store, &error));
  g_object_set (network, "name", "Aaa-nätverket", NULL);
  g_assert_true (ber_record_save (BER_RECORD (network), f->store, &error));
  g_assert_no_error (error);
  assert_changes (f, N_NETWORKS - 1, 1, 0, 0, 0, 1, -1);
  g_assert_cmpint (ber_record_list_find (f->list, id), ==, 0);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerNetwork) network = g_list_model_get_item (G_LIST_MODEL (f->list), 3);
  g_autofree char *name = NULL;

  g_assert_true (ber_record_delete (BER_RECORD (network), f->store, &error));
  g_assert_no_error (error);
  assert_changes (f, 3, 1, 0, -1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, N_NETWORKS - 1);
  name = name_at (f->list, 3);
  g_assert_cmpstr (name, ==, "Nätverk 0008");
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerQuery) query = sorted_query ();
  const char * const search[] = { "name", NULL };
  gint64 id;

  ber_query_add_condition (query, "kind", BER_QUERY_EQ, g_variant_new_string ("research"));
  ber_record_list_set_query (f->list, query);
  /* A new query: all rows go, then the new ones come (see replace_all()). */
  assert_changes (f, 0, N_NETWORKS, 0, 0, 0, N_NETWORKS / 10, -1);

  /* A row outside the filter changes nothing; moving into it inserts. */
  id = add_network (f, "Politiskt nätverk", "political");
  assert_changes (f, -1);
  {
    GVariantBuilder builder;

    g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
    g_variant_builder_add (&builder, "{sv}", "kind", g_variant_new_string ("research"));
    g_assert_true (ber_store_update (f->store, "network", id, g_variant_builder_end (&builder),
                                     &error));
  }
  assert_changes (f, N_NETWORKS / 10, 0, 1, -1);

  /* Search as you type narrows the same list. */
  {
    g_autoptr(BerQuery) narrowed = ber_query_copy (query);

    ber_query_set_search (narrowed, "NÄTVERK 00", search);
    ber_record_list_set_query (f->list, narrowed);
    /* 0000, 0020, …, 0080 are research networks. */
    assert_changes (f, 0, N_NETWORKS / 10 + 1, 0, 0, 0, 5, -1);
  }
}

static void
test_reset_and_depends (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GVariantBuilder builder;
  gint64 body;

  g_assert_true (ber_store_begin (f->store, &error));
  add_network (f, "Eurochild", NULL);
  add_network (f, "ERRIN", NULL);
  g_assert_true (ber_store_commit (f->store, &error));
  assert_changes (f, 0, N_NETWORKS, 0, 0, 0, N_NETWORKS + 2, -1);

  /* A body's name shows in the list through the view: the pages read are
   * read anew, in place, and no others. */
  g_free (name_at (f->list, 5));
  g_free (name_at (f->list, 950));
  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "name", g_variant_new_string ("Regionstyrelsen"));
  body = ber_store_insert (f->store, "body", g_variant_builder_end (&builder), &error);
  g_assert_no_error (error);
  assert_changes (f, 0, 100, 100, 900, 100, 100, -1);
  g_assert_cmpint (body, >, 0);

  ber_record_list_reload (f->list);
  assert_changes (f, 0, N_NETWORKS + 2, 0, 0, 0, N_NETWORKS + 2, -1);
}

static gboolean
is_loaded (gpointer data)
{
  return !ber_record_list_get_loading (data);
}

static void
wait_loaded (BerRecordList *list)
{
  gint64 until = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;

  while (ber_record_list_get_loading (list) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (is_loaded (list));
}

static BerQuery *
search_query (const char *text)
{
  const char * const search[] = { "name", NULL };
  BerQuery *query = sorted_query ();

  ber_query_set_search (query, text, search);
  return query;
}

/* A count the main thread may not wait for runs in the worker: the rows
 * shown stay until it is done, and then change once. */
static void
test_worker (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(BerQuery) query = sorted_query ();
  g_autofree char *name = NULL;

  ber_record_list_set_sync_limit (f->list, 0);
  ber_query_add_condition (query, "kind", BER_QUERY_EQ, g_variant_new_string ("research"));
  ber_record_list_set_query (f->list, query);
  g_assert_true (ber_record_list_get_loading (f->list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, N_NETWORKS);
  name = name_at (f->list, 1);
  g_assert_cmpstr (name, ==, "Nätverk 0002");
  assert_changes (f, -1);

  wait_loaded (f->list);
  assert_changes (f, 0, N_NETWORKS, 0, 0, 0, N_NETWORKS / 10, -1);
  g_clear_pointer (&name, g_free);
  name = name_at (f->list, 1);
  g_assert_cmpstr (name, ==, "Nätverk 0020");
}

/* Each keystroke cancels the count of the one before: only the last
 * search is shown. */
static void
test_keystrokes (Fixture       *f,
                 gconstpointer  data)
{
  const char *typed[] = { "N", "Nä", "Nät", "Nätverk 01", "Nätverk 019" };

  ber_record_list_set_sync_limit (f->list, 0);
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(BerQuery) query = search_query (typed[i]);

      ber_record_list_set_query (f->list, query);
    }
  wait_loaded (f->list);
  /* 0190, 0192, …, 0198. */
  assert_changes (f, 0, N_NETWORKS, 0, 0, 0, 5, -1);
}

/* A write while the worker counts is counted too. */
static void
test_write_while_counting (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BerQuery) query = sorted_query ();

  ber_record_list_set_sync_limit (f->list, 0);
  ber_query_add_condition (query, "kind", BER_QUERY_EQ, g_variant_new_string ("research"));
  ber_record_list_set_query (f->list, query);
  add_network (f, "Forskningsnätverket", "research");
  wait_loaded (f->list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->list)), ==, N_NETWORKS / 10 + 1);
}

/* A list dropped while its worker counts goes when the count has stopped. */
static void
test_drop_while_counting (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BerQuery) query = search_query ("Nätverk 1");
  BerRecordList *list = ber_record_list_new (f->store, BER_TYPE_NETWORK, NULL);
  gint64 until = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;

  ber_record_list_set_sync_limit (list, 0);
  ber_record_list_set_query (list, query);
  /* (Disposing clears weak pointers: the one that waits is added after.) */
  g_object_run_dispose (G_OBJECT (list));
  g_object_add_weak_pointer (G_OBJECT (list), (gpointer *) &list);
  g_object_unref (list);
  while (list != NULL && g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_null (list);
}

/* The store stops a read at its deadline or when cancelled, and is fine
 * for the next one. */
static void
test_limited_reads (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerQuery) query = search_query ("tverk 1");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  guint n = 1;
  gint position = 0;

  g_assert_false (ber_store_count_within (f->store, query, g_get_monotonic_time () - 1, NULL,
                                          &n, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);
  g_assert_cmpuint (n, ==, 0);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_assert_false (ber_store_count_within (f->store, query, 0, cancellable, &n, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (ber_store_position_within (f->store, query, 1, 0, cancellable, &position,
                                             &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (position, ==, -1);
  g_clear_error (&error);

  /* 1000…1998: 500 names. */
  g_assert_true (ber_store_count_within (f->store, query, 0, NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 500);
  g_assert_true (ber_store_count (f->store, query, &n, &error));
  g_assert_cmpuint (n, ==, 500);
}

/* An edit that keeps the row in its place reads one page and no position. */
static void
test_edit_in_place (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerNetwork) network = g_list_model_get_item (G_LIST_MODEL (f->list), 250);
  guint fetches = ber_record_list_get_n_fetches (f->list);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "description", g_variant_new_string ("Ändrad"));
  g_assert_true (ber_store_update (f->store, "network", ber_record_get_id (BER_RECORD (network)),
                                   g_variant_builder_end (&builder), &error));
  assert_changes (f, 250, 1, 1, -1);
  g_assert_cmpuint (ber_record_list_get_n_fetches (f->list), ==, fetches + 1);
}

/* The pages of the second half, read from the end, hold the same rows in
 * the same places as a store reading from the start, in each order. */
static void
test_pages_from_end (Fixture       *f,
                     gconstpointer  data)
{
  for (int descending = 0; descending <= 1; descending++)
    {
      g_autoptr(BerQuery) query = ber_query_new ("network_list");
      g_autoptr(GPtrArray) rows = NULL;
      g_autoptr(GError) error = NULL;

      ber_query_add_order (query, "kind", descending);
      ber_query_add_order (query, "sort_key", FALSE);
      ber_record_list_set_query (f->list, query);
      rows = ber_store_select (f->store, query, 0, G_MAXUINT, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (G_LIST_MODEL (f->list)));
      for (guint i = rows->len; i-- > 0;)
        {
          g_autoptr(BerRecord) record = g_list_model_get_item (G_LIST_MODEL (f->list), i);
          gint64 id = 0;

          g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
          g_assert_cmpint (ber_record_get_id (record), ==, id);
        }
    }
  g_array_set_size (f->changes, 0);
}

/* A row read again is the same object while it is held and unchanged. */
static void
test_stable_records (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) held = g_list_model_get_item (G_LIST_MODEL (f->list), 7);
  g_autoptr(GObject) again = NULL;
  g_autoptr(GObject) changed = NULL;
  gint64 id = ber_record_get_id (BER_RECORD (held));
  GVariantBuilder builder;

  ber_record_list_reload (f->list);
  again = g_list_model_get_item (G_LIST_MODEL (f->list), 7);
  g_assert_true (again == held);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "description", g_variant_new_string ("Ändrad"));
  g_assert_true (ber_store_update (f->store, "network", id, g_variant_builder_end (&builder),
                                   &error));
  changed = g_list_model_get_item (G_LIST_MODEL (f->list), 7);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (changed)), ==, id);
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (changed), "description"), ==, "Ändrad");
  /* The one held is not changed behind its holder's back. */
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (held), "description"), !=, "Ändrad");
}

static void
wait_pages (BerRecordList *list)
{
  gint64 until = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;

  while (ber_record_list_get_reading_pages (list) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (ber_record_list_get_reading_pages (list));
}

static gint64
id_at (Fixture *f,
       guint    position)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  rows = ber_store_select (f->store, ber_record_list_get_query (f->list), position, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id));
  return id;
}

/* A page the main thread may not wait for is read in the worker: its rows
 * are placeholders until then, and become the records in place, without
 * a change of rows told to the view. */
static void
test_pages_in_worker (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BerNetwork) held = NULL;
  g_autoptr(BerNetwork) again = NULL;
  g_autoptr(BerNetwork) next = NULL;
  g_autofree char *name = NULL;

  ber_record_list_set_page_limit (f->list, 0);
  held = g_list_model_get_item (G_LIST_MODEL (f->list), 550);
  g_assert_nonnull (held);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (held)), ==, 0);
  g_assert_true (ber_record_list_get_reading_pages (f->list));

  wait_pages (f->list);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (held)), ==, id_at (f, 550));
  g_assert_cmpstr (ber_network_get_name (held), ==, "Nätverk 1100");
  assert_changes (f, -1);

  again = g_list_model_get_item (G_LIST_MODEL (f->list), 550);
  g_assert_true (again == held);
  next = g_list_model_get_item (G_LIST_MODEL (f->list), 551);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (next)), ==, id_at (f, 551));
  name = name_at (f->list, 999);
  g_assert_cmpstr (name, ==, "");
  wait_pages (f->list);
}

/* Scrolling past pages: of the pages asked for while one is read, only the
 * latest one still shown is read next. */
static void
test_pages_skipped (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BerNetwork) held = NULL;
  guint fetches = ber_record_list_get_n_fetches (f->list);

  ber_record_list_set_page_limit (f->list, 0);
  for (guint page = 1; page < 9; page++)
    {
      g_autoptr(GObject) passed = g_list_model_get_item (G_LIST_MODEL (f->list), page * 100 + 5);

      g_assert_nonnull (passed);
    }
  held = g_list_model_get_item (G_LIST_MODEL (f->list), 905);
  wait_pages (f->list);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (held)), ==, id_at (f, 905));
  /* The first page asked for, read at once, and the last one. */
  g_assert_cmpuint (ber_record_list_get_n_fetches (f->list), <=, fetches + 2);
  assert_changes (f, -1);
}

/* A write while a page is read: the page's rows are asked for again, one
 * more on each side for the rows that moved, and read anew. */
static void
test_write_while_reading_pages (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(BerNetwork) held = NULL;
  g_autoptr(BerNetwork) moved = NULL;

  ber_record_list_set_page_limit (f->list, 0);
  held = g_list_model_get_item (G_LIST_MODEL (f->list), 500);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (held)), ==, 0);
  add_network (f, "Nätverk 0000 A", "political");
  assert_changes (f, 1, 0, 1, 499, 102, 102, -1);

  moved = g_list_model_get_item (G_LIST_MODEL (f->list), 501);
  wait_pages (f->list);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (moved)), ==, id_at (f, 501));
  g_assert_cmpstr (ber_network_get_name (moved), ==, "Nätverk 1000");
}

/* The ids of @rows. */
static GArray *
ids_of (GPtrArray *rows)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = 0;

      g_assert_true (g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id));
      g_array_append_val (ids, id);
    }
  return ids;
}

/* Keyset pages: from any row of a list, the rows that follow it are the
 * ones an offset finds, whatever the order's directions, with NULLs and
 * ties in its columns, a criterion or a search, and read backwards. */
static void
test_keyset (Fixture       *f,
             gconstpointer  data)
{
  struct { const char *column; gboolean descending; } orders[][3] = {
    { { "kind", FALSE }, { "sort_key", FALSE }, { NULL } },
    { { "next_review_on", FALSE }, { NULL } },
    { { "next_review_on", TRUE }, { "sort_key", FALSE }, { NULL } },
    { { "kind", TRUE }, { "next_review_on", FALSE }, { NULL } },
    { { "next_review_on", TRUE }, { "kind", TRUE }, { NULL } },
  };
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = 0;

  /* A review date on two networks of three, five dates in all. */
  all = ber_store_select (f->store, ber_record_list_get_query (f->list), 0, G_MAXUINT, &error);
  g_assert_no_error (error);
  g_assert_true (ber_store_begin (f->store, &error));
  for (guint i = 0; i < all->len; i++)
    if (i % 3 != 0)
      {
        g_autofree char *date = g_strdup_printf ("2027-0%u-01", i % 5 + 1);
        GVariantBuilder builder;
        gint64 id = 0;

        g_variant_lookup (g_ptr_array_index (all, i), "id", "x", &id);
        g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
        g_variant_builder_add (&builder, "{sv}", "next_review_on", g_variant_new_string (date));
        g_assert_true (ber_store_update (f->store, "network", id, g_variant_builder_end (&builder),
                                         &error));
      }
  g_assert_true (ber_store_commit (f->store, &error));

  for (guint o = 0; o < G_N_ELEMENTS (orders); o++)
    for (int variant = 0; variant < 3; variant++)
      for (int backwards = 0; backwards <= 1; backwards++)
        {
          g_autoptr(BerQuery) forwards = ber_query_new ("network_list");
          g_autoptr(BerQuery) query = NULL;
          g_autoptr(GPtrArray) rows = NULL;
          g_autoptr(GArray) ids = NULL;

          for (guint c = 0; orders[o][c].column != NULL; c++)
            ber_query_add_order (forwards, orders[o][c].column, orders[o][c].descending);
          if (variant == 1)
            ber_query_add_condition (forwards, "kind", BER_QUERY_EQ,
                                     g_variant_new_string ("political"));
          else if (variant == 2)
            ber_query_set_search (forwards, "Nätverk 01", (const char *[]) { "name", NULL });
          query = backwards ? ber_query_copy_reversed (forwards) : ber_query_ref (forwards);

          rows = ber_store_select (f->store, query, 0, G_MAXUINT, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (rows->len, >, 20);
          ids = ids_of (rows);
          for (guint i = 0; i < ids->len; i += 19)
            {
              g_autoptr(GPtrArray) after = NULL;
              g_autoptr(GArray) after_ids = NULL;
              guint expected = MIN (13, ids->len - i - 1);

              after = ber_store_select_after_within (f->store, query,
                                                     g_array_index (ids, gint64, i), 13, 0,
                                                     NULL, &error);
              g_assert_no_error (error);
              after_ids = ids_of (after);
              g_assert_cmpuint (after_ids->len, ==, expected);
              for (guint j = 0; j < expected; j++)
                g_assert_cmpint (g_array_index (after_ids, gint64, j), ==,
                                 g_array_index (ids, gint64, i + 1 + j));
              n_pages++;
            }
        }
  g_test_message ("%u pages read after a row, each as an offset reads it", n_pages);

  /* A row that is gone: the caller reads by offset instead. */
  {
    g_autoptr(GPtrArray) gone = ber_store_select_after_within (f->store,
                                                               ber_record_list_get_query (f->list),
                                                               G_MAXINT64, 13, 0, NULL, &error);

    g_assert_null (gone);
    g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_array_set_size (f->changes, 0);
}

/* Scrolled through page by page, each page after the first is read from
 * its neighbour's last row, and the list holds the rows an offset reads. */
static void
test_keyset_scroll (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (f->list));

  all = ber_store_select (f->store, ber_record_list_get_query (f->list), 0, G_MAXUINT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerRecord) record = g_list_model_get_item (G_LIST_MODEL (f->list), i);
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (all, i), "id", "x", &id);
      g_assert_cmpint (ber_record_get_id (record), ==, id);
    }
  /* One read per page, and all but the first by keyset. */
  g_assert_cmpuint (ber_record_list_get_n_fetches (f->list), ==,
                    (n + BER_RECORD_LIST_PAGE_SIZE - 1) / BER_RECORD_LIST_PAGE_SIZE);
  g_assert_cmpuint (ber_record_list_get_n_keyset_reads (f->list), ==,
                    (n + BER_RECORD_LIST_PAGE_SIZE - 1) / BER_RECORD_LIST_PAGE_SIZE - 1);
}

static void
test_empty (void)
{
  g_autofree char *dir = NULL;
  BerStore *store = ber_test_store_new (BER_TEST_EMPTY, &dir);
  BerRecordList *list = ber_record_list_new (store, BER_TYPE_NETWORK, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
  g_assert_finalize_object (list);
  g_assert_finalize_object (store);
  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/record-list/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("lazy", test_lazy);
  ADD ("insert", test_insert);
  ADD ("update", test_update);
  ADD ("delete", test_delete);
  ADD ("filter", test_filter);
  ADD ("reset-and-depends", test_reset_and_depends);
  ADD ("worker", test_worker);
  ADD ("keystrokes", test_keystrokes);
  ADD ("write-while-counting", test_write_while_counting);
  ADD ("drop-while-counting", test_drop_while_counting);
  ADD ("limited-reads", test_limited_reads);
  ADD ("edit-in-place", test_edit_in_place);
  ADD ("stable-records", test_stable_records);
  ADD ("pages-from-end", test_pages_from_end);
  ADD ("pages-in-worker", test_pages_in_worker);
  ADD ("pages-skipped", test_pages_skipped);
  ADD ("write-while-reading-pages", test_write_while_reading_pages);
  ADD ("keyset", test_keyset);
  ADD ("keyset-scroll", test_keyset_scroll);
#undef ADD
  g_test_add_func ("/record-list/empty", test_empty);

  return g_test_run ();
}
