/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_POINT_DIALOG (ber_point_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerPointDialog, ber_point_dialog, BER, POINT_DIALOG, BerFormDialog)

BerFormDialog *ber_point_dialog_new (BerContext             *context,
                                    BerAgendaTemplatePoint *point);

G_END_DECLS
