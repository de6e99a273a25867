/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The networks service without a window: a change of membership ends the
 * rows still open and adds the new one in one transaction, and a change
 * that breaks a rule leaves the history as it was; the list follows its
 * filter; each rule refuses what breaks it and writes nothing; a review
 * and the next review date, a question and its link, are written together.
 */

#include "config.h"

#include <string.h>

#include "ber-labels.h"
#include "ber-model.h"
#include "ber-networks.h"
#include "ber-record-list.h"
#include "ber-test-utils.h"

typedef struct
{
  char        *dir;
  BerStore    *store;
  BerNetworks *networks;
  gint64       network_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BerNetwork) network = ber_network_new ();
  g_autoptr(GError) error = NULL;

  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  ber_store_set_today (f->store, "2026-03-01");
  f->networks = ber_networks_new (f->store);
  g_object_set (network, "name", "European Network of Social Authorities", "acronym", "ENSA",
                NULL);
  g_assert_true (ber_record_save (BER_RECORD (network), f->store, &error));
  f->network_id = ber_record_get_id (BER_RECORD (network));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->networks);
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static BerMembership *
membership (Fixture    *f,
            const char *status,
            const char *from)
{
  BerMembership *m = ber_membership_new ();

  g_object_set (m, "network-id", f->network_id, "status", status, "from-on", from,
                "activity", "active", NULL);
  return m;
}

static GPtrArray *
history (Fixture *f)
{
  g_autoptr(BerQuery) query = ber_query_new ("membership");
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ, g_variant_new_int64 (f->network_id));
  ber_query_add_order (query, "from_on", FALSE);
  rows = ber_store_select (f->store, query, 0, 100, &error);
  g_assert_no_error (error);
  return rows;
}

static const char *
text (GVariant   *row,
      const char *column)
{
  const char *value = NULL;

  g_variant_lookup (row, column, "&s", &value);
  return value;
}

static void
test_change_ends_open (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BerMembership) first = membership (f, "member", "2015-01-01");
  g_autoptr(BerMembership) second = membership (f, "left", "2024-07-01");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ber_networks_change_membership (f->networks, first, &error));
  g_assert_no_error (error);
  g_assert_true (ber_networks_change_membership (f->networks, second, &error));
  g_assert_no_error (error);

  rows = history (f);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (text (g_ptr_array_index (rows, 0), "status"), ==, "member");
  g_assert_cmpstr (text (g_ptr_array_index (rows, 0), "to_on"), ==, "2024-07-01");
  g_assert_cmpstr (text (g_ptr_array_index (rows, 1), "status"), ==, "left");
  g_assert_null (text (g_ptr_array_index (rows, 1), "to_on"));
}

/* An indirect membership names the network it goes through: without one,
 * the change is refused and the open membership is not ended. */
static void
test_refused_change_writes_nothing (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(BerMembership) first = membership (f, "member", "2015-01-01");
  g_autoptr(BerMembership) indirect = membership (f, "indirect", "2020-01-01");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ber_networks_change_membership (f->networks, first, &error));
  g_assert_false (ber_networks_change_membership (f->networks, indirect, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (indirect)), ==, 0);

  rows = history (f);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_null (text (g_ptr_array_index (rows, 0), "to_on"));

  g_object_set (indirect, "status", "member", NULL);
  g_clear_error (&error);
  g_assert_true (ber_networks_change_membership (f->networks, indirect, &error));
  g_assert_no_error (error);
}

