/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-reports-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-application.h"
#include "ber-column-sort.h"
#include "ber-date-row.h"
#include "ber-date.h"
#include "ber-event-form.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-report-logic.h"
#include "ber-report-page.h"
#include "ber-reports-view.h"
#include "ber-ui-util.h"

/*
 * The returned reports (DOMAIN.md, "Returned reports"): which are expected,
 * late, received and presented, as a lazy list. Status, filters, search and
 * column sorting all become one store query.
 */
struct _BerReportsView
{
  AdwBin              parent_instance;

  BerStore           *store;
  BerRecordList      *reports;
  GtkMultiSelection  *selection;
  GArray             *person_ids;   /* gint64 per entry of person_dropdown after "all" */
  GArray             *body_ids;     /* gint64 per entry of body_dropdown after "all" */
  guint               n_late;
  guint               search_source;
  char               *sort_column;
  gboolean            sort_descending;

  GtkStack           *stack;
  GtkStack           *content_stack;
  GtkSearchEntry     *search_entry;
  GtkColumnView      *column_view;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *person_dropdown;
  GtkDropDown        *network_dropdown;
  GtkDropDown        *body_dropdown;
  BerDateRow         *from_row;
  BerDateRow         *to_row;
  GtkBox             *page_box;
  BerReportPage      *page;
};

G_DEFINE_FINAL_TYPE (BerReportsView, ber_reports_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_N_LATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The entries of the status filter, in order. */
enum
{
  STATUS_ALL,
  STATUS_EXPECTED,
  STATUS_LATE,
  STATUS_RECEIVED,
  STATUS_PRESENTED,
};

/* The report's text is searched too: "what did we say about cohesion policy?" */
static const char * const search_columns[] = {
  "person_name", "event_title", "network_name", "network_acronym", "body_name",
  "subject_areas", "positions", "continued_work", "home_work", NULL
};

static void update_agenda_action (BerReportsView *self);

static const char *
today (BerReportsView *self)
{
  return ber_store_get_today (self->store);
}

/* Filters */

static gint64
dropdown_id (GtkDropDown *dropdown,
             GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* Entry 0 is "all". */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected - 1 >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected - 1);
}

static const char *
network_filter (BerReportsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->network_dropdown);
  GListModel *model = gtk_drop_down_get_model (self->network_dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || model == NULL)
    return NULL;
  return gtk_string_list_get_string (GTK_STRING_LIST (model), selected);
}

static void
add_status_conditions (BerReportsView *self,
                       BerQuery       *query)
{
  switch (gtk_drop_down_get_selected (self->status_dropdown))
    {
    case STATUS_EXPECTED:
      ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("expected"));
      ber_query_add_condition (query, "due_on", BER_QUERY_GE, g_variant_new_string (today (self)));
      break;
    case STATUS_LATE:
      ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("expected"));
      ber_query_add_condition (query, "due_on", BER_QUERY_LT, g_variant_new_string (today (self)));
      break;
    case STATUS_RECEIVED:
      ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("received"));
      break;
    case STATUS_PRESENTED:
      ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("presented"));
      break;
    default:
      break;
    }
}

static BerQuery *
build_query (BerReportsView *self)
{
  BerQuery *query = ber_query_new ("report_list");
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  gint64 person = dropdown_id (self->person_dropdown, self->person_ids);
  gint64 body = dropdown_id (self->body_dropdown, self->body_ids);
  const char *network = network_filter (self);
  const char *from = ber_date_row_get_date (self->from_row);
  const char *to = ber_date_row_get_date (self->to_row);

  add_status_conditions (self, query);
  if (person > 0)
    ber_query_add_condition (query, "person_id", BER_QUERY_EQ, g_variant_new_int64 (person));
  if (body > 0)
    ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (body));
  if (network != NULL)
    ber_query_add_condition (query, "network_name", BER_QUERY_EQ, g_variant_new_string (network));
  if (from != NULL)
    ber_query_add_condition (query, "event_starts_on", BER_QUERY_GE, g_variant_new_string (from));
  if (to != NULL)
    ber_query_add_condition (query, "event_starts_on", BER_QUERY_LE, g_variant_new_string (to));

  ber_query_set_search (query, g_strstrip (text), search_columns);
  ber_query_add_order (query, self->sort_column, self->sort_descending);
  if (!g_str_equal (self->sort_column, "due_on"))
    ber_query_add_order (query, "due_on", TRUE);

  return query;
}

