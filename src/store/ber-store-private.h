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

struct _BerStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *user;
  char       *today;
  char        today_buf[16];
  GHashTable *statements;   /* sql → sqlite3_stmt */
  GHashTable *columns;      /* source → GPtrArray of column names */
  GHashTable *tables;       /* writable table names */
  GHashTable *batch_tables; /* tables written during the open batch */
  guint       batch_depth;
  guint       savepoint_serial;
  dev_t       file_device;  /* the register file opened, to notice it being replaced */
  ino_t       file_inode;
};

static inline void
stmt_release (sqlite3_stmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, stmt_release)

sqlite3_stmt *_ber_store_prepare               (BerStore       *self,
                                                const char     *sql,
                                                GError        **error);
gboolean      _ber_store_exec                  (BerStore       *self,
                                                const char     *sql,
                                                GError        **error);
gboolean      _ber_store_set_error             (BerStore       *self,
                                                GError        **error,
                                                int             rc);
gboolean      _ber_store_set_error_code        (GError        **error,
                                                int             rc,
                                                const char     *detail);
gboolean      _ber_store_bind_variant          (sqlite3_stmt   *stmt,
                                                int             index,
                                                GVariant       *value);
GVariant     *_ber_store_row_to_variant        (sqlite3_stmt   *stmt);
gboolean      _ber_store_check_source          (BerStore       *self,
                                                const char     *source,
                                                GError        **error);
gboolean      _ber_store_check_column          (BerStore       *self,
                                                const char     *source,
                                                const char     *column,
                                                GError        **error);
gboolean      _ber_store_check_writable_table  (BerStore       *self,
                                                const char     *table,
                                                GError        **error);
gboolean      _ber_store_load_tables           (BerStore       *self,
                                                GError        **error);
gboolean      _ber_store_sync_path             (const char     *path,
                                                gboolean        directory,
                                                GError        **error);
gboolean      _ber_store_query_int             (BerStore       *self,
                                                const char     *sql,
                                                gint64         *value,
                                                GError        **error);
void          _ber_store_remember_file_identity (BerStore      *self);
void          _ber_store_emit_changed          (BerStore       *self,
                                                const char     *table,
                                                gint64          id,
                                                BerStoreChange  change);

G_END_DECLS
