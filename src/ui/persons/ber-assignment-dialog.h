/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_ASSIGNMENT_DIALOG (ber_assignment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerAssignmentDialog, ber_assignment_dialog, BER, ASSIGNMENT_DIALOG,
                      BerFormDialog)

BerFormDialog *ber_assignment_dialog_new            (BerContext          *context,
                                                     BerAssignment       *assignment);
BerAssignment *ber_assignment_dialog_get_assignment (BerAssignmentDialog *self);
gboolean       ber_assignment_dialog_can_save       (BerAssignmentDialog *self);

G_END_DECLS
