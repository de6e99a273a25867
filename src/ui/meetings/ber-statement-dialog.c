/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-statement-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-choice-row.h"
#include "ber-statement-dialog.h"
#include "ber-text-area.h"
#include "ber-text-row.h"

/*
 * A reservation, statement for the minutes or special opinion under a
 * decision, edited in the decision dialog's list: it is written to the
 * register with the decision, in the same transaction.
 */
struct _BerStatementDialog
{
  BerFormDialog  parent_instance;

  GListStore    *statements;
  guint          position;    /* G_MAXUINT: a new one */

  GtkWidget     *author_row;
};

G_DEFINE_FINAL_TYPE (BerStatementDialog, ber_statement_dialog, BER_TYPE_FORM_DIALOG)

/* The form edits a copy; the list takes its values once they are right. */
static gboolean
ber_statement_dialog_save_record (BerFormDialog  *dialog,
                                  BerRecord      *record,
                                  GError        **error)
{
  BerStatementDialog *self = BER_STATEMENT_DIALOG (dialog);
  BerMeetings *meetings = ber_context_get_meetings (ber_form_dialog_get_context (dialog));
  g_autoptr(BerStatement) statement = NULL;
  g_autofree char *kind = NULL, *author = NULL, *text = NULL;

  if (!ber_meetings_check_statement (meetings, BER_STATEMENT (record), error))
    return FALSE;

  if (self->position == G_MAXUINT)
    {
      g_list_store_append (self->statements, record);
      return TRUE;
    }
  statement = g_list_model_get_item (G_LIST_MODEL (self->statements), self->position);
  g_object_get (record, "kind", &kind, "author", &author, "text", &text, NULL);
  g_object_set (statement, "kind", kind,
                "author", author != NULL ? g_strstrip (author) : "",
                "text", text != NULL ? g_strstrip (text) : "", NULL);
  /* The same statement again, for its row to show the change. */
  g_list_store_splice (self->statements, self->position, 1, (gpointer *) &statement, 1);
  return TRUE;
}

static void
ber_statement_dialog_dispose (GObject *object)
{
  BerStatementDialog *self = BER_STATEMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_STATEMENT_DIALOG);
  g_clear_object (&self->statements);

  G_OBJECT_CLASS (ber_statement_dialog_parent_class)->dispose (object);
}

static void
ber_statement_dialog_class_init (BerStatementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_statement_dialog_dispose;
  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_statement_dialog_save_record;

  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_TEXT_AREA);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-statement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerStatementDialog, author_row);
}

static void
ber_statement_dialog_init (BerStatementDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_form_dialog_set_action_label (BER_FORM_DIALOG (self), _("_Done"));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
}

/**
 * ber_statement_dialog_new:
 * @statements: the #BerStatement list of a decision dialog
 * @position: the statement to edit, or %G_MAXUINT for a new one
 */
BerStatementDialog *
ber_statement_dialog_new (BerContext *context,
                          GListStore *statements,
                          guint       position)
{
  BerStatementDialog *self;
  g_autoptr(BerStatement) copy = ber_statement_new ();

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_LIST_STORE (statements), NULL);

  if (position != G_MAXUINT)
    {
      g_autoptr(BerStatement) statement = g_list_model_get_item (G_LIST_MODEL (statements),
                                                                 position);

      g_return_val_if_fail (statement != NULL, NULL);
      g_object_set (copy, "kind", ber_statement_get_kind (statement),
                    "author", ber_statement_get_author (statement),
                    "text", ber_statement_get_text (statement), NULL);
    }

  self = g_object_new (BER_TYPE_STATEMENT_DIALOG,
                       "title", position != G_MAXUINT ? _("Edit Reservation or Statement")
                                                      : _("New Reservation or Statement"),
                       NULL);
  self->statements = g_object_ref (statements);
  self->position = position;
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  ber_form_dialog_set_record (BER_FORM_DIALOG (self), BER_RECORD (copy));
  gtk_window_set_focus (GTK_WINDOW (self), self->author_row);
  return self;
}
