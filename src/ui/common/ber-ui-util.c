/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-ui-util"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-compat.h"
#include "ber-date-row.h"
#include "ber-labels.h"
#include "ber-ui-util.h"

/*
 * Small helpers the record pages and their forms share: where a dialog or a
 * toast goes, how a form row is built and marked invalid, and the question
 * asked when a page with unsaved edits is left.
 */

typedef struct
{
  BerUiSaveFunc  save;
  BerUiLeaveFunc leave;
} LeaveFuncs;

/* The suffix widget of a row built by ber_ui_suffix_row(). */
#define SUFFIX_KEY "spin"
#define LEAVE_FUNCS_KEY "ber-ui-leave-funcs"

static void
save_changes_response (BerAlert   *dialog,
                       const char *response,
                       gpointer    page)
{
  LeaveFuncs *funcs = g_object_get_data (G_OBJECT (dialog), LEAVE_FUNCS_KEY);

  if (g_str_equal (response, "save") && !funcs->save (page))
    return;
  if (g_str_equal (response, "save") || g_str_equal (response, "discard"))
    funcs->leave (page);
}

/**
 * ber_ui_parent_window:
 * @widget: a widget
 *
 * Returns: (transfer none) (nullable): the window @widget is in, to be the
 *   transient parent of a dialog, or %NULL when it is in none
 */
GtkWindow *
ber_ui_parent_window (GtkWidget *widget)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  root = gtk_widget_get_root (widget);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * ber_ui_give_context:
 * @context: (nullable): the register's services, or %NULL when none is open
 *
 * Hands a view the register it shows, through its "context" property.
 */
void
ber_ui_give_context (GtkWidget  *view,
                     BerContext *context)
{
  g_return_if_fail (GTK_IS_WIDGET (view));

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (view), "context") != NULL)
    g_object_set (view, "context", context, NULL);
  else
    g_critical ("%s takes no context", G_OBJECT_TYPE_NAME (view));
}

/**
 * ber_ui_toast:
 * @widget: a widget
 * @message: plain text, not markup
 *
 * Shows @message in the nearest #AdwToastOverlay around @widget, or else
 * through the "win.toast" action of its window (or of the window a dialog
 * belongs to). With neither, the message only goes to the debug log.
 */
void
ber_ui_toast (GtkWidget  *widget,
              const char *message)
{
  GtkWidget *overlay;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    {
      /* A toast title is Pango markup: a file named "R&D.csv" must not break it. */
      g_autofree char *escaped = g_markup_escape_text (message, -1);

      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
      return;
    }

  if (gtk_widget_activate_action (widget, "win.toast", "s", message))
    return;

  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root) && gtk_window_get_transient_for (GTK_WINDOW (root)) != NULL
      && gtk_widget_activate_action (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (root))),
                                     "win.toast", "s", message))
    return;

  g_debug ("%s", message);
}

/**
 * ber_ui_show_error:
 * @revealer: the revealer holding @label
 * @label: the label for the message
 * @message: (nullable): what is wrong and how to mend it, or %NULL to hide
 *   the error
 *
 * Shows or hides a page's error message.
 */
void
ber_ui_show_error (GtkRevealer *revealer,
                   GtkLabel    *label,
                   const char  *message)
{
  g_return_if_fail (GTK_IS_REVEALER (revealer));
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (revealer, message != NULL);
}

/**
 * ber_ui_mark_row:
 * @row: a form row
 * @invalid: whether its value is refused
 *
 * Gives @row the error style, and tells assistive technologies, while its
 * value is refused.
 */
