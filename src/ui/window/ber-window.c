/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-changes-dialog.h"
#include "ber-compat.h"
#include "ber-forum-event.h"
#include "ber-item.h"
#include "ber-item-page.h"
#include "ber-network-review.h"
#include "ber-report.h"
#include "ber-register-file.h"
#include "ber-register-view.h"
#include "ber-search-dialog.h"
#include "ber-ui-util.h"
#include "ber-window-private.h"

G_DEFINE_FINAL_TYPE (BerWindow, ber_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_ber_window_show_error (BerWindow    *self,
                        const GError *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", TRUE);
}

static void
show_views (BerWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *basename = g_path_get_basename (self->database_path);

  gtk_stack_set_visible_child_name (self->main_stack, "views");
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  adw_view_switcher_title_set_subtitle (self->switcher_title, basename);
  title = g_strdup_printf ("%s — %s", basename, _("Beredning"));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/*
 * Which register the window shows, at every width: its file's name at the
 * top of the main menu, with its folder under it and the whole path as the
 * tooltip. A narrow window also has the name under its title.
 */
static void
add_register_to_menu (BerWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *caption = gtk_label_new (_("Current Register"));
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *folder = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption-heading");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 32);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (folder), 0);
  /* The end of a long path says the most: its start goes. */
  gtk_label_set_ellipsize (GTK_LABEL (folder), PANGO_ELLIPSIZE_START);
  gtk_label_set_max_width_chars (GTK_LABEL (folder), 32);
  gtk_widget_add_css_class (folder, "caption");
  gtk_widget_add_css_class (folder, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), folder);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  self->register_box = box;
  self->register_name_label = GTK_LABEL (name);
  self->register_folder_label = GTK_LABEL (folder);
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (gtk_menu_button_get_popover (
                                self->primary_menu_button)),
                              box, "register");
}

static void
show_register_name (BerWindow *self)
{
  g_autofree char *name = g_path_get_basename (self->database_path);
  g_autofree char *folder = g_path_get_dirname (self->database_path);

  gtk_label_set_label (self->register_name_label, name);
  gtk_label_set_label (self->register_folder_label, folder);
  gtk_widget_set_tooltip_text (self->register_box, self->database_path);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->register_box),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->database_path, -1);
}

static void
on_record_changed (BerWindow *self,
                   GType      type)
{
  if (type == BER_TYPE_ITEM || type == BER_TYPE_NETWORK || type == BER_TYPE_NETWORK_REVIEW
      || type == BER_TYPE_REPORT || type == BER_TYPE_FORUM_EVENT)
    _ber_window_update_badges (self);
}

/**
 * _ber_window_get_view:
 * @name: "overview", "agenda", "networks" or "reports"
 *
 * Returns: (transfer none): the view of the page @name, made now if it has
 * not been shown before; the window starts with the one it shows.
 */
GtkWidget *
_ber_window_get_view (BerWindow  *self,
                      const char *name)
{
  if (g_strcmp0 (name, "overview") == 0)
    {
      if (self->overview_view == NULL)
        {
          self->overview_view = BER_OVERVIEW_VIEW (ber_overview_view_new ());
          ber_ui_give_context (GTK_WIDGET (self->overview_view), self->context);
          adw_bin_set_child (self->overview_slot, GTK_WIDGET (self->overview_view));
        }
      return GTK_WIDGET (self->overview_view);
    }
  if (g_strcmp0 (name, "agenda") == 0)
    {
      if (self->agenda_view == NULL)
        {
          self->agenda_view = BER_AGENDA_VIEW (ber_agenda_view_new ());
          ber_agenda_view_set_context (self->agenda_view, self->context);
          adw_bin_set_child (self->agenda_slot, GTK_WIDGET (self->agenda_view));
        }
      return GTK_WIDGET (self->agenda_view);
    }
  if (g_strcmp0 (name, "networks") == 0)
    {
      if (self->networks_view == NULL)
        {
          self->networks_view = BER_NETWORKS_VIEW (ber_networks_view_new ());
          ber_ui_give_context (GTK_WIDGET (self->networks_view), self->context);
          adw_bin_set_child (self->networks_slot, GTK_WIDGET (self->networks_view));
        }
      return GTK_WIDGET (self->networks_view);
    }
  if (g_strcmp0 (name, "reports") == 0)
    {
      if (self->reports_view == NULL)
        {
          self->reports_view = BER_REPORTS_VIEW (ber_reports_view_new ());
          ber_ui_give_context (GTK_WIDGET (self->reports_view), self->context);
          adw_bin_set_child (self->reports_slot, GTK_WIDGET (self->reports_view));
        }
      return GTK_WIDGET (self->reports_view);
    }
  return NULL;
}

