/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"

G_BEGIN_DECLS

#define BER_TYPE_RELEVANCE_ROW (ber_relevance_row_get_type ())

G_DECLARE_FINAL_TYPE (BerRelevanceRow, ber_relevance_row, BER, RELEVANCE_ROW, AdwComboRow)

/* Whether an item is relevant: not yet assessed (-1), relevant (1) or not
 * (0). "key" names the record's int property that holds it. */

GtkWidget *ber_relevance_row_new (const char *title,
                                  const char *key);

G_END_DECLS
