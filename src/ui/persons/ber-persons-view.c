/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-persons-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-application.h"
#include "ber-column-sort.h"
#include "ber-date.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-person-page.h"
#include "ber-persons-view.h"
#include "ber-ui-util.h"

/*
 * The persons register: a lazy table of every elected representative and
 * official, searched, filtered and ordered by the store rather than in
 * memory, with the page of one person slid in over it.
 */
struct _BerPersonsView
{
  AdwBin               parent_instance;

  BerStore            *store;
  BerRecordList       *persons;
  BerRecordList       *ending;
  GtkSingleSelection  *selection;
  int                  warning_days;

  /* Template widgets */
  GtkStack            *stack;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *kind_dropdown;
  GtkRevealer         *ending_revealer;
  GtkToggleButton     *ending_button;
  GtkLabel            *ending_label;
  GtkLabel            *ending_action_label;
  GtkStack            *content_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *party_column;
  GtkColumnViewColumn *department_column;
  GtkColumnViewColumn *email_column;
  GtkColumnViewColumn *phone_column;

  GtkWidget           *person_page;
};

G_DEFINE_FINAL_TYPE (BerPersonsView, ber_persons_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_WARNING_DAYS,
  PROP_N_ENDING_MANDATES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const search_columns[] = { "name", "party", "department", "email", NULL };

static void refresh_persons (BerPersonsView *self);

static void
list_error_cb (BerPersonsView *self,
               const GError   *error)
{
  ber_ui_toast (GTK_WIDGET (self), error->message);
}

/* The list */

static const char *
selected_kind (BerPersonsView *self)
{
  switch (gtk_drop_down_get_selected (self->kind_dropdown))
    {
    case 1:
      return "elected";
    case 2:
      return "official";
    default:
      return NULL;
    }
}

static gboolean
is_filtered (BerPersonsView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return (text != NULL && *text != '\0') || selected_kind (self) != NULL
         || gtk_toggle_button_get_active (self->ending_button);
}

static void
update_content_page (BerPersonsView *self)
{
  guint n = self->persons != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->persons)) : 0;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "persons");
  else if (is_filtered (self))
    gtk_stack_set_visible_child_name (self->content_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

/* The ids of the persons whose mandates end soon, as the store binds them. */
static GStrv
ending_person_ids (BerPersonsView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n = self->ending != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->ending)) : 0;
  g_autofree gint64 *ids = g_new0 (gint64, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerRecord) assignment = g_list_model_get_item (G_LIST_MODEL (self->ending), i);

      ids[i] = ber_record_get_int64 (assignment, "person-id");
      if (g_hash_table_add (seen, &ids[i]))
        {
          g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, ids[i]);

          g_strv_builder_add (builder, text);
        }
    }

  return g_strv_builder_end (builder);
}

static BerQuery *
build_query (BerPersonsView *self)
{
  BerQuery *query = ber_query_new ("person");
  const char *kind = selected_kind (self);
  const char *column = "sort_key";
  gboolean descending = FALSE;

  if (kind != NULL)
    ber_query_add_condition (query, "kind", BER_QUERY_EQ, g_variant_new_string (kind));

  if (gtk_toggle_button_get_active (self->ending_button))
    {
      g_auto(GStrv) ids = ending_person_ids (self);

      ber_query_add_in (query, "id", (const char * const *) ids);
    }

  ber_query_set_search (query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                        search_columns);

  /* Sorting re-queries the store, so the 100,000-row list stays lazy. */
  ber_column_sort_get_primary (gtk_column_view_get_sorter (self->column_view), &column,
                               &descending);
  ber_query_add_order (query, column, descending);
  if (!g_str_equal (column, "sort_key"))
    ber_query_add_order (query, "sort_key", FALSE);

  return query;
}

static void
refresh_persons (BerPersonsView *self)
{
  g_autoptr(BerQuery) query = NULL;

  if (self->persons == NULL)
    {
      update_content_page (self);
      return;
    }

  query = build_query (self);
  ber_record_list_set_query (self->persons, query);
  update_content_page (self);
}

static void
search_changed_cb (BerPersonsView *self)
{
  refresh_persons (self);
}