static void
on_visible_view (BerWindow *self)
{
  _ber_window_get_view (self, adw_view_stack_get_visible_child_name (self->view_stack));
}

void
_ber_window_set_context (BerWindow  *self,
                         BerContext *context)
{
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  if (!g_set_object (&self->context, context))
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search-all", context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.recent-changes", context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.organisation", context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.yearly-report", context != NULL);
  if (self->overview_view != NULL)
    ber_ui_give_context (GTK_WIDGET (self->overview_view), context);
  if (self->agenda_view != NULL)
    ber_agenda_view_set_context (self->agenda_view, context);
  if (self->networks_view != NULL)
    ber_ui_give_context (GTK_WIDGET (self->networks_view), context);
  if (self->reports_view != NULL)
    ber_ui_give_context (GTK_WIDGET (self->reports_view), context);
  if (context != NULL)
    g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self,
                             G_CONNECT_SWAPPED);
  _ber_window_update_badges (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/* Work on the register's file (creating, restoring) runs in a thread:
 * meanwhile the window says what it does, and the actions that would
 * touch the file wait. */
void
_ber_window_show_progress (BerWindow  *self,
                           const char *message)
{
  gtk_label_set_label (self->progress_label, message);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
}

void
_ber_window_set_busy (BerWindow *self,
                      gboolean   busy)
{
  const char *actions[] = { "win.create-register", "win.restore-backup", "win.reload",
                            "win.new-window" };

  self->busy = busy;
  gtk_spinner_set_spinning (self->progress_spinner, busy);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], !busy);
}

/* The daily backup copies the whole register: in a thread. The window
 * lives until it is done. */
static void
backup_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(BerWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ber_register_file_backup_daily_finish (BER_CONTEXT (object), result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The daily backup could not be made: %s"),
                                                  error->message);

      ber_window_show_toast (self, message);
    }
}

static void
start_daily_backup (BerWindow *self)
{
  guint keep = (guint) g_settings_get_int (self->settings, "backups-to-keep");

  ber_register_file_backup_daily_async (self->context, keep, NULL, backup_done,
                                        g_object_ref (self));
}

/**
 * ber_window_load:
 *
 * Opens the window's register, or offers to create it when it does not exist.
 */
void
ber_window_load (BerWindow *self)
{
  g_autoptr(BerContext) context = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BER_IS_WINDOW (self));

  if (self->busy)
    return;

  if (!g_file_test (self->database_path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *text = g_strdup_printf (_("The register will be saved in %s"),
                                               self->database_path);

      gtk_label_set_label (self->welcome_path_label, text);
      adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      gtk_window_set_focus (GTK_WINDOW (self), self->demo_button);
      return;
    }

  context = ber_register_file_open (self->database_path, &error);
  if (context == NULL)
    {
      _ber_window_set_context (self, NULL);
      _ber_window_show_error (self, error);
      return;
    }

  _ber_window_set_context (self, context);
  show_views (self);
  start_daily_backup (self);
}

/* Actions */

