/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-rule-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-bodies-ui.h"
#include "ber-choice-row.h"
#include "ber-record-row.h"
#include "ber-rule-dialog.h"
#include "ber-text-row.h"

/* A routing rule of a body: the item type and subject area it matches, and
 * why such items belong to the body. */
struct _BerRuleDialog
{
  BerFormDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (BerRuleDialog, ber_rule_dialog, BER_TYPE_FORM_DIALOG)

static gboolean
ber_rule_dialog_save_record (BerFormDialog  *dialog,
                             BerRecord      *record,
                             GError        **error)
{
  BerBodies *bodies = ber_context_get_bodies (ber_form_dialog_get_context (dialog));

  return ber_bodies_save_rule (bodies, BER_ROUTING_RULE (record), error);
}

static void
ber_rule_dialog_class_init (BerRuleDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_rule_dialog_save_record;

  g_type_ensure (BER_TYPE_TEXT_ROW);
  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-rule-dialog.ui");
}

static void
ber_rule_dialog_init (BerRuleDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ber_rule_dialog_new:
 * @rule: a new rule with its body set, or one read from the register
 *
 * Returns: (transfer none): the dialog, to present
 */
BerFormDialog *
ber_rule_dialog_new (BerContext     *context,
                     BerRoutingRule *rule)
{
  BerFormDialog *self = g_object_new (BER_TYPE_RULE_DIALOG, NULL);
  gboolean is_new = ber_record_get_id (BER_RECORD (rule)) == 0;

  ber_form_dialog_set_labels (self, is_new ? _("Add a Routing Rule") : _("Edit the Routing Rule"),
                            is_new ? _("_Add") : _("_Save"));
  ber_form_dialog_set_context (self, context);
  ber_form_dialog_set_record (self, BER_RECORD (rule));
  return self;
}
