/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-body-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-body-admin.h"
#include "ber-body-page.h"
#include "ber-date-row.h"
#include "ber-form-dialog.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-ui-util.h"

/*
 * One body of the region: its own fields, saved with Save, and what new
 * meetings and incoming items take from it — the standing points of its
 * agenda and its routing rules — each written at once through a small form.
 * What was typed stays in the fields until it is saved; a refused save says
 * what to mend.
 */
struct _BerBodyPage
{
  AdwBin             parent_instance;

  BerStore          *store;
  BerBody           *body;
  GPtrArray         *point_rows;  /* a{sv} rows of the points, in agenda order */
  GListStore        *points;      /* BerAgendaTemplatePoint, in the same order */
  GListStore        *rules;       /* BerRoutingRule */
  GArray            *area_ids;    /* subject areas, for the rules' names */
  GPtrArray         *area_names;
  gboolean           loading;
  gboolean           modified;

  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkScrolledWindow *scrolled;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  AdwEntryRow       *name_row;
  AdwEntryRow       *short_name_row;
  AdwComboRow       *kind_row;
  GtkSpinButton     *deadline_spin;
  BerDateRow        *established_row;
  BerDateRow        *dissolved_row;
  GtkTextView       *notes_view;
  GtkWidget         *details_box;
  GtkListBox        *points_list;
  GtkWidget         *points_hint;
  GtkListBox        *rules_list;
};

G_DEFINE_FINAL_TYPE (BerBodyPage, ber_body_page, ADW_TYPE_BIN)

enum
{
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static gint64
body_id (BerBodyPage *self)
{
  return self->body != NULL ? ber_record_get_id (BER_RECORD (self->body)) : 0;
}

static void
show_error (BerBodyPage *self,
            const char  *message)
{
  ber_ui_show_error (self->error_revealer, self->error_label, message);
}

static char *
row_text (gpointer row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
notes_text (BerBodyPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static GtkStringList *
choice_model (BerChoices  which,
              const char *first)
{
  g_auto(GStrv) labels = ber_choice_labels (which);
  GtkStringList *list = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (list, first);
  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (list, labels[i]);
  return list;
}

static GtkWidget *
icon_button (const char *icon,
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
  if (action != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
    }
  return button;
}

static const char *
placement_label (const char *placement)
{
  return g_strcmp0 (placement, "end") == 0 ? _("After the items") : _("Before the items");
}

/* Fields */

static void
set_modified (BerBodyPage *self,
              gboolean     modified)
{
  self->modified = modified;
}

static void
update_title (BerBodyPage *self)
{
  const char *name = ber_body_get_name (self->body);
  const char *dissolved = ber_record_get_string (BER_RECORD (self->body), "dissolved-on");
  gboolean saved = body_id (self) != 0;

  gtk_label_set_label (self->title_label,
                       saved && name != NULL && *name != '\0' ? name : _("New Body"));
  if (saved && dissolved != NULL && *dissolved != '\0')
    {
      /* Translators: %s is a date such as 2021-12-31 */
      g_autofree char *text = g_strdup_printf (_("Dissolved on %s: kept for its history, no "
                                                 "longer suggested for new items"),
                                               dissolved);

      gtk_label_set_label (self->subtitle_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
}

static void
load_fields (BerBodyPage *self)
{
  g_autofree char *name = NULL, *short_name = NULL, *kind = NULL, *notes = NULL;
  g_autofree char *established = NULL, *dissolved = NULL;
  int deadline = 10;
  int kind_index;

  g_object_get (self->body, "name", &name, "short-name", &short_name, "kind", &kind,
                "established-on", &established, "dissolved-on", &dissolved,
                "agenda-deadline-days", &deadline, "notes", &notes, NULL);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->short_name_row), short_name != NULL ? short_name : "");
  kind_index = ber_choice_index (BER_CHOICES_BODY_KIND, kind);
  adw_combo_row_set_selected (self->kind_row, kind_index >= 0 ? (guint) kind_index : 0);
  gtk_spin_button_set_value (self->deadline_spin, deadline);
  ber_date_row_set_date (self->established_row, established);
  ber_date_row_set_date (self->dissolved_row, dissolved);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            notes != NULL ? notes : "", -1);
  self->loading = FALSE;

  ber_ui_mark_row (GTK_WIDGET (self->name_row), FALSE);
  set_modified (self, FALSE);
  show_error (self, NULL);
  update_title (self);
}

static void
field_changed_cb (BerBodyPage *self)
{
  if (!self->loading)
    set_modified (self, TRUE);
}

static void
entry_activated_cb (BerBodyPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "page.save", NULL);
}

/* Returns the field to correct, with the message shown, or NULL. */
static GtkWidget *
validate (BerBodyPage *self,
          const char  *name,
          int         *deadline)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *days = row_text (self->deadline_spin);
  const char *established = ber_date_row_get_date (self->established_row);
  const char *dissolved = ber_date_row_get_date (self->dissolved_row);
  gint64 value = 0;

