/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * A soak test: real processes on one register for a while, as an office
 * would use it. Two writers edit the same few networks as people typing
 * do, so that their saves meet, and record memberships now and then; a
 * colleague lists, backs up and checks the register meanwhile. Each writer
 * logs what it was told: saved (at which version, which values), or in
 * conflict. Afterwards the register's history must hold every save exactly
 * as logged, no save may have written a field its writer did not change or
 * replaced another's change it was not told about, and the register must
 * be whole.
 *
 * One executable plays every part; a child is told its part on its command
 * line:
 *
 *   ber-soak --writer=N --database=F --until=UNIX_TIME --log=FILE
 *   ber-soak --colleague --binary=BEREDNING --database=F --until=UNIX_TIME --log=FILE
 *
 * BEREDNING_SOAK_SECONDS sets the length of the run (30 s by default).
 */

#define G_LOG_DOMAIN "ber-soak"

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "ber-demo.h"
#include "ber-membership.h"
#include "ber-network.h"
#include "ber-networks.h"
#include "ber-record.h"
#include "ber-store.h"
#include "ber-test-utils.h"

/* Few rows, so that the writers' saves meet often. */
#define N_NETWORKS 4
#define N_WRITERS 2
#define DEFAULT_SECONDS 30
/* One action in about this many records a membership instead. */
#define MEMBERSHIP_EVERY 20
#define MAX_RESOLVES 5
/* A child still running this long after the deadline is hung. */
#define GRACE_SECONDS 60
#define MAX_PROBLEMS_SHOWN 20

static const char * const fields[] = { "acronym", "website", "scope", "contact", "description" };

static char *self_path;

/* Common */

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* The ids of the first networks, in the order the demo created them. */
static gboolean
first_networks (BerStore  *store,
                gint64     ids[N_NETWORKS],
                GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("network");
  g_autoptr(GPtrArray) rows = NULL;

  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (store, query, 0, N_NETWORKS, error);
  if (rows == NULL)
    return FALSE;
  if (rows->len < N_NETWORKS)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                   "the register has only %u networks", rows->len);
      return FALSE;
    }
  for (guint i = 0; i < N_NETWORKS; i++)
    g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &ids[i]);
  return TRUE;
}

static FILE *
open_log (const char *path)
{
  FILE *log = fopen (path, "w");

  /* A child killed halfway still leaves every finished line. */
  if (log != NULL)
    setvbuf (log, NULL, _IOLBF, 0);
  return log;
}

static void
log_error (FILE         *log,
           const GError *error)
{
  g_autofree char *message = g_strdup (error->message);

  g_strdelimit (message, "\n\r", ' ');
  fprintf (log, "ERROR %s\n", message);
}

/* Writer */

typedef struct
{
  guint        n;
  BerStore    *store;
  BerNetworks *networks;
  GRand       *rand;
  FILE        *log;
  gint64       ids[N_NETWORKS];
  guint        seq;
} Writer;

/* Logs the fields of the save that still hold this writer's values: after
 * taking theirs, a field is no longer part of it. */
