/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_CLAUSE_DIALOG (ber_clause_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerClauseDialog, ber_clause_dialog, BER, CLAUSE_DIALOG, BerFormDialog)

/* The form of one att-clause of an item's proposal: it checks the clause,
 * which the item page keeps until the item is saved. */
BerFormDialog *ber_clause_dialog_new (BerContext *context,
                                      BerClause  *clause,
                                      gboolean    editing);

G_END_DECLS
