/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include "ber-sqlite-store-private.h"

/*
 * Reading the change history (the table "history", which every write of the
 * store adds to; see record_history() in ber-sqlite-store-write.c): pages of
 * the register's recent changes by who and when, one record's changes, the
 * values a row had before a change, and who made changes. Every statement
 * reads by one of the history's indexes: history_time_idx (changed_at, id),
 * history_user_idx (changed_by, changed_at, id) or history_row_idx
 * (table_name, row_id, id); tests/test-plans.c checks their plans.
 */

#define COLUMNS "id, changed_at, changed_by, table_name, row_id, action, version, changes"

static gboolean
is_record_query (const BerHistoryQuery *query)
{
  return query->tables != NULL && query->tables[0] != NULL && query->row_id > 0;
}

/* The criteria of @query, and with @keyset the place after an entry; the
 * values are bound in the same order by bind_where(). */
static void
append_where (GString               *sql,
              const BerHistoryQuery *query,
              gboolean               keyset,
              gboolean               oldest_first)
{
  const char *glue = " WHERE ";

  if (query->changed_by != NULL)
    {
      g_string_append_printf (sql, "%schanged_by = ?", glue);
      glue = " AND ";
    }
  if (query->since != NULL)
    {
      g_string_append_printf (sql, "%schanged_at >= ?", glue);
      glue = " AND ";
    }
  if (query->before != NULL)
    {
      g_string_append_printf (sql, "%schanged_at < ?", glue);
      glue = " AND ";
    }
  if (is_record_query (query))
    {
      g_string_append_printf (sql, "%stable_name IN (", glue);
      for (guint i = 0; query->tables[i] != NULL; i++)
        g_string_append (sql, i > 0 ? ", ?" : "?");
      g_string_append (sql, ") AND row_id = ?");
      glue = " AND ";
      if (query->keys != NULL)
        {
          /* Read from the few entries of the record's rows, after the index. */
          g_string_append (sql, " AND (");
          for (guint i = 0; query->tables[i] != NULL; i++)
            g_string_append (sql, query->keys[i] == NULL
                                    ? (i > 0 ? " OR table_name = ?" : "table_name = ?")
                                    : (i > 0 ? " OR (table_name = ? AND json_type (changes, ?) "
                                               "IS NOT NULL)"
                                             : "(table_name = ? AND json_type (changes, ?) "
                                               "IS NOT NULL)"));
          g_string_append (sql, ")");
        }
    }
  if (keyset && is_record_query (query))
    g_string_append_printf (sql, "%sid %s ?", glue, oldest_first ? ">" : "<");
  else if (keyset)
    g_string_append_printf (sql, "%s(changed_at, id) %s (?, ?)", glue, oldest_first ? ">" : "<");
}

static void
bind_where (sqlite3_stmt          *stmt,
            const BerHistoryQuery *query,
            const char            *after_at,
            gint64                 after_id,
            int                   *index)
{
  if (query->changed_by != NULL)
    sqlite3_bind_text (stmt, (*index)++, query->changed_by, -1, SQLITE_TRANSIENT);
  if (query->since != NULL)
    sqlite3_bind_text (stmt, (*index)++, query->since, -1, SQLITE_TRANSIENT);
  if (query->before != NULL)
    sqlite3_bind_text (stmt, (*index)++, query->before, -1, SQLITE_TRANSIENT);
  if (is_record_query (query))
    {
      for (guint i = 0; query->tables[i] != NULL; i++)
        sqlite3_bind_text (stmt, (*index)++, query->tables[i], -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, (*index)++, query->row_id);
      for (guint i = 0; query->keys != NULL && query->tables[i] != NULL; i++)
        {
          sqlite3_bind_text (stmt, (*index)++, query->tables[i], -1, SQLITE_TRANSIENT);
          if (query->keys[i] != NULL)
            {
              g_autofree char *path = g_strdup_printf ("$.\"%s\"", query->keys[i]);

              sqlite3_bind_text (stmt, (*index)++, path, -1, SQLITE_TRANSIENT);
            }
        }
    }
  if (after_id > 0 && is_record_query (query))
    sqlite3_bind_int64 (stmt, (*index)++, after_id);
  else if (after_id > 0)
    {
      sqlite3_bind_text (stmt, (*index)++, after_at, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, (*index)++, after_id);
    }
}

/* The statement of a page: the register's changes in the order of their
 * time (the index on it holds that order), one record's in the order they
 * were written. */
static char *
page_sql (const BerHistoryQuery *query,
          gboolean               keyset,
          gboolean               oldest_first)
{
  GString *sql = g_string_new ("SELECT " COLUMNS " FROM history");
  const char *direction = oldest_first ? "" : " DESC";

  append_where (sql, query, keyset, oldest_first);
  if (is_record_query (query))
    g_string_append_printf (sql, " ORDER BY id%s", direction);
  else
    g_string_append_printf (sql, " ORDER BY changed_at%s, id%s", direction, direction);
  g_string_append (sql, " LIMIT ? OFFSET ?");
  return g_string_free (sql, FALSE);
}

