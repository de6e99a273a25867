/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-attendee-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-attendee-list.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-ui-util.h"

struct _BerAttendeeList
{
  AdwBin           parent_instance;

  BerContext      *context;
  gint64           network_id;
  GListModel      *assignments;  /* BerAssignment: the network's, one per person */
  GHashTable      *by_person;    /* person id → BerAssignment of assignments */
  GHashTable      *checked;      /* person ids ticked, kept while the list changes */
  GHashTable      *bound;        /* person id → GtkCheckButton shown for it */
  BerListFilter   *filter;       /* the search among all persons */
  GtkStringFilter *name_filter;  /* the search among the network's persons */
  GListModel      *shown;
  gboolean         binding;

  GtkSwitch       *all_switch;
  GtkSearchEntry  *search_entry;
  GtkStack        *stack;
  GtkListView     *list_view;
  AdwActionRow    *empty_row;
};

G_DEFINE_FINAL_TYPE (BerAttendeeList, ber_attendee_list, ADW_TYPE_BIN)

#define PERSON_KEY(id) GSIZE_TO_POINTER ((gsize) (id))
#define KEY_PERSON(key) ((gint64) GPOINTER_TO_SIZE (key))

static gboolean
show_all (BerAttendeeList *self)
{
  return gtk_switch_get_active (self->all_switch);
}

/* An item is a BerAssignment of the network or, with all persons shown, a BerPerson. */
static gint64
item_person (gpointer item)
{
  if (BER_IS_ASSIGNMENT (item))
    return ber_record_get_int64 (BER_RECORD (item), "person-id");
  return ber_record_get_id (BER_RECORD (item));
}

static const char *
item_name (gpointer item)
{
  if (BER_IS_ASSIGNMENT (item))
    return ber_assignment_get_person_name (BER_ASSIGNMENT (item));
  return ber_record_get_string (BER_RECORD (item), "name");
}

static void
update_empty (BerAttendeeList *self)
{
  guint n = self->shown != NULL ? g_list_model_get_n_items (self->shown) : 0;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }
  if (!show_all (self) && *search == '\0')
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row),
                                     _("No one holds an assignment in this network"));
      adw_action_row_set_subtitle (self->empty_row,
                                   _("Turn on Show All Persons to choose among everyone."));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row),
                                     _("No Matching Persons"));
      adw_action_row_set_subtitle (self->empty_row, "");
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
on_list_error (BerAttendeeList *self,
               const GError    *error)
{
  ber_ui_toast (GTK_WIDGET (self), error->message);
}

/* The network's persons (searched by name), or everyone (searched in the register). */
static void
update_shown (BerAttendeeList *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  g_clear_object (&self->shown);

  if (show_all (self) && self->context != NULL)
    self->shown = ber_context_choose (self->context, BER_CHOICE_PERSONS, self->filter);
  else if (self->assignments != NULL)
    self->shown = G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (self->assignments),
                                                           g_object_ref (GTK_FILTER (
                                                             self->name_filter))));
  if (self->shown != NULL)
    {
      g_signal_connect_object (self->shown, "items-changed", G_CALLBACK (update_empty), self,
                               G_CONNECT_SWAPPED);
      if (BER_IS_RECORD_LIST (self->shown))
        g_signal_connect_object (self->shown, "error", G_CALLBACK (on_list_error), self,
                                 G_CONNECT_SWAPPED);
    }

  selection = gtk_no_selection_new (self->shown != NULL ? g_object_ref (self->shown) : NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  update_empty (self);
}

