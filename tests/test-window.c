/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The main window in a real display (Xvfb in CI): first start, the three
 * views, the error page, and settings that survive a restart. Any GTK
 * warning or critical fails the test (G_DEBUG=fatal-warnings).
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ber-demo.h"
#include "ber-application.h"
#include "ber-backup.h"
#include "ber-item-page.h"
#include "ber-items-view.h"
#include "ber-meetings-view.h"
#include "ber-networks-view.h"
#include "ber-overview-view.h"
#include "ber-agenda-view.h"
#include "ber-reports-view.h"
#include "ber-model.h"
#include "ber-preferences-window.h"
#include "ber-register-file.h"
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

static BerWindow *
open_window (BerApplication *app,
             const char     *path)
{
  GtkWindow *window = ber_application_open_register (app, path);

  g_assert_true (BER_IS_WINDOW (window));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, window));
  return BER_WINDOW (window);
}

/* Whether the window is done creating or restoring its register. */
static gboolean
is_not_loading (gpointer window)
{
  return g_strcmp0 (ber_window_get_page (window), "loading") != 0;
}

static void
close_window (BerWindow *window)
{
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (ber_test_spin_until (ber_test_is_null, &weak));
}

static void
test_first_start (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "beredning", "beredning.db", NULL);
  g_autofree char *text = NULL;
  BerApplication *app = ber_test_application_new ("Test");
  BerWindow *window;

  /* No register yet: the welcome page offers demo data or an empty one. */
  window = open_window (app, path);
  g_assert_cmpstr (ber_window_get_page (window), ==, "welcome");
  g_assert_null (ber_window_get_context (window));
  text = ber_test_visible_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (text, "Welcome to Beredning"));
  g_assert_nonnull (strstr (text, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_pointer (&text, g_free);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.create-register", "s",
                                             "demo"));
  /* The demo register is made in a thread: the window says so meanwhile. */
  g_assert_cmpstr (ber_window_get_page (window), ==, "loading");
  text = ber_test_visible_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (text, "Creating the demo register"));
  g_clear_pointer (&text, g_free);
  ber_test_screenshot (GTK_WIDGET (window), "window-creating.png");
  g_assert_true (ber_test_spin_until_within (is_not_loading, window, 120));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (ber_window_get_context (window));
  /* The window starts on the overview; the agenda view is a key away. */
  g_assert_cmpstr (ber_window_get_page (window), ==, "overview");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "agenda"));
  g_assert_cmpstr (ber_window_get_page (window), ==, "agenda");

  text = ber_test_visible_text (GTK_WIDGET (window));
  /* The agenda view lists the demo register's incoming items. */
  g_assert_nonnull (strstr (text, "EU-samråd om framtidens sammanhållningspolitik"));

  app_free (app);
  ber_test_remove_tree (dir);
}

