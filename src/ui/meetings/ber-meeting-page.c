/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-meeting-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ber-agenda.h"
#include "ber-date-row.h"
#include "ber-form-dialog.h"
#include "ber-labels.h"
#include "ber-agenda-export.h"
#include "ber-export-ui.h"
#include "ber-meeting-page.h"
#include "ber-print.h"
#include "ber-model.h"
#include "ber-ui-util.h"

/*
 * The agenda builder and the minutes of one meeting: entries in order with
 * their § number, clock time, presenter and decision; entries are added from
 * what waits for the body, moved with Alt+Up/Down or by dragging, then the
 * agenda is locked and the minutes recorded.
 */
struct _BerMeetingPage
{
  AdwBin              parent_instance;

  BerStore           *store;
  gint64              meeting_id;
  GVariant           *meeting;
  GListStore         *entries;
  GtkSingleSelection *selection;
  GHashTable         *times;   /* entry id → "HH:MM" */
  GHashTable         *names;   /* person id → name */
  GHashTable         *statement_counts;  /* entry id → StatementCount */
  GArray             *person_ids;

  GtkColumnView      *column_view;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkWidget          *add_button;
  GtkWidget          *lock_button;
  GtkWidget          *decision_button;
  GtkWidget          *minutes_button;
  GtkLabel           *hint_label;
};

G_DEFINE_FINAL_TYPE (BerMeetingPage, ber_meeting_page, ADW_TYPE_BIN)

/* What the minutes record under an entry's decision, for its summary in the list. */
typedef struct
{
  guint reservations;
  guint others;
} StatementCount;

enum
{
  COL_PARAGRAPH,
  COL_TIME,
  COL_TITLE,
  COL_KIND,
  COL_PRESENTER,
  COL_MINUTES,
  COL_DECISION,
  N_COLUMNS
};

static const char *
row_text (GVariant   *row,
          const char *column)
{
  const char *text = NULL;

  if (row == NULL || !g_variant_lookup (row, column, "&s", &text))
    return "";
  return text;
}

static gint64
row_id (GVariant   *row,
        const char *column)
{
  gint64 value = 0;

  if (row == NULL || !g_variant_lookup (row, column, "x", &value))
    return 0;
  return value;
}

static void
show_error (BerMeetingPage *self,
            const GError   *error)
{
  ber_ui_toast (GTK_WIDGET (self), error->message);
}

static const char *
status (BerMeetingPage *self)
{
  return row_text (self->meeting, "status");
}

static BerAgendaEntry *
selected_entry (BerMeetingPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static gint64
selected_id (BerMeetingPage *self)
{
  BerAgendaEntry *entry = selected_entry (self);

  return entry != NULL ? ber_record_get_id (BER_RECORD (entry)) : 0;
}

/* Loading */

static void
load_persons (BerMeetingPage *self)
{
  g_autoptr(BerQuery) query = ber_query_new ("person");
  g_autoptr(GPtrArray) rows = NULL;

  g_hash_table_remove_all (self->names);
  g_array_set_size (self->person_ids, 0);
  ber_query_add_order (query, "sort_key", FALSE);
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (self->store, query, 0, G_MAXUINT, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gint64 id = row_id (row, "id");

      g_array_append_val (self->person_ids, id);
      g_hash_table_insert (self->names, g_memdup2 (&id, sizeof id),
                           g_strdup (row_text (row, "name")));
    }
}

static void
load_statement_counts (BerMeetingPage *self)
{
  g_autoptr(BerQuery) query = ber_query_new ("statement_list");
  g_autoptr(GPtrArray) rows = NULL;

  g_hash_table_remove_all (self->statement_counts);
  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ,
                           g_variant_new_int64 (self->meeting_id));
  rows = ber_store_select (self->store, query, 0, G_MAXUINT, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gint64 entry_id = row_id (row, "agenda_entry_id");
      StatementCount *count = g_hash_table_lookup (self->statement_counts, &entry_id);

      if (count == NULL)
        {
          count = g_new0 (StatementCount, 1);
          g_hash_table_insert (self->statement_counts, g_memdup2 (&entry_id, sizeof entry_id),
                               count);
        }
      if (g_str_equal (row_text (row, "kind"), "reservation"))
        count->reservations++;
      else
        count->others++;
    }
}

static void
update_actions (BerMeetingPage *self)
{
  gboolean planned = g_str_equal (status (self), "planned");
  gboolean minutes_open = g_str_equal (status (self), "agenda-locked")
                          || g_str_equal (status (self), "held");
  gboolean has_selection = selected_entry (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-items", planned);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-reports", planned);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-minutes", planned);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.lock", planned);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-up", planned && has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-down", planned && has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.edit-entry",
                                 !g_str_equal (status (self), "minutes-approved") && has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.decision", minutes_open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.record-minutes", minutes_open);

  /* The buttons of the meeting's next step show, the next one highlighted. */
  gtk_widget_set_visible (self->add_button, planned);
  gtk_widget_set_visible (self->lock_button, planned);
  gtk_widget_set_visible (self->decision_button, minutes_open);
  gtk_widget_set_visible (self->minutes_button, minutes_open);
  if (planned)
    gtk_widget_add_css_class (self->lock_button, "suggested-action");
  if (minutes_open)
    gtk_widget_add_css_class (self->minutes_button, "suggested-action");

  if (planned)
    gtk_label_set_text (self->hint_label, _("Alt+Up and Alt+Down move the selected entry; drag "
                                            "an entry to move it."));
  else if (minutes_open)
    gtk_label_set_text (self->hint_label, _("Choose Decision… for each entry to record what "
                                            "was decided, then Record Minutes… for attendance "
                                            "and the dates of approval and posting."));
  else if (g_str_equal (status (self), "minutes-approved"))
    gtk_label_set_text (self->hint_label, _("The minutes are approved. Print or export them "
                                            "from the print menu."));
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label),
                          planned || minutes_open
                          || g_str_equal (status (self), "minutes-approved"));
}

