/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_SUBJECT_AREA_DIALOG (ber_subject_area_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerSubjectAreaDialog, ber_subject_area_dialog, BER, SUBJECT_AREA_DIALOG, BerFormDialog)

/* Adds a subject area, which items are filed under and routed by. */
BerFormDialog *ber_subject_area_dialog_new (BerContext *context);

G_END_DECLS