static void
test_views (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  const char *pages[] = { "networks", "reports", "agenda", "overview" };
  /* A representative who owes a report after the REVES board meeting. */
  const char *expected[] = { "Assembly of European Regions", "Maria Öberg",
                              "EU-samråd om framtidens sammanhållningspolitik",
                              "Replies Due" };
  BerApplication *app = ber_test_application_new ("Test");
  BerWindow *window;

  g_assert_true (ber_demo_create (path, NULL));
  /* The view last shown by the test before is forgotten: the overview is the first. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_reset (settings, "last-view");
  }
  window = open_window (app, path);

  /* The keyboard starts on the overview's first line, not on the view switcher. */
  {
    GtkWidget *stack = ber_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL);
    GtkWidget *focus = NULL;
    gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    /* The overview is read in a worker: its first line takes the keyboard then. */
    while (g_get_monotonic_time () < until
           && ((focus = gtk_root_get_focus (GTK_ROOT (window))) == NULL
               || !gtk_widget_is_ancestor (focus, stack) || !GTK_IS_LIST_BOX_ROW (focus)))
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (1000);
      }
    g_assert_nonnull (focus);
    g_assert_true (GTK_IS_LIST_BOX_ROW (focus));
    g_assert_nonnull (gtk_widget_get_ancestor (focus, BER_TYPE_OVERVIEW_VIEW));
  }

  /* Only the view shown is made at the start; the badges of the others
   * are counted without them. */
  g_assert_cmpstr (ber_window_get_page (window), ==, "overview");
  g_assert_null (ber_test_find_widget (GTK_WIDGET (window), BER_TYPE_AGENDA_VIEW, NULL));
  g_assert_null (ber_test_find_widget (GTK_WIDGET (window), BER_TYPE_NETWORKS_VIEW, NULL));
  g_assert_null (ber_test_find_widget (GTK_WIDGET (window), BER_TYPE_REPORTS_VIEW, NULL));
  g_assert_null (ber_test_find_widget (GTK_WIDGET (window), BER_TYPE_MEETINGS_VIEW, NULL));
  {
    BerContext *context = ber_window_get_context (window);
    AdwViewStack *stack = ADW_VIEW_STACK (ber_test_find_widget (GTK_WIDGET (window),
                                                                ADW_TYPE_VIEW_STACK, NULL));
    guint late = 0, reviews = 0;
    gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    /* The badges are counted in a worker. */
    while (ber_window_get_counting_badges (window) && g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (ber_window_get_counting_badges (window));
    g_assert_true (ber_reports_count_late (ber_context_get_reports (context), &late, NULL));
    g_assert_true (ber_networks_count_due_reviews (ber_context_get_networks (context), &reviews,
                                                   NULL));
    g_assert_cmpuint (late, >, 0);
    g_assert_cmpuint (adw_view_stack_page_get_badge_number (
                        adw_view_stack_get_page (stack, adw_view_stack_get_child_by_name (stack,
                                                                                          "reports"))),
                      ==, late);
    g_assert_cmpuint (adw_view_stack_page_get_badge_number (
                        adw_view_stack_get_page (stack, adw_view_stack_get_child_by_name (stack,
                                                                                          "networks"))),
                      ==, reviews);
  }

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *text = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 pages[i]));
      g_assert_cmpstr (ber_window_get_page (window), ==, pages[i]);
      text = ber_test_visible_text (GTK_WIDGET (window));
      g_assert_nonnull (strstr (text, expected[i]));
    }

  /* The keyboard starts in the list shown, and Ctrl+F filters the view
   * shown from anywhere, the view switcher too. */
  {
    GtkWidget *stack = ber_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL);
    GtkWidget *switcher = ber_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER,
                                                NULL);
    GtkWidget *focus;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                               "networks"));
    ber_test_spin ();
    g_assert_nonnull (switcher);
    g_assert_true (gtk_widget_child_focus (switcher, GTK_DIR_TAB_FORWARD));
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_false (focus != NULL && gtk_widget_is_ancestor (focus, stack));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_nonnull (focus);
    g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY));
    g_assert_true (gtk_widget_is_ancestor (focus,
                                           ber_test_find_widget (stack, BER_TYPE_NETWORKS_VIEW,
                                                                 NULL)));
  }

  /* The lists follow writes to the register. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *text = NULL;
    GVariantBuilder builder;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                               "networks"));
    g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
    g_variant_builder_add (&builder, "{sv}", "name", g_variant_new_string ("Aaland Network"));
    ber_store_insert (ber_context_get_store (ber_window_get_context (window)), "network",
                      g_variant_builder_end (&builder), &error);
    g_assert_no_error (error);
    g_main_context_iteration (NULL, FALSE);
    text = ber_test_visible_text (GTK_WIDGET (window));
    g_assert_nonnull (strstr (text, "Aaland Network"));
  }

  app_free (app);
  ber_test_remove_tree (dir);
}

static GtkStack *
find_stack_with (GtkWidget  *root,
                 const char *child_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found;

      if (GTK_IS_STACK (child) && gtk_stack_get_child_by_name (GTK_STACK (child), child_name))
        return GTK_STACK (child);
      found = find_stack_with (child, child_name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Names the innermost widgets under @widget wider than @limit, for a failure's log. */
