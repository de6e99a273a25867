/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-items-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-agenda-export.h"
#include "ber-column-sort.h"
#include "ber-date.h"
#include "ber-export-ui.h"
#include "ber-item-page.h"
#include "ber-item-workflow.h"
#include "ber-items-view.h"
#include "ber-labels.h"
#include "ber-model.h"

/*
 * The register of items (ärenden): a lazy, sortable, filterable list and
 * the page of one item. Filters, search and sorting become one store query.
 */
struct _BerItemsView
{
  AdwBin              parent_instance;

  BerStore           *store;
  BerRecordList      *items;
  GtkSingleSelection *selection;
  GSettings          *settings;
  GArray             *body_ids;
  guint               n_due;
  guint               search_source;
  char               *sort_column;
  gboolean            sort_descending;

  GtkStack           *stack;
  GtkStack           *content_stack;
  GtkSearchEntry     *search_entry;
  GtkColumnView      *column_view;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *type_dropdown;
  GtkDropDown        *body_dropdown;
  GtkCheckButton     *due_check;
  GtkSpinButton      *due_spin;
  GtkCheckButton     *overdue_check;
  GtkBox             *page_box;
  BerItemPage        *page;
};

G_DEFINE_FINAL_TYPE (BerItemsView, ber_items_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_N_DUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const search_columns[] = { "title", "diary_number", "description", NULL };
static const char * const open_statuses[] = { "received", "assessed", "in-preparation", "ready",
                                              "on-agenda", NULL };

static const char *
today (BerItemsView *self)
{
  return ber_store_get_today (self->store);
}

static int
warning_days (BerItemsView *self)
{
  return self->settings != NULL ? g_settings_get_int (self->settings, "reply-warning-days") : 14;
}

/* Filters */

static const char *
dropdown_choice (GtkDropDown *dropdown,
                 BerChoices   which)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  return ber_choice_value (which, selected - 1);
}

static BerQuery *
build_query (BerItemsView *self)
{
  BerQuery *query = ber_query_new ("item_list");
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  const char *status = dropdown_choice (self->status_dropdown, BER_CHOICES_ITEM_STATUS);
  const char *type = dropdown_choice (self->type_dropdown, BER_CHOICES_ITEM_TYPE);
  guint body = gtk_drop_down_get_selected (self->body_dropdown);

  if (status != NULL)
    ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string (status));
  if (type != NULL)
    ber_query_add_condition (query, "type", BER_QUERY_EQ, g_variant_new_string (type));
  if (body > 0 && body != GTK_INVALID_LIST_POSITION && body - 1 < self->body_ids->len)
    ber_query_add_condition (query, "routed_body_id", BER_QUERY_EQ,
                             g_variant_new_int64 (g_array_index (self->body_ids, gint64,
                                                                 body - 1)));
  if (self->store != NULL && gtk_check_button_get_active (self->due_check))
    {
      g_autofree char *limit =
        ber_date_add_days (today (self), gtk_spin_button_get_value_as_int (self->due_spin));

      ber_query_add_condition (query, "reply_by", BER_QUERY_LE, g_variant_new_string (limit));
      ber_query_add_in (query, "status", open_statuses);
    }
  if (self->store != NULL && gtk_check_button_get_active (self->overdue_check))
    {
      ber_query_add_condition (query, "reply_by", BER_QUERY_LT,
                               g_variant_new_string (today (self)));
      ber_query_add_in (query, "status", open_statuses);
    }

  ber_query_set_search (query, text, search_columns);
  ber_query_add_order (query, self->sort_column, self->sort_descending);
  if (!g_str_equal (self->sort_column, "received_on"))
    ber_query_add_order (query, "received_on", TRUE);
  ber_query_add_order (query, "id", TRUE);
  return query;
}

static gboolean
filters_active (BerItemsView *self)
{
  return gtk_drop_down_get_selected (self->status_dropdown) > 0
         || gtk_drop_down_get_selected (self->type_dropdown) > 0
         || gtk_drop_down_get_selected (self->body_dropdown) > 0
         || gtk_check_button_get_active (self->due_check)
         || gtk_check_button_get_active (self->overdue_check)
         || *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0';
}