void
ber_meeting_page_reload (BerMeetingPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(GStrv) times = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gint64 keep = selected_id (self);
  guint select = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (BER_IS_MEETING_PAGE (self));

  g_clear_pointer (&self->meeting, g_variant_unref);
  if (self->store == NULL || self->meeting_id == 0)
    {
      g_list_store_remove_all (self->entries);
      return;
    }

  self->meeting = ber_store_get (self->store, "meeting_list", self->meeting_id, &error);
  rows = ber_agenda_list_entries (self->store, self->meeting_id, &error);
  times = ber_agenda_meeting_clock_times (self->store, self->meeting_id, NULL);
  if (self->meeting == NULL || rows == NULL)
    {
      show_error (self, error);
      return;
    }

  g_hash_table_remove_all (self->times);
  load_statement_counts (self);
  g_list_store_remove_all (self->entries);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      g_autoptr(BerRecord) entry = ber_record_new_from_row (BER_TYPE_AGENDA_ENTRY, row);
      gint64 id = row_id (row, "id");

      if (times != NULL && i < g_strv_length (times))
        g_hash_table_insert (self->times, g_memdup2 (&id, sizeof id), g_strdup (times[i]));
      if (id == keep)
        select = i;
      g_list_store_append (self->entries, entry);
    }
  gtk_single_selection_set_selected (self->selection, select);

  /* Translators: the meeting page's title, "Regionstyrelsen, 2026-05-12" */
  title = g_strdup_printf (_("%s, %s"), row_text (self->meeting, "body_name"),
                           row_text (self->meeting, "held_on"));
  /* Translators: "13:00, Regionens hus · Planned" */
  subtitle = g_strdup_printf (_("%s, %s · %s"), row_text (self->meeting, "starts_at"),
                              *row_text (self->meeting, "place") ? row_text (self->meeting, "place")
                                                                 : _("no place set"),
                              _(ber_choice_label (BER_CHOICES_MEETING_STATUS, status (self))));
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->subtitle_label, subtitle);
  update_actions (self);
}

/* Cells */

/* "As proposed · 1 reservation, 2 statements" */
static char *
decision_summary (BerMeetingPage *self,
                  gint64          entry_id,
                  const char     *decision)
{
  StatementCount *count = g_hash_table_lookup (self->statement_counts, &entry_id);
  g_autoptr(GString) text = g_string_new (decision != NULL && *decision
                                            ? ber_choice_label (BER_CHOICES_DECISION, decision)
                                            : "");

  if (count == NULL)
    return g_string_free (g_steal_pointer (&text), FALSE);
  if (text->len > 0)
    g_string_append (text, " · ");
  if (count->reservations > 0)
    /* Translators: in the Decision column of the agenda */
    g_string_append_printf (text, ngettext ("%u reservation", "%u reservations",
                                            count->reservations),
                            count->reservations);
  if (count->reservations > 0 && count->others > 0)
    g_string_append (text, ", ");
  if (count->others > 0)
    /* Translators: statements for the minutes and special opinions, in the Decision column */
    g_string_append_printf (text, ngettext ("%u statement", "%u statements", count->others),
                            count->others);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
cell_text (BerMeetingPage *self,
           BerAgendaEntry *entry,
           guint           column)
{
  gint64 id = ber_record_get_id (BER_RECORD (entry));
  int paragraph = 0, minutes = 0;
  gint64 presenter = 0;
  const char *decision = ber_record_get_string (BER_RECORD (entry), "decision");

  g_object_get (entry, "paragraph", &paragraph, "estimated-minutes", &minutes,
                "presenter-id", &presenter, NULL);
  switch (column)
    {
    case COL_PARAGRAPH:
      return paragraph > 0 ? g_strdup_printf ("§ %d", paragraph) : g_strdup ("");
    case COL_TIME:
      return g_strdup (g_hash_table_lookup (self->times, &id));
    case COL_TITLE:
      return g_strdup (ber_agenda_entry_get_title (entry));
    case COL_KIND:
      {
        const char *kind = ber_agenda_entry_get_kind (entry);

        if (g_str_equal (kind, "standard"))
          return g_strdup (_("Standing point"));
        if (g_str_equal (kind, "item"))
          return g_strdup (_("Matter"));
        if (g_str_equal (kind, "report"))
          return g_strdup (_("Returned report"));
        if (g_str_equal (kind, "minutes"))
          return g_strdup (_("Minutes"));
        return g_strdup (_("Information"));
      }
    case COL_PRESENTER:
      return g_strdup (presenter != 0 ? g_hash_table_lookup (self->names, &presenter) : "");
    case COL_MINUTES:
      /* Translators: estimated minutes of an agenda entry, "15 min" */
      return g_strdup_printf (_("%d min"), minutes);
    case COL_DECISION:
      return decision_summary (self, id, decision);
    default:
      return g_strdup ("");
    }
}

static void
on_drop_move (BerMeetingPage *self,
              gint64          from_id,
              guint           to_position)
{
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerRecord) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (ber_record_get_id (entry) != from_id)
        continue;
      if (!ber_agenda_move_entry (self->store, from_id, (int) to_position - (int) i, &error))
        show_error (self, error);
      ber_meeting_page_reload (self);
      return;
    }
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *item)
{
  BerRecord *entry = gtk_list_item_get_item (item);
  GValue value = G_VALUE_INIT;
  GdkContentProvider *provider;

  if (entry == NULL)
    return NULL;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, ber_record_get_id (entry));
  provider = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);
  return provider;
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkListItem   *item)
{
  BerMeetingPage *self = g_object_get_data (G_OBJECT (target), "page");

  if (!G_VALUE_HOLDS_INT64 (value) || self == NULL)
    return FALSE;
  on_drop_move (self, g_value_get_int64 (value), gtk_list_item_get_position (item));
  return TRUE;
}

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               BerMeetingPage           *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);

  if (column == COL_TITLE)
    {
      GtkDragSource *source = gtk_drag_source_new ();
      GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), item);
      g_object_set_data (G_OBJECT (target), "page", self);
      g_signal_connect (target, "drop", G_CALLBACK (on_drop), item);
      gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (source));
      gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (target));
    }
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              BerMeetingPage           *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  g_autofree char *text = cell_text (self, gtk_list_item_get_item (item), column);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

static void
add_column (BerMeetingPage *self,
            guint           column,
            const char     *title,
            gboolean        expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (column));
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_cell_setup), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_cell_bind), self, 0);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

