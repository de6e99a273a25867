/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-overview-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-overview-view.h"

/*
 * The first view of the window: what must be done today (issue #15). The
 * overview service reads its groups in a worker; each group is a list of
 * rows that open their record through the window ("win.open-record"), and
 * says so when it is empty. It reads again when the register changes
 * (after a pause, so that a burst of writes reads once), on Refresh
 * (Ctrl+R) or when the window reads the register again (F5), and when the
 * window comes back on a new day.
 */

#define RELOAD_DELAY_MS 400

struct _BerOverviewView
{
  AdwBin          parent_instance;

  BerContext     *context;
  GSettings      *settings;
  GCancellable   *loading;
  BerOverviewDay *day;
  guint           reload_id;
  gboolean        focus_on_load;
  GtkWidget      *groups[BER_OVERVIEW_N_GROUPS];

  /* Template widgets */
  GtkStack       *stack;
  GtkSpinner     *spinner;
  AdwStatusPage  *error_page;
  GtkLabel       *heading_label;
  GtkLabel       *summary_label;
  GtkBox         *groups_box;
};

G_DEFINE_FINAL_TYPE (BerOverviewView, ber_overview_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What each group is called, and what it says when it is empty. */
static const struct
{
  const char *title;
  const char *empty;
} groups[] = {
  [BER_OVERVIEW_MEETINGS] = { N_("Meetings in the Next Two Weeks"),
                              N_("No meetings in the next two weeks") },
  [BER_OVERVIEW_REPLIES] = { N_("Replies Due"), N_("No open item’s reply is due") },
  [BER_OVERVIEW_REPORTS] = { N_("Returned Reports Late or Due"),
                             N_("No returned report is late or due") },
  [BER_OVERVIEW_REVIEWS] = { N_("Memberships Due for Review"),
                             N_("No membership is due for review") },
  [BER_OVERVIEW_MANDATES] = { N_("Mandates Ending"),
                              N_("No mandate ends in the next two months") },
  [BER_OVERVIEW_FOLLOWUPS] = { N_("Decisions to Follow Up"),
                               N_("No decision is waiting to be carried out") },
  [BER_OVERVIEW_CHANGES] = { N_("Changed Since Yesterday"),
                             N_("Nothing has changed since yesterday") },
};

static int
warning_days (BerOverviewView *self)
{
  return self->settings != NULL ? g_settings_get_int (self->settings, "reply-warning-days") : 14;
}

static char *
group_description (BerOverviewDay   *day,
                   BerOverviewGroup  group)
{
  guint total = ber_overview_day_get_total (day, group);
  guint overdue = ber_overview_day_get_overdue (day, group);

  if (total == 0)
    return NULL;
  if (group == BER_OVERVIEW_CHANGES)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", total), total);
  if (group == BER_OVERVIEW_MEETINGS && overdue > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u meeting, %u with its papers late",
                                         "%u meetings, %u with their papers late", total),
                            total, overdue);
  if (overdue > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u in all, %u overdue",
                                         "%u in all, %u overdue", total), total, overdue);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u in all", "%u in all", total), total);
}

static void
on_line_activated (AdwActionRow *row,
                   gpointer      user_data)
{
  BerOverviewLine *line = g_object_get_data (G_OBJECT (row), "line");
  GType type = ber_overview_line_get_record_type (line);

  if (type == G_TYPE_INVALID || ber_overview_line_get_record_id (line) <= 0)
    return;
  gtk_widget_activate_action (GTK_WIDGET (row), "win.open-record", "(sx)", g_type_name (type),
                              ber_overview_line_get_record_id (line));
}

static GtkWidget *
line_row (BerOverviewLine *line)
{
  GtkWidget *row = adw_action_row_new ();
  const char *date = ber_overview_line_get_date (line);
  BerOverviewUrgency urgency = ber_overview_line_get_urgency (line);
  gboolean opens = ber_overview_line_get_record_type (line) != G_TYPE_INVALID
                   && ber_overview_line_get_record_id (line) > 0;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ber_overview_line_get_title (line));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ber_overview_line_get_detail (line));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  g_object_set_data_full (G_OBJECT (row), "line", g_object_ref (line), g_object_unref);

  if (urgency == BER_OVERVIEW_URGENCY_OVERDUE)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_tooltip_text (icon, _("Overdue"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Overdue"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_add_css_class (row, "overdue");
    }
  if (date != NULL)
    {
      GtkWidget *label = gtk_label_new (date);

      gtk_widget_add_css_class (label, "numeric");
      if (urgency == BER_OVERVIEW_URGENCY_OVERDUE)
        gtk_widget_add_css_class (label, "overdue");
      else if (urgency == BER_OVERVIEW_URGENCY_TODAY)
        gtk_widget_add_css_class (label, "warning");
      else
        gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  if (opens)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (on_line_activated), NULL);
    }
  return row;
}