static void
update_content (BerItemsView *self)
{
  guint n = self->items != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->items)) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.export", n > 0);
  if (n > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else if (filters_active (self))
    gtk_stack_set_visible_child_name (self->content_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

static void
update_due (BerItemsView *self)
{
  g_autoptr(BerQuery) query = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (self->store != NULL)
    {
      g_autofree char *limit = ber_date_add_days (today (self), warning_days (self));

      query = ber_query_new ("item");
      ber_query_add_condition (query, "reply_by", BER_QUERY_LE, g_variant_new_string (limit));
      ber_query_add_in (query, "status", open_statuses);
      if (!ber_store_count (self->store, query, &n, &error))
        g_warning ("Counting items due: %s", error->message);
    }

  if (self->n_due != n)
    {
      self->n_due = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DUE]);
    }
}

static void
refresh (BerItemsView *self)
{
  g_autoptr(BerQuery) query = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->due_spin),
                            gtk_check_button_get_active (self->due_check));
  if (self->items == NULL)
    return;

  query = build_query (self);
  ber_record_list_set_query (self->items, query);
  update_content (self);
}

static gboolean
search_timeout (gpointer data)
{
  BerItemsView *self = data;

  self->search_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_search_changed (BerItemsView *self)
{
  g_clear_handle_id (&self->search_source, g_source_remove);
  self->search_source = g_idle_add (search_timeout, self);
}

static void
on_stop_search (BerItemsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_sort_changed (BerItemsView *self)
{
  const char *column = NULL;
  gboolean descending = FALSE;

  if (self->column_view == NULL || self->items == NULL)
    return;

  if (!ber_column_sort_get_primary (gtk_column_view_get_sorter (self->column_view), &column,
                                    &descending))
    {
      column = "received_on";
      descending = TRUE;
    }
  g_free (self->sort_column);
  self->sort_column = g_strdup (column);
  self->sort_descending = descending;
  refresh (self);
}

/* Cells */

typedef char *(*CellText) (BerItem *item);

static char *
text_property (BerItem    *item,
               const char *property)
{
  g_autofree char *value = NULL;

  g_object_get (item, property, &value, NULL);
  return g_steal_pointer (&value);
}

static char *
cell_diary (BerItem *item)
{
  return text_property (item, "diary-number");
}

static char *
cell_title (BerItem *item)
{
  return text_property (item, "title");
}

static char *
cell_type (BerItem *item)
{
  g_autofree char *type = text_property (item, "type");

  return g_strdup (ber_choice_label (BER_CHOICES_ITEM_TYPE, type));
}

static char *
cell_received (BerItem *item)
{
  return text_property (item, "received-on");
}

static char *
cell_reply_by (BerItem *item)
{
  return text_property (item, "reply-by");
}

static char *
cell_area (BerItem *item)
{
  return text_property (item, "subject-area-name");
}

static char *
cell_body (BerItem *item)
{
  return text_property (item, "routed-body-name");
}

static char *
cell_status (BerItem *item)
{
  g_autofree char *status = text_property (item, "status");

  return g_strdup (ber_choice_label (BER_CHOICES_ITEM_STATUS, status));
}

static char *
cell_officer (BerItem *item)
{
  return text_property (item, "case-officer-name");
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  CellText text_func = (CellText) user_data;
  g_autofree char *text = text_func (gtk_list_item_get_item (list_item));
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (label, text);
}

static void
bind_reply_cell (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 BerItemsView             *self)
{
  BerItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *reply_by = cell_reply_by (item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  gboolean open = ber_item_workflow_is_open (ber_item_get_status (item));
  int days = reply_by != NULL && self->store != NULL ? ber_date_days_until (today (self), reply_by)
                                                      : G_MAXINT;
  g_autofree char *tooltip = NULL;

  gtk_label_set_label (GTK_LABEL (label), reply_by != NULL ? reply_by : "");
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");
  if (open && days < 0)
    {
      gtk_widget_add_css_class (label, "error");
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day",
                                              "Overdue by %d days", -days),
                                 -days);
    }
  else if (open && days <= warning_days (self))
    {
      gtk_widget_add_css_class (label, "warning");
      tooltip = days == 0 ? g_strdup (_("The reply is due today"))
                          : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day",
                                                          "Due in %d days", days),
                                             days);
    }
  gtk_widget_set_tooltip_text (label, tooltip);
  /* Colour alone says nothing to a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  tooltip != NULL ? tooltip : "", -1);
}

static void
add_column (BerItemsView *self,
            const char   *title,
            const char   *store_column,
            CellText      text_func,
            gboolean      expand,
            int           fixed_width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  g_autoptr(GtkSorter) sorter = ber_column_sorter_new (store_column);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
  if (text_func == cell_reply_by)
    g_signal_connect_object (factory, "bind", G_CALLBACK (bind_reply_cell), self, 0);
  else
    g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), text_func);

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
fill_body_dropdown (BerItemsView *self)
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

/* Page */

