/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_BODY_DIALOG (ber_body_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerBodyDialog, ber_body_dialog, BER, BODY_DIALOG, BerFormDialog)

BerFormDialog *ber_body_dialog_new (BerContext *context);

G_END_DECLS
