/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-event-form"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-date-row.h"
#include "ber-event-form.h"
#include "ber-labels.h"
#include "ber-report-logic.h"
#include "ber-ui-util.h"

/*
 * A forum event is often registered after the fact, from the invitation and
 * the travel claims: any dates are allowed. The attendees offered are the
 * persons with an assignment in the chosen network; "Show all persons" adds
 * everyone, for a substitute or an official who went along.
 */
typedef struct
{
  BerStore   *store;
  GtkWindow  *parent;       /* weak */
  int         due_days;
  GArray     *network_ids;  /* gint64 per entry of network_row */
  GArray     *body_ids;     /* gint64 per entry of body_row; 0 = the network as a whole */
  GHashTable *checked;      /* person id → TRUE, kept while the list is rebuilt */
  GPtrArray  *checks;       /* GtkCheckButton per listed person */

  GtkWidget  *network_row;
  GtkWidget  *body_row;
  GtkWidget  *title_row;
  GtkWidget  *place_row;
  GtkWidget  *starts_row;
  GtkWidget  *ends_row;
  GtkWidget  *all_switch;
  GtkWidget  *persons_list;
} EventForm;

static void
event_form_free (gpointer data)
{
  EventForm *form = data;

  /* The rows outlive the form by a little while the dialog is destroyed. */
  g_signal_handlers_disconnect_by_data (form->network_row, form);
  g_signal_handlers_disconnect_by_data (form->all_switch, form);
  g_signal_handlers_disconnect_by_data (form->starts_row, form);
  for (guint i = 0; i < form->checks->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (form->checks, i), form);
  g_clear_weak_pointer (&form->parent);
  g_clear_object (&form->store);
  g_array_unref (form->network_ids);
  g_array_unref (form->body_ids);
  g_hash_table_unref (form->checked);
  g_ptr_array_unref (form->checks);
  g_free (form);
}

static gint64
selected_network (EventForm *form)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (form->network_row));

  if (selected >= form->network_ids->len)
    return 0;
  return g_array_index (form->network_ids, gint64, selected);
}

static gint64
selected_body (EventForm *form)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (form->body_row));

  if (selected >= form->body_ids->len)
    return 0;
  return g_array_index (form->body_ids, gint64, selected);
}

/* The chosen network's own bodies: its assembly, board, committees, working groups. */
static void
refresh_bodies (EventForm *form)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(BerQuery) query = ber_query_new ("network_body");
  g_autoptr(GPtrArray) rows = NULL;
  gint64 zero = 0;

  g_array_set_size (form->body_ids, 0);
  gtk_string_list_append (names, _("The Network as a Whole"));
  g_array_append_val (form->body_ids, zero);

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ,
                           g_variant_new_int64 (selected_network (form)));
  ber_query_add_order (query, "name", FALSE);
  rows = ber_store_select (form->store, query, 0, 500, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *name = NULL;
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      g_variant_lookup (g_ptr_array_index (rows, i), "name", "&s", &name);
      gtk_string_list_append (names, name != NULL ? name : "");
      g_array_append_val (form->body_ids, id);
    }

  adw_combo_row_set_model (ADW_COMBO_ROW (form->body_row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (form->body_row), 0);
}

static void
on_check_toggled (GtkCheckButton *check,
                  EventForm      *form)
{
  gpointer person = g_object_get_data (G_OBJECT (check), "person-id");

  if (gtk_check_button_get_active (check))
    g_hash_table_add (form->checked, person);
  else
    g_hash_table_remove (form->checked, person);
}

static void
add_person_row (EventForm  *form,
                gint64      person_id,
                gint64      assignment_id,
                const char *name,
                const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  gpointer key = GSIZE_TO_POINTER ((gsize) person_id);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (check), "person-id", key);
  g_object_set_data (G_OBJECT (check), "assignment-id", GSIZE_TO_POINTER ((gsize) assignment_id));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               g_hash_table_contains (form->checked, key));
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), form);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_list_box_append (GTK_LIST_BOX (form->persons_list), row);
  g_ptr_array_add (form->checks, check);
}

