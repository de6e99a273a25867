/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-network-body-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-network-body-row.h"

struct _BerNetworkBodyRow
{
  AdwComboRow    parent_instance;

  BerContext    *context;
  GListModel    *bodies;
  char          *key;
  gint64         network_id;
  gint64         id;          /* chosen, or loaded before the list was there */
  gboolean       loading;
};

static void field_iface_init (BerFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerNetworkBodyRow, ber_network_body_row, ADW_TYPE_COMBO_ROW,
                               G_IMPLEMENT_INTERFACE (BER_TYPE_FIELD, field_iface_init))

enum
{
  PROP_0,
  PROP_NETWORK_ID,
  N_PROPS,
  PROP_KEY = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* Selects self->id in the list, "—" when it is not there. */
static void
select_id (BerNetworkBodyRow *self)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (self));
  guint position = 0;

  for (guint i = 1; model != NULL && self->id > 0 && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BerRecord) body = g_list_model_get_item (model, i);

      if (ber_record_get_id (body) == self->id)
        {
          position = i;
          break;
        }
    }
  self->loading = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), position);
  self->loading = FALSE;
}

static void
on_selected (BerNetworkBodyRow *self)
{
  GObject *item;

  if (self->loading)
    return;
  item = adw_combo_row_get_selected_item (ADW_COMBO_ROW (self));
  self->id = BER_IS_RECORD (item) ? ber_record_get_id (BER_RECORD (item)) : 0;
  ber_field_changed (BER_FIELD (self));
}

/* "—" first, then the network's bodies. */
static void
update_model (BerNetworkBodyRow *self)
{
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) none = g_list_store_new (BER_TYPE_NETWORK_BODY);
  g_autoptr(BerNetworkBody) placeholder = ber_network_body_new ();
  g_autoptr(GtkFlattenListModel) model = NULL;

  g_clear_object (&self->bodies);
  g_object_set (placeholder, "name", C_("network body", "—"), NULL);
  g_list_store_append (none, placeholder);
  g_list_store_append (parts, none);
  if (self->context != NULL && self->network_id > 0)
    {
      self->bodies = ber_networks_list_bodies (ber_context_get_networks (self->context),
                                               self->network_id);
      g_list_store_append (parts, self->bodies);
    }
  model = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));

  self->loading = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (model));
  self->loading = FALSE;
  select_id (self);
}

gint64
ber_network_body_row_get_id (BerNetworkBodyRow *self)
{
  g_return_val_if_fail (BER_IS_NETWORK_BODY_ROW (self), 0);
  return self->id;
}

/* Lists the bodies of @network_id; a body of another network is no longer chosen. */
void
ber_network_body_row_set_network_id (BerNetworkBodyRow *self,
                                     gint64             network_id)
{
  g_return_if_fail (BER_IS_NETWORK_BODY_ROW (self));

  if (self->network_id == network_id)
    return;
  self->network_id = network_id;
  self->id = 0;
  update_model (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NETWORK_ID]);
}

/* As a field of a form */

static void
network_body_row_load (BerField  *field,
                       BerRecord *record)
{
  BerNetworkBodyRow *self = BER_NETWORK_BODY_ROW (field);

  g_object_get (record, self->key, &self->id, NULL);
  select_id (self);
}

static gboolean
network_body_row_store (BerField   *field,
                        BerRecord  *record,
                        GError    **error)
{
  BerNetworkBodyRow *self = BER_NETWORK_BODY_ROW (field);

  g_object_set (record, self->key, self->network_id > 0 ? self->id : (gint64) 0, NULL);
  return TRUE;
}

static void
network_body_row_set_context (BerField   *field,
                              BerContext *context)
{
  BerNetworkBodyRow *self = BER_NETWORK_BODY_ROW (field);

  if (g_set_object (&self->context, context))
    update_model (self);
}

static void
field_iface_init (BerFieldInterface *iface)
{
  iface->load = network_body_row_load;
  iface->store = network_body_row_store;
  iface->set_context = network_body_row_set_context;
}

/* GObject */

static void
ber_network_body_row_dispose (GObject *object)
{
  BerNetworkBodyRow *self = BER_NETWORK_BODY_ROW (object);

  g_clear_object (&self->bodies);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ber_network_body_row_parent_class)->dispose (object);
}

static void
ber_network_body_row_finalize (GObject *object)
{
  g_free (BER_NETWORK_BODY_ROW (object)->key);

  G_OBJECT_CLASS (ber_network_body_row_parent_class)->finalize (object);
}

static void
ber_network_body_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BerNetworkBodyRow *self = BER_NETWORK_BODY_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_NETWORK_ID:
      g_value_set_int64 (value, self->network_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_network_body_row_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BerNetworkBodyRow *self = BER_NETWORK_BODY_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_free (self->key);
      self->key = g_value_dup_string (value);
      break;
    case PROP_NETWORK_ID:
      ber_network_body_row_set_network_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_network_body_row_class_init (BerNetworkBodyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ber_network_body_row_dispose;
  object_class->finalize = ber_network_body_row_finalize;
  object_class->get_property = ber_network_body_row_get_property;
  object_class->set_property = ber_network_body_row_set_property;

  properties[PROP_NETWORK_ID] =
    g_param_spec_int64 ("network-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_KEY, "key");
}

static void
ber_network_body_row_init (BerNetworkBodyRow *self)
{
  g_autoptr(GtkExpression) expression =
    gtk_property_expression_new (BER_TYPE_NETWORK_BODY, NULL, "name");

  adw_combo_row_set_expression (ADW_COMBO_ROW (self), expression);
  g_signal_connect (self, "notify::selected", G_CALLBACK (on_selected), NULL);
  update_model (self);
}
