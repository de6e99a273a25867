/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_QUESTION_DIALOG (ber_question_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerQuestionDialog, ber_question_dialog, BER, QUESTION_DIALOG, BerFormDialog)

BerFormDialog *ber_question_dialog_new (BerContext           *context,
                                        gint64                network_id,
                                        BerInfluenceQuestion *question);

G_END_DECLS
