/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-bodies-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-area-dialog.h"
#include "ber-bodies-ui.h"
#include "ber-bodies-view.h"
#include "ber-column-sort.h"
#include "ber-item.h"
#include "ber-labels.h"
#include "ber-ui-util.h"

/*
 * The bodies of the region, each opening its page, and the list of subject
 * areas the items and routing rules choose from. Bodies are data the users
 * keep: a body is dissolved, never deleted, so its history stays.
 */
struct _BerBodiesView
{
  BerRegisterView  parent_instance;

  GListModel      *areas;

  GtkStack        *stack;
  GtkSearchEntry  *search_entry;
  GtkColumnView   *column_view;
  GtkStack        *content_stack;
  GtkListBox      *areas_list;
  BerBodyPage     *page;
};

G_DEFINE_FINAL_TYPE (BerBodiesView, ber_bodies_view, BER_TYPE_REGISTER_VIEW)

static BerBodies *
get_bodies (BerBodiesView *self)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));

  return context != NULL ? ber_context_get_bodies (context) : NULL;
}

/* Columns */

static char *
kind_label (GtkListItem *item,
            const char  *kind)
{
  const char *label = kind != NULL ? ber_choice_label (BER_CHOICES_BODY_KIND, kind) : NULL;

  return g_strdup (label != NULL ? label : "");
}

static char *
deadline_label (GtkListItem *item,
                int          days)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day before", "%d days before", days),
                          days);
}

static char *
date_label (GtkListItem *item,
            const char  *date)
{
  return g_strdup (date != NULL ? date : "");
}

/* Bodies */

static void
on_page_closed (BerBodiesView *self)
{
  gint64 id = ber_body_page_get_body_id (self->page);

  gtk_stack_set_visible_child_name (self->stack, "list");
  /* Back where the user left the list. */
  if (id > 0)
    ber_register_view_select (BER_REGISTER_VIEW (self), id);
  gtk_widget_grab_focus (ber_register_view_get_list_widget (BER_REGISTER_VIEW (self)));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BerBodiesView *self = BER_BODIES_VIEW (widget);

  if (get_bodies (self) == NULL)
    return;
  /* Unsaved changes on the page come first: the page asks about them. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "page") == 0
      && ber_body_page_get_modified (self->page))
    {
      ber_record_page_close (BER_RECORD_PAGE (self->page));
      return;
    }
  ber_bodies_view_open_body (self, 0);
}

/* Subject areas */

static char *
area_subtitle (BerBodiesView *self,
               gint64         id)
{
  g_autoptr(GError) error = NULL;
  guint n_items = 0;

  if (!ber_bodies_count_area_uses (get_bodies (self), id, &n_items, NULL, &error))
    return g_strdup (error->message);
  if (n_items == 0)
    return g_strdup (_("Not used by any item"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Used by %u item", "Used by %u items",
                                       n_items),
                          n_items);
}

static GtkWidget *
create_area_row (gpointer item,
                 gpointer user_data)
{
  BerBodiesView *self = user_data;
  BerRecord *area = item;
  gint64 id = ber_record_get_id (area);
  const char *name = ber_record_get_string (area, "name");
  g_autofree char *subtitle = area_subtitle (self, id);
  g_autofree char *rename = g_strdup_printf (_("Rename “%s”"), name);
  g_autofree char *remove = g_strdup_printf (_("Remove “%s”"), name);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *rename_button;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  rename_button = ber_bodies_ui_icon_button ("document-edit-symbolic", _("Rename"), rename,
                                             "bodies.rename-area", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), rename_button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             ber_bodies_ui_icon_button ("user-trash-symbolic", _("Remove"), remove,
                                                        "bodies.remove-area", id));
  /* Enter on the row renames, as the first button does. */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), rename_button);
  return row;
}

/* The subject area of @id as it is now, for a dialog of its own. */
static BerRecord *
load_area (BerBodiesView *self,
           gint64         id)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));
  g_autoptr(GError) error = NULL;
  BerRecord *area;

  if (context == NULL)
    return NULL;
  area = ber_context_load (context, BER_TYPE_SUBJECT_AREA, id, &error);
  if (area == NULL)
    ber_bodies_ui_alert (GTK_WIDGET (self), _("The Subject Area Could Not Be Read"),
                         error->message);
  return area;
}

static void
open_area_dialog (BerBodiesView  *self,
                  BerSubjectArea *area)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));

  ber_form_dialog_present (ber_area_dialog_new (context, area), GTK_WIDGET (self));
}

static void
add_area_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BerBodiesView *self = BER_BODIES_VIEW (widget);
  g_autoptr(BerSubjectArea) area = NULL;

  if (get_bodies (self) == NULL)
    return;
  area = ber_subject_area_new ();
  open_area_dialog (self, area);
}

static void
rename_area_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BerBodiesView *self = BER_BODIES_VIEW (widget);
  g_autoptr(BerRecord) area = load_area (self, g_variant_get_int64 (parameter));

  if (area != NULL)
    open_area_dialog (self, BER_SUBJECT_AREA (area));
}

