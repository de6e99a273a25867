/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The benchmark: one table of figures, each beside its limit, measured in
 * one run on registers of 100,000 (and, with --full, 1,000,000) items.
 *
 *   ber-bench [--full] [--data=DIR]
 *
 * The registers are made once and kept in DIR (default: bench-data in the
 * current folder). List queries run through the services exactly as a view
 * runs them (a BerListFilter, the service's list, its count and pages) and
 * are compared with the fastest plain SQLite statement for the same answer.
 * Launch and memory are those of the program itself, started beside a bare
 * libadwaita window (BEREDNING_BENCH_FIRST_FRAME makes both print the time
 * of their first frame). Needs a display for those rows; without one they
 * say so.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <signal.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "ber-agenda.h"
#include "ber-agenda-export.h"
#include "ber-bench-data.h"
#include "ber-date.h"
#include "ber-demo.h"
#include "ber-item.h"
#include "ber-items.h"
#include "ber-record-list.h"
#include "ber-list-filter.h"
#include "ber-overview.h"
#include "ber-test-utils.h"

#define FRAME_MS 16.0
#define LAUNCH_LIMIT_SECONDS 300

typedef struct
{
  GString *table;
} Report;

static Report report;

/* Rows */

static void
row (const char *what,
     const char *app,
     const char *limit,
     double      ratio,
     int         met)
{
  g_autofree char *ratio_text = isnan (ratio) ? g_strdup ("") : g_strdup_printf ("%.2f", ratio);

  g_string_append_printf (report.table, "| %s | %s | %s | %s | %s |\n", what, app, limit, ratio_text,
                          met < 0 ? "—" : met ? "yes" : "**no**");
  g_print ("  %s: %s%s%s%s\n", what, app, *limit ? " (" : "", limit, *limit ? ")" : "");
}

/* A figure against plain SQLite, within @factor of it. */
static void
row_against (const char *what,
             double      app_ms,
             double      raw_ms,
             double      factor)
{
  g_autofree char *app = g_strdup_printf ("%.2f ms", app_ms);
  g_autofree char *limit = g_strdup_printf ("≤ %.0f× SQLite %.2f ms", factor, raw_ms);
  double ratio = app_ms / MAX (raw_ms, 0.001);

  row (what, app, limit, ratio, ratio <= factor);
}

static void
row_not_measured (const char *what,
                  const char *why)
{
  g_autofree char *text = g_strdup_printf ("not measured: %s", why);

  row (what, text, "", NAN, -1);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  p)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, (guint) (p * values->len)));
}

/* Plain SQLite */

/* The fastest of a few runs of @sql, reading every row it returns. */
static double
raw_ms (sqlite3    *db,
        const char *sql,
        const char *text)
{
  double best = G_MAXDOUBLE;
  int rc;

  /* Each run compiles its statement, as the app does for a new query. */
  for (guint i = 0; i < 3; i++)
    {
      gint64 start = g_get_monotonic_time ();
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        g_error ("%s: %s", sql, sqlite3_errmsg (db));
      if (text != NULL)
        sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          sqlite3_column_value (stmt, c);
      if (rc != SQLITE_DONE)
        g_error ("%s: %s", sql, sqlite3_errmsg (db));
      sqlite3_finalize (stmt);
      best = MIN (best, ms_since (start));
    }
  return best;
}

/* The fastest of the statements in @sqls (NULL-terminated). */
static double
raw_best (sqlite3            *db,
          const char * const *sqls,
          const char         *text)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; sqls[i] != NULL; i++)
    {
      double ms = raw_ms (db, sqls[i], text);

      best = MIN (best, ms);
    }
  return best;
}

/* The item list as the view reads it */

/* From asking for the row at @position until it has been read: at once, or
 * as a placeholder filled when the worker has read its page. */
static double
fetch_ms (GListModel *list,
          guint       position)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GObject) item = g_list_model_get_item (list, position);

  g_assert_nonnull (item);
  while (ber_record_list_get_reading_pages (BER_RECORD_LIST (list)))
    g_main_context_iteration (NULL, TRUE);
  return ms_since (start);
}

