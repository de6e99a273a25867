/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * No lost updates. A record is open here while another process changes the
 * same row: the other program is SQLite's own command line (which knows
 * nothing of versions or history) or a colleague's Beredning
 * (tests/ber-test-peer.c, writing through the store under its own user
 * name). Changes to different fields both survive without a question;
 * changes to the same field stop the save with the conflict named, the
 * values typed here kept, and the user's choice settles it.
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "ber-model.h"
#include "ber-test-utils.h"

typedef struct
{
  char     *dir;
  char     *path;
  BerStore *store;
  gint64    id;
} Fixture;

static int
run (const char * const  *argv,
     char               **out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *ignored = NULL;
  int status = 0;

  /* Standard output is the test's TAP stream: never let a child write there. */
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                out != NULL ? out : &ignored, &err, &status, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_test_message ("%s: %s", argv[0], err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* Another program: SQLite's command line. */
static void
sqlite3_cli (const char *path,
             const char *sql)
{
  g_free (ber_test_sqlite3 (path, sql));
}

static char *
sqlite3_text (const char *path,
              const char *sql)
{
  return ber_test_sqlite3 (path, sql);
}

/* A colleague's Beredning, in a process of its own. */
static void
peer_update (Fixture    *f,
             const char *user,
             const char *assignment)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->id);
  const char *argv[] = { g_getenv ("BEREDNING_TEST_PEER"), f->path, user, "update", "network", id,
                         assignment, NULL };

  g_assert_cmpint (run (argv, NULL), ==, 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BerNetwork) network = ber_network_new ();
  g_autoptr(GError) error = NULL;

  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  f->path = g_strdup (ber_store_get_path (f->store));
  ber_store_set_user (f->store, "handlaggare");

  g_object_set (network, "name", "Assembly of European Regions", "acronym", "AER",
                "website", "https://aer.eu", "scope", "Regional policy", NULL);
  g_assert_true (ber_record_save (BER_RECORD (network), f->store, &error));
  g_assert_no_error (error);
  f->id = ber_record_get_id (BER_RECORD (network));
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

static BerRecord *
open_network (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  BerRecord *record = ber_record_load (BER_TYPE_NETWORK, f->store, f->id, &error);

  g_assert_no_error (error);
  return record;
}

static char *
column (Fixture    *f,
        const char *name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM network WHERE id = %" G_GINT64_FORMAT,
                                          name, f->id);

  return sqlite3_text (f->path, sql);
}

/*
 * The page changes only the name; another program changed the website and
 * the scope meanwhile. Both changes survive, and nobody is asked.
 */
