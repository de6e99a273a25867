/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-networks-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-column-sort.h"
#include "ber-date.h"
#include "ber-export-ui.h"
#include "ber-import-dialog.h"
#include "ber-labels.h"
#include "ber-membership-export.h"
#include "ber-network-page.h"
#include "ber-networks-view.h"
#include "ber-text-cell.h"
#include "ber-persons-view.h"
#include "ber-questions-section.h"
#include "ber-ui-util.h"

/*
 * The register of networks: a lazy, sortable, filterable list that the
 * networks service makes from the view's filter, the page of one network,
 * and the persons register beside it.
 */
struct _BerNetworksView
{
  BerRegisterView  parent_instance;

  BerContext      *context;     /* whose record-changed is followed */
  GListModel      *bodies;      /* "all bodies", then the bodies to filter by */
  guint            n_due_reviews;

  GtkStack        *stack;
  GtkStack        *section_stack;
  GtkStack        *content_stack;
  GtkSearchEntry  *search_entry;
  GtkColumnView   *column_view;
  GtkColumnViewColumn *name_column;
  GtkDropDown     *status_dropdown;
  GtkDropDown     *kind_dropdown;
  GtkDropDown     *body_dropdown;
  GtkDropDown     *activity_dropdown;
  GtkRevealer     *review_revealer;
  GtkLabel        *review_label;
  GtkToggleButton *due_toggle;
  GtkBox          *page_box;
  BerNetworkPage  *page;          /* NULL until a network is first opened */
  BerPersonsView  *persons;       /* NULL until the section is first shown */
  AdwBin          *persons_bin;
  BerQuestionsSection *questions; /* NULL until the section is first shown */
  AdwBin          *questions_bin;
};

G_DEFINE_FINAL_TYPE (BerNetworksView, ber_networks_view, BER_TYPE_REGISTER_VIEW)

enum
{
  PROP_0,
  PROP_N_DUE_REVIEWS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static BerNetworks *
networks_of (BerNetworksView *self)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));

  return context != NULL ? ber_context_get_networks (context) : NULL;
}

/* Cells */

static char *
kind_text (const char *kind)
{
  return g_strdup (ber_choice_label (BER_CHOICES_NETWORK_KIND, kind));
}

static char *
status_label (GtkListItem *item,
              const char  *status,
              const char  *via)
{
  if (g_strcmp0 (status, "indirect") == 0 && via != NULL)
    /* Translators: an indirect membership, e.g. "Indirect member through Central Sweden" */
    return g_strdup_printf (_("Indirect member through %s"), via);
  if (status == NULL)
    return g_strdup (_("No membership"));
  return g_strdup (ber_choice_label (BER_CHOICES_MEMBERSHIP_STATUS, status));
}

static char *
activity_text (const char *activity)
{
  /* A network the region follows, or has left, has no activity level. */
  return g_strdup (activity != NULL ? ber_choice_label (BER_CHOICES_ACTIVITY, activity) : "–");
}

static char *
count_label (GtkListItem *item,
             int          n)
{
  return n > 0 ? g_strdup_printf ("%d", n) : g_strdup ("–");
}

static char *
fee_label (GtkListItem *item,
           double       amount,
           const char  *currency)
{
  g_autofree char *formatted = NULL;

  if (currency == NULL)
    return g_strdup ("–");
  formatted = ber_format_amount (amount);
  return g_strdup_printf ("%s %s", formatted, currency);
}

/* How @next compares with today: < 0 past, 0 today, > 0 to come or none.
 * The list follows the clock, as the register's list of networks does. */
static int
review_compare (const char *next)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  if (next == NULL || *next == '\0')
    return 1;
  return g_strcmp0 (next, today);
}

static gboolean
review_due (const char *next)
{
  return review_compare (next) <= 0;
}

/* A review whose day has passed is overdue, in red as everything overdue;
 * one due today is a warning. */
