/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What applying an import does with one line of the file. */
typedef enum
{
  BER_IMPORT_ACTION_INSERT,
  BER_IMPORT_ACTION_UPDATE,
  BER_IMPORT_ACTION_UNCHANGED,
  BER_IMPORT_ACTION_ERROR,
} BerImportAction;

#define BER_TYPE_IMPORT_ACTION (ber_import_action_get_type ())
#define BER_TYPE_IMPORT_ROW (ber_import_row_get_type ())

GType ber_import_action_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (BerImportRow, ber_import_row, BER, IMPORT_ROW, GObject)

guint            ber_import_row_get_line         (BerImportRow *self);
BerImportAction  ber_import_row_get_action       (BerImportRow *self);
const char      *ber_import_row_get_title        (BerImportRow *self);
const char      *ber_import_row_get_message      (BerImportRow *self);
GVariant        *ber_import_row_get_values       (BerImportRow *self);
gint64           ber_import_row_get_id           (BerImportRow *self);
const char      *ber_import_row_get_icon_name    (BerImportRow *self);
const char      *ber_import_row_get_action_label (BerImportRow *self);
char            *ber_import_row_dup_line_label   (BerImportRow *self);

G_END_DECLS