/* Views and dialogs show their messages here, without knowing the window. */
static void
toast_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ber_window_show_toast (BER_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* An open record page with changes not yet saved, anywhere in the window:
 * every page tells it by its "modified" property. */
static gboolean
has_unsaved_page (GtkWidget *widget)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "modified");
  gboolean modified = FALSE;

  if (pspec != NULL && pspec->value_type == G_TYPE_BOOLEAN && gtk_widget_get_mapped (widget))
    g_object_get (widget, "modified", &modified, NULL);
  /* Until the item page tells it by its property as well. */
  else if (gtk_widget_get_mapped (widget) && BER_IS_ITEM_PAGE (widget)
           && ber_item_page_get_modified (BER_ITEM_PAGE (widget)))
    modified = TRUE;
  if (modified)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_unsaved_page (child))
      return TRUE;
  return FALSE;
}

static void
reload_response (BerAlert   *dialog,
                 const char *response,
                 BerWindow  *self)
{
  if (g_str_equal (response, "reload"))
    ber_window_load (self);
}

/* F5 reads the register again and closes open pages: edits not saved are
 * not dropped without asking. */
static void
reload_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);
  BerAlert *dialog;

  if (!has_unsaved_page (widget))
    {
      ber_window_load (self);
      return;
    }

  dialog = ber_alert_new (_("Reload the Register?"),
                          _("The open page has changes that are not "
                            "saved. Reloading closes it and the "
                            "changes are lost."));
  ber_alert_add_responses (dialog, "cancel", _("_Cancel"), "reload", _("_Reload"), NULL);
  ber_alert_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  ber_alert_set_default_response (dialog, "cancel");
  ber_alert_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reload_response), self, 0);
  ber_alert_present (dialog, GTK_WIDGET (self));
}

static void
new_window_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  BerWindow *window = ber_window_new (BER_APPLICATION (app), self->database_path);

  ber_window_load (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
new_entry_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);
  GtkWidget *view = _ber_window_get_view (self,
                                          adw_view_stack_get_visible_child_name (self->view_stack));

  if (g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "views") && view != NULL)
    gtk_widget_activate_action (view, "view.new", NULL);
}

/* The register view shown in @widget, the section shown of a view with
 * sections, or %NULL. */
static GtkWidget *
shown_register_view (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (BER_IS_REGISTER_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *view = shown_register_view (child);

      if (view != NULL)
        return view;
    }
  return NULL;
}

/* Ctrl+F filters the view shown, wherever the focus is. */
static void
find_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);
  GtkWidget *view;

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "views"))
    return;
  view = shown_register_view (GTK_WIDGET (self->view_stack));
  if (view != NULL)
    gtk_widget_activate_action (view, "view.focus-search", NULL);
}

/* At the start the keyboard is in the list shown, not on the view switcher. */
static gboolean
focus_shown_list (gpointer data)
{
  g_autoptr(BerWindow) self = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *view, *list;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self))
      || !g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "views")
      || (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view_stack))))
    return G_SOURCE_REMOVE;
  view = shown_register_view (GTK_WIDGET (self->view_stack));
  list = view != NULL ? ber_register_view_get_list_widget (BER_REGISTER_VIEW (view)) : NULL;
  /* A record's page opened meanwhile keeps the keyboard it took. */
  if (list != NULL && gtk_widget_get_mapped (list))
    gtk_widget_grab_focus (list);
  return G_SOURCE_REMOVE;
}

static void
on_first_map (BerWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, on_first_map, NULL);
  g_idle_add (focus_shown_list, g_object_ref (self));
}

/* Shows the record chosen in the search: the view of its kind opens it. */
static void
open_found (BerWindow *self,
            GType      type,
            gint64     id)
{
  const char *page = NULL;
  gboolean opened = FALSE;

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "views"))
    return;

  if (type == BER_TYPE_ITEM || type == BER_TYPE_MEETING || type == BER_TYPE_BODY)
    page = "agenda";
  else if (type == BER_TYPE_NETWORK || type == BER_TYPE_PERSON)
    page = "networks";
  else if (type == BER_TYPE_REPORT || type == BER_TYPE_FORUM_EVENT)
    page = "reports";

  if (page != NULL)
    {
      GtkWidget *view = _ber_window_get_view (self, page);

      adw_view_stack_set_visible_child_name (self->view_stack, page);
      if (BER_IS_AGENDA_VIEW (view))
        opened = ber_agenda_view_open_id (BER_AGENDA_VIEW (view), type, id);
      else
        opened = ber_register_view_open_id (BER_REGISTER_VIEW (view), type, id);
    }

  if (!opened)
    g_warning ("No view opens a %s", g_type_name (type));
}

