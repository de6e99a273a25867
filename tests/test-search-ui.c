/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The search over everything in a real window: Ctrl+K opens it, typing
 * finds records grouped by kind with the words in bold, Return opens the
 * first in its view, a chosen row opens its record, a search that finds
 * nothing says so, Escape closes, and Ctrl+F still searches the list.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ber-application.h"
#include "ber-demo.h"
#include "ber-item-page.h"
#include "ber-model.h"
#include "ber-person-page.h"
#include "ber-reports-view.h"
#include "ber-search-dialog.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"
#include "ber-window.h"

static char *config_dir;

static void
app_free (BerApplication *app)
{
  g_autoptr(GPtrArray) weak = g_ptr_array_new_with_free_func (g_free);
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    {
      gpointer *pointer = g_new (gpointer, 1);

      /* A window lives on until its daily backup thread has finished. */
      *pointer = windows->data;
      g_object_add_weak_pointer (G_OBJECT (windows->data), pointer);
      g_ptr_array_add (weak, pointer);
      gtk_window_destroy (windows->data);
    }
  for (guint i = 0; i < weak->len; i++)
    g_assert_true (ber_test_spin_until (ber_test_is_null, g_ptr_array_index (weak, i)));

  ber_test_spin_idle ();
  g_application_quit (G_APPLICATION (app));
  g_object_unref (app);
}

/* Whether the window's own shortcuts bind @accelerator to @action. */
static gboolean
has_shortcut (GtkWidget  *widget,
              const char *accelerator,
              const char *action)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);
          g_autofree char *keys = gtk_shortcut_trigger_to_string (trigger);

          if (g_str_equal (keys, accelerator) && GTK_IS_NAMED_ACTION (named)
              && g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named)), action))
            return TRUE;
        }
    }
  return FALSE;
}

/* Presses @keyval in the search entry, as its key controller sees it. */
static gboolean
press_in_entry (BerSearchDialog *dialog,
                guint            keyval)
{
  GtkWidget *entry = ber_search_dialog_get_entry (dialog);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (entry);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0,
                               &handled);
    }
  return handled;
}

/* The button under @root that activates @action. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      found = find_action_button (child, action);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
close_dialog_by (BerSearchDialog *dialog,
                 gboolean         escape)
{
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  if (escape)
    g_signal_emit_by_name (ber_search_dialog_get_entry (dialog), "stop-search");
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  g_assert_true (ber_test_spin_until (ber_test_is_null, &weak));
}

static BerSearchDialog *
open_search (BerWindow *window)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search-all", NULL));
  dialog = ber_test_find_toplevel (BER_TYPE_SEARCH_DIALOG);
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (dialog));
  return BER_SEARCH_DIALOG (dialog);
}

typedef struct
{
  BerSearchDialog *dialog;
  const char      *text;
} Shown;

/* The visible text under @widget, without the bold of the results' markup. */
static char *
plain_text (GtkWidget *widget)
{
  g_autofree char *visible = ber_test_visible_text (widget);
  g_autoptr(GString) text = g_string_new (visible);

  g_string_replace (text, "<b>", "", 0);
  g_string_replace (text, "</b>", "", 0);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether the dialog's visible text holds @text. */
static gboolean
shows (gpointer data)
{
  Shown *shown = data;
  g_autofree char *text = plain_text (GTK_WIDGET (shown->dialog));

  return strstr (text, shown->text) != NULL;
}

static void
type (BerSearchDialog *dialog,
      const char      *text,
      const char      *expected)
{
  Shown shown = { dialog, expected };

  gtk_editable_set_text (GTK_EDITABLE (ber_search_dialog_get_entry (dialog)), text);
  g_assert_true (ber_test_spin_until (shows, &shown));
}

/* The row of the record of @kind titled @title. */
static GtkListBoxRow *
row_titled (GtkListBox    *list,
            BerSearchKind  kind,
            const char    *title)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);
      BerSearchResult *result;
      g_autofree char *plain = NULL;

      if (row == NULL)
        return NULL;
      result = g_object_get_data (G_OBJECT (row), "result");
      plain = ber_search_result_get_plain_title (result);
      if (ber_search_result_get_kind (result) == kind && g_str_equal (plain, title))
        return row;
    }
}

static const char *
header_text (GtkListBoxRow *row)
{
  GtkWidget *header = gtk_list_box_row_get_header (row);

  return header != NULL ? gtk_label_get_label (GTK_LABEL (header)) : NULL;
}

typedef struct
{
  GtkWidget *root;
  GType      type;
} Page;

static gboolean
shows_page (gpointer data)
{
  Page *page = data;
  GtkWidget *found = ber_test_find_widget (page->root, page->type, NULL);

  return found != NULL && gtk_widget_get_mapped (found);
}

