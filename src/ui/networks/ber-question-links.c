/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-question-links"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-labels.h"
#include "ber-question-links.h"
#include "ber-ui-util.h"

struct _BerQuestionLinks
{
  AdwBin               parent_instance;

  BerQuestionLinkKind  kind;
  BerContext          *context;
  gint64               record_id;

  AdwPreferencesGroup *group;
  GtkListBox          *list;
  GtkWidget           *link_button;
  guint                refresh_source;
};

G_DEFINE_FINAL_TYPE (BerQuestionLinks, ber_question_links, ADW_TYPE_BIN)

#define QUESTION_KEY "ber-question-id"

static BerQuestions *
questions_of (BerQuestionLinks *self)
{
  return self->context != NULL ? ber_context_get_questions (self->context) : NULL;
}

static void
show_error (BerQuestionLinks *self,
            GError           *error)
{
  ber_ui_toast (GTK_WIDGET (self), error->message);
}

/* "International · Regional utvecklingsstrategi 2026" */
static char *
question_subtitle (BerInfluenceQuestion *question)
{
  g_autofree char *plan = NULL;
  g_autofree char *plan_year = NULL;
  const char *scope = ber_choice_label (BER_CHOICES_SCOPE,
                                        ber_influence_question_get_scope (question));
  int year = 0;

  g_object_get (question, "plan", &plan, "year", &year, NULL);
  if (year > 0)
    plan_year = g_strdup_printf ("%s%s%d", plan != NULL ? plan : "",
                                 plan != NULL && *plan != '\0' ? " " : "", year);
  else
    plan_year = g_strdup (plan != NULL ? plan : "");
  if (*plan_year == '\0')
    return g_strdup (scope);
  return g_strdup_printf ("%s · %s", scope, plan_year);
}

static void
on_question_activated (GtkWidget *row)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), QUESTION_KEY));

  if (!gtk_widget_activate_action (row, "win.open-record", "(sx)",
                                   g_type_name (BER_TYPE_INFLUENCE_QUESTION), id))
    g_debug ("No window opens the question %" G_GINT64_FORMAT, id);
}

static void
on_unlink_clicked (GtkButton        *button,
                   BerQuestionLinks *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), QUESTION_KEY));
  g_autoptr(GError) error = NULL;

  if (!ber_questions_link (questions_of (self), self->kind, self->record_id, id, FALSE, &error))
    show_error (self, error);
  else
    ber_ui_toast (GTK_WIDGET (self), _("Question unlinked"));
}

static void
on_position_applied (AdwEntryRow      *row,
                     BerQuestionLinks *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), QUESTION_KEY));
  g_autoptr(GError) error = NULL;

  if (!ber_questions_set_position (questions_of (self), self->record_id, id,
                                   gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    show_error (self, error);
  else
    ber_ui_toast (GTK_WIDGET (self), _("Position saved"));
}

static void
add_row (BerQuestionLinks     *self,
         BerInfluenceQuestion *question)
{
  gint64 id = ber_record_get_id (BER_RECORD (question));
  const char *title = ber_influence_question_get_title (question);
  g_autofree char *row_title = g_strdup_printf ("%d. %s",
                                                ber_influence_question_get_priority (question),
                                                title);
  g_autofree char *subtitle = question_subtitle (question);
  g_autofree char *unlink_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *unlink = gtk_button_new_from_icon_name ("list-remove-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), row_title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), QUESTION_KEY, GSIZE_TO_POINTER (id));
  g_signal_connect (row, "activated", G_CALLBACK (on_question_activated), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));

  /* Translators: a button beside an influence question linked to a record */
  unlink_label = g_strdup_printf (_("Unlink “%s”"), title);
  gtk_widget_set_tooltip_text (unlink, unlink_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (unlink), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  unlink_label, -1);
  gtk_widget_set_valign (unlink, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (unlink, "flat");
  g_object_set_data (G_OBJECT (unlink), QUESTION_KEY, GSIZE_TO_POINTER (id));
  g_signal_connect_object (unlink, "clicked", G_CALLBACK (on_unlink_clicked), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), unlink);
  gtk_list_box_append (self->list, row);

  if (self->kind == BER_QUESTION_LINK_REPORT)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *position = ber_questions_get_position (questions_of (self),
                                                              self->record_id, id, &error);
      GtkWidget *entry = adw_entry_row_new ();
      /* Translators: the position a representative took on an influence question */
      g_autofree char *entry_title = g_strdup_printf (_("Position on “%s”"), title);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (entry), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), entry_title);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
      gtk_editable_set_text (GTK_EDITABLE (entry), position != NULL ? position : "");
      gtk_widget_set_tooltip_text (entry, _("Empty: the report’s positions in general apply. "
                                            "Press Enter to save."));
      g_object_set_data (G_OBJECT (entry), QUESTION_KEY, GSIZE_TO_POINTER (id));
      g_signal_connect_object (entry, "apply", G_CALLBACK (on_position_applied), self, 0);
      gtk_list_box_append (self->list, entry);
    }
}