static void
measure_list (BerItems   *items,
              sqlite3    *db,
              const char *label,
              const char *order,
              const char *raw_order)
{
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = NULL;
  const guint positions[] = { 0, 0, 0 };
  const char *names[] = { "first", "middle", "last" };
  g_autofree char *what = NULL;
  gint64 start;
  double open_ms, main_ms, raw, ms;
  guint n;

  if (order != NULL)
    ber_list_filter_set_order (filter, order, FALSE);

  /* The fastest of three, as plain SQLite is timed. */
  main_ms = open_ms = G_MAXDOUBLE;
  for (guint run = 0; run < 3; run++)
    {
      g_clear_object (&list);
      start = g_get_monotonic_time ();
      list = ber_items_list (items, filter);
      g_list_model_get_n_items (list);
      ms = ms_since (start);
      main_ms = MIN (main_ms, ms);
      /* A count longer than the main thread may take is finished by the worker. */
      while (ber_record_list_get_loading (BER_RECORD_LIST (list)))
        g_main_context_iteration (NULL, TRUE);
      ms = ms_since (start);
      open_ms = MIN (open_ms, ms);
    }
  n = g_list_model_get_n_items (list);

  raw = raw_ms (db, "SELECT count(*) FROM item", NULL);
  what = g_strdup_printf ("%s: open, main thread", label);
  row_against (what, main_ms, raw, 2);
  g_clear_pointer (&what, g_free);
  what = g_strdup_printf ("%s: open until counted (%u)", label, n);
  row_against (what, open_ms, raw, 2);

  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      guint position = i == 0 ? 0 : i == 1 ? n / 2 : n - 1;
      double app_ms = G_MAXDOUBLE;
      guint offset = position / 100 * 100;
      g_autofree char *page = g_strdup_printf ("SELECT * FROM item_list ORDER BY %s LIMIT 100 "
                                               "OFFSET %u", raw_order, offset);
      g_autofree char *by_id = g_strdup_printf ("SELECT * FROM item_list WHERE id IN (SELECT id "
                                                "FROM item ORDER BY %s LIMIT 100 OFFSET %u) "
                                                "ORDER BY %s", raw_order, offset, raw_order);
      const char *sqls[] = { page, by_id, NULL };

      g_clear_pointer (&what, g_free);
      what = g_strdup_printf ("%s: %s page", label, names[i]);
      /* As plain SQLite is timed: the fastest of three, each on a list of
       * its own (which has read no page yet), counted before its page is
       * read. */
      for (guint run = 0; run < 3; run++)
        {
          g_autoptr(GListModel) fresh = ber_items_list (items, filter);
          double page_ms;

          g_list_model_get_n_items (fresh);
          while (ber_record_list_get_loading (BER_RECORD_LIST (fresh)))
            g_main_context_iteration (NULL, TRUE);
          /* Not inside MIN(), which would ask for the row twice. */
          page_ms = fetch_ms (fresh, position);
          app_ms = MIN (app_ms, page_ms);
        }
      row_against (what, app_ms, raw_best (db, sqls, NULL), 2);
    }

  /* Scrolling on from the middle: the page after a page read, which the
   * list reads from that page's last row (keyset), against plain SQLite's
   * fastest of an offset and a keyset statement written for this order. */
  if (n >= 400)
    {
      guint middle = n / 2 / 100 * 100;
      double app_ms = G_MAXDOUBLE;
      g_autofree char *anchor_sql = g_strdup_printf ("SELECT sort_key, received_on, id FROM item "
                                                     "ORDER BY %s LIMIT 1 OFFSET %u",
                                                     raw_order, middle + 99);
      g_autofree char *offset_sql = g_strdup_printf ("SELECT * FROM item_list ORDER BY %s "
                                                     "LIMIT 100 OFFSET %u", raw_order, middle + 100);
      char *keyset_sql = NULL;
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, anchor_sql, -1, &stmt, NULL) != SQLITE_OK
          || sqlite3_step (stmt) != SQLITE_ROW)
        g_error ("%s: %s", anchor_sql, sqlite3_errmsg (db));
      if (order == NULL)
        keyset_sql = sqlite3_mprintf ("SELECT * FROM item_list WHERE (received_on, id) < (%Q, %lld) "
                                      "ORDER BY %s LIMIT 100",
                                      (const char *) sqlite3_column_text (stmt, 1),
                                      (long long) sqlite3_column_int64 (stmt, 2), raw_order);
      else
        keyset_sql = sqlite3_mprintf ("SELECT * FROM item_list WHERE sort_key >= %Q AND NOT "
                                      "(sort_key = %Q AND (received_on, id) >= (%Q, %lld)) "
                                      "ORDER BY %s LIMIT 100",
                                      (const char *) sqlite3_column_text (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 1),
                                      (long long) sqlite3_column_int64 (stmt, 2), raw_order);
      sqlite3_finalize (stmt);

      for (guint run = 0; run < 3; run++)
        {
          g_autoptr(GListModel) fresh = ber_items_list (items, filter);
          double page_ms;

          g_list_model_get_n_items (fresh);
          while (ber_record_list_get_loading (BER_RECORD_LIST (fresh)))
            g_main_context_iteration (NULL, TRUE);
          fetch_ms (fresh, middle);
          page_ms = fetch_ms (fresh, middle + 100);
          g_assert_cmpuint (ber_record_list_get_n_keyset_reads (BER_RECORD_LIST (fresh)), ==, 1);
          app_ms = MIN (app_ms, page_ms);
        }
      {
        const char *sqls[] = { offset_sql, keyset_sql, NULL };

        g_clear_pointer (&what, g_free);
        what = g_strdup_printf ("%s: the page after the middle page (keyset)", label);
        row_against (what, app_ms, raw_best (db, sqls, NULL), 2);
      }
      sqlite3_free (keyset_sql);
    }
}

