/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-networks-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ber-column-sort.h"
#include "ber-date.h"
#include "ber-import-dialog.h"
#include "ber-labels.h"
#include "ber-membership-export.h"
#include "ber-model.h"
#include "ber-network-page.h"
#include "ber-networks-view.h"
#include "ber-persons-view.h"
#include "ber-ui-util.h"

/*
 * The register of networks: a lazy, sortable, filterable list, and the page
 * of one network. Filters, search and column sorting all become one store
 * query, so the list stays lazy however long it grows.
 */
struct _BerNetworksView
{
  AdwBin          parent_instance;

  BerStore       *store;
  BerRecordList  *networks;
  GtkSingleSelection *selection;
  GArray         *body_ids;     /* gint64 per entry of the body filter after "all" */
  guint           n_due_reviews;
  guint           search_source;
  char           *sort_column;
  gboolean        sort_descending;

  GtkStack       *stack;
  GtkStack       *section_stack;
  GtkStack       *content_stack;
  GtkSearchEntry *search_entry;
  GtkColumnView  *column_view;
  GtkDropDown    *status_dropdown;
  GtkDropDown    *kind_dropdown;
  GtkDropDown    *body_dropdown;
  GtkDropDown    *activity_dropdown;
  GtkRevealer    *review_revealer;
  GtkLabel       *review_label;
  GtkToggleButton *due_toggle;
  GtkBox         *page_box;
  BerNetworkPage *page;
  BerPersonsView *persons;
};

G_DEFINE_FINAL_TYPE (BerNetworksView, ber_networks_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_N_DUE_REVIEWS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const search_columns[] = { "name", "acronym", "description", "scope", NULL };

static const char *
today (BerNetworksView *self)
{
  return ber_store_get_today (self->store);
}

/* Filters */

static const char *
dropdown_choice (GtkDropDown *dropdown,
                 BerChoices   which)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* Entry 0 is "all". */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return ber_choice_value (which, selected - 1);
}

static BerQuery *
build_query (BerNetworksView *self)
{
  BerQuery *query = ber_query_new ("network_list");
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  const char *status = dropdown_choice (self->status_dropdown, BER_CHOICES_MEMBERSHIP_STATUS);
  const char *kind = dropdown_choice (self->kind_dropdown, BER_CHOICES_NETWORK_KIND);
  const char *activity = dropdown_choice (self->activity_dropdown, BER_CHOICES_ACTIVITY);
  guint body = gtk_drop_down_get_selected (self->body_dropdown);

  if (status != NULL)
    ber_query_add_condition (query, "membership_status", BER_QUERY_EQ,
                             g_variant_new_string (status));
  if (kind != NULL)
    ber_query_add_condition (query, "kind", BER_QUERY_EQ, g_variant_new_string (kind));
  if (activity != NULL)
    ber_query_add_condition (query, "activity", BER_QUERY_EQ, g_variant_new_string (activity));
  if (body > 0 && body != GTK_INVALID_LIST_POSITION && body - 1 < self->body_ids->len)
    ber_query_add_condition (query, "responsible_body_id", BER_QUERY_EQ,
                             g_variant_new_int64 (g_array_index (self->body_ids, gint64,
                                                                 body - 1)));
  if (gtk_toggle_button_get_active (self->due_toggle))
    ber_query_add_condition (query, "next_review_on", BER_QUERY_LE,
                             g_variant_new_string (today (self)));

  ber_query_set_search (query, text, search_columns);
  ber_query_add_order (query, self->sort_column, self->sort_descending);
  if (!g_str_equal (self->sort_column, "sort_key"))
    ber_query_add_order (query, "sort_key", FALSE);

  return query;
}

static gboolean
filters_active (BerNetworksView *self)
{
  return gtk_drop_down_get_selected (self->status_dropdown) > 0
         || gtk_drop_down_get_selected (self->kind_dropdown) > 0
         || gtk_drop_down_get_selected (self->body_dropdown) > 0
         || gtk_drop_down_get_selected (self->activity_dropdown) > 0
         || gtk_toggle_button_get_active (self->due_toggle)
         || *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';
}

