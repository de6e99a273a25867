/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-items-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-agenda-export.h"
#include "ber-column-sort.h"
#include "ber-export-ui.h"
#include "ber-item-page.h"
#include "ber-items-view.h"
#include "ber-labels.h"
#include "ber-text-cell.h"
#include "ber-ui-util.h"

/*
 * The register of items (ärenden): a lazy, sortable, filterable list that
 * the items service makes from the view's filter, and the page of one item.
 * The columns are in ber-items-view.ui.
 */
struct _BerItemsView
{
  BerRegisterView     parent_instance;

  GSettings          *settings;
  int                 warning_days;  /* the setting, read once per change */
  BerContext         *watched;      /* whose changes the count follows */
  GCancellable       *counting_due;
  BerListFilter      *body_filter;  /* of the bodies to filter by */
  guint               n_due;

  GtkStack           *stack;
  GtkSearchEntry     *search_entry;
  GtkStack           *content_stack;
  GtkColumnView      *column_view;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *type_dropdown;
  GtkDropDown        *body_dropdown;
  GtkCheckButton     *due_check;
  GtkSpinButton      *due_spin;
  GtkCheckButton     *overdue_check;
  BerItemPage        *page;
};

G_DEFINE_FINAL_TYPE (BerItemsView, ber_items_view, BER_TYPE_REGISTER_VIEW)

enum
{
  PROP_0,
  PROP_N_DUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static BerContext *
context_of (BerItemsView *self)
{
  return ber_register_view_get_context (BER_REGISTER_VIEW (self));
}

static BerItems *
items_of (BerItemsView *self)
{
  BerContext *context = context_of (self);

  return context != NULL ? ber_context_get_items (context) : NULL;
}

/* Asked for by each row shown: kept, not read from the settings each time. */
static int
warning_days (BerItemsView *self)
{
  return self->warning_days;
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

static gint64
chosen_body (BerItemsView *self)
{
  gpointer body = gtk_drop_down_get_selected_item (self->body_dropdown);

  return body != NULL ? ber_record_get_id (BER_RECORD (body)) : 0;
}

static void
update_export (BerItemsView *self)
{
  GListModel *list = ber_register_view_get_model (BER_REGISTER_VIEW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.export",
                                 list != NULL && g_list_model_get_n_items (list) > 0);
}

/* The filter widgets become criteria of the view's filter, which the list follows. */
static void
filter_changed_cb (BerItemsView *self)
{
  BerListFilter *filter = ber_register_view_get_filter (BER_REGISTER_VIEW (self));
  gboolean due = gtk_check_button_get_active (self->due_check);
  gboolean overdue = gtk_check_button_get_active (self->overdue_check);
  g_autofree char *days = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->due_spin), due);
  if (due)
    days = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (self->due_spin));

  ber_list_filter_set_text (filter, BER_ITEMS_STATUS,
                            dropdown_choice (self->status_dropdown, BER_CHOICES_ITEM_STATUS));
  ber_list_filter_set_text (filter, BER_ITEMS_TYPE,
                            dropdown_choice (self->type_dropdown, BER_CHOICES_ITEM_TYPE));
  ber_list_filter_set_id (filter, BER_ITEMS_ROUTED_BODY, chosen_body (self));
  ber_list_filter_set_text (filter, BER_ITEMS_DUE_WITHIN, days);
  ber_list_filter_set_flag (filter, BER_ITEMS_OVERDUE, overdue);

  ber_register_view_set_filters_active (
    BER_REGISTER_VIEW (self),
    gtk_drop_down_get_selected (self->status_dropdown) > 0
      || gtk_drop_down_get_selected (self->type_dropdown) > 0 || chosen_body (self) > 0 || due
      || overdue);
  update_export (self);
}

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

