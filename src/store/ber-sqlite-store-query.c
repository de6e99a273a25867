/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ber-collate.h"
#include "ber-sqlite-store-private.h"

/* The query compiler: list queries, pages, positions and links. Pages read
 * after a row (keyset paging) are in ber-sqlite-store-keyset.c. */

/*
 * The full-text indexes of schema 3 (trigram: any run of three or more
 * characters) and the columns each covers. A search of at least
 * MIN_INDEXED_SEARCH characters in these columns reads the index. A
 * shorter one in these lists finds the rows whose Swedish sort key begins
 * with it (names and titles that begin with the letters typed), from the
 * sort key's index. Other searches compare every row.
 */
#define MIN_INDEXED_SEARCH 3
static const struct
{
  const char *table;
  const char *index;
  const char *columns[5];
} search_indexes[] = {
  { "item", "item_search", { "title", "diary_number", "description", NULL } },
  { "network", "network_search", { "name", "acronym", "description", "scope", NULL } },
  { "person", "person_search", { "name", "party", "department", "email", NULL } },
};


/* Reads */

GVariant *
_ber_sqlite_store_get (BerStore    *store,
               const char  *source,
               gint64       id,
               GError     **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;


  if (!_ber_sqlite_store_check_source (self, source, error))
    return NULL;

  sql = g_strdup_printf ("SELECT * FROM \"%s\" WHERE id = ?", source);
  stmt = _ber_sqlite_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return _ber_sqlite_store_row_to_variant (stmt);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                         _("The entry no longer exists in the register. It may have been "
                           "removed in another window."));
  else
    _ber_sqlite_store_set_error (self, error, rc);

  return NULL;
}

static const char *
op_sql (BerQueryOp op)
{
  switch (op)
    {
    case BER_QUERY_EQ: return "=";
    case BER_QUERY_NE: return "IS NOT";
    case BER_QUERY_LT: return "<";
    case BER_QUERY_LE: return "<=";
    case BER_QUERY_GT: return ">";
    case BER_QUERY_GE: return ">=";
    case BER_QUERY_IS_NULL: return "IS NULL";
    case BER_QUERY_NOT_NULL: return "IS NOT NULL";
    default: return "=";
    }
}

static const char *search_index_for (const BerQuery *query,
                                     const char     *source);
static const char *search_index_of  (const BerQuery *query,
                                     const char     *source);

/* Whether the query's search is a short one answered by the sort key: in
 * the lists large enough to have a full-text index. Small ones (bodies,
 * subject areas) compare every row, so that "KN" finds a short name. */
static gboolean
searches_sort_key (BerSqliteStore *self,
                   const BerQuery *query,
                   const char     *source)
{
  const char *search = ber_query_get_search_text (query);

  return search != NULL && g_utf8_strlen (search, -1) < MIN_INDEXED_SEARCH
         && search_index_of (query, source) != NULL
         && ber_store_has_column (BER_STORE (self), source, "sort_key");
}

/* The sort-key range of rows that begin with @search: a key's letters come
 * before its 0x01 separator, so the keys beginning with the letters of
 * @search lie between those letters and those letters followed by 0xff. */
static void
bind_sort_key_prefix (sqlite3_stmt *stmt,
                      int          *index,
                      const char   *search)
{
  g_autofree char *key = ber_collate_key_sv (search);
  char *separator = strchr (key, '\x01');
  g_autofree char *end = NULL;

  if (separator != NULL)
    *separator = '\0';
  end = g_strconcat (key, "\xff", NULL);
  sqlite3_bind_text (stmt, (*index)++, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, (*index)++, end, -1, SQLITE_TRANSIENT);
}

/* Appends " WHERE …" for the query's conditions and search; binding happens in
 * _ber_sqlite_store_bind_where() in the same order. */