static void
log_saved (Writer     *w,
           BerRecord  *record,
           const char *chosen[],
           const char *tokens[],
           guint       n_chosen)
{
  g_autoptr(GString) line = g_string_new (NULL);
  gint64 version = 0;

  g_object_get (record, "version", &version, NULL);
  g_string_printf (line, "SAVED network %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                   ber_record_get_id (record), version);
  for (guint i = 0; i < n_chosen; i++)
    if (g_strcmp0 (ber_record_get_string (record, chosen[i]), tokens[i]) == 0)
      g_string_append_printf (line, " %s=%s", chosen[i], tokens[i]);

  /* Nothing of ours was left to write. */
  if (strchr (line->str, '=') == NULL)
    g_string_printf (line, "UNCHANGED network %" G_GINT64_FORMAT, ber_record_get_id (record));

  fprintf (w->log, "%s\n", line->str);
}

static void
log_conflict (Writer    *w,
              BerRecord *record)
{
  BerConflict *conflict = ber_record_get_conflict (record);
  g_autoptr(GString) names = g_string_new (NULL);
  const char *who = NULL;

  if (conflict != NULL)
    {
      for (guint i = 0; i < ber_conflict_get_n_fields (conflict); i++)
        g_string_append_printf (names, "%s%s", i > 0 ? "," : "",
                                ber_conflict_get_property (conflict, i));
      who = ber_conflict_get_changed_by (conflict);
    }
  fprintf (w->log, "CONFLICT network %" G_GINT64_FORMAT " %s by=%s\n",
           ber_record_get_id (record), names->len > 0 ? names->str : "-",
           who != NULL ? who : "-");
}

static void
edit_network (Writer *w)
{
  gint64 id = w->ids[g_rand_int_range (w->rand, 0, N_NETWORKS)];
  g_autoptr(BerRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *token_a = NULL;
  g_autofree char *token_b = NULL;
  const char *chosen[2];
  const char *tokens[2];
  guint n_chosen = g_rand_int_range (w->rand, 1, 3);
  gint64 version = 0;

  record = ber_record_load (BER_TYPE_NETWORK, w->store, id, &error);
  if (record == NULL)
    {
      log_error (w->log, error);
      return;
    }
  g_object_get (record, "version", &version, NULL);
  fprintf (w->log, "LOADED network %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", id, version);

  /* A person typing. */
  g_usleep (g_rand_int_range (w->rand, 0, 31) * 1000);

  chosen[0] = fields[g_rand_int_range (w->rand, 0, G_N_ELEMENTS (fields))];
  do
    chosen[1] = fields[g_rand_int_range (w->rand, 0, G_N_ELEMENTS (fields))];
  while (g_str_equal (chosen[0], chosen[1]));
  tokens[0] = token_a = g_strdup_printf ("w%u-%u", w->n, ++w->seq);
  tokens[1] = token_b = g_strdup_printf ("w%u-%u", w->n, ++w->seq);
  for (guint i = 0; i < n_chosen; i++)
    g_object_set (record, chosen[i], tokens[i], NULL);

  for (guint attempt = 0; attempt <= MAX_RESOLVES; attempt++)
    {
      BerConflictChoice choice;

      g_clear_error (&error);
      if (ber_record_save (record, w->store, &error))
        {
          log_saved (w, record, chosen, tokens, n_chosen);
          return;
        }
      if (!g_error_matches (error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT))
        {
          log_error (w->log, error);
          return;
        }

      /* What the user is shown; then the user chooses. */
      log_conflict (w, record);
      choice = g_rand_boolean (w->rand) ? BER_CONFLICT_KEEP_MINE : BER_CONFLICT_TAKE_THEIRS;
      g_clear_error (&error);
      if (!ber_record_resolve_conflict (record, w->store, choice, &error))
        {
          log_error (w->log, error);
          return;
        }
      g_object_get (record, "version", &version, NULL);
      fprintf (w->log, "RESOLVED network %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %s\n", id,
               version, choice == BER_CONFLICT_KEEP_MINE ? "keep-mine" : "take-theirs");
    }

  fprintf (w->log, "ERROR still in conflict after %d choices\n", MAX_RESOLVES);
}

static void
change_membership (Writer *w)
{
  g_autoptr(BerMembership) membership = ber_membership_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;

  from = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (w->rand, 2000, 2031),
                          g_rand_int_range (w->rand, 1, 13), g_rand_int_range (w->rand, 1, 29));
  g_object_set (membership,
                "network-id", w->ids[g_rand_int_range (w->rand, 0, N_NETWORKS)],
                "status", "member",
                "from-on", from,
                "activity", "active",
                NULL);

  if (ber_networks_change_membership (w->networks, membership, &error))
    fprintf (w->log, "SAVED membership %" G_GINT64_FORMAT "\n",
             ber_record_get_id (BER_RECORD (membership)));
  else
    log_error (w->log, error);
}

static int
run_writer (guint       n,
            const char *database,
            gint64      until,
            const char *log_path)
{
  g_autoptr(BerStore) store = NULL;
  g_autoptr(BerNetworks) networks = NULL;
  g_autoptr(GRand) rand = g_rand_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *user = g_strdup_printf ("writer-%u", n);
  Writer w = { 0, };

  w.log = open_log (log_path);
  if (w.log == NULL)
    return 2;

  store = ber_store_open (database, &error);
  if (store == NULL || !first_networks (store, w.ids, &error))
    {
      log_error (w.log, error);
      fclose (w.log);
      return 1;
    }
  ber_store_set_user (store, user);
  networks = ber_networks_new (store);

  w.n = n;
  w.store = store;
  w.networks = networks;
  w.rand = rand;
  while (now_seconds () < until)
    {
      if (g_rand_int_range (rand, 0, MEMBERSHIP_EVERY) == 0)
        change_membership (&w);
      else
        edit_network (&w);
    }

  fclose (w.log);
  return 0;
}

/* Colleague */

/* Runs @argv to its end; its output stays out of the test's TAP stream. */
static gboolean
run_tool (const char * const *argv,
          char              **out,
          char              **err)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, err,
                     &status, &error))
    {
      *err = g_strdup (error->message);
      return FALSE;
    }
  g_strdelimit (*err, "\n\r", ' ');
  return g_spawn_check_wait_status (status, NULL);
}