/* Enter in the search opens the first person found. */
static void
search_activate_cb (BerPersonsView *self)
{
  g_autoptr(BerRecord) person = NULL;

  if (self->persons == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->persons)) == 0)
    return;

  person = g_list_model_get_item (G_LIST_MODEL (self->persons), 0);
  ber_persons_view_show_person (self, ber_record_get_id (person));
}

/* Escape in the search empties it. */
static void
search_stop_cb (BerPersonsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
kind_changed_cb (BerPersonsView *self)
{
  refresh_persons (self);
}

static void
sorter_changed_cb (BerPersonsView *self)
{
  refresh_persons (self);
}

static void
row_activated_cb (BerPersonsView *self,
                  guint           position)
{
  g_autoptr(BerRecord) person = NULL;

  if (self->persons == NULL)
    return;

  person = g_list_model_get_item (G_LIST_MODEL (self->persons), position);
  if (person != NULL && ber_record_get_id (person) != 0)
    ber_persons_view_show_person (self, ber_record_get_id (person));
}

static char *
kind_label (GtkListItem *item,
            const char  *kind)
{
  const char *label = kind != NULL ? ber_choice_label (BER_CHOICES_PERSON_KIND, kind) : NULL;

  return g_strdup (label != NULL ? label : "");
}

/* Mandates ending soon */

static void
update_ending (BerPersonsView *self)
{
  guint n = ber_persons_view_get_n_ending_mandates (self);
  g_autofree char *days = NULL;
  g_autofree char *text = NULL;

  days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", self->warning_days),
                          self->warning_days);
  /* Translators: %u is a number of mandates, %s is "N days" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u mandate ends within %s",
                                       "%u mandates end within %s", n),
                          n, days);
  gtk_label_set_label (self->ending_label, text);
  /* A button with a box inside has no name of its own for a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->ending_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Shows only the persons whose mandates end soon"), -1);
  gtk_label_set_label (self->ending_action_label,
                       gtk_toggle_button_get_active (self->ending_button)
                         ? C_("ending mandates", "Show All")
                         : C_("ending mandates", "Show"));

  /* Keep the filter visible while it is on, so that it can be turned off. */
  gtk_revealer_set_reveal_child (self->ending_revealer,
                                 n > 0 || gtk_toggle_button_get_active (self->ending_button));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ENDING_MANDATES]);
}

static void
ending_changed_cb (BerPersonsView *self)
{
  update_ending (self);
  if (gtk_toggle_button_get_active (self->ending_button))
    refresh_persons (self);
}

static void
ending_toggled_cb (BerPersonsView *self)
{
  update_ending (self);
  refresh_persons (self);
}

static BerQuery *
build_ending_query (BerPersonsView *self)
{
  BerQuery *query = ber_query_new ("assignment_list");
  const char *today = ber_store_get_today (self->store);
  g_autofree char *last = ber_date_add_days (today, self->warning_days);

  /* A mandate whose last day is today has ended; the user just ended it. */
  ber_query_add_condition (query, "candidacy", BER_QUERY_IS_NULL, NULL);
  ber_query_add_condition (query, "to_on", BER_QUERY_GT, g_variant_new_string (today));
  ber_query_add_condition (query, "to_on", BER_QUERY_LE, g_variant_new_string (last));
  ber_query_add_order (query, "to_on", FALSE);
  return query;
}

