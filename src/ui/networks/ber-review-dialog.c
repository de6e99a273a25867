/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-review-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-choice-row.h"
#include "ber-date-row.h"
#include "ber-review-dialog.h"
#include "ber-text-row.h"

/*
 * The yearly review of a network: when and with what outcome it was
 * reviewed, and when the next review is due. Two records, written
 * together: the review, and the network's next review date.
 */
struct _BerReviewDialog
{
  BerFormDialog     parent_instance;

  BerNetworkReview *review;
  BerNetwork       *network;

  GtkWidget        *review_group;
  GtkWidget        *network_group;
};

G_DEFINE_FINAL_TYPE (BerReviewDialog, ber_review_dialog, BER_TYPE_FORM_DIALOG)

static gboolean
save (BerFormDialog  *dialog,
      gpointer        user_data,
      GError        **error)
{
  BerReviewDialog *self = BER_REVIEW_DIALOG (dialog);
  BerNetworks *networks = ber_context_get_networks (ber_form_dialog_get_context (dialog));
  GtkWidget *invalid = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!ber_fields_store (self->review_group, BER_RECORD (self->review), &invalid, error)
      || !ber_fields_store (self->network_group, BER_RECORD (self->network), &invalid, error))
    {
      if (invalid != NULL)
        gtk_widget_grab_focus (invalid);
      return FALSE;
    }

  if (ber_networks_add_review (networks, self->review, self->network, &local_error))
    return TRUE;

  /* The network was changed since the form was opened: the next review
   * date is written over it once it is read again. */
  if (g_error_matches (local_error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT))
    g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                         _("The network was changed meanwhile. Close the form and record the "
                           "review again."));
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static void
ber_review_dialog_dispose (GObject *object)
{
  BerReviewDialog *self = BER_REVIEW_DIALOG (object);

  g_clear_object (&self->review);
  g_clear_object (&self->network);

  G_OBJECT_CLASS (ber_review_dialog_parent_class)->dispose (object);
}

static void
ber_review_dialog_class_init (BerReviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_review_dialog_dispose;

  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_DATE_ROW);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-review-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerReviewDialog, review_group);
  gtk_widget_class_bind_template_child (widget_class, BerReviewDialog, network_group);
}

static void
ber_review_dialog_init (BerReviewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ber_review_dialog_new:
 * @network: the network reviewed, read from the register for the dialog
 *
 * Returns: (transfer floating): the dialog, to present
 */
BerFormDialog *
ber_review_dialog_new (BerContext *context,
                       BerNetwork *network)
{
  BerReviewDialog *self = g_object_new (BER_TYPE_REVIEW_DIALOG, NULL);
  BerNetworks *networks = ber_context_get_networks (context);

  self->network = g_object_ref (network);
  self->review = ber_networks_new_review (networks, network);
  ber_form_dialog_set_labels (BER_FORM_DIALOG (self), _("Record the Yearly Review"), _("_Record"));
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  ber_fields_load (self->review_group, BER_RECORD (self->review));
  ber_fields_load (self->network_group, BER_RECORD (self->network));
  ber_form_dialog_set_save (BER_FORM_DIALOG (self), save, NULL, NULL);
  return BER_FORM_DIALOG (self);
}