/* "All bodies", then every body, dissolved ones too: old items were routed to them. */
static void
fill_body_dropdown (BerItemsView *self)
{
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) all = g_list_store_new (BER_TYPE_BODY);
  g_autoptr(BerBody) placeholder = ber_body_new ();
  g_autoptr(GtkFlattenListModel) model = NULL;

  g_object_set (placeholder, "name", _("All bodies"), NULL);
  g_list_store_append (all, placeholder);
  g_list_store_append (parts, all);
  if (context_of (self) != NULL)
    {
      g_autoptr(GListModel) bodies = ber_context_choose (context_of (self), BER_CHOICE_ALL_BODIES,
                                                         self->body_filter);

      g_list_store_append (parts, bodies);
    }
  model = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));
  gtk_drop_down_set_model (self->body_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->body_dropdown, 0);
}

/* Replies due soon */

static void
on_due_counted (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(BerItemsView) self = user_data;
  g_autoptr(GError) error = NULL;
  BerAttention attention = { 0, 0, 0 };

  if (g_task_get_cancellable (G_TASK (result)) != self->counting_due)
    return;
  g_clear_object (&self->counting_due);
  if (!ber_context_count_attention_finish (BER_CONTEXT (object), result, &attention, &error))
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  if (self->n_due != attention.replies_due)
    {
      self->n_due = attention.replies_due;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DUE]);
    }
}

/* Counted in a worker: at a million items the count would hold up a save. */
static void
update_due (BerItemsView *self)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));

  if (self->counting_due != NULL)
    g_cancellable_cancel (self->counting_due);
  g_clear_object (&self->counting_due);
  if (context == NULL)
    return;

  self->counting_due = g_cancellable_new ();
  ber_context_count_attention_async (context, warning_days (self), self->counting_due,
                                     on_due_counted, g_object_ref (self));
}

static void
on_warning_days_changed (BerItemsView *self)
{
  self->warning_days = g_settings_get_int (self->settings, "reply-warning-days");
  update_due (self);
}

/**
 * ber_items_view_get_counting_due:
 *
 * Whether the replies due soon are being counted.
 */
gboolean
ber_items_view_get_counting_due (BerItemsView *self)
{
  g_return_val_if_fail (BER_IS_ITEMS_VIEW (self), FALSE);
  return self->counting_due != NULL;
}

static void
on_record_changed (BerItemsView *self,
                   GType         type,
                   gint64        id,
                   int           change)
{
  if (type == BER_TYPE_ITEM)
    update_due (self);
}

/* Cells */

static char *
type_label (const char *type)
{
  return g_strdup (type != NULL ? ber_choice_label (BER_CHOICES_ITEM_TYPE, type) : "");
}

static char *
status_label (const char *status)
{
  return g_strdup (status != NULL ? ber_choice_label (BER_CHOICES_ITEM_STATUS, status) : "");
}

