/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_ENTRY_DIALOG (ber_entry_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerEntryDialog, ber_entry_dialog, BER, ENTRY_DIALOG, BerFormDialog)

BerEntryDialog *ber_entry_dialog_new (BerContext     *context,
                                      BerAgendaEntry *entry);

G_END_DECLS
