/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-list-filter.h"
#include "ber-query.h"
#include "ber-store.h"

G_BEGIN_DECLS

#define BER_TYPE_RECORD_LIST (ber_record_list_get_type ())

G_DECLARE_FINAL_TYPE (BerRecordList, ber_record_list, BER, RECORD_LIST, GObject)

/* Rows fetched per query when an item outside the cache is asked for. */
#define BER_RECORD_LIST_PAGE_SIZE 100

/* Turns a view's filter into the query of a list (services write these). */
typedef BerQuery *(*BerRecordListQueryFunc) (BerListFilter *filter,
                                             gpointer       user_data);

BerRecordList *ber_record_list_new           (BerStore       *store,
                                              GType           record_type,
                                              BerQuery       *query);
BerRecordList *ber_record_list_new_filtered  (BerStore               *store,
                                              GType                   record_type,
                                              BerListFilter          *filter,
                                              BerRecordListQueryFunc  build,
                                              gpointer                user_data);
BerStore      *ber_record_list_get_store     (BerRecordList  *self);
BerQuery      *ber_record_list_get_query     (BerRecordList  *self);
void           ber_record_list_set_query     (BerRecordList  *self,
                                              BerQuery       *query);
void           ber_record_list_reload        (BerRecordList  *self);
gint           ber_record_list_find          (BerRecordList  *self,
                                              gint64          id);
void           ber_record_list_set_sync_limit (BerRecordList *self,
                                               GTimeSpan      limit);
void           ber_record_list_set_page_limit (BerRecordList *self,
                                               GTimeSpan      limit);
gboolean       ber_record_list_get_reading_pages (BerRecordList *self);
gboolean       ber_record_list_get_loading   (BerRecordList  *self);
guint          ber_record_list_get_n_fetches (BerRecordList  *self);
guint          ber_record_list_get_n_keyset_reads (BerRecordList *self);

G_END_DECLS
