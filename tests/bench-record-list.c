/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * How the lazy list behaves at scale: 100,000 items in a real register,
 * timed the way a list view uses them. Prints figures; asserts nothing
 * about time, since that depends on the machine.
 */

#include "config.h"

#include "ber-record.h"
#include "ber-record-list.h"
#include "ber-test-utils.h"

#define N_ROWS 100000

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
fill (BerStore *store)
{
  g_autoptr(GError) error = NULL;
  const char *types[] = { "invitation", "eu-consultation", "referral", "decision", "information" };
  gint64 start = g_get_monotonic_time ();

  g_assert_true (ber_store_begin (store, &error));
  for (guint i = 0; i < N_ROWS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Ärende %06u om sammanhållningspolitik", i);
      g_autofree char *received = g_strdup_printf ("%04u-%02u-%02u", 2000 + (i % 26),
                                                   1 + (i % 12), 1 + (i % 28));
      GVariantBuilder builder;

      g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
      g_variant_builder_add (&builder, "{sv}", "title", g_variant_new_string (title));
      g_variant_builder_add (&builder, "{sv}", "received_on", g_variant_new_string (received));
      g_variant_builder_add (&builder, "{sv}", "type", g_variant_new_string (types[i % 5]));
      ber_store_insert (store, "item", g_variant_builder_end (&builder), &error);
      g_assert_no_error (error);
    }
  g_assert_true (ber_store_commit (store, &error));
  g_print ("fill: %u items in one transaction: %.0f ms\n", N_ROWS, ms_since (start));
}

static void
measure (BerStore   *store,
         const char *label,
         BerQuery   *query)
{
  g_autoptr(BerRecordList) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  double worst = 0, total = 0;
  guint n;
  const guint positions[] = { 0, 1, 50000, 99999, 25000, 75000 };
  gint position = -1;

  start = g_get_monotonic_time ();
  list = ber_record_list_new (store, BER_TYPE_RECORD, query);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_print ("%s: open (count %u): %.2f ms\n", label, n, ms_since (start));

  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      g_autoptr(GObject) item = NULL;

      start = g_get_monotonic_time ();
      item = g_list_model_get_item (G_LIST_MODEL (list), MIN (positions[i], n - 1));
      g_print ("%s: first item of the page at %u: %.2f ms\n", label, positions[i],
               ms_since (start));
    }

  /* Random pages, as a fast scrollbar drag would ask for them. */
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(GObject) item = NULL;
      double ms;

      start = g_get_monotonic_time ();
      item = g_list_model_get_item (G_LIST_MODEL (list), g_random_int_range (0, n));
      ms = ms_since (start);
      total += ms;
      worst = MAX (worst, ms);
    }
  g_print ("%s: 200 random items: mean %.2f ms, worst %.2f ms\n", label, total / 200, worst);

  start = g_get_monotonic_time ();
  g_assert_true (ber_store_position (store, query, N_ROWS / 2, &position, &error));
  g_print ("%s: position of one row: %.2f ms\n", label, ms_since (start));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = NULL;
  g_autoptr(BerQuery) by_date = ber_query_new ("item_list");
  g_autoptr(BerQuery) by_title = ber_query_new ("item_list");
  g_autoptr(BerQuery) filtered = ber_query_new ("item_list");
  g_autoptr(BerQuery) searched = ber_query_new ("item_list");
  const char * const search[] = { "title", "diary_number", "description", NULL };
  g_autoptr(GError) error = NULL;
  gint64 start;

  g_test_init (&argc, &argv, NULL);

  store = ber_test_store_new (BER_TEST_EMPTY, &dir);
  fill (store);

  ber_query_add_order (by_date, "received_on", TRUE);
  measure (store, "items by received date", by_date);

  ber_query_add_order (by_title, "sort_key", FALSE);
  measure (store, "items by title", by_title);

  ber_query_add_condition (filtered, "type", BER_QUERY_EQ, g_variant_new_string ("referral"));
  ber_query_add_order (filtered, "received_on", FALSE);
  measure (store, "referrals by date", filtered);

  ber_query_set_search (searched, "ärende 09", search);
  ber_query_add_order (searched, "received_on", FALSE);
  measure (store, "search “ärende 09”", searched);

  {
    g_autoptr(BerRecordList) list = ber_record_list_new (store, BER_TYPE_RECORD, by_date);
    GVariantBuilder builder;

    g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
    g_variant_builder_add (&builder, "{sv}", "title", g_variant_new_string ("Nytt ärende"));
    g_variant_builder_add (&builder, "{sv}", "received_on", g_variant_new_string ("2026-11-23"));
    start = g_get_monotonic_time ();
    ber_store_insert (store, "item", g_variant_builder_end (&builder), &error);
    g_assert_no_error (error);
    g_print ("insert one item with its exact items-changed: %.2f ms\n", ms_since (start));
  }

  g_clear_object (&store);
  ber_test_remove_tree (dir);
  return 0;
}