/* Reordering */

static void
move_selected (BerMeetingPage *self,
               int             delta)
{
  g_autoptr(GError) error = NULL;
  gint64 id = selected_id (self);

  if (id == 0)
    return;
  if (!ber_agenda_move_entry (self->store, id, delta, &error))
    show_error (self, error);
  ber_meeting_page_reload (self);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  move_selected (BER_MEETING_PAGE (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  move_selected (BER_MEETING_PAGE (widget), 1);
}

/* Check-list dialogs: what waits for this body */

typedef gboolean (*AddFunc) (BerStore *, gint64, const gint64 *, guint, GError **);

typedef struct
{
  BerMeetingPage *self;
  GArray         *ids;
  GPtrArray      *checks;
  AddFunc         add;
} CheckForm;

static void
check_form_free (gpointer data)
{
  CheckForm *form = data;

  g_array_unref (form->ids);
  g_ptr_array_unref (form->checks);
  g_object_unref (form->self);
  g_free (form);
}

static gboolean
check_form_save (BerFormDialog *dialog,
                 gpointer       user_data,
                 GError       **error)
{
  CheckForm *form = user_data;
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < form->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (form->checks, i)))
      g_array_append_val (chosen, g_array_index (form->ids, gint64, i));
  if (chosen->len == 0)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("Choose at least one entry."));
      return FALSE;
    }
  if (!form->add (form->self->store, form->self->meeting_id, (const gint64 *) chosen->data,
                  chosen->len, error))
    return FALSE;
  ber_meeting_page_reload (form->self);
  return TRUE;
}

static void
open_check_dialog (BerMeetingPage *self,
                   const char     *title,
                   const char     *empty_text,
                   GPtrArray      *rows,
                   const char     *title_column,
                   const char     *subtitle_column,
                   AddFunc         add)
{
  BerFormDialog *dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                               title, _("_Add"));
  CheckForm *form = g_new0 (CheckForm, 1);

  form->self = g_object_ref (self);
  form->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  form->checks = g_ptr_array_new ();
  form->add = add;

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      GtkWidget *action_row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gint64 id = row_id (row, "id");
      g_autofree char *heading = g_markup_escape_text (row_text (row, title_column), -1);
      g_autofree char *sub = g_markup_escape_text (row_text (row, subtitle_column), -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), heading);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), sub);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (action_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), check);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      row_text (row, title_column), -1);
      ber_form_dialog_add (dialog, action_row);
      g_array_append_val (form->ids, id);
      g_ptr_array_add (form->checks, check);
    }
  if (form->ids->len == 0)
    {
      GtkWidget *label = gtk_label_new (empty_text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      ber_form_dialog_add (dialog, label);
      ber_form_dialog_set_valid (dialog, FALSE);
    }

  ber_form_dialog_set_save (dialog, check_form_save, form, check_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_items_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = ber_agenda_ready_items (self->store, self->meeting_id, &error);

  if (rows == NULL)
    return show_error (self, error);
  open_check_dialog (self, _("Add Ready Items"),
                     _("No items routed to this body are ready for the agenda."), rows, "title",
                     "diary_number", ber_agenda_add_items);
}

static void
add_reports_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = ber_agenda_received_reports (self->store, self->meeting_id, &error);

  if (rows == NULL)
    return show_error (self, error);
  open_check_dialog (self, _("Add Returned Reports"),
                     _("No received report waits for this body."), rows, "person_name",
                     "event_title", ber_agenda_add_reports);
}

static void
add_minutes_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = ber_agenda_other_minutes (self->store, self->meeting_id, &error);

  if (rows == NULL)
    return show_error (self, error);
  open_check_dialog (self, _("Add Minutes of Another Body"),
                     _("No other body has recorded minutes to share."), rows, "body_name",
                     "held_on", ber_agenda_add_minutes);
}

/* Persons in choosers */

static GtkWidget *
person_combo (BerMeetingPage *self,
              const char     *title,
              gint64          selected)
{
  GtkWidget *row = adw_combo_row_new ();
  GtkStringList *list = gtk_string_list_new (NULL);
  guint position = 0;

  gtk_string_list_append (list, _("None"));
  for (guint i = 0; i < self->person_ids->len; i++)
    {
      gint64 id = g_array_index (self->person_ids, gint64, i);

      gtk_string_list_append (list, g_hash_table_lookup (self->names, &id));
      if (id == selected)
        position = i + 1;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), position);
  g_object_unref (list);
  return row;
}

static gint64
combo_person (BerMeetingPage *self,
              GtkWidget      *row)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->person_ids->len)
    return 0;
  return g_array_index (self->person_ids, gint64, selected - 1);
}

/* Presenter and estimated time */

typedef struct
{
  BerMeetingPage *self;
  gint64          entry_id;
  GtkWidget      *presenter;
  GtkSpinButton  *minutes;
} EntryForm;

static void
entry_form_free (gpointer data)
{
  EntryForm *form = data;

  g_object_unref (form->self);
  g_free (form);
}

static gboolean
entry_form_save (BerFormDialog *dialog,
                 gpointer       user_data,
                 GError       **error)
{
  EntryForm *form = user_data;

  if (!ber_agenda_set_entry_details (form->self->store, form->entry_id,
                                     combo_person (form->self, form->presenter),
                                     gtk_spin_button_get_value_as_int (form->minutes), error))
    return FALSE;
  ber_meeting_page_reload (form->self);
  return TRUE;
}

static void
edit_entry_action (GtkWidget  *widget,
                   const char *action,
                   GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  BerAgendaEntry *entry = selected_entry (self);
  BerFormDialog *dialog;
  EntryForm *form;
  GtkWidget *row, *spin;
  gint64 presenter = 0;
  int minutes = 0;

  if (entry == NULL)
    return;
  g_object_get (entry, "presenter-id", &presenter, "estimated-minutes", &minutes, NULL);
  dialog = ber_form_dialog_new (ber_ui_parent_window (widget),
                                ber_agenda_entry_get_title (entry), _("_Save"));
  form = g_new0 (EntryForm, 1);
  form->self = g_object_ref (self);
  form->entry_id = ber_record_get_id (BER_RECORD (entry));
  form->presenter = person_combo (self, _("_Presenter"), presenter);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (form->presenter), TRUE);
  ber_form_dialog_add (dialog, form->presenter);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Estimated _Minutes"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  spin = gtk_spin_button_new_with_range (0, 600, 5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), minutes);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Estimated minutes"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  form->minutes = GTK_SPIN_BUTTON (spin);
  ber_form_dialog_add (dialog, row);

  ber_form_dialog_set_save (dialog, entry_form_save, form, entry_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Locking */

static void
on_lock_response (AdwMessageDialog *dialog,
                  const char       *response,
                  BerMeetingPage   *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "lock"))
    {
      if (!ber_agenda_lock (self->store, self->meeting_id, &error))
        show_error (self, error);
      ber_meeting_page_reload (self);
    }
}