gboolean
_ber_sqlite_store_append_where (BerSqliteStore        *self,
                                const BerQuery  *query,
                                const char      *source,
                                GString         *sql,
                                GError         **error)
{
  const GPtrArray *conditions = ber_query_get_conditions (query);
  const char * const *search_columns = ber_query_get_search_columns (query);
  const char *search_index = search_index_for (query, source);
  gboolean first = TRUE;

  for (guint i = 0; i < conditions->len; i++)
    {
      const BerQueryCondition *c = g_ptr_array_index (conditions, i);

      if (!_ber_sqlite_store_check_column (self, source, c->column, error))
        return FALSE;

      g_string_append (sql, first ? " WHERE " : " AND ");
      first = FALSE;

      if (c->in != NULL)
        {
          guint n = g_strv_length (c->in);

          if (n == 0)
            {
              g_string_append (sql, "0");
              continue;
            }
          g_string_append_printf (sql, "\"%s\" IN (", c->column);
          for (guint j = 0; j < n; j++)
            g_string_append (sql, j == 0 ? "?" : ", ?");
          g_string_append (sql, ")");
        }
      else if (c->op == BER_QUERY_IS_NULL || c->op == BER_QUERY_NOT_NULL)
        g_string_append_printf (sql, "\"%s\" %s", c->column, op_sql (c->op));
      else
        g_string_append_printf (sql, "\"%s\" %s ?", c->column, op_sql (c->op));
    }

  if (search_index != NULL)
    {
      /* The index's name is one of ours, never the caller's text. */
      g_string_append_printf (sql, "%sid IN (SELECT rowid FROM \"%s\" WHERE \"%s\" MATCH ?)",
                              first ? " WHERE " : " AND ", search_index, search_index);
    }
  else if (searches_sort_key (self, query, source))
    g_string_append (sql, first ? " WHERE sort_key >= ? AND sort_key < ?"
                                : " AND sort_key >= ? AND sort_key < ?");
  else if (ber_query_get_search_text (query) != NULL)
    {
      g_string_append (sql, first ? " WHERE (" : " AND (");
      for (guint i = 0; search_columns[i] != NULL; i++)
        {
          if (!_ber_sqlite_store_check_column (self, source, search_columns[i], error))
            return FALSE;
          g_string_append_printf (sql, "%sinstr (ber_fold (\"%s\"), ?) > 0",
                                  i == 0 ? "" : " OR ", search_columns[i]);
        }
      g_string_append (sql, ")");
    }

  return TRUE;
}

/* An FTS5 query for @text in @columns: one phrase, quotes doubled, so that
 * nothing the user types is read as query syntax. */
static char *
search_match (const char         *text,
              const char * const *columns)
{
  g_autoptr(GString) match = g_string_new ("{");
  g_auto(GStrv) parts = g_strsplit (text, "\"", -1);
  g_autofree char *quoted = g_strjoinv ("\"\"", parts);

  for (guint i = 0; columns[i] != NULL; i++)
    g_string_append_printf (match, "%s%s", i == 0 ? "" : " ", columns[i]);
  g_string_append_printf (match, "} : \"%s\"", quoted);
  return g_string_free (g_steal_pointer (&match), FALSE);
}

void
_ber_sqlite_store_bind_where (BerSqliteStore *self,
                              const BerQuery *query,
                              const char     *source,
                              sqlite3_stmt   *stmt,
                              int            *index)
{
  const GPtrArray *conditions = ber_query_get_conditions (query);
  const char * const *search_columns = ber_query_get_search_columns (query);
  const char *search = ber_query_get_search_text (query);

  for (guint i = 0; i < conditions->len; i++)
    {
      const BerQueryCondition *c = g_ptr_array_index (conditions, i);

      if (c->in != NULL)
        {
          for (guint j = 0; c->in[j] != NULL; j++)
            sqlite3_bind_text (stmt, (*index)++, c->in[j], -1, SQLITE_TRANSIENT);
        }
      else if (c->value != NULL)
        _ber_sqlite_store_bind_variant (stmt, (*index)++, c->value);
    }

  if (search_index_for (query, source) != NULL)
    sqlite3_bind_text (stmt, (*index)++, search_match (search, search_columns), -1, g_free);
  else if (searches_sort_key (self, query, source))
    bind_sort_key_prefix (stmt, index, search);
  else if (search != NULL)
    {
      g_autofree char *folded = g_utf8_casefold (search, -1);

      for (guint i = 0; search_columns[i] != NULL; i++)
        sqlite3_bind_text (stmt, (*index)++, folded, -1, SQLITE_TRANSIENT);
    }
}

/* Ties are broken by id, in the direction of the first order column, so
 * that an index on (column, id) serves the whole order. */
gboolean
_ber_sqlite_store_id_descending (const BerQuery *query)
{
  const GPtrArray *orders = ber_query_get_orders (query);

  return orders->len > 0 && ((const BerQueryOrder *) g_ptr_array_index (orders, 0))->descending;
}

