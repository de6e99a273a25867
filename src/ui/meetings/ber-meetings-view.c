/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-meetings-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-agenda.h"
#include "ber-date-row.h"
#include "ber-form-dialog.h"
#include "ber-labels.h"
#include "ber-meeting-page.h"
#include "ber-meetings-view.h"
#include "ber-model.h"

/*
 * The meetings of the bodies, upcoming or past, as a lazy list; a new
 * meeting starts with its body's standing points or the previous meeting's.
 */
struct _BerMeetingsView
{
  AdwBin           parent_instance;

  BerStore        *store;
  BerRecordList   *meetings;
  GArray          *body_ids;

  GtkStack        *stack;
  GtkStack        *content_stack;
  GtkColumnView   *column_view;
  GtkDropDown     *body_dropdown;
  GtkToggleButton *past_button;
  BerMeetingPage  *page;
};

G_DEFINE_FINAL_TYPE (BerMeetingsView, ber_meetings_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  COL_DATE,
  COL_TIME,
  COL_BODY,
  COL_PLACE,
  COL_STATUS,
};

static gint64
selected_body (BerMeetingsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->body_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->body_ids->len)
    return 0;
  return g_array_index (self->body_ids, gint64, selected - 1);
}

static BerQuery *
build_query (BerMeetingsView *self)
{
  BerQuery *query = ber_query_new ("meeting_list");
  gboolean past = gtk_toggle_button_get_active (self->past_button);
  gint64 body = selected_body (self);

  if (body != 0)
    ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (body));
  ber_query_add_condition (query, "held_on", past ? BER_QUERY_LT : BER_QUERY_GE,
                           g_variant_new_string (ber_store_get_today (self->store)));
  ber_query_add_order (query, "held_on", past);
  ber_query_add_order (query, "starts_at", past);
  ber_query_add_order (query, "id", past);
  return query;
}

static void
update_content (BerMeetingsView *self)
{
  guint n = self->meetings != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->meetings)) : 0;

  gtk_stack_set_visible_child_name (self->content_stack, n > 0 ? "list" : "empty");
}

static void
refilter (BerMeetingsView *self)
{
  g_autoptr(BerQuery) query = NULL;

  /* Loading the bodies changes the filter before the list exists. */
  if (self->store == NULL || self->meetings == NULL)
    return;
  query = build_query (self);
  ber_record_list_set_query (self->meetings, query);
  update_content (self);
}

/* Fills the body filter, keeping the chosen body when it is still there. */
static void
load_bodies (BerMeetingsView *self)
{
  g_autoptr(BerQuery) query = ber_query_new ("body");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  gint64 chosen = selected_body (self);
  guint position = 0;

  g_array_set_size (self->body_ids, 0);
  gtk_string_list_append (list, _("All Bodies"));
  ber_query_add_order (query, "sort_key", FALSE);
  rows = ber_store_select (self->store, query, 0, G_MAXUINT, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *name = NULL;
      gint64 id = 0;

      g_variant_lookup (row, "id", "x", &id);
      g_variant_lookup (row, "name", "&s", &name);
      g_array_append_val (self->body_ids, id);
      gtk_string_list_append (list, name);
      if (id == chosen)
        position = self->body_ids->len;
    }
  gtk_drop_down_set_model (self->body_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->body_dropdown, position);
}

/* A body added, renamed or removed elsewhere shows in the filter and the
 * new-meeting form at once. */
static void
on_store_changed (BerMeetingsView *self,
                  const char      *table)
{
  if (g_str_equal (table, "body"))
    load_bodies (self);
}

/* Cells */

static void
on_cell_setup (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
on_cell_bind (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  BerRecord *meeting = gtk_list_item_get_item (item);
  const char *text = "";

  switch (column)
    {
    case COL_DATE:
      text = ber_record_get_string (meeting, "held-on");
      break;
    case COL_TIME:
      text = ber_record_get_string (meeting, "starts-at");
      break;
    case COL_BODY:
      text = ber_record_get_string (meeting, "body-name");
      break;
    case COL_PLACE:
      text = ber_record_get_string (meeting, "place");
      break;
    case COL_STATUS:
      text = _(ber_choice_label (BER_CHOICES_MEETING_STATUS,
                                 ber_record_get_string (meeting, "status")));
      break;
    default:
      break;
    }
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

static void
add_column (BerMeetingsView *self,
            guint            column,
            const char      *title,
            gboolean         expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind), NULL);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
}

