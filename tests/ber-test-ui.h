/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-application.h"
#include "ber-form-dialog.h"

G_BEGIN_DECLS

/*
 * Helpers for the UI tests, which build real windows under Xvfb. Every
 * helper that finds a widget searches the descendants of its root depth
 * first, in child order, and never the root itself.
 */

typedef gboolean (*BerTestCondition) (gpointer data);

/* Running the main loop */
void            ber_test_spin                (void);
void            ber_test_spin_until_quiet    (guint             max_ms);
void            ber_test_spin_idle           (void);
gboolean        ber_test_spin_until          (BerTestCondition  condition,
                                              gpointer          data);
gboolean        ber_test_spin_until_within   (BerTestCondition  condition,
                                              gpointer          data,
                                              guint             seconds);
gboolean        ber_test_is_mapped           (gpointer          widget);
gboolean        ber_test_is_unmapped         (gpointer          widget);
gboolean        ber_test_is_null             (gpointer          pointer);

/* Finding widgets */
GtkWidget      *ber_test_find_widget         (GtkWidget        *root,
                                              GType             type,
                                              const char       *title);
GtkWidget      *ber_test_require_widget      (GtkWidget        *root,
                                              GType             type,
                                              const char       *title);
GtkWidget      *ber_test_find_button         (GtkWidget        *root,
                                              const char       *label);
GtkWindow      *ber_test_find_toplevel       (GType             type);
AdwMessageDialog *ber_test_visible_message_dialog (GtkWidget     *widget);

/* What ber_test_shows_text() waits for: @widget showing @text. */
typedef struct
{
  GtkWidget  *widget;
  const char *text;
} BerTestTextWait;

gboolean        ber_test_shows_text          (gpointer          wait);
gboolean        ber_test_message_dialog_shown (gpointer          widget);
BerFormDialog  *ber_test_visible_form        (void);

/* Acting as a user */
void            ber_test_click               (GtkWidget        *root,
                                              const char       *label);
void            ber_test_click_sensitive     (GtkWidget        *root,
                                              const char       *label);
void            ber_test_set_entry_row       (GtkWidget        *root,
                                              const char       *title,
                                              const char       *text);
void            ber_test_search              (GtkWidget        *search,
                                              GListModel       *model,
                                              const char       *text,
                                              guint             n);
/* Chooses @label in the combo row or record row titled @title, as a user does. */
void            ber_test_select_choice       (GtkWidget        *root,
                                              const char       *title,
                                              const char       *label);

/* Reading what is shown */
char           *ber_test_visible_labels      (GtkWidget        *widget);
char           *ber_test_visible_text        (GtkWidget        *widget);
void            ber_test_screenshot          (GtkWidget        *widget,
                                              const char       *name);

/* Files a dialog saves (GTK_USE_PORTAL=0) */
char           *ber_test_answer_save_dialog  (const char       *folder,
                                              const char       *name);
gboolean        ber_test_wait_for_file       (const char       *path);

/* Applications */
BerApplication *ber_test_application_new     (const char       *name);

G_END_DECLS
