/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-record-list"

#include "config.h"

#include "ber-record.h"
#include "ber-record-list-private.h"

/*
 * A lazy list of records over a store query. The length is a COUNT; items
 * are fetched a page at a time when first asked for and cached by position,
 * so a list of 100,000 rows costs one count and one page to show. After a
 * write to its table the list works out where the row was and where it is
 * now, and emits exactly that as items-changed.
 *
 * The main thread never waits for a long read: a count, or a position after
 * a write, that does not finish within a few milliseconds is stopped and
 * run again in a worker thread on a connection of the list's own. Until it
 * is done the list goes on showing what it showed (#BerRecordList:loading
 * says it is reading), and a new query cancels a count that has not
 * finished, so each keystroke of a search costs at most one count.
 */

/* How long the main thread may count before the worker takes over. */
#define DEFAULT_SYNC_LIMIT (8 * G_TIME_SPAN_MILLISECOND)

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerRecordList, ber_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum
{
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  PROP_QUERY,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_ber_record_list_report_error (BerRecordList *self,
                               const GError  *error)
{
  g_debug ("%s: %s", ber_query_get_source (self->query), error->message);
  g_signal_emit (self, signals[ERROR], 0, error);
}

static void
set_n_items (BerRecordList *self,
             guint          n_items)
{
  if (self->n_items == n_items)
    return;

  self->n_items = n_items;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gint
position_of (BerRecordList *self,
             gint64         id)
{
  g_autoptr(GError) error = NULL;
  gint position = -1;

  if (!ber_store_position (self->store, self->shown, id, &position, &error))
    {
      _ber_record_list_report_error (self, error);
      return -1;
    }

  return position;
}

#define POSITION_UNKNOWN (-2)

/* Where row @id is among the shown rows, or -1; POSITION_UNKNOWN when
 * finding out would keep the main thread too long. A row on a cached page
 * costs no read. */
static gint
quick_position_of (BerRecordList *self,
                   gint64         id)
{
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;
  gint position = -1;

  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *records = value;

      for (guint i = 0; i < records->len; i++)
        if (ber_record_get_id (g_ptr_array_index (records, i)) == id)
          return GPOINTER_TO_UINT (key) * BER_RECORD_LIST_PAGE_SIZE + i;
    }

  if (ber_store_position_within (self->store, self->shown, id,
                                 g_get_monotonic_time () + self->sync_limit, NULL,
                                 &position, &error))
    return position;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    return POSITION_UNKNOWN;

  _ber_record_list_report_error (self, error);
  return -1;
}

/* Whether row @id is still at @position, read anew. */
static gboolean
still_at (BerRecordList *self,
          gint64         id,
          gint           position)
{
  guint page = position / BER_RECORD_LIST_PAGE_SIZE;
  GPtrArray *records;

  if (position < 0 || (guint) position >= self->n_items)
    return FALSE;

  g_hash_table_remove (self->pages, GUINT_TO_POINTER (page));
  records = _ber_record_list_fetch_page (self, page);
  return records != NULL && position % BER_RECORD_LIST_PAGE_SIZE < (gint) records->len
         && ber_record_get_id (g_ptr_array_index (records, position % BER_RECORD_LIST_PAGE_SIZE))
              == id;
}

/*
 * Every row may be another: told as all rows going, then the new ones
 * coming, never as one change. Told as one, GTK looks for each row it shows
 * (and for the selected one) among all the new rows, reading the whole
 * result page by page: at a million rows that freezes the window.
 */
static void
replace_all (BerRecordList *self,
             guint          new_n)
{
  guint old_n = self->n_items;
  g_autoptr(GArray) pending = _ber_record_list_forget_pending (self);

  g_hash_table_remove_all (self->pages);
  self->n_items = 0;
  if (old_n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, 0);
  self->n_items = new_n;
  if (new_n > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, new_n);
  if (old_n != new_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
set_loading (BerRecordList *self,
             GCancellable  *counting)
{
  gboolean was_loading = self->counting != NULL;

  g_set_object (&self->counting, counting);
  if (was_loading != (counting != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Shows @query's rows, now that they are counted. */
static void
show (BerRecordList *self,
      BerQuery      *query,
      guint          n)
{
  if (self->shown != query)
    {
      g_clear_pointer (&self->shown, ber_query_unref);
      g_clear_pointer (&self->reversed, ber_query_unref);
      self->shown = ber_query_ref (query);
      self->slow_pages = FALSE;
    }
  g_hash_table_remove_all (self->pages);
  replace_all (self, n);
}

typedef struct
{
  BerStore *store;
  BerQuery *query;
  guint     n;
} CountWork;

static void
count_work_free (CountWork *work)
{
  g_clear_object (&work->store);
  ber_query_unref (work->query);
  g_free (work);
}

static void
count_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  BerRecordList *self = source_object;
  CountWork *work = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* The connection is opened here and only used here, one count at a time. */
  g_mutex_lock (&self->reader_lock);
  if (self->reader == NULL)
    self->reader = ber_store_open_another (work->store, &error);
  ok = self->reader != NULL
       && ber_store_count_within (self->reader, work->query, 0, cancellable, &work->n, &error);
  g_mutex_unlock (&self->reader_lock);
  /* Let go of the store before the result is told: a task frees its data
   * only after it has let go of the list, and whoever waits for the list to
   * go may then expect the store to go with it. */
  g_clear_object (&work->store);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void start_count (BerRecordList *self);

static void
on_counted (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  BerRecordList *self = BER_RECORD_LIST (object);
  CountWork *work = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  if (g_task_get_cancellable (G_TASK (result)) != self->counting)
    return;
  set_loading (self, NULL);
  if (self->store == NULL)
    return;

  if (self->recount || work->query != self->query)
    {
      start_count (self);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (!ok)
    {
      _ber_record_list_report_error (self, error);
      show (self, work->query, 0);
      return;
    }
  show (self, work->query, work->n);
}

/* Counts the query in the worker; the shown rows stay until it is done. */
static void
start_count (BerRecordList *self)
{
  g_autoptr(GCancellable) cancellable = NULL;
  g_autoptr(GTask) task = NULL;
  CountWork *work;

  self->recount = FALSE;
  if (self->counting != NULL)
    {
      /* One count at a time on the worker's connection: this one stops,
       * and when it has, on_counted() counts the query asked for now. */
      g_cancellable_cancel (self->counting);
      self->recount = TRUE;
      return;
    }

  cancellable = g_cancellable_new ();
  work = g_new0 (CountWork, 1);
  work->store = g_object_ref (self->store);
  work->query = ber_query_ref (self->query);
  task = g_task_new (self, cancellable, on_counted, NULL);
  g_task_set_source_tag (task, start_count);
  g_task_set_task_data (task, work, (GDestroyNotify) count_work_free);
  set_loading (self, cancellable);
  g_task_run_in_thread (task, count_in_thread);
}

/* Counts the query asked for and shows its rows: at once when the count
 * is quick, else from the worker. */
static void
reset (BerRecordList *self)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (self->counting != NULL)
    {
      start_count (self);
      return;
    }

  if (self->sync_limit > 0
      && ber_store_count_within (self->store, self->query,
                                 g_get_monotonic_time () + self->sync_limit, NULL, &n, &error))
    {
      show (self, self->query, n);
      return;
    }

  if (self->sync_limit > 0 && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      _ber_record_list_report_error (self, error);
      show (self, self->query, 0);
      return;
    }

  start_count (self);
}

static gboolean
depends_on (BerRecordList *self,
            const char    *table)
{
  if (self->depends == NULL)
    return FALSE;

  for (guint i = 0; self->depends[i] != NULL; i++)
    if (g_str_equal (self->depends[i], table))
      return TRUE;

  return FALSE;
}

static void
on_row_changing (BerRecordList *self,
                 const char    *table,
                 gint64         id,
                 int            change,
                 BerStore      *store)
{
  if (g_strcmp0 (table, self->table) != 0)
    return;

  self->changing_id = id;
  self->changing_position = self->counting != NULL ? POSITION_UNKNOWN
                                                   : quick_position_of (self, id);
}

static void
apply_change (BerRecordList *self,
              gint64         id,
              int            change)
{
  gint old_position = -1;
  gint new_position = -1;

  if (self->counting != NULL)
    {
      /* The count under way may have read the register before this. */
      reset (self);
      return;
    }

  if (change != BER_STORE_CHANGE_INSERT && self->changing_id == id)
    old_position = self->changing_position;
  self->changing_id = 0;
  self->changing_position = -1;

  if (old_position == POSITION_UNKNOWN)
    {
      reset (self);
      return;
    }

  /* An edit that leaves the row where it was costs one page. */
  if (change == BER_STORE_CHANGE_UPDATE && old_position >= 0 && still_at (self, id, old_position))
    {
      g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 1);
      return;
    }

  g_hash_table_remove_all (self->pages);
  if (change != BER_STORE_CHANGE_DELETE)
    new_position = quick_position_of (self, id);
  if (new_position == POSITION_UNKNOWN)
    {
      reset (self);
      return;
    }

  if (old_position < 0 && new_position < 0)
    return;

  g_hash_table_remove_all (self->pages);

  if (old_position >= 0 && old_position == new_position)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 1);
      return;
    }

  if (old_position >= 0)
    {
      set_n_items (self, self->n_items - 1);
      g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 0);
    }
  if (new_position >= 0)
    {
      set_n_items (self, self->n_items + 1);
      g_list_model_items_changed (G_LIST_MODEL (self), new_position, 0, 1);
    }
}

static void
on_row_changed (BerRecordList *self,
                const char    *table,
                gint64         id,
                int            change,
                BerStore      *store)
{
  g_autoptr(GArray) pending = NULL;

  if (g_strcmp0 (table, self->table) != 0)
    {
      /* A name shown through a view changed: the rows are the same, their text may not be. */
      if (depends_on (self, table) && self->n_items > 0)
        _ber_record_list_reread_pages (self);
      return;
    }

  if (change == BER_STORE_CHANGE_RESET)
    {
      reset (self);
      return;
    }

  /* A page being read may have been read before the change, and its rows
   * may move by one: the rows it was for are asked for again after it. */
  pending = _ber_record_list_forget_pending (self);
  apply_change (self, id, change);
  _ber_record_list_announce (self, pending, 1);
}

/* GListModel */

static GType
ber_record_list_get_item_type (GListModel *model)
{
  return BER_RECORD_LIST (model)->record_type;
}

static guint
ber_record_list_get_n_items (GListModel *model)
{
  return BER_RECORD_LIST (model)->n_items;
}

static gpointer
ber_record_list_get_item (GListModel *model,
                          guint       position)
{
  BerRecordList *self = BER_RECORD_LIST (model);

  if (position >= self->n_items)
    return NULL;

  return _ber_record_list_get_record (self, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ber_record_list_get_item_type;
  iface->get_n_items = ber_record_list_get_n_items;
  iface->get_item = ber_record_list_get_item;
}

/* GObject */

static void
ber_record_list_dispose (GObject *object)
{
  BerRecordList *self = BER_RECORD_LIST (object);

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->counting != NULL)
    g_cancellable_cancel (self->counting);
  if (self->paging != NULL)
    g_cancellable_cancel (self->paging);
  g_clear_object (&self->store);
  g_hash_table_remove_all (self->pages);
  g_hash_table_remove_all (self->pending);

  G_OBJECT_CLASS (ber_record_list_parent_class)->dispose (object);
}

static void
ber_record_list_finalize (GObject *object)
{
  BerRecordList *self = BER_RECORD_LIST (object);

  g_clear_pointer (&self->query, ber_query_unref);
  g_clear_pointer (&self->shown, ber_query_unref);
  g_clear_pointer (&self->reversed, ber_query_unref);
  g_clear_object (&self->counting);
  g_clear_object (&self->paging);
  g_clear_object (&self->reader);
  g_mutex_clear (&self->reader_lock);
  g_hash_table_destroy (self->pages);
  g_hash_table_destroy (self->pending);
  g_hash_table_destroy (self->alive);

  G_OBJECT_CLASS (ber_record_list_parent_class)->finalize (object);
}

static void
ber_record_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BerRecordList *self = BER_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->record_type);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;
    case PROP_QUERY:
      g_value_set_boxed (value, self->query);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->counting != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_record_list_class_init (BerRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ber_record_list_dispose;
  object_class->finalize = ber_record_list_finalize;
  object_class->get_property = ber_record_list_get_property;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, BER_TYPE_RECORD,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_QUERY] =
    g_param_spec_boxed ("query", NULL, NULL, BER_TYPE_QUERY,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * BerRecordList:loading:
   *
   * Whether the rows of a new query are being counted in the worker; the
   * list shows the rows it showed before until they are.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BerRecordList::error:
   * @error: what went wrong reading the register
   */
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
ber_record_list_init (BerRecordList *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->alive = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) _ber_record_list_weak_ref_free);
  self->pending = g_hash_table_new_full (NULL, NULL, NULL,
                                         (GDestroyNotify) _ber_record_list_pending_free);
  self->changing_position = -1;
  self->sync_limit = DEFAULT_SYNC_LIMIT;
  /* For tests on slow builds: how long the main thread may read, in ms. */
  if (g_getenv ("BEREDNING_LIST_SYNC_LIMIT_MS") != NULL)
    self->sync_limit = g_ascii_strtoll (g_getenv ("BEREDNING_LIST_SYNC_LIMIT_MS"), NULL, 10)
                       * G_TIME_SPAN_MILLISECOND;
  self->page_limit = self->sync_limit;
  g_mutex_init (&self->reader_lock);
}