/* The FTS5 query the store runs for @text, or a scan for one or two letters. */
static char *
fts_phrase (const char *text)
{
  return g_strdup_printf ("{title diary_number description} : \"%s\"", text);
}

static void
measure_search (BerItems   *items,
                sqlite3    *db,
                const char *label,
                const char *word)
{
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = ber_items_list (items, filter);
  g_autoptr(GArray) app = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (double));
  glong length = g_utf8_strlen (word, -1);
  g_autofree char *what = NULL;
  g_autofree char *figure = NULL;
  g_autofree char *limit = NULL;
  double app_median, app_p95, raw_median, raw_p95;

  while (ber_record_list_get_loading (BER_RECORD_LIST (list)))
    g_main_context_iteration (NULL, TRUE);
  for (glong i = 1; i <= length; i++)
    {
      g_autofree char *prefix = g_utf8_substring (word, 0, i);
      gint64 start = g_get_monotonic_time ();
      double ms;
      guint n;

      /* What one key press costs before the first rows can be drawn. */
      ber_list_filter_set_search (filter, prefix);
      n = g_list_model_get_n_items (list);
      if (n > 0)
        g_object_unref (g_list_model_get_item (list, 0));
      ms = ms_since (start);
      g_array_append_val (app, ms);
      /* …and until the rows found are shown, counted in the worker when the
       * main thread could not count them within a frame. */
      while (ber_record_list_get_loading (BER_RECORD_LIST (list)))
        g_main_context_iteration (NULL, TRUE);
      n = g_list_model_get_n_items (list);
      if (n > 0)
        g_object_unref (g_list_model_get_item (list, 0));
      ms = ms_since (start);
      g_array_append_val (shown, ms);

      if (i >= 3)
        {
          g_autofree char *match = fts_phrase (prefix);
          const char *count[] = { "SELECT count(*) FROM item_search WHERE item_search MATCH ?1",
                                  NULL };
          const char *page[] = { "SELECT * FROM item_list WHERE id IN (SELECT rowid FROM "
                                 "item_search WHERE item_search MATCH ?1) ORDER BY received_on "
                                 "DESC, id DESC LIMIT 100", NULL };

          ms = raw_best (db, count, match) + raw_best (db, page, match);
        }
      else
        {
          g_autofree char *like = g_strdup_printf ("%%%s%%", prefix);
          const char *count[] = { "SELECT count(*) FROM item WHERE title LIKE ?1 OR "
                                  "diary_number LIKE ?1 OR description LIKE ?1", NULL };
          const char *page[] = { "SELECT * FROM item_list WHERE title LIKE ?1 OR diary_number "
                                 "LIKE ?1 OR description LIKE ?1 ORDER BY received_on DESC, id "
                                 "DESC LIMIT 100", NULL };

          ms = raw_best (db, count, like) + raw_best (db, page, like);
        }
      g_array_append_val (raw, ms);
    }

  app_median = percentile (app, 0.5);
  app_p95 = percentile (app, 0.95);
  raw_median = percentile (raw, 0.5);
  raw_p95 = percentile (raw, 0.95);

  what = g_strdup_printf ("%s, per key of “%s”, until the rows show: median", label, word);
  row_against (what, percentile (shown, 0.5), raw_median, 2);
  g_clear_pointer (&what, g_free);
  what = g_strdup_printf ("%s, per key of “%s”, until the rows show: p95", label, word);
  row_against (what, percentile (shown, 0.95), raw_p95, 2);
  g_clear_pointer (&what, g_free);
  what = g_strdup_printf ("%s, per key of “%s”, main thread: median", label, word);
  row_against (what, app_median, raw_median, 2);
  g_clear_pointer (&what, g_free);
  what = g_strdup_printf ("%s, per key of “%s”, main thread: p95", label, word);
  figure = g_strdup_printf ("%.2f ms", app_p95);
  limit = g_strdup_printf ("≤ 2× SQLite %.2f ms, ≤ %.0f ms", raw_p95, FRAME_MS);
  row (what, figure, limit, app_p95 / MAX (raw_p95, 0.001),
       app_p95 <= 2 * raw_p95 && app_p95 <= FRAME_MS);
}

