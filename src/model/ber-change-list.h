/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-change.h"

G_BEGIN_DECLS

#define BER_TYPE_CHANGE_LIST (ber_change_list_get_type ())

G_DECLARE_FINAL_TYPE (BerChangeList, ber_change_list, BER, CHANGE_LIST, GObject)

/* Changes read per page. */
#define BER_CHANGE_LIST_PAGE_SIZE 50

/*
 * A lazy list of changes (BerChange), newest first: the register's, or one
 * record's (BerChanges makes them). It never reads on the main thread: it
 * is empty until a worker has counted it, and hands out placeholders
 * (ber_change_get_loaded() %FALSE) for the changes of a page until the
 * worker has read it, then tells the view that those rows changed. Pages
 * next to a page read are read from its edge (keyset paging), the rest by
 * offset, from the nearer end. After each change the store announces, the
 * list counts again and tells the new changes at its top.
 */

void        ber_change_list_set_user     (BerChangeList *self,
                                          const char    *user);
const char *ber_change_list_get_user     (BerChangeList *self);
void        ber_change_list_set_period   (BerChangeList *self,
                                          const char    *from,
                                          const char    *to);
void        ber_change_list_reload       (BerChangeList *self);
gboolean    ber_change_list_get_loading  (BerChangeList *self);
BerChange  *ber_change_list_get_unrecorded (BerChangeList *self);

G_END_DECLS
