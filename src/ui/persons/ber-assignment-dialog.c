/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-assignment-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-assignment-dialog.h"
#include "ber-choice-row.h"
#include "ber-date-row.h"
#include "ber-network-body-row.h"
#include "ber-choice-row.h"
#include "ber-record-row.h"
#include "ber-text-area.h"
#include "ber-text-row.h"

/*
 * A new or existing assignment: who, where, in what role, with what mandate,
 * for which term and on whose decision. Save stays off until the form can be
 * written, and the form says why; a rejected save keeps the form as it was.
 * Opened from a person's page and from a network's.
 */
struct _BerAssignmentDialog
{
  BerFormDialog      parent_instance;

  char              *missing;    /* why the form cannot be saved yet, or NULL */

  GtkLabel          *missing_label;
  BerRecordRow      *person_row;
  BerRecordRow      *network_row;
  BerNetworkBodyRow *network_body_row;
  GtkWidget         *forum_row;
  GtkWidget         *role_row;
  GtkWidget         *from_row;
  GtkWidget         *to_row;
};

G_DEFINE_FINAL_TYPE (BerAssignmentDialog, ber_assignment_dialog, BER_TYPE_FORM_DIALOG)

static BerPersons *
persons_of (BerAssignmentDialog *self)
{
  return ber_context_get_persons (ber_form_dialog_get_context (BER_FORM_DIALOG (self)));
}

/* Checks the form as it stands, on a copy, with the rules of the service. */
static void
update_missing (BerAssignmentDialog *self)
{
  g_autoptr(BerAssignment) scratch = ber_assignment_new ();
  g_autoptr(GError) error = NULL;
  BerRecord *record = ber_form_dialog_get_record (BER_FORM_DIALOG (self));

  if (record == NULL || ber_form_dialog_get_context (BER_FORM_DIALOG (self)) == NULL)
    return;

  g_object_set (scratch, "forum", ber_record_get_string (record, "forum"), NULL);
  if (ber_fields_store (GTK_WIDGET (self), BER_RECORD (scratch), NULL, &error))
    ber_persons_check_assignment (persons_of (self), scratch, NULL, &error);

  g_clear_pointer (&self->missing, g_free);
  if (error != NULL)
    self->missing = g_strdup (error->message);
  gtk_label_set_label (self->missing_label, self->missing != NULL ? self->missing : "");
  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), self->missing != NULL);
  ber_form_dialog_set_valid (BER_FORM_DIALOG (self), self->missing == NULL);
}

/* Without a network the assignment is in a forum named in words. */
static void
on_network_changed (BerAssignmentDialog *self)
{
  gint64 network_id = ber_record_row_get_id (self->network_row);

  ber_network_body_row_set_network_id (self->network_body_row, network_id);
  gtk_widget_set_visible (GTK_WIDGET (self->network_body_row), network_id != 0);
  gtk_widget_set_visible (self->forum_row, network_id == 0);
  update_missing (self);
}

static gboolean
ber_assignment_dialog_save_record (BerFormDialog  *dialog,
                                   BerRecord      *record,
                                   GError        **error)
{
  BerAssignmentDialog *self = BER_ASSIGNMENT_DIALOG (dialog);
  const char *property = NULL;

  if (!ber_persons_check_assignment (persons_of (self), BER_ASSIGNMENT (record), &property,
                                     error))
    {
      ber_fields_mark (GTK_WIDGET (self), property);
      return FALSE;
    }
  return ber_persons_save_assignment (persons_of (self), BER_ASSIGNMENT (record), error);
}

static void
ber_assignment_dialog_finalize (GObject *object)
{
  g_free (BER_ASSIGNMENT_DIALOG (object)->missing);

  G_OBJECT_CLASS (ber_assignment_dialog_parent_class)->finalize (object);
}

static void
ber_assignment_dialog_class_init (BerAssignmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ber_assignment_dialog_finalize;
  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_assignment_dialog_save_record;

  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_DATE_ROW);
  g_type_ensure (BER_TYPE_NETWORK_BODY_ROW);
  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  g_type_ensure (BER_TYPE_TEXT_AREA);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-assignment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, missing_label);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, person_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, network_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, network_body_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, forum_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, to_row);
}

static void
ber_assignment_dialog_init (BerAssignmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->network_row, "notify::id", G_CALLBACK (on_network_changed),
                           self, G_CONNECT_SWAPPED);
  ber_fields_connect (GTK_WIDGET (self), G_CALLBACK (update_missing), self);
}

/**
 * ber_assignment_dialog_new:
 * @assignment: the dialog's own assignment to edit, read from the register,
 *   or new (ber_persons_new_assignment()) with its person or network set
 *
 * A person already set is the point of the dialog and is not changed in it.
 *
 * Returns: (transfer floating): the dialog, to present
 */
BerFormDialog *
ber_assignment_dialog_new (BerContext    *context,
                           BerAssignment *assignment)
{
  BerAssignmentDialog *self;
  gboolean is_new;
  gboolean has_person;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (BER_IS_ASSIGNMENT (assignment), NULL);

  self = g_object_new (BER_TYPE_ASSIGNMENT_DIALOG, NULL);
  is_new = ber_record_get_id (BER_RECORD (assignment)) == 0;
  has_person = ber_record_get_int64 (BER_RECORD (assignment), "person-id") > 0;

  ber_form_dialog_set_labels (BER_FORM_DIALOG (self),
                        is_new ? _("New Assignment") : _("Edit Assignment"), _("_Save"));
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  ber_form_dialog_set_record (BER_FORM_DIALOG (self), BER_RECORD (assignment));
  on_network_changed (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->person_row), !has_person);
  gtk_window_set_focus (GTK_WINDOW (self),
                        GTK_WIDGET (has_person ? self->network_row : self->person_row));
  return BER_FORM_DIALOG (self);
}

/* Returns: (transfer none): the assignment edited (saved once "saved" is emitted) */
BerAssignment *
ber_assignment_dialog_get_assignment (BerAssignmentDialog *self)
{
  g_return_val_if_fail (BER_IS_ASSIGNMENT_DIALOG (self), NULL);
  return BER_ASSIGNMENT (ber_form_dialog_get_record (BER_FORM_DIALOG (self)));
}

/* Whether the form can be saved as it stands: the rules are met, the dates are dates. */
gboolean
ber_assignment_dialog_can_save (BerAssignmentDialog *self)
{
  g_return_val_if_fail (BER_IS_ASSIGNMENT_DIALOG (self), FALSE);
  return self->missing == NULL;
}
