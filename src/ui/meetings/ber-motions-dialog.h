/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"
#include "ber-model.h"

G_BEGIN_DECLS

#define BER_TYPE_MOTIONS_DIALOG (ber_motions_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerMotionsDialog, ber_motions_dialog, BER, MOTIONS_DIALOG, BerFormDialog)

BerMotionsDialog *ber_motions_dialog_new (BerContext      *context,
                                          BerAgendaEntry  *entry,
                                          GError         **error);

G_END_DECLS
