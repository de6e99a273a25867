/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-register-view.h"

G_BEGIN_DECLS

#define BER_TYPE_REPORTS_VIEW (ber_reports_view_get_type ())

G_DECLARE_FINAL_TYPE (BerReportsView, ber_reports_view, BER, REPORTS_VIEW, BerRegisterView)

GtkWidget  *ber_reports_view_new          (void);
guint       ber_reports_view_get_n_late   (BerReportsView *self);
void        ber_reports_view_show_report  (BerReportsView *self,
                                           gint64          report_id);
GListModel *ber_reports_view_get_model    (BerReportsView *self);

G_END_DECLS
