/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-document-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-compat.h"
#include "ber-document-dialog.h"
#include "ber-text-row.h"

struct _BerDocumentDialog
{
  BerFormDialog  parent_instance;

  char          *path;  /* the file chosen, or NULL */

  AdwActionRow  *file_row;
};

G_DEFINE_FINAL_TYPE (BerDocumentDialog, ber_document_dialog, BER_TYPE_FORM_DIALOG)

static void
file_chosen (GtkWidget *owner,
             GFile     *file,
             gpointer   user_data)
{
  BerDocumentDialog *self = BER_DOCUMENT_DIALOG (owner);

  if (file != NULL)
    {
      g_autofree char *name = NULL;

      g_free (self->path);
      self->path = g_file_get_path (file);
      name = g_path_get_basename (self->path);
      adw_action_row_set_subtitle (self->file_row, name);
    }
}

static void
choose_clicked_cb (BerDocumentDialog *self)
{
  ber_file_open (GTK_WIDGET (self), _("Choose a Document"), _("_Choose"), NULL, file_chosen, NULL,
                 NULL);
}

/* The document goes on the item's page; it is written when the item is saved. */
static gboolean
ber_document_dialog_save_record (BerFormDialog  *dialog,
                                 BerRecord      *record,
                                 GError        **error)
{
  BerDocumentDialog *self = BER_DOCUMENT_DIALOG (dialog);
  BerItems *items = ber_context_get_items (ber_form_dialog_get_context (dialog));

  g_object_set (record, "file-path", self->path != NULL ? self->path : "", NULL);
  return ber_items_check_document (items, BER_DOCUMENT (record), error);
}

static void
ber_document_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_DOCUMENT_DIALOG);

  G_OBJECT_CLASS (ber_document_dialog_parent_class)->dispose (object);
}

static void
ber_document_dialog_finalize (GObject *object)
{
  g_free (BER_DOCUMENT_DIALOG (object)->path);

  G_OBJECT_CLASS (ber_document_dialog_parent_class)->finalize (object);
}

static void
ber_document_dialog_class_init (BerDocumentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerFormDialogClass *dialog_class = BER_FORM_DIALOG_CLASS (klass);

  object_class->dispose = ber_document_dialog_dispose;
  object_class->finalize = ber_document_dialog_finalize;
  dialog_class->save_record = ber_document_dialog_save_record;

  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-document-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerDocumentDialog, file_row);
  gtk_widget_class_bind_template_callback (widget_class, choose_clicked_cb);
}

static void
ber_document_dialog_init (BerDocumentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @document: a new document; after "saved", it holds the title and file */
BerFormDialog *
ber_document_dialog_new (BerContext  *context,
                         BerDocument *document)
{
  BerFormDialog *self = g_object_new (BER_TYPE_DOCUMENT_DIALOG, NULL);

  ber_form_dialog_set_action_label (BER_FORM_DIALOG (self), _("_Add"));
  ber_form_dialog_set_context (self, context);
  ber_form_dialog_set_record (self, BER_RECORD (document));
  return self;
}
