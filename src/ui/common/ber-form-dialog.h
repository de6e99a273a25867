/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"

G_BEGIN_DECLS

#define BER_TYPE_FORM_DIALOG (ber_form_dialog_get_type ())

G_DECLARE_DERIVABLE_TYPE (BerFormDialog, ber_form_dialog, BER, FORM_DIALOG, AdwWindow)

/*
 * A small modal form: a title, rows, Cancel and a suggested action. When
 * it fails to save, the dialog stays open with the error shown above the
 * rows, so nothing typed is lost.
 *
 * A dialog that edits a record is a subclass with a template: the groups of
 * BerField rows it declares as <child> go into the form, are loaded from
 * the record set with ber_form_dialog_set_record(), and are stored on it
 * and saved through the subclass's save_record (a service call) when the
 * user saves. A form built in C adds rows and sets a save function instead.
 */
struct _BerFormDialogClass
{
  AdwWindowClass parent_class;

  gboolean (*save_record) (BerFormDialog  *self,
                           BerRecord      *record,
                           GError        **error);

  gpointer padding[8];
};
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
void           ber_form_dialog_set_labels (BerFormDialog  *self,
                                           const char     *title,
                                           const char     *action_label);
void           ber_form_dialog_set_action_label (BerFormDialog *self,
                                                 const char    *label);
void           ber_form_dialog_set_heading (BerFormDialog   *self,
                                            const char      *title,
                                            const char      *subtitle);
void           ber_form_dialog_set_context (BerFormDialog  *self,
                                            BerContext     *context);
BerContext    *ber_form_dialog_get_context (BerFormDialog  *self);
void           ber_form_dialog_set_record  (BerFormDialog  *self,
                                            BerRecord      *record);
BerRecord     *ber_form_dialog_get_record  (BerFormDialog  *self);
void           ber_form_dialog_present     (BerFormDialog  *self,
                                            GtkWidget      *parent);

G_END_DECLS
