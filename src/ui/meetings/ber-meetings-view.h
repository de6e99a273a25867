/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-register-view.h"

G_BEGIN_DECLS

#define BER_TYPE_MEETINGS_VIEW (ber_meetings_view_get_type ())

G_DECLARE_FINAL_TYPE (BerMeetingsView, ber_meetings_view, BER, MEETINGS_VIEW, BerRegisterView)

GtkWidget  *ber_meetings_view_new          (void);
GListModel *ber_meetings_view_get_model    (BerMeetingsView *self);
void        ber_meetings_view_set_past     (BerMeetingsView *self,
                                            gboolean         past);
void        ber_meetings_view_open_meeting (BerMeetingsView *self,
                                            gint64           meeting_id);

G_END_DECLS
