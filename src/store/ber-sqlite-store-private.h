/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * What the parts of the SQLite store share: the connection and its caches,
 * and the helpers that prepare statements, bind values and turn SQLite's
 * result codes into BerStoreError. Nothing outside src/store includes this.
 */

#include <sqlite3.h>
#include <sys/types.h>

#include "ber-store.h"

G_BEGIN_DECLS

struct _BerSqliteStore
{
  BerStore    parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* sql → sqlite3_stmt */
  GHashTable *columns;      /* source → GPtrArray of column names */
  GHashTable *tables;       /* writable table names */
  GHashTable *batch_tables; /* tables written during the open batch */
  guint       batch_depth;
  guint       bulk_depth;   /* the batch depth a bulk write began at, or 0 */
  gboolean    batch_failed; /* a write of the bulk write failed */
  gint64      cache_size;   /* the page cache's size outside bulk writes */
  guint       savepoint_serial;
  dev_t       file_device;  /* the register file opened, to notice it being replaced */
  ino_t       file_inode;
  gint64        read_deadline;    /* limit_reads(): monotonic time, or 0 */
  GCancellable *read_cancellable;
  int           read_stopped;     /* why the last limited read stopped: 0, ETIMEDOUT, ECANCELED */
  gboolean      holds_file;       /* _ber_sqlite_store_hold_file() holds the register */
  dev_t         held_device;
  ino_t         held_inode;
};

static inline void
stmt_release (sqlite3_stmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, stmt_release)

sqlite3_stmt *_ber_sqlite_store_prepare               (BerSqliteStore       *self,
                                                const char     *sql,
                                                GError        **error);
gboolean      _ber_sqlite_store_exec                  (BerSqliteStore       *self,
                                                const char     *sql,
                                                GError        **error);
gboolean      _ber_sqlite_store_set_error             (BerSqliteStore       *self,
                                                GError        **error,
                                                int             rc);
gboolean      _ber_sqlite_store_set_error_code        (GError        **error,
                                                int             rc,
                                                const char     *detail);
gboolean      _ber_sqlite_store_bind_variant          (sqlite3_stmt   *stmt,
                                                int             index,
                                                GVariant       *value);
GVariant     *_ber_sqlite_store_row_to_variant        (sqlite3_stmt   *stmt);
gboolean      _ber_sqlite_store_check_source          (BerSqliteStore       *self,
                                                const char     *source,
                                                GError        **error);
gboolean      _ber_sqlite_store_check_column          (BerSqliteStore       *self,
                                                const char     *source,
                                                const char     *column,
                                                GError        **error);
gboolean      _ber_sqlite_store_check_writable_table  (BerSqliteStore       *self,
                                                const char     *table,
                                                GError        **error);
gboolean      _ber_sqlite_store_load_tables           (BerSqliteStore       *self,
                                                GError        **error);
gboolean      _ber_sqlite_store_sync_path             (const char     *path,
                                                gboolean        directory,
                                                GError        **error);
gboolean      _ber_sqlite_store_query_int             (BerSqliteStore       *self,
                                                const char     *sql,
                                                gint64         *value,
                                                GError        **error);
void          _ber_sqlite_store_remember_file_identity (BerSqliteStore      *self);
void          _ber_sqlite_store_hold_file             (BerSqliteStore       *self);
void          _ber_sqlite_store_release_file          (BerSqliteStore       *self);
void          _ber_sqlite_store_emit_changed          (BerSqliteStore       *self,
                                                const char     *table,
                                                gint64          id,
                                                BerStoreChange  change);

/* The query compiler (ber-sqlite-store-query.c), for the statements made
 * elsewhere of a list's query: its criteria, order and source. */
gboolean      _ber_sqlite_store_append_where          (BerSqliteStore       *self,
                                                const BerQuery *query,
                                                const char     *source,
                                                GString        *sql,
                                                GError        **error);
void          _ber_sqlite_store_bind_where            (BerSqliteStore       *self,
                                                const BerQuery *query,
                                                const char     *source,
                                                sqlite3_stmt   *stmt,
                                                int            *index);
gboolean      _ber_sqlite_store_append_order          (BerSqliteStore       *self,
                                                const BerQuery *query,
                                                const char     *source,
                                                GString        *sql,
                                                GError        **error);
gboolean      _ber_sqlite_store_id_descending         (const BerQuery *query);
const char   *_ber_sqlite_store_resolve_source        (BerSqliteStore       *self,
                                                const BerQuery *query,
                                                gboolean        with_orders);
gboolean      _ber_sqlite_store_step_ids              (BerSqliteStore       *self,
                                                sqlite3_stmt   *stmt,
                                                GArray         *order,
                                                GError        **error);
GPtrArray    *_ber_sqlite_store_rows_of_ids           (BerSqliteStore       *self,
                                                const BerQuery *query,
                                                GArray         *order,
                                                GError        **error);
