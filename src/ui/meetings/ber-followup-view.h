/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-store.h"

G_BEGIN_DECLS

#define BER_TYPE_FOLLOWUP_VIEW (ber_followup_view_get_type ())

G_DECLARE_FINAL_TYPE (BerFollowupView, ber_followup_view, BER, FOLLOWUP_VIEW, AdwBin)

GtkWidget *ber_followup_view_new         (void);
BerStore  *ber_followup_view_get_store   (BerFollowupView *self);
void       ber_followup_view_set_store   (BerFollowupView *self,
                                          BerStore        *store);
void       ber_followup_view_reload      (BerFollowupView *self);
guint      ber_followup_view_get_n_shown (BerFollowupView *self);

G_END_DECLS
