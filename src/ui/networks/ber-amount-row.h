/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"

G_BEGIN_DECLS

#define BER_TYPE_AMOUNT_ROW (ber_amount_row_get_type ())

G_DECLARE_FINAL_TYPE (BerAmountRow, ber_amount_row, BER, AMOUNT_ROW, AdwEntryRow)

/*
 * An amount written the Swedish way ("12 000,50") or with a point
 * ("12000.50"): "key" names a double property of the record. Empty is 0,
 * unless "required"; "positive" refuses 0 when something is written (a rate
 * that is unknown is left empty).
 */

GtkWidget *ber_amount_row_new   (const char *title,
                                 const char *key);
gboolean   ber_amount_row_parse (const char *text,
                                 double     *value);

G_END_DECLS
