/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-query"

#include "config.h"

#include "ber-query.h"

struct _BerQuery
{
  gatomicrefcount  ref_count;
  char            *source;
  GPtrArray       *conditions;
  GPtrArray       *orders;
  char            *search_text;
  GStrv            search_columns;
};

G_DEFINE_BOXED_TYPE (BerQuery, ber_query, ber_query_ref, ber_query_unref)

static void
condition_free (gpointer data)
{
  BerQueryCondition *c = data;

  g_free (c->column);
  g_clear_pointer (&c->value, g_variant_unref);
  g_strfreev (c->in);
  g_free (c);
}

static void
order_free (gpointer data)
{
  BerQueryOrder *o = data;

  g_free (o->column);
  g_free (o);
}

BerQuery *
ber_query_new (const char *source)
{
  BerQuery *self;

  g_return_val_if_fail (source != NULL, NULL);

  self = g_new0 (BerQuery, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->source = g_strdup (source);
  self->conditions = g_ptr_array_new_with_free_func (condition_free);
  self->orders = g_ptr_array_new_with_free_func (order_free);

  return self;
}

/**
 * ber_query_copy_reversed:
 *
 * Returns: (transfer full): the same rows in the opposite order, so that the
 * last rows of a long list are read as the first rows of this one, without
 * skipping all the rows before them.
 */
BerQuery *
ber_query_copy_reversed (const BerQuery *self)
{
  BerQuery *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = ber_query_copy (self);
  if (copy->orders->len == 0)
    ber_query_add_order (copy, "id", TRUE);
  else
    for (guint i = 0; i < copy->orders->len; i++)
      {
        BerQueryOrder *o = g_ptr_array_index (copy->orders, i);

        o->descending = !o->descending;
      }
  return copy;
}

BerQuery *
ber_query_copy (const BerQuery *self)
{
  BerQuery *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = ber_query_new (self->source);
  for (guint i = 0; i < self->conditions->len; i++)
    {
      const BerQueryCondition *c = g_ptr_array_index (self->conditions, i);
      BerQueryCondition *n = g_new0 (BerQueryCondition, 1);

      n->column = g_strdup (c->column);
      n->op = c->op;
      n->value = c->value != NULL ? g_variant_ref (c->value) : NULL;
      n->in = g_strdupv (c->in);
      g_ptr_array_add (copy->conditions, n);
    }
  for (guint i = 0; i < self->orders->len; i++)
    {
      const BerQueryOrder *o = g_ptr_array_index (self->orders, i);

      ber_query_add_order (copy, o->column, o->descending);
    }
  copy->search_text = g_strdup (self->search_text);
  copy->search_columns = g_strdupv (self->search_columns);

  return copy;
}

BerQuery *
ber_query_ref (BerQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ber_query_unref (BerQuery *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->source);
      g_ptr_array_unref (self->conditions);
      g_ptr_array_unref (self->orders);
      g_free (self->search_text);
      g_strfreev (self->search_columns);
      g_free (self);
    }
}

const char *
ber_query_get_source (const BerQuery *self)
{
  return self->source;
}

/**
 * ber_query_add_condition:
 * @value: (transfer floating) (nullable): ignored for IS NULL / NOT NULL
 */
void
ber_query_add_condition (BerQuery   *self,
                         const char *column,
                         BerQueryOp  op,
                         GVariant   *value)
{
  BerQueryCondition *c;

  g_return_if_fail (self != NULL);
  g_return_if_fail (column != NULL);
  g_return_if_fail (value != NULL || op == BER_QUERY_IS_NULL || op == BER_QUERY_NOT_NULL);

  c = g_new0 (BerQueryCondition, 1);
  c->column = g_strdup (column);
  c->op = op;
  if (value != NULL)
    c->value = g_variant_ref_sink (value);
  g_ptr_array_add (self->conditions, c);
}

void
ber_query_add_in (BerQuery           *self,
                  const char         *column,
                  const char * const *values)
{
  BerQueryCondition *c;

  g_return_if_fail (self != NULL);
  g_return_if_fail (column != NULL);

  c = g_new0 (BerQueryCondition, 1);
  c->column = g_strdup (column);
  c->op = BER_QUERY_EQ;
  c->in = g_strdupv ((char **) values);
  if (c->in == NULL)
    c->in = g_new0 (char *, 1);
  g_ptr_array_add (self->conditions, c);
}

void
ber_query_clear_conditions (BerQuery *self)
{
  g_ptr_array_set_size (self->conditions, 0);
}

void
ber_query_set_search (BerQuery           *self,
                      const char         *text,
                      const char * const *columns)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->search_columns, g_strfreev);

  if (text == NULL || columns == NULL || columns[0] == NULL)
    return;

  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    return;

  self->search_text = g_steal_pointer (&stripped);
  self->search_columns = g_strdupv ((char **) columns);
}

void
ber_query_add_order (BerQuery   *self,
                     const char *column,
                     gboolean    descending)
{
  BerQueryOrder *o;

  g_return_if_fail (self != NULL);
  g_return_if_fail (column != NULL);

  o = g_new0 (BerQueryOrder, 1);
  o->column = g_strdup (column);
  o->descending = !!descending;
  g_ptr_array_add (self->orders, o);
}

void
ber_query_clear_order (BerQuery *self)
{
  g_ptr_array_set_size (self->orders, 0);
}

const GPtrArray *
ber_query_get_conditions (const BerQuery *self)
{
  return self->conditions;
}

const GPtrArray *
ber_query_get_orders (const BerQuery *self)
{
  return self->orders;
}

const char *
ber_query_get_search_text (const BerQuery *self)
{
  return self->search_text;
}

const char * const *
ber_query_get_search_columns (const BerQuery *self)
{
  return (const char * const *) self->search_columns;
}