/* Public API */

/**
 * ber_record_list_new:
 * @query: (nullable): what to list; %NULL lists the whole source of @record_type
 */
BerRecordList *
ber_record_list_new (BerStore *store,
                     GType     record_type,
                     BerQuery *query)
{
  g_autoptr(GTypeClass) klass = NULL;
  BerRecordClass *record_class;
  BerRecordList *self;

  g_return_val_if_fail (BER_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, BER_TYPE_RECORD), NULL);

  klass = g_type_class_ref (record_type);
  record_class = BER_RECORD_CLASS (klass);

  self = g_object_new (BER_TYPE_RECORD_LIST, NULL);
  self->store = g_object_ref (store);
  self->record_type = record_type;
  /* Class data is static for the program's life. */
  self->table = record_class->table;
  self->depends = record_class->depends;
  self->query = query != NULL
                  ? ber_query_ref (query)
                  : ber_query_new (record_class->source ? record_class->source
                                                        : record_class->table);
  self->shown = ber_query_ref (self->query);

  g_signal_connect_object (store, "row-changing", G_CALLBACK (on_row_changing), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "row-changed", G_CALLBACK (on_row_changed), self,
                           G_CONNECT_SWAPPED);

  reset (self);
  return self;
}

static void
on_filter_changed (BerRecordList *self)
{
  g_autoptr(BerQuery) query = self->build (self->filter, self->build_data);

  ber_record_list_set_query (self, query);
}

