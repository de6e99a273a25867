/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-changes"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ber-change-list-private.h"

/*
 * The change history as a GListModel, after GNOME Manuals' search model:
 * the length is a count, and the changes are read a page at a time when
 * first asked for and kept by position. Every read is made in a worker on
 * a connection of the list's own, since a change is more than its row (the
 * values before it, the names of the records it names) and the register's
 * history may hold millions of entries. While a count runs after a write,
 * the pages read so far stay, in the positions the view knows; when it is
 * done, the new changes are told at the top (the history only grows there).
 *
 * The worker's tasks hold neither the list nor its store: a page closed
 * lets go of the register at once, whatever the worker still reads. They
 * share the worker's connection (Reader) and find the list, when they are
 * done, through a weak reference.
 */

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerChangeList, ber_change_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum
{
  PROP_0,
  PROP_N_ITEMS,
  PROP_LOADING,
  PROP_UNRECORDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void start_count (BerChangeList *self);

void
_ber_change_list_update_loading (BerChangeList *self)
{
  gboolean loading = self->counting != NULL || self->paging != NULL
                     || g_hash_table_size (self->pending) > 0;

  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
_ber_change_list_report_error (BerChangeList *self,
              const GError  *error)
{
  g_debug ("Change history: %s", error->message);
  g_signal_emit (self, signals[ERROR], 0, error);
}

/* Counting */

typedef struct
{
  Work       work;
  guint      n;
  BerChange *unrecorded;
} CountWork;

static void
count_work_free (CountWork *count)
{
  _ber_change_list_work_clear (&count->work);
  g_clear_object (&count->unrecorded);
  g_free (count);
}

static void
count_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  CountWork *count = task_data;
  g_autoptr(GError) error = NULL;
  const char *keys[MAX_TABLES] = { NULL };
  BerHistoryQuery query = _ber_change_list_work_query (&count->work, keys);
  Reader *reader;
  gboolean ok;

  reader = _ber_change_list_lock_reader (&count->work, cancellable, &error);
  if (reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  ok = ber_store_count_history (reader->store, &query, &count->n, &error);
  if (ok && count->work.table != NULL)
    {
      count->unrecorded = _ber_change_reader_unrecorded (reader->changes, count->work.table,
                                                         count->work.row_id, &error);
      ok = error == NULL;
    }
  g_mutex_unlock (&reader->lock);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* Lets go of the pages being read, which are of the numbering before a
 * count: returns the ranges of rows they showed placeholders for, @shift
 * rows further down, for announce() once the list has its new length. */
static GArray *
forget_pending (BerChangeList *self,
                guint          shift)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Pending *pending = value;

      if (_ber_change_list_pending_is_shown (pending))
        {
          guint range[2] = { pending->page * BER_CHANGE_LIST_PAGE_SIZE + shift, pending->length };

          g_array_append_vals (ranges, range, 1);
        }
    }
  g_hash_table_remove_all (self->pending);
  return ranges;
}

/* The rows of @ranges are to be asked for again. */
static void
announce (BerChangeList *self,
          GArray        *ranges)
{
  for (guint i = 0; i < ranges->len; i++)
    {
      const guint *range = &g_array_index (ranges, guint, i * 2);
      guint end = MIN (range[0] + range[1], self->n_items);

      if (range[0] < end)
        g_list_model_items_changed (G_LIST_MODEL (self), range[0], end - range[0],
                                    end - range[0]);
    }
}

static void
set_unrecorded (BerChangeList *self,
                BerChange     *unrecorded)
{
  if (self->unrecorded == NULL && unrecorded == NULL)
    return;
  g_set_object (&self->unrecorded, unrecorded);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNRECORDED]);
}

/* Shows the count: all rows anew after another query (or when rows went,
 * which only a restore does), else the new rows at the top. */
