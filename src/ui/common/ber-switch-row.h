/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"

G_BEGIN_DECLS

#define BER_TYPE_SWITCH_ROW (ber_switch_row_get_type ())

G_DECLARE_FINAL_TYPE (BerSwitchRow, ber_switch_row, BER, SWITCH_ROW, AdwActionRow)

/* Yes or no, with a switch: "key" names a boolean property of the record. */

GtkWidget *ber_switch_row_new (const char *title,
                               const char *key);

G_END_DECLS
