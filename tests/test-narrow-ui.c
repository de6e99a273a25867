/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The main window at a phone's width and at its default one, in a real
 * display (Xvfb): at 360 px every list reads as rows with a title and a
 * subtitle, and nothing is wider than the window; at 1,100 px the lists are
 * tables whose title column takes the spare width, with no sideways scroll
 * and no header cut short. With BER_SCREENSHOT_DIR set, each list is
 * photographed at 360, 600 and 1,100 px, light and dark.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ber-agenda-list.h"
#include "ber-application.h"
#include "ber-bodies-view.h"
#include "ber-demo.h"
#include "ber-followup-view.h"
#include "ber-item-page.h"
#include "ber-items-view.h"
#include "ber-meetings-view.h"
#include "ber-model.h"
#include "ber-narrow-list.h"
#include "ber-networks-view.h"
#include "ber-persons-view.h"
#include "ber-register-view.h"
#include "ber-reports-view.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"
#include "ber-window.h"

/* A list of the window: the view that shows it, where, and the property of
 * its records that is a row's title. */
typedef struct
{
  const char *name;
  const char *page;     /* of the window's view switcher */
  const char *section;  /* of the view's own switcher, or NULL */
  GType     (*type) (void);
  const char *title;
} List;

static const List lists[] = {
  { "items", "agenda", "items", ber_items_view_get_type, "title" },
  { "meetings", "agenda", "meetings", ber_meetings_view_get_type, "body-name" },
  { "follow-up", "agenda", "follow-up", ber_followup_view_get_type, "text" },
  { "bodies", "agenda", "bodies", ber_bodies_view_get_type, "name" },
  { "networks", "networks", "networks", ber_networks_view_get_type, "name" },
  { "persons", "networks", "persons", ber_persons_view_get_type, "name" },
  { "reports", "reports", NULL, ber_reports_view_get_type, "event-title" },
};

typedef struct
{
  char           *dir;
  BerApplication *app;
  BerWindow      *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  /* GNOME's title buttons, and the bare X server's minimize and maximize too. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout",
                data != NULL ? (const char *) data : "appmenu:close", NULL);
  f->dir = ber_test_make_tmpdir ();
  path = g_build_filename (f->dir, "demo.db", NULL);
  g_assert_true (ber_demo_create (path, NULL));
  f->app = ber_test_application_new ("Narrow");
  f->window = BER_WINDOW (ber_application_open_register (f->app, path));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpointer weak = f->window;

  g_object_add_weak_pointer (G_OBJECT (f->window), &weak);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_true (ber_test_spin_until (ber_test_is_null, &weak));
  ber_test_spin_idle ();
  g_application_quit (G_APPLICATION (f->app));
  g_object_unref (f->app);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Finding and showing */

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

/* The first mapped widget of @type under @root, or %NULL. */
static GtkWidget *
find_mapped (GtkWidget *root,
             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      found = find_mapped (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The mapped label under @root that reads @text, or %NULL. */
static GtkWidget *
find_mapped_label (GtkWidget  *root,
                   const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0)
        return child;
      found = find_mapped_label (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Lets the window settle: a resize takes a frame or two, a transition more. */
static void
settle (void)
{
  ber_test_spin_until_quiet (600);
  ber_test_spin ();
}

static int
content_width (BerWindow *window)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

  return gtk_widget_get_width (content);
}

typedef struct
{
  BerWindow *window;
  int        width;
} WidthWait;

static gboolean
has_width (gpointer data)
{
  WidthWait *wait = data;

  return content_width (wait->window) == wait->width;
}

/* Names the innermost widgets under @widget wider than @limit, for a failure's log. */
static gboolean
report_wide (GtkWidget *widget,
             int        limit)
{
  gboolean inner = FALSE;
  int minimum = 0;

  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return FALSE;
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum <= limit)
    return FALSE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    inner |= report_wide (child, limit);
  if (!inner)
    g_test_message ("too wide: %s %d px", G_OBJECT_TYPE_NAME (widget), minimum);
  return TRUE;
}

/* Makes the window @width wide as GNOME counts it: its content, without the
 * borders that a display server without a compositor adds around it. */
static void
set_width (BerWindow *window,
           int        width)
{
  WidthWait wait = { window, width };
  int border;

  settle ();
  border = gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window)))
           - content_width (window);
  g_assert_cmpint (border, >=, 0);
  gtk_window_set_default_size (GTK_WINDOW (window), width + border, 760);
  if (!ber_test_spin_until (has_width, &wait))
    {
      report_wide (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)), width);
      g_error ("The window's content is %d px wide, not %d px", content_width (window), width);
    }
  settle ();
}

