/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-reports-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-adaptive-bin.h"
#include "ber-application.h"
#include "ber-column-sort.h"
#include "ber-date-row.h"
#include "ber-event-form.h"
#include "ber-export-ui.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-record-row.h"
#include "ber-report-export.h"
#include "ber-report-page.h"
#include "ber-reports-view.h"
#include "ber-text-cell.h"
#include "ber-ui-util.h"

/* The width under which the toolbar's buttons go under its search entry. */
#define BER_REPORTS_VIEW_TOOLBAR_WIDTH 480

/*
 * The returned reports (DOMAIN.md, "Returned reports"): which are expected,
 * late, received and presented, as a lazy list that the reports service
 * makes from the view's filter. A report opens in its page, in place of
 * the list; received ones go to the next agenda of their bodies, several
 * at a time.
 */
struct _BerReportsView
{
  BerRegisterView     parent_instance;

  BerContext         *context;          /* whose changes the late count follows */
  GtkSelectionModel  *single_selection; /* the base's, kept while ours is shown */
  GtkMultiSelection  *selection;
  guint               n_late;

  GtkStack           *stack;
  GtkSearchEntry     *search_entry;
  GtkColumnView      *column_view;
  GtkStack           *content_stack;
  GtkDropDown        *status_dropdown;
  BerRecordRow       *person_row;
  BerRecordRow       *network_row;
  BerRecordRow       *body_row;
  BerDateRow         *from_row;
  BerDateRow         *to_row;
  BerReportPage      *page;
  AdwStatusPage      *empty_page;
  GtkWidget          *new_network_button;
  GtkWidget          *new_event_button;

  GListModel         *networks;         /* whether there is one to hold an event */
};

G_DEFINE_FINAL_TYPE (BerReportsView, ber_reports_view, BER_TYPE_REGISTER_VIEW)

enum
{
  PROP_0,
  PROP_N_LATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The entries of the status filter, in order; "All" first. */
static const char * const statuses[] = {
  NULL, BER_REPORTS_STATUS_EXPECTED, BER_REPORTS_STATUS_LATE, BER_REPORTS_STATUS_RECEIVED,
  BER_REPORTS_STATUS_ON_AGENDA, BER_REPORTS_STATUS_PRESENTED,
};

static BerReports *
reports_of (BerReportsView *self)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));

  return context != NULL ? ber_context_get_reports (context) : NULL;
}

/* Cells */

static char *
network_text (GtkListItem *item,
              const char  *acronym,
              const char  *name)
{
  /* The acronym is what people say: "AER", "CPMR". */
  return g_strdup (acronym != NULL && *acronym != '\0' ? acronym : name);
}

/* The network's whole name, when the pointer rests on its cell (which may
 * show the acronym): asked for then, rather than set on each row shown. */
static gboolean
network_query_tooltip (GtkWidget   *label,
                       int          x,
                       int          y,
                       gboolean     keyboard_mode,
                       GtkTooltip  *tooltip,
                       GtkListItem *item)
{
  BerReport *report = GTK_IS_LIST_ITEM (item) ? gtk_list_item_get_item (item) : NULL;
  g_autofree char *name = NULL;

  if (!BER_IS_REPORT (report))
    return FALSE;
  g_object_get (report, "network-name", &name, NULL);
  if (name == NULL || *name == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, name);
  return TRUE;
}

/* The whole of a cell's two lines, when the pointer rests on it. */
static gboolean
two_lines_query_tooltip (GtkWidget  *box,
                         int         x,
                         int         y,
                         gboolean    keyboard_mode,
                         GtkTooltip *tooltip)
{
  GtkWidget *first = gtk_widget_get_first_child (box);
  GtkWidget *second = gtk_widget_get_next_sibling (first);
  const char *text = gtk_label_get_text (GTK_LABEL (first));
  g_autofree char *whole = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  whole = gtk_widget_get_visible (second)
            ? g_strdup_printf ("%s · %s", text, gtk_label_get_text (GTK_LABEL (second)))
            : g_strdup (text);
  gtk_tooltip_set_text (tooltip, whole);
  return TRUE;
}

