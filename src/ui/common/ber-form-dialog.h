/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BER_TYPE_FORM_DIALOG (ber_form_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BerFormDialog, ber_form_dialog, BER, FORM_DIALOG, AdwWindow)

/*
 * A small modal form: a title, rows, Cancel and a suggested action. The
 * save function writes the form; when it fails the dialog stays open with
 * the error shown above the rows, so nothing typed is lost.
 */
typedef gboolean (*BerFormSaveFunc) (BerFormDialog  *dialog,
                                     gpointer        user_data,
                                     GError        **error);

BerFormDialog *ber_form_dialog_new        (GtkWindow       *parent,
                                           const char      *title,
                                           const char      *action_label);
void           ber_form_dialog_add        (BerFormDialog   *self,
                                           GtkWidget       *row);
void           ber_form_dialog_add_group  (BerFormDialog   *self,
                                           const char      *title,
                                           const char      *description);
void           ber_form_dialog_set_save   (BerFormDialog   *self,
                                           BerFormSaveFunc  func,
                                           gpointer         user_data,
                                           GDestroyNotify   destroy);
void           ber_form_dialog_set_valid  (BerFormDialog   *self,
                                           gboolean         valid);
void           ber_form_dialog_show_error (BerFormDialog   *self,
                                           const char      *message);
gboolean       ber_form_dialog_save       (BerFormDialog   *self);

G_END_DECLS
