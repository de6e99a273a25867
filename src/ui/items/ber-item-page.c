/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-item-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-agenda-export.h"
#include "ber-export-ui.h"
#include "ber-print.h"
#include "ber-date-row.h"
#include "ber-date.h"
#include "ber-form-dialog.h"
#include "ber-item-page.h"
#include "ber-item-page-private.h"
#include "ber-item-workflow.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-routing.h"
#include "ber-ui-util.h"

/*
 * The page of one item: registration, assessment with routing help, the
 * proposal's att-clauses, supporting documents, links, and the workflow with
 * its history. Fields, clauses, documents and links are written together on
 * Save; a workflow step is written at once.
 */


G_DEFINE_FINAL_TYPE (BerItemPage, ber_item_page, ADW_TYPE_BIN)

enum
{
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The titles of the goal table, for translation; the table holds them in English. */
static const char * const goal_titles[] G_GNUC_UNUSED = {
  N_("No poverty"), N_("Zero hunger"), N_("Good health and well-being"),
  N_("Quality education"), N_("Gender equality"), N_("Clean water and sanitation"),
  N_("Affordable and clean energy"), N_("Decent work and economic growth"),
  N_("Industry, innovation and infrastructure"), N_("Reduced inequalities"),
  N_("Sustainable cities and communities"), N_("Responsible consumption and production"),
  N_("Climate action"), N_("Life below water"), N_("Life on land"),
  N_("Peace, justice and strong institutions"), N_("Partnerships for the goals"),
};

static void     refresh_routing  (BerItemPage *self);
static void     refresh_workflow (BerItemPage *self);
static gboolean save_page        (BerItemPage *self,
                                  gboolean     announce);

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->text);
  g_free (entry->path);
  g_free (entry);
}

Entry *
item_page_entry_new (gint64      id,
           const char *text,
           const char *path)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->id = id;
  entry->text = g_strdup (text != NULL ? text : "");
  entry->path = g_strdup (path != NULL ? path : "");
  return entry;
}

gint64
item_page_item_id (BerItemPage *self)
{
  return self->item != NULL ? ber_record_get_id (BER_RECORD (self->item)) : 0;
}

void
item_page_show_error (BerItemPage *self,
                      const char  *message)
{
  ber_ui_show_error (self->error_revealer, self->error_label, message);
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, message, -1);
}

/* Rows */

static GtkWidget *
choice_row (const char *title,
            BerChoices  which)
{
  g_auto(GStrv) labels = ber_choice_labels (which);
  g_autoptr(GtkStringList) list = gtk_string_list_new ((const char * const *) labels);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  return row;
}

static GtkWidget *
combo_row (const char *title)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), FALSE);
  return row;
}

/* Fills a chooser with a table's rows, "None" first; ids attached to the row. */
static void
fill_record_row (BerItemPage *self,
                 GtkWidget   *row,
                 const char  *table,
                 const char  *label_column,
                 const char  *kind,
                 gint64       selected_id)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GPtrArray) rows = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 zero = 0;
  guint selected = 0;

  gtk_string_list_append (list, _("None"));
  g_array_append_val (ids, zero);
  if (self->store != NULL)
    {
      if (kind != NULL)
        ber_query_add_condition (query, "kind", BER_QUERY_EQ, g_variant_new_string (kind));
      ber_query_add_order (query, "sort_key", FALSE);
      rows = ber_store_select (self->store, query, 0, 10000, NULL);
    }
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *label = NULL;
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      g_variant_lookup (g_ptr_array_index (rows, i), label_column, "&s", &label);
      if (id == selected_id)
        selected = ids->len;
      gtk_string_list_append (list, label != NULL ? label : "");
      g_array_append_val (ids, id);
    }
  g_object_set_data_full (G_OBJECT (row), "ids", ids, (GDestroyNotify) g_array_unref);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
}

static gint64
record_row_get (GtkWidget *row)
{
  GArray *ids = g_object_get_data (G_OBJECT (row), "ids");
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

  if (ids == NULL || selected >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected);
}

static void
record_row_select (GtkWidget *row,
                   gint64     id)
{
  GArray *ids = g_object_get_data (G_OBJECT (row), "ids");

  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
}

const char *
item_page_row_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static GtkTextView *
text_view_row (AdwPreferencesGroup *group,
               const char          *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (box, 12);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 90);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  adw_preferences_group_add (group, box);
  return GTK_TEXT_VIEW (view);
}

GtkWidget *
item_page_icon_button (const char *icon,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return button;
}

static AdwPreferencesGroup *
add_group (BerItemPage *self,
           const char  *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->content, group);
  return ADW_PREFERENCES_GROUP (group);
}

void
item_page_clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

Form *
item_page_form_new (BerItemPage *self,
          int          index)
{
  Form *form = g_new0 (Form, 1);

  form->self = g_object_ref (self);
  form->index = index;
  return form;
}

void
item_page_form_free (gpointer data)
{
  Form *form = data;

  g_object_unref (form->self);
  g_free (form);
}


/* Routing help */

static char *
body_name (BerItemPage *self,
           gint64       body_id)
{
  g_autoptr(GVariant) body = ber_store_get (self->store, "body", body_id, NULL);
  char *name = NULL;

  if (body == NULL || !g_variant_lookup (body, "name", "s", &name))
    return g_strdup ("");
  return name;
}

