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


/* Around the words a global search matched, in its rows' "title" and
 * "snippet" (private use characters U+E000 and U+E001). */
#define BER_STORE_MATCH_START "\xee\x80\x80"
#define BER_STORE_MATCH_END   "\xee\x80\x81"

/* The schema version this program writes. */
#define BER_STORE_SCHEMA_VERSION 16

#define BER_TYPE_STORE (ber_store_get_type ())

G_DECLARE_DERIVABLE_TYPE (BerStore, ber_store, BER, STORE, GObject)

/*
 * The register as the model sees it: transactions, writes that keep a
 * version and a history, queries described by a BerQuery, and change
 * notifications (::row-changing, ::row-changed). This is what a back end
 * implements: BerSqliteStore (ber-sqlite-store.h) keeps the register in an
 * SQLite file; a database server that several officials share would be a
 * second one beside it. Values travel as a{sv} dictionaries of columns.
 */
/*
 * What a list of the register's change history shows (ber_store_count_history(),
 * ber_store_select_history()). Every field may be left unset.
 */
typedef struct
{
  const char         *changed_by; /* only the changes of this user */
  const char         *since;      /* changed_at >= since, "YYYY-MM-DDTHH:MM:SSZ" (UTC) */
  const char         *before;     /* changed_at < before, as @since */
  const char * const *tables;     /* with @row_id: the history of one record, its rows */
  gint64              row_id;     /*   of these tables (the record's own and its links) */
  const char * const *keys;       /* for each of @tables, NULL or a column: only the entries
                                   * that wrote it (a link the record owns names the other
                                   * record so; the same row id may be the other side's) */
} BerHistoryQuery;

/* Handed each row of ber_store_foreach() in turn; returns %FALSE to stop. */
typedef gboolean (*BerStoreRowFunc) (GVariant *row,
                                     gpointer  user_data);

struct _BerStoreClass
{
  GObjectClass parent_class;

  const char *(*get_location)       (BerStore        *self);
  BerStore   *(*open_another)       (BerStore        *self,
                                     GError         **error);
  int         (*get_schema_version) (BerStore        *self);
  gboolean    (*has_column)         (BerStore        *self,
                                     const char      *source,
                                     const char      *column);
  gboolean    (*begin)              (BerStore        *self,
                                     GError         **error);
  gboolean    (*begin_bulk)         (BerStore        *self,
                                     GError         **error);
  gboolean    (*commit)             (BerStore        *self,
                                     GError         **error);
  void        (*rollback)           (BerStore        *self);
  gint64      (*insert)             (BerStore        *self,
                                     const char      *table,
                                     GVariant        *values,
                                     GError         **error);
  gboolean    (*update)             (BerStore        *self,
                                     const char      *table,
                                     gint64           id,
                                     gint64           expected_version,
                                     GVariant        *values,
                                     gint64          *new_version,
                                     GError         **error);
  gboolean    (*delete)             (BerStore        *self,
                                     const char      *table,
                                     gint64           id,
                                     GError         **error);
  gboolean    (*set_link)           (BerStore        *self,
                                     const char      *table,
                                     const char      *owner_column,
                                     gint64           owner_id,
                                     const char      *other_column,
                                     gint64           other_id,
                                     gboolean         linked,
                                     GError         **error);
  GVariant   *(*get)                (BerStore        *self,
                                     const char      *source,
                                     gint64           id,
                                     GError         **error);
  gboolean    (*count)              (BerStore        *self,
                                     const BerQuery  *query,
                                     guint           *n_rows,
                                     GError         **error);
  GPtrArray  *(*select)             (BerStore        *self,
                                     const BerQuery  *query,
                                     guint            offset,
                                     guint            limit,
                                     GError         **error);
  GPtrArray  *(*select_after)       (BerStore        *self,
                                     const BerQuery  *query,
                                     gint64           after_id,
                                     guint            limit,
                                     GError         **error);
  gboolean    (*foreach)            (BerStore        *self,
                                     const BerQuery  *query,
                                     BerStoreRowFunc  func,
                                     gpointer         user_data,
                                     GError         **error);
  gboolean    (*position)           (BerStore        *self,
                                     const BerQuery  *query,
                                     gint64           id,
                                     gint            *position,
                                     GError         **error);
  GArray     *(*get_links)          (BerStore        *self,
                                     const char      *table,
                                     const char      *owner_column,
                                     gint64           owner_id,
                                     const char      *other_column,
                                     GError         **error);
  GPtrArray  *(*get_history)        (BerStore        *self,
                                     const char      *table,
                                     gint64           row_id,
                                     guint            limit,
                                     GError         **error);
  gboolean    (*check_integrity)    (BerStore        *self,
                                     GError         **error);
  void        (*limit_reads)        (BerStore        *self,
                                     gint64           deadline,
                                     GCancellable    *cancellable);
  GPtrArray  *(*search_all)         (BerStore        *self,
                                     const char      *text,
                                     guint            limit_per_kind,
                                     GCancellable    *cancellable,
                                     GError         **error);
  gboolean    (*count_history)      (BerStore              *self,
                                     const BerHistoryQuery *query,
                                     guint                 *n_rows,
                                     GError               **error);
  GPtrArray  *(*select_history)     (BerStore              *self,
                                     const BerHistoryQuery *query,
                                     gint64                 after_id,
                                     gboolean               oldest_first,
                                     guint                  offset,
                                     guint                  limit,
                                     GError               **error);
  GVariant   *(*get_history_values) (BerStore        *self,
                                     const char      *table,
                                     gint64           row_id,
                                     gint64           after_id,
                                     gint64           before_id,
                                     gint64          *version,
                                     gboolean        *from_insert,
                                     GError         **error);
  GStrv       (*list_history_users) (BerStore        *self,
                                     GError         **error);
  /* Personal data: see ber_store_find_history() and the ones after it. */
  GPtrArray  *(*find_history)       (BerStore        *self,
                                     const char      *table,
                                     const char      *key,
                                     GVariant        *value,
                                     GError         **error);
  gboolean    (*scrub_history)      (BerStore        *self,
                                     const char      *table,
                                     gint64           row_id,
                                     const char      *key,
                                     GVariant        *value,
                                     GVariant        *replacement,
                                     GArray          *except,
                                     GError         **error);
  gboolean    (*forget_history)     (BerStore        *self,
                                     const char      *table,
                                     gint64           row_id,
                                     GError         **error);
  gboolean    (*wipe_free_space)    (BerStore        *self,
                                     GError         **error);
  GPtrArray  *(*find_references)    (BerStore        *self,
                                     const char      *table,
                                     gint64           id,
                                     GError         **error);