gboolean
_ber_sqlite_store_append_order (BerSqliteStore        *self,
                                const BerQuery  *query,
                                const char      *source,
                                GString         *sql,
                                GError         **error)
{
  const GPtrArray *orders = ber_query_get_orders (query);

  g_string_append (sql, " ORDER BY ");
  for (guint i = 0; i < orders->len; i++)
    {
      const BerQueryOrder *o = g_ptr_array_index (orders, i);

      if (!_ber_sqlite_store_check_column (self, source, o->column, error))
        return FALSE;
      g_string_append_printf (sql, "\"%s\"%s, ", o->column, o->descending ? " DESC" : "");
    }
  g_string_append (sql, _ber_sqlite_store_id_descending (query) ? "id DESC" : "id");

  return TRUE;
}

/*
 * The list views show one table's rows with names joined in. Counting,
 * ordering and paging run on the table itself when the query names no
 * joined column: SQLite then uses the table's indexes and does no joins for
 * the rows it skips. Only the page's rows are read through the view.
 */
static const struct
{
  const char *view;
  const char *table;
} list_views[] = {
  { "item_list", "item" },
  { "network_list", "network" },
  { "meeting_list", "meeting" },
  { "report_list", "report" },
  { "assignment_list", "assignment" },
  { "membership_list", "membership" },
  { "fee_list", "fee" },
};

/* The full-text index of @source that covers the query's search columns,
 * whatever the length of the search, or %NULL. */
static const char *
search_index_of (const BerQuery *query,
                 const char     *source)
{
  const char * const *columns = ber_query_get_search_columns (query);
  const char *table = source;

  if (columns == NULL || columns[0] == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (list_views); i++)
    if (g_str_equal (list_views[i].view, source))
      table = list_views[i].table;

  for (guint i = 0; i < G_N_ELEMENTS (search_indexes); i++)
    {
      gboolean covered = TRUE;

      if (!g_str_equal (search_indexes[i].table, table))
        continue;
      for (guint j = 0; columns[j] != NULL && covered; j++)
        covered = g_strv_contains (search_indexes[i].columns, columns[j]);
      return covered ? search_indexes[i].index : NULL;
    }

  return NULL;
}

/* The full-text index that can answer the query's search on @source, or
 * %NULL when every row must be compared. */
static const char *
search_index_for (const BerQuery *query,
                  const char     *source)
{
  const char *search = ber_query_get_search_text (query);

  if (search == NULL || g_utf8_strlen (search, -1) < MIN_INDEXED_SEARCH)
    return NULL;
  return search_index_of (query, source);
}

/* The table itself when the query needs nothing of the view; a count needs
 * no order (@with_orders %FALSE), so it counts the table whatever the order. */
const char *
_ber_sqlite_store_resolve_source (BerSqliteStore *self,
                                  const BerQuery *query,
                                  gboolean        with_orders)
{
  const char *source = ber_query_get_source (query);
  const GPtrArray *conditions = ber_query_get_conditions (query);
  const GPtrArray *orders = ber_query_get_orders (query);
  const char * const *search_columns = ber_query_get_search_columns (query);
  const char *table = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (list_views); i++)
    if (g_str_equal (list_views[i].view, source))
      table = list_views[i].table;
  if (table == NULL)
    return source;

  for (guint i = 0; i < conditions->len; i++)
    if (!ber_store_has_column (BER_STORE (self), table,
                               ((const BerQueryCondition *) g_ptr_array_index (conditions, i))->column))
      return source;
  for (guint i = 0; with_orders && i < orders->len; i++)
    if (!ber_store_has_column (BER_STORE (self), table,
                               ((const BerQueryOrder *) g_ptr_array_index (orders, i))->column))
      return source;
  for (guint i = 0; search_columns != NULL && search_columns[i] != NULL; i++)
    if (!ber_store_has_column (BER_STORE (self), table, search_columns[i]))
      return source;

  return table;
}

