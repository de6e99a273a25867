/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-agenda-view.h"
#include "ber-backup.h"
#include "ber-body-page.h"
#include "ber-demo.h"
#include "ber-form-dialog.h"
#include "ber-model.h"
#include "ber-item-page.h"
#include "ber-networks-view.h"
#include "ber-person-page.h"
#include "ber-reports-view.h"
#include "ber-ui-util.h"
#include "ber-window.h"

struct _BerWindow
{
  AdwApplicationWindow  parent_instance;

  char                 *database_path;
  BerStore             *store;
  BerContext           *context;
  GSettings            *settings;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwStatusPage        *error_page;
  GtkLabel             *welcome_path_label;
  GtkWidget            *demo_button;
  BerAgendaView        *agenda_view;
  AdwViewStackPage     *agenda_page;
  BerNetworksView      *networks_view;
  AdwViewStackPage     *networks_page;
  BerReportsView       *reports_view;
  AdwViewStackPage     *reports_page;
};

G_DEFINE_FINAL_TYPE (BerWindow, ber_window, ADW_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_DATABASE_PATH,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (BerWindow    *self,
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

static void
set_store (BerWindow *self,
           BerStore  *store)
{
  g_set_object (&self->store, store);
  g_clear_object (&self->context);
  if (store != NULL)
    self->context = ber_context_new (store);
  ber_agenda_view_set_context (self->agenda_view, self->context);
  ber_ui_give_context (GTK_WIDGET (self->networks_view), self->context);
  ber_ui_give_context (GTK_WIDGET (self->reports_view), self->context);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/* Daily backup, off the main thread: the copy of a large register takes a while. */
static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  const char *path = task_data;
  BerWindow *self = source_object;
  g_autoptr(BerStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean made = FALSE;
  guint keep = (guint) g_settings_get_int (self->settings, "backups-to-keep");

  store = ber_store_open (path, &error);
  if (store == NULL || !ber_backup_daily (store, keep, &made, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, made);
}

static void
backup_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  BerWindow *self = BER_WINDOW (object);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) && error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The daily backup could not be made: %s"),
                                                  error->message);

      ber_window_show_toast (self, message);
    }
}

static void
start_daily_backup (BerWindow *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, backup_done, NULL);

  g_task_set_task_data (task, g_strdup (self->database_path), g_free);
  g_task_run_in_thread (task, backup_thread);
}

/**
 * ber_window_load:
 *
 * Opens the window's register, or offers to create it when it does not exist.
 */
