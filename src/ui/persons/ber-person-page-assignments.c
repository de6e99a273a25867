/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-person-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-assignment-dialog.h"
#include "ber-labels.h"
#include "ber-person-page-private.h"
#include "ber-ui-util.h"

/*
 * The person page's assignments: current ones first, then past ones, each
 * opened in the assignment dialog, and ended (not deleted) with one click.
 */

static char *
period_text (BerRecord *assignment)
{
  char *period = ber_format_period (ber_record_get_string (assignment, "from-on"),
                                    ber_record_get_string (assignment, "to-on"));

  return period != NULL ? period : g_strdup (_("no dates"));
}

static char *
assignment_title (BerRecord *assignment)
{
  const char *network = ber_record_get_string (assignment, "network-name");
  const char *acronym = ber_record_get_string (assignment, "network-acronym");
  const char *body = ber_record_get_string (assignment, "network-body-name");

  if (network == NULL)
    return g_strdup (ber_record_get_string (assignment, "forum"));

  if (acronym != NULL && *acronym != '\0')
    network = acronym;
  if (body != NULL && *body != '\0')
    /* Translators: a network and one of its bodies, "AER — Bureau" */
    return g_strdup_printf (_("%s — %s"), network, body);
  return g_strdup (network);
}

static GtkWidget *
create_assignment_row (gpointer item,
                       gpointer user_data)
{
  BerPersonPage *self = user_data;
  BerRecord *assignment = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = assignment_title (assignment);
  g_autofree char *period = period_text (assignment);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *role = ber_choice_label (BER_CHOICES_ASSIGNMENT_ROLE,
                                       ber_record_get_string (assignment, "role"));
  const char *candidacy = ber_record_get_string (assignment, "candidacy");
  const char *mandate = ber_record_get_string (assignment, "mandate");

  /* Translators: the role and the period of an assignment, "Deputy · 2023-01-01 – 2026-12-31" */
  g_string_printf (subtitle, _("%s · %s"), role != NULL ? role : "", period);
  if (candidacy != NULL)
    g_string_append_printf (subtitle, " · %s", ber_choice_label (BER_CHOICES_CANDIDACY, candidacy));
  if (mandate != NULL && *mandate != '\0')
    g_string_append_printf (subtitle, "\n%s", mandate);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Edit the assignment"));

  if (ber_persons_assignment_is_current (ber_person_page_get_persons (self),
                                         BER_ASSIGNMENT (assignment)))
    {
      GtkWidget *end = gtk_button_new_with_label (C_("assignment", "End"));
      g_autofree char *label = g_strdup_printf (_("End the assignment in %s today"), title);

      gtk_widget_set_valign (end, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (end, _("End the assignment today; its history is kept"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (end), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (end), "person.end-assignment");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (end), "x",
                                        ber_record_get_id (assignment));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), end);
    }

  return row;
}

static void
bind (BerPersonPage  *self,
      GtkListBox     *list,
      GListModel    **slot,
      GListModel     *model)
{
  gtk_list_box_bind_model (list, NULL, NULL, NULL, NULL);
  g_set_object (slot, model);
  if (model != NULL)
    gtk_list_box_bind_model (list, model, create_assignment_row, self, NULL);
}

/*
 * Reads the person's assignments again, split into current and past: after
 * the page is shown or saved, and whenever an assignment changes.
 */
void
ber_person_page_refresh_assignments (BerPersonPage *self)
{
  BerRecord *person = ber_record_page_get_record (BER_RECORD_PAGE (self));
  gint64 id = person != NULL ? ber_record_get_id (person) : 0;
  g_autoptr(GListModel) current = NULL;
  g_autoptr(GListModel) past = NULL;
  g_autoptr(GError) error = NULL;

  if (id == 0 || ber_record_page_get_context (BER_RECORD_PAGE (self)) == NULL)
    {
      bind (self, self->current_list, &self->current, NULL);
      bind (self, self->past_list, &self->past, NULL);
      adw_preferences_group_set_description (self->current_group,
                                             _("Save the person to add assignments."));
      gtk_widget_set_visible (GTK_WIDGET (self->past_group), FALSE);
      return;
    }
  adw_preferences_group_set_description (self->current_group, NULL);

  current = ber_persons_list_assignments (ber_person_page_get_persons (self), id,
                                          BER_PERSONS_CURRENT, &error);
  if (current != NULL)
    past = ber_persons_list_assignments (ber_person_page_get_persons (self), id,
                                         BER_PERSONS_PAST, &error);
  if (error != NULL)
    ber_person_page_show_failure (self, _("The Assignments Could Not Be Read"), error->message);

  bind (self, self->current_list, &self->current, current);
  bind (self, self->past_list, &self->past, past);
  gtk_widget_set_visible (GTK_WIDGET (self->past_group),
                          self->past != NULL && g_list_model_get_n_items (self->past) > 0);
}

static void
open_assignment_dialog (BerPersonPage *self,
                        BerAssignment *assignment)
{
  BerFormDialog *dialog = ber_assignment_dialog_new (ber_record_page_get_context (BER_RECORD_PAGE (self)),
                                                     assignment);

  ber_form_dialog_present (dialog, GTK_WIDGET (self));
}

void
ber_person_page_assignment_activated_cb (BerPersonPage *self,
                                         GtkListBoxRow *row,
                                         GtkListBox    *list)
{
  GListModel *model = list == self->current_list ? self->current : self->past;
  g_autoptr(BerAssignment) listed = NULL;
  g_autoptr(BerAssignment) assignment = NULL;
  g_autoptr(GError) error = NULL;

  if (model == NULL)
    return;
  listed = g_list_model_get_item (model, gtk_list_box_row_get_index (row));
  if (listed == NULL)
    return;

  /* The dialog edits a copy of its own, read now. */
  assignment = ber_context_load (ber_record_page_get_context (BER_RECORD_PAGE (self)),
                                 BER_TYPE_ASSIGNMENT, ber_record_get_id (BER_RECORD (listed)),
                                 &error);
  if (assignment == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  open_assignment_dialog (self, assignment);
}

void
ber_person_page_add_assignment_activated (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  BerPersonPage *self = BER_PERSON_PAGE (widget);
  BerRecord *person = ber_record_page_get_record (BER_RECORD_PAGE (self));
  g_autoptr(BerAssignment) assignment = NULL;

  if (person == NULL || ber_record_get_id (person) == 0)
    return;
  assignment = ber_persons_new_assignment (ber_person_page_get_persons (self),
                                           ber_record_get_id (person), 0);
  open_assignment_dialog (self, assignment);
}

void
ber_person_page_end_assignment_activated (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  BerPersonPage *self = BER_PERSON_PAGE (widget);
  g_autoptr(BerAssignment) assignment = NULL;
  g_autoptr(GError) error = NULL;

  assignment = ber_context_load (ber_record_page_get_context (BER_RECORD_PAGE (self)),
                                 BER_TYPE_ASSIGNMENT, g_variant_get_int64 (parameter), &error);
  if (assignment != NULL
      && ber_persons_end_assignment (ber_person_page_get_persons (self), assignment, &error))
    {
      ber_record_page_show_error (BER_RECORD_PAGE (self), NULL);
      return;
    }

  ber_person_page_show_failure (self, _("The Assignment Was Not Ended"), error->message);
}
