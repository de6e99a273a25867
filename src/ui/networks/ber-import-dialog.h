/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-import.h"

G_BEGIN_DECLS

#define BER_TYPE_IMPORT_DIALOG (ber_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerImportDialog, ber_import_dialog, BER, IMPORT_DIALOG, AdwWindow)

BerImportDialog *ber_import_dialog_new        (GtkWindow     *parent,
                                               BerContext    *context,
                                               BerImportKind  kind,
                                               GFile         *file);
BerImport       *ber_import_dialog_get_import (BerImportDialog *self);
void             ber_import_choose_file       (GtkWindow     *parent,
                                               BerContext    *context,
                                               BerImportKind  kind);

G_END_DECLS