static gboolean
report_wide (GtkWidget *widget,
             int        limit)
{
  gboolean inner = FALSE;
  int minimum = 0;

  if (!gtk_widget_get_visible (widget))
    return FALSE;
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum <= limit)
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    inner |= report_wide (child, limit);
  if (!inner)
    {
      g_test_message ("too wide: %s %d px, of:", G_OBJECT_TYPE_NAME (widget), minimum);
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int width = 0;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
          g_test_message ("  %s “%s” %d px", G_OBJECT_TYPE_NAME (child),
                          gtk_widget_get_tooltip_text (child) ?: "", width);
        }
    }
  return TRUE;
}

static int
minimum_width (BerWindow *window)
{
  int minimum = 0;

  /* The window's content: the window adds its resize borders and shadow. */
  g_main_context_iteration (NULL, FALSE);
  gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                      GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > 360)
    report_wide (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)), 360);
  return minimum;
}

/* Every view and every section of the agenda fits a phone-sized window. */
static void
test_narrow (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  const char *pages[] = { "overview", "networks", "reports", "agenda" };
  const char *sections[] = { "items", "meetings", "follow-up", "bodies" };
  BerApplication *app = ber_test_application_new ("Test");
  BerWindow *window;
  GtkStack *stack;
  gboolean narrow = TRUE;

  /* GNOME's title buttons: the bare X server's default adds minimize and maximize. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  g_assert_true (ber_demo_create (path, NULL));
  window = open_window (app, path);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      int width;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 pages[i]));
      width = minimum_width (window);
      g_test_message ("%s: %d px", pages[i], width);
      narrow &= width <= 360;
    }

  stack = find_stack_with (GTK_WIDGET (window), "follow-up");
  g_assert_nonnull (stack);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      int width;

      gtk_stack_set_visible_child_name (stack, sections[i]);
      width = minimum_width (window);
      g_test_message ("agenda %s: %d px", sections[i], width);
      narrow &= width <= 360;
    }

  /* A meeting's page and an item's page too. */
  {
    BerMeetingsView *meetings = BER_MEETINGS_VIEW (
        ber_test_find_widget (GTK_WIDGET (window), BER_TYPE_MEETINGS_VIEW, NULL));
    BerItemsView *items
        = BER_ITEMS_VIEW (ber_test_find_widget (GTK_WIDGET (window), BER_TYPE_ITEMS_VIEW, NULL));
    g_autoptr(BerRecord) meeting = g_list_model_get_item (ber_meetings_view_get_model (meetings),
                                                          0);
    g_autoptr(BerRecord) item = g_list_model_get_item (ber_items_view_get_model (items), 0);
    int width;

    gtk_stack_set_visible_child_name (stack, "meetings");
    ber_meetings_view_open_meeting (meetings, ber_record_get_id (meeting));
    width = minimum_width (window);
    g_test_message ("meeting page: %d px", width);
    narrow &= width <= 360;

    gtk_stack_set_visible_child_name (stack, "items");
    ber_items_view_show_item (items, ber_record_get_id (item));
    width = minimum_width (window);
    g_test_message ("item page: %d px", width);
    narrow &= width <= 360;
  }

  /* Each too wide a place is named above. */
  g_assert_true (narrow);

  app_free (app);
  ber_test_remove_tree (dir);
}

static AdwMessageDialog *
message_dialog_of (BerWindow *window)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data)
        && gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      return l->data;
  return NULL;
}