static void
lock_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  GtkWidget *dialog = adw_message_dialog_new (ber_ui_parent_window (widget),
                                              _("Lock the Agenda?"),
                                              _("Every entry gets its § number in the body’s "
                                                "series for the year, and the agenda takes no "
                                                "more entries or changes of order."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "lock",
                                    _("_Lock Agenda"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "lock",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "lock");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_lock_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Decisions */

static GtkTextView *
add_text_area (BerFormDialog *dialog,
               const char    *title,
               const char    *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (title);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  gtk_widget_set_margin_top (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), view);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 72);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  ber_form_dialog_add (dialog, box);
  return GTK_TEXT_VIEW (view);
}

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

/* The @column of the rows of @source whose @key is @id, a line each, in @order. */
static char *
joined_rows (BerStore   *store,
             const char *source,
             const char *key,
             gint64      id,
             const char *column,
             const char *order)
{
  g_autoptr(BerQuery) query = ber_query_new (source);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  ber_query_add_condition (query, key, BER_QUERY_EQ, g_variant_new_int64 (id));
  ber_query_add_order (query, order, FALSE);
  rows = ber_store_select (store, query, 0, G_MAXUINT, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "\n" : "",
                            row_text (g_ptr_array_index (rows, i), column));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Reservations and statements under the decision, edited in the decision dialog */

typedef struct
{
  gint64  id;       /* 0: not saved yet */
  char   *kind;
  char   *author;
  char   *text;
} PendingStatement;

static void
pending_statement_free (gpointer data)
{
  PendingStatement *statement = data;

  g_free (statement->kind);
  g_free (statement->author);
  g_free (statement->text);
  g_free (statement);
}

typedef struct
{
  BerMeetingPage *self;
  gint64          entry_id;
  AdwComboRow    *decision;
  AdwEntryRow    *note;
  GtkTextView    *clauses;
  char           *proposal;          /* the item's att-clauses, a line each */
  GtkTextView    *recipients;
  GPtrArray      *statements;        /* PendingStatement, in the order of the minutes */
  GtkListBox     *statement_list;
  GtkWidget      *add_statement;
  GtkWidget      *statement_dialog;  /* weak: the open statement form, if any */
} DecisionForm;

typedef struct
{
  DecisionForm *decision;
  int           index;               /* -1: a new statement */
  AdwComboRow  *kind;
  AdwEntryRow  *author;
  GtkTextView  *text;
} StatementForm;

static void open_statement_form (DecisionForm *form,
                                 int           index);

static GtkWidget *
icon_button (const char *icon,
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

/* "Reservation: Anna Berg (M)", what a screen reader says for a row's buttons. */
static char *
statement_name (PendingStatement *statement)
{
  /* Translators: names one reservation or statement: "Reservation: Anna Berg (M)" */
  return g_strdup_printf (_("%s: %s"),
                          ber_choice_label (BER_CHOICES_STATEMENT_KIND, statement->kind),
                          statement->author);
}

static void rebuild_statement_rows (DecisionForm *form);

static void
on_statement_button (GtkButton    *button,
                     DecisionForm *form)
{
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "index"));
  const char *what = g_object_get_data (G_OBJECT (button), "what");
  gpointer moved;

  if (index < 0 || (guint) index >= form->statements->len)
    return;
  if (g_str_equal (what, "edit"))
    {
      open_statement_form (form, index);
      return;
    }
  if (g_str_equal (what, "remove"))
    g_ptr_array_remove_index (form->statements, index);
  else
    {
      int other = index + (g_str_equal (what, "up") ? -1 : 1);

      if (other < 0 || (guint) other >= form->statements->len)
        return;
      moved = form->statements->pdata[index];
      form->statements->pdata[index] = form->statements->pdata[other];
      form->statements->pdata[other] = moved;
    }
  rebuild_statement_rows (form);
  gtk_widget_grab_focus (form->add_statement);
}

static void
on_statement_row_activated (AdwActionRow *row,
                            DecisionForm *form)
{
  open_statement_form (form, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "index")));
}

