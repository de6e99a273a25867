/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-persons-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-application.h"
#include "ber-column-sort.h"
#include "ber-labels.h"
#include "ber-person-page.h"
#include "ber-persons-view.h"
#include "ber-ui-util.h"

/*
 * The persons register: a lazy table of every elected representative and
 * official, searched, filtered and ordered by the persons service, with the
 * page of one person slid in over it, and the mandates that end soon
 * and the persons due for a review of their personal data pointed out
 * above it.
 */
struct _BerPersonsView
{
  BerRegisterView      parent_instance;

  BerContext          *context;    /* whose record-changed is followed */
  int                  warning_days;
  guint                n_ending;
  int                  retention_years;

  /* Template widgets */
  GtkStack            *stack;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *kind_dropdown;
  GtkRevealer         *ending_revealer;
  GtkToggleButton     *ending_button;
  GtkLabel            *ending_label;
  GtkLabel            *ending_action_label;
  GtkRevealer         *retention_revealer;
  GtkToggleButton     *retention_button;
  GtkLabel            *retention_label;
  GtkLabel            *retention_action_label;
  GtkStack            *content_stack;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *email_column;

  GtkWidget           *person_page;
};

G_DEFINE_FINAL_TYPE (BerPersonsView, ber_persons_view, BER_TYPE_REGISTER_VIEW)

enum
{
  PROP_0,
  PROP_WARNING_DAYS,
  PROP_N_ENDING_MANDATES,
  PROP_RETENTION_YEARS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static BerPersons *
persons_of (BerPersonsView *self)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));

  return context != NULL ? ber_context_get_persons (context) : NULL;
}

static void
list_error_cb (BerPersonsView *self,
               const GError   *error)
{
  ber_ui_toast (GTK_WIDGET (self), error->message);
}

/* Filters */

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

static void
update_filter (BerPersonsView *self)
{
  BerListFilter *filter = ber_register_view_get_filter (BER_REGISTER_VIEW (self));
  gboolean ending = gtk_toggle_button_get_active (self->ending_button);
  gboolean retention = gtk_toggle_button_get_active (self->retention_button);

  ber_list_filter_set_text (filter, BER_PERSONS_CRITERION_KIND, selected_kind (self));
  ber_list_filter_set_id (filter, BER_PERSONS_CRITERION_WARNING_DAYS, self->warning_days);
  ber_list_filter_set_flag (filter, BER_PERSONS_CRITERION_ENDING, ending);
  ber_list_filter_set_id (filter, BER_PERSONS_CRITERION_RETENTION_YEARS, self->retention_years);
  ber_list_filter_set_flag (filter, BER_PERSONS_CRITERION_RETENTION, retention);
  ber_register_view_set_filters_active (BER_REGISTER_VIEW (self),
                                        selected_kind (self) != NULL || ending || retention);
}

static void
kind_changed_cb (BerPersonsView *self)
{
  update_filter (self);
}

/* Enter in the search opens the first person found. */
static void
search_activate_cb (BerPersonsView *self)
{
  GListModel *model = ber_register_view_get_model (BER_REGISTER_VIEW (self));
  g_autoptr(BerRecord) person = NULL;

  if (model == NULL || g_list_model_get_n_items (model) == 0)
    return;
  person = g_list_model_get_item (model, 0);
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
  g_autoptr(GError) error = NULL;
  g_autofree char *days = NULL;
  g_autofree char *text = NULL;
  guint n = 0;

  if (persons_of (self) != NULL
      && !ber_persons_count_ending_mandates (persons_of (self), self->warning_days, &n, &error))
    ber_ui_toast (GTK_WIDGET (self), error->message);

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

  if (n == 0 && self->warning_days <= 0)
    gtk_toggle_button_set_active (self->ending_button, FALSE);
  /* Keep the filter visible while it is on, so that it can be turned off. */
  gtk_revealer_set_reveal_child (self->ending_revealer,
                                 n > 0 || gtk_toggle_button_get_active (self->ending_button));
  if (self->n_ending != n)
    {
      self->n_ending = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ENDING_MANDATES]);
    }
}

static void
ending_toggled_cb (BerPersonsView *self)
{
  update_filter (self);
  update_ending (self);
}

/* Due for retention review */