static void
test_bad_date_refused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BerMembership) bad = membership (f, "member", "2026-02-30");
  g_autoptr(GError) error = NULL;

  g_assert_false (ber_networks_change_membership (f->networks, bad, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
}

/* Helpers of the tests below */

static gint64
add_body (Fixture    *f,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (f->store, "body",
                                ber_store_values ("name", g_variant_new_string (name), NULL),
                                &error);

  g_assert_no_error (error);
  return id;
}

static gint64
add_network (Fixture    *f,
             const char *name,
             const char *acronym,
             const char *kind,
             gint64      body_id,
             const char *next_review)
{
  g_autoptr(BerNetwork) network = ber_network_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (network, "name", name, "acronym", acronym, "kind", kind,
                "responsible-body-id", body_id, "next-review-on", next_review, NULL);
  g_assert_true (ber_networks_save (f->networks, network, &error));
  g_assert_no_error (error);
  return ber_record_get_id (BER_RECORD (network));
}

static void
set_membership (Fixture    *f,
                gint64      network_id,
                const char *status,
                const char *activity)
{
  g_autoptr(BerMembership) m = ber_networks_new_membership (f->networks, network_id);
  g_autoptr(GError) error = NULL;

  g_object_set (m, "status", status, "activity", activity, NULL);
  g_assert_true (ber_networks_change_membership (f->networks, m, &error));
  g_assert_no_error (error);
}

static char *
name_at (GListModel *list,
         guint       position)
{
  g_autoptr(BerRecord) record = g_list_model_get_item (list, position);

  g_assert_nonnull (record);
  return g_strdup (ber_record_get_string (record, "name"));
}

static guint
count (Fixture    *f,
       const char *table)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (ber_store_count (f->store, query, &n, &error));
  g_assert_no_error (error);
  return n;
}

