/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-export"

#include "config.h"

#include "ber-export.h"

/*
 * An export to run off the main thread: the function that writes it and
 * what it writes, run through the context on a connection of its own.
 */

struct _BerExportJob
{
  BerExportDataFunc  func;
  BerExportIdFunc    id_func;
  gpointer           data;
  GDestroyNotify     data_free;
  gint64             id;
  char              *output;
};

/**
 * ber_export_job_new:
 * @func: writes the export; called in a worker thread with @data
 * @data: (transfer full): handed to @func, then freed with @data_free
 */
BerExportJob *
ber_export_job_new (BerExportDataFunc func,
                    gpointer          data,
                    GDestroyNotify    data_free)
{
  BerExportJob *job;

  g_return_val_if_fail (func != NULL, NULL);

  job = g_new0 (BerExportJob, 1);
  job->func = func;
  job->data = data;
  job->data_free = data_free;
  return job;
}

/* An export of the record @id, such as a meeting's minutes. */
BerExportJob *
ber_export_job_new_for_id (BerExportIdFunc func,
                           gint64          id)
{
  BerExportJob *job;

  g_return_val_if_fail (func != NULL, NULL);

  job = g_new0 (BerExportJob, 1);
  job->id_func = func;
  job->id = id;
  return job;
}

void
ber_export_job_free (BerExportJob *job)
{
  if (job == NULL)
    return;
  if (job->data_free != NULL)
    job->data_free (job->data);
  g_free (job->output);
  g_free (job);
}

static void
job_free (gpointer job)
{
  ber_export_job_free (job);
}

static gboolean
job_work (BerStore      *store,
          gpointer       data,
          GCancellable  *cancellable,
          GError       **error)
{
  BerExportJob *job = data;

  if (job->id_func != NULL)
    return job->id_func (store, job->id, job->output, error);
  return job->func (store, job->data, job->output, error);
}

/**
 * ber_export_job_run_async:
 * @job: (transfer full): the export
 * @output_path: the file to write
 *
 * Writes the export to @output_path in a worker thread, on a connection to
 * the register of its own; @callback gets the outcome on the main thread.
 */
void
ber_export_job_run_async (BerExportJob        *job,
                          BerContext          *context,
                          const char          *output_path,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (job != NULL);
  g_return_if_fail (BER_IS_CONTEXT (context));
  g_return_if_fail (output_path != NULL);

  g_free (job->output);
  job->output = g_strdup (output_path);
  ber_context_run_async (context, job_work, job, job_free, NULL, callback, user_data);
}

gboolean
ber_export_job_run_finish (BerContext    *context,
                           GAsyncResult  *result,
                           GError       **error)
{
  return ber_context_run_finish (context, result, error);
}
