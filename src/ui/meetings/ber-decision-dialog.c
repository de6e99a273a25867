/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-decision-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-choice-row.h"
#include "ber-decision-dialog.h"
#include "ber-labels.h"
#include "ber-motions-dialog.h"
#include "ber-statement-dialog.h"
#include "ber-text-row.h"

/*
 * The decision on one entry of a locked agenda: what was decided, its
 * att-clauses when amended, who receives the extract (Exp till), and the
 * reservations and statements under it. All of it is written at once.
 */
struct _BerDecisionDialog
{
  BerFormDialog  parent_instance;

  char          *proposal;     /* the item's att-clauses, a line each; NULL: none */
  GListStore    *statements;   /* BerStatement, in the order of the minutes */

  GtkLabel      *title_label;
  GtkWidget     *proposal_heading;
  GtkLabel      *proposal_label;
  BerChoiceRow  *decision_row;
  GtkTextView   *clauses_view;
  GtkTextView   *recipients_view;
  GtkListBox    *statement_list;
  GtkWidget     *add_statement;
  AdwActionRow  *motions_row;
};

G_DEFINE_FINAL_TYPE (BerDecisionDialog, ber_decision_dialog, BER_TYPE_FORM_DIALOG)

#define STATEMENT_KEY "ber-statement"
#define WHAT_KEY "ber-what"

static char **
text_lines (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return g_strsplit (text, "\n", -1);
}

/* The @property of each record of @list, a line each. */
static char *
joined (GListModel *list,
        const char *property)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BerRecord) record = g_list_model_get_item (list, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "\n" : "",
                              ber_record_get_string (record, property));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Statements */

static void
open_statement (BerDecisionDialog *self,
                guint              position)
{
  BerStatementDialog *dialog = ber_statement_dialog_new (ber_form_dialog_get_context (
                                                           BER_FORM_DIALOG (self)),
                                                         self->statements, position);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static guint
position_of (BerDecisionDialog *self,
             GObject           *widget)
{
  guint position = G_MAXUINT;

  g_list_store_find (self->statements, g_object_get_data (widget, STATEMENT_KEY), &position);
  return position;
}

static void
on_statement_button (BerDecisionDialog *self,
                     GtkButton         *button)
{
  const char *what = g_object_get_data (G_OBJECT (button), WHAT_KEY);
  guint position = position_of (self, G_OBJECT (button));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->statements));
  g_autoptr(GObject) moved = NULL;
  guint other;

  if (position >= n)
    return;
  if (g_str_equal (what, "edit"))
    {
      open_statement (self, position);
      return;
    }
  if (g_str_equal (what, "remove"))
    g_list_store_remove (self->statements, position);
  else
    {
      other = g_str_equal (what, "up") ? position - 1 : position + 1;
      if (other >= n)
        return;
      moved = g_list_model_get_item (G_LIST_MODEL (self->statements), position);
      g_list_store_remove (self->statements, position);
      g_list_store_insert (self->statements, other, moved);
    }
  gtk_widget_grab_focus (self->add_statement);
}

static void
on_statement_activated (BerDecisionDialog *self,
                        AdwActionRow      *row)
{
  guint position = position_of (self, G_OBJECT (row));

  if (position != G_MAXUINT)
    open_statement (self, position);
}

static GtkWidget *
statement_button (BerDecisionDialog *self,
                  GtkWidget         *row,
                  BerStatement      *statement,
                  const char        *what,
                  const char        *icon,
                  const char        *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data (G_OBJECT (button), STATEMENT_KEY, statement);
  g_object_set_data (G_OBJECT (button), WHAT_KEY, (gpointer) what);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_statement_button), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

static GtkWidget *
create_statement_row (gpointer item,
                      gpointer user_data)
{
  BerDecisionDialog *self = user_data;
  BerStatement *statement = item;
  const char *kind = ber_choice_label (BER_CHOICES_STATEMENT_KIND,
                                       ber_statement_get_kind (statement));
  const char *author = ber_statement_get_author (statement);
  const char *text = ber_statement_get_text (statement);
  guint position = G_MAXUINT;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->statements));
  GtkWidget *row = adw_action_row_new ();
  /* Translators: names one reservation or statement: "Reservation: Anna Berg (M)" */
  g_autofree char *name = g_strdup_printf (_("%s: %s"), kind, author);
  g_autofree char *edit = g_strdup_printf (_("Edit %s"), name);
  g_autofree char *up = g_strdup_printf (_("Move %s up"), name);
  g_autofree char *down = g_strdup_printf (_("Move %s down"), name);
  g_autofree char *remove = g_strdup_printf (_("Remove %s"), name);
  g_autofree char *subtitle = text != NULL && *text != '\0'
                                ? g_strdup_printf ("%s — %s", author, text)
                                : g_strdup (author);

  g_list_store_find (self->statements, statement, &position);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kind);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Enter edits the reservation or statement"));
  g_object_set_data (G_OBJECT (row), STATEMENT_KEY, statement);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_statement_activated), self,
                           G_CONNECT_SWAPPED);

  statement_button (self, row, statement, "edit", "document-edit-symbolic", edit);
  gtk_widget_set_sensitive (statement_button (self, row, statement, "up", "go-up-symbolic", up),
                            position > 0 && position != G_MAXUINT);
  gtk_widget_set_sensitive (statement_button (self, row, statement, "down", "go-down-symbolic",
                                              down),
                            position + 1 < n);
  statement_button (self, row, statement, "remove", "user-trash-symbolic", remove);
  return row;
}