/* A label over a smaller one: a cell's text and what goes with it. */
static void
two_lines_setup (GtkListItem *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (details), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (details, "caption");
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), details);
  gtk_widget_set_has_tooltip (box, TRUE);
  g_signal_connect (box, "query-tooltip", G_CALLBACK (two_lines_query_tooltip), NULL);
  gtk_list_item_set_child (list_item, box);
}

static void
two_lines_bind (GtkListItem *list_item,
                const char  *text,
                const char  *details)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *first = gtk_widget_get_first_child (box);
  GtkWidget *second = gtk_widget_get_next_sibling (first);

  gtk_label_set_label (GTK_LABEL (first), text);
  gtk_label_set_label (GTK_LABEL (second), details != NULL ? details : "");
  gtk_widget_set_visible (second, details != NULL);
}

static void
status_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 BerReportsView           *self)
{
  two_lines_setup (list_item);
}

/* The status, and under it the meeting whose agenda brings the report up. */
static void
status_update (GtkListItem *list_item,
               gpointer     user_data)
{
  BerReportsView *self = user_data;
  BerReport *report = gtk_list_item_get_item (list_item);
  BerReports *reports = reports_of (self);
  GtkWidget *status = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  g_autofree char *text = NULL;
  g_autofree char *details = NULL;

  if (report == NULL || reports == NULL)
    return;
  text = ber_reports_status_text (reports, report);
  details = ber_reports_status_details (reports, report);
  two_lines_bind (list_item, text, details);
  /* Late is red, and says so in words. */
  if (ber_reports_get_state (reports, report) == BER_REPORT_STATE_LATE)
    gtk_widget_add_css_class (status, "overdue");
  else
    gtk_widget_remove_css_class (status, "overdue");
}

static void
status_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                BerReportsView           *self)
{
  status_update (list_item, self);
  ber_cell_follow (list_item, status_update, self);
}

static void
due_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              BerReportsView           *self)
{
  two_lines_setup (list_item);
}

/* The due day, and under it how late the report came in. */
static void
due_update (GtkListItem *list_item,
            gpointer     user_data)
{
  BerReportsView *self = user_data;
  BerReport *report = gtk_list_item_get_item (list_item);
  BerReports *reports = reports_of (self);
  g_autofree char *lateness = NULL;
  const char *due_on;

  if (report == NULL || reports == NULL)
    return;
  due_on = ber_report_get_due_on (report);
  lateness = ber_reports_lateness_text (reports, report);
  two_lines_bind (list_item, due_on != NULL ? due_on : "", lateness);
}

static void
due_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             BerReportsView           *self)
{
  due_update (list_item, self);
  ber_cell_follow (list_item, due_update, self);
}

/* Filters */

static void
filters_changed_cb (BerReportsView *self)
{
  BerListFilter *filter = ber_register_view_get_filter (BER_REGISTER_VIEW (self));
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  const char *from = ber_date_row_get_date (self->from_row);
  const char *to = ber_date_row_get_date (self->to_row);
  gboolean active;

  /* Each setter tells the list only when its criterion really changed. */
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_STATUS,
                            status < G_N_ELEMENTS (statuses) ? statuses[status] : NULL);
  ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_PERSON,
                          ber_record_row_get_id (self->person_row));
  ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_NETWORK,
                          ber_record_row_get_id (self->network_row));
  ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_BODY,
                          ber_record_row_get_id (self->body_row));
  /* A date half typed is no filter yet: the one before it stays. */
  if (ber_date_row_is_valid (self->from_row))
    ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_FROM, from);
  if (ber_date_row_is_valid (self->to_row))
    ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_TO, to);

  active = (status > 0 && status != GTK_INVALID_LIST_POSITION)
           || ber_record_row_get_id (self->person_row) > 0
           || ber_record_row_get_id (self->network_row) > 0
           || ber_record_row_get_id (self->body_row) > 0 || from != NULL || to != NULL;
  ber_register_view_set_filters_active (BER_REGISTER_VIEW (self), active);
}

