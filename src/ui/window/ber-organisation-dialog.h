/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"
#include "ber-model.h"

G_BEGIN_DECLS

#define BER_TYPE_ORGANISATION_DIALOG (ber_organisation_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerOrganisationDialog, ber_organisation_dialog, BER, ORGANISATION_DIALOG,
                      BerFormDialog)

BerFormDialog *ber_organisation_dialog_new (BerContext      *context,
                                            BerOrganisation *organisation);

G_END_DECLS
