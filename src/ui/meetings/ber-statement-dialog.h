/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_STATEMENT_DIALOG (ber_statement_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerStatementDialog, ber_statement_dialog, BER, STATEMENT_DIALOG,
                      BerFormDialog)

BerStatementDialog *ber_statement_dialog_new (BerContext *context,
                                              GListStore *statements,
                                              guint       position);

G_END_DECLS