/* F5 with an item page holding changes not saved asks before closing it. */
static void
test_reload_keeps_edits (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  BerApplication *app = ber_test_application_new ("Test");
  BerWindow *window;
  BerItemsView *items;
  GtkWidget *page, *title;
  g_autoptr(BerRecord) item = NULL;

  g_assert_true (ber_demo_create (path, NULL));
  window = open_window (app, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "agenda"));
  items = BER_ITEMS_VIEW (ber_test_find_widget (GTK_WIDGET (window), BER_TYPE_ITEMS_VIEW, NULL));
  item = g_list_model_get_item (ber_items_view_get_model (items), 0);

  /* Untouched: F5 reloads at once. */
  ber_items_view_show_item (items, ber_record_get_id (item));
  ber_test_spin ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  ber_test_spin ();
  g_assert_null (message_dialog_of (window));

  /* Typed in: F5 asks; Cancel keeps the page and the text. */
  items = BER_ITEMS_VIEW (ber_test_find_widget (GTK_WIDGET (window), BER_TYPE_ITEMS_VIEW, NULL));
  ber_items_view_show_item (items, ber_record_get_id (item));
  ber_test_spin ();
  page = ber_test_find_widget (GTK_WIDGET (window), BER_TYPE_ITEM_PAGE, NULL);
  title = ber_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Title");
  gtk_editable_set_text (GTK_EDITABLE (title), "Ändrad rubrik som inte är sparad");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  ber_test_spin ();
  g_assert_nonnull (message_dialog_of (window));
  adw_message_dialog_response (message_dialog_of (window), "cancel");
  ber_test_spin ();
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==,
                   "Ändrad rubrik som inte är sparad");

  /* Reload: the page closes, the register's title is unchanged. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  ber_test_spin ();
  adw_message_dialog_response (message_dialog_of (window), "reload");
  g_assert_true (ber_test_spin_until (ber_test_is_unmapped, page));
  {
    BerStore *store = ber_context_get_store (ber_window_get_context (window));
    g_autoptr(GVariant) row = ber_store_get (store, "item", ber_record_get_id (item), NULL);
    const char *stored = NULL;

    g_assert_true (g_variant_lookup (row, "title", "&s", &stored));
    g_assert_cmpstr (stored, !=, "Ändrad rubrik som inte är sparad");
  }

  app_free (app);
  ber_test_remove_tree (dir);
}

static gboolean
has_backup (gpointer path)
{
  g_autoptr(GPtrArray) backups = ber_backup_list (path);

  return backups->len > 0;
}

static guint
count_networks (BerWindow *window)
{
  g_autoptr(BerQuery) query = ber_query_new ("network");
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (ber_store_count (ber_context_get_store (ber_window_get_context (window)), query,
                                  &n, &error));
  g_assert_no_error (error);
  return n;
}

/* Restoring a backup runs in a thread, the window showing that it works,
 * and opens the register again as it was. */
static void
test_restore (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *text = NULL;
  BerApplication *app = ber_test_application_new ("Test");
  g_autoptr(GError) error = NULL;
  BerFormDialog *dialog;
  BerWindow *window;
  guint n_networks;

  g_assert_true (ber_demo_create (path, NULL));
  window = open_window (app, path);
  /* The daily backup is made in a thread when the register opens. */
  g_assert_true (ber_test_spin_until (has_backup, path));
  n_networks = count_networks (window);
  ber_store_insert (ber_context_get_store (ber_window_get_context (window)), "network",
                    ber_store_values ("name", g_variant_new_string ("Efter kopian"), NULL),
                    &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_networks (window), ==, n_networks + 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-backup", NULL));
  ber_test_spin_until_quiet (300);
  dialog = ber_test_visible_form ();
  g_assert_nonnull (dialog);
  g_assert_true (ber_form_dialog_save (dialog));
  g_assert_cmpstr (ber_window_get_page (window), ==, "loading");
  g_assert_null (ber_window_get_context (window));
  text = ber_test_visible_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (text, "Restoring the register"));

  g_assert_true (ber_test_spin_until_within (is_not_loading, window, 120));
  g_assert_nonnull (ber_window_get_context (window));
  g_assert_cmpuint (count_networks (window), ==, n_networks);

  app_free (app);
  ber_test_remove_tree (dir);
}

