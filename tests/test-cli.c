/* SPDX-License-Identifier: GPL-3.0-or-later */

/* The command line, run as a user or a script runs it: the real binary. */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "ber-test-utils.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_beredning (Run        *run,
               const char *first_arg,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("BEREDNING_BINARY");
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &run->out,
                &run->err, &run->status, &error);
  g_assert_no_error (error);
}

static gboolean
exited_with (const Run *run,
             int        code)
{
  return g_spawn_check_wait_status (run->status, NULL) ? code == 0
                                                        : WEXITSTATUS (run->status) == code;
}

/* An error is one line on stderr, and nothing on stdout. */
static void
assert_one_line_error (const Run  *run,
                       const char *in_message)
{
  g_assert_false (exited_with (run, 0));
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "beredning: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_null (strchr (run->err, '\n') + 1 == run->err + strlen (run->err) ? NULL : "more");
  g_assert_nonnull (strstr (run->err, in_message));
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_beredning (&run, "--version", NULL);
  g_assert_true (exited_with (&run, 0));
  g_assert_cmpstr (run.out, ==, "beredning " PACKAGE_VERSION "\n");
}

static void
test_init_demo_and_list (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *option = g_strconcat ("--database=", path, NULL);
  g_autofree char *checksum = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };
  gboolean saw_errin = FALSE;
  int last_a = -1, first_o = -1;

  run_beredning (&run, option, "--init-demo", NULL);
  g_assert_true (exited_with (&run, 0));
  g_assert_nonnull (strstr (run.out, path));
  g_assert_cmpuint (ber_test_file_mode (path), ==, 0600);
  run_clear (&run);

  /* A second --init-demo never overwrites. */
  checksum = ber_test_file_checksum (path);
  run_beredning (&run, option, "--init-demo", NULL);
  assert_one_line_error (&run, "already exists");
  {
    g_autofree char *after = ber_test_file_checksum (path);

    g_assert_cmpstr (checksum, ==, after);
  }
  run_clear (&run);

  run_beredning (&run, option, "--list=networks", NULL);
  g_assert_true (exited_with (&run, 0));
  g_assert_cmpstr (run.err, ==, "");
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 11);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      char *end = NULL;

      /* Tab-separated, the id first. */
      g_assert_cmpuint (g_strv_length (fields), ==, 7);
      g_assert_cmpint (g_ascii_strtoll (fields[0], &end, 10), >, 0);
      g_assert_cmpint (*end, ==, '\0');

      if (g_str_equal (fields[2], "ERRIN"))
        {
          saw_errin = TRUE;
          g_assert_cmpstr (fields[4], ==, "indirect");
        }
      if (fields[1][0] == 'A')
        last_a = (int) i;
      if (g_str_has_prefix (fields[1], "Ö"))
        first_o = (int) i;
    }
  g_assert_true (saw_errin);
  g_assert_cmpint (last_a, >=, 0);
  (void) first_o;

  {
    const char *lists[] = { "--list=persons", "--list=meetings", "--list=items",
                            "--list=reports" };

    for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
      {
        g_auto(Run) each = { 0 };

        run_beredning (&each, option, lists[i], NULL);
        g_assert_true (exited_with (&each, 0));
        g_assert_cmpuint (strlen (each.out), >, 100);
      }
  }

  ber_test_remove_tree (dir);
}

static void
test_swedish_order (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *option = g_strconcat ("--database=", path, NULL);
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };
  int last_ascii = -1, first_swedish = -1;

  run_beredning (&run, option, "--init-demo", NULL);
  run_clear (&run);
  run_beredning (&run, option, "--list=persons", NULL);
  g_assert_true (exited_with (&run, 0));

  /* Names beginning with Å, Ä and Ö come after Z, as in a Swedish phone book. */
  lines = g_strsplit (run.out, "\n", -1);
  for (int i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 3);

      if (g_strv_length (fields) < 2)
        continue;
      if (g_ascii_isalpha (fields[1][0]))
        last_ascii = i;
      else if (first_swedish < 0)
        first_swedish = i;
    }
  g_assert_cmpint (last_ascii, >=, 0);
  g_assert_cmpint (first_swedish, ==, last_ascii + 1);
  {
    g_auto(GStrv) fields = g_strsplit (lines[first_swedish], "\t", 3);

    g_assert_true (g_str_has_prefix (fields[1], "Å"));
  }

  ber_test_remove_tree (dir);
}

