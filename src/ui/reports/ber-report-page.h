/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record-page.h"

G_BEGIN_DECLS

#define BER_TYPE_REPORT_PAGE (ber_report_page_get_type ())

G_DECLARE_FINAL_TYPE (BerReportPage, ber_report_page, BER, REPORT_PAGE, BerRecordPage)

BerReportPage *ber_report_page_new            (void);
BerReport     *ber_report_page_get_report     (BerReportPage *self);
gboolean       ber_report_page_send_reminder  (BerReportPage *self);
gboolean       ber_report_page_add_to_agenda  (BerReportPage *self);

G_END_DECLS