static void
test_error_page (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  BerApplication *app = ber_test_application_new ("Test");
  BerWindow *window;

  g_assert_true (g_file_set_contents (path, "Minnesanteckningar, inte ett register.", -1, NULL));
  before = ber_test_file_checksum (path);

  window = open_window (app, path);
  g_assert_cmpstr (ber_window_get_page (window), ==, "error");
  text = ber_test_visible_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (text, "The Register Cannot Be Opened"));
  g_assert_nonnull (strstr (text, "is not a Beredning register"));

  /* Views cannot be reached around the error, and the file is untouched. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "networks");
  g_assert_cmpstr (ber_window_get_page (window), ==, "error");
  after = ber_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);

  app_free (app);
  ber_test_remove_tree (dir);
}

static void
test_settings_survive_restart (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *keyfile = g_build_filename (config_dir, "glib-2.0", "settings", "keyfile", NULL);
  g_autofree char *saved = NULL;
  BerApplication *app = ber_test_application_new ("Test");
  BerWindow *window;
  int width = 0, height = 0;

  g_assert_true (ber_demo_create (path, NULL));
  window = open_window (app, path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "reports");
  gtk_window_set_default_size (GTK_WINDOW (window), 820, 610);
  close_window (window);
  app_free (app);
  g_settings_sync ();

  /* The settings are on disk, where the next start reads them. */
  g_assert_true (g_file_get_contents (keyfile, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "last-view='reports'"));
  g_assert_nonnull (strstr (saved, "window-width=820"));

  app = ber_test_application_new ("Test");
  window = open_window (app, path);
  g_assert_cmpstr (ber_window_get_page (window), ==, "reports");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 820);
  g_assert_cmpint (height, ==, 610);

  app_free (app);
  ber_test_remove_tree (dir);
}

/* The preferences window open now; fails the test if there is none. */
static BerPreferencesWindow *
shown_preferences (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BER_IS_PREFERENCES_WINDOW (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  g_error ("No preferences window is open");
  return NULL;
}

static const char *
row_subtitle (gpointer    root,
              const char *title)
{
  return adw_action_row_get_subtitle (
    ADW_ACTION_ROW (ber_test_require_widget (GTK_WIDGET (root), ADW_TYPE_ACTION_ROW, title)));
}

/* Which register the window shows is in its main menu at any width: the
 * file's name, its folder, and the whole path as the tooltip. */
static void
test_register_name (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "internationellt-2026.db", NULL);
  BerApplication *app = ber_test_application_new ("Test");
  BerWindow *window;
  GtkMenuButton *menu;
  GtkWidget *popover;
  GtkWidget *name;
  GtkWidget *box;
  g_autofree char *title = NULL;

  g_assert_true (ber_store_create (path, NULL, NULL, NULL));
  /* The default width, whatever an earlier test saved. */
  g_settings_reset (ber_application_get_settings (app), "window-width");
  g_settings_reset (ber_application_get_settings (app), "window-maximized");
  window = open_window (app, path);
  ber_test_spin_until_quiet (300);

  /* Wide: the view switcher takes the title's place. */
  g_assert_false (adw_view_switcher_title_get_title_visible (
    ADW_VIEW_SWITCHER_TITLE (ber_test_find_widget (GTK_WIDGET (window),
                                                   ADW_TYPE_VIEW_SWITCHER_TITLE, NULL))));
  title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  g_assert_true (g_str_has_prefix (title, "internationellt-2026.db"));

  menu = GTK_MENU_BUTTON (ber_test_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON,
                                                NULL));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (menu)), ==, _("Main Menu"));
  gtk_menu_button_popup (menu);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (menu));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, popover));
  name = ber_test_require_widget (popover, GTK_TYPE_LABEL, "internationellt-2026.db");
  g_assert_true (gtk_widget_get_mapped (name));
  g_assert_nonnull (ber_test_find_widget (popover, GTK_TYPE_LABEL, dir));
  box = gtk_widget_get_parent (name);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (box), ==, path);
  ber_test_screenshot (popover, "window-register-menu.png");
  gtk_menu_button_popdown (menu);

  app_free (app);
  ber_test_remove_tree (dir);
}