/* The list follows its filter: each criterion, the search and the orders. */
static void
test_list_filter (Fixture       *f,
                  gconstpointer  data)
{
  gint64 board = add_body (f, "Regionstyrelsen");
  gint64 aer = add_network (f, "Assembly of European Regions", "AER", "political", board,
                            "2026-01-15");
  gint64 eur = add_network (f, "Eurocities", "", "association", 0, "2027-01-15");
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = ber_networks_list (f->networks, filter);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  set_membership (f, aer, "member", "very-active");
  set_membership (f, eur, "interested", "inactive");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  first = name_at (list, 0);
  g_assert_cmpstr (first, ==, "Assembly of European Regions");

  ber_list_filter_set_text (filter, BER_NETWORKS_CRITERION_STATUS, "member");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  ber_list_filter_set_text (filter, BER_NETWORKS_CRITERION_STATUS, NULL);
  ber_list_filter_set_text (filter, BER_NETWORKS_CRITERION_KIND, "association");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  ber_list_filter_set_text (filter, BER_NETWORKS_CRITERION_KIND, NULL);
  ber_list_filter_set_text (filter, BER_NETWORKS_CRITERION_ACTIVITY, "very-active");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  /* A network the region only follows has no activity level, whatever its row holds. */
  ber_list_filter_set_text (filter, BER_NETWORKS_CRITERION_ACTIVITY, "inactive");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  ber_list_filter_set_text (filter, BER_NETWORKS_CRITERION_ACTIVITY, NULL);
  ber_list_filter_set_id (filter, BER_NETWORKS_CRITERION_BODY, board);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  ber_list_filter_set_id (filter, BER_NETWORKS_CRITERION_BODY, 0);

  /* Due by today (2026-03-01): AER's review only. */
  ber_list_filter_set_flag (filter, BER_NETWORKS_CRITERION_REVIEW_DUE, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  ber_list_filter_set_flag (filter, BER_NETWORKS_CRITERION_REVIEW_DUE, FALSE);

  ber_list_filter_set_search (filter, "euroc");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  ber_list_filter_set_search (filter, NULL);

  /* By acronym, descending: the networks without one last. */
  ber_list_filter_set_order (filter, BER_NETWORKS_ORDER_ACRONYM, TRUE);
  g_clear_pointer (&first, g_free);
  first = name_at (list, 0);
  last = name_at (list, 2);
  g_assert_cmpstr (first, ==, "European Network of Social Authorities");
  g_assert_cmpstr (last, ==, "Eurocities");

  /* By responsible body, in Swedish order, through a rename of the body
   * that leaves the network's version as it was. */
  {
    gint64 run = add_body (f, "Regionala utvecklingsnämnden");
    gint64 eur_version = 0;
    gint64 after_version = -1;
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(BerNetwork) network = BER_NETWORK (ber_record_load (BER_TYPE_NETWORK, f->store, eur,
                                                                  &error));

    g_assert_no_error (error);
    g_object_set (network, "responsible-body-id", run, NULL);
    g_assert_true (ber_networks_save (f->networks, network, &error));
    g_assert_no_error (error);
    g_object_get (network, "version", &eur_version, NULL);
    ber_list_filter_set_order (filter, BER_NETWORKS_ORDER_BODY, FALSE);
    /* No body first, then "Regionala utvecklingsnämnden", "Regionstyrelsen". */
    before = name_at (list, 1);
    g_assert_cmpstr (before, ==, "Eurocities");
    g_assert_true (ber_store_update (f->store, "body", run,
                                     ber_store_values ("name", g_variant_new_string ("Ö-nämnden"),
                                                       NULL),
                                     &error));
    g_assert_no_error (error);
    ber_record_list_reload (BER_RECORD_LIST (list));
    after = name_at (list, 2);
    g_assert_cmpstr (after, ==, "Eurocities");
    g_clear_object (&network);
    network = BER_NETWORK (ber_record_load (BER_TYPE_NETWORK, f->store, eur, &error));
    g_object_get (network, "version", &after_version, NULL);
    g_assert_cmpint (after_version, ==, eur_version);
  }

  /* A network added later appears in its place. */
  ber_list_filter_set_order (filter, NULL, FALSE);
  add_network (f, "Baltic Sea Commission", "BSC", "political", 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
}

static void
test_due_reviews (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerNetwork) due = NULL;
  guint n = 99;

  add_network (f, "Due", "", "other", 0, "2026-03-01");
  add_network (f, "Later", "", "other", 0, "2026-03-02");
  g_assert_true (ber_networks_count_due_reviews (f->networks, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);

  due = BER_NETWORK (ber_record_load (BER_TYPE_NETWORK, f->store, f->network_id, &error));
  g_assert_false (ber_networks_is_review_due (f->networks, due));
  g_object_set (due, "next-review-on", "2025-12-31", NULL);
  g_assert_true (ber_networks_is_review_due (f->networks, due));
}

static void
test_save_rules (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(BerNetwork) network = ber_network_new ();
  g_autoptr(GError) error = NULL;
  const char *property = NULL;
  guint before = count (f, "network");

  g_object_set (network, "name", "  ", NULL);
  g_assert_false (ber_networks_check (f->networks, network, &property, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_cmpstr (property, ==, "name");
  g_clear_error (&error);
  g_assert_false (ber_networks_save (f->networks, network, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (network, "name", " Euregha ", "next-review-on", "2027-02-30", NULL);
  g_assert_false (ber_networks_check (f->networks, network, &property, &error));
  g_assert_cmpstr (property, ==, "next-review-on");
  g_clear_error (&error);
  g_assert_false (ber_networks_save (f->networks, network, &error));
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "network"), ==, before);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (network)), ==, 0);

  g_object_set (network, "next-review-on", "2027-02-28", NULL);
  g_assert_true (ber_networks_save (f->networks, network, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_network_get_name (network), ==, "Euregha");
  g_assert_cmpuint (count (f, "network"), ==, before + 1);

  g_assert_true (ber_networks_delete (f->networks, network, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f, "network"), ==, before);
}

static void
test_memberships_newest_first (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(BerMembership) first = membership (f, "interested", "2015-01-01");
  g_autoptr(BerMembership) second = membership (f, "member", "2019-01-01");
  g_autoptr(BerMembership) fresh = ber_networks_new_membership (f->networks, f->network_id);
  g_autoptr(GListModel) list = ber_networks_list_memberships (f->networks, f->network_id);
  g_autoptr(BerMembership) top = NULL;
  g_autoptr(GError) error = NULL;

  /* A new membership: a member, active, from today. */
  g_assert_cmpstr (ber_membership_get_status (fresh), ==, "member");
  g_assert_cmpstr (ber_membership_get_from_on (fresh), ==, "2026-03-01");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (fresh), "activity"), ==, "active");

  g_assert_true (ber_networks_change_membership (f->networks, first, &error));
  g_assert_true (ber_networks_change_membership (f->networks, second, &error));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  top = g_list_model_get_item (list, 0);
  g_assert_cmpstr (ber_membership_get_from_on (top), ==, "2019-01-01");
}

/* A network cannot be a member through itself. */
static void
test_via_itself_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BerMembership) m = membership (f, "indirect", "2020-01-01");
  g_autoptr(GError) error = NULL;

  g_object_set (m, "via-network-id", f->network_id, NULL);
  g_assert_false (ber_networks_change_membership (f->networks, m, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_cmpuint (count (f, "membership"), ==, 0);
}

static gint64
add_person (Fixture    *f,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (f->store, "person",
                                ber_store_values ("name", g_variant_new_string (name), NULL),
                                &error);

  g_assert_no_error (error);
  return id;
}

static void
add_assignment (Fixture    *f,
                gint64      person_id,
                const char *to,
                const char *candidacy)
{
  g_autoptr(BerAssignment) a = ber_assignment_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (a, "person-id", person_id, "network-id", f->network_id, "from-on", "2023-01-01",
                "to-on", to, "candidacy", candidacy, NULL);
  g_assert_true (ber_record_save (BER_RECORD (a), f->store, &error));
  g_assert_no_error (error);
}

/* The current representatives and the candidacies still open, the latest end first. */
static void
test_representatives (Fixture       *f,
                      gconstpointer  data)
{
  gint64 anna = add_person (f, "Anna");
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  add_assignment (f, anna, "2026-12-31", NULL);
  add_assignment (f, anna, "2026-03-01", NULL);
  add_assignment (f, anna, "2025-12-31", NULL);
  add_assignment (f, anna, NULL, "pending");
  add_assignment (f, anna, NULL, "not-elected");
  add_assignment (f, anna, "2027-12-31", "withdrawn");

  list = ber_networks_list_representatives (f->networks, f->network_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    g_autoptr(BerRecord) top = g_list_model_get_item (list, 0);

    g_assert_cmpstr (ber_record_get_string (top, "to-on"), ==, "2026-12-31");
    g_assert_cmpstr (ber_record_get_string (top, "person-name"), ==, "Anna");
  }
}

static void
test_fee_rules (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BerFee) fee = ber_networks_new_fee (f->networks, f->network_id);
  g_autoptr(BerFee) twin = ber_networks_new_fee (f->networks, f->network_id);
  g_autoptr(GListModel) fees = ber_networks_list_fees (f->networks, f->network_id);
  g_autoptr(GError) error = NULL;
  double rate = -1;

  /* This year's, in euro. */
  g_assert_cmpint (ber_fee_get_year (fee), ==, 2026);
  g_assert_cmpstr (ber_fee_get_currency (fee), ==, "EUR");

  g_object_set (fee, "year", 1800, "amount", 1000.0, NULL);
  g_assert_false (ber_networks_save_fee (f->networks, fee, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (fee, "year", 2026, "currency", "NOK", NULL);
  g_assert_false (ber_networks_save_fee (f->networks, fee, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "fee"), ==, 0);

  g_object_set (fee, "currency", "EUR", "sek-rate", 11.25, NULL);
  g_assert_true (ber_networks_save_fee (f->networks, fee, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (fees), ==, 1);

  /* One fee a year: a second for 2026 is refused. */
  g_object_set (twin, "amount", 5.0, NULL);
  g_assert_false (ber_networks_save_fee (f->networks, twin, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "fee"), ==, 1);

  /* The same fee corrected, to SEK: it keeps no rate. */
  g_object_set (fee, "currency", "SEK", "amount", 12000.0, NULL);
  g_assert_true (ber_networks_save_fee (f->networks, fee, &error));
  g_assert_no_error (error);
  g_object_get (fee, "sek-rate", &rate, NULL);
  g_assert_cmpfloat (rate, ==, 0);
  g_assert_cmpuint (count (f, "fee"), ==, 1);
}

static void
test_body_rules (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(BerNetworkBody) body = ber_networks_new_body (f->networks, f->network_id);
  g_autoptr(GListModel) bodies = ber_networks_list_bodies (f->networks, f->network_id);
  g_autoptr(GError) error = NULL;

  g_assert_false (ber_networks_save_body (f->networks, body, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (body, "name", " Styrelsen ", "seats", 2, NULL);
  g_assert_true (ber_networks_save_body (f->networks, body, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_network_body_get_name (body), ==, "Styrelsen");
  g_assert_cmpuint (g_list_model_get_n_items (bodies), ==, 1);
}

/* The review and the next review date are written together, or neither. */
static void
test_review (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(BerNetwork) network = BER_NETWORK (ber_record_load (BER_TYPE_NETWORK, f->store,
                                                                f->network_id, NULL));
  g_autoptr(BerNetworkReview) review = ber_networks_new_review (f->networks, network);
  g_autoptr(BerNetwork) after = NULL;
  g_autoptr(GListModel) reviews = ber_networks_list_reviews (f->networks, f->network_id);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (ber_network_review_get_reviewed_on (review), ==, "2026-03-01");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (network), "next-review-on"), ==,
                   "2027-03-01");

  g_object_set (network, "next-review-on", "2027-02-30", NULL);
  g_assert_false (ber_networks_add_review (f->networks, review, network, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "network_review"), ==, 0);

  g_object_set (network, "next-review-on", "2027-03-15", NULL);
  g_assert_true (ber_networks_add_review (f->networks, review, network, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 1);
  after = BER_NETWORK (ber_record_load (BER_TYPE_NETWORK, f->store, f->network_id, &error));
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (after), "next-review-on"), ==,
                   "2027-03-15");
}

static gboolean
is_linked (Fixture *f,
           gint64   question_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) linked = ber_networks_list_linked_questions (f->networks, f->network_id,
                                                                  &error);

  g_assert_no_error (error);
  for (guint i = 0; i < linked->len; i++)
    if (g_array_index (linked, gint64, i) == question_id)
      return TRUE;
  return FALSE;
}

/* A question is added and linked together; links change one at a time. */
static void
test_questions (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BerInfluenceQuestion) question = ber_networks_new_question (f->networks);
  g_autoptr(GListModel) questions = ber_networks_list_questions (f->networks);
  g_autoptr(GError) error = NULL;
  gint64 id;
  int year = 0;

  g_object_get (question, "year", &year, NULL);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpstr (ber_influence_question_get_scope (question), ==, "international");

  g_assert_false (ber_networks_add_question (f->networks, f->network_id, question, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "influence_question"), ==, 0);

  g_object_set (question, "title", "Sammanhållningspolitiken efter 2027", NULL);
  g_assert_true (ber_networks_add_question (f->networks, f->network_id, question, &error));
  g_assert_no_error (error);
  id = ber_record_get_id (BER_RECORD (question));
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 1);
  g_assert_true (is_linked (f, id));

  g_assert_true (ber_networks_link_question (f->networks, f->network_id, id, FALSE, &error));
  g_assert_false (is_linked (f, id));
  g_assert_true (ber_networks_link_question (f->networks, f->network_id, id, TRUE, &error));
  g_assert_true (is_linked (f, id));
  g_assert_no_error (error);
}