/* Every row again: the buttons that move a row depend on its neighbours. */
static void
on_statements_changed (BerDecisionDialog *self)
{
  GtkListBoxRow *old;

  /* Rows only: the list's first child may be its placeholder. */
  while ((old = gtk_list_box_get_row_at_index (self->statement_list, 0)) != NULL)
    gtk_list_box_remove (self->statement_list, GTK_WIDGET (old));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->statements)); i++)
    {
      g_autoptr(BerStatement) statement = g_list_model_get_item (G_LIST_MODEL (self->statements),
                                                                 i);

      gtk_list_box_append (self->statement_list, create_statement_row (statement, self));
    }
}

static void
add_statement_cb (BerDecisionDialog *self)
{
  open_statement (self, G_MAXUINT);
}

/* "2 motions · vote" or "No motions", under the row that opens them. */
static void
show_motions (BerDecisionDialog *self,
              BerMeetings       *meetings,
              BerAgendaEntry    *entry)
{
  g_autoptr(GListModel) motions = ber_meetings_list_motions (meetings, entry, NULL);
  guint n = motions != NULL ? g_list_model_get_n_items (motions) : 0;
  gboolean voted = FALSE;
  g_autofree char *summary = NULL;

  g_object_get (entry, "voted", &voted, NULL);
  if (n == 0)
    summary = g_strdup (_("No motions"));
  else
    /* Translators: "2 yrkanden · omröstning" */
    summary = g_strdup_printf (voted ? g_dngettext (GETTEXT_PACKAGE, "%u motion, put to a vote",
                                                    "%u motions, put to a vote", n)
                                     : g_dngettext (GETTEXT_PACKAGE, "%u motion", "%u motions", n),
                               n);
  adw_action_row_set_subtitle (self->motions_row, summary);
}

static void
on_motions_saved (BerDecisionDialog *self)
{
  BerContext *context = ber_form_dialog_get_context (BER_FORM_DIALOG (self));
  BerRecord *entry = ber_form_dialog_get_record (BER_FORM_DIALOG (self));
  g_autoptr(BerAgendaEntry) fresh = ber_context_load (context, BER_TYPE_AGENDA_ENTRY,
                                                      ber_record_get_id (entry), NULL);

  if (fresh != NULL)
    show_motions (self, ber_context_get_meetings (context), fresh);
}

/* Motions and votes are written on their own; the decision keeps what was typed here. */
static void
motions_cb (BerDecisionDialog *self)
{
  BerContext *context = ber_form_dialog_get_context (BER_FORM_DIALOG (self));
  BerRecord *entry = ber_form_dialog_get_record (BER_FORM_DIALOG (self));
  g_autoptr(BerAgendaEntry) own = NULL;
  g_autoptr(GError) error = NULL;
  BerMotionsDialog *dialog;

  own = ber_context_load (context, BER_TYPE_AGENDA_ENTRY, ber_record_get_id (entry), &error);
  dialog = own != NULL ? ber_motions_dialog_new (context, own, &error) : NULL;
  if (dialog == NULL)
    {
      ber_form_dialog_show_error (BER_FORM_DIALOG (self), error->message);
      return;
    }
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (on_motions_saved), self,
                           G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* An amended decision starts from the proposal, to be changed where the
 * meeting changed it. */
static void
decision_changed_cb (BerDecisionDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->clauses_view);

  if (g_strcmp0 (ber_choice_row_get_value (self->decision_row), "amended") == 0
      && gtk_text_buffer_get_char_count (buffer) == 0 && self->proposal != NULL)
    gtk_text_buffer_set_text (buffer, self->proposal, -1);
}

/* BerFormDialog */

static gboolean
ber_decision_dialog_save_record (BerFormDialog  *dialog,
                                 BerRecord      *record,
                                 GError        **error)
{
  BerDecisionDialog *self = BER_DECISION_DIALOG (dialog);
  BerMeetings *meetings = ber_context_get_meetings (ber_form_dialog_get_context (dialog));
  g_auto(GStrv) clauses = text_lines (self->clauses_view);
  g_auto(GStrv) recipients = text_lines (self->recipients_view);

  return ber_meetings_record_decision (meetings, BER_AGENDA_ENTRY (record),
                                       (const char * const *) clauses,
                                       (const char * const *) recipients,
                                       G_LIST_MODEL (self->statements), error);
}

static void
ber_decision_dialog_dispose (GObject *object)
{
  BerDecisionDialog *self = BER_DECISION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_DECISION_DIALOG);
  g_clear_object (&self->statements);

  G_OBJECT_CLASS (ber_decision_dialog_parent_class)->dispose (object);
}

