/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-number-row"

#include "config.h"

#include "ber-number-row.h"

struct _BerNumberRow
{
  AdwActionRow   parent_instance;

  GtkSpinButton *spin;
  char          *key;
  gboolean       loading;
};

static void field_iface_init (BerFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerNumberRow, ber_number_row, ADW_TYPE_ACTION_ROW,
                               G_IMPLEMENT_INTERFACE (BER_TYPE_FIELD, field_iface_init))

enum
{
  PROP_0,
  PROP_LOWER,
  PROP_UPPER,
  N_PROPS,
  PROP_KEY = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
on_value_changed (BerNumberRow *self)
{
  if (!self->loading)
    ber_field_changed (BER_FIELD (self));
}

double
ber_number_row_get_value (BerNumberRow *self)
{
  g_return_val_if_fail (BER_IS_NUMBER_ROW (self), 0);

  gtk_spin_button_update (self->spin);
  return gtk_spin_button_get_value (self->spin);
}

void
ber_number_row_set_value (BerNumberRow *self,
                          double        value)
{
  g_return_if_fail (BER_IS_NUMBER_ROW (self));

  self->loading = TRUE;
  gtk_spin_button_set_value (self->spin, value);
  self->loading = FALSE;
}

static void
number_row_load (BerField  *field,
                 BerRecord *record)
{
  BerNumberRow *self = BER_NUMBER_ROW (field);
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) number = G_VALUE_INIT;

  g_value_init (&number, G_TYPE_DOUBLE);
  g_object_get_property (G_OBJECT (record), self->key, &value);
  if (g_value_transform (&value, &number))
    ber_number_row_set_value (self, g_value_get_double (&number));
}

static gboolean
number_row_store (BerField   *field,
                  BerRecord  *record,
                  GError    **error)
{
  BerNumberRow *self = BER_NUMBER_ROW (field);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), self->key);
  g_auto(GValue) number = G_VALUE_INIT;
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (pspec != NULL, FALSE);

  g_value_init (&number, G_TYPE_DOUBLE);
  g_value_set_double (&number, ber_number_row_get_value (self));
  g_value_init (&value, pspec->value_type);
  g_value_transform (&number, &value);
  g_object_set_property (G_OBJECT (record), self->key, &value);
  return TRUE;
}

static void
field_iface_init (BerFieldInterface *iface)
{
  iface->load = number_row_load;
  iface->store = number_row_store;
}

static void
ber_number_row_finalize (GObject *object)
{
  g_free (BER_NUMBER_ROW (object)->key);

  G_OBJECT_CLASS (ber_number_row_parent_class)->finalize (object);
}

static void
ber_number_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BerNumberRow *self = BER_NUMBER_ROW (object);
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->spin);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_LOWER:
      g_value_set_double (value, gtk_adjustment_get_lower (adjustment));
      break;
    case PROP_UPPER:
      g_value_set_double (value, gtk_adjustment_get_upper (adjustment));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_number_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BerNumberRow *self = BER_NUMBER_ROW (object);
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->spin);

  switch (prop_id)
    {
    case PROP_KEY:
      g_free (self->key);
      self->key = g_value_dup_string (value);
      break;
    case PROP_LOWER:
      gtk_adjustment_set_lower (adjustment, g_value_get_double (value));
      break;
    case PROP_UPPER:
      gtk_adjustment_set_upper (adjustment, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_number_row_class_init (BerNumberRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_number_row_finalize;
  object_class->get_property = ber_number_row_get_property;
  object_class->set_property = ber_number_row_set_property;

  properties[PROP_LOWER] =
    g_param_spec_double ("lower", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPPER] =
    g_param_spec_double ("upper", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 9999,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_KEY, "key");
}

static void
ber_number_row_init (BerNumberRow *self)
{
  self->spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 9999, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->spin), GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (self->spin, TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->spin));
  /* Also labels the spin button by the row's title: no relation of our own, which
   * would replace it. */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->spin));
  g_object_bind_property (self, "title", self->spin, "tooltip-text", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->spin, "value-changed", G_CALLBACK (on_value_changed), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
ber_number_row_new (const char *title,
                    const char *key,
                    double      lower,
                    double      upper)
{
  return g_object_new (BER_TYPE_NUMBER_ROW, "title", title, "key", key, "lower", lower,
                       "upper", upper, NULL);
}