void
ber_ui_mark_row (GtkWidget *row,
                 gboolean   invalid)
{
  g_return_if_fail (GTK_IS_WIDGET (row));

  if (invalid)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/**
 * ber_ui_focus_at_end:
 * @editable: an editable widget, such as an entry row
 *
 * Gives @editable the keyboard focus with the cursor after its text and
 * nothing selected: a page that opens on its title does not invite the
 * first key typed to replace it.
 *
 * Returns: whether @editable took the focus
 */
gboolean
ber_ui_focus_at_end (GtkWidget *editable)
{
  g_return_val_if_fail (GTK_IS_EDITABLE (editable), FALSE);

  if (!gtk_widget_grab_focus (editable))
    return FALSE;
  gtk_editable_select_region (GTK_EDITABLE (editable), -1, -1);
  return TRUE;
}

/**
 * ber_ui_entry_row:
 * @title: the row's title, which is also its accessible name
 * @text: (nullable): the text to start with
 *
 * Returns: (transfer floating): a new #AdwEntryRow
 */
GtkWidget *
ber_ui_entry_row (const char *title,
                  const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
  return row;
}

/**
 * ber_ui_combo_row:
 * @title: the row's title
 * @model: the choices
 * @selected: the position chosen at first
 *
 * Returns: (transfer floating): a new #AdwComboRow
 */
GtkWidget *
ber_ui_combo_row (const char *title,
                  GListModel *model,
                  guint       selected)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), model);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  return row;
}

/**
 * ber_ui_date_row:
 * @title: the row's title
 * @date: (nullable): an ISO date to start with
 *
 * Returns: (transfer floating): a new #BerDateRow
 */
GtkWidget *
ber_ui_date_row (const char *title,
                 const char *date)
{
  GtkWidget *row = ber_date_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (date != NULL)
    ber_date_row_set_date (BER_DATE_ROW (row), date);
  return row;
}

/**
 * ber_ui_suffix_row:
 * @title: the row's title, also given to @suffix as its accessible name
 * @suffix: the control, such as a spin button or a switch
 *
 * Returns: (transfer floating): a new #AdwActionRow that activates @suffix
 */
GtkWidget *
ber_ui_suffix_row (const char *title,
                   GtkWidget  *suffix)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (suffix), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), suffix);
  g_object_set_data (G_OBJECT (row), SUFFIX_KEY, suffix);
  return row;
}

/**
 * ber_ui_spin_row:
 * @title: the row's title
 * @lower: the smallest value
 * @upper: the largest value
 * @value: the value to start with
 *
 * Returns: (transfer floating): a new row with a spin button counting in
 *   steps of one; read it with ber_ui_spin_row_get_value()
 */
GtkWidget *
ber_ui_spin_row (const char *title,
                 double      lower,
                 double      upper,
                 double      value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  return ber_ui_suffix_row (title, spin);
}

/**
 * ber_ui_spin_row_get_value:
 * @row: a row made by ber_ui_spin_row()
 *
 * Returns: the value of its spin button
 */
double
ber_ui_spin_row_get_value (GtkWidget *row)
{
  GtkWidget *spin = g_object_get_data (G_OBJECT (row), SUFFIX_KEY);

  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), 0);
  return gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin));
}

/**
 * ber_ui_ask_save_changes:
 * @page: the page being left
 * @body: says what was changed and that unsaved changes are lost
 * @save: writes the page's edits
 * @leave: takes the user away from @page
 *
 * Asks whether to save the edits on @page before leaving it. Save calls
 * @save and then, if it succeeded, @leave; Discard calls @leave; Cancel, or
 * closing the dialog, stays on the page.
 */
void
ber_ui_ask_save_changes (GtkWidget      *page,
                         const char     *body,
                         BerUiSaveFunc   save,
                         BerUiLeaveFunc  leave)
{
  BerAlert *dialog;
  LeaveFuncs *funcs;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (save != NULL && leave != NULL);

  dialog = ber_alert_new (_("Save Changes?"), body);
  ber_alert_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"),
                           "save", _("_Save"), NULL);
  ber_alert_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  ber_alert_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  ber_alert_set_default_response (dialog, "save");
  ber_alert_set_close_response (dialog, "cancel");

  funcs = g_new0 (LeaveFuncs, 1);
  funcs->save = save;
  funcs->leave = leave;
  g_object_set_data_full (G_OBJECT (dialog), LEAVE_FUNCS_KEY, funcs, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_changes_response), page, 0);
  ber_alert_present (dialog, page);
}

/* Saving against a colleague's changes */

typedef struct
{
  BerRecord     *record;
  BerContext    *context;
  BerUiFillFunc  fill;
  BerUiSaveFunc  save;
} ConflictData;

static void
conflict_data_free (gpointer data)
{
  ConflictData *conflict = data;

  g_object_unref (conflict->record);
  g_clear_object (&conflict->context);
  g_free (conflict);
}

