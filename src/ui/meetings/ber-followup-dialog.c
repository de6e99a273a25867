/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-followup-dialog"

#include "config.h"

#include "ber-date-row.h"
#include "ber-followup-dialog.h"
#include "ber-record-row.h"

/* Who carries out a decision's att-clause, and by when. */
struct _BerFollowupDialog
{
  BerFormDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (BerFollowupDialog, ber_followup_dialog, BER_TYPE_FORM_DIALOG)

static gboolean
ber_followup_dialog_save_record (BerFormDialog  *dialog,
                                 BerRecord      *record,
                                 GError        **error)
{
  BerContext *context = ber_form_dialog_get_context (dialog);

  return ber_meetings_assign (ber_context_get_meetings (context), BER_CLAUSE (record), error);
}

static void
ber_followup_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_FOLLOWUP_DIALOG);

  G_OBJECT_CLASS (ber_followup_dialog_parent_class)->dispose (object);
}

static void
ber_followup_dialog_class_init (BerFollowupDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_followup_dialog_dispose;
  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_followup_dialog_save_record;

  g_type_ensure (BER_TYPE_DATE_ROW);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-followup-dialog.ui");
}

static void
ber_followup_dialog_init (BerFollowupDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @clause: the dialog's own copy of a decision's att-clause */
BerFollowupDialog *
ber_followup_dialog_new (BerContext *context,
                         BerClause  *clause)
{
  BerFollowupDialog *self;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (BER_IS_CLAUSE (clause), NULL);

  self = g_object_new (BER_TYPE_FOLLOWUP_DIALOG, NULL);
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  ber_form_dialog_set_record (BER_FORM_DIALOG (self), BER_RECORD (clause));
  return self;
}
