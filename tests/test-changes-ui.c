/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The change history in a real window on the demo register, 360 pixels
 * wide: an item's History section shows its changes, and after a save the
 * field saved, before and after, by whom, at its top; the recent changes
 * (Ctrl+H) list the register's changes as the history counts them, filter
 * them by who made them and by period, and open a change's record. With
 * BER_SCREENSHOT_DIR set, both are saved as pictures in light and dark
 * style (in Swedish with LANGUAGE=sv and BEREDNING_LOCALEDIR set).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ber-application.h"
#include "ber-change-row.h"
#include "ber-changes-dialog.h"
#include "ber-date-row.h"
#include "ber-demo.h"
#include "ber-history-section.h"
#include "ber-body-page.h"
#include "ber-item-page.h"
#include "ber-meeting-page.h"
#include "ber-model.h"
#include "ber-network-page.h"
#include "ber-person-page.h"
#include "ber-report-page.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"
#include "ber-window.h"

typedef struct
{
  char           *dir;
  BerApplication *app;
  BerWindow      *window;
  BerStore       *store;  /* the window's */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = ber_test_make_tmpdir ();
  path = g_build_filename (f->dir, "demo.db", NULL);
  g_assert_true (ber_demo_create (path, NULL));
  f->app = ber_test_application_new ("ChangesTest");
  g_settings_set_int (ber_application_get_settings (f->app), "window-width", 360);
  g_settings_set_int (ber_application_get_settings (f->app), "window-height", 760);
  f->window = BER_WINDOW (ber_application_open_register (f->app, path));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, f->window));
  f->store = ber_context_get_store (ber_window_get_context (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) weak = g_ptr_array_new_with_free_func (g_free);
  GList *windows;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (f->app))) != NULL)
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
  g_application_quit (G_APPLICATION (f->app));
  g_object_unref (f->app);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
id_where (Fixture    *f,
          const char *source,
          const char *column,
          const char *value)
{
  g_autoptr(BerQuery) query = ber_query_new (source);
  g_autoptr(GPtrArray) rows = NULL;
  gint64 id = 0;

  ber_query_add_condition (query, column, BER_QUERY_EQ, g_variant_new_string (value));
  rows = ber_store_select (f->store, query, 0, 1, NULL);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id);
  return id;
}

/* The first mapped widget of @type under @root, or NULL. */
static GtkWidget *
find_mapped (GtkWidget *root,
             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_mapped (child))
        return child;
      found = find_mapped (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double x = 0, y = 0;

  g_assert_nonnull (scrolled);
  ber_test_spin ();
  g_assert_true (gtk_widget_translate_coordinates (widget,
                                                   gtk_scrolled_window_get_child (
                                                     GTK_SCROLLED_WINDOW (scrolled)),
                                                   0, 0, &x, &y));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y - 12);
  ber_test_spin ();
}

