/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-yearly-report-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "ber-compat.h"
#include "ber-export.h"
#include "ber-form-dialog.h"
#include "ber-number-row.h"
#include "ber-record-row.h"
#include "ber-ui-util.h"
#include "ber-yearly-report-dialog.h"
#include "ber-yearly-report-export.h"

/*
 * The yearly report from the main menu: a small form for the year (last
 * year unless changed), the body (all, or one) and the format (PDF or ODT),
 * then where to save it. The export runs off the main thread; the toast
 * that says it is saved offers to open it.
 */

typedef struct
{
  GtkWindow    *parent;    /* weak */
  BerContext   *context;
  GtkWidget    *year_row;
  GtkWidget    *body_row;
  GtkWidget    *format_row;
  int           year;
  gint64        body_id;
  gboolean      odt;
} Form;

typedef struct
{
  GtkWindow *parent;
  char      *path;
} Outcome;

static void
form_free (gpointer data)
{
  Form *form = data;

  g_clear_weak_pointer (&form->parent);
  g_clear_object (&form->context);
  g_free (form);
}

static GtkWidget *
find_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_overlay (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
open_clicked (AdwToast *toast,
              Outcome  *outcome)
{
  g_autoptr(GFile) file = g_file_new_for_path (outcome->path);
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (outcome->parent, uri, GDK_CURRENT_TIME);
}

static void
outcome_free (gpointer  data,
              GClosure *closure)
{
  Outcome *outcome = data;

  g_clear_weak_pointer (&outcome->parent);
  g_free (outcome->path);
  g_free (outcome);
}

static void
export_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Outcome *outcome = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (outcome->path);
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  GtkWidget *overlay;
  AdwToast *toast;

  if (outcome->parent == NULL)
    {
      outcome_free (outcome, NULL);
      return;
    }
  if (!ber_export_job_run_finish (BER_CONTEXT (object), result, &error))
    {
      if (error->domain == G_FILE_ERROR)
        message = g_strdup_printf (_("%s. Choose another folder and try again."), error->message);
      else
        message = g_strdup (error->message);
      ber_ui_toast (GTK_WIDGET (outcome->parent), message);
      outcome_free (outcome, NULL);
      return;
    }

  message = g_strdup_printf (_("Saved “%s”"), name);
  overlay = find_overlay (GTK_WIDGET (outcome->parent));
  if (overlay == NULL)
    {
      ber_ui_toast (GTK_WIDGET (outcome->parent), message);
      outcome_free (outcome, NULL);
      return;
    }
  /* A toast title is Pango markup: a file named "R&D.pdf" must not break it. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_clicked), outcome,
                         outcome_free, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
file_chosen (GtkWidget *widget,
             GFile     *file,
             gpointer   user_data)
{
  Form *form = user_data;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  BerYearlyReportRequest *request;
  BerExportJob *job;
  Outcome *outcome;

  if (file == NULL)
    return;
  if (path == NULL)
    {
      ber_ui_toast (widget, _("Exports can only be saved in folders on this computer. "
                              "Choose another folder."));
      return;
    }
  if (!g_str_has_suffix (path, form->odt ? ".odt" : ".pdf"))
    {
      char *with_extension = g_strconcat (path, form->odt ? ".odt" : ".pdf", NULL);

      g_free (path);
      path = with_extension;
    }

  request = g_new0 (BerYearlyReportRequest, 1);
  request->year = form->year;
  request->body_id = form->body_id;
  job = ber_export_job_new (ber_export_yearly_report_for, request, g_free);
  outcome = g_new0 (Outcome, 1);
  g_set_weak_pointer (&outcome->parent, form->parent);
  outcome->path = g_strdup (path);
  ber_export_job_run_async (job, form->context, path, export_done, outcome);
}

static gboolean
form_save (BerFormDialog  *dialog,
           gpointer        user_data,
           GError        **error)
{
  Form *form = user_data;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileFilter *filters[] = { filter, NULL };
  g_autofree char *name = NULL;
  Form *copy;

  form->year = (int) ber_number_row_get_value (BER_NUMBER_ROW (form->year_row));
  form->body_id = ber_record_row_get_id (BER_RECORD_ROW (form->body_row));
  form->odt = adw_combo_row_get_selected (ADW_COMBO_ROW (form->format_row)) == 1;
  if (form->parent == NULL)
    return TRUE;

  gtk_file_filter_set_name (filter, form->odt ? _("OpenDocument text") : _("PDF document"));
  gtk_file_filter_add_suffix (filter, form->odt ? "odt" : "pdf");
  /* Translators: the file name proposed for the yearly report, "Årsrapport 2025.pdf" */
  name = g_strdup_printf (_("Yearly report %d.%s"), form->year, form->odt ? "odt" : "pdf");

  copy = g_new0 (Form, 1);
  g_set_weak_pointer (&copy->parent, form->parent);
  copy->context = g_object_ref (form->context);
  copy->year = form->year;
  copy->body_id = form->body_id;
  copy->odt = form->odt;
  ber_file_save (GTK_WIDGET (form->parent), _("Save the Yearly Report"), _("_Export"), name,
                 filters, file_chosen, copy, form_free);
  return TRUE;
}

/**
 * ber_yearly_report_dialog_present:
 *
 * Asks for the year, body and format of the yearly report, then where to
 * save it, and exports it.
 */
void
ber_yearly_report_dialog_present (GtkWindow  *parent,
                                  BerContext *context)
{
  const char * const formats[] = { N_("PDF document"), N_("OpenDocument text (ODT)"), NULL };
  g_autoptr(GtkStringList) format_names = gtk_string_list_new (NULL);
  BerFormDialog *dialog;
  Form *form;
  int year;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (BER_IS_CONTEXT (context));

  year = (int) g_ascii_strtoll (ber_context_get_today (context), NULL, 10);
  form = g_new0 (Form, 1);
  g_set_weak_pointer (&form->parent, parent);
  form->context = g_object_ref (context);

  dialog = ber_form_dialog_new (parent, _("Yearly Report"), _("_Continue"));
  ber_form_dialog_add_group (dialog, NULL,
                             _("The yearly follow-up of international work for the regional "
                               "executive board: items, decisions, memberships and fees, "
                               "representatives, forum events, returned reports and influence "
                               "questions."));

  form->year_row = ber_number_row_new (_("_Year"), NULL, 1900, 2999);
  ber_number_row_set_value (BER_NUMBER_ROW (form->year_row), year - 1);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (form->year_row), TRUE);
  ber_form_dialog_add (dialog, form->year_row);

  form->body_row = ber_record_row_new (_("_Body"), NULL, "all-bodies");
  g_object_set (form->body_row, "none-label", _("All bodies"), "use-underline", TRUE, NULL);
  ber_form_dialog_add (dialog, form->body_row);

  for (guint i = 0; formats[i] != NULL; i++)
    gtk_string_list_append (format_names, _(formats[i]));
  form->format_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->format_row), _("_Format"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (form->format_row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (form->format_row), G_LIST_MODEL (format_names));
  ber_form_dialog_add (dialog, form->format_row);

  ber_form_dialog_set_context (dialog, context);
  ber_form_dialog_set_save (dialog, form_save, form, form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}
