/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The influence questions in a real window, on the demo register: the
 * section beside the networks lists them in priority order; Alt+Down on
 * the first row moves it to second place, where the store has it too, and
 * the row keeps the focus; a row dropped on another takes its place (the
 * drop target's handler is called as GTK calls it on a drop: Xvfb cannot
 * drive a pointer drag here); a question linked from a network's page in
 * one step shows on the question's page; the question page lists the
 * report with the position taken on the question; a report's page shows
 * that position and writes an edit of it at once; a question deleted from
 * its page leaves the others numbered without a gap. With BER_SCREENSHOT_DIR
 * set, the section and the page are photographed (BER_QUESTIONS_DARK: in
 * the dark style; BEREDNING_LOCALEDIR and LANGUAGE: in that language).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "ber-model.h"
#include "ber-network-page.h"
#include "ber-networks-view.h"
#include "ber-question-links.h"
#include "ber-question-page.h"
#include "ber-questions-section.h"
#include "ber-report-page.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"

typedef struct
{
  char            *dir;
  BerStore        *store;
  BerContext      *context;
  GtkWindow       *window;
  BerNetworksView *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_DEMO, &f->dir);
  f->window = GTK_WINDOW (gtk_window_new ());
  f->view = BER_NETWORKS_VIEW (ber_networks_view_new ());
  gtk_window_set_default_size (f->window, GPOINTER_TO_INT (data) > 0 ? GPOINTER_TO_INT (data)
                                                                     : 1000, 760);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  f->context = ber_context_new (f->store);
  g_object_set (f->view, "context", f->context, NULL);
  gtk_window_present (f->window);
  ber_test_spin ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  ber_test_spin ();
  g_object_unref (f->context);
  g_object_unref (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static BerQuestionsSection *
show_section (Fixture *f)
{
  GtkStack *stack = GTK_STACK (ber_test_require_widget (GTK_WIDGET (f->view), GTK_TYPE_STACK,
                                                        NULL));
  GtkWidget *section;

  /* The view's section stack holds "networks", "persons" and "questions". */
  while (gtk_stack_get_child_by_name (stack, "questions") == NULL)
    {
      GtkWidget *next = ber_test_find_widget (GTK_WIDGET (stack), GTK_TYPE_STACK, NULL);

      g_assert_nonnull (next);
      stack = GTK_STACK (next);
    }
  gtk_stack_set_visible_child_name (stack, "questions");
  ber_test_spin ();
  section = ber_test_require_widget (GTK_WIDGET (f->view), BER_TYPE_QUESTIONS_SECTION, NULL);
  return BER_QUESTIONS_SECTION (section);
}

/* The titles of the section's rows, "1. …|2. …", as shown. */
static char *
shown_order (BerQuestionsSection *section)
{
  GtkListBox *list = ber_questions_section_get_list (section);
  GString *text = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "|" : "",
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return g_string_free (text, FALSE);
}

/* The titles in priority order, as the register has them. */
static char *
stored_order (Fixture *f)
{
  g_autoptr(BerQuery) query = ber_query_new ("influence_question");
  g_autoptr(GPtrArray) rows = NULL;
  GString *text = g_string_new (NULL);

  ber_query_add_order (query, "priority", FALSE);
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (f->store, query, 0, 100, NULL);
  g_assert_nonnull (rows);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *title = NULL;
      gint64 priority = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "title", "&s", &title);
      g_variant_lookup (g_ptr_array_index (rows, i), "priority", "x", &priority);
      g_assert_cmpint (priority, ==, (gint64) i + 1);
      g_string_append_printf (text, "%s%s", i > 0 ? "|" : "", title);
    }
  return g_string_free (text, FALSE);
}

/* Activates the shortcut of @widget's controllers for @keyval with @mods. */
static gboolean
activate_shortcut (GtkWidget       *widget,
                   guint            keyval,
                   GdkModifierType  mods)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  gboolean done = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !done; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !done; k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods)
            done = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_object_unref (controllers);
  return done;
}