  ber_ui_mark_row (GTK_WIDGET (self->name_row), FALSE);
  if (!ber_body_admin_check_name (self->store, body_id (self), name, &error))
    {
      ber_ui_mark_row (GTK_WIDGET (self->name_row), TRUE);
      show_error (self, error->message);
      return GTK_WIDGET (self->name_row);
    }
  if (!g_ascii_string_to_signed (days, 10, 0, 365, &value, NULL))
    {
      show_error (self, _("The agenda deadline is a number of days from 0 to 365, for example "
                          "14. Write it with digits."));
      return GTK_WIDGET (self->deadline_spin);
    }
  if (!ber_date_row_is_valid (self->established_row))
    {
      show_error (self, _("The date the body was established is not a date. Write it as "
                          "YYYY-MM-DD, for example 2019-01-01, or leave it empty."));
      return GTK_WIDGET (self->established_row);
    }
  if (!ber_date_row_is_valid (self->dissolved_row))
    {
      show_error (self, _("The date the body was dissolved is not a date. Write it as "
                          "YYYY-MM-DD, for example 2021-12-31, or leave it empty."));
      return GTK_WIDGET (self->dissolved_row);
    }
  if (established != NULL && dissolved != NULL && g_strcmp0 (dissolved, established) < 0)
    {
      show_error (self, _("The body cannot be dissolved before it was established. Correct "
                          "one of the two dates."));
      return GTK_WIDGET (self->dissolved_row);
    }

  *deadline = (int) value;
  return NULL;
}

static void refresh_points (BerBodyPage *self);
static void refresh_rules  (BerBodyPage *self);

/* After a conflict is settled the form shows the record as it will be
 * saved; it stays modified until that save succeeds. */
static void
fill_settled (BerBodyPage *self)
{
  load_fields (self);
  set_modified (self, TRUE);
}

/**
 * ber_body_page_save:
 *
 * Checks the fields and writes them. When that is refused, the fields keep
 * what was typed and the page says what to mend.
 *
 * Returns: %TRUE when the body was saved
 */