static void
load_assignments (BerAttendeeList *self,
                  const char      *day)
{
  g_autoptr(GError) error = NULL;
  guint n;

  g_clear_object (&self->assignments);
  g_hash_table_remove_all (self->by_person);
  if (self->context != NULL && self->network_id > 0)
    {
      self->assignments = ber_reports_list_event_assignments (ber_context_get_reports (
                                                                self->context),
                                                              self->network_id, day, &error);
      if (self->assignments == NULL)
        ber_ui_toast (GTK_WIDGET (self), error->message);
    }
  if (self->assignments == NULL)
    self->assignments = G_LIST_MODEL (g_list_store_new (BER_TYPE_ASSIGNMENT));

  n = g_list_model_get_n_items (self->assignments);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerRecord) assignment = g_list_model_get_item (self->assignments, i);

      /* The list holds a reference to each item. */
      g_hash_table_insert (self->by_person,
                           PERSON_KEY (ber_record_get_int64 (assignment, "person-id")),
                           assignment);
    }
  update_shown (self);
}

static void
on_search_changed (BerAttendeeList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  gtk_string_filter_set_search (self->name_filter, text);
  ber_list_filter_set_search (self->filter, text);
  update_empty (self);
}

static void
on_toggled (BerAttendeeList *self,
            GtkCheckButton  *check)
{
  gpointer person = g_object_get_data (G_OBJECT (check), "person-id");

  if (self->binding)
    return;
  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->checked, person);
  else
    g_hash_table_remove (self->checked, person);
}

/* Enter on a row ticks it, as a click on its box does. */
static void
on_activate (BerAttendeeList *self,
             guint            position)
{
  g_autoptr(GObject) item = g_list_model_get_item (self->shown, position);
  GtkCheckButton *check;

  if (item == NULL)
    return;
  check = g_hash_table_lookup (self->bound, PERSON_KEY (item_person (item)));
  if (check != NULL)
    gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
}

static void
setup_row (BerAttendeeList *self,
           GtkListItem     *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *role = gtk_label_new (NULL);

  gtk_widget_set_hexpand (check, TRUE);
  gtk_label_set_xalign (GTK_LABEL (role), 1);
  gtk_label_set_ellipsize (GTK_LABEL (role), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (role, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), role);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_toggled), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (item, box);
}

/* What the person holds in the network, or that they hold nothing there. */
static const char *
role_text (BerAttendeeList *self,
           gint64           person)
{
  BerAssignment *held = g_hash_table_lookup (self->by_person, PERSON_KEY (person));
  const char *role = held != NULL ? ber_assignment_get_role (held) : NULL;

  if (held == NULL)
    return _("No assignment in this network");
  return role != NULL ? ber_choice_label (BER_CHOICES_ASSIGNMENT_ROLE, role) : "";
}

static void
bind_row (BerAttendeeList *self,
          GtkListItem     *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = gtk_widget_get_first_child (box);
  GtkWidget *role = gtk_widget_get_last_child (box);
  gpointer record = gtk_list_item_get_item (item);
  gint64 person = item_person (record);
  const char *name = item_name (record);
  const char *text = role_text (self, person);

  self->binding = TRUE;
  g_object_set_data (G_OBJECT (check), "person-id", PERSON_KEY (person));
  gtk_check_button_set_label (GTK_CHECK_BUTTON (check), name != NULL ? name : "");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               g_hash_table_contains (self->checked, PERSON_KEY (person)));
  gtk_label_set_label (GTK_LABEL (role), text != NULL ? text : "");
  self->binding = FALSE;
  g_hash_table_insert (self->bound, PERSON_KEY (person), check);
}

static void
unbind_row (BerAttendeeList *self,
            GtkListItem     *item)
{
  GtkWidget *check = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  gpointer person = g_object_get_data (G_OBJECT (check), "person-id");

  if (g_hash_table_lookup (self->bound, person) == check)
    g_hash_table_remove (self->bound, person);
}

static void
ber_attendee_list_dispose (GObject *object)
{
  BerAttendeeList *self = BER_ATTENDEE_LIST (object);

  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  g_clear_object (&self->shown);
  g_hash_table_remove_all (self->bound);
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_ATTENDEE_LIST);
  g_hash_table_remove_all (self->by_person);
  g_clear_object (&self->assignments);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ber_attendee_list_parent_class)->dispose (object);
}

