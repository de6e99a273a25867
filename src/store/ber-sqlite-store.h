/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-store.h"

G_BEGIN_DECLS

#define BER_TYPE_SQLITE_STORE (ber_sqlite_store_get_type ())

G_DECLARE_FINAL_TYPE (BerSqliteStore, ber_sqlite_store, BER, SQLITE_STORE, BerStore)

/*
 * The SQLite back end: a register is one SQLite file on this machine, in
 * WAL mode. Besides the store's interface it opens, checks, creates and
 * copies register files, which the backups use.
 */

/* How long a write waits for another program's write to finish. */
#define BER_STORE_BUSY_TIMEOUT_MS 5000

/* Temporary files of registers and backups begin so; those left by an
 * interrupted program are cleared with ber_store_clear_leftovers(). */
#define BER_STORE_TEMP_PREFIX ".beredning-"

/* PRAGMA application_id of a register: "Bere". */
#define BER_STORE_APPLICATION_ID 0x42657265

char       *ber_store_default_path       (void);
gboolean    ber_store_ensure_folder      (const char            *path,
                                          GError               **error);
gboolean    ber_store_create             (const char            *path,
                                          BerStoreFillFunc       fill,
                                          gpointer               user_data,
                                          GError               **error);
BerStore   *ber_store_open               (const char            *path,
                                          GError               **error);
BerStore   *ber_store_open_full          (const char            *path,
                                          BerStoreMigrationFunc  before_migration,
                                          gpointer               user_data,
                                          GError               **error);
const char *ber_store_get_path           (BerStore              *self);
int         ber_store_make_temp          (const char            *dir,
                                          const char            *kind,
                                          char                 **path,
                                          GError               **error);
guint       ber_store_clear_leftovers    (const char            *dir);
gboolean    ber_store_replace_file       (const char            *register_path,
                                          const char            *source_path,
                                          const char            *keep_path,
                                          GError               **error);
gboolean    ber_store_vacuum_into        (BerStore              *self,
                                          const char            *dest,
                                          GError               **error);
char       *ber_sqlite_store_explain     (BerStore              *self,
                                          const BerQuery        *query,
                                          gboolean               page,
                                          GError               **error);
char       *ber_sqlite_store_explain_after (BerStore            *self,
                                            const BerQuery      *query,
                                            gint64               after_id,
                                            GError             **error);
char       *ber_sqlite_store_explain_search (BerStore           *self,
                                             GError            **error);
char       *ber_sqlite_store_explain_history (BerStore              *self,
                                              const BerHistoryQuery *query,
                                              GError               **error);

G_END_DECLS
