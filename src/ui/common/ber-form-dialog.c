/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-form-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-form-dialog.h"
#include "ber-ui-util.h"

typedef struct
{
  GtkWidget       *header;
  GtkWidget       *save_button;
  GtkWidget       *error_revealer;
  GtkLabel        *error_label;
  GtkWidget       *content;
  GtkWidget       *group;     /* where rows are added: the last group begun */

  BerFormSaveFunc  save_func;
  gpointer         save_data;
  GDestroyNotify   save_destroy;

  BerContext      *context;
  BerRecord       *record;
} BerFormDialogPrivate;

static void buildable_iface_init (GtkBuildableIface *iface);

G_DEFINE_TYPE_WITH_CODE (BerFormDialog, ber_form_dialog, ADW_TYPE_WINDOW,
                         G_ADD_PRIVATE (BerFormDialog)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, buildable_iface_init))

static GtkBuildableIface *parent_buildable_iface;

#define PRIV(self) ((BerFormDialogPrivate *) ber_form_dialog_get_instance_private (self))

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

  if (gtk_widget_get_sensitive (PRIV (self)->save_button))
    ber_form_dialog_save (self);
}

/* The <child> groups of a subclass's template go into the form. */
static void
ber_form_dialog_add_child (GtkBuildable *buildable,
                           GtkBuilder   *builder,
                           GObject      *child,
                           const char   *type)
{
  BerFormDialog *self = BER_FORM_DIALOG (buildable);

  if (PRIV (self)->content != NULL && GTK_IS_WIDGET (child) && type == NULL)
    gtk_box_append (GTK_BOX (PRIV (self)->content), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
buildable_iface_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = ber_form_dialog_add_child;
}

static void
ber_form_dialog_dispose (GObject *object)
{
  BerFormDialog *self = BER_FORM_DIALOG (object);

  g_clear_object (&PRIV (self)->record);
  g_clear_object (&PRIV (self)->context);

  if (PRIV (self)->save_destroy != NULL && PRIV (self)->save_data != NULL)
    g_clear_pointer (&PRIV (self)->save_data, PRIV (self)->save_destroy);

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

  PRIV (self)->header = header;
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  PRIV (self)->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (PRIV (self)->save_button, "suggested-action");
  g_signal_connect_swapped (PRIV (self)->save_button, "clicked", G_CALLBACK (save_clicked), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), PRIV (self)->save_button);
  gtk_box_append (GTK_BOX (box), header);

  PRIV (self)->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (PRIV (self)->error_label, TRUE);
  gtk_label_set_xalign (PRIV (self)->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (PRIV (self)->error_label), "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (PRIV (self)->error_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Error"), -1);
  PRIV (self)->error_revealer = gtk_revealer_new ();
  gtk_revealer_set_child (GTK_REVEALER (PRIV (self)->error_revealer), GTK_WIDGET (PRIV (self)->error_label));

  PRIV (self)->content = content;
  gtk_box_append (GTK_BOX (content), PRIV (self)->error_revealer);
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
    gtk_button_set_label (GTK_BUTTON (PRIV (self)->save_button), action_label);
  gtk_button_set_use_underline (GTK_BUTTON (PRIV (self)->save_button), TRUE);

  return self;
}

void
ber_form_dialog_add (BerFormDialog *self,
                     GtkWidget     *row)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));
  /* The first group is made when a row is added: a template's own groups
   * then stand at the top. */
  if (PRIV (self)->group == NULL)
    {
      PRIV (self)->group = adw_preferences_group_new ();
      gtk_box_append (GTK_BOX (PRIV (self)->content), PRIV (self)->group);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (PRIV (self)->group), row);
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

  PRIV (self)->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (PRIV (self)->group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (PRIV (self)->group), description);
  gtk_widget_set_margin_top (PRIV (self)->group, 12);
  gtk_box_append (GTK_BOX (PRIV (self)->content), PRIV (self)->group);
}

void
ber_form_dialog_set_save (BerFormDialog   *self,
                          BerFormSaveFunc  func,
                          gpointer         user_data,
                          GDestroyNotify   destroy)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));

  PRIV (self)->save_func = func;
  PRIV (self)->save_data = user_data;
  PRIV (self)->save_destroy = destroy;
}

void
ber_form_dialog_set_valid (BerFormDialog *self,
                           gboolean       valid)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));
  gtk_widget_set_sensitive (PRIV (self)->save_button, valid);
}

void
ber_form_dialog_show_error (BerFormDialog *self,
                            const char    *message)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));

  gtk_label_set_label (PRIV (self)->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (GTK_REVEALER (PRIV (self)->error_revealer), message != NULL);
}

