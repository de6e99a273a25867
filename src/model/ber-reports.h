/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-service.h"

G_BEGIN_DECLS

#define BER_TYPE_REPORTS (ber_reports_get_type ())

G_DECLARE_FINAL_TYPE (BerReports, ber_reports, BER, REPORTS, BerService)

/*
 * Returned reports and the forum events that make them owed.
 */

BerReports *ber_reports_new (BerStore *store);

G_END_DECLS