static char *
count_sql (const BerHistoryQuery *query)
{
  GString *sql = g_string_new ("SELECT count(*) FROM history");

  append_where (sql, query, FALSE, FALSE);
  return g_string_free (sql, FALSE);
}

#define VALUES_SQL \
  "SELECT j.key, j.type, j.atom, max (h.id) FROM history AS h, json_each (h.changes) AS j " \
  "WHERE h.table_name = ?1 AND h.row_id = ?2 AND h.id > ?3 AND h.id < ?4 GROUP BY j.key"

#define VALUES_START_SQL \
  "SELECT (SELECT max (id) FROM history WHERE table_name = ?1 AND row_id = ?2 " \
  "                                     AND id > ?3 AND id < ?4 AND action = 'insert'), " \
  "       (SELECT version FROM history WHERE table_name = ?1 AND row_id = ?2 " \
  "                                    AND id > ?3 AND id < ?4 AND version IS NOT NULL " \
  "        ORDER BY id DESC LIMIT 1)"

#define USERS_FIRST_SQL "SELECT min (changed_by) FROM history"
#define USERS_SQL "SELECT min (changed_by) FROM history WHERE changed_by > ?"

/* A value of the history's JSON, by json_each()'s type and atom. */
static GVariant *
json_atom_to_variant (sqlite3_stmt *stmt,
                      int           type_col,
                      int           atom_col)
{
  const char *type = (const char *) sqlite3_column_text (stmt, type_col);

  if (g_strcmp0 (type, "true") == 0 || g_strcmp0 (type, "false") == 0)
    return g_variant_new_boolean (g_str_equal (type, "true"));
  if (g_strcmp0 (type, "integer") == 0)
    return g_variant_new_int64 (sqlite3_column_int64 (stmt, atom_col));
  if (g_strcmp0 (type, "real") == 0)
    return g_variant_new_double (sqlite3_column_double (stmt, atom_col));
  if (g_strcmp0 (type, "text") == 0)
    return g_variant_new_string ((const char *) sqlite3_column_text (stmt, atom_col));
  return g_variant_new ("()");
}

/* The columns of an entry's JSON object, as an a{sv}. */
static GVariant *
decode_changes (BerSqliteStore  *self,
                const char      *json,
                GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GVariantBuilder builder;
  int rc;

  stmt = _ber_sqlite_store_prepare (self, "SELECT key, type, atom FROM json_each (?)", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, json != NULL ? json : "{}", -1, SQLITE_TRANSIENT);
  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_variant_builder_add (&builder, "{sv}", (const char *) sqlite3_column_text (stmt, 0),
                           json_atom_to_variant (stmt, 1, 2));
  if (rc != SQLITE_DONE)
    {
      g_variant_builder_clear (&builder);
      _ber_sqlite_store_set_error (self, error, rc);
      return NULL;
    }
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

static GVariant *
entry_to_variant (sqlite3_stmt *stmt)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "id",
                         g_variant_new_int64 (sqlite3_column_int64 (stmt, 0)));
  g_variant_builder_add (&builder, "{sv}", "changed_at",
                         g_variant_new_string ((const char *) sqlite3_column_text (stmt, 1)));
  g_variant_builder_add (&builder, "{sv}", "changed_by",
                         g_variant_new_string ((const char *) sqlite3_column_text (stmt, 2)));
  g_variant_builder_add (&builder, "{sv}", "table_name",
                         g_variant_new_string ((const char *) sqlite3_column_text (stmt, 3)));
  g_variant_builder_add (&builder, "{sv}", "row_id",
                         g_variant_new_int64 (sqlite3_column_int64 (stmt, 4)));
  g_variant_builder_add (&builder, "{sv}", "action",
                         g_variant_new_string ((const char *) sqlite3_column_text (stmt, 5)));
  if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
    g_variant_builder_add (&builder, "{sv}", "version",
                           g_variant_new_int64 (sqlite3_column_int64 (stmt, 6)));
  /* The changes are decoded once the page is read: the JSON text for now. */
  g_variant_builder_add (&builder, "{sv}", "changes",
                         g_variant_new_string ((const char *) sqlite3_column_text (stmt, 7)));
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/* The entry with its changes as an a{sv} rather than JSON text. */
static GVariant *
with_decoded_changes (BerSqliteStore  *self,
                      GVariant        *entry,
                      GError         **error)
{
  g_autoptr(GVariant) changes = NULL;
  const char *json = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_variant_lookup (entry, "changes", "&s", &json);
  changes = decode_changes (self, json, error);
  if (changes == NULL)
    return NULL;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_iter_init (&iter, entry);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      if (g_str_equal (key, "changes"))
        g_variant_builder_add (&builder, "{sv}", key, changes);
      else
        g_variant_builder_add (&builder, "{sv}", key, value);
      g_variant_unref (value);
    }
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