/* A dim row with a sentence: the group is empty, or has more lines. */
static GtkWidget *
note_row (const char *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static GtkWidget *
group_widget (BerOverviewDay   *day,
              BerOverviewGroup  group)
{
  GtkWidget *widget = adw_preferences_group_new ();
  GListModel *lines = ber_overview_day_get_lines (day, group);
  guint n_lines = g_list_model_get_n_items (lines);
  guint total = ber_overview_day_get_total (day, group);
  g_autofree char *description = group_description (day, group);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), _(groups[group].title));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (widget), description);
  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(BerOverviewLine) line = g_list_model_get_item (lines, i);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), line_row (line));
    }
  if (n_lines == 0)
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), note_row (_(groups[group].empty)));
  else if (total > n_lines)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                            "and %u more", total - n_lines),
                                               total - n_lines);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget), note_row (more));
    }
  return widget;
}

static void
show_day (BerOverviewView *self)
{
  g_autofree char *heading = NULL;
  guint urgent = 0;

  for (BerOverviewGroup group = 0; group < BER_OVERVIEW_N_GROUPS; group++)
    {
      if (self->groups[group] != NULL)
        gtk_box_remove (self->groups_box, self->groups[group]);
      self->groups[group] = group_widget (self->day, group);
      gtk_box_append (self->groups_box, self->groups[group]);
      if (group != BER_OVERVIEW_CHANGES)
        urgent += ber_overview_day_get_overdue (self->day, group);
    }

  /* Translators: the overview's heading, with today's date */
  heading = g_strdup_printf (_("Today, %s"), ber_overview_day_get_today (self->day));
  gtk_label_set_label (self->heading_label, heading);
  if (urgent > 0)
    {
      g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u thing is overdue",
                                                               "%u things are overdue", urgent),
                                                  urgent);

      gtk_label_set_label (self->summary_label, summary);
    }
  else
    gtk_label_set_label (self->summary_label, _("Nothing is overdue"));
  gtk_stack_set_visible_child_name (self->stack, "overview");
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BerOverviewView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerOverviewDay) day = NULL;

  day = ber_overview_load_finish (BER_OVERVIEW (object), result, &error);
  if (g_task_get_cancellable (G_TASK (result)) != self->loading)
    return;
  g_clear_object (&self->loading);
  gtk_spinner_stop (self->spinner);
  if (day == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  g_set_object (&self->day, day);
  show_day (self);
  /* The first lines read take the keyboard, now or when they are shown. */
  if (self->focus_on_load && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->focus_on_load = FALSE;
      ber_overview_view_focus_first (self);
    }
}

static gboolean
focus_when_shown (gpointer data)
{
  g_autoptr(BerOverviewView) self = data;

  if (self->focus_on_load && self->day != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->focus_on_load = FALSE;
      ber_overview_view_focus_first (self);
    }
  return G_SOURCE_REMOVE;
}

static void
on_map (BerOverviewView *self)
{
  if (self->focus_on_load && self->day != NULL)
    g_idle_add (focus_when_shown, g_object_ref (self));
}

/**
 * ber_overview_view_refresh:
 *
 * Reads the overview again, in a worker; a read under way is dropped.
 */
void
ber_overview_view_refresh (BerOverviewView *self)
{
  g_return_if_fail (BER_IS_OVERVIEW_VIEW (self));

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  if (self->context == NULL)
    return;

  self->loading = g_cancellable_new ();
  /* The lines shown stay while they are read again; only the first read
   * shows the spinner. */
  if (self->day == NULL)
    {
      gtk_spinner_start (self->spinner);
      gtk_stack_set_visible_child_name (self->stack, "loading");
    }
  ber_overview_load_async (ber_context_get_overview (self->context), warning_days (self),
                           self->loading, on_loaded, g_object_ref (self));
}