/* The columns of one line of text, each a property of the item. */
static void
set_text_cells (BerItemsView *self)
{
  static const struct
  {
    const char  *column;
    const char  *property;
    BerCellText  text;
  } cells[] = {
    { "diary_column", "diary-number", NULL },
    { "title_column", "title", NULL },
    { "type_column", "type", type_label },
    { "received_column", "received-on", NULL },
    { "area_column", "subject-area-name", NULL },
    { "body_column", "routed-body-name", NULL },
    { "status_column", "status", status_label },
    { "officer_column", "case-officer-name", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      GtkColumnViewColumn *column = GTK_COLUMN_VIEW_COLUMN (
        gtk_widget_get_template_child (GTK_WIDGET (self), BER_TYPE_ITEMS_VIEW, cells[i].column));
      g_autoptr(GtkListItemFactory) factory = ber_text_cell_factory_new (cells[i].property,
                                                                         cells[i].text);

      gtk_column_view_column_set_factory (column, factory);
    }
}

#define REPLY_TOOLTIP_KEY "ber-reply-tooltip"

/* The words for the colour of a reply-by date, asked for when the pointer
 * rests on it: setting a tooltip on each row as it is shown asks the
 * display where the pointer is, a round trip per row while scrolling. */
static gboolean
reply_query_tooltip (GtkWidget  *label,
                     int         x,
                     int         y,
                     gboolean    keyboard_mode,
                     GtkTooltip *tooltip)
{
  const char *text = g_object_get_data (G_OBJECT (label), REPLY_TOOLTIP_KEY);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
reply_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                BerItemsView             *self)
{
  GtkWidget *label = ber_cell_label_new ();

  g_signal_connect (label, "query-tooltip", G_CALLBACK (reply_query_tooltip), NULL);
  gtk_list_item_set_child (list_item, label);
}

/* An open item whose reply is overdue is red, one due soon orange, and
 * both say so in words. */
static void
reply_update (GtkListItem *list_item,
              gpointer     user_data)
{
  BerItemsView *self = user_data;
  BerItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  const char *reply_by = ber_item_get_reply_by (item);
  int days = items_of (self) != NULL ? ber_items_days_until_reply (items_of (self), item)
                                     : G_MAXINT;
  g_autofree char *tooltip = NULL;

  gtk_label_set_label (GTK_LABEL (label), reply_by != NULL ? reply_by : "");
  gtk_widget_remove_css_class (label, "overdue");
  gtk_widget_remove_css_class (label, "warning");
  if (days < 0)
    {
      gtk_widget_add_css_class (label, "overdue");
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day",
                                              "Overdue by %d days", -days),
                                 -days);
    }
  else if (days <= warning_days (self))
    {
      gtk_widget_add_css_class (label, "warning");
      tooltip = days == 0 ? g_strdup (_("The reply is due today"))
                          : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day",
                                                          "Due in %d days", days),
                                             days);
    }
  /* Colour alone says nothing to a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  tooltip != NULL ? tooltip : "", -1);
  g_object_set_data_full (G_OBJECT (label), REPLY_TOOLTIP_KEY, g_steal_pointer (&tooltip),
                          g_free);
}

static void
reply_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               BerItemsView             *self)
{
  reply_update (list_item, self);
  ber_cell_follow (list_item, reply_update, self);
}

/* The page */

static void
open_page (BerItemsView *self,
           BerItem      *item)
{
  ber_item_page_set_item (self->page, item);
  gtk_stack_set_visible_child_name (self->stack, "item");
  gtk_widget_grab_focus (GTK_WIDGET (self->page));
}

/* The page edits its own copy: the list's records are shared and recycled. */
static void
open_item (BerItemsView *self,
           gint64        item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerItem) item = NULL;

  if (items_of (self) == NULL)
    return;
  item = ber_items_load (items_of (self), item_id, &error);
  if (item == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  open_page (self, item);
}

static void
page_closed_cb (BerItemsView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (ber_register_view_get_list_widget (BER_REGISTER_VIEW (self)));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BerItemsView *self = BER_ITEMS_VIEW (widget);
  g_autoptr(BerItem) item = NULL;

  if (items_of (self) == NULL)
    return;
  item = ber_items_new_item (items_of (self));
  open_page (self, item);
}

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerItemsView *self = BER_ITEMS_VIEW (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  ber_register_view_focus_search (BER_REGISTER_VIEW (self));
}

/* The list as shown, with its filters, search and order, in a worker thread. */
static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BerItemsView *self = BER_ITEMS_VIEW (widget);
  BerListFilter *filter = ber_register_view_get_filter (BER_REGISTER_VIEW (self));
  gboolean filtered;
  g_autofree char *name = NULL;

  /* On an item's page, the list is not what the user is looking at. */
  if (context_of (self) == NULL
      || !g_str_equal (gtk_stack_get_visible_child_name (self->stack), "list"))
    return;

  filtered = ber_list_filter_get_search (filter) != NULL
             || gtk_drop_down_get_selected (self->status_dropdown) > 0
             || gtk_drop_down_get_selected (self->type_dropdown) > 0 || chosen_body (self) > 0
             || gtk_check_button_get_active (self->due_check)
             || gtk_check_button_get_active (self->overdue_check);
  /* Translators: a file name; %s is today's date */
  name = g_strdup_printf (_("Items %s.csv"), ber_context_get_today (context_of (self)));
  ber_export_ui_run_with_data (widget, context_of (self),
                               filtered ? _("Export Filtered Item List") : _("Export Item List"),
                               name, ber_export_items_filtered, ber_items_copy_filter (filter),
                               g_object_unref);
}