/* Shows @list and returns its view. */
static BerRegisterView *
show_list (BerWindow  *window,
           const List *list)
{
  GtkWidget *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             list->page));
  ber_test_spin_idle ();
  if (list->section != NULL)
    {
      GtkStack *stack = find_stack_with (GTK_WIDGET (window), list->section);

      g_assert_nonnull (stack);
      gtk_stack_set_visible_child_name (stack, list->section);
    }
  view = ber_test_find_widget (GTK_WIDGET (window), list->type (), NULL);
  g_assert_nonnull (view);
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, view));
  settle ();
  return BER_REGISTER_VIEW (view);
}

/* The title a row of @list shows for its first record. */
static char *
first_title (BerRegisterView *view,
             const List      *list)
{
  GListModel *model = ber_register_view_get_model (view);
  g_autoptr(GObject) record = NULL;
  char *title = NULL;

  g_assert_nonnull (model);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  record = g_list_model_get_item (model, 0);
  g_object_get (record, list->title, &title, NULL);
  g_assert_nonnull (title);
  return title;
}

static void
screenshot (BerWindow  *window,
            const char *what,
            int         width)
{
  g_autofree char *name = NULL;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  name = g_strdup_printf ("%s-%d%s.png", what, width, dark ? "-dark" : "");
  ber_test_screenshot (GTK_WIDGET (window), name);
}

/* Measures */

static int
minimum_width (GtkWidget *widget)
{
  int minimum = 0;

  g_main_context_iteration (NULL, FALSE);
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* The column view's header cells, in the order of the columns shown. */
static GPtrArray *
header_cells (GtkColumnView *columns)
{
  GPtrArray *cells = g_ptr_array_new ();
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (columns));

  for (GtkWidget *cell = gtk_widget_get_first_child (header); cell != NULL;
       cell = gtk_widget_get_next_sibling (cell))
    if (gtk_widget_get_visible (cell))
      g_ptr_array_add (cells, cell);
  return cells;
}

