/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-item-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-form-dialog.h"
#include "ber-item-page-private.h"
#include "ber-model.h"

/* The item page's lists: the proposal's att-clauses (kept in order, moved
 * with Alt+Up/Down), supporting documents, and the check lists of links.
 * All are kept on the page and written when the item is saved. */

/* Att-clauses */

static void open_clause_form (BerItemPage *self,
                              int          index);

static void
move_clause (BerItemPage *self,
             int          index,
             int          delta)
{
  int to = index + delta;
  gpointer entry;

  if (index < 0 || to < 0 || (guint) index >= self->clauses->len
      || (guint) to >= self->clauses->len)
    return;
  entry = g_ptr_array_steal_index (self->clauses, index);
  g_ptr_array_insert (self->clauses, to, entry);
  item_page_rebuild_clauses (self);
  /* Keep the keyboard on the clause that moved. */
  gtk_widget_grab_focus (g_ptr_array_index (self->clause_rows, to));
}

static void
on_clause_button (GtkButton   *button,
                  BerItemPage *self)
{
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "index"));
  const char *what = g_object_get_data (G_OBJECT (button), "what");

  if (g_str_equal (what, "up"))
    move_clause (self, index, -1);
  else if (g_str_equal (what, "down"))
    move_clause (self, index, 1);
  else if (g_str_equal (what, "remove"))
    {
      Entry *entry = g_ptr_array_index (self->clauses, index);

      if (entry->id > 0)
        g_array_append_val (self->removed_clauses, entry->id);
      g_ptr_array_remove_index (self->clauses, index);
      item_page_rebuild_clauses (self);
    }
}

static void
on_clause_row_activated (AdwActionRow *row,
                         BerItemPage  *self)
{
  open_clause_form (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "clause-index")));
}

static GtkWidget *
clause_button (BerItemPage *self,
               GtkWidget   *row,
               int          index,
               const char  *what,
               const char  *icon,
               const char  *label)
{
  GtkWidget *button = item_page_icon_button (icon, label);

  g_object_set_data (G_OBJECT (button), "index", GINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "what", (gpointer) what);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_clause_button), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

void
item_page_rebuild_clauses (BerItemPage *self)
{
  item_page_clear_rows (self->clauses_group, self->clause_rows);
  item_page_mark_modified (self);

  for (guint i = 0; i < self->clauses->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->clauses, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      GtkWidget *up, *down;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_label_new (number));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Enter edits; Alt+Up and Alt+Down move the clause"));
      g_object_set_data (G_OBJECT (row), "clause-index", GINT_TO_POINTER (i));
      g_signal_connect_object (row, "activated", G_CALLBACK (on_clause_row_activated), self, 0);
      up = clause_button (self, row, i, "up", "go-up-symbolic", _("Move clause up"));
      down = clause_button (self, row, i, "down", "go-down-symbolic", _("Move clause down"));
      clause_button (self, row, i, "remove", "user-trash-symbolic", _("Remove clause"));
      gtk_widget_set_sensitive (up, i > 0);
      gtk_widget_set_sensitive (down, i + 1 < self->clauses->len);
      adw_preferences_group_add (self->clauses_group, row);
      g_ptr_array_add (self->clause_rows, row);
    }
}

static gboolean
save_clause (BerFormDialog  *dialog,
             gpointer        data,
             GError        **error)
{
  Form *form = data;
  g_autofree char *text = g_strstrip (g_strdup (item_page_row_text (form->rows[0])));

  if (*text == '\0' || g_str_equal (text, "att"))
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("Write the clause, for example “att lämna yttrande i enlighet med "
                             "förvaltningens förslag”."));
      return FALSE;
    }
  if (form->index >= 0 && (guint) form->index < form->self->clauses->len)
    {
      Entry *entry = g_ptr_array_index (form->self->clauses, form->index);

      g_free (entry->text);
      entry->text = g_steal_pointer (&text);
    }
  else
    g_ptr_array_add (form->self->clauses, item_page_entry_new (0, text, NULL));
  item_page_rebuild_clauses (form->self);
  return TRUE;
}

