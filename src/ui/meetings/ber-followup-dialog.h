/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_FOLLOWUP_DIALOG (ber_followup_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerFollowupDialog, ber_followup_dialog, BER, FOLLOWUP_DIALOG,
                      BerFormDialog)

BerFollowupDialog *ber_followup_dialog_new (BerContext *context,
                                            BerClause  *clause);

G_END_DECLS