/* Light and dark, as a person with either style sees it. */
static void
screenshots (GtkWidget  *widget,
             const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *light = g_strconcat (name, "-light.png", NULL);
  g_autofree char *dark = g_strconcat (name, "-dark.png", NULL);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  ber_test_screenshot (widget, light);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ber_test_screenshot (widget, dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

typedef struct
{
  GtkListBox *list_box;
  const char *text;
} Showing;

/* Whether the first row of the list shows a change read that holds @text. */
static gboolean
first_row_shows (gpointer data)
{
  Showing *showing = data;
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (showing->list_box, 0);
  BerChangeRow *change_row;
  g_autofree char *text = NULL;

  if (row == NULL)
    return FALSE;
  change_row = BER_CHANGE_ROW (gtk_list_box_row_get_child (row));
  if (ber_change_row_get_change (change_row) == NULL
      || !ber_change_get_loaded (ber_change_row_get_change (change_row)))
    return FALSE;
  text = ber_test_visible_text (GTK_WIDGET (row));
  return strstr (text, showing->text) != NULL;
}

static gboolean
list_is_read (gpointer data)
{
  GListModel *list = data;

  return list != NULL && !ber_change_list_get_loading (BER_CHANGE_LIST (list))
         && g_list_model_get_n_items (list) > 0;
}

static gboolean
item_page_shown (gpointer window)
{
  return find_mapped (window, BER_TYPE_ITEM_PAGE) != NULL;
}

/* An item's page shows its changes; a save adds one at the top, with the
 * field before and after. */
static void
test_item_page (Fixture       *f,
                gconstpointer  data)
{
  const char *title = "Fortsatt medlemskap i EHMA";
  gint64 item_id = id_where (f, "item", "title", title);
  BerItemPage *page;
  BerHistorySection *section;
  GListModel *changes;
  BerChange *change;
  const BerChangeField *field;
  Showing showing;
  guint n;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(sx)",
                                             "BerItem", item_id));
  g_assert_true (ber_test_spin_until (item_page_shown, f->window));
  page = BER_ITEM_PAGE (find_mapped (GTK_WIDGET (f->window), BER_TYPE_ITEM_PAGE));
  section = BER_HISTORY_SECTION (ber_test_require_widget (GTK_WIDGET (page),
                                                          BER_TYPE_HISTORY_SECTION, NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (section)));
  /* The status history stays above it. */
  ber_test_require_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, _("Status History"));

  changes = ber_history_section_get_changes (section);
  g_assert_true (ber_test_spin_until (list_is_read, changes));
  n = g_list_model_get_n_items (changes);

  /* A change of the title, saved with Ctrl+S. */
  ber_test_set_entry_row (GTK_WIDGET (page), _("Title"), "Fortsatt medlemskap i EHMA 2027");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.save", NULL));
  showing.list_box = ber_history_section_get_list_box (section);
  showing.text = "Fortsatt medlemskap i EHMA 2027";
  g_assert_true (ber_test_spin_until (first_row_shows, &showing));
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, n + 1);

  change = ber_change_row_get_change (BER_CHANGE_ROW (gtk_list_box_row_get_child (
    gtk_list_box_get_row_at_index (showing.list_box, 0))));
  g_assert_cmpint (ber_change_get_action (change), ==, BER_CHANGE_CHANGED);
  g_assert_cmpstr (ber_change_get_changed_by (change), ==, ber_store_get_user (f->store));
  g_assert_cmpuint (ber_change_get_n_fields (change), ==, 1);
  field = ber_change_get_field (change, 0);
  g_assert_cmpstr (field->label, ==, _("Title"));
  g_assert_cmpstr (field->old_value, ==, title);
  g_assert_cmpstr (field->new_value, ==, "Fortsatt medlemskap i EHMA 2027");

  /* The first ten, and more on request. */
  if (g_list_model_get_n_items (changes) > 10)
    {
      GtkWidget *more = ber_test_require_widget (GTK_WIDGET (section), GTK_TYPE_BUTTON, NULL);

      g_assert_true (gtk_widget_get_visible (more));
      ber_history_section_show_more (section);
    }

  scroll_to (GTK_WIDGET (section));
  screenshots (GTK_WIDGET (f->window), "changes-item-page");
}

static BerChangesDialog *
shown_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BER_IS_CHANGES_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
dialog_is_shown (gpointer data)
{
  return shown_dialog () != NULL;
}

static gboolean
dialog_is_gone (gpointer data)
{
  return shown_dialog () == NULL;
}

typedef struct
{
  GListModel *list;
  guint       n;
} Count;

static gboolean
has_count (gpointer data)
{
  Count *count = data;

  return !ber_change_list_get_loading (BER_CHANGE_LIST (count->list))
         && g_list_model_get_n_items (count->list) == count->n;
}

static guint
history_count (Fixture               *f,
               const BerHistoryQuery *query)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (ber_store_count_history (f->store, query, &n, &error));
  g_assert_no_error (error);
  return n;
}

typedef struct
{
  Fixture *f;
  gint64   id;
} Network;

static gboolean
shows_network (gpointer data)
{
  Network *network = data;
  GtkWidget *page = find_mapped (GTK_WIDGET (network->f->window), BER_TYPE_NETWORK_PAGE);

  return page != NULL && ber_record_page_get_id (BER_RECORD_PAGE (page)) == network->id;
}

