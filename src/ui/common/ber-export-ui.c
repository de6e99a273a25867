/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-export-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ber-export-ui.h"
#include "ber-ui-util.h"

/*
 * Asks where to save an export, then writes it off the main thread through a
 * connection of its own, and says how it went in a toast.
 */

typedef struct
{
  BerContext        *context;
  char              *output;
  BerExportDataFunc  func;
  gpointer           data;
  GDestroyNotify     data_free;
} ExportJob;

typedef struct
{
  BerExportIdFunc func;
  gint64          id;
} IdExport;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  if (job->data_free != NULL)
    job->data_free (job->data);
  g_clear_object (&job->context);
  g_free (job->output);
  g_free (job);
}

static gboolean
export_by_id (BerStore    *store,
              gpointer     data,
              const char  *output_path,
              GError     **error)
{
  IdExport *by_id = data;

  return by_id->func (store, by_id->id, output_path, error);
}

static gboolean
export_work (BerStore      *store,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  ExportJob *job = data;

  return job->func (store, job->data, job->output, error);
}

/* Where the outcome is told: the widget and the file's name. */
typedef struct
{
  GtkWidget *widget;
  char      *name;
} Outcome;

static void
export_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Outcome *outcome = user_data;
  g_autoptr(GtkWidget) widget = outcome->widget;
  g_autofree char *name = outcome->name;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!ber_context_run_finish (BER_CONTEXT (object), result, &error))
    {
      if (error->domain == G_FILE_ERROR)
        /* Translators: %s says which file could not be written, and why */
        message = g_strdup_printf (_("%s. Choose another folder and try again."),
                                   error->message);
      else
        message = g_strdup (error->message);
    }
  else
    message = g_strdup_printf (_("Saved “%s”"), name);

  ber_ui_toast (widget, message);
  g_free (outcome);
}

/*
 * A name typed without an extension gets that of the suggested name, unless
 * a file of that name exists: the dialog only asked about overwriting the
 * name as typed.
 */
static char *
output_path (GFile      *file,
             const char *suggested_name)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *basename = g_file_get_basename (file);
  const char *extension = strrchr (suggested_name, '.');
  g_autofree char *with_extension = NULL;

  if (path == NULL || extension == NULL || strchr (basename, '.') != NULL)
    return g_steal_pointer (&path);

  with_extension = g_strconcat (path, extension, NULL);
  if (g_file_test (with_extension, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&path);
  return g_steal_pointer (&with_extension);
}

static void
chooser_response (GtkNativeDialog *chooser,
                  int              response,
                  GtkWidget       *widget)
{
  ExportJob *job = g_object_steal_data (G_OBJECT (chooser), "job");
  const char *suggested_name = g_object_get_data (G_OBJECT (chooser), "suggested-name");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      job->output = output_path (file, suggested_name);
      if (job->output == NULL)
        ber_ui_toast (widget, _("Exports can only be saved in folders on this computer. "
                              "Choose another folder."));
    }

  if (job->output != NULL)
    {
      Outcome *outcome = g_new0 (Outcome, 1);

      outcome->widget = g_object_ref (widget);
      outcome->name = g_path_get_basename (job->output);
      ber_context_run_async (job->context, export_work, job, export_job_free, NULL, export_done,
                             outcome);
    }
  else
    export_job_free (job);

  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *suggested_name)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  const char *extension = strrchr (suggested_name, '.');

  if (extension == NULL)
    return;

  filter = gtk_file_filter_new ();
  if (g_ascii_strcasecmp (extension, ".pdf") == 0)
    gtk_file_filter_set_name (filter, _("PDF document"));
  else if (g_ascii_strcasecmp (extension, ".csv") == 0)
    gtk_file_filter_set_name (filter, _("CSV for spreadsheets"));
  else
    return;
  gtk_file_filter_add_suffix (filter, extension + 1);
  gtk_file_chooser_add_filter (chooser, filter);
}

/**
 * ber_export_ui_run_with_data:
 * @func: writes the export; called in a worker thread with @data
 * @data: (transfer full): handed to @func, then freed with @data_free
 *
 * Asks where to save with @suggested_name proposed, then runs @func off the
 * main thread. The outcome, or what went wrong, is shown as a toast.
 */
void
ber_export_ui_run_with_data (GtkWidget         *widget,
                             BerContext        *context,
                             const char        *title,
                             const char        *suggested_name,
                             BerExportDataFunc  func,
                             gpointer           data,
                             GDestroyNotify     data_free)
{
  GtkRoot *root;
  GtkFileChooserNative *chooser;
  ExportJob *job;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (BER_IS_CONTEXT (context));
  g_return_if_fail (suggested_name != NULL);
  g_return_if_fail (func != NULL);

  root = gtk_widget_get_root (widget);
  job = g_new0 (ExportJob, 1);
  job->context = g_object_ref (context);
  job->func = func;
  job->data = data;
  job->data_free = data_free;

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  add_filter (GTK_FILE_CHOOSER (chooser), suggested_name);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  g_object_set_data_full (G_OBJECT (chooser), "job", job, export_job_free);
  g_object_set_data_full (G_OBJECT (chooser), "suggested-name", g_strdup (suggested_name),
                          g_free);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
ber_export_ui_run (GtkWidget       *widget,
                   BerContext      *context,
                   const char      *title,
                   const char      *suggested_name,
                   BerExportIdFunc  func,
                   gint64           id)
{
  IdExport *by_id;

  g_return_if_fail (func != NULL);

  by_id = g_new0 (IdExport, 1);
  by_id->func = func;
  by_id->id = id;
  ber_export_ui_run_with_data (widget, context, title, suggested_name, export_by_id, by_id,
                               g_free);
}
