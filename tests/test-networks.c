/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The networks service without a window: a change of membership ends the
 * rows still open and adds the new one in one transaction, and a change
 * that breaks a rule leaves the history as it was.
 */

#include "config.h"

#include "ber-model.h"
#include "ber-networks.h"
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
#undef ADD

  return g_test_run ();
}
