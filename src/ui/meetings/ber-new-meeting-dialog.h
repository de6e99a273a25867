/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_NEW_MEETING_DIALOG (ber_new_meeting_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerNewMeetingDialog, ber_new_meeting_dialog, BER, NEW_MEETING_DIALOG,
                      BerFormDialog)

BerNewMeetingDialog *ber_new_meeting_dialog_new (BerContext *context,
                                                 gint64      body_id);

G_END_DECLS
