/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The item workflow and routing help: transitions offered and refused,
 * reasons, the history written with each move, tabling, the priority of
 * routing rules, dissolved bodies, and the latest meeting before reply-by.
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "ber-item-workflow.h"
#include "ber-routing.h"
#include "ber-store.h"
#include "ber-test-utils.h"

typedef struct
{
  char     *dir;
  BerStore *store;
  gint64    rs, run, ib;
  gint64    health, regional;
} Fixture;

static GVariant *
dict_new (const char *first_key,
          ...)
{
  GVariantBuilder builder;
  va_list args;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    g_variant_builder_add (&builder, "{sv}", key, va_arg (args, GVariant *));
  va_end (args);
  return g_variant_builder_end (&builder);
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

static gint64
body (Fixture    *f,
      const char *name,
      const char *dissolved_on,
      gint64      deadline_days)
{
  return insert (f, "body",
                 dict_new ("name", g_variant_new_string (name),
                           "established_on", g_variant_new_string ("2015-01-01"),
                           "dissolved_on", dissolved_on != NULL
                                             ? g_variant_new_string (dissolved_on)
                                             : g_variant_new ("()"),
                           "agenda_deadline_days", g_variant_new_int64 (deadline_days), NULL));
}

static gint64
rule (Fixture    *f,
      gint64      body_id,
      const char *type,
      gint64      area,
      const char *reason)
{
  return insert (f, "routing_rule",
                 dict_new ("body_id", g_variant_new_int64 (body_id),
                           "item_type", type != NULL ? g_variant_new_string (type)
                                                     : g_variant_new ("()"),
                           "subject_area_id", area > 0 ? g_variant_new_int64 (area)
                                                       : g_variant_new ("()"),
                           "reason", g_variant_new_string (reason), NULL));
}

static gint64
meeting (Fixture    *f,
         gint64      body_id,
         const char *held_on,
         const char *agenda_deadline,
         const char *status)
{
  return insert (f, "meeting",
                 dict_new ("body_id", g_variant_new_int64 (body_id),
                           "held_on", g_variant_new_string (held_on),
                           "agenda_deadline", agenda_deadline != NULL
                                                ? g_variant_new_string (agenda_deadline)
                                                : g_variant_new ("()"),
                           "status", g_variant_new_string (status), NULL));
}

static gint64
item (Fixture *f)
{
  return insert (f, "item",
                 dict_new ("title",
                           g_variant_new_string ("EU-samråd om sammanhållningspolitiken"),
                           "type", g_variant_new_string ("eu-consultation"),
                           "received_on", g_variant_new_string ("2026-11-02"), NULL));
}

static char *
status_of (Fixture *f,
           gint64   item_id,
           char   **reason)
{
  g_autoptr(GVariant) row = ber_store_get (f->store, "item", item_id, NULL);
  char *status = NULL;

  g_assert_nonnull (row);
  g_assert_true (g_variant_lookup (row, "status", "s", &status));
  if (reason != NULL)
    g_assert_true (g_variant_lookup (row, "status_reason", "s", reason));
  return status;
}

static GPtrArray *
history (Fixture *f,
         gint64   item_id)
{
  g_autoptr(BerQuery) query = ber_query_new ("item_transition");
  GPtrArray *rows;

  ber_query_add_condition (query, "item_id", BER_QUERY_EQ, g_variant_new_int64 (item_id));
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (f->store, query, 0, 100, NULL);
  g_assert_nonnull (rows);
  return rows;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  ber_store_set_today (f->store, "2026-11-23");
  ber_store_set_user (f->store, "anna");
  f->rs = body (f, "Regionstyrelsen", NULL, 14);
  f->run = body (f, "Regionala utvecklingsnämnden", NULL, 12);
  f->ib = body (f, "Internationella beredningen", "2021-12-31", 10);
  f->health = insert (f, "subject_area",
                      dict_new ("name", g_variant_new_string ("Hälso- och sjukvård"), NULL));
  f->regional = insert (f, "subject_area",
                        dict_new ("name", g_variant_new_string ("Regional utveckling"), NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
test_next (void)
{
  const char * const *next = ber_item_workflow_next ("received");

  g_assert_cmpstr (next[0], ==, "assessed");
  g_assert_true (g_strv_contains (next, "declined"));
  g_assert_true (g_strv_contains (next, "written-off"));
  g_assert_false (g_strv_contains (next, "decided"));
  g_assert_true (g_strv_contains (ber_item_workflow_next ("on-agenda"), "ready"));
  g_assert_true (g_strv_contains (ber_item_workflow_next ("on-agenda"), "decided"));
  g_assert_cmpstrv (ber_item_workflow_next ("decided"), ((const char *[]) { "dispatched", NULL }));
  g_assert_null (ber_item_workflow_next ("dispatched")[0]);
  g_assert_null (ber_item_workflow_next ("declined")[0]);
  g_assert_null (ber_item_workflow_next ("written-off")[0]);
  g_assert_null (ber_item_workflow_next ("no-such-status")[0]);
  g_assert_false (g_strv_contains (ber_item_workflow_next ("decided"), "declined"));
  g_assert_true (ber_item_workflow_is_open ("ready"));
  g_assert_false (ber_item_workflow_is_open ("decided"));
}

static void
test_moves (Fixture       *f,
            gconstpointer  data)
{
  static const char * const path[] = { "assessed", "in-preparation", "ready", "on-agenda",
                                       "ready", "on-agenda", "decided", "dispatched" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gint64 id = item (f);
  const char *from = NULL, *to = NULL, *by = NULL, *at = NULL;

  /* Skipping steps is refused, naming both statuses. */
  g_assert_false (ber_item_workflow_move (f->store, id, "decided", NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Received"));
  g_assert_nonnull (strstr (error->message, "Decided"));
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (path); i++)
    {
      g_autofree char *status = NULL;

      g_assert_true (ber_item_workflow_move (f->store, id, path[i], i == 4 ? "Bordlagt" : NULL,
                                             &error));
      g_assert_no_error (error);
      status = status_of (f, id, NULL);
      g_assert_cmpstr (status, ==, path[i]);
    }

  /* Nothing after dispatch. */
  g_assert_false (ber_item_workflow_move (f->store, id, "declined", "Too late", &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  rows = history (f, id);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (path));
  g_variant_lookup (g_ptr_array_index (rows, 0), "from_status", "&s", &from);
  g_variant_lookup (g_ptr_array_index (rows, 0), "to_status", "&s", &to);
  g_variant_lookup (g_ptr_array_index (rows, 0), "changed_by", "&s", &by);
  g_variant_lookup (g_ptr_array_index (rows, 0), "changed_at", "&s", &at);
  g_assert_cmpstr (from, ==, "received");
  g_assert_cmpstr (to, ==, "assessed");
  g_assert_cmpstr (by, ==, "anna");
  g_assert_nonnull (at);
  g_assert_cmpuint (strlen (at), ==, 20);
  g_variant_lookup (g_ptr_array_index (rows, 4), "from_status", "&s", &from);
  g_variant_lookup (g_ptr_array_index (rows, 4), "to_status", "&s", &to);
  g_assert_cmpstr (from, ==, "on-agenda");
  g_assert_cmpstr (to, ==, "ready");
}

static void
test_reasons (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gint64 id = item (f);
  const char *logged = NULL;

  g_assert_false (ber_item_workflow_move (f->store, id, "declined", "  ", &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "reason"));
  g_clear_error (&error);
  g_assert_false (ber_item_workflow_move (f->store, id, "written-off", NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A refused move writes nothing. */
  rows = history (f, id);
  g_assert_cmpuint (rows->len, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);

  g_assert_true (ber_item_workflow_move (f->store, id, "assessed", NULL, &error));
  g_assert_true (ber_item_workflow_move (f->store, id, "written-off",
                                         " Inte relevant för regionen ", &error));
  g_assert_no_error (error);
  status = status_of (f, id, &reason);
  g_assert_cmpstr (status, ==, "written-off");
  g_assert_cmpstr (reason, ==, "Inte relevant för regionen");
  rows = history (f, id);
  g_assert_cmpuint (rows->len, ==, 2);
  g_variant_lookup (g_ptr_array_index (rows, 1), "reason", "&s", &logged);
  g_assert_cmpstr (logged, ==, "Inte relevant för regionen");

  /* Closed. */
  g_assert_false (ber_item_workflow_move (f->store, id, "assessed", NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* An item that does not exist. */
  g_assert_false (ber_item_workflow_move (f->store, 9999, "assessed", NULL, &error));
  g_assert_nonnull (error);
}

static void
test_routing_priority (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  gint64 body_id = -1;

  rule (f, f->rs, "decision", 0, "Type only");
  rule (f, f->run, NULL, f->regional, "Subject only");
  rule (f, f->rs, "eu-consultation", f->regional, "Type and subject");

  g_assert_true (ber_routing_suggest (f->store, "eu-consultation", f->regional, &body_id, &reason,
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpint (body_id, ==, f->rs);
  g_assert_cmpstr (reason, ==, "Type and subject");
  g_clear_pointer (&reason, g_free);

  g_assert_true (ber_routing_suggest (f->store, "referral", f->regional, &body_id, &reason,
                                      &error));
  g_assert_cmpint (body_id, ==, f->run);
  g_assert_cmpstr (reason, ==, "Subject only");
  g_clear_pointer (&reason, g_free);

  /* Subject beats type. */
  g_assert_true (ber_routing_suggest (f->store, "decision", f->regional, &body_id, &reason,
                                      &error));
  g_assert_cmpint (body_id, ==, f->run);
  g_clear_pointer (&reason, g_free);

  g_assert_true (ber_routing_suggest (f->store, "decision", f->health, &body_id, &reason,
                                      &error));
  g_assert_cmpint (body_id, ==, f->rs);
  g_assert_cmpstr (reason, ==, "Type only");
  g_clear_pointer (&reason, g_free);

  g_assert_true (ber_routing_suggest (f->store, "invitation", f->health, &body_id, &reason,
                                      &error));
  g_assert_cmpint (body_id, ==, 0);
  g_assert_null (reason);
}

static void
test_routing_dissolved (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  gint64 body_id = -1;

  /* The most specific rule points at IB, dissolved in 2021: never suggested. */
  rule (f, f->ib, "eu-consultation", f->health, "IB bereder internationella frågor");
  g_assert_true (ber_routing_suggest (f->store, "eu-consultation", f->health, &body_id, &reason,
                                      &error));
  g_assert_cmpint (body_id, ==, 0);
  rule (f, f->rs, NULL, f->health, "Regionstyrelsen samordnar hälso- och sjukvården");
  g_assert_true (ber_routing_suggest (f->store, "eu-consultation", f->health, &body_id, &reason,
                                      &error));
  g_assert_cmpint (body_id, ==, f->rs);
  g_clear_pointer (&reason, g_free);

  /* Before its dissolution IB was a fine choice. */
  ber_store_set_today (f->store, "2021-06-01");
  g_assert_true (ber_routing_suggest (f->store, "eu-consultation", f->health, &body_id, &reason,
                                      &error));
  g_assert_cmpint (body_id, ==, f->ib);
}

static void
test_latest_meeting (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *held_on = NULL;
  g_autofree char *warning = NULL;
  gint64 id = -1, early, late;

  /* Today is 2026-11-23; RS closes its agenda 14 days before a meeting. */
  meeting (f, f->rs, "2026-12-01", NULL, "planned");                  /* deadline passed */
  early = meeting (f, f->rs, "2026-12-09", NULL, "planned");          /* deadline 11-25 */
  late = meeting (f, f->rs, "2026-12-16", "2026-12-10", "planned");   /* explicit deadline */
  meeting (f, f->rs, "2026-12-18", NULL, "cancelled");
  meeting (f, f->rs, "2027-01-20", NULL, "planned");                  /* after reply-by */
  meeting (f, f->run, "2026-12-17", NULL, "planned");                 /* another body */

  g_assert_true (ber_routing_latest_meeting (f->store, f->rs, "2026-12-31", &id, &held_on, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, late);
  g_assert_cmpstr (held_on, ==, "2026-12-16");
  g_clear_pointer (&held_on, g_free);

  g_assert_true (ber_routing_latest_meeting (f->store, f->rs, "2026-12-15", &id, &held_on, &error));
  g_assert_cmpint (id, ==, early);
  g_assert_cmpstr (held_on, ==, "2026-12-09");
  g_clear_pointer (&held_on, g_free);

  /* Only the meeting whose agenda has closed comes before the reply date. */
  g_assert_true (ber_routing_latest_meeting (f->store, f->rs, "2026-12-05", &id, &held_on, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, 0);
  g_assert_null (held_on);
  warning = ber_routing_no_meeting_text (f->store, f->rs, "2026-12-05");
  g_assert_nonnull (strstr (warning, "Regionstyrelsen"));
  g_assert_nonnull (strstr (warning, "2026-12-05"));

  /* A body without meetings. */
  g_assert_true (ber_routing_latest_meeting (f->store, f->ib, "2026-12-31", &id, NULL, &error));
  g_assert_cmpint (id, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/workflow/next", test_next);
  ADD ("/workflow/moves", test_moves);
  ADD ("/workflow/reasons", test_reasons);
  ADD ("/workflow/routing-priority", test_routing_priority);
  ADD ("/workflow/routing-dissolved", test_routing_dissolved);
  ADD ("/workflow/latest-meeting", test_latest_meeting);

  return g_test_run ();
}