/* The search over everything (Ctrl+K), one key at a time: the store's
 * statements, as the dialog's worker runs them, against the same full-text
 * statements run directly: one per kind of record, ranked from the third
 * letter, ten rows each, with their highlighted title and snippet. */
static double
raw_search_all (sqlite3    *db,
                const char *prefix)
{
  static const char *kinds[] = {
    "item", "meeting", "agenda-entry", "decision", "network", "person", "report",
  };
  static const char *ranked[] = {
    "SELECT record_id, meeting_id, highlight (global_search, 3, '" BER_STORE_MATCH_START "', '"
    BER_STORE_MATCH_END "'), snippet (global_search, 4, '" BER_STORE_MATCH_START "', '"
    BER_STORE_MATCH_END "', '…', 16) FROM global_search WHERE global_search MATCH ?1 AND rank "
    "MATCH 'bm25(0.0, 0.0, 0.0, 4.0, 1.0)' ORDER BY rank LIMIT 10",
    NULL,
  };
  static const char *first[] = {
    "SELECT record_id, meeting_id, highlight (global_search, 3, '" BER_STORE_MATCH_START "', '"
    BER_STORE_MATCH_END "'), snippet (global_search, 4, '" BER_STORE_MATCH_START "', '"
    BER_STORE_MATCH_END "', '…', 16) FROM global_search WHERE global_search MATCH ?1 LIMIT 10",
    NULL,
  };
  double ms = 0;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *match = g_strdup_printf ("kind : \"%s\" AND {title body} : (\"%s\"*)",
                                                kinds[i], prefix);

      ms += raw_best (db, g_utf8_strlen (prefix, -1) >= 3 ? ranked : first, match);
    }
  return ms;
}

static void
measure_search_all (BerStore   *store,
                    sqlite3    *db,
                    const char *label,
                    const char *word)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *what = NULL;
  glong length = g_utf8_strlen (word, -1);

  for (glong i = 1; i <= length; i++)
    {
      g_autofree char *prefix = g_utf8_substring (word, 0, i);
      g_autoptr(GPtrArray) rows = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      rows = ber_store_search_all (store, prefix, 10, NULL, &error);
      g_assert_no_error (error);
      ms = ms_since (start);
      g_array_append_val (times, ms);
      ms = raw_search_all (db, prefix);
      g_array_append_val (raw, ms);
    }

  what = g_strdup_printf ("%s, search over everything, per key of “%s” (in a thread): median",
                          label, word);
  row_against (what, percentile (times, 0.5), percentile (raw, 0.5), 2);
  g_clear_pointer (&what, g_free);
  what = g_strdup_printf ("%s, search over everything, per key of “%s” (in a thread): p95",
                          label, word);
  row_against (what, percentile (times, 0.95), percentile (raw, 0.95), 2);
}

/*
 * The overview (the window's first view) read whole, as its worker reads
 * it: every group's count and first lines. The window waits for none of
 * it; the limit is what a person notices as a pause before it fills.
 */
#define OVERVIEW_LIMIT_MS 100.0