gboolean
ber_body_page_save (BerBodyPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL, *short_name = NULL, *notes = NULL;
  const char *kind;
  gboolean was_new;
  GtkWidget *invalid;
  int deadline = 10;

  g_return_val_if_fail (BER_IS_BODY_PAGE (self), FALSE);

  if (self->store == NULL || self->body == NULL)
    return FALSE;

  name = row_text (self->name_row);
  invalid = validate (self, name, &deadline);
  if (invalid != NULL)
    {
      gtk_widget_grab_focus (invalid);
      return FALSE;
    }

  short_name = row_text (self->short_name_row);
  notes = notes_text (self);
  kind = ber_choice_value (BER_CHOICES_BODY_KIND, adw_combo_row_get_selected (self->kind_row));
  was_new = body_id (self) == 0;
  g_object_set (self->body,
                "name", name,
                "short-name", short_name,
                "kind", kind != NULL ? kind : "board",
                "agenda-deadline-days", deadline,
                "established-on", ber_date_row_get_date (self->established_row),
                "dissolved-on", ber_date_row_get_date (self->dissolved_row),
                "notes", notes,
                NULL);

  if (!ber_ui_save_record (GTK_WIDGET (self), BER_RECORD (self->body), self->store,
                           (BerUiFillFunc) fill_settled, (BerUiSaveFunc) ber_body_page_save,
                           &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  self->loading = TRUE;
  gtk_spin_button_set_value (self->deadline_spin, deadline);
  self->loading = FALSE;
  show_error (self, NULL);
  set_modified (self, FALSE);
  update_title (self);
  if (was_new)
    {
      gtk_widget_set_visible (self->details_box, TRUE);
      refresh_points (self);
      refresh_rules (self);
    }
  ber_ui_toast (GTK_WIDGET (self), _("Body saved"));
  return TRUE;
}

/* Standing points */

static gint64
point_id_at (BerBodyPage *self,
             guint        position)
{
  gint64 id = 0;

  if (self->point_rows != NULL && position < self->point_rows->len)
    g_variant_lookup (g_ptr_array_index (self->point_rows, position), "id", "x", &id);
  return id;
}

static gint
point_position (BerBodyPage *self,
                gint64       id)
{
  for (guint i = 0; self->point_rows != NULL && i < self->point_rows->len; i++)
    if (point_id_at (self, i) == id)
      return (gint) i;
  return -1;
}

static void
update_move_actions (BerBodyPage *self)
{
  guint selected = ber_body_page_get_selected_point (self);
  gboolean has = selected != GTK_INVALID_LIST_POSITION && self->point_rows != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-up",
                                 has && ber_body_admin_can_move_point (self->point_rows,
                                                                       selected, -1));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-down",
                                 has && ber_body_admin_can_move_point (self->point_rows,
                                                                       selected, 1));
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
  GtkWidget *button = icon_button (delta < 0 ? "go-up-symbolic" : "go-down-symbolic",
                                   delta < 0 ? _("Move Up (Alt+Up)") : _("Move Down (Alt+Down)"),
                                   accessible, NULL, 0);

  g_object_set_data (G_OBJECT (button), "point-id", GSIZE_TO_POINTER ((gsize) id));
  g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (delta));
  gtk_widget_set_sensitive (button, ber_body_admin_can_move_point (self->point_rows, position,
                                                                   delta));
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
                             move_button (self, id, (guint) position, -1, title));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             move_button (self, id, (guint) position, 1, title));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("user-trash-symbolic", _("Remove"), remove,
                                          "page.remove-point", id));
  return row;
}

static void
refresh_points (BerBodyPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  guint selected = ber_body_page_get_selected_point (self);
  gint64 keep = selected != GTK_INVALID_LIST_POSITION ? point_id_at (self, selected) : 0;
  gboolean had_focus = focus_is_in (self, GTK_WIDGET (self->points_list));

  if (self->store != NULL && body_id (self) > 0)
    {
      rows = ber_body_admin_list_points (self->store, body_id (self), &error);
      if (rows == NULL)
        show_error (self, error->message);
    }
  if (rows == NULL)
    rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);

  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (records, ber_record_new_from_row (BER_TYPE_AGENDA_TEMPLATE_POINT,
                                                       g_ptr_array_index (rows, i)));
  g_clear_pointer (&self->point_rows, g_ptr_array_unref);
  self->point_rows = g_steal_pointer (&rows);
  g_list_store_splice (self->points, 0, g_list_model_get_n_items (G_LIST_MODEL (self->points)),
                       records->pdata, records->len);

  gtk_widget_set_visible (self->points_hint, self->point_rows->len > 1);
  /* The rows are new: the point that was selected stays selected, wherever it went. */
  if (keep != 0)
    select_point (self, point_position (self, keep), had_focus);
  update_move_actions (self);
}

static void
move_point (BerBodyPage *self,
            gint64       id,
            int          delta)
{
  g_autoptr(GError) error = NULL;

  select_point (self, point_position (self, id), FALSE);
  if (!ber_body_admin_move_point (self->store, id, delta, &error))
    show_error (self, error->message);
}

static void
move_point_up_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  move_point (BER_BODY_PAGE (widget), g_variant_get_int64 (parameter), -1);
}

