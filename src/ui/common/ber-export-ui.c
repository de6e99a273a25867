/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-export-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ber-compat.h"
#include "ber-export-ui.h"
#include "ber-ui-util.h"

/*
 * Asks where to save an export, then writes it off the main thread through a
 * connection of its own, and says how it went in a toast.
 */

typedef struct
{
  BerContext   *context;
  BerExportJob *export;
  char         *suggested_name;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->context);
  ber_export_job_free (job->export);
  g_free (job->suggested_name);
  g_free (job);
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

  if (!ber_export_job_run_finish (BER_CONTEXT (object), result, &error))
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
file_chosen (GtkWidget *widget,
             GFile     *file,
             gpointer   user_data)
{
  ExportJob *job = user_data;
  g_autofree char *output = NULL;

  if (file != NULL)
    {
      output = output_path (file, job->suggested_name);
      if (output == NULL)
        ber_ui_toast (widget, _("Exports can only be saved in folders on this computer. "
                              "Choose another folder."));
    }

  if (output != NULL)
    {
      Outcome *outcome = g_new0 (Outcome, 1);

      outcome->widget = g_object_ref (widget);
      outcome->name = g_path_get_basename (output);
      ber_export_job_run_async (g_steal_pointer (&job->export), job->context, output,
                                export_done, outcome);
    }
}

/* The filter for @suggested_name's kind of file, or %NULL. */
static GtkFileFilter *
filter_for (const char *suggested_name)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  const char *extension = strrchr (suggested_name, '.');

  if (extension == NULL)
    return NULL;

  filter = gtk_file_filter_new ();
  if (g_ascii_strcasecmp (extension, ".pdf") == 0)
    gtk_file_filter_set_name (filter, _("PDF document"));
  else if (g_ascii_strcasecmp (extension, ".csv") == 0)
    gtk_file_filter_set_name (filter, _("CSV for spreadsheets"));
  else
    return NULL;
  gtk_file_filter_add_suffix (filter, extension + 1);
  return g_steal_pointer (&filter);
}

/* Asks where to save @export, with @suggested_name proposed, then runs it. */
static void
ask_and_run (GtkWidget    *widget,
             BerContext   *context,
             const char   *title,
             const char   *suggested_name,
             BerExportJob *export)
{
  g_autoptr(GtkFileFilter) filter = filter_for (suggested_name);
  ExportJob *job;

  job = g_new0 (ExportJob, 1);
  job->context = g_object_ref (context);
  job->export = export;
  job->suggested_name = g_strdup (suggested_name);

  ber_file_save (widget, title, _("_Export"), suggested_name,
                 (GtkFileFilter *[]) { filter, NULL }, file_chosen, job, export_job_free);
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
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (BER_IS_CONTEXT (context));
  g_return_if_fail (suggested_name != NULL);
  g_return_if_fail (func != NULL);

  ask_and_run (widget, context, title, suggested_name,
               ber_export_job_new (func, data, data_free));
}

/* As ber_export_ui_run_with_data(), for the export of the record @id. */
void
ber_export_ui_run (GtkWidget       *widget,
                   BerContext      *context,
                   const char      *title,
                   const char      *suggested_name,
                   BerExportIdFunc  func,
                   gint64           id)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (BER_IS_CONTEXT (context));
  g_return_if_fail (suggested_name != NULL);
  g_return_if_fail (func != NULL);

  ask_and_run (widget, context, title, suggested_name, ber_export_job_new_for_id (func, id));
}
