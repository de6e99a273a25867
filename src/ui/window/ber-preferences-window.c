/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-preferences-window.h"
#include "ber-register-file.h"

struct _BerPreferencesWindow
{
  BerPreferencesBase    parent_instance;

  GSettings            *settings;
  char                 *open_path;

  AdwActionRow         *database_row;
  AdwActionRow         *start_row;
  GtkButton            *default_button;
  GtkSpinButton        *reply_spin;
  GtkSpinButton        *report_spin;
  GtkSpinButton        *mandate_spin;
  GtkSpinButton        *backups_spin;
  GtkSpinButton        *retention_spin;
};

G_DEFINE_FINAL_TYPE (BerPreferencesWindow, ber_preferences_window, BER_TYPE_PREFERENCES_BASE)

/* Two rows: the register open in the window the preferences belong to,
 * and apart from it the one the next start opens (a setting), which says
 * what the default is when it is another. */
static void
update_database_row (BerPreferencesWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "database-path");
  g_autofree char *default_path = ber_register_file_default_path ();
  gboolean is_default = path == NULL || *path == '\0' || g_strcmp0 (path, default_path) == 0;
  g_autofree char *start = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->database_row), self->open_path != NULL);
  if (self->open_path != NULL)
    adw_action_row_set_subtitle (self->database_row, self->open_path);

  if (is_default)
    /* Translators: %s is the path of the register opened at start */
    start = g_strdup_printf (_("%s (the default)"), default_path);
  else
    /* Translators: the first %s is the register opened at start, the second the default one */
    start = g_strdup_printf (_("%s\nThe default is %s"), path, default_path);
  adw_action_row_set_subtitle (self->start_row, start);

  gtk_widget_set_sensitive (GTK_WIDGET (self->default_button), !is_default);
}

static void
default_clicked (BerPreferencesWindow *self)
{
  g_settings_reset (self->settings, "database-path");
}

static void
ber_preferences_window_dispose (GObject *object)
{
  BerPreferencesWindow *self = BER_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->open_path, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (ber_preferences_window_parent_class)->dispose (object);
}

static void
ber_preferences_window_class_init (BerPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BerPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, BerPreferencesWindow, start_row);
  gtk_widget_class_bind_template_child (widget_class, BerPreferencesWindow, default_button);
  gtk_widget_class_bind_template_child (widget_class, BerPreferencesWindow, reply_spin);
  gtk_widget_class_bind_template_child (widget_class, BerPreferencesWindow, report_spin);
  gtk_widget_class_bind_template_child (widget_class, BerPreferencesWindow, mandate_spin);
  gtk_widget_class_bind_template_child (widget_class, BerPreferencesWindow, backups_spin);
  gtk_widget_class_bind_template_child (widget_class, BerPreferencesWindow, retention_spin);
  gtk_widget_class_bind_template_callback (widget_class, default_clicked);

#if !ADW_CHECK_VERSION (1, 5, 0)
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
#endif
}

static void
ber_preferences_window_init (BerPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_set_content_width (ADW_DIALOG (self), 560);
  adw_dialog_set_content_height (ADW_DIALOG (self), 620);
#else
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 620);
#endif
}

/**
 * ber_preferences_window_new:
 * @open_path: (nullable): the register open in the window the preferences
 *   are shown for
 */
BerPreferencesWindow *
ber_preferences_window_new (GSettings  *settings,
                            const char *open_path)
{
  BerPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (BER_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);
  self->open_path = g_strdup (open_path);

  g_settings_bind (settings, "reply-warning-days", self->reply_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "report-due-days", self->report_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "mandate-warning-days", self->mandate_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "backups-to-keep", self->backups_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "retention-years", self->retention_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (settings, "changed::database-path", G_CALLBACK (update_database_row),
                           self, G_CONNECT_SWAPPED);
  update_database_row (self);

  return self;
}