static GStrv
review_classes (GtkListItem *item,
                const char  *next)
{
  int compared = review_compare (next);
  const char *overdue[] = { "overdue", NULL };
  const char *today[] = { "warning", NULL };
  const char *not_due[] = { NULL };

  return g_strdupv ((char **) (compared < 0 ? overdue : compared == 0 ? today : not_due));
}

/* Asked for when the pointer rests on the cell, which shows the date:
 * a tooltip set each time a row is shown costs a round trip to the display. */
static gboolean
review_query_tooltip (GtkWidget  *label,
                      int         x,
                      int         y,
                      gboolean    keyboard_mode,
                      GtkTooltip *tooltip)
{
  if (!GTK_IS_LABEL (label) || !review_due (gtk_label_get_text (GTK_LABEL (label))))
    return FALSE;
  gtk_tooltip_set_text (tooltip, _("The yearly review is due"));
  return TRUE;
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

static gint64
selected_body (BerNetworksView *self)
{
  GObject *item = gtk_drop_down_get_selected_item (self->body_dropdown);

  return BER_IS_RECORD (item) ? ber_record_get_id (BER_RECORD (item)) : 0;
}

static void
update_filter (BerNetworksView *self)
{
  BerListFilter *filter = ber_register_view_get_filter (BER_REGISTER_VIEW (self));
  const char *status = dropdown_choice (self->status_dropdown, BER_CHOICES_MEMBERSHIP_STATUS);
  const char *kind = dropdown_choice (self->kind_dropdown, BER_CHOICES_NETWORK_KIND);
  const char *activity = dropdown_choice (self->activity_dropdown, BER_CHOICES_ACTIVITY);
  gint64 body = selected_body (self);
  gboolean due = gtk_toggle_button_get_active (self->due_toggle);

  ber_list_filter_set_text (filter, BER_NETWORKS_CRITERION_STATUS, status);
  ber_list_filter_set_text (filter, BER_NETWORKS_CRITERION_KIND, kind);
  ber_list_filter_set_text (filter, BER_NETWORKS_CRITERION_ACTIVITY, activity);
  ber_list_filter_set_id (filter, BER_NETWORKS_CRITERION_BODY, body);
  ber_list_filter_set_flag (filter, BER_NETWORKS_CRITERION_REVIEW_DUE, due);
  ber_register_view_set_filters_active (BER_REGISTER_VIEW (self),
                                        status != NULL || kind != NULL || activity != NULL
                                        || body > 0 || due);
}

static void
fill_choice_dropdown (GtkDropDown *dropdown,
                      const char  *all_label,
                      BerChoices   which)
{
  g_auto(GStrv) labels = ber_choice_labels (which);
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all_label);
  gtk_string_list_splice (list, 1, 0, (const char * const *) labels);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, 0);
}

/* "All bodies", then every body of the register, lazily. */
static void
fill_body_dropdown (BerNetworksView *self,
                    BerContext      *context)
{
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) all = g_list_store_new (BER_TYPE_BODY);
  g_autoptr(BerRecord) placeholder = g_object_new (BER_TYPE_BODY, "name", _("All bodies"), NULL);
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();

  g_list_store_append (all, placeholder);
  g_list_store_append (parts, all);
  if (context != NULL)
    {
      g_autoptr(GListModel) bodies = ber_context_choose (context, BER_CHOICE_ALL_BODIES, filter);

      g_list_store_append (parts, bodies);
    }
  g_clear_object (&self->bodies);
  self->bodies = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts))));
  gtk_drop_down_set_model (self->body_dropdown, self->bodies);
  gtk_drop_down_set_selected (self->body_dropdown, 0);
}

/* The yearly reviews that are due */