static void
measure_overview (BerStore   *store,
                  const char *label)
{
  g_autofree char *what = g_strdup_printf ("%s: the overview read in its worker", label);
  g_autofree char *figure = NULL;
  g_autofree char *limit = g_strdup_printf ("≤ %.0f ms (main thread: 0 ms)", OVERVIEW_LIMIT_MS);
  double best = G_MAXDOUBLE;

  for (int i = 0; i < 3; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BerOverviewDay) day = NULL;
      gint64 start = g_get_monotonic_time ();

      day = ber_overview_read (store, 14, NULL, &error);
      g_assert_no_error (error);
      best = MIN (best, ms_since (start));
      if (i == 0)
        g_print ("  %s: %u replies due, %u reports late or due, %u changes since yesterday\n",
                 label, ber_overview_day_get_total (day, BER_OVERVIEW_REPLIES),
                 ber_overview_day_get_total (day, BER_OVERVIEW_REPORTS),
                 ber_overview_day_get_total (day, BER_OVERVIEW_CHANGES));
    }
  figure = g_strdup_printf ("%.2f ms", best);
  row (what, figure, limit, NAN, best <= OVERVIEW_LIMIT_MS);
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  gint64 *changed_at = user_data;

  *changed_at = g_get_monotonic_time ();
}

/* One edit saved through the service until the list's row shows it. */
static void
measure_edit (BerItems   *items,
              const char *label)
{
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = ber_items_list (items, filter);
  g_autoptr(BerItem) first = NULL;
  g_autoptr(BerItem) item = NULL;
  g_autoptr(BerItem) shown = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup_printf ("Remiss om regionutvecklingsstrategin %" G_GINT64_FORMAT,
                                            g_get_real_time ());
  g_autofree char *shown_title = NULL;
  g_autofree char *what = NULL;
  g_autofree char *figure = NULL;
  gint64 changed_at = 0;
  gint64 start;
  double ms;

  while (ber_record_list_get_loading (BER_RECORD_LIST (list)))
    g_main_context_iteration (NULL, TRUE);
  first = g_list_model_get_item (list, 0);
  item = ber_items_load (items, ber_record_get_id (BER_RECORD (first)), &error);
  g_assert_no_error (error);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &changed_at);

  start = g_get_monotonic_time ();
  g_object_set (item, "title", title, NULL);
  ber_items_save (items, item, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  shown = g_list_model_get_item (list, 0);
  ms = ms_since (start);
  g_object_get (shown, "title", &shown_title, NULL);

  what = g_strdup_printf ("%s: one edit until the row shows it", label);
  figure = g_strdup_printf ("%.2f ms%s", ms,
                            changed_at == 0 ? " (the list never told)"
                            : g_strcmp0 (shown_title, title) != 0 ? " (the row is stale)" : "");
  row (what, figure, "≤ 16 ms (one frame)", NAN,
       ms <= FRAME_MS && changed_at != 0 && g_strcmp0 (shown_title, title) == 0);
  g_signal_handlers_disconnect_by_data (list, &changed_at);
}

static void
measure_register (const char *dir,
                  guint       n_items)
{
  g_autofree char *path = ber_bench_data_path (dir, n_items);
  g_autoptr(BerStore) store = NULL;
  g_autoptr(BerItems) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = g_strdup_printf ("%u items", n_items);
  g_autofree char *title_label = g_strdup_printf ("%u items by title", n_items);
  sqlite3 *db = NULL;

  store = ber_store_open (path, &error);
  g_assert_no_error (error);
  items = ber_items_new (store);
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("%s: %s", path, sqlite3_errmsg (db));

  measure_list (items, db, label, NULL, "received_on DESC, id DESC");
  measure_list (items, db, title_label, BER_ITEMS_ORDER_TITLE, "sort_key, received_on DESC, id DESC");
  measure_search (items, db, label, "sammanhållning");
  measure_search_all (store, db, label, "sammanhållning");
  measure_edit (items, label);
  measure_overview (store, label);

  sqlite3_close (db);
}

/* The meeting pack */

/*
 * A meeting with 200 items on its agenda, in a copy of the demo register,
 * and the time to write its meeting pack (the export runs as a job, in a
 * thread: this is how long the official waits for the file).
 */
