/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"

G_BEGIN_DECLS

#define BER_TYPE_CHOICE_ROW (ber_choice_row_get_type ())

G_DECLARE_FINAL_TYPE (BerChoiceRow, ber_choice_row, BER, CHOICE_ROW, AdwComboRow)

/* A choice among fixed values: "choices" names the list (see
 * ber_choices_lookup(): "network-kind", "activity"…), "key" the record's
 * string property that holds the value. */

GtkWidget  *ber_choice_row_new       (const char   *title,
                                      const char   *key,
                                      const char   *choices);
const char *ber_choice_row_get_value (BerChoiceRow *self);
void        ber_choice_row_set_value (BerChoiceRow *self,
                                      const char   *value);

G_END_DECLS
