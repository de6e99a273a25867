/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-field"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-field.h"

G_DEFINE_INTERFACE (BerField, ber_field, GTK_TYPE_WIDGET)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ber_field_default_init (BerFieldInterface *iface)
{
  g_object_interface_install_property (iface,
                                       g_param_spec_string ("key", NULL, NULL, NULL,
                                                            G_PARAM_READWRITE
                                                            | G_PARAM_STATIC_STRINGS));

  /**
   * BerField::field-changed:
   *
   * Emitted when the user changes the field's value (not when it is loaded).
   */
  signals[CHANGED] = g_signal_new ("field-changed", G_TYPE_FROM_INTERFACE (iface), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* Returns: the record property the field edits */
const char *
ber_field_get_key (BerField *self)
{
  const char *key = NULL;
  GValue value = G_VALUE_INIT;

  g_return_val_if_fail (BER_IS_FIELD (self), NULL);

  g_value_init (&value, G_TYPE_STRING);
  g_object_get_property (G_OBJECT (self), "key", &value);
  /* Interned: a key is one of a few property names. */
  key = g_intern_string (g_value_get_string (&value));
  g_value_unset (&value);
  return key;
}

void
ber_field_load (BerField  *self,
                BerRecord *record)
{
  g_return_if_fail (BER_IS_FIELD (self));
  BER_FIELD_GET_IFACE (self)->load (self, record);
  ber_field_set_invalid (self, FALSE);
}

gboolean
ber_field_store (BerField   *self,
                 BerRecord  *record,
                 GError    **error)
{
  g_return_val_if_fail (BER_IS_FIELD (self), FALSE);
  return BER_FIELD_GET_IFACE (self)->store (self, record, error);
}

void
ber_field_changed (BerField *self)
{
  g_return_if_fail (BER_IS_FIELD (self));
  ber_field_set_invalid (self, FALSE);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Marks the field as the one to mend, in red, for eyes and screen readers. */
void
ber_field_set_invalid (BerField *self,
                       gboolean  invalid)
{
  g_return_if_fail (BER_IS_FIELD (self));

  if (invalid)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* The name a person reads on the field, for messages about it. */
const char *
ber_field_title (BerField *self)
{
  if (ADW_IS_PREFERENCES_ROW (self))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
  return ber_field_get_key (self);
}

/* Sets @error to @message, a sentence about the field, and returns FALSE. */
gboolean
ber_field_refuse (BerField    *self,
                  GError     **error,
                  const char  *message)
{
  g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Walking a form */

/* Every field under @root, in the order they are shown; a field's own
 * insides are not searched. */
static gboolean
foreach_field (GtkWidget *root,
               gboolean (*func) (BerField *field, gpointer data),
               gpointer   data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (BER_IS_FIELD (child))
        {
          if (!func (BER_FIELD (child), data))
            return FALSE;
        }
      else if (!foreach_field (child, func, data))
        return FALSE;
    }
  return TRUE;
}

static gboolean
set_context_one (BerField *field,
                 gpointer  data)
{
  if (BER_FIELD_GET_IFACE (field)->set_context != NULL)
    BER_FIELD_GET_IFACE (field)->set_context (field, data);
  return TRUE;
}

/* Gives the fields that choose records the lists to choose from. */
void
ber_fields_set_context (GtkWidget  *root,
                        BerContext *context)
{
  foreach_field (root, set_context_one, context);
}

static gboolean
load_one (BerField *field,
          gpointer  record)
{
  ber_field_load (field, record);
  return TRUE;
}

/* Shows @record's values in every field under @root. */
void
ber_fields_load (GtkWidget *root,
                 BerRecord *record)
{
  g_return_if_fail (GTK_IS_WIDGET (root));
  g_return_if_fail (BER_IS_RECORD (record));

  foreach_field (root, load_one, record);
}

typedef struct
{
  BerRecord  *record;
  GtkWidget  *invalid;
  GError     *error;
} StoreData;

static gboolean
store_one (BerField *field,
           gpointer  data)
{
  StoreData *store = data;

  if (!gtk_widget_get_visible (GTK_WIDGET (field)))
    return TRUE;
  if (ber_field_store (field, store->record, &store->error))
    return TRUE;

  store->invalid = GTK_WIDGET (field);
  ber_field_set_invalid (field, TRUE);
  return FALSE;
}

/**
 * ber_fields_store:
 * @invalid: (out) (optional) (transfer none): the first field refused
 *
 * Sets the values of the visible fields under @root on @record. A field
 * whose value cannot be stored (empty but required, not a date…) stops it,
 * is marked, and @error says what to mend.
 */
gboolean
ber_fields_store (GtkWidget  *root,
                  BerRecord  *record,
                  GtkWidget **invalid,
                  GError    **error)
{
  StoreData store = { record, NULL, NULL };

  g_return_val_if_fail (GTK_IS_WIDGET (root), FALSE);
  g_return_val_if_fail (BER_IS_RECORD (record), FALSE);

  g_object_freeze_notify (G_OBJECT (record));
  foreach_field (root, store_one, &store);
  g_object_thaw_notify (G_OBJECT (record));

  if (invalid != NULL)
    *invalid = store.invalid;
  if (store.error != NULL)
    {
      g_propagate_error (error, store.error);
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  GCallback callback;
  gpointer  user_data;
} ConnectData;

static gboolean
connect_one (BerField *field,
             gpointer  data)
{
  ConnectData *connect = data;

  g_signal_connect_swapped (field, "field-changed", connect->callback, connect->user_data);
  return TRUE;
}

/* Calls @changed (with @user_data) when the user changes any field. */
void
ber_fields_connect (GtkWidget *root,
                    GCallback  changed,
                    gpointer   user_data)
{
  ConnectData connect = { changed, user_data };

  foreach_field (root, connect_one, &connect);
}

/* Returns: (transfer none) (nullable): the field under @root bound to @key */
GtkWidget *
ber_fields_find (GtkWidget  *root,
                 const char *key)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (BER_IS_FIELD (child))
        {
          if (g_strcmp0 (ber_field_get_key (BER_FIELD (child)), key) == 0)
            return child;
          continue;
        }
      found = ber_fields_find (child, key);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Marks the field of @key a service's rule refused, and takes the user there. */
void
ber_fields_mark (GtkWidget  *root,
                 const char *key)
{
  GtkWidget *field = key != NULL ? ber_fields_find (root, key) : NULL;

  if (field == NULL)
    return;
  ber_field_set_invalid (BER_FIELD (field), TRUE);
  gtk_widget_grab_focus (field);
}
