/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_MEMBERSHIP_DIALOG (ber_membership_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerMembershipDialog, ber_membership_dialog, BER, MEMBERSHIP_DIALOG,
                      BerFormDialog)

BerFormDialog *ber_membership_dialog_new (BerContext    *context,
                                          BerMembership *membership);

G_END_DECLS
