/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-item-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-item-page-private.h"
#include "ber-labels.h"

/* The top of the item page: where the item stands (status, reply date,
 * next step, its meeting), as the items service works it out; the decision
 * as the minutes hold it; and what the decision fixed, locked. */

static BerItem *
shown_item (BerItemPage *self)
{
  BerRecord *record = ber_record_page_get_record (BER_RECORD_PAGE (self));

  if (self->current != NULL)
    return self->current;
  return record != NULL ? BER_ITEM (record) : NULL;
}

/* A row that shows a value under its name, in the style of libadwaita's
 * property rows; long values wrap. */
static GtkWidget *
property_row (const char *name,
              const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static void
set_icon (GtkImage   *image,
          const char *icon_name,
          const char *style)
{
  gtk_image_set_from_icon_name (image, icon_name);
  gtk_widget_remove_css_class (GTK_WIDGET (image), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (image), "success");
  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (image), style);
}

static void
set_style (GtkWidget  *widget,
           const char *style)
{
  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");
  if (style != NULL)
    gtk_widget_add_css_class (widget, style);
}

/* The meeting's button says which meeting it opens. */
static void
name_meeting_button (GtkWidget  *button,
                     const char *meeting)
{
  /* Translators: %s is a meeting, "Regionstyrelsen, 2026-05-12" */
  g_autofree char *label = g_strdup_printf (_("Open the meeting %s"), meeting);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* The state */

static const char *
status_icon (const char *status)
{
  if (g_strcmp0 (status, "decided") == 0 || g_strcmp0 (status, "dispatched") == 0)
    return "emblem-ok-symbolic";
  if (g_strcmp0 (status, "declined") == 0 || g_strcmp0 (status, "written-off") == 0)
    return "process-stop-symbolic";
  return "document-edit-symbolic";
}

static const char *
meeting_caption (BerItemMeetingRole role)
{
  switch (role)
    {
    case BER_ITEM_MEETING_CAN_DECIDE:
      return _("Latest Meeting That Can Decide");
    case BER_ITEM_MEETING_ON_AGENDA:
      return _("On the Agenda of");
    case BER_ITEM_MEETING_DECIDED:
      return _("Decided at Meeting");
    case BER_ITEM_MEETING_NONE:
    default:
      return _("Meeting");
    }
}

static void
show_state (BerItemPage        *self,
            const BerItemState *state)
{
  g_autofree char *meeting = NULL;

  /* The status as the row's title, why it was closed under it. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), state->status_label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row), state->status_reason);
  set_icon (self->status_icon, status_icon (state->status), NULL);

  gtk_widget_set_visible (self->deadline_row, state->reply_by != NULL);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->deadline_row),
                               state->reply_by != NULL ? state->reply_by : "");
  gtk_label_set_label (self->deadline_label,
                       state->deadline_text != NULL ? state->deadline_text : "");
  set_style (GTK_WIDGET (self->deadline_label),
             state->overdue ? "error" : state->days_left == 0 ? "warning" : NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->step_row), state->next_step);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->step_row), state->next_step_detail);
  switch (state->step_kind)
    {
    case BER_ITEM_STEP_WARNING:
      set_icon (self->step_icon, "dialog-warning-symbolic", "warning");
      break;
    case BER_ITEM_STEP_NONE:
      set_icon (self->step_icon, "emblem-ok-symbolic", NULL);
      break;
    case BER_ITEM_STEP_ACTION:
    default:
      set_icon (self->step_icon, "dialog-information-symbolic", NULL);
      break;
    }

  /* The decision below opens the meeting that decided. */
  self->meeting_id = state->meeting_id;
  gtk_widget_set_visible (self->meeting_row, state->meeting_id > 0
                                               && state->meeting_role != BER_ITEM_MEETING_DECIDED);
  /* Translators: a body and a date, e.g. "Regionstyrelsen, 2026-12-09" */
  meeting = g_strdup_printf (_("%s, %s"), state->meeting_body_name, state->meeting_held_on);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->meeting_row),
                                 meeting_caption (state->meeting_role));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->meeting_row), meeting);
  name_meeting_button (self->meeting_button, meeting);
}

/**
 * item_page_refresh_status:
 * @body_id: the body that is to decide, as the page shows it (routed,
 *   else suggested)
 * @reply_by: (nullable): the reply date as the page shows it
 *
 * Shows where the item stands at the top of the page.
 */