static void
test_preferences_and_about (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *other = g_build_filename (dir, "annat.db", NULL);
  g_autofree char *default_path = ber_register_file_default_path ();
  g_autofree char *start = NULL;
  BerApplication *app = ber_test_application_new ("Test");
  GSettings *settings = ber_application_get_settings (app);
  BerWindow *window;
  BerFormDialog *dialog;
  guint n_windows;

  g_assert_true (ber_store_create (path, NULL, NULL, NULL));
  window = open_window (app, path);
  n_windows = g_list_model_get_n_items (gtk_window_get_toplevels ());

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, n_windows + 2);
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
    gboolean preferences = FALSE, about = FALSE;

    for (GList *l = toplevels; l != NULL; l = l->next)
      {
        if (BER_IS_PREFERENCES_WINDOW (l->data))
          {
            g_autofree char *expected = g_strdup_printf (_("%s (the default)"), default_path);

            /* The register open in the window, and apart from it the one of the next start. */
            g_assert_cmpstr (row_subtitle (l->data, _("Current Register")), ==, path);
            g_assert_cmpstr (row_subtitle (l->data, _("Register at Start")), ==, expected);
            preferences = TRUE;
          }
        else if (ADW_IS_ABOUT_WINDOW (l->data))
          about = TRUE;
        else
          continue;
        g_assert_true (gtk_window_get_transient_for (l->data) == GTK_WINDOW (window));
        gtk_window_destroy (l->data);
      }
    g_assert_true (preferences);
    g_assert_true (about);
  }

  /* Another register to open at start: the default is said apart. Asked
   * from a dialog above the window, the preferences still name its register. */
  g_settings_set_string (settings, "database-path", other);
  dialog = ber_form_dialog_new (GTK_WINDOW (window), "Dialog", NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, dialog));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  ber_test_spin ();
  start = g_strdup_printf (_("%s\nThe default is %s"), other, default_path);
  g_assert_cmpstr (row_subtitle (shown_preferences (), _("Current Register")), ==, path);
  g_assert_cmpstr (row_subtitle (shown_preferences (), _("Register at Start")), ==, start);
  g_assert_true (gtk_widget_is_sensitive (ber_test_find_button (GTK_WIDGET (shown_preferences ()),
                                                                _("Use _Default"))));
  ber_test_screenshot (GTK_WIDGET (shown_preferences ()), "preferences-register.png");
  gtk_window_destroy (GTK_WINDOW (shown_preferences ()));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_settings_reset (settings, "database-path");

  app_free (app);
  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* A real settings file, so that a restart can read what was saved. */
  config_dir = ber_test_make_tmpdir ();
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  /* With BEREDNING_LOCALEDIR and LANGUAGE set, in that language: after
   * gtk_test_init(), which sets a locale of its own. */
  if (g_getenv ("BEREDNING_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BEREDNING_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  adw_init ();

  g_test_add_func ("/window/first-start", test_first_start);
  g_test_add_func ("/window/views", test_views);
  g_test_add_func ("/window/narrow", test_narrow);
  g_test_add_func ("/window/reload-keeps-edits", test_reload_keeps_edits);
  g_test_add_func ("/window/restore", test_restore);
  g_test_add_func ("/window/error-page", test_error_page);
  g_test_add_func ("/window/settings-survive-restart", test_settings_survive_restart);
  g_test_add_func ("/window/preferences-and-about", test_preferences_and_about);
  g_test_add_func ("/window/register-name", test_register_name);

  status = g_test_run ();
  ber_test_remove_tree (config_dir);
  g_free (config_dir);
  return status;
}
