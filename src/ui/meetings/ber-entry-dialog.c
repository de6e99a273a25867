/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-entry-dialog"

#include "config.h"

#include "ber-entry-dialog.h"
#include "ber-number-row.h"
#include "ber-record-row.h"

/* Who presents an agenda entry, and how long it is expected to take. */
struct _BerEntryDialog
{
  BerFormDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (BerEntryDialog, ber_entry_dialog, BER_TYPE_FORM_DIALOG)

static gboolean
ber_entry_dialog_save_record (BerFormDialog  *dialog,
                              BerRecord      *record,
                              GError        **error)
{
  BerContext *context = ber_form_dialog_get_context (dialog);

  return ber_meetings_save_entry (ber_context_get_meetings (context), BER_AGENDA_ENTRY (record),
                                  error);
}

static void
ber_entry_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_ENTRY_DIALOG);

  G_OBJECT_CLASS (ber_entry_dialog_parent_class)->dispose (object);
}

static void
ber_entry_dialog_class_init (BerEntryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_entry_dialog_dispose;
  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_entry_dialog_save_record;

  g_type_ensure (BER_TYPE_NUMBER_ROW);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-entry-dialog.ui");
}

static void
ber_entry_dialog_init (BerEntryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @entry: the dialog's own copy of the entry, titled after it */
BerEntryDialog *
ber_entry_dialog_new (BerContext     *context,
                      BerAgendaEntry *entry)
{
  BerEntryDialog *self;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), NULL);

  self = g_object_new (BER_TYPE_ENTRY_DIALOG, "title", ber_agenda_entry_get_title (entry), NULL);
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  ber_form_dialog_set_record (BER_FORM_DIALOG (self), BER_RECORD (entry));
  return self;
}
