/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-store.h"

G_BEGIN_DECLS

#define BER_TYPE_MEETINGS_VIEW (ber_meetings_view_get_type ())

G_DECLARE_FINAL_TYPE (BerMeetingsView, ber_meetings_view, BER, MEETINGS_VIEW, AdwBin)

GtkWidget  *ber_meetings_view_new          (void);
BerStore   *ber_meetings_view_get_store    (BerMeetingsView *self);
void        ber_meetings_view_set_store    (BerMeetingsView *self,
                                            BerStore        *store);
GListModel *ber_meetings_view_get_model    (BerMeetingsView *self);
void        ber_meetings_view_set_past     (BerMeetingsView *self,
                                            gboolean         past);
void        ber_meetings_view_open_meeting (BerMeetingsView *self,
                                            gint64           meeting_id);

G_END_DECLS