/* BerRegisterView */

static void
ber_items_view_clear_filters (BerRegisterView *view)
{
  BerItemsView *self = BER_ITEMS_VIEW (view);

  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->type_dropdown, 0);
  gtk_drop_down_set_selected (self->body_dropdown, 0);
  gtk_check_button_set_active (self->due_check, FALSE);
  gtk_check_button_set_active (self->overdue_check, FALSE);
}

static void
on_list_error (BerItemsView *self,
               const GError *error)
{
  ber_ui_toast (GTK_WIDGET (self), error->message);
}

static GListModel *
ber_items_view_create_list (BerRegisterView *view,
                            BerContext      *context,
                            BerListFilter   *filter)
{
  BerItemsView *self = BER_ITEMS_VIEW (view);
  GListModel *list = ber_items_list (ber_context_get_items (context), filter);

  g_signal_connect_object (list, "items-changed", G_CALLBACK (update_export), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (list, "error", G_CALLBACK (on_list_error), self, G_CONNECT_SWAPPED);
  return list;
}

static gboolean
ber_items_view_open_id (BerRegisterView *view,
                        GType            type,
                        gint64           id)
{
  if (type != BER_TYPE_ITEM)
    return FALSE;
  open_item (BER_ITEMS_VIEW (view), id);
  return TRUE;
}

static void
ber_items_view_open_record (BerRegisterView *view,
                            BerRecord       *record)
{
  open_item (BER_ITEMS_VIEW (view), ber_record_get_id (record));
}

/* "RS 2026/331 · Ready", with the reply date of an open item at the end:
 * orange when it is near, red when it has passed. */
static void
ber_items_view_describe_row (BerRegisterView *view,
                             BerRecord       *record,
                             BerNarrowRow    *row)
{
  BerItemsView *self = BER_ITEMS_VIEW (view);
  BerItem *item = BER_ITEM (record);
  int days = items_of (self) != NULL ? ber_items_days_until_reply (items_of (self), item)
                                     : G_MAXINT;
  g_autofree char *status = status_label (ber_item_get_status (item));
  g_autofree char *due = NULL;

  if (days < 0)
    {
      due = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day",
                                          "Overdue by %d days", -days),
                             -days);
      row->suffix_class = "error";
    }
  else if (days <= warning_days (self))
    {
      due = days == 0 ? g_strdup (_("The reply is due today"))
                      : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day",
                                                      "Due in %d days", days),
                                         days);
      row->suffix_class = "warning";
    }
  row->title = g_strdup (ber_item_get_title (item));
  row->subtitle = BER_NARROW_JOIN (ber_item_get_diary_number (item), status);
  if (days != G_MAXINT)
    row->suffix = g_strdup (ber_item_get_reply_by (item));
  row->suffix_words = g_steal_pointer (&due);
}

/* A new register: the page, the bodies to filter by and the count follow it. */
static void
on_context_changed (BerItemsView *self)
{
  BerContext *context = context_of (self);

  ber_item_page_set_context (self->page, context);
  gtk_stack_set_visible_child_name (self->stack, "list");
  fill_body_dropdown (self);
  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_data (self->watched, self);
  g_set_object (&self->watched, context);
  if (context != NULL)
    g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self,
                             G_CONNECT_SWAPPED);
  update_due (self);
  update_export (self);
}

/* GObject */

static void
ber_items_view_dispose (GObject *object)
{
  BerItemsView *self = BER_ITEMS_VIEW (object);

  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_data (self->watched, self);
  g_clear_object (&self->watched);
  if (self->counting_due != NULL)
    g_cancellable_cancel (self->counting_due);
  g_clear_object (&self->counting_due);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_ITEMS_VIEW);

  G_OBJECT_CLASS (ber_items_view_parent_class)->dispose (object);
}

