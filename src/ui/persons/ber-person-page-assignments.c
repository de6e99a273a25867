/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-person-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-assignment-dialog.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-person-page-private.h"

/*
 * The person page's assignments: current ones first, then past ones, each
 * opened in the assignment dialog, and ended (not deleted) with one click.
 */

static gboolean
is_current (gpointer item,
            gpointer user_data)
{
  BerPersonPage *self = user_data;
  BerRecord *assignment = item;
  const char *to_on = ber_record_get_string (assignment, "to-on");
  const char *candidacy = ber_record_get_string (assignment, "candidacy");
  const char *today = ber_store_get_today (self->store);

  /* A lost or withdrawn candidacy is history even without an end date. */
  if (candidacy != NULL
      && (g_str_equal (candidacy, "not-elected") || g_str_equal (candidacy, "withdrawn")))
    return FALSE;

  /* to_on is the last day of the assignment: ended today is ended. */
  return to_on == NULL || g_strcmp0 (to_on, today) > 0;
}

static gboolean
is_past (gpointer item,
         gpointer user_data)
{
  return !is_current (item, user_data);
}

static char *
period_text (BerRecord *assignment)
{
  const char *from = ber_record_get_string (assignment, "from-on");
  const char *to = ber_record_get_string (assignment, "to-on");

  if (from != NULL && to != NULL)
    /* Translators: a period of dates, "2023-01-01 – 2026-12-31"; keep the no-break spaces */
    return g_strdup_printf (_("%s\u00a0–\u00a0%s"), from, to);
  if (from != NULL)
    /* Translators: an assignment without an end date, "from 2019-11-14" */
    return g_strdup_printf (_("from %s"), from);
  if (to != NULL)
    /* Translators: an assignment without a start date, "until 2026-12-31" */
    return g_strdup_printf (_("until %s"), to);
  return g_strdup (_("no dates"));
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

  if (is_current (assignment, self))
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
update_past_group (BerPersonPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->past_group),
                          self->past != NULL && g_list_model_get_n_items (self->past) > 0);
}

static BerRecordList *
person_assignments (BerPersonPage *self,
                    gboolean       open_ended)
{
  g_autoptr(BerQuery) query = ber_query_new ("assignment_list");
  gint64 id = ber_record_get_id (BER_RECORD (self->person));

  ber_query_add_condition (query, "person_id", BER_QUERY_EQ, g_variant_new_int64 (id));
  if (open_ended)
    {
      ber_query_add_condition (query, "to_on", BER_QUERY_IS_NULL, NULL);
      ber_query_add_order (query, "from_on", TRUE);
    }
  else
    {
      ber_query_add_condition (query, "to_on", BER_QUERY_NOT_NULL, NULL);
      ber_query_add_order (query, "to_on", TRUE);
    }

  return ber_record_list_new (self->store, BER_TYPE_ASSIGNMENT, query);
}

/*
 * All the person's assignments ordered by to_on DESC with open-ended ones
 * first (two lazy queries, joined), split into current and past. Both lists
 * follow writes to the register with exact changes.
 */
void
ber_person_page_setup_assignments (BerPersonPage *self)
{
  GListStore *parts;
  g_autoptr(BerRecordList) open_ended = NULL;
  g_autoptr(BerRecordList) dated = NULL;
  GtkFlattenListModel *all;
  GtkFilterListModel *current;
  GtkFilterListModel *past;

  g_clear_object (&self->current);
  g_clear_object (&self->past);
  gtk_list_box_bind_model (self->current_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->past_list, NULL, NULL, NULL, NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->past_group), FALSE);
  if (ber_record_get_id (BER_RECORD (self->person)) == 0)
    {
      adw_preferences_group_set_description (self->current_group,
                                             _("Save the person to add assignments."));
      return;
    }
  adw_preferences_group_set_description (self->current_group, NULL);

  open_ended = person_assignments (self, TRUE);
  dated = person_assignments (self, FALSE);
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (parts, open_ended);
  g_list_store_append (parts, dated);
  all = gtk_flatten_list_model_new (G_LIST_MODEL (parts));

  current = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (all)),
                                       GTK_FILTER (gtk_custom_filter_new (is_current, self, NULL)));
  past = gtk_filter_list_model_new (G_LIST_MODEL (all),
                                    GTK_FILTER (gtk_custom_filter_new (is_past, self, NULL)));
  self->current = G_LIST_MODEL (current);
  self->past = G_LIST_MODEL (past);

  gtk_list_box_bind_model (self->current_list, self->current, create_assignment_row, self, NULL);
  gtk_list_box_bind_model (self->past_list, self->past, create_assignment_row, self, NULL);
  g_signal_connect_object (self->past, "items-changed", G_CALLBACK (update_past_group), self,
                           G_CONNECT_SWAPPED);
  update_past_group (self);
}

static void
open_assignment_dialog (BerPersonPage *self,
                        BerAssignment *assignment)
{
  BerAssignmentDialog *dialog;

  dialog = ber_assignment_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)), self->store,
                                      assignment, ber_record_get_id (BER_RECORD (self->person)), 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ber_person_page_assignment_activated_cb (BerPersonPage *self,
                         GtkListBoxRow *row,
                         GtkListBox    *list)
{
  GListModel *model = list == self->current_list ? self->current : self->past;
  g_autoptr(BerAssignment) assignment = NULL;

  if (model == NULL)
    return;

  assignment = g_list_model_get_item (model, gtk_list_box_row_get_index (row));
  if (assignment != NULL)
    open_assignment_dialog (self, assignment);
}

guint
ber_person_page_count_assignments (BerPersonPage *self)
{
  guint n = 0;

  if (self->current != NULL)
    n += g_list_model_get_n_items (self->current);
  if (self->past != NULL)
    n += g_list_model_get_n_items (self->past);
  return n;
}

void
ber_person_page_add_assignment_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BerPersonPage *self = BER_PERSON_PAGE (widget);

  if (ber_record_get_id (BER_RECORD (self->person)) != 0)
    open_assignment_dialog (self, NULL);
}

void
ber_person_page_end_assignment_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BerPersonPage *self = BER_PERSON_PAGE (widget);
  g_autoptr(BerRecord) assignment = NULL;
  g_autoptr(GError) error = NULL;

  assignment = ber_record_load (BER_TYPE_ASSIGNMENT, self->store, g_variant_get_int64 (parameter),
                                &error);
  if (assignment != NULL)
    {
      g_object_set (assignment, "to-on", ber_store_get_today (self->store), NULL);
      if (ber_record_save (assignment, self->store, &error))
        {
          ber_person_page_hide_error (self);
          return;
        }
    }

  ber_person_page_show_error (self, _("The Assignment Was Not Ended"), error->message);
}