gboolean      _ber_sqlite_store_step_plan             (BerSqliteStore       *self,
                                                sqlite3_stmt   *stmt,
                                                GString        *plan,
                                                GError        **error);

/* The store's interface, in the files of the back end. */
GVariant *_ber_sqlite_store_get (BerStore *store, const char *source, gint64 id, GError **error);
gboolean _ber_sqlite_store_count (BerStore *store, const BerQuery *query, guint *n_rows, GError **error);
GPtrArray *_ber_sqlite_store_select (BerStore *store, const BerQuery *query, guint offset, guint limit, GError **error);
GPtrArray *_ber_sqlite_store_select_after (BerStore *store, const BerQuery *query, gint64 after_id, guint limit, GError **error);
gboolean _ber_sqlite_store_foreach (BerStore *store, const BerQuery *query, BerStoreRowFunc func, gpointer user_data, GError **error);
gboolean _ber_sqlite_store_position (BerStore *store, const BerQuery *query, gint64 id, gint *position, GError **error);
GArray *_ber_sqlite_store_get_links (BerStore *store, const char *table, const char *owner_column, gint64 owner_id, const char *other_column, GError **error);
GPtrArray *_ber_sqlite_store_get_history (BerStore *store, const char *table, gint64 row_id, guint limit, GError **error);
gboolean _ber_sqlite_store_check_integrity (BerStore *store, GError **error);
GPtrArray *_ber_sqlite_store_search_all (BerStore *store, const char *text, guint limit_per_kind, GCancellable *cancellable, GError **error);
gboolean _ber_sqlite_store_count_history (BerStore *store, const BerHistoryQuery *query, guint *n_rows, GError **error);
GPtrArray *_ber_sqlite_store_select_history (BerStore *store, const BerHistoryQuery *query, gint64 after_id, gboolean oldest_first, guint offset, guint limit, GError **error);
GVariant *_ber_sqlite_store_get_history_values (BerStore *store, const char *table, gint64 row_id, gint64 after_id, gint64 before_id, gint64 *version, gboolean *from_insert, GError **error);
GStrv _ber_sqlite_store_list_history_users (BerStore *store, GError **error);
GPtrArray *_ber_sqlite_store_find_history (BerStore *store, const char *table, const char *key, GVariant *value, GError **error);
gboolean _ber_sqlite_store_scrub_history (BerStore *store, const char *table, gint64 row_id, const char *key, GVariant *value, GVariant *replacement, GArray *except, GError **error);
gboolean _ber_sqlite_store_forget_history (BerStore *store, const char *table, gint64 row_id, GError **error);
gboolean _ber_sqlite_store_wipe_free_space (BerStore *store, GError **error);
gboolean _ber_sqlite_store_begin (BerStore *store, GError **error);
gboolean _ber_sqlite_store_begin_bulk (BerStore *store, GError **error);
gboolean _ber_sqlite_store_commit (BerStore *store, GError **error);
void _ber_sqlite_store_rollback (BerStore *store);
gint64 _ber_sqlite_store_insert (BerStore *store, const char *table, GVariant *values, GError **error);
gboolean _ber_sqlite_store_update (BerStore *store, const char *table, gint64 id, gint64 expected_version, GVariant *values, gint64 *new_version, GError **error);
gboolean _ber_sqlite_store_delete (BerStore *store, const char *table, gint64 id, GError **error);
GPtrArray *_ber_sqlite_store_find_references (BerStore *store, const char *table, gint64 id, GError **error);
gboolean _ber_sqlite_store_set_link (BerStore *store, const char *table, const char *owner_column, gint64 owner_id, const char *other_column, gint64 other_id, gboolean linked, GError **error);

/* The schema (ber-sqlite-store-schema.c) */
typedef struct
{
  GHashTable *objects; /* name → SchemaObject */
  GHashTable *columns; /* table name → GStrv */
} Schema;

void     _ber_sqlite_store_schema_free   (Schema          *schema);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Schema, _ber_sqlite_store_schema_free)
Schema  *_ber_sqlite_store_read_schema   (sqlite3         *db,
                                          GError         **error);
gboolean _ber_sqlite_store_check_tables  (const char      *path,
                                          Schema          *actual,
                                          GError         **error);
gboolean _ber_sqlite_store_run_migration (sqlite3         *db,
                                          gint64           version,
                                          GError         **error);
gboolean _ber_sqlite_store_repair_schema (BerSqliteStore  *self,
                                          GError         **error);
gboolean _ber_sqlite_store_run_migration_sql (sqlite3     *db,
                                              gint64       version,
                                              const char  *sql,
                                              GError     **error);
GBytes  *_ber_sqlite_store_serialize_schema   (Schema      *schema);
Schema  *_ber_sqlite_store_deserialize_schema (GBytes      *bytes);
Schema  *_ber_sqlite_store_build_schema       (GError     **error);
Schema  *_ber_sqlite_store_get_expected_schema (void);
gboolean _ber_sqlite_store_schema_equal       (Schema      *a,
                                               Schema      *b);

G_END_DECLS
