/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-questions-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-labels.h"
#include "ber-questions-section.h"
#include "ber-ui-util.h"

struct _BerQuestionsSection
{
  AdwBin           parent_instance;

  BerContext      *context;
  GListModel      *questions;

  GtkStack        *stack;         /* "list" or "page" */
  GtkStack        *content;       /* "rows" or "empty" */
  GtkListBox      *list;
  GtkLabel        *status_label;  /* what the last move did */
  BerQuestionPage *page;
};

G_DEFINE_FINAL_TYPE (BerQuestionsSection, ber_questions_section, ADW_TYPE_BIN)

#define QUESTION_KEY "ber-question"

static BerQuestions *
questions_of (BerQuestionsSection *self)
{
  return self->context != NULL ? ber_context_get_questions (self->context) : NULL;
}

static BerInfluenceQuestion *
row_question (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), QUESTION_KEY);
}

/* Moving */

static void
focus_position (BerQuestionsSection *self,
                guint                position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) position);

  if (row == NULL)
    return;
  gtk_list_box_select_row (self->list, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

/**
 * ber_questions_section_move:
 * @priority: the place to move to, 1 first
 *
 * Moves the question and keeps it focused and selected at its new place,
 * saying where it went.
 */
gboolean
ber_questions_section_move (BerQuestionsSection *self,
                            gint64               question_id,
                            guint                priority)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerInfluenceQuestion) moved = NULL;
  g_autofree char *status = NULL;
  guint n;
  int position;

  g_return_val_if_fail (BER_IS_QUESTIONS_SECTION (self), FALSE);

  if (!ber_questions_move (questions_of (self), question_id, priority, &error))
    {
      gtk_label_set_label (self->status_label, error->message);
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  position = ber_record_list_find (BER_RECORD_LIST (self->questions), question_id);
  n = g_list_model_get_n_items (self->questions);
  if (position < 0)
    return TRUE;
  focus_position (self, (guint) position);
  moved = g_list_model_get_item (self->questions, (guint) position);
  /* Translators: said after an influence question was moved in the priority order */
  status = g_strdup_printf (_("“%s” is now number %d of %u."),
                            ber_influence_question_get_title (moved), position + 1, n);
  gtk_label_set_label (self->status_label, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, status, -1);
  return TRUE;
}

/* Alt+Up and Alt+Down move the focused row one place. */
static gboolean
move_focused (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  BerQuestionsSection *self = user_data;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW)
                                 : NULL;
  int step = g_variant_get_int32 (args);
  BerInfluenceQuestion *question;
  int priority;

  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->list))
    row = GTK_WIDGET (gtk_list_box_get_selected_row (self->list));
  if (row == NULL || (question = row_question (row)) == NULL)
    return FALSE;
  priority = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1 + step;
  if (priority < 1 || priority > (int) g_list_model_get_n_items (self->questions))
    {
      gtk_widget_error_bell (row);
      return TRUE;
    }
  ber_questions_section_move (self, ber_record_get_id (BER_RECORD (question)), priority);
  return TRUE;
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  BerInfluenceQuestion *question = row_question (row);

  return question != NULL
         ? gdk_content_provider_new_typed (G_TYPE_INT64, ber_record_get_id (BER_RECORD (question)))
         : NULL;
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

/* A row dropped on another takes its place. */
static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  BerQuestionsSection *self = BER_QUESTIONS_SECTION (gtk_widget_get_ancestor (
    row, BER_TYPE_QUESTIONS_SECTION));
  gint64 dragged = G_VALUE_HOLDS_INT64 (value) ? g_value_get_int64 (value) : 0;

  if (self == NULL || dragged <= 0)
    return FALSE;
  return ber_questions_section_move (self, dragged,
                                     gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);
}

/* Rows */