static void
test_list_and_keyboard (Fixture       *f,
                        gconstpointer  data)
{
  BerQuestionsSection *section = show_section (f);
  GtkListBox *list = ber_questions_section_get_list (section);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *stored = NULL;
  GtkListBoxRow *first;
  GtkWidget *focus;

  before = shown_order (section);
  stored = stored_order (f);
  /* The demo's six questions, in its priority order. */
  g_assert_cmpstr (before, ==, stored);
  g_assert_true (g_str_has_prefix (before, "Sammanhållningspolitiken efter 2027|"
                                           "Hälso- och sjukvårdens beredskap i EU|"
                                           "TEN-T och Botniska korridoren|"));
  {
    g_autofree char *text = ber_test_visible_text (GTK_WIDGET (list));

    g_assert_nonnull (strstr (text, "Regional utvecklingsstrategi"));
  }
  ber_test_screenshot (GTK_WIDGET (f->window), GPOINTER_TO_INT (data) > 0
                                               ? "questions-section-narrow"
                                               : "questions-section");

  /* Alt+Down on the focused first row, through the list's shortcut as a
   * key press would go. */
  first = gtk_list_box_get_row_at_index (list, 0);
  gtk_widget_grab_focus (GTK_WIDGET (first));
  ber_test_spin ();
  g_assert_true (activate_shortcut (GTK_WIDGET (list), GDK_KEY_Down, GDK_ALT_MASK));
  ber_test_spin ();
  after = shown_order (section);
  g_clear_pointer (&stored, g_free);
  stored = stored_order (f);
  g_assert_cmpstr (after, ==, stored);
  g_assert_true (g_str_has_prefix (after, "Hälso- och sjukvårdens beredskap i EU|"
                                          "Sammanhållningspolitiken efter 2027|"));
  /* The moved row keeps the focus and the selection, at its new place. */
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW)
                 == GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1)));
  g_assert_true (gtk_list_box_get_selected_row (list) == gtk_list_box_get_row_at_index (list, 1));
  {
    g_autofree char *text = ber_test_visible_text (GTK_WIDGET (section));

    g_assert_nonnull (strstr (text, "is now number 2 of 6"));
  }
}

static void
test_drop (Fixture       *f,
           gconstpointer  data)
{
  BerQuestionsSection *section = show_section (f);
  GtkListBox *list = ber_questions_section_get_list (section);
  GtkListBoxRow *last = gtk_list_box_get_row_at_index (list, 5);
  GtkListBoxRow *top = gtk_list_box_get_row_at_index (list, 0);
  g_autofree char *title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (last)));
  GtkDropTarget *target = g_object_get_data (G_OBJECT (top), "ber-drop-target");
  GdkContentProvider *content = NULL;
  GtkDragSource *source = NULL;
  GValue value = G_VALUE_INIT;
  gboolean dropped = FALSE;
  g_autofree char *after = NULL;
  g_autofree char *stored = NULL;

  /* What the last row's drag source offers… */
  {
    GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (last));

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DRAG_SOURCE (controller))
          source = GTK_DRAG_SOURCE (controller);
      }
    g_object_unref (controllers);
  }
  g_assert_nonnull (source);
  g_signal_emit_by_name (source, "prepare", 1.0, 1.0, &content);
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_INT64);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  g_object_unref (content);

  /* …dropped on the first row's target. */
  g_assert_nonnull (target);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &dropped);
  g_value_unset (&value);
  g_assert_true (dropped);
  ber_test_spin ();
  after = shown_order (section);
  stored = stored_order (f);
  g_assert_cmpstr (after, ==, stored);
  g_assert_true (g_str_has_prefix (after, title));
}

/* Linked from the network page in one step, seen on the question's page. */