static void
colleague_round (FILE       *log,
                 const char *binary,
                 const char *database)
{
  g_autofree char *option = g_strconcat ("--database=", database, NULL);
  const char *list[] = { binary, option, "--list=networks", NULL };
  const char *backup[] = { binary, option, "--backup", NULL };
  const char *check[] = { binary, option, "--check", NULL };
  /* The shell waits for a writer's lock as the program does. */
  const char *integrity[] = { "sqlite3", "-cmd", ".timeout 5000", database,
                              "PRAGMA integrity_check", NULL };

  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    if (run_tool (list, &out, &err) && strstr (out, "\t") != NULL)
      fprintf (log, "LIST ok\n");
    else
      fprintf (log, "LIST FAIL %s\n", err);
  }
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    const char *prefix = "Wrote the backup ";

    if (run_tool (backup, &out, &err) && g_str_has_prefix (out, prefix))
      {
        /* Hundreds of copies of the register would only fill the disk. */
        g_strchomp (out);
        g_unlink (out + strlen (prefix));
        fprintf (log, "BACKUP ok\n");
      }
    else if (err != NULL
             && (strstr (err, "locked") != NULL || strstr (err, "Another program") != NULL))
      fprintf (log, "BACKUP REFUSED %s\n", err);
    else
      fprintf (log, "BACKUP FAIL %s\n", err);
  }
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    if (run_tool (check, &out, &err) && g_strcmp0 (out, "ok\n") == 0)
      fprintf (log, "CHECK ok\n");
    else
      fprintf (log, "CHECK FAIL %s\n", err);
  }
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    if (run_tool (integrity, &out, &err) && g_strcmp0 (out, "ok\n") == 0)
      fprintf (log, "INTEGRITY ok\n");
    else
      {
        if (out != NULL)
          g_strdelimit (out, "\n\r", ' ');
        fprintf (log, "INTEGRITY FAIL %s %s\n", out != NULL ? out : "", err);
      }
  }
}

static int
run_colleague (const char *binary,
               const char *database,
               gint64      until,
               const char *log_path)
{
  FILE *log = open_log (log_path);

  if (log == NULL)
    return 2;
  while (now_seconds () < until)
    colleague_round (log, binary, database);
  fclose (log);
  return 0;
}

/* Parses a child's command line and plays its part. Returns -1 when this
 * is the test itself. */
static int
run_child (int    argc,
           char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *database = NULL;
  g_autofree char *log_path = NULL;
  g_autofree char *binary = NULL;
  gboolean colleague = FALSE;
  gint64 until = 0;
  int writer = 0;
  gboolean child = FALSE;
  GOptionEntry entries[] = {
    { "writer", 0, 0, G_OPTION_ARG_INT, &writer, NULL, NULL },
    { "colleague", 0, 0, G_OPTION_ARG_NONE, &colleague, NULL, NULL },
    { "binary", 0, 0, G_OPTION_ARG_FILENAME, &binary, NULL, NULL },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, NULL, NULL },
    { "until", 0, 0, G_OPTION_ARG_INT64, &until, NULL, NULL },
    { "log", 0, 0, G_OPTION_ARG_FILENAME, &log_path, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };

  for (int i = 1; i < argc; i++)
    child |= g_str_has_prefix (argv[i], "--writer=") || g_str_equal (argv[i], "--colleague");
  if (!child)
    return -1;

  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error)
      || database == NULL || log_path == NULL || until == 0
      || (colleague && binary == NULL) || (!colleague && writer <= 0))
    {
      g_printerr ("%s: %s\n", argv[0], error != NULL ? error->message : "missing options");
      return 2;
    }

  if (colleague)
    return run_colleague (binary, database, until, log_path);
  return run_writer (writer, database, until, log_path);
}

