/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"
#include "ber-record-list.h"

G_BEGIN_DECLS

/* What ber-record-list.c and ber-record-list-pages.c share. */

#define MAX_CACHED_PAGES 32

struct _BerRecordList
{
  GObject     parent_instance;

  BerStore   *store;
  GType       record_type;
  BerQuery   *query;       /* what is asked for */
  BerQuery   *shown;       /* what the count and the pages are of */
  BerQuery   *reversed;    /* shown, the other way round, for the last pages */
  const char *table;
  const char * const *depends;

  guint       n_items;
  GHashTable *pages;       /* page index → GPtrArray of BerRecord */
  GHashTable *alive;       /* id → GWeakRef to the record handed out for it */
  guint       n_fetches;
  guint       n_keyset_reads;

  gint64      changing_id;
  gint        changing_position;

  BerListFilter          *filter;
  BerRecordListQueryFunc  build;
  gpointer                build_data;

  gint64        sync_limit;
  gint64        page_limit;  /* how long the main thread may read a page */
  gboolean      slow_pages;  /* a page of this query took longer than that */
  GHashTable   *pending;     /* page index → BerPendingPage, read in the worker */
  guint         generation;  /* changes whenever the pages read so far are let go */
  guint64       n_requests;  /* orders the pending pages, the latest first */
  GCancellable *paging;      /* the worker's page read, while it runs */
  GCancellable *counting;   /* the worker's count, while it runs */
  gboolean      recount;    /* count again when it is done */
  BerStore     *reader;     /* the worker's connection, used in its thread only */
  GMutex        reader_lock;
};

typedef struct _BerPendingPage BerPendingPage;

void       _ber_record_list_report_error  (BerRecordList *self,
                                           const GError  *error);
void       _ber_record_list_pending_free  (BerPendingPage *pending);
gboolean   _ber_record_list_is_alive      (BerRecordList *self,
                                           GVariant      *row);
void       _ber_record_list_keep_alive    (BerRecordList *self,
                                           BerRecord     *record);
gpointer   _ber_record_list_get_record    (BerRecordList *self,
                                           guint          position);
GArray    *_ber_record_list_forget_pending (BerRecordList *self);
void       _ber_record_list_announce      (BerRecordList *self,
                                           GArray        *ranges,
                                           guint          widen);
void       _ber_record_list_weak_ref_free (GWeakRef      *ref);
GPtrArray *_ber_record_list_fetch_page    (BerRecordList *self,
                                           guint          page);
void       _ber_record_list_reread_pages  (BerRecordList *self);

G_END_DECLS
