/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Crash safety: a writer process writes through the store API in a loop and
 * reports each committed write on stdout; it is killed with SIGKILL at a
 * random moment, and then the register must open, pass
 * PRAGMA integrity_check, and hold every write that was reported committed.
 * BEREDNING_CRASH_ROUNDS sets the number of kills (200 by default).
 */

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ber-test-utils.h"

static GVariant *
network_values (const char *name,
                const char *description)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "name", g_variant_new_string (name));
  g_variant_builder_add (&builder, "{sv}", "description", g_variant_new_string (description));
  return g_variant_builder_end (&builder);
}

/* The child: write forever, saying what is committed. */
static int
run_writer (const char *path,
            guint       first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerStore) store = ber_store_open (path, &error);
  g_autofree char *padding = g_strnfill (2000, 'x');

  if (store == NULL)
    {
      g_printerr ("writer: %s\n", error->message);
      return 2;
    }

  for (guint n = first;; n++)
    {
      g_autofree char *name = g_strdup_printf ("crash-%08u", n);
      gint64 id;

      if (n % 3 == 0)
        {
          /* A batch: two rows and an update, all or nothing. */
          g_autofree char *second = g_strdup_printf ("crash-%08u-b", n);

          if (!ber_store_begin (store, &error))
            return 3;
          id = ber_store_insert (store, "network", network_values (name, padding), &error);
          if (id == 0 || ber_store_insert (store, "network", network_values (second, padding),
                                           &error) == 0
              || !ber_store_update (store, "network", id, network_values (name, "updated"), &error)
              || !ber_store_commit (store, &error))
            return 4;
        }
      else if (ber_store_insert (store, "network", network_values (name, padding), &error) == 0)
        return 5;

      /* Only now is the write reported. */
      printf ("%u\n", n);
      fflush (stdout);
    }
}

static gboolean
network_exists (BerStore   *store,
                const char *name)
{
  g_autoptr(BerQuery) query = ber_query_new ("network");
  g_autoptr(GError) error = NULL;
  guint n = 0;

  ber_query_add_condition (query, "name", BER_QUERY_EQ, g_variant_new_string (name));
  g_assert_true (ber_store_count (store, query, &n, &error));
  g_assert_no_error (error);
  return n == 1;
}

static void
test_kill_writer (void)
{
  const char *rounds_env = g_getenv ("BEREDNING_CRASH_ROUNDS");
  guint rounds = rounds_env != NULL ? (guint) g_ascii_strtoull (rounds_env, NULL, 10) : 200;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  guint next = 1, total_reported = 0, killed_mid_write = 0;

  {
    BerStore *store = ber_test_store_new (BER_TEST_EMPTY, &dir);

    path = g_strdup (ber_store_get_path (store));
    g_object_unref (store);
  }

  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *first = g_strdup_printf ("%u", next);
      const char *argv[] = { self_exe, "--writer", path, first, NULL };
      g_autoptr(GString) output = g_string_new (NULL);
      g_autoptr(BerStore) store = NULL;
      g_auto(GStrv) lines = NULL;
      GPid pid;
      int out_fd, status;
      gint64 deadline;
      guint last = 0;
      char buffer[4096];

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                &pid, NULL, &out_fd, NULL, &error);
      g_assert_no_error (error);

      /* Once it writes (its start-up takes long under sanitizers), let it run
       * between 5 and 150 ms more, then kill it wherever it is. */
      deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
      while (g_get_monotonic_time () < deadline)
        {
          GPollFD poll_fd = { out_fd, G_IO_IN, 0 };
          ssize_t n;

          if (g_poll (&poll_fd, 1, 100) <= 0)
            continue;
          n = read (out_fd, buffer, sizeof buffer);
          if (n <= 0)
            break;
          g_string_append_len (output, buffer, n);
          break;
        }
      deadline = g_get_monotonic_time () + g_random_int_range (5, 150) * 1000;
      while (g_get_monotonic_time () < deadline)
        g_usleep (1000);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status));

      for (ssize_t n; (n = read (out_fd, buffer, sizeof buffer)) > 0;)
        g_string_append_len (output, buffer, n);
      close (out_fd);

      /* The register opens, is whole, and holds every reported write. */
      store = ber_store_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (ber_store_check_integrity (store, &error));
      g_assert_no_error (error);

      lines = g_strsplit (output->str, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autofree char *name = NULL;

          if (lines[i][0] == '\0')
            continue;
          last = (guint) g_ascii_strtoull (lines[i], NULL, 10);
          name = g_strdup_printf ("crash-%08u", last);
          g_assert_true (network_exists (store, name));
          if (last % 3 == 0)
            {
              g_autofree char *second = g_strdup_printf ("crash-%08u-b", last);

              g_assert_true (network_exists (store, second));
            }
          total_reported++;
        }

      /* A batch cut short leaves none of its rows. */
      if (last > 0)
        {
          guint unreported = last + 1;
          g_autofree char *name = g_strdup_printf ("crash-%08u", unreported);
          g_autofree char *second = g_strdup_printf ("crash-%08u-b", unreported);

          if (unreported % 3 == 0)
            g_assert_true (network_exists (store, name) == network_exists (store, second));
          if (network_exists (store, name))
            killed_mid_write++;
        }

      next = MAX (next, last + 1) + 1;
    }

  g_test_message ("%u kills, %u reported writes checked, %u writes committed but not yet "
                  "reported when killed",
                  rounds, total_reported, killed_mid_write);
  g_print ("# crash test: %u kills, %u reported writes all present\n", rounds, total_reported);
  g_assert_cmpuint (total_reported, >, 0);

  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--writer"))
    return run_writer (argv[2], (guint) g_ascii_strtoull (argv[3], NULL, 10));

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash/kill-writer", test_kill_writer);
  return g_test_run ();
}
