/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_REPORT (ber_report_get_type ())

G_DECLARE_FINAL_TYPE (BerReport, ber_report, BER, REPORT, BerRecord)

BerReport  *ber_report_new        (void);
const char *ber_report_get_status (BerReport *self);
const char *ber_report_get_due_on (BerReport *self);

G_END_DECLS
