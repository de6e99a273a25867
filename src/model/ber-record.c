/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-record"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-changes-private.h"
#include "ber-record-private.h"
#include "ber-row.h"



G_DEFINE_TYPE_WITH_PRIVATE (BerRecord, ber_record, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
value_free (gpointer data)
{
  GValue *value = data;

  g_value_unset (value);
  g_free (value);
}

static GValue *
lookup_value (BerRecord  *self,
              GParamSpec *pspec)
{
  BerRecordPrivate *priv = ber_record_get_instance_private (self);
  GValue *value = g_hash_table_lookup (priv->values, pspec);

  if (value == NULL)
    {
      value = g_new0 (GValue, 1);
      g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_param_value_set_default (pspec, value);
      g_hash_table_insert (priv->values, pspec, value);
    }

  return value;
}

/* Property handlers shared by every subclass. */
static void
generic_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  g_value_copy (lookup_value (BER_RECORD (object), pspec), value);
}

static void
generic_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  GValue *stored = lookup_value (BER_RECORD (object), pspec);

  if (g_param_values_cmp (pspec, stored, value) == 0)
    return;

  g_value_copy (value, stored);
  g_object_notify_by_pspec (object, pspec);
}

void
ber_record_class_install_properties (BerRecordClass  *klass,
                                     guint            n_pspecs,
                                     GParamSpec     **pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = generic_get_property;
  object_class->set_property = generic_set_property;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);
}

static char *
column_for_property (const char *property)
{
  char *column = g_strdup (property);

  g_strdelimit (column, "-", '_');
  return column;
}

static gboolean
variant_to_value (GVariant *variant,
                  GValue   *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_BYTES)
    {
      if (!g_variant_is_of_type (variant, G_VARIANT_TYPE_BYTESTRING))
        return FALSE;
      g_value_take_boxed (value, g_variant_get_data_as_bytes (variant));
      return TRUE;
    }

  if (type == G_TYPE_STRING)
    {
      if (g_variant_is_of_type (variant, G_VARIANT_TYPE_STRING))
        g_value_set_string (value, g_variant_get_string (variant, NULL));
      else if (g_variant_is_of_type (variant, G_VARIANT_TYPE_INT64))
        g_value_take_string (value, g_strdup_printf ("%" G_GINT64_FORMAT,
                                                     g_variant_get_int64 (variant)));
      else if (g_variant_is_of_type (variant, G_VARIANT_TYPE_DOUBLE))
        g_value_take_string (value, g_strdup_printf ("%g", g_variant_get_double (variant)));
      else
        return FALSE;
      return TRUE;
    }

  if (g_variant_is_of_type (variant, G_VARIANT_TYPE_INT64))
    {
      gint64 i = g_variant_get_int64 (variant);

      if (type == G_TYPE_INT64)
        g_value_set_int64 (value, i);
      else if (type == G_TYPE_INT)
        g_value_set_int (value, (int) CLAMP (i, G_MININT, G_MAXINT));
      else if (type == G_TYPE_UINT)
        g_value_set_uint (value, (guint) CLAMP (i, 0, G_MAXUINT));
      else if (type == G_TYPE_BOOLEAN)
        g_value_set_boolean (value, i != 0);
      else if (type == G_TYPE_DOUBLE)
        g_value_set_double (value, (double) i);
      else
        return FALSE;
      return TRUE;
    }

  if (g_variant_is_of_type (variant, G_VARIANT_TYPE_DOUBLE) && type == G_TYPE_DOUBLE)
    {
      g_value_set_double (value, g_variant_get_double (variant));
      return TRUE;
    }

  return FALSE;
}

/* A subclass's writable property and the column it is read from. */
typedef struct
{
  GParamSpec *pspec;
  char       *column;
} Field;

G_LOCK_DEFINE_STATIC (fields);

/* The fields of @type, worked out once for the program's life (records are
 * read in worker threads too). */
static GPtrArray *
fields_of (GType type)
{
  static GHashTable *by_type;
  GPtrArray *fields;

  G_LOCK (fields);
  if (by_type == NULL)
    by_type = g_hash_table_new (NULL, NULL);
  fields = g_hash_table_lookup (by_type, GSIZE_TO_POINTER (type));
  if (fields == NULL)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs = 0;

      fields = g_ptr_array_new ();
      pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
      for (guint i = 0; i < n_pspecs; i++)
        {
          Field *field;

          if (pspecs[i]->owner_type == BER_TYPE_RECORD
              || (pspecs[i]->flags & G_PARAM_WRITABLE) == 0)
            continue;
          field = g_new (Field, 1);
          field->pspec = pspecs[i];
          field->column = column_for_property (pspecs[i]->name);
          g_ptr_array_add (fields, field);
        }
      g_hash_table_insert (by_type, GSIZE_TO_POINTER (type), fields);
    }
  G_UNLOCK (fields);

  return fields;
}

