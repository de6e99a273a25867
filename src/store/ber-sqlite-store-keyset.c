/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include "ber-sqlite-store-private.h"

/*
 * Keyset paging: the rows that follow a given row in a query's order are
 * found by seeking the order's index to that row's values, however deep in
 * the list it is, where an OFFSET would step over every row before it.
 *
 * With the order (c1, …, ck, id), the rows after the anchor's values
 * (v1, …, vk, a) are, in order: those equal to it in c1…ck and after it in
 * id; then those equal in c1…ck-1 and after it in ck; … ; then those after
 * it in c1. Each is one branch of a UNION ALL: equalities and one range on
 * an index's leading columns, read in the index's order, so SQLite seeks
 * each branch and stops at the page's end. SQLite sorts NULL first: going
 * up, the rows after a NULL are the non-NULL ones; going down, the rows
 * after a value are the smaller ones and then the NULLs.
 */
typedef struct
{
  const char   *column;
  gboolean      descending;
  sqlite3_value *value;   /* NULL for SQL NULL */
} KeyPart;

static void
key_parts_free (GArray *parts)
{
  for (guint i = 0; i < parts->len; i++)
    sqlite3_value_free (g_array_index (parts, KeyPart, i).value);
  g_array_unref (parts);
}

/* The order values of row @id, in the order's columns and the id last;
 * %NULL with BER_STORE_ERROR_NOT_FOUND when the row is gone. */
static GArray *
anchor_key (BerSqliteStore  *self,
            const BerQuery  *query,
            const char      *source,
            gint64           id,
            GError         **error)
{
  const GPtrArray *orders = ber_query_get_orders (query);
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GArray *parts;
  int rc;

  for (guint i = 0; i < orders->len; i++)
    {
      const BerQueryOrder *o = g_ptr_array_index (orders, i);

      if (!_ber_sqlite_store_check_column (self, source, o->column, error))
        return NULL;
      g_string_append_printf (sql, "\"%s\", ", o->column);
    }
  g_string_append_printf (sql, "id FROM \"%s\" WHERE id = ?", source);

  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                   "Row %" G_GINT64_FORMAT " of %s is gone", id, source);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _ber_sqlite_store_set_error (self, error, rc);
      return NULL;
    }

  parts = g_array_new (FALSE, TRUE, sizeof (KeyPart));
  for (guint i = 0; i <= orders->len; i++)
    {
      KeyPart part = { 0, };

      /* Nothing sorts after a unique id: the order ends there. */
      if (parts->len > 0 && g_str_equal (g_array_index (parts, KeyPart, parts->len - 1).column, "id"))
        break;

      if (i < orders->len)
        {
          const BerQueryOrder *o = g_ptr_array_index (orders, i);

          part.column = o->column;
          part.descending = o->descending;
        }
      else
        {
          part.column = "id";
          part.descending = _ber_sqlite_store_id_descending (query);
        }
      if (sqlite3_column_type (stmt, (int) i) != SQLITE_NULL)
        part.value = sqlite3_value_dup (sqlite3_column_value (stmt, (int) i));
      g_array_append_val (parts, part);
    }
  return parts;
}

typedef enum
{
  AFTER_GREATER,   /* c > v */
  AFTER_LESS,      /* c < v */
  AFTER_NOT_NULL,  /* c IS NOT NULL */
  AFTER_NULL,      /* c IS NULL */
} AfterKind;

/* The branches' conditions on part @level, in order: none when nothing
 * comes after the anchor's value (going down from NULL). */
static guint
after_kinds (const KeyPart *part,
             AfterKind      kinds[2])
{
  if (!part->descending)
    {
      kinds[0] = part->value != NULL ? AFTER_GREATER : AFTER_NOT_NULL;
      return 1;
    }
  if (part->value == NULL)
    return 0;
  kinds[0] = AFTER_LESS;
  kinds[1] = AFTER_NULL;
  return 2;
}

