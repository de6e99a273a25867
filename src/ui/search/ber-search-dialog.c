/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-search-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-search-dialog.h"

struct _BerSearchDialog
{
  AdwWindow       parent_instance;

  BerContext     *context;
  BerSearch      *search;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkStack       *content_stack;
  AdwStatusPage  *empty_page;
  AdwStatusPage  *error_page;
  GtkListBox     *results_list;

  gboolean        open_when_found; /* Return was pressed during a search */
};

G_DEFINE_FINAL_TYPE (BerSearchDialog, ber_search_dialog, ADW_TYPE_WINDOW)

enum
{
  OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
kind_heading (BerSearchKind kind)
{
  switch (kind)
    {
    case BER_SEARCH_KIND_ITEM:
      return _("Items");
    case BER_SEARCH_KIND_MEETING:
      return _("Meetings");
    case BER_SEARCH_KIND_AGENDA_ENTRY:
      return _("Agenda Entries");
    case BER_SEARCH_KIND_DECISION:
      return _("Decisions");
    case BER_SEARCH_KIND_NETWORK:
      return _("Networks");
    case BER_SEARCH_KIND_PERSON:
      return _("Persons");
    case BER_SEARCH_KIND_REPORT:
      return _("Returned Reports");
    default:
      return "";
    }
}

/**
 * ber_search_dialog_markup:
 * @marked: text with BER_SEARCH_MATCH_START and BER_SEARCH_MATCH_END
 *   around the words matched
 *
 * Returns: (transfer full): Pango markup of @marked, the matches in bold
 */
char *
ber_search_dialog_markup (const char *marked)
{
  g_autofree char *escaped = g_markup_escape_text (marked, -1);
  g_autoptr(GString) markup = g_string_new (escaped);

  g_string_replace (markup, BER_SEARCH_MATCH_START, "<b>", 0);
  g_string_replace (markup, BER_SEARCH_MATCH_END, "</b>", 0);
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static BerSearchResult *
row_result (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "result") : NULL;
}

/* The record to show for @result: an agenda entry or a decision in its
 * meeting. */
static void
open_result (BerSearchDialog *self,
             BerSearchResult *result)
{
  GType type = ber_search_result_get_record_type (result);
  gint64 id = ber_search_result_get_id (result);

  if (type == BER_TYPE_AGENDA_ENTRY)
    {
      type = BER_TYPE_MEETING;
      id = ber_search_result_get_meeting_id (result);
    }

  g_object_ref (self);
  gtk_window_close (GTK_WINDOW (self));
  g_signal_emit (self, signals[OPEN], 0, type, id);
  g_object_unref (self);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  BerSearchResult *result = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  g_autofree char *title_markup = ber_search_dialog_markup (ber_search_result_get_title (result));
  g_autofree char *snippet_markup = ber_search_dialog_markup (ber_search_result_get_snippet (result));
  g_autofree char *plain = ber_search_result_get_plain_title (result);

  gtk_label_set_markup (GTK_LABEL (title), title_markup);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), title);

  if (*ber_search_result_get_snippet (result) != '\0')
    {
      GtkWidget *snippet = gtk_label_new (NULL);

      gtk_label_set_markup (GTK_LABEL (snippet), snippet_markup);
      gtk_label_set_xalign (GTK_LABEL (snippet), 0);
      gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (snippet), 2);
      gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (snippet, "dim-label");
      gtk_widget_add_css_class (snippet, "caption");
      gtk_box_append (GTK_BOX (box), snippet);
    }

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, plain,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  kind_heading (ber_search_result_get_kind (result)),
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "result", g_object_ref (result), g_object_unref);
  return row;
}

/* A heading above the first result of each kind. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  BerSearchKind kind = ber_search_result_get_kind (row_result (row));
  GtkWidget *header;

  if (before != NULL && ber_search_result_get_kind (row_result (before)) == kind)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_list_box_row_get_header (row);
  if (header == NULL)
    {
      header = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_widget_set_margin_top (header, before != NULL ? 18 : 6);
      gtk_widget_set_margin_bottom (header, 6);
      gtk_widget_set_margin_start (header, 12);
      gtk_widget_add_css_class (header, "heading");
      gtk_list_box_row_set_header (row, header);
    }
  gtk_label_set_label (GTK_LABEL (header), kind_heading (kind));
}

static gboolean
has_word (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* The hint before a word is typed, then what the last search found. A
 * search under way leaves the page as it is, so typing does not flicker. */
static void
update_state (BerSearchDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GListModel *results = ber_search_get_results (self->search);
  const GError *error = ber_search_get_error (self->search);

  if (!has_word (text))
    {
      gtk_stack_set_visible_child_name (self->content_stack, "hint");
      return;
    }
  if (ber_search_get_searching (self->search))
    return;

  if (self->open_when_found && error == NULL && g_list_model_get_n_items (results) > 0)
    {
      g_autoptr(BerSearchResult) first = g_list_model_get_item (results, 0);

      self->open_when_found = FALSE;
      open_result (self, first);
      return;
    }
  self->open_when_found = FALSE;

  if (error != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, escaped);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
    }
  else if (g_list_model_get_n_items (results) == 0)
    {
      g_autofree char *escaped = g_markup_escape_text (ber_search_get_text (self->search), -1);
      g_autofree char *description = g_strdup_printf (_("No results for “%s”."), escaped);

      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->content_stack, "results");
}

