/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-import.h"
#include "ber-import-private.h"
#include "ber-import-row-private.h"

/*
 * Loading and applying an import in a thread, on a connection of its own,
 * with its progress and a way to cancel it.
 */

/* In a thread */

typedef struct
{
  BerImport         *self;
  GBytes            *bytes;       /* for a load */
  char              *today;
  BerImportProgress  progress;
  GPtrArray         *rows;        /* the plan a load made */
  GStrv              ignored;
  BerCsvEncoding     encoding;
  char              *file_name;
  guint              inserted;
  guint              updated;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->self);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_clear_object (&job->progress.cancellable);
  g_clear_pointer (&job->rows, g_ptr_array_unref);
  g_strfreev (job->ignored);
  g_free (job->file_name);
  g_free (job->today);
  g_free (job);
}


static gboolean
progress_tick (gpointer data)
{
  BerImport *self = data;
  int total = self->running != NULL ? g_atomic_int_get (&self->running->total) : 0;
  int done = self->running != NULL ? g_atomic_int_get (&self->running->done) : 0;

  if (total > 0)
    _ber_import_set_progress (self, CLAMP ((double) done / total, 0, 1));
  return G_SOURCE_CONTINUE;
}

static Job *
start_job (BerImport    *self,
           GCancellable *cancellable)
{
  Job *job = g_new0 (Job, 1);

  job->self = g_object_ref (self);
  job->today = g_strdup (ber_store_get_today (self->store));
  job->progress.cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->running = &job->progress;
  _ber_import_set_progress (self, 0);
  self->progress_source = g_timeout_add (100, progress_tick, self);
  return job;
}

static void
end_job (BerImport *self)
{
  self->running = NULL;
  g_clear_handle_id (&self->progress_source, g_source_remove);
}

static gboolean
load_work (BerStore      *store,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  Job *job = data;

  /* The day of the register the plan is made for, not the thread's own. */
  ber_store_set_today (store, job->today);
  job->rows = ber_import_plan (store, job->self->kind, job->bytes, job->file_name, &job->ignored,
                               &job->encoding, &job->progress, error);
  return job->rows != NULL;
}

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BerImport *self = g_task_get_source_object (task);
  Job *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gboolean ok = ber_context_run_finish (BER_CONTEXT (source), result, &error);

  end_job (self);
  _ber_import_install_plan (self, g_steal_pointer (&job->rows), g_steal_pointer (&job->ignored),
                            job->encoding);
  if (!ok)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  _ber_import_set_progress (self, 1);
  g_task_return_boolean (task, self->loaded);
}

/**
 * ber_import_load_async:
 * @bytes: the contents of a CSV file
 *
 * Plans the import as ber_import_load() does, in a thread on a connection
 * of its own; #BerImport:progress says how far it has come, and
 * @cancellable stops it. The import must have been made with
 * ber_import_new_for_context().
 */
void
ber_import_load_async (BerImport           *self,
                       GBytes              *bytes,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  GTask *task;
  Job *job;

  g_return_if_fail (BER_IS_IMPORT (self));
  g_return_if_fail (BER_IS_CONTEXT (self->context));
  g_return_if_fail (bytes != NULL);
  g_return_if_fail (self->running == NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ber_import_load_async);
  job = start_job (self, cancellable);
  job->bytes = g_bytes_ref (bytes);
  job->file_name = g_strdup (self->file_name);
  g_task_set_task_data (task, job, job_free);
  ber_context_run_async (self->context, load_work, job, NULL, cancellable, load_done, task);
}

/* Returns: whether there is a plan; %FALSE with @error set when the file
 * could not be planned, or the load was cancelled */
gboolean
ber_import_load_finish (BerImport     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
apply_work (BerStore      *store,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  Job *job = data;

  ber_store_set_today (store, job->today);
  return _ber_import_write_plan (job->self, store, &job->inserted, &job->updated, &job->progress, error);
}

/* The register was written through another connection: the lists of this
 * one read it again. */
static void
announce_written (BerImport *self)
{
  static const char * const networks[] = { "network", "membership", NULL };
  static const char * const persons[] = { "person", NULL };
  const char * const *tables = self->kind == BER_IMPORT_NETWORKS ? networks : persons;

  for (guint i = 0; tables[i] != NULL; i++)
    ber_store_emit_row_changed (self->store, tables[i], 0, BER_STORE_CHANGE_RESET);
}

static void
apply_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BerImport *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;

  end_job (self);
  if (!ber_context_run_finish (BER_CONTEXT (source), result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  _ber_import_set_progress (self, 1);
  _ber_import_set_applied (self);
  announce_written (self);
  g_task_return_boolean (task, TRUE);
}

/**
 * ber_import_apply_async:
 *
 * Writes the plan as ber_import_apply() does, in a thread on a connection
 * of its own; #BerImport:progress says how far it has come, and
 * @cancellable stops it before the end, writing nothing.
 */
void
ber_import_apply_async (BerImport           *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GError) error = NULL;
  GTask *task;
  Job *job;

  g_return_if_fail (BER_IS_IMPORT (self));
  g_return_if_fail (BER_IS_CONTEXT (self->context));
  g_return_if_fail (self->running == NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ber_import_apply_async);
  if (!_ber_import_check_can_apply (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  job = start_job (self, cancellable);
  g_atomic_int_set (&job->progress.total, (gint) (self->counts[BER_IMPORT_ACTION_INSERT]
                                                  + self->counts[BER_IMPORT_ACTION_UPDATE]));
  g_task_set_task_data (task, job, job_free);
  ber_context_run_async (self->context, apply_work, job, NULL, cancellable, apply_done, task);
}

/**
 * ber_import_apply_finish:
 * @n_inserted: (out) (optional): rows added
 * @n_updated: (out) (optional): rows changed
 */
gboolean
ber_import_apply_finish (BerImport     *self,
                         GAsyncResult  *result,
                         guint         *n_inserted,
                         guint         *n_updated,
                         GError       **error)
{
  Job *job;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  job = g_task_get_task_data (G_TASK (result));
  if (n_inserted != NULL)
    *n_inserted = job->inserted;
  if (n_updated != NULL)
    *n_updated = job->updated;
  return TRUE;
}

/* Whether a load or an apply is running in a thread. */
gboolean
ber_import_get_busy (BerImport *self)
{
  g_return_val_if_fail (BER_IS_IMPORT (self), FALSE);
  return self->running != NULL;
}
