/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-body-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-bodies-ui.h"
#include "ber-body-page-private.h"
#include "ber-point-dialog.h"

/*
 * The standing points of the body page: listed in the order new agendas
 * get them, moved with their buttons or Alt+Up and Alt+Down, edited and
 * added through BerPointDialog. The point that was selected stays selected
 * when the list is read again, wherever it went.
 */

static const char *
placement_label (const char *placement)
{
  return g_strcmp0 (placement, BER_BODIES_PLACEMENT_END) == 0 ? _("After the items")
                                                              : _("Before the items");
}

static gint64
point_id_at (BerBodyPage *self,
             guint        position)
{
  g_autoptr(BerRecord) point = NULL;

  if (self->points == NULL || position >= g_list_model_get_n_items (self->points))
    return 0;
  point = g_list_model_get_item (self->points, position);
  return ber_record_get_id (point);
}

static gint
point_position (BerBodyPage *self,
                gint64       id)
{
  guint n = self->points != NULL ? g_list_model_get_n_items (self->points) : 0;

  for (guint i = 0; id != 0 && i < n; i++)
    if (point_id_at (self, i) == id)
      return (gint) i;
  return -1;
}

static void
update_move_actions (BerBodyPage *self)
{
  guint selected = ber_body_page_get_selected_point (self);
  gboolean has = selected != GTK_INVALID_LIST_POSITION && self->points != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-up",
                                 has && ber_bodies_can_move_point (self->points, selected, -1));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-down",
                                 has && ber_bodies_can_move_point (self->points, selected, 1));
}

static void
select_point (BerBodyPage *self,
              gint         position,
              gboolean     focus)
{
  GtkListBoxRow *row = position >= 0 ? gtk_list_box_get_row_at_index (self->points_list,
                                                                        position)
                                     : NULL;

  if (row == NULL)
    return;
  gtk_list_box_select_row (self->points_list, row);
  if (focus)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  update_move_actions (self);
}

static gboolean
focus_is_in (BerBodyPage *self,
             GtkWidget   *widget)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
on_row_selected (BerBodyPage   *self,
                 GtkListBoxRow *row)
{
  /* Rows go while the list is read again: the point selected is kept. */
  if (row != NULL)
    self->selected_point = point_id_at (self, (guint) gtk_list_box_row_get_index (row));
  update_move_actions (self);
}

/* Before the list box rebuilds its rows. */
static void
on_points_changing (BerBodyPage *self)
{
  self->points_had_focus = focus_is_in (self, GTK_WIDGET (self->points_list));
}

/* After: the point that was selected is selected again. */
static void
on_points_changed (BerBodyPage *self)
{
  guint n = g_list_model_get_n_items (self->points);

  gtk_widget_set_visible (self->points_hint, n > 1);
  if (self->selected_point != 0)
    select_point (self, point_position (self, self->selected_point), self->points_had_focus);
  update_move_actions (self);
}

/* The move buttons activate the actions themselves: a button bound to an
 * action takes its sensitivity from the action, which is the same for all
 * rows, while the first and last point of each end cannot move outwards. */
static void
on_move_clicked (GtkButton *button,
                 gpointer   user_data)
{
  BerBodyPage *self = user_data;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "point-id"));
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));

  gtk_widget_activate_action (GTK_WIDGET (self),
                              delta < 0 ? "page.move-point-up" : "page.move-point-down", "x", id);
}

static GtkWidget *
move_button (BerBodyPage *self,
             gint64       id,
             guint        position,
             int          delta,
             const char  *title)
{
  g_autofree char *accessible = g_strdup_printf (delta < 0 ? _("Move “%s” up")
                                                           : _("Move “%s” down"),
                                                 title);
  GtkWidget *button = ber_bodies_ui_icon_button (delta < 0 ? "go-up-symbolic"
                                                           : "go-down-symbolic",
                                                 delta < 0 ? _("Move Up (Alt+Up)")
                                                           : _("Move Down (Alt+Down)"),
                                                 accessible, NULL, 0);

  g_object_set_data (G_OBJECT (button), "point-id", GSIZE_TO_POINTER ((gsize) id));
  g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (delta));
  gtk_widget_set_sensitive (button, ber_bodies_can_move_point (self->points, position, delta));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_move_clicked), self, 0);
  return button;
}

