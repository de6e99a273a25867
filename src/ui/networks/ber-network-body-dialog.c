/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-network-body-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-choice-row.h"
#include "ber-network-body-dialog.h"
#include "ber-number-row.h"
#include "ber-text-row.h"

/* One of a network's own bodies, with the seats the region holds in it. */
struct _BerNetworkBodyDialog
{
  BerFormDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (BerNetworkBodyDialog, ber_network_body_dialog, BER_TYPE_FORM_DIALOG)

static gboolean
ber_network_body_dialog_save_record (BerFormDialog  *dialog,
                                     BerRecord      *record,
                                     GError        **error)
{
  BerNetworks *networks = ber_context_get_networks (ber_form_dialog_get_context (dialog));

  return ber_networks_save_body (networks, BER_NETWORK_BODY (record), error);
}

static void
ber_network_body_dialog_class_init (BerNetworkBodyDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_network_body_dialog_save_record;

  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_NUMBER_ROW);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-network-body-dialog.ui");
}

static void
ber_network_body_dialog_init (BerNetworkBodyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ber_network_body_dialog_new:
 * @body: the dialog's own record: new, or read from the register to correct
 *
 * Returns: (transfer floating): the dialog, to present
 */
BerFormDialog *
ber_network_body_dialog_new (BerContext *context,
                             BerNetworkBody *body)
{
  BerFormDialog *self = g_object_new (BER_TYPE_NETWORK_BODY_DIALOG, NULL);
  gboolean is_new = ber_record_get_id (BER_RECORD (body)) == 0;

  ber_form_dialog_set_labels (self, is_new ? _("Add a Body of the Network") : _("Edit the Body"),
                        is_new ? _("_Add") : _("_Save"));
  ber_form_dialog_set_context (self, context);
  ber_form_dialog_set_record (self, BER_RECORD (body));
  return self;
}
