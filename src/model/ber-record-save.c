/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-record"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-record-private.h"

/*
 * Saving against others' changes: a record remembers the row it was read
 * from (base_row) and its version. A save writes only the columns that
 * differ from that row, and only if the row is still at that version. If it
 * has moved on, the row is read again: when the other writer changed other
 * columns, the save is made on top of theirs and both survive; when it
 * changed a column this save changes too, to another value, the save stops
 * with BER_STORE_ERROR_CONFLICT and ber_record_get_conflict() says what,
 * while the record keeps the values set on it.
 */

#define MAX_REBASES 5

static gboolean
same_value (GVariant *a,
            GVariant *b)
{
  gboolean a_null = a == NULL || g_variant_is_of_type (a, G_VARIANT_TYPE_UNIT);
  gboolean b_null = b == NULL || g_variant_is_of_type (b, G_VARIANT_TYPE_UNIT);

  if (a_null || b_null)
    return a_null == b_null;
  return g_variant_equal (a, b);
}

/* The values of @row as this record's class would save them, so that they
 * compare with ber_record_to_values() of the record. */
static GVariant *
row_values (BerRecord *self,
            BerStore  *store,
            GVariant  *row)
{
  g_autoptr(BerRecord) copy = ber_record_new_from_row (G_OBJECT_TYPE (self), row);

  return ber_record_to_values (copy, store);
}

/* Returns: (transfer full): the columns whose values differ from the row the
 * record was read from, with the record's values */
static GVariant *
changed_values (BerRecord *self,
                BerStore  *store)
{
  BerRecordPrivate *priv = _ber_record_get_private (self);
  g_autoptr(GVariant) mine = ber_record_to_values (self, store);
  g_autoptr(GVariant) base = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  if (priv->base_row == NULL)
    return g_steal_pointer (&mine);

  base = row_values (self, store, priv->base_row);
  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_iter_init (&iter, mine);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      g_autoptr(GVariant) was = g_variant_lookup_value (base, key, NULL);

      if (!same_value (value, was))
        g_variant_builder_add (&builder, "{sv}", key, value);
      g_variant_unref (value);
    }

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

static GParamSpec *
pspec_for_column (BerRecord  *self,
                  const char *column)
{
  g_autofree char *property = g_strdup (column);

  g_strdelimit (property, "_", '-');
  return g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);
}

/*
 * Takes @row as the row the record was read from, and all its values, but
 * for the columns in @keep, which keep the values they have now.
 */
static void
rebase (BerRecord *self,
        GVariant  *row,
        GVariant  *keep)
{
  g_autoptr(GPtrArray) pspecs = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  g_variant_iter_init (&iter, keep);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      GParamSpec *pspec = pspec_for_column (self, key);

      g_variant_unref (value);
      if (pspec == NULL)
        continue;
      g_array_set_size (values, values->len + 1);
      g_value_init (&g_array_index (values, GValue, values->len - 1),
                    G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_object_get_property (G_OBJECT (self), pspec->name,
                             &g_array_index (values, GValue, values->len - 1));
      g_ptr_array_add (pspecs, pspec);
    }

  g_object_freeze_notify (G_OBJECT (self));
  ber_record_update_from_row (self, row);
  for (guint i = 0; i < pspecs->len; i++)
    g_object_set_property (G_OBJECT (self), ((GParamSpec *) g_ptr_array_index (pspecs, i))->name,
                           &g_array_index (values, GValue, i));
  g_object_thaw_notify (G_OBJECT (self));
}

/* A value as the conflict shows it: the name of a record an id points at,
 * when the row has it, else the text of the value. */
static char *
display_value (GVariant   *value,
               GVariant   *row,
               const char *column)
{
  if (value == NULL || g_variant_is_of_type (value, G_VARIANT_TYPE_UNIT))
    return g_strdup ("");
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_variant_dup_string (value, NULL);
  if (row != NULL && g_str_has_suffix (column, "_id"))
    {
      g_autofree char *name_column = g_strdup (column);
      const char *name = NULL;

      strcpy (name_column + strlen (name_column) - 2, "name");
      if (g_variant_lookup (row, name_column, "&s", &name))
        return g_strdup (name);
    }
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return g_strdup_printf ("%g", g_variant_get_double (value));
  return g_variant_print (value, FALSE);
}

