/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-item-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-clause-dialog.h"
#include "ber-document-dialog.h"
#include "ber-item-page-private.h"
#include "ber-labels.h"

/* The item page's lists: the proposal's att-clauses (kept in order, moved
 * with Alt+Up/Down), supporting documents and the check lists of links,
 * all kept on the page and saved with the item; and the history of its
 * workflow, as the register has it. */

static GtkWidget *
icon_button (const char *icon,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return button;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Att-clauses */

static void open_clause_form (BerItemPage *self,
                              int          index);

static void
move_clause (BerItemPage *self,
             int          index,
             int          delta)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->clauses));
  int to = index + delta;
  g_autoptr(BerClause) clause = NULL;
  GtkListBoxRow *row;

  if (index < 0 || to < 0 || (guint) index >= n || (guint) to >= n || self->proposal_fixed)
    return;
  clause = g_list_model_get_item (G_LIST_MODEL (self->clauses), index);
  g_list_store_remove (self->clauses, index);
  g_list_store_insert (self->clauses, to, clause);
  item_page_changed (self);
  /* Keep the keyboard on the clause that moved. */
  row = gtk_list_box_get_row_at_index (self->clause_list, to);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
remove_entry (BerItemPage *self,
              GListStore  *entries,
              guint        index)
{
  g_autoptr(BerRecord) entry = g_list_model_get_item (G_LIST_MODEL (entries), index);

  if (entry == NULL)
    return;
  /* Deleted from the register when the item is saved. */
  if (ber_record_get_id (entry) > 0)
    g_list_store_append (self->removed, entry);
  g_list_store_remove (entries, index);
  item_page_changed (self);
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
    remove_entry (self, self->clauses, (guint) index);
}

static void
on_clause_row_activated (AdwActionRow *row,
                         BerItemPage  *self)
{
  if (self->proposal_fixed)
    return;
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
  GtkWidget *button = icon_button (icon, label);

  g_object_set_data (G_OBJECT (button), "index", GINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "what", (gpointer) what);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_clause_button), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

/* Numbered rows, rebuilt whole: a clause's number is its place. Once the
 * item is decided, the rows only show the proposal. */
static void
rebuild_clauses (BerItemPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->clauses));

  clear_list (self->clause_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerClause) clause = g_list_model_get_item (G_LIST_MODEL (self->clauses), i);
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *up, *down;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ber_clause_get_text (clause));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_label_new (number));
      if (self->proposal_fixed)
        {
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
          gtk_list_box_append (self->clause_list, row);
          continue;
        }
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Enter edits; Alt+Up and Alt+Down move the clause"));
      g_object_set_data (G_OBJECT (row), "clause-index", GINT_TO_POINTER (i));
      g_signal_connect_object (row, "activated", G_CALLBACK (on_clause_row_activated), self, 0);
      up = clause_button (self, row, i, "up", "go-up-symbolic", _("Move clause up"));
      down = clause_button (self, row, i, "down", "go-down-symbolic", _("Move clause down"));
      clause_button (self, row, i, "remove", "user-trash-symbolic", _("Remove clause"));
      gtk_widget_set_sensitive (up, i > 0);
      gtk_widget_set_sensitive (down, i + 1 < n);
      gtk_list_box_append (self->clause_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->clause_list), n > 0);
}

void
item_page_rebuild_clauses (BerItemPage *self)
{
  rebuild_clauses (self);
}

static void
on_clause_saved (BerItemPage   *self,
                 BerFormDialog *dialog)
{
  BerClause *edited = BER_CLAUSE (ber_form_dialog_get_record (dialog));
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "clause-index"));
  g_autoptr(BerClause) clause = NULL;

  if (index >= 0)
    clause = g_list_model_get_item (G_LIST_MODEL (self->clauses), index);
  if (clause != NULL)
    {
      g_object_set (clause, "text", ber_clause_get_text (edited), NULL);
      rebuild_clauses (self);
    }
  else
    g_list_store_append (self->clauses, edited);
  item_page_changed (self);
}

