/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"

G_BEGIN_DECLS

#define BER_TYPE_NUMBER_ROW (ber_number_row_get_type ())

G_DECLARE_FINAL_TYPE (BerNumberRow, ber_number_row, BER, NUMBER_ROW, AdwActionRow)

/* A whole number between "lower" and "upper", with a spin button: "key"
 * names a numeric property of the record. */

GtkWidget *ber_number_row_new       (const char   *title,
                                     const char   *key,
                                     double        lower,
                                     double        upper);
double     ber_number_row_get_value (BerNumberRow *self);
void       ber_number_row_set_value (BerNumberRow *self,
                                     double        value);

G_END_DECLS
