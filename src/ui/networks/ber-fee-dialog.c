/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-fee-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-amount-row.h"
#include "ber-choice-row.h"
#include "ber-fee-dialog.h"
#include "ber-number-row.h"
#include "ber-text-row.h"

/* A fee of a network for a year: added, or one already recorded corrected. */
struct _BerFeeDialog
{
  BerFormDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (BerFeeDialog, ber_fee_dialog, BER_TYPE_FORM_DIALOG)

static gboolean
ber_fee_dialog_save_record (BerFormDialog  *dialog,
                            BerRecord      *record,
                            GError        **error)
{
  BerNetworks *networks = ber_context_get_networks (ber_form_dialog_get_context (dialog));

  return ber_networks_save_fee (networks, BER_FEE (record), error);
}

static void
ber_fee_dialog_class_init (BerFeeDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_fee_dialog_save_record;

  g_type_ensure (BER_TYPE_AMOUNT_ROW);
  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_NUMBER_ROW);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-fee-dialog.ui");
}

static void
ber_fee_dialog_init (BerFeeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ber_fee_dialog_new:
 * @fee: the dialog's own record: new, or read from the register to correct
 *
 * Returns: (transfer floating): the dialog, to present
 */
BerFormDialog *
ber_fee_dialog_new (BerContext *context,
                    BerFee *fee)
{
  BerFormDialog *self = g_object_new (BER_TYPE_FEE_DIALOG, NULL);
  gboolean is_new = ber_record_get_id (BER_RECORD (fee)) == 0;

  ber_form_dialog_set_labels (self, is_new ? _("Add a Fee") : _("Edit the Fee"),
                        is_new ? _("_Add") : _("_Save"));
  ber_form_dialog_set_context (self, context);
  ber_form_dialog_set_record (self, BER_RECORD (fee));
  return self;
}