static gboolean
filters_active (BerReportsView *self)
{
  return gtk_drop_down_get_selected (self->status_dropdown) > 0
         || gtk_drop_down_get_selected (self->person_dropdown) > 0
         || gtk_drop_down_get_selected (self->network_dropdown) > 0
         || gtk_drop_down_get_selected (self->body_dropdown) > 0
         || ber_date_row_get_date (self->from_row) != NULL
         || ber_date_row_get_date (self->to_row) != NULL
         || *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';
}

static void
update_content (BerReportsView *self)
{
  guint n = self->reports != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->reports)) : 0;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else if (filters_active (self))
    gtk_stack_set_visible_child_name (self->content_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

static void
update_n_late (BerReportsView *self)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (self->store != NULL && !ber_reports_count_late (self->store, &n, &error))
    g_warning ("Counting late reports: %s", error->message);

  if (self->n_late != n)
    {
      self->n_late = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LATE]);
    }
}

static void
refresh (BerReportsView *self)
{
  g_autoptr(BerQuery) query = NULL;

  if (self->reports == NULL)
    return;

  query = build_query (self);
  ber_record_list_set_query (self->reports, query);
  update_content (self);
}

static gboolean
search_timeout (gpointer data)
{
  BerReportsView *self = data;

  self->search_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_search_changed (BerReportsView *self)
{
  /* GtkSearchEntry already waits for a pause in typing; refresh at once. */
  g_clear_handle_id (&self->search_source, g_source_remove);
  self->search_source = g_idle_add (search_timeout, self);
}

static void
on_stop_search (BerReportsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_period_changed (BerReportsView *self)
{
  /* A date half typed is no filter yet. */
  if (ber_date_row_is_valid (self->from_row) && ber_date_row_is_valid (self->to_row))
    refresh (self);
}

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerReportsView *self = BER_REPORTS_VIEW (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
clear_filters_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  BerReportsView *self = BER_REPORTS_VIEW (widget);

  gtk_drop_down_set_selected (self->person_dropdown, 0);
  gtk_drop_down_set_selected (self->network_dropdown, 0);
  gtk_drop_down_set_selected (self->body_dropdown, 0);
  ber_date_row_set_date (self->from_row, NULL);
  ber_date_row_set_date (self->to_row, NULL);
  refresh (self);
}

static void
on_sort_changed (BerReportsView *self)
{
  GtkSorter *sorter;
  const char *column = NULL;
  gboolean descending = FALSE;

  /* The column view clears its sorting while it is disposed. */
  if (self->column_view == NULL || self->reports == NULL)
    return;

  sorter = gtk_column_view_get_sorter (self->column_view);

  if (!ber_column_sort_get_primary (sorter, &column, &descending))
    {
      column = "due_on";
      descending = TRUE;
    }

  g_free (self->sort_column);
  self->sort_column = g_strdup (column);
  self->sort_descending = descending;
  refresh (self);
}

/* Cells */

typedef char *(*CellText) (BerReportsView *self,
                           BerReport      *report);

static char *
text_property (BerReport  *report,
               const char *property)
{
  return g_strdup (ber_record_get_string (BER_RECORD (report), property));
}

static char *
cell_person (BerReportsView *self,
             BerReport      *report)
{
  return text_property (report, "person-name");
}

static char *
cell_network (BerReportsView *self,
              BerReport      *report)
{
  const char *acronym = ber_record_get_string (BER_RECORD (report), "network-acronym");

  /* The acronym is what people say: "AER", "CPMR". */
  if (acronym != NULL && *acronym != '\0')
    return g_strdup (acronym);
  return text_property (report, "network-name");
}

static char *
cell_event (BerReportsView *self,
            BerReport      *report)
{
  return text_property (report, "event-title");
}

static char *
cell_event_date (BerReportsView *self,
                 BerReport      *report)
{
  return text_property (report, "event-starts-on");
}

static char *
cell_body (BerReportsView *self,
           BerReport      *report)
{
  return text_property (report, "body-name");
}

static char *
cell_status (BerReportsView *self,
             BerReport      *report)
{
  if (ber_report_is_late (report, today (self)))
    /* Translators: the status of a report not received by its due date */
    return g_strdup (C_("report status", "Late"));
  return g_strdup (ber_choice_label (BER_CHOICES_REPORT_STATUS, ber_report_get_status (report)));
}

static char *
cell_due (BerReportsView *self,
          BerReport      *report)
{
  return g_strdup (ber_report_get_due_on (report));
}

static char *
cell_received (BerReportsView *self,
               BerReport      *report)
{
  return text_property (report, "received-on");
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           BerReportsView           *self)
{
  CellText text_func = g_object_get_data (G_OBJECT (factory), "cell-text");
  BerReport *report = gtk_list_item_get_item (item);
  g_autofree char *text = text_func (self, report);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  if (text_func == cell_network)
    {
      g_autofree char *name = text_property (report, "network-name");

      gtk_widget_set_tooltip_text (label, name);
    }
  else
    gtk_widget_set_tooltip_text (label, text);
}

static void
bind_status_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  BerReportsView           *self)
{
  BerReport *report = gtk_list_item_get_item (item);
  g_autofree char *text = cell_status (self, report);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), text);
  if (ber_report_is_late (report, today (self)))
    {
      int days = ber_date_days_until (ber_report_get_due_on (report), today (self));
      g_autofree char *tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%d day late", "%d days late",
                                                               days),
                                                  days);

      gtk_widget_add_css_class (label, "error");
      gtk_widget_set_tooltip_text (label, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      tooltip, -1);
    }
  else
    {
      gtk_widget_remove_css_class (label, "error");
      gtk_widget_set_tooltip_text (label, NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
add_column (BerReportsView *self,
            const char     *title,
            const char     *store_column,
            CellText        text_func,
            gboolean        expand,
            int             fixed_width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  g_autoptr(GtkSorter) sorter = ber_column_sorter_new (store_column);

  g_object_set_data (G_OBJECT (factory), "cell-text", text_func);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
  g_signal_connect_object (factory, "bind",
                           text_func == cell_status ? G_CALLBACK (bind_status_cell)
                                                    : G_CALLBACK (bind_cell),
                           self, 0);

  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_append_column (self->column_view, column);
}

/* Dropdowns */

static void
fill_status_dropdown (BerReportsView *self)
{
  const char *labels[] = {
    _("All"),
    ber_choice_label (BER_CHOICES_REPORT_STATUS, "expected"),
    C_("report status", "Late"),
    ber_choice_label (BER_CHOICES_REPORT_STATUS, "received"),
    ber_choice_label (BER_CHOICES_REPORT_STATUS, "presented"),
    NULL
  };
  g_autoptr(GtkStringList) list = gtk_string_list_new (labels);

  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->status_dropdown, STATUS_ALL);
}

/* A chooser over a table: "all" first, then its rows by sort key. */
static void
fill_record_dropdown (BerReportsView *self,
                      GtkDropDown    *dropdown,
                      GArray         *ids,
                      const char     *table,
                      const char     *all_label)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GPtrArray) rows = NULL;

  gtk_string_list_append (list, all_label);
  if (ids != NULL)
    g_array_set_size (ids, 0);

  if (self->store != NULL)
    {
      ber_query_add_order (query, "sort_key", FALSE);
      rows = ber_store_select (self->store, query, 0, 10000, NULL);
    }
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *name = NULL;
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "name", "&s", &name);
      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      gtk_string_list_append (list, name != NULL ? name : "");
      if (ids != NULL)
        g_array_append_val (ids, id);
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, 0);
}