static GtkWidget *
statement_button (DecisionForm *form,
                  GtkWidget    *row,
                  guint         index,
                  const char   *what,
                  const char   *icon,
                  const char   *label)
{
  GtkWidget *button = icon_button (icon, label);

  g_object_set_data (G_OBJECT (button), "index", GINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "what", (gpointer) what);
  g_signal_connect (button, "clicked", G_CALLBACK (on_statement_button), form);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

static void
rebuild_statement_rows (DecisionForm *form)
{
  GtkListBoxRow *old;

  /* Rows only: the list's first child may be its placeholder. */
  while ((old = gtk_list_box_get_row_at_index (form->statement_list, 0)) != NULL)
    gtk_list_box_remove (form->statement_list, GTK_WIDGET (old));

  for (guint i = 0; i < form->statements->len; i++)
    {
      PendingStatement *statement = g_ptr_array_index (form->statements, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *name = statement_name (statement);
      g_autofree char *edit = g_strdup_printf (_("Edit %s"), name);
      g_autofree char *up = g_strdup_printf (_("Move %s up"), name);
      g_autofree char *down = g_strdup_printf (_("Move %s down"), name);
      g_autofree char *remove = g_strdup_printf (_("Remove %s"), name);
      g_autofree char *subtitle = *statement->text != '\0'
                                    ? g_strdup_printf ("%s — %s", statement->author,
                                                       statement->text)
                                    : g_strdup (statement->author);
      GtkWidget *button;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     ber_choice_label (BER_CHOICES_STATEMENT_KIND,
                                                       statement->kind));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Enter edits the reservation or statement"));
      g_object_set_data (G_OBJECT (row), "index", GINT_TO_POINTER (i));
      g_signal_connect (row, "activated", G_CALLBACK (on_statement_row_activated), form);

      statement_button (form, row, i, "edit", "document-edit-symbolic", edit);
      button = statement_button (form, row, i, "up", "go-up-symbolic", up);
      gtk_widget_set_sensitive (button, i > 0);
      button = statement_button (form, row, i, "down", "go-down-symbolic", down);
      gtk_widget_set_sensitive (button, i + 1 < form->statements->len);
      statement_button (form, row, i, "remove", "user-trash-symbolic", remove);
      gtk_list_box_append (form->statement_list, row);
    }
}

static void
statement_form_free (gpointer data)
{
  g_free (data);
}

static gboolean
statement_form_save (BerFormDialog *dialog,
                     gpointer       user_data,
                     GError       **error)
{
  StatementForm *form = user_data;
  DecisionForm *decision = form->decision;
  g_autofree char *author = g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->author)));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (form->text);
  const char *kind = ber_choice_value (BER_CHOICES_STATEMENT_KIND,
                                       adw_combo_row_get_selected (form->kind));
  PendingStatement *statement;
  GtkTextIter start, end;

  g_strstrip (author);
  if (*author == '\0')
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("Author is empty. Write who makes the reservation or statement: a "
                             "name and/or party, such as “Anna Berg (M)”."));
      gtk_widget_grab_focus (GTK_WIDGET (form->author));
      return FALSE;
    }
  if (kind == NULL)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("Choose a kind: Reservation, Statement for the Minutes or Special "
                             "Opinion."));
      return FALSE;
    }

  if (form->index < 0)
    {
      statement = g_new0 (PendingStatement, 1);
      g_ptr_array_add (decision->statements, statement);
    }
  else
    statement = g_ptr_array_index (decision->statements, form->index);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_free (statement->kind);
  g_free (statement->author);
  g_free (statement->text);
  statement->kind = g_strdup (kind);
  statement->author = g_steal_pointer (&author);
  statement->text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  /* Written to the register with the decision, in the same transaction. */
  rebuild_statement_rows (decision);
  gtk_widget_grab_focus (decision->add_statement);
  return TRUE;
}

static void
open_statement_form (DecisionForm *decision,
                     int           index)
{
  PendingStatement *statement = index >= 0 ? g_ptr_array_index (decision->statements, index)
                                           : NULL;
  GtkWindow *parent = ber_ui_parent_window (GTK_WIDGET (decision->statement_list));
  g_auto(GStrv) labels = ber_choice_labels (BER_CHOICES_STATEMENT_KIND);
  g_autoptr(GtkStringList) list = gtk_string_list_new ((const char * const *) labels);
  StatementForm *form = g_new0 (StatementForm, 1);
  BerFormDialog *dialog;

  dialog = ber_form_dialog_new (parent,
                                statement != NULL ? _("Edit Reservation or Statement")
                                                  : _("New Reservation or Statement"),
                                _("_Done"));
  form->decision = decision;
  form->index = index;

  form->kind = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->kind), _("_Kind"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (form->kind), TRUE);
  adw_combo_row_set_model (form->kind, G_LIST_MODEL (list));
  adw_combo_row_set_selected (form->kind,
                              statement != NULL
                                ? MAX (ber_choice_index (BER_CHOICES_STATEMENT_KIND,
                                                         statement->kind), 0)
                                : 0);
  ber_form_dialog_add (dialog, GTK_WIDGET (form->kind));

  form->author = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->author),
                                 _("_Author: name and/or party, such as “Anna Berg (M)”"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (form->author), TRUE);
  if (statement != NULL)
    gtk_editable_set_text (GTK_EDITABLE (form->author), statement->author);
  ber_form_dialog_add (dialog, GTK_WIDGET (form->author));

  form->text = add_text_area (dialog, _("_Text: the reasons, or a reference to a written "
                                        "one; empty for a plain reservation"),
                              statement != NULL ? statement->text : "");

  ber_form_dialog_set_save (dialog, statement_form_save, form, statement_form_free);
  decision->statement_dialog = GTK_WIDGET (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &decision->statement_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (form->author));
}

static void
on_add_statement (GtkButton    *button,
                  DecisionForm *form)
{
  open_statement_form (form, -1);
}

static void
load_statements (DecisionForm *form)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = ber_agenda_list_statements (form->self->store, form->entry_id,
                                                          &error);

  if (rows == NULL)
    {
      show_error (form->self, error);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      PendingStatement *statement = g_new0 (PendingStatement, 1);

      statement->id = row_id (row, "id");
      statement->kind = g_strdup (row_text (row, "kind"));
      statement->author = g_strdup (row_text (row, "author"));
      statement->text = g_strdup (row_text (row, "text"));
      g_ptr_array_add (form->statements, statement);
    }
}

static void
add_statements_section (BerFormDialog *dialog,
                        DecisionForm  *form)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (_("Reservations and Statements"));
  GtkWidget *placeholder = gtk_label_new (_("No reservations or statements"));
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_set_margin_top (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), placeholder);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reservations and statements"), -1);

  form->add_statement = gtk_button_new_with_mnemonic (_("Add Reservation or _Statement…"));
  gtk_widget_set_halign (form->add_statement, GTK_ALIGN_START);
  g_signal_connect (form->add_statement, "clicked", G_CALLBACK (on_add_statement), form);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), form->add_statement);
  ber_form_dialog_add (dialog, box);

  form->statement_list = GTK_LIST_BOX (list);
  load_statements (form);
  rebuild_statement_rows (form);
}

static void
decision_form_free (gpointer data)
{
  DecisionForm *form = data;

  /* A statement form still open writes into this one: it goes first. */
  if (form->statement_dialog != NULL)
    {
      GtkWidget *statement_dialog = form->statement_dialog;

      g_object_remove_weak_pointer (G_OBJECT (statement_dialog),
                                    (gpointer *) &form->statement_dialog);
      form->statement_dialog = NULL;
      gtk_window_destroy (GTK_WINDOW (statement_dialog));
    }
  g_ptr_array_unref (form->statements);
  g_object_unref (form->self);
  g_free (form->proposal);
  g_free (form);
}