static void
on_activate (GtkColumnView   *view,
             guint            position,
             BerMeetingsView *self)
{
  g_autoptr(BerRecord) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), position);

  if (meeting != NULL)
    ber_meetings_view_open_meeting (self, ber_record_get_id (meeting));
}

/* New meeting */

typedef struct
{
  BerMeetingsView *self;
  AdwComboRow     *body;
  BerDateRow      *held_on;
  AdwEntryRow     *starts_at;
  AdwEntryRow     *place;
  BerDateRow      *deadline;
  GtkSwitch       *copy;
} NewForm;

static void
new_form_free (gpointer data)
{
  NewForm *form = data;

  g_object_unref (form->self);
  g_free (form);
}

static gboolean
new_form_save (BerFormDialog *dialog,
               gpointer       user_data,
               GError       **error)
{
  NewForm *form = user_data;
  BerMeetingsView *self = form->self;
  guint body = adw_combo_row_get_selected (form->body);
  const char *starts_at = gtk_editable_get_text (GTK_EDITABLE (form->starts_at));
  const char *place = gtk_editable_get_text (GTK_EDITABLE (form->place));
  gboolean copy = gtk_switch_get_active (form->copy);
  BerMeetingSpec spec = {
    .body_id = body < self->body_ids->len ? g_array_index (self->body_ids, gint64, body) : 0,
    .held_on = ber_date_row_get_date (form->held_on),
    /* Left empty, time and place come from the previous meeting when copying. */
    .starts_at = *starts_at ? starts_at : copy ? NULL : "09:00",
    .place = *place || !copy ? place : NULL,
    .agenda_deadline = ber_date_row_get_date (form->deadline),
    .copy_previous = copy,
  };
  gint64 id;

  if (spec.body_id == 0)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("Choose the body that meets."));
      return FALSE;
    }
  id = ber_agenda_create_meeting (self->store, &spec, error);
  if (id == 0)
    return FALSE;
  refilter (self);
  ber_meetings_view_open_meeting (self, id);
  return TRUE;
}

