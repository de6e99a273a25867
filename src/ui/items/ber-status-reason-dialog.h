/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_STATUS_REASON_DIALOG (ber_status_reason_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerStatusReasonDialog, ber_status_reason_dialog, BER, STATUS_REASON_DIALOG, BerFormDialog)

/* Why an item is declined or written off: the step is taken when the
 * reason is given. */
BerFormDialog *ber_status_reason_dialog_new (BerContext *context,
                                             gint64      item_id,
                                             const char *to_status);

G_END_DECLS
