/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-context.h"

G_BEGIN_DECLS

#define BER_TYPE_OVERVIEW_VIEW (ber_overview_view_get_type ())

G_DECLARE_FINAL_TYPE (BerOverviewView, ber_overview_view, BER, OVERVIEW_VIEW, AdwBin)

GtkWidget      *ber_overview_view_new          (void);
void            ber_overview_view_refresh      (BerOverviewView *self);
gboolean        ber_overview_view_get_loading  (BerOverviewView *self);
BerOverviewDay *ber_overview_view_get_day      (BerOverviewView *self);
gboolean        ber_overview_view_focus_first  (BerOverviewView *self);

G_END_DECLS
