/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-bodies-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-bodies-view.h"
#include "ber-body-admin.h"
#include "ber-form-dialog.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-ui-util.h"

/*
 * The bodies of the region, each opening its page, and the list of subject
 * areas the items and routing rules choose from. Bodies are data the users
 * keep: a body is dissolved, never deleted, so its history stays.
 */
struct _BerBodiesView
{
  AdwBin         parent_instance;

  BerStore      *store;
  BerRecordList *bodies;
  BerRecordList *areas;

  GtkStack      *stack;
  GtkListBox    *bodies_list;
  GtkListBox    *areas_list;
  BerBodyPage   *page;
};

G_DEFINE_FINAL_TYPE (BerBodiesView, ber_bodies_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_alert (BerBodiesView *self,
            const char    *heading,
            const char    *message)
{
  GtkWidget *dialog = adw_message_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)), heading,
                                              message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
empty_state (const char *icon,
             const char *title,
             const char *description)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *image = gtk_image_new_from_icon_name (icon);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *label = gtk_label_new (description);

  gtk_image_set_pixel_size (GTK_IMAGE (image), 48);
  gtk_widget_add_css_class (image, "dim-label");
  gtk_widget_add_css_class (heading, "title-4");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

/* Bodies */

static char *
body_subtitle (BerRecord *body)
{
  const char *short_name = ber_record_get_string (body, "short-name");
  const char *dissolved = ber_record_get_string (body, "dissolved-on");
  GString *text = g_string_new (NULL);
  int days = 0;

  g_object_get (body, "agenda-deadline-days", &days, NULL);

  if (short_name != NULL && *short_name != '\0')
    g_string_append_printf (text, "%s · ", short_name);
  g_string_append (text, ber_choice_label (BER_CHOICES_BODY_KIND,
                                           ber_record_get_string (body, "kind")));
  g_string_append (text, " · ");
  g_string_append_printf (text,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "Agenda closes %d day before the meeting",
                                       "Agenda closes %d days before the meeting", days),
                          days);
  if (dissolved != NULL && *dissolved != '\0')
    {
      g_string_append (text, " · ");
      /* Translators: %s is a date such as 2021-12-31 */
      g_string_append_printf (text, _("Dissolved %s"), dissolved);
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
create_body_row (gpointer item,
                 gpointer user_data)
{
  BerRecord *body = item;
  g_autofree char *subtitle = body_subtitle (body);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ber_record_get_string (body, "name"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "body-id",
                     GSIZE_TO_POINTER ((gsize) ber_record_get_id (body)));
  return row;
}

static void
on_body_activated (BerBodiesView *self,
                   GtkListBoxRow *row)
{
  ber_bodies_view_open_body (self,
                             GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "body-id")));
}

static void
on_page_closed (BerBodiesView *self)
{
  gint64 id = ber_body_page_get_body_id (self->page);
  gint position = id > 0 ? ber_record_list_find (self->bodies, id) : -1;
  GtkListBoxRow *row = position >= 0 ? gtk_list_box_get_row_at_index (self->bodies_list, position)
                                     : NULL;

  gtk_stack_set_visible_child_name (self->stack, "list");
  /* Back where the user left the list. */
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else
    gtk_widget_child_focus (GTK_WIDGET (self->bodies_list), GTK_DIR_TAB_FORWARD);
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BerBodiesView *self = BER_BODIES_VIEW (widget);

  if (self->store == NULL)
    return;
  /* Unsaved changes on the page come first: the page asks about them. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "page") == 0
      && ber_body_page_get_modified (self->page))
    {
      gtk_widget_activate_action (GTK_WIDGET (self->page), "page.close", NULL);
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

  if (!ber_body_admin_count_area_uses (self->store, id, &n_items, NULL, &error))
    return g_strdup (error->message);
  if (n_items == 0)
    return g_strdup (_("Not used by any item"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Used by %u item", "Used by %u items",
                                       n_items),
                          n_items);
}

static GtkWidget *
area_button (const char *icon,
             const char *tooltip,
             const char *accessible,
             const char *action,
             gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  return button;
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
  rename_button = area_button ("document-edit-symbolic", _("Rename"), rename,
                               "bodies.rename-area", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), rename_button);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             area_button ("user-trash-symbolic", _("Remove"), remove,
                                          "bodies.remove-area", id));
  /* Enter on the row renames, as the first button does. */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), rename_button);
  return row;
}

