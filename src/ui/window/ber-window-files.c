/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-backup.h"
#include "ber-compat.h"
#include "ber-demo.h"
#include "ber-form-dialog.h"
#include "ber-register-file.h"
#include "ber-organisation-dialog.h"
#include "ber-yearly-report-dialog.h"
#include "ber-window-private.h"

/*
 * What the window does with register files: makes a new one, empty or with
 * demo data, opens another, and restores one from a backup. Making the demo
 * register and restoring copy a whole register: they run in a thread while
 * the window shows that it works.
 */

typedef struct
{
  char     *path;
  gboolean  demo;
} CreateData;

static void
create_data_free (gpointer data)
{
  CreateData *create = data;

  g_free (create->path);
  g_free (create);
}

static void
create_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CreateData *create = task_data;
  GError *error = NULL;
  gboolean ok;

  ok = create->demo ? ber_demo_create (create->path, &error)
                    : ber_register_file_create (create->path, &error);
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
create_async (BerWindow           *self,
              const char          *path,
              gboolean             demo,
              GAsyncReadyCallback  callback)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, callback, NULL);
  CreateData *create = g_new0 (CreateData, 1);

  create->path = g_strdup (path);
  create->demo = demo;
  g_task_set_source_tag (task, create_async);
  g_task_set_task_data (task, create, create_data_free);
  g_task_run_in_thread (task, create_thread);
}

/* The welcome page's choice: the window's register, made now */

static void
create_register_done (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  BerWindow *self = BER_WINDOW (object);
  g_autoptr(GError) error = NULL;

  /* Closed meanwhile: the register stays made, for the next window. */
  if (self->main_stack == NULL)
    return;
  _ber_window_set_busy (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _ber_window_show_error (self, error);
      return;
    }
  ber_window_load (self);
}

static void
create_register_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);
  gboolean demo = g_str_equal (g_variant_get_string (parameter, NULL), "demo");

  if (self->busy)
    return;
  _ber_window_set_busy (self, TRUE);
  _ber_window_show_progress (self, demo ? _("Creating the demo register…")
                                        : _("Creating the register…"));
  create_async (self, self->database_path, demo, create_register_done);
}

/* Opening another register, or a new one */

/* The register chosen last is the one opened at the next start. */
static void
open_chosen (BerWindow  *self,
             const char *path)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  g_settings_set_string (self->settings, "database-path", path);
  ber_application_open_register (BER_APPLICATION (app), path);
}

static void
new_register_done (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  BerWindow *self = BER_WINDOW (object);
  CreateData *create = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (self->main_stack == NULL)
    return;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      ber_window_show_toast (self, error->message);
      return;
    }
  open_chosen (self, create->path);
}

/* @save: whether the register is to be made, else opened */
static void
file_chosen (GtkWidget *owner,
             GFile     *file,
             gpointer   save)
{
  BerWindow *self = BER_WINDOW (owner);
  g_autofree char *path = NULL;

  self->choosing = FALSE;

  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  if (GPOINTER_TO_INT (save))
    {
      if (!g_str_has_suffix (path, ".db"))
        {
          char *with_extension = g_strconcat (path, ".db", NULL);

          g_free (path);
          path = with_extension;
        }
      create_async (self, path, FALSE, new_register_done);
      return;
    }

  open_chosen (self, path);
}

static void
run_chooser (BerWindow *self,
             gboolean   save)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileFilter *filters[] = { filter, all, NULL };

  if (self->choosing)
    return;

  gtk_file_filter_set_name (filter, _("Beredning registers"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  self->choosing = TRUE;
  if (save)
    ber_file_save (GTK_WIDGET (self), _("New Register"), _("_Create"), _("register.db"), filters,
                   file_chosen, GINT_TO_POINTER (TRUE), NULL);
  else
    ber_file_open (GTK_WIDGET (self), _("Open Register"), _("_Open"), filters, file_chosen,
                   GINT_TO_POINTER (FALSE), NULL);
}

static void
open_register_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  run_chooser (BER_WINDOW (widget), FALSE);
}

static void
new_register_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  run_chooser (BER_WINDOW (widget), TRUE);
}