static void
refresh_routing (BerItemPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *held_on = NULL;
  const char *type;
  gint64 body_id = 0, meeting_id = 0, meeting_body;

  if (self->store == NULL || self->loading)
    return;

  type = ber_choice_value (BER_CHOICES_ITEM_TYPE,
                           adw_combo_row_get_selected (ADW_COMBO_ROW (self->type_row)));
  if (!ber_routing_suggest (self->store, type, record_row_get (self->area_row), &body_id, &reason,
                            &error))
    g_warning ("Routing suggestion: %s", error->message);
  g_clear_error (&error);
  self->suggested_body_id = body_id;

  if (body_id > 0)
    {
      g_autofree char *name = body_name (self, body_id);
      /* Translators: %s is a body, e.g. "Regionala utvecklingsnämnden" */
      g_autofree char *title = g_strdup_printf (_("Suggested: %s"), name);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->suggestion_row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->suggestion_row),
                                   reason != NULL ? reason : "");
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->suggestion_row),
                                     _("No suggestion"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->suggestion_row),
                                   _("No routing rule fits this type and subject area. Choose "
                                     "the body where the subject belongs."));
    }
  gtk_widget_set_visible (self->use_button,
                          body_id > 0 && record_row_get (self->routed_row) != body_id);

  meeting_body = record_row_get (self->routed_row);
  if (meeting_body == 0)
    meeting_body = body_id;
  if (!ber_routing_latest_meeting (self->store, meeting_body,
                                   ber_date_row_get_date (BER_DATE_ROW (self->reply_by_row)),
                                   &meeting_id, &held_on, &error))
    g_warning ("Latest meeting: %s", error->message);

  if (meeting_id > 0)
    {
      g_autofree char *name = body_name (self, meeting_body);
      /* Translators: a body and a date, e.g. "Regionstyrelsen, 2026-12-09" */
      g_autofree char *text = g_strdup_printf (_("%s, %s"), name, held_on);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->meeting_row), text);
      gtk_widget_remove_css_class (self->meeting_row, "warning");
    }
  else
    {
      g_autofree char *warning =
        ber_routing_no_meeting_text (self->store, meeting_body,
                                     ber_date_row_get_date (BER_DATE_ROW (self->reply_by_row)));

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->meeting_row), warning);
      if (meeting_body > 0)
        gtk_widget_add_css_class (self->meeting_row, "warning");
      else
        gtk_widget_remove_css_class (self->meeting_row, "warning");
    }
}

static void
on_use_suggestion (BerItemPage *self)
{
  if (self->suggested_body_id <= 0)
    return;
  record_row_select (self->routed_row, self->suggested_body_id);
  record_row_select (self->recommended_row, self->suggested_body_id);
  refresh_routing (self);
  gtk_widget_grab_focus (self->routed_row);
}

/* Subject areas */

static gboolean
save_area (BerFormDialog  *dialog,
           gpointer        data,
           GError        **error)
{
  Form *form = data;
  g_autofree char *name = g_strstrip (g_strdup (item_page_row_text (form->rows[0])));
  gint64 id;

  if (*name == '\0')
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("The subject area needs a name."));
      return FALSE;
    }
  id = ber_store_insert (form->self->store, "subject_area",
                         ber_store_values ("name", g_variant_new_string (name), NULL), error);
  if (id <= 0)
    return FALSE;
  fill_record_row (form->self, form->self->area_row, "subject_area", "name", NULL, id);
  refresh_routing (form->self);
  return TRUE;
}

static void
add_area_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BerItemPage *self = BER_ITEM_PAGE (widget);
  BerFormDialog *dialog;
  Form *form;

  if (self->store == NULL)
    return;
  dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)), _("Add a Subject Area"),
                                _("_Add"));
  form = item_page_form_new (self, -1);
  form->rows[0] = ber_ui_entry_row (_("Name"), NULL);
  ber_form_dialog_add (dialog, form->rows[0]);
  ber_form_dialog_set_save (dialog, save_area, form, item_page_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Workflow */

static const char *
step_label (const char *from,
            const char *to)
{
  if (g_str_equal (to, "ready") && g_strcmp0 (from, "on-agenda") == 0)
    return _("_Table (Bordlägg)");
  if (g_str_equal (to, "assessed"))
    return _("Mark _Assessed");
  if (g_str_equal (to, "in-preparation"))
    return _("Start _Preparation");
  if (g_str_equal (to, "ready"))
    return _("_Ready for Agenda");
  if (g_str_equal (to, "on-agenda"))
    return _("Put on A_genda");
  if (g_str_equal (to, "decided"))
    return _("Mark _Decided");
  if (g_str_equal (to, "dispatched"))
    return _("Mark D_ispatched");
  if (g_str_equal (to, "declined"))
    return _("D_ecline…");
  if (g_str_equal (to, "written-off"))
    return _("_Write Off…");
  return to;
}

static gboolean
save_reason (BerFormDialog  *dialog,
             gpointer        data,
             GError        **error)
{
  Form *form = data;
  const char *to = g_object_get_data (G_OBJECT (form->rows[0]), "to");

  if (!ber_item_workflow_move (form->self->store, item_page_item_id (form->self), to,
                               item_page_row_text (form->rows[0]), error))
    return FALSE;
  ber_record_reload (BER_RECORD (form->self->item), form->self->store, NULL);
  refresh_workflow (form->self);
  return TRUE;
}

static void
on_step_clicked (GtkButton   *button,
                 BerItemPage *self)
{
  /* Saving rebuilds the step buttons, this one among them. */
  g_autofree char *to = g_strdup (g_object_get_data (G_OBJECT (button), "to"));

  /* The step is taken with what the page shows: a proposal written into the
   * page goes to the agenda with the item, not only after a separate Save. */
  if (!save_page (self, FALSE))
    return;

  if (ber_item_workflow_needs_reason (to))
    {
      const char *label = ber_choice_label (BER_CHOICES_ITEM_STATUS, to);
      /* Translators: %s is a status, "Declined" or "Written off" */
      g_autofree char *title = g_strdup_printf (_("%s: Why?"), label);
      BerFormDialog *dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)), title,
                                                   _("_Apply"));
      Form *form = item_page_form_new (self, -1);

      form->rows[0] = ber_ui_entry_row (_("Reason"), NULL);
      g_object_set_data_full (G_OBJECT (form->rows[0]), "to", g_strdup (to), g_free);
      ber_form_dialog_add (dialog, form->rows[0]);
      ber_form_dialog_set_save (dialog, save_reason, form, item_page_form_free);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  ber_item_page_move (self, to, NULL);
}

