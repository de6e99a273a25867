/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"

G_BEGIN_DECLS

#define BER_TYPE_TEXT_ROW (ber_text_row_get_type ())

G_DECLARE_FINAL_TYPE (BerTextRow, ber_text_row, BER, TEXT_ROW, AdwEntryRow)

/* A one-line text field: "key" names a string property of the record;
 * "required" refuses it empty. Spaces around the text are dropped. */

GtkWidget *ber_text_row_new (const char *title,
                             const char *key);

G_END_DECLS