typedef struct
{
  GType  type;
  gint64 id;
} Found;

static void
open_found_response (BerAlert   *dialog,
                     const char *response,
                     BerWindow  *self)
{
  Found *found = g_object_get_data (G_OBJECT (dialog), "found");

  if (g_str_equal (response, "open"))
    open_found (self, found->type, found->id);
}

/* Opening a record closes the page open in its view: edits not saved are
 * not dropped without asking. */
static void
on_search_open (BerWindow *self,
                GType      type,
                gint64     id)
{
  BerAlert *dialog;
  Found *found;

  if (!has_unsaved_page (GTK_WIDGET (self)))
    {
      open_found (self, type, id);
      return;
    }

  dialog = ber_alert_new (_("Open the Record?"),
                          _("The open page has changes that are not "
                            "saved. Opening another record closes "
                            "it and the changes are lost."));
  ber_alert_add_responses (dialog, "cancel", _("_Cancel"), "open", _("_Open"), NULL);
  ber_alert_set_response_appearance (dialog, "open", ADW_RESPONSE_DESTRUCTIVE);
  ber_alert_set_default_response (dialog, "cancel");
  ber_alert_set_close_response (dialog, "cancel");
  found = g_new (Found, 1);
  found->type = type;
  found->id = id;
  g_object_set_data_full (G_OBJECT (dialog), "found", found, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (open_found_response), self, 0);
  ber_alert_present (dialog, GTK_WIDGET (self));
}

/* A page opens a record shown in another view: "(sx)", the name of the
 * record's type and its id. */
static void
open_record_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  const char *type_name = NULL;
  gint64 id = 0;
  GType type;

  g_variant_get (parameter, "(&sx)", &type_name, &id);
  type = g_type_from_name (type_name);
  if (type == 0 || !g_type_is_a (type, BER_TYPE_RECORD) || id <= 0)
    return;
  on_search_open (BER_WINDOW (widget), type, id);
}

/* Ctrl+K searches everything in the register. */
static void
search_all_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);
  BerSearchDialog *dialog;

  if (self->context == NULL
      || !g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "views"))
    return;

  dialog = ber_search_dialog_new (self->context);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "open", G_CALLBACK (on_search_open), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Ctrl+H: the register's recent changes, each opening its record here. */
static void
recent_changes_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);

  if (self->context != NULL
      && g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "views"))
    ber_changes_dialog_present (GTK_WINDOW (self), self->context);
}

/* Where another view leads when it needs a network first (returned reports). */
static void
new_network_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "views"))
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "networks");
  ber_networks_view_new_network (BER_NETWORKS_VIEW (_ber_window_get_view (self, "networks")));
}

static void
show_page_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);

  if (g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "views"))
    adw_view_stack_set_visible_child_name (self->view_stack,
                                           g_variant_get_string (parameter, NULL));
}

/* GtkWindow */

static gboolean
ber_window_close_request (GtkWindow *window)
{
  BerWindow *self = BER_WINDOW (window);
  int width = 0;
  int height = 0;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (ber_window_parent_class)->close_request (window);
}

/* GObject */

/* The application is set after construction, so settings are bound here. */
static void
bind_settings (BerWindow *self,
               GSettings *settings)
{
  self->settings = g_object_ref (settings);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "last-view", self->view_stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::reply-warning-days",
                           G_CALLBACK (_ber_window_update_badges), self, G_CONNECT_SWAPPED);
  /* The view shown first is the only one made at the start. */
  on_visible_view (self);
  g_signal_connect (self, "map", G_CALLBACK (on_first_map), NULL);
}

