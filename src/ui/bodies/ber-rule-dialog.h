/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_RULE_DIALOG (ber_rule_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerRuleDialog, ber_rule_dialog, BER, RULE_DIALOG, BerFormDialog)

BerFormDialog *ber_rule_dialog_new (BerContext     *context,
                                   BerRoutingRule *rule);

G_END_DECLS