/* A period open at one end names the end it has: "from 2023-01-01", never
 * "2023-01-01 – " with nothing after the dash. */
static void
test_period_text (void)
{
  g_autofree char *both = ber_format_period ("2023-01-01", "2026-12-31");
  g_autofree char *open_end = ber_format_period ("2023-01-01", NULL);
  g_autofree char *empty_end = ber_format_period ("2023-01-01", "");
  g_autofree char *open_start = ber_format_period (NULL, "2026-12-31");
  g_autofree char *none = ber_format_period ("", NULL);

  g_assert_cmpstr (both, ==, "2023-01-01\u00a0–\u00a02026-12-31");
  g_assert_cmpstr (open_end, ==, "from 2023-01-01");
  g_assert_cmpstr (empty_end, ==, "from 2023-01-01");
  g_assert_cmpstr (open_start, ==, "until 2026-12-31");
  g_assert_null (none);
}

/* A text field of @record, "" when it has none. */
static const char *
field (gpointer    record,
       const char *name)
{
  const char *value = ber_record_get_string (BER_RECORD (record), name);

  return value != NULL ? value : "";
}

/* The network of the demo register named @name (or with @name as its acronym). */
static BerNetwork *
demo_network (GListModel *list,
              const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BerNetwork) network = g_list_model_get_item (list, i);
      BerRecord *record = BER_RECORD (network);

      if (g_strcmp0 (ber_record_get_string (record, "name"), name) == 0
          || g_strcmp0 (ber_record_get_string (record, "acronym"), name) == 0)
        return g_steal_pointer (&network);
    }
  return NULL;
}