static GtkWidget *
first_label (GtkWidget *root)
{
  if (GTK_IS_LABEL (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = first_label (child);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* Tests */

/* The window, each view and each section measure no wider than a phone,
 * with GNOME's title buttons and with minimize and maximize too. */
static void
test_minimum_width (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (f->window));
  gboolean narrow = TRUE;
  int width;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      BerRegisterView *view = show_list (f->window, &lists[i]);

      width = minimum_width (content);
      g_test_message ("window content with %s: %d px", lists[i].name, width);
      narrow &= width <= 360;
      width = minimum_width (GTK_WIDGET (view));
      g_test_message ("%s view: %d px", lists[i].name, width);
      narrow &= width <= 360;
    }
  width = minimum_width (GTK_WIDGET (f->window));
  g_test_message ("window: %d px", width);
  narrow &= width <= 360;
  g_assert_true (narrow);

  /* And the window goes down to it. */
  set_width (f->window, 360);
}

/* At 360 px each list is rows with the record's title; no table is shown,
 * and nothing is cut at the window's edge. */
static void
test_rows_at_360 (Fixture       *f,
                  gconstpointer  data)
{
  set_width (f->window, 360);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      BerRegisterView *view = show_list (f->window, &lists[i]);
      g_autofree char *title = first_title (view, &lists[i]);
      GtkWidget *narrow = find_mapped (GTK_WIDGET (view), BER_TYPE_NARROW_LIST);
      GtkWidget *label;

      g_test_message ("%s: “%s”", lists[i].name, title);
      g_assert_nonnull (narrow);
      g_assert_null (find_mapped (GTK_WIDGET (f->window), GTK_TYPE_COLUMN_VIEW));
      label = find_mapped_label (narrow, title);
      g_assert_nonnull (label);
      /* A row has a subtitle beside its title. */
      g_assert_nonnull (gtk_widget_get_next_sibling (label));
      g_assert_true (gtk_widget_get_mapped (gtk_widget_get_next_sibling (label)));
      g_assert_true (ber_register_view_get_list_widget (view)
                     == ber_narrow_list_get_list_view (BER_NARROW_LIST (narrow)));
      g_assert_cmpint (gtk_widget_get_width (narrow), <=, 360);
      /* The search entry keeps room to show what is typed in it: about
       * fifteen letters, in Swedish too. */
      {
        GtkWidget *search = find_mapped (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);

        g_assert_nonnull (search);
        g_test_message ("%s: the search entry is %d px wide", lists[i].name,
                        gtk_widget_get_width (search));
        g_assert_cmpint (gtk_widget_get_width (search), >=, 150);
      }
      screenshot (f->window, lists[i].name, 360);
    }

  /* The agenda's sections all show in its switcher, none scrolled away. */
  {
    GtkWidget *switcher;
    graphene_rect_t bounds;

    show_list (f->window, &lists[0]);
    switcher = find_mapped (GTK_WIDGET (f->window), GTK_TYPE_STACK_SWITCHER);
    g_assert_nonnull (switcher);
    for (GtkWidget *button = gtk_widget_get_first_child (switcher); button != NULL;
         button = gtk_widget_get_next_sibling (button))
      {
        GtkWidget *content;

        content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (f->window));
        g_assert_true (gtk_widget_compute_bounds (button, content, &bounds));
        g_test_message ("section button at %g, %g px wide", bounds.origin.x, bounds.size.width);
        g_assert_cmpfloat (bounds.origin.x, >=, 0);
        g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (content));
      }
  }
}

/* At @width each list is a table: no column needs a sideways scroll, no
 * header is cut short, and with @title_widest the title column is the
 * widest. Each failure is named before the test fails. */
static void
check_columns (Fixture  *f,
               int       width,
               gboolean  title_widest)
{
  gboolean fits = TRUE;

  set_width (f->window, width);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      BerRegisterView *view = show_list (f->window, &lists[i]);
      g_autofree char *title = first_title (view, &lists[i]);
      GtkWidget *columns = find_mapped (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW);
      GListModel *model;
      GtkScrolledWindow *scrolled;
      GtkAdjustment *adjustment;
      g_autoptr(GPtrArray) cells = NULL;
      int widest = 0, title_width = 0;
      guint shown = 0;

      g_assert_nonnull (columns);
      g_assert_null (find_mapped (GTK_WIDGET (view), BER_TYPE_NARROW_LIST));
      g_assert_nonnull (find_mapped_label (columns, title));

      scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (columns, GTK_TYPE_SCROLLED_WINDOW));
      adjustment = gtk_scrolled_window_get_hadjustment (scrolled);
      g_test_message ("%s: %g px of columns in %g px", lists[i].name,
                      gtk_adjustment_get_upper (adjustment),
                      gtk_adjustment_get_page_size (adjustment));
      if (gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment) + 0.5)
        {
          g_test_message ("  NOT OK: scrolls sideways");
          fits = FALSE;
        }

      /* The title is the first column that expands. */
      cells = header_cells (GTK_COLUMN_VIEW (columns));
      model = gtk_column_view_get_columns (GTK_COLUMN_VIEW (columns));
      for (guint c = 0; c < g_list_model_get_n_items (model); c++)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (model, c);
          GtkWidget *cell, *label;
          graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
          int natural = 0;

          if (!gtk_column_view_column_get_visible (column))
            continue;
          g_assert_cmpuint (shown, <, cells->len);
          cell = g_ptr_array_index (cells, shown++);
          label = first_label (cell);
          if (label != NULL)
            {
              gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL,
                                  NULL);
              g_assert_true (gtk_widget_compute_bounds (label, cell, &bounds));
            }
          g_test_message ("  %s: %d px, its header needs %g px",
                          gtk_column_view_column_get_title (column), gtk_widget_get_width (cell),
                          bounds.origin.x + natural);
          if (title_width == 0 && gtk_column_view_column_get_expand (column))
            title_width = gtk_widget_get_width (cell);
          else
            widest = MAX (widest, gtk_widget_get_width (cell));
          /* The whole header shows. */
          if (natural > 0 && bounds.origin.x + natural > gtk_widget_get_width (cell))
            {
              g_test_message ("  NOT OK: the header is cut");
              fits = FALSE;
            }
        }
      if (title_widest && title_width <= widest)
        {
          g_test_message ("  NOT OK: the title column is not the widest");
          fits = FALSE;
        }
      screenshot (f->window, lists[i].name, width);
    }
  g_assert_true (fits);
}