#define CONFLICT_KEY "ber-ui-conflict"

static void
conflict_response (BerAlert   *dialog,
                   const char *response,
                   GtkWidget  *page)
{
  ConflictData *data = g_object_get_data (G_OBJECT (dialog), CONFLICT_KEY);
  g_autoptr(GError) error = NULL;
  BerConflictChoice choice;

  if (g_str_equal (response, "mine"))
    choice = BER_CONFLICT_KEEP_MINE;
  else if (g_str_equal (response, "theirs"))
    choice = BER_CONFLICT_TAKE_THEIRS;
  else
    return;

  if (!ber_context_resolve_conflict (data->context, data->record, choice, &error))
    {
      ber_ui_toast (page, error->message);
      return;
    }
  /* The form shows the settled values, then saves them: a conflict that
   * arose meanwhile asks again. */
  data->fill (page);
  data->save (page);
}

/* "2026-11-23 14:05" in local time, from the history's UTC stamp. */
static char *
local_time (const char *utc)
{
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return NULL;
  when = g_date_time_new_from_iso8601 (utc, NULL);
  if (when == NULL)
    return g_strdup (utc);
  local = g_date_time_to_local (when);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
conflict_body (BerConflict *conflict)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *when = local_time (ber_conflict_get_changed_at (conflict));
  const char *who = ber_conflict_get_changed_by (conflict);

  if (who != NULL && when != NULL)
    g_string_append_printf (body, _("%s changed this at %s, after you opened it."), who, when);
  else if (who != NULL)
    g_string_append_printf (body, _("%s changed this after you opened it."), who);
  else
    g_string_append (body, _("Another program changed this after you opened it."));
  g_string_append (body, "\n");

  for (guint i = 0; i < ber_conflict_get_n_fields (conflict); i++)
    {
      const char *mine = ber_conflict_get_mine (conflict, i);
      const char *theirs = ber_conflict_get_theirs (conflict, i);

      g_string_append_c (body, '\n');
      /* Translators: a field both sides changed: its name, the value typed
       * here, and the value in the register now. */
      g_string_append_printf (body, _("%s: yours is “%s”, theirs is “%s”."),
                              ber_field_label (ber_conflict_get_property (conflict, i)),
                              *mine != '\0' ? mine : _("(empty)"),
                              *theirs != '\0' ? theirs : _("(empty)"));
    }

  return g_string_free (g_steal_pointer (&body), FALSE);
}

static void
ask_conflict (GtkWidget     *page,
              ConflictData  *data)
{
  g_autofree char *body = conflict_body (ber_record_get_conflict (data->record));
  BerAlert *dialog;

  dialog = ber_alert_new (_("Changed by Somebody Else"), body);
  ber_alert_add_responses (dialog,
                           "cancel", _("_Cancel"),
                           "theirs", _("_Take Theirs"),
                           "mine", _("_Keep Mine"),
                           NULL);
  ber_alert_set_response_appearance (dialog, "mine", ADW_RESPONSE_SUGGESTED);
  ber_alert_set_default_response (dialog, "mine");
  ber_alert_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), CONFLICT_KEY, data, conflict_data_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response), page, 0);
  ber_alert_present (dialog, page);
}

/**
 * ber_ui_save_with:
 * @page: the page or dialog that edits @record
 * @save_record: writes the record through its service
 * @fill: shows the record's values in the form
 * @save: the page's save, to run again once a conflict is settled
 *
 * Saves @record with @save_record. When somebody else changed the same
 * fields since it was read, asks whether to keep the values typed here or
 * take theirs, naming who changed what and when; the values typed stay in
 * the form until the user chooses, and Cancel leaves them there.
 *
 * Returns: %TRUE when saved; %FALSE with @error set otherwise
 */
