/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ber-demo.h"
#include "ber-backup.h"
#include "ber-collate.h"
#include "ber-sqlite-store-private.h"
#include "ber-store.h"
#include "ber-test-utils.h"

typedef struct
{
  char     *dir;
  char     *path;
  BerStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  f->path = g_strdup (ber_store_get_path (f->store));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GVariant *
vardict (const char *first_key,
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

static guint
count (BerStore   *store,
       const char *source)
{
  g_autoptr(BerQuery) query = ber_query_new (source);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  ber_store_count (store, query, &n, &error);
  g_assert_no_error (error);
  return n;
}

static gint64
insert_body (BerStore   *store,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (store, "body", vardict ("name", g_variant_new_string (name), NULL),
                                &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Runs SQL on a file with SQLite itself, as another program would. */
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

static void
test_create_and_modes (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *folder = g_build_filename (dir, "nested", "beredning", NULL);
  g_autofree char *path = g_build_filename (folder, "register.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  BerStore *store;
  guint n_files = 0;

  g_assert_true (ber_store_create (path, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Personal data stays readable by its user only. */
  g_assert_cmpuint (ber_test_file_mode (folder), ==, 0700);
  g_assert_cmpuint (ber_test_file_mode (path), ==, 0600);

  /* No temporary file is left beside the register. */
  listing = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);

  store = ber_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ber_store_get_schema_version (store), ==, BER_STORE_SCHEMA_VERSION);
  g_assert_true (ber_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (store, "goal"), ==, 17);
  g_assert_cmpuint (count (store, "network"), ==, 0);

  /* The companion files SQLite makes follow the register's mode. */
  insert_body (store, "Regionstyrelsen");
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);

    g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_cmpuint (ber_test_file_mode (wal), ==, 0600);
  }
  g_assert_finalize_object (store);

  ber_test_remove_tree (dir);
}

static void
test_create_refuses_existing (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "register.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "someone's notes", -1, NULL));
  before = ber_test_file_checksum (path);

  g_assert_false (ber_demo_create (path, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, path));

  after = ber_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);

  ber_test_remove_tree (dir);
}

static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = NULL;
  const char *name = NULL;
  gint64 id;

  id = insert_body (f->store, "Regionala utvecklingsnämnden");
  g_clear_object (&f->store);

  f->store = ber_store_open (f->path, &error);
  g_assert_no_error (error);

  row = ber_store_get (f->store, "body", id, &error);
  g_assert_no_error (error);
  g_assert_true (g_variant_lookup (row, "name", "&s", &name));
  g_assert_cmpstr (name, ==, "Regionala utvecklingsnämnden");
  {
    g_autoptr(GVariant) created = g_variant_lookup_value (row, "created", G_VARIANT_TYPE_STRING);

    g_assert_nonnull (created);
  }
}

static void
test_update_and_delete (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = NULL;
  const char *name = NULL;
  gint64 id = insert_body (f->store, "Internationella beredningen");

  g_assert_true (ber_store_update (f->store, "body", id,
                                   vardict ("dissolved_on", g_variant_new_string ("2021-12-31"),
                                            "short_name", g_variant_new_string ("IB"), NULL),
                                   &error));
  g_assert_no_error (error);

  row = ber_store_get (f->store, "body", id, &error);
  g_assert_true (g_variant_lookup (row, "short_name", "&s", &name));
  g_assert_cmpstr (name, ==, "IB");

  g_assert_true (ber_store_delete (f->store, "body", id, &error));
  g_assert_no_error (error);
  g_assert_null (ber_store_get (f->store, "body", id, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (ber_store_update (f->store, "body", id,
                                    vardict ("notes", g_variant_new_string ("x"), NULL), &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
}

static void
assert_constraint (BerStore   *store,
                   const char *table,
                   GVariant   *values,
                   const char *in_message)
{
  g_autoptr(GError) error = NULL;
  guint before = count (store, table);
  guint history_before = count (store, "history");
  g_autofree char *printed = g_variant_print (values, FALSE);

  g_test_message ("refused in %s: %s", table, printed);
  g_assert_cmpint (ber_store_insert (store, table, values, &error), ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  if (in_message != NULL)
    g_assert_nonnull (strstr (error->message, in_message));

  /* Nothing of the refused write remains. */
  g_assert_cmpuint (count (store, table), ==, before);
  g_assert_cmpuint (count (store, "history"), ==, history_before);
}

static void
test_constraints (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 rs = insert_body (f->store, "Regionstyrelsen");

  assert_constraint (f->store, "item",
                     vardict ("title", g_variant_new_string ("EU-samråd"),
                              "received_on", g_variant_new_string ("2026-11-20"),
                              "reply_by", g_variant_new_string ("2026-11-01"), NULL),
                     "reply-by date");
  assert_constraint (f->store, "item",
                     vardict ("title", g_variant_new_string ("Inbjudan"),
                              "received_on", g_variant_new_string ("2026-02-30"), NULL),
                     "YYYY-MM-DD");
  assert_constraint (f->store, "body", vardict ("name", g_variant_new_string ("  "), NULL),
                     "required field");
  assert_constraint (f->store, "meeting",
                     vardict ("body_id", g_variant_new_int64 (rs + 1000),
                              "held_on", g_variant_new_string ("2026-12-01"), NULL),
                     NULL);
  assert_constraint (f->store, "membership",
                     vardict ("network_id", g_variant_new_int64 (1),
                              "status", g_variant_new_string ("indirect"), NULL),
                     NULL);
  assert_constraint (f->store, "item",
                     vardict ("title", g_variant_new_string ("Remiss"),
                              "received_on", g_variant_new_string ("2026-11-01"),
                              "status", g_variant_new_string ("lost"), NULL),
                     NULL);

  /* A diary number is unique per body and year. */
  ber_store_insert (f->store, "item",
                    vardict ("title", g_variant_new_string ("Remiss"),
                             "received_on", g_variant_new_string ("2026-11-01"),
                             "diary_number", g_variant_new_string ("RS 2026/12"),
                             "diary_body_id", g_variant_new_int64 (rs),
                             "diary_year", g_variant_new_int64 (2026), NULL),
                    &error);
  g_assert_no_error (error);
  assert_constraint (f->store, "item",
                     vardict ("title", g_variant_new_string ("Annan remiss"),
                              "received_on", g_variant_new_string ("2026-11-02"),
                              "diary_number", g_variant_new_string ("RS 2026/12"),
                              "diary_body_id", g_variant_new_int64 (rs),
                              "diary_year", g_variant_new_int64 (2026), NULL),
                     "diary number");

  /* Unknown names never reach SQL. */
  g_assert_cmpint (ber_store_insert (f->store, "body; DROP TABLE body",
                                     vardict ("name", g_variant_new_string ("x"), NULL), &error),
                   ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ber_store_insert (f->store, "body",
                                     vardict ("name\" = 1; --", g_variant_new_string ("x"), NULL),
                                     &error),
                   ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ber_store_insert (f->store, "body",
                                     vardict ("id", g_variant_new_int64 (5), NULL), &error),
                   ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ber_store_insert (f->store, "history", vardict (NULL, NULL), &error), ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
}

static void
test_hostile_text (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  const char *tricky = "Robert'); DROP TABLE network; -- 🇸🇪 مرحبا \"Ö\" %_\\";
  const char *stored = NULL;
  gint64 id;

  for (guint i = 0; i < 100 * 1024 / 8; i++)
    g_string_append (big, "åäö ✓ ");

  id = ber_store_insert (f->store, "network",
                         vardict ("name", g_variant_new_string (tricky),
                                  "description", g_variant_new_string (big->str), NULL),
                         &error);
  g_assert_no_error (error);

  row = ber_store_get (f->store, "network", id, &error);
  g_assert_no_error (error);
  g_assert_true (g_variant_lookup (row, "name", "&s", &stored));
  g_assert_cmpstr (stored, ==, tricky);
  g_assert_true (g_variant_lookup (row, "description", "&s", &stored));
  g_assert_cmpstr (stored, ==, big->str);
  g_assert_cmpuint (count (f->store, "network"), ==, 1);

  /* A column the table lacks is named, and nothing is stored. */
  g_assert_cmpint (ber_store_insert (f->store, "network",
                                     vardict ("name", g_variant_new_string ("ok"),
                                              "notes_missing", g_variant_new_string ("x"), NULL),
                                     &error),
                   ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
}

static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerQuery) query = ber_query_new ("history");
  g_autoptr(GPtrArray) rows = NULL;
  const char *text = NULL;
  gint64 id;

  ber_store_set_user (f->store, "handlaggare");
  id = insert_body (f->store, "Regionfullmäktige");
  ber_store_update (f->store, "body", id,
                    vardict ("short_name", g_variant_new_string ("RF"), NULL), &error);
  g_assert_no_error (error);
  ber_store_delete (f->store, "body", id, &error);
  g_assert_no_error (error);

  ber_query_add_condition (query, "table_name", BER_QUERY_EQ, g_variant_new_string ("body"));
  ber_query_add_condition (query, "row_id", BER_QUERY_EQ, g_variant_new_int64 (id));
  rows = ber_store_select (f->store, query, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);

  g_variant_lookup (g_ptr_array_index (rows, 0), "action", "&s", &text);
  g_assert_cmpstr (text, ==, "insert");
  g_variant_lookup (g_ptr_array_index (rows, 0), "changed_by", "&s", &text);
  g_assert_cmpstr (text, ==, "handlaggare");
  g_variant_lookup (g_ptr_array_index (rows, 1), "changes", "&s", &text);
  g_assert_nonnull (strstr (text, "\"short_name\":\"RF\""));
  /* The deleted row is kept whole in the history. */
  g_variant_lookup (g_ptr_array_index (rows, 2), "action", "&s", &text);
  g_assert_cmpstr (text, ==, "delete");
  g_variant_lookup (g_ptr_array_index (rows, 2), "changes", "&s", &text);
  g_assert_nonnull (strstr (text, "Regionfullmäktige"));
}

typedef struct
{
  GPtrArray *events;
} Recorder;

static void
on_changed (BerStore   *store,
            const char *table,
            gint64      id,
            int         change,
            gpointer    user_data)
{
  GPtrArray *events = user_data;

  g_ptr_array_add (events, g_strdup_printf ("%s:%s:%d", change == BER_STORE_CHANGE_RESET ? "reset"
                                                          : "change", table, change));
}

static void
test_batch (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_free);
  gulong handler = g_signal_connect (f->store, "row-changed", G_CALLBACK (on_changed), events);

  g_assert_true (ber_store_begin (f->store, &error));
  insert_body (f->store, "Regionstyrelsen");
  insert_body (f->store, "Regionfullmäktige");
  ber_store_rollback (f->store);
  g_assert_cmpuint (count (f->store, "body"), ==, 0);
  g_assert_cmpuint (count (f->store, "history"), ==, 0);
  g_assert_cmpuint (events->len, ==, 0);

  g_assert_true (ber_store_begin (f->store, &error));
  insert_body (f->store, "Regionstyrelsen");
  g_assert_true (ber_store_begin (f->store, &error));
  insert_body (f->store, "Regionfullmäktige");
  g_assert_true (ber_store_commit (f->store, &error));
  /* A failing write inside a batch undoes itself only. */
  g_assert_cmpint (ber_store_insert (f->store, "body",
                                     vardict ("name", g_variant_new_string (""), NULL), &error),
                   ==, 0);
  g_clear_error (&error);
  g_assert_true (ber_store_commit (f->store, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (count (f->store, "body"), ==, 2);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (events, 0), ==, "reset:body:3");

  insert_body (f->store, "Regionala utvecklingsnämnden");
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (events, 1), ==, "change:body:0");

  g_signal_handler_disconnect (f->store, handler);
}

/* The number of rows of @table that another program reading the register sees. */
static guint
count_elsewhere (const char *path,
                 const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  g_autofree char *out = ber_test_sqlite3 (path, sql);

  return (guint) g_ascii_strtoull (out, NULL, 10);
}

static void
insert_many (BerStore   *store,
             const char *table,
             const char *prefix,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %u", prefix, i);

      if (g_str_equal (table, "body"))
        insert_body (store, name);
      else
        {
          g_autoptr(GError) error = NULL;

          g_assert_cmpint (ber_store_insert (store, table,
                                             vardict ("name", g_variant_new_string (name), NULL),
                                             &error), >, 0);
          g_assert_no_error (error);
        }
    }
}

static void
test_bulk (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_free);
  gulong handler = g_signal_connect (f->store, "row-changed", G_CALLBACK (on_changed), events);
  gint64 id;

  /* A write that fails midway fails the whole bulk write: nothing of it is
   * kept, and no other program ever sees a part of it. */
  g_assert_true (ber_store_begin_bulk (f->store, &error));
  insert_many (f->store, "body", "Nämnd", 300);
  insert_many (f->store, "person", "Ledamot", 100);
  g_assert_cmpuint (count (f->store, "body"), ==, 300);
  g_assert_cmpuint (count_elsewhere (f->path, "body"), ==, 0);
  g_assert_cmpint (ber_store_insert (f->store, "body",
                                     vardict ("name", g_variant_new_string (""), NULL), &error),
                   ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (ber_store_insert (f->store, "body",
                                     vardict ("name", g_variant_new_string ("Sen"), NULL), &error),
                   ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (ber_store_commit (f->store, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  ber_store_rollback (f->store);
  g_assert_cmpuint (count (f->store, "body"), ==, 0);
  g_assert_cmpuint (count (f->store, "person"), ==, 0);
  g_assert_cmpuint (count (f->store, "history"), ==, 0);
  g_assert_cmpuint (count_elsewhere (f->path, "body"), ==, 0);
  g_assert_cmpuint (events->len, ==, 0);

  /* A bulk write that succeeds is one transaction, with every row's
   * history, and tells the lists once per table. */
  g_assert_true (ber_store_begin_bulk (f->store, &error));
  insert_many (f->store, "body", "Nämnd", 300);
  g_assert_true (ber_store_begin (f->store, &error));
  insert_many (f->store, "person", "Ledamot", 100);
  g_assert_true (ber_store_commit (f->store, &error));
  g_assert_cmpuint (count_elsewhere (f->path, "person"), ==, 0);
  g_assert_true (ber_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_elsewhere (f->path, "body"), ==, 300);
  g_assert_cmpuint (count_elsewhere (f->path, "person"), ==, 100);
  g_assert_cmpuint (count (f->store, "history"), ==, 400);
  g_assert_cmpuint (events->len, ==, 2);
  g_assert_true (g_ptr_array_find_with_equal_func (events, "reset:body:3", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (events, "reset:person:3", g_str_equal, NULL));

  /* Afterwards a write is its own transaction again, and a failing write
   * inside an ordinary batch undoes itself only. */
  id = insert_body (f->store, "Regionstyrelsen");
  g_assert_cmpuint (events->len, ==, 3);
  g_assert_cmpuint (count_elsewhere (f->path, "body"), ==, 301);
  g_assert_true (ber_store_begin (f->store, &error));
  g_assert_cmpint (ber_store_insert (f->store, "body",
                                     vardict ("name", g_variant_new_string (""), NULL), &error),
                   ==, 0);
  g_clear_error (&error);
  g_assert_true (ber_store_delete (f->store, "body", id, &error));
  g_assert_true (ber_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_elsewhere (f->path, "body"), ==, 300);

  g_signal_handler_disconnect (f->store, handler);
}

static void
test_query (Fixture       *f,
            gconstpointer  data)
{
  const char *names[] = { "Öresundskommittén", "Assembly of European Regions", "Åland",
                          "Central Sweden", "ERRIN", "Eurochild" };
  const char * const search_columns[] = { "name", "acronym", NULL };
  const char * const kinds[] = { "research", "association", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(BerQuery) query = ber_query_new ("network");
  g_autoptr(GPtrArray) rows = NULL;
  const char *name = NULL;
  gint64 ids[G_N_ELEMENTS (names)];
  gint position = -1;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      ids[i] = ber_store_insert (f->store, "network",
                                 vardict ("name", g_variant_new_string (names[i]),
                                          "kind", g_variant_new_string (i % 2 ? "research"
                                                                              : "political"),
                                          NULL),
                                 &error);
      g_assert_no_error (error);
    }

  /* Swedish order through the stored sort key. */
  ber_query_add_order (query, "sort_key", FALSE);
  rows = ber_store_select (f->store, query, 0, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 6);
  g_variant_lookup (g_ptr_array_index (rows, 0), "name", "&s", &name);
  g_assert_cmpstr (name, ==, "Assembly of European Regions");
  g_variant_lookup (g_ptr_array_index (rows, 4), "name", "&s", &name);
  g_assert_cmpstr (name, ==, "Åland");
  g_variant_lookup (g_ptr_array_index (rows, 5), "name", "&s", &name);
  g_assert_cmpstr (name, ==, "Öresundskommittén");
  g_clear_pointer (&rows, g_ptr_array_unref);

  g_assert_true (ber_store_position (f->store, query, ids[2], &position, &error));
  g_assert_cmpint (position, ==, 4);
  g_assert_true (ber_store_position (f->store, query, ids[0], &position, &error));
  g_assert_cmpint (position, ==, 5);

  /* Offset and limit page through the same order. */
  rows = ber_store_select (f->store, query, 4, 1, &error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "name", "&s", &name);
  g_assert_cmpstr (name, ==, "Åland");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Search ignores case, Swedish letters included. */
  ber_query_set_search (query, "ÖRESUND", search_columns);
  g_assert_true (ber_store_count (f->store, query, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  ber_query_set_search (query, "  ", search_columns);
  g_assert_true (ber_store_count (f->store, query, &n, &error));
  g_assert_cmpuint (n, ==, 6);
  ber_query_set_search (query, "%", search_columns);
  g_assert_true (ber_store_count (f->store, query, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  ber_query_set_search (query, NULL, NULL);

  ber_query_add_in (query, "kind", kinds);
  g_assert_true (ber_store_count (f->store, query, &n, &error));
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (ber_store_position (f->store, query, ids[0], &position, &error));
  g_assert_cmpint (position, ==, -1);

  ber_query_clear_conditions (query);
  ber_query_add_condition (query, "next_review_on", BER_QUERY_IS_NULL, NULL);
  ber_query_add_condition (query, "name", BER_QUERY_GE, g_variant_new_string ("E"));
  g_assert_true (ber_store_count (f->store, query, &n, &error));
  g_assert_cmpuint (n, ==, 4);

  /* A NULL order value still gets a position. */
  ber_query_clear_conditions (query);
  ber_query_clear_order (query);
  ber_query_add_order (query, "next_review_on", TRUE);
  ber_store_update (f->store, "network", ids[3],
                    vardict ("next_review_on", g_variant_new_string ("2027-01-01"), NULL),
                    &error);
  g_assert_no_error (error);
  g_assert_true (ber_store_position (f->store, query, ids[3], &position, &error));
  g_assert_cmpint (position, ==, 0);
  /* Ties go by id in the direction of the first order: the newest NULL first. */
  g_assert_true (ber_store_position (f->store, query, ids[5], &position, &error));
  g_assert_cmpint (position, ==, 1);
  g_assert_true (ber_store_position (f->store, query, ids[0], &position, &error));
  g_assert_cmpint (position, ==, 5);

  ber_query_add_order (query, "no_such_column", FALSE);
  g_assert_null (ber_store_select (f->store, query, 0, 10, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
}

static void
test_links (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = NULL;
  g_autoptr(BerStore) other = NULL;
  const gint64 goals[] = { 3, 11, 17 };
  gint64 network = ber_store_insert (f->store, "network",
                                     vardict ("name", g_variant_new_string ("AER"), NULL), &error);

  for (guint i = 0; i < G_N_ELEMENTS (goals); i++)
    g_assert_true (ber_store_set_link (f->store, "network_goal", "network_id", network, "goal_id",
                                       goals[i], TRUE, &error));
  g_assert_no_error (error);
  /* Linking twice keeps one link. */
  g_assert_true (ber_store_set_link (f->store, "network_goal", "network_id", network, "goal_id",
                                     11, TRUE, &error));
  links = ber_store_get_links (f->store, "network_goal", "network_id", network, "goal_id", &error);
  g_assert_cmpuint (links->len, ==, 3);
  g_assert_cmpint (g_array_index (links, gint64, 1), ==, 11);
  g_clear_pointer (&links, g_array_unref);

  /* Another window unlinks one while this one links another: both stand. */
  other = ber_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ber_store_set_link (other, "network_goal", "network_id", network, "goal_id", 3,
                                     FALSE, &error));
  g_assert_true (ber_store_set_link (f->store, "network_goal", "network_id", network, "goal_id",
                                     5, TRUE, &error));
  links = ber_store_get_links (f->store, "network_goal", "network_id", network, "goal_id", &error);
  g_assert_cmpuint (links->len, ==, 3);
  g_assert_cmpint (g_array_index (links, gint64, 0), ==, 5);
  g_assert_cmpint (g_array_index (links, gint64, 1), ==, 11);
  g_assert_cmpint (g_array_index (links, gint64, 2), ==, 17);
  g_clear_pointer (&links, g_array_unref);

  /* Goal 18 does not exist: refused, and the earlier links stay. */
  g_assert_false (ber_store_set_link (f->store, "network_goal", "network_id", network, "goal_id",
                                      18, TRUE, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  links = ber_store_get_links (f->store, "network_goal", "network_id", network, "goal_id", NULL);
  g_assert_cmpuint (links->len, ==, 3);
}

static void
assert_refused_untouched (const char   *path,
                          BerStoreError code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = ber_test_file_checksum (path);
  g_autofree char *after = NULL;
  BerStore *store;

  store = ber_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, BER_STORE_ERROR, (int) code);
  g_assert_cmpuint (strlen (error->message), >, 20);

  after = ber_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuses_foreign_files (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *random_path = g_build_filename (dir, "random.db", NULL);
  g_autofree char *empty_path = g_build_filename (dir, "empty.db", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other.sqlite", NULL);
  g_autofree char *truncated_path = g_build_filename (dir, "truncated.db", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing.db", NULL);
  g_autoptr(GError) error = NULL;
  guint8 noise[8192];

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) g_random_int ();
  g_assert_true (g_file_set_contents (random_path, (const char *) noise, sizeof noise, NULL));
  assert_refused_untouched (random_path, BER_STORE_ERROR_NOT_REGISTER);

  g_assert_true (g_file_set_contents (empty_path, "", 0, NULL));
  assert_refused_untouched (empty_path, BER_STORE_ERROR_NOT_REGISTER);

  sqlite_exec (other_path, "CREATE TABLE contacts (name TEXT); "
                           "INSERT INTO contacts VALUES ('Karin');");
  assert_refused_untouched (other_path, BER_STORE_ERROR_NOT_REGISTER);

  /* A register cut short after its first page. */
  {
    g_autofree char *full = g_build_filename (dir, "full.db", NULL);
    g_autofree char *contents = NULL;
    gsize length = 0;

    g_assert_true (ber_demo_create (full, &error));
    g_assert_true (g_file_get_contents (full, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 8192);
    g_assert_true (g_file_set_contents (truncated_path, contents, 4096, NULL));
  }
  {
    g_autofree char *before = ber_test_file_checksum (truncated_path);
    g_autofree char *after = NULL;
    BerStore *store = ber_store_open (truncated_path, &error);

    g_assert_null (store);
    g_assert_nonnull (error);
    g_assert_true (error->code == BER_STORE_ERROR_CORRUPT
                   || error->code == BER_STORE_ERROR_NOT_REGISTER);
    g_clear_error (&error);
    after = ber_test_file_checksum (truncated_path);
    g_assert_cmpstr (before, ==, after);
  }

  g_assert_null (ber_store_open (missing_path, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing_path, G_FILE_TEST_EXISTS));

  ber_test_remove_tree (dir);
}

static void
test_refuses_newer_and_damaged (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *newer = g_build_filename (dir, "newer.db", NULL);
  g_autofree char *damaged = g_build_filename (dir, "damaged.db", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (ber_store_create (newer, NULL, NULL, &error));
  sqlite_exec (newer, "PRAGMA user_version = 99");
  assert_refused_untouched (newer, BER_STORE_ERROR_TOO_NEW);
  /* The very next schema is already too new. */
  {
    g_autofree char *next = g_strdup_printf ("PRAGMA user_version = %d",
                                             BER_STORE_SCHEMA_VERSION + 1);

    sqlite_exec (newer, next);
    assert_refused_untouched (newer, BER_STORE_ERROR_TOO_NEW);
  }

  g_assert_true (ber_store_create (damaged, NULL, NULL, &error));
  sqlite_exec (damaged, "DROP TABLE fee");
  assert_refused_untouched (damaged, BER_STORE_ERROR_CORRUPT);

  ber_test_remove_tree (dir);
}

/* An integer from a register, read with SQLite itself. */
static gint64
sqlite_int (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return value;
}

/* A register as version 1 of the program wrote it: schema 1 and some minutes. */
static void
write_schema_1_register (const char *path)
{
  g_autoptr(GBytes) schema = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *application_id = NULL;
  g_autoptr(GError) error = NULL;

  schema = g_resources_lookup_data (RESOURCE_PREFIX "/store/001-initial.sql", 0, &error);
  g_assert_no_error (error);
  sql = g_strndup (g_bytes_get_data (schema, NULL), g_bytes_get_size (schema));
  application_id = g_strdup_printf ("PRAGMA application_id = %d", BER_STORE_APPLICATION_ID);

  sqlite_exec (path, application_id);
  sqlite_exec (path, sql);
  sqlite_exec (path, "PRAGMA user_version = 1");
  sqlite_exec (path,
               "INSERT INTO register_info (key, value) VALUES ('created', '2025-01-02T08:00:00Z');"
               "INSERT INTO body (id, name, short_name) VALUES (1, 'Regionstyrelsen', 'RS');"
               "INSERT INTO person (id, name, party) VALUES (1, 'Åsa Lindqvist', 'S');"
               "INSERT INTO item (id, title, received_on, status, routed_body_id)"
               "  VALUES (1, 'Fortsatt medlemskap i EHMA', '2025-01-10', 'on-agenda', 1);"
               "INSERT INTO meeting (id, body_id, held_on, status, chair_id)"
               "  VALUES (1, 1, '2025-02-04', 'held', 1);"
               "INSERT INTO agenda_entry (id, meeting_id, position, kind, title, item_id,"
               "  paragraph, paragraph_body_id, paragraph_year, decision)"
               "  VALUES (1, 1, 1, 'item', 'Fortsatt medlemskap i EHMA', 1, 12, 1, 2025,"
               "  'as-proposed');"
               "INSERT INTO clause (agenda_entry_id, position, text)"
               "  VALUES (1, 1, 'att behålla medlemskapet i EHMA');"
               "INSERT INTO history (changed_by, table_name, row_id, action)"
               "  VALUES ('sekreterare', 'body', 1, 'insert');");
}

static void
test_migrate_from_schema_1 (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "register.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GVariant) body = NULL;
  g_autoptr(GVariant) entry = NULL;
  g_autofree char *snapshot = NULL;
  const char *text = NULL;
  BerStore *store;
  gint64 statement;

  write_schema_1_register (path);
  g_assert_cmpint (sqlite_int (path, "PRAGMA user_version"), ==, 1);

  store = ber_backup_open_register (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ber_store_get_schema_version (store), ==, BER_STORE_SCHEMA_VERSION);
  g_assert_cmpint (BER_STORE_SCHEMA_VERSION, ==, 16);
  g_assert_true (ber_store_check_integrity (store, &error));
  g_assert_no_error (error);

  /* Everything that was there is there. */
  body = ber_store_get (store, "body", 1, &error);
  g_assert_no_error (error);
  g_assert_true (g_variant_lookup (body, "name", "&s", &text));
  g_assert_cmpstr (text, ==, "Regionstyrelsen");
  entry = ber_store_get (store, "agenda_entry", 1, &error);
  g_assert_no_error (error);
  g_assert_true (g_variant_lookup (entry, "decision", "&s", &text));
  g_assert_cmpstr (text, ==, "as-proposed");
  g_assert_cmpuint (count (store, "clause"), ==, 1);
  g_assert_cmpuint (count (store, "item"), ==, 1);
  g_assert_cmpuint (count (store, "goal"), ==, 17);
  g_assert_cmpuint (count (store, "history"), ==, 1);
  g_assert_cmpuint (count (store, "statement"), ==, 0);

  /* The new table takes writes through the generic API, with their history. */
  statement = ber_store_insert (store, "statement",
                                vardict ("agenda_entry_id", g_variant_new_int64 (1),
                                         "position", g_variant_new_int64 (1),
                                         "kind", g_variant_new_string ("reservation"),
                                         "author", g_variant_new_string ("Örjan Björklund (M)"),
                                         NULL),
                                &error);
  g_assert_no_error (error);
  g_assert_cmpint (statement, >, 0);
  g_assert_cmpuint (count (store, "statement_list"), ==, 1);
  g_assert_cmpuint (count (store, "history"), ==, 2);
  g_assert_true (ber_store_check_integrity (store, &error));
  g_assert_finalize_object (store);

  /* Schema 5's indexes of the lists are there, the reply date's now whole. */
  g_assert_cmpint (sqlite_int (path, "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                     "AND name IN ('item_diary_number_idx', "
                                     "'item_status_reply_idx', 'item_subject_area_idx', "
                                     "'report_received_idx')"), ==, 4);
  g_assert_cmpint (sqlite_int (path, "SELECT count(*) FROM sqlite_master WHERE "
                                     "name = 'item_reply_idx' AND sql NOT LIKE '%WHERE%'"), ==, 1);

  /* Schema 6's search finds the item, its agenda entry and its decision,
   * whose clause and reservation were written before there was a search. */
  g_assert_cmpint (sqlite_int (path, "SELECT count(*) FROM global_search "
                                     "WHERE global_search MATCH 'medlemskap*'"), ==, 3);
  g_assert_cmpint (sqlite_int (path, "SELECT count(*) FROM global_search "
                                     "WHERE global_search MATCH 'björklund'"), ==, 1);

  /* Schema 10 gave the item the sort keys of the names it refers to. */
  g_assert_cmpint (sqlite_int (path, "SELECT count(*) FROM item AS i "
                                     "WHERE i.routed_body_key IS (SELECT sort_key FROM body "
                                     "WHERE id = i.routed_body_id) AND i.subject_area_key IS "
                                     "(SELECT sort_key FROM subject_area WHERE id = "
                                     "i.subject_area_id)"), ==, 1);

  /* The register was snapshotted as it was before the migration. */
  backups = ber_backup_list (path);
  for (guint i = 0; i < backups->len; i++)
    {
      BerBackup *backup = g_ptr_array_index (backups, i);

      if (strstr (backup->path, "before-migration") != NULL)
        {
          g_assert_null (snapshot);
          snapshot = g_strdup (backup->path);
        }
    }
  g_assert_nonnull (snapshot);
  g_assert_cmpuint (ber_test_file_mode (snapshot), ==, 0600);
  g_assert_cmpint (sqlite_int (snapshot, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (sqlite_int (snapshot, "SELECT count(*) FROM sqlite_schema "
                                         "WHERE name = 'statement'"), ==, 0);
  g_assert_cmpint (sqlite_int (snapshot, "SELECT count(*) FROM agenda_entry "
                                         "WHERE decision = 'as-proposed'"), ==, 1);
  g_assert_cmpint (sqlite_int (path, "PRAGMA user_version"), ==, BER_STORE_SCHEMA_VERSION);

  /* Opening it again migrates nothing and snapshots nothing more. */
  store = ber_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (store, "statement"), ==, 1);
  g_assert_finalize_object (store);
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = ber_backup_list (path);
  g_assert_cmpuint (backups->len, ==, 1);

  /* A current register without the new table is damaged, not silently repaired. */
  sqlite_exec (path, "DROP VIEW statement_list; DROP TABLE statement");
  assert_refused_untouched (path, BER_STORE_ERROR_CORRUPT);

  ber_test_remove_tree (dir);
}

static void
test_demo (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerQuery) query = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  BerStore *store = ber_test_store_new (BER_TEST_DEMO, &dir);
  const char *today = ber_store_get_today (store);
  const char *text = NULL;
  guint n = 0;

  g_assert_true (ber_store_check_integrity (store, &error));
  g_assert_no_error (error);

  /* The networks of seed 004's annex, with ERRIN through Central Sweden. */
  query = ber_query_new ("network_list");
  ber_query_add_condition (query, "acronym", BER_QUERY_EQ, g_variant_new_string ("ERRIN"));
  rows = ber_store_select (store, query, 0, 1, &error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "membership_status", "&s", &text);
  g_assert_cmpstr (text, ==, "indirect");
  g_variant_lookup (g_ptr_array_index (rows, 0), "via_network_name", "&s", &text);
  g_assert_cmpstr (text, ==, "Central Sweden");
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_pointer (&query, ber_query_unref);

  query = ber_query_new ("network_list");
  ber_query_add_condition (query, "acronym", BER_QUERY_EQ, g_variant_new_string ("EARMA"));
  rows = ber_store_select (store, query, 0, 1, &error);
  g_variant_lookup (g_ptr_array_index (rows, 0), "membership_status", "&s", &text);
  g_assert_cmpstr (text, ==, "interested");
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_clear_pointer (&query, ber_query_unref);

  query = ber_query_new ("network_list");
  ber_query_add_condition (query, "activity", BER_QUERY_EQ, g_variant_new_string ("inactive"));
  ber_query_add_condition (query, "membership_status", BER_QUERY_EQ,
                           g_variant_new_string ("member"));
  g_assert_true (ber_store_count (store, query, &n, &error));
  g_assert_cmpuint (n, >=, 3); /* EHMA, Eurochild, ENSA */
  g_clear_pointer (&query, ber_query_unref);

  /* The dissolved preparatory committee stays in history. */
  query = ber_query_new ("body");
  ber_query_add_condition (query, "dissolved_on", BER_QUERY_NOT_NULL, NULL);
  g_assert_true (ber_store_count (store, query, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  g_clear_pointer (&query, ber_query_unref);

  /* Dates are relative to today: meetings ahead, reports late. */
  query = ber_query_new ("meeting");
  ber_query_add_condition (query, "held_on", BER_QUERY_GT, g_variant_new_string (today));
  g_assert_true (ber_store_count (store, query, &n, &error));
  g_assert_cmpuint (n, >=, 2);
  g_clear_pointer (&query, ber_query_unref);

  query = ber_query_new ("report");
  ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("expected"));
  ber_query_add_condition (query, "due_on", BER_QUERY_LT, g_variant_new_string (today));
  g_assert_true (ber_store_count (store, query, &n, &error));
  g_assert_cmpuint (n, >=, 1);
  g_clear_pointer (&query, ber_query_unref);

  {
    const char *statuses[] = { "received", "assessed", "in-preparation", "ready", "on-agenda",
                               "decided", "dispatched", "declined", "written-off" };

    for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
      {
        query = ber_query_new ("item");
        ber_query_add_condition (query, "status", BER_QUERY_EQ,
                                 g_variant_new_string (statuses[i]));
        g_assert_true (ber_store_count (store, query, &n, &error));
        g_assert_cmpuint (n, >=, 1);
        g_clear_pointer (&query, ber_query_unref);
      }
  }

  /* The minutes record a reservation and a statement for the minutes under a decision. */
  query = ber_query_new ("statement_list");
  ber_query_add_condition (query, "kind", BER_QUERY_EQ, g_variant_new_string ("reservation"));
  g_assert_true (ber_store_count (store, query, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  ber_query_clear_conditions (query);
  ber_query_add_condition (query, "kind", BER_QUERY_EQ, g_variant_new_string ("note"));
  g_assert_true (ber_store_count (store, query, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  g_clear_pointer (&query, ber_query_unref);

  g_assert_finalize_object (store);
  ber_test_remove_tree (dir);
}

/* Two programs on one register: neither corrupts it, and each sees what the
 * other committed when it reads again. */
static void
test_two_connections (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerStore) other = ber_store_open (f->path, &error);
  g_autoptr(BerQuery) query = ber_query_new ("network");
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *name = g_strdup_printf ("Nätverk %u", i);
      BerStore *writer = i % 2 ? other : f->store;

      ber_store_insert (writer, "network",
                        vardict ("name", g_variant_new_string (name), NULL), &error);
      g_assert_no_error (error);
    }

  g_assert_true (ber_store_count (f->store, query, &n, &error));
  g_assert_cmpuint (n, ==, 50);
  g_assert_true (ber_store_count (other, query, &n, &error));
  g_assert_cmpuint (n, ==, 50);
  g_assert_true (ber_store_check_integrity (other, &error));
  g_assert_no_error (error);
}

/* The ids of @source whose @columns hold @text, case-insensitively: every row read. */
static GArray *
ids_by_reading_all (BerStore           *store,
                    const char         *source,
                    const char * const *columns,
                    const char         *text)
{
  g_autoptr(BerQuery) query = ber_query_new (source);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *needle = g_utf8_casefold (text, -1);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (store, query, 0, G_MAXUINT, NULL);
  g_assert_nonnull (rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gboolean found = FALSE;
      gint64 id = 0;

      g_variant_lookup (row, "id", "x", &id);
      for (guint j = 0; columns[j] != NULL && !found; j++)
        {
          const char *value = "";
          g_autofree char *folded = NULL;

          g_variant_lookup (row, columns[j], "&s", &value);
          folded = g_utf8_casefold (value, -1);
          found = strstr (folded, needle) != NULL;
        }
      if (found)
        g_array_append_val (ids, id);
    }
  return ids;
}

/* The ids of @source whose Swedish sort key begins with the letters of
 * @text: every row read. */
static GArray *
ids_by_reading_sort_keys (BerStore   *store,
                          const char *source,
                          const char *text)
{
  g_autoptr(BerQuery) query = ber_query_new (source);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *prefix = ber_collate_key_sv (text);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  *strchr (prefix, '\x01') = '\0';
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (store, query, 0, G_MAXUINT, NULL);
  g_assert_nonnull (rows);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *key = "";
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      g_variant_lookup (g_ptr_array_index (rows, i), "sort_key", "&s", &key);
      if (g_str_has_prefix (key, prefix))
        g_array_append_val (ids, id);
    }
  return ids;
}

static GArray *
ids_by_search (BerStore           *store,
               const char         *source,
               const char * const *columns,
               const char         *text)
{
  g_autoptr(BerQuery) query = ber_query_new (source);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = 0;

  ber_query_set_search (query, text, columns);
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (store, query, 0, G_MAXUINT, &error);
  g_assert_no_error (error);
  g_assert_true (ber_store_count (store, query, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
assert_same_ids (GArray     *a,
                 GArray     *b,
                 const char *text)
{
  if (a->len != b->len)
    g_error ("search “%s”: %u rows, expected %u", text, a->len, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpint (g_array_index (a, gint64, i), ==, g_array_index (b, gint64, i));
}

/* Searches of three characters or more read the trigram index (schema 3);
 * they find exactly what reading every row finds, whatever is typed, and
 * the index follows every write, ours or another program's. Shorter ones
 * find the names and titles that begin with them, from the sort key. */
static void
test_search_index (void)
{
  static const char * const item_columns[] = { "title", "diary_number", "description", NULL };
  static const char * const network_columns[] = { "name", "acronym", "description", "scope",
                                                   NULL };
  static const char * const person_columns[] = { "name", "party", "department", "email", NULL };
  static const char * const searches[] = {
    "samråd", "SAMRÅD", "EU-samråd", "sammanhållning", "RS 2026", "2026/3", "ÖSTERSJÖ",
    "å", "sa", "Ö", "in", "1", "ärende", "\"", "a\"b", "sam*", "samråd OR remiss", "NEAR(a b)", "{title}",
    "title:x", "-sam", "^sam", "  inbjudan  ", "Reg", "nätverk", "zzzz", NULL
  };
  const struct { const char *source; const char * const *columns; } lists[] = {
    { "item_list", item_columns },
    { "item", item_columns },
    { "network_list", network_columns },
    { "person", person_columns },
  };
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  BerStore *store = ber_test_store_new (BER_TEST_DEMO, &dir);
  g_autofree char *path = g_strdup (ber_store_get_path (store));
  gint64 item;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; searches[i] != NULL; i++)
      {
        g_autoptr(GArray) expected = NULL;
        g_autoptr(GArray) found = NULL;
        g_autofree char *stripped = g_strstrip (g_strdup (searches[i]));

        if (g_utf8_strlen (stripped, -1) < 3 && *stripped != '\0')
          expected = ids_by_reading_sort_keys (store, lists[l].source, stripped);
        else
          expected = ids_by_reading_all (store, lists[l].source, lists[l].columns, stripped);
        found = ids_by_search (store, lists[l].source, lists[l].columns, searches[i]);
        assert_same_ids (found, expected, searches[i]);
      }

  /* Something is found at all, in each index. */
  {
    g_autoptr(GArray) items = ids_by_search (store, "item_list", item_columns, "samråd");
    g_autoptr(GArray) networks = ids_by_search (store, "network_list", network_columns, "regio");
    g_autoptr(GArray) persons = ids_by_search (store, "person", person_columns, "ström");

    g_assert_cmpuint (items->len, >, 0);
    g_assert_cmpuint (networks->len, >, 0);
    g_assert_cmpuint (persons->len, >, 0);
  }
  {
    g_autoptr(GArray) items = ids_by_search (store, "item_list", item_columns, "in");
    g_autoptr(GArray) persons = ids_by_search (store, "person", person_columns, "ö");
    g_autoptr(GArray) others = ids_by_search (store, "person", person_columns, "o");

    g_assert_cmpuint (items->len, >, 0);
    g_assert_cmpuint (persons->len, >, 0);
    /* Ö is a letter of its own, not an O. */
    for (guint i = 0; i < persons->len; i++)
      for (guint j = 0; j < others->len; j++)
        g_assert_cmpint (g_array_index (persons, gint64, i), !=,
                         g_array_index (others, gint64, j));
  }

  /* New, changed and removed rows. */
  item = ber_store_insert (store, "item",
                           ber_store_values ("title", g_variant_new_string ("Qwörtz ett nytt ärende"),
                                             "received_on", g_variant_new_string ("2026-11-02"),
                                             NULL),
                           &error);
  g_assert_no_error (error);
  {
    g_autoptr(GArray) found = ids_by_search (store, "item_list", item_columns, "QWÖRTZ");

    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpint (g_array_index (found, gint64, 0), ==, item);
  }
  g_assert_true (ber_store_update (store, "item", item,
                                   ber_store_values ("title",
                                                     g_variant_new_string ("Ändrad rubrik"),
                                                     "description",
                                                     g_variant_new_string ("Qwörtz i texten"),
                                                     NULL),
                                   &error));
  g_assert_no_error (error);
  {
    g_autoptr(GArray) by_title = ids_by_search (store, "item_list", (const char *[]) { "title",
                                                NULL }, "qwörtz");
    g_autoptr(GArray) by_any = ids_by_search (store, "item_list", item_columns, "qwörtz");
    g_autoptr(GArray) renamed = ids_by_search (store, "item_list", item_columns, "ändrad rub");

    g_assert_cmpuint (by_title->len, ==, 0);
    g_assert_cmpuint (by_any->len, ==, 1);
    g_assert_cmpuint (renamed->len, ==, 1);
  }
  g_assert_true (ber_store_delete (store, "item", item, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GArray) found = ids_by_search (store, "item_list", item_columns, "qwörtz");

    g_assert_cmpuint (found->len, ==, 0);
  }
  g_assert_finalize_object (store);

  /* Another program writing to the register keeps the index in step too. */
  sqlite_exec (path, "UPDATE person SET name = 'Xåvier Qvist' WHERE id = 1");
  store = ber_store_open (path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GArray) found = ids_by_search (store, "person", person_columns, "xåvier q");

    g_assert_cmpuint (found->len, ==, 1);
  }
  g_assert_true (ber_store_check_integrity (store, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  ber_test_remove_tree (dir);
}

static gboolean
collect_row (GVariant *row,
             gpointer  user_data)
{
  GPtrArray *rows = user_data;

  g_ptr_array_add (rows, g_variant_ref (row));
  return rows->len < 1000000;
}

static gboolean
stop_at_three (GVariant *row,
               gpointer  user_data)
{
  guint *n = user_data;

  return ++*n < 3;
}

/* Reading a whole list in one pass gives the rows a page would, in order,
 * with the names of the list's view, and stops when asked to. */
static void
test_foreach (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  BerStore *store = ber_test_store_new (BER_TEST_DEMO, &dir);
  g_autoptr(BerQuery) query = ber_query_new ("item_list");
  g_autoptr(GPtrArray) paged = NULL;
  g_autoptr(GPtrArray) streamed = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  guint n = 0;

  ber_query_add_order (query, "received_on", TRUE);
  ber_query_add_condition (query, "status", BER_QUERY_NE, g_variant_new_string ("closed"));
  paged = ber_store_select (store, query, 0, G_MAXUINT, &error);
  g_assert_no_error (error);
  g_assert_true (ber_store_foreach (store, query, collect_row, streamed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (streamed->len, ==, paged->len);
  g_assert_cmpuint (streamed->len, >, 10);
  for (guint i = 0; i < paged->len; i++)
    g_assert_true (g_variant_equal (g_ptr_array_index (streamed, i),
                                    g_ptr_array_index (paged, i)));

  g_assert_true (ber_store_foreach (store, query, stop_at_three, &n, &error));
  g_assert_cmpuint (n, ==, 3);

  g_assert_finalize_object (store);
  ber_test_remove_tree (dir);
}

/* The schema the build keeps in the program is the one the migrations make
 * now, object by object and column by column. */
static void
test_expected_schema (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) kept = g_resources_lookup_data (RESOURCE_PREFIX "/store/expected-schema", 0,
                                                    &error);
  g_autoptr(Schema) built = NULL;
  g_autoptr(Schema) read_back = NULL;

  g_assert_no_error (error);
  built = _ber_sqlite_store_build_schema (&error);
  g_assert_no_error (error);
  g_assert_nonnull (built);
  g_assert_cmpuint (g_hash_table_size (built->objects), >, 50);
  g_assert_true (g_hash_table_contains (built->columns, "item"));
  g_assert_true (_ber_sqlite_store_schema_equal (built, _ber_sqlite_store_get_expected_schema ()));

  read_back = _ber_sqlite_store_deserialize_schema (kept);
  g_assert_true (_ber_sqlite_store_schema_equal (built, read_back));
}

/* A second connection, for a worker, sees the register on the same day
 * and writes as the same user. */
static void
test_another_same_day (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = ber_test_store_new (BER_TEST_EMPTY, &dir);
  g_autoptr(BerStore) another = NULL;

  ber_store_set_today (store, "2031-02-03");
  ber_store_set_user (store, "Handläggare");
  another = ber_store_open_another (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ber_store_get_today (another), ==, "2031-02-03");
  g_assert_cmpstr (ber_store_get_user (another), ==, "Handläggare");
  g_clear_object (&another);
  g_clear_object (&store);
  ber_test_remove_tree (dir);
}

/* What keeps a row from being deleted is found through the rows a deletion
 * takes along (ON DELETE CASCADE) too: here a table another program added,
 * whose rows name a network's memberships and refuse their deletion. */
static void
test_references_through_cascade (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) references = NULL;
  g_autofree char *counts = NULL;
  gint64 network, membership;
  char *out;

  g_clear_object (&f->store);
  g_free (ber_test_sqlite3 (f->path, "CREATE TABLE membership_note (id INTEGER PRIMARY KEY, "
                                "membership_id INTEGER REFERENCES membership (id) "
                                "ON DELETE RESTRICT, text TEXT);"));
  f->store = ber_store_open (f->path, &error);
  g_assert_no_error (error);

  network = ber_store_insert (f->store, "network",
                              ber_store_values ("name", g_variant_new_string ("ERRIN"), NULL),
                              &error);
  g_assert_no_error (error);
  membership = ber_store_insert (f->store, "membership",
                                 ber_store_values ("network_id", g_variant_new_int64 (network),
                                                   "status", g_variant_new_string ("member"),
                                                   NULL),
                                 &error);
  g_assert_no_error (error);
  {
    g_autofree char *sql = g_strdup_printf ("INSERT INTO membership_note (membership_id, text) "
                                            "VALUES (%" G_GINT64_FORMAT ", 'Avtal 2026');",
                                            membership);

    g_free (ber_test_sqlite3 (f->path, sql));
  }

  references = ber_store_find_references (f->store, "network", network, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (references->len, ==, 1);
  {
    const char *table = NULL, *column = NULL;
    gint64 count = 0;

    g_variant_lookup (g_ptr_array_index (references, 0), "table", "&s", &table);
    g_variant_lookup (g_ptr_array_index (references, 0), "column", "&s", &column);
    g_variant_lookup (g_ptr_array_index (references, 0), "count", "x", &count);
    g_assert_cmpstr (table, ==, "membership_note");
    g_assert_cmpstr (column, ==, "membership_id");
    g_assert_cmpint (count, ==, 1);
  }

  /* The deletion is refused, and nothing goes. */
  g_assert_false (ber_store_delete (f->store, "network", network, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  counts = ber_test_sqlite3 (f->path, "SELECT (SELECT count(*) FROM network) || '|' || "
                                 "(SELECT count(*) FROM membership) || '|' || "
                                 "(SELECT count(*) FROM membership_note)");
  g_assert_cmpstr (counts, ==, "1|1|1");

  /* A row nothing names has nothing to report. */
  g_clear_pointer (&references, g_ptr_array_unref);
  g_clear_error (&error);
  out = ber_test_sqlite3 (f->path, "DELETE FROM membership_note;");
  g_free (out);
  references = ber_store_find_references (f->store, "network", network, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (references->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/expected-schema", test_expected_schema);
  g_test_add_func ("/store/another-same-day", test_another_same_day);
  g_test_add_func ("/store/create-and-modes", test_create_and_modes);
  g_test_add_func ("/store/create-refuses-existing", test_create_refuses_existing);
  g_test_add ("/store/reopen", Fixture, NULL, fixture_set_up, test_reopen, fixture_tear_down);
  g_test_add ("/store/references-through-cascade", Fixture, NULL, fixture_set_up,
              test_references_through_cascade, fixture_tear_down);
  g_test_add ("/store/update-and-delete", Fixture, NULL, fixture_set_up, test_update_and_delete,
              fixture_tear_down);
  g_test_add ("/store/constraints", Fixture, NULL, fixture_set_up, test_constraints,
              fixture_tear_down);
  g_test_add ("/store/hostile-text", Fixture, NULL, fixture_set_up, test_hostile_text,
              fixture_tear_down);
  g_test_add ("/store/history", Fixture, NULL, fixture_set_up, test_history, fixture_tear_down);
  g_test_add ("/store/batch", Fixture, NULL, fixture_set_up, test_batch, fixture_tear_down);
  g_test_add ("/store/bulk", Fixture, NULL, fixture_set_up, test_bulk, fixture_tear_down);
  g_test_add ("/store/query", Fixture, NULL, fixture_set_up, test_query, fixture_tear_down);
  g_test_add ("/store/links", Fixture, NULL, fixture_set_up, test_links, fixture_tear_down);
  g_test_add ("/store/two-connections", Fixture, NULL, fixture_set_up, test_two_connections,
              fixture_tear_down);
  g_test_add_func ("/store/refuses-foreign-files", test_refuses_foreign_files);
  g_test_add_func ("/store/refuses-newer-and-damaged", test_refuses_newer_and_damaged);
  g_test_add_func ("/store/migrate-from-schema-1", test_migrate_from_schema_1);
  g_test_add_func ("/store/demo", test_demo);
  g_test_add_func ("/store/search-index", test_search_index);
  g_test_add_func ("/store/foreach", test_foreach);

  return g_test_run ();
}