/**
 * ber_record_list_new_filtered:
 * @filter: what a view asks for
 * @build: turns @filter into the query, now and at each change of it
 *
 * A list that follows @filter: each change of it is one new query.
 */
BerRecordList *
ber_record_list_new_filtered (BerStore               *store,
                              GType                   record_type,
                              BerListFilter          *filter,
                              BerRecordListQueryFunc  build,
                              gpointer                user_data)
{
  g_autoptr(BerQuery) query = NULL;
  BerRecordList *self;

  g_return_val_if_fail (BER_IS_LIST_FILTER (filter), NULL);
  g_return_val_if_fail (build != NULL, NULL);

  query = build (filter, user_data);
  self = ber_record_list_new (store, record_type, query);
  self->filter = g_object_ref (filter);
  self->build = build;
  self->build_data = user_data;
  g_signal_connect_object (filter, "changed", G_CALLBACK (on_filter_changed), self,
                           G_CONNECT_SWAPPED);
  return self;
}

BerStore *
ber_record_list_get_store (BerRecordList *self)
{
  g_return_val_if_fail (BER_IS_RECORD_LIST (self), NULL);
  return self->store;
}

BerQuery *
ber_record_list_get_query (BerRecordList *self)
{
  g_return_val_if_fail (BER_IS_RECORD_LIST (self), NULL);
  return self->query;
}