/* The network's assignments, one per person: the one running on the event's
 * first day if there is one. Refused candidacies are no assignment. */
static GHashTable *
network_assignments (EventForm *form,
                     GPtrArray **rows_out)
{
  g_autoptr(BerQuery) query = ber_query_new ("assignment_list");
  GHashTable *by_person = g_hash_table_new (NULL, NULL);
  const char *day = ber_date_row_get_date (BER_DATE_ROW (form->starts_row));
  GPtrArray *rows;

  if (day == NULL)
    day = ber_store_get_today (form->store);
  ber_query_add_condition (query, "network_id", BER_QUERY_EQ,
                           g_variant_new_int64 (selected_network (form)));
  ber_query_add_order (query, "person_name", FALSE);
  rows = ber_store_select (form->store, query, 0, 1000, NULL);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *candidacy = NULL, *from = NULL, *to = NULL;
      gint64 person = 0;
      gboolean running;

      g_variant_lookup (row, "person_id", "x", &person);
      g_variant_lookup (row, "candidacy", "&s", &candidacy);
      g_variant_lookup (row, "from_on", "&s", &from);
      g_variant_lookup (row, "to_on", "&s", &to);
      if (g_strcmp0 (candidacy, "not-elected") == 0 || g_strcmp0 (candidacy, "withdrawn") == 0)
        continue;
      running = (from == NULL || g_strcmp0 (from, day) <= 0)
                && (to == NULL || g_strcmp0 (to, day) >= 0);
      if (running || !g_hash_table_contains (by_person, GSIZE_TO_POINTER ((gsize) person)))
        g_hash_table_insert (by_person, GSIZE_TO_POINTER ((gsize) person), row);
    }

  *rows_out = rows;
  return by_person;
}

static void
refresh_persons (EventForm *form)
{
  g_autoptr(GHashTable) by_person = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(GPtrArray) persons = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (form->persons_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (form->persons_list), child);
  g_ptr_array_set_size (form->checks, 0);

  by_person = network_assignments (form, &assignments);

  if (gtk_switch_get_active (GTK_SWITCH (form->all_switch)))
    {
      g_autoptr(BerQuery) query = ber_query_new ("person");

      ber_query_add_order (query, "sort_key", FALSE);
      persons = ber_store_select (form->store, query, 0, 10000, NULL);
    }
  else
    {
      persons = g_ptr_array_new ();
      for (guint i = 0; assignments != NULL && i < assignments->len; i++)
        {
          GVariant *row = g_ptr_array_index (assignments, i);
          gint64 person = 0;

          g_variant_lookup (row, "person_id", "x", &person);
          if (g_hash_table_lookup (by_person, GSIZE_TO_POINTER ((gsize) person)) == row)
            g_ptr_array_add (persons, g_variant_ref (row));
        }
      g_ptr_array_set_free_func (persons, (GDestroyNotify) g_variant_unref);
    }

  for (guint i = 0; i < persons->len; i++)
    {
      GVariant *row = g_ptr_array_index (persons, i);
      gboolean is_assignment = g_variant_lookup (row, "person_name", "&s", NULL);
      const char *name = NULL;
      gint64 person = 0, assignment = 0;
      GVariant *held;
      const char *role = NULL;

      if (is_assignment)
        {
          g_variant_lookup (row, "person_name", "&s", &name);
          g_variant_lookup (row, "person_id", "x", &person);
        }
      else
        {
          g_variant_lookup (row, "name", "&s", &name);
          g_variant_lookup (row, "id", "x", &person);
        }
      held = g_hash_table_lookup (by_person, GSIZE_TO_POINTER ((gsize) person));
      if (held != NULL)
        {
          g_variant_lookup (held, "id", "x", &assignment);
          g_variant_lookup (held, "role", "&s", &role);
        }
      add_person_row (form, person, assignment, name != NULL ? name : "",
                      role != NULL ? ber_choice_label (BER_CHOICES_ASSIGNMENT_ROLE, role)
                                   : _("No assignment in this network"));
    }

  if (persons->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("No one holds an assignment in this network"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Turn on Show All Persons to choose among everyone."));
      gtk_list_box_append (GTK_LIST_BOX (form->persons_list), row);
    }
}

static GtkWidget *
network_combo_row (EventForm *form)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(BerQuery) query = ber_query_new ("network");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GtkExpression) expression = NULL;
  GtkWidget *row = adw_combo_row_new ();

  ber_query_add_order (query, "sort_key", FALSE);
  rows = ber_store_select (form->store, query, 0, 10000, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *name = NULL;
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      g_variant_lookup (g_ptr_array_index (rows, i), "name", "&s", &name);
      gtk_string_list_append (list, name != NULL ? name : "");
      g_array_append_val (form->network_ids, id);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Network"));
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  adw_combo_row_set_expression (ADW_COMBO_ROW (row), expression);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), FALSE);
  return row;
}