static void
open_clause_form (BerItemPage *self,
                  int          index)
{
  gboolean editing = index >= 0 && (guint) index < self->clauses->len;
  BerFormDialog *dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                               editing ? _("Edit the Clause") : _("Add a Clause"),
                                               editing ? _("_Apply") : _("_Add"));
  Form *form = item_page_form_new (self, editing ? index : -1);

  form->rows[0] = ber_ui_entry_row (_("Clause"), NULL);
  gtk_editable_set_text (GTK_EDITABLE (form->rows[0]),
                         editing ? ((Entry *) g_ptr_array_index (self->clauses, index))->text
                                 : "att ");
  ber_form_dialog_add (dialog, form->rows[0]);
  ber_form_dialog_set_save (dialog, save_clause, form, item_page_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
item_page_add_clause_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  open_clause_form (BER_ITEM_PAGE (widget), -1);
}

void
item_page_move_clause_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BerItemPage *self = BER_ITEM_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (g_ptr_array_find (self->clause_rows, focus, NULL))
      {
        int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (focus), "clause-index"));

        move_clause (self, index, g_str_equal (action_name, "page.clause-up") ? -1 : 1);
        return;
      }
}

/* Supporting documents */

static void
on_document_open (GtkButton   *button,
                  BerItemPage *self)
{
  const char *path = g_object_get_data (G_OBJECT (button), "path");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  if (!g_file_query_exists (file, NULL))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” cannot be found. It may have been "
                                                    "moved or deleted."), path);
      item_page_show_error (self, message);
      return;
    }
  gtk_show_uri (ber_ui_parent_window (GTK_WIDGET (self)), uri, GDK_CURRENT_TIME);
}

static void
on_document_remove (GtkButton   *button,
                    BerItemPage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  Entry *entry;

  if (index >= self->documents->len)
    return;
  entry = g_ptr_array_index (self->documents, index);
  if (entry->id > 0)
    g_array_append_val (self->removed_documents, entry->id);
  g_ptr_array_remove_index (self->documents, index);
  item_page_rebuild_documents (self);
}

void
item_page_rebuild_documents (BerItemPage *self)
{
  item_page_mark_modified (self);
  item_page_clear_rows (self->documents_group, self->document_rows);

  for (guint i = 0; i < self->documents->len; i++)
    {
      Entry *entry = g_ptr_array_index (self->documents, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (*entry->path != '\0')
        {
          g_autofree char *name = g_path_get_basename (entry->path);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name);
          button = item_page_icon_button ("document-open-symbolic", _("Open the document"));
          g_object_set_data_full (G_OBJECT (button), "path", g_strdup (entry->path), g_free);
          g_signal_connect_object (button, "clicked", G_CALLBACK (on_document_open), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
        }
      else
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("No file"));
      button = item_page_icon_button ("user-trash-symbolic", _("Remove document"));
      g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_document_remove), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->documents_group, row);
      g_ptr_array_add (self->document_rows, row);
    }
}

static void
document_file_chosen (GtkNativeDialog *chooser,
                      int              response,
                      GtkWidget       *file_row)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    {
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = g_path_get_basename (path);

      g_object_set_data_full (G_OBJECT (file_row), "path", g_strdup (path), g_free);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (file_row), name);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
on_choose_file (GtkButton *button,
                GtkWidget *file_row)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Choose a Document"),
                                 GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (document_file_chosen), file_row, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static gboolean
save_document (BerFormDialog  *dialog,
               gpointer        data,
               GError        **error)
{
  Form *form = data;
  g_autofree char *title = g_strstrip (g_strdup (item_page_row_text (form->rows[0])));
  const char *path = g_object_get_data (G_OBJECT (form->rows[1]), "path");

  if (*title == '\0')
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("The document needs a title, for example “Remiss från "
                             "Regeringskansliet”."));
      return FALSE;
    }
  g_ptr_array_add (form->self->documents, item_page_entry_new (0, title, path));
  item_page_rebuild_documents (form->self);
  return TRUE;
}

