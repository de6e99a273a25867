/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_REVIEW_DIALOG (ber_review_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerReviewDialog, ber_review_dialog, BER, REVIEW_DIALOG, BerFormDialog)

BerFormDialog *ber_review_dialog_new (BerContext *context,
                                      BerNetwork *network);

G_END_DECLS