static void
measure_meeting_pack (const char *demo_path)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "register.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "pack.pdf", NULL);
  g_autoptr(GFile) from = g_file_new_for_path (demo_path);
  g_autoptr(GFile) to = g_file_new_for_path (path);
  g_autoptr(BerStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *held_on = NULL;
  g_autofree char *figure = NULL;
  gint64 ids[200];
  BerMeetingSpec spec = { 0 };
  GStatBuf st = { 0 };
  gint64 meeting_id;
  gint64 start;
  double ms;

  if (!g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error)
      || (store = ber_store_open (path, &error)) == NULL)
    g_error ("%s", error->message);

  spec.body_id = ber_store_insert (store, "body", ber_store_values (
                                     "name", g_variant_new_string ("Internationella utskottet"),
                                     NULL), &error);
  g_assert_no_error (error);
  held_on = ber_date_add_days (ber_store_get_today (store), 30);
  spec.held_on = held_on;
  meeting_id = ber_agenda_create_meeting (store, &spec, &error);
  g_assert_no_error (error);

  g_assert_true (ber_store_begin_bulk (store, &error));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *title = g_strdup_printf ("Remiss om regionutvecklingsstrategin, del %u",
                                                i + 1);

      ids[i] = ber_store_insert (store, "item", ber_store_values (
                                   "title", g_variant_new_string (title),
                                   "description", g_variant_new_string (
                                     "Remissvaret ska samordnas med länets kommuner och "
                                     "lärosäten. Beredningen föreslår att regionen ställer sig "
                                     "bakom förslaget med vissa invändningar."),
                                   "received_on", g_variant_new_string (ber_store_get_today (store)),
                                   "status", g_variant_new_string ("ready"),
                                   "routed_body_id", g_variant_new_int64 (spec.body_id),
                                   NULL), &error);
      g_assert_no_error (error);
    }
  g_assert_true (ber_store_commit (store, &error));
  if (!ber_agenda_add_items (store, meeting_id, ids, G_N_ELEMENTS (ids), &error))
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  if (!ber_export_meeting_pack (store, meeting_id, FALSE, pdf, &error))
    g_error ("%s", error->message);
  ms = ms_since (start);
  g_stat (pdf, &st);

  figure = g_strdup_printf ("%.0f ms (%.0f KiB)", ms, st.st_size / 1024.0);
  row ("a meeting pack of 200 agenda entries (PDF; the program writes it in a thread)", figure, "",
       NAN, -1);

  g_clear_object (&store);
  ber_test_remove_tree (dir);
}

/* Launch and memory */

static guint
rss_kib (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", (int) pid);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL)
      || (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return (guint) g_ascii_strtoull (line + strlen ("VmRSS:"), NULL, 10);
}

/*
 * Starts @argv, and returns the time from its start to its first painted
 * frame and its resident memory a second later, when it has settled; the
 * median of three runs.
 */
static gboolean
launch (const char * const *argv,
        double             *ms,
        guint              *kib)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "BEREDNING_BENCH_FIRST_FRAME", "1", TRUE);

  for (guint run = 0; run < 3; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GIOChannel) out = NULL;
      g_autofree char *line = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 painted = 0;
      double value;
      GPid pid;
      int fd;

      if (!g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                                     NULL, &pid, NULL, &fd, NULL, &error))
        {
          g_printerr ("%s: %s\n", argv[0], error->message);
          return FALSE;
        }
      out = g_io_channel_unix_new (fd);
      g_io_channel_set_close_on_unref (out, TRUE);
      /* A program that paints nothing within the limit is given up on. */
      while (painted == 0)
        {
          GPollFD poll_fd = { fd, G_IO_IN | G_IO_HUP | G_IO_ERR, 0 };
          gint64 left = start + LAUNCH_LIMIT_SECONDS * G_USEC_PER_SEC - g_get_monotonic_time ();

          if (left <= 0 || g_poll (&poll_fd, 1, (int) (left / 1000)) <= 0
              || g_io_channel_read_line (out, &line, NULL, NULL, NULL) != G_IO_STATUS_NORMAL)
            break;
          if (g_str_has_prefix (line, "first-frame "))
            painted = g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10);
          g_clear_pointer (&line, g_free);
        }
      if (painted > 0)
        {
          g_usleep (G_USEC_PER_SEC);
          value = rss_kib (pid);
          g_array_append_val (sizes, value);
          value = (painted - start) / 1000.0;
          g_array_append_val (times, value);
        }
      kill (pid, SIGTERM);
      waitpid (pid, NULL, 0);
      g_spawn_close_pid (pid);
      if (painted == 0)
        {
          g_printerr ("%s painted no frame\n", argv[0]);
          return FALSE;
        }
    }

  *ms = percentile (times, 0.5);
  *kib = (guint) percentile (sizes, 0.5);
  return TRUE;
}