static void
new_action (GtkWidget  *widget,
            const char *action,
            GVariant   *param)
{
  BerMeetingsView *self = BER_MEETINGS_VIEW (widget);
  BerFormDialog *dialog = ber_form_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                               _("New Meeting"), _("C_reate"));
  NewForm *form = g_new0 (NewForm, 1);
  g_autoptr(GtkStringList) bodies = gtk_string_list_new (NULL);
  GListModel *names = gtk_drop_down_get_model (self->body_dropdown);
  GtkWidget *row;
  guint selected = gtk_drop_down_get_selected (self->body_dropdown);

  form->self = g_object_ref (self);
  for (guint i = 1; names != NULL && i < g_list_model_get_n_items (names); i++)
    gtk_string_list_append (bodies, gtk_string_list_get_string (GTK_STRING_LIST (names), i));

  form->body = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->body), _("_Body"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (form->body), TRUE);
  adw_combo_row_set_model (form->body, G_LIST_MODEL (bodies));
  if (selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (form->body, selected - 1);
  ber_form_dialog_add (dialog, GTK_WIDGET (form->body));

  form->held_on = BER_DATE_ROW (ber_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->held_on), _("Date"));
  ber_form_dialog_add (dialog, GTK_WIDGET (form->held_on));

  form->starts_at = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->starts_at), _("Starts At (HH:MM)"));
  ber_form_dialog_add (dialog, GTK_WIDGET (form->starts_at));

  form->place = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->place), _("Place"));
  ber_form_dialog_add (dialog, GTK_WIDGET (form->place));

  form->deadline = BER_DATE_ROW (ber_date_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->deadline),
                                 _("Agenda Deadline (empty: the body’s usual)"));
  ber_form_dialog_add (dialog, GTK_WIDGET (form->deadline));

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Copy the Previous Meeting"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Its standing points, time and place"));
  form->copy = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (form->copy), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->copy), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Copy the previous meeting"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (form->copy));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (form->copy));
  ber_form_dialog_add (dialog, row);

  ber_form_dialog_set_save (dialog, new_form_save, form, new_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  BerMeetingsView *self = BER_MEETINGS_VIEW (widget);

  ber_record_list_reload (self->meetings);
  update_content (self);
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* Object */

static void
ber_meetings_view_dispose (GObject *object)
{
  BerMeetingsView *self = BER_MEETINGS_VIEW (object);

  /* AdwBin 1.2 keeps a pointer to the child that the template disposes. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_MEETINGS_VIEW);
  g_clear_object (&self->meetings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ber_meetings_view_parent_class)->dispose (object);
}

static void
ber_meetings_view_finalize (GObject *object)
{
  BerMeetingsView *self = BER_MEETINGS_VIEW (object);

  g_array_unref (self->body_ids);
  G_OBJECT_CLASS (ber_meetings_view_parent_class)->finalize (object);
}

static void
ber_meetings_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BerMeetingsView *self = BER_MEETINGS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_meetings_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BerMeetingsView *self = BER_MEETINGS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ber_meetings_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_meetings_view_class_init (BerMeetingsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_meetings_view_dispose;
  object_class->finalize = ber_meetings_view_finalize;
  object_class->get_property = ber_meetings_view_get_property;
  object_class->set_property = ber_meetings_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BER_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BER_TYPE_MEETING_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-meetings-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, stack);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, body_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, past_button);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, page);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "meetings.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "view.new",
                                       NULL);
}

static void
ber_meetings_view_init (BerMeetingsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  add_column (self, COL_DATE, _("Date"), FALSE);
  add_column (self, COL_TIME, _("Time"), FALSE);
  add_column (self, COL_BODY, _("Body"), TRUE);
  add_column (self, COL_PLACE, _("Place"), TRUE);
  add_column (self, COL_STATUS, _("Status"), FALSE);

  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (on_activate), self, 0);
  g_signal_connect_object (self->body_dropdown, "notify::selected", G_CALLBACK (refilter), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->past_button, "toggled", G_CALLBACK (refilter), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
ber_meetings_view_new (void)
{
  return g_object_new (BER_TYPE_MEETINGS_VIEW, NULL);
}

BerStore *
ber_meetings_view_get_store (BerMeetingsView *self)
{
  g_return_val_if_fail (BER_IS_MEETINGS_VIEW (self), NULL);
  return self->store;
}

void
ber_meetings_view_set_store (BerMeetingsView *self,
                             BerStore        *store)
{
  g_autoptr(BerQuery) query = NULL;

  g_return_if_fail (BER_IS_MEETINGS_VIEW (self));

  if (!g_set_object (&self->store, store))
    return;
  g_clear_object (&self->meetings);
  if (store != NULL)
    {
      g_autoptr(GtkSingleSelection) selection = NULL;

      load_bodies (self);
      g_signal_connect_object (store, "row-changed", G_CALLBACK (on_store_changed), self,
                               G_CONNECT_SWAPPED);
      query = build_query (self);
      self->meetings = ber_record_list_new (store, BER_TYPE_MEETING, query);
      selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->meetings)));
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
      update_content (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

GListModel *
ber_meetings_view_get_model (BerMeetingsView *self)
{
  g_return_val_if_fail (BER_IS_MEETINGS_VIEW (self), NULL);
  return G_LIST_MODEL (self->meetings);
}

void
ber_meetings_view_set_past (BerMeetingsView *self,
                            gboolean         past)
{
  g_return_if_fail (BER_IS_MEETINGS_VIEW (self));
  gtk_toggle_button_set_active (self->past_button, past);
}

void
ber_meetings_view_open_meeting (BerMeetingsView *self,
                                gint64           meeting_id)
{
  g_return_if_fail (BER_IS_MEETINGS_VIEW (self));

  ber_meeting_page_set_meeting (self->page, self->store, meeting_id);
  gtk_stack_set_visible_child_name (self->stack, "page");
}
