/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-attachment-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-attachment-dialog.h"
#include "ber-compat.h"
#include "ber-model.h"
#include "ber-text-row.h"

struct _BerAttachmentDialog
{
  BerFormDialog         parent_instance;

  char                 *path;
  gboolean              choosing;

  GtkWidget            *title_row;
  AdwActionRow         *file_row;
};

G_DEFINE_FINAL_TYPE (BerAttachmentDialog, ber_attachment_dialog, BER_TYPE_FORM_DIALOG)

static void
on_file_chosen (GtkWidget *owner,
                GFile     *file,
                gpointer   user_data)
{
  BerAttachmentDialog *self = BER_ATTACHMENT_DIALOG (owner);
  g_autofree char *basename = NULL;

  self->choosing = FALSE;
  if (file == NULL || !g_file_is_native (file))
    return;

  g_free (self->path);
  self->path = g_file_get_path (file);
  basename = g_file_get_basename (file);
  adw_action_row_set_subtitle (self->file_row, self->path);
  if (*gtk_editable_get_text (GTK_EDITABLE (self->title_row)) == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), basename);
}

static void
choose_clicked_cb (BerAttachmentDialog *self)
{
  if (self->choosing)
    return;

  self->choosing = TRUE;
  ber_file_open (GTK_WIDGET (self), _("Choose the File to Attach"), _("_Choose"), NULL,
                 on_file_chosen, NULL, NULL);
}

static gboolean
ber_attachment_dialog_save_record (BerFormDialog  *dialog,
                                   BerRecord      *record,
                                   GError        **error)
{
  BerAttachmentDialog *self = BER_ATTACHMENT_DIALOG (dialog);
  BerContext *context = ber_form_dialog_get_context (dialog);

  g_object_set (record, "file-path", self->path, NULL);
  return ber_reports_add_document (ber_context_get_reports (context), BER_DOCUMENT (record),
                                   error);
}

static void
ber_attachment_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_ATTACHMENT_DIALOG);

  G_OBJECT_CLASS (ber_attachment_dialog_parent_class)->dispose (object);
}

static void
ber_attachment_dialog_finalize (GObject *object)
{
  g_free (BER_ATTACHMENT_DIALOG (object)->path);

  G_OBJECT_CLASS (ber_attachment_dialog_parent_class)->finalize (object);
}

static void
ber_attachment_dialog_class_init (BerAttachmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerFormDialogClass *dialog_class = BER_FORM_DIALOG_CLASS (klass);

  object_class->dispose = ber_attachment_dialog_dispose;
  object_class->finalize = ber_attachment_dialog_finalize;
  dialog_class->save_record = ber_attachment_dialog_save_record;

  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-attachment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerAttachmentDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, BerAttachmentDialog, file_row);
  gtk_widget_class_bind_template_callback (widget_class, choose_clicked_cb);
}

static void
ber_attachment_dialog_init (BerAttachmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_form_dialog_set_action_label (BER_FORM_DIALOG (self), _("_Add"));
}

/* Returns: (transfer none): the form; present it with ber_form_dialog_present() */
BerFormDialog *
ber_attachment_dialog_new (BerContext *context,
                           gint64      report_id)
{
  BerAttachmentDialog *self;
  g_autoptr(BerDocument) document = ber_document_new ();

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);

  self = g_object_new (BER_TYPE_ATTACHMENT_DIALOG, NULL);
  g_object_set (document, "report-id", report_id, NULL);
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  ber_form_dialog_set_record (BER_FORM_DIALOG (self), BER_RECORD (document));
  return BER_FORM_DIALOG (self);
}