/**
 * ber_record_list_set_query:
 *
 * Lists what @query selects instead, for a new filter, search or order.
 */
void
ber_record_list_set_query (BerRecordList *self,
                           BerQuery      *query)
{
  g_return_if_fail (BER_IS_RECORD_LIST (self));
  g_return_if_fail (query != NULL);

  if (self->query == query)
    return;

  g_clear_pointer (&self->query, ber_query_unref);
  self->query = ber_query_ref (query);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
  reset (self);
}

/**
 * ber_record_list_reload:
 *
 * Reads the list again, for changes made by another process.
 */
void
ber_record_list_reload (BerRecordList *self)
{
  g_return_if_fail (BER_IS_RECORD_LIST (self));
  reset (self);
}

gint
ber_record_list_find (BerRecordList *self,
                      gint64         id)
{
  g_return_val_if_fail (BER_IS_RECORD_LIST (self), -1);
  return position_of (self, id);
}

/**
 * ber_record_list_set_sync_limit:
 * @limit: microseconds; 0 counts every query in the worker
 *
 * How long the main thread may count before the worker takes over.
 */
void
ber_record_list_set_sync_limit (BerRecordList *self,
                                GTimeSpan      limit)
{
  g_return_if_fail (BER_IS_RECORD_LIST (self));
  g_return_if_fail (limit >= 0);
  self->sync_limit = limit;
}

