/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-status-reason-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-labels.h"
#include "ber-status-reason-dialog.h"
#include "ber-text-row.h"

struct _BerStatusReasonDialog
{
  BerFormDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (BerStatusReasonDialog, ber_status_reason_dialog, BER_TYPE_FORM_DIALOG)

/* The record is the step to take: its item, status and the reason typed. */
static gboolean
ber_status_reason_dialog_save_record (BerFormDialog  *dialog,
                                      BerRecord      *record,
                                      GError        **error)
{
  BerItems *items = ber_context_get_items (ber_form_dialog_get_context (dialog));
  g_autofree char *to = NULL;
  g_autofree char *reason = NULL;
  gint64 item_id = 0;

  g_object_get (record, "item-id", &item_id, "to-status", &to, "reason", &reason, NULL);
  return ber_items_move (items, item_id, to, reason, error);
}

static void
ber_status_reason_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_STATUS_REASON_DIALOG);

  G_OBJECT_CLASS (ber_status_reason_dialog_parent_class)->dispose (object);
}

static void
ber_status_reason_dialog_class_init (BerStatusReasonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerFormDialogClass *dialog_class = BER_FORM_DIALOG_CLASS (klass);

  object_class->dispose = ber_status_reason_dialog_dispose;
  dialog_class->save_record = ber_status_reason_dialog_save_record;

  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-status-reason-dialog.ui");
}

static void
ber_status_reason_dialog_init (BerStatusReasonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ber_status_reason_dialog_new:
 * @to_status: a status that needs a reason, "declined" or "written-off"
 *
 * Asks why item @item_id goes to @to_status, and takes the step with it.
 */
BerFormDialog *
ber_status_reason_dialog_new (BerContext *context,
                              gint64      item_id,
                              const char *to_status)
{
  BerFormDialog *self = g_object_new (BER_TYPE_STATUS_REASON_DIALOG, NULL);
  g_autoptr(BerItemTransition) step = ber_item_transition_new ();
  /* Translators: %s is a status, "Declined" or "Written off" */
  g_autofree char *title = g_strdup_printf (_("%s: Why?"),
                                            ber_choice_label (BER_CHOICES_ITEM_STATUS, to_status));

  g_object_set (step, "item-id", item_id, "to-status", to_status, NULL);
  gtk_window_set_title (GTK_WINDOW (self), title);
  ber_form_dialog_set_action_label (BER_FORM_DIALOG (self), _("_Apply"));
  ber_form_dialog_set_context (self, context);
  ber_form_dialog_set_record (self, BER_RECORD (step));
  return self;
}
