/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-agenda-view.h"
#include "ber-networks-view.h"
#include "ber-overview-view.h"
#include "ber-reports-view.h"
#include "ber-window.h"

G_BEGIN_DECLS

/* The window is split along its seams: the window, its views and the
 * register it shows (ber-window.c), and what it does with register files
 * — creating, choosing and restoring them (ber-window-files.c). */
struct _BerWindow
{
  AdwApplicationWindow  parent_instance;

  char                 *database_path;
  BerContext           *context;
  GCancellable         *counting_badges;
  GSettings            *settings;
  gboolean              choosing;     /* a file dialog is open */
  gboolean              busy;          /* creating or restoring the register */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkMenuButton        *primary_menu_button;
  GtkWidget            *register_box;  /* in the main menu */
  GtkLabel             *register_name_label;
  GtkLabel             *register_folder_label;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwStatusPage        *error_page;
  GtkLabel             *welcome_path_label;
  GtkWidget            *demo_button;
  GtkSpinner           *progress_spinner;
  GtkLabel             *progress_label;
  AdwBin               *overview_slot;
  AdwViewStackPage     *overview_page;
  AdwBin               *agenda_slot;
  AdwViewStackPage     *agenda_page;
  AdwBin               *networks_slot;
  AdwViewStackPage     *networks_page;
  AdwBin               *reports_slot;
  AdwViewStackPage     *reports_page;

  /* Each view is made when it is first shown (_ber_window_get_view()). */
  BerOverviewView      *overview_view;
  BerAgendaView        *agenda_view;
  BerNetworksView      *networks_view;
  BerReportsView       *reports_view;
};

void _ber_window_set_context     (BerWindow      *self,
                                  BerContext     *context);
void _ber_window_show_error      (BerWindow      *self,
                                  const GError   *error);
void _ber_window_show_progress   (BerWindow      *self,
                                  const char     *message);
void _ber_window_set_busy        (BerWindow      *self,
                                  gboolean        busy);
GtkWidget *_ber_window_get_view  (BerWindow      *self,
                                  const char     *name);

void _ber_window_files_class_init (GtkWidgetClass *widget_class);

void _ber_window_update_badges (BerWindow *self);

G_END_DECLS