typedef struct
{
  BerBodiesView *self;
  gint64         id;
  GtkWidget     *name_row;
} AreaForm;

static void
area_form_free (gpointer data)
{
  AreaForm *form = data;

  g_object_unref (form->self);
  g_free (form);
}

static gboolean
save_area (BerFormDialog  *dialog,
           gpointer        data,
           GError        **error)
{
  AreaForm *form = data;

  return ber_body_admin_save_area (form->self->store, form->id,
                                   gtk_editable_get_text (GTK_EDITABLE (form->name_row)),
                                   error) != 0;
}

static void
open_area_form (BerBodiesView *self,
                gint64         id)
{
  g_autoptr(BerRecord) area = NULL;
  BerFormDialog *dialog;
  AreaForm *form;

  if (self->store == NULL)
    return;
  if (id > 0)
    {
      g_autoptr(GError) error = NULL;

      area = ber_record_load (BER_TYPE_SUBJECT_AREA, self->store, id, &error);
      if (area == NULL)
        {
          show_alert (self, _("The Subject Area Could Not Be Read"), error->message);
          return;
        }
    }

  dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                area != NULL ? _("Rename the Subject Area")
                                             : _("Add a Subject Area"),
                                area != NULL ? _("_Rename") : _("_Add"));
  form = g_new0 (AreaForm, 1);
  form->self = g_object_ref (self);
  form->id = area != NULL ? id : 0;
  form->name_row = ber_ui_entry_row (_("Name"),
                                     area != NULL ? ber_record_get_string (area, "name") : NULL);
  ber_form_dialog_add (dialog, form->name_row);
  ber_form_dialog_set_save (dialog, save_area, form, area_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_area_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_area_form (BER_BODIES_VIEW (widget), 0);
}

static void
rename_area_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  open_area_form (BER_BODIES_VIEW (widget), g_variant_get_int64 (parameter));
}

static void
remove_area_response (AdwMessageDialog *dialog,
                      const char       *response,
                      BerBodiesView    *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "area-id"));

  if (g_str_equal (response, "remove")
      && !ber_body_admin_delete_area (self->store, id, &error))
    show_alert (self, _("The Subject Area Was Not Removed"), error->message);
}

static void
remove_area_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BerBodiesView *self = BER_BODIES_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  g_autoptr(BerRecord) area = ber_record_load (BER_TYPE_SUBJECT_AREA, self->store, id, &error);
  g_autoptr(GString) body = g_string_new (NULL);
  const char *name;
  guint n_items = 0, n_rules = 0;
  AdwMessageDialog *dialog;

  if (area == NULL || !ber_body_admin_count_area_uses (self->store, id, &n_items, &n_rules,
                                                       &error))
    {
      show_alert (self, _("The Subject Area Could Not Be Read"), error->message);
      return;
    }
  name = ber_record_get_string (area, "name");

  if (n_items > 0)
    g_string_append_printf (body,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "“%s” is the subject area of %u item. The item is "
                                         "kept, with no subject area.",
                                         "“%s” is the subject area of %u items. The items are "
                                         "kept, with no subject area.",
                                         n_items),
                            name, n_items);
  else
    g_string_append_printf (body, _("No item has “%s” as its subject area."), name);
  if (n_rules > 0)
    {
      g_string_append_c (body, ' ');
      g_string_append_printf (body,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u routing rule that names it is removed too.",
                                           "%u routing rules that name it are removed too.",
                                           n_rules),
                              n_rules);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                                       _("Remove the Subject Area?"), body->str));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "area-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_area_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The counts under the subject areas follow the items. */
static void
on_store_changed (BerBodiesView *self,
                  const char    *table)
{
  if (self->areas != NULL && g_str_equal (table, "item"))
    ber_record_list_reload (self->areas);
}

/* GObject */

