/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-search-result.h"

G_BEGIN_DECLS

#define BER_TYPE_SEARCH (ber_search_get_type ())

G_DECLARE_FINAL_TYPE (BerSearch, ber_search, BER, SEARCH, GObject)

/*
 * The search over everything in the register: items, meetings, agenda
 * entries, decisions, networks, persons and returned reports. A search runs
 * in a thread, on a connection of its own; ber_search_set_text() cancels
 * the search before it, so typing never waits for a search it has left
 * behind. The results are BerSearchResults grouped by kind, in the order
 * of BerSearchKind, the best match first within each.
 */

/* The most results of each kind. */
#define BER_SEARCH_LIMIT_PER_KIND 8

typedef struct _BerContext BerContext;

BerSearch    *ber_search_new           (BerContext           *context);
void          ber_search_find_async    (BerSearch            *self,
                                        const char           *text,
                                        guint                 limit_per_kind,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
GListModel   *ber_search_find_finish   (BerSearch            *self,
                                        GAsyncResult         *result,
                                        GError              **error);
void          ber_search_set_text      (BerSearch            *self,
                                        const char           *text);
const char   *ber_search_get_text      (BerSearch            *self);
GListModel   *ber_search_get_results   (BerSearch            *self);
gboolean      ber_search_get_searching (BerSearch            *self);
const GError *ber_search_get_error     (BerSearch            *self);

G_END_DECLS
