/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The window part of the benchmark, run by ber-bench under a display:
 *
 *   ber-bench-ui REGISTER
 *
 * opens the program's window on REGISTER in this process, and times, from
 * the window's frame clock, opening each view (until the frame that shows
 * it is painted) and the gaps between frames while a search is typed into
 * the item list one key at a time, while the list jumps to its end and back
 * (End, Home), and while it is scrolled through from top to bottom in 300
 * steps, one a frame (for at most a minute). A tick
 * callback keeps the clock drawing every frame, so that a gap longer than
 * a frame is the main thread being busy. Prints one line per figure:
 *
 *   view NAME MS
 *   stall WHAT LONGEST_GAP_MS N_GAPS_OVER_TWO_FRAMES N_FRAMES
 *
 *   note WHAT TEXT
 *
 * where a note tells what the figure of WHAT covered.
 */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "ber-record-list.h"
#include "ber-test-ui.h"

#define TYPING_INTERVAL_MS 120

typedef struct
{
  GArray    *frame_times; /* µs of each frame's start, while recording */
  gboolean   recording;
  gint64     painted_at;
} Clock;

static Clock clock_data;

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *frame_clock,
         gpointer       user_data)
{
  if (clock_data.recording)
    {
      gint64 now = g_get_monotonic_time ();

      g_array_append_val (clock_data.frame_times, now);
    }
  return G_SOURCE_CONTINUE;
}

static void
on_after_paint (GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  if (clock_data.painted_at == 0)
    clock_data.painted_at = g_get_monotonic_time ();
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms, sleeping while nothing is due. */
static void
spin_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
start_recording (void)
{
  g_array_set_size (clock_data.frame_times, 0);
  clock_data.recording = TRUE;
}

static void
stop_recording (const char *what)
{
  double longest = 0;
  guint over = 0;

  clock_data.recording = FALSE;
  for (guint i = 1; i < clock_data.frame_times->len; i++)
    {
      double gap = (g_array_index (clock_data.frame_times, gint64, i)
                    - g_array_index (clock_data.frame_times, gint64, i - 1)) / 1000.0;

      longest = MAX (longest, gap);
      if (gap > 2 * 16.7)
        over++;
    }
  g_print ("stall %s %.1f %u %u\n", what, longest, over, clock_data.frame_times->len);
}

/* The stack under @root that has a child named @name. */
static GtkStack *
find_stack_with (GtkWidget  *root,
                 const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found;

      if (GTK_IS_STACK (child) && gtk_stack_get_child_by_name (GTK_STACK (child), name) != NULL)
        return GTK_STACK (child);
      if ((found = find_stack_with (child, name)) != NULL)
        return found;
    }
  return NULL;
}

static void
show_view (GtkWidget  *stack,
           const char *name)
{
  if (ADW_IS_VIEW_STACK (stack))
    adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), name);
  else
    gtk_stack_set_visible_child_name (GTK_STACK (stack), name);
}

/* Shows each view of @stack in turn and times it until its first frame is
 * painted. */
static void
open_views (GtkWidget *stack)
{
  g_autoptr(GtkSelectionModel) pages = ADW_IS_VIEW_STACK (stack)
                                         ? adw_view_stack_get_pages (ADW_VIEW_STACK (stack))
                                         : gtk_stack_get_pages (GTK_STACK (stack));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < (round == 0 ? n : 1); i++)
      {
        g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
        g_autofree char *name = NULL;
        gint64 start;

        g_object_get (page, "name", &name, NULL);
        if (round == 0 && i == 0)
          {
            /* The view shown first is opened last, from another. */
            show_view (stack, name);
            spin_for (500);
            continue;
          }
        clock_data.painted_at = 0;
        start = g_get_monotonic_time ();
        show_view (stack, name);
        while (clock_data.painted_at == 0)
          g_main_context_iteration (NULL, TRUE);
        g_print ("view %s %.1f\n", name, (clock_data.painted_at - start) / 1000.0);
        spin_for (500);
      }
}

/* The list under the column view's selection. */
static BerRecordList *
record_list_of (GtkWidget *column_view)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));

  while (model != NULL && !BER_IS_RECORD_LIST (model))
    {
      if (GTK_IS_SINGLE_SELECTION (model))
        model = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model));
      else if (GTK_IS_MULTI_SELECTION (model))
        model = gtk_multi_selection_get_model (GTK_MULTI_SELECTION (model));
      else if (GTK_IS_NO_SELECTION (model))
        model = gtk_no_selection_get_model (GTK_NO_SELECTION (model));
      else
        model = NULL;
    }
  return model != NULL ? BER_RECORD_LIST (model) : NULL;
}