static GtkWidget *
question_row (gpointer item,
              gpointer user_data)
{
  BerInfluenceQuestion *question = item;
  g_autofree char *plan = NULL, *subtitle = NULL, *number = NULL;
  const char *scope = ber_choice_label (BER_CHOICES_SCOPE,
                                        ber_influence_question_get_scope (question));
  int year = 0;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *number_label;
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

  g_object_get (question, "plan", &plan, "year", &year, NULL);
  if (plan != NULL && *plan != '\0' && year > 0)
    subtitle = g_strdup_printf ("%s · %s %d", scope, plan, year);
  else if (plan != NULL && *plan != '\0')
    subtitle = g_strdup_printf ("%s · %s", scope, plan);
  else if (year > 0)
    subtitle = g_strdup_printf ("%s · %d", scope, year);
  else
    subtitle = g_strdup (scope);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 ber_influence_question_get_title (question));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  number = g_strdup_printf ("%d", ber_influence_question_get_priority (question));
  number_label = gtk_label_new (number);
  gtk_widget_add_css_class (number_label, "title-3");
  gtk_widget_add_css_class (number_label, "numeric");
  gtk_widget_set_size_request (number_label, 32, -1);
  /* Translators: the priority of an influence question, read before its title */
  gtk_widget_set_tooltip_text (number_label, _("Priority"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), number_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  {
    /* Translators: what a screen reader says of a row of the priority list */
    g_autofree char *description = g_strdup_printf (_("Number %s. %s. Alt+Up or Alt+Down "
                                                      "moves it."), number, subtitle);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description, -1);
  }
  g_object_set_data_full (G_OBJECT (row), QUESTION_KEY, g_object_ref (question), g_object_unref);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
  g_object_set_data (G_OBJECT (row), "ber-drop-target", target);
  return row;
}

static void
update_content (BerQuestionsSection *self)
{
  gboolean empty = self->questions == NULL || g_list_model_get_n_items (self->questions) == 0;

  gtk_stack_set_visible_child_name (self->content, empty ? "empty" : "rows");
}

/* The page */

static void
show_page (BerQuestionsSection  *self,
           BerInfluenceQuestion *question)
{
  ber_question_page_set_question (self->page, question);
  gtk_stack_set_visible_child_name (self->stack, "page");
  gtk_widget_grab_focus (GTK_WIDGET (self->page));
}

static void
on_row_activated (BerQuestionsSection *self,
                  GtkListBoxRow       *row)
{
  BerInfluenceQuestion *question = row_question (GTK_WIDGET (row));

  if (question != NULL)
    show_page (self, question);
}

static void
on_page_closed (BerQuestionsSection *self)
{
  gint64 id = ber_record_page_get_id (BER_RECORD_PAGE (self->page));
  int position = id > 0 ? ber_record_list_find (BER_RECORD_LIST (self->questions), id) : -1;

  gtk_stack_set_visible_child_name (self->stack, "list");
  if (position >= 0)
    focus_position (self, (guint) position);
}

/* Opens a new question's page; saving it puts it last. */
void
ber_questions_section_new_question (BerQuestionsSection *self)
{
  g_autoptr(BerInfluenceQuestion) question = NULL;

  g_return_if_fail (BER_IS_QUESTIONS_SECTION (self));

  if (self->context == NULL)
    return;
  question = ber_questions_new_question (questions_of (self));
  show_page (self, question);
}

static void
on_new_clicked (BerQuestionsSection *self)
{
  ber_questions_section_new_question (self);
}

/* Shows the page of the question @question_id. */
gboolean
ber_questions_section_open (BerQuestionsSection *self,
                            gint64               question_id)
{
  g_autoptr(BerInfluenceQuestion) question = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BER_IS_QUESTIONS_SECTION (self), FALSE);

  if (self->context == NULL)
    return FALSE;
  question = ber_context_load (self->context, BER_TYPE_INFLUENCE_QUESTION, question_id, &error);
  if (question == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return FALSE;
    }
  show_page (self, question);
  return TRUE;
}

void
ber_questions_section_set_context (BerQuestionsSection *self,
                                   BerContext          *context)
{
  g_return_if_fail (BER_IS_QUESTIONS_SECTION (self));

  if (self->context == context)
    return;
  g_set_object (&self->context, context);
  if (self->questions != NULL)
    g_signal_handlers_disconnect_by_data (self->questions, self);
  g_clear_object (&self->questions);
  if (context != NULL)
    {
      self->questions = ber_questions_list (questions_of (self));
      g_signal_connect_object (self->questions, "items-changed", G_CALLBACK (update_content),
                               self, G_CONNECT_SWAPPED);
    }
  gtk_list_box_bind_model (self->list, self->questions, self->questions != NULL ? question_row
                                                                                  : NULL,
                           self, NULL);
  ber_record_page_set_context (BER_RECORD_PAGE (self->page), context);
  gtk_stack_set_visible_child_name (self->stack, "list");
  update_content (self);
}