static void
clear_filters_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  BerReportsView *self = BER_REPORTS_VIEW (widget);

  ber_record_row_set_id (self->person_row, 0);
  ber_record_row_set_id (self->network_row, 0);
  ber_record_row_set_id (self->body_row, 0);
  ber_date_row_set_date (self->from_row, NULL);
  ber_date_row_set_date (self->to_row, NULL);
  filters_changed_cb (self);
}

/* Late reports */

static void
update_n_late (BerReportsView *self)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (reports_of (self) != NULL && !ber_reports_count_late (reports_of (self), &n, &error))
    ber_ui_toast (GTK_WIDGET (self), error->message);

  if (self->n_late != n)
    {
      self->n_late = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LATE]);
    }
}

/* Navigation */

static void
open_report (BerReportsView *self,
             gint64          report_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerReport) report = NULL;

  if (reports_of (self) == NULL)
    return;
  /* The page edits a copy of its own, read now: the list changes when it saves. */
  report = ber_reports_load (reports_of (self), report_id, &error);
  if (report == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  ber_record_page_set_record (BER_RECORD_PAGE (self->page), BER_RECORD (report));
  gtk_stack_set_visible_child_name (self->stack, "report");
  gtk_widget_grab_focus (GTK_WIDGET (self->page));
}

static void
page_closed_cb (BerReportsView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (ber_register_view_get_list_widget (BER_REGISTER_VIEW (self)));
}

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerReportsView *self = BER_REPORTS_VIEW (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  ber_register_view_focus_search (BER_REGISTER_VIEW (self));
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
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (widget));

  if (context == NULL)
    return;
  ber_form_dialog_present (ber_event_form_new (context, report_due_days ()), widget);
}

/* Agenda */

/* The received reports among the selected rows. */
static GArray *
selected_received (BerReportsView *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GListModel *list = ber_register_view_get_model (BER_REGISTER_VIEW (self));
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  if (list == NULL)
    return ids;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(BerReport) report = g_list_model_get_item (list, position);
      gint64 id;

      /* Received and on no agenda yet. */
      if (report == NULL
          || ber_reports_get_state (reports_of (self), report) != BER_REPORT_STATE_RECEIVED)
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
  if (!ber_reports_add_to_agenda (reports_of (self), (const gint64 *) (gpointer) ids->data,
                                  ids->len, 0, &error))
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
  update_agenda_action (self);
}

/* Exports: the annex of the yearly report, or a table, of the body and period filtered. */

static void
export_reports (BerReportsView *self,
                const char     *suggested_name)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));

  if (context == NULL)
    return;
  ber_export_ui_run_with_data (GTK_WIDGET (self), context, _("Export Returned Reports"),
                               suggested_name, ber_export_reports_spec,
                               ber_reports_export_spec_new (
                                 ber_record_row_get_id (self->body_row),
                                 ber_date_row_get_date (self->from_row),
                                 ber_date_row_get_date (self->to_row)),
                               (GDestroyNotify) ber_reports_export_spec_free);
}

static void
export_pdf_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  /* Translators: the suggested file name of the reports as a PDF */
  export_reports (BER_REPORTS_VIEW (widget), _("Returned reports.pdf"));
}

static void
export_csv_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  /* Translators: the suggested file name of the reports as a table */
  export_reports (BER_REPORTS_VIEW (widget), _("Returned reports.csv"));
}

/* What changed in the register */

static void
on_record_changed (BerReportsView *self,
                   GType           type)
{
  if (type == BER_TYPE_REPORT || type == BER_TYPE_FORUM_EVENT)
    {
      update_n_late (self);
      update_agenda_action (self);
    }
}

static void
on_model_changed (BerReportsView *self)
{
  gtk_multi_selection_set_model (self->selection,
                                 ber_register_view_get_model (BER_REGISTER_VIEW (self)));
  update_agenda_action (self);
}