/* Who wrote the row after @version, from the newest entry of its history. */
static BerConflict *
new_conflict (BerRecord *self,
              BerStore  *store,
              gint64     version)
{
  g_autoptr(GPtrArray) history = ber_store_get_history (store, ber_record_get_table (self),
                                                        ber_record_get_id (self), 1, NULL);
  const char *changed_by = NULL;
  const char *changed_at = NULL;
  gint64 changed_version = 0;

  if (history != NULL && history->len > 0)
    {
      GVariant *entry = g_ptr_array_index (history, 0);

      g_variant_lookup (entry, "version", "x", &changed_version);
      if (changed_version > version)
        {
          g_variant_lookup (entry, "changed_by", "&s", &changed_by);
          g_variant_lookup (entry, "changed_at", "&s", &changed_at);
        }
    }

  return ber_conflict_new (changed_by, changed_at);
}

/* Returns: (transfer full) (nullable): what of @changed another writer
 * changed too, in @current, to another value; %NULL when nothing */
static BerConflict *
find_conflict (BerRecord *self,
               BerStore  *store,
               GVariant  *current,
               GVariant  *changed)
{
  BerRecordPrivate *priv = _ber_record_get_private (self);
  g_autoptr(GVariant) base = row_values (self, store, priv->base_row);
  g_autoptr(GVariant) theirs = row_values (self, store, current);
  g_autoptr(BerConflict) conflict = NULL;
  GVariantIter iter;
  const char *key;
  GVariant *mine;

  g_variant_iter_init (&iter, changed);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &mine))
    {
      g_autoptr(GVariant) was = g_variant_lookup_value (base, key, NULL);
      g_autoptr(GVariant) now = g_variant_lookup_value (theirs, key, NULL);
      GParamSpec *pspec = pspec_for_column (self, key);

      if (pspec != NULL && !same_value (now, was) && !same_value (now, mine))
        {
          g_autofree char *mine_text = NULL;
          g_autofree char *theirs_text = display_value (now, current, key);
          g_autofree char *name_property = NULL;

          /* The name of a chosen record is on the record when its view has it. */
          mine_text = display_value (mine, NULL, key);
          if (g_str_has_suffix (key, "_id"))
            {
              GParamSpec *name_pspec;

              name_property = g_strdup (pspec->name);
              strcpy (name_property + strlen (name_property) - 2, "name");
              name_pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self),
                                                         name_property);
              if (name_pspec != NULL && name_pspec->value_type == G_TYPE_STRING
                  && same_value (mine, was))
                {
                  g_free (mine_text);
                  mine_text = g_strdup (ber_record_get_string (self, name_property));
                }
            }

          if (conflict == NULL)
            conflict = new_conflict (self, store, priv->version);
          ber_conflict_add_field (conflict, pspec->name, mine_text, theirs_text);
        }
      g_variant_unref (mine);
    }

  return g_steal_pointer (&conflict);
}

static gboolean
set_conflict_error (BerRecord    *self,
                    BerConflict  *conflict,
                    GError      **error)
{
  const char *who = ber_conflict_get_changed_by (conflict);

  if (who != NULL)
    g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT,
                 _("%s changed the same fields while you edited them. Choose which "
                   "version to keep."), who);
  else
    g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT,
                         _("Another program changed the same fields while you edited them. "
                           "Choose which version to keep."));
  return FALSE;
}

static gboolean
insert (BerRecord  *self,
        BerStore   *store,
        GError    **error)
{
  g_autoptr(GVariant) values = ber_record_to_values (self, store);
  gint64 id = ber_store_insert (store, ber_record_get_table (self), values, error);

  if (id == 0)
    return FALSE;
  _ber_record_set_id (self, id);
  return TRUE;
}

/**
 * ber_record_save:
 *
 * Inserts a new record, or writes what changed since it was read. When
 * somebody else changed the same fields since, nothing is written, the error
 * is %BER_STORE_ERROR_CONFLICT and ber_record_get_conflict() tells what; see
 * ber_record_resolve_conflict().
 */