gboolean
ber_ui_save_with (GtkWidget            *page,
                  BerContext           *context,
                  BerRecord            *record,
                  BerUiSaveRecordFunc   save_record,
                  BerUiFillFunc         fill,
                  BerUiSaveFunc         save,
                  GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  ConflictData *data;

  if (save_record (page, record, &local_error))
    return TRUE;

  if (g_error_matches (local_error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT)
      && ber_record_get_conflict (record) != NULL)
    {
      data = g_new0 (ConflictData, 1);
      data->record = g_object_ref (record);
      data->context = g_object_ref (context);
      data->fill = fill;
      data->save = save;
      ask_conflict (page, data);
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * ber_cell_query_tooltip:
 *
 * A list cell's #GtkWidget::query-tooltip handler: a label cut short shows
 * its whole text as its tooltip. Asked for when the pointer rests on the
 * cell, rather than set each time a row is shown.
 */
gboolean
ber_cell_query_tooltip (GtkWidget  *label,
                        int         x,
                        int         y,
                        gboolean    keyboard_mode,
                        GtkTooltip *tooltip)
{
  const char *text;

  if (!GTK_IS_LABEL (label))
    return FALSE;
  text = gtk_label_get_text (GTK_LABEL (label));
  if (text == NULL || *text == '\0'
      || !pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * ber_cell_label_new:
 *
 * Returns: (transfer floating): the label of a list cell of one line, cut
 * short at its end, with a tooltip its owner gives through
 * #GtkWidget::query-tooltip
 */
GtkWidget *
ber_cell_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (label, TRUE);
  return label;
}

#define FOLLOW_KEY "ber-cell-follow"

typedef struct
{
  GtkListItem   *list_item;  /* which holds this */
  GObject       *item;
  BerCellUpdate  update;
  gpointer       user_data;
  gulong         handler;
  guint          idle;
} Follow;

static void
follow_free (Follow *follow)
{
  g_clear_signal_handler (&follow->handler, follow->item);
  g_clear_handle_id (&follow->idle, g_source_remove);
  g_object_unref (follow->item);
  g_free (follow);
}

static gboolean
follow_idle (gpointer data)
{
  Follow *follow = data;

  follow->idle = 0;
  follow->update (follow->list_item, follow->user_data);
  return G_SOURCE_REMOVE;
}

/* Once for all the properties a change sets, before the next frame. */
static void
follow_notify (Follow *follow)
{
  if (follow->idle == 0)
    follow->idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, follow_idle, follow, NULL);
}

/**
 * ber_cell_follow:
 * @list_item: a list item just bound, its cell shown from its item
 * @update: shows the cell again
 *
 * Shows the cell again each time its item changes while it is bound: a
 * record read in a worker fills the placeholder the row was bound to, and
 * an edit may change a record in place. Give the factory ber_cell_unbind()
 * as its "unbind" handler.
 */
void
ber_cell_follow (GtkListItem   *list_item,
                 BerCellUpdate  update,
                 gpointer       user_data)
{
  GObject *item = gtk_list_item_get_item (list_item);
  Follow *follow;

  g_object_set_data (G_OBJECT (list_item), FOLLOW_KEY, NULL);
  if (!G_IS_OBJECT (item))
    return;
  follow = g_new0 (Follow, 1);
  follow->list_item = list_item;
  follow->item = g_object_ref (item);
  follow->update = update;
  follow->user_data = user_data;
  follow->handler = g_signal_connect_swapped (item, "notify", G_CALLBACK (follow_notify), follow);
  g_object_set_data_full (G_OBJECT (list_item), FOLLOW_KEY, follow,
                          (GDestroyNotify) follow_free);
}

/* A factory's "unbind" handler for cells that ber_cell_follow() keeps. */
void
ber_cell_unbind (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  g_object_set_data (G_OBJECT (list_item), FOLLOW_KEY, NULL);
}

/* A label's text as it reads aloud: a mnemonic's underscore is not read,
 * and "__" stands for one underscore. */
static char *
spoken_label (const char *label,
              gboolean    use_underline)
{
  GString *spoken = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (use_underline && *p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (spoken, *p);
    }
  return g_string_free (spoken, FALSE);
}

/* The notify handlers of the classes patched below, as they were before. */
static GHashTable *parent_notify;

#define EMPTY_NAME_KEY "ber-ui-empty-name"

/* A list cell without text reads as "Empty", and as its text once it has
 * one. Other empty labels are left alone: rows and lists labelled by an
 * empty heading would read "Empty" too. */
static void
name_empty_label (GtkLabel *label)
{
  const char *text = gtk_label_get_text (label);

  if (*text == 0)
    {
      GtkWidget *widget = GTK_WIDGET (label);

      if (gtk_widget_get_ancestor (widget, GTK_TYPE_COLUMN_VIEW) == NULL
          && gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_VIEW) == NULL)
        return;
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      C_("accessible name of an empty field", "Empty"), -1);
      g_object_set_data (G_OBJECT (label), EMPTY_NAME_KEY, GINT_TO_POINTER (TRUE));
    }
  else if (g_object_get_data (G_OBJECT (label), EMPTY_NAME_KEY) != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      text, -1);
      g_object_set_data (G_OBJECT (label), EMPTY_NAME_KEY, NULL);
    }
}