static void
fill_filters (BerReportsView *self)
{
  fill_record_dropdown (self, self->person_dropdown, self->person_ids, "person",
                        _("All persons"));
  fill_record_dropdown (self, self->network_dropdown, NULL, "network", _("All networks"));
  fill_record_dropdown (self, self->body_dropdown, self->body_ids, "body", _("All bodies"));
}

/* Navigation */

static void
open_page (BerReportsView *self,
           BerReport      *report)
{
  ber_report_page_set_report (self->page, report);
  gtk_stack_set_visible_child_name (self->stack, "report");
  gtk_widget_grab_focus (GTK_WIDGET (self->page));
}

static void
row_activated (BerReportsView *self,
               guint           position)
{
  g_autoptr(BerReport) report = g_list_model_get_item (G_LIST_MODEL (self->reports), position);

  if (report != NULL)
    open_page (self, report);
}

static void
on_page_closed (BerReportsView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static int
report_due_days (void)
{
  GApplication *app = g_application_get_default ();

  if (BER_IS_APPLICATION (app))
    return g_settings_get_int (ber_application_get_settings (BER_APPLICATION (app)),
                               "report-due-days");
  return 30;
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BerReportsView *self = BER_REPORTS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  BerFormDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = ber_event_form_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                               report_due_days ());
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Agenda */

/* The received reports among the selected rows. */
static GArray *
selected_received (BerReportsView *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->selection == NULL)
    return ids;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(BerReport) report = g_list_model_get_item (G_LIST_MODEL (self->reports), position);
      gint64 id;

      if (report == NULL || g_strcmp0 (ber_report_get_status (report), "received") != 0)
        continue;
      id = ber_record_get_id (BER_RECORD (report));
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
update_agenda_action (BerReportsView *self)
{
  g_autoptr(GArray) ids = selected_received (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.add-to-agenda", ids->len > 0);
}

static void
add_to_agenda_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  BerReportsView *self = BER_REPORTS_VIEW (widget);
  g_autoptr(GArray) ids = selected_received (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (ids->len == 0)
    return;

  /* Meeting 0: each report goes to the next meeting of the body it reports to. */
  if (!ber_reports_add_to_agenda (self->store, (const gint64 *) (gpointer) ids->data, ids->len,
                                  0, &error))
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u report is on the next agenda of its body",
                                          "%u reports are on the next agendas of their bodies",
                                          ids->len),
                             ids->len);
  ber_ui_toast (GTK_WIDGET (self), message);
}