/* Driver: the processes */

static GPid
spawn_child (const char * const *argv,
             const char         *output)
{
  g_autoptr(GError) error = NULL;
  GPid pid = 0;
  int fd = g_open (output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_spawn_async_with_fds (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                          &pid, -1, fd, fd, &error);
  g_assert_no_error (error);
  close (fd);
  return pid;
}

/* Waits for every child; one still running long after the deadline is
 * killed, and the test fails with what it wrote. */
static void
wait_for_children (GPid        *pids,
                   char       **outputs,
                   guint        n,
                   gint64       until)
{
  gboolean hung = FALSE;

  for (guint i = 0; i < n; i++)
    {
      int status = 0;
      pid_t done;

      while ((done = waitpid (pids[i], &status, WNOHANG)) == 0)
        {
          if (now_seconds () > until + GRACE_SECONDS && !hung)
            {
              hung = TRUE;
              for (guint j = i; j < n; j++)
                kill (pids[j], SIGKILL);
            }
          g_usleep (100 * 1000);
        }
      g_assert_cmpint (done, ==, pids[i]);
      g_spawn_close_pid (pids[i]);

      if (!g_spawn_check_wait_status (status, NULL))
        {
          g_autofree char *text = NULL;

          g_file_get_contents (outputs[i], &text, NULL, NULL);
          g_test_message ("child %u ended badly (status %d); it wrote: %s", i, status,
                          text != NULL ? text : "");
          g_test_fail ();
        }
    }
  g_assert_false (hung);
}

/* Driver: the register's history */

typedef struct
{
  guint       index;      /* in the history, newest first */
  gint64      version;
  char       *changed_by;
  GHashTable *changes;    /* column → text of the value written */
} Entry;

typedef struct
{
  gint64      id;
  GPtrArray  *entries;    /* Entry*, newest first */
  GHashTable *by_version; /* &Entry.version → Entry* */
  GHashTable *by_token;   /* a value written → Entry* */
} History;

typedef struct
{
  guint      saves;
  guint      memberships;
  guint      unchanged;
  guint      conflicts;
  guint      unattributed;
  guint      resolves;
  guint      errors;
  guint      lost;
  guint      overwrites;
  guint      unseen;
  guint      reload_races;
  guint      final_mismatches;
  guint      broken_histories;
  guint      lists;
  guint      list_failures;
  guint      backups;
  guint      refusals;
  guint      backup_failures;
  guint      checks;
  guint      check_failures;
  guint      integrity;
  guint      integrity_failures;
  GPtrArray *problems;
  GPtrArray *error_samples;
} Tally;

static void
entry_free (Entry *entry)
{
  g_free (entry->changed_by);
  g_hash_table_unref (entry->changes);
  g_free (entry);
}

static void
history_free (History *history)
{
  g_hash_table_unref (history->by_token);
  g_hash_table_unref (history->by_version);
  g_ptr_array_unref (history->entries);
  g_free (history);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (History, history_free)

static void
problem (Tally      *tally,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
problem (Tally      *tally,
         const char *format,
         ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (tally->problems, g_strdup_vprintf (format, args));
  va_end (args);
}

/* The history keeps the columns written as JSON: SQLite reads it back. */
static GHashTable *
parse_changes (sqlite3_stmt *json_each,
               const char   *json)
{
  GHashTable *changes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  sqlite3_reset (json_each);
  sqlite3_bind_text (json_each, 1, json, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (json_each) == SQLITE_ROW)
    g_hash_table_insert (changes, g_strdup ((const char *) sqlite3_column_text (json_each, 0)),
                         g_strdup ((const char *) sqlite3_column_text (json_each, 1)));
  return changes;
}

static History *
load_history (BerStore     *store,
              gint64        id,
              sqlite3_stmt *json_each)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = ber_store_get_history (store, "network", id, G_MAXUINT, &error);
  History *history = g_new0 (History, 1);

  g_assert_no_error (error);
  history->id = id;
  history->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  history->by_version = g_hash_table_new (g_int64_hash, g_int64_equal);
  history->by_token = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      Entry *entry = g_new0 (Entry, 1);
      const char *json = "{}";
      GHashTableIter iter;
      gpointer value;

      entry->index = i;
      g_variant_lookup (row, "version", "x", &entry->version);
      g_variant_lookup (row, "changed_by", "s", &entry->changed_by);
      g_variant_lookup (row, "changes", "&s", &json);
      entry->changes = parse_changes (json_each, json);
      g_ptr_array_add (history->entries, entry);

      g_hash_table_insert (history->by_version, &entry->version, entry);
      g_hash_table_iter_init (&iter, entry->changes);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        if (value != NULL)
          g_hash_table_insert (history->by_token, value, entry);
    }

  return history;
}

static History *
find_history (GPtrArray *histories,
              gint64     id)
{
  for (guint i = 0; i < histories->len; i++)
    if (((History *) g_ptr_array_index (histories, i))->id == id)
      return g_ptr_array_index (histories, i);
  return NULL;
}

/* Whether @entry was written by writer @user with exactly the pairs
 * @pairs (field=token) among the fields of a network. */
static gboolean
entry_holds (Entry      *entry,
             const char *user,
             char      **pairs)
{
  if (entry == NULL || g_strcmp0 (entry->changed_by, user) != 0)
    return FALSE;
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (pairs[i], "=", 2);

      if (g_strcmp0 (g_hash_table_lookup (entry->changes, pair[0]), pair[1]) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Driver: the logs against the history */

/* Whether @value is a token of the writer whose logged pair is @pair ("w1-7"
 * and "acronym=w1-8"). */
static gboolean
own_token (const char *pair,
           const char *value)
{
  const char *token = strchr (pair, '=');
  const char *dash = token != NULL ? strchr (token, '-') : NULL;

  return dash != NULL && value != NULL
         && strncmp (value, token + 1, (gsize) (dash - token)) == 0;
}

/*
 * A network save as logged: "SAVED network ID VERSION FIELD=TOKEN…", made
 * over the row at version @base. Its entry in the history has exactly
 * those columns, and no field of it had been changed by another since
 * @base: that change would have been overwritten without a word.
 */
static void
verify_network_save (Tally      *tally,
                     GPtrArray  *histories,
                     const char *user,
                     char      **words,
                     gint64      base,
                     const char *line)
{
  gint64 id = g_ascii_strtoll (words[2], NULL, 10);
  gint64 version = g_ascii_strtoll (words[3], NULL, 10);
  History *history = find_history (histories, id);
  char **pairs = words + 4;
  Entry *entry = NULL;
  gboolean raced = FALSE;

  tally->saves++;
  if (history == NULL || pairs[0] == NULL)
    {
      tally->lost++;
      problem (tally, "%s: not a save of the soak's networks: %s", user, line);
      return;
    }

  entry = g_hash_table_lookup (history->by_version, &version);
  if (!entry_holds (entry, user, pairs))
    {
      g_auto(GStrv) first = g_strsplit (pairs[0], "=", 2);

      /* The record reads the row back after the write, and another's next
       * write can come first: its version is the one the record holds. */
      entry = g_hash_table_lookup (history->by_token, first[1]);
      if (entry_holds (entry, user, pairs) && entry->version < version)
        {
          tally->reload_races++;
          raced = TRUE;
        }
      else
        {
          tally->lost++;
          problem (tally, "%s: saved but not in the history: %s", user, line);
          return;
        }
    }

  {
    GHashTableIter iter;
    const char *column;

    g_hash_table_iter_init (&iter, entry->changes);
    while (g_hash_table_iter_next (&iter, (gpointer *) &column, NULL))
      {
        g_autofree char *prefix = g_strconcat (column, "=", NULL);
        gboolean logged = FALSE;

        for (guint i = 0; pairs[i] != NULL; i++)
          logged |= g_str_has_prefix (pairs[i], prefix);
        /* Raced, the log names only the fields the later write left as this
         * writer wrote them; its other fields of the same save are its own. */
        if (raced && own_token (pairs[0],
                                (const char *) g_hash_table_lookup (entry->changes, column)))
          logged = TRUE;
        if (!logged)
          {
            tally->overwrites++;
            problem (tally, "%s: version %" G_GINT64_FORMAT " also wrote %s=%s: %s", user,
                     entry->version, column,
                     (char *) g_hash_table_lookup (entry->changes, column), line);
          }
      }
  }

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (pairs[i], "=", 2);

      for (guint j = entry->index + 1; j < history->entries->len; j++)
        {
          Entry *before = g_ptr_array_index (history->entries, j);

          if (!g_hash_table_contains (before->changes, pair[0]))
            continue;
          if (before->version > base)
            {
              tally->unseen++;
              problem (tally, "%s: saved %s over version %" G_GINT64_FORMAT ", replacing "
                       "%s=%s by %s at version %" G_GINT64_FORMAT " unseen: %s", user,
                       pair[0], base, pair[0],
                       (char *) g_hash_table_lookup (before->changes, pair[0]),
                       before->changed_by, before->version, line);
            }
          break;
        }
    }
}

static void
verify_writer_log (Tally      *tally,
                   BerStore   *store,
                   GPtrArray  *histories,
                   guint       n,
                   const char *path)
{
  g_autofree char *user = g_strdup_printf ("writer-%u", n);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 base = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);
      guint n_words = g_strv_length (words);

      if (n_words == 0)
        continue;
      if (g_str_equal (words[0], "LOADED") || g_str_equal (words[0], "RESOLVED"))
        {
          g_assert_cmpuint (n_words, >=, 4);
          base = g_ascii_strtoll (words[3], NULL, 10);
          tally->resolves += g_str_equal (words[0], "RESOLVED");
        }
      else if (g_str_equal (words[0], "SAVED") && n_words >= 4
               && g_str_equal (words[1], "network"))
        verify_network_save (tally, histories, user, words, base, lines[i]);
      else if (g_str_equal (words[0], "SAVED") && n_words == 3
               && g_str_equal (words[1], "membership"))
        {
          g_autoptr(GVariant) row = NULL;
          g_autoptr(GError) error = NULL;

          tally->memberships++;
          row = ber_store_get (store, "membership", g_ascii_strtoll (words[2], NULL, 10),
                               &error);
          if (row == NULL)
            {
              tally->lost++;
              problem (tally, "%s: membership saved but missing (%s): %s", user,
                       error->message, lines[i]);
            }
        }
      else if (g_str_equal (words[0], "CONFLICT") && n_words == 5)
        {
          tally->conflicts++;
          /* The user is told which fields, and who changed them: the other writer. */
          if (g_str_equal (words[3], "-") || !g_str_has_prefix (words[4], "by=writer-")
              || g_str_equal (words[4] + strlen ("by="), user))
            {
              tally->unattributed++;
              problem (tally, "%s: conflict without fields or author: %s", user, lines[i]);
            }
        }
      else if (g_str_equal (words[0], "UNCHANGED"))
        tally->unchanged++;
      else if (g_str_equal (words[0], "ERROR"))
        {
          tally->errors++;
          if (tally->error_samples->len < 5)
            g_ptr_array_add (tally->error_samples, g_strdup_printf ("%s: %s", user, lines[i]));
        }
      else
        problem (tally, "%s: unexpected log line: %s", user, lines[i]);
    }
}

