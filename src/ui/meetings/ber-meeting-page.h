/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-context.h"

G_BEGIN_DECLS

#define BER_TYPE_MEETING_PAGE (ber_meeting_page_get_type ())

G_DECLARE_FINAL_TYPE (BerMeetingPage, ber_meeting_page, BER, MEETING_PAGE, AdwBin)

GtkWidget  *ber_meeting_page_new            (void);
BerContext *ber_meeting_page_get_context    (BerMeetingPage *self);
void        ber_meeting_page_set_context    (BerMeetingPage *self,
                                             BerContext     *context);
void        ber_meeting_page_set_meeting    (BerMeetingPage *self,
                                             gint64          meeting_id);
gint64      ber_meeting_page_get_meeting_id (BerMeetingPage *self);
GListModel *ber_meeting_page_get_entries    (BerMeetingPage *self);
guint       ber_meeting_page_get_selected   (BerMeetingPage *self);
void        ber_meeting_page_select         (BerMeetingPage *self,
                                             guint           position);
void        ber_meeting_page_reload         (BerMeetingPage *self);

G_END_DECLS