static void
update_due_reviews (BerNetworksView *self)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (networks_of (self) != NULL && !ber_networks_count_due_reviews (networks_of (self), &n, &error))
    ber_ui_toast (GTK_WIDGET (self), error->message);

  if (n > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "The yearly review of %u network is due.",
                                                            "The yearly reviews of %u networks are due.",
                                                            n),
                                               n);

      gtk_label_set_label (self->review_label, text);
    }
  gtk_revealer_set_reveal_child (self->review_revealer,
                                 n > 0 || gtk_toggle_button_get_active (self->due_toggle));

  if (self->n_due_reviews != n)
    {
      self->n_due_reviews = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DUE_REVIEWS]);
    }
}

static void
on_record_changed (BerNetworksView *self,
                   GType            type,
                   gint64           id,
                   int              change)
{
  if (type == BER_TYPE_NETWORK || type == BER_TYPE_NETWORK_REVIEW)
    update_due_reviews (self);
}

static void on_page_closed (BerNetworksView *self);

/* The network page, made when a network is first opened. */
static BerNetworkPage *
get_page (BerNetworksView *self)
{
  if (self->page == NULL)
    {
      self->page = ber_network_page_new ();
      gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
      gtk_box_append (self->page_box, GTK_WIDGET (self->page));
      g_signal_connect_object (self->page, "closed", G_CALLBACK (on_page_closed), self,
                               G_CONNECT_SWAPPED);
      ber_record_page_set_context (BER_RECORD_PAGE (self->page),
                                   ber_register_view_get_context (BER_REGISTER_VIEW (self)));
    }
  return self->page;
}

/* The persons' section, made when first shown. */
static BerPersonsView *
get_persons (BerNetworksView *self)
{
  if (self->persons == NULL)
    {
      self->persons = BER_PERSONS_VIEW (ber_persons_view_new ());
      gtk_widget_set_vexpand (GTK_WIDGET (self->persons), TRUE);
      adw_bin_set_child (self->persons_bin, GTK_WIDGET (self->persons));
      g_object_set (self->persons, "context",
                    ber_register_view_get_context (BER_REGISTER_VIEW (self)), NULL);
    }
  return self->persons;
}

/* The influence questions' section, made when first shown. */
static BerQuestionsSection *
get_questions (BerNetworksView *self)
{
  if (self->questions == NULL)
    {
      self->questions = BER_QUESTIONS_SECTION (ber_questions_section_new ());
      gtk_widget_set_vexpand (GTK_WIDGET (self->questions), TRUE);
      adw_bin_set_child (self->questions_bin, GTK_WIDGET (self->questions));
      ber_questions_section_set_context (self->questions,
                                         ber_register_view_get_context (BER_REGISTER_VIEW (self)));
    }
  return self->questions;
}

static void
on_section_shown (BerNetworksView *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->section_stack), "persons") == 0)
    get_persons (self);
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->section_stack), "questions") == 0)
    get_questions (self);
}

static void
on_context_changed (BerNetworksView *self)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self,
                             G_CONNECT_SWAPPED);

  if (self->page != NULL)
    ber_record_page_set_context (BER_RECORD_PAGE (self->page), context);
  if (self->persons != NULL)
    g_object_set (self->persons, "context", context, NULL);
  if (self->questions != NULL)
    ber_questions_section_set_context (self->questions, context);
  gtk_stack_set_visible_child_name (self->stack, "list");
  fill_body_dropdown (self, context);
  update_due_reviews (self);
}

/* Navigation */

static void
open_page (BerNetworksView *self,
           BerNetwork      *network)
{
  ber_network_page_set_network (get_page (self), network);
  gtk_stack_set_visible_child_name (self->stack, "network");
  gtk_widget_grab_focus (GTK_WIDGET (self->page));
}

static void
on_page_closed (BerNetworksView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (ber_register_view_get_list_widget (BER_REGISTER_VIEW (self)));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (widget);
  g_autoptr(BerNetwork) network = NULL;

  if (networks_of (self) == NULL)
    return;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->section_stack), "persons") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (get_persons (self)), "view.new", NULL);
      return;
    }
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->section_stack), "questions") == 0)
    {
      ber_questions_section_new_question (get_questions (self));
      return;
    }

  network = ber_network_new ();
  open_page (self, network);
}

