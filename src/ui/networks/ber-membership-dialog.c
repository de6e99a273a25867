/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-membership-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-choice-row.h"
#include "ber-date-row.h"
#include "ber-membership-dialog.h"
#include "ber-record-row.h"
#include "ber-text-row.h"

/*
 * A change of a network's membership, recorded as a new row of its
 * history: the status, since when, on whose decision. An indirect
 * membership names the network it goes through; only a member has an
 * activity level.
 */
struct _BerMembershipDialog
{
  BerFormDialog  parent_instance;

  BerChoiceRow  *status_row;
  GtkWidget     *via_row;
  GtkWidget     *activity_row;
};

G_DEFINE_FINAL_TYPE (BerMembershipDialog, ber_membership_dialog, BER_TYPE_FORM_DIALOG)

static void
update_rows (BerMembershipDialog *self)
{
  const char *status = ber_choice_row_get_value (self->status_row);

  gtk_widget_set_visible (self->via_row, g_strcmp0 (status, "indirect") == 0);
  gtk_widget_set_visible (self->activity_row, ber_membership_status_has_activity (status));
}

static gboolean
ber_membership_dialog_save_record (BerFormDialog  *dialog,
                                   BerRecord      *record,
                                   GError        **error)
{
  BerNetworks *networks = ber_context_get_networks (ber_form_dialog_get_context (dialog));

  return ber_networks_change_membership (networks, BER_MEMBERSHIP (record), error);
}

static void
ber_membership_dialog_class_init (BerMembershipDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_membership_dialog_save_record;

  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_DATE_ROW);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-membership-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerMembershipDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, BerMembershipDialog, via_row);
  gtk_widget_class_bind_template_child (widget_class, BerMembershipDialog, activity_row);
}

static void
ber_membership_dialog_init (BerMembershipDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->status_row, "notify::selected", G_CALLBACK (update_rows), self,
                           G_CONNECT_SWAPPED);
  update_rows (self);
}

/**
 * ber_membership_dialog_new:
 * @membership: a new membership (ber_networks_new_membership())
 *
 * Returns: (transfer floating): the dialog, to present
 */
BerFormDialog *
ber_membership_dialog_new (BerContext    *context,
                           BerMembership *membership)
{
  BerFormDialog *self = g_object_new (BER_TYPE_MEMBERSHIP_DIALOG, NULL);

  ber_form_dialog_set_labels (self, _("Record a Membership Change"), _("_Record"));
  ber_form_dialog_set_context (self, context);
  ber_form_dialog_set_record (self, BER_RECORD (membership));
  return self;
}
