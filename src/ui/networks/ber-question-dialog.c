/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-question-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-choice-row.h"
#include "ber-number-row.h"
#include "ber-question-dialog.h"
#include "ber-record-row.h"
#include "ber-text-row.h"

/* A new influence question, served by the network it is added from. */
struct _BerQuestionDialog
{
  BerFormDialog parent_instance;

  gint64        network_id;
};

G_DEFINE_FINAL_TYPE (BerQuestionDialog, ber_question_dialog, BER_TYPE_FORM_DIALOG)

static gboolean
ber_question_dialog_save_record (BerFormDialog  *dialog,
                                 BerRecord      *record,
                                 GError        **error)
{
  BerNetworks *networks = ber_context_get_networks (ber_form_dialog_get_context (dialog));

  return ber_networks_add_question (networks, BER_QUESTION_DIALOG (dialog)->network_id,
                                    BER_INFLUENCE_QUESTION (record), error);
}

static void
ber_question_dialog_class_init (BerQuestionDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_question_dialog_save_record;

  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_NUMBER_ROW);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-question-dialog.ui");
}

static void
ber_question_dialog_init (BerQuestionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ber_question_dialog_new:
 * @question: a new question (ber_networks_new_question())
 *
 * Returns: (transfer floating): the dialog, to present
 */
BerFormDialog *
ber_question_dialog_new (BerContext           *context,
                         gint64                network_id,
                         BerInfluenceQuestion *question)
{
  BerQuestionDialog *self = g_object_new (BER_TYPE_QUESTION_DIALOG, NULL);

  self->network_id = network_id;
  ber_form_dialog_set_labels (BER_FORM_DIALOG (self), _("New Influence Question"), _("_Add"));
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  ber_form_dialog_set_record (BER_FORM_DIALOG (self), BER_RECORD (question));
  return BER_FORM_DIALOG (self);
}
