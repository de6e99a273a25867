/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-area-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-area-dialog.h"
#include "ber-bodies-ui.h"
#include "ber-text-row.h"

/* A subject area, added or renamed. */
struct _BerAreaDialog
{
  BerFormDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (BerAreaDialog, ber_area_dialog, BER_TYPE_FORM_DIALOG)

static gboolean
ber_area_dialog_save_record (BerFormDialog  *dialog,
                             BerRecord      *record,
                             GError        **error)
{
  BerBodies *bodies = ber_context_get_bodies (ber_form_dialog_get_context (dialog));

  return ber_bodies_save_area (bodies, BER_SUBJECT_AREA (record), error);
}

static void
ber_area_dialog_class_init (BerAreaDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_area_dialog_save_record;

  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-area-dialog.ui");
}

static void
ber_area_dialog_init (BerAreaDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ber_area_dialog_new:
 * @area: a new subject area, or one read from the register to rename
 *
 * Returns: (transfer none): the dialog, to present
 */
BerFormDialog *
ber_area_dialog_new (BerContext     *context,
                     BerSubjectArea *area)
{
  BerFormDialog *self = g_object_new (BER_TYPE_AREA_DIALOG, NULL);
  gboolean is_new = ber_record_get_id (BER_RECORD (area)) == 0;

  ber_form_dialog_set_labels (self, is_new ? _("Add a Subject Area") : _("Rename the Subject Area"),
                            is_new ? _("_Add") : _("_Rename"));
  ber_form_dialog_set_context (self, context);
  ber_form_dialog_set_record (self, BER_RECORD (area));
  return self;
}