static void
ber_window_dispose (GObject *object)
{
  BerWindow *self = BER_WINDOW (object);

  if (self->counting_badges != NULL)
    g_cancellable_cancel (self->counting_badges);
  g_clear_object (&self->counting_badges);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_WINDOW);

  G_OBJECT_CLASS (ber_window_parent_class)->dispose (object);
}

static void
ber_window_finalize (GObject *object)
{
  BerWindow *self = BER_WINDOW (object);

  g_free (self->database_path);

  G_OBJECT_CLASS (ber_window_parent_class)->finalize (object);
}

static void
ber_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BerWindow *self = BER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BerWindow *self = BER_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATABASE_PATH:
      self->database_path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_window_class_init (BerWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  static const char *pages[] = { "overview", "agenda", "networks", "reports" };

  object_class->dispose = ber_window_dispose;
  object_class->finalize = ber_window_finalize;
  object_class->get_property = ber_window_get_property;
  object_class->set_property = ber_window_set_property;

  window_class->close_request = ber_window_close_request;

  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BER_TYPE_CONTEXT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ber-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BerWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, welcome_path_label);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, demo_button);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, overview_slot);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, agenda_slot);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, agenda_page);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, networks_slot);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, networks_page);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, reports_slot);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, reports_page);

  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_activated);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_activated);
  gtk_widget_class_install_action (widget_class, "win.new-window", NULL, new_window_activated);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.new-network", NULL, new_network_activated);
  gtk_widget_class_install_action (widget_class, "win.new-entry", NULL, new_entry_activated);
  gtk_widget_class_install_action (widget_class, "win.search-all", NULL, search_all_activated);
  gtk_widget_class_install_action (widget_class, "win.recent-changes", NULL,
                                   recent_changes_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK,
                                       "win.recent-changes", NULL);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find",
                                       NULL);
  gtk_widget_class_install_action (widget_class, "win.open-record", "(sx)",
                                   open_record_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK,
                                       "win.search-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-entry", NULL);
  _ber_window_files_class_init (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.new-window",
                                       NULL);
  /* Read the register again, for changes made by another window or program. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.reload", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", pages[i]);
}

static void
ber_window_init (BerWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search-all", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.recent-changes", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.organisation", FALSE);
  add_register_to_menu (self);

  g_signal_connect_object (self->view_stack, "notify::visible-child", G_CALLBACK (on_visible_view),
                           self, G_CONNECT_SWAPPED);
}

BerWindow *
ber_window_new (BerApplication *application,
                const char     *database_path)
{
  BerWindow *self;

  g_return_val_if_fail (BER_IS_APPLICATION (application), NULL);

  self = g_object_new (BER_TYPE_WINDOW,
                       "application", application,
                       "database-path", database_path,
                       NULL);
  bind_settings (self, ber_application_get_settings (application));
  show_register_name (self);

  return self;
}

const char *
ber_window_get_database_path (BerWindow *self)
{
  g_return_val_if_fail (BER_IS_WINDOW (self), NULL);
  return self->database_path;
}

/* Returns: (transfer none) (nullable): the services of the register shown */
BerContext *
ber_window_get_context (BerWindow *self)
{
  g_return_val_if_fail (BER_IS_WINDOW (self), NULL);
  return self->context;
}

const char *
ber_window_get_page (BerWindow *self)
{
  g_return_val_if_fail (BER_IS_WINDOW (self), NULL);

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "views"))
    return gtk_stack_get_visible_child_name (self->main_stack);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
ber_window_show_toast (BerWindow  *self,
                       const char *message)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  g_return_if_fail (BER_IS_WINDOW (self));

  /* A message from work that ended after the window was closed. */
  if (self->toast_overlay == NULL)
    return;
  /* A toast's title is Pango markup; messages name files and records that
   * may hold "&" or "<". */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