static void
open_page (BerItemsView *self,
           BerItem      *item)
{
  ber_item_page_set_item (self->page, item);
  gtk_stack_set_visible_child_name (self->stack, "item");
  gtk_widget_grab_focus (GTK_WIDGET (self->page));
}

static void
row_activated (BerItemsView *self,
               guint         position)
{
  g_autoptr(BerItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  g_autoptr(BerRecord) fresh = NULL;

  if (item == NULL)
    return;
  /* The page edits its own copy: the list's objects are recycled. */
  fresh = ber_record_load (BER_TYPE_ITEM, self->store, ber_record_get_id (BER_RECORD (item)),
                           NULL);
  if (fresh != NULL)
    open_page (self, BER_ITEM (fresh));
}

static void
on_page_closed (BerItemsView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BerItemsView *self = BER_ITEMS_VIEW (widget);
  g_autoptr(BerItem) item = NULL;

  if (self->store == NULL)
    return;
  item = ber_item_new ();
  g_object_set (item, "received-on", today (self), NULL);
  open_page (self, item);
}

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerItemsView *self = BER_ITEMS_VIEW (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Runs in the export's worker thread, with a query of its own. */
static gboolean
export_items (BerStore    *store,
              gpointer     data,
              const char  *output_path,
              GError     **error)
{
  return ber_export_items_query (store, data, output_path, error);
}

static void
query_free (gpointer data)
{
  ber_query_unref (data);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BerItemsView *self = BER_ITEMS_VIEW (widget);
  g_autofree char *name = NULL;

  /* On an item's page, the list is not what the user is looking at. */
  if (self->store == NULL || self->items == NULL
      || !g_str_equal (gtk_stack_get_visible_child_name (self->stack), "list"))
    return;

  /* Translators: a file name; %s is today's date */
  name = g_strdup_printf (_("Items %s.csv"), today (self));
  /* The same query as the list: its filters, search and order. */
  {
    /* Until this view takes a context of its own. */
    g_autoptr(BerContext) context = ber_context_new (self->store);

    ber_export_ui_run_with_data (widget, context,
                                 filters_active (self) ? _("Export Filtered Item List")
                                                       : _("Export Item List"),
                                 name, export_items, build_query (self), query_free);
  }
}

static void
on_store_changed (BerItemsView *self,
                  const char   *table)
{
  if (g_str_equal (table, "item"))
    update_due (self);
  if (g_str_equal (table, "body"))
    fill_body_dropdown (self);
  update_content (self);
}

/* GObject */

static void
ber_items_view_dispose (GObject *object)
{
  BerItemsView *self = BER_ITEMS_VIEW (object);

  g_clear_handle_id (&self->search_source, g_source_remove);
  if (self->selection != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_ITEMS_VIEW);

  G_OBJECT_CLASS (ber_items_view_parent_class)->dispose (object);
}

static void
ber_items_view_finalize (GObject *object)
{
  BerItemsView *self = BER_ITEMS_VIEW (object);

  g_array_unref (self->body_ids);
  g_free (self->sort_column);

  G_OBJECT_CLASS (ber_items_view_parent_class)->finalize (object);
}

static void
ber_items_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BerItemsView *self = BER_ITEMS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_N_DUE:
      g_value_set_uint (value, self->n_due);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_items_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BerItemsView *self = BER_ITEMS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ber_items_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_items_view_class_init (BerItemsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_items_view_dispose;
  object_class->finalize = ber_items_view_finalize;
  object_class->get_property = ber_items_view_get_property;
  object_class->set_property = ber_items_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BER_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_DUE] =
    g_param_spec_uint ("n-due", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-items-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, body_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, due_check);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, due_spin);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, overdue_check);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, page_box);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "view.focus-search", NULL,
                                   focus_search_activated);
  gtk_widget_class_install_action (widget_class, "view.export", NULL, export_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "view.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "view.export",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "view.focus-search", NULL);
}

