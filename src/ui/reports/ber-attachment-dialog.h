/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_ATTACHMENT_DIALOG (ber_attachment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerAttachmentDialog, ber_attachment_dialog, BER, ATTACHMENT_DIALOG,
                      BerFormDialog)

/*
 * Attaches a file to a returned report: the written report, minutes or the
 * presentations the person sent with it. The register notes where the file
 * is; the file stays where it is.
 */
BerFormDialog *ber_attachment_dialog_new (BerContext *context,
                                          gint64      report_id);

G_END_DECLS
