/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"

G_BEGIN_DECLS

#define BER_TYPE_TEXT_AREA (ber_text_area_get_type ())

G_DECLARE_FINAL_TYPE (BerTextArea, ber_text_area, BER, TEXT_AREA, AdwBin)

/* Text of several lines, in a frame: "key" names a string property of the
 * record, "title" is its accessible name (the group above shows it). */

GtkWidget *ber_text_area_new      (const char  *title,
                                   const char  *key);
char      *ber_text_area_dup_text (BerTextArea *self);
void       ber_text_area_set_text (BerTextArea *self,
                                   const char  *text);

G_END_DECLS