/* Ctrl+H lists the register's changes as the history counts them; they
 * are filtered by who and when, and a change opens its record. */
static void
test_recent (Fixture       *f,
             gconstpointer  data)
{
  BerHistoryQuery everything = { NULL, NULL, NULL, NULL, 0 };
  BerHistoryQuery by_bertil = { "bertil", NULL, NULL, NULL, 0 };
  g_autoptr(BerStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *tomorrow_text = g_date_time_format (tomorrow, "%Y-%m-%d");
  g_autofree char *today_text = g_date_time_format (now, "%Y-%m-%d");
  BerChangesDialog *dialog;
  GtkWidget *root;
  Count count;
  Network network = { f, 0 };

  /* A colleague adds a network through a connection of their own. */
  other = ber_store_open_another (f->store, &error);
  g_assert_no_error (error);
  ber_store_set_user (other, "bertil");
  network.id = ber_store_insert (other, "network",
                              ber_store_values ("name", g_variant_new_string ("Eurocities"),
                                                NULL), &error);
  g_assert_no_error (error);

  /* Ctrl+H, as the keyboard gives it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.recent-changes",
                                             NULL));
  g_assert_true (ber_test_spin_until (dialog_is_shown, NULL));
  dialog = shown_dialog ();
  root = GTK_WIDGET (dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 700);
  count.list = ber_changes_dialog_get_changes (dialog);
  count.n = history_count (f, &everything);
  g_assert_true (ber_test_spin_until (has_count, &count));
  ber_test_require_widget (root, ADW_TYPE_COMBO_ROW, _("Changed _By"));
  ber_test_require_widget (root, BER_TYPE_DATE_ROW, _("_From"));
  ber_test_require_widget (root, BER_TYPE_DATE_ROW, _("_Until"));
  g_assert_true (gtk_widget_get_mapped (ber_changes_dialog_get_list_view (dialog)));
  screenshots (root, "changes-recent");

  /* One person's. */
  ber_changes_dialog_set_user (dialog, "bertil");
  count.n = history_count (f, &by_bertil);
  g_assert_cmpuint (count.n, ==, 1);
  g_assert_true (ber_test_spin_until (has_count, &count));
  {
    g_autoptr(BerChange) first = g_list_model_get_item (count.list, 0);

    /* Read in the worker: a placeholder until then. */
    while (!ber_change_get_loaded (first))
      {
        g_clear_object (&first);
        ber_test_spin ();
        first = g_list_model_get_item (count.list, 0);
      }
    g_assert_cmpstr (ber_change_get_label (first), ==, "Eurocities");
    g_assert_cmpstr (ber_change_get_changed_by (first), ==, "bertil");
  }
  screenshots (root, "changes-recent-bertil");

  /* Of today, then from tomorrow: none. */
  ber_date_row_set_date (BER_DATE_ROW (ber_test_require_widget (root, BER_TYPE_DATE_ROW,
                                                                _("_From"))), today_text);
  g_assert_true (ber_test_spin_until (has_count, &count));
  ber_date_row_set_date (BER_DATE_ROW (ber_test_require_widget (root, BER_TYPE_DATE_ROW,
                                                                _("_From"))), tomorrow_text);
  count.n = 0;
  g_assert_true (ber_test_spin_until (has_count, &count));
  {
    GtkWidget *empty = find_mapped (root, ADW_TYPE_STATUS_PAGE);

    g_assert_nonnull (empty);
    g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (empty)), ==, _("No Changes"));
  }
  ber_date_row_set_date (BER_DATE_ROW (ber_test_require_widget (root, BER_TYPE_DATE_ROW,
                                                                _("_From"))), NULL);
  count.n = 1;
  g_assert_true (ber_test_spin_until (has_count, &count));

  /* The change opens the network's page, and the dialog goes. */
  g_signal_emit_by_name (ber_changes_dialog_get_list_view (dialog), "activate", 0);
  g_assert_true (ber_test_spin_until (dialog_is_gone, NULL));
  g_assert_true (ber_test_spin_until (shows_network, &network));
}

