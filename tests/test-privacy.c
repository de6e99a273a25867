/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Personal data (GDPR): the extract, the erasure and the retention review,
 * on real registers in temporary folders. What the register holds is
 * counted with the sqlite3 program, a process of its own that knows
 * nothing of the model's rules, and the files are searched byte by byte
 * with grep.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ber-person-export.h"
#include "ber-persons-privacy.h"
#include "ber-test-utils.h"

typedef struct
{
  char       *dir;
  char       *path;
  BerStore   *store;
  BerPersons *persons;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_DEMO, &f->dir);
  f->path = g_strdup (ber_store_get_path (f->store));
  f->persons = ber_persons_new (f->store);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->persons);
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Another process */

static char *
run (const char * const *argv,
     int                *status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, status,
                &error);
  g_assert_no_error (error);
  return out;
}

static char *
sqlite_text (const char *path,
             const char *sql)
{
  return ber_test_sqlite3 (path, sql);
}

static gint64
sqlite_count (const char *path,
              const char *sql)
{
  g_autofree char *text = sqlite_text (path, sql);

  return g_ascii_strtoll (text, NULL, 10);
}

/* Whether @needle is in @file's bytes, or in its -wal; case-insensitively too. */
static gboolean
file_holds (const char *file,
            const char *needle)
{
  g_autofree char *wal = g_strconcat (file, "-wal", NULL);
  const char *files[] = { file, wal };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      const char *argv[] = { "grep", "-a", "-F", "-i", "-q", "--", needle, files[i], NULL };
      int status = 0;
      g_autofree char *out = NULL;

      if (!g_file_test (files[i], G_FILE_TEST_EXISTS))
        continue;
      out = run (argv, &status);
      if (g_spawn_check_wait_status (status, NULL))
        return TRUE;
    }
  return FALSE;
}

/* Writing test data */

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

static void
update (Fixture    *f,
        const char *table,
        gint64      id,
        GVariant   *values)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ber_store_update (f->store, table, id, values, &error));
  g_assert_no_error (error);
}

#define S(text) g_variant_new_string (text)
#define I(number) g_variant_new_int64 (number)

static gint64
first_id (Fixture    *f,
          const char *sql)
{
  gint64 id = sqlite_count (f->path, sql);

  g_assert_cmpint (id, >, 0);
  return id;
}