static void
ber_items_view_finalize (GObject *object)
{
  BerItemsView *self = BER_ITEMS_VIEW (object);

  g_clear_object (&self->body_filter);

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
    case PROP_N_DUE:
      g_value_set_uint (value, self->n_due);
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
  BerRegisterViewClass *view_class = BER_REGISTER_VIEW_CLASS (klass);

  object_class->dispose = ber_items_view_dispose;
  object_class->finalize = ber_items_view_finalize;
  object_class->get_property = ber_items_view_get_property;
  view_class->create_list = ber_items_view_create_list;
  view_class->open_record = ber_items_view_open_record;
  view_class->open_id = ber_items_view_open_id;
  view_class->clear_filters = ber_items_view_clear_filters;
  view_class->describe_row = ber_items_view_describe_row;

  properties[PROP_N_DUE] =
    g_param_spec_uint ("n-due", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BER_TYPE_BODY);
  g_type_ensure (BER_TYPE_COLUMN_SORTER);
  g_type_ensure (BER_TYPE_ITEM);
  g_type_ensure (BER_TYPE_ITEM_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-items-view.ui");
  /* The columns that fold in a narrower window. */
  gtk_widget_class_bind_template_child_full (widget_class, "area_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "received_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "type_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "officer_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "body_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "diary_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "title_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "status_column", FALSE, 0);

  gtk_widget_class_bind_template_callback (widget_class, ber_cell_query_tooltip);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, body_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, due_check);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, due_spin);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, overdue_check);
  gtk_widget_class_bind_template_child (widget_class, BerItemsView, page);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, reply_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, reply_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, ber_cell_unbind);

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

  self->warning_days = 14;

  self->body_filter = ber_list_filter_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The root of the template is AdwBin's child, which AdwBin itself releases:
   * not bound as a template child, or it would be released twice. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  ber_register_view_set_widgets (BER_REGISTER_VIEW (self), self->search_entry, self->column_view,
                                 self->content_stack);
  set_text_cells (self);
  /* The title keeps 300 px; what matters less goes first. */
  ber_register_view_fold_columns (BER_REGISTER_VIEW (self), BER_TYPE_ITEMS_VIEW, "area_column",
                                  "received_column", "type_column", "officer_column",
                                  "body_column", "diary_column", NULL);

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "reply-warning-days"))
    {
      self->settings = g_settings_new (APP_ID);
      self->warning_days = g_settings_get_int (self->settings, "reply-warning-days");
      gtk_spin_button_set_value (self->due_spin, warning_days (self));
      g_signal_connect_object (self->settings, "changed::reply-warning-days",
                               G_CALLBACK (on_warning_days_changed), self, G_CONNECT_SWAPPED);
    }

  fill_choice_dropdown (self->status_dropdown, _("All statuses"), BER_CHOICES_ITEM_STATUS);
  fill_choice_dropdown (self->type_dropdown, _("All types"), BER_CHOICES_ITEM_TYPE);
  fill_body_dropdown (self);
  update_export (self);

  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_changed), NULL);
}

GtkWidget *
ber_items_view_new (void)
{
  return g_object_new (BER_TYPE_ITEMS_VIEW, NULL);
}

/* Open items whose reply is due soon or overdue. */
guint
ber_items_view_get_n_due (BerItemsView *self)
{
  g_return_val_if_fail (BER_IS_ITEMS_VIEW (self), 0);
  return self->n_due;
}

/* Shows the page of item @item_id, as the register has it now. */
void
ber_items_view_show_item (BerItemsView *self,
                          gint64        item_id)
{
  g_return_if_fail (BER_IS_ITEMS_VIEW (self));
  open_item (self, item_id);
}

/* Returns: (transfer none) (nullable): the list shown */
GListModel *
ber_items_view_get_model (BerItemsView *self)
{
  g_return_val_if_fail (BER_IS_ITEMS_VIEW (self), NULL);
  return ber_register_view_get_model (BER_REGISTER_VIEW (self));
}
