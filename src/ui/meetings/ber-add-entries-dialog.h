/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

/* What waits for a body's agenda. */
typedef enum
{
  BER_ADD_ENTRIES_ITEMS,      /* items ready and routed to the body */
  BER_ADD_ENTRIES_REPORTS,    /* returned reports received */
  BER_ADD_ENTRIES_MINUTES,    /* other bodies' recorded minutes */
} BerAddEntriesKind;

#define BER_TYPE_ADD_ENTRIES_DIALOG (ber_add_entries_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerAddEntriesDialog, ber_add_entries_dialog, BER, ADD_ENTRIES_DIALOG,
                      BerFormDialog)

BerAddEntriesDialog *ber_add_entries_dialog_new (BerContext         *context,
                                                 gint64              meeting_id,
                                                 BerAddEntriesKind   kind,
                                                 GError            **error);

G_END_DECLS