gboolean
_ber_sqlite_store_count (BerStore        *store,
                 const BerQuery  *query,
                 guint           *n_rows,
                 GError         **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *source;
  int index = 1;
  int rc;

  g_return_val_if_fail (query != NULL, FALSE);

  *n_rows = 0;
  if (!_ber_sqlite_store_check_source (self, ber_query_get_source (query), error))
    return FALSE;

  source = _ber_sqlite_store_resolve_source (self, query, FALSE);
  g_string_printf (sql, "SELECT count(*) FROM \"%s\"", source);
  if (!_ber_sqlite_store_append_where (self, query, source, sql, error))
    return FALSE;

  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  _ber_sqlite_store_bind_where (self, query, source, stmt, &index);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ber_sqlite_store_set_error (self, error, rc);

  *n_rows = (guint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* The rows of @order's ids through the query's source (the view, with the
 * names the list shows), in that order. */
GPtrArray *
_ber_sqlite_store_rows_of_ids (BerSqliteStore  *self,
                               const BerQuery  *query,
                               GArray          *order,
                               GError         **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) ids = g_string_new ("[");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rows = g_ptr_array_new_full (order->len, (GDestroyNotify) g_variant_unref);
  if (order->len == 0)
    return g_steal_pointer (&rows);

  for (guint i = 0; i < order->len; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            g_array_index (order, gint64, i));
  g_string_append_c (ids, ']');

  g_string_printf (sql, "SELECT * FROM \"%s\" WHERE id IN (SELECT value FROM json_each (?))",
                   ber_query_get_source (query));
  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                 (GDestroyNotify) g_variant_unref);
  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, ids->str, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (by_id, id, _ber_sqlite_store_row_to_variant (stmt));
    }
  if (rc != SQLITE_DONE)
    {
      _ber_sqlite_store_set_error (self, error, rc);
      return NULL;
    }

  for (guint i = 0; i < order->len; i++)
    {
      GVariant *row = g_hash_table_lookup (by_id, &g_array_index (order, gint64, i));

      if (row != NULL)
        g_ptr_array_add (rows, g_variant_ref (row));
    }

  return g_steal_pointer (&rows);
}

/* Steps @stmt, a statement of ids, into @order. */
gboolean
_ber_sqlite_store_step_ids (BerSqliteStore  *self,
                            sqlite3_stmt    *stmt,
                            GArray          *order,
                            GError         **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (order, id);
    }
  if (rc != SQLITE_DONE)
    return _ber_sqlite_store_set_error (self, error, rc);
  return TRUE;
}

/* Steps @stmt, an EXPLAIN QUERY PLAN, appending its lines to @plan, one a
 * line. */
gboolean
_ber_sqlite_store_step_plan (BerSqliteStore  *self,
                             sqlite3_stmt    *stmt,
                             GString         *plan,
                             GError         **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (stmt, 3));
  if (rc != SQLITE_DONE)
    return _ber_sqlite_store_set_error (self, error, rc);
  return TRUE;
}

GPtrArray *
_ber_sqlite_store_select (BerStore        *store,
                  const BerQuery  *query,
                  guint            offset,
                  guint            limit,
                  GError         **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *source;
  int index = 1;

  g_return_val_if_fail (query != NULL, NULL);

  if (!_ber_sqlite_store_check_source (self, ber_query_get_source (query), error))
    return NULL;

  /* First the page's ids, in order… */
  source = _ber_sqlite_store_resolve_source (self, query, TRUE);
  g_string_printf (sql, "SELECT id FROM \"%s\"", source);
  if (!_ber_sqlite_store_append_where (self, query, source, sql, error)
      || !_ber_sqlite_store_append_order (self, query, source, sql, error))
    return NULL;
  g_string_append (sql, " LIMIT ? OFFSET ?");

  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  _ber_sqlite_store_bind_where (self, query, source, stmt, &index);
  sqlite3_bind_int64 (stmt, index++, limit);
  sqlite3_bind_int64 (stmt, index, offset);
  if (!_ber_sqlite_store_step_ids (self, stmt, order, error))
    return NULL;

  /* …then their rows, with the names the list shows. */
  return _ber_sqlite_store_rows_of_ids (self, query, order, error);
}

/* One statement over the query's source (the view, with its names),
 * stepped row by row. */
gboolean
_ber_sqlite_store_foreach (BerStore         *store,
                           const BerQuery   *query,
                           BerStoreRowFunc   func,
                           gpointer          user_data,
                           GError          **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *source = ber_query_get_source (query);
  int index = 1;
  int rc;

  if (!_ber_sqlite_store_check_source (self, source, error))
    return FALSE;
  g_string_printf (sql, "SELECT * FROM \"%s\"", source);
  if (!_ber_sqlite_store_append_where (self, query, source, sql, error)
      || !_ber_sqlite_store_append_order (self, query, source, sql, error))
    return FALSE;

  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  _ber_sqlite_store_bind_where (self, query, source, stmt, &index);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GVariant) row = _ber_sqlite_store_row_to_variant (stmt);

      if (!func (row, user_data))
        return TRUE;
    }
  if (rc != SQLITE_DONE)
    return _ber_sqlite_store_set_error (self, error, rc);
  return TRUE;
}

