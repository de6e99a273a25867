/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-choice-row"

#include "config.h"

#include "ber-choice-row.h"
#include "ber-labels.h"

struct _BerChoiceRow
{
  AdwComboRow parent_instance;

  char       *key;
  char       *choices_name;
  BerChoices  choices;
  gboolean    has_choices;
  gboolean    loading;
};

static void field_iface_init (BerFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerChoiceRow, ber_choice_row, ADW_TYPE_COMBO_ROW,
                               G_IMPLEMENT_INTERFACE (BER_TYPE_FIELD, field_iface_init))

enum
{
  PROP_0,
  PROP_CHOICES,
  N_PROPS,
  PROP_KEY = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
on_selected (BerChoiceRow *self)
{
  if (!self->loading)
    ber_field_changed (BER_FIELD (self));
}

static void
set_choices (BerChoiceRow *self,
             const char   *name)
{
  g_auto(GStrv) labels = NULL;
  g_autoptr(GtkStringList) model = NULL;

  g_free (self->choices_name);
  self->choices_name = g_strdup (name);
  self->has_choices = ber_choices_lookup (name, &self->choices);
  g_return_if_fail (self->has_choices);

  labels = ber_choice_labels (self->choices);
  model = gtk_string_list_new ((const char * const *) labels);
  self->loading = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (model));
  self->loading = FALSE;
}

/* Returns: (nullable): the value chosen, e.g. "very-active" */
const char *
ber_choice_row_get_value (BerChoiceRow *self)
{
  g_return_val_if_fail (BER_IS_CHOICE_ROW (self), NULL);

  if (!self->has_choices)
    return NULL;
  return ber_choice_value (self->choices, adw_combo_row_get_selected (ADW_COMBO_ROW (self)));
}

void
ber_choice_row_set_value (BerChoiceRow *self,
                          const char   *value)
{
  int index;

  g_return_if_fail (BER_IS_CHOICE_ROW (self));

  index = self->has_choices ? ber_choice_index (self->choices, value) : -1;
  self->loading = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), index >= 0 ? (guint) index : 0);
  self->loading = FALSE;
}

static void
choice_row_load (BerField  *field,
                 BerRecord *record)
{
  BerChoiceRow *self = BER_CHOICE_ROW (field);
  g_autofree char *value = NULL;

  g_object_get (record, self->key, &value, NULL);
  ber_choice_row_set_value (self, value);
}

static gboolean
choice_row_store (BerField   *field,
                  BerRecord  *record,
                  GError    **error)
{
  BerChoiceRow *self = BER_CHOICE_ROW (field);

  g_object_set (record, self->key, ber_choice_row_get_value (self), NULL);
  return TRUE;
}

static void
field_iface_init (BerFieldInterface *iface)
{
  iface->load = choice_row_load;
  iface->store = choice_row_store;
}

static void
ber_choice_row_finalize (GObject *object)
{
  BerChoiceRow *self = BER_CHOICE_ROW (object);

  g_free (self->key);
  g_free (self->choices_name);

  G_OBJECT_CLASS (ber_choice_row_parent_class)->finalize (object);
}

static void
ber_choice_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BerChoiceRow *self = BER_CHOICE_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_CHOICES:
      g_value_set_string (value, self->choices_name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_choice_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BerChoiceRow *self = BER_CHOICE_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_free (self->key);
      self->key = g_value_dup_string (value);
      break;
    case PROP_CHOICES:
      set_choices (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_choice_row_class_init (BerChoiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_choice_row_finalize;
  object_class->get_property = ber_choice_row_get_property;
  object_class->set_property = ber_choice_row_set_property;

  properties[PROP_CHOICES] =
    g_param_spec_string ("choices", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_KEY, "key");
}

static void
ber_choice_row_init (BerChoiceRow *self)
{
  g_signal_connect (self, "notify::selected", G_CALLBACK (on_selected), NULL);
}

GtkWidget *
ber_choice_row_new (const char *title,
                    const char *key,
                    const char *choices)
{
  return g_object_new (BER_TYPE_CHOICE_ROW, "title", title, "key", key, "choices", choices,
                       NULL);
}