static void
measure_launch (const char *bin_dir,
                const char *beredning,
                const char *demo_path,
                const char *dir,
                guint       n_items)
{
  g_autofree char *bare = g_build_filename (bin_dir, "bare-window", NULL);
  g_autofree char *path = ber_bench_data_path (dir, n_items);
  g_autofree char *demo_arg = g_strdup_printf ("--database=%s", demo_path);
  g_autofree char *items_arg = g_strdup_printf ("--database=%s", path);
  const char *bare_argv[] = { bare, NULL };
  const char *demo_argv[] = { beredning, demo_arg, NULL };
  const char *items_argv[] = { beredning, items_arg, NULL };
  double bare_ms, demo_ms, items_ms;
  guint bare_kib, demo_kib, items_kib;
  g_autofree char *what = NULL;
  g_autofree char *figure = NULL;
  g_autofree char *limit = NULL;
  double ratio;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      row_not_measured ("launch to first frame, memory", "no display");
      return;
    }
  if (!launch (bare_argv, &bare_ms, &bare_kib) || !launch (demo_argv, &demo_ms, &demo_kib)
      || !launch (items_argv, &items_ms, &items_kib))
    {
      row_not_measured ("launch to first frame, memory", "a program did not start");
      return;
    }

  figure = g_strdup_printf ("%.0f ms, %.1f MiB", bare_ms, bare_kib / 1024.0);
  row ("bare AdwApplicationWindow: launch to first frame, resident memory", figure, "", NAN, -1);

  g_clear_pointer (&figure, g_free);
  figure = g_strdup_printf ("%.0f ms", demo_ms);
  limit = g_strdup_printf ("≤ 1.3× bare (%.0f ms)", 1.3 * bare_ms);
  ratio = demo_ms / bare_ms;
  row ("launch to first frame, demo register", figure, limit, ratio, ratio <= 1.3);

  what = g_strdup_printf ("launch to first frame, %u items", n_items);
  g_clear_pointer (&figure, g_free);
  g_clear_pointer (&limit, g_free);
  figure = g_strdup_printf ("%.0f ms", items_ms);
  limit = g_strdup_printf ("≤ 1.5× bare (%.0f ms)", 1.5 * bare_ms);
  ratio = items_ms / bare_ms;
  row (what, figure, limit, ratio, ratio <= 1.5);

  g_clear_pointer (&figure, g_free);
  figure = g_strdup_printf ("%.1f MiB (+%.1f)", demo_kib / 1024.0,
                            ((double) demo_kib - bare_kib) / 1024.0);
  row ("resident memory, demo register", figure, "", NAN, -1);

  g_clear_pointer (&what, g_free);
  g_clear_pointer (&figure, g_free);
  what = g_strdup_printf ("resident memory, %u items", n_items);
  figure = g_strdup_printf ("%.1f MiB (+%.1f)", items_kib / 1024.0,
                            ((double) items_kib - bare_kib) / 1024.0);
  row (what, figure, "≤ bare + 60 MiB", NAN, items_kib <= bare_kib + 60 * 1024);
}

/* The window: views and main-thread stalls, from ber-bench-ui */

static void
measure_window (const char *bin_dir,
                const char *dir,
                guint       n_items)
{
  g_autofree char *program = g_build_filename (bin_dir, "ber-bench-ui", NULL);
  g_autofree char *path = ber_bench_data_path (dir, n_items);
  const char *argv[] = { program, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int status = 0;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      row_not_measured ("opening each view, main-thread stalls", "no display");
      return;
    }
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                     NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s: %s\n", program, error->message);
      row_not_measured ("opening each view, main-thread stalls", "the window did not run");
      return;
    }

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) note = g_strsplit (lines[i], " ", 3);

      if (g_strv_length (note) == 3 && g_str_equal (note[0], "note"))
        g_hash_table_insert (notes, g_strdup (note[1]), g_strdup (note[2]));
    }

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);
      guint n_words = g_strv_length (words);
      g_autofree char *what = NULL;
      g_autofree char *figure = NULL;

      if (n_words == 3 && g_str_equal (words[0], "view"))
        {
          what = g_strdup_printf ("%u items: opening the %s view, until painted", n_items,
                                  words[1]);
          figure = g_strdup_printf ("%s ms", words[2]);
          row (what, figure, "", NAN, -1);
        }
      else if (n_words == 5 && g_str_equal (words[0], "stall"))
        {
          double longest = g_ascii_strtod (words[2], NULL);
          const char *note = g_hash_table_lookup (notes, words[1]);

          what = g_strdup_printf ("%u items: longest gap between frames, %s%s%s%s", n_items,
                                  words[1], note != NULL ? " (" : "", note != NULL ? note : "",
                                  note != NULL ? ")" : "");
          figure = g_strdup_printf ("%.1f ms (%s of %s frames later than two frame times)",
                                    longest, words[3], words[4]);
          row (what, figure, "≤ 33 ms (no stall over 16 ms)", NAN, longest <= 2 * FRAME_MS + 1);
        }
    }
}

