/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The overview in a real window: the window opens on it, its groups show,
 * an empty group says so, a write shows without asking, and a line chosen
 * by the keyboard opens its record's page in the record's view. With
 * BER_SCREENSHOT_DIR set it leaves pictures of an empty and a demo register.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ber-application.h"
#include "ber-context.h"
#include "ber-demo.h"
#include "ber-item-page.h"
#include "ber-model.h"
#include "ber-overview-view.h"
#include "ber-sqlite-store.h"
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

static gboolean
is_loaded (gpointer data)
{
  BerOverviewView *view = data;

  return !ber_overview_view_get_loading (view) && ber_overview_view_get_day (view) != NULL;
}

static BerOverviewView *
shown_overview (BerWindow *window)
{
  BerOverviewView *view;

  g_assert_true (ber_test_spin_until (ber_test_is_mapped, window));
  /* The window starts on the overview. */
  g_assert_cmpstr (ber_window_get_page (window), ==, "overview");
  view = BER_OVERVIEW_VIEW (ber_test_require_widget (GTK_WIDGET (window),
                                                     BER_TYPE_OVERVIEW_VIEW, NULL));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, view));
  g_assert_true (ber_test_spin_until (is_loaded, view));
  return view;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} Shows;

static gboolean
shows (gpointer data)
{
  Shows *shows = data;
  g_autofree char *text = ber_test_visible_text (shows->root);

  return strstr (text, shows->text) != NULL;
}

static gboolean
item_page_shown (gpointer data)
{
  GtkWidget *page = ber_test_find_widget (data, BER_TYPE_ITEM_PAGE, NULL);

  return page != NULL && gtk_widget_get_mapped (page);
}