void
ber_record_update_from_row (BerRecord *self,
                            GVariant  *row)
{
  BerRecordPrivate *priv = ber_record_get_instance_private (self);

  g_return_if_fail (BER_IS_RECORD (self));
  g_return_if_fail (row != NULL);

  g_object_freeze_notify (G_OBJECT (self));

  {
    GPtrArray *fields = fields_of (G_OBJECT_TYPE (self));
    g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify) g_variant_unref);
    GVariantIter iter;
    const char *key;
    GVariant *variant;
    gint64 id = 0;
    gint64 version = 0;
    const char *created = NULL;
    const char *updated = NULL;

    /* The row once, by column, rather than a search of it per property. */
    g_variant_iter_init (&iter, row);
    while (g_variant_iter_next (&iter, "{&sv}", &key, &variant))
      g_hash_table_replace (columns, (gpointer) key, variant);

    if ((variant = g_hash_table_lookup (columns, "id")) != NULL
        && g_variant_is_of_type (variant, G_VARIANT_TYPE_INT64))
      id = g_variant_get_int64 (variant);
    if ((variant = g_hash_table_lookup (columns, "version")) != NULL
        && g_variant_is_of_type (variant, G_VARIANT_TYPE_INT64))
      version = g_variant_get_int64 (variant);
    if ((variant = g_hash_table_lookup (columns, "created")) != NULL
        && g_variant_is_of_type (variant, G_VARIANT_TYPE_STRING))
      created = g_variant_get_string (variant, NULL);
    if ((variant = g_hash_table_lookup (columns, "updated")) != NULL
        && g_variant_is_of_type (variant, G_VARIANT_TYPE_STRING))
      updated = g_variant_get_string (variant, NULL);

    /* @row is kept: the strings above and in @columns point into it. */
    g_variant_ref_sink (row);
    g_clear_pointer (&priv->base_row, g_variant_unref);
    priv->base_row = row;
    if (priv->version != version)
      {
        priv->version = version;
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
      }
    if (priv->id != id)
      {
        priv->id = id;
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
      }
    if (g_strcmp0 (priv->created, created) != 0)
      {
        g_free (priv->created);
        priv->created = g_strdup (created);
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
      }
    if (g_strcmp0 (priv->updated, updated) != 0)
      {
        g_free (priv->updated);
        priv->updated = g_strdup (updated);
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
      }

    /* Every subclass property takes the row's value, or its default when
     * the column is NULL or absent. */
    for (guint i = 0; i < fields->len; i++)
      {
        Field *field = g_ptr_array_index (fields, i);
        g_auto(GValue) value = G_VALUE_INIT;

        variant = g_hash_table_lookup (columns, field->column);
        g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (field->pspec));
        if (variant == NULL || !variant_to_value (variant, &value))
          g_param_value_set_default (field->pspec, &value);
        g_object_set_property (G_OBJECT (self), field->pspec->name, &value);
      }
  }

  g_object_thaw_notify (G_OBJECT (self));
}

BerRecord *
ber_record_new_from_row (GType     type,
                         GVariant *row)
{
  BerRecord *self;

  g_return_val_if_fail (g_type_is_a (type, BER_TYPE_RECORD), NULL);

  self = g_object_new (type, NULL);
  if (row != NULL)
    ber_record_update_from_row (self, row);

  return self;
}

BerRecord *
ber_record_load (GType      type,
                 BerStore  *store,
                 gint64     id,
                 GError   **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);
  g_autoptr(GVariant) row = NULL;

  row = ber_store_get (store, record_class->source ? record_class->source : record_class->table,
                       id, error);
  if (row == NULL)
    return NULL;

  return ber_record_new_from_row (type, row);
}

