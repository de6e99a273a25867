/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_DECISION_DIALOG (ber_decision_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerDecisionDialog, ber_decision_dialog, BER, DECISION_DIALOG,
                      BerFormDialog)

BerDecisionDialog *ber_decision_dialog_new (BerContext      *context,
                                            BerAgendaEntry  *entry,
                                            GError         **error);

G_END_DECLS