GtkListBox *
ber_questions_section_get_list (BerQuestionsSection *self)
{
  g_return_val_if_fail (BER_IS_QUESTIONS_SECTION (self), NULL);
  return self->list;
}

BerQuestionPage *
ber_questions_section_get_page (BerQuestionsSection *self)
{
  g_return_val_if_fail (BER_IS_QUESTIONS_SECTION (self), NULL);
  return self->page;
}

/* GObject */

static void
ber_questions_section_dispose (GObject *object)
{
  BerQuestionsSection *self = BER_QUESTIONS_SECTION (object);

  if (self->questions != NULL)
    g_signal_handlers_disconnect_by_data (self->questions, self);
  g_clear_object (&self->questions);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ber_questions_section_parent_class)->dispose (object);
}

static void
ber_questions_section_class_init (BerQuestionsSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ber_questions_section_dispose;
}

static GtkWidget *
make_list_page (BerQuestionsSection *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *hint = gtk_label_new (_("Drag a question, or press Alt+Up or Alt+Down, to change "
                                     "its priority."));
  GtkWidget *new_button = gtk_button_new_with_mnemonic (_("_New Question"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *empty_button = gtk_button_new_with_mnemonic (_("_New Question"));
  GtkShortcutController *shortcuts;

  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_set_hexpand (hint, TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (new_button, "suggested-action");
  gtk_widget_set_valign (new_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (new_button, _("Add an influence question, last in the list"));
  g_signal_connect_object (new_button, "clicked", G_CALLBACK (on_new_clicked), self,
                           G_CONNECT_SWAPPED);
  g_object_set (bar, "margin-start", 12, "margin-end", 12, "margin-top", 6, "margin-bottom", 6,
                NULL);
  gtk_box_append (GTK_BOX (bar), hint);
  gtk_box_append (GTK_BOX (bar), new_button);
  gtk_box_append (GTK_BOX (box), bar);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Influence questions in priority order"), -1);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (on_row_activated), self,
                           G_CONNECT_SWAPPED);
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (
    shortcuts, gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                                                gtk_callback_action_new (move_focused, self,
                                                                         NULL),
                                                "i", -1));
  gtk_shortcut_controller_add_shortcut (
    shortcuts, gtk_shortcut_new_with_arguments (gtk_keyval_trigger_new (GDK_KEY_Down,
                                                                        GDK_ALT_MASK),
                                                gtk_callback_action_new (move_focused, self,
                                                                         NULL),
                                                "i", 1));
  gtk_widget_add_controller (GTK_WIDGET (self->list), GTK_EVENT_CONTROLLER (shortcuts));

  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status_label, TRUE);
  gtk_label_set_xalign (self->status_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Last move"), -1);

  g_object_set (inner, "margin-start", 12, "margin-end", 12, "margin-top", 6,
                "margin-bottom", 24, NULL);
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (self->list));
  gtk_box_append (GTK_BOX (inner), GTK_WIDGET (self->status_label));
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), inner);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "view-list-ordered-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Influence Questions"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("List the questions the region wants to influence, most "
                                     "important first, with New Question. Each says whether it "
                                     "is national or international and which plan it belongs "
                                     "to."));
  gtk_widget_add_css_class (empty_button, "pill");
  gtk_widget_add_css_class (empty_button, "suggested-action");
  gtk_widget_set_halign (empty_button, GTK_ALIGN_CENTER);
  g_signal_connect_object (empty_button, "clicked", G_CALLBACK (on_new_clicked), self,
                           G_CONNECT_SWAPPED);
  adw_status_page_set_child (ADW_STATUS_PAGE (empty), empty_button);

  self->content = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->content, scrolled, "rows");
  gtk_stack_add_named (self->content, empty, "empty");
  gtk_widget_set_vexpand (GTK_WIDGET (self->content), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->content));
  return box;
}

static void
ber_questions_section_init (BerQuestionsSection *self)
{
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, make_list_page (self), "list");
  self->page = ber_question_page_new ();
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->page), "page");
  g_signal_connect_object (self->page, "closed", G_CALLBACK (on_page_closed), self,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
  update_content (self);
}

GtkWidget *
ber_questions_section_new (void)
{
  return g_object_new (BER_TYPE_QUESTIONS_SECTION, NULL);
}