/*
 * The demo's networks are Region Örebro län's (seed 004): its Brussels
 * office is Central Sweden, and it never was in Västernorrland's Mid Sweden
 * Office (seed 002), so Central Sweden succeeds nothing. EARMA, which it
 * follows without being a member, is "interested" with no activity level,
 * while a member that takes no part is inactive.
 */
static void
test_demo_memberships (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = ber_test_store_new (BER_TEST_DEMO, &dir);
  g_autoptr(BerNetworks) networks = ber_networks_new (store);
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = ber_networks_list (networks, filter);
  g_autoptr(BerNetwork) earma = NULL;
  g_autoptr(BerNetwork) ehma = NULL;
  g_autoptr(BerNetwork) central = NULL;
  g_autoptr(BerNetwork) errin = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GListModel) reviews = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (list), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BerRecord) network = g_list_model_get_item (list, i);

      g_assert_null (strstr (field (network, "name"), "Mid Sweden"));
      g_assert_null (strstr (field (network, "description"), "Mid Sweden"));
      /* No network of the demo was left: none is recorded as replaced. */
      g_assert_cmpstr (ber_record_get_string (network, "membership-status"), !=, "left");
    }

  earma = demo_network (list, "EARMA");
  g_assert_nonnull (earma);
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (earma), "membership-status"), ==,
                   "interested");
  g_assert_null (ber_record_get_string (BER_RECORD (earma), "activity"));
  history = ber_networks_list_memberships (networks, ber_record_get_id (BER_RECORD (earma)));
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  {
    g_autoptr(BerMembership) row = g_list_model_get_item (history, 0);

    g_assert_cmpstr (ber_membership_get_status (row), ==, "interested");
    g_assert_null (ber_membership_get_activity (row));
    g_assert_false (ber_membership_status_has_activity (ber_membership_get_status (row)));
  }
  g_clear_object (&history);

  ehma = demo_network (list, "EHMA");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (ehma), "membership-status"), ==, "member");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (ehma), "activity"), ==, "inactive");

  /* Central Sweden: one membership, owned with Dalarna and Gävleborg, succeeding nothing. */
  central = demo_network (list, "Central Sweden");
  g_assert_nonnull (central);
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (central), "membership-status"), ==,
                   "member");
  g_assert_nonnull (strstr (field (central, "description"), "Region Örebro län"));
  history = ber_networks_list_memberships (networks, ber_record_get_id (BER_RECORD (central)));
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  {
    g_autoptr(BerRecord) row = g_list_model_get_item (history, 0);

    g_assert_null (strstr (field (row, "notes"), "Ersatt"));
  }
  reviews = ber_networks_list_reviews (networks, ber_record_get_id (BER_RECORD (central)));
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(BerRecord) review = g_list_model_get_item (reviews, i);

      g_assert_cmpstr (ber_record_get_string (review, "outcome"), !=, "leave");
    }

  /* ERRIN still goes through Central Sweden, as the annex says. */
  errin = demo_network (list, "ERRIN");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (errin), "membership-status"), ==,
                   "indirect");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (errin), "via-network-name"), ==,
                   "Central Sweden");

  g_clear_object (&list);
  g_clear_object (&history);
  g_clear_object (&reviews);
  g_assert_finalize_object (g_steal_pointer (&networks));
  g_assert_finalize_object (g_steal_pointer (&store));
  ber_test_remove_tree (dir);
}