static void
remove_area (gpointer   owner,
             BerRecord *area)
{
  BerBodiesView *self = owner;
  g_autoptr(GError) error = NULL;

  if (!ber_bodies_delete_area (get_bodies (self), BER_SUBJECT_AREA (area), &error))
    ber_bodies_ui_alert (GTK_WIDGET (self), _("The Subject Area Was Not Removed"),
                         error->message);
}

static char *
remove_area_text (const char *name,
                  guint       n_items,
                  guint       n_rules)
{
  GString *text = g_string_new (NULL);

  if (n_items > 0)
    g_string_append_printf (text,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "“%s” is the subject area of %u item. The item is "
                                         "kept, with no subject area.",
                                         "“%s” is the subject area of %u items. The items are "
                                         "kept, with no subject area.",
                                         n_items),
                            name, n_items);
  else
    g_string_append_printf (text, _("No item has “%s” as its subject area."), name);
  if (n_rules > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u routing rule that names it is removed too.",
                                           "%u routing rules that name it are removed too.",
                                           n_rules),
                              n_rules);
    }
  return g_string_free (text, FALSE);
}

static void
remove_area_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BerBodiesView *self = BER_BODIES_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  g_autoptr(BerRecord) area = load_area (self, id);
  g_autofree char *text = NULL;
  guint n_items = 0, n_rules = 0;

  if (area == NULL)
    return;
  if (!ber_bodies_count_area_uses (get_bodies (self), id, &n_items, &n_rules, &error))
    {
      ber_bodies_ui_alert (GTK_WIDGET (self), _("The Subject Area Could Not Be Read"),
                           error->message);
      return;
    }
  text = remove_area_text (ber_record_get_string (area, "name"), n_items, n_rules);
  ber_bodies_ui_confirm_remove (GTK_WIDGET (self), _("Remove the Subject Area?"), text, area,
                                remove_area);
}

static void
on_areas_error (BerBodiesView *self,
                const GError  *error)
{
  ber_ui_toast (GTK_WIDGET (self), error->message);
}

/* The counts under the subject areas follow the items. */
static void
on_record_changed (BerContext    *context,
                   GType          type,
                   gint64         id,
                   int            change,
                   BerBodiesView *self)
{
  if (context == ber_register_view_get_context (BER_REGISTER_VIEW (self))
      && type == BER_TYPE_ITEM && BER_IS_RECORD_LIST (self->areas))
    ber_record_list_reload (BER_RECORD_LIST (self->areas));
}

/* BerRegisterView */

static GListModel *
ber_bodies_view_create_list (BerRegisterView *view,
                             BerContext      *context,
                             BerListFilter   *filter)
{
  return ber_bodies_list (ber_context_get_bodies (context), filter);
}

static void
ber_bodies_view_open_record (BerRegisterView *view,
                             BerRecord       *record)
{
  ber_bodies_view_open_body (BER_BODIES_VIEW (view), ber_record_get_id (record));
}

static gboolean
ber_bodies_view_open_id (BerRegisterView *view,
                         GType            type,
                         gint64           id)
{
  if (type != BER_TYPE_BODY)
    return FALSE;
  ber_bodies_view_open_body (BER_BODIES_VIEW (view), id);
  return TRUE;
}

/* "RS · Board · 14 days before", and when it was dissolved at the end. */
static void
ber_bodies_view_describe_row (BerRegisterView *view,
                              BerRecord       *record,
                              BerNarrowRow    *row)
{
  g_autofree char *short_name = NULL, *kind = NULL, *dissolved_on = NULL;
  g_autofree char *kind_text = NULL, *deadline = NULL;
  int days = 0;

  g_object_get (record, "name", &row->title, "short-name", &short_name, "kind", &kind,
                "agenda-deadline-days", &days, "dissolved-on", &dissolved_on, NULL);
  kind_text = kind_label (NULL, kind);
  deadline = deadline_label (NULL, days);
  row->subtitle = BER_NARROW_JOIN (short_name, kind_text, deadline);
  if (dissolved_on != NULL && *dissolved_on != '\0')
    /* Translators: at the end of a dissolved body's row, "Dissolved 2019-01-01" */
    row->suffix = g_strdup_printf (_("Dissolved %s"), dissolved_on);
}

/* A register was opened: its subject areas, and its bodies on the page. */
static void
ber_bodies_view_refresh (BerRegisterView *view)
{
  BerBodiesView *self = BER_BODIES_VIEW (view);
  BerContext *context = ber_register_view_get_context (view);

  gtk_list_box_bind_model (self->areas_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->areas);
  ber_record_page_set_context (BER_RECORD_PAGE (self->page), context);
  gtk_stack_set_visible_child_name (self->stack, "list");
  if (context == NULL)
    return;

  self->areas = ber_bodies_list_areas (ber_context_get_bodies (context), NULL);
  g_signal_connect_object (self->areas, "error", G_CALLBACK (on_areas_error), self,
                           G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->areas_list, self->areas, create_area_row, self, NULL);
  g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self, 0);
}

/* GObject */