static void
update_content (BerNetworksView *self)
{
  guint n = self->networks != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->networks)) : 0;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else if (filters_active (self))
    gtk_stack_set_visible_child_name (self->content_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

static void
update_due_reviews (BerNetworksView *self)
{
  g_autoptr(BerQuery) query = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (self->store != NULL)
    {
      query = ber_query_new ("network");
      ber_query_add_condition (query, "next_review_on", BER_QUERY_LE,
                               g_variant_new_string (today (self)));
      if (!ber_store_count (self->store, query, &n, &error))
        g_warning ("Counting due reviews: %s", error->message);
    }

  if (n > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "The yearly review of %u network is due.",
                                                            "The yearly reviews of %u networks are due.",
                                                            n),
                                               n);

      gtk_label_set_label (self->review_label, text);
    }
  gtk_revealer_set_reveal_child (self->review_revealer, n > 0);

  if (self->n_due_reviews != n)
    {
      self->n_due_reviews = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DUE_REVIEWS]);
    }
}

static void
refresh (BerNetworksView *self)
{
  g_autoptr(BerQuery) query = NULL;

  if (self->networks == NULL)
    return;

  query = build_query (self);
  ber_record_list_set_query (self->networks, query);
  update_content (self);
}

static gboolean
search_timeout (gpointer data)
{
  BerNetworksView *self = data;

  self->search_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_search_changed (BerNetworksView *self)
{
  /* GtkSearchEntry already waits for a pause in typing; refresh at once. */
  g_clear_handle_id (&self->search_source, g_source_remove);
  self->search_source = g_idle_add (search_timeout, self);
}

static void
on_stop_search (BerNetworksView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_stack_set_visible_child_name (self->section_stack, "networks");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_sort_changed (BerNetworksView *self)
{
  GtkSorter *sorter;
  const char *column = NULL;
  gboolean descending = FALSE;

  /* The column view clears its sorting while it is disposed. */
  if (self->column_view == NULL || self->networks == NULL)
    return;

  sorter = gtk_column_view_get_sorter (self->column_view);

  if (!ber_column_sort_get_primary (sorter, &column, &descending))
    {
      column = "sort_key";
      descending = FALSE;
    }

  g_free (self->sort_column);
  self->sort_column = g_strdup (column);
  self->sort_descending = descending;
  refresh (self);
}

/* Cells */

typedef char *(*CellText) (BerNetwork *network);

static char *
text_property (BerNetwork *network,
               const char *property)
{
  g_autofree char *value = NULL;

  g_object_get (network, property, &value, NULL);
  return g_steal_pointer (&value);
}

static char *
cell_name (BerNetwork *network)
{
  return text_property (network, "name");
}

static char *
cell_acronym (BerNetwork *network)
{
  return text_property (network, "acronym");
}

static char *
cell_kind (BerNetwork *network)
{
  g_autofree char *kind = text_property (network, "kind");

  return g_strdup (ber_choice_label (BER_CHOICES_NETWORK_KIND, kind));
}

static char *
cell_status (BerNetwork *network)
{
  g_autofree char *status = text_property (network, "membership-status");
  g_autofree char *via = text_property (network, "via-network-name");

  if (g_strcmp0 (status, "indirect") == 0 && via != NULL)
    /* Translators: an indirect membership, e.g. "Indirect member through Central Sweden" */
    return g_strdup_printf (_("Indirect member through %s"), via);
  if (status == NULL)
    return g_strdup (_("No membership"));
  return g_strdup (ber_choice_label (BER_CHOICES_MEMBERSHIP_STATUS, status));
}

static char *
cell_body (BerNetwork *network)
{
  g_autofree char *name = text_property (network, "responsible-body-name");

  return g_strdup (name != NULL ? name : "");
}

static char *
cell_activity (BerNetwork *network)
{
  g_autofree char *activity = text_property (network, "activity");

  return g_strdup (activity != NULL ? ber_choice_label (BER_CHOICES_ACTIVITY, activity) : "");
}

static char *
cell_representatives (BerNetwork *network)
{
  int n = 0;

  g_object_get (network, "representative-count", &n, NULL);
  return n > 0 ? g_strdup_printf ("%d", n) : g_strdup ("–");
}

static char *
cell_fee (BerNetwork *network)
{
  g_autofree char *currency = text_property (network, "fee-currency");
  g_autofree char *formatted = NULL;
  double amount = 0;

  g_object_get (network, "fee-amount", &amount, NULL);

  if (currency == NULL)
    return g_strdup ("–");
  formatted = ber_format_amount (amount);
  return g_strdup_printf ("%s %s", formatted, currency);
}

static char *
cell_review (BerNetwork *network)
{
  return text_property (network, "next-review-on");
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
           gpointer                  user_data)
{
  CellText text_func = (CellText) user_data;
  BerNetwork *network = gtk_list_item_get_item (item);
  g_autofree char *text = text_func (network);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (label, text);
}

static void
bind_review_cell (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  BerNetworksView          *self)
{
  BerNetwork *network = gtk_list_item_get_item (item);
  g_autofree char *review = cell_review (network);
  GtkWidget *label = gtk_list_item_get_child (item);
  gboolean due = review != NULL && self->store != NULL && g_strcmp0 (review, today (self)) <= 0;

  gtk_label_set_label (GTK_LABEL (label), review != NULL ? review : "");
  if (due)
    {
      gtk_widget_add_css_class (label, "warning");
      gtk_widget_set_tooltip_text (label, _("The yearly review is due"));
    }
  else
    {
      gtk_widget_remove_css_class (label, "warning");
      gtk_widget_set_tooltip_text (label, NULL);
    }
}

static void
add_column (BerNetworksView *self,
            const char      *title,
            const char      *store_column,
            CellText         text_func,
            gboolean         expand,
            int              fixed_width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
  if (text_func == cell_review)
    g_signal_connect_object (factory, "bind", G_CALLBACK (bind_review_cell), self, 0);
  else
    g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), text_func);

  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  if (store_column != NULL)
    {
      g_autoptr(GtkSorter) sorter = ber_column_sorter_new (store_column);

      gtk_column_view_column_set_sorter (column, sorter);
    }
  gtk_column_view_append_column (self->column_view, column);
}