static void
ber_bodies_view_dispose (GObject *object)
{
  BerBodiesView *self = BER_BODIES_VIEW (object);

  if (self->bodies_list != NULL)
    {
      gtk_list_box_bind_model (self->bodies_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->areas_list, NULL, NULL, NULL, NULL);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_BODIES_VIEW);
  g_clear_object (&self->bodies);
  g_clear_object (&self->areas);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ber_bodies_view_parent_class)->dispose (object);
}

static void
ber_bodies_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BerBodiesView *self = BER_BODIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_bodies_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BerBodiesView *self = BER_BODIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ber_bodies_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_bodies_view_class_init (BerBodiesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_bodies_view_dispose;
  object_class->get_property = ber_bodies_view_get_property;
  object_class->set_property = ber_bodies_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BER_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BER_TYPE_BODY_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-bodies-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BerBodiesView, bodies_list);
  gtk_widget_class_bind_template_child (widget_class, BerBodiesView, areas_list);
  gtk_widget_class_bind_template_child (widget_class, BerBodiesView, page);

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

  gtk_list_box_set_placeholder (self->bodies_list,
                                empty_state ("system-users-symbolic", _("No Bodies"),
                                             _("Add the council, the boards and the committees "
                                               "with New Body.")));
  gtk_list_box_set_placeholder (self->areas_list,
                                empty_state ("view-list-bullet-symbolic", _("No Subject Areas"),
                                             _("Add the subject areas items are sorted by, for "
                                               "example health care or transport.")));
  g_signal_connect_object (self->bodies_list, "row-activated", G_CALLBACK (on_body_activated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->page, "closed", G_CALLBACK (on_page_closed), self,
                           G_CONNECT_SWAPPED);
}

/* Public API */

GtkWidget *
ber_bodies_view_new (void)
{
  return g_object_new (BER_TYPE_BODIES_VIEW, NULL);
}

BerStore *
ber_bodies_view_get_store (BerBodiesView *self)
{
  g_return_val_if_fail (BER_IS_BODIES_VIEW (self), NULL);
  return self->store;
}

void
ber_bodies_view_set_store (BerBodiesView *self,
                           BerStore      *store)
{
  g_return_if_fail (BER_IS_BODIES_VIEW (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);

  gtk_list_box_bind_model (self->bodies_list, NULL, NULL, NULL, NULL);
  gtk_list_box_bind_model (self->areas_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->bodies);
  g_clear_object (&self->areas);
  ber_body_page_set_store (self->page, store);
  gtk_stack_set_visible_child_name (self->stack, "list");

  if (store != NULL)
    {
      g_autoptr(BerQuery) bodies = ber_query_new ("body");
      g_autoptr(BerQuery) areas = ber_query_new ("subject_area");

      ber_query_add_order (bodies, "sort_key", FALSE);
      ber_query_add_order (bodies, "id", FALSE);
      ber_query_add_order (areas, "sort_key", FALSE);
      ber_query_add_order (areas, "id", FALSE);
      self->bodies = ber_record_list_new (store, BER_TYPE_BODY, bodies);
      self->areas = ber_record_list_new (store, BER_TYPE_SUBJECT_AREA, areas);
      gtk_list_box_bind_model (self->bodies_list, G_LIST_MODEL (self->bodies), create_body_row,
                               self, NULL);
      gtk_list_box_bind_model (self->areas_list, G_LIST_MODEL (self->areas), create_area_row,
                               self, NULL);
      g_signal_connect_object (store, "row-changed", G_CALLBACK (on_store_changed), self,
                               G_CONNECT_SWAPPED);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ber_bodies_view_get_model:
 *
 * Returns: (transfer none) (nullable): the bodies, in Swedish order of name
 */
GListModel *
ber_bodies_view_get_model (BerBodiesView *self)
{
  g_return_val_if_fail (BER_IS_BODIES_VIEW (self), NULL);
  return G_LIST_MODEL (self->bodies);
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
  return G_LIST_MODEL (self->areas);
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

  if (self->store == NULL)
    return;
  ber_body_page_set_body (self->page, body_id);
  gtk_stack_set_visible_child_name (self->stack, "page");
  gtk_widget_grab_focus (GTK_WIDGET (self->page));
}