gboolean
_ber_sqlite_store_count_history (BerStore               *store,
                                 const BerHistoryQuery  *query,
                                 guint                  *n_rows,
                                 GError                **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autofree char *sql = count_sql (query);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int index = 1;
  int rc;

  *n_rows = 0;
  stmt = _ber_sqlite_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  bind_where (stmt, query, NULL, 0, &index);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return _ber_sqlite_store_set_error (self, error, rc);
  *n_rows = (guint) MIN (sqlite3_column_int64 (stmt, 0), G_MAXUINT);
  return TRUE;
}

/* When entry @id was made, for the page after it; %NULL when it is not in
 * the history. */
static char *
changed_at_of (BerSqliteStore  *self,
               gint64           id,
               GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _ber_sqlite_store_prepare (self, "SELECT changed_at FROM history WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (rc == SQLITE_DONE)
    g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                 "No change %" G_GINT64_FORMAT " in the history", id);
  else
    _ber_sqlite_store_set_error (self, error, rc);
  return NULL;
}

GPtrArray *
_ber_sqlite_store_select_history (BerStore               *store,
                                  const BerHistoryQuery  *query,
                                  gint64                  after_id,
                                  gboolean                oldest_first,
                                  guint                   offset,
                                  guint                   limit,
                                  GError                **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(GPtrArray) raw = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autofree char *after_at = NULL;
  g_autofree char *sql = NULL;
  int index = 1;
  int rc;

  if (after_id > 0 && !is_record_query (query))
    {
      after_at = changed_at_of (self, after_id, error);
      if (after_at == NULL)
        return NULL;
    }

  sql = page_sql (query, after_id > 0, oldest_first);
  {
    g_autoptr(sqlite3_stmt) stmt = _ber_sqlite_store_prepare (self, sql, error);

    if (stmt == NULL)
      return NULL;
    bind_where (stmt, query, after_at, after_id, &index);
    sqlite3_bind_int64 (stmt, index++, limit);
    sqlite3_bind_int64 (stmt, index, offset);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_ptr_array_add (raw, entry_to_variant (stmt));
    if (rc != SQLITE_DONE)
      {
        _ber_sqlite_store_set_error (self, error, rc);
        return NULL;
      }
  }

  /* Decoded once the page's statement is done with. */
  for (guint i = 0; i < raw->len; i++)
    {
      GVariant *row = with_decoded_changes (self, g_ptr_array_index (raw, i), error);

      if (row == NULL)
        return NULL;
      g_ptr_array_add (rows, row);
    }
  return g_steal_pointer (&rows);
}

static void
bind_row_range (sqlite3_stmt *stmt,
                const char   *table,
                gint64        row_id,
                gint64        after_id,
                gint64        before_id)
{
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, row_id);
  sqlite3_bind_int64 (stmt, 3, after_id);
  sqlite3_bind_int64 (stmt, 4, before_id > 0 ? before_id : G_MAXINT64);
}