static void
count_outcome (gboolean  ok,
               guint    *good,
               guint    *bad)
{
  if (ok)
    (*good)++;
  else
    (*bad)++;
}

static void
verify_colleague_log (Tally      *tally,
                      const char *path)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", 3);
      gboolean ok;

      if (words[0] == NULL || words[1] == NULL)
        continue;
      ok = g_str_equal (words[1], "ok");
      if (g_str_equal (words[0], "LIST"))
        count_outcome (ok, &tally->lists, &tally->list_failures);
      else if (g_str_equal (words[0], "BACKUP") && g_str_equal (words[1], "REFUSED"))
        tally->refusals++;
      else if (g_str_equal (words[0], "BACKUP"))
        count_outcome (ok, &tally->backups, &tally->backup_failures);
      else if (g_str_equal (words[0], "CHECK"))
        count_outcome (ok, &tally->checks, &tally->check_failures);
      else if (g_str_equal (words[0], "INTEGRITY"))
        count_outcome (ok, &tally->integrity, &tally->integrity_failures);

      if (!ok && !g_str_equal (words[1], "REFUSED"))
        problem (tally, "colleague: %s", lines[i]);
    }
}

/*
 * The register as it ends: each field of each network holds what the
 * newest history entry that wrote it says, and the versions in its history
 * run without gaps from 1 to the row's version.
 */