  gpointer padding[3];
};

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
const char *ber_store_get_location       (BerStore        *self);
BerStore   *ber_store_open_another       (BerStore        *self,
                                          GError         **error);
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
GPtrArray  *ber_store_find_references    (BerStore        *self,
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
gboolean    ber_store_begin_bulk         (BerStore        *self,
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
gboolean    ber_store_foreach            (BerStore        *self,
                                          const BerQuery  *query,
                                          BerStoreRowFunc  func,
                                          gpointer         user_data,
                                          GError         **error);
gboolean    ber_store_position           (BerStore        *self,
                                          const BerQuery  *query,
                                          gint64           id,
                                          gint            *position,
                                          GError         **error);
GPtrArray  *ber_store_select_within      (BerStore        *self,
                                          const BerQuery  *query,
                                          guint            offset,
                                          guint            limit,
                                          gint64           deadline,
                                          GCancellable    *cancellable,
                                          GError         **error);
GPtrArray  *ber_store_select_after_within (BerStore      *self,
                                            const BerQuery *query,
                                            gint64         after_id,
                                            guint          limit,
                                            gint64         deadline,
                                            GCancellable  *cancellable,
                                            GError       **error);
gboolean    ber_store_count_within       (BerStore        *self,
                                          const BerQuery  *query,
                                          gint64           deadline,
                                          GCancellable    *cancellable,
                                          guint           *n_rows,
                                          GError         **error);
gboolean    ber_store_position_within    (BerStore        *self,
                                          const BerQuery  *query,
                                          gint64           id,
                                          gint64           deadline,
                                          GCancellable    *cancellable,
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
gboolean    ber_store_count_history      (BerStore              *self,
                                          const BerHistoryQuery *query,
                                          guint                 *n_rows,
                                          GError               **error);
GPtrArray  *ber_store_select_history     (BerStore              *self,
                                          const BerHistoryQuery *query,
                                          gint64                 after_id,
                                          gboolean               oldest_first,
                                          guint                  offset,
                                          guint                  limit,
                                          GError               **error);
GVariant   *ber_store_get_history_values (BerStore        *self,
                                          const char      *table,
                                          gint64           row_id,
                                          gint64           after_id,
                                          gint64           before_id,
                                          gint64          *version,
                                          gboolean        *from_insert,
                                          GError         **error);
GStrv       ber_store_list_history_users (BerStore        *self,
                                          GError         **error);
/* Personal data: finding, rewriting and wiping what a person's erasure
 * must reach (ber-sqlite-store-privacy.c). */
GPtrArray  *ber_store_find_history       (BerStore        *self,
                                          const char      *table,
                                          const char      *key,
                                          GVariant        *value,
                                          GError         **error);
gboolean    ber_store_scrub_history      (BerStore        *self,
                                          const char      *table,
                                          gint64           row_id,
                                          const char      *key,
                                          GVariant        *value,
                                          GVariant        *replacement,
                                          GArray          *except,
                                          GError         **error);
gboolean    ber_store_forget_history     (BerStore        *self,
                                          const char      *table,
                                          gint64           row_id,
                                          GError         **error);
gboolean    ber_store_wipe_free_space    (BerStore        *self,
                                          GError         **error);
gboolean    ber_store_check_integrity    (BerStore        *self,
                                          GError         **error);
GPtrArray  *ber_store_search_all         (BerStore        *self,
                                          const char      *text,
                                          guint            limit_per_kind,
                                          GCancellable    *cancellable,
                                          GError         **error);

/* For back ends: the change notifications. */
void        ber_store_emit_row_changing  (BerStore        *self,
                                          const char      *table,
                                          gint64           id,
                                          BerStoreChange   change);
void        ber_store_emit_row_changed   (BerStore        *self,
                                          const char      *table,
                                          gint64           id,
                                          BerStoreChange   change);

G_END_DECLS

/* The back end of this build: registers in SQLite files. */
#include "ber-sqlite-store.h"