/* Restoring a backup */

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
  GError *error = NULL;

  if (ber_backup_restore (self->database_path, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
restore_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  BerWindow *self = BER_WINDOW (object);
  g_autoptr(GError) error = NULL;

  if (self->main_stack == NULL)
    return;
  _ber_window_set_busy (self, FALSE);
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
open_elsewhere (BerWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = app != NULL ? gtk_application_get_windows (app) : NULL; l != NULL; l = l->next)
    if (l->data != self && BER_IS_WINDOW (l->data)
        && g_strcmp0 (ber_window_get_database_path (l->data), self->database_path) == 0)
      return TRUE;
  return FALSE;
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
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Choose the backup to restore."));
      return FALSE;
    }
  if (open_elsewhere (self))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                           _("The register is open in another window. Close that window "
                             "first."));
      return FALSE;
    }

  /* The window lets go of the register while it is replaced, then opens it again. */
  _ber_window_set_context (self, NULL);
  _ber_window_set_busy (self, TRUE);
  _ber_window_show_progress (self, _("Restoring the register…"));
  task = g_task_new (self, NULL, restore_done, NULL);
  g_task_set_task_data (task, g_strdup (chosen->path), g_free);
  g_task_run_in_thread (task, restore_thread);
  return TRUE;
}

static GtkWidget *
backup_row (BerBackup      *backup,
            GtkCheckButton *group,
            gboolean        active,
            GtkWidget     **check)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = g_path_get_basename (backup->path);

  *check = gtk_check_button_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), backup->label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (*check), group);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (*check), active);
  gtk_accessible_update_property (GTK_ACCESSIBLE (*check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  backup->label, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), *check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), *check);
  return row;
}

static void
restore_backup_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);
  g_autoptr(GPtrArray) backups = ber_backup_list (self->database_path);
  g_autofree char *folder = ber_backup_folder (self->database_path);
  g_autofree char *where = NULL;
  BerFormDialog *dialog;
  RestoreForm *form;

  if (self->busy)
    return;
  if (backups->len == 0)
    {
      ber_window_show_toast (self, _("There are no backups of this register yet."));
      return;
    }

  dialog = ber_form_dialog_new (GTK_WINDOW (self), _("Restore From a Backup"), _("_Restore"));
  where = g_strdup_printf (_("Backups of this register are kept in %s. The register as it is "
                             "now is kept there too before it is replaced."),
                           folder);
  ber_form_dialog_add_group (dialog, NULL, where);
  form = g_new0 (RestoreForm, 1);
  form->window = self;
  form->backups = g_ptr_array_ref (backups);
  form->checks = g_ptr_array_new ();

  for (guint i = 0; i < backups->len; i++)
    {
      GtkWidget *check = NULL;
      GtkWidget *row = backup_row (g_ptr_array_index (backups, i),
                                   form->checks->len > 0 ? g_ptr_array_index (form->checks, 0)
                                                         : NULL,
                                   i == 0, &check);

      g_ptr_array_add (form->checks, check);
      ber_form_dialog_add (dialog, row);
    }

  ber_form_dialog_set_save (dialog, restore_save, form, restore_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The organisation that heads every paper, edited for the whole register. */
static void
organisation_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);
  g_autoptr(BerOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;
  BerFormDialog *dialog;

  if (self->context == NULL)
    return;
  organisation = ber_bodies_load_organisation (ber_context_get_bodies (self->context), &error);
  if (organisation == NULL)
    {
      ber_window_show_toast (self, error->message);
      return;
    }
  dialog = ber_organisation_dialog_new (self->context, organisation);
  ber_form_dialog_present (dialog, GTK_WIDGET (self));
}

/* The yearly report on international work, for the regional executive board. */
static void
yearly_report_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  BerWindow *self = BER_WINDOW (widget);

  if (self->context != NULL)
    ber_yearly_report_dialog_present (GTK_WINDOW (self), self->context);
}

void
_ber_window_files_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.yearly-report", NULL,
                                   yearly_report_activated);
  gtk_widget_class_install_action (widget_class, "win.organisation", NULL,
                                   organisation_activated);
  gtk_widget_class_install_action (widget_class, "win.create-register", "s",
                                   create_register_activated);
  gtk_widget_class_install_action (widget_class, "win.open-register", NULL,
                                   open_register_activated);
  gtk_widget_class_install_action (widget_class, "win.new-register", NULL,
                                   new_register_activated);
  gtk_widget_class_install_action (widget_class, "win.restore-backup", NULL,
                                   restore_backup_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-register", NULL);
}