/* An amended decision starts from the proposal, to be changed where the
 * meeting changed it. */
static void
on_decision_changed (DecisionForm *form)
{
  const char *decision = ber_choice_value (BER_CHOICES_DECISION,
                                           adw_combo_row_get_selected (form->decision));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (form->clauses);

  if (g_strcmp0 (decision, "amended") == 0 && gtk_text_buffer_get_char_count (buffer) == 0
      && form->proposal != NULL)
    gtk_text_buffer_set_text (buffer, form->proposal, -1);
}

static gboolean
decision_form_save (BerFormDialog *dialog,
                    gpointer       user_data,
                    GError       **error)
{
  DecisionForm *form = user_data;
  BerStore *store = form->self->store;
  g_auto(GStrv) clauses = text_lines (form->clauses);
  g_auto(GStrv) recipients = text_lines (form->recipients);
  const char *decision = ber_choice_value (BER_CHOICES_DECISION,
                                           adw_combo_row_get_selected (form->decision));
  g_autofree BerStatementSpec *statements = g_new0 (BerStatementSpec, form->statements->len);

  for (guint i = 0; i < form->statements->len; i++)
    {
      PendingStatement *statement = g_ptr_array_index (form->statements, i);

      statements[i] = (BerStatementSpec) { statement->id, statement->kind, statement->author,
                                           statement->text };
    }

  /* One user action, one transaction. */
  if (!ber_store_begin (store, error))
    return FALSE;
  if (!ber_agenda_record_decision (store, form->entry_id, decision,
                                   gtk_editable_get_text (GTK_EDITABLE (form->note)),
                                   (const char * const *) clauses, error)
      || !ber_agenda_set_distribution (store, form->entry_id,
                                       (const char * const *) recipients, error)
      || !ber_agenda_set_statements (store, form->entry_id, statements,
                                     form->statements->len, error)
      || !ber_store_commit (store, error))
    {
      ber_store_rollback (store);
      return FALSE;
    }
  ber_meeting_page_reload (form->self);
  return TRUE;
}

static void
decision_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  BerAgendaEntry *entry = selected_entry (self);
  g_auto(GStrv) labels = ber_choice_labels (BER_CHOICES_DECISION);
  g_autoptr(GtkStringList) list = NULL;
  g_autofree char *clauses = NULL;
  g_autofree char *recipients = NULL;
  BerFormDialog *dialog;
  DecisionForm *form;
  const char *decision;
  int index;

  /* With nothing chosen, the first matter still without a decision. */
  if (entry == NULL)
    {
      GListModel *entries = G_LIST_MODEL (self->entries);

      for (guint i = 0; i < g_list_model_get_n_items (entries) && entry == NULL; i++)
        {
          g_autoptr(BerAgendaEntry) candidate = g_list_model_get_item (entries, i);

          const char *decided = ber_record_get_string (BER_RECORD (candidate), "decision");

          if (g_str_equal (ber_agenda_entry_get_kind (candidate), "item")
              && (decided == NULL || *decided == '\0'))
            {
              gtk_single_selection_set_selected (self->selection, i);
              entry = selected_entry (self);
            }
        }
    }
  if (entry == NULL)
    return;
  form = g_new0 (DecisionForm, 1);
  form->self = g_object_ref (self);
  form->entry_id = ber_record_get_id (BER_RECORD (entry));
  form->statements = g_ptr_array_new_with_free_func (pending_statement_free);
  dialog = ber_form_dialog_new (ber_ui_parent_window (widget),
                                ber_agenda_entry_get_title (entry), _("_Record Decision"));

  /* What "as proposed" decides: the item's proposal, in full. */
  if (ber_record_get_int64 (BER_RECORD (entry), "item-id") != 0)
    {
      GtkWidget *row = adw_action_row_new ();

      form->proposal = joined_rows (self->store, "clause", "item_id",
                                    ber_record_get_int64 (BER_RECORD (entry), "item-id"), "text",
                                    "position");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     ber_agenda_entry_get_title (entry));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   *form->proposal ? form->proposal
                                   : _("The item has no proposal for decision."));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_tooltip_text (row, _("Proposal for decision"));
      ber_form_dialog_add (dialog, row);
      if (*form->proposal == '\0')
        g_clear_pointer (&form->proposal, g_free);
    }

  list = gtk_string_list_new ((const char * const *) labels);
  form->decision = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->decision), _("_Decision"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (form->decision), TRUE);
  adw_combo_row_set_model (form->decision, G_LIST_MODEL (list));
  decision = ber_record_get_string (BER_RECORD (entry), "decision");
  index = decision != NULL ? ber_choice_index (BER_CHOICES_DECISION, decision) : -1;
  if (index < 0)
    index = g_str_equal (ber_agenda_entry_get_kind (entry), "item")
              ? 0 : MAX (ber_choice_index (BER_CHOICES_DECISION, "noted"), 0);
  adw_combo_row_set_selected (form->decision, index);
  ber_form_dialog_add (dialog, GTK_WIDGET (form->decision));

  form->note = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->note), _("_Note"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (form->note), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (form->note),
                         ber_record_get_string (BER_RECORD (entry), "decision-note"));
  ber_form_dialog_add (dialog, GTK_WIDGET (form->note));

  clauses = joined_rows (self->store, "clause", "agenda_entry_id", form->entry_id, "text",
                         "position");
  form->clauses = add_text_area (dialog, _("Decision’s _att-clauses, one a line (for an "
                                           "amended decision)"), clauses);
  g_signal_connect_swapped (form->decision, "notify::selected", G_CALLBACK (on_decision_changed),
                            form);
  recipients = joined_rows (self->store, "distribution", "agenda_entry_id", form->entry_id,
                            "recipient", "id");
  form->recipients = add_text_area (dialog, _("_Exp till, one recipient a line"), recipients);
  add_statements_section (dialog, form);

  ber_form_dialog_set_save (dialog, decision_form_save, form, decision_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Minutes */

typedef struct
{
  BerMeetingPage *self;
  GtkWidget      *checker;
  BerDateRow     *approved;
  BerDateRow     *posted;
  GPtrArray      *checks;
  GPtrArray      *roles;
} MinutesForm;

static void
minutes_form_free (gpointer data)
{
  MinutesForm *form = data;

  g_ptr_array_unref (form->checks);
  g_ptr_array_unref (form->roles);
  g_object_unref (form->self);
  g_free (form);
}

static gboolean
minutes_form_save (BerFormDialog *dialog,
                   gpointer       user_data,
                   GError       **error)
{
  MinutesForm *form = user_data;
  BerMeetingPage *self = form->self;
  g_autoptr(GArray) attendees = g_array_new (FALSE, TRUE, sizeof (BerAttendee));
  BerMinutesSpec spec = { .checker_id = combo_person (self, form->checker),
                          .approved_on = ber_date_row_get_date (form->approved),
                          .posted_on = ber_date_row_get_date (form->posted) };

  for (guint i = 0; i < form->checks->len; i++)
    {
      BerAttendee attendee = { 0 };

      if (!gtk_check_button_get_active (g_ptr_array_index (form->checks, i)))
        continue;
      attendee.person_id = g_array_index (self->person_ids, gint64, i);
      attendee.role = ber_choice_value (BER_CHOICES_ATTENDANCE_ROLE,
                                        gtk_drop_down_get_selected (g_ptr_array_index (form->roles,
                                                                                       i)));
      attendee.present = TRUE;
      g_array_append_val (attendees, attendee);
    }

  if (!ber_store_begin (self->store, error))
    return FALSE;
  if (!ber_agenda_set_attendance (self->store, self->meeting_id,
                                  (const BerAttendee *) attendees->data, attendees->len, error)
      || !ber_agenda_record_minutes (self->store, self->meeting_id, &spec, error)
      || !ber_store_commit (self->store, error))
    {
      ber_store_rollback (self->store);
      return FALSE;
    }
  ber_meeting_page_reload (self);
  return TRUE;
}

static GHashTable *
current_attendance (BerMeetingPage *self)
{
  g_autoptr(BerQuery) query = ber_query_new ("attendance");
  g_autoptr(GPtrArray) rows = NULL;
  GHashTable *roles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ,
                           g_variant_new_int64 (self->meeting_id));
  rows = ber_store_select (self->store, query, 0, G_MAXUINT, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      gint64 id = row_id (g_ptr_array_index (rows, i), "person_id");

      g_hash_table_insert (roles, g_memdup2 (&id, sizeof id),
                           g_strdup (row_text (g_ptr_array_index (rows, i), "role")));
    }
  return roles;
}