/* The handler @table keeps for @type or its nearest ancestor in it: a
 * class made after the patch inherits it without an entry of its own. */
static gpointer
inherited (GHashTable *table,
           GType       type)
{
  for (; type != 0; type = g_type_parent (type))
    if (g_hash_table_contains (table, GSIZE_TO_POINTER (type)))
      return g_hash_table_lookup (table, GSIZE_TO_POINTER (type));
  return NULL;
}

/* The root handlers of the label classes patched below. */
static GHashTable *parent_root;

/* A cell made empty is named when it joins its list. */
static void
label_root (GtkWidget *widget)
{
  void (*chain) (GtkWidget *) = inherited (parent_root, G_OBJECT_TYPE (widget));

  if (chain != NULL)
    chain (widget);
  name_empty_label (GTK_LABEL (widget));
}

/* A drop-down's button takes the keyboard, and GTK 4.8 names it after its
 * class, "GtkToggleButton": it is named by the drop-down instead. */
static void
drop_down_root (GtkWidget *widget)
{
  void (*chain) (GtkWidget *) = inherited (parent_root, G_OBJECT_TYPE (widget));

  if (chain != NULL)
    chain (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      widget, NULL, -1);
}

static void name_from_title (AdwPreferencesRow *row,
                             GParamSpec        *pspec,
                             GtkWidget         *control);

#define ENTRY_ROW_TEXT_KEY "ber-ui-entry-row-text"

/* An entry row gives the keyboard to the text field inside it, which
 * libadwaita 1.2 hides from screen readers, and the row does not say that
 * it has the focus: a screen reader hears nothing when Tab reaches it. The
 * text field is shown to them as a text box named after the row, so that
 * its focus is reported. Done before the field is first shown to them. */