void
ber_window_load (BerWindow *self)
{
  g_autoptr(BerStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BER_IS_WINDOW (self));

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

  store = ber_backup_open_register (self->database_path, &error);
  if (store == NULL)
    {
      set_store (self, NULL);
      show_error (self, error);
      return;
    }

  set_store (self, store);
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

static void
create_register_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);
  const char *content = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  if (!(g_str_equal (content, "demo") ? ber_demo_create (self->database_path, &error)
                                       : ber_store_create (self->database_path, NULL, NULL,
                                                           &error)))
    {
      show_error (self, error);
      return;
    }

  ber_window_load (self);
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
  else if (gtk_widget_get_mapped (widget)
           && ((BER_IS_ITEM_PAGE (widget) && ber_item_page_get_modified (BER_ITEM_PAGE (widget)))
               || (BER_IS_BODY_PAGE (widget) && ber_body_page_get_modified (BER_BODY_PAGE (widget)))
               || (BER_IS_PERSON_PAGE (widget)
                   && ber_person_page_get_modified (BER_PERSON_PAGE (widget)))))
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
reload_response (AdwMessageDialog *dialog,
                 const char       *response,
                 BerWindow        *self)
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
  AdwMessageDialog *dialog;

  if (!has_unsaved_page (widget))
    {
      ber_window_load (self);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Reload the Register?"),
                                                       _("The open page has changes that are not "
                                                         "saved. Reloading closes it and the "
                                                         "changes are lost.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reload_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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
chooser_response (BerWindow            *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  GtkFileChooserAction action = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      if (!g_str_has_suffix (path, ".db"))
        {
          char *with_extension = g_strconcat (path, ".db", NULL);

          g_free (path);
          path = with_extension;
        }
      if (!ber_store_create (path, NULL, NULL, &error))
        {
          ber_window_show_toast (self, error->message);
          return;
        }
    }

  /* The register chosen last is the one opened at the next start. */
  g_settings_set_string (self->settings, "database-path", path);
  ber_application_open_register (BER_APPLICATION (app), path);
}

static void
run_chooser (BerWindow            *self,
             GtkFileChooserAction  action)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  gboolean save = action == GTK_FILE_CHOOSER_ACTION_SAVE;

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (save ? _("New Register") : _("Open Register"),
                                               GTK_WINDOW (self), action,
                                               save ? _("_Create") : _("_Open"),
                                               _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Beredning registers"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  if (save)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("register.db"));

  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_register_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  run_chooser (BER_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
new_register_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  run_chooser (BER_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

typedef struct
{
  BerWindow *window;
  GPtrArray *backups;
  GPtrArray *checks;
} RestoreForm;

static void
restore_form_free (gpointer data)
{
  RestoreForm *form = data;

  g_ptr_array_unref (form->backups);
  g_ptr_array_unref (form->checks);
  g_free (form);
}

/* Restoring waits for another program's write to end (up to the busy
 * timeout) and copies the whole register: off the main thread. */
static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  BerWindow *self = source_object;
  g_autoptr(GError) error = NULL;

  if (ber_backup_restore (self->database_path, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
restore_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  BerWindow *self = BER_WINDOW (object);
  g_autoptr(GError) error = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-backup", TRUE);
  ber_window_load (self);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    ber_window_show_toast (self, _("The register was restored from the backup"));
  else
    {
      g_autofree char *message = g_strdup_printf (_("The register was not restored: %s"),
                                                  error->message);

      ber_window_show_toast (self, message);
    }
}

static gboolean
restore_save (BerFormDialog  *dialog,
              gpointer        data,
              GError        **error)
{
  RestoreForm *form = data;
  BerWindow *self = form->window;
  BerBackup *chosen = NULL;
  g_autoptr(GTask) task = NULL;

  for (guint i = 0; i < form->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (form->checks, i)))
      chosen = g_ptr_array_index (form->backups, i);

  if (chosen == NULL)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("Choose the backup to restore."));
      return FALSE;
    }

  for (GList *l = gtk_application_get_windows (gtk_window_get_application (GTK_WINDOW (self)));
       l != NULL; l = l->next)
    if (l->data != self && BER_IS_WINDOW (l->data)
        && g_strcmp0 (BER_WINDOW (l->data)->database_path, self->database_path) == 0)
      {
        g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_BUSY,
                             _("The register is open in another window. Close that window "
                               "first."));
        return FALSE;
      }

  /* The window lets go of the register while it is replaced, then opens it again. */
  set_store (self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.restore-backup", FALSE);
  ber_window_show_toast (self, _("Restoring the register…"));
  task = g_task_new (self, NULL, restore_done, NULL);
  g_task_set_task_data (task, g_strdup (chosen->path), g_free);
  g_task_run_in_thread (task, restore_thread);
  return TRUE;
}

static void
restore_backup_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);
  g_autoptr(GPtrArray) backups = ber_backup_list (self->database_path);
  BerFormDialog *dialog;
  RestoreForm *form;
  GtkCheckButton *group = NULL;

  if (backups->len == 0)
    {
      ber_window_show_toast (self, _("There are no backups of this register yet."));
      return;
    }

  dialog = ber_form_dialog_new (GTK_WINDOW (self), _("Restore From a Backup"), _("_Restore"));
  {
    g_autofree char *folder = ber_backup_folder (self->database_path);
    g_autofree char *where = g_strdup_printf (_("Backups of this register are kept in %s. The "
                                                "register as it is now is kept there too before "
                                                "it is replaced."),
                                              folder);

    ber_form_dialog_add_group (dialog, NULL, where);
  }
  form = g_new0 (RestoreForm, 1);
  form->window = self;
  form->backups = g_ptr_array_ref (backups);
  form->checks = g_ptr_array_new ();

  for (guint i = 0; i < backups->len; i++)
    {
      BerBackup *backup = g_ptr_array_index (backups, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *name = g_path_get_basename (backup->path);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), backup->label);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name);
      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      else
        group = GTK_CHECK_BUTTON (check);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), i == 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      backup->label, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_ptr_array_add (form->checks, check);
      ber_form_dialog_add (dialog, row);
    }

  ber_form_dialog_show_error (dialog, NULL);
  ber_form_dialog_set_save (dialog, restore_save, form, restore_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_badges (BerWindow *self)
{
  guint due = ber_networks_view_get_n_due_reviews (self->networks_view);
  guint replies = ber_agenda_view_get_n_due (self->agenda_view);
  guint late;

  adw_view_stack_page_set_badge_number (self->agenda_page, replies);
  adw_view_stack_page_set_needs_attention (self->agenda_page, replies > 0);

  adw_view_stack_page_set_badge_number (self->networks_page, due);
  adw_view_stack_page_set_needs_attention (self->networks_page, due > 0);

  late = ber_reports_view_get_n_late (self->reports_view);
  adw_view_stack_page_set_badge_number (self->reports_page, late);
  adw_view_stack_page_set_needs_attention (self->reports_page, late > 0);
}

static void
new_entry_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);
  GtkWidget *view = adw_view_stack_get_visible_child (self->view_stack);

  if (g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "views") && view != NULL)
    gtk_widget_activate_action (view, "view.new", NULL);
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
}

