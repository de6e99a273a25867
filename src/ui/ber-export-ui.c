/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-export-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-export-ui.h"
#include "ber-window.h"

/*
 * Asks where to save an export of one record, then writes it off the main
 * thread through a connection of its own, and says how it went in a toast.
 */

typedef struct
{
  char            *database;
  char            *output;
  BerExportIdFunc  func;
  gint64           id;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->database);
  g_free (job->output);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(BerStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = ber_store_open (job->database, &error);
  if (store == NULL || !job->func (store, job->id, job->output, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (object));
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    message = g_strdup (error->message);
  else
    {
      g_autofree char *name = g_path_get_basename (job->output);

      message = g_strdup_printf (_("Saved “%s”"), name);
    }

  if (BER_IS_WINDOW (root))
    ber_window_show_toast (BER_WINDOW (root), message);
}

static void
chooser_response (GtkNativeDialog *chooser,
                  int              response,
                  GtkWidget       *widget)
{
  ExportJob *job = g_object_steal_data (G_OBJECT (chooser), "job");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL)
    {
      g_autoptr(GTask) task = g_task_new (widget, NULL, export_done, NULL);

      job->output = g_file_get_path (file);
      g_task_set_task_data (task, job, export_job_free);
      g_task_run_in_thread (task, export_thread);
    }
  else
    export_job_free (job);

  g_object_unref (chooser);
}

void
ber_export_ui_run (GtkWidget       *widget,
                   BerStore        *store,
                   const char      *title,
                   const char      *suggested_name,
                   BerExportIdFunc  func,
                   gint64           id)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *chooser;
  ExportJob *job;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (BER_IS_STORE (store));

  job = g_new0 (ExportJob, 1);
  job->database = g_strdup (ber_store_get_path (store));
  job->func = func;
  job->id = id;

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  g_object_set_data (G_OBJECT (chooser), "job", job);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response), widget, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