/* Exports */

static void
run_export (BerNetworksView *self,
            gboolean         fees)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));
  BerMembershipExportRequest *request;
  g_autofree char *name = NULL;
  int year;

  if (context == NULL)
    return;

  year = (int) g_ascii_strtoll (ber_context_get_today (context), NULL, 10);
  request = g_new0 (BerMembershipExportRequest, 1);
  request->body_id = fees ? 0 : selected_body (self);
  request->year = fees ? 0 : year;
  /* Translators: file names; %d is the year */
  name = fees ? g_strdup_printf (_("Fees %d.pdf"), year)
              : g_strdup_printf (_("Memberships %d.pdf"), year);
  ber_export_ui_run_with_data (GTK_WIDGET (self), context,
                               fees ? _("Export Fees") : _("Export Memberships"), name,
                               fees ? ber_export_fees_for : ber_export_memberships_for,
                               request, g_free);
}

static void
export_memberships_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  run_export (BER_NETWORKS_VIEW (widget), FALSE);
}

static void
export_fees_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  run_export (BER_NETWORKS_VIEW (widget), TRUE);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (widget);
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));
  gboolean persons = g_str_equal (action_name, "view.import-persons");

  if (context == NULL)
    return;

  gtk_stack_set_visible_child_name (self->section_stack, persons ? "persons" : "networks");
  ber_import_choose_file (ber_ui_parent_window (widget), context,
                          persons ? BER_IMPORT_PERSONS : BER_IMPORT_NETWORKS);
}

/* BerRegisterView */

static void
ber_networks_view_clear_filters (BerRegisterView *view)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (view);

  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->activity_dropdown, 0);
  gtk_drop_down_set_selected (self->body_dropdown, 0);
  gtk_toggle_button_set_active (self->due_toggle, FALSE);
}

static void
list_error_cb (BerNetworksView *self,
               const GError    *error)
{
  ber_ui_toast (GTK_WIDGET (self), error->message);
}

static GListModel *
ber_networks_view_create_list (BerRegisterView *view,
                               BerContext      *context,
                               BerListFilter   *filter)
{
  GListModel *list = ber_networks_list (ber_context_get_networks (context), filter);

  g_signal_connect_object (list, "error", G_CALLBACK (list_error_cb), view, G_CONNECT_SWAPPED);
  return list;
}

/* A network opens in its page; a person in the persons' section. */
static gboolean
ber_networks_view_open_id (BerRegisterView *view,
                           GType            type,
                           gint64           id)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (view);

  if (type == BER_TYPE_NETWORK)
    {
      gtk_stack_set_visible_child_name (self->section_stack, "networks");
      ber_networks_view_show_network (self, id);
      return TRUE;
    }
  if (type == BER_TYPE_PERSON)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      gtk_stack_set_visible_child_name (self->section_stack, "persons");
      return ber_register_view_open_id (BER_REGISTER_VIEW (get_persons (self)), type, id);
    }
  if (type == BER_TYPE_INFLUENCE_QUESTION)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      gtk_stack_set_visible_child_name (self->section_stack, "questions");
      return ber_questions_section_open (get_questions (self), id);
    }
  return FALSE;
}

static void
ber_networks_view_open_record (BerRegisterView *view,
                               BerRecord       *record)
{
  open_page (BER_NETWORKS_VIEW (view), BER_NETWORK (record));
}

/* "AER · Member · Regional Executive Board" */
static void
ber_networks_view_describe_row (BerRegisterView *view,
                                BerRecord       *record,
                                BerNarrowRow    *row)
{
  g_autofree char *acronym = NULL, *status = NULL, *via = NULL, *body = NULL;
  g_autofree char *status_text = NULL;

  g_object_get (record, "name", &row->title, "acronym", &acronym, "membership-status", &status,
                "via-network-name", &via, "responsible-body-name", &body, NULL);
  status_text = status_label (NULL, status, via);
  row->subtitle = BER_NARROW_JOIN (acronym, status_text, body);
}