/* At the default width, the tables show what matters whole. */
static void
test_columns_at_1100 (Fixture       *f,
                      gconstpointer  data)
{
  check_columns (f, 1100, TRUE);
}

/* Just wide enough for a table, what matters less folds away and the rest
 * fits. */
static void
test_columns_at_600 (Fixture       *f,
                     gconstpointer  data)
{
  check_columns (f, 600, FALSE);
}

typedef struct
{
  GtkStack *stack;
  const char *name;
} PageWait;

static gboolean
shows_page (gpointer data)
{
  PageWait *wait = data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (wait->stack), wait->name) == 0;
}

static void
press_keys (const char *keys)
{
  g_autofree char *command = g_strdup_printf ("xdotool key --clearmodifiers %s", keys);
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  settle ();
}

/* With the keyboard alone: the rows take the focus in turn, and Return
 * opens the record of the row focused. */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  BerRegisterView *view;
  GtkWidget *list, *focus;
  GtkStack *stack;
  g_autoptr(GObject) second = NULL;
  g_autofree char *title = NULL;
  g_autofree char *program = g_find_program_in_path ("xdotool");

  if (program == NULL)
    {
      g_test_skip ("Real key presses need xdotool");
      return;
    }

  set_width (f->window, 360);
  view = show_list (f->window, &lists[0]);
  list = ber_register_view_get_list_widget (view);
  g_assert_true (GTK_IS_LIST_VIEW (list));
  g_assert_true (gtk_widget_get_mapped (list));

  /* The keys go where the pointer is, on a server without a window manager. */
  g_assert_true (g_spawn_command_line_sync ("xdotool mousemove 180 400", NULL, NULL, NULL, NULL));
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (gtk_widget_grab_focus (list));
  settle ();
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, list));
  g_assert_true (gtk_widget_get_focusable (focus));

  press_keys ("Down");
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (gtk_widget_is_ancestor (focus, list));
  second = g_list_model_get_item (ber_register_view_get_model (view), 1);
  g_object_get (second, "title", &title, NULL);
  g_assert_nonnull (find_mapped_label (focus, title));

  press_keys ("Return");
  stack = GTK_STACK (gtk_widget_get_first_child (GTK_WIDGET (view)));
  g_assert_true (GTK_IS_STACK (stack));
  {
    PageWait wait = { stack, "item" };
    BerItemPage *page;

    g_assert_true (ber_test_spin_until (shows_page, &wait));
    page = BER_ITEM_PAGE (ber_test_find_widget (GTK_WIDGET (view), BER_TYPE_ITEM_PAGE, NULL));
    g_assert_nonnull (ber_item_page_get_item (page));
    g_assert_cmpint (ber_record_get_id (BER_RECORD (ber_item_page_get_item (page))), ==,
                     ber_record_get_id (BER_RECORD (second)));
  }
}

