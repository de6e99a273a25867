/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_AREA_DIALOG (ber_area_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerAreaDialog, ber_area_dialog, BER, AREA_DIALOG, BerFormDialog)

BerFormDialog *ber_area_dialog_new (BerContext     *context,
                                   BerSubjectArea *area);

G_END_DECLS