static void
ber_attendee_list_finalize (GObject *object)
{
  BerAttendeeList *self = BER_ATTENDEE_LIST (object);

  g_hash_table_unref (self->by_person);
  g_hash_table_unref (self->checked);
  g_hash_table_unref (self->bound);
  g_clear_object (&self->filter);
  g_clear_object (&self->name_filter);

  G_OBJECT_CLASS (ber_attendee_list_parent_class)->finalize (object);
}

static void
ber_attendee_list_class_init (BerAttendeeListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_attendee_list_dispose;
  object_class->finalize = ber_attendee_list_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-attendee-list.ui");
  gtk_widget_class_bind_template_child (widget_class, BerAttendeeList, all_switch);
  gtk_widget_class_bind_template_child (widget_class, BerAttendeeList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerAttendeeList, stack);
  gtk_widget_class_bind_template_child (widget_class, BerAttendeeList, list_view);
  gtk_widget_class_bind_template_child (widget_class, BerAttendeeList, empty_row);
  gtk_widget_class_bind_template_callback (widget_class, update_shown);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
}

static void
ber_attendee_list_init (BerAttendeeList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->by_person = g_hash_table_new (NULL, NULL);
  self->checked = g_hash_table_new (NULL, NULL);
  self->bound = g_hash_table_new (NULL, NULL);
  self->filter = ber_list_filter_new ();
  self->name_filter = gtk_string_filter_new (
    gtk_property_expression_new (BER_TYPE_ASSIGNMENT, NULL, "person-name"));
  gtk_string_filter_set_match_mode (self->name_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->name_filter, TRUE);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_factory (self->list_view, factory);
  load_assignments (self, NULL);
}

GtkWidget *
ber_attendee_list_new (void)
{
  return g_object_new (BER_TYPE_ATTENDEE_LIST, NULL);
}

void
ber_attendee_list_set_context (BerAttendeeList *self,
                               BerContext      *context)
{
  g_return_if_fail (BER_IS_ATTENDEE_LIST (self));

  if (!g_set_object (&self->context, context))
    return;
  self->network_id = 0;
  load_assignments (self, NULL);
}

/**
 * ber_attendee_list_set_network:
 * @network_id: the network that held the event, or 0
 * @day: (nullable): the event's first day, or %NULL for today
 *
 * Lists the persons with an assignment in the network. Those already
 * ticked stay ticked.
 */
void
ber_attendee_list_set_network (BerAttendeeList *self,
                               gint64           network_id,
                               const char      *day)
{
  g_return_if_fail (BER_IS_ATTENDEE_LIST (self));

  self->network_id = network_id;
  load_assignments (self, day);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = KEY_PERSON (*(gconstpointer *) a);
  gint64 y = KEY_PERSON (*(gconstpointer *) b);

  return x < y ? -1 : x > y;
}

/**
 * ber_attendee_list_dup_attendance:
 *
 * The persons ticked among those listed, each with the assignment in the
 * network they went on (none for those without one).
 *
 * Returns: (transfer full): a list of new #BerEventAttendance
 */
GListModel *
ber_attendee_list_dup_attendance (BerAttendeeList *self)
{
  GListStore *attendance = g_list_store_new (BER_TYPE_EVENT_ATTENDANCE);
  g_autoptr(GPtrArray) persons = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (BER_IS_ATTENDEE_LIST (self), NULL);

  g_hash_table_iter_init (&iter, self->checked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (persons, key);
  g_ptr_array_sort (persons, compare_ids);
  for (guint i = 0; i < persons->len; i++)
    {
      gpointer person = g_ptr_array_index (persons, i);
      BerRecord *held = g_hash_table_lookup (self->by_person, person);
      g_autoptr(BerEventAttendance) attendee = NULL;

      /* Without all persons shown, only the network's are listed. */
      if (held == NULL && !show_all (self))
        continue;
      attendee = ber_event_attendance_new ();
      g_object_set (attendee, "person-id", KEY_PERSON (person), "assignment-id",
                    held != NULL ? ber_record_get_id (held) : 0, NULL);
      g_list_store_append (attendance, attendee);
    }
  return G_LIST_MODEL (attendance);
}
