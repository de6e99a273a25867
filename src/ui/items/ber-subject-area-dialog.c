/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-subject-area-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-subject-area-dialog.h"
#include "ber-text-row.h"

struct _BerSubjectAreaDialog
{
  BerFormDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (BerSubjectAreaDialog, ber_subject_area_dialog, BER_TYPE_FORM_DIALOG)

static gboolean
ber_subject_area_dialog_save_record (BerFormDialog  *dialog,
                                     BerRecord      *record,
                                     GError        **error)
{
  BerItems *items = ber_context_get_items (ber_form_dialog_get_context (dialog));

  return ber_items_add_subject_area (items, BER_SUBJECT_AREA (record), error);
}

static void
ber_subject_area_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_SUBJECT_AREA_DIALOG);

  G_OBJECT_CLASS (ber_subject_area_dialog_parent_class)->dispose (object);
}

static void
ber_subject_area_dialog_class_init (BerSubjectAreaDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerFormDialogClass *dialog_class = BER_FORM_DIALOG_CLASS (klass);

  object_class->dispose = ber_subject_area_dialog_dispose;
  dialog_class->save_record = ber_subject_area_dialog_save_record;

  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-subject-area-dialog.ui");
}

static void
ber_subject_area_dialog_init (BerSubjectAreaDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* A new subject area; after "saved", the dialog's record is the one added. */
BerFormDialog *
ber_subject_area_dialog_new (BerContext *context)
{
  BerFormDialog *self = g_object_new (BER_TYPE_SUBJECT_AREA_DIALOG, NULL);
  g_autoptr(BerSubjectArea) area = ber_subject_area_new ();

  ber_form_dialog_set_action_label (BER_FORM_DIALOG (self), _("_Add"));
  ber_form_dialog_set_context (self, context);
  ber_form_dialog_set_record (self, BER_RECORD (area));
  return self;
}