gboolean
ber_record_save (BerRecord  *self,
                 BerStore   *store,
                 GError    **error)
{
  BerRecordPrivate *priv = _ber_record_get_private (self);

  g_return_val_if_fail (BER_IS_RECORD (self), FALSE);
  g_return_val_if_fail (BER_IS_STORE (store), FALSE);

  g_clear_object (&priv->conflict);

  if (priv->id == 0)
    {
      if (!insert (self, store, error))
        return FALSE;
      /* Pick up what the store computed: timestamps and the names of a view. */
      return ber_record_reload (self, store, error);
    }

  for (guint attempt = 0; attempt < MAX_REBASES; attempt++)
    {
      g_autoptr(GVariant) changed = changed_values (self, store);
      g_autoptr(GVariant) current = NULL;
      g_autoptr(GError) local_error = NULL;
      gboolean ok;

      if (g_variant_n_children (changed) == 0)
        return ber_record_reload (self, store, error);

      if (priv->version > 0)
        ok = ber_store_update_versioned (store, ber_record_get_table (self), priv->id,
                                         priv->version, changed, NULL,
                                         &local_error);
      else
        ok = ber_store_update (store, ber_record_get_table (self), priv->id,
                               changed, &local_error);
      if (ok)
        return ber_record_reload (self, store, error);

      if (!g_error_matches (local_error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      current = ber_store_get (store, ber_record_get_source (self), priv->id, error);
      if (current == NULL)
        return FALSE;

      priv->conflict = find_conflict (self, store, current, changed);
      if (priv->conflict != NULL)
        return set_conflict_error (self, priv->conflict, error);

      /* Others changed other fields: save on top of theirs. */
      rebase (self, current, changed);
    }

  g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_BUSY,
                       _("The entry keeps being changed by another program. Wait a moment and "
                         "save again."));
  return FALSE;
}

/**
 * ber_record_get_conflict:
 *
 * Returns: (transfer none) (nullable): what stopped the last save, if it
 *   was a conflict
 */
BerConflict *
ber_record_get_conflict (BerRecord *self)
{
  BerRecordPrivate *priv = _ber_record_get_private (self);

  g_return_val_if_fail (BER_IS_RECORD (self), NULL);
  return priv->conflict;
}

/**
 * ber_record_resolve_conflict:
 * @choice: keep the values set on the record for the fields in conflict, or
 *   take the ones in the register
 *
 * Takes the register's row as it is now as the one the record was read
 * from, keeps every other change made to the record, and settles the fields
 * in conflict as chosen. The next ber_record_save() writes the result.
 *
 * Returns: %FALSE when the row cannot be read again
 */
gboolean
ber_record_resolve_conflict (BerRecord          *self,
                             BerStore           *store,
                             BerConflictChoice   choice,
                             GError            **error)
{
  BerRecordPrivate *priv = _ber_record_get_private (self);
  g_autoptr(BerConflict) conflict = NULL;
  g_autoptr(GVariant) changed = NULL;
  g_autoptr(GVariant) current = NULL;
  GVariantBuilder keep;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_return_val_if_fail (BER_IS_RECORD (self), FALSE);
  g_return_val_if_fail (priv->conflict != NULL, FALSE);

  conflict = g_steal_pointer (&priv->conflict);
  current = ber_store_get (store, ber_record_get_source (self), priv->id, error);
  if (current == NULL)
    return FALSE;

  changed = changed_values (self, store);
  g_variant_builder_init (&keep, G_VARIANT_TYPE_VARDICT);
  g_variant_iter_init (&iter, changed);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      GParamSpec *pspec = pspec_for_column (self, key);

      if (choice == BER_CONFLICT_KEEP_MINE || pspec == NULL
          || !ber_conflict_has_property (conflict, pspec->name))
        g_variant_builder_add (&keep, "{sv}", key, value);
      g_variant_unref (value);
    }

  {
    g_autoptr(GVariant) kept = g_variant_ref_sink (g_variant_builder_end (&keep));

    rebase (self, current, kept);
  }
  return TRUE;
}