static void
on_store_changed (BerReportsView *self,
                  const char     *table)
{
  if (g_str_equal (table, "report") || g_str_equal (table, "forum_event"))
    update_n_late (self);
  if (g_str_equal (table, "person") || g_str_equal (table, "body")
      || g_str_equal (table, "network"))
    fill_filters (self);
  update_content (self);
  update_agenda_action (self);
}

/* GObject */

static void
ber_reports_view_dispose (GObject *object)
{
  BerReportsView *self = BER_REPORTS_VIEW (object);

  g_clear_handle_id (&self->search_source, g_source_remove);
  if (self->selection != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->reports);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_REPORTS_VIEW);

  G_OBJECT_CLASS (ber_reports_view_parent_class)->dispose (object);
}

static void
ber_reports_view_finalize (GObject *object)
{
  BerReportsView *self = BER_REPORTS_VIEW (object);

  g_array_unref (self->person_ids);
  g_array_unref (self->body_ids);
  g_free (self->sort_column);

  G_OBJECT_CLASS (ber_reports_view_parent_class)->finalize (object);
}

static void
ber_reports_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BerReportsView *self = BER_REPORTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_N_LATE:
      g_value_set_uint (value, self->n_late);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_reports_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BerReportsView *self = BER_REPORTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ber_reports_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_reports_view_class_init (BerReportsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_reports_view_dispose;
  object_class->finalize = ber_reports_view_finalize;
  object_class->get_property = ber_reports_view_get_property;
  object_class->set_property = ber_reports_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BER_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * BerReportsView:n-late:
   *
   * How many reports are still expected after their due date.
   */
  properties[PROP_N_LATE] =
    g_param_spec_uint ("n-late", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BER_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-reports-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, network_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, body_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, from_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, to_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, page_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "view.add-to-agenda", NULL,
                                   add_to_agenda_activated);
  gtk_widget_class_install_action (widget_class, "view.clear-filters", NULL,
                                   clear_filters_activated);
  gtk_widget_class_install_action (widget_class, "view.focus-search", NULL,
                                   focus_search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "view.focus-search", NULL);
}

