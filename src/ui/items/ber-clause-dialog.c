/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-clause-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-clause-dialog.h"
#include "ber-text-row.h"

struct _BerClauseDialog
{
  BerFormDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (BerClauseDialog, ber_clause_dialog, BER_TYPE_FORM_DIALOG)

/* The clause goes on the item's page; it is written when the item is saved. */
static gboolean
ber_clause_dialog_save_record (BerFormDialog  *dialog,
                               BerRecord      *record,
                               GError        **error)
{
  BerItems *items = ber_context_get_items (ber_form_dialog_get_context (dialog));

  return ber_items_check_clause (items, BER_CLAUSE (record), error);
}

static void
ber_clause_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_CLAUSE_DIALOG);

  G_OBJECT_CLASS (ber_clause_dialog_parent_class)->dispose (object);
}

static void
ber_clause_dialog_class_init (BerClauseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerFormDialogClass *dialog_class = BER_FORM_DIALOG_CLASS (klass);

  object_class->dispose = ber_clause_dialog_dispose;
  dialog_class->save_record = ber_clause_dialog_save_record;

  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-clause-dialog.ui");
}

static void
ber_clause_dialog_init (BerClauseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ber_clause_dialog_new:
 * @clause: the clause to edit, a copy of the page's own or a new one
 * @editing: whether @clause is already on the page
 */
BerFormDialog *
ber_clause_dialog_new (BerContext *context,
                       BerClause  *clause,
                       gboolean    editing)
{
  BerFormDialog *self = g_object_new (BER_TYPE_CLAUSE_DIALOG, NULL);

  if (editing)
    gtk_window_set_title (GTK_WINDOW (self), _("Edit the Clause"));
  ber_form_dialog_set_action_label (BER_FORM_DIALOG (self), editing ? _("_Apply") : _("_Add"));
  ber_form_dialog_set_context (self, context);
  ber_form_dialog_set_record (self, BER_RECORD (clause));
  return self;
}