static void
ber_decision_dialog_finalize (GObject *object)
{
  g_free (BER_DECISION_DIALOG (object)->proposal);

  G_OBJECT_CLASS (ber_decision_dialog_parent_class)->finalize (object);
}

static void
ber_decision_dialog_class_init (BerDecisionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_decision_dialog_dispose;
  object_class->finalize = ber_decision_dialog_finalize;
  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_decision_dialog_save_record;

  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-decision-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerDecisionDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerDecisionDialog, proposal_heading);
  gtk_widget_class_bind_template_child (widget_class, BerDecisionDialog, proposal_label);
  gtk_widget_class_bind_template_child (widget_class, BerDecisionDialog, decision_row);
  gtk_widget_class_bind_template_child (widget_class, BerDecisionDialog, clauses_view);
  gtk_widget_class_bind_template_child (widget_class, BerDecisionDialog, recipients_view);
  gtk_widget_class_bind_template_child (widget_class, BerDecisionDialog, statement_list);
  gtk_widget_class_bind_template_child (widget_class, BerDecisionDialog, add_statement);
  gtk_widget_class_bind_template_child (widget_class, BerDecisionDialog, motions_row);
  gtk_widget_class_bind_template_callback (widget_class, motions_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_statement_cb);
  gtk_widget_class_bind_template_callback (widget_class, decision_changed_cb);
}

static void
ber_decision_dialog_init (BerDecisionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_form_dialog_set_action_label (BER_FORM_DIALOG (self), _("_Record Decision"));
  self->statements = g_list_store_new (BER_TYPE_STATEMENT);
  g_signal_connect_object (self->statements, "items-changed",
                           G_CALLBACK (on_statements_changed), self, G_CONNECT_SWAPPED);
  on_statements_changed (self);
}

/* What the decision says, what is written under it, and who receives it. */
static gboolean
load (BerDecisionDialog  *self,
      BerMeetings        *meetings,
      BerAgendaEntry     *entry,
      GError            **error)
{
  g_autoptr(GListModel) proposal = NULL;
  g_autoptr(GListModel) clauses = NULL;
  g_autoptr(GListModel) recipients = NULL;
  g_autoptr(GListModel) statements = NULL;
  g_autofree char *clause_text = NULL;
  g_autofree char *recipient_text = NULL;

  if ((proposal = ber_meetings_list_proposal (meetings, entry, error)) == NULL
      || (clauses = ber_meetings_list_clauses (meetings, entry, error)) == NULL
      || (recipients = ber_meetings_list_distribution (meetings, entry, error)) == NULL
      || (statements = ber_meetings_list_statements (meetings, entry, error)) == NULL)
    return FALSE;

  /* The matter's title in full, wrapped, above what "as proposed" decides: the item's
   * proposal, a clause a line. */
  gtk_label_set_label (self->title_label, ber_agenda_entry_get_title (entry));
  if (ber_record_get_int64 (BER_RECORD (entry), "item-id") != 0)
    {
      self->proposal = joined (proposal, "text");
      gtk_label_set_label (self->proposal_label,
                           *self->proposal != '\0' ? self->proposal
                                                   : _("The item has no proposal for decision."));
      gtk_widget_set_visible (self->proposal_heading, TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->proposal_label), TRUE);
      if (*self->proposal == '\0')
        g_clear_pointer (&self->proposal, g_free);
    }

  clause_text = joined (clauses, "text");
  recipient_text = joined (recipients, "recipient");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->clauses_view), clause_text, -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->recipients_view), recipient_text, -1);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(GObject) statement = g_list_model_get_item (statements, i);

      g_list_store_append (self->statements, statement);
    }
  show_motions (self, meetings, entry);
  return TRUE;
}

/**
 * ber_decision_dialog_new:
 * @entry: the dialog's own copy of the entry
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when what the
 *   entry's minutes hold cannot be read
 */
BerDecisionDialog *
ber_decision_dialog_new (BerContext      *context,
                         BerAgendaEntry  *entry,
                         GError         **error)
{
  BerDecisionDialog *self;
  g_autofree char *title = NULL;
  const char *decision;
  int paragraph = 0;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), NULL);

  /* The header names the §; the matter's title, often long, wraps in the dialog. */
  g_object_get (entry, "paragraph", &paragraph, NULL);
  /* Translators: the title of the decision dialog, "Decision, § 12" */
  title = paragraph > 0 ? g_strdup_printf (_("Decision, § %d"), paragraph)
                        : g_strdup (_("Decision"));
  self = g_object_new (BER_TYPE_DECISION_DIALOG, "title", title, NULL);
  if (!load (self, ber_context_get_meetings (context), entry, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  /* Undecided, a matter starts as proposed and anything else as noted. */
  decision = ber_record_get_string (BER_RECORD (entry), "decision");
  if (decision == NULL || *decision == '\0')
    g_object_set (entry, "decision",
                  g_str_equal (ber_agenda_entry_get_kind (entry), "item") ? "as-proposed"
                                                                           : "noted",
                  NULL);
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  ber_form_dialog_set_record (BER_FORM_DIALOG (self), BER_RECORD (entry));
  return self;
}
