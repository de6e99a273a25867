/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-bodies-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-bodies-ui.h"
#include "ber-compat.h"
#include "ber-ui-util.h"

#define REMOVE_KEY "ber-bodies-remove"
#define RECORD_KEY "ber-bodies-record"

/* A flat button with an icon, a tooltip and an accessible name, bound to
 * @action with @id as its target when @action is given. */
GtkWidget *
ber_bodies_ui_icon_button (const char *icon,
                           const char *tooltip,
                           const char *accessible,
                           const char *action,
                           gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  if (action != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
    }
  return button;
}

/**
 * ber_bodies_ui_placeholder:
 * @icon: (nullable): a large icon above the text
 * @title: (nullable): a heading
 * @extra: (nullable): a button under the text
 *
 * What an empty list shows in its place.
 */
GtkWidget *
ber_bodies_ui_placeholder (const char *icon,
                           const char *title,
                           const char *text,
                           GtkWidget  *extra)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (text);

  if (icon != NULL)
    {
      GtkWidget *image = gtk_image_new_from_icon_name (icon);

      gtk_image_set_pixel_size (GTK_IMAGE (image), 48);
      gtk_widget_add_css_class (image, "dim-label");
      gtk_box_append (GTK_BOX (box), image);
    }
  if (title != NULL)
    {
      GtkWidget *heading = gtk_label_new (title);

      gtk_widget_add_css_class (heading, "title-4");
      gtk_box_append (GTK_BOX (box), heading);
    }
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  if (extra != NULL)
    {
      gtk_widget_set_halign (extra, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), extra);
    }
  gtk_widget_set_margin_top (box, icon != NULL ? 24 : 12);
  gtk_widget_set_margin_bottom (box, icon != NULL ? 24 : 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

static void
remove_response (BerAlert   *dialog,
                 const char *response,
                 gpointer    owner)
{
  BerBodiesUiRemoveFunc remove = g_object_get_data (G_OBJECT (dialog), REMOVE_KEY);

  if (g_str_equal (response, "remove"))
    remove (owner, g_object_get_data (G_OBJECT (dialog), RECORD_KEY));
}

/**
 * ber_bodies_ui_confirm_remove:
 * @owner: the view or page that asks, and is handed to @remove
 *
 * Asks whether to remove @record, Cancel being the default; Remove calls
 * @remove.
 */
void
ber_bodies_ui_confirm_remove (GtkWidget             *owner,
                              const char            *heading,
                              const char            *body,
                              BerRecord             *record,
                              BerBodiesUiRemoveFunc  remove)
{
  BerAlert *dialog;

  dialog = ber_alert_new (heading, body);
  ber_alert_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  ber_alert_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  ber_alert_set_default_response (dialog, "cancel");
  ber_alert_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), REMOVE_KEY, remove);
  g_object_set_data_full (G_OBJECT (dialog), RECORD_KEY, g_object_ref (record), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response), owner, 0);
  ber_alert_present (dialog, owner);
}

/* Tells what went wrong in a dialog above @widget's window. */
void
ber_bodies_ui_alert (GtkWidget  *widget,
                     const char *heading,
                     const char *message)
{
  BerAlert *dialog = ber_alert_new (heading, message);

  ber_alert_add_responses (dialog, "close", _("_Close"), NULL);
  ber_alert_present (dialog, widget);
}