void
item_page_refresh_status (BerItemPage *self,
                          gint64       body_id,
                          const char  *reply_by)
{
  BerItems *items = item_page_items (self);
  BerItem *item = shown_item (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(BerItemState) state = NULL;

  if (items == NULL || item == NULL)
    return;
  state = ber_items_get_state (items, item, body_id, reply_by, &error);
  if (state == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  show_state (self, state);
}

/* The decision */

static void
on_decision_meeting (BerItemPage *self)
{
  item_page_open_meeting (self, self->decision_meeting_id);
}

static GtkWidget *
meeting_row (BerItemPage           *self,
             const BerItemDecision *decision)
{
  /* Translators: a body and a date, e.g. "Regionstyrelsen, 2026-12-09" */
  g_autofree char *meeting = g_strdup_printf (_("%s, %s"), decision->body_name,
                                              decision->held_on);
  GtkWidget *row = property_row (_("Meeting"), meeting);
  GtkWidget *button = gtk_button_new_from_icon_name ("go-next-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Open the Meeting"));
  name_meeting_button (button, meeting);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_decision_meeting), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  /* The whole row opens the meeting too; not through the button, which
   * would take the row's title into its accessible name. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_decision_meeting), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static char *
clause_lines (GListModel *clauses)
{
  g_autoptr(GString) lines = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (clauses); i++)
    {
      g_autoptr(BerClause) clause = g_list_model_get_item (clauses, i);

      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      /* Numbered as the proposal is, so that a clause that wraps still
       * shows where it begins. */
      g_string_append_printf (lines, "%u. %s", i + 1, ber_clause_get_text (clause));
    }
  return g_string_free (g_steal_pointer (&lines), FALSE);
}

static GtkWidget *
statement_row (BerStatement *statement)
{
  const char *kind = ber_statement_get_kind (statement);
  const char *author = ber_statement_get_author (statement);
  const char *text = ber_statement_get_text (statement);
  g_autofree char *value = NULL;

  if (text != NULL && *text != '\0')
    /* Translators: who made a reservation or statement, and what it says */
    value = g_strdup_printf (_("%s: %s"), author, text);
  else
    value = g_strdup (author);
  return property_row (ber_choice_label (BER_CHOICES_STATEMENT_KIND, kind), value);
}

static GtkWidget *
assignment_row (BerFollowup *assignment)
{
  g_autofree char *who = NULL, *due_on = NULL, *completed_on = NULL, *value = NULL;
  g_autofree char *whom = NULL;
  GtkWidget *row, *label = NULL;

  g_object_get (assignment, "responsible-name", &who, "due-on", &due_on, "completed-on",
                &completed_on, NULL);
  whom = g_strdup (who != NULL && *who != '\0' ? who : _("No one responsible yet"));
  if (due_on != NULL && *due_on != '\0')
    /* Translators: who is to carry out a decision, by when; then the att-clause */
    value = g_strdup_printf (_("%s, by %s\n%s"), whom, due_on, ber_followup_get_text (assignment));
  else
    value = g_strjoin ("\n", whom, ber_followup_get_text (assignment), NULL);
  row = property_row (_("Assignment"), value);

  if (completed_on != NULL && *completed_on != '\0')
    {
      /* Translators: an assignment carried out, on a date */
      g_autofree char *done = g_strdup_printf (_("Done %s"), completed_on);

      label = gtk_label_new (done);
    }
  else if (ber_followup_get_late (assignment))
    {
      label = gtk_label_new (_("Late"));
      gtk_widget_add_css_class (label, "error");
    }
  if (label != NULL)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  return row;
}

