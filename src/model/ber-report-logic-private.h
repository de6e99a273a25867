/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-row.h"
#include "ber-store.h"

G_BEGIN_DECLS

/* What the rules of returned reports share (ber-report-logic.c). */

GPtrArray  *ber_report_select_all (BerStore    *store,
                                   BerQuery    *query,
                                   GError     **error);
char       *ber_report_words      (GVariant    *report);
char       *ber_report_join_words (GPtrArray   *words);

G_END_DECLS
