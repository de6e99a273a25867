/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-assignment.h"
#include "ber-store.h"

G_BEGIN_DECLS

#define BER_TYPE_ASSIGNMENT_DIALOG (ber_assignment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerAssignmentDialog, ber_assignment_dialog, BER, ASSIGNMENT_DIALOG, AdwWindow)

BerAssignmentDialog *ber_assignment_dialog_new            (GtkWindow           *parent,
                                                           BerStore            *store,
                                                           BerAssignment       *assignment,
                                                           gint64               person_id,
                                                           gint64               network_id);
BerAssignment       *ber_assignment_dialog_get_assignment (BerAssignmentDialog *self);
gboolean             ber_assignment_dialog_can_save       (BerAssignmentDialog *self);
gboolean             ber_assignment_dialog_save           (BerAssignmentDialog *self);

G_END_DECLS