static void
update_retention (BerPersonsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean active = gtk_toggle_button_get_active (self->retention_button);
  guint n = 0;

  if (persons_of (self) != NULL
      && !ber_persons_count_due_for_retention (persons_of (self), self->retention_years, &n,
                                               &error))
    ber_ui_toast (GTK_WIDGET (self), error->message);

  /* Translators: %u is a number of persons, %d a number of years */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u person is due for retention review: no assignment "
                                       "for over %d years",
                                       "%u persons are due for retention review: no assignment "
                                       "for over %d years", n),
                          n, self->retention_years);
  gtk_label_set_label (self->retention_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->retention_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Shows only the persons due for a review of their personal "
                                    "data"), -1);
  gtk_label_set_label (self->retention_action_label,
                       active ? C_("retention review", "Show All")
                              : C_("retention review", "Show"));
  /* Keep the filter visible while it is on, so that it can be turned off. */
  gtk_revealer_set_reveal_child (self->retention_revealer, n > 0 || active);
}

static void
retention_toggled_cb (BerPersonsView *self)
{
  update_filter (self);
  update_retention (self);
}

static void
set_retention_years (BerPersonsView *self,
                     int             years)
{
  if (self->retention_years == years)
    return;
  self->retention_years = years;
  update_filter (self);
  update_retention (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETENTION_YEARS]);
}

static void
on_record_changed (BerPersonsView *self,
                   GType           type,
                   gint64          id,
                   int             change)
{
  if (type == BER_TYPE_ASSIGNMENT || type == BER_TYPE_PERSON)
    {
      update_ending (self);
      update_retention (self);
    }
}

static void
on_context_changed (BerPersonsView *self)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self,
                             G_CONNECT_SWAPPED);
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
  gtk_widget_grab_focus (ber_register_view_get_list_widget (BER_REGISTER_VIEW (self)));
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

  gtk_widget_activate_action (self->person_page, "page.close", NULL);
  return FALSE;
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ber_persons_view_show_person (BER_PERSONS_VIEW (widget), 0);
}

/* BerRegisterView */

static void
ber_persons_view_clear_filters (BerRegisterView *view)
{
  BerPersonsView *self = BER_PERSONS_VIEW (view);

  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_toggle_button_set_active (self->ending_button, FALSE);
  gtk_toggle_button_set_active (self->retention_button, FALSE);
}

static GListModel *
ber_persons_view_create_list (BerRegisterView *view,
                              BerContext      *context,
                              BerListFilter   *filter)
{
  GListModel *list = ber_persons_list (ber_context_get_persons (context), filter);

  g_signal_connect_object (list, "error", G_CALLBACK (list_error_cb), view, G_CONNECT_SWAPPED);
  return list;
}

static gboolean
ber_persons_view_open_id (BerRegisterView *view,
                          GType            type,
                          gint64           id)
{
  if (type != BER_TYPE_PERSON)
    return FALSE;
  ber_persons_view_show_person (BER_PERSONS_VIEW (view), id);
  return TRUE;
}

static void
ber_persons_view_open_record (BerRegisterView *view,
                              BerRecord       *record)
{
  if (ber_record_get_id (record) != 0)
    ber_persons_view_show_person (BER_PERSONS_VIEW (view), ber_record_get_id (record));
}

/* "Elected representative · S · Regional development" */
static void
ber_persons_view_describe_row (BerRegisterView *view,
                               BerRecord       *record,
                               BerNarrowRow    *row)
{
  g_autofree char *kind = NULL, *party = NULL, *department = NULL, *kind_text = NULL;

  g_object_get (record, "name", &row->title, "kind", &kind, "party", &party, "department",
                &department, NULL);
  kind_text = kind_label (NULL, kind);
  row->subtitle = BER_NARROW_JOIN (kind_text, party, department);
}

static void
ber_persons_view_refresh (BerRegisterView *view)
{
  update_ending (BER_PERSONS_VIEW (view));
  update_retention (BER_PERSONS_VIEW (view));
}

/* GObject */

