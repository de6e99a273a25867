/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-search"

#include "config.h"

#include "ber-context.h"
#include "ber-search.h"

struct _BerSearch
{
  GObject       parent_instance;

  BerContext   *context;     /* weak: the context owns the search */
  GListStore   *results;
  GCancellable *cancellable; /* of the search under way */
  char         *text;
  GError       *error;
  gboolean      searching;
};

G_DEFINE_FINAL_TYPE (BerSearch, ber_search, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TEXT,
  PROP_SEARCHING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What a search thread is given, and fills. */
typedef struct
{
  char      *text;
  guint      limit;
  GPtrArray *rows;
} Find;

static void
find_free (gpointer data)
{
  Find *find = data;

  g_free (find->text);
  g_clear_pointer (&find->rows, g_ptr_array_unref);
  g_free (find);
}

static gboolean
find_thread (BerStore      *store,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  Find *find = data;

  find->rows = ber_store_search_all (store, find->text, find->limit, cancellable, error);
  return find->rows != NULL;
}

static void
on_find_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Find *find = g_task_get_task_data (task);
  g_autoptr(GListStore) results = NULL;
  GError *error = NULL;

  if (!ber_context_run_finish (BER_CONTEXT (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  results = g_list_store_new (BER_TYPE_SEARCH_RESULT);
  for (guint i = 0; i < find->rows->len; i++)
    {
      g_autoptr(BerSearchResult) found = ber_search_result_new_from_row (g_ptr_array_index (find->rows, i));

      if (found != NULL)
        g_list_store_append (results, found);
    }
  g_task_return_pointer (task, g_steal_pointer (&results), g_object_unref);
}

static void
on_text_found (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  BerSearch *self = BER_SEARCH (source);
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GError) error = NULL;
  guint n_old;

  found = ber_search_find_finish (self, result, &error);
  /* A search left behind for a newer one says nothing. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  if (found != NULL)
    {
      guint n = g_list_model_get_n_items (found);
      g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (items, g_list_model_get_item (found, i));
      g_list_store_splice (self->results, 0, n_old, items->pdata, items->len);
    }
  else
    {
      self->error = g_steal_pointer (&error);
      g_list_store_remove_all (self->results);
    }

  self->searching = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
}

static void
ber_search_dispose (GObject *object)
{
  BerSearch *self = BER_SEARCH (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_weak_pointer (&self->context);

  G_OBJECT_CLASS (ber_search_parent_class)->dispose (object);
}

static void
ber_search_finalize (GObject *object)
{
  BerSearch *self = BER_SEARCH (object);

  g_clear_object (&self->results);
  g_free (self->text);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (ber_search_parent_class)->finalize (object);
}

static void
ber_search_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BerSearch *self = BER_SEARCH (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_SEARCHING:
      g_value_set_boolean (value, self->searching);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_search_class_init (BerSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ber_search_dispose;
  object_class->finalize = ber_search_finalize;
  object_class->get_property = ber_search_get_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* %TRUE from ber_search_set_text() until its results are in. */
  properties[PROP_SEARCHING] =
    g_param_spec_boolean ("searching", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ber_search_init (BerSearch *self)
{
  self->results = g_list_store_new (BER_TYPE_SEARCH_RESULT);
  self->text = g_strdup ("");
}

BerSearch *
ber_search_new (BerContext *context)
{
  BerSearch *self;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);

  self = g_object_new (BER_TYPE_SEARCH, NULL);
  g_set_weak_pointer (&self->context, context);
  return self;
}

/**
 * ber_search_find_async:
 * @text: what the user typed
 * @limit_per_kind: the most results of each kind
 *
 * Searches the register in a thread, for the records with a word that
 * begins with each word of @text.
 */
void
ber_search_find_async (BerSearch           *self,
                       const char          *text,
                       guint                limit_per_kind,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Find *find;

  g_return_if_fail (BER_IS_SEARCH (self));
  g_return_if_fail (text != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ber_search_find_async);
  if (self->context == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CLOSED,
                               "The register is closed");
      return;
    }

  find = g_new0 (Find, 1);
  find->text = g_strdup (text);
  find->limit = limit_per_kind;
  g_task_set_task_data (task, find, find_free);
  /* The thread fills the task's data, which the task keeps until the end. */
  ber_context_run_async (self->context, find_thread, find, NULL, cancellable,
                         on_find_done, g_steal_pointer (&task));
}

/**
 * ber_search_find_finish:
 *
 * Returns: (transfer full) (nullable): a list of #BerSearchResult, or %NULL
 *   with @error set (%G_IO_ERROR_CANCELLED for a cancelled search)
 */
GListModel *
ber_search_find_finish (BerSearch     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * ber_search_set_text:
 * @text: what the user typed
 *
 * Searches for @text, leaving the search before it behind. The results
 * (ber_search_get_results()) change when it is done, and ::searching turns
 * %FALSE; text without a word empties them at once.
 */
void
ber_search_set_text (BerSearch  *self,
                     const char *text)
{
  g_return_if_fail (BER_IS_SEARCH (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->text, text) != 0)
    {
      g_free (self->text);
      self->text = g_strdup (text);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
    }

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (!self->searching)
    {
      self->searching = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
    }
  ber_search_find_async (self, text, BER_SEARCH_LIMIT_PER_KIND, self->cancellable,
                         on_text_found, NULL);
}

const char *
ber_search_get_text (BerSearch *self)
{
  g_return_val_if_fail (BER_IS_SEARCH (self), NULL);
  return self->text;
}

/**
 * ber_search_get_results:
 *
 * Returns: (transfer none): the results of the last search done, a list of
 *   #BerSearchResult
 */
GListModel *
ber_search_get_results (BerSearch *self)
{
  g_return_val_if_fail (BER_IS_SEARCH (self), NULL);
  return G_LIST_MODEL (self->results);
}

gboolean
ber_search_get_searching (BerSearch *self)
{
  g_return_val_if_fail (BER_IS_SEARCH (self), FALSE);
  return self->searching;
}

/* Why the last search failed, or %NULL. */
const GError *
ber_search_get_error (BerSearch *self)
{
  g_return_val_if_fail (BER_IS_SEARCH (self), NULL);
  return self->error;
}