static void
move_point_down_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  move_point (BER_BODY_PAGE (widget), g_variant_get_int64 (parameter), 1);
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
  g_autoptr(GError) error = NULL;
  gint64 id = point_id_at (self, position);

  if (id == 0 || !ber_body_admin_can_move_point (self->point_rows, position, delta))
    return;
  select_point (self, (gint) position, FALSE);
  if (!ber_body_admin_move_point (self->store, id, delta, &error))
    show_error (self, error->message);
  /* Focus follows the point, so the next Alt+Up moves it again. */
  select_point (self, point_position (self, id), TRUE);
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

/* Forms */

typedef struct
{
  BerBodyPage *self;
  gint64       id;        /* the point or rule edited; 0 for a new one */
  GtkWidget   *rows[3];
  GArray      *area_ids;  /* for the subject area row: 0 ("any") first */
} Form;

static void
form_free (gpointer data)
{
  Form *form = data;

  g_clear_pointer (&form->area_ids, g_array_unref);
  g_object_unref (form->self);
  g_free (form);
}

static Form *
form_new (BerBodyPage *self,
          gint64       id)
{
  Form *form = g_new0 (Form, 1);

  form->self = g_object_ref (self);
  form->id = id;
  return form;
}

static gboolean
save_point_form (BerFormDialog  *dialog,
                 gpointer        data,
                 GError        **error)
{
  Form *form = data;
  BerBodyPage *self = form->self;
  g_autofree char *title = row_text (form->rows[0]);
  guint placement = adw_combo_row_get_selected (ADW_COMBO_ROW (form->rows[1]));
  gint64 id;

  id = ber_body_admin_save_point (self->store, body_id (self), form->id, title,
                                  placement == 1 ? "end" : "start", error);
  if (id == 0)
    return FALSE;
  select_point (self, point_position (self, id), TRUE);
  return TRUE;
}

static void
open_point_form (BerBodyPage *self,
                 gint64       id)
{
  g_autoptr(GtkStringList) placements = gtk_string_list_new (NULL);
  gint position = point_position (self, id);
  GVariant *point = position >= 0 ? g_ptr_array_index (self->point_rows, position) : NULL;
  const char *title = NULL, *placement = NULL;
  BerFormDialog *dialog;
  Form *form;

  if (body_id (self) == 0)
    return;
  if (point != NULL)
    {
      g_variant_lookup (point, "title", "&s", &title);
      g_variant_lookup (point, "placement", "&s", &placement);
    }

  gtk_string_list_append (placements, placement_label ("start"));
  gtk_string_list_append (placements, placement_label ("end"));
  dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                point != NULL ? _("Edit the Standing Point")
                                              : _("Add a Standing Point"),
                                point != NULL ? _("_Save") : _("_Add"));
  form = form_new (self, point != NULL ? id : 0);
  form->rows[0] = ber_ui_entry_row (_("Title"), title);
  form->rows[1] = ber_ui_combo_row (_("Placement"), G_LIST_MODEL (placements),
                                    g_strcmp0 (placement, "end") == 0 ? 1 : 0);
  ber_form_dialog_add (dialog, form->rows[0]);
  ber_form_dialog_add (dialog, form->rows[1]);
  ber_form_dialog_set_save (dialog, save_point_form, form, form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_point_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  open_point_form (BER_BODY_PAGE (widget), 0);
}

static void
on_point_activated (BerBodyPage   *self,
                    GtkListBoxRow *row)
{
  open_point_form (self, point_id_at (self, (guint) gtk_list_box_row_get_index (row)));
}

static void
add_usual_points_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  BerBodyPage *self = BER_BODY_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (body_id (self) != 0 && !ber_body_admin_add_usual_points (self->store, body_id (self),
                                                               &error))
    show_error (self, error->message);
}

/* Routing rules */

