/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-change.h"

G_BEGIN_DECLS

#define BER_TYPE_CHANGE_ROW (ber_change_row_get_type ())

G_DECLARE_FINAL_TYPE (BerChangeRow, ber_change_row, BER, CHANGE_ROW, AdwBin)

/*
 * One change of the change history: what was done ("Changed"), to which
 * record when the row stands in the register's list, who did it and when,
 * then field by field its value before and after ("Received → Assessed").
 * Wraps at any width; its accessible name is the change in one sentence.
 */

GtkWidget *ber_change_row_new        (gboolean      show_record);
void       ber_change_row_set_change (BerChangeRow *self,
                                      BerChange    *change);
BerChange *ber_change_row_get_change (BerChangeRow *self);
char      *ber_change_row_value_text (const char   *old_value,
                                      const char   *new_value);

G_END_DECLS