/* Until the worker has counted what the search asked for (at most a minute). */
static void
wait_counted (GtkWidget *column_view)
{
  BerRecordList *list = record_list_of (column_view);
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (list != NULL && ber_record_list_get_loading (list) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
}

static void
type_search (GtkWidget  *entry,
             GtkWidget  *column_view,
             const char *word)
{
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
  glong length = g_utf8_strlen (word, -1);
  guint n_before = g_list_model_get_n_items (rows);

  gtk_widget_grab_focus (entry);
  start_recording ();
  for (glong i = 1; i <= length; i++)
    {
      g_autofree char *prefix = g_utf8_substring (word, 0, i);

      gtk_editable_set_text (GTK_EDITABLE (entry), prefix);
      gtk_editable_set_position (GTK_EDITABLE (entry), -1);
      spin_for (TYPING_INTERVAL_MS);
    }
  spin_for (1000);
  wait_counted (column_view);
  stop_recording ("typing-search");
  g_print ("note typing-search %u rows before the search, %u after\n", n_before, g_list_model_get_n_items (rows));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  spin_for (1000);
  wait_counted (column_view);
  /* Until the list has laid out the rows it was given. */
  spin_for (500);
}

static void
end_and_home (GtkAdjustment *adjustment)
{
  start_recording ();
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment)
                                        - gtk_adjustment_get_page_size (adjustment));
  spin_for (1000);
  gtk_adjustment_set_value (adjustment, 0);
  spin_for (1000);
  stop_recording ("end-home");
}

#define SCROLL_STEPS       300
#define SCROLL_MAX_SECONDS 60

typedef struct
{
  GtkAdjustment *adjustment;
  guint          step;
  gint64         deadline;
  gboolean       done;
} Scroll;

/* One step of a scroll through the whole list, one per frame. */
static gboolean
scroll_step (GtkWidget     *widget,
             GdkFrameClock *frame_clock,
             gpointer       user_data)
{
  Scroll *scroll = user_data;
  double end = gtk_adjustment_get_upper (scroll->adjustment)
               - gtk_adjustment_get_page_size (scroll->adjustment);

  scroll->step++;
  gtk_adjustment_set_value (scroll->adjustment, MIN (end, end * scroll->step / SCROLL_STEPS));
  if (scroll->step >= SCROLL_STEPS || g_get_monotonic_time () > scroll->deadline)
    {
      scroll->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
scroll_through (GtkWidget     *view,
                GtkAdjustment *adjustment)
{
  Scroll scroll = { adjustment, 0, 0, FALSE };

  start_recording ();
  scroll.deadline = g_get_monotonic_time () + SCROLL_MAX_SECONDS * G_USEC_PER_SEC;
  gtk_widget_add_tick_callback (view, scroll_step, &scroll, NULL);
  while (!scroll.done)
    g_main_context_iteration (NULL, TRUE);
  spin_for (500);
  stop_recording ("scrolling");
  g_print ("note scrolling %u of %u steps done in at most %u s\n", scroll.step, SCROLL_STEPS,
           SCROLL_MAX_SECONDS);
  gtk_adjustment_set_value (adjustment, 0);
  spin_for (500);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BerApplication) app = NULL;
  GtkWindow *window;
  GtkWidget *stack;
  GtkStack *sections;
  GtkWidget *items_view;
  GtkWidget *column_view;
  GtkWidget *entry;
  guint tick;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  if (argc != 2)
    {
      g_printerr ("Usage: ber-bench-ui REGISTER\n");
      return 2;
    }

  clock_data.frame_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  app = ber_test_application_new ("Bench");
  window = ber_application_open_register (app, argv[1]);

  /* The window reads the register, then shows its views. */
  while ((stack = ber_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL)) == NULL
         || !gtk_widget_get_mapped (stack))
    g_main_context_iteration (NULL, TRUE);
  spin_for (1000);

  tick = gtk_widget_add_tick_callback (GTK_WIDGET (window), on_tick, NULL, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_after_paint), NULL);

  open_views (stack);
  show_view (stack, "agenda");
  spin_for (500);
  sections = find_stack_with (GTK_WIDGET (window), "items");
  g_assert_nonnull (sections);
  open_views (GTK_WIDGET (sections));

  gtk_stack_set_visible_child_name (sections, "items");
  spin_for (1000);
  items_view = gtk_stack_get_child_by_name (sections, "items");
  entry = ber_test_find_widget (items_view, GTK_TYPE_SEARCH_ENTRY, NULL);
  column_view = ber_test_find_widget (items_view, GTK_TYPE_COLUMN_VIEW, NULL);
  g_assert_nonnull (entry);
  g_assert_nonnull (column_view);

  type_search (entry, column_view, "sammanhållning");
  end_and_home (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (column_view)));
  scroll_through (column_view, gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (column_view)));

  gtk_widget_remove_tick_callback (GTK_WIDGET (window), tick);
  gtk_window_destroy (window);
  spin_for (200);
  g_array_unref (clock_data.frame_times);
  return 0;
}