static void
load_areas (BerBodyPage *self)
{
  g_autoptr(BerQuery) query = ber_query_new ("subject_area");
  g_autoptr(GPtrArray) rows = NULL;

  g_array_set_size (self->area_ids, 0);
  g_ptr_array_set_size (self->area_names, 0);
  if (self->store == NULL)
    return;
  ber_query_add_order (query, "sort_key", FALSE);
  rows = ber_store_select (self->store, query, 0, G_MAXUINT, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *name = NULL;
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      g_variant_lookup (g_ptr_array_index (rows, i), "name", "&s", &name);
      g_array_append_val (self->area_ids, id);
      g_ptr_array_add (self->area_names, g_strdup (name != NULL ? name : ""));
    }
}

static const char *
area_name (BerBodyPage *self,
           gint64       id)
{
  for (guint i = 0; i < self->area_ids->len; i++)
    if (g_array_index (self->area_ids, gint64, i) == id)
      return g_ptr_array_index (self->area_names, i);
  return NULL;
}

static char *
rule_title (BerBodyPage *self,
            BerRecord   *rule)
{
  const char *type = ber_record_get_string (rule, "item-type");
  const char *area = area_name (self, ber_record_get_int64 (rule, "subject-area-id"));

  /* Translators: a routing rule: an item type, then a subject area */
  return g_strdup_printf (_("%s · %s"),
                          type != NULL ? ber_choice_label (BER_CHOICES_ITEM_TYPE, type)
                                       : _("Any type"),
                          area != NULL ? area : _("Any subject area"));
}

static GtkWidget *
create_rule_row (gpointer item,
                 gpointer user_data)
{
  BerBodyPage *self = user_data;
  BerRecord *rule = item;
  gint64 id = ber_record_get_id (rule);
  g_autofree char *title = rule_title (self, rule);
  g_autofree char *remove = g_strdup_printf (_("Remove the rule “%s”"), title);
  const char *reason = ber_record_get_string (rule, "reason");
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               reason != NULL && *reason != '\0' ? reason : _("No reason given"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "rule-id", GSIZE_TO_POINTER ((gsize) id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("user-trash-symbolic", _("Remove"), remove,
                                          "page.remove-rule", id));
  return row;
}

static void
refresh_rules (BerBodyPage *self)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  load_areas (self);
  if (self->store != NULL && body_id (self) > 0)
    {
      g_autoptr(BerQuery) query = ber_query_new ("routing_rule");

      ber_query_add_condition (query, "body_id", BER_QUERY_EQ,
                               g_variant_new_int64 (body_id (self)));
      ber_query_add_order (query, "id", FALSE);
      rows = ber_store_select (self->store, query, 0, G_MAXUINT, &error);
      if (rows == NULL)
        show_error (self, error->message);
    }
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    g_ptr_array_add (records, ber_record_new_from_row (BER_TYPE_ROUTING_RULE,
                                                       g_ptr_array_index (rows, i)));
  g_list_store_splice (self->rules, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rules)),
                       records->pdata, records->len);
}

static gboolean
save_rule_form (BerFormDialog  *dialog,
                gpointer        data,
                GError        **error)
{
  Form *form = data;
  BerBodyPage *self = form->self;
  guint type = adw_combo_row_get_selected (ADW_COMBO_ROW (form->rows[0]));
  guint area = adw_combo_row_get_selected (ADW_COMBO_ROW (form->rows[1]));
  g_autofree char *reason = row_text (form->rows[2]);

  return ber_body_admin_save_rule (self->store, form->id, body_id (self),
                                   type > 0 ? ber_choice_value (BER_CHOICES_ITEM_TYPE, type - 1)
                                            : NULL,
                                   area < form->area_ids->len
                                     ? g_array_index (form->area_ids, gint64, area) : 0,
                                   reason, error) != 0;
}

