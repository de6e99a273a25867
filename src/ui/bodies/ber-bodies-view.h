/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-body-page.h"
#include "ber-store.h"

G_BEGIN_DECLS

#define BER_TYPE_BODIES_VIEW (ber_bodies_view_get_type ())

G_DECLARE_FINAL_TYPE (BerBodiesView, ber_bodies_view, BER, BODIES_VIEW, AdwBin)

GtkWidget   *ber_bodies_view_new       (void);
BerStore    *ber_bodies_view_get_store (BerBodiesView *self);
void         ber_bodies_view_set_store (BerBodiesView *self,
                                        BerStore      *store);
GListModel  *ber_bodies_view_get_model (BerBodiesView *self);
GListModel  *ber_bodies_view_get_areas (BerBodiesView *self);
BerBodyPage *ber_bodies_view_get_page  (BerBodiesView *self);
void         ber_bodies_view_open_body (BerBodiesView *self,
                                        gint64         body_id);

G_END_DECLS
