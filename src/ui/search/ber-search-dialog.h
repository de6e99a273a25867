/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-context.h"

G_BEGIN_DECLS

#define BER_TYPE_SEARCH_DIALOG (ber_search_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerSearchDialog, ber_search_dialog, BER, SEARCH_DIALOG, AdwWindow)

/*
 * The search over everything (Ctrl+K): a search entry and the records
 * found, grouped by kind, the matching words in bold. Return or a click
 * opens a record: the dialog emits ::open with the record to show (the
 * meeting of an agenda entry or a decision) and closes.
 */

BerSearchDialog *ber_search_dialog_new         (BerContext      *context);
GtkWidget       *ber_search_dialog_get_entry   (BerSearchDialog *self);
GtkListBox      *ber_search_dialog_get_results (BerSearchDialog *self);
char            *ber_search_dialog_markup      (const char      *marked);

G_END_DECLS