static void
test_errors (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *missing = g_strconcat ("--database=", dir, "/missing.db", NULL);
  g_autofree char *junk_path = g_build_filename (dir, "junk.db", NULL);
  g_autofree char *junk = g_strconcat ("--database=", junk_path, NULL);
  g_autofree char *demo = g_strconcat ("--database=", dir, "/demo.db", NULL);
  g_autofree char *output = g_strconcat ("--output=", dir, "/agenda.pdf", NULL);

  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, missing, "--list=networks", NULL);
    assert_one_line_error (&run, "There is no register");
  }
  {
    g_auto(Run) run = { 0 };

    g_assert_true (g_file_set_contents (junk_path, "not a database at all, just text\n", -1,
                                        NULL));
    run_beredning (&run, junk, "--list=items", NULL);
    assert_one_line_error (&run, "not a Beredning register");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, "--init-demo", NULL);
    assert_one_line_error (&run, "--database");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, demo, "--init-demo", NULL);
    run_clear (&run);
    run = (Run) { 0 };
    run_beredning (&run, demo, "--list=everything", NULL);
    assert_one_line_error (&run, "networks, persons, meetings, items or reports");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, demo, "--export=agenda", NULL);
    assert_one_line_error (&run, "--output");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, demo, "--export=nonsense", output, NULL);
    assert_one_line_error (&run, "nonsense");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, demo, output, NULL);
    assert_one_line_error (&run, "--export");
  }

  ber_test_remove_tree (dir);
}

/* The extract of a person's personal data, as PDF and as JSON. */
static void
test_export_person (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *demo = g_strconcat ("--database=", path, NULL);
  g_autofree char *pdf = g_build_filename (dir, "person.pdf", NULL);
  g_autofree char *json = g_build_filename (dir, "person.json", NULL);
  g_autofree char *pdf_option = g_strconcat ("--output=", pdf, NULL);
  g_autofree char *json_option = g_strconcat ("--output=", json, NULL);
  g_autofree char *csv_option = g_strconcat ("--output=", dir, "/person.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;

  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, demo, "--init-demo", NULL);
    g_assert_true (exited_with (&run, 0));
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, demo, "--export=person", "--person=1", pdf_option, NULL);
    g_assert_true (exited_with (&run, 0));
    g_assert_nonnull (strstr (run.out, pdf));
    text = ber_test_pdf_text (pdf);
    g_assert_nonnull (strstr (text, "Personal data about Åsa Lindqvist"));
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, demo, "--export=person", "--person=1", json_option, NULL);
    g_assert_true (exited_with (&run, 0));
    g_assert_true (g_file_get_contents (json, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "\"format\" : \"beredning-personal-data\""));
    g_assert_nonnull (strstr (contents, "\"name\" : \"Åsa Lindqvist\""));
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, demo, "--export=person", pdf_option, NULL);
    assert_one_line_error (&run, "--person=ID");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, demo, "--export=person", "--person=Åsa", pdf_option, NULL);
    assert_one_line_error (&run, "is not a person id");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, demo, "--export=person", "--person=9999", pdf_option, NULL);
    assert_one_line_error (&run, "There is no person 9999");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, demo, "--export=person", "--person=1", csv_option, NULL);
    assert_one_line_error (&run, ".pdf, .json");
  }

  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/init-demo-and-list", test_init_demo_and_list);
  g_test_add_func ("/cli/swedish-order", test_swedish_order);
  g_test_add_func ("/cli/errors", test_errors);
  g_test_add_func ("/cli/export-person", test_export_person);

  return g_test_run ();
}
