/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The benchmark's yardstick for launch and memory: an empty
 * AdwApplicationWindow of the size of Beredning's, which prints the time of
 * its first painted frame on the monotonic clock, as Beredning does with
 * BEREDNING_BENCH_FIRST_FRAME set.
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

static void
on_first_frame_painted (GdkFrameClock *clock,
                        gpointer       user_data)
{
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, user_data);
}

static void
on_realized (GtkWidget *window,
             gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame_painted), NULL);
}

static void
on_activate (GApplication *app,
             gpointer      user_data)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  g_signal_connect (window, "realize", G_CALLBACK (on_realized), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.beredning.BareWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
