/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_MINUTES_DIALOG (ber_minutes_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerMinutesDialog, ber_minutes_dialog, BER, MINUTES_DIALOG, BerFormDialog)

BerMinutesDialog *ber_minutes_dialog_new (BerContext  *context,
                                          BerMeeting  *meeting,
                                          GError     **error);

G_END_DECLS
