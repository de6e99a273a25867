/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-choice-row"

#include "config.h"

#include "ber-labels.h"
#include "ber-choice-row.h"

struct _BerChoiceRow
{
  AdwComboRow  parent_instance;

  char        *key;
  char        *choices;
  char        *none_label;
  GStrv        values;      /* the keyword of each item of the model; NULL for none */
  guint        n_values;
  gboolean     loading;
};

static void field_iface_init (BerFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerChoiceRow, ber_choice_row, ADW_TYPE_COMBO_ROW,
                               G_IMPLEMENT_INTERFACE (BER_TYPE_FIELD, field_iface_init))

enum
{
  PROP_0,
  PROP_CHOICES,
  PROP_NONE_LABEL,
  PROP_VALUES,
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

/* With "choices", the model and the keywords come from the labels list. */
static void
rebuild_choices (BerChoiceRow *self)
{
  g_autoptr(GtkStringList) model = NULL;
  g_autoptr(GStrvBuilder) values = NULL;
  g_auto(GStrv) labels = NULL;
  const BerChoice *choices;
  BerChoices which;
  guint n = 0;

  if (self->choices == NULL || !ber_choices_lookup (self->choices, &which))
    return;

  model = gtk_string_list_new (NULL);
  values = g_strv_builder_new ();
  if (self->none_label != NULL)
    {
      gtk_string_list_append (model, self->none_label);
      g_strv_builder_add (values, "");
    }
  choices = ber_choices_get (which, &n);
  labels = ber_choice_labels (which);
  for (guint i = 0; i < n; i++)
    {
      gtk_string_list_append (model, labels[i]);
      g_strv_builder_add (values, choices[i].value);
    }

  g_strfreev (self->values);
  self->values = g_strv_builder_end (values);
  self->n_values = g_strv_length (self->values);
  self->loading = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (model));
  self->loading = FALSE;
}

/* Returns: (nullable): the keyword chosen, or %NULL for none */
const char *
ber_choice_row_get_value (BerChoiceRow *self)
{
  guint selected;

  g_return_val_if_fail (BER_IS_CHOICE_ROW (self), NULL);

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  if (self->values == NULL || selected >= self->n_values || *self->values[selected] == '\0')
    return NULL;
  return self->values[selected];
}

/* @value: (nullable): a keyword; %NULL (or one not listed) chooses the first */
void
ber_choice_row_set_value (BerChoiceRow *self,
                          const char   *value)
{
  guint selected = 0;

  g_return_if_fail (BER_IS_CHOICE_ROW (self));

  for (guint i = 0; value != NULL && i < self->n_values; i++)
    if (g_str_equal (self->values[i], value))
      selected = i;
  self->loading = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), selected);
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
  g_free (self->choices);
  g_free (self->none_label);
  g_strfreev (self->values);

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
      g_value_set_string (value, self->choices);
      break;
    case PROP_NONE_LABEL:
      g_value_set_string (value, self->none_label);
      break;
    case PROP_VALUES:
      g_value_set_boxed (value, self->values);
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
      g_free (self->choices);
      self->choices = g_value_dup_string (value);
      rebuild_choices (self);
      break;
    case PROP_NONE_LABEL:
      g_free (self->none_label);
      self->none_label = g_value_dup_string (value);
      rebuild_choices (self);
      break;
    case PROP_VALUES:
      g_strfreev (self->values);
      self->values = g_value_dup_boxed (value);
      self->n_values = self->values != NULL ? g_strv_length (self->values) : 0;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The next or previous choice, for assistive technology: a screen reader
 * can choose without opening the list, which exposes no actions in GTK 4.8. */
static void
step_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AdwComboRow *row = ADW_COMBO_ROW (widget);
  GListModel *model = adw_combo_row_get_model (row);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  guint selected = adw_combo_row_get_selected (row);

  if (n == 0)
    return;
  if (g_str_equal (action_name, "choice.next"))
    selected = selected == GTK_INVALID_LIST_POSITION || selected + 1 >= n ? 0 : selected + 1;
  else
    selected = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? n - 1 : selected - 1;
  adw_combo_row_set_selected (row, selected);
}

static void
ber_choice_row_class_init (BerChoiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "choice.next", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "choice.previous", NULL, step_activated);

  object_class->finalize = ber_choice_row_finalize;
  object_class->get_property = ber_choice_row_get_property;
  object_class->set_property = ber_choice_row_set_property;

  properties[PROP_CHOICES] =
    g_param_spec_string ("choices", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NONE_LABEL] =
    g_param_spec_string ("none-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALUES] =
    g_param_spec_boxed ("values", NULL, NULL, G_TYPE_STRV,
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