/**
 * ber_sqlite_store_explain:
 * @query: a query of a list
 * @page: %TRUE for the statement that reads a page of ids, %FALSE for the count
 *
 * How SQLite runs the statement the store makes of @query: the lines of its
 * EXPLAIN QUERY PLAN ("SEARCH item USING INDEX item_status_idx (status=?)"),
 * one a line. For tests that every list has an index to use.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
char *
ber_sqlite_store_explain (BerStore        *store,
                          const BerQuery  *query,
                          gboolean         page,
                          GError         **error)
{
  BerSqliteStore *self;
  g_autoptr(GString) sql = g_string_new ("EXPLAIN QUERY PLAN ");
  g_autoptr(GString) plan = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *source;
  int index = 1;

  g_return_val_if_fail (BER_IS_SQLITE_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  self = BER_SQLITE_STORE (store);
  if (!_ber_sqlite_store_check_source (self, ber_query_get_source (query), error))
    return NULL;
  source = _ber_sqlite_store_resolve_source (self, query, page);
  g_string_append_printf (sql, page ? "SELECT id FROM \"%s\"" : "SELECT count(*) FROM \"%s\"",
                          source);
  if (!_ber_sqlite_store_append_where (self, query, source, sql, error)
      || (page && !_ber_sqlite_store_append_order (self, query, source, sql, error)))
    return NULL;
  if (page)
    g_string_append (sql, " LIMIT ? OFFSET ?");

  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  _ber_sqlite_store_bind_where (self, query, source, stmt, &index);
  if (page)
    {
      sqlite3_bind_int64 (stmt, index++, 100);
      sqlite3_bind_int64 (stmt, index, 0);
    }
  if (!_ber_sqlite_store_step_plan (self, stmt, plan, error))
    return NULL;
  return g_string_free (g_steal_pointer (&plan), FALSE);
}

/*
 * The position of a row in a query's order is the number of rows that sort
 * before it. Each order column c with the row's value v contributes
 * "c sorts before v" and "c equals v" terms; SQLite sorts NULL first.
 */
static void
append_before (GString    *sql,
               const char *column,
               gboolean    descending,
               gboolean    value_is_null)
{
  if (!descending)
    {
      if (value_is_null)
        g_string_append (sql, "0");
      else
        g_string_append_printf (sql, "(\"%s\" IS NULL OR \"%s\" < ?)", column, column);
    }
  else
    {
      if (value_is_null)
        g_string_append_printf (sql, "\"%s\" IS NOT NULL", column);
      else
        g_string_append_printf (sql, "\"%s\" > ?", column);
    }
}

static void
append_equal (GString    *sql,
              const char *column,
              gboolean    value_is_null)
{
  if (value_is_null)
    g_string_append_printf (sql, "\"%s\" IS NULL", column);
  else
    g_string_append_printf (sql, "\"%s\" = ?", column);
}