static void
apply_count (BerChangeList *self,
             guint          n,
             gboolean       replace)
{
  guint old_n = self->n_items;
  g_autoptr(GArray) pending = NULL;

  /* Neither the pages read nor those being read are of the new numbering:
   * they go before the view hears of it and asks for rows. */
  g_hash_table_remove_all (self->pages);
  if (replace || n < old_n)
    {
      g_hash_table_remove_all (self->pending);
      self->n_items = 0;
      if (old_n > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, 0);
      self->n_items = n;
      if (n > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, n);
    }
  else
    {
      pending = forget_pending (self, n - old_n);
      self->n_items = n;
      if (n > old_n)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, n - old_n);
      announce (self, pending);
    }
  if (old_n != n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
on_counted (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(BerChangeList) self = _ber_change_list_reader_get_list (user_data);
  CountWork *count = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);
  gboolean replace;

  _ber_change_list_reader_unref (user_data);
  if (self == NULL || g_task_get_cancellable (G_TASK (result)) != self->counting)
    return;
  g_clear_object (&self->counting);
  if (self->store == NULL)
    return;
  if (self->recount)
    {
      start_count (self);
      return;
    }

  replace = self->replace;
  self->replace = FALSE;
  /* The pages read so far are of the numbering before the count. */
  self->generation++;
  if (!ok)
    {
      _ber_change_list_report_error (self, error);
      apply_count (self, 0, TRUE);
    }
  else
    {
      apply_count (self, count->n, replace);
      set_unrecorded (self, count->unrecorded);
    }
  _ber_change_list_update_loading (self);
  _ber_change_list_read_next_page (self);
}

static void
start_count (BerChangeList *self)
{
  g_autoptr(GTask) task = NULL;
  CountWork *count;

  self->recount = FALSE;
  if (self->counting != NULL)
    {
      /* The count under way may have read the register before the change:
       * another follows it. */
      self->recount = TRUE;
      return;
    }

  count = g_new0 (CountWork, 1);
  _ber_change_list_work_init (&count->work, self);
  self->counting = g_cancellable_new ();
  task = g_task_new (NULL, self->counting, on_counted, _ber_change_list_reader_ref (self->reader));
  g_task_set_source_tag (task, start_count);
  g_task_set_task_data (task, count, (GDestroyNotify) count_work_free);
  g_task_run_in_thread (task, count_in_thread);
  _ber_change_list_update_loading (self);
}

/* Counts again; the page being read may be of the register before the
 * change, and is read again after the count. */
static void
reset (BerChangeList *self,
       gboolean       replace)
{
  self->replace = self->replace || replace;
  self->generation++;
  if (self->paging != NULL)
    {
      g_cancellable_cancel (self->paging);
      g_clear_object (&self->paging);
    }
  start_count (self);
}

/* Following the register */