static void
refresh (BerQuestionLinks *self)
{
  g_autoptr(GListModel) linked = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  gtk_widget_set_sensitive (self->link_button, self->record_id > 0);
  if (self->context == NULL || self->record_id <= 0)
    return;

  linked = ber_questions_list_for (questions_of (self), self->kind, self->record_id, &error);
  if (linked == NULL)
    {
      show_error (self, error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (linked); i++)
    {
      g_autoptr(BerInfluenceQuestion) question = g_list_model_get_item (linked, i);

      add_row (self, question);
    }
}

static gboolean
refresh_idle (gpointer data)
{
  BerQuestionLinks *self = data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_record_changed (BerQuestionLinks *self,
                   GType             type,
                   gint64            id,
                   int               change)
{
  if (type == BER_TYPE_INFLUENCE_QUESTION && self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle, self);
}

/* The chooser */

/**
 * ber_question_links_link:
 *
 * Links the question @question_id to the record shown, as choosing it in
 * Link Question… does.
 */
void
ber_question_links_link (BerQuestionLinks *self,
                         gint64            question_id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BER_IS_QUESTION_LINKS (self));

  if (!ber_questions_link (questions_of (self), self->kind, self->record_id, question_id, TRUE,
                           &error))
    show_error (self, error);
  else
    ber_ui_toast (GTK_WIDGET (self), _("Question linked"));
}

/* The chooser: a menu button whose popover searches a list of records to
 * choose from (BerRecordRow's list, without being a field of the page). */

typedef struct
{
  BerChoiceList      list;
  BerLinkChosenFunc  chosen;
  gpointer           data;
  GtkMenuButton     *button;
  GtkPopover        *popover;
  GtkSearchEntry    *search;
  GtkListView       *view;
  BerListFilter     *filter;
  GListModel        *choices;
} Chooser;

static void
chooser_free (gpointer data)
{
  Chooser *chooser = data;

  g_clear_object (&chooser->choices);
  g_clear_object (&chooser->filter);
  g_free (chooser);
}

static void
chooser_choose (Chooser *chooser,
                guint    position)
{
  g_autoptr(BerRecord) record = chooser->choices != NULL
                                ? g_list_model_get_item (chooser->choices, position) : NULL;

  gtk_popover_popdown (chooser->popover);
  if (record != NULL)
    chooser->chosen (ber_record_get_id (record), chooser->data);
}

static void
on_choice_activate (GtkListView *view,
                    guint        position,
                    Chooser     *chooser)
{
  chooser_choose (chooser, position);
}

static void
on_search_activate (GtkSearchEntry *search,
                    Chooser        *chooser)
{
  chooser_choose (chooser, 0);
}

static void
on_search_changed (GtkSearchEntry *search,
                   Chooser        *chooser)
{
  ber_list_filter_set_search (chooser->filter, gtk_editable_get_text (GTK_EDITABLE (search)));
}

static void
on_popover_show (GtkPopover *popover,
                 Chooser    *chooser)
{
  gtk_editable_set_text (GTK_EDITABLE (chooser->search), "");
  gtk_widget_grab_focus (GTK_WIDGET (chooser->search));
}

static void
setup_choice (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (item, label);
}

/* A question shows its place in the priority order. */
static void
bind_choice (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  BerRecord *record = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;

  if (BER_IS_INFLUENCE_QUESTION (record))
    text = g_strdup_printf ("%d. %s",
                            ber_influence_question_get_priority (BER_INFLUENCE_QUESTION (record)),
                            ber_record_get_label (record));
  else if (record != NULL)
    text = g_strdup (ber_record_get_label (record));
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

/**
 * ber_link_chooser_new:
 * @label: the button's label, with a mnemonic
 * @chosen: called with the id of the record chosen
 *
 * Returns: (transfer floating): a menu button that chooses a record of
 *   @list in one step; give it a context with ber_link_chooser_set_context()
 */
GtkWidget *
ber_link_chooser_new (BerChoiceList      list,
                      const char        *label,
                      const char        *tooltip,
                      BerLinkChosenFunc  chosen,
                      gpointer           data)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  Chooser *chooser = g_new0 (Chooser, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  chooser->list = list;
  chooser->chosen = chosen;
  chooser->data = data;
  chooser->filter = ber_list_filter_new ();
  chooser->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (chooser->search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search"), -1);
  g_signal_connect (chooser->search, "search-changed", G_CALLBACK (on_search_changed), chooser);
  g_signal_connect (chooser->search, "activate", G_CALLBACK (on_search_activate), chooser);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice), NULL);
  chooser->view = GTK_LIST_VIEW (gtk_list_view_new (NULL, g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (chooser->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (chooser->view), "navigation-sidebar");
  g_signal_connect (chooser->view, "activate", G_CALLBACK (on_choice_activate), chooser);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (chooser->view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_size_request (scrolled, 260, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (chooser->search));
  gtk_box_append (GTK_BOX (box), scrolled);

  chooser->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (chooser->popover, box);
  g_signal_connect (chooser->popover, "show", G_CALLBACK (on_popover_show), chooser);

  chooser->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_label (chooser->button, label);
  gtk_menu_button_set_use_underline (chooser->button, TRUE);
  gtk_menu_button_set_popover (chooser->button, GTK_WIDGET (chooser->popover));
  gtk_widget_set_tooltip_text (GTK_WIDGET (chooser->button), tooltip);
  gtk_widget_set_valign (GTK_WIDGET (chooser->button), GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (chooser->button), "ber-chooser", chooser, chooser_free);
  return GTK_WIDGET (chooser->button);
}

/* The register to choose from, or none. */
void
ber_link_chooser_set_context (GtkWidget  *button,
                              BerContext *context)
{
  Chooser *chooser = g_object_get_data (G_OBJECT (button), "ber-chooser");
  g_autoptr(GtkSingleSelection) selection = NULL;

  g_return_if_fail (chooser != NULL);

  g_clear_object (&chooser->choices);
  if (context != NULL)
    chooser->choices = ber_context_choose (context, chooser->list, chooser->filter);
  selection = gtk_single_selection_new (chooser->choices != NULL
                                        ? g_object_ref (chooser->choices) : NULL);
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_list_view_set_model (chooser->view, GTK_SELECTION_MODEL (selection));
}

/* Opens the chooser, as clicking it does. */
void
ber_link_chooser_popup (GtkWidget *button)
{
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
}

/* Chooses the record at @position of the list shown, as a click on it does. */
void
ber_link_chooser_choose (GtkWidget *button,
                         guint      position)
{
  Chooser *chooser = g_object_get_data (G_OBJECT (button), "ber-chooser");

  g_return_if_fail (chooser != NULL);
  chooser_choose (chooser, position);
}

static void
on_question_chosen (gint64   id,
                    gpointer data)
{
  ber_question_links_link (BER_QUESTION_LINKS (data), id);
}

/* GObject */

static void
ber_question_links_dispose (GObject *object)
{
  BerQuestionLinks *self = BER_QUESTION_LINKS (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ber_question_links_parent_class)->dispose (object);
}

static void
ber_question_links_class_init (BerQuestionLinksClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ber_question_links_dispose;
}

static void
ber_question_links_init (BerQuestionLinks *self)
{
  GtkWidget *placeholder;

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Influence Questions"));
  self->link_button = ber_link_chooser_new (BER_CHOICE_INFLUENCE_QUESTIONS,
                                            _("_Link Question…"),
                                            _("Choose an influence question to link"),
                                            on_question_chosen, self);
  adw_preferences_group_set_header_suffix (self->group, self->link_button);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Linked influence questions"), -1);
  placeholder = gtk_label_new (_("No influence question is linked. Choose one with Link "
                                 "Question…"));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->list));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->group));
}

