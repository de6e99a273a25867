/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-amount-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-amount-row.h"
#include "ber-labels.h"

struct _BerAmountRow
{
  AdwEntryRow  parent_instance;

  char        *key;
  gboolean     required;
  gboolean     positive;
  gboolean     loading;
};

static void field_iface_init (BerFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerAmountRow, ber_amount_row, ADW_TYPE_ENTRY_ROW,
                               G_IMPLEMENT_INTERFACE (BER_TYPE_FIELD, field_iface_init))

enum
{
  PROP_0,
  PROP_REQUIRED,
  PROP_POSITIVE,
  N_PROPS,
  PROP_KEY = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/**
 * ber_amount_row_parse:
 * @value: (out): the amount
 *
 * Reads "12 000,50" (spaces or no-break spaces between thousands, a decimal
 * comma) as well as "12000.50".
 *
 * Returns: whether @text is an amount of zero or more
 */
gboolean
ber_amount_row_parse (const char *text,
                      double     *value)
{
  g_autofree char *normal = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autoptr(GString) digits = g_string_new (NULL);
  char *end = NULL;

  for (const char *p = normal; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',')
        g_string_append_c (digits, '.');
      else if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F)
        g_string_append_unichar (digits, c);
    }
  *value = g_ascii_strtod (digits->str, &end);
  return digits->len > 0 && end != NULL && *end == '\0' && *value >= 0;
}

static void
on_changed (BerAmountRow *self)
{
  if (!self->loading)
    ber_field_changed (BER_FIELD (self));
}

static void
amount_row_load (BerField  *field,
                 BerRecord *record)
{
  BerAmountRow *self = BER_AMOUNT_ROW (field);
  g_autofree char *text = NULL;
  double value = 0;

  g_object_get (record, self->key, &value, NULL);
  /* Nothing written yet, or a rate not known: the field is empty. */
  if (value > 0 || (value == 0 && self->required && ber_record_get_id (record) != 0))
    text = ber_format_amount (value);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text != NULL ? text : "");
  self->loading = FALSE;
}

static gboolean
amount_row_store (BerField   *field,
                  BerRecord  *record,
                  GError    **error)
{
  BerAmountRow *self = BER_AMOUNT_ROW (field);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  double value = 0;

  if (*text == '\0' && !self->required)
    {
      g_object_set (record, self->key, 0.0, NULL);
      return TRUE;
    }
  if (!ber_amount_row_parse (text, &value) || (self->positive && value == 0))
    {
      g_autofree char *message =
        self->positive
          /* Translators: the name of a field in a form */
          ? g_strdup_printf (_("“%s” is not a number above zero. Write it with digits, e.g. "
                               "11,45."), ber_field_title (field))
          : g_strdup_printf (_("“%s” is not a number. Write it with digits, e.g. 12 500."),
                             ber_field_title (field));

      return ber_field_refuse (field, error, message);
    }

  g_object_set (record, self->key, value, NULL);
  return TRUE;
}

static void
field_iface_init (BerFieldInterface *iface)
{
  iface->load = amount_row_load;
  iface->store = amount_row_store;
}

static void
ber_amount_row_finalize (GObject *object)
{
  g_free (BER_AMOUNT_ROW (object)->key);

  G_OBJECT_CLASS (ber_amount_row_parent_class)->finalize (object);
}

static void
ber_amount_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BerAmountRow *self = BER_AMOUNT_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_REQUIRED:
      g_value_set_boolean (value, self->required);
      break;
    case PROP_POSITIVE:
      g_value_set_boolean (value, self->positive);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_amount_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BerAmountRow *self = BER_AMOUNT_ROW (object);

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
    case PROP_POSITIVE:
      self->positive = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_amount_row_class_init (BerAmountRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_amount_row_finalize;
  object_class->get_property = ber_amount_row_get_property;
  object_class->set_property = ber_amount_row_set_property;

  properties[PROP_REQUIRED] =
    g_param_spec_boolean ("required", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITIVE] =
    g_param_spec_boolean ("positive", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_KEY, "key");
}

static void
ber_amount_row_init (BerAmountRow *self)
{
  gtk_editable_set_alignment (GTK_EDITABLE (self), 1);
  g_signal_connect (self, "changed", G_CALLBACK (on_changed), NULL);
}

GtkWidget *
ber_amount_row_new (const char *title,
                    const char *key)
{
  return g_object_new (BER_TYPE_AMOUNT_ROW, "title", title, "key", key, NULL);
}
