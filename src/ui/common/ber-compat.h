/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * Where the libraries offer the successor of a dialog the app uses, the app
 * uses it: libadwaita 1.5's AdwAlertDialog, AdwAboutDialog and
 * AdwPreferencesDialog, GTK 4.10's GtkFileDialog. With older libraries
 * (GTK 4.8 and libadwaita 1.2) the same calls give AdwMessageDialog,
 * AdwAboutWindow, AdwPreferencesWindow and GtkFileChooserNative.
 */

#if ADW_CHECK_VERSION (1, 5, 0)
typedef AdwAlertDialog            BerAlert;
typedef AdwPreferencesDialog      BerPreferencesBase;
typedef AdwPreferencesDialogClass BerPreferencesBaseClass;
#define BER_TYPE_PREFERENCES_BASE ADW_TYPE_PREFERENCES_DIALOG
#else
typedef AdwMessageDialog          BerAlert;
typedef AdwPreferencesWindow      BerPreferencesBase;
typedef AdwPreferencesWindowClass BerPreferencesBaseClass;
#define BER_TYPE_PREFERENCES_BASE ADW_TYPE_PREFERENCES_WINDOW
#endif

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerPreferencesBase, g_object_unref)

/* Called once with the file chosen, or %NULL when the user cancelled. */
typedef void (*BerFileFunc) (GtkWidget *owner,
                             GFile     *file,
                             gpointer   user_data);

BerAlert *ber_alert_new                     (const char             *heading,
                                             const char             *body);
void      ber_alert_add_responses           (BerAlert               *alert,
                                             const char             *first_id,
                                             ...) G_GNUC_NULL_TERMINATED;
void      ber_alert_set_response_appearance (BerAlert               *alert,
                                             const char             *response,
                                             AdwResponseAppearance   appearance);
void      ber_alert_set_default_response    (BerAlert               *alert,
                                             const char             *response);
void      ber_alert_set_close_response      (BerAlert               *alert,
                                             const char             *response);
void      ber_alert_present                 (BerAlert               *alert,
                                             GtkWidget              *parent);
void      ber_dialog_present                (GtkWidget              *dialog,
                                             GtkWidget              *parent);
void      ber_about_present                 (GtkWidget              *parent,
                                             const char             *first_property_name,
                                             ...) G_GNUC_NULL_TERMINATED;
void      ber_file_open                     (GtkWidget              *owner,
                                             const char             *title,
                                             const char             *accept_label,
                                             GtkFileFilter         **filters,
                                             BerFileFunc             func,
                                             gpointer                user_data,
                                             GDestroyNotify          destroy);
void      ber_file_save                     (GtkWidget              *owner,
                                             const char             *title,
                                             const char             *accept_label,
                                             const char             *initial_name,
                                             GtkFileFilter         **filters,
                                             BerFileFunc             func,
                                             gpointer                user_data,
                                             GDestroyNotify          destroy);

G_END_DECLS
