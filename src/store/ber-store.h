/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-query.h"

G_BEGIN_DECLS

#define BER_STORE_ERROR (ber_store_error_quark ())

typedef enum
{
  BER_STORE_ERROR_FAILED,
  BER_STORE_ERROR_NOT_FOUND,
  BER_STORE_ERROR_CONSTRAINT,
  BER_STORE_ERROR_BUSY,
  BER_STORE_ERROR_CORRUPT,
  BER_STORE_ERROR_TOO_NEW,
  BER_STORE_ERROR_NOT_REGISTER,
  BER_STORE_ERROR_IO,
  BER_STORE_ERROR_FULL,
  BER_STORE_ERROR_READ_ONLY,
  BER_STORE_ERROR_INVALID,
  BER_STORE_ERROR_EXISTS,
  BER_STORE_ERROR_CONFLICT,
} BerStoreError;

typedef enum
{
  BER_STORE_CHANGE_INSERT,
  BER_STORE_CHANGE_UPDATE,
  BER_STORE_CHANGE_DELETE,
  BER_STORE_CHANGE_RESET,
} BerStoreChange;


/* How long a write waits for another program's write to finish. */
#define BER_STORE_BUSY_TIMEOUT_MS 5000

/* Temporary files of registers and backups begin so; those left by an
 * interrupted program are cleared with ber_store_clear_leftovers(). */
#define BER_STORE_TEMP_PREFIX ".beredning-"

/* The schema version this program writes. */
#define BER_STORE_SCHEMA_VERSION 4
/* PRAGMA application_id of a register: "Bere". */
#define BER_STORE_APPLICATION_ID 0x42657265

#define BER_TYPE_STORE (ber_store_get_type ())

G_DECLARE_FINAL_TYPE (BerStore, ber_store, BER, STORE, GObject)

/* Fills a new register, inside the transaction that creates it. */
typedef gboolean (*BerStoreFillFunc) (BerStore  *store,
                                      gpointer   user_data,
                                      GError   **error);

/* Called before a register of an older schema is migrated, with the store
 * open on it; a backup is taken here. */
typedef gboolean (*BerStoreMigrationFunc) (BerStore  *store,
                                           int        from_version,
                                           gpointer   user_data,
                                           GError   **error);

GQuark      ber_store_error_quark        (void);
char       *ber_store_default_path       (void);
gboolean    ber_store_ensure_folder      (const char      *path,
                                          GError         **error);
gboolean    ber_store_create             (const char      *path,
                                          BerStoreFillFunc fill,
                                          gpointer         user_data,
                                          GError         **error);
BerStore   *ber_store_open               (const char      *path,
                                          GError         **error);
BerStore   *ber_store_open_full          (const char      *path,
                                          BerStoreMigrationFunc before_migration,
                                          gpointer         user_data,
                                          GError         **error);
const char *ber_store_get_path           (BerStore        *self);
int         ber_store_get_schema_version (BerStore        *self);
const char *ber_store_get_user           (BerStore        *self);
void        ber_store_set_user           (BerStore        *self,
                                          const char      *user);
const char *ber_store_get_today          (BerStore        *self);
void        ber_store_set_today          (BerStore        *self,
                                          const char      *iso_date);
gboolean    ber_store_has_column         (BerStore        *self,
                                          const char      *source,
                                          const char      *column);

GVariant   *ber_store_values             (const char      *first_key,
                                          ...) G_GNUC_NULL_TERMINATED;
GVariant   *ber_store_text_or_null       (const char      *text);
GVariant   *ber_store_id_or_null         (gint64           id);

/* Writes. Each is one transaction, or part of the batch around it. */
gint64      ber_store_insert             (BerStore        *self,
                                          const char      *table,
                                          GVariant        *values,
                                          GError         **error);
gboolean    ber_store_update             (BerStore        *self,
                                          const char      *table,
                                          gint64           id,
                                          GVariant        *values,
                                          GError         **error);
gboolean    ber_store_update_versioned   (BerStore        *self,
                                          const char      *table,
                                          gint64           id,
                                          gint64           expected_version,
                                          GVariant        *values,
                                          gint64          *new_version,
                                          GError         **error);
gboolean    ber_store_delete             (BerStore        *self,
                                          const char      *table,
                                          gint64           id,
                                          GError         **error);
gboolean    ber_store_set_link           (BerStore        *self,
                                          const char      *table,
                                          const char      *owner_column,
                                          gint64           owner_id,
                                          const char      *other_column,
                                          gint64           other_id,
                                          gboolean         linked,
                                          GError         **error);
gboolean    ber_store_begin              (BerStore        *self,
                                          GError         **error);
gboolean    ber_store_commit             (BerStore        *self,
                                          GError         **error);
void        ber_store_rollback           (BerStore        *self);

/* Reads. Rows are a{sv} dictionaries; a NULL column is absent. */
GVariant   *ber_store_get                (BerStore        *self,
                                          const char      *source,
                                          gint64           id,
                                          GError         **error);
gboolean    ber_store_count              (BerStore        *self,
                                          const BerQuery  *query,
                                          guint           *n_rows,
                                          GError         **error);
GPtrArray  *ber_store_select             (BerStore        *self,
                                          const BerQuery  *query,
                                          guint            offset,
                                          guint            limit,
                                          GError         **error);
gboolean    ber_store_position           (BerStore        *self,
                                          const BerQuery  *query,
                                          gint64           id,
                                          gint            *position,
                                          GError         **error);
GArray     *ber_store_get_links          (BerStore        *self,
                                          const char      *table,
                                          const char      *owner_column,
                                          gint64           owner_id,
                                          const char      *other_column,
                                          GError         **error);
GPtrArray  *ber_store_get_history        (BerStore        *self,
                                          const char      *table,
                                          gint64           row_id,
                                          guint            limit,
                                          GError         **error);
gboolean    ber_store_check_integrity    (BerStore        *self,
                                          GError         **error);
int         ber_store_make_temp          (const char      *dir,
                                          const char      *kind,
                                          char           **path,
                                          GError         **error);
guint       ber_store_clear_leftovers    (const char      *dir);
gboolean    ber_store_replace_file       (const char      *register_path,
                                          const char      *source_path,
                                          const char      *keep_path,
                                          GError         **error);
gboolean    ber_store_vacuum_into        (BerStore        *self,
                                          const char      *dest,
                                          GError         **error);

G_END_DECLS
