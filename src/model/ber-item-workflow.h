/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ber-store.h"

G_BEGIN_DECLS

/*
 * The status machine of an item: received → assessed → in-preparation →
 * ready → on-agenda → decided → dispatched; declined and written-off (with a
 * reason) from any open status; tabling returns an item from on-agenda to ready.
 */
const char * const *ber_item_workflow_next          (const char  *status);
gboolean            ber_item_workflow_can_move      (const char  *from_status,
                                                     const char  *to_status);
gboolean            ber_item_workflow_needs_reason  (const char  *to_status);
gboolean            ber_item_workflow_is_open       (const char  *status);
gboolean            ber_item_workflow_move          (BerStore    *store,
                                                     gint64       item_id,
                                                     const char  *to_status,
                                                     const char  *reason,
                                                     GError     **error);
gboolean            ber_item_workflow_register      (BerStore    *store,
                                                     gint64       item_id,
                                                     GError     **error);

G_END_DECLS