/* A list that cannot be read says why, rather than look empty. */
static void
on_list_error (BerReportsView *self,
               const GError   *error)
{
  ber_ui_toast (GTK_WIDGET (self), error->message);
}

/* The empty list's next step: a forum event, or first the network that holds it. */
static void
update_empty_page (BerReportsView *self)
{
  gboolean has_network = self->networks == NULL || g_list_model_get_n_items (self->networks) > 0;

  gtk_widget_set_visible (self->new_network_button, !has_network);
  gtk_widget_set_visible (self->new_event_button, has_network);
  adw_status_page_set_description (self->empty_page,
                                   has_network ? _("Register a forum event with the persons who "
                                                   "attended it: each of them then owes a report "
                                                   "to the body that gave the assignment.")
                                               : _("A report is owed after a forum event of a "
                                                   "network: a general assembly, a board or a "
                                                   "working group meeting. There is no network "
                                                   "yet: register it first, with its "
                                                   "representatives."));
}

/* BerRegisterView */

static void
ber_reports_view_clear_filters (BerRegisterView *view)
{
  gtk_drop_down_set_selected (BER_REPORTS_VIEW (view)->status_dropdown, 0);
  gtk_widget_activate_action (GTK_WIDGET (view), "view.clear-filters", NULL);
}

static GListModel *
ber_reports_view_create_list (BerRegisterView *view,
                              BerContext      *context,
                              BerListFilter   *filter)
{
  GListModel *list = ber_reports_list (ber_context_get_reports (context), filter);

  g_signal_connect_object (list, "error", G_CALLBACK (on_list_error), view, G_CONNECT_SWAPPED);
  return list;
}

/* A forum event opens as the list of the reports owed after it: its
 * title in the search, the filters showing everything. */
static gboolean
open_event (BerReportsView *self,
            gint64          event_id)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));
  g_autoptr(BerForumEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  if (context == NULL)
    return FALSE;
  event = ber_context_load (context, BER_TYPE_FORUM_EVENT, event_id, &error);
  if (event == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return TRUE;
    }
  ber_register_view_clear_search (BER_REGISTER_VIEW (self));
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), ber_forum_event_get_title (event));
  gtk_widget_grab_focus (ber_register_view_get_list_widget (BER_REGISTER_VIEW (self)));
  return TRUE;
}

static gboolean
ber_reports_view_open_id (BerRegisterView *view,
                          GType            type,
                          gint64           id)
{
  if (type == BER_TYPE_FORUM_EVENT)
    return open_event (BER_REPORTS_VIEW (view), id);
  if (type != BER_TYPE_REPORT)
    return FALSE;
  open_report (BER_REPORTS_VIEW (view), id);
  return TRUE;
}

static void
ber_reports_view_open_record (BerRegisterView *view,
                              BerRecord       *record)
{
  open_report (BER_REPORTS_VIEW (view), ber_record_get_id (record));
}

/* The event, "Anna Berg · CPMR · due 2026-10-04", and the status at the end,
 * in the words of the Status column. */
static void
ber_reports_view_describe_row (BerRegisterView *view,
                               BerRecord       *record,
                               BerNarrowRow    *row)
{
  g_autofree char *person = NULL, *acronym = NULL, *name = NULL;
  g_autofree char *due_on = NULL, *received_on = NULL, *network = NULL, *date = NULL;
  BerReports *reports = reports_of (BER_REPORTS_VIEW (view));

  g_object_get (record, "event-title", &row->title, "person-name", &person, "network-acronym",
                &acronym, "network-name", &name, "due-on", &due_on,
                "received-on", &received_on, NULL);
  network = network_text (NULL, acronym, name);
  if (received_on != NULL && *received_on != '\0')
    /* Translators: in a report's row, when it came in: "received 2026-10-02" */
    date = g_strdup_printf (C_("report", "received %s"), received_on);
  else if (due_on != NULL && *due_on != '\0')
    /* Translators: in a report's row, when it is due: "due 2026-10-04" */
    date = g_strdup_printf (C_("report", "due %s"), due_on);
  row->subtitle = BER_NARROW_JOIN (person, network, date);
  if (reports != NULL)
    {
      row->suffix = ber_reports_status_text (reports, BER_REPORT (record));
      /* Late is red, and says so in words. */
      if (ber_reports_get_state (reports, BER_REPORT (record)) == BER_REPORT_STATE_LATE)
        row->suffix_class = "error";
    }
}