static void
ber_window_dispose (GObject *object)
{
  BerWindow *self = BER_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->context);
  g_clear_object (&self->store);
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
    case PROP_STORE:
      g_value_set_object (value, self->store);
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
  static const char *pages[] = { "agenda", "networks", "reports" };

  object_class->dispose = ber_window_dispose;
  object_class->finalize = ber_window_finalize;
  object_class->get_property = ber_window_get_property;
  object_class->set_property = ber_window_set_property;

  window_class->close_request = ber_window_close_request;

  properties[PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BER_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/ber-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BerWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, welcome_path_label);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, demo_button);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, agenda_page);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, networks_view);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, networks_page);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, reports_view);
  gtk_widget_class_bind_template_child (widget_class, BerWindow, reports_page);

  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_activated);
  gtk_widget_class_install_action (widget_class, "win.create-register", "s",
                                   create_register_activated);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_activated);
  gtk_widget_class_install_action (widget_class, "win.new-window", NULL, new_window_activated);
  gtk_widget_class_install_action (widget_class, "win.open-register", NULL,
                                   open_register_activated);
  gtk_widget_class_install_action (widget_class, "win.new-register", NULL,
                                   new_register_activated);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.new-entry", NULL, new_entry_activated);
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL,
                                   restore_backup_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-entry", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.new-window",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-register", NULL);
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
  g_type_ensure (BER_TYPE_AGENDA_VIEW);
  g_type_ensure (BER_TYPE_NETWORKS_VIEW);
  g_type_ensure (BER_TYPE_REPORTS_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->agenda_view, "notify::n-due",
                           G_CALLBACK (update_badges), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->networks_view, "notify::n-due-reviews",
                           G_CALLBACK (update_badges), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reports_view, "notify::n-late",
                           G_CALLBACK (update_badges), self, G_CONNECT_SWAPPED);
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

  return self;
}

const char *
ber_window_get_database_path (BerWindow *self)
{
  g_return_val_if_fail (BER_IS_WINDOW (self), NULL);
  return self->database_path;
}

BerStore *
ber_window_get_store (BerWindow *self)
{
  g_return_val_if_fail (BER_IS_WINDOW (self), NULL);
  return self->store;
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

  /* A toast's title is Pango markup; messages name files and records that
   * may hold "&" or "<". */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