static char *
local_time (const char *changed_at)
{
  g_autoptr(GDateTime) utc = changed_at != NULL ? g_date_time_new_from_iso8601 (changed_at, NULL)
                                                : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  if (local == NULL)
    return g_strdup (changed_at != NULL ? changed_at : "");
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static void
refresh_history (BerItemPage *self)
{
  g_autoptr(BerQuery) query = ber_query_new ("item_transition");
  g_autoptr(GPtrArray) rows = NULL;

  item_page_clear_rows (self->history_group, self->history_rows);
  if (self->store == NULL || item_page_item_id (self) == 0)
    return;

  ber_query_add_condition (query, "item_id", BER_QUERY_EQ,
                           g_variant_new_int64 (item_page_item_id (self)));
  ber_query_add_order (query, "id", TRUE);
  rows = ber_store_select (self->store, query, 0, 1000, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row_data = g_ptr_array_index (rows, i);
      const char *from = NULL, *to = NULL, *reason = NULL, *by = NULL, *at = NULL;
      g_autofree char *when = NULL, *title = NULL, *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      g_variant_lookup (row_data, "from_status", "&s", &from);
      g_variant_lookup (row_data, "to_status", "&s", &to);
      g_variant_lookup (row_data, "reason", "&s", &reason);
      g_variant_lookup (row_data, "changed_by", "&s", &by);
      g_variant_lookup (row_data, "changed_at", "&s", &at);
      when = local_time (at);
      if (from != NULL)
        /* Translators: a change of status, e.g. "Received → Assessed" */
        title = g_strdup_printf (_("%s → %s"), ber_choice_label (BER_CHOICES_ITEM_STATUS, from),
                                 ber_choice_label (BER_CHOICES_ITEM_STATUS, to));
      else
        title = g_strdup (ber_choice_label (BER_CHOICES_ITEM_STATUS, to));
      if (reason != NULL && *reason != '\0')
        /* Translators: when, who, why */
        subtitle = g_strdup_printf (_("%s by %s — %s"), when, by != NULL ? by : "", reason);
      else
        /* Translators: when, who */
        subtitle = g_strdup_printf (_("%s by %s"), when, by != NULL ? by : "");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->history_group, row);
      g_ptr_array_add (self->history_rows, row);
    }
}

static void
refresh_workflow (BerItemPage *self)
{
  static const char * const waiting[] = { "received", "assessed", "in-preparation", "ready",
                                          NULL };
  BerItem *item = self->current != NULL ? self->current : self->item;
  const char *status = item != NULL ? ber_item_get_status (item) : "received";
  const char * const *next = ber_item_workflow_next (status);
  g_autofree char *reason = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->step_box))) != NULL)
    gtk_flow_box_remove (self->step_box, child);

  if (item != NULL)
    g_object_get (item, "status-reason", &reason, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                 ber_choice_label (BER_CHOICES_ITEM_STATUS, status));
  if (item_page_item_id (self) == 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row),
                                 _("Save the item to take it through the workflow."));
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->status_row),
                                 reason != NULL ? reason : "");

  for (guint i = 0; item_page_item_id (self) > 0 && next[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (step_label (status, next[i]));

      g_object_set_data_full (G_OBJECT (button), "to", g_strdup (next[i]), g_free);
      if (i == 0)
        gtk_widget_add_css_class (button, "suggested-action");
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_step_clicked), self, 0);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_flow_box_append (self->step_box, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->step_box),
                          item_page_item_id (self) > 0 && next[0] != NULL);
  /* Once on an agenda or closed, the meeting that could decide no longer matters. */
  gtk_widget_set_visible (self->meeting_row, g_strv_contains (waiting, status));
  refresh_history (self);
}

/* Loading and saving */