static void
show_decision (BerItemPage           *self,
               const BerItemDecision *decision)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->decision_list))) != NULL)
    gtk_list_box_remove (self->decision_list, child);
  gtk_widget_set_visible (GTK_WIDGET (self->decision_group), decision != NULL);
  self->decision_meeting_id = decision != NULL ? decision->meeting_id : 0;
  if (decision == NULL)
    return;

  adw_preferences_group_set_description (self->decision_group,
                                         _("The decision fixed the proposal, the relevance "
                                           "and the bodies: they can no longer be changed."));
  if (decision->meeting_id <= 0)
    {
      gtk_list_box_append (self->decision_list,
                           property_row (_("Decision"),
                                         _("Marked decided. The minutes in the register hold "
                                           "no decision on the item.")));
      return;
    }

  gtk_list_box_append (self->decision_list, meeting_row (self, decision));
  if (decision->paragraph > 0)
    {
      g_autofree char *paragraph = g_strdup_printf ("§ %d", decision->paragraph);

      gtk_list_box_append (self->decision_list, property_row (_("Paragraph"), paragraph));
    }
  if (*decision->note != '\0')
    {
      g_autofree char *value = g_strjoin ("\n", decision->decision_label, decision->note, NULL);

      gtk_list_box_append (self->decision_list, property_row (_("Decision"), value));
    }
  else
    gtk_list_box_append (self->decision_list,
                         property_row (_("Decision"), decision->decision_label));
  if (g_list_model_get_n_items (decision->clauses) > 0)
    {
      g_autofree char *lines = clause_lines (decision->clauses);

      gtk_list_box_append (self->decision_list, property_row (_("Decided Att-Clauses"), lines));
    }
  for (guint i = 0; i < g_list_model_get_n_items (decision->statements); i++)
    {
      g_autoptr(BerStatement) statement = g_list_model_get_item (decision->statements, i);

      gtk_list_box_append (self->decision_list, statement_row (statement));
    }
  for (guint i = 0; i < g_list_model_get_n_items (decision->assignments); i++)
    {
      g_autoptr(BerFollowup) assignment = g_list_model_get_item (decision->assignments, i);

      gtk_list_box_append (self->decision_list, assignment_row (assignment));
    }
}

/* Locking what the decision fixed */

static void
lock_fields (GtkWidget          *root,
             const char * const *fixed,
             const char         *why)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (BER_IS_FIELD (child))
        {
          gboolean locked = g_strv_contains (fixed, ber_field_get_key (BER_FIELD (child)));

          gtk_widget_set_sensitive (child, !locked);
          gtk_widget_set_tooltip_text (child, locked ? why : NULL);
          continue;
        }
      lock_fields (child, fixed, why);
    }
}

static void
lock_fixed (BerItemPage           *self,
            const BerItemDecision *decision,
            const char * const    *fixed)
{
  gboolean proposal_fixed = g_strv_contains (fixed, BER_ITEMS_FIELD_PROPOSAL);
  g_autofree char *why = NULL;

  if (decision != NULL && decision->meeting_id > 0)
    /* Translators: %s is a decision, "RS 2026-05-12 § 61" */
    why = g_strdup_printf (_("Fixed by the decision at %s; it can no longer be changed."),
                           decision->reference);
  else if (decision != NULL)
    why = g_strdup (_("Fixed by the decision; it can no longer be changed."));

  lock_fields (GTK_WIDGET (self), fixed, why);
  adw_preferences_group_set_description (self->assessment_group,
                                         fixed[0] != NULL ? why : NULL);
  adw_preferences_group_set_description (
    self->proposal_group,
    proposal_fixed ? why
                   : _("The att-clauses, in order. Alt+Up and Alt+Down move the chosen clause."));
  gtk_widget_set_visible (self->add_clause_button, !proposal_fixed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-clause", !proposal_fixed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.clause-up", !proposal_fixed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.clause-down", !proposal_fixed);
  if (fixed[0] != NULL)
    gtk_widget_set_visible (self->use_button, FALSE);
  if (self->proposal_fixed != proposal_fixed)
    {
      self->proposal_fixed = proposal_fixed;
      item_page_rebuild_clauses (self);
    }
}

/**
 * item_page_refresh_decision:
 *
 * Shows the item's decision, if it has one, and locks what it fixed.
 */
void
item_page_refresh_decision (BerItemPage *self)
{
  BerItems *items = item_page_items (self);
  BerItem *item = shown_item (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(BerItemDecision) decision = NULL;

  if (items == NULL || item == NULL)
    return;
  decision = ber_items_get_decision (items, item, &error);
  if (error != NULL)
    ber_ui_toast (GTK_WIDGET (self), error->message);
  show_decision (self, decision);
  lock_fixed (self, decision, ber_items_fixed_fields (items, decision));
}

/**
 * item_page_open_meeting:
 *
 * Opens @meeting_id in the meetings of the window, asking first when this
 * page has changes not saved.
 */
void
item_page_open_meeting (BerItemPage *self,
                        gint64       meeting_id)
{
  if (meeting_id <= 0)
    return;
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.open-record", "(sx)",
                                   g_type_name (BER_TYPE_MEETING), meeting_id))
    g_debug ("No window opens the meeting %" G_GINT64_FORMAT, meeting_id);
}
