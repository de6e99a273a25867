/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-switch-row"

#include "config.h"

#include "ber-switch-row.h"

struct _BerSwitchRow
{
  AdwActionRow  parent_instance;

  GtkSwitch    *toggle;
  char         *key;
  gboolean      loading;
};

static void field_iface_init (BerFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerSwitchRow, ber_switch_row, ADW_TYPE_ACTION_ROW,
                               G_IMPLEMENT_INTERFACE (BER_TYPE_FIELD, field_iface_init))

enum
{
  PROP_0,
  PROP_KEY,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *active_pspec;

static void
on_active (BerSwitchRow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), active_pspec);
  if (!self->loading)
    ber_field_changed (BER_FIELD (self));
}

static void
switch_row_load (BerField  *field,
                 BerRecord *record)
{
  BerSwitchRow *self = BER_SWITCH_ROW (field);
  gboolean active = FALSE;

  g_object_get (record, self->key, &active, NULL);
  self->loading = TRUE;
  gtk_switch_set_active (self->toggle, active);
  self->loading = FALSE;
}

static gboolean
switch_row_store (BerField   *field,
                  BerRecord  *record,
                  GError    **error)
{
  BerSwitchRow *self = BER_SWITCH_ROW (field);

  g_object_set (record, self->key, gtk_switch_get_active (self->toggle), NULL);
  return TRUE;
}

static void
field_iface_init (BerFieldInterface *iface)
{
  iface->load = switch_row_load;
  iface->store = switch_row_store;
}

static void
ber_switch_row_finalize (GObject *object)
{
  g_free (BER_SWITCH_ROW (object)->key);

  G_OBJECT_CLASS (ber_switch_row_parent_class)->finalize (object);
}

static void
ber_switch_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  if (prop_id == PROP_KEY)
    g_value_set_string (value, BER_SWITCH_ROW (object)->key);
  else if (prop_id == PROP_ACTIVE)
    g_value_set_boolean (value, gtk_switch_get_active (BER_SWITCH_ROW (object)->toggle));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ber_switch_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BerSwitchRow *self = BER_SWITCH_ROW (object);

  if (prop_id == PROP_KEY)
    {
      g_free (self->key);
      self->key = g_value_dup_string (value);
    }
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ber_switch_row_class_init (BerSwitchRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_switch_row_finalize;
  object_class->get_property = ber_switch_row_get_property;
  object_class->set_property = ber_switch_row_set_property;

  g_object_class_override_property (object_class, PROP_KEY, "key");

  /* Whether the switch is on, as shown (saved or not): for rows that depend on it. */
  active_pspec = g_param_spec_boolean ("active", NULL, NULL, FALSE,
                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS
                                       | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_property (object_class, PROP_ACTIVE, active_pspec);
}

static void
ber_switch_row_init (BerSwitchRow *self)
{
  self->toggle = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->toggle), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->toggle));
  /* Also labels the switch by the row's title: no relation of our own, which
   * would replace it. */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->toggle));
  g_signal_connect_object (self->toggle, "notify::active", G_CALLBACK (on_active), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
ber_switch_row_new (const char *title,
                    const char *key)
{
  return g_object_new (BER_TYPE_SWITCH_ROW, "title", title, "key", key, NULL);
}