/* GObject */

static void
ber_networks_view_dispose (GObject *object)
{
  BerNetworksView *self = BER_NETWORKS_VIEW (object);

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  /* Removing the columns changes the sorter; nothing is listed any more. */
  if (self->column_view != NULL)
    g_signal_handlers_disconnect_by_data (gtk_column_view_get_sorter (self->column_view), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_NETWORKS_VIEW);
  g_clear_object (&self->bodies);

  G_OBJECT_CLASS (ber_networks_view_parent_class)->dispose (object);
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
    case PROP_N_DUE_REVIEWS:
      g_value_set_uint (value, self->n_due_reviews);
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
  BerRegisterViewClass *view_class = BER_REGISTER_VIEW_CLASS (klass);

  object_class->dispose = ber_networks_view_dispose;
  object_class->get_property = ber_networks_view_get_property;
  view_class->create_list = ber_networks_view_create_list;
  view_class->open_record = ber_networks_view_open_record;
  view_class->open_id = ber_networks_view_open_id;
  view_class->clear_filters = ber_networks_view_clear_filters;
  view_class->describe_row = ber_networks_view_describe_row;

  properties[PROP_N_DUE_REVIEWS] =
    g_param_spec_uint ("n-due-reviews", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BER_TYPE_NETWORK);
  g_type_ensure (BER_TYPE_COLUMN_SORTER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-networks-view.ui");
  /* The columns that fold in a narrower window. */
  gtk_widget_class_bind_template_child_full (widget_class, "acronym_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "representatives_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "activity_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "fee_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "kind_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "body_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "review_column", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, ber_cell_query_tooltip);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, section_stack);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, name_column);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, body_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, activity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, review_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, review_label);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, due_toggle);
  gtk_widget_class_bind_template_child (widget_class, BerNetworksView, page_box);
  gtk_widget_class_bind_template_callback (widget_class, status_label);
  gtk_widget_class_bind_template_callback (widget_class, count_label);
  gtk_widget_class_bind_template_callback (widget_class, fee_label);
  gtk_widget_class_bind_template_callback (widget_class, review_classes);
  gtk_widget_class_bind_template_callback (widget_class, review_query_tooltip);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "view.export-memberships", NULL,
                                   export_memberships_activated);
  gtk_widget_class_install_action (widget_class, "view.export-fees", NULL,
                                   export_fees_activated);
  gtk_widget_class_install_action (widget_class, "view.import-networks", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "view.import-persons", NULL, import_activated);
}

/* The cells of one line of text are made in C (ber-text-cell.c): a
 * template would be parsed again for each of them, 200 rows at a time. */
static void
make_text_cells (BerNetworksView *self)
{
  static const struct
  {
    const char  *column;
    const char  *property;
    BerCellText  text;
  } cells[] = {
    { "name_column", "name", NULL },
    { "acronym_column", "acronym", NULL },
    { "kind_column", "kind", kind_text },
    { "body_column", "responsible-body-name", NULL },
    { "activity_column", "activity", activity_text },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      GtkColumnViewColumn *column = GTK_COLUMN_VIEW_COLUMN (
        gtk_widget_get_template_child (GTK_WIDGET (self), BER_TYPE_NETWORKS_VIEW, cells[i].column));
      g_autoptr(GtkListItemFactory) factory = ber_text_cell_factory_new (cells[i].property,
                                                                         cells[i].text);

      gtk_column_view_column_set_factory (column, factory);
    }
}

