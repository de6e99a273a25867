/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-text-area"

#include "config.h"

#include "ber-text-area.h"

struct _BerTextArea
{
  AdwBin       parent_instance;

  GtkTextView *view;
  char        *key;
  char        *title;
  gboolean     loading;
};

static void field_iface_init (BerFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerTextArea, ber_text_area, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (BER_TYPE_FIELD, field_iface_init))

enum
{
  PROP_0,
  PROP_TITLE,
  N_PROPS,
  PROP_KEY = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
on_buffer_changed (BerTextArea *self)
{
  if (!self->loading)
    ber_field_changed (BER_FIELD (self));
}

char *
ber_text_area_dup_text (BerTextArea *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (BER_IS_TEXT_AREA (self), NULL);

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
ber_text_area_set_text (BerTextArea *self,
                        const char  *text)
{
  g_return_if_fail (BER_IS_TEXT_AREA (self));

  self->loading = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->view), text != NULL ? text : "", -1);
  self->loading = FALSE;
}

static void
text_area_load (BerField  *field,
                BerRecord *record)
{
  BerTextArea *self = BER_TEXT_AREA (field);
  g_autofree char *text = NULL;

  g_object_get (record, self->key, &text, NULL);
  ber_text_area_set_text (self, text);
}

static gboolean
text_area_store (BerField   *field,
                 BerRecord  *record,
                 GError    **error)
{
  BerTextArea *self = BER_TEXT_AREA (field);
  g_autofree char *text = ber_text_area_dup_text (self);

  g_object_set (record, self->key, text, NULL);
  return TRUE;
}

static void
field_iface_init (BerFieldInterface *iface)
{
  iface->load = text_area_load;
  iface->store = text_area_store;
}

static gboolean
ber_text_area_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (BER_TEXT_AREA (widget)->view));
}

static void
ber_text_area_finalize (GObject *object)
{
  BerTextArea *self = BER_TEXT_AREA (object);

  g_free (self->key);
  g_free (self->title);

  G_OBJECT_CLASS (ber_text_area_parent_class)->finalize (object);
}

static void
ber_text_area_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BerTextArea *self = BER_TEXT_AREA (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_text_area_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BerTextArea *self = BER_TEXT_AREA (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_free (self->key);
      self->key = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      self->title != NULL ? self->title : "", -1);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_text_area_class_init (BerTextAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ber_text_area_finalize;
  object_class->get_property = ber_text_area_get_property;
  object_class->set_property = ber_text_area_set_property;
  widget_class->grab_focus = ber_text_area_grab_focus;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_KEY, "key");
}

static void
ber_text_area_init (BerTextArea *self)
{
  GtkWidget *frame = gtk_frame_new (NULL);

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->view, 8);
  gtk_text_view_set_bottom_margin (self->view, 8);
  gtk_text_view_set_left_margin (self->view, 8);
  gtk_text_view_set_right_margin (self->view, 8);
  gtk_text_view_set_accepts_tab (self->view, FALSE);
  gtk_widget_set_size_request (GTK_WIDGET (self->view), -1, 96);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->view));
  adw_bin_set_child (ADW_BIN (self), frame);
  gtk_widget_add_css_class (frame, "view");

  g_signal_connect_object (gtk_text_view_get_buffer (self->view), "changed",
                           G_CALLBACK (on_buffer_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ber_text_area_new (const char *title,
                   const char *key)
{
  return g_object_new (BER_TYPE_TEXT_AREA, "title", title, "key", key, NULL);
}