static void
entry_row_root (GtkWidget *widget)
{
  void (*chain) (GtkWidget *) = inherited (parent_root, G_OBJECT_TYPE (widget));
  GtkEditable *text;

  if (chain != NULL)
    chain (widget);
  text = gtk_editable_get_delegate (GTK_EDITABLE (widget));
  if (text == NULL || g_object_get_data (G_OBJECT (text), ENTRY_ROW_TEXT_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (text), ENTRY_ROW_TEXT_KEY, GINT_TO_POINTER (TRUE));
  g_object_set (text, "accessible-role", GTK_ACCESSIBLE_ROLE_TEXT_BOX, NULL);
  g_signal_connect_object (widget, "notify::title", G_CALLBACK (name_from_title), text, 0);
  name_from_title (ADW_PREFERENCES_ROW (widget), NULL, GTK_WIDGET (text));
}

/* GTK 4.8 names a button or check button with a text both by the raw text
 * (mnemonic underscore included) and by the label inside it, so a screen
 * reader says "_Save Save", and an empty label is named after its class,
 * "GtkLabel". Each time such a text changes, the name is set once more:
 * the text as it reads aloud, and an empty label gets a word for empty. */
static void
name_from_label (GObject    *object,
                 GParamSpec *pspec)
{
  void (*chain) (GObject *, GParamSpec *) = inherited (parent_notify, G_OBJECT_TYPE (object));
  const char *label = NULL;
  gboolean use_underline = FALSE;

  if (chain != NULL)
    chain (object, pspec);

  if (!g_str_equal (pspec->name, "label") && !g_str_equal (pspec->name, "use-underline"))
    return;

  if (GTK_IS_BUTTON (object))
    {
      label = gtk_button_get_label (GTK_BUTTON (object));
      use_underline = gtk_button_get_use_underline (GTK_BUTTON (object));
    }
  else if (GTK_IS_CHECK_BUTTON (object))
    {
      label = gtk_check_button_get_label (GTK_CHECK_BUTTON (object));
      use_underline = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (object));
    }
  else if (GTK_IS_LABEL (object))
    {
      name_empty_label (GTK_LABEL (object));
      return;
    }

  if (label != NULL && *label != '\0')
    {
      g_autofree char *spoken = spoken_label (label, use_underline);

      gtk_accessible_reset_relation (GTK_ACCESSIBLE (object),
                                     GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_update_property (GTK_ACCESSIBLE (object), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      spoken, -1);
    }
}

/* Gives @type and every class derived from it the handlers above. A class
 * made later copies them from its parent. */
static void
patch_class (GType type)
{
  GObjectClass *klass = g_type_class_ref (type);
  GType parent = g_type_parent (type);
  g_autofree GType *children = NULL;
  guint n_children = 0;

  /* An inherited handler chains to what the parent chains to. */
  g_hash_table_insert (parent_notify, GSIZE_TO_POINTER (type),
                       klass->notify != name_from_label
                         ? (gpointer) klass->notify
                         : g_hash_table_lookup (parent_notify, GSIZE_TO_POINTER (parent)));
  klass->notify = name_from_label;
  if (g_type_is_a (type, GTK_TYPE_LABEL) || g_type_is_a (type, GTK_TYPE_DROP_DOWN)
      || g_type_is_a (type, ADW_TYPE_ENTRY_ROW))
    {
      GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
      void (*hook) (GtkWidget *) = g_type_is_a (type, GTK_TYPE_LABEL)       ? label_root
                                   : g_type_is_a (type, GTK_TYPE_DROP_DOWN) ? drop_down_root
                                                                            : entry_row_root;

      g_hash_table_insert (parent_root, GSIZE_TO_POINTER (type),
                           widget_class->root != hook
                             ? (gpointer) widget_class->root
                             : g_hash_table_lookup (parent_root, GSIZE_TO_POINTER (parent)));
      widget_class->root = hook;
    }

  children = g_type_children (type, &n_children);
  for (guint i = 0; i < n_children; i++)
    patch_class (children[i]);
  g_type_class_unref (klass);
}

/**
 * ber_ui_init_accessibility:
 *
 * Makes buttons, check buttons, drop-downs and empty labels read as they should by a
 * screen reader. Call once, at startup, before any window is made.
 */
void
ber_ui_init_accessibility (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      parent_notify = g_hash_table_new (NULL, NULL);
      parent_root = g_hash_table_new (NULL, NULL);
      patch_class (GTK_TYPE_BUTTON);
      patch_class (GTK_TYPE_CHECK_BUTTON);
      patch_class (GTK_TYPE_LABEL);
      patch_class (GTK_TYPE_DROP_DOWN);
#if !ADW_CHECK_VERSION (1, 4, 0)
      /* Later entry rows report the focus of their text field themselves. */
      patch_class (ADW_TYPE_ENTRY_ROW);
#endif
      g_once_init_leave (&done, 1);
    }
}

static void
name_from_title (AdwPreferencesRow *row,
                 GParamSpec        *pspec,
                 GtkWidget         *control)
{
  const char *title = adw_preferences_row_get_title (row);
  g_autofree char *spoken = NULL;

  if (title == NULL || *title == '\0')
    return;
  spoken = spoken_label (title, adw_preferences_row_get_use_underline (row));
  gtk_accessible_update_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  spoken, -1);
}

/**
 * ber_ui_name_by_title:
 * @control: the switch, spin button or button at the end of @row
 * @row: its row
 *
 * Names @control after @row's title, now and when the title changes. A
 * "labelled by" relation to the row reads only the row's class name in
 * GTK 4.8, whose rows take their name from their title label.
 */
void
ber_ui_name_by_title (GtkWidget         *control,
                      AdwPreferencesRow *row)
{
  g_return_if_fail (GTK_IS_WIDGET (control));
  g_return_if_fail (ADW_IS_PREFERENCES_ROW (row));

  g_signal_connect_object (row, "notify::title", G_CALLBACK (name_from_title), control, 0);
  name_from_title (row, NULL, control);
}
