/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-register-view.h"

G_BEGIN_DECLS

#define BER_TYPE_FOLLOWUP_VIEW (ber_followup_view_get_type ())

G_DECLARE_FINAL_TYPE (BerFollowupView, ber_followup_view, BER, FOLLOWUP_VIEW, BerRegisterView)

GtkWidget *ber_followup_view_new         (void);
guint      ber_followup_view_get_n_shown (BerFollowupView *self);
void       ber_followup_view_set_late    (BerFollowupView *self,
                                          gboolean         late_only);

G_END_DECLS