static void
ber_persons_view_dispose (GObject *object)
{
  BerPersonsView *self = BER_PERSONS_VIEW (object);

  self->person_page = NULL;
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  /* Removing the columns changes the sorter; nothing is listed any more. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);

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
    case PROP_WARNING_DAYS:
      g_value_set_int (value, self->warning_days);
      break;
    case PROP_N_ENDING_MANDATES:
      g_value_set_uint (value, self->n_ending);
      break;
    case PROP_RETENTION_YEARS:
      g_value_set_int (value, self->retention_years);
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
    case PROP_WARNING_DAYS:
      ber_persons_view_set_warning_days (self, g_value_get_int (value));
      break;
    case PROP_RETENTION_YEARS:
      set_retention_years (self, g_value_get_int (value));
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
  BerRegisterViewClass *view_class = BER_REGISTER_VIEW_CLASS (klass);

  object_class->dispose = ber_persons_view_dispose;
  object_class->get_property = ber_persons_view_get_property;
  object_class->set_property = ber_persons_view_set_property;
  view_class->create_list = ber_persons_view_create_list;
  view_class->open_record = ber_persons_view_open_record;
  view_class->open_id = ber_persons_view_open_id;
  view_class->clear_filters = ber_persons_view_clear_filters;
  view_class->refresh = ber_persons_view_refresh;
  view_class->describe_row = ber_persons_view_describe_row;

  properties[PROP_WARNING_DAYS] =
    g_param_spec_int ("warning-days", NULL, NULL, 0, 730, 60,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_ENDING_MANDATES] =
    g_param_spec_uint ("n-ending-mandates", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RETENTION_YEARS] =
    g_param_spec_int ("retention-years", NULL, NULL, 1, 100, BER_PERSONS_RETENTION_YEARS,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BER_TYPE_PERSON);
  g_type_ensure (BER_TYPE_COLUMN_SORTER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-persons-view.ui");
  /* The columns that fold in a narrower window. */
  gtk_widget_class_bind_template_child_full (widget_class, "phone_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "department_column", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, stack);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, ending_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, ending_button);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, ending_label);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, ending_action_label);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, retention_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, retention_button);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, retention_label);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, retention_action_label);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, name_column);
  gtk_widget_class_bind_template_child (widget_class, BerPersonsView, email_column);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, ending_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, retention_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_label);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "view.new",
                                       NULL);
}

static void
ber_persons_view_init (BerPersonsView *self)
{
  GApplication *app = g_application_get_default ();

  self->warning_days = BER_PERSONS_WARNING_DAYS;
  self->retention_years = BER_PERSONS_RETENTION_YEARS;

  gtk_widget_init_template (GTK_WIDGET (self));
  ber_register_view_set_widgets (BER_REGISTER_VIEW (self), self->search_entry, self->column_view,
                                 self->content_stack);
  ber_register_view_fold_columns (BER_REGISTER_VIEW (self), BER_TYPE_PERSONS_VIEW,
                                  "phone_column", "department_column", "email_column", NULL);
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  update_filter (self);

  /* GTK 4.8 leaves the drop-down's own button, which takes the focus, unnamed. */
  {
    GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (self->kind_dropdown));

    if (GTK_IS_TOGGLE_BUTTON (button))
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Kind of Person"), -1);
  }
  g_signal_connect_object (self->stack, "notify::transition-running",
                           G_CALLBACK (transition_done_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_changed), NULL);

  if (BER_IS_APPLICATION (app) && ber_application_get_settings (BER_APPLICATION (app)) != NULL)
    g_settings_bind (ber_application_get_settings (BER_APPLICATION (app)),
                     "mandate-warning-days", self, "warning-days", G_SETTINGS_BIND_GET);
  if (BER_IS_APPLICATION (app) && ber_application_get_settings (BER_APPLICATION (app)) != NULL)
    g_settings_bind (ber_application_get_settings (BER_APPLICATION (app)),
                     "retention-years", self, "retention-years", G_SETTINGS_BIND_GET);

  update_ending (self);
  update_retention (self);
}

/* Public API */

GtkWidget *
ber_persons_view_new (void)
{
  return g_object_new (BER_TYPE_PERSONS_VIEW, NULL);
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
  if (days <= 0)
    gtk_toggle_button_set_active (self->ending_button, FALSE);
  update_filter (self);
  update_ending (self);
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
  return self->n_ending;
}

/* Returns: (transfer none) (nullable): the persons shown, in their order */
GListModel *
ber_persons_view_get_model (BerPersonsView *self)
{
  g_return_val_if_fail (BER_IS_PERSONS_VIEW (self), NULL);
  return ber_register_view_get_model (BER_REGISTER_VIEW (self));
}

/* Opens the page of the person with @person_id, or of a new person for 0. */
void
ber_persons_view_show_person (BerPersonsView *self,
                              gint64          person_id)
{
  BerContext *context;

  g_return_if_fail (BER_IS_PERSONS_VIEW (self));

  context = ber_register_view_get_context (BER_REGISTER_VIEW (self));
  if (context == NULL || !page_can_go (self))
    return;

  open_page (self, ber_person_page_new (context, person_id));
}

/* Returns: (transfer none) (nullable): the #BerPersonPage shown, if any */
GtkWidget *
ber_persons_view_get_person_page (BerPersonsView *self)
{
  g_return_val_if_fail (BER_IS_PERSONS_VIEW (self), NULL);
  return self->person_page;
}