static void
ber_reports_view_refresh (BerRegisterView *view)
{
  BerReportsView *self = BER_REPORTS_VIEW (view);
  BerContext *context = ber_register_view_get_context (view);

  if (self->context != context)
    {
      if (self->context != NULL)
        g_signal_handlers_disconnect_by_data (self->context, self);
      g_set_object (&self->context, context);
      if (context != NULL)
        g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self,
                                 G_CONNECT_SWAPPED);
      ber_record_row_set_context (self->person_row, context);
      ber_record_row_set_context (self->network_row, context);
      ber_record_row_set_context (self->body_row, context);
      ber_record_page_set_context (BER_RECORD_PAGE (self->page), context);
      gtk_stack_set_visible_child_name (self->stack, "list");

      if (self->networks != NULL)
        g_signal_handlers_disconnect_by_data (self->networks, self);
      g_clear_object (&self->networks);
      if (context != NULL)
        {
          g_autoptr(BerListFilter) filter = ber_list_filter_new ();

          self->networks = ber_context_choose (context, BER_CHOICE_NETWORKS, filter);
          g_signal_connect_object (self->networks, "items-changed",
                                   G_CALLBACK (update_empty_page), self, G_CONNECT_SWAPPED);
        }
      update_empty_page (self);
    }
  update_n_late (self);
}

/* GObject */

static void
ber_reports_view_dispose (GObject *object)
{
  BerReportsView *self = BER_REPORTS_VIEW (object);

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  if (self->networks != NULL)
    g_signal_handlers_disconnect_by_data (self->networks, self);
  g_clear_object (&self->networks);
  /* AdwBin 1.2 keeps a pointer to the child that the template disposes. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_REPORTS_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->single_selection);

  G_OBJECT_CLASS (ber_reports_view_parent_class)->dispose (object);
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
    case PROP_N_LATE:
      g_value_set_uint (value, self->n_late);
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
  BerRegisterViewClass *view_class = BER_REGISTER_VIEW_CLASS (klass);

  object_class->dispose = ber_reports_view_dispose;
  object_class->get_property = ber_reports_view_get_property;
  view_class->create_list = ber_reports_view_create_list;
  view_class->open_record = ber_reports_view_open_record;
  view_class->open_id = ber_reports_view_open_id;
  view_class->clear_filters = ber_reports_view_clear_filters;
  view_class->refresh = ber_reports_view_refresh;
  view_class->describe_row = ber_reports_view_describe_row;

  /**
   * BerReportsView:n-late:
   *
   * How many reports are still expected after their due date.
   */
  properties[PROP_N_LATE] =
    g_param_spec_uint ("n-late", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BER_TYPE_COLUMN_SORTER);
  g_type_ensure (BER_TYPE_DATE_ROW);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  g_type_ensure (BER_TYPE_REPORT);
  g_type_ensure (BER_TYPE_REPORT_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-reports-view.ui");
  /* The columns that fold in a narrower window. */
  gtk_widget_class_bind_template_child_full (widget_class, "person_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "event_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "received_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "body_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "event_date_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "network_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "due_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "toolbar", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, ber_cell_query_tooltip);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, stack);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, new_network_button);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, new_event_button);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, person_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, network_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, body_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, from_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, to_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportsView, page);
  gtk_widget_class_bind_template_callback (widget_class, network_text);
  gtk_widget_class_bind_template_callback (widget_class, network_query_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, status_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, due_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, due_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, ber_cell_unbind);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_closed_cb);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "view.add-to-agenda", NULL,
                                   add_to_agenda_activated);
  gtk_widget_class_install_action (widget_class, "view.clear-filters", NULL,
                                   clear_filters_activated);
  gtk_widget_class_install_action (widget_class, "view.export-pdf", NULL, export_pdf_activated);
  gtk_widget_class_install_action (widget_class, "view.export-csv", NULL, export_csv_activated);
  /* Ctrl+F (BerRegisterView's) also leaves a report's page for the search of the list. */
  gtk_widget_class_install_action (widget_class, "view.focus-search", NULL,
                                   focus_search_activated);
}