static void
rebuild_ending (BerPersonsView *self)
{
  if (self->ending != NULL)
    g_signal_handlers_disconnect_by_data (self->ending, self);
  g_clear_object (&self->ending);

  if (self->store != NULL && self->warning_days > 0)
    {
      g_autoptr(BerQuery) query = build_ending_query (self);

      self->ending = ber_record_list_new (self->store, BER_TYPE_ASSIGNMENT, query);
      g_signal_connect_object (self->ending, "items-changed", G_CALLBACK (ending_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->ending, "error", G_CALLBACK (list_error_cb), self,
                               G_CONNECT_SWAPPED);
    }

  if (self->ending == NULL)
    gtk_toggle_button_set_active (self->ending_button, FALSE);
  update_ending (self);
}

/* The person page */

static void
remove_person_page (BerPersonsView *self)
{
  if (self->person_page == NULL)
    return;

  gtk_stack_remove (self->stack, self->person_page);
  self->person_page = NULL;
}

static void
transition_done_cb (BerPersonsView *self)
{
  if (!gtk_stack_get_transition_running (self->stack)
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    remove_person_page (self);
}

static void
page_closed_cb (BerPersonsView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  if (!gtk_stack_get_transition_running (self->stack))
    remove_person_page (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
open_page (BerPersonsView *self,
           GtkWidget      *page)
{
  remove_person_page (self);

  self->person_page = page;
  gtk_stack_add_named (self->stack, page, "person");
  g_signal_connect_object (page, "closed", G_CALLBACK (page_closed_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child (self->stack, page);
  gtk_widget_grab_focus (page);
}

/* Another person's page must not replace one with unsaved changes: ask first. */
static gboolean
page_can_go (BerPersonsView *self)
{
  if (self->person_page == NULL
      || !ber_person_page_get_modified (BER_PERSON_PAGE (self->person_page)))
    return TRUE;

  gtk_widget_activate_action (self->person_page, "person.back", NULL);
  return FALSE;
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BerPersonsView *self = BER_PERSONS_VIEW (widget);

  if (self->store == NULL || !page_can_go (self))
    return;

  open_page (self, ber_person_page_new (self->store, 0));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BerPersonsView *self = BER_PERSONS_VIEW (widget);

  if (self->person_page != NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* GObject */

static void
ber_persons_view_dispose (GObject *object)
{
  BerPersonsView *self = BER_PERSONS_VIEW (object);

  self->person_page = NULL;
  /* Removing the columns changes the sorter; nothing is listed any more. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  if (self->ending != NULL)
    g_signal_handlers_disconnect_by_data (self->ending, self);
  g_clear_object (&self->ending);
  g_clear_object (&self->persons);
  g_clear_object (&self->selection);
  g_clear_object (&self->store);

  /* The stack is both the bin's child and a template child: let go of it once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_PERSONS_VIEW);

  G_OBJECT_CLASS (ber_persons_view_parent_class)->dispose (object);
}

static void
ber_persons_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BerPersonsView *self = BER_PERSONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_WARNING_DAYS:
      g_value_set_int (value, self->warning_days);
      break;
    case PROP_N_ENDING_MANDATES:
      g_value_set_uint (value, ber_persons_view_get_n_ending_mandates (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_persons_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BerPersonsView *self = BER_PERSONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ber_persons_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_WARNING_DAYS:
      ber_persons_view_set_warning_days (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_persons_view_class_init (BerPersonsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_persons_view_dispose;
  object_class->get_property = ber_persons_view_get_property;
  object_class->set_property = ber_persons_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BER_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_WARNING_DAYS] =
    g_param_spec_int ("warning-days", NULL, NULL, 0, 730, 60,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_ENDING_MANDATES] =
    g_param_spec_uint ("n-ending-mandates", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BER_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-persons-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, stack);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, ending_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, ending_button);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, ending_label);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, ending_action_label);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, name_column);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, kind_column);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, party_column);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, department_column);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, email_column);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, phone_column);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, ending_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_label);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "view.search", NULL, search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "view.new",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "view.search",
                                       NULL);
}

static void
set_sorters (BerPersonsView *self)
{
  const struct
  {
    GtkColumnViewColumn *column;
    const char          *store_column;
  } columns[] = {
    { self->name_column, "sort_key" },
    { self->kind_column, "kind" },
    { self->party_column, "party" },
    { self->department_column, "department" },
    { self->email_column, "email" },
    { self->phone_column, "phone" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkSorter) sorter = ber_column_sorter_new (columns[i].store_column);

      gtk_column_view_column_set_sorter (columns[i].column, sorter);
    }

  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
ber_persons_view_init (BerPersonsView *self)
{
  GApplication *app = g_application_get_default ();

  self->warning_days = 60;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.new", FALSE);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  set_sorters (self);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  /* GTK 4.8 leaves the drop-down's own button, which takes the focus, unnamed. */
  {
    GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (self->kind_dropdown));

    if (GTK_IS_TOGGLE_BUTTON (button))
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Kind of Person"), -1);
  }
  g_signal_connect_object (self->stack, "notify::transition-running",
                           G_CALLBACK (transition_done_cb), self, G_CONNECT_SWAPPED);

  if (BER_IS_APPLICATION (app) && ber_application_get_settings (BER_APPLICATION (app)) != NULL)
    g_settings_bind (ber_application_get_settings (BER_APPLICATION (app)),
                     "mandate-warning-days", self, "warning-days", G_SETTINGS_BIND_GET);

  update_ending (self);
  update_content_page (self);
}

/* Public API */

GtkWidget *
ber_persons_view_new (BerStore *store)
{
  return g_object_new (BER_TYPE_PERSONS_VIEW, "store", store, NULL);
}

BerStore *
ber_persons_view_get_store (BerPersonsView *self)
{
  g_return_val_if_fail (BER_IS_PERSONS_VIEW (self), NULL);
  return self->store;
}

/**
 * ber_persons_view_set_store:
 * @store: (nullable): the register to show, or %NULL for none
 */
void
ber_persons_view_set_store (BerPersonsView *self,
                            BerStore       *store)
{
  g_return_if_fail (BER_IS_PERSONS_VIEW (self));
  g_return_if_fail (store == NULL || BER_IS_STORE (store));

  if (self->store == store)
    return;

  remove_person_page (self);
  gtk_stack_set_visible_child_name (self->stack, "list");

  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->persons);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      g_autoptr(BerQuery) query = NULL;

      rebuild_ending (self);
      query = build_query (self);
      self->persons = ber_record_list_new (store, BER_TYPE_PERSON, query);
      g_signal_connect_object (self->persons, "items-changed", G_CALLBACK (update_content_page),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->persons, "error", G_CALLBACK (list_error_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->persons));
    }
  else
    rebuild_ending (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.new", store != NULL);
  update_content_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

int
ber_persons_view_get_warning_days (BerPersonsView *self)
{
  g_return_val_if_fail (BER_IS_PERSONS_VIEW (self), 0);
  return self->warning_days;
}

/**
 * ber_persons_view_set_warning_days:
 * @days: how many days ahead an ending mandate is pointed out; 0 for never
 */
void
ber_persons_view_set_warning_days (BerPersonsView *self,
                                   int             days)
{
  g_return_if_fail (BER_IS_PERSONS_VIEW (self));

  if (self->warning_days == days)
    return;

  self->warning_days = days;
  rebuild_ending (self);
  if (gtk_toggle_button_get_active (self->ending_button))
    refresh_persons (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_DAYS]);
}

/**
 * ber_persons_view_get_n_ending_mandates:
 *
 * Returns: the number of current assignments (not candidacies) whose last day
 *   falls after today and within #BerPersonsView:warning-days
 */
guint
ber_persons_view_get_n_ending_mandates (BerPersonsView *self)
{
  g_return_val_if_fail (BER_IS_PERSONS_VIEW (self), 0);

  return self->ending != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->ending)) : 0;
}

/**
 * ber_persons_view_get_model:
 *
 * Returns: (transfer none) (nullable): the persons shown, in their order
 */
GListModel *
ber_persons_view_get_model (BerPersonsView *self)
{
  g_return_val_if_fail (BER_IS_PERSONS_VIEW (self), NULL);
  return self->persons != NULL ? G_LIST_MODEL (self->persons) : NULL;
}

/**
 * ber_persons_view_show_person:
 *
 * Opens the page of the person with @person_id, or of a new person for 0.
 */
void
ber_persons_view_show_person (BerPersonsView *self,
                              gint64          person_id)
{
  g_return_if_fail (BER_IS_PERSONS_VIEW (self));

  if (self->store == NULL || !page_can_go (self))
    return;

  open_page (self, ber_person_page_new (self->store, person_id));
}

/**
 * ber_persons_view_get_person_page:
 *
 * Returns: (transfer none) (nullable): the #BerPersonPage shown, if any
 */
GtkWidget *
ber_persons_view_get_person_page (BerPersonsView *self)
{
  g_return_val_if_fail (BER_IS_PERSONS_VIEW (self), NULL);
  return self->person_page;
}