static void
open_rule_form (BerBodyPage *self,
                gint64       id)
{
  g_autoptr(GtkStringList) types = choice_model (BER_CHOICES_ITEM_TYPE, _("Any type"));
  g_autoptr(GtkStringList) areas = gtk_string_list_new (NULL);
  g_autoptr(BerRecord) rule = NULL;
  BerFormDialog *dialog;
  Form *form;
  gint64 zero = 0, rule_area = 0;
  int type_index = -1;
  guint area_selected = 0;

  if (body_id (self) == 0)
    return;
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (G_LIST_MODEL (self->rules)); i++)
    {
      g_autoptr(BerRecord) candidate = g_list_model_get_item (G_LIST_MODEL (self->rules), i);

      if (ber_record_get_id (candidate) == id)
        rule = g_steal_pointer (&candidate);
    }
  if (rule != NULL)
    {
      type_index = ber_choice_index (BER_CHOICES_ITEM_TYPE,
                                     ber_record_get_string (rule, "item-type"));
      rule_area = ber_record_get_int64 (rule, "subject-area-id");
    }

  form = form_new (self, rule != NULL ? id : 0);
  form->area_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  load_areas (self);
  gtk_string_list_append (areas, _("Any subject area"));
  g_array_append_val (form->area_ids, zero);
  for (guint i = 0; i < self->area_ids->len; i++)
    {
      if (g_array_index (self->area_ids, gint64, i) == rule_area)
        area_selected = i + 1;
      gtk_string_list_append (areas, g_ptr_array_index (self->area_names, i));
      g_array_append_val (form->area_ids, g_array_index (self->area_ids, gint64, i));
    }

  dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                rule != NULL ? _("Edit the Routing Rule")
                                             : _("Add a Routing Rule"),
                                rule != NULL ? _("_Save") : _("_Add"));
  form->rows[0] = ber_ui_combo_row (_("Item Type"), G_LIST_MODEL (types),
                                    (guint) (type_index + 1));
  form->rows[1] = ber_ui_combo_row (_("Subject Area"), G_LIST_MODEL (areas), area_selected);
  form->rows[2] = ber_ui_entry_row (_("Reason"),
                                    rule != NULL ? ber_record_get_string (rule, "reason") : NULL);
  gtk_widget_set_tooltip_text (form->rows[2], _("Why such items belong to this body; shown "
                                                "with the suggestion on the item’s page"));
  for (guint i = 0; i < G_N_ELEMENTS (form->rows); i++)
    ber_form_dialog_add (dialog, form->rows[i]);
  ber_form_dialog_set_save (dialog, save_rule_form, form, form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_rule_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_rule_form (BER_BODY_PAGE (widget), 0);
}

static void
on_rule_activated (BerBodyPage   *self,
                   GtkListBoxRow *row)
{
  open_rule_form (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "rule-id")));
}

/* Removing */

static void
remove_response (AdwMessageDialog *dialog,
                 const char       *response,
                 BerBodyPage      *self)
{
  g_autoptr(GError) error = NULL;
  const char *table = g_object_get_data (G_OBJECT (dialog), "table");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "row-id"));
  gboolean ok;

  if (!g_str_equal (response, "remove"))
    return;
  if (g_str_equal (table, "agenda_template_point"))
    ok = ber_body_admin_delete_point (self->store, id, &error);
  else
    ok = ber_store_delete (self->store, table, id, &error);
  if (!ok)
    show_error (self, error->message);
}

static void
confirm_remove (BerBodyPage *self,
                const char  *heading,
                const char  *body,
                const char  *table,
                gint64       id)
{
  GtkWindow *parent = ber_ui_parent_window (GTK_WIDGET (self));
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "table", (gpointer) table);
  g_object_set_data (G_OBJECT (dialog), "row-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_point_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerBodyPage *self = BER_BODY_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  gint position = point_position (self, id);
  const char *title = NULL;
  g_autofree char *body = NULL;

  if (position < 0)
    return;
  g_variant_lookup (g_ptr_array_index (self->point_rows, position), "title", "&s", &title);
  /* Translators: the first %s is a standing point, the second a body */
  body = g_strdup_printf (_("New meetings of %2$s no longer start with “%1$s”. Agendas "
                            "already made keep it."),
                          title, ber_body_get_name (self->body));
  confirm_remove (self, _("Remove the Standing Point?"), body, "agenda_template_point", id);
}

static void
remove_rule_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BerBodyPage *self = BER_BODY_PAGE (widget);
  g_autofree char *body = g_strdup_printf (_("Items that match the rule are no longer "
                                             "suggested for %s because of it."),
                                           ber_body_get_name (self->body));

  confirm_remove (self, _("Remove the Routing Rule?"), body, "routing_rule",
                  g_variant_get_int64 (parameter));
}

