/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BER_TYPE_DATE_ROW (ber_date_row_get_type ())

G_DECLARE_FINAL_TYPE (BerDateRow, ber_date_row, BER, DATE_ROW, AdwEntryRow)

GtkWidget  *ber_date_row_new       (void);
const char *ber_date_row_get_date  (BerDateRow *self);
void        ber_date_row_set_date  (BerDateRow *self,
                                    const char *iso_date);
gboolean    ber_date_row_is_valid  (BerDateRow *self);

G_END_DECLS