gboolean
_ber_sqlite_store_position (BerStore        *store,
                    const BerQuery  *query,
                    gint64           id,
                    gint            *position,
                    GError         **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  const GPtrArray *orders = ber_query_get_orders (query);
  const char *source;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autoptr(GVariant) row = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int index = 1;
  int rc;


  *position = -1;
  if (!_ber_sqlite_store_check_source (self, ber_query_get_source (query), error))
    return FALSE;
  source = _ber_sqlite_store_resolve_source (self, query, TRUE);

  /* Is the row in the query at all, and what are its order values? */
  g_string_printf (sql, "SELECT * FROM \"%s\"", source);
  if (!_ber_sqlite_store_append_where (self, query, source, sql, error))
    return FALSE;
  g_string_append (sql, ber_query_get_conditions (query)->len > 0
                        || ber_query_get_search_text (query) != NULL ? " AND id = ?" : " WHERE id = ?");

  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;
  _ber_sqlite_store_bind_where (self, query, source, stmt, &index);
  sqlite3_bind_int64 (stmt, index, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    return _ber_sqlite_store_set_error (self, error, rc);
  row = _ber_sqlite_store_row_to_variant (stmt);
  stmt_release (g_steal_pointer (&stmt));

  for (guint i = 0; i < orders->len; i++)
    {
      const BerQueryOrder *o = g_ptr_array_index (orders, i);
      GVariant *v = g_variant_lookup_value (row, o->column, NULL);

      if (!_ber_sqlite_store_check_column (self, source, o->column, error))
        return FALSE;
      g_ptr_array_add (keys, v != NULL ? v : g_variant_ref_sink (g_variant_new ("()")));
    }

  /* Count the rows that sort before it. */
  g_string_printf (sql, "SELECT count(*) FROM \"%s\"", source);
  if (!_ber_sqlite_store_append_where (self, query, source, sql, error))
    return FALSE;
  g_string_append (sql, ber_query_get_conditions (query)->len > 0
                        || ber_query_get_search_text (query) != NULL ? " AND (" : " WHERE (");
  for (guint i = 0; i <= orders->len; i++)
    {
      g_string_append (sql, i == 0 ? "(" : " OR (");
      for (guint j = 0; j < i; j++)
        {
          const BerQueryOrder *o = g_ptr_array_index (orders, j);

          append_equal (sql, o->column,
                        g_variant_is_of_type (g_ptr_array_index (keys, j), G_VARIANT_TYPE_UNIT));
          g_string_append (sql, " AND ");
        }
      if (i < orders->len)
        {
          const BerQueryOrder *o = g_ptr_array_index (orders, i);

          append_before (sql, o->column, o->descending,
                         g_variant_is_of_type (g_ptr_array_index (keys, i), G_VARIANT_TYPE_UNIT));
        }
      else
        g_string_append (sql, _ber_sqlite_store_id_descending (query) ? "id > ?" : "id < ?");
      g_string_append (sql, ")");
    }
  g_string_append (sql, ")");

  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return FALSE;

  index = 1;
  _ber_sqlite_store_bind_where (self, query, source, stmt, &index);
  for (guint i = 0; i <= orders->len; i++)
    {
      for (guint j = 0; j < i; j++)
        {
          GVariant *v = g_ptr_array_index (keys, j);

          if (!g_variant_is_of_type (v, G_VARIANT_TYPE_UNIT))
            _ber_sqlite_store_bind_variant (stmt, index++, v);
        }
      if (i < orders->len)
        {
          GVariant *v = g_ptr_array_index (keys, i);

          if (!g_variant_is_of_type (v, G_VARIANT_TYPE_UNIT))
            _ber_sqlite_store_bind_variant (stmt, index++, v);
        }
      else
        sqlite3_bind_int64 (stmt, index++, id);
    }

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ber_sqlite_store_set_error (self, error, rc);

  *position = (gint) sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

GArray *
_ber_sqlite_store_get_links (BerStore    *store,
                     const char  *table,
                     const char  *owner_column,
                     gint64       owner_id,
                     const char  *other_column,
                     GError     **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;


  if (!_ber_sqlite_store_check_column (self, table, owner_column, error)
      || !_ber_sqlite_store_check_column (self, table, other_column, error))
    return NULL;

  sql = g_strdup_printf ("SELECT \"%s\" FROM \"%s\" WHERE \"%s\" = ? ORDER BY 1",
                         other_column, table, owner_column);
  stmt = _ber_sqlite_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, owner_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      _ber_sqlite_store_set_error (self, error, rc);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/**
 * ber_store_get_history:
 * @table: the table of the row
 * @row_id: the row
 * @limit: the most entries to return
 *
 * The change history of one row, newest first: a{sv} with changed_at,
 * changed_by, action, version (absent for writes that had none) and
 * changes (a JSON object of the columns written).
 *
 * Returns: (transfer full) (element-type GVariant): the entries, or %NULL
 */
GPtrArray *
_ber_sqlite_store_get_history (BerStore    *store,
                       const char  *table,
                       gint64       row_id,
                       guint        limit,
                       GError     **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  int rc;


  stmt = _ber_sqlite_store_prepare (self,
                             "SELECT changed_at, changed_by, action, version, changes "
                             "FROM history WHERE table_name = ? AND row_id = ? "
                             "ORDER BY id DESC LIMIT ?",
                             error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, row_id);
  sqlite3_bind_int64 (stmt, 3, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, _ber_sqlite_store_row_to_variant (stmt));
  if (rc != SQLITE_DONE)
    {
      _ber_sqlite_store_set_error (self, error, rc);
      return NULL;
    }

  return g_steal_pointer (&rows);
}