static void
test_search_everything (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  BerApplication *app = ber_test_application_new ("SearchTest");
  BerSearchDialog *dialog;
  GtkListBox *list;
  GtkListBoxRow *row;
  g_autoptr(BerSearchResult) first = NULL;
  GtkWidget *page;
  BerWindow *window;

  g_assert_true (ber_demo_create (path, NULL));
  window = BER_WINDOW (ber_application_open_register (app, path));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "reports"));

  /* What a record holds is never read as markup; the matches are bold. */
  {
    g_autofree char *markup = ber_search_dialog_markup ("R&D <i>" BER_SEARCH_MATCH_START "Öst"
                                                        BER_SEARCH_MATCH_END "ersjön</i>");

    g_assert_cmpstr (markup, ==, "R&amp;D &lt;i&gt;<b>Öst</b>ersjön&lt;/i&gt;");
  }

  /* Ctrl+K and the header bar's button. */
  g_assert_true (has_shortcut (GTK_WIDGET (window), "<Control>k", "win.search-all"));
  {
    GtkWidget *button = find_action_button (GTK_WIDGET (window), "win.search-all");

    g_assert_nonnull (button);
    g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Search Everything");
    g_assert_true (gtk_widget_get_mapped (button));
    g_signal_emit_by_name (button, "clicked");
    dialog = BER_SEARCH_DIALOG (ber_test_find_toplevel (BER_TYPE_SEARCH_DIALOG));
    close_dialog_by (dialog, FALSE);
  }

  /* A hint first; then records grouped by kind, the words in bold. */
  dialog = open_search (window);
  {
    Shown hint = { dialog, "by the beginning of any word" };

    g_assert_true (shows (&hint));
  }
  list = ber_search_dialog_get_results (dialog);
  type (dialog, "sammanhållningspolit", "EU-samråd om framtidens sammanhållningspolitik");
  first = g_object_ref (g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (list, 0)),
                                           "result"));
  g_assert_cmpstr (header_text (gtk_list_box_get_row_at_index (list, 0)), ==, "Items");
  g_assert_cmpint (ber_search_result_get_kind (first), ==, BER_SEARCH_KIND_ITEM);
  row = row_titled (list, BER_SEARCH_KIND_ITEM,
                    "EU-samråd om framtidens sammanhållningspolitik");
  g_assert_nonnull (row);
  {
    GtkWidget *title = ber_test_find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, NULL);

    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (title)),
                              "<b>sammanhållningspolitik</b>"));
  }
  for (int i = 1; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      GtkListBoxRow *previous = gtk_list_box_get_row_at_index (list, i - 1);
      BerSearchResult *before = g_object_get_data (G_OBJECT (previous), "result");
      BerSearchResult *result = g_object_get_data (G_OBJECT (row), "result");

      /* A heading where the kind changes, and only there. */
      g_assert_cmpint (ber_search_result_get_kind (before), <=,
                       ber_search_result_get_kind (result));
      g_assert_true ((header_text (row) != NULL)
                     == (ber_search_result_get_kind (before)
                         != ber_search_result_get_kind (result)));
    }

  ber_test_screenshot (GTK_WIDGET (dialog), "search-dialog.png");

  /* Down goes to the results, Up from the first back to the entry. */
  g_assert_true (press_in_entry (dialog, GDK_KEY_Down));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog))
                 == GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)));
  {
    gboolean handled = FALSE;
    GtkWidget *focus;

    g_signal_emit_by_name (list, "keynav-failed", GTK_DIR_UP, &handled);
    g_assert_true (handled);
    focus = gtk_root_get_focus (GTK_ROOT (dialog));
    g_assert_true (gtk_widget_is_ancestor (focus, ber_search_dialog_get_entry (dialog)));
  }

  /* Return opens the first: the item, in the agenda's items. */
  {
    gpointer weak = dialog;

    g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
    g_signal_emit_by_name (ber_search_dialog_get_entry (dialog), "activate");
    g_assert_true (ber_test_spin_until (ber_test_is_null, &weak));
  }
  page = ber_test_find_widget (GTK_WIDGET (window), BER_TYPE_ITEM_PAGE, NULL);
  g_assert_nonnull (page);
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, page));
  g_assert_cmpstr (ber_window_get_page (window), ==, "agenda");
  g_assert_cmpint (ber_record_get_id (BER_RECORD (ber_item_page_get_item (BER_ITEM_PAGE (page)))),
                   ==, ber_search_result_get_id (first));

  /* Ctrl+K again: the last search, and a person opens in the networks view. */
  dialog = open_search (window);
  list = ber_search_dialog_get_results (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ber_search_dialog_get_entry (dialog))),
                   ==, "sammanhållningspolit");
  type (dialog, "maria öberg", "Maria Öberg");
  row = row_titled (list, BER_SEARCH_KIND_PERSON, "Maria Öberg");
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);
  {
    Page person_page = { GTK_WIDGET (window), BER_TYPE_PERSON_PAGE };
    g_assert_true (ber_test_spin_until (shows_page, &person_page));
  }
  g_assert_cmpstr (ber_window_get_page (window), ==, "networks");

  /* Return before the results are in opens the first of them. */
  dialog = open_search (window);
  {
    gpointer weak = dialog;

    g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
    gtk_editable_set_text (GTK_EDITABLE (ber_search_dialog_get_entry (dialog)), "reves");
    g_signal_emit_by_name (ber_search_dialog_get_entry (dialog), "activate");
    g_assert_true (ber_test_spin_until (ber_test_is_null, &weak));
  }

  /* Nothing found says so; Escape closes, and so does the window's close. */
  dialog = open_search (window);
  type (dialog, "qzxqzx", "No results for “qzxqzx”.");
  ber_test_screenshot (GTK_WIDGET (dialog), "search-dialog-empty.png");
  close_dialog_by (dialog, TRUE);
  dialog = open_search (window);
  close_dialog_by (dialog, FALSE);

  /* Ctrl+F still goes to the search of the list shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "reports"));
  {
    GtkWidget *view = ber_test_find_widget (GTK_WIDGET (window), BER_TYPE_REPORTS_VIEW, NULL);
    GtkWidget *search = ber_test_find_widget (view, GTK_TYPE_SEARCH_ENTRY, NULL);
    GtkWidget *focus;

    g_assert_true (gtk_widget_activate_action (view, "view.focus-search", NULL));
    ber_test_spin ();
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_nonnull (focus);
    g_assert_true (focus == search || gtk_widget_is_ancestor (focus, search));
  }

  app_free (app);
  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  config_dir = ber_test_make_tmpdir ();
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/search-ui/search-everything", test_search_everything);

  status = g_test_run ();
  ber_test_remove_tree (config_dir);
  g_free (config_dir);
  return status;
}
