/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include "ber-sqlite-store-private.h"

/*
 * The search over the whole register (schema 6, global_search): the words
 * the user typed become an FTS5 query of quoted prefixes, and each kind of
 * record is asked for its best rows in a statement of its own, which reads
 * that kind's part of the index only.
 */

/* The kinds in the order their groups are shown. */
static const char *kinds[] = {
  "item", "meeting", "agenda-entry", "decision", "network", "person", "report",
};

/* Words of the snippet shown around the match. */
#define SNIPPET_TOKENS "16"

/*
 * The title counts four times as much as the rest; the kind and the ids
 * count for nothing. highlight() and snippet() mark the matches.
 */
static const char search_sql[] =
  "SELECT record_id, meeting_id, "
  "highlight (global_search, 3, '" BER_STORE_MATCH_START "', '" BER_STORE_MATCH_END "'), "
  "snippet (global_search, 4, '" BER_STORE_MATCH_START "', '" BER_STORE_MATCH_END "', '…', "
  SNIPPET_TOKENS ") "
  "FROM global_search WHERE global_search MATCH ? "
  "AND rank MATCH 'bm25(0.0, 0.0, 0.0, 4.0, 1.0)' "
  "ORDER BY rank LIMIT ?";

/* The same for words of one or two letters, which begin most words of a
 * large register: ranking every match would read them all, so the first
 * matches are taken as the index holds them (oldest first). */
static const char first_sql[] =
  "SELECT record_id, meeting_id, "
  "highlight (global_search, 3, '" BER_STORE_MATCH_START "', '" BER_STORE_MATCH_END "'), "
  "snippet (global_search, 4, '" BER_STORE_MATCH_START "', '" BER_STORE_MATCH_END "', '…', "
  SNIPPET_TOKENS ") "
  "FROM global_search WHERE global_search MATCH ? LIMIT ?";

/* Whether a word of @text is long enough for its matches to be ranked. */
static gboolean
has_long_word (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\r\f\v", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (g_utf8_strlen (words[i], -1) >= 3)
      return TRUE;
  return FALSE;
}

static gboolean
has_word_character (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/*
 * The FTS5 query for @text, or %NULL when it holds no word: each word
 * quoted, its quotes doubled, as a prefix ("samman"*), and all of them
 * required. Whatever the user types (AND, NEAR, -, parentheses, a quote of
 * their own) is a word to find, never query syntax. A word of marks only
 * would be an empty phrase: it is left out.
 */
static char *
match_text (const char *text)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  g_strdelimit (valid, "\t\n\r\f\v", ' ');
  words = g_strsplit (valid, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;
      g_autofree char *quoted = NULL;

      if (!has_word_character (words[i]))
        continue;
      parts = g_strsplit (words[i], "\"", -1);
      quoted = g_strjoinv ("\"\"", parts);
      g_string_append_printf (query, "%s\"%s\"*", query->len > 0 ? " AND " : "", quoted);
    }

  if (query->len == 0)
    return NULL;
  return g_strdup_printf ("{title body} : (%s)", query->str);
}

/* The snippet on one line: the parts of a record are lines of their own. */
static char *
one_line (const char *text)
{
  g_autoptr(GString) line = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = line->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (line, ' ');
      space = FALSE;
      g_string_append_c (line, *p);
    }
  return g_string_free (g_steal_pointer (&line), FALSE);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static gboolean
search_kind (BerSqliteStore  *self,
             const char      *kind,
             const char      *match,
             gboolean         ranked,
             guint            limit,
             GPtrArray       *rows,
             GError         **error)
{
  sqlite3_stmt *raw = _ber_sqlite_store_prepare (self, ranked ? search_sql : first_sql, error);
  g_autoptr(sqlite3_stmt) stmt = raw;
  g_autofree char *kind_match = NULL;
  int rc;

  if (raw == NULL)
    return FALSE;

  kind_match = g_strdup_printf ("kind : \"%s\" AND %s", kind, match);
  sqlite3_bind_text (stmt, 1, kind_match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, limit);

  /* ber_store_search_all() limits the reads: a cancelled search stops with
   * SQLITE_INTERRUPT, which reads as G_IO_ERROR_CANCELLED. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GVariantDict dict;
      g_autofree char *title = one_line (column_text (stmt, 2));
      g_autofree char *snippet = one_line (column_text (stmt, 3));

      g_variant_dict_init (&dict, NULL);
      g_variant_dict_insert (&dict, "kind", "s", kind);
      g_variant_dict_insert (&dict, "id", "x", sqlite3_column_int64 (stmt, 0));
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        g_variant_dict_insert (&dict, "meeting_id", "x", sqlite3_column_int64 (stmt, 1));
      g_variant_dict_insert (&dict, "title", "s", title);
      g_variant_dict_insert (&dict, "snippet", "s", snippet);
      g_ptr_array_add (rows, g_variant_ref_sink (g_variant_dict_end (&dict)));
    }
  if (rc != SQLITE_DONE)
    return _ber_sqlite_store_set_error (self, error, rc);
  return TRUE;
}

GPtrArray *
_ber_sqlite_store_search_all (BerStore      *store,
                              const char    *text,
                              guint          limit_per_kind,
                              GCancellable  *cancellable,
                              GError       **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autofree char *match = match_text (text);
  gboolean ranked = has_long_word (text);

  if (match == NULL)
    return g_steal_pointer (&rows);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (!search_kind (self, kinds[i], match, ranked, limit_per_kind, rows, error))
        return NULL;
    }

  return g_steal_pointer (&rows);
}

static gboolean
append_plan (BerSqliteStore  *self,
             const char      *sql,
             GString         *plan,
             GError         **error)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  sqlite3_stmt *raw = _ber_sqlite_store_prepare (self, explain, error);
  g_autoptr(sqlite3_stmt) stmt = raw;

  if (raw == NULL)
    return FALSE;
  return _ber_sqlite_store_step_plan (self, stmt, plan, error);
}

/**
 * ber_sqlite_store_explain_search:
 *
 * How SQLite runs the statements of ber_store_search_all() and those its
 * triggers run to index one record of each kind: the lines of their EXPLAIN
 * QUERY PLAN, one a line. For tests that a search reads the index, and a
 * write one row of each table, never all of them.
 *
 * Returns: (transfer full): the plans, or %NULL with @error set
 */
char *
ber_sqlite_store_explain_search (BerStore  *store,
                                 GError   **error)
{
  BerSqliteStore *self;
  g_autoptr(GString) plan = g_string_new (NULL);

  g_return_val_if_fail (BER_IS_SQLITE_STORE (store), NULL);

  self = BER_SQLITE_STORE (store);
  if (!append_plan (self, search_sql, plan, error))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *view = g_strdelimit (g_strconcat ("search_source_", kinds[i], NULL),
                                            "-", '_');
      g_autofree char *sql = g_strdup_printf ("SELECT key, kind, record_id, meeting_id, title, "
                                              "body FROM \"%s\" WHERE record_id = ?", view);

      if (!append_plan (self, sql, plan, error))
        return NULL;
    }
  return g_string_free (g_steal_pointer (&plan), FALSE);
}