static void
fill (BerFormDialog *self)
{
  if (PRIV (self)->record != NULL)
    ber_fields_load (GTK_WIDGET (self), PRIV (self)->record);
}

/* Writes the record of a dialog that edits one; FALSE leaves the dialog
 * open with the reason shown (or the question of a conflict asked). */
static gboolean
save_record (BerFormDialog  *self,
             GError        **error)
{
  BerFormDialogClass *klass = BER_FORM_DIALOG_GET_CLASS (self);
  GtkWidget *invalid = NULL;

  if (!ber_fields_store (GTK_WIDGET (self), PRIV (self)->record, &invalid, error))
    {
      if (invalid != NULL)
        gtk_widget_grab_focus (invalid);
      return FALSE;
    }
  return ber_ui_save_with (GTK_WIDGET (self), PRIV (self)->context, PRIV (self)->record,
                           (BerUiSaveRecordFunc) klass->save_record, (BerUiFillFunc) fill,
                           (BerUiSaveFunc) ber_form_dialog_save, error);
}

/* Runs the save; closes the dialog when it succeeded. */
gboolean
ber_form_dialog_save (BerFormDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (BER_IS_FORM_DIALOG (self), FALSE);

  if (PRIV (self)->record != NULL && BER_FORM_DIALOG_GET_CLASS (self)->save_record != NULL)
    ok = save_record (self, &error);
  else if (PRIV (self)->save_func != NULL)
    ok = PRIV (self)->save_func (self, PRIV (self)->save_data, &error);

  if (!ok)
    {
      if (!g_error_matches (error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT))
        ber_form_dialog_show_error (self, error != NULL ? error->message
                                                        : _("Nothing was saved."));
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/**
 * ber_form_dialog_set_labels:
 * @action_label: the label of the button that saves, with a mnemonic
 *
 * Titles the dialog and names what its button does ("_Add" for a new
 * record, "_Save" or "_Record" for one there is).
 */
void
ber_form_dialog_set_labels (BerFormDialog *self,
                            const char    *title,
                            const char    *action_label)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));

  gtk_window_set_title (GTK_WINDOW (self), title);
  ber_form_dialog_set_action_label (self, action_label);
}

/**
 * ber_form_dialog_set_heading:
 * @title: the dialog's title, as the header shows it ("Minutes")
 * @subtitle: what the dialog is of, under it ("RS, 2026-05-12")
 *
 * Shows the title over a subtitle in the dialog's header, where one long
 * title would be cut. The window's own title, which screen readers and
 * window lists read, stays as it was set.
 */
void
ber_form_dialog_set_heading (BerFormDialog *self,
                             const char    *title,
                             const char    *subtitle)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));
  g_return_if_fail (title != NULL);
  g_return_if_fail (subtitle != NULL);

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (PRIV (self)->header),
                                   adw_window_title_new (title, subtitle));
}

/* @label: what the button that saves does, with a mnemonic ("_Register") */
void
ber_form_dialog_set_action_label (BerFormDialog *self,
                                  const char    *label)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));

  gtk_button_set_label (GTK_BUTTON (PRIV (self)->save_button), label);
  gtk_button_set_use_underline (GTK_BUTTON (PRIV (self)->save_button), TRUE);
}

void
ber_form_dialog_set_context (BerFormDialog *self,
                             BerContext    *context)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));

  g_set_object (&PRIV (self)->context, context);
  ber_fields_set_context (GTK_WIDGET (self), context);
}

BerContext *
ber_form_dialog_get_context (BerFormDialog *self)
{
  g_return_val_if_fail (BER_IS_FORM_DIALOG (self), NULL);
  return PRIV (self)->context;
}

/* @record: the dialog's own record to edit, new or read from the register */
void
ber_form_dialog_set_record (BerFormDialog *self,
                            BerRecord     *record)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));

  g_set_object (&PRIV (self)->record, record);
  fill (self);
}

BerRecord *
ber_form_dialog_get_record (BerFormDialog *self)
{
  g_return_val_if_fail (BER_IS_FORM_DIALOG (self), NULL);
  return PRIV (self)->record;
}

/* Shows the dialog above the window @parent is in. */
void
ber_form_dialog_present (BerFormDialog *self,
                         GtkWidget     *parent)
{
  g_return_if_fail (BER_IS_FORM_DIALOG (self));

  gtk_window_set_transient_for (GTK_WINDOW (self), ber_ui_parent_window (parent));
  gtk_window_present (GTK_WINDOW (self));
}
