/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-changes-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-change-row.h"
#include "ber-changes-dialog.h"
#include "ber-date-row.h"

struct _BerChangesDialog
{
  AdwWindow        parent_instance;

  BerContext      *context;
  BerChangeList   *changes;
  GStrv            users;      /* who changed the register, after "Everyone" in user_row */

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  AdwComboRow     *user_row;
  BerDateRow      *from_row;
  BerDateRow      *to_row;
  GtkStack        *content_stack;
  GtkListView     *list_view;
};

G_DEFINE_FINAL_TYPE (BerChangesDialog, ber_changes_dialog, ADW_TYPE_WINDOW)

static void
update_view (BerChangesDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->changes));
  gboolean loading = ber_change_list_get_loading (self->changes);
  g_autofree char *subtitle = NULL;

  if (n > 0)
    /* Translators: how many changes the recent changes list shows */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", n), n);
  adw_window_title_set_subtitle (self->window_title,
                                 subtitle != NULL ? subtitle
                                                  : loading ? _("Reading…") : _("No changes"));
  if (n > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->content_stack, loading ? "loading" : "empty");
}

static void
on_list_error (BerChangesDialog *self,
               const GError     *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
on_user_selected (BerChangesDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->user_row);
  const char *user = NULL;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && self->users != NULL
      && selected - 1 < g_strv_length (self->users))
    user = self->users[selected - 1];
  ber_change_list_set_user (self->changes, user);
}

static void
on_period_changed (BerChangesDialog *self)
{
  ber_change_list_set_period (self->changes, ber_date_row_get_date (self->from_row),
                              ber_date_row_get_date (self->to_row));
}

/* Everyone who changed the register, to choose from. */
static void
fill_users (BerChangesDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_clear_pointer (&self->users, g_strfreev);
  self->users = ber_changes_list_users (ber_context_get_changes (self->context), &error);
  if (self->users == NULL)
    on_list_error (self, error);
  gtk_string_list_append (names, _("Everyone"));
  for (guint i = 0; self->users != NULL && self->users[i] != NULL; i++)
    gtk_string_list_append (names, self->users[i]);
  adw_combo_row_set_model (self->user_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->user_row, 0);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  gtk_list_item_set_child (item, ber_change_row_new (TRUE));
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  ber_change_row_set_change (BER_CHANGE_ROW (gtk_list_item_get_child (item)),
                             gtk_list_item_get_item (item));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  ber_change_row_set_change (BER_CHANGE_ROW (gtk_list_item_get_child (item)), NULL);
}

/* A change opens its record's page in the window, where one shows it. */
static void
on_activate (BerChangesDialog *self,
             guint             position)
{
  g_autoptr(BerChange) change = g_list_model_get_item (G_LIST_MODEL (self->changes), position);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GType type;

  if (change == NULL || !ber_change_get_loaded (change))
    return;
  type = ber_change_get_record_type (change);
  if (type == G_TYPE_INVALID || parent == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("No page shows this record: it was removed, "
                                                    "or it is shown in its lists only.")));
      return;
    }
  if (gtk_widget_activate_action (GTK_WIDGET (parent), "win.open-record", "(sx)",
                                  g_type_name (type), ber_change_get_record_id (change)))
    gtk_window_close (GTK_WINDOW (self));
}

static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BerChangesDialog *self = BER_CHANGES_DIALOG (widget);
  g_autofree char *user = g_strdup (ber_change_list_get_user (self->changes));

  /* Someone new may have made changes meanwhile; the one chosen stays. */
  fill_users (self);
  ber_changes_dialog_set_user (self, user);
  ber_change_list_reload (self->changes);
}

static void
ber_changes_dialog_dispose (GObject *object)
{
  BerChangesDialog *self = BER_CHANGES_DIALOG (object);

  if (self->changes != NULL)
    g_signal_handlers_disconnect_by_data (self->changes, self);
  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->changes);
  g_clear_object (&self->context);
  g_clear_pointer (&self->users, g_strfreev);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_CHANGES_DIALOG);

  G_OBJECT_CLASS (ber_changes_dialog_parent_class)->dispose (object);
}

static void
ber_changes_dialog_class_init (BerChangesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_changes_dialog_dispose;

  g_type_ensure (BER_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-changes-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerChangesDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BerChangesDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, BerChangesDialog, user_row);
  gtk_widget_class_bind_template_child (widget_class, BerChangesDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, BerChangesDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, BerChangesDialog, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerChangesDialog, list_view);

  gtk_widget_class_install_action (widget_class, "changes.reload", NULL, reload_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "changes.reload", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ber_changes_dialog_init (BerChangesDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (on_activate), self,
                           G_CONNECT_SWAPPED);
}

BerChangesDialog *
ber_changes_dialog_new (BerContext *context)
{
  BerChangesDialog *self;
  GtkNoSelection *selection;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);

  self = g_object_new (BER_TYPE_CHANGES_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->changes = ber_changes_list_recent (ber_context_get_changes (context));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->changes)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  fill_users (self);
  g_signal_connect_object (self->changes, "notify::n-items", G_CALLBACK (update_view), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->changes, "notify::loading", G_CALLBACK (update_view), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->changes, "error", G_CALLBACK (on_list_error), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->user_row, "notify::selected", G_CALLBACK (on_user_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->from_row, "notify::date", G_CALLBACK (on_period_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_row, "notify::date", G_CALLBACK (on_period_changed), self,
                           G_CONNECT_SWAPPED);
  update_view (self);
  return self;
}

/* Opens the recent changes over @parent, whose "win.open-record" opens
 * the record of a change. */
void
ber_changes_dialog_present (GtkWindow  *parent,
                            BerContext *context)
{
  BerChangesDialog *self;

  g_return_if_fail (GTK_IS_WINDOW (parent));

  self = ber_changes_dialog_new (context);
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* Returns: (transfer none): the changes listed */
GListModel *
ber_changes_dialog_get_changes (BerChangesDialog *self)
{
  g_return_val_if_fail (BER_IS_CHANGES_DIALOG (self), NULL);
  return G_LIST_MODEL (self->changes);
}

GtkWidget *
ber_changes_dialog_get_list_view (BerChangesDialog *self)
{
  g_return_val_if_fail (BER_IS_CHANGES_DIALOG (self), NULL);
  return GTK_WIDGET (self->list_view);
}

/* Chooses @user in "Changed By", as a person does; %NULL for everyone. */
void
ber_changes_dialog_set_user (BerChangesDialog *self,
                             const char       *user)
{
  guint position = 0;

  g_return_if_fail (BER_IS_CHANGES_DIALOG (self));

  for (guint i = 0; user != NULL && self->users != NULL && self->users[i] != NULL; i++)
    if (g_str_equal (self->users[i], user))
      position = i + 1;
  adw_combo_row_set_selected (self->user_row, position);
}