static void
load_entries (BerItemPage *self,
              GPtrArray   *entries,
              const char  *table,
              const char  *text_column)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GPtrArray) rows = NULL;

  g_ptr_array_set_size (entries, 0);
  if (self->store == NULL || item_page_item_id (self) == 0)
    return;
  ber_query_add_condition (query, "item_id", BER_QUERY_EQ,
                           g_variant_new_int64 (item_page_item_id (self)));
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (self->store, query, 0, 1000, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *text = NULL, *path = NULL;
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      g_variant_lookup (g_ptr_array_index (rows, i), text_column, "&s", &text);
      g_variant_lookup (g_ptr_array_index (rows, i), "file_path", "&s", &path);
      g_ptr_array_add (entries, item_page_entry_new (id, text, path));
    }
}

/* The item's own fields into the form; the lists (clauses, documents,
 * links) are the page's and are left as they are. */
static void
load_record_fields (BerItemPage *self)
{
  g_autofree char *title = NULL, *type = NULL, *diary = NULL, *received = NULL, *reply_by = NULL;
  g_autofree char *description = NULL, *assessment = NULL;
  gint64 diary_body = 0, area = 0, officer = 0, recommended = 0, routed = 0;
  int year = 0, relevant = -1, type_index;
  gboolean confidential = FALSE;

  g_object_get (self->item, "title", &title, "type", &type, "diary-number", &diary,
                "diary-body-id", &diary_body, "diary-year", &year, "received-on", &received,
                "reply-by", &reply_by, "subject-area-id", &area, "case-officer-id", &officer,
                "description", &description, "relevant", &relevant, "recommended-body-id",
                &recommended, "assessment", &assessment, "routed-body-id", &routed,
                "confidential", &confidential, NULL);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title ? title : "");
  type_index = ber_choice_index (BER_CHOICES_ITEM_TYPE, type);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->type_row), MAX (type_index, 0));
  fill_record_row (self, self->diary_body_row, "body", "name", NULL, diary_body);
  if (year == 0 && self->store != NULL)
    year = (int) g_ascii_strtoll (ber_store_get_today (self->store), NULL, 10);
  gtk_spin_button_set_value (g_object_get_data (G_OBJECT (self->diary_year_row), "spin"), year);
  gtk_editable_set_text (GTK_EDITABLE (self->diary_number_row), diary ? diary : "");
  ber_date_row_set_date (BER_DATE_ROW (self->received_row),
                         received != NULL && *received != '\0' ? received : NULL);
  ber_date_row_set_date (BER_DATE_ROW (self->reply_by_row), reply_by);
  fill_record_row (self, self->area_row, "subject_area", "name", NULL, area);
  fill_record_row (self, self->officer_row, "person", "name", "official", officer);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                            description ? description : "", -1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->relevant_row),
                              relevant < 0 ? 0 : relevant == 1 ? 1 : 2);
  fill_record_row (self, self->recommended_row, "body", "name", NULL, recommended);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->assessment_view),
                            assessment ? assessment : "", -1);
  fill_record_row (self, self->routed_row, "body", "name", NULL, routed);
  gtk_switch_set_active (GTK_SWITCH (self->confidential_switch), confidential);
  self->loading = FALSE;
  gtk_label_set_label (self->title_label, title && *title ? title : _("New Item"));
}

static void
load_fields (BerItemPage *self)
{
  load_record_fields (self);
  g_clear_object (&self->current);

  g_array_set_size (self->removed_clauses, 0);
  g_array_set_size (self->removed_documents, 0);
  load_entries (self, self->clauses, "clause", "text");
  load_entries (self, self->documents, "document", "title");
  item_page_rebuild_clauses (self);
  item_page_rebuild_documents (self);
  item_page_rebuild_links (self);

  item_page_show_error (self, NULL);
  refresh_routing (self);
  refresh_workflow (self);
  self->modified = FALSE;
}

static gboolean
refuse (BerItemPage *self,
        GtkWidget   *row,
        const char  *message)
{
  item_page_show_error (self, message);
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
  return FALSE;
}

static gboolean
save_entries (BerItemPage  *self,
              GPtrArray    *entries,
              GArray       *removed,
              const char   *table,
              const char   *text_column,
              GArray       *new_ids,
              GError      **error)
{
  for (guint i = 0; i < removed->len; i++)
    if (!ber_store_delete (self->store, table, g_array_index (removed, gint64, i), error))
      return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (entries, i);
      gboolean is_document = g_str_equal (table, "document");
      GVariant *values =
        is_document
          ? ber_store_values ("item_id", g_variant_new_int64 (item_page_item_id (self)),
                        "position", g_variant_new_int64 (i),
                        text_column, g_variant_new_string (entry->text),
                        "file_path", g_variant_new_string (entry->path), NULL)
          : ber_store_values ("item_id", g_variant_new_int64 (item_page_item_id (self)),
                        "position", g_variant_new_int64 (i),
                        text_column, g_variant_new_string (entry->text), NULL);
      gint64 id = entry->id;

      if (entry->id > 0)
        {
          if (!ber_store_update (self->store, table, entry->id, values, error))
            return FALSE;
        }
      else if ((id = ber_store_insert (self->store, table, values, error)) <= 0)
        return FALSE;
      g_array_append_val (new_ids, id);
    }
  return TRUE;
}

static void
apply_ids (GPtrArray *entries,
           GArray    *ids)
{
  for (guint i = 0; i < entries->len && i < ids->len; i++)
    ((Entry *) g_ptr_array_index (entries, i))->id = g_array_index (ids, gint64, i);
}