/* The sqlite3 program's answer to @sql on the register, trimmed. */
static char *
sqlite3_answer (Fixture    *f,
                const char *sql)
{
  return ber_test_sqlite3 (ber_store_get_location (f->store), sql);
}

/* A network still named elsewhere is kept, and the refusal says by what,
 * as the register counts it; once those are gone, it is deleted with its
 * own rows. */
static void
test_delete_named_elsewhere (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(BerNetwork) network = NULL;
  g_autoptr(GPtrArray) references = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 other, person, event;

  other = ber_test_insert (f->store, "network",
                           ber_store_values ("name", g_variant_new_string ("ERRIN"), NULL));
  ber_test_insert (f->store, "membership",
                   ber_store_values ("network_id", g_variant_new_int64 (other),
                                     "status", g_variant_new_string ("indirect"),
                                     "via_network_id", g_variant_new_int64 (f->network_id),
                                     NULL));
  ber_test_insert (f->store, "membership",
                   ber_store_values ("network_id", g_variant_new_int64 (f->network_id),
                                     "status", g_variant_new_string ("member"), NULL));
  person = ber_test_insert (f->store, "person",
                            ber_store_values ("name", g_variant_new_string ("Åsa Lindqvist"),
                                              NULL));
  for (int i = 0; i < 2; i++)
    ber_test_insert (f->store, "assignment",
                     ber_store_values ("person_id", g_variant_new_int64 (person),
                                       "network_id", g_variant_new_int64 (f->network_id), NULL));
  event = ber_test_insert (f->store, "forum_event",
                           ber_store_values ("network_id", g_variant_new_int64 (f->network_id),
                                             "title", g_variant_new_string ("ENSA:s årsmöte"),
                                             "starts_on", g_variant_new_string ("2026-05-20"),
                                             NULL));

  /* What the store finds is what sqlite3 counts. */
  references = ber_store_find_references (f->store, "network", f->network_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (references->len, ==, 3);
  g_assert_cmpstr (ber_row_text (g_ptr_array_index (references, 0), "table"), ==, "assignment");
  g_assert_cmpstr (ber_row_text (g_ptr_array_index (references, 0), "column"), ==, "network_id");
  for (guint i = 0; i < references->len; i++)
    {
      GVariant *row = g_ptr_array_index (references, i);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s = %" G_GINT64_FORMAT,
                                              ber_row_text (row, "table"),
                                              ber_row_text (row, "column"), f->network_id);
      g_autofree char *counted = sqlite3_answer (f, sql);

      g_assert_cmpint (ber_row_integer (row, "count"), ==, g_ascii_strtoll (counted, NULL, 10));
    }
  g_clear_pointer (&references, g_ptr_array_unref);
  references = ber_store_find_references (f->store, "network", other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (references->len, ==, 0);
  g_clear_pointer (&references, g_ptr_array_unref);

  /* Refused, naming them; nothing written. */
  before = sqlite3_answer (f, "SELECT (SELECT count(*) FROM network) || '|' || "
                              "(SELECT count(*) FROM membership) || '|' || "
                              "(SELECT count(*) FROM assignment) || '|' || "
                              "(SELECT count(*) FROM forum_event)");
  network = BER_NETWORK (ber_record_load (BER_TYPE_NETWORK, f->store, f->network_id, &error));
  g_assert_no_error (error);
  g_assert_false (ber_networks_delete (f->networks, network, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  g_assert_cmpstr (error->message, ==,
                   "Other records in the register still name it: Assignment (2), Forum Meeting (1), "
                   "Membership (1). Remove those references first, or keep it.");
  g_clear_error (&error);
  after = sqlite3_answer (f, "SELECT (SELECT count(*) FROM network) || '|' || "
                             "(SELECT count(*) FROM membership) || '|' || "
                             "(SELECT count(*) FROM assignment) || '|' || "
                             "(SELECT count(*) FROM forum_event)");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (before, ==, "2|2|2|1");
  g_assert_cmpint (ber_record_get_id (BER_RECORD (network)), ==, f->network_id);

  /* Once nothing names it, it goes with its own membership. */
  g_free (sqlite3_answer (f, "DELETE FROM assignment; DELETE FROM membership WHERE "
                             "via_network_id IS NOT NULL;"));
  g_assert_true (ber_store_delete (f->store, "forum_event", event, &error));
  g_assert_no_error (error);
  g_assert_true (ber_networks_delete (f->networks, network, &error));
  g_assert_no_error (error);
  g_free (after);
  after = sqlite3_answer (f, "SELECT (SELECT count(*) FROM network) || '|' || "
                             "(SELECT count(*) FROM membership)");
  g_assert_cmpstr (after, ==, "1|0");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/networks/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("change-ends-open", test_change_ends_open);
  ADD ("refused-change-writes-nothing", test_refused_change_writes_nothing);
  ADD ("bad-date-refused", test_bad_date_refused);
  ADD ("list-filter", test_list_filter);
  ADD ("due-reviews", test_due_reviews);
  ADD ("save-rules", test_save_rules);
  ADD ("memberships-newest-first", test_memberships_newest_first);
  ADD ("via-itself-refused", test_via_itself_refused);
  ADD ("representatives", test_representatives);
  ADD ("fee-rules", test_fee_rules);
  ADD ("body-rules", test_body_rules);
  ADD ("review", test_review);
  ADD ("questions", test_questions);
  ADD ("delete-named-elsewhere", test_delete_named_elsewhere);
#undef ADD
  g_test_add_func ("/networks/period-text", test_period_text);
  g_test_add_func ("/networks/demo-memberships", test_demo_memberships);

  return g_test_run ();
}