void
item_page_add_document_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerItemPage *self = BER_ITEM_PAGE (widget);
  BerFormDialog *dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                               _("Add a Document"), _("_Add"));
  Form *form = item_page_form_new (self, -1);
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("C_hoose…"));

  form->rows[0] = ber_ui_entry_row (_("Title"), NULL);
  form->rows[1] = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->rows[1]), _("File (optional)"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (form->rows[1]), _("No file"));
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  g_signal_connect (choose, "clicked", G_CALLBACK (on_choose_file), form->rows[1]);
  adw_action_row_add_suffix (ADW_ACTION_ROW (form->rows[1]), choose);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (form->rows[1]), choose);
  ber_form_dialog_add (dialog, form->rows[0]);
  ber_form_dialog_add (dialog, form->rows[1]);
  ber_form_dialog_set_save (dialog, save_document, form, item_page_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Links */

static GtkWidget *
check_row (BerItemPage    *self,
           AdwExpanderRow *expander,
           GPtrArray      *checks,
           gint64          id,
           const char     *title,
           gboolean        active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_signal_connect_object (check, "toggled", G_CALLBACK (item_page_mark_modified), self,
                           G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_object_set_data (G_OBJECT (check), "id", GSIZE_TO_POINTER ((gsize) id));
  /* What the register had when the page read it: a save changes only the
   * links toggled here, and keeps those changed elsewhere meanwhile. */
  g_object_set_data (G_OBJECT (check), "linked", GINT_TO_POINTER (active));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_expander_row_add_row (expander, row);
  g_ptr_array_add (checks, check);
  g_ptr_array_add (self->link_rows, row);
  return row;
}

static void
fill_checks (BerItemPage    *self,
             AdwExpanderRow *expander,
             GPtrArray      *checks,
             const char     *table,
             const char     *title_column,
             const char     *link_table,
             const char     *link_column,
             gboolean        translate)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) linked = NULL;
  guint n_linked = 0;

  if (g_str_equal (table, "goal"))
    ber_query_add_order (query, "id", FALSE);
  else
    ber_query_add_order (query, "sort_key", FALSE);
  rows = ber_store_select (self->store, query, 0, 10000, NULL);
  if (item_page_item_id (self) > 0)
    linked = ber_store_get_links (self->store, link_table, "item_id", item_page_item_id (self),
                                  link_column,
                                  NULL);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *title = NULL;
      gint64 id = 0;
      gboolean active = FALSE;

      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      g_variant_lookup (g_ptr_array_index (rows, i), title_column, "&s", &title);
      for (guint k = 0; linked != NULL && k < linked->len; k++)
        active |= g_array_index (linked, gint64, k) == id;
      n_linked += active;
      if (translate && title != NULL)
        {
          g_autofree char *numbered = g_strdup_printf ("%" G_GINT64_FORMAT ". %s", id, _(title));

          check_row (self, expander, checks, id, numbered, active);
        }
      else
        check_row (self, expander, checks, id, title != NULL ? title : "", active);
    }
  if (n_linked > 0)
    {
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u chosen",
                                                                "%u chosen", n_linked),
                                                   n_linked);

      adw_expander_row_set_subtitle (expander, subtitle);
    }
  else
    adw_expander_row_set_subtitle (expander, _("None chosen"));
}

void
item_page_rebuild_links (BerItemPage *self)
{
  for (guint i = 0; i < self->link_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->link_rows, i);
      GtkWidget *expander = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW);

      if (expander != NULL)
        adw_expander_row_remove (ADW_EXPANDER_ROW (expander), row);
    }
  g_ptr_array_set_size (self->link_rows, 0);
  g_ptr_array_set_size (self->network_checks, 0);
  g_ptr_array_set_size (self->question_checks, 0);
  g_ptr_array_set_size (self->goal_checks, 0);
  if (self->store == NULL)
    return;

  fill_checks (self, self->networks_expander, self->network_checks, "network", "name",
               "item_network", "network_id", FALSE);
  fill_checks (self, self->questions_expander, self->question_checks, "influence_question",
               "title", "item_influence_question", "influence_question_id", FALSE);
  fill_checks (self, self->goals_expander, self->goal_checks, "goal", "title", "item_goal",
               "goal_id", TRUE);
}

gboolean
item_page_save_links (BerItemPage  *self,
            GPtrArray    *checks,
            const char   *table,
            const char   *column,
            GError      **error)
{
  for (guint i = 0; i < checks->len; i++)
    {
      GObject *check = g_ptr_array_index (checks, i);
      gboolean active = gtk_check_button_get_active (GTK_CHECK_BUTTON (check));
      gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (check, "id"));

      if (active == GPOINTER_TO_INT (g_object_get_data (check, "linked")))
        continue;
      if (!ber_store_set_link (self->store, table, "item_id", item_page_item_id (self), column,
                               id, active, error))
        return FALSE;
    }
  return TRUE;
}

/* After the save is committed, the links as saved are the ones read. */
void
item_page_links_saved (GPtrArray *checks)
{
  for (guint i = 0; i < checks->len; i++)
    {
      GObject *check = g_ptr_array_index (checks, i);

      g_object_set_data (check, "linked",
                         GINT_TO_POINTER (gtk_check_button_get_active (GTK_CHECK_BUTTON (check))));
    }
}