static gboolean
save_page (BerItemPage *self,
           gboolean     announce)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) clause_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) document_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *title = NULL, *diary = NULL, *description = NULL, *assessment = NULL;
  const char *received, *reply_by;
  gboolean is_new;
  guint relevant;
  GtkWidget *rows[] = { self->title_row, self->received_row, self->reply_by_row,
                        self->diary_number_row, self->diary_body_row };

  if (self->store == NULL || self->item == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");

  title = g_strstrip (g_strdup (item_page_row_text (self->title_row)));
  if (*title == '\0')
    return refuse (self, self->title_row,
                   _("The item needs a title. Write what it is about in the Title field and "
                     "save again."));
  received = ber_date_row_get_date (BER_DATE_ROW (self->received_row));
  if (received == NULL)
    return refuse (self, self->received_row,
                   _("The received date is missing or not a date. Write it as YYYY-MM-DD, for "
                     "example 2026-11-23."));
  if (!ber_date_row_is_valid (BER_DATE_ROW (self->reply_by_row)))
    return refuse (self, self->reply_by_row,
                   _("The reply-by date is not a date. Write it as YYYY-MM-DD, or leave it "
                     "empty."));
  reply_by = ber_date_row_get_date (BER_DATE_ROW (self->reply_by_row));
  if (reply_by != NULL && g_strcmp0 (reply_by, received) < 0)
    {
      g_autofree char *message =
        /* Translators: two dates, reply-by and received */
        g_strdup_printf (_("The reply-by date %s is before the item was received, %s. Correct "
                           "one of the dates."),
                         reply_by, received);

      return refuse (self, self->reply_by_row, message);
    }
  diary = g_strstrip (g_strdup (item_page_row_text (self->diary_number_row)));
  if (*diary != '\0' && record_row_get (self->diary_body_row) == 0)
    return refuse (self, self->diary_body_row,
                   _("A diary number belongs to a body’s diary: choose the body."));

  description = text_view_text (self->description_view);
  assessment = text_view_text (self->assessment_view);
  relevant = adw_combo_row_get_selected (ADW_COMBO_ROW (self->relevant_row));
  g_object_set (self->item,
                "title", title,
                "type", ber_choice_value (BER_CHOICES_ITEM_TYPE,
                                          adw_combo_row_get_selected (
                                            ADW_COMBO_ROW (self->type_row))),
                "diary-number", diary,
                "diary-body-id", record_row_get (self->diary_body_row),
                "diary-year", *diary != '\0'
                                ? gtk_spin_button_get_value_as_int (
                                    g_object_get_data (G_OBJECT (self->diary_year_row), "spin"))
                                : 0,
                "received-on", received,
                "reply-by", reply_by,
                "subject-area-id", record_row_get (self->area_row),
                "case-officer-id", record_row_get (self->officer_row),
                "description", description,
                "relevant", relevant == 0 ? -1 : relevant == 1 ? 1 : 0,
                "recommended-body-id", record_row_get (self->recommended_row),
                "assessment", assessment,
                "routed-body-id", record_row_get (self->routed_row),
                "confidential", gtk_switch_get_active (GTK_SWITCH (self->confidential_switch)),
                NULL);

  /* The item first, on its own: a refused diary number leaves nothing half written. */
  is_new = item_page_item_id (self) == 0;
  if (!ber_ui_save_record (GTK_WIDGET (self), BER_RECORD (self->item), self->store,
                           (BerUiFillFunc) load_record_fields, (BerUiSaveFunc) ber_item_page_save,
                           &error))
    {
      if (g_error_matches (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT)
          && *diary != '\0')
        return refuse (self, self->diary_number_row, error->message);
      return refuse (self, NULL, error->message);
    }

  if (!ber_store_begin (self->store, &error)
      || (is_new && !ber_item_workflow_register (self->store, item_page_item_id (self), &error))
      || !save_entries (self, self->clauses, self->removed_clauses, "clause", "text", clause_ids,
                        &error)
      || !save_entries (self, self->documents, self->removed_documents, "document", "title",
                        document_ids, &error)
      || !item_page_save_links (self, self->network_checks, "item_network", "network_id", &error)
      || !item_page_save_links (self, self->question_checks, "item_influence_question",
                      "influence_question_id", &error)
      || !item_page_save_links (self, self->goal_checks, "item_goal", "goal_id", &error)
      || !ber_store_commit (self->store, &error))
    {
      ber_store_rollback (self->store);
      return refuse (self, NULL, error->message);
    }
  item_page_links_saved (self->network_checks);
  item_page_links_saved (self->question_checks);
  item_page_links_saved (self->goal_checks);
  apply_ids (self->clauses, clause_ids);
  apply_ids (self->documents, document_ids);
  g_array_set_size (self->removed_clauses, 0);
  g_array_set_size (self->removed_documents, 0);

  item_page_show_error (self, NULL);
  gtk_label_set_label (self->title_label, title);
  g_clear_object (&self->current);
  refresh_workflow (self);
  self->modified = FALSE;
  if (announce)
    ber_ui_toast (GTK_WIDGET (self), _("Item saved"));
  return TRUE;
}

/**
 * ber_item_page_get_modified:
 *
 * Whether anything was changed on the page since the item was loaded or saved.
 */
gboolean
ber_item_page_get_modified (BerItemPage *self)
{
  g_return_val_if_fail (BER_IS_ITEM_PAGE (self), FALSE);
  return self->modified;
}

