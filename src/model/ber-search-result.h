/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ber-store.h"

G_BEGIN_DECLS

/* What a record found by the search over everything is, in the order the
 * groups of results are shown. */
typedef enum
{
  BER_SEARCH_KIND_ITEM,
  BER_SEARCH_KIND_MEETING,
  BER_SEARCH_KIND_AGENDA_ENTRY,
  BER_SEARCH_KIND_DECISION,
  BER_SEARCH_KIND_NETWORK,
  BER_SEARCH_KIND_PERSON,
  BER_SEARCH_KIND_REPORT,
} BerSearchKind;

#define BER_TYPE_SEARCH_RESULT (ber_search_result_get_type ())

G_DECLARE_FINAL_TYPE (BerSearchResult, ber_search_result, BER, SEARCH_RESULT, GObject)

/*
 * One record found by BerSearch: its kind, its id, and its title and a
 * snippet of its text with BER_SEARCH_MATCH_START and BER_SEARCH_MATCH_END
 * around the words that matched. An agenda entry or a decision is opened
 * in its meeting (ber_search_result_get_meeting_id()).
 */

#define BER_SEARCH_MATCH_START BER_STORE_MATCH_START
#define BER_SEARCH_MATCH_END   BER_STORE_MATCH_END

BerSearchResult *ber_search_result_new_from_row   (GVariant        *row);
BerSearchKind    ber_search_result_get_kind       (BerSearchResult *self);
GType            ber_search_result_get_record_type (BerSearchResult *self);
gint64           ber_search_result_get_id         (BerSearchResult *self);
gint64           ber_search_result_get_meeting_id (BerSearchResult *self);
const char      *ber_search_result_get_title      (BerSearchResult *self);
const char      *ber_search_result_get_snippet    (BerSearchResult *self);
char            *ber_search_result_get_plain_title (BerSearchResult *self);

G_END_DECLS