static gboolean
changed_idle (gpointer data)
{
  BerChangeList *self = data;

  self->changed_source = 0;
  reset (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
on_row_changed (BerChangeList *self,
                const char    *table,
                gint64         id,
                int            change,
                BerStore      *store)
{
  if (self->tables != NULL
      && (!g_strv_contains ((const char * const *) self->tables, table)
          || (id != self->row_id && change != BER_STORE_CHANGE_RESET)))
    return;
  /* A batch announces many rows: one count after them. */
  if (self->changed_source == 0)
    self->changed_source = g_idle_add (changed_idle, self);
}

/* GListModel */

static GType
ber_change_list_get_item_type (GListModel *model)
{
  return BER_TYPE_CHANGE;
}

static guint
ber_change_list_get_n_items (GListModel *model)
{
  return BER_CHANGE_LIST (model)->n_items;
}

static gpointer
ber_change_list_get_item (GListModel *model,
                          guint       position)
{
  return _ber_change_list_get_change (BER_CHANGE_LIST (model), position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ber_change_list_get_item_type;
  iface->get_n_items = ber_change_list_get_n_items;
  iface->get_item = ber_change_list_get_item;
}

/* GObject */

static void
ber_change_list_dispose (GObject *object)
{
  BerChangeList *self = BER_CHANGE_LIST (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->counting != NULL)
    g_cancellable_cancel (self->counting);
  if (self->paging != NULL)
    g_cancellable_cancel (self->paging);
  g_clear_handle_id (&self->changed_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->unrecorded);
  g_hash_table_remove_all (self->pages);
  g_hash_table_remove_all (self->pending);

  G_OBJECT_CLASS (ber_change_list_parent_class)->dispose (object);
}

static void
ber_change_list_finalize (GObject *object)
{
  BerChangeList *self = BER_CHANGE_LIST (object);

  g_free (self->user);
  g_free (self->since);
  g_free (self->before);
  g_free (self->table);
  g_strfreev (self->tables);
  g_strfreev (self->keys);
  g_clear_object (&self->counting);
  g_clear_object (&self->paging);
  _ber_change_list_reader_unref (self->reader);
  g_hash_table_destroy (self->pages);
  g_hash_table_destroy (self->pending);

  G_OBJECT_CLASS (ber_change_list_parent_class)->finalize (object);
}

static void
ber_change_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BerChangeList *self = BER_CHANGE_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_UNRECORDED:
      g_value_set_object (value, self->unrecorded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_change_list_class_init (BerChangeListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ber_change_list_dispose;
  object_class->finalize = ber_change_list_finalize;
  object_class->get_property = ber_change_list_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * BerChangeList:loading:
   *
   * Whether the worker counts the list or reads pages of it.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * BerChangeList:unrecorded:
   *
   * Of one record's changes: what another program changed in it without
   * the history, as found at the last count, or %NULL.
   */
  properties[PROP_UNRECORDED] =
    g_param_spec_object ("unrecorded", NULL, NULL, BER_TYPE_CHANGE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BerChangeList::error:
   * @error: what went wrong reading the history
   */
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
ber_change_list_init (BerChangeList *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->pending = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) _ber_change_list_pending_free);
  self->reader = _ber_change_list_reader_new (self);
}

/**
 * _ber_change_list_new:
 * @table: (nullable): the table of the record whose changes to list, or
 *   %NULL for the register's
 * @row_id: the record
 */
BerChangeList *
_ber_change_list_new (BerStore   *store,
                      const char *table,
                      gint64      row_id)
{
  BerChangeList *self = g_object_new (BER_TYPE_CHANGE_LIST, NULL);

  self->store = g_object_ref (store);
  if (table != NULL)
    {
      self->table = g_strdup (table);
      self->tables = _ber_change_record_tables (table, &self->keys);
      g_warn_if_fail (g_strv_length (self->tables) <= MAX_TABLES);
      self->row_id = row_id;
    }
  g_signal_connect_object (store, "row-changed", G_CALLBACK (on_row_changed), self,
                           G_CONNECT_SWAPPED);
  self->replace = TRUE;
  start_count (self);
  return self;
}

/* Public API */

/* @user: (nullable): only the changes of this user, as the history names
 *   them (ber_changes_list_users()); %NULL for everyone's */
void
ber_change_list_set_user (BerChangeList *self,
                          const char    *user)
{
  g_return_if_fail (BER_IS_CHANGE_LIST (self));

  if (g_strcmp0 (self->user, user) == 0)
    return;
  g_free (self->user);
  self->user = g_strdup (user);
  reset (self, TRUE);
}

const char *
ber_change_list_get_user (BerChangeList *self)
{
  g_return_val_if_fail (BER_IS_CHANGE_LIST (self), NULL);
  return self->user;
}

/* The start of local day @date (YYYY-MM-DD) plus @days, in UTC as the
 * history writes times; %NULL for no date. */
static char *
day_start_utc (const char *date,
               int         days)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(GDateTime) utc = NULL;
  int year, month, day;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;
  local = g_date_time_new_local (year, month, day, 0, 0, 0);
  if (local == NULL)
    return NULL;
  later = g_date_time_add_days (local, days);
  utc = g_date_time_to_utc (later);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * ber_change_list_set_period:
 * @from: (nullable): the first day, YYYY-MM-DD, local time
 * @to: (nullable): the last day, YYYY-MM-DD, local time
 *
 * Lists the changes made on those days (and between them) only.
 */
void
ber_change_list_set_period (BerChangeList *self,
                            const char    *from,
                            const char    *to)
{
  g_autofree char *since = NULL;
  g_autofree char *before = NULL;

  g_return_if_fail (BER_IS_CHANGE_LIST (self));

  since = day_start_utc (from, 0);
  before = day_start_utc (to, 1);
  if (g_strcmp0 (since, self->since) == 0 && g_strcmp0 (before, self->before) == 0)
    return;
  g_free (self->since);
  self->since = g_steal_pointer (&since);
  g_free (self->before);
  self->before = g_steal_pointer (&before);
  reset (self, TRUE);
}

/* Reads the list again: after another program changed the register. */
void
ber_change_list_reload (BerChangeList *self)
{
  g_return_if_fail (BER_IS_CHANGE_LIST (self));
  reset (self, FALSE);
}

gboolean
ber_change_list_get_loading (BerChangeList *self)
{
  g_return_val_if_fail (BER_IS_CHANGE_LIST (self), FALSE);
  return self->loading;
}

/* Returns: (transfer none) (nullable): see BerChangeList:unrecorded */
BerChange *
ber_change_list_get_unrecorded (BerChangeList *self)
{
  g_return_val_if_fail (BER_IS_CHANGE_LIST (self), NULL);
  return self->unrecorded;
}
