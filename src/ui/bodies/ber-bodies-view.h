/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-body-page.h"
#include "ber-register-view.h"

G_BEGIN_DECLS

#define BER_TYPE_BODIES_VIEW (ber_bodies_view_get_type ())

G_DECLARE_FINAL_TYPE (BerBodiesView, ber_bodies_view, BER, BODIES_VIEW, BerRegisterView)

GtkWidget   *ber_bodies_view_new       (void);
GListModel  *ber_bodies_view_get_model (BerBodiesView *self);
GListModel  *ber_bodies_view_get_areas (BerBodiesView *self);
BerBodyPage *ber_bodies_view_get_page  (BerBodiesView *self);
void         ber_bodies_view_open_body (BerBodiesView *self,
                                        gint64         body_id);

G_END_DECLS