static void
record_minutes_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  g_autoptr(GHashTable) attended = current_attendance (self);
  g_auto(GStrv) role_labels = ber_choice_labels (BER_CHOICES_ATTENDANCE_ROLE);
  BerFormDialog *dialog = ber_form_dialog_new (ber_ui_parent_window (widget),
                                               _("Record Minutes"), _("_Record Minutes"));
  MinutesForm *form = g_new0 (MinutesForm, 1);
  const char *approved = row_text (self->meeting, "approved_on");
  const char *posted = row_text (self->meeting, "posted_on");

  form->self = g_object_ref (self);
  form->checks = g_ptr_array_new ();
  form->roles = g_ptr_array_new ();

  form->checker = person_combo (self, _("Minutes _Checker"), row_id (self->meeting, "checker_id"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (form->checker), TRUE);
  ber_form_dialog_add (dialog, form->checker);
  form->approved = BER_DATE_ROW (ber_ui_date_row (_("Date of Approval (Justering)"),
                                                  *approved ? approved : NULL));
  ber_form_dialog_add (dialog, GTK_WIDGET (form->approved));
  form->posted = BER_DATE_ROW (ber_ui_date_row (_("Date of Posting (Anslag)"),
                                                *posted ? posted : NULL));
  ber_form_dialog_add (dialog, GTK_WIDGET (form->posted));

  ber_form_dialog_add_group (dialog, _("Attendance"),
                             _("Tick who attended and choose each one’s role."));

  for (guint i = 0; i < self->person_ids->len; i++)
    {
      gint64 id = g_array_index (self->person_ids, gint64, i);
      const char *name = g_hash_table_lookup (self->names, &id);
      const char *role = g_hash_table_lookup (attended, &id);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *roles = gtk_drop_down_new_from_strings ((const char * const *) role_labels);
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      g_autofree char *role_label = g_strdup_printf (_("Role of %s"), name);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), role != NULL);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (roles),
                                  MAX (ber_choice_index (BER_CHOICES_ATTENDANCE_ROLE,
                                                         role != NULL ? role : "member"), 0));
      gtk_widget_set_valign (roles, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (roles), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      role_label, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), roles);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      ber_form_dialog_add (dialog, row);
      g_ptr_array_add (form->checks, check);
      g_ptr_array_add (form->roles, roles);
    }

  ber_form_dialog_set_save (dialog, minutes_form_save, form, minutes_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Object */

static void
on_selection_changed (BerMeetingPage *self)
{
  update_actions (self);
}

static void
ber_meeting_page_dispose (GObject *object)
{
  BerMeetingPage *self = BER_MEETING_PAGE (object);

  /* AdwBin 1.2 keeps a pointer to the child that the template disposes. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_MEETING_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->entries);
  g_clear_object (&self->store);
  g_clear_pointer (&self->meeting, g_variant_unref);

  G_OBJECT_CLASS (ber_meeting_page_parent_class)->dispose (object);
}

static void
ber_meeting_page_finalize (GObject *object)
{
  BerMeetingPage *self = BER_MEETING_PAGE (object);

  g_hash_table_unref (self->times);
  g_hash_table_unref (self->names);
  g_hash_table_unref (self->statement_counts);
  g_array_unref (self->person_ids);

  G_OBJECT_CLASS (ber_meeting_page_parent_class)->finalize (object);
}

/* Printing and exports */

static void
print_agenda_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BerPrintDocument) document = NULL;
  GtkWindow *parent = ber_ui_parent_window (widget);

  if (self->store == NULL || self->meeting_id == 0)
    return;

  document = ber_agenda_document (self->store, self->meeting_id, &error);
  if (document == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  ber_print_document (parent, document);
}

/* What to export, and of which meeting or agenda entry. */
typedef struct
{
  char   *what;
  gint64  id;
} MeetingExport;

static void
meeting_export_free (gpointer data)
{
  MeetingExport *job = data;

  g_free (job->what);
  g_free (job);
}

/* Runs off the main thread, through a connection of its own (see ber-export-ui). */
static gboolean
meeting_export (BerStore    *store,
                gpointer     data,
                const char  *output,
                GError     **error)
{
  MeetingExport *job = data;

  if (g_str_equal (job->what, "agenda"))
    return ber_export_agenda (store, job->id, output, error);
  if (g_str_equal (job->what, "minutes"))
    return ber_export_minutes (store, job->id, output, error);
  if (g_str_equal (job->what, "extract"))
    return ber_export_minutes_extract (store, job->id, output, error);
  if (g_str_equal (job->what, "ics"))
    return ber_export_ics (store, job->id, output, error);
  return ber_export_meeting_pack (store, job->id, g_str_equal (job->what, "public-pack"), output,
                                  error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  const char *what = g_variant_get_string (parameter, NULL);
  const char *held_on = NULL;
  g_autofree char *name = NULL;
  MeetingExport *job;
  gint64 id = self->meeting_id;

  if (self->store == NULL || self->meeting_id == 0)
    return;

  if (self->meeting != NULL)
    g_variant_lookup (self->meeting, "held_on", "&s", &held_on);
  if (held_on == NULL)
    held_on = "";

  /* Translators: file names; %s is the meeting's date */
  if (g_str_equal (what, "agenda"))
    name = g_strdup_printf (_("Notice %s.pdf"), held_on);
  else if (g_str_equal (what, "minutes"))
    name = g_strdup_printf (_("Minutes %s.pdf"), held_on);
  else if (g_str_equal (what, "ics"))
    name = g_strdup_printf (_("Meeting %s.ics"), held_on);
  else if (g_str_equal (what, "extract"))
    {
      BerAgendaEntry *entry = selected_entry (self);
      int paragraph = 0;

      if (entry != NULL)
        g_object_get (entry, "paragraph", &paragraph, NULL);

      if (paragraph <= 0)
        {
          ber_ui_toast (widget, _("Select a numbered paragraph of the minutes, then export its "
                                  "extract."));
          return;
        }
      id = ber_record_get_id (BER_RECORD (entry));
      /* Translators: a file name: the § number and the meeting's date */
      name = g_strdup_printf (_("Extract § %d %s.pdf"), paragraph, held_on);
    }
  else
    name = g_strdup_printf (_("Meeting pack %s.pdf"), held_on);

  job = g_new0 (MeetingExport, 1);
  job->what = g_strdup (what);
  job->id = id;
  {
    /* Until this view takes a context of its own. */
    g_autoptr(BerContext) context = ber_context_new (self->store);

    ber_export_ui_run_with_data (widget, context, _("Export"), name, meeting_export, job,
                                 meeting_export_free);
  }
}

static void
ber_meeting_page_class_init (BerMeetingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_meeting_page_dispose;
  object_class->finalize = ber_meeting_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/ber-meeting-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, lock_button);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, decision_button);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, minutes_button);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, hint_label);

  gtk_widget_class_install_action (widget_class, "page.print-agenda", NULL, print_agenda_action);
  gtk_widget_class_install_action (widget_class, "page.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "page.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "page.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "page.add-items", NULL, add_items_action);
  gtk_widget_class_install_action (widget_class, "page.add-reports", NULL, add_reports_action);
  gtk_widget_class_install_action (widget_class, "page.add-minutes", NULL, add_minutes_action);
  gtk_widget_class_install_action (widget_class, "page.edit-entry", NULL, edit_entry_action);
  gtk_widget_class_install_action (widget_class, "page.lock", NULL, lock_action);
  gtk_widget_class_install_action (widget_class, "page.decision", NULL, decision_action);
  gtk_widget_class_install_action (widget_class, "page.record-minutes", NULL,
                                   record_minutes_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "page.move-up",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "page.move-down", NULL);
}