/* The cells of one line of text are made in C (ber-text-cell.c): a
 * template would be parsed again for each of them, 200 rows at a time. */
static void
make_text_cells (BerReportsView *self)
{
  static const struct
  {
    const char *column;
    const char *property;
  } cells[] = {
    { "person_column", "person-name" },
    { "event_column", "event-title" },
    { "event_date_column", "event-starts-on" },
    { "body_column", "body-name" },
    { "received_column", "received-on" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      GtkColumnViewColumn *column = GTK_COLUMN_VIEW_COLUMN (
        gtk_widget_get_template_child (GTK_WIDGET (self), BER_TYPE_REPORTS_VIEW, cells[i].column));
      g_autoptr(GtkListItemFactory) factory = ber_text_cell_factory_new (cells[i].property, NULL);

      gtk_column_view_column_set_factory (column, factory);
    }
}

static void
ber_reports_view_init (BerReportsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  make_text_cells (self);
  ber_register_view_set_widgets (BER_REGISTER_VIEW (self), self->search_entry, self->column_view,
                                 self->content_stack);
  ber_register_view_fold_columns (BER_REGISTER_VIEW (self), BER_TYPE_REPORTS_VIEW,
                                  "received_column", "body_column", "event_date_column",
                                  "network_column", "due_column", NULL);
  /* In a narrow window the buttons go under the search entry, which keeps
   * the whole width. */
  {
    GtkWidget *toolbar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self),
                                                                    BER_TYPE_REPORTS_VIEW,
                                                                    "toolbar"));
    GtkWidget *parent = gtk_widget_get_parent (toolbar);
    GtkWidget *adaptive = ber_adaptive_bin_new ();

    g_object_ref (toolbar);
    gtk_box_remove (GTK_BOX (parent), toolbar);
    ber_adaptive_bin_set_child (BER_ADAPTIVE_BIN (adaptive), toolbar);
    gtk_box_prepend (GTK_BOX (parent), adaptive);
    g_object_unref (toolbar);
    ber_adaptive_bin_add_setters (BER_ADAPTIVE_BIN (adaptive), BER_REPORTS_VIEW_TOOLBAR_WIDTH,
                                  toolbar, "orientation", GTK_ORIENTATION_VERTICAL, NULL);
  }

  /* Reports go to agendas several at a time: the column view selects many
   * rows, where BerRegisterView's selects one. Its selection is kept, as
   * the base still sets its list on it. */
  self->single_selection = g_object_ref (gtk_column_view_get_model (self->column_view));
  self->selection = gtk_multi_selection_new (NULL);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (update_agenda_action), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_agenda_action),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::model", G_CALLBACK (on_model_changed), NULL);
  on_model_changed (self);
}

GtkWidget *
ber_reports_view_new (void)
{
  return g_object_new (BER_TYPE_REPORTS_VIEW, NULL);
}

guint
ber_reports_view_get_n_late (BerReportsView *self)
{
  g_return_val_if_fail (BER_IS_REPORTS_VIEW (self), 0);
  return self->n_late;
}

/* Shows the page of report @report_id, in place of the list. */
void
ber_reports_view_show_report (BerReportsView *self,
                              gint64          report_id)
{
  g_return_if_fail (BER_IS_REPORTS_VIEW (self));
  open_report (self, report_id);
}

/* Returns: (transfer none) (nullable): the reports listed */
GListModel *
ber_reports_view_get_model (BerReportsView *self)
{
  g_return_val_if_fail (BER_IS_REPORTS_VIEW (self), NULL);
  return ber_register_view_get_model (BER_REGISTER_VIEW (self));
}