static void
on_search_changed (BerSearchDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* Return may have searched for it already, without the entry's pause. */
  if (g_strcmp0 (text, ber_search_get_text (self->search)) != 0)
    {
      self->open_when_found = FALSE;
      ber_search_set_text (self->search, text);
    }
  update_state (self);
}

/* Return in the entry opens the first result, or the first of the search
 * under way when it is done. */
static void
on_activate (BerSearchDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results_list, 0);

  if (!has_word (text))
    return;
  if (g_strcmp0 (text, ber_search_get_text (self->search)) != 0)
    {
      /* Typed faster than the entry's pause: search now. */
      self->open_when_found = TRUE;
      ber_search_set_text (self->search, text);
    }
  else if (ber_search_get_searching (self->search))
    self->open_when_found = TRUE;
  else if (first != NULL)
    open_result (self, row_result (first));
}

/* Up from the first result goes back to the entry. */
static gboolean
on_keynav_failed (BerSearchDialog  *self,
                  GtkDirectionType  direction)
{
  if (direction != GTK_DIR_UP)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

static void
on_row_activated (BerSearchDialog *self,
                  GtkListBoxRow   *row)
{
  open_result (self, row_result (row));
}

/* Down goes from the entry to the results. */
static gboolean
on_entry_key (BerSearchDialog       *self,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              GtkEventControllerKey *controller)
{
  GtkListBoxRow *first;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;

  first = gtk_list_box_get_row_at_index (self->results_list, 0);
  if (first == NULL || !gtk_widget_get_mapped (GTK_WIDGET (first)))
    return GDK_EVENT_PROPAGATE;
  gtk_list_box_select_row (self->results_list, first);
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return GDK_EVENT_STOP;
}

static void
on_stop_search (BerSearchDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
ber_search_dialog_dispose (GObject *object)
{
  BerSearchDialog *self = BER_SEARCH_DIALOG (object);

  if (self->search != NULL)
    g_signal_handlers_disconnect_by_data (self->search, self);
  g_clear_object (&self->search);
  g_clear_object (&self->context);

  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_SEARCH_DIALOG);

  G_OBJECT_CLASS (ber_search_dialog_parent_class)->dispose (object);
}

/* Found nothing: the search starts again, empty. */
static void
clear_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BerSearchDialog *self = BER_SEARCH_DIALOG (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ber_search_dialog_class_init (BerSearchDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_search_dialog_dispose;

  /**
   * BerSearchDialog::open:
   * @type: the #BerRecord type to show
   * @id: the record
   *
   * A result was chosen; the dialog has closed.
   */
  signals[OPEN] = g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_GTYPE, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-search-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerSearchDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerSearchDialog, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerSearchDialog, empty_page);
  gtk_widget_class_bind_template_child (widget_class, BerSearchDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, BerSearchDialog, results_list);

  gtk_widget_class_install_action (widget_class, "search.clear", NULL, clear_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ber_search_dialog_init (BerSearchDialog *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_header_func (self->results_list, update_header, NULL, NULL);
  g_signal_connect_object (self->results_list, "row-activated", G_CALLBACK (on_row_activated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (on_activate), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (on_stop_search), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (self->results_list, "keynav-failed", G_CALLBACK (on_keynav_failed),
                           self, G_CONNECT_SWAPPED);
  /* Typing anywhere in the dialog goes on in the entry. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  /* Before the entry's text sees the key. */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_entry_key), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

/**
 * ber_search_dialog_new:
 * @context: the register to search
 *
 * Returns: (transfer none): a new dialog, shown with the last search of
 *   @context's register, the text selected so that typing replaces it
 */
BerSearchDialog *
ber_search_dialog_new (BerContext *context)
{
  BerSearchDialog *self;
  const char *text;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);

  self = g_object_new (BER_TYPE_SEARCH_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->search = g_object_ref (ber_context_get_search (context));
  gtk_list_box_bind_model (self->results_list, ber_search_get_results (self->search),
                           create_row, self, NULL);
  g_signal_connect_object (self->search, "notify::searching", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);

  text = ber_search_get_text (self->search);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
  /* Read again: the register may have changed since. */
  ber_search_set_text (self->search, text);
  update_state (self);
  return self;
}

/* Returns: (transfer none): the search entry, for tests */
GtkWidget *
ber_search_dialog_get_entry (BerSearchDialog *self)
{
  g_return_val_if_fail (BER_IS_SEARCH_DIALOG (self), NULL);
  return GTK_WIDGET (self->search_entry);
}

/* Returns: (transfer none): the list of results, for tests */
GtkListBox *
ber_search_dialog_get_results (BerSearchDialog *self)
{
  g_return_val_if_fail (BER_IS_SEARCH_DIALOG (self), NULL);
  return self->results_list;
}