gboolean
ber_record_reload (BerRecord  *self,
                   BerStore   *store,
                   GError    **error)
{
  BerRecordPrivate *priv = ber_record_get_instance_private (self);
  g_autoptr(GVariant) row = NULL;

  g_return_val_if_fail (BER_IS_RECORD (self), FALSE);

  row = ber_store_get (store, ber_record_get_source (self), priv->id, error);
  if (row == NULL)
    return FALSE;

  ber_record_update_from_row (self, row);
  return TRUE;
}

static GVariant *
value_to_variant (GParamSpec   *pspec,
                  const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if ((pspec->flags & BER_PARAM_NULLABLE) != 0 && g_param_value_defaults (pspec, value))
    return g_variant_new ("()");

  if (type == G_TYPE_STRING)
    {
      const char *s = g_value_get_string (value);
      gboolean nullable = G_PARAM_SPEC_STRING (pspec)->default_value == NULL;

      if (s == NULL || (nullable && *s == '\0'))
        return g_variant_new ("()");
      return g_variant_new_string (s);
    }
  if (type == G_TYPE_INT64)
    {
      gint64 i = g_value_get_int64 (value);

      if (i == 0 && g_str_has_suffix (pspec->name, "-id"))
        return g_variant_new ("()");
      return g_variant_new_int64 (i);
    }
  if (type == G_TYPE_INT)
    return g_variant_new_int64 (g_value_get_int (value));
  if (type == G_TYPE_UINT)
    return g_variant_new_int64 (g_value_get_uint (value));
  if (type == G_TYPE_BOOLEAN)
    return g_variant_new_int64 (g_value_get_boolean (value) ? 1 : 0);
  if (type == G_TYPE_DOUBLE)
    return g_variant_new_double (g_value_get_double (value));
  if (type == G_TYPE_BYTES)
    {
      GBytes *bytes = g_value_get_boxed (value);

      if (bytes == NULL || g_bytes_get_size (bytes) == 0)
        return g_variant_new ("()");
      return g_variant_new_from_bytes (G_VARIANT_TYPE_BYTESTRING, bytes, TRUE);
    }

  return NULL;
}

/**
 * ber_record_to_values:
 *
 * Returns: (transfer full): the a{sv} of the columns of the record's table.
 */
GVariant *
ber_record_to_values (BerRecord *self,
                      BerStore  *store)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (self);
  const char *table = ber_record_get_table (self);
  g_autofree GParamSpec **pspecs = NULL;
  GVariantBuilder builder;
  guint n_pspecs = 0;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  pspecs = g_object_class_list_properties (klass, &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_autofree char *column = NULL;
      GVariant *variant;

      if (pspec->owner_type == BER_TYPE_RECORD || (pspec->flags & G_PARAM_WRITABLE) == 0)
        continue;

      column = column_for_property (pspec->name);
      if (g_str_equal (column, "sort_key") || !ber_store_has_column (store, table, column))
        continue;

      variant = value_to_variant (pspec, lookup_value (self, pspec));
      if (variant != NULL)
        g_variant_builder_add (&builder, "{sv}", column, variant);
    }

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/* Replaces the message of a deletion refused by the register's rules with
 * what still names the record, when the store can tell: "Other records in
 * the register still name it: Item (4), Returned Report (1). …". */
static void
explain_refusal (BerStore    *store,
                 const char  *table,
                 gint64       id,
                 GError     **error)
{
  g_autoptr(GPtrArray) references = NULL;
  g_autoptr(GString) list = NULL;

  if (!g_error_matches (*error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT))
    return;
  references = ber_store_find_references (store, table, id, NULL);
  if (references == NULL || references->len == 0)
    return;

  list = g_string_new (NULL);
  for (guint i = 0; i < references->len; i++)
    {
      GVariant *row = g_ptr_array_index (references, i);

      /* Translators: one kind of record with how many of them name the
       * record to be deleted, in a list: "Item (4)" */
      g_string_append_printf (list, _("%s (%u)"),
                              _ber_change_table_kind (ber_row_text (row, "table")),
                              (guint) MIN (ber_row_integer (row, "count"), G_MAXUINT));
      if (i + 1 < references->len)
        g_string_append (list, ", ");
    }
  g_clear_error (error);
  g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT,
               _("Other records in the register still name it: %s. Remove those references "
                 "first, or keep it."),
               list->str);
}