static void
test_empty_and_open (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  BerApplication *app = ber_test_application_new ("OverviewTest");
  g_autoptr(GError) error = NULL;
  BerOverviewView *view;
  BerWindow *window;
  BerContext *context;
  BerStore *store;
  GtkWidget *row, *page;
  gint64 id;

  g_assert_true (ber_store_create (path, NULL, NULL, &error));
  g_assert_no_error (error);
  window = BER_WINDOW (ber_application_open_register (app, path));
  view = shown_overview (window);
  context = ber_window_get_context (window);

  /* Every group is there, and says it is empty. */
  {
    const char *empty[] = { "No meetings in the next two weeks", "No open item’s reply is due",
                            "No returned report is late or due", "No membership is due for review",
                            "No mandate ends in the next two months",
                            "No decision is waiting to be carried out", NULL };
    g_autofree char *text = ber_test_visible_text (GTK_WIDGET (view));

    ber_test_require_widget (GTK_WIDGET (view), ADW_TYPE_PREFERENCES_GROUP,
                             "Meetings in the Next Two Weeks");
    ber_test_require_widget (GTK_WIDGET (view), ADW_TYPE_PREFERENCES_GROUP, "Replies Due");
    ber_test_require_widget (GTK_WIDGET (view), ADW_TYPE_PREFERENCES_GROUP,
                             "Changed Since Yesterday");
    for (guint i = 0; empty[i] != NULL; i++)
      g_assert_nonnull (strstr (text, empty[i]));
    g_assert_nonnull (strstr (text, "Nothing is overdue"));
  }
  ber_test_screenshot (GTK_WIDGET (window), "overview-empty.png");

  /* An item due yesterday: the overview shows it without being asked. */
  store = ber_context_get_store (context);
  {
    g_autofree char *yesterday = NULL;
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_parse (&date, ber_context_get_today (context));
    g_assert_true (g_date_valid (&date));
    g_date_subtract_days (&date, 1);
    yesterday = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                                 g_date_get_month (&date), g_date_get_day (&date));
    g_assert_true (ber_store_begin (store, &error));
    id = ber_store_insert (store, "item",
                           ber_store_values ("title", g_variant_new_string ("Remiss om tågtrafik"),
                                             "received_on", g_variant_new_string (yesterday),
                                             "reply_by", g_variant_new_string (yesterday), NULL),
                           &error);
    g_assert_no_error (error);
    g_assert_true (ber_store_commit (store, &error));
  }
  {
    Shows wait = { GTK_WIDGET (view), "Remiss om tågtrafik" };

    g_assert_true (ber_test_spin_until (shows, &wait));
  }
  g_assert_true (ber_test_spin_until (is_loaded, view));
  {
    g_autofree char *text = ber_test_visible_text (GTK_WIDGET (view));

    g_assert_nonnull (strstr (text, "1 thing is overdue"));
    g_assert_null (strstr (text, "No open item’s reply is due"));
  }

  /* The keyboard is on the first line; Return opens the item in the Agenda view. */
  row = ber_test_require_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW, "Remiss om tågtrafik");
  g_assert_true (gtk_widget_has_css_class (row, "overdue"));
  g_assert_true (ber_overview_view_focus_first (view));
  g_assert_true (gtk_widget_has_focus (row));
  g_assert_true (gtk_widget_activate (row));
  g_assert_true (ber_test_spin_until (item_page_shown, window));
  g_assert_cmpstr (ber_window_get_page (window), ==, "agenda");
  page = ber_test_find_widget (GTK_WIDGET (window), BER_TYPE_ITEM_PAGE, NULL);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (ber_item_page_get_item (BER_ITEM_PAGE (page)))),
                   ==, id);

  /* Alt+1 leads back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "overview"));
  g_assert_cmpstr (ber_window_get_page (window), ==, "overview");

  /* Another program writes; Refresh (Ctrl+R) reads it. */
  {
    g_autofree char *sql = g_strdup_printf ("INSERT INTO item (title, received_on, reply_by) "
                                            "VALUES ('Remiss från en annan process', '%s', '%s');",
                                            ber_context_get_today (context),
                                            ber_context_get_today (context));
    const char *argv[] = { "sqlite3", path, sql, NULL };
    Shows wait = { GTK_WIDGET (view), "Remiss från en annan process" };
    int status = 0;

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                  &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, &error));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "overview.refresh", NULL));
    g_assert_true (ber_test_spin_until (shows, &wait));
  }

  app_free (app);
  ber_test_remove_tree (dir);
}

static void
test_demo (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  BerApplication *app = ber_test_application_new ("OverviewDemo");
  BerOverviewView *view;
  BerWindow *window;
  BerOverviewDay *day;
  guint n_rows = 0;

  g_assert_true (ber_demo_create (path, NULL));
  window = BER_WINDOW (ber_application_open_register (app, path));
  view = shown_overview (window);
  day = ber_overview_view_get_day (view);

  /* Each group shows its lines, or says it is empty. */
  for (BerOverviewGroup group = 0; group < BER_OVERVIEW_N_GROUPS; group++)
    {
      GListModel *lines = ber_overview_day_get_lines (day, group);

      for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
        {
          g_autoptr(BerOverviewLine) line = g_list_model_get_item (lines, i);

          ber_test_require_widget (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW,
                                   ber_overview_line_get_title (line));
          n_rows++;
        }
    }
  g_test_message ("%u lines in the demo's overview", n_rows);
  g_assert_cmpuint (n_rows, >, 0);
  ber_test_screenshot (GTK_WIDGET (window), "overview-demo.png");

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  ber_test_spin_until_quiet (300);
  ber_test_screenshot (GTK_WIDGET (window), "overview-demo-narrow.png");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 900);
  ber_test_spin_until_quiet (300);
  ber_test_screenshot (GTK_WIDGET (window), "overview-demo-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);

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

  g_test_add_func ("/overview-ui/empty-and-open", test_empty_and_open);
  g_test_add_func ("/overview-ui/demo", test_demo);

  status = g_test_run ();
  ber_test_remove_tree (config_dir);
  g_free (config_dir);
  return status;
}