static void
ber_meeting_page_init (BerMeetingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->times = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->statement_counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->entries = g_list_store_new (BER_TYPE_AGENDA_ENTRY);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->entries)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  add_column (self, COL_PARAGRAPH, _("§"), FALSE);
  add_column (self, COL_TIME, _("Time"), FALSE);
  add_column (self, COL_TITLE, _("Entry"), TRUE);
  add_column (self, COL_KIND, _("Kind"), FALSE);
  add_column (self, COL_PRESENTER, _("Presenter"), FALSE);
  add_column (self, COL_MINUTES, _("Estimate"), FALSE);
  add_column (self, COL_DECISION, _("Decision"), FALSE);
  update_actions (self);
}

GtkWidget *
ber_meeting_page_new (void)
{
  return g_object_new (BER_TYPE_MEETING_PAGE, NULL);
}

void
ber_meeting_page_set_meeting (BerMeetingPage *self,
                              BerStore       *store,
                              gint64          meeting_id)
{
  g_return_if_fail (BER_IS_MEETING_PAGE (self));

  g_set_object (&self->store, store);
  self->meeting_id = meeting_id;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  if (store != NULL)
    load_persons (self);
  ber_meeting_page_reload (self);
}

gint64
ber_meeting_page_get_meeting_id (BerMeetingPage *self)
{
  g_return_val_if_fail (BER_IS_MEETING_PAGE (self), 0);
  return self->meeting_id;
}

GListModel *
ber_meeting_page_get_entries (BerMeetingPage *self)
{
  g_return_val_if_fail (BER_IS_MEETING_PAGE (self), NULL);
  return G_LIST_MODEL (self->entries);
}

guint
ber_meeting_page_get_selected (BerMeetingPage *self)
{
  g_return_val_if_fail (BER_IS_MEETING_PAGE (self), GTK_INVALID_LIST_POSITION);
  return gtk_single_selection_get_selected (self->selection);
}

void
ber_meeting_page_select (BerMeetingPage *self,
                         guint           position)
{
  g_return_if_fail (BER_IS_MEETING_PAGE (self));
  gtk_single_selection_set_selected (self->selection, position);
}
