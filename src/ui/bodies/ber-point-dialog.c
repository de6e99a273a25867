/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-point-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-bodies-ui.h"
#include "ber-choice-row.h"
#include "ber-point-dialog.h"
#include "ber-text-row.h"

/* A standing point of a body's agenda: its title and whether it comes
 * before or after the items. */
struct _BerPointDialog
{
  BerFormDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (BerPointDialog, ber_point_dialog, BER_TYPE_FORM_DIALOG)

static gboolean
ber_point_dialog_save_record (BerFormDialog  *dialog,
                              BerRecord      *record,
                              GError        **error)
{
  BerBodies *bodies = ber_context_get_bodies (ber_form_dialog_get_context (dialog));

  return ber_bodies_save_point (bodies, BER_AGENDA_TEMPLATE_POINT (record), error);
}

static void
ber_point_dialog_class_init (BerPointDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_point_dialog_save_record;

  g_type_ensure (BER_TYPE_TEXT_ROW);
  g_type_ensure (BER_TYPE_CHOICE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-point-dialog.ui");
}

static void
ber_point_dialog_init (BerPointDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ber_point_dialog_new:
 * @point: a new point with its body set, or one read from the register
 *
 * Returns: (transfer none): the dialog, to present
 */
BerFormDialog *
ber_point_dialog_new (BerContext             *context,
                      BerAgendaTemplatePoint *point)
{
  BerFormDialog *self = g_object_new (BER_TYPE_POINT_DIALOG, NULL);
  gboolean is_new = ber_record_get_id (BER_RECORD (point)) == 0;

  ber_form_dialog_set_labels (self, is_new ? _("Add a Standing Point") : _("Edit the Standing Point"),
                            is_new ? _("_Add") : _("_Save"));
  ber_form_dialog_set_context (self, context);
  ber_form_dialog_set_record (self, BER_RECORD (point));
  return self;
}