static void
test_link_from_network (Fixture       *f,
                        gconstpointer  data)
{
  BerNetworks *networks = ber_context_get_networks (f->context);
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) all = ber_networks_list (networks, filter);
  g_autoptr(BerNetwork) network = NULL;
  g_autoptr(GError) error = NULL;
  BerNetworkPage *page;
  BerQuestionLinks *links;
  GtkWidget *chooser;
  BerQuestionsSection *section;
  BerQuestionPage *question_page;
  g_autoptr(GArray) linked = NULL;
  gint64 first_question;
  gint64 network_id = 0;

  /* A network that does not serve question number 1: EARMA. */
  for (guint i = 0; i < g_list_model_get_n_items (all) && network_id == 0; i++)
    {
      g_autoptr(BerNetwork) n = g_list_model_get_item (all, i);

      if (g_strcmp0 (ber_record_get_string (BER_RECORD (n), "acronym"), "EARMA") == 0)
        network_id = ber_record_get_id (BER_RECORD (n));
    }
  g_assert_cmpint (network_id, >, 0);
  {
    g_autoptr(GListModel) questions = ber_questions_list (ber_context_get_questions (f->context));
    g_autoptr(BerRecord) q = g_list_model_get_item (questions, 0);

    first_question = ber_record_get_id (q);
  }

  ber_networks_view_show_network (f->view, network_id);
  ber_test_spin ();
  page = BER_NETWORK_PAGE (ber_test_require_widget (GTK_WIDGET (f->view), BER_TYPE_NETWORK_PAGE,
                                                    NULL));
  links = BER_QUESTION_LINKS (ber_test_require_widget (GTK_WIDGET (page),
                                                       BER_TYPE_QUESTION_LINKS, NULL));
  chooser = ber_question_links_get_chooser (links);
  g_assert_true (gtk_widget_get_sensitive (chooser));
  {
    g_autofree char *text = ber_test_visible_text (GTK_WIDGET (links));

    g_assert_nonnull (strstr (text, "Link Question"));
  }
  /* One step: choose the first question in Link Question…'s list (as a
   * click on it does; the popover itself needs a monitor Xvfb lacks here). */
  ber_link_chooser_choose (chooser, 0);
  ber_test_spin ();

  linked = ber_questions_list_linked_ids (ber_context_get_questions (f->context),
                                          BER_QUESTION_LINK_NETWORK, network_id, &error);
  g_assert_no_error (error);
  /* EARMA served the research question; now number 1 too. */
  g_assert_cmpuint (linked->len, ==, 2);
  g_assert_true (g_array_index (linked, gint64, 0) == first_question
                 || g_array_index (linked, gint64, 1) == first_question);
  {
    BerTestTextWait wait = { GTK_WIDGET (links), "Sammanhållningspolitiken efter 2027" };

    g_assert_true (ber_test_spin_until (ber_test_shows_text, &wait));
  }
  gtk_widget_grab_focus (chooser);
  ber_test_spin ();
  ber_test_screenshot (GTK_WIDGET (f->window), "questions-network-page");

  /* The question's page lists the network, and the report's position. */
  g_assert_true (ber_register_view_open_id (BER_REGISTER_VIEW (f->view),
                                            BER_TYPE_INFLUENCE_QUESTION, first_question));
  ber_test_spin ();
  section = BER_QUESTIONS_SECTION (ber_test_require_widget (GTK_WIDGET (f->view),
                                                            BER_TYPE_QUESTIONS_SECTION, NULL));
  question_page = ber_questions_section_get_page (section);
  g_assert_true (ber_test_is_mapped (question_page));
  {
    BerTestTextWait wait = {
      GTK_WIDGET (ber_question_page_get_list (question_page, BER_QUESTION_LINK_NETWORK)),
      "European Association of Research Managers"
    };

    g_assert_true (ber_test_spin_until (ber_test_shows_text, &wait));
  }
  {
    g_autofree char *networks_text = ber_test_visible_text (
      GTK_WIDGET (ber_question_page_get_list (question_page, BER_QUESTION_LINK_NETWORK)));
    g_autofree char *reports_text = ber_test_visible_text (
      GTK_WIDGET (ber_question_page_get_list (question_page, BER_QUESTION_LINK_REPORT)));
    g_autofree char *events_text = ber_test_visible_text (
      GTK_WIDGET (ber_question_page_get_list (question_page, BER_QUESTION_LINK_EVENT)));

    g_assert_nonnull (strstr (networks_text, "European Association of Research Managers"));
    g_assert_nonnull (strstr (networks_text, "CPMR"));
    g_assert_nonnull (strstr (events_text, "CPMR:s generalförsamling"));
    g_assert_nonnull (strstr (reports_text, "glest befolkade områden i norr behöver egna "
                                            "villkor"));
  }
  ber_test_screenshot (GTK_WIDGET (f->window), "questions-page");
  {
    GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (
      ber_test_require_widget (GTK_WIDGET (question_page), GTK_TYPE_SCROLLED_WINDOW, NULL));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

    ber_test_spin ();
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    ber_test_spin ();
    ber_test_screenshot (GTK_WIDGET (f->window), "questions-page-links");
  }
}

