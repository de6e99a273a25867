/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_DOCUMENT_DIALOG (ber_document_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerDocumentDialog, ber_document_dialog, BER, DOCUMENT_DIALOG, BerFormDialog)

/* A supporting document of an item: a title and, when there is one, the
 * file. The item page keeps it until the item is saved. */
BerFormDialog *ber_document_dialog_new (BerContext  *context,
                                        BerDocument *document);

G_END_DECLS