/* Gives @person_id something in every part of the extract. */
static void
add_every_kind (Fixture    *f,
                gint64      person_id,
                const char *name,
                gint64      meeting_id)
{
  g_autofree char *entry_sql = g_strdup_printf ("SELECT min (id) FROM agenda_entry "
                                                "WHERE meeting_id = %" G_GINT64_FORMAT
                                                " AND id NOT IN (SELECT agenda_entry_id FROM "
                                                "vote WHERE person_id = %" G_GINT64_FORMAT ")",
                                                meeting_id, person_id);
  g_autofree char *event_sql = g_strdup_printf ("SELECT min (id) FROM forum_event WHERE id NOT IN "
                                                "(SELECT event_id FROM event_attendance WHERE "
                                                "person_id = %" G_GINT64_FORMAT ")", person_id);
  gint64 entry = first_id (f, entry_sql);
  gint64 body = first_id (f, "SELECT min (id) FROM body");
  gint64 event = first_id (f, event_sql);
  g_autofree char *author = g_strdup_printf ("%s (MP)", name);
  gint64 report, item, assignment;

  assignment = insert (f, "assignment",
                       ber_store_values ("person_id", I (person_id), "network_id", I (1),
                                         "role", S ("representative"),
                                         "mandate", S ("Mandate of the xylophonist"),
                                         "from_on", S ("2025-01-01"), "to_on", S ("2026-12-31"),
                                         NULL));
  insert (f, "assignment", ber_store_values ("person_id", I (person_id), "network_id", I (2),
                                             "role", S ("board-member"),
                                             "candidacy", S ("pending"), NULL));
  insert (f, "event_attendance", ber_store_values ("event_id", I (event),
                                                   "person_id", I (person_id),
                                                   "assignment_id", I (assignment), NULL));
  report = insert (f, "report", ber_store_values ("person_id", I (person_id), "body_id", I (body),
                                                  "due_on", S ("2026-12-01"),
                                                  "positions", S ("Positions of the hazelmoth"),
                                                  NULL));
  insert (f, "document", ber_store_values ("report_id", I (report),
                                           "title", S ("Velvetquartz notes"),
                                           "file_path", S ("/tmp/velvetquartz.pdf"), NULL));
  insert (f, "attendance", ber_store_values ("meeting_id", I (meeting_id),
                                             "person_id", I (person_id),
                                             "role", S ("member"), NULL));
  update (f, "meeting", meeting_id, ber_store_values ("checker_id", I (person_id), NULL));
  update (f, "agenda_entry", entry, ber_store_values ("presenter_id", I (person_id), NULL));
  insert (f, "vote", ber_store_values ("agenda_entry_id", I (entry), "person_id", I (person_id),
                                       "choice", S ("yes"), NULL));
  insert (f, "statement", ber_store_values ("agenda_entry_id", I (entry), "author", S (author),
                                            "kind", S ("note"), "text", S ("A note."), NULL));
  insert (f, "motion", ber_store_values ("agenda_entry_id", I (entry), "mover", S (name),
                                         "text", S ("att avslå förslaget"), NULL));
  item = insert (f, "item", ber_store_values ("title", S ("Inbjudan till seminarium"),
                                              "received_on", S ("2026-11-01"),
                                              "case_officer_id", I (person_id), NULL));
  insert (f, "clause", ber_store_values ("item_id", I (item), "position", I (1),
                                         "text", S ("att delta"),
                                         "responsible_id", I (person_id), NULL));
}

/* The number of history entries about a person, as ber-persons-privacy.c
 * defines them, counted by SQL of its own. */