/**
 * ber_item_page_save:
 *
 * Writes the item, its clauses, documents and links. On an error the page
 * keeps everything typed and says what to mend.
 */
gboolean
ber_item_page_save (BerItemPage *self)
{
  g_return_val_if_fail (BER_IS_ITEM_PAGE (self), FALSE);

  return save_page (self, TRUE);
}

/* The item also moves on outside the page (put on an agenda, decided at a
 * meeting), and meetings come and go: the page shows its status, history and
 * the meeting that can decide as they are now, keeping whatever is typed. */
static void
on_store_changed (BerItemPage *self,
                  const char  *table,
                  gint64       id,
                  int          change)
{
  gint64 item_id = item_page_item_id (self);

  if (item_id > 0 && g_str_equal (table, "item") && change != BER_STORE_CHANGE_DELETE
      && (id == item_id || change == BER_STORE_CHANGE_RESET))
    {
      /* With edits not saved, the page's item stays as it was read, so that
       * the save knows what was changed here; the status shown is the
       * current one. Without, the form shows the item as it is now. */
      if (self->modified)
        {
          g_autoptr(BerRecord) fresh = ber_record_load (BER_TYPE_ITEM, self->store, item_id,
                                                        NULL);

          if (fresh != NULL)
            g_set_object (&self->current, BER_ITEM (fresh));
        }
      else if (ber_record_reload (BER_RECORD (self->item), self->store, NULL))
        load_record_fields (self);
      refresh_workflow (self);
    }
  else if (self->item != NULL && g_str_equal (table, "meeting"))
    refresh_routing (self);
}

/* Actions */

void
item_page_mark_modified (BerItemPage *self)
{
  if (!self->loading)
    self->modified = TRUE;
}

static gboolean
save_for_leaving (gpointer page)
{
  return ber_item_page_save (page);
}

static void
emit_closed (gpointer page)
{
  g_signal_emit (page, signals[CLOSED], 0);
}

/* Leaving the page with changes not saved asks first: nothing typed is lost
 * by going back. */
static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BerItemPage *self = BER_ITEM_PAGE (widget);

  if (!self->modified)
    {
      g_signal_emit (self, signals[CLOSED], 0);
      return;
    }

  ber_ui_ask_save_changes (widget,
                           _("The changes to this item have not "
                             "been saved. Changes that are not "
                             "saved are lost."),
                           save_for_leaving,
                           emit_closed);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ber_item_page_save (BER_ITEM_PAGE (widget));
}

/* GObject */

static gboolean
ber_item_page_grab_focus (GtkWidget *widget)
{
  BerItemPage *self = BER_ITEM_PAGE (widget);

  return gtk_widget_grab_focus (self->title_row);
}

static void
ber_item_page_dispose (GObject *object)
{
  BerItemPage *self = BER_ITEM_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->item);
  g_clear_object (&self->current);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_ITEM_PAGE);

  G_OBJECT_CLASS (ber_item_page_parent_class)->dispose (object);
}

static void
ber_item_page_finalize (GObject *object)
{
  BerItemPage *self = BER_ITEM_PAGE (object);

  g_ptr_array_unref (self->clauses);
  g_ptr_array_unref (self->documents);
  g_array_unref (self->removed_clauses);
  g_array_unref (self->removed_documents);
  g_ptr_array_unref (self->clause_rows);
  g_ptr_array_unref (self->document_rows);
  g_ptr_array_unref (self->history_rows);
  g_ptr_array_unref (self->link_rows);
  g_ptr_array_unref (self->network_checks);
  g_ptr_array_unref (self->question_checks);
  g_ptr_array_unref (self->goal_checks);

  G_OBJECT_CLASS (ber_item_page_parent_class)->finalize (object);
}

/* The board paper of the item as saved */

static void
print_board_paper_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  BerItemPage *self = BER_ITEM_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BerPrintDocument) document = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->store == NULL || item_page_item_id (self) == 0)
    return;

  document = ber_board_paper_document (self->store, item_page_item_id (self), &error);
  if (document == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  ber_print_document (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, document);
}

static void
export_board_paper_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  BerItemPage *self = BER_ITEM_PAGE (widget);
  g_autofree char *name = NULL;
  g_autofree char *diary = NULL;

  if (self->store == NULL || item_page_item_id (self) == 0)
    return;

  g_object_get (ber_item_page_get_item (self), "diary-number", &diary, NULL);
  /* Translators: a file name; %s is the item's diary number, "/" replaced */
  name = g_strdup_printf (_("Board paper %s.pdf"), diary != NULL && *diary ? diary : "");
  g_strdelimit (name, "/\\", '-');
  {
    /* Until this view takes a context of its own. */
    g_autoptr(BerContext) context = ber_context_new (self->store);

    ber_export_ui_run (widget, context, _("Export the Board Paper"), name,
                       ber_export_board_paper, item_page_item_id (self));
  }
}

