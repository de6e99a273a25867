/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-list-filter"

#include "config.h"

#include "ber-list-filter.h"

struct _BerListFilter
{
  GObject     parent_instance;

  char       *search;
  char       *order;
  gboolean    descending;
  GHashTable *criteria; /* name → GVariant (string, int64 or boolean) */
};

G_DEFINE_FINAL_TYPE (BerListFilter, ber_list_filter, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_SEARCH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ber_list_filter_finalize (GObject *object)
{
  BerListFilter *self = BER_LIST_FILTER (object);

  g_free (self->search);
  g_free (self->order);
  g_hash_table_unref (self->criteria);

  G_OBJECT_CLASS (ber_list_filter_parent_class)->finalize (object);
}

static void
ber_list_filter_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BerListFilter *self = BER_LIST_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_list_filter_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BerListFilter *self = BER_LIST_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      ber_list_filter_set_search (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_list_filter_class_init (BerListFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_list_filter_finalize;
  object_class->get_property = ber_list_filter_get_property;
  object_class->set_property = ber_list_filter_set_property;

  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BerListFilter::changed:
   *
   * Emitted once for each change of the search, the order or a criterion.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ber_list_filter_init (BerListFilter *self)
{
  self->criteria = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_variant_unref);
}

BerListFilter *
ber_list_filter_new (void)
{
  return g_object_new (BER_TYPE_LIST_FILTER, NULL);
}

const char *
ber_list_filter_get_search (BerListFilter *self)
{
  g_return_val_if_fail (BER_IS_LIST_FILTER (self), NULL);
  return self->search;
}

/* @search: (nullable): what to look for; empty or blank is no search */
void
ber_list_filter_set_search (BerListFilter *self,
                            const char    *search)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (BER_IS_LIST_FILTER (self));

  stripped = search != NULL ? g_strstrip (g_strdup (search)) : NULL;
  if (stripped != NULL && *stripped == '\0')
    g_clear_pointer (&stripped, g_free);
  if (g_strcmp0 (self->search, stripped) == 0)
    return;

  g_free (self->search);
  self->search = g_steal_pointer (&stripped);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Returns: (nullable): the order, or %NULL for the list's own */
const char *
ber_list_filter_get_order (BerListFilter *self)
{
  g_return_val_if_fail (BER_IS_LIST_FILTER (self), NULL);
  return self->order;
}

gboolean
ber_list_filter_get_descending (BerListFilter *self)
{
  g_return_val_if_fail (BER_IS_LIST_FILTER (self), FALSE);
  return self->descending;
}

/* @order: (nullable): one of the orders the service lists, or %NULL */
void
ber_list_filter_set_order (BerListFilter *self,
                           const char    *order,
                           gboolean       descending)
{
  g_return_if_fail (BER_IS_LIST_FILTER (self));

  if (g_strcmp0 (self->order, order) == 0 && self->descending == descending)
    return;

  g_free (self->order);
  self->order = g_strdup (order);
  self->descending = descending;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_criterion (BerListFilter *self,
               const char    *name,
               GVariant      *value)
{
  g_autoptr(GVariant) owned = value != NULL ? g_variant_ref_sink (value) : NULL;
  GVariant *old = g_hash_table_lookup (self->criteria, name);

  if ((old == NULL && owned == NULL) || (old != NULL && owned != NULL && g_variant_equal (old, owned)))
    return;

  if (owned == NULL)
    g_hash_table_remove (self->criteria, name);
  else
    g_hash_table_insert (self->criteria, g_strdup (name), g_steal_pointer (&owned));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* @value: (nullable): the value, or %NULL for "any" */
void
ber_list_filter_set_text (BerListFilter *self,
                          const char    *name,
                          const char    *value)
{
  g_return_if_fail (BER_IS_LIST_FILTER (self));
  set_criterion (self, name, value != NULL ? g_variant_new_string (value) : NULL);
}

/* @id: a record's id, or 0 for "any" */
void
ber_list_filter_set_id (BerListFilter *self,
                        const char    *name,
                        gint64         id)
{
  g_return_if_fail (BER_IS_LIST_FILTER (self));
  set_criterion (self, name, id > 0 ? g_variant_new_int64 (id) : NULL);
}

void
ber_list_filter_set_flag (BerListFilter *self,
                          const char    *name,
                          gboolean       on)
{
  g_return_if_fail (BER_IS_LIST_FILTER (self));
  set_criterion (self, name, on ? g_variant_new_boolean (TRUE) : NULL);
}

/* Returns: (nullable): the text criterion @name, or %NULL when any will do */
const char *
ber_list_filter_get_text (BerListFilter *self,
                          const char    *name)
{
  GVariant *value;

  g_return_val_if_fail (BER_IS_LIST_FILTER (self), NULL);
  value = g_hash_table_lookup (self->criteria, name);
  return value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING)
         ? g_variant_get_string (value, NULL) : NULL;
}

gint64
ber_list_filter_get_id (BerListFilter *self,
                        const char    *name)
{
  GVariant *value;

  g_return_val_if_fail (BER_IS_LIST_FILTER (self), 0);
  value = g_hash_table_lookup (self->criteria, name);
  return value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_INT64)
         ? g_variant_get_int64 (value) : 0;
}

gboolean
ber_list_filter_get_flag (BerListFilter *self,
                          const char    *name)
{
  g_return_val_if_fail (BER_IS_LIST_FILTER (self), FALSE);
  return g_hash_table_contains (self->criteria, name);
}