/* Builds (@sql non-%NULL) or binds (@stmt non-%NULL) the branches. */
static gboolean
keyset_branches (BerSqliteStore  *self,
                 const BerQuery  *query,
                 const char      *source,
                 GArray          *parts,
                 guint            limit,
                 GString         *sql,
                 sqlite3_stmt    *stmt,
                 int             *index,
                 GError         **error)
{
  gboolean has_where = ber_query_get_conditions (query)->len > 0
                       || ber_query_get_search_text (query) != NULL;
  gboolean first = TRUE;

  for (guint level = parts->len; level-- > 0;)
    {
      const KeyPart *part = &g_array_index (parts, KeyPart, level);
      AfterKind kinds[2];
      guint n_kinds = after_kinds (part, kinds);

      for (guint k = 0; k < n_kinds; k++)
        {
          if (sql != NULL)
            {
              g_string_append_printf (sql, "%sSELECT id FROM (SELECT id FROM \"%s\"",
                                      first ? "" : " UNION ALL ", source);
              if (!_ber_sqlite_store_append_where (self, query, source, sql, error))
                return FALSE;
              g_string_append (sql, has_where ? " AND " : " WHERE ");
              for (guint j = 0; j < level; j++)
                {
                  const KeyPart *equal = &g_array_index (parts, KeyPart, j);

                  if (equal->value == NULL)
                    g_string_append_printf (sql, "\"%s\" IS NULL AND ", equal->column);
                  else
                    g_string_append_printf (sql, "\"%s\" = ? AND ", equal->column);
                }
              switch (kinds[k])
                {
                case AFTER_GREATER:
                  g_string_append_printf (sql, "\"%s\" > ?", part->column);
                  break;
                case AFTER_LESS:
                  g_string_append_printf (sql, "\"%s\" < ?", part->column);
                  break;
                case AFTER_NOT_NULL:
                  g_string_append_printf (sql, "\"%s\" IS NOT NULL", part->column);
                  break;
                case AFTER_NULL:
                  g_string_append_printf (sql, "\"%s\" IS NULL", part->column);
                  break;
                }
              if (!_ber_sqlite_store_append_order (self, query, source, sql, error))
                return FALSE;
              g_string_append (sql, " LIMIT ?)");
            }
          else
            {
              _ber_sqlite_store_bind_where (self, query, source, stmt, index);
              for (guint j = 0; j < level; j++)
                {
                  const KeyPart *equal = &g_array_index (parts, KeyPart, j);

                  if (equal->value != NULL)
                    sqlite3_bind_value (stmt, (*index)++, equal->value);
                }
              if (kinds[k] == AFTER_GREATER || kinds[k] == AFTER_LESS)
                sqlite3_bind_value (stmt, (*index)++, part->value);
              sqlite3_bind_int64 (stmt, (*index)++, limit);
            }
          first = FALSE;
        }
    }

  if (sql != NULL)
    {
      if (first)
        g_string_append_printf (sql, "SELECT id FROM \"%s\" WHERE 0", source);
      else
        g_string_append (sql, " LIMIT ?");
    }
  else if (!first)
    sqlite3_bind_int64 (stmt, (*index)++, limit);
  return TRUE;
}

/* The statement of the ids that follow @after_id in @query's order. */
static sqlite3_stmt *
prepare_after (BerSqliteStore  *self,
               const char      *prefix,
               const BerQuery  *query,
               gint64           after_id,
               guint            limit,
               GError         **error)
{
  g_autoptr(GString) sql = g_string_new (prefix);
  GArray *parts;
  const char *source;
  sqlite3_stmt *stmt;
  int index = 1;

  if (!_ber_sqlite_store_check_source (self, ber_query_get_source (query), error))
    return NULL;
  source = _ber_sqlite_store_resolve_source (self, query, TRUE);
  parts = anchor_key (self, query, source, after_id, error);
  if (parts == NULL)
    return NULL;

  if (!keyset_branches (self, query, source, parts, limit, sql, NULL, NULL, error))
    {
      key_parts_free (parts);
      return NULL;
    }
  stmt = _ber_sqlite_store_prepare (self, sql->str, error);
  if (stmt != NULL)
    keyset_branches (self, query, source, parts, limit, NULL, stmt, &index, NULL);
  key_parts_free (parts);
  return stmt;
}

/* The back end of ber_store_select_after_within(). */
GPtrArray *
_ber_sqlite_store_select_after (BerStore        *store,
                                const BerQuery  *query,
                                gint64           after_id,
                                guint            limit,
                                GError         **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(sqlite3_stmt) stmt = prepare_after (self, "", query, after_id, limit, error);

  if (stmt == NULL || !_ber_sqlite_store_step_ids (self, stmt, order, error))
    return NULL;
  return _ber_sqlite_store_rows_of_ids (self, query, order, error);
}

/**
 * ber_sqlite_store_explain_after:
 * @query: a query of a list
 * @after_id: a row of the list
 *
 * How SQLite runs the statement that reads the page after row @after_id
 * (ber_store_select_after()), as ber_sqlite_store_explain() tells it.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
char *
ber_sqlite_store_explain_after (BerStore        *store,
                                const BerQuery  *query,
                                gint64           after_id,
                                GError         **error)
{
  g_autoptr(GString) plan = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (BER_IS_SQLITE_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  stmt = prepare_after (BER_SQLITE_STORE (store), "EXPLAIN QUERY PLAN ", query, after_id,
                        100, error);
  if (stmt == NULL)
    return NULL;
  if (!_ber_sqlite_store_step_plan (BER_SQLITE_STORE (store), stmt, plan, error))
    return NULL;
  return g_string_free (g_steal_pointer (&plan), FALSE);
}