/* The form edits a copy: cancelled, the clause on the page is as it was. */
static void
open_clause_form (BerItemPage *self,
                  int          index)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  g_autoptr(BerClause) original = NULL;
  g_autoptr(BerClause) copy = ber_clause_new ();
  BerFormDialog *dialog;

  if (context == NULL)
    return;
  if (index >= 0)
    original = g_list_model_get_item (G_LIST_MODEL (self->clauses), index);
  g_object_set (copy, "text", original != NULL ? ber_clause_get_text (original) : "att ", NULL);
  dialog = ber_clause_dialog_new (context, copy, original != NULL);
  g_object_set_data (G_OBJECT (dialog), "clause-index",
                     GINT_TO_POINTER (original != NULL ? index : -1));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_clause_saved), self,
                           G_CONNECT_SWAPPED);
  ber_form_dialog_present (dialog, GTK_WIDGET (self));
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
    if (gtk_widget_get_parent (focus) == GTK_WIDGET (self->clause_list))
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

      ber_record_page_show_error (BER_RECORD_PAGE (self), message);
      return;
    }
  gtk_show_uri (ber_ui_parent_window (GTK_WIDGET (self)), uri, GDK_CURRENT_TIME);
}

static void
on_document_remove (GtkButton   *button,
                    BerItemPage *self)
{
  remove_entry (self, self->documents,
                GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
}

static void
rebuild_documents (BerItemPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

  clear_list (self->document_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerDocument) document = g_list_model_get_item (G_LIST_MODEL (self->documents), i);
      const char *path = ber_document_get_file_path (document);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ber_document_get_title (document));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (path != NULL && *path != '\0')
        {
          g_autofree char *name = g_path_get_basename (path);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name);
          button = icon_button ("document-open-symbolic", _("Open the document"));
          g_object_set_data_full (G_OBJECT (button), "path", g_strdup (path), g_free);
          g_signal_connect_object (button, "clicked", G_CALLBACK (on_document_open), self, 0);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
        }
      else
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("No file"));
      button = icon_button ("user-trash-symbolic", _("Remove document"));
      g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (i));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_document_remove), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->document_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->document_list), n > 0);
}

static void
on_document_saved (BerItemPage   *self,
                   BerFormDialog *dialog)
{
  g_list_store_append (self->documents, ber_form_dialog_get_record (dialog));
  item_page_changed (self);
}

void
item_page_add_document_activated (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  BerItemPage *self = BER_ITEM_PAGE (widget);
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  g_autoptr(BerDocument) document = NULL;
  BerFormDialog *dialog;

  if (context == NULL)
    return;
  document = ber_document_new ();
  dialog = ber_document_dialog_new (context, document);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_document_saved), self,
                           G_CONNECT_SWAPPED);
  ber_form_dialog_present (dialog, widget);
}

/* Links */

static void
update_link_count (AdwExpanderRow *expander,
                   GListModel     *links,
                   BerItemLinkKind kind)
{
  guint n_linked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(BerItemLink) link = g_list_model_get_item (links, i);

      if (ber_item_link_get_kind (link) == kind && ber_item_link_get_linked (link))
        n_linked++;
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

static AdwExpanderRow *
expander_of (BerItemPage     *self,
             BerItemLinkKind  kind)
{
  switch (kind)
    {
    case BER_ITEM_LINK_NETWORK:
      return self->networks_expander;
    case BER_ITEM_LINK_GOAL:
    default:
      return self->goals_expander;
    }
}

static void
on_link_toggled (GtkCheckButton *check,
                 BerItemPage    *self)
{
  BerItemLink *link = g_object_get_data (G_OBJECT (check), "link");

  item_page_changed (self);
  update_link_count (expander_of (self, ber_item_link_get_kind (link)),
                     G_LIST_MODEL (self->links), ber_item_link_get_kind (link));
}

static void
add_link_row (BerItemPage *self,
              BerItemLink *link)
{
  AdwExpanderRow *expander = expander_of (self, ber_item_link_get_kind (link));
  const char *title = ber_item_link_get_title (link);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_object_bind_property (link, "linked", check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (check), "link", link);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_link_toggled), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  adw_expander_row_add_row (expander, row);
  g_ptr_array_add (self->link_rows, row);
}

static void
rebuild_links (BerItemPage *self)
{
  /* The influence questions are linked at once, in their own group. */
  const BerItemLinkKind kinds[] = { BER_ITEM_LINK_NETWORK, BER_ITEM_LINK_GOAL };

  for (guint i = 0; i < self->link_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->link_rows, i);
      GtkWidget *expander = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW);

      if (expander != NULL)
        adw_expander_row_remove (ADW_EXPANDER_ROW (expander), row);
    }
  g_ptr_array_set_size (self->link_rows, 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->links)); i++)
    {
      g_autoptr(BerItemLink) link = g_list_model_get_item (G_LIST_MODEL (self->links), i);

      add_link_row (self, link);
    }
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    update_link_count (expander_of (self, kinds[k]), G_LIST_MODEL (self->links), kinds[k]);
}