/* A report's page: the question it concerns, with the position taken on it,
 * written at once when edited. */
static void
test_report_position (Fixture       *f,
                      gconstpointer  data)
{
  BerQuestions *questions = ber_context_get_questions (f->context);
  g_autoptr(GListModel) first = NULL;
  g_autoptr(BerRecord) report = NULL;
  g_autoptr(BerRecord) question = NULL;
  g_autoptr(GError) error = NULL;
  BerReportPage *page = ber_report_page_new ();
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *entry;
  g_autofree char *text = NULL;
  g_autofree char *position = NULL;

  /* The demo's report from CPMR's general assembly concerns question 1. */
  {
    g_autoptr(GListModel) all = ber_questions_list (questions);

    question = g_list_model_get_item (all, 0);
  }
  first = ber_questions_list_linked (questions, ber_record_get_id (question),
                                     BER_QUESTION_LINK_REPORT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (first), ==, 1);
  report = g_list_model_get_item (first, 0);

  gtk_window_set_default_size (window, 900, 1400);
  gtk_window_set_child (window, GTK_WIDGET (page));
  ber_record_page_set_context (BER_RECORD_PAGE (page), f->context);
  ber_record_page_set_record (BER_RECORD_PAGE (page), report);
  gtk_window_present (window);
  {
    BerTestTextWait wait = { GTK_WIDGET (page), "1. Sammanhållningspolitiken efter 2027" };

    g_assert_true (ber_test_spin_until (ber_test_shows_text, &wait));
  }
  text = ber_test_visible_text (GTK_WIDGET (page));
  g_assert_nonnull (strstr (text, "1. Sammanhållningspolitiken efter 2027"));
  entry = ber_test_require_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW,
                                   "Position on “Sammanhållningspolitiken efter 2027”");
  g_assert_true (g_str_has_prefix (gtk_editable_get_text (GTK_EDITABLE (entry)),
                                   "Sammanhållningspolitiken ska omfatta alla regioner"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Regionen stödde CPMR:s linje.");
  g_signal_emit_by_name (entry, "apply");
  ber_test_spin ();
  position = ber_questions_get_position (questions, ber_record_get_id (report),
                                         ber_record_get_id (question), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (position, ==, "Regionen stödde CPMR:s linje.");
  /* The page was not changed by it: the links are written at once. */
  g_assert_false (ber_record_page_get_modified (BER_RECORD_PAGE (page)));
  gtk_window_destroy (window);
  ber_test_spin ();
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

typedef struct
{
  GtkListBox *list;
  guint       n;
} RowsWait;

static gboolean
has_n_rows (gpointer data)
{
  RowsWait *wait = data;

  return count_rows (wait->list) == wait->n;
}

/* Deleting a question from its page asks first, Cancel being the default:
 * Cancel keeps it; Delete removes it, closes the page, and the questions
 * after it move up one place in the register and in the list. A new
 * question not yet saved is dropped without asking. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  BerQuestionsSection *section = show_section (f);
  GtkListBox *list = ber_questions_section_get_list (section);
  g_autofree char *before = stored_order (f);
  g_auto(GStrv) titles = g_strsplit (before, "|", -1);
  guint n = g_strv_length (titles);
  g_autofree char *expected = NULL;
  g_autofree char *after = NULL;
  BerQuestionPage *page;
  AdwMessageDialog *dialog;
  gint64 second;

  g_assert_cmpuint (n, >=, 3);
  {
    g_autoptr(GListModel) questions = ber_questions_list (ber_context_get_questions (f->context));
    g_autoptr(BerRecord) q = g_list_model_get_item (questions, 1);

    g_assert_cmpstr (ber_record_get_string (q, "title"), ==, titles[1]);
    second = ber_record_get_id (q);
  }
  g_assert_true (ber_register_view_open_id (BER_REGISTER_VIEW (f->view),
                                            BER_TYPE_INFLUENCE_QUESTION, second));
  ber_test_spin ();
  page = ber_questions_section_get_page (section);
  g_assert_true (ber_test_is_mapped (page));

  /* Cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.delete", NULL));
  g_assert_true (ber_test_spin_until (ber_test_message_dialog_shown, page));
  dialog = ber_test_visible_message_dialog (GTK_WIDGET (page));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete the Question?");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  ber_test_click_sensitive (GTK_WIDGET (dialog), _("_Cancel"));
  g_assert_null (ber_test_visible_message_dialog (GTK_WIDGET (page)));
  g_assert_true (ber_test_is_mapped (page));
  after = stored_order (f);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  /* Delete removes it; the third question is second now. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.delete", NULL));
  g_assert_true (ber_test_spin_until (ber_test_message_dialog_shown, page));
  ber_test_click_sensitive (GTK_WIDGET (ber_test_visible_message_dialog (GTK_WIDGET (page))),
                            _("_Delete"));
  g_assert_true (ber_test_spin_until (ber_test_is_unmapped, page));
  {
    g_autofree char *removed = g_strdup (titles[1]);

    g_free (titles[1]);
    memmove (titles + 1, titles + 2, (n - 1) * sizeof (char *));
    expected = g_strjoinv ("|", titles);
    after = stored_order (f);
    g_assert_cmpstr (after, ==, expected);
    g_assert_null (strstr (after, removed));
  }
  {
    RowsWait wait = { list, n - 1 };

    g_assert_true (ber_test_spin_until (has_n_rows, &wait));
  }

  /* A new question is dropped without asking. */
  ber_questions_section_new_question (section);
  ber_test_spin ();
  page = ber_questions_section_get_page (section);
  g_assert_true (ber_test_is_mapped (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.delete", NULL));
  ber_test_spin ();
  g_assert_null (ber_test_visible_message_dialog (GTK_WIDGET (page)));
  g_assert_true (ber_test_spin_until (ber_test_is_unmapped, page));
  g_clear_pointer (&after, g_free);
  after = stored_order (f);
  g_assert_cmpstr (after, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* After gtk_test_init(), which sets a locale of its own. */
  if (g_getenv ("BEREDNING_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BEREDNING_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  adw_init ();
  if (g_getenv ("BER_QUESTIONS_DARK") != NULL)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                        ADW_COLOR_SCHEME_FORCE_DARK);

  g_test_add ("/questions-ui/list-and-keyboard", Fixture, NULL, fixture_set_up,
              test_list_and_keyboard, fixture_tear_down);
  g_test_add ("/questions-ui/drop", Fixture, NULL, fixture_set_up, test_drop,
              fixture_tear_down);
  g_test_add ("/questions-ui/link-from-network", Fixture, NULL, fixture_set_up,
              test_link_from_network, fixture_tear_down);
  g_test_add ("/questions-ui/report-position", Fixture, NULL, fixture_set_up,
              test_report_position, fixture_tear_down);
  g_test_add ("/questions-ui/delete", Fixture, NULL, fixture_set_up, test_delete,
              fixture_tear_down);
  g_test_add ("/questions-ui/narrow", Fixture, GINT_TO_POINTER (360), fixture_set_up,
              test_list_and_keyboard, fixture_tear_down);

  return g_test_run ();
}