/* Any record of @table: the first. */
static gint64
first_id (Fixture    *f,
          const char *table)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GPtrArray) rows = NULL;
  gint64 id = 0;

  rows = ber_store_select (f->store, query, 0, 1, NULL);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id);
  return id;
}

typedef struct
{
  GtkWidget *root;
  GType      page_type;
  gint64     id;
} PageShown;

static gint64
page_id (GtkWidget *page)
{
  if (BER_IS_RECORD_PAGE (page))
    return ber_record_page_get_id (BER_RECORD_PAGE (page));
  if (BER_IS_MEETING_PAGE (page))
    return ber_meeting_page_get_meeting_id (BER_MEETING_PAGE (page));
  return 0;
}

static gboolean
page_is_shown (gpointer data)
{
  PageShown *shown = data;
  GtkWidget *page = find_mapped (shown->root, shown->page_type);

  return page != NULL && page_id (page) == shown->id;
}

/* Every record page has its History, and the demo's records have changes
 * in it; a meeting's is behind a button of its page. */
static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  const struct
  {
    GType       type;
    const char *table;
    GType       page_type;
  } pages[] = {
    { BER_TYPE_NETWORK, "network", BER_TYPE_NETWORK_PAGE },
    { BER_TYPE_PERSON, "person", BER_TYPE_PERSON_PAGE },
    { BER_TYPE_REPORT, "report", BER_TYPE_REPORT_PAGE },
    { BER_TYPE_BODY, "body", BER_TYPE_BODY_PAGE },
    { BER_TYPE_MEETING, "meeting", BER_TYPE_MEETING_PAGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      PageShown shown = { GTK_WIDGET (f->window), pages[i].page_type, first_id (f, pages[i].table) };
      g_autofree char *name = g_strdup_printf ("changes-%s-page", pages[i].table);
      BerHistorySection *section;
      GtkWidget *page;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record",
                                                 "(sx)", g_type_name (pages[i].type), shown.id));
      g_assert_true (ber_test_spin_until (page_is_shown, &shown));
      page = find_mapped (GTK_WIDGET (f->window), pages[i].page_type);
      if (BER_IS_MEETING_PAGE (page))
        {
          GtkWidget *button = ber_test_require_widget (page, GTK_TYPE_MENU_BUTTON, NULL);

          /* The history button comes first of the page's menu buttons. */
          g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, _("History of the Meeting"));
          gtk_menu_button_popup (GTK_MENU_BUTTON (button));
        }
      section = BER_HISTORY_SECTION (ber_test_require_widget (page, BER_TYPE_HISTORY_SECTION,
                                                              NULL));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (section)));
      g_assert_true (ber_test_spin_until (list_is_read, ber_history_section_get_changes (section)));
      g_assert_nonnull (gtk_list_box_get_row_at_index (ber_history_section_get_list_box (section),
                                                       0));
      if (!BER_IS_MEETING_PAGE (page))
        {
          scroll_to (GTK_WIDGET (section));
          screenshots (GTK_WIDGET (f->window), name);
        }
      else
        /* A popover is drawn on a surface of its own. */
        screenshots (gtk_widget_get_ancestor (GTK_WIDGET (section), GTK_TYPE_POPOVER), name);
      if (BER_IS_MEETING_PAGE (page))
        gtk_menu_button_popdown (GTK_MENU_BUTTON (ber_test_require_widget (
                                   page, GTK_TYPE_MENU_BUTTON, NULL)));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config_dir = ber_test_make_tmpdir ();
  int status;

  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  /* With BEREDNING_LOCALEDIR and LANGUAGE set, in that language: the
   * assertions read the translated words. */
  if (g_getenv ("BEREDNING_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BEREDNING_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  adw_init ();

  g_test_add ("/changes-ui/item-page", Fixture, NULL, fixture_set_up, test_item_page,
              fixture_tear_down);
  g_test_add ("/changes-ui/recent", Fixture, NULL, fixture_set_up, test_recent,
              fixture_tear_down);
  g_test_add ("/changes-ui/pages", Fixture, NULL, fixture_set_up, test_pages,
              fixture_tear_down);

  status = g_test_run ();
  ber_test_remove_tree (config_dir);
  return status;
}