/* Loading */

static void
take_entries (GListStore *store,
              GListModel *entries)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (entries); i++)
    g_ptr_array_add (records, g_list_model_get_item (entries, i));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       records->pdata, records->len);
}

/**
 * item_page_load_lists:
 * @item: the item about to be shown
 *
 * Reads the proposal, documents and links of @item for the page to edit.
 * On an error the lists it could not read are empty.
 */
gboolean
item_page_load_lists (BerItemPage  *self,
                      BerItem      *item,
                      GError      **error)
{
  const BerItemLinkKind kinds[] = { BER_ITEM_LINK_NETWORK, BER_ITEM_LINK_GOAL };
  BerItems *items = item_page_items (self);
  gint64 id = ber_record_get_id (BER_RECORD (item));
  g_autoptr(GListModel) clauses = NULL;
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean ok = TRUE;

  clauses = ber_items_list_clauses (items, id, error);
  ok = clauses != NULL;
  documents = ok ? ber_items_list_documents (items, id, error) : NULL;
  ok = ok && documents != NULL;
  for (guint k = 0; ok && k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GListModel) kind_links = ber_items_list_links (items, id, kinds[k], error);

      ok = kind_links != NULL;
      for (guint i = 0; ok && i < g_list_model_get_n_items (kind_links); i++)
        g_ptr_array_add (links, g_list_model_get_item (kind_links, i));
    }

  take_entries (self->clauses, clauses);
  take_entries (self->documents, documents);
  g_list_store_splice (self->links, 0, g_list_model_get_n_items (G_LIST_MODEL (self->links)),
                       links->pdata, links->len);
  rebuild_links (self);
  return ok;
}

/* History */

static char *
local_time (const char *changed_at)
{
  g_autoptr(GDateTime) utc = changed_at != NULL ? g_date_time_new_from_iso8601 (changed_at, NULL)
                                                : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  if (local == NULL)
    return g_strdup (changed_at != NULL ? changed_at : "");
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static GtkWidget *
history_row (BerItemTransition *transition)
{
  g_autofree char *from = NULL, *to = NULL, *reason = NULL, *by = NULL, *at = NULL;
  g_autofree char *when = NULL, *title = NULL, *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  g_object_get (transition, "from-status", &from, "to-status", &to, "reason", &reason,
                "changed-by", &by, "changed-at", &at, NULL);
  when = local_time (at);
  if (from != NULL && *from != '\0')
    /* Translators: a change of status, e.g. "Received → Assessed" */
    title = g_strdup_printf (_("%s → %s"), ber_choice_label (BER_CHOICES_ITEM_STATUS, from),
                             ber_choice_label (BER_CHOICES_ITEM_STATUS, to));
  else
    title = g_strdup (ber_choice_label (BER_CHOICES_ITEM_STATUS, to));
  if (reason != NULL && *reason != '\0')
    /* Translators: when, who, why */
    subtitle = g_strdup_printf (_("%s by %s — %s"), when, by != NULL ? by : "", reason);
  else
    /* Translators: when, who */
    subtitle = g_strdup_printf (_("%s by %s"), when, by != NULL ? by : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* The item's history as the register has it now, newest first. */
void
item_page_refresh_history (BerItemPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  gint64 id = ber_record_page_get_id (BER_RECORD_PAGE (self));
  guint n = 0;

  clear_list (self->history_list);
  if (item_page_items (self) != NULL && id > 0)
    {
      history = ber_items_list_history (item_page_items (self), id, &error);
      if (history == NULL)
        ber_ui_toast (GTK_WIDGET (self), error->message);
    }
  for (; history != NULL && n < g_list_model_get_n_items (history); n++)
    {
      g_autoptr(BerItemTransition) transition = g_list_model_get_item (history, n);

      gtk_list_box_append (self->history_list, history_row (transition));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->history_list), n > 0);
}

void
item_page_lists_init (BerItemPage *self)
{
  g_signal_connect_object (self->clauses, "items-changed", G_CALLBACK (rebuild_clauses), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->documents, "items-changed", G_CALLBACK (rebuild_documents), self,
                           G_CONNECT_SWAPPED);
  rebuild_clauses (self);
  rebuild_documents (self);
  gtk_widget_set_visible (GTK_WIDGET (self->history_list), FALSE);
}