static void
on_context_changed (BerBodiesView *self)
{
  /* The base refreshes only when there is a register; without one the
   * lists of the last one go too. */
  if (ber_register_view_get_context (BER_REGISTER_VIEW (self)) == NULL)
    ber_bodies_view_refresh (BER_REGISTER_VIEW (self));
}

static void
ber_bodies_view_dispose (GObject *object)
{
  BerBodiesView *self = BER_BODIES_VIEW (object);

  if (self->areas_list != NULL)
    gtk_list_box_bind_model (self->areas_list, NULL, NULL, NULL, NULL);
  /* Unsorted while the view is whole: removing a sorted column changes
   * the sorting, which the base would apply to widgets already gone. */
  if (self->column_view != NULL)
    gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_BODIES_VIEW);
  g_clear_object (&self->areas);

  G_OBJECT_CLASS (ber_bodies_view_parent_class)->dispose (object);
}

static void
ber_bodies_view_class_init (BerBodiesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerRegisterViewClass *view_class = BER_REGISTER_VIEW_CLASS (klass);

  object_class->dispose = ber_bodies_view_dispose;
  view_class->create_list = ber_bodies_view_create_list;
  view_class->open_record = ber_bodies_view_open_record;
  view_class->open_id = ber_bodies_view_open_id;
  view_class->refresh = ber_bodies_view_refresh;
  view_class->describe_row = ber_bodies_view_describe_row;

  g_type_ensure (BER_TYPE_BODY);
  g_type_ensure (BER_TYPE_BODY_PAGE);
  g_type_ensure (BER_TYPE_COLUMN_SORTER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-bodies-view.ui");
  /* The columns that fold in a narrower window. */
  gtk_widget_class_bind_template_child_full (widget_class, "dissolved_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "kind_column", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, BerBodiesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerBodiesView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerBodiesView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerBodiesView, areas_list);
  gtk_widget_class_bind_template_child (widget_class, BerBodiesView, page);
  gtk_widget_class_bind_template_callback (widget_class, kind_label);
  gtk_widget_class_bind_template_callback (widget_class, deadline_label);
  gtk_widget_class_bind_template_callback (widget_class, date_label);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "bodies.add-area", NULL, add_area_activated);
  gtk_widget_class_install_action (widget_class, "bodies.rename-area", "x",
                                   rename_area_activated);
  gtk_widget_class_install_action (widget_class, "bodies.remove-area", "x",
                                   remove_area_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "view.new",
                                       NULL);
}

static void
ber_bodies_view_init (BerBodiesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The root of the template is AdwBin's child, which AdwBin itself releases:
   * not bound as a template child, or it would be released twice. */
  self->stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));

  ber_register_view_set_widgets (BER_REGISTER_VIEW (self), self->search_entry,
                                 self->column_view, self->content_stack);
  ber_register_view_fold_columns (BER_REGISTER_VIEW (self), BER_TYPE_BODIES_VIEW,
                                  "dissolved_column", "kind_column", NULL);
  gtk_list_box_set_placeholder (self->areas_list,
                                ber_bodies_ui_placeholder ("view-list-bullet-symbolic",
                                                           _("No Subject Areas"),
                                                           _("Add the subject areas items are "
                                                             "sorted by, for example health "
                                                             "care or transport."),
                                                           NULL));
  g_signal_connect_object (self->page, "closed", G_CALLBACK (on_page_closed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_changed), NULL);
}

/* Public API */

GtkWidget *
ber_bodies_view_new (void)
{
  return g_object_new (BER_TYPE_BODIES_VIEW, NULL);
}

/**
 * ber_bodies_view_get_model:
 *
 * Returns: (transfer none) (nullable): the bodies shown, in Swedish order
 *   of name unless a column is sorted
 */
GListModel *
ber_bodies_view_get_model (BerBodiesView *self)
{
  g_return_val_if_fail (BER_IS_BODIES_VIEW (self), NULL);
  return ber_register_view_get_model (BER_REGISTER_VIEW (self));
}

/**
 * ber_bodies_view_get_areas:
 *
 * Returns: (transfer none) (nullable): the subject areas, in Swedish order of name
 */
GListModel *
ber_bodies_view_get_areas (BerBodiesView *self)
{
  g_return_val_if_fail (BER_IS_BODIES_VIEW (self), NULL);
  return self->areas;
}

BerBodyPage *
ber_bodies_view_get_page (BerBodiesView *self)
{
  g_return_val_if_fail (BER_IS_BODIES_VIEW (self), NULL);
  return self->page;
}

/**
 * ber_bodies_view_open_body:
 * @body_id: the body to show, or 0 for a new one
 */
void
ber_bodies_view_open_body (BerBodiesView *self,
                           gint64         body_id)
{
  g_return_if_fail (BER_IS_BODIES_VIEW (self));

  if (get_bodies (self) == NULL)
    return;
  ber_body_page_set_body (self->page, body_id);
  gtk_stack_set_visible_child_name (self->stack, "page");
  gtk_widget_grab_focus (GTK_WIDGET (self->page));
}
