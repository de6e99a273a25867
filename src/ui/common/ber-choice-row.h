/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"

G_BEGIN_DECLS

#define BER_TYPE_CHOICE_ROW (ber_choice_row_get_type ())

G_DECLARE_FINAL_TYPE (BerChoiceRow, ber_choice_row, BER, CHOICE_ROW, AdwComboRow)

/*
 * A choice among keywords, bound by "key" to a string property of the
 * record. The keywords are either a list of ber-labels.h ("choices":
 * "item-type"…), after an optional "none-label" that stands for no value
 * (NULL), or given as "values" beside a GtkStringList "model" of their
 * labels, in the same order.
 */

GtkWidget  *ber_choice_row_new       (const char   *title,
                                      const char   *key,
                                      const char   *choices);
const char *ber_choice_row_get_value (BerChoiceRow *self);
void        ber_choice_row_set_value (BerChoiceRow *self,
                                      const char   *value);

G_END_DECLS
