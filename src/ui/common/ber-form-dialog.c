/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-form-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-form-dialog.h"

struct _BerFormDialog
{
  AdwWindow        parent_instance;

  GtkWidget       *save_button;
  GtkWidget       *error_revealer;
  GtkLabel        *error_label;
  GtkWidget       *content;
  GtkWidget       *group;     /* where rows are added: the last group begun */

  BerFormSaveFunc  save_func;
  gpointer         save_data;
  GDestroyNotify   save_destroy;
};

G_DEFINE_FINAL_TYPE (BerFormDialog, ber_form_dialog, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
save_clicked (BerFormDialog *self)
{
  ber_form_dialog_save (self);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BerFormDialog *self = BER_FORM_DIALOG (widget);

  if (gtk_widget_get_sensitive (self->save_button))
    ber_form_dialog_save (self);
}

static void
ber_form_dialog_dispose (GObject *object)
{
  BerFormDialog *self = BER_FORM_DIALOG (object);

  if (self->save_destroy != NULL && self->save_data != NULL)
    g_clear_pointer (&self->save_data, self->save_destroy);

  G_OBJECT_CLASS (ber_form_dialog_parent_class)->dispose (object);
}

static void
ber_form_dialog_class_init (BerFormDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_form_dialog_dispose;

  /**
   * BerFormDialog::saved:
   *
   * Emitted after the save function succeeded, before the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "form.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "form.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "form.save",
                                       NULL);
}

static void
ber_form_dialog_init (BerFormDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, -1);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (self->save_button, "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (save_clicked), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->save_button);
  gtk_box_append (GTK_BOX (box), header);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Error"), -1);
  self->error_revealer = gtk_revealer_new ();
  gtk_revealer_set_child (GTK_REVEALER (self->error_revealer), GTK_WIDGET (self->error_label));

  self->group = adw_preferences_group_new ();
  self->content = content;
  gtk_box_append (GTK_BOX (content), self->error_revealer);
  gtk_box_append (GTK_BOX (content), self->group);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 640);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  adw_window_set_content (ADW_WINDOW (self), box);
}

BerFormDialog *
ber_form_dialog_new (GtkWindow  *parent,
                     const char *title,
                     const char *action_label)
{
  BerFormDialog *self = g_object_new (BER_TYPE_FORM_DIALOG,
                                      "transient-for", parent,
                                      "title", title,
                                      NULL);

  if (action_label != NULL)
    gtk_button_set_label (GTK_BUTTON (self->save_button), action_label);
  gtk_button_set_use_underline (GTK_BUTTON (self->save_button), TRUE);

  return self;
}

void
ber_form_dialog_add (BerFormDialog *self,
                     GtkWidget     *row)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);
}

/**
 * ber_form_dialog_add_group:
 * @title: the group's heading
 * @description: (nullable): a line under the heading
 *
 * Begins a new group of rows below the ones added so far.
 */
void
ber_form_dialog_add_group (BerFormDialog *self,
                           const char    *title,
                           const char    *description)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group), description);
  gtk_widget_set_margin_top (self->group, 12);
  gtk_box_append (GTK_BOX (self->content), self->group);
}

void
ber_form_dialog_set_save (BerFormDialog   *self,
                          BerFormSaveFunc  func,
                          gpointer         user_data,
                          GDestroyNotify   destroy)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));

  self->save_func = func;
  self->save_data = user_data;
  self->save_destroy = destroy;
}

void
ber_form_dialog_set_valid (BerFormDialog *self,
                           gboolean       valid)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));
  gtk_widget_set_sensitive (self->save_button, valid);
}

void
ber_form_dialog_show_error (BerFormDialog *self,
                            const char    *message)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));

  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->error_revealer), message != NULL);
}

/* Runs the save function; closes the dialog when it succeeded. */
gboolean
ber_form_dialog_save (BerFormDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BER_IS_FORM_DIALOG (self), FALSE);

  if (self->save_func != NULL && !self->save_func (self, self->save_data, &error))
    {
      ber_form_dialog_show_error (self, error != NULL ? error->message : _("Nothing was saved."));
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