static void
ber_item_page_class_init (BerItemPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_item_page_dispose;
  object_class->finalize = ber_item_page_finalize;
  widget_class->grab_focus = ber_item_page_grab_focus;

  /**
   * BerItemPage::closed:
   *
   * The user asked to go back to the list.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-item-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, content);

  gtk_widget_class_install_action (widget_class, "page.close", NULL, close_activated);
  gtk_widget_class_install_action (widget_class, "page.print-board-paper", NULL,
                                   print_board_paper_activated);
  gtk_widget_class_install_action (widget_class, "page.export-board-paper", NULL,
                                   export_board_paper_activated);
  gtk_widget_class_install_action (widget_class, "page.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "page.add-clause", NULL,
                                   item_page_add_clause_activated);
  gtk_widget_class_install_action (widget_class, "page.clause-up", NULL,
                                   item_page_move_clause_activated);
  gtk_widget_class_install_action (widget_class, "page.clause-down", NULL,
                                   item_page_move_clause_activated);
  gtk_widget_class_install_action (widget_class, "page.add-document", NULL,
                                   item_page_add_document_activated);
  gtk_widget_class_install_action (widget_class, "page.add-area", NULL, add_area_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "page.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "page.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "page.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "page.clause-up",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "page.clause-down", NULL);
}

static GtkWidget *
header_button (const char *label,
               const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static AdwExpanderRow *
expander (AdwPreferencesGroup *group,
          const char          *title)
{
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);
  return ADW_EXPANDER_ROW (row);
}

static void
build_registration (BerItemPage *self)
{
  AdwPreferencesGroup *group = add_group (self, _("Registration"));
  GtkWidget *add_area = item_page_icon_button ("list-add-symbolic", _("Add Subject Area…"));
  GtkWidget *year = gtk_spin_button_new_with_range (1900, 2999, 1);

  self->title_row = ber_ui_entry_row (_("Title"), NULL);
  self->type_row = choice_row (_("Type"), BER_CHOICES_ITEM_TYPE);
  self->diary_body_row = combo_row (_("Diary of Body"));
  self->diary_year_row = ber_ui_suffix_row (_("Diary Year"), year);
  self->diary_number_row = ber_ui_entry_row (_("Diary Number"), NULL);
  self->received_row = ber_ui_date_row (_("Received"), NULL);
  self->reply_by_row = ber_ui_date_row (_("Reply By"), NULL);
  self->area_row = combo_row (_("Subject Area"));
  self->officer_row = combo_row (_("Case Officer"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add_area), "page.add-area");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->area_row), add_area);

  adw_preferences_group_add (group, self->title_row);
  adw_preferences_group_add (group, self->type_row);
  adw_preferences_group_add (group, self->diary_body_row);
  adw_preferences_group_add (group, self->diary_year_row);
  adw_preferences_group_add (group, self->diary_number_row);
  adw_preferences_group_add (group, self->received_row);
  adw_preferences_group_add (group, self->reply_by_row);
  adw_preferences_group_add (group, self->area_row);
  adw_preferences_group_add (group, self->officer_row);
  self->description_view = text_view_row (group, _("Description"));

  self->confidential_switch = gtk_switch_new ();
  adw_preferences_group_add (group,
                             ber_ui_suffix_row (_("Confidential"), self->confidential_switch));
}

static void
build_assessment (BerItemPage *self)
{
  AdwPreferencesGroup *group = add_group (self, _("Assessment"));
  const char *relevance[] = { _("Not yet assessed"), _("Relevant"), _("Not relevant"), NULL };
  g_autoptr(GtkStringList) relevance_list = gtk_string_list_new (relevance);

  self->relevant_row = combo_row (_("Relevant"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->relevant_row), G_LIST_MODEL (relevance_list));
  self->recommended_row = combo_row (_("Recommended Body"));
  self->suggestion_row = adw_action_row_new ();
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->suggestion_row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->suggestion_row),
                             gtk_image_new_from_icon_name ("dialog-information-symbolic"));
  self->use_button = gtk_button_new_with_mnemonic (_("_Use"));
  gtk_widget_set_valign (self->use_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->use_button, _("Route the item to the suggested body"));
  g_signal_connect_object (self->use_button, "clicked", G_CALLBACK (on_use_suggestion), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->suggestion_row), self->use_button);
  self->routed_row = combo_row (_("Routed to Body"));
  self->meeting_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->meeting_row),
                                 _("Latest Meeting That Can Decide"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->meeting_row), 0);

  adw_preferences_group_add (group, self->relevant_row);
  adw_preferences_group_add (group, self->suggestion_row);
  adw_preferences_group_add (group, self->recommended_row);
  adw_preferences_group_add (group, self->routed_row);
  adw_preferences_group_add (group, self->meeting_row);
  self->assessment_view = text_view_row (group, _("Reasoning"));
}

static void
build_lists (BerItemPage *self)
{
  AdwPreferencesGroup *links;

  self->clauses_group = add_group (self, _("Proposal for Decision"));
  adw_preferences_group_set_description (self->clauses_group,
                                         _("The att-clauses, in order. Alt+Up and Alt+Down move "
                                           "the chosen clause."));
  adw_preferences_group_set_header_suffix (self->clauses_group,
                                           header_button (_("Add _Clause…"), "page.add-clause"));
  self->documents_group = add_group (self, _("Supporting Documents"));
  adw_preferences_group_set_header_suffix (self->documents_group,
                                           header_button (_("Add _Document…"),
                                                          "page.add-document"));
  links = add_group (self, _("Links"));
  self->networks_expander = expander (links, _("Networks"));
  self->questions_expander = expander (links, _("Influence Questions"));
  self->goals_expander = expander (links, _("Agenda 2030 Goals"));
}

static void
build_workflow (BerItemPage *self)
{
  self->workflow_group = add_group (self, _("Workflow"));
  self->status_row = adw_action_row_new ();
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self->status_row), 0);
  adw_preferences_group_add (self->workflow_group, self->status_row);
  self->step_box = GTK_FLOW_BOX (gtk_flow_box_new ());
  gtk_flow_box_set_selection_mode (self->step_box, GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (self->step_box, FALSE);
  gtk_flow_box_set_max_children_per_line (self->step_box, 3);
  gtk_flow_box_set_column_spacing (self->step_box, 6);
  gtk_flow_box_set_row_spacing (self->step_box, 6);
  gtk_widget_set_margin_top (GTK_WIDGET (self->step_box), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->step_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Next steps"), -1);
  adw_preferences_group_add (self->workflow_group, GTK_WIDGET (self->step_box));
  self->history_group = add_group (self, _("History"));
}

static void
ber_item_page_init (BerItemPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->clauses = g_ptr_array_new_with_free_func (entry_free);
  self->documents = g_ptr_array_new_with_free_func (entry_free);
  self->removed_clauses = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->removed_documents = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->clause_rows = g_ptr_array_new ();
  self->document_rows = g_ptr_array_new ();
  self->history_rows = g_ptr_array_new ();
  self->link_rows = g_ptr_array_new ();
  self->network_checks = g_ptr_array_new ();
  self->question_checks = g_ptr_array_new ();
  self->goal_checks = g_ptr_array_new ();

  build_registration (self);
  build_workflow (self);
  build_assessment (self);
  build_lists (self);
  /* History last: it grows. */
  gtk_box_reorder_child_after (self->content, GTK_WIDGET (self->history_group),
                               gtk_widget_get_last_child (GTK_WIDGET (self->content)));

  g_signal_connect_object (self->type_row, "notify::selected", G_CALLBACK (refresh_routing), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->area_row, "notify::selected", G_CALLBACK (refresh_routing), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->routed_row, "notify::selected", G_CALLBACK (refresh_routing),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reply_by_row, "notify::date", G_CALLBACK (refresh_routing), self,
                           G_CONNECT_SWAPPED);

  /* Any field the user changes is remembered until the item is saved. */
  {
    GtkWidget *editables[] = { self->title_row, self->diary_number_row, self->received_row,
                               self->reply_by_row };
    GtkWidget *combos[] = { self->type_row, self->diary_body_row, self->area_row,
                            self->officer_row, self->relevant_row, self->recommended_row,
                            self->routed_row };

    for (guint i = 0; i < G_N_ELEMENTS (editables); i++)
      g_signal_connect_object (editables[i], "changed", G_CALLBACK (item_page_mark_modified),
                               self, G_CONNECT_SWAPPED);
    for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
      g_signal_connect_object (combos[i], "notify::selected",
                               G_CALLBACK (item_page_mark_modified), self, G_CONNECT_SWAPPED);
    g_signal_connect_object (g_object_get_data (G_OBJECT (self->diary_year_row), "spin"),
                             "value-changed", G_CALLBACK (item_page_mark_modified), self,
                             G_CONNECT_SWAPPED);
    g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                             G_CALLBACK (item_page_mark_modified), self, G_CONNECT_SWAPPED);
    g_signal_connect_object (gtk_text_view_get_buffer (self->assessment_view), "changed",
                             G_CALLBACK (item_page_mark_modified), self, G_CONNECT_SWAPPED);
    g_signal_connect_object (self->confidential_switch, "notify::active",
                             G_CALLBACK (item_page_mark_modified), self, G_CONNECT_SWAPPED);
  }
}