static GtkWidget *
create_point_row (gpointer item,
                  gpointer user_data)
{
  BerBodyPage *self = user_data;
  BerRecord *point = item;
  gint64 id = ber_record_get_id (point);
  const char *title = ber_record_get_string (point, "title");
  gint position = point_position (self, id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *number;
  g_autofree char *number_text = g_strdup_printf ("%d", position + 1);
  g_autofree char *remove = g_strdup_printf (_("Remove “%s”"), title);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               placement_label (ber_record_get_string (point, "placement")));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "point-id", GSIZE_TO_POINTER ((gsize) id));

  number = gtk_label_new (number_text);
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (number, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (number), 2);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), number);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             move_button (self, id, (guint) MAX (position, 0), -1, title));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             move_button (self, id, (guint) MAX (position, 0), 1, title));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             ber_bodies_ui_icon_button ("user-trash-symbolic", _("Remove"), remove,
                                                        "page.remove-point", id));
  return row;
}

static void
on_list_error (BerBodyPage  *self,
               const GError *error)
{
  _ber_body_page_report (self, error);
}

/* Lists the points of the body shown; none for a body not saved yet. */
void
_ber_body_page_bind_points (BerBodyPage *self)
{
  BerBodies *bodies = _ber_body_page_get_bodies (self);
  gint64 body_id = ber_record_page_get_id (BER_RECORD_PAGE (self));

  gtk_list_box_bind_model (self->points_list, NULL, NULL, NULL, NULL);
  if (self->points != NULL)
    g_signal_handlers_disconnect_by_data (self->points, self);
  g_clear_object (&self->points);
  self->selected_point = 0;

  if (bodies != NULL && body_id > 0)
    self->points = ber_bodies_list_points (bodies, body_id);
  else
    self->points = G_LIST_MODEL (g_list_store_new (BER_TYPE_AGENDA_TEMPLATE_POINT));

  /* Connected around the list box's own handler, which rebuilds the rows. */
  g_signal_connect_object (self->points, "items-changed", G_CALLBACK (on_points_changing), self,
                           G_CONNECT_SWAPPED);
  if (g_signal_lookup ("error", G_OBJECT_TYPE (self->points)) != 0)
    g_signal_connect_object (self->points, "error", G_CALLBACK (on_list_error), self,
                             G_CONNECT_SWAPPED);
  gtk_list_box_bind_model (self->points_list, self->points, create_point_row, self, NULL);
  g_signal_connect_object (self->points, "items-changed", G_CALLBACK (on_points_changed), self,
                           G_CONNECT_SWAPPED);
  on_points_changed (self);
}

/* Moving */

static void
move_point (BerBodyPage *self,
            gint64       id,
            int          delta,
            gboolean     focus)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerRecord) point = NULL;
  gint position = point_position (self, id);

  if (position < 0)
    return;
  select_point (self, position, FALSE);
  self->selected_point = id;
  point = g_list_model_get_item (self->points, (guint) position);
  if (!ber_bodies_move_point (_ber_body_page_get_bodies (self),
                              BER_AGENDA_TEMPLATE_POINT (point), delta, &error))
    _ber_body_page_report (self, error);
  /* Focus follows the point, so the next Alt+Up moves it again. */
  select_point (self, point_position (self, id), focus);
}

static void
move_point_up_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  move_point (BER_BODY_PAGE (widget), g_variant_get_int64 (parameter), -1, FALSE);
}

static void
move_point_down_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  move_point (BER_BODY_PAGE (widget), g_variant_get_int64 (parameter), 1, FALSE);
}

/* The point with the keyboard focus, else the selected one. */
static guint
current_point (BerBodyPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (row != NULL && gtk_widget_get_parent (row) == GTK_WIDGET (self->points_list))
    return (guint) gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  return ber_body_page_get_selected_point (self);
}

static void
move_selected (BerBodyPage *self,
               int          delta)
{
  guint position = current_point (self);
  gint64 id = point_id_at (self, position);

  if (id == 0 || !ber_bodies_can_move_point (self->points, position, delta))
    return;
  move_point (self, id, delta, TRUE);
}

static void
move_up_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move_selected (BER_BODY_PAGE (widget), -1);
}

static void
move_down_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  move_selected (BER_BODY_PAGE (widget), 1);
}

/* Adding and editing */

static void
on_point_saved (BerBodyPage   *self,
                BerFormDialog *dialog)
{
  gint64 id = ber_record_get_id (ber_form_dialog_get_record (dialog));

  self->selected_point = id;
  select_point (self, point_position (self, id), TRUE);
}

static void
open_point_dialog (BerBodyPage            *self,
                   BerAgendaTemplatePoint *point)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  BerFormDialog *dialog = ber_point_dialog_new (context, point);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_point_saved), self,
                           G_CONNECT_SWAPPED);
  ber_form_dialog_present (dialog, GTK_WIDGET (self));
}