/* Dropdowns */

static void
fill_choice_dropdown (GtkDropDown *dropdown,
                      const char  *all_label,
                      BerChoices   which)
{
  g_auto(GStrv) labels = ber_choice_labels (which);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all_label);
  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (list, labels[i]);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, 0);
}

static void
fill_body_dropdown (BerNetworksView *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(BerQuery) query = ber_query_new ("body");
  g_autoptr(GPtrArray) rows = NULL;

  gtk_string_list_append (list, _("All bodies"));
  g_array_set_size (self->body_ids, 0);

  if (self->store != NULL)
    {
      ber_query_add_order (query, "sort_key", FALSE);
      rows = ber_store_select (self->store, query, 0, 1000, NULL);
    }
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *name = NULL;
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "name", "&s", &name);
      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      gtk_string_list_append (list, name);
      g_array_append_val (self->body_ids, id);
    }

  gtk_drop_down_set_model (self->body_dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (self->body_dropdown, 0);
}

/* Navigation */

static void
open_page (BerNetworksView *self,
           BerNetwork      *network)
{
  ber_network_page_set_network (self->page, network);
  gtk_stack_set_visible_child_name (self->stack, "network");
  gtk_widget_grab_focus (GTK_WIDGET (self->page));
}

static void
row_activated (BerNetworksView *self,
               guint            position)
{
  g_autoptr(BerNetwork) network = g_list_model_get_item (G_LIST_MODEL (self->networks), position);

  if (network != NULL)
    open_page (self, network);
}

static void
on_page_closed (BerNetworksView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (widget);
  GtkWidget *persons = gtk_stack_get_child_by_name (self->section_stack, "persons");
  g_autoptr(BerNetwork) network = NULL;

  if (self->store == NULL)
    return;

  if (persons != NULL && gtk_stack_get_visible_child (self->section_stack) == persons)
    {
      gtk_widget_activate_action (persons, "view.new", NULL);
      return;
    }

  network = ber_network_new ();
  open_page (self, network);
}

static void
on_store_changed (BerNetworksView *self,
                  const char      *table)
{
  if (g_str_equal (table, "network") || g_str_equal (table, "network_review"))
    update_due_reviews (self);
  if (g_str_equal (table, "body"))
    fill_body_dropdown (self);
  update_content (self);
}

/* Exports */

