/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ber-store.h"

G_BEGIN_DECLS

/*
 * Routing help: which body an item belongs to, from the routing rules the
 * users edit per body, and which meeting of that body can still decide it
 * before the reply-by date.
 */
gboolean  ber_routing_suggest          (BerStore     *store,
                                        const char   *item_type,
                                        gint64        subject_area_id,
                                        gint64       *body_id,
                                        char        **reason,
                                        GError      **error);
gboolean  ber_routing_latest_meeting   (BerStore     *store,
                                        gint64        body_id,
                                        const char   *reply_by,
                                        gint64       *meeting_id,
                                        char        **held_on,
                                        GError      **error);
char     *ber_routing_no_meeting_text  (BerStore     *store,
                                        gint64        body_id,
                                        const char   *reply_by);

G_END_DECLS
