/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_ITEM_LINK (ber_item_link_get_type ())

G_DECLARE_FINAL_TYPE (BerItemLink, ber_item_link, BER, ITEM_LINK, BerRecord)

/*
 * One thing an item can be linked to (a network, an influence question, a
 * goal of Agenda 2030), with whether it is: its id is the other record's.
 * "linked" is what the page shows and changes; the link remembers what the
 * register had when it was read, so that a save writes only what changed.
 */
typedef enum
{
  BER_ITEM_LINK_NETWORK,
  BER_ITEM_LINK_INFLUENCE_QUESTION,
  BER_ITEM_LINK_GOAL,
} BerItemLinkKind;

BerItemLink    *ber_item_link_new         (BerItemLinkKind  kind,
                                           gint64           id,
                                           const char      *title,
                                           gboolean         linked);
BerItemLinkKind ber_item_link_get_kind    (BerItemLink     *self);
const char     *ber_item_link_get_title   (BerItemLink     *self);
gboolean        ber_item_link_get_linked  (BerItemLink     *self);
void            ber_item_link_set_linked  (BerItemLink     *self,
                                           gboolean         linked);
gboolean        ber_item_link_get_changed (BerItemLink     *self);
void            ber_item_link_mark_saved  (BerItemLink     *self);

G_END_DECLS
