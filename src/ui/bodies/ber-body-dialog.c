/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-body-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-body-dialog.h"
#include "ber-choice-row.h"
#include "ber-text-row.h"

/*
 * A new body in a few fields, where something else needs one first: a
 * meeting is held by a body. Its agenda starts with the usual standing
 * points unless the user says otherwise; the rest is kept on the body's
 * page. Once saved, the dialog's record is the body created.
 */
struct _BerBodyDialog
{
  BerFormDialog  parent_instance;

  GtkSwitch     *points_switch;
};

G_DEFINE_FINAL_TYPE (BerBodyDialog, ber_body_dialog, BER_TYPE_FORM_DIALOG)

static gboolean
ber_body_dialog_save_record (BerFormDialog  *dialog,
                             BerRecord      *record,
                             GError        **error)
{
  BerBodyDialog *self = BER_BODY_DIALOG (dialog);
  BerBodies *bodies = ber_context_get_bodies (ber_form_dialog_get_context (dialog));

  return ber_bodies_create (bodies, BER_BODY (record),
                            gtk_switch_get_active (self->points_switch), error);
}

static void
ber_body_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_BODY_DIALOG);

  G_OBJECT_CLASS (ber_body_dialog_parent_class)->dispose (object);
}

static void
ber_body_dialog_class_init (BerBodyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_body_dialog_dispose;
  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_body_dialog_save_record;

  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-body-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerBodyDialog, points_switch);
}

static void
ber_body_dialog_init (BerBodyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_form_dialog_set_action_label (BER_FORM_DIALOG (self), _("C_reate"));
}

/**
 * ber_body_dialog_new:
 *
 * The form of a new body; once saved, its record is the body created.
 *
 * Returns: (transfer none): the dialog, to present
 */
BerFormDialog *
ber_body_dialog_new (BerContext *context)
{
  BerFormDialog *self;
  g_autoptr(BerBody) body = NULL;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);

  self = g_object_new (BER_TYPE_BODY_DIALOG, NULL);
  body = ber_body_new ();
  ber_form_dialog_set_context (self, context);
  ber_form_dialog_set_record (self, BER_RECORD (body));
  return self;
}