gboolean
ber_record_delete (BerRecord  *self,
                   BerStore   *store,
                   GError    **error)
{
  BerRecordPrivate *priv = ber_record_get_instance_private (self);
  g_autoptr(GError) refused = NULL;

  g_return_val_if_fail (BER_IS_RECORD (self), FALSE);

  if (priv->id == 0)
    return TRUE;

  if (!ber_store_delete (store, ber_record_get_table (self), priv->id, &refused))
    {
      explain_refusal (store, ber_record_get_table (self), priv->id, &refused);
      g_propagate_error (error, g_steal_pointer (&refused));
      return FALSE;
    }

  priv->id = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  return TRUE;
}

/**
 * ber_record_forget_insert:
 *
 * Makes a record inserted in a transaction that was then rolled back new
 * again, so that saving it inserts it.
 */
void
ber_record_forget_insert (BerRecord *self)
{
  BerRecordPrivate *priv = ber_record_get_instance_private (self);

  g_return_if_fail (BER_IS_RECORD (self));

  if (priv->id == 0)
    return;
  priv->id = 0;
  priv->version = 0;
  g_clear_pointer (&priv->base_row, g_variant_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

BerRecordPrivate *
_ber_record_get_private (BerRecord *self)
{
  return ber_record_get_instance_private (self);
}

/* The record was inserted: it has an id now. */
void
_ber_record_set_id (BerRecord *self,
                    gint64     id)
{
  BerRecordPrivate *priv = ber_record_get_instance_private (self);

  priv->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ber_record_get_id (BerRecord *self)
{
  BerRecordPrivate *priv = ber_record_get_instance_private (self);

  g_return_val_if_fail (BER_IS_RECORD (self), 0);
  return priv->id;
}

const char *
ber_record_get_table (BerRecord *self)
{
  g_return_val_if_fail (BER_IS_RECORD (self), NULL);
  return BER_RECORD_GET_CLASS (self)->table;
}

const char *
ber_record_get_source (BerRecord *self)
{
  BerRecordClass *klass;

  g_return_val_if_fail (BER_IS_RECORD (self), NULL);

  klass = BER_RECORD_GET_CLASS (self);
  return klass->source != NULL ? klass->source : klass->table;
}

/**
 * ber_record_get_label:
 *
 * Returns: what names the record to a person: its name, or its title for
 *   records that have one instead; "" when it has neither
 */
const char *
ber_record_get_label (BerRecord *self)
{
  BerRecordClass *klass;
  GParamSpec *pspec;
  const char *label;

  g_return_val_if_fail (BER_IS_RECORD (self), NULL);

  klass = BER_RECORD_GET_CLASS (self);
  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass),
                                        klass->label != NULL ? klass->label : "name");
  if (pspec == NULL)
    pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "title");
  if (pspec == NULL || pspec->value_type != G_TYPE_STRING)
    return "";
  label = g_value_get_string (lookup_value (self, pspec));
  return label != NULL ? label : "";
}

const char *
ber_record_get_string (BerRecord  *self,
                       const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);

  g_return_val_if_fail (pspec != NULL && pspec->value_type == G_TYPE_STRING, NULL);
  return g_value_get_string (lookup_value (self, pspec));
}

gint64
ber_record_get_int64 (BerRecord  *self,
                      const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);

  g_return_val_if_fail (pspec != NULL && pspec->value_type == G_TYPE_INT64, 0);
  return g_value_get_int64 (lookup_value (self, pspec));
}

static void
ber_record_finalize (GObject *object)
{
  BerRecord *self = BER_RECORD (object);
  BerRecordPrivate *priv = ber_record_get_instance_private (self);

  g_hash_table_destroy (priv->values);
  g_clear_pointer (&priv->base_row, g_variant_unref);
  g_clear_object (&priv->conflict);
  g_free (priv->created);
  g_free (priv->updated);

  G_OBJECT_CLASS (ber_record_parent_class)->finalize (object);
}

static void
ber_record_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BerRecord *self = BER_RECORD (object);
  BerRecordPrivate *priv = ber_record_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;
    case PROP_CREATED:
      g_value_set_string (value, priv->created);
      break;
    case PROP_UPDATED:
      g_value_set_string (value, priv->updated);
      break;
    case PROP_VERSION:
      g_value_set_int64 (value, priv->version);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_record_class_init (BerRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_record_finalize;
  object_class->get_property = ber_record_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UPDATED] =
    g_param_spec_string ("updated", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ber_record_init (BerRecord *self)
{
  BerRecordPrivate *priv = ber_record_get_instance_private (self);

  priv->values = g_hash_table_new_full (NULL, NULL, NULL, value_free);
}