typedef struct
{
  char   *database;
  char   *output;
  gint64  body_id;
  int     year;
  gboolean fees;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->database);
  g_free (job->output);
  g_free (job);
}

/* Exports read the register through a connection of their own, off the main thread. */
static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(BerStore) store = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  store = ber_store_open (job->database, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  ok = job->fees ? ber_export_fees (store, job->year, job->output, &error)
                 : ber_export_memberships (store, job->body_id, job->year, job->output, &error);
  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (object);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    ber_ui_toast (GTK_WIDGET (self), error->message);
  else
    {
      g_autofree char *name = g_path_get_basename (job->output);
      g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

      ber_ui_toast (GTK_WIDGET (self), message);
    }
}

static void
export_chosen (GtkNativeDialog *chooser,
               int              response,
               BerNetworksView *self)
{
  g_autoptr(GFile) file = NULL;
  ExportJob *job;
  g_autoptr(GTask) task = NULL;
  guint body = gtk_drop_down_get_selected (self->body_dropdown);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL || self->store == NULL)
    {
      g_object_unref (chooser);
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->database = g_strdup (ber_store_get_path (self->store));
  job->output = g_file_get_path (file);
  job->fees = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "fees"));
  job->year = (int) g_ascii_strtoll (today (self), NULL, 10);
  if (body > 0 && body != GTK_INVALID_LIST_POSITION && body - 1 < self->body_ids->len)
    job->body_id = g_array_index (self->body_ids, gint64, body - 1);

  /* Without an extension the file becomes a PDF. */
  if (strrchr (job->output, '.') == NULL
      || strchr (strrchr (job->output, '.'), '/') != NULL)
    {
      char *with_extension = g_strconcat (job->output, ".pdf", NULL);

      g_free (job->output);
      job->output = with_extension;
    }
  if (job->fees)
    job->year = 0;

  task = g_task_new (self, NULL, export_done, NULL);
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
  g_object_unref (chooser);
}

static void
run_export_chooser (BerNetworksView *self,
                    gboolean         fees)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  int year = self->store != NULL ? (int) g_ascii_strtoll (today (self), NULL, 10) : 0;

  if (self->store == NULL)
    return;

  chooser = gtk_file_chooser_native_new (fees ? _("Export Fees") : _("Export Memberships"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (pdf, _("PDF document"));
  gtk_file_filter_add_pattern (pdf, "*.pdf");
  gtk_file_filter_set_name (csv, _("CSV for spreadsheets"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  /* Translators: file names; %d is the year */
  name = fees ? g_strdup_printf (_("Fees %d.pdf"), year)
              : g_strdup_printf (_("Memberships %d.pdf"), year);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "fees", GINT_TO_POINTER (fees));
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_memberships_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  run_export_chooser (BER_NETWORKS_VIEW (widget), FALSE);
}

static void
export_fees_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  run_export_chooser (BER_NETWORKS_VIEW (widget), TRUE);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gboolean persons = g_str_equal (action_name, "view.import-persons");

  if (self->store == NULL)
    return;

  gtk_stack_set_visible_child_name (self->section_stack, persons ? "persons" : "networks");
  ber_import_choose_file (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                          persons ? BER_IMPORT_PERSONS : BER_IMPORT_NETWORKS);
}

/* GObject */

static void
ber_networks_view_dispose (GObject *object)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (object);

  g_clear_handle_id (&self->search_source, g_source_remove);
  if (self->selection != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->networks);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_NETWORKS_VIEW);

  G_OBJECT_CLASS (ber_networks_view_parent_class)->dispose (object);
}

static void
ber_networks_view_finalize (GObject *object)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (object);

  g_array_unref (self->body_ids);
  g_free (self->sort_column);

  G_OBJECT_CLASS (ber_networks_view_parent_class)->finalize (object);
}

static void
ber_networks_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_N_DUE_REVIEWS:
      g_value_set_uint (value, self->n_due_reviews);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_networks_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ber_networks_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_networks_view_class_init (BerNetworksViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_networks_view_dispose;
  object_class->finalize = ber_networks_view_finalize;
  object_class->get_property = ber_networks_view_get_property;
  object_class->set_property = ber_networks_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BER_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_DUE_REVIEWS] =
    g_param_spec_uint ("n-due-reviews", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-networks-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, section_stack);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, body_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, activity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, review_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, review_label);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, due_toggle);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, page_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "view.export-memberships", NULL,
                                   export_memberships_activated);
  gtk_widget_class_install_action (widget_class, "view.export-fees", NULL,
                                   export_fees_activated);
  gtk_widget_class_install_action (widget_class, "view.import-networks", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "view.import-persons", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "view.focus-search", NULL,
                                   focus_search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "view.focus-search", NULL);
}

