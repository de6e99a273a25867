/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ber-application.h"
#include "ber-cli.h"
#include "ber-compat.h"
#include "ber-preferences-window.h"
#include "ber-register-file.h"
#include "ber-ui-util.h"
#include "ber-window.h"

struct _BerApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (BerApplication, ber_application, ADW_TYPE_APPLICATION)

static char *
configured_database (BerApplication *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "database-path");

  if (path != NULL && *path != '\0')
    return g_steal_pointer (&path);

  return ber_register_file_default_path ();
}

static BerWindow *
find_window_for (BerApplication *self,
                 const char     *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (BER_IS_WINDOW (l->data)
          && g_strcmp0 (ber_window_get_database_path (l->data), path) == 0)
        return l->data;
    }

  return NULL;
}

/*
 * For the benchmark (tests/bench): with BEREDNING_BENCH_FIRST_FRAME set, the
 * time of the window's first painted frame is printed on standard output,
 * on the monotonic clock, so that launch can be timed from outside.
 */
static void
on_first_frame_painted (GdkFrameClock *clock,
                        gpointer       user_data)
{
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, user_data);
}

static void
on_window_realized (GtkWidget *window,
                    gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame_painted), NULL);
}

/**
 * ber_application_open_register:
 *
 * Presents the window of the register at @path, opening one if needed. A
 * register that does not exist yet is offered as a new one, with or without
 * demo data; one that cannot be opened is explained in the window.
 */
GtkWindow *
ber_application_open_register (BerApplication *self,
                               const char     *path)
{
  BerWindow *window;

  g_return_val_if_fail (BER_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  window = find_window_for (self, path);
  if (window == NULL)
    {
      window = ber_window_new (self, path);
      if (g_getenv ("BEREDNING_BENCH_FIRST_FRAME") != NULL)
        g_signal_connect (window, "realize", G_CALLBACK (on_window_realized), NULL);
      ber_window_load (window);
    }

  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

static gint
ber_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  if (ber_cli_wants_console (options))
    return ber_cli_run (options);

  return -1;
}

static int
ber_application_command_line (GApplication            *app,
                              GApplicationCommandLine *command_line)
{
  BerApplication *self = BER_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *path = NULL;

  if (g_variant_dict_contains (options, "database"))
    {
      const char *given = NULL;
      g_autoptr(GFile) file = NULL;

      g_variant_dict_lookup (options, "database", "^&ay", &given);
      file = g_application_command_line_create_file_for_arg (command_line, given);
      path = g_file_get_path (file);
    }
  if (path == NULL)
    path = configured_database (self);

  ber_application_open_register (self, path);
  return 0;
}

static void
ber_application_activate (GApplication *app)
{
  BerApplication *self = BER_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *path = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = configured_database (self);
  ber_application_open_register (self, path);
}

/* Actions */

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  BerApplication *self = user_data;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  BerApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  BerPreferencesWindow *preferences;

  /* The register shown is that of the window the preferences are asked from. */
  preferences = ber_preferences_window_new (self->settings,
                                            BER_IS_WINDOW (parent)
                                              ? ber_window_get_database_path (BER_WINDOW (parent))
                                              : NULL);

  ber_dialog_present (GTK_WIDGET (preferences), GTK_WIDGET (parent));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  BerApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "Beredning contributors", NULL };

  ber_about_present (GTK_WIDGET (parent),
                     "application-name", _("Beredning"),
                     "application-icon", APP_ID,
                     "developer-name", "Beredning contributors",
                     "version", PACKAGE_VERSION,
                     "website", "https://github.com/beredning/beredning",
                     "issue-url", "https://github.com/beredning/beredning/issues",
                     "copyright", "© 2026 Beredning contributors",
                     "license-type", GTK_LICENSE_GPL_3_0,
                     "developers", developers,
                     /* Translators: your names, one per line */
                     "translator-credits", _("translator-credits"),
                     "comments", _("Agenda preparation, network memberships and returned "
                                   "reports for a region’s international secretariat."),
                     NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated, NULL, NULL, NULL, { 0 } },
  { "preferences", preferences_activated, NULL, NULL, NULL, { 0 } },
  { "about", about_activated, NULL, NULL, NULL, { 0 } },
};

static void
ber_application_startup (GApplication *app)
{
  BerApplication *self = BER_APPLICATION (app);
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (ber_application_parent_class)->startup (app);
  ber_ui_init_accessibility ();

  /* Only the windowed program reads preferences; the command line needs no schema. */
  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);

  /* AdwApplication loads style.css, style-dark.css and style-hc.css from
   * the resource base path, and GtkApplication adds its icons folder to the
   * icon theme. */
  gtk_window_set_default_icon_name (APP_ID);
}

static void
ber_application_dispose (GObject *object)
{
  BerApplication *self = BER_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ber_application_parent_class)->dispose (object);
}

static void
ber_application_class_init (BerApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ber_application_dispose;

  app_class->activate = ber_application_activate;
  app_class->startup = ber_application_startup;
  app_class->command_line = ber_application_command_line;
  app_class->handle_local_options = ber_application_handle_local_options;
}

static void
ber_application_init (BerApplication *self)
{
  ber_cli_add_options (G_APPLICATION (self));
}

BerApplication *
ber_application_new (void)
{
  return g_object_new (BER_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/io/github/beredning/Beredning",
                       NULL);
}

GSettings *
ber_application_get_settings (BerApplication *self)
{
  g_return_val_if_fail (BER_IS_APPLICATION (self), NULL);
  return self->settings;
}