/* The agenda of a meeting, on its page: rows at 360 px, columns at 1,100. */
static void
test_agenda_list (Fixture       *f,
                  gconstpointer  data)
{
  BerRegisterView *view;
  GtkWidget *agenda = NULL;
  GListModel *entries;
  g_autoptr(BerRecord) meeting = NULL;
  g_autoptr(BerRecord) entry = NULL;
  const char *title;

  set_width (f->window, 1100);
  view = show_list (f->window, &lists[1]);
  /* The first meeting with an agenda. */
  for (guint i = 0; i < g_list_model_get_n_items (ber_register_view_get_model (view)); i++)
    {
      g_clear_object (&meeting);
      meeting = g_list_model_get_item (ber_register_view_get_model (view), i);
      ber_meetings_view_open_meeting (BER_MEETINGS_VIEW (view), ber_record_get_id (meeting));
      settle ();
      agenda = ber_test_find_widget (GTK_WIDGET (view), BER_TYPE_AGENDA_LIST, NULL);
      g_assert_nonnull (agenda);
      if (g_list_model_get_n_items (ber_agenda_list_get_entries (BER_AGENDA_LIST (agenda))) > 0)
        break;
    }
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, agenda));
  entries = ber_agenda_list_get_entries (BER_AGENDA_LIST (agenda));
  g_assert_cmpuint (g_list_model_get_n_items (entries), >, 0);
  entry = g_list_model_get_item (entries, 0);
  title = ber_agenda_entry_get_title (BER_AGENDA_ENTRY (entry));
  g_assert_nonnull (find_mapped (agenda, GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (find_mapped_label (agenda, title));
  screenshot (f->window, "agenda", 1100);

  set_width (f->window, 600);
  screenshot (f->window, "agenda", 600);

  set_width (f->window, 360);
  g_assert_null (find_mapped (agenda, GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (find_mapped (agenda, BER_TYPE_NARROW_LIST));
  g_assert_nonnull (find_mapped_label (agenda, title));
  screenshot (f->window, "agenda", 360);
}

/* Every list at the three widths, light and dark, for a person to look at. */
static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  const int widths[] = { 360, 600, 1100 };
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (g_getenv ("BER_SCREENSHOT_DIR") == NULL)
    {
      g_test_skip ("Set BER_SCREENSHOT_DIR for the screenshots");
      return;
    }
  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          set_width (f->window, widths[w]);
          for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
            {
              show_list (f->window, &lists[i]);
              screenshot (f->window, lists[i].name, widths[w]);
            }
        }
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config_dir = NULL;

  config_dir = ber_test_make_tmpdir ();
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  /* With BEREDNING_LOCALEDIR and LANGUAGE set, in that language. */
  if (g_getenv ("BEREDNING_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BEREDNING_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  adw_init ();

  g_test_add ("/narrow/minimum-width", Fixture, NULL, fixture_set_up, test_minimum_width,
              fixture_tear_down);
  g_test_add ("/narrow/minimum-width-all-buttons", Fixture, "appmenu:minimize,maximize,close",
              fixture_set_up, test_minimum_width, fixture_tear_down);
  g_test_add ("/narrow/rows-at-360", Fixture, NULL, fixture_set_up, test_rows_at_360,
              fixture_tear_down);
  g_test_add ("/narrow/columns-at-1100", Fixture, NULL, fixture_set_up, test_columns_at_1100,
              fixture_tear_down);
  g_test_add ("/narrow/columns-at-600", Fixture, NULL, fixture_set_up, test_columns_at_600,
              fixture_tear_down);
  g_test_add ("/narrow/keyboard", Fixture, NULL, fixture_set_up, test_keyboard,
              fixture_tear_down);
  g_test_add ("/narrow/agenda-list", Fixture, NULL, fixture_set_up, test_agenda_list,
              fixture_tear_down);
  g_test_add ("/narrow/screenshots", Fixture, NULL, fixture_set_up, test_screenshots,
              fixture_tear_down);

  return g_test_run ();
}