static void
test_other_fields_merge (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(BerRecord) network = open_network (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 version = 0;


  g_object_get (network, "version", &version, NULL);
  g_assert_cmpint (version, ==, 1);
  sql = g_strdup_printf ("UPDATE network SET website = 'https://aer.org', scope = 'Hälsa och "
                         "sjukvård' WHERE id = %" G_GINT64_FORMAT, f->id);
  sqlite3_cli (f->path, sql);

  g_object_set (network, "name", "Assembly of European Regions (AER)", NULL);
  g_assert_true (ber_record_save (network, f->store, &error));
  g_assert_no_error (error);
  g_assert_null (ber_record_get_conflict (network));

  ber_assert_take_str (column (f, "name"), ==, "Assembly of European Regions (AER)");
  ber_assert_take_str (column (f, "website"), ==, "https://aer.org");
  ber_assert_take_str (column (f, "scope"), ==, "Hälsa och sjukvård");
  /* The trigger counted the other program's update, the save its own. */
  ber_assert_take_str (column (f, "version"), ==, "3");

  /* The record shows both now. */
  g_assert_cmpstr (ber_record_get_string (network, "website"), ==, "https://aer.org");
  g_assert_cmpstr (ber_record_get_string (network, "name"), ==,
                   "Assembly of European Regions (AER)");
}

/*
 * A colleague renamed the network while the page had it open; the page
 * renames it too and changes the acronym. The save stops, says who changed
 * the name and when, and keeps what was typed here; "keep mine" then saves
 * it over theirs, with nothing else of theirs lost.
 */
static void
test_same_field_keep_mine (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(BerRecord) network = open_network (f);
  g_autoptr(GError) error = NULL;
  BerConflict *conflict;

  peer_update (f, "kollega", "name=AER – Assembly of European Regions");
  peer_update (f, "kollega", "contact=info@aer.org");

  g_object_set (network, "name", "Europaregionernas församling", "acronym", "FER", NULL);
  g_assert_false (ber_record_save (network, f->store, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "kollega"));

  conflict = ber_record_get_conflict (network);
  g_assert_nonnull (conflict);
  g_assert_cmpuint (ber_conflict_get_n_fields (conflict), ==, 1);
  g_assert_cmpstr (ber_conflict_get_property (conflict, 0), ==, "name");
  g_assert_cmpstr (ber_conflict_get_mine (conflict, 0), ==, "Europaregionernas församling");
  g_assert_cmpstr (ber_conflict_get_theirs (conflict, 0), ==,
                   "AER – Assembly of European Regions");
  g_assert_cmpstr (ber_conflict_get_changed_by (conflict), ==, "kollega");
  g_assert_nonnull (ber_conflict_get_changed_at (conflict));

  /* Nothing was written, and nothing typed was lost. */
  ber_assert_take_str (column (f, "name"), ==, "AER – Assembly of European Regions");
  ber_assert_take_str (column (f, "acronym"), ==, "AER");
  g_assert_cmpstr (ber_record_get_string (network, "name"), ==, "Europaregionernas församling");
  g_assert_cmpstr (ber_record_get_string (network, "acronym"), ==, "FER");

  g_clear_error (&error);
  g_assert_true (ber_record_resolve_conflict (network, f->store, BER_CONFLICT_KEEP_MINE, &error));
  g_assert_no_error (error);
  g_assert_true (ber_record_save (network, f->store, &error));
  g_assert_no_error (error);

  ber_assert_take_str (column (f, "name"), ==, "Europaregionernas församling");
  ber_assert_take_str (column (f, "acronym"), ==, "FER");
  ber_assert_take_str (column (f, "contact"), ==, "info@aer.org");
}

/* "Take theirs" settles the field in conflict their way and still saves
 * the other changes made here. */
static void
test_same_field_take_theirs (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(BerRecord) network = open_network (f);
  g_autoptr(GError) error = NULL;

  peer_update (f, "kollega", "description=Politiskt nätverk för Europas regioner");

  g_object_set (network, "description", "Regionernas röst i Europa", "website",
                "https://aer.org/sv", NULL);
  g_assert_false (ber_record_save (network, f->store, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  g_assert_true (ber_record_resolve_conflict (network, f->store, BER_CONFLICT_TAKE_THEIRS,
                                              &error));
  g_assert_cmpstr (ber_record_get_string (network, "description"), ==,
                   "Politiskt nätverk för Europas regioner");
  g_assert_cmpstr (ber_record_get_string (network, "website"), ==, "https://aer.org/sv");
  g_assert_true (ber_record_save (network, f->store, &error));
  g_assert_no_error (error);

  ber_assert_take_str (column (f, "description"), ==, "Politiskt nätverk för Europas regioner");
  ber_assert_take_str (column (f, "website"), ==, "https://aer.org/sv");
}

/* A program that keeps no history changed the field: the conflict is
 * reported all the same, by "another program". */
static void
test_conflict_with_other_program (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(BerRecord) network = open_network (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("UPDATE network SET acronym = 'A.E.R.' WHERE id = %"
                                          G_GINT64_FORMAT, f->id);

  sqlite3_cli (f->path, sql);
  g_object_set (network, "acronym", "AER-EU", NULL);
  g_assert_false (ber_record_save (network, f->store, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Another program"));
  g_assert_null (ber_conflict_get_changed_by (ber_record_get_conflict (network)));
  ber_assert_take_str (column (f, "acronym"), ==, "A.E.R.");
}

/* The same value typed on both sides is no conflict. */
static void
test_same_value_no_conflict (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(BerRecord) network = open_network (f);
  g_autoptr(GError) error = NULL;

  peer_update (f, "kollega", "acronym=AER-EU");
  g_object_set (network, "acronym", "AER-EU", "contact", "sekretariat@region.se", NULL);
  g_assert_true (ber_record_save (network, f->store, &error));
  g_assert_no_error (error);
  ber_assert_take_str (column (f, "acronym"), ==, "AER-EU");
  ber_assert_take_str (column (f, "contact"), ==, "sekretariat@region.se");
}

/* A row removed meanwhile is not brought back by a save. */
static void
test_deleted_meanwhile (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(BerRecord) network = open_network (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->id);
  const char *argv[] = { g_getenv ("BEREDNING_TEST_PEER"), f->path, "kollega", "delete",
                         "network", id, NULL };

  g_assert_cmpint (run (argv, NULL), ==, 0);
  g_object_set (network, "acronym", "X", NULL);
  g_assert_false (ber_record_save (network, f->store, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
  ber_assert_take_str (sqlite3_text (f->path, "SELECT count(*) FROM network"), ==, "0");
}

/* The history says which version each change made. */
static void
test_history_versions (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BerRecord) network = open_network (f);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 version = 0;
  const char *who = NULL;

  g_object_set (network, "acronym", "AER-1", NULL);
  g_assert_true (ber_record_save (network, f->store, &error));
  peer_update (f, "kollega", "acronym=AER-2");

  history = ber_store_get_history (f->store, "network", f->id, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_true (g_variant_lookup (g_ptr_array_index (history, 0), "version", "x", &version));
  g_assert_cmpint (version, ==, 3);
  g_assert_true (g_variant_lookup (g_ptr_array_index (history, 0), "changed_by", "&s", &who));
  g_assert_cmpstr (who, ==, "kollega");
  g_assert_true (g_variant_lookup (g_ptr_array_index (history, 1), "version", "x", &version));
  g_assert_cmpint (version, ==, 2);
  g_assert_true (g_variant_lookup (g_ptr_array_index (history, 2), "version", "x", &version));
  g_assert_cmpint (version, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/versions/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("other-fields-merge", test_other_fields_merge);
  ADD ("same-field-keep-mine", test_same_field_keep_mine);
  ADD ("same-field-take-theirs", test_same_field_take_theirs);
  ADD ("conflict-with-other-program", test_conflict_with_other_program);
  ADD ("same-value-no-conflict", test_same_value_no_conflict);
  ADD ("deleted-meanwhile", test_deleted_meanwhile);
  ADD ("history-versions", test_history_versions);

  return g_test_run ();
}