static void
ber_reports_view_init (BerReportsView *self)
{
  g_autoptr(GtkExpression) person_expression = NULL;
  g_autoptr(GtkExpression) network_expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The root of the template is AdwBin's child, which AdwBin itself releases:
   * not bound as a template child, or it would be released twice. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->sort_column = g_strdup ("due_on");
  self->sort_descending = TRUE;

  add_column (self, _("Person"), "person_name", cell_person, TRUE, 170);
  add_column (self, _("Network"), "network_acronym", cell_network, FALSE, 90);
  add_column (self, _("Event"), "event_title", cell_event, TRUE, 200);
  add_column (self, _("Event Date"), "event_starts_on", cell_event_date, FALSE, 100);
  add_column (self, _("Reports To"), "body_name", cell_body, FALSE, 160);
  add_column (self, _("Status"), "status", cell_status, FALSE, 100);
  add_column (self, _("Due"), "due_on", cell_due, FALSE, 100);
  add_column (self, _("Received"), "received_on", cell_received, FALSE, 100);

  /* The persons and networks are many: the drop-downs can be searched. */
  person_expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->person_dropdown, person_expression);
  network_expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->network_dropdown, network_expression);
  fill_status_dropdown (self);
  fill_filters (self);

  self->page = ber_report_page_new ();
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  gtk_box_append (self->page_box, GTK_WIDGET (self->page));
  g_signal_connect_object (self->page, "closed", G_CALLBACK (on_page_closed), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (on_stop_search),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_dropdown, "notify::selected", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->person_dropdown, "notify::selected", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->network_dropdown, "notify::selected", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_dropdown, "notify::selected", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->from_row, "notify::date", G_CALLBACK (on_period_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->to_row, "notify::date", G_CALLBACK (on_period_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sort_changed), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.add-to-agenda", FALSE);
}

GtkWidget *
ber_reports_view_new (void)
{
  return g_object_new (BER_TYPE_REPORTS_VIEW, NULL);
}

void
ber_reports_view_set_store (BerReportsView *self,
                            BerStore       *store)
{
  g_autoptr(BerQuery) query = NULL;

  g_return_if_fail (BER_IS_REPORTS_VIEW (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->reports);
  g_set_object (&self->store, store);

  ber_report_page_set_store (self->page, store);
  gtk_stack_set_visible_child_name (self->stack, "list");
  fill_filters (self);

  if (store != NULL)
    {
      query = build_query (self);
      self->reports = ber_record_list_new (store, BER_TYPE_REPORT, query);
      self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->reports)));
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
      g_signal_connect_object (self->reports, "items-changed", G_CALLBACK (update_content), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->selection, "selection-changed",
                               G_CALLBACK (update_agenda_action), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "row-changed", G_CALLBACK (on_store_changed), self,
                               G_CONNECT_SWAPPED);
    }

  update_n_late (self);
  update_content (self);
  update_agenda_action (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

guint
ber_reports_view_get_n_late (BerReportsView *self)
{
  g_return_val_if_fail (BER_IS_REPORTS_VIEW (self), 0);
  return self->n_late;
}

void
ber_reports_view_show_report (BerReportsView *self,
                              gint64          report_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerRecord) report = NULL;

  g_return_if_fail (BER_IS_REPORTS_VIEW (self));

  if (self->store == NULL)
    return;
  report = ber_record_load (BER_TYPE_REPORT, self->store, report_id, &error);
  if (report != NULL)
    open_page (self, BER_REPORT (report));
  else
    ber_ui_toast (GTK_WIDGET (self), error->message);
}

GListModel *
ber_reports_view_get_model (BerReportsView *self)
{
  g_return_val_if_fail (BER_IS_REPORTS_VIEW (self), NULL);
  return self->reports != NULL ? G_LIST_MODEL (self->reports) : NULL;
}