static gboolean
reload_timeout (gpointer data)
{
  BerOverviewView *self = data;

  self->reload_id = 0;
  ber_overview_view_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_reload (BerOverviewView *self)
{
  if (self->reload_id == 0)
    self->reload_id = g_timeout_add (RELOAD_DELAY_MS, reload_timeout, self);
}

/* Back in the window on another day: what is due has changed. */
static void
on_window_active (BerOverviewView *self,
                  GParamSpec      *pspec,
                  GtkWindow       *window)
{
  if (gtk_window_is_active (window) && self->day != NULL && self->context != NULL
      && g_strcmp0 (ber_overview_day_get_today (self->day),
                    ber_context_get_today (self->context)) != 0)
    ber_overview_view_refresh (self);
}

static void
on_root_changed (BerOverviewView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    g_signal_connect_object (root, "notify::is-active", G_CALLBACK (on_window_active), self,
                             G_CONNECT_SWAPPED);
}

static void
refresh_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ber_overview_view_refresh (BER_OVERVIEW_VIEW (widget));
}

static void
set_context (BerOverviewView *self,
             BerContext      *context)
{
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  if (!g_set_object (&self->context, context))
    return;
  g_clear_object (&self->day);
  if (context != NULL)
    g_signal_connect_object (context, "record-changed", G_CALLBACK (schedule_reload), self,
                             G_CONNECT_SWAPPED);
  ber_overview_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

static void
ber_overview_view_dispose (GObject *object)
{
  BerOverviewView *self = BER_OVERVIEW_VIEW (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_object (&self->day);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_OVERVIEW_VIEW);

  G_OBJECT_CLASS (ber_overview_view_parent_class)->dispose (object);
}

static void
ber_overview_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, BER_OVERVIEW_VIEW (object)->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_overview_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_CONTEXT:
      set_context (BER_OVERVIEW_VIEW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_overview_view_class_init (BerOverviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_overview_view_dispose;
  object_class->get_property = ber_overview_view_get_property;
  object_class->set_property = ber_overview_view_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BER_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-overview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BerOverviewView, spinner);
  gtk_widget_class_bind_template_child (widget_class, BerOverviewView, error_page);
  gtk_widget_class_bind_template_child (widget_class, BerOverviewView, heading_label);
  gtk_widget_class_bind_template_child (widget_class, BerOverviewView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BerOverviewView, groups_box);

  gtk_widget_class_install_action (widget_class, "overview.refresh", NULL, refresh_activated);
  /* F5 stays the window's: it reads the whole register again, this with it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "overview.refresh", NULL);
}

static void
ber_overview_view_init (BerOverviewView *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The root of the template is AdwBin's child, which AdwBin releases. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->focus_on_load = TRUE;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "reply-warning-days"))
    {
      self->settings = g_settings_new (APP_ID);
      g_signal_connect_object (self->settings, "changed::reply-warning-days",
                               G_CALLBACK (schedule_reload), self, G_CONNECT_SWAPPED);
    }
  g_signal_connect (self, "notify::root", G_CALLBACK (on_root_changed), NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}

GtkWidget *
ber_overview_view_new (void)
{
  return g_object_new (BER_TYPE_OVERVIEW_VIEW, NULL);
}

/* Whether the overview is being read. */
gboolean
ber_overview_view_get_loading (BerOverviewView *self)
{
  g_return_val_if_fail (BER_IS_OVERVIEW_VIEW (self), FALSE);
  return self->loading != NULL;
}

/* Returns: (transfer none) (nullable): what the overview shows */
BerOverviewDay *
ber_overview_view_get_day (BerOverviewView *self)
{
  g_return_val_if_fail (BER_IS_OVERVIEW_VIEW (self), NULL);
  return self->day;
}

static GtkWidget *
first_line_row (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX_ROW (widget))
    return gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)) ? widget : NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = first_line_row (child);

      if (row != NULL)
        return row;
    }
  return NULL;
}

/**
 * ber_overview_view_focus_first:
 *
 * Puts the keyboard on the first line that opens a record, unless the
 * keyboard is already elsewhere in the window's content.
 *
 * Returns: whether a line took the focus
 */
gboolean
ber_overview_view_focus_first (BerOverviewView *self)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (BER_IS_OVERVIEW_VIEW (self), FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self))
      || (focus != NULL && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self))
          && GTK_IS_EDITABLE (focus)))
    return FALSE;
  for (BerOverviewGroup group = 0; group < BER_OVERVIEW_N_GROUPS; group++)
    {
      GtkWidget *row = self->groups[group] != NULL ? first_line_row (self->groups[group]) : NULL;

      if (row != NULL)
        return gtk_widget_grab_focus (row);
    }
  return FALSE;
}
