/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_FEE_DIALOG (ber_fee_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerFeeDialog, ber_fee_dialog, BER, FEE_DIALOG, BerFormDialog)

BerFormDialog *ber_fee_dialog_new (BerContext *context,
                                   BerFee *fee);

G_END_DECLS
