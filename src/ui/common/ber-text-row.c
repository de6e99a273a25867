/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-text-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-text-row.h"

struct _BerTextRow
{
  AdwEntryRow parent_instance;

  char       *key;
  gboolean    required;
  gboolean    loading;
};

static void field_iface_init (BerFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerTextRow, ber_text_row, ADW_TYPE_ENTRY_ROW,
                               G_IMPLEMENT_INTERFACE (BER_TYPE_FIELD, field_iface_init))

enum
{
  PROP_0,
  PROP_REQUIRED,
  PROP_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_changed (BerTextRow *self)
{
  if (!self->loading)
    ber_field_changed (BER_FIELD (self));
}

static void
text_row_load (BerField  *field,
               BerRecord *record)
{
  BerTextRow *self = BER_TEXT_ROW (field);
  g_autofree char *text = NULL;

  g_object_get (record, self->key, &text, NULL);
  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text != NULL ? text : "");
  self->loading = FALSE;
}

static gboolean
text_row_store (BerField   *field,
                BerRecord  *record,
                GError    **error)
{
  BerTextRow *self = BER_TEXT_ROW (field);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));

  if (self->required && *text == '\0')
    {
      g_autofree char *message =
        /* Translators: the name of a field in a form */
        g_strdup_printf (_("“%s” is required. Fill it in and save again."),
                         ber_field_title (field));

      return ber_field_refuse (field, error, message);
    }

  g_object_set (record, self->key, text, NULL);
  return TRUE;
}

static void
field_iface_init (BerFieldInterface *iface)
{
  iface->load = text_row_load;
  iface->store = text_row_store;
}

static void
ber_text_row_finalize (GObject *object)
{
  g_free (BER_TEXT_ROW (object)->key);

  G_OBJECT_CLASS (ber_text_row_parent_class)->finalize (object);
}

static void
ber_text_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BerTextRow *self = BER_TEXT_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_REQUIRED:
      g_value_set_boolean (value, self->required);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_text_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BerTextRow *self = BER_TEXT_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_free (self->key);
      self->key = g_value_dup_string (value);
      break;
    case PROP_REQUIRED:
      self->required = g_value_get_boolean (value);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_REQUIRED,
                                      self->required, -1);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_text_row_class_init (BerTextRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_text_row_finalize;
  object_class->get_property = ber_text_row_get_property;
  object_class->set_property = ber_text_row_set_property;

  properties[PROP_REQUIRED] =
    g_param_spec_boolean ("required", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, PROP_KEY, properties);
  g_object_class_override_property (object_class, PROP_KEY, "key");
}

static void
ber_text_row_init (BerTextRow *self)
{
  g_signal_connect (self, "changed", G_CALLBACK (on_changed), NULL);
}

GtkWidget *
ber_text_row_new (const char *title,
                  const char *key)
{
  return g_object_new (BER_TYPE_TEXT_ROW, "title", title, "key", key, NULL);
}
