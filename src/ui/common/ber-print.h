/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ber-print-document.h"

G_BEGIN_DECLS

/*
 * Prints @doc through GtkPrintOperation: the document is paginated for the
 * printer's page in ::begin-print and each page drawn in ::draw-page by
 * ber_print_document_render_page(), the same code that writes the PDF.
 * With BEREDNING_PRINT_TO_FILE set to a path (for tests), the job is printed
 * to that PDF file instead, without the dialog.
 */
void ber_print_document (GtkWindow        *parent,
                         BerPrintDocument *doc);

G_END_DECLS