static gboolean
validate (EventForm  *form,
          char      **title_out,
          GError    **error)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->title_row))));
  const char *starts = ber_date_row_get_date (BER_DATE_ROW (form->starts_row));
  const char *ends = ber_date_row_get_date (BER_DATE_ROW (form->ends_row));

  if (selected_network (form) == 0)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("Choose the network that held the event."));
      return FALSE;
    }
  if (*title == '\0')
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("The event needs a title, e.g. “General Assembly”."));
      return FALSE;
    }
  if (starts == NULL || !ber_date_row_is_valid (BER_DATE_ROW (form->ends_row)))
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("Write the dates as YYYY-MM-DD, for example 2026-11-23. The "
                             "start date is needed."));
      return FALSE;
    }
  if (ends != NULL && g_strcmp0 (ends, starts) < 0)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("The event ends before it starts. Check the dates."));
      return FALSE;
    }

  *title_out = g_steal_pointer (&title);
  return TRUE;
}

/* The event and who attended, in one transaction. */
static gint64
insert_event (EventForm   *form,
              const char  *title,
              GError     **error)
{
  gint64 event_id;

  if (!ber_store_begin (form->store, error))
    return 0;

  event_id = ber_store_insert (form->store, "forum_event",
                               ber_store_values ("network_id",
                                           g_variant_new_int64 (selected_network (form)),
                                           "network_body_id",
                                           selected_body (form) > 0
                                             ? g_variant_new_int64 (selected_body (form))
                                             : g_variant_new ("()"),
                                           "title", g_variant_new_string (title),
                                           "place",
                                           g_variant_new_string (gtk_editable_get_text (
                                             GTK_EDITABLE (form->place_row))),
                                           "starts_on",
                                           ber_store_text_or_null (ber_date_row_get_date (
                                             BER_DATE_ROW (form->starts_row))),
                                           "ends_on",
                                           ber_store_text_or_null (ber_date_row_get_date (
                                             BER_DATE_ROW (form->ends_row))),
                                           NULL),
                               error);
  for (guint i = 0; event_id > 0 && i < form->checks->len; i++)
    {
      GObject *check = g_ptr_array_index (form->checks, i);
      gint64 person = GPOINTER_TO_SIZE (g_object_get_data (check, "person-id"));
      gint64 assignment = GPOINTER_TO_SIZE (g_object_get_data (check, "assignment-id"));

      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        continue;
      if (ber_store_insert (form->store, "event_attendance",
                            ber_store_values ("event_id", g_variant_new_int64 (event_id),
                                        "person_id", g_variant_new_int64 (person),
                                        "assignment_id",
                                        assignment > 0 ? g_variant_new_int64 (assignment)
                                                       : g_variant_new ("()"),
                                        NULL),
                            error) == 0)
        event_id = 0;
    }

  if (event_id == 0 || !ber_store_commit (form->store, error))
    {
      ber_store_rollback (form->store);
      return 0;
    }
  return event_id;
}