static void
add_point_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BerBodyPage *self = BER_BODY_PAGE (widget);
  gint64 body_id = ber_record_page_get_id (BER_RECORD_PAGE (self));
  g_autoptr(BerAgendaTemplatePoint) point = NULL;

  if (body_id <= 0)
    return;
  point = ber_agenda_template_point_new ();
  g_object_set (point, "body-id", body_id, "placement", BER_BODIES_PLACEMENT_START, NULL);
  open_point_dialog (self, point);
}

static void
on_point_activated (BerBodyPage   *self,
                    GtkListBoxRow *row)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "point-id"));
  g_autoptr(GError) error = NULL;
  g_autoptr(BerRecord) point = NULL;

  if (context == NULL || id == 0)
    return;
  /* The dialog edits a copy of its own, read now. */
  point = ber_context_load (context, BER_TYPE_AGENDA_TEMPLATE_POINT, id, &error);
  if (point == NULL)
    {
      _ber_body_page_report (self, error);
      return;
    }
  open_point_dialog (self, BER_AGENDA_TEMPLATE_POINT (point));
}

static void
add_usual_points_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  BerBodyPage *self = BER_BODY_PAGE (widget);
  gint64 body_id = ber_record_page_get_id (BER_RECORD_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (body_id > 0
      && !ber_bodies_add_usual_points (_ber_body_page_get_bodies (self), body_id, &error))
    _ber_body_page_report (self, error);
}

/* Removing */

static void
remove_point (gpointer   owner,
              BerRecord *point)
{
  BerBodyPage *self = owner;
  g_autoptr(GError) error = NULL;

  if (!ber_bodies_delete_point (_ber_body_page_get_bodies (self),
                                BER_AGENDA_TEMPLATE_POINT (point), &error))
    _ber_body_page_report (self, error);
}

static void
remove_point_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerBodyPage *self = BER_BODY_PAGE (widget);
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  BerRecord *body = ber_record_page_get_record (BER_RECORD_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(BerRecord) point = NULL;
  g_autofree char *text = NULL;

  if (context == NULL || body == NULL)
    return;
  point = ber_context_load (context, BER_TYPE_AGENDA_TEMPLATE_POINT,
                            g_variant_get_int64 (parameter), &error);
  if (point == NULL)
    {
      _ber_body_page_report (self, error);
      return;
    }
  /* Translators: the first %s is a standing point, the second a body */
  text = g_strdup_printf (_("New meetings of %2$s no longer start with “%1$s”. Agendas "
                            "already made keep it."),
                          ber_record_get_string (point, "title"),
                          ber_body_get_name (BER_BODY (body)));
  ber_bodies_ui_confirm_remove (GTK_WIDGET (self), _("Remove the Standing Point?"), text, point,
                                remove_point);
}

/* Setting up */

void
_ber_body_page_points_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.add-point", NULL, add_point_activated);
  gtk_widget_class_install_action (widget_class, "page.add-usual-points", NULL,
                                   add_usual_points_activated);
  gtk_widget_class_install_action (widget_class, "page.move-up", NULL, move_up_activated);
  gtk_widget_class_install_action (widget_class, "page.move-down", NULL, move_down_activated);
  gtk_widget_class_install_action (widget_class, "page.move-point-up", "x",
                                   move_point_up_activated);
  gtk_widget_class_install_action (widget_class, "page.move-point-down", "x",
                                   move_point_down_activated);
  gtk_widget_class_install_action (widget_class, "page.remove-point", "x", remove_point_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "page.move-up",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "page.move-down",
                                       NULL);
}

void
_ber_body_page_points_init (BerBodyPage *self)
{
  GtkWidget *usual = gtk_button_new_with_mnemonic (_("Add the _Usual Points"));

  gtk_widget_set_tooltip_text (usual, _("Opening, election of the minutes checker, approval of "
                                        "the agenda and of the previous minutes, closing"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (usual), "page.add-usual-points");
  gtk_list_box_set_placeholder (self->points_list,
                                ber_bodies_ui_placeholder (NULL, NULL,
                                                           _("No standing points: new meetings "
                                                             "of this body start with an empty "
                                                             "agenda."),
                                                           usual));
  g_signal_connect_object (self->points_list, "row-activated", G_CALLBACK (on_point_activated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->points_list, "row-selected", G_CALLBACK (on_row_selected),
                           self, G_CONNECT_SWAPPED);
  update_move_actions (self);
}

void
ber_body_page_select_point (BerBodyPage *self,
                            guint        position)
{
  g_return_if_fail (BER_IS_BODY_PAGE (self));
  select_point (self, (gint) position, TRUE);
}