GVariant *
_ber_sqlite_store_get_history_values (BerStore    *store,
                                      const char  *table,
                                      gint64       row_id,
                                      gint64       after_id,
                                      gint64       before_id,
                                      gint64      *version,
                                      gboolean    *from_insert,
                                      GError     **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  GVariantBuilder builder;
  gint64 inserted = 0;
  int rc;

  /* Where the row's values begin (its last insert) and its version. */
  {
    g_autoptr(sqlite3_stmt) stmt = _ber_sqlite_store_prepare (self, VALUES_START_SQL, error);

    if (stmt == NULL)
      return NULL;
    bind_row_range (stmt, table, row_id, after_id, before_id);
    rc = sqlite3_step (stmt);
    if (rc != SQLITE_ROW)
      {
        _ber_sqlite_store_set_error (self, error, rc);
        return NULL;
      }
    inserted = sqlite3_column_int64 (stmt, 0);
    if (version != NULL)
      *version = sqlite3_column_int64 (stmt, 1);
    if (from_insert != NULL)
      *from_insert = inserted > 0;
  }

  /* Each column's latest value from there. */
  {
    g_autoptr(sqlite3_stmt) stmt = _ber_sqlite_store_prepare (self, VALUES_SQL, error);

    if (stmt == NULL)
      return NULL;
    bind_row_range (stmt, table, row_id, MAX (after_id, inserted - 1), before_id);
    g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      g_variant_builder_add (&builder, "{sv}", (const char *) sqlite3_column_text (stmt, 0),
                             json_atom_to_variant (stmt, 1, 2));
    if (rc != SQLITE_DONE)
      {
        g_variant_builder_clear (&builder);
        _ber_sqlite_store_set_error (self, error, rc);
        return NULL;
      }
  }
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/* Each name found from the one before it by the index on who changed
 * what: a step per name, however long the history. */
GStrv
_ber_sqlite_store_list_history_users (BerStore  *store,
                                      GError   **error)
{
  BerSqliteStore *self = BER_SQLITE_STORE (store);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *last = g_strdup ("");
  gboolean first = TRUE;

  for (guint n = 0; n < 10000; n++)
    {
      g_autoptr(sqlite3_stmt) stmt = _ber_sqlite_store_prepare (self,
                                                                first ? USERS_FIRST_SQL : USERS_SQL,
                                                                error);
      int rc;

      if (stmt == NULL)
        return NULL;
      if (!first)
        sqlite3_bind_text (stmt, 1, last, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW)
        {
          _ber_sqlite_store_set_error (self, error, rc);
          return NULL;
        }
      if (sqlite3_column_type (stmt, 0) == SQLITE_NULL)
        break;
      g_free (last);
      last = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      g_strv_builder_add (builder, last);
      first = FALSE;
    }
  return g_strv_builder_end (builder);
}

static gboolean
explain_into (BerSqliteStore         *self,
              const char             *sql,
              const BerHistoryQuery  *query,
              const char             *after_at,
              gint64                  after_id,
              gboolean                page,
              GString                *plan,
              GError                **error)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autoptr(sqlite3_stmt) stmt = _ber_sqlite_store_prepare (self, explain, error);
  int index = 1;

  if (stmt == NULL)
    return FALSE;
  if (query != NULL)
    bind_where (stmt, query, after_at, after_id, &index);
  if (page)
    {
      sqlite3_bind_int64 (stmt, index++, 50);
      sqlite3_bind_int64 (stmt, index, 0);
    }
  g_string_append_printf (plan, "-- %s\n", sql);
  return _ber_sqlite_store_step_plan (self, stmt, plan, error);
}

/**
 * ber_sqlite_store_explain_history:
 * @query: a list of the change history
 *
 * How SQLite runs the statements that read @query's list: the count, a
 * page both ways, the pages after an entry both ways (keyset paging), the
 * values of a row before an entry, and the step of the list of who made
 * changes. Each statement is a line beginning with "-- ", followed by the
 * lines of its EXPLAIN QUERY PLAN. For tests that every one reads an index.
 *
 * Returns: (transfer full): the plans, or %NULL with @error set
 */
char *
ber_sqlite_store_explain_history (BerStore               *store,
                                  const BerHistoryQuery  *query,
                                  GError                **error)
{
  BerSqliteStore *self;
  g_autoptr(GString) plan = g_string_new (NULL);
  g_autofree char *count = count_sql (query);
  const char *at = "2026-01-01T00:00:00Z";

  g_return_val_if_fail (BER_IS_SQLITE_STORE (store), NULL);
  self = BER_SQLITE_STORE (store);

  if (!explain_into (self, count, query, NULL, 0, FALSE, plan, error))
    return NULL;
  for (int keyset = 0; keyset <= 1; keyset++)
    for (int oldest_first = 0; oldest_first <= 1; oldest_first++)
      {
        g_autofree char *sql = page_sql (query, keyset, oldest_first);

        if (!explain_into (self, sql, query, at, keyset ? 1 : 0, TRUE, plan, error))
          return NULL;
      }

  {
    g_autoptr(sqlite3_stmt) start = NULL;
    g_autoptr(sqlite3_stmt) values = NULL;
    g_autofree char *explain_start = g_strconcat ("EXPLAIN QUERY PLAN ", VALUES_START_SQL, NULL);
    g_autofree char *explain_values = g_strconcat ("EXPLAIN QUERY PLAN ", VALUES_SQL, NULL);

    start = _ber_sqlite_store_prepare (self, explain_start, error);
    if (start == NULL)
      return NULL;
    bind_row_range (start, "item", 1, 0, 100);
    g_string_append (plan, "-- " VALUES_START_SQL "\n");
    if (!_ber_sqlite_store_step_plan (self, start, plan, error))
      return NULL;
    values = _ber_sqlite_store_prepare (self, explain_values, error);
    if (values == NULL)
      return NULL;
    bind_row_range (values, "item", 1, 0, 100);
    g_string_append (plan, "-- " VALUES_SQL "\n");
    if (!_ber_sqlite_store_step_plan (self, values, plan, error))
      return NULL;
  }

  if (!explain_into (self, USERS_FIRST_SQL, NULL, NULL, 0, FALSE, plan, error)
      || !explain_into (self, USERS_SQL, NULL, NULL, 0, FALSE, plan, error))
    return NULL;
  return g_string_free (g_steal_pointer (&plan), FALSE);
}