static void
verify_final_state (Tally     *tally,
                    BerStore  *store,
                    GPtrArray *histories)
{
  for (guint h = 0; h < histories->len; h++)
    {
      History *history = g_ptr_array_index (histories, h);
      g_autoptr(GError) error = NULL;
      g_autoptr(GVariant) row = ber_store_get (store, "network", history->id, &error);
      gint64 version = 0;

      g_assert_no_error (error);
      g_variant_lookup (row, "version", "x", &version);

      for (guint i = 0; i < history->entries->len; i++)
        {
          Entry *entry = g_ptr_array_index (history->entries, i);

          if (entry->version != version - (gint64) i)
            {
              tally->broken_histories++;
              problem (tally, "network %" G_GINT64_FORMAT ": history entry %u has version %"
                       G_GINT64_FORMAT ", the row is at %" G_GINT64_FORMAT, history->id, i,
                       entry->version, version);
              break;
            }
        }

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          const char *current = NULL;

          g_variant_lookup (row, fields[f], "&s", &current);
          for (guint i = 0; i < history->entries->len; i++)
            {
              Entry *entry = g_ptr_array_index (history->entries, i);

              if (!g_hash_table_contains (entry->changes, fields[f]))
                continue;
              if (g_strcmp0 (g_hash_table_lookup (entry->changes, fields[f]), current) != 0)
                {
                  tally->final_mismatches++;
                  problem (tally, "network %" G_GINT64_FORMAT ": %s is “%s”, but version %"
                           G_GINT64_FORMAT " by %s wrote “%s” last", history->id, fields[f],
                           current, entry->version, entry->changed_by,
                           (char *) g_hash_table_lookup (entry->changes, fields[f]));
                }
              break;
            }
        }
    }
}

