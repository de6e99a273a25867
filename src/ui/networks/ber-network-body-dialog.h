/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_NETWORK_BODY_DIALOG (ber_network_body_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerNetworkBodyDialog, ber_network_body_dialog, BER, NETWORK_BODY_DIALOG, BerFormDialog)

BerFormDialog *ber_network_body_dialog_new (BerContext *context,
                                            BerNetworkBody *body);

G_END_DECLS
