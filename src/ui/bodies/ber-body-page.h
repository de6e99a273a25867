/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record-page.h"

G_BEGIN_DECLS

#define BER_TYPE_BODY_PAGE (ber_body_page_get_type ())

G_DECLARE_FINAL_TYPE (BerBodyPage, ber_body_page, BER, BODY_PAGE, BerRecordPage)

GtkWidget  *ber_body_page_new                (void);
void        ber_body_page_set_body           (BerBodyPage *self,
                                              gint64       body_id);
gint64      ber_body_page_get_body_id        (BerBodyPage *self);
gboolean    ber_body_page_get_modified       (BerBodyPage *self);
gboolean    ber_body_page_save               (BerBodyPage *self);
const char *ber_body_page_get_error          (BerBodyPage *self);
GListModel *ber_body_page_get_points         (BerBodyPage *self);
GListModel *ber_body_page_get_rules          (BerBodyPage *self);
guint       ber_body_page_get_selected_point (BerBodyPage *self);
void        ber_body_page_select_point       (BerBodyPage *self,
                                              guint        position);

G_END_DECLS
