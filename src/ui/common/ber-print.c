/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ber-compat.h"
#include "ber-print.h"

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                BerPrintDocument  *doc)
{
  PangoContext *pango = gtk_print_context_create_pango_context (context);

  ber_print_document_paginate (doc, pango, gtk_print_context_get_width (context),
                               gtk_print_context_get_height (context));
  g_object_unref (pango);
  gtk_print_operation_set_n_pages (operation, MAX (1, (int) ber_print_document_get_n_pages (doc)));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              BerPrintDocument  *doc)
{
  ber_print_document_render_page (doc, gtk_print_context_get_cairo_context (context),
                                  (guint) page_nr);
}

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  BerAlert *dialog = ber_alert_new (_("Printing Failed"), error != NULL ? error->message : NULL);

  ber_alert_add_responses (dialog, "close", _("_Close"), NULL);
  ber_alert_present (dialog, GTK_WIDGET (parent));
}

static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GtkWindow               *parent)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  show_error (parent, error);
}

void
ber_print_document (GtkWindow        *parent,
                    BerPrintDocument *doc)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPaperSize) a4 = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationAction action = GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG;
  const char *export_path;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (doc));

  operation = gtk_print_operation_new ();
  setup = gtk_page_setup_new ();
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, ber_print_document_get_title (doc));

  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print),
                         g_object_ref (doc), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page),
                         g_object_ref (doc), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (operation, "done", G_CALLBACK (on_done), parent);

  /*
   * BEREDNING_PRINT_TO_FILE=/path/to/file.pdf is a hook for tests: the job is
   * printed to that PDF file, without the print dialog, through the same
   * ::begin-print and ::draw-page handlers as a real printer.
   */
  export_path = g_getenv ("BEREDNING_PRINT_TO_FILE");
  if (export_path != NULL && *export_path != '\0')
    {
      gtk_print_operation_set_export_filename (operation, export_path);
      action = GTK_PRINT_OPERATION_ACTION_EXPORT;
    }

  if (gtk_print_operation_run (operation, action, parent, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (parent, error);
}
