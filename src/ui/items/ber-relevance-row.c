/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-relevance-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-relevance-row.h"

struct _BerRelevanceRow
{
  AdwComboRow  parent_instance;

  char        *key;
  gboolean     loading;
};

static void field_iface_init (BerFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerRelevanceRow, ber_relevance_row, ADW_TYPE_COMBO_ROW,
                               G_IMPLEMENT_INTERFACE (BER_TYPE_FIELD, field_iface_init))

enum
{
  PROP_0,
  PROP_KEY,
};

/* The values of the positions of the choices. */
static const int values[] = { -1, 1, 0 };

static void
on_selected (BerRelevanceRow *self)
{
  if (!self->loading)
    ber_field_changed (BER_FIELD (self));
}

static void
relevance_row_load (BerField  *field,
                    BerRecord *record)
{
  BerRelevanceRow *self = BER_RELEVANCE_ROW (field);
  int value = -1;

  g_object_get (record, self->key, &value, NULL);
  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    if (values[i] == value)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self), i);
  self->loading = FALSE;
}

static gboolean
relevance_row_store (BerField   *field,
                     BerRecord  *record,
                     GError    **error)
{
  BerRelevanceRow *self = BER_RELEVANCE_ROW (field);
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));

  g_object_set (record, self->key, selected < G_N_ELEMENTS (values) ? values[selected] : -1, NULL);
  return TRUE;
}

static void
field_iface_init (BerFieldInterface *iface)
{
  iface->load = relevance_row_load;
  iface->store = relevance_row_store;
}

static void
ber_relevance_row_finalize (GObject *object)
{
  g_free (BER_RELEVANCE_ROW (object)->key);

  G_OBJECT_CLASS (ber_relevance_row_parent_class)->finalize (object);
}

static void
ber_relevance_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, BER_RELEVANCE_ROW (object)->key);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_relevance_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BerRelevanceRow *self = BER_RELEVANCE_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_free (self->key);
      self->key = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_relevance_row_class_init (BerRelevanceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_relevance_row_finalize;
  object_class->get_property = ber_relevance_row_get_property;
  object_class->set_property = ber_relevance_row_set_property;

  g_object_class_override_property (object_class, PROP_KEY, "key");
}

static void
ber_relevance_row_init (BerRelevanceRow *self)
{
  const char *labels[] = { _("Not yet assessed"), _("Relevant"), _("Not relevant"), NULL };
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  self->loading = TRUE;
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (model));
  self->loading = FALSE;
  g_signal_connect (self, "notify::selected", G_CALLBACK (on_selected), NULL);
}

GtkWidget *
ber_relevance_row_new (const char *title,
                       const char *key)
{
  return g_object_new (BER_TYPE_RELEVANCE_ROW, "title", title, "key", key, NULL);
}