GtkWidget *
ber_question_links_new (BerQuestionLinkKind kind)
{
  BerQuestionLinks *self = g_object_new (BER_TYPE_QUESTION_LINKS, NULL);

  self->kind = kind;
  if (kind == BER_QUESTION_LINK_REPORT)
    adw_preferences_group_set_description (self->group,
                                           _("The questions the report concerns, each with the "
                                             "position taken on it."));
  else if (kind == BER_QUESTION_LINK_NETWORK)
    adw_preferences_group_set_description (self->group,
                                           _("The region’s influence questions this network "
                                             "serves."));
  else if (kind == BER_QUESTION_LINK_ITEM)
    adw_preferences_group_set_description (self->group,
                                           _("The region’s influence questions this item "
                                             "concerns."));
  return GTK_WIDGET (self);
}

void
ber_question_links_set_context (BerQuestionLinks *self,
                                BerContext       *context)
{
  g_return_if_fail (BER_IS_QUESTION_LINKS (self));

  if (self->context == context)
    return;
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self,
                             G_CONNECT_SWAPPED);
  ber_link_chooser_set_context (self->link_button, context);
  refresh (self);
}

/* Shows the questions linked to @record_id (0: a record not saved yet). */
void
ber_question_links_set_record (BerQuestionLinks *self,
                               gint64            record_id)
{
  g_return_if_fail (BER_IS_QUESTION_LINKS (self));

  self->record_id = record_id;
  refresh (self);
}

/* Returns: (transfer none): the Link Question… button (ber_link_chooser_new()) */
GtkWidget *
ber_question_links_get_chooser (BerQuestionLinks *self)
{
  g_return_val_if_fail (BER_IS_QUESTION_LINKS (self), NULL);
  return self->link_button;
}