static void
ber_networks_view_init (BerNetworksView *self)
{
  g_autoptr(GtkExpression) body_name = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  make_text_cells (self);

  /* The root of the template is AdwBin's child, which AdwBin itself releases:
   * not bound as a template child, or it would be released twice. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  ber_register_view_set_widgets (BER_REGISTER_VIEW (self), self->search_entry, self->column_view,
                                 self->content_stack);
  /* The name keeps 300 px; what matters less goes first. */
  ber_register_view_fold_columns (BER_REGISTER_VIEW (self), BER_TYPE_NETWORKS_VIEW,
                                  "representatives_column", "activity_column", "fee_column",
                                  "kind_column", "body_column", "review_column", NULL);
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);

  fill_choice_dropdown (self->status_dropdown, _("All statuses"), BER_CHOICES_MEMBERSHIP_STATUS);
  fill_choice_dropdown (self->kind_dropdown, _("All kinds"), BER_CHOICES_NETWORK_KIND);
  fill_choice_dropdown (self->activity_dropdown, _("All activity levels"), BER_CHOICES_ACTIVITY);
  body_name = gtk_property_expression_new (BER_TYPE_BODY, NULL, "name");
  gtk_drop_down_set_expression (self->body_dropdown, body_name);
  fill_body_dropdown (self, NULL);

  /* The persons' section and the network page are made when first shown. */
  self->persons_bin = ADW_BIN (adw_bin_new ());
  gtk_stack_page_set_title (gtk_stack_add_named (self->section_stack,
                                                 GTK_WIDGET (self->persons_bin), "persons"),
                            _("Persons"));
  self->questions_bin = ADW_BIN (adw_bin_new ());
  gtk_stack_page_set_title (gtk_stack_add_named (self->section_stack,
                                                 GTK_WIDGET (self->questions_bin), "questions"),
                            /* Translators: the tab of the influence questions (påverkansfrågor)
                             * beside Networks and Persons; keep it short, the three tabs
                             * must fit a phone's width */
                            C_("section", "Questions"));
  g_signal_connect_object (self->section_stack, "notify::visible-child",
                           G_CALLBACK (on_section_shown), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->status_dropdown, "notify::selected", G_CALLBACK (update_filter),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kind_dropdown, "notify::selected", G_CALLBACK (update_filter),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->body_dropdown, "notify::selected", G_CALLBACK (update_filter),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->activity_dropdown, "notify::selected",
                           G_CALLBACK (update_filter), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->due_toggle, "toggled", G_CALLBACK (update_filter), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_changed), NULL);
}

GtkWidget *
ber_networks_view_new (void)
{
  return g_object_new (BER_TYPE_NETWORKS_VIEW, NULL);
}

guint
ber_networks_view_get_n_due_reviews (BerNetworksView *self)
{
  g_return_val_if_fail (BER_IS_NETWORKS_VIEW (self), 0);
  return self->n_due_reviews;
}

/* Opens the page of the network @network_id. */
void
ber_networks_view_show_network (BerNetworksView *self,
                                gint64           network_id)
{
  BerContext *context;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerNetwork) network = NULL;

  g_return_if_fail (BER_IS_NETWORKS_VIEW (self));

  context = ber_register_view_get_context (BER_REGISTER_VIEW (self));
  if (context == NULL)
    return;
  network = ber_context_load (context, BER_TYPE_NETWORK, network_id, &error);
  if (network == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  open_page (self, network);
}

/* Returns: (transfer none) (nullable): the networks listed, in their order */
GListModel *
ber_networks_view_get_model (BerNetworksView *self)
{
  g_return_val_if_fail (BER_IS_NETWORKS_VIEW (self), NULL);
  return ber_register_view_get_model (BER_REGISTER_VIEW (self));
}

/**
 * ber_networks_view_new_network:
 *
 * Shows the networks, not the persons, and opens a new network's page:
 * where another view leads when it needs a network first.
 */
void
ber_networks_view_new_network (BerNetworksView *self)
{
  g_return_if_fail (BER_IS_NETWORKS_VIEW (self));

  gtk_stack_set_visible_child_name (self->section_stack, "networks");
  gtk_widget_activate_action (GTK_WIDGET (self), "view.new", NULL);
}