static char *
history_sql (gint64      p,
             const char *name)
{
  g_autoptr(GString) sql = g_string_new ("SELECT count (*) FROM history AS h WHERE ");
  static const char * const own[] = {
    "assignment", "attendance", "event_attendance", "report", "vote", NULL
  };

  g_string_append_printf (sql, "(h.table_name = 'person' AND h.row_id = %" G_GINT64_FORMAT ")", p);
  for (guint i = 0; own[i] != NULL; i++)
    g_string_append_printf (sql,
                            " OR (h.table_name = '%s' AND (h.row_id IN (SELECT id FROM %s "
                            "WHERE person_id = %" G_GINT64_FORMAT ") OR h.row_id IN (SELECT "
                            "row_id FROM history WHERE table_name = '%s' AND "
                            "json_extract (changes, '$.person_id') = %" G_GINT64_FORMAT ")))",
                            own[i], own[i], p, own[i], p);
  g_string_append_printf (sql,
                          " OR (h.table_name = 'document' AND h.row_id IN (SELECT id FROM "
                          "document WHERE report_id IN (SELECT id FROM report WHERE person_id "
                          "= %1$" G_GINT64_FORMAT ")))"
                          " OR (h.table_name = 'item' AND json_extract (h.changes, "
                          "'$.case_officer_id') = %1$" G_GINT64_FORMAT ")"
                          " OR (h.table_name = 'meeting' AND (json_extract (h.changes, "
                          "'$.chair_id') = %1$" G_GINT64_FORMAT " OR json_extract (h.changes, "
                          "'$.checker_id') = %1$" G_GINT64_FORMAT " OR json_extract (h.changes, "
                          "'$.secretary_id') = %1$" G_GINT64_FORMAT "))"
                          " OR (h.table_name = 'agenda_entry' AND json_extract (h.changes, "
                          "'$.presenter_id') = %1$" G_GINT64_FORMAT ")"
                          " OR (h.table_name = 'clause' AND json_extract (h.changes, "
                          "'$.responsible_id') = %1$" G_GINT64_FORMAT ")"
                          " OR (h.table_name = 'statement' AND instr (json_extract (h.changes, "
                          "'$.author'), '%2$s') > 0)"
                          " OR (h.table_name = 'motion' AND (instr (json_extract (h.changes, "
                          "'$.mover'), '%2$s') > 0 OR instr (json_extract (h.changes, "
                          "'$.supported_by'), '%2$s') > 0))",
                          p, name);
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* The extract */

static JsonObject *
read_json (const char *path,
           JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

static void
assert_part (JsonObject *root,
             const char *part,
             const char *path,
             const char *sql)
{
  JsonArray *rows = json_object_get_array_member (root, part);
  gint64 expected = sqlite_count (path, sql);

  g_test_message ("%s: %u rows, SQL counts %" G_GINT64_FORMAT, part,
                  json_array_get_length (rows), expected);
  g_assert_cmpint (expected, >, 0);
  g_assert_cmpint (json_array_get_length (rows), ==, expected);
}

static void
test_extract_json (Fixture       *f,
                   gconstpointer  data)
{
  const char *name = "Åsa Lindqvist";
  gint64 approved = first_id (f, "SELECT min (id) FROM meeting WHERE status = 'minutes-approved' "
                                 "AND id IN (SELECT meeting_id FROM agenda_entry) AND id NOT IN "
                                 "(SELECT meeting_id FROM attendance WHERE person_id = 1)");
  g_autofree char *output = g_build_filename (f->dir, "extract.json", NULL);
  g_autofree char *history = history_sql (1, name);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *person;

  ber_assert_take_str (sqlite_text (f->path, "SELECT name FROM person WHERE id = 1"), ==, name);
  add_every_kind (f, 1, name, approved);

  g_assert_true (ber_export_person (f->store, 1, output, &error));
  g_assert_no_error (error);
  root = read_json (output, parser);

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "beredning-personal-data");
  person = json_object_get_object_member (root, "person");
  g_assert_cmpint (json_object_get_int_member (person, "id"), ==, 1);
  {
    g_autofree char *email = sqlite_text (f->path, "SELECT email FROM person WHERE id = 1");

    g_assert_cmpstr (json_object_get_string_member (person, "email"), ==, email);
  }
  g_assert_false (json_object_has_member (person, "sort_key"));

  assert_part (root, "assignments", f->path,
               "SELECT count (*) FROM assignment WHERE person_id = 1 AND candidacy IS NULL");
  assert_part (root, "candidacies", f->path,
               "SELECT count (*) FROM assignment WHERE person_id = 1 AND candidacy IS NOT NULL");
  assert_part (root, "attendance", f->path, "SELECT count (*) FROM attendance WHERE person_id = 1");
  assert_part (root, "meeting_roles", f->path,
               "SELECT (SELECT count (*) FROM meeting WHERE chair_id = 1) + (SELECT count (*) "
               "FROM meeting WHERE checker_id = 1) + (SELECT count (*) FROM meeting WHERE "
               "secretary_id = 1)");
  assert_part (root, "presented", f->path,
               "SELECT count (*) FROM agenda_entry WHERE presenter_id = 1");
  assert_part (root, "votes", f->path, "SELECT count (*) FROM vote WHERE person_id = 1");
  assert_part (root, "statements", f->path,
               "SELECT count (*) FROM statement WHERE instr (author, 'Åsa Lindqvist') > 0");
  assert_part (root, "motions", f->path,
               "SELECT count (*) FROM motion WHERE instr (mover, 'Åsa Lindqvist') > 0 "
               "OR instr (supported_by, 'Åsa Lindqvist') > 0");
  assert_part (root, "events", f->path,
               "SELECT count (*) FROM event_attendance WHERE person_id = 1");
  assert_part (root, "reports", f->path, "SELECT count (*) FROM report WHERE person_id = 1");
  assert_part (root, "report_documents", f->path,
               "SELECT count (*) FROM document WHERE report_id IN "
               "(SELECT id FROM report WHERE person_id = 1)");
  assert_part (root, "items", f->path, "SELECT count (*) FROM item WHERE case_officer_id = 1");
  assert_part (root, "clauses", f->path, "SELECT count (*) FROM clause WHERE responsible_id = 1");
  assert_part (root, "history", f->path, history);

  /* The history's values are JSON, nested. */
  {
    JsonArray *entries = json_object_get_array_member (root, "history");
    JsonObject *first = json_array_get_object_element (entries, 0);

    g_assert_true (JSON_NODE_HOLDS_OBJECT (json_object_get_member (first, "changes")));
  }
  /* Which rows stand in public records. */
  {
    JsonArray *rows = json_object_get_array_member (root, "attendance");
    gint64 n_public = 0;

    for (guint i = 0; i < json_array_get_length (rows); i++)
      n_public += json_object_get_int_member (json_array_get_object_element (rows, i),
                                              "public_record");
    g_assert_cmpint (n_public, ==,
                     sqlite_count (f->path, "SELECT count (*) FROM attendance JOIN meeting ON "
                                            "meeting.id = meeting_id WHERE person_id = 1 AND "
                                            "status = 'minutes-approved'"));
  }
}

static void
test_extract_pdf (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *output = g_build_filename (f->dir, "extract.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *assignments = NULL;
  g_autofree char *history = NULL;
  g_autofree char *history_count = history_sql (1, "Åsa Lindqvist");
  g_autoptr(GError) error = NULL;

  g_assert_true (ber_export_person (f->store, 1, output, &error));
  g_assert_no_error (error);
  text = ber_test_pdf_text (output);

  g_assert_nonnull (strstr (text, "Personal data about Åsa Lindqvist"));
  g_assert_nonnull (strstr (text, "Region Norrbotten"));
  g_assert_nonnull (strstr (text, "asa.lindqvist@region.example.se"));
  g_assert_nonnull (strstr (text, "Assembly of European Regions"));
  assignments = g_strdup_printf ("Assignments (%" G_GINT64_FORMAT ")",
                                 sqlite_count (f->path, "SELECT count (*) FROM assignment WHERE "
                                                        "person_id = 1 AND candidacy IS NULL"));
  g_assert_nonnull (strstr (text, assignments));
  history = g_strdup_printf ("Change history (%" G_GINT64_FORMAT ")",
                             sqlite_count (f->path, history_count));
  g_assert_nonnull (strstr (text, history));
  g_free (history);
  history = g_strdup_printf ("Roles in meetings (%" G_GINT64_FORMAT ")",
                             sqlite_count (f->path, "SELECT sum ((chair_id IS 1) + (checker_id "
                                                    "IS 1) + (secretary_id IS 1)) FROM meeting"));
  g_assert_nonnull (strstr (text, history));

  /* Only PDF and JSON. */
  {
    g_autofree char *csv = g_build_filename (f->dir, "extract.csv", NULL);

    g_assert_false (ber_export_person (f->store, 1, csv, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_false (ber_export_person (f->store, 9999, output, &error));
    g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
  }
}

/* The erasure */

static const char * const secrets[] = {
  "Quixwright", "Zebulon", "zq.old@example.org", "zebulon.quixwright@example.org",
  "991 23 45", "xylophonist", "hazelmoth", "velvetquartz", "Snowpetrel", NULL
};

static gint64
add_private_person (Fixture *f)
{
  gint64 planned = first_id (f, "SELECT min (id) FROM meeting WHERE status = 'planned' "
                                "AND id IN (SELECT meeting_id FROM agenda_entry)");
  gint64 id = insert (f, "person", ber_store_values ("name", S ("Zebulon Quixwright"),
                                                     "kind", S ("elected"), "party", S ("MP"),
                                                     "email", S ("zq.old@example.org"),
                                                     "phone", S ("+46 70 991 23 45"),
                                                     "notes", S ("Met at the Snowpetrel forum"),
                                                     NULL));

  /* The old address stays in the history and in free space, unless wiped. */
  update (f, "person", id, ber_store_values ("email", S ("zebulon.quixwright@example.org"), NULL));
  add_every_kind (f, id, "Zebulon Quixwright", planned);
  return id;
}

static void
test_erase_unrecoverable (Fixture       *f,
                          gconstpointer  data)
{
  gint64 id = add_private_person (f);
  g_autoptr(BerErasurePlan) plan = NULL;
  g_autoptr(BerErasurePlan) done = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name_sql = g_strdup_printf ("SELECT name FROM person WHERE id = %"
                                               G_GINT64_FORMAT, id);
  g_autofree char *expected = g_strdup_printf ("Person %" G_GINT64_FORMAT " (erased)", id);
  g_autofree char *count_sql = NULL;

  for (guint i = 0; secrets[i] != NULL; i++)
    g_assert_true (file_holds (f->path, secrets[i]));

  plan = ber_persons_plan_erasure (f->persons, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ber_erasure_plan_get_n_kept (plan), ==, 0);
  g_assert_cmpstr (ber_erasure_plan_get_pseudonym (plan), ==, expected);

  g_assert_true (ber_persons_erase_personal_data (f->persons, id, &done, &error));
  g_assert_no_error (error);
  g_assert_null (ber_erasure_plan_get_wipe_problem (done));

  ber_assert_take_str (sqlite_text (f->path, name_sql), ==, expected);
  for (guint i = 0; secrets[i] != NULL; i++)
    {
      g_test_message ("searching the register's files for “%s”", secrets[i]);
      g_assert_false (file_holds (f->path, secrets[i]));
    }

  /* Nothing of the person but the pseudonym, no free page, a sound file. */
  count_sql = g_strdup_printf ("SELECT (SELECT count (*) FROM assignment WHERE person_id = %1$"
                               G_GINT64_FORMAT ") + (SELECT count (*) FROM attendance WHERE "
                               "person_id = %1$" G_GINT64_FORMAT ") + (SELECT count (*) FROM "
                               "vote WHERE person_id = %1$" G_GINT64_FORMAT ") + (SELECT count "
                               "(*) FROM report WHERE person_id = %1$" G_GINT64_FORMAT ") + "
                               "(SELECT count (*) FROM meeting WHERE checker_id = %1$"
                               G_GINT64_FORMAT ") + (SELECT count (*) FROM item WHERE "
                               "case_officer_id = %1$" G_GINT64_FORMAT ")", id);
  g_assert_cmpint (sqlite_count (f->path, count_sql), ==, 0);
  g_assert_cmpint (sqlite_count (f->path, "SELECT count (*) FROM global_search WHERE "
                                          "global_search MATCH 'quixwright'"), ==, 0);
  g_assert_cmpint (sqlite_count (f->path, "PRAGMA freelist_count"), ==, 0);
  ber_assert_take_str (sqlite_text (f->path, "PRAGMA integrity_check"), ==, "ok");
}

static void
test_erase_keeps_public_records (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(BerErasurePlan) plan = NULL;
  g_autoptr(BerErasurePlan) done = NULL;
  g_autoptr(GError) error = NULL;
  const char *kept_sql = "SELECT count (*) FROM attendance JOIN meeting ON meeting.id = "
                         "meeting_id WHERE person_id = 1 AND status IN ('minutes-approved', "
                         "'held')";
  gint64 n_kept = sqlite_count (f->path, kept_sql);
  gint64 n_chaired = sqlite_count (f->path, "SELECT count (*) FROM meeting WHERE chair_id = 1 "
                                            "AND status = 'minutes-approved'");
  g_autofree char *attendance_title = g_strdup_printf ("Attendance at meetings (%" G_GINT64_FORMAT
                                                       ")", n_kept);
  gboolean listed = FALSE;

  g_assert_cmpint (n_kept, >, 0);
  g_assert_cmpint (sqlite_count (f->path, "SELECT count (*) FROM meeting WHERE chair_id = 1 "
                                          "AND status = 'planned'"), >, 0);
  g_assert_true (file_holds (f->path, "asa.lindqvist@region.example.se"));

  plan = ber_persons_plan_erasure (f->persons, 1, &error);
  g_assert_no_error (error);
  g_assert_null (ber_erasure_plan_get_pseudonym (plan));
  for (guint i = 0; i < ber_erasure_plan_get_n_kept (plan); i++)
    if (g_str_equal (ber_erasure_plan_get_kept_title (plan, i), attendance_title))
      {
        listed = TRUE;
        g_assert_nonnull (strstr (ber_erasure_plan_get_kept_reason (plan, i), "arkivlagen"));
      }
  g_assert_true (listed);

  g_assert_true (ber_persons_erase_personal_data (f->persons, 1, &done, &error));
  g_assert_no_error (error);

  /* What the public records hold is there; the rest is gone. */
  g_assert_cmpint (sqlite_count (f->path, kept_sql), ==, n_kept);
  g_assert_cmpint (sqlite_count (f->path, "SELECT count (*) FROM attendance JOIN meeting ON "
                                          "meeting.id = meeting_id WHERE person_id = 1 AND "
                                          "status NOT IN ('minutes-approved', 'held')"), ==, 0);
  g_assert_cmpint (sqlite_count (f->path, "SELECT count (*) FROM meeting WHERE chair_id = 1 "
                                          "AND status = 'minutes-approved'"), ==, n_chaired);
  g_assert_cmpint (sqlite_count (f->path, "SELECT count (*) FROM meeting WHERE chair_id = 1 "
                                          "AND status = 'planned'"), ==, 0);
  g_assert_cmpint (sqlite_count (f->path, "SELECT count (*) FROM event_attendance "
                                          "WHERE person_id = 1"), ==, 0);
  g_assert_cmpint (sqlite_count (f->path, "SELECT count (*) FROM assignment WHERE person_id = 1 "
                                          "AND id NOT IN (SELECT assignment_id FROM report WHERE "
                                          "assignment_id IS NOT NULL)"), ==, 0);
  ber_assert_take_str (sqlite_text (f->path, "SELECT name || '|' || email || '|' || notes FROM "
                                             "person WHERE id = 1"), ==, "Åsa Lindqvist||");
  g_assert_cmpint (sqlite_count (f->path, "SELECT count (*) FROM history WHERE "
                                          "instr (changes, 'asa.lindqvist@') > 0"), ==, 0);
  g_assert_false (file_holds (f->path, "asa.lindqvist@region.example.se"));
  g_assert_cmpuint (ber_erasure_plan_get_n_kept (done), ==, ber_erasure_plan_get_n_kept (plan));
}

static void
test_erase_one_transaction (Fixture       *f,
                            gconstpointer  data)
{
  gint64 id = add_private_person (f);
  g_autofree char *trigger = g_strdup_printf ("CREATE TRIGGER test_erasure_fails BEFORE UPDATE "
                                              "OF email ON person WHEN old.id = %"
                                              G_GINT64_FORMAT " BEGIN SELECT RAISE (ABORT, "
                                              "'the disk failed'); END", id);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  /* Made by another program while the register is open: the person's own
   * record, written last, fails after every other write was made. */
  g_free (sqlite_text (f->path, trigger));
  before = sqlite_text (f->path, ".dump");
  g_assert_nonnull (strstr (before, "zq.old@example.org"));

  g_assert_false (ber_persons_erase_personal_data (f->persons, id, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "the disk failed"));

  after = sqlite_text (f->path, ".dump");
  g_assert_cmpstr (after, ==, before);
  ber_assert_take_str (sqlite_text (f->path, "PRAGMA integrity_check"), ==, "ok");
}

/* A reader in another process keeps the log from being emptied: the
 * erasure stands, says that the file was not wiped, and erasing again
 * once the reader is gone wipes it. */
static void
test_erase_while_read (Fixture       *f,
                       gconstpointer  data)
{
  gint64 id = add_private_person (f);
  const char *argv[] = { "sqlite3", "-batch", f->path, NULL };
  const char *script = "BEGIN;\nSELECT count (*) FROM person;\n.shell sleep 7\nCOMMIT;\n";
  g_autoptr(GSubprocess) reader = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(BerErasurePlan) first = NULL;
  g_autoptr(BerErasurePlan) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  reader = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                              &error);
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (g_subprocess_get_stdin_pipe (reader), script,
                                            strlen (script), NULL, NULL, &error));
  g_assert_true (g_output_stream_close (g_subprocess_get_stdin_pipe (reader), NULL, &error));
  /* Once the count is printed, its read transaction is open. */
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (reader));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);

  g_assert_true (ber_persons_erase_personal_data (f->persons, id, &first, &error));
  g_assert_no_error (error);
  g_assert_nonnull (ber_erasure_plan_get_wipe_problem (first));
  g_assert_cmpint (sqlite_count (f->path, "SELECT count (*) FROM person WHERE "
                                          "name = 'Zebulon Quixwright'"), ==, 0);

  g_assert_true (g_subprocess_wait_check (reader, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ber_persons_erase_personal_data (f->persons, id, &second, &error));
  g_assert_no_error (error);
  g_assert_null (ber_erasure_plan_get_wipe_problem (second));
  for (guint i = 0; secrets[i] != NULL; i++)
    g_assert_false (file_holds (f->path, secrets[i]));
}

/* The words of a deleted row stay in the full-text index and the log until
 * the free space is wiped; never inside a transaction. */
static void
test_wipe_free_space (Fixture       *f,
                      gconstpointer  data)
{
  gint64 id = insert (f, "person", ber_store_values ("name", S ("Ptarmiganova Wexley"),
                                                     "notes", S ("Chairs the Gyrfalconry club"),
                                                     NULL));
  g_autoptr(GError) error = NULL;

  g_assert_true (ber_store_begin (f->store, &error));
  g_assert_true (ber_store_delete (f->store, "person", id, &error));
  g_assert_true (ber_store_forget_history (f->store, "person", id, &error));
  g_assert_false (ber_store_wipe_free_space (f->store, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ber_store_commit (f->store, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sqlite_count (f->path, "SELECT count (*) FROM global_search WHERE "
                                          "global_search MATCH 'ptarmiganova'"), ==, 0);
  g_assert_true (file_holds (f->path, "ptarmiganova"));

  g_assert_true (ber_store_wipe_free_space (f->store, &error));
  g_assert_no_error (error);
  g_assert_false (file_holds (f->path, "ptarmiganova"));
  g_assert_false (file_holds (f->path, "gyrfalconry"));
  ber_assert_take_str (sqlite_text (f->path, "PRAGMA integrity_check"), ==, "ok");
}

/* The retention review */

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The ids of the persons listed, in order of id, a line each. */
static char *
listed_ids (GListModel *list)
{
  g_autoptr(GString) ids = g_string_new (NULL);
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BerRecord) person = g_list_model_get_item (list, i);
      gint64 id = ber_record_get_id (person);

      g_array_append_val (sorted, id);
    }
  g_array_sort (sorted, compare_ids);
  for (guint i = 0; i < sorted->len; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "\n" : "",
                            g_array_index (sorted, gint64, i));
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static gint64
add_person_with (Fixture    *f,
                 const char *name,
                 const char *from_on,
                 const char *to_on,
                 const char *candidacy)
{
  gint64 id = insert (f, "person", ber_store_values ("name", S (name), NULL));

  if (from_on != NULL || to_on != NULL || candidacy != NULL)
    insert (f, "assignment", ber_store_values ("person_id", I (id), "forum", S ("Nordic forum"),
                                               "from_on", from_on ? S (from_on) : NULL,
                                               "to_on", to_on ? S (to_on) : NULL,
                                               "candidacy", candidacy ? S (candidacy) : NULL,
                                               NULL));
  return id;
}

static void
test_retention (Fixture       *f,
                gconstpointer  data)
{
  static const int years[] = { 1, 4, 10, 30 };
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = NULL;
  gint64 old;

  /* Beside the demo's persons, whose mandates end in 2026 or run on. */
  add_person_with (f, "Lost Candidate", "2019-05-01", NULL, "not-elected");
  add_person_with (f, "Pending Candidate", "2030-01-01", NULL, "pending");
  add_person_with (f, "Withdrawn Without Dates", NULL, NULL, "withdrawn");
  add_person_with (f, "Ended Exactly Four Years Ago", "2020-01-01", "2027-06-01", NULL);
  add_person_with (f, "Ended The Day Before", "2020-01-01", "2027-05-31", NULL);
  add_person_with (f, "Never Assigned", NULL, NULL, NULL);
  old = add_person_with (f, "Long Gone", "2010-01-01", "2015-12-31", NULL);
  insert (f, "assignment", ber_store_values ("person_id", I (old), "forum", S ("Baltic forum"),
                                             "from_on", S ("2016-01-01"), "to_on", S ("2020-06-30"),
                                             NULL));

  ber_store_set_today (f->store, "2031-06-01");
  list = ber_persons_list (f->persons, filter);
  ber_list_filter_set_flag (filter, BER_PERSONS_CRITERION_RETENTION, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autofree char *sql = g_strdup_printf (
        "SELECT group_concat (person_id, char (10)) FROM (SELECT person_id FROM assignment "
        "GROUP BY person_id HAVING sum (coalesce (to_on, CASE WHEN candidacy IN ('not-elected', "
        "'withdrawn') THEN from_on END) IS NULL) = 0 AND max (coalesce (to_on, CASE WHEN "
        "candidacy IN ('not-elected', 'withdrawn') THEN from_on END)) < date ('2031-06-01', "
        "'-%d years') ORDER BY person_id)", years[i]);
      g_autofree char *expected = sqlite_text (f->path, sql);
      g_autofree char *listed = NULL;
      g_autoptr(GError) error = NULL;
      guint n = 0;

      ber_list_filter_set_id (filter, BER_PERSONS_CRITERION_RETENTION_YEARS, years[i]);
      listed = listed_ids (list);
      g_test_message ("%d years: %s", years[i], listed);
      g_assert_cmpstr (listed, ==, expected);
      g_assert_true (ber_persons_count_due_for_retention (f->persons, years[i], &n, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n, ==, g_list_model_get_n_items (list));
      if (years[i] == 4)
        g_assert_cmpuint (n, >, 2);
      if (years[i] == 10)
        g_assert_cmpuint (n, ==, 2);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/privacy/extract-json", test_extract_json);
  ADD ("/privacy/extract-pdf", test_extract_pdf);
  ADD ("/privacy/erase-unrecoverable", test_erase_unrecoverable);
  ADD ("/privacy/erase-keeps-public-records", test_erase_keeps_public_records);
  ADD ("/privacy/erase-one-transaction", test_erase_one_transaction);
  ADD ("/privacy/erase-while-read", test_erase_while_read);
  ADD ("/privacy/wipe-free-space", test_wipe_free_space);
  ADD ("/privacy/retention", test_retention);
#undef ADD

  return g_test_run ();
}