/* Public API */

BerItemPage *
ber_item_page_new (void)
{
  return g_object_new (BER_TYPE_ITEM_PAGE, NULL);
}

void
ber_item_page_set_store (BerItemPage *self,
                         BerStore    *store)
{
  g_return_if_fail (BER_IS_ITEM_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_object (&self->item);
  g_clear_object (&self->current);
  if (store != NULL)
    g_signal_connect_object (store, "row-changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
}

void
ber_item_page_set_item (BerItemPage *self,
                        BerItem     *item)
{
  g_return_if_fail (BER_IS_ITEM_PAGE (self));
  g_return_if_fail (BER_IS_ITEM (item));

  g_set_object (&self->item, item);
  load_fields (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                              GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (
                                GTK_WIDGET (self->content), GTK_TYPE_SCROLLED_WINDOW))),
                            0);
}

BerItem *
ber_item_page_get_item (BerItemPage *self)
{
  g_return_val_if_fail (BER_IS_ITEM_PAGE (self), NULL);
  return self->item;
}

/**
 * ber_item_page_move:
 *
 * Takes the saved item one step in its workflow, at once, keeping whatever
 * else is typed on the page.
 */
gboolean
ber_item_page_move (BerItemPage *self,
                    const char  *to_status,
                    const char  *reason)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BER_IS_ITEM_PAGE (self), FALSE);

  if (self->store == NULL || item_page_item_id (self) == 0)
    return FALSE;
  if (!ber_item_workflow_move (self->store, item_page_item_id (self), to_status, reason, &error))
    return refuse (self, NULL, error->message);
  ber_record_reload (BER_RECORD (self->item), self->store, NULL);
  item_page_show_error (self, NULL);
  refresh_workflow (self);
  return TRUE;
}