static void
on_store_changed (BerBodyPage *self,
                  const char  *table)
{
  if (body_id (self) == 0)
    return;
  if (g_str_equal (table, "agenda_template_point"))
    refresh_points (self);
  else if (g_str_equal (table, "routing_rule") || g_str_equal (table, "subject_area"))
    refresh_rules (self);
}

/* Leaving */

static gboolean
save_for_leaving (gpointer page)
{
  return ber_body_page_save (page);
}

static void
emit_closed (gpointer page)
{
  g_signal_emit (page, signals[CLOSED], 0);
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BerBodyPage *self = BER_BODY_PAGE (widget);

  if (!self->modified)
    {
      g_signal_emit (self, signals[CLOSED], 0);
      return;
    }

  ber_ui_ask_save_changes (widget,
                           _("The changes to this body have not "
                             "been saved. Changes that are not "
                             "saved are lost."),
                           save_for_leaving,
                           emit_closed);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ber_body_page_save (BER_BODY_PAGE (widget));
}

/* GtkWidget */

static gboolean
ber_body_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (BER_BODY_PAGE (widget)->name_row));
}

/* GObject */

static void
ber_body_page_dispose (GObject *object)
{
  BerBodyPage *self = BER_BODY_PAGE (object);

  if (self->points_list != NULL)
    {
      gtk_list_box_bind_model (self->points_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->rules_list, NULL, NULL, NULL, NULL);
    }
  /* AdwBin 1.2 keeps a pointer to the child that the template disposes. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_BODY_PAGE);
  g_clear_object (&self->points);
  g_clear_object (&self->rules);
  g_clear_object (&self->body);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ber_body_page_parent_class)->dispose (object);
}

static void
ber_body_page_finalize (GObject *object)
{
  BerBodyPage *self = BER_BODY_PAGE (object);

  g_clear_pointer (&self->point_rows, g_ptr_array_unref);
  g_array_unref (self->area_ids);
  g_ptr_array_unref (self->area_names);

  G_OBJECT_CLASS (ber_body_page_parent_class)->finalize (object);
}

static void
ber_body_page_class_init (BerBodyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_body_page_dispose;
  object_class->finalize = ber_body_page_finalize;
  widget_class->grab_focus = ber_body_page_grab_focus;

  /**
   * BerBodyPage::closed:
   *
   * The user is done with the page: Back, Escape or Alt+Left.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (BER_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-body-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, short_name_row);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, deadline_spin);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, established_row);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, dissolved_row);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, details_box);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, points_list);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, points_hint);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, rules_list);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "page.close", NULL, close_activated);
  gtk_widget_class_install_action (widget_class, "page.save", NULL, save_activated);
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
  gtk_widget_class_install_action (widget_class, "page.add-rule", NULL, add_rule_activated);
  gtk_widget_class_install_action (widget_class, "page.remove-rule", "x", remove_rule_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "page.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "page.move-up",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "page.move-down",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "page.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "page.close", NULL);
}

static GtkWidget *
placeholder (const char *text,
             GtkWidget  *extra)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  if (extra != NULL)
    {
      gtk_widget_set_halign (extra, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), extra);
    }
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  return box;
}

static void
ber_body_page_init (BerBodyPage *self)
{
  g_autoptr(GtkStringList) kinds = choice_model (BER_CHOICES_BODY_KIND, NULL);
  GtkWidget *usual = gtk_button_new_with_mnemonic (_("Add the _Usual Points"));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->points = g_list_store_new (BER_TYPE_AGENDA_TEMPLATE_POINT);
  self->rules = g_list_store_new (BER_TYPE_ROUTING_RULE);
  self->area_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->area_names = g_ptr_array_new_with_free_func (g_free);
  self->body = ber_body_new ();

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  gtk_widget_set_tooltip_text (usual, _("Opening, election of the minutes checker, approval of "
                                        "the agenda and of the previous minutes, closing"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (usual), "page.add-usual-points");
  gtk_list_box_set_placeholder (self->points_list,
                                placeholder (_("No standing points: new meetings of this body "
                                               "start with an empty agenda."),
                                             usual));
  gtk_list_box_set_placeholder (self->rules_list,
                                placeholder (_("No routing rules: no item is suggested for this "
                                               "body."),
                                             NULL));
  gtk_list_box_bind_model (self->points_list, G_LIST_MODEL (self->points), create_point_row, self,
                           NULL);
  gtk_list_box_bind_model (self->rules_list, G_LIST_MODEL (self->rules), create_rule_row, self,
                           NULL);
  g_signal_connect_object (self->points_list, "row-activated", G_CALLBACK (on_point_activated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->points_list, "row-selected", G_CALLBACK (update_move_actions),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rules_list, "row-activated", G_CALLBACK (on_rule_activated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
  update_move_actions (self);
}

/* Public API */

GtkWidget *
ber_body_page_new (void)
{
  return g_object_new (BER_TYPE_BODY_PAGE, NULL);
}

void
ber_body_page_set_store (BerBodyPage *self,
                         BerStore    *store)
{
  g_return_if_fail (BER_IS_BODY_PAGE (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "row-changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
  ber_body_page_set_body (self, 0);
}

/**
 * ber_body_page_set_body:
 * @body_id: the body to show, or 0 for a new one
 */
void
ber_body_page_set_body (BerBodyPage *self,
                        gint64       id)
{
  g_autoptr(GError) error = NULL;
  BerRecord *body = NULL;

  g_return_if_fail (BER_IS_BODY_PAGE (self));

  if (id > 0 && self->store != NULL)
    body = ber_record_load (BER_TYPE_BODY, self->store, id, &error);
  g_clear_object (&self->body);
  self->body = body != NULL ? BER_BODY (body) : ber_body_new ();

  load_fields (self);
  if (error != NULL)
    show_error (self, error->message);
  gtk_widget_set_visible (self->details_box, body_id (self) > 0);
  refresh_points (self);
  refresh_rules (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

gint64
ber_body_page_get_body_id (BerBodyPage *self)
{
  g_return_val_if_fail (BER_IS_BODY_PAGE (self), 0);
  return body_id (self);
}

/* Whether the fields hold changes that are not saved. */
gboolean
ber_body_page_get_modified (BerBodyPage *self)
{
  g_return_val_if_fail (BER_IS_BODY_PAGE (self), FALSE);
  return self->modified;
}

/**
 * ber_body_page_get_error:
 *
 * Returns: (nullable): the message the page shows about the last refused
 *   change, or %NULL
 */
const char *
ber_body_page_get_error (BerBodyPage *self)
{
  g_return_val_if_fail (BER_IS_BODY_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;
  return gtk_label_get_label (self->error_label);
}

/**
 * ber_body_page_get_points:
 *
 * Returns: (transfer none): the standing points, in the order new agendas get them
 */
GListModel *
ber_body_page_get_points (BerBodyPage *self)
{
  g_return_val_if_fail (BER_IS_BODY_PAGE (self), NULL);
  return G_LIST_MODEL (self->points);
}

/**
 * ber_body_page_get_rules:
 *
 * Returns: (transfer none): the body's routing rules, oldest first
 */
GListModel *
ber_body_page_get_rules (BerBodyPage *self)
{
  g_return_val_if_fail (BER_IS_BODY_PAGE (self), NULL);
  return G_LIST_MODEL (self->rules);
}

/* Returns: the selected standing point, or %GTK_INVALID_LIST_POSITION */
guint
ber_body_page_get_selected_point (BerBodyPage *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (BER_IS_BODY_PAGE (self), GTK_INVALID_LIST_POSITION);

  row = gtk_list_box_get_selected_row (self->points_list);
  return row != NULL ? (guint) gtk_list_box_row_get_index (row) : GTK_INVALID_LIST_POSITION;
}

void
ber_body_page_select_point (BerBodyPage *self,
                            guint        position)
{
  g_return_if_fail (BER_IS_BODY_PAGE (self));
  select_point (self, (gint) position, TRUE);
}