/* The machine */

static char *
cpu_model (void)
{
  g_autofree char *info = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/cpuinfo", &info, NULL, NULL))
    return g_strdup ("unknown");
  lines = g_strsplit (info, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "model name"))
      {
        const char *colon = strchr (lines[i], ':');

        return g_strstrip (g_strdup (colon != NULL ? colon + 1 : lines[i]));
      }
  return g_strdup ("unknown");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = NULL;
  g_autofree char *demo_path = NULL;
  g_autofree char *cpu = cpu_model ();
  g_autofree char *bin_dir = g_path_get_dirname (argv[0]);
  const char *beredning = g_getenv ("BEREDNING_BINARY");
  gboolean full = FALSE;
  guint sizes[] = { 100000, 1000000 };
  guint n_sizes;
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "full", 0, 0, G_OPTION_ARG_NONE, &full, "Measure 1,000,000 items too", NULL },
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &data_dir, "Where the registers are kept", "DIR" },
    { NULL },
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("- the benchmark");

  setlocale (LC_ALL, "");
  /* The app as it is shipped: the tests' environment lets lists count on
   * the main thread however long it takes, which the benchmark would then
   * measure. */
  g_unsetenv ("BEREDNING_LIST_SYNC_LIMIT_MS");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (data_dir == NULL)
    data_dir = g_build_filename (g_get_current_dir (), "bench-data", NULL);
  g_mkdir_with_parents (data_dir, 0700);
  n_sizes = full ? 2 : 1;
  report.table = g_string_new ("| what | app | limit | ratio | target met? |\n|---|---|---|---|---|\n");

  g_print ("Machine: %s, %u cores; SQLite %s; registers in %s\n", cpu, g_get_num_processors (),
           sqlite3_libversion (), data_dir);

  /* Made anew each run: quick, and of this version's schema. */
  demo_path = g_build_filename (data_dir, "demo.db", NULL);
  {
    static const char *suffixes[] = { "", "-wal", "-shm" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (demo_path, suffixes[i], NULL);

        g_remove (file);
      }
  }
  if (!ber_demo_create (demo_path, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < n_sizes; i++)
    {
      g_autofree char *what = g_strdup_printf ("creating the register of %u items, %u reports, "
                                               "%u networks, %u persons, %u meetings", sizes[i],
                                               BER_BENCH_N_REPORTS, BER_BENCH_N_NETWORKS,
                                               BER_BENCH_N_PERSONS, BER_BENCH_N_MEETINGS);
      g_autofree char *figure = NULL;
      double seconds;

      g_print ("Register of %u items…\n", sizes[i]);
      if (!ber_bench_data_ensure (data_dir, sizes[i], &seconds, &error))
        g_error ("%s", error->message);
      figure = seconds < 0 ? g_strdup ("made before, reused") : g_strdup_printf ("%.1f s", seconds);
      row (what, figure, "", NAN, -1);
    }

  for (guint i = 0; i < n_sizes; i++)
    measure_register (data_dir, sizes[i]);

  if (beredning != NULL)
    measure_launch (bin_dir, beredning, demo_path, data_dir, sizes[n_sizes - 1]);
  else
    row_not_measured ("launch to first frame, memory", "BEREDNING_BINARY not set");

  measure_window (bin_dir, data_dir, sizes[n_sizes - 1]);
  measure_meeting_pack (demo_path);

  g_print ("\nMachine: %s, %u cores; SQLite %s\n\n%s", cpu, g_get_num_processors (),
           sqlite3_libversion (), report.table->str);
  g_string_free (report.table, TRUE);
  return 0;
}