/**
 * ber_record_list_set_page_limit:
 * @limit: microseconds; 0 reads every page not read yet in the worker
 *
 * How long the main thread may read a page before the worker takes over
 * and the list hands out placeholders for its rows.
 */
void
ber_record_list_set_page_limit (BerRecordList *self,
                                GTimeSpan      limit)
{
  g_return_if_fail (BER_IS_RECORD_LIST (self));
  g_return_if_fail (limit >= 0);
  self->page_limit = limit;
}

/**
 * ber_record_list_get_reading_pages:
 *
 * Whether pages are being read in the worker, their rows shown as
 * placeholders until they are.
 */
gboolean
ber_record_list_get_reading_pages (BerRecordList *self)
{
  g_return_val_if_fail (BER_IS_RECORD_LIST (self), FALSE);
  return self->paging != NULL || g_hash_table_size (self->pending) > 0;
}

gboolean
ber_record_list_get_loading (BerRecordList *self)
{
  g_return_val_if_fail (BER_IS_RECORD_LIST (self), FALSE);
  return self->counting != NULL;
}

guint
ber_record_list_get_n_fetches (BerRecordList *self)
{
  g_return_val_if_fail (BER_IS_RECORD_LIST (self), 0);
  return self->n_fetches;
}

/* Of the pages read, how many were read from a neighbour's row. */
guint
ber_record_list_get_n_keyset_reads (BerRecordList *self)
{
  g_return_val_if_fail (BER_IS_RECORD_LIST (self), 0);
  return self->n_keyset_reads;
}
