/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BER_TYPE_LIST_FILTER (ber_list_filter_get_type ())

G_DECLARE_FINAL_TYPE (BerListFilter, ber_list_filter, BER, LIST_FILTER, GObject)

/*
 * What a view asks of a list: a free-text search, an order, and criteria
 * by name. The names (and the orders) are the service's vocabulary, listed
 * in its header; the service turns them into a query. A view never names a
 * table or a column.
 *
 * Every change emits ::changed once, and the lists made from the filter
 * follow it.
 */

BerListFilter *ber_list_filter_new            (void);
const char    *ber_list_filter_get_search     (BerListFilter *self);
void           ber_list_filter_set_search     (BerListFilter *self,
                                               const char    *search);
const char    *ber_list_filter_get_order      (BerListFilter *self);
gboolean       ber_list_filter_get_descending (BerListFilter *self);
void           ber_list_filter_set_order      (BerListFilter *self,
                                               const char    *order,
                                               gboolean       descending);
void           ber_list_filter_set_text       (BerListFilter *self,
                                               const char    *name,
                                               const char    *value);
void           ber_list_filter_set_id         (BerListFilter *self,
                                               const char    *name,
                                               gint64         id);
void           ber_list_filter_set_flag       (BerListFilter *self,
                                               const char    *name,
                                               gboolean       on);
const char    *ber_list_filter_get_text       (BerListFilter *self,
                                               const char    *name);
gint64         ber_list_filter_get_id         (BerListFilter *self,
                                               const char    *name);
gboolean       ber_list_filter_get_flag       (BerListFilter *self,
                                               const char    *name);

G_END_DECLS