static void
ber_items_view_init (BerItemsView *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The root of the template is AdwBin's child, which AdwBin itself releases:
   * not bound as a template child, or it would be released twice. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  self->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->sort_column = g_strdup ("received_on");
  self->sort_descending = TRUE;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "reply-warning-days"))
    {
      self->settings = g_settings_new (APP_ID);
      gtk_spin_button_set_value (self->due_spin, warning_days (self));
      g_signal_connect_object (self->settings, "changed::reply-warning-days",
                               G_CALLBACK (update_due), self, G_CONNECT_SWAPPED);
    }

  /* Widths that show Swedish statuses and dates whole; the title takes what is left. */
  add_column (self, _("Diary Number"), "diary_number", cell_diary, FALSE, 110);
  add_column (self, _("Title"), "title", cell_title, TRUE, 240);
  add_column (self, _("Type"), "type", cell_type, FALSE, 125);
  add_column (self, _("Received"), "received_on", cell_received, FALSE, 95);
  add_column (self, _("Reply By"), "reply_by", cell_reply_by, FALSE, 95);
  add_column (self, _("Subject Area"), "subject_area_name", cell_area, FALSE, 130);
  add_column (self, _("Body"), "routed_body_name", cell_body, FALSE, 130);
  add_column (self, _("Status"), "status", cell_status, FALSE, 165);
  add_column (self, _("Case Officer"), "case_officer_name", cell_officer, FALSE, 130);

  fill_choice_dropdown (self->status_dropdown, _("All statuses"), BER_CHOICES_ITEM_STATUS);
  fill_choice_dropdown (self->type_dropdown, _("All types"), BER_CHOICES_ITEM_TYPE);
  fill_body_dropdown (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->due_spin), FALSE);

  self->page = ber_item_page_new ();
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  gtk_box_append (self->page_box, GTK_WIDGET (self->page));
  g_signal_connect_object (self->page, "closed", G_CALLBACK (on_page_closed), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (on_stop_search), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->status_dropdown, "notify::selected", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->type_dropdown, "notify::selected", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_dropdown, "notify::selected", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->due_check, "toggled", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->due_spin, "value-changed", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->overdue_check, "toggled", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (on_sort_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ber_items_view_new (void)
{
  return g_object_new (BER_TYPE_ITEMS_VIEW, NULL);
}

void
ber_items_view_set_store (BerItemsView *self,
                          BerStore     *store)
{
  g_autoptr(BerQuery) query = NULL;

  g_return_if_fail (BER_IS_ITEMS_VIEW (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_set_object (&self->store, store);

  ber_item_page_set_store (self->page, store);
  gtk_stack_set_visible_child_name (self->stack, "list");
  fill_body_dropdown (self);

  if (store != NULL)
    {
      query = build_query (self);
      self->items = ber_record_list_new (store, BER_TYPE_ITEM, query);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
      g_signal_connect_object (self->items, "items-changed", G_CALLBACK (update_content), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "row-changed", G_CALLBACK (on_store_changed), self,
                               G_CONNECT_SWAPPED);
    }

  update_due (self);
  update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

guint
ber_items_view_get_n_due (BerItemsView *self)
{
  g_return_val_if_fail (BER_IS_ITEMS_VIEW (self), 0);
  return self->n_due;
}

void
ber_items_view_show_item (BerItemsView *self,
                          gint64        item_id)
{
  g_autoptr(BerRecord) item = NULL;

  g_return_if_fail (BER_IS_ITEMS_VIEW (self));

  if (self->store == NULL)
    return;
  item = ber_record_load (BER_TYPE_ITEM, self->store, item_id, NULL);
  if (item != NULL)
    open_page (self, BER_ITEM (item));
}

GListModel *
ber_items_view_get_model (BerItemsView *self)
{
  g_return_val_if_fail (BER_IS_ITEMS_VIEW (self), NULL);
  return self->items != NULL ? G_LIST_MODEL (self->items) : NULL;
}