/* Driver: the test */

static guint
soak_seconds (void)
{
  const char *text = g_getenv ("BEREDNING_SOAK_SECONDS");
  guint64 seconds = 0;

  if (text == NULL || *text == '\0')
    return DEFAULT_SECONDS;
  g_assert_true (g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT, &seconds, NULL));
  return seconds;
}

static char *
beredning_binary (void)
{
  const char *env = g_getenv ("BEREDNING_BINARY");
  g_autofree char *tests = NULL;

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  /* Run by hand from the build tree: tests/soak/ber-soak → src/beredning. */
  tests = g_path_get_dirname (self_path);
  return g_build_filename (tests, "..", "..", "src", "beredning", NULL);
}

static void
check_with_cli (const char *binary,
                const char *database)
{
  g_autofree char *option = g_strconcat ("--database=", database, NULL);
  const char *argv[] = { binary, option, "--check", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_true (run_tool (argv, &out, &err));
  g_assert_cmpstr (out, ==, "ok\n");
}

static void
test_soak (void)
{
  guint seconds = soak_seconds ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("beredning-soak-XXXXXX", &error);
  g_autofree char *database = NULL;
  g_autofree char *binary = beredning_binary ();
  g_autofree char *until_option = NULL;
  g_autofree char *database_option = NULL;
  g_autofree char *binary_option = NULL;
  g_autoptr(GPtrArray) logs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) outputs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) histories = g_ptr_array_new_with_free_func ((GDestroyNotify) history_free);
  g_autoptr(BerStore) store = NULL;
  GPid pids[N_WRITERS + 1];
  gint64 ids[N_NETWORKS];
  gint64 started = g_get_monotonic_time ();
  gint64 until = now_seconds () + seconds;
  sqlite3 *json_db = NULL;
  sqlite3_stmt *json_each = NULL;
  Tally tally = { 0, };

  g_assert_no_error (error);
  g_assert_true (g_file_test (binary, G_FILE_TEST_IS_EXECUTABLE));
  database = g_build_filename (dir, "register.db", NULL);
  g_assert_true (ber_demo_create (database, &error));
  g_assert_no_error (error);
  g_test_message ("soak register: %s, %u s", database, seconds);

  until_option = g_strdup_printf ("--until=%" G_GINT64_FORMAT, until);
  database_option = g_strconcat ("--database=", database, NULL);
  binary_option = g_strconcat ("--binary=", binary, NULL);
  for (guint i = 0; i <= N_WRITERS; i++)
    {
      g_autofree char *role = i < N_WRITERS ? g_strdup_printf ("--writer=%u", i + 1)
                                            : g_strdup ("--colleague");
      g_autofree char *name = i < N_WRITERS ? g_strdup_printf ("writer-%u", i + 1)
                                            : g_strdup ("colleague");
      char *log = g_strdup_printf ("%s/%s.log", dir, name);
      g_autofree char *log_option = g_strconcat ("--log=", log, NULL);
      const char *argv[] = { self_path, role, database_option, until_option, log_option,
                             i < N_WRITERS ? NULL : binary_option, NULL };

      g_ptr_array_add (logs, log);
      g_ptr_array_add (outputs, g_strconcat (log, ".out", NULL));
      pids[i] = spawn_child (argv, g_ptr_array_index (outputs, i));
    }
  wait_for_children (pids, (char **) outputs->pdata, N_WRITERS + 1, until);

  /* The register as another program finds it now. */
  store = ber_store_open (database, &error);
  g_assert_no_error (error);
  g_assert_true (ber_store_check_integrity (store, &error));
  g_assert_no_error (error);
  check_with_cli (binary, database);

  g_assert_cmpint (sqlite3_open (":memory:", &json_db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (json_db, "SELECT key, value FROM json_each (?1)", -1,
                                       &json_each, NULL), ==, SQLITE_OK);
  g_assert_true (first_networks (store, ids, &error));
  for (guint i = 0; i < N_NETWORKS; i++)
    g_ptr_array_add (histories, load_history (store, ids[i], json_each));

  tally.problems = g_ptr_array_new_with_free_func (g_free);
  tally.error_samples = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < N_WRITERS; i++)
    verify_writer_log (&tally, store, histories, i + 1, g_ptr_array_index (logs, i));
  verify_colleague_log (&tally, g_ptr_array_index (logs, N_WRITERS));
  verify_final_state (&tally, store, histories);
  sqlite3_finalize (json_each);
  sqlite3_close (json_db);

  for (guint i = 0; i < tally.problems->len && i < MAX_PROBLEMS_SHOWN; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (tally.problems, i));
  for (guint i = 0; i < tally.error_samples->len; i++)
    g_test_message ("error seen: %s", (char *) g_ptr_array_index (tally.error_samples, i));
  g_test_message ("soak %u s: %u saves (+%u memberships, %u left unchanged), %u conflicts (%s), "
                  "%u resolved, %u errors, %u lost, %u silent overwrites (%u unseen), "
                  "%u reload races, %u lists, %u backups (%u refused), %u checks, "
                  "%u integrity checks; %.1f s in all",
                  seconds, tally.saves, tally.memberships, tally.unchanged, tally.conflicts,
                  tally.unattributed == 0 ? "all reported" : "some without field or author",
                  tally.resolves, tally.errors, tally.lost, tally.overwrites + tally.unseen,
                  tally.unseen, tally.reload_races, tally.lists, tally.backups, tally.refusals,
                  tally.checks, tally.integrity,
                  (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);

  g_assert_cmpuint (tally.lost, ==, 0);
  g_assert_cmpuint (tally.overwrites, ==, 0);
  g_assert_cmpuint (tally.unseen, ==, 0);
  g_assert_cmpuint (tally.final_mismatches, ==, 0);
  g_assert_cmpuint (tally.broken_histories, ==, 0);
  g_assert_cmpuint (tally.unattributed, ==, 0);
  g_assert_cmpuint (tally.check_failures, ==, 0);
  g_assert_cmpuint (tally.integrity_failures, ==, 0);
  g_assert_cmpuint (tally.backup_failures, ==, 0);
  g_assert_cmpuint (tally.list_failures, ==, 0);
  g_assert_cmpuint (tally.problems->len, ==, 0);
  g_assert_cmpuint (tally.conflicts, >, 0);
  g_assert_cmpuint (tally.saves, >, 100);
  g_assert_cmpuint (tally.checks, >, 0);
  g_assert_cmpuint (tally.integrity, >, 0);
  g_assert_cmpuint (tally.lists, >, 0);

  g_ptr_array_unref (tally.problems);
  g_ptr_array_unref (tally.error_samples);
  g_clear_object (&store);
  /* Kept when the test fails, to read the logs. */
  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int child;

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_strdup (argv[0]);
  /* A child's options are not the test's: parse them before g_test_init. */
  child = run_child (argc, argv);
  if (child >= 0)
    return child;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/soak/writers-and-colleague", test_soak);
  return g_test_run ();
}
