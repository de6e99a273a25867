/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-context.h"

G_BEGIN_DECLS

#define BER_TYPE_CHANGES_DIALOG (ber_changes_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerChangesDialog, ber_changes_dialog, BER, CHANGES_DIALOG, AdwWindow)

/*
 * The register's recent changes (Ctrl+H, main menu): newest first, by
 * everyone or one person, over all time or a period, each with its fields
 * before and after. A change opens its record's page in the window
 * ("win.open-record") and the dialog closes.
 */

BerChangesDialog *ber_changes_dialog_new       (BerContext       *context);
void              ber_changes_dialog_present   (GtkWindow        *parent,
                                                BerContext       *context);
GListModel       *ber_changes_dialog_get_changes (BerChangesDialog *self);
GtkWidget        *ber_changes_dialog_get_list_view (BerChangesDialog *self);
void              ber_changes_dialog_set_user  (BerChangesDialog *self,
                                                const char       *user);

G_END_DECLS