static void
toast (EventForm  *form,
       const char *message)
{
  if (form->parent != NULL)
    ber_ui_toast (GTK_WIDGET (form->parent), message);
}

static gboolean
save_event (BerFormDialog  *dialog,
            gpointer        data,
            GError        **error)
{
  EventForm *form = data;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  guint n_created = 0;
  gint64 event_id;

  if (!validate (form, &title, error))
    return FALSE;

  event_id = insert_event (form, title, error);
  if (event_id == 0)
    return FALSE;

  /* The event is saved either way: a failure here must not keep the form
   * open, or saving again would register the event twice. */
  if (!ber_reports_create_expected (form->store, event_id, form->due_days, &n_created,
                                    &local_error))
    {
      message = g_strdup_printf (_("The event was saved, but the expected reports could not be "
                                   "made: %s"),
                                 local_error->message);
      toast (form, message);
      return TRUE;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u report is now expected",
                                          "%u reports are now expected", n_created),
                             n_created);
  toast (form, message);
  return TRUE;
}

BerFormDialog *
ber_event_form_new (GtkWindow *parent,
                    BerStore  *store,
                    int        report_due_days)
{
  BerFormDialog *dialog;
  EventForm *form;
  GtkWidget *all_row;
  GtkWidget *label;

  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  dialog = ber_form_dialog_new (parent, _("New Forum Event"), _("_Register"));
  form = g_new0 (EventForm, 1);
  form->store = g_object_ref (store);
  g_set_weak_pointer (&form->parent, parent);
  form->due_days = report_due_days;
  form->network_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  form->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  form->checked = g_hash_table_new (NULL, NULL);
  form->checks = g_ptr_array_new ();

  form->network_row = network_combo_row (form);
  form->body_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->body_row), _("Body of the Network"));
  refresh_bodies (form);
  form->title_row = ber_ui_entry_row (_("Title"), NULL);
  form->place_row = ber_ui_entry_row (_("Place"), NULL);
  form->starts_row = ber_ui_date_row (_("Starts"), ber_store_get_today (store));
  form->ends_row = ber_ui_date_row (_("Ends"), ber_store_get_today (store));

  all_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (all_row), _("Show All Persons"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (all_row),
                               _("Also those without an assignment in the network"));
  form->all_switch = gtk_switch_new ();
  gtk_widget_set_valign (form->all_switch, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->all_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show all persons"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (all_row), form->all_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (all_row), form->all_switch);

  label = gtk_label_new (_("Attended"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 6);

  form->persons_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (form->persons_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (form->persons_list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->persons_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Attended"), -1);

  ber_form_dialog_add (dialog, form->network_row);
  ber_form_dialog_add (dialog, form->body_row);
  ber_form_dialog_add (dialog, form->title_row);
  ber_form_dialog_add (dialog, form->place_row);
  ber_form_dialog_add (dialog, form->starts_row);
  ber_form_dialog_add (dialog, form->ends_row);
  ber_form_dialog_add (dialog, all_row);
  ber_form_dialog_add (dialog, label);
  ber_form_dialog_add (dialog, form->persons_list);

  refresh_persons (form);
  g_signal_connect_swapped (form->network_row, "notify::selected", G_CALLBACK (refresh_persons),
                            form);
  g_signal_connect_swapped (form->network_row, "notify::selected", G_CALLBACK (refresh_bodies),
                            form);
  g_signal_connect_swapped (form->all_switch, "notify::active", G_CALLBACK (refresh_persons),
                            form);
  g_signal_connect_swapped (form->starts_row, "notify::date", G_CALLBACK (refresh_persons), form);
  ber_form_dialog_set_save (dialog, save_event, form, event_form_free);
  return dialog;
}