static void
ber_networks_view_init (BerNetworksView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The root of the template is AdwBin's child, which AdwBin itself releases:
   * not bound as a template child, or it would be released twice. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  self->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->sort_column = g_strdup ("sort_key");

  add_column (self, _("Name"), "sort_key", cell_name, TRUE, 207);
  add_column (self, _("Acronym"), "acronym", cell_acronym, FALSE, 75);
  add_column (self, _("Kind"), "kind", cell_kind, FALSE, 130);
  add_column (self, _("Status"), "membership_status", cell_status, FALSE, 140);
  add_column (self, _("Responsible Body"), "responsible_body_name", cell_body, FALSE, 130);
  add_column (self, _("Activity"), "activity", cell_activity, FALSE, 95);
  add_column (self, _("Representatives"), "representative_count", cell_representatives, FALSE,
              45);
  add_column (self, _("Fee This Year"), "fee_amount", cell_fee, FALSE, 118);
  add_column (self, _("Next Review"), "next_review_on", cell_review, FALSE, 95);

  fill_choice_dropdown (self->status_dropdown, _("All statuses"), BER_CHOICES_MEMBERSHIP_STATUS);
  fill_choice_dropdown (self->kind_dropdown, _("All kinds"), BER_CHOICES_NETWORK_KIND);
  fill_choice_dropdown (self->activity_dropdown, _("All activity levels"), BER_CHOICES_ACTIVITY);
  fill_body_dropdown (self);

  self->persons = BER_PERSONS_VIEW (ber_persons_view_new (NULL));
  gtk_stack_page_set_title (gtk_stack_add_named (self->section_stack, GTK_WIDGET (self->persons),
                                                 "persons"),
                            _("Persons"));

  self->page = ber_network_page_new ();
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
  g_signal_connect_object (self->kind_dropdown, "notify::selected", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_dropdown, "notify::selected", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->activity_dropdown, "notify::selected", G_CALLBACK (refresh),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->due_toggle, "toggled", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sort_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ber_networks_view_new (void)
{
  return g_object_new (BER_TYPE_NETWORKS_VIEW, NULL);
}

void
ber_networks_view_set_store (BerNetworksView *self,
                             BerStore        *store)
{
  g_autoptr(BerQuery) query = NULL;

  g_return_if_fail (BER_IS_NETWORKS_VIEW (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->networks);
  g_set_object (&self->store, store);

  ber_network_page_set_store (self->page, store);
  ber_persons_view_set_store (self->persons, store);
  gtk_stack_set_visible_child_name (self->stack, "list");
  fill_body_dropdown (self);

  if (store != NULL)
    {
      query = build_query (self);
      self->networks = ber_record_list_new (store, BER_TYPE_NETWORK, query);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->networks)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
      g_signal_connect_object (self->networks, "items-changed", G_CALLBACK (update_content), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "row-changed", G_CALLBACK (on_store_changed), self,
                               G_CONNECT_SWAPPED);
    }

  update_due_reviews (self);
  update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

guint
ber_networks_view_get_n_due_reviews (BerNetworksView *self)
{
  g_return_val_if_fail (BER_IS_NETWORKS_VIEW (self), 0);
  return self->n_due_reviews;
}

void
ber_networks_view_show_network (BerNetworksView *self,
                                gint64           network_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerRecord) network = NULL;

  g_return_if_fail (BER_IS_NETWORKS_VIEW (self));

  network = ber_record_load (BER_TYPE_NETWORK, self->store, network_id, &error);
  if (network != NULL)
    open_page (self, BER_NETWORK (network));
}

GListModel *
ber_networks_view_get_model (BerNetworksView *self)
{
  g_return_val_if_fail (BER_IS_NETWORKS_VIEW (self), NULL);
  return self->networks != NULL ? G_LIST_MODEL (self->networks) : NULL;
}
