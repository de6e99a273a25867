/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-record-list"

#include "config.h"

#include "ber-record.h"
#include "ber-record-list.h"

/*
 * A lazy list of records over a store query. The length is a COUNT; items
 * are fetched a page at a time when first asked for and cached by position,
 * so a list of 100,000 rows costs one count and one page to show. After a
 * write to its table the list works out where the row was and where it is
 * now, and emits exactly that as items-changed.
 */

#define MAX_CACHED_PAGES 32

struct _BerRecordList
{
  GObject     parent_instance;

  BerStore   *store;
  GType       record_type;
  BerQuery   *query;
  const char *table;
  const char * const *depends;

  guint       n_items;
  GHashTable *pages;       /* page index → GPtrArray of BerRecord */
  guint       n_fetches;

  gint64      changing_id;
  gint        changing_position;

  BerListFilter          *filter;
  BerRecordListQueryFunc  build;
  gpointer                build_data;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerRecordList, ber_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum
{
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
report_error (BerRecordList *self,
              const GError  *error)
{
  g_debug ("%s: %s", ber_query_get_source (self->query), error->message);
  g_signal_emit (self, signals[ERROR], 0, error);
}

static guint
count_rows (BerRecordList *self)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!ber_store_count (self->store, self->query, &n, &error))
    report_error (self, error);

  return n;
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

static GPtrArray *
fetch_page (BerRecordList *self,
            guint          page)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *records;

  records = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (records != NULL)
    return records;

  if (g_hash_table_size (self->pages) >= MAX_CACHED_PAGES)
    g_hash_table_remove_all (self->pages);

  self->n_fetches++;
  rows = ber_store_select (self->store, self->query, page * BER_RECORD_LIST_PAGE_SIZE,
                           BER_RECORD_LIST_PAGE_SIZE, &error);
  if (rows == NULL)
    {
      report_error (self, error);
      return NULL;
    }

  records = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (records, ber_record_new_from_row (self->record_type,
                                                       g_ptr_array_index (rows, i)));

  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), records);
  return records;
}

static gint
position_of (BerRecordList *self,
             gint64         id)
{
  g_autoptr(GError) error = NULL;
  gint position = -1;

  if (!ber_store_position (self->store, self->query, id, &position, &error))
    {
      report_error (self, error);
      return -1;
    }

  return position;
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
reset (BerRecordList *self)
{
  g_hash_table_remove_all (self->pages);
  replace_all (self, count_rows (self));
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
  self->changing_position = position_of (self, id);
}

static void
on_row_changed (BerRecordList *self,
                const char    *table,
                gint64         id,
                int            change,
                BerStore      *store)
{
  gint old_position = -1;
  gint new_position = -1;

  if (g_strcmp0 (table, self->table) != 0)
    {
      /* A name shown through a view changed: the rows are the same, their text may not be. */
      if (depends_on (self, table) && self->n_items > 0)
        replace_all (self, self->n_items);
      return;
    }

  if (change == BER_STORE_CHANGE_RESET)
    {
      reset (self);
      return;
    }

  if (change != BER_STORE_CHANGE_INSERT && self->changing_id == id)
    old_position = self->changing_position;
  if (change != BER_STORE_CHANGE_DELETE)
    new_position = position_of (self, id);

  self->changing_id = 0;
  self->changing_position = -1;

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
  guint page = position / BER_RECORD_LIST_PAGE_SIZE;
  guint offset = position % BER_RECORD_LIST_PAGE_SIZE;
  GPtrArray *records;

  if (position >= self->n_items)
    return NULL;

  records = fetch_page (self, page);
  if (records != NULL && offset < records->len)
    return g_object_ref (g_ptr_array_index (records, offset));

  /* The register changed under us (another process) or could not be read:
   * hand out an empty record rather than break the model's contract. */
  return g_object_new (self->record_type, NULL);
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
  g_clear_object (&self->store);
  g_hash_table_remove_all (self->pages);

  G_OBJECT_CLASS (ber_record_list_parent_class)->dispose (object);
}

static void
ber_record_list_finalize (GObject *object)
{
  BerRecordList *self = BER_RECORD_LIST (object);

  g_clear_pointer (&self->query, ber_query_unref);
  g_hash_table_destroy (self->pages);

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
  self->changing_position = -1;
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

  g_signal_connect_object (store, "row-changing", G_CALLBACK (on_row_changing), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "row-changed", G_CALLBACK (on_row_changed), self,
                           G_CONNECT_SWAPPED);

  self->n_items = count_rows (self);
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

guint
ber_record_list_get_n_fetches (BerRecordList *self)
{
  g_return_val_if_fail (BER_IS_RECORD_LIST (self), 0);
  return self->n_fetches;
}
