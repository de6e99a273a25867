/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The looks of the program as drawn in a real window. Every text on the
 * screens a secretary sees most — the empty items view, the items list, an
 * item no meeting can decide in time, a meeting's agenda, the networks, the
 * returned reports with a late one and a late report's page — reads at
 * 4.5:1 or more against its background (WCAG AA), in light and in dark
 * style, at 1100 and at 360 pixels wide: measured from the rendered pixels
 * of each label. Each of these screens has one suggested action at most.
 * Every icon the program names is in the icon theme it runs with. A page
 * opens with the cursor after its title, nothing selected.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ber-agenda-list.h"
#include "ber-application.h"
#include "ber-bodies-view.h"
#include "ber-demo.h"
#include "ber-item-page.h"
#include "ber-items-view.h"
#include "ber-meetings-view.h"
#include "ber-model.h"
#include "ber-networks-view.h"
#include "ber-report-page.h"
#include "ber-reports-view.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"
#include "ber-window.h"

/* WCAG 2.1, success criterion 1.4.3 (level AA), for text of any size. */
#define MIN_CONTRAST 4.5

#define RESOURCE_PREFIX "/io/github/beredning/Beredning"

static char *config_dir;

/* Measuring */

typedef struct
{
  char    *text;
  double   ratio;
  guint32  ink;        /* 0xRRGGBB */
  guint32  background;
} Measure;

static void
measure_free (Measure *measure)
{
  g_free (measure->text);
  g_free (measure);
}

/* The relative luminance of an sRGB colour, as WCAG defines it. */
static double
luminance (guint32 rgb)
{
  double channel[3];

  for (guint i = 0; i < 3; i++)
    {
      double c = ((rgb >> (16 - 8 * i)) & 0xff) / 255.0;

      channel[i] = c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
    }
  return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

static double
contrast (guint32 a,
          guint32 b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/*
 * The window is drawn at three times its size, as on a high-resolution
 * screen: even the thinnest stroke of a small "§" then covers whole pixels
 * in the text's own colour, where at its size antialiasing would only give
 * lighter shades of it.
 */
#define SCALE 3

typedef struct
{
  guchar *pixels;   /* GDK_MEMORY_DEFAULT: B, G, R, A premultiplied */
  gsize   stride;
  int     width;    /* in pixels, SCALE times the window's */
  int     height;
} Picture;

static void
picture_clear (Picture *picture)
{
  g_clear_pointer (&picture->pixels, g_free);
}

/* @window as it is drawn now, with its pixels. */
static void
picture_take (GtkWidget *window,
              Picture   *picture)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = 0;
  int height = 0;

  /* A machine busy with other work may not have drawn the window yet: it
   * draws nothing until it has. */
  for (guint attempt = 0; node == NULL && attempt < 100; attempt++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      if (attempt > 0)
        ber_test_spin_until_quiet (100);
      width = gtk_widget_get_width (window);
      height = gtk_widget_get_height (window);
      gtk_snapshot_scale (snapshot, SCALE, SCALE);
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width * SCALE,
                                                              height * SCALE));
  picture->width = gdk_texture_get_width (texture);
  picture->height = gdk_texture_get_height (texture);
  picture->stride = (gsize) picture->width * 4;
  picture->pixels = g_malloc (picture->stride * picture->height);
  gdk_texture_download (texture, picture->pixels, picture->stride);
}

/* The opaque pixel at @x, @y as 0xRRGGBB, or -1 where the window is not opaque. */
static gint64
picture_pixel (const Picture *picture,
               int            x,
               int            y)
{
  const guchar *p = picture->pixels + (gsize) y * picture->stride + (gsize) x * 4;

  if (p[3] != 0xff)
    return -1;
  return (p[2] << 16) | (p[1] << 8) | p[0];
}

/* The part of @widget that is on the screen, in @window's coordinates: its
 * bounds cut by those of every widget around it that clips what it holds
 * (a scrolled view, a revealer); a badge may hang over its button. A
 * line of text cut at the top or bottom of its view by more than a quarter
 * of its height is not measured. */
static gboolean
visible_area (GtkWidget       *widget,
              GtkWidget       *window,
              graphene_rect_t *area)
{
  float height;

  if (!gtk_widget_compute_bounds (widget, window, area))
    return FALSE;
  height = area->size.height;
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL && w != window;
       w = gtk_widget_get_parent (w))
    {
      graphene_rect_t bounds;

      if (gtk_widget_get_overflow (w) != GTK_OVERFLOW_HIDDEN)
        continue;
      if (!gtk_widget_compute_bounds (w, window, &bounds)
          || !graphene_rect_intersection (area, &bounds, area))
        return FALSE;
    }
  return area->size.width >= 2 && area->size.height >= 0.75 * height;
}

/*
 * Measures the text of @label as drawn in @picture: its background is the
 * colour most of the label's pixels have, its ink the pixel that differs
 * most from that. Antialiased edges lie between the two, so a label with
 * only thin strokes measures at worst lower than its real colour, never
 * higher. Returns %NULL when the label shows no ink (clipped, empty).
 */
static Measure *
measure_label (GtkWidget     *label,
               GtkWidget     *window,
               const Picture *picture)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  graphene_rect_t area;
  int x0, y0, x1, y1;
  guint32 background = 0;
  guint best = 0, n_ink = 0;
  Measure *measure;
  GHashTableIter iter;
  gpointer key, value;

  if (!visible_area (label, window, &area))
    return NULL;
  x0 = MAX (0, (int) ceil (area.origin.x * SCALE));
  y0 = MAX (0, (int) ceil (area.origin.y * SCALE));
  x1 = MIN (picture->width, (int) floor ((area.origin.x + area.size.width) * SCALE));
  y1 = MIN (picture->height, (int) floor ((area.origin.y + area.size.height) * SCALE));

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        gint64 pixel = picture_pixel (picture, x, y);
        gpointer k = GUINT_TO_POINTER ((guint) pixel | 0x1000000);

        if (pixel >= 0)
          g_hash_table_insert (counts, k,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, k))
                                                 + 1));
      }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best)
      {
        best = GPOINTER_TO_UINT (value);
        background = GPOINTER_TO_UINT (key) & 0xffffff;
      }
  if (best == 0)
    return NULL;

  measure = g_new0 (Measure, 1);
  measure->background = background;
  measure->ratio = 1.0;
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint32 pixel = GPOINTER_TO_UINT (key) & 0xffffff;
      double ratio = contrast (pixel, background);

      if (pixel != background)
        n_ink += GPOINTER_TO_UINT (value);
      if (ratio > measure->ratio)
        {
          measure->ratio = ratio;
          measure->ink = pixel;
        }
    }
  if (n_ink < 3)
    {
      g_free (measure);
      return NULL;
    }
  measure->text = g_strdup (gtk_label_get_text (GTK_LABEL (label)));
  return measure;
}

/* Measures every label drawn in @window, in @measures. */
static void
measure_labels (GtkWidget     *widget,
                GtkWidget     *window,
                const Picture *picture,
                GPtrArray     *measures)
{
  if (!gtk_widget_is_drawable (widget) || gtk_widget_get_opacity (widget) == 0.0)
    return;
  /* Popovers and dialogs are windows of their own. */
  if (widget != window && GTK_IS_NATIVE (widget))
    return;
  /* WCAG asks nothing of the text of a control that cannot be used. */
  if (!gtk_widget_is_sensitive (widget))
    return;
  /* A view switcher's badge is drawn away from where it is laid out; its
   * white on the accent blue is that of the suggested buttons, measured. */
  if (g_str_equal (gtk_widget_get_css_name (widget), "indicatorbin"))
    return;
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      Measure *measure = measure_label (widget, window, picture);

      if (measure != NULL)
        g_ptr_array_add (measures, measure);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    measure_labels (child, window, picture, measures);
}

/* The first drawn label under @root whose text begins with @prefix. */
static GtkWidget *
find_label (GtkWidget  *root,
            const char *prefix)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_is_drawable (child)
          && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child)), prefix))
        return child;
      found = find_label (child, prefix);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether @widget lies whole within its scrolled window's view. */
static gboolean
is_scrolled_into_view (gpointer widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (widget, scrolled, &bounds) && bounds.origin.y >= 0
         && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

/* Scrolls the page so that the label beginning with @prefix is on the
 * screen, again if the page scrolls back to its top as it loads. */
static void
scroll_to_label (GtkWidget  *window,
                 const char *prefix)
{
  GtkWidget *label = find_label (window, prefix);
  GtkWidget *scrolled;

  if (label == NULL)
    g_error ("No label reading “%s” is shown", prefix);
  scrolled = gtk_widget_get_ancestor (label, GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled == NULL)
    return;
  for (guint i = 0; i < 10 && !is_scrolled_into_view (label); i++)
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (label, scrolled, &bounds));
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                                gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (
                                  GTK_SCROLLED_WINDOW (scrolled)))
                                  + bounds.origin.y - 120);
      ber_test_spin_until_quiet (1000);
    }
  g_assert_true (is_scrolled_into_view (label));
}

/* Whether a stack or a leaflet under @widget is still moving between pages,
 * showing both. */
static gboolean
is_in_transition (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return TRUE;
  if (ADW_IS_LEAFLET (widget) && adw_leaflet_get_child_transition_running (ADW_LEAFLET (widget)))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_in_transition (child))
      return TRUE;
  return FALSE;
}

static gboolean
is_at_rest (gpointer window)
{
  return !is_in_transition (window);
}

/* Counts the suggested buttons drawn in @window, and logs them. */
static guint
count_main_actions (GtkWidget *widget,
                    GtkWidget *window)
{
  guint n = 0;

  if (!gtk_widget_is_drawable (widget) || (widget != window && GTK_IS_NATIVE (widget)))
    return 0;
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action"))
    {
      g_test_message ("suggested action: %s", gtk_button_get_label (GTK_BUTTON (widget)) != NULL
                                                 ? gtk_button_get_label (GTK_BUTTON (widget))
                                                 : gtk_widget_get_tooltip_text (widget));
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_main_actions (child, window);
  return n;
}

typedef struct
{
  const char *scheme;   /* "light" or "dark" */
  int         width;    /* of the window asked for */
  GPtrArray  *failures; /* of char *, what read below MIN_CONTRAST */
  guint       n_measured;
} Survey;

/*
 * Measures every label of @window as drawn now, logs each, and notes those
 * below MIN_CONTRAST in @survey. Returns the measures, to look for one.
 */
static GPtrArray *
survey_screen (Survey     *survey,
               GtkWidget  *window,
               const char *screen,
               const char *scroll_to)
{
  GPtrArray *measures = g_ptr_array_new_with_free_func ((GDestroyNotify) measure_free);
  g_autofree char *shot = NULL;
  Picture picture = { 0 };

  /* Transitions and the list's first pages come to rest, and a page
   * scrolls to what is measured. */
  ber_test_spin ();
  ber_test_spin_until_quiet (1000);
  g_assert_true (ber_test_spin_until (is_at_rest, window));
  if (scroll_to != NULL)
    scroll_to_label (window, scroll_to);
  shot = g_strdup_printf ("looks-%s-%s-%d.png", screen, survey->scheme, survey->width);
  ber_test_screenshot (window, shot);

  /* One main action on a screen: the suggested colour marks it alone. */
  g_assert_cmpuint (count_main_actions (window, window), <=, 1);

  picture_take (window, &picture);
  measure_labels (window, window, &picture, measures);
  picture_clear (&picture);

  g_assert_cmpuint (measures->len, >, 0);
  for (guint i = 0; i < measures->len; i++)
    {
      Measure *m = g_ptr_array_index (measures, i);
      g_autofree char *line = g_strdup_printf ("%s %s %d px: %5.2f:1  #%06x on #%06x  “%.60s”",
                                               screen, survey->scheme, survey->width,
                                               m->ratio, m->ink,
                                               m->background, m->text);

      g_test_message ("%s", line);
      if (m->ratio < MIN_CONTRAST)
        g_ptr_array_add (survey->failures, g_steal_pointer (&line));
    }
  survey->n_measured += measures->len;
  return measures;
}

/*
 * Logs how the first label whose text begins with @prefix measured, as
 * @what. The screens at 1100 pixels show all these labels; a narrow window
 * may show a list's status column only by scrolling sideways.
 */
static void
report_measure (Survey     *survey,
                GPtrArray  *measures,
                const char *prefix,
                const char *what)
{
  for (guint i = 0; i < measures->len; i++)
    {
      const Measure *m = g_ptr_array_index (measures, i);

      if (g_str_has_prefix (m->text, prefix))
        {
          g_test_message ("%s, %s %d px: %.2f:1", what, survey->scheme, survey->width, m->ratio);
          return;
        }
    }
  if (survey->width >= 1100)
    g_error ("No label reading “%s” was drawn", prefix);
  g_test_message ("%s, %s %d px: not on the screen", what, survey->scheme, survey->width);
}

/* The window */

static BerApplication *
app_new (void)
{
  BerApplication *app = ber_test_application_new ("Looks");

  /* GNOME's title buttons: the bare X server's default adds minimize and maximize. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  return app;
}

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

static gboolean
is_not_loading (gpointer window)
{
  return g_strcmp0 (ber_window_get_page (window), "loading") != 0;
}

static BerWindow *
open_window (BerApplication *app,
             const char     *path)
{
  GtkWindow *window = ber_application_open_register (app, path);

  g_assert_true (BER_IS_WINDOW (window));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, window));
  g_assert_true (ber_test_spin_until_within (is_not_loading, window, 120));
  return BER_WINDOW (window);
}

static void
set_width (BerWindow *window,
           int        width)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, 760);
  ber_test_spin ();
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

/* The agenda page's items section, shown, and its view. */
static BerItemsView *
show_items (BerWindow *window)
{
  GtkStack *sections;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "agenda"));
  sections = find_stack_with (GTK_WIDGET (window), "follow-up");
  g_assert_nonnull (sections);
  gtk_stack_set_visible_child_name (sections, "items");
  ber_test_spin ();
  return BER_ITEMS_VIEW (ber_test_require_widget (GTK_WIDGET (window), BER_TYPE_ITEMS_VIEW,
                                                  NULL));
}

static BerReportsView *
show_reports (BerWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "reports"));
  ber_test_spin ();
  return BER_REPORTS_VIEW (ber_test_require_widget (GTK_WIDGET (window), BER_TYPE_REPORTS_VIEW,
                                                    NULL));
}

/* An open item of the demo that no meeting of its body can decide before
 * its reply date, and the warning its page gives. */
static gint64
find_item_without_meeting (BerContext *context,
                           GListModel *items_list,
                           char      **warning)
{
  BerItems *items = ber_context_get_items (context);

  for (guint i = 0; i < g_list_model_get_n_items (items_list); i++)
    {
      g_autoptr(BerItem) item = g_list_model_get_item (items_list, i);
      g_autoptr(BerMeeting) meeting = NULL;
      g_autoptr(GError) error = NULL;
      const char *status = ber_item_get_status (item);
      gint64 body_id = 0;

      g_object_get (item, "routed-body-id", &body_id, NULL);
      if (body_id <= 0 || !ber_items_is_open (items, status)
          || g_strcmp0 (status, "on-agenda") == 0)
        continue;
      meeting = ber_items_latest_meeting (items, body_id, ber_item_get_reply_by (item), &error);
      g_assert_no_error (error);
      if (meeting == NULL)
        {
          *warning = ber_items_no_meeting_text (items, body_id, ber_item_get_reply_by (item));
          return ber_record_get_id (BER_RECORD (item));
        }
    }
  g_error ("Every open item of the demo has a meeting in time");
  return 0;
}

/* A late report of the demo, and the status its page gives it. */
static gint64
find_late_report (BerContext *context,
                  GListModel *reports_list)
{
  BerReports *reports = ber_context_get_reports (context);

  for (guint i = 0; i < g_list_model_get_n_items (reports_list); i++)
    {
      g_autoptr(BerReport) report = g_list_model_get_item (reports_list, i);

      if (ber_reports_is_late (reports, report))
        return ber_record_get_id (BER_RECORD (report));
    }
  g_error ("No report of the demo is late");
  return 0;
}

/* Contrast */

static void
survey_empty_register (Survey *survey)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  BerApplication *app = app_new ();
  g_autoptr(GPtrArray) measures = NULL;
  BerWindow *window;

  window = open_window (app, path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.create-register", "s",
                                             "empty"));
  g_assert_true (ber_test_spin_until_within (is_not_loading, window, 120));
  set_width (window, survey->width);
  show_items (window);

  measures = survey_screen (survey, GTK_WIDGET (window), "items-empty", NULL);
  report_measure (survey, measures, _("No Items Yet"), "the empty items view");

  app_free (app);
  ber_test_remove_tree (dir);
}

static void
survey_demo_register (Survey *survey)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *warning = NULL;
  g_autofree char *late_by = NULL;
  BerApplication *app = app_new ();
  BerWindow *window;
  BerContext *context;
  BerItemsView *items;
  BerReportsView *reports;
  gint64 item_id, report_id;

  g_assert_true (ber_demo_create (path, NULL));
  window = open_window (app, path);
  context = ber_window_get_context (window);
  set_width (window, survey->width);

  /* The items, with overdue and soon due reply dates. */
  items = show_items (window);
  g_ptr_array_unref (survey_screen (survey, GTK_WIDGET (window), "items", NULL));

  /* An item no meeting can decide in time: its page warns. */
  item_id = find_item_without_meeting (context, ber_items_view_get_model (items), &warning);
  ber_items_view_show_item (items, item_id);
  {
    g_autoptr(GPtrArray) measures = survey_screen (survey, GTK_WIDGET (window), "item-warning",
                                                   warning);

    report_measure (survey, measures, warning, "the warning that no meeting can decide in time");
  }

  /* A meeting's agenda, with its paragraphs, times and minutes. */
  {
    GtkStack *sections = find_stack_with (GTK_WIDGET (window), "follow-up");
    BerMeetingsView *meetings;
    GListModel *list;
    BerAgendaList *agenda = NULL;

    gtk_stack_set_visible_child_name (sections, "meetings");
    ber_test_spin ();
    meetings = BER_MEETINGS_VIEW (ber_test_require_widget (GTK_WIDGET (window),
                                                           BER_TYPE_MEETINGS_VIEW, NULL));
    list = ber_meetings_view_get_model (meetings);
    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      {
        g_autoptr(BerRecord) meeting = g_list_model_get_item (list, i);

        ber_meetings_view_open_meeting (meetings, ber_record_get_id (meeting));
        agenda = BER_AGENDA_LIST (ber_test_require_widget (GTK_WIDGET (meetings),
                                                           BER_TYPE_AGENDA_LIST, NULL));
        if (g_list_model_get_n_items (ber_agenda_list_get_entries (agenda)) > 3)
          break;
      }
    g_assert_cmpuint (g_list_model_get_n_items (ber_agenda_list_get_entries (agenda)), >, 3);
    g_ptr_array_unref (survey_screen (survey, GTK_WIDGET (window), "meeting", NULL));
  }

  /* The networks, with their representatives and fees. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "networks"));
  g_ptr_array_unref (survey_screen (survey, GTK_WIDGET (window), "networks", NULL));

  /* The returned reports, with the late ones marked. */
  reports = show_reports (window);
  {
    g_autoptr(GPtrArray) measures = survey_screen (survey, GTK_WIDGET (window), "reports", NULL);

    report_measure (survey, measures, C_("report status", "Late"), "a late report in the list");
  }

  /* A late report's page. */
  report_id = find_late_report (context, ber_reports_view_get_model (reports));
  ber_reports_view_show_report (reports, report_id);
  /* "Late by 9 days": the status row's subtitle. */
  late_by = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Late by %d day", "Late by %d days", 2),
                             2);
  *strstr (late_by, "2") = '\0';
  {
    g_autoptr(GPtrArray) measures = survey_screen (survey, GTK_WIDGET (window), "report-late",
                                                   late_by);

    report_measure (survey, measures, late_by, "a late report's status on its page");
  }

  app_free (app);
  ber_test_remove_tree (dir);
}

static void
test_contrast (gconstpointer data)
{
  const char *scheme = data;
  AdwStyleManager *style = adw_style_manager_get_default ();
  Survey survey = { scheme, 0, g_ptr_array_new_with_free_func (g_free), 0 };
  const int widths[] = { 1100, 360 };

  adw_style_manager_set_color_scheme (style, g_str_equal (scheme, "dark")
                                               ? ADW_COLOR_SCHEME_FORCE_DARK
                                               : ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_cmpint (adw_style_manager_get_dark (style), ==, g_str_equal (scheme, "dark"));

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      survey.width = widths[i];
      survey_empty_register (&survey);
      survey_demo_register (&survey);
    }

  g_test_message ("%u labels measured, %u below %.1f:1", survey.n_measured, survey.failures->len,
                  MIN_CONTRAST);
  for (guint i = 0; i < survey.failures->len; i++)
    g_test_message ("too faint: %s", (char *) g_ptr_array_index (survey.failures, i));
  g_assert_cmpuint (survey.failures->len, ==, 0);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  g_ptr_array_unref (survey.failures);
}

/* Icons */

/* Adds to @names the value of every icon-name property in the interface
 * description @ui, the list item templates inside it too. */
static void
collect_ui_icons (const char *ui,
                  GHashTable *names)
{
  g_autoptr(GRegex) regex = g_regex_new ("name=\"icon-name\"[^>]*>\\s*([^<\\s]+)\\s*<", 0, 0,
                                         NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (regex, ui, 0, &match);
  while (g_match_info_matches (match))
    {
      g_hash_table_add (names, g_match_info_fetch (match, 1));
      g_match_info_next (match, NULL);
    }
}

/* Adds the icons of every interface description in the resources under @path. */
static void
collect_resource_icons (const char *path,
                        GHashTable *names,
                        guint      *n_files)
{
  g_auto(GStrv) children = g_resources_enumerate_children (path, 0, NULL);

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    {
      g_autofree char *child = g_strconcat (path, "/", children[i], NULL);

      if (g_str_has_suffix (child, "/"))
        {
          child[strlen (child) - 1] = '\0';
          collect_resource_icons (child, names, n_files);
        }
      else if (g_str_has_suffix (child, ".ui"))
        {
          g_autoptr(GBytes) bytes = g_resources_lookup_data (child, 0, NULL);
          g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL),
                                             g_bytes_get_size (bytes));

          g_assert_nonnull (bytes);
          collect_ui_icons (text, names);
          (*n_files)++;
        }
    }
}

/* Adds every "…-symbolic" name quoted in the C files under @dir: the icons
 * set from code. */
static void
collect_source_icons (const char *dir,
                      GHashTable *names)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GRegex) regex = g_regex_new ("\"([a-z0-9-]+-symbolic)\"", 0, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          collect_source_icons (path, names);
          continue;
        }
      if (!g_str_has_suffix (name, ".c"))
        continue;
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_regex_match (regex, text, 0, &match);
      while (g_match_info_matches (match))
        {
          g_hash_table_add (names, g_match_info_fetch (match, 1));
          g_match_info_next (match, NULL);
        }
    }
}

static void
test_icons (void)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();
  g_autofree char *theme_name = NULL;
  BerApplication *app = app_new ();
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  const char *root = g_getenv ("BEREDNING_SOURCE_DIR");
  guint n_files = 0;
  GHashTableIter iter;
  gpointer name;

  /* The theme of the oldest system the program supports (Debian 12: Adwaita 43). */
  g_object_get (gtk_settings_get_default (), "gtk-icon-theme-name", &theme_name, NULL);
  g_test_message ("icon theme: %s", theme_name);

  collect_resource_icons (RESOURCE_PREFIX, names, &n_files);
  g_assert_cmpuint (n_files, >, 40);
  if (root != NULL)
    {
      g_autofree char *sources = g_build_filename (root, "src", NULL);

      collect_source_icons (sources, names);
    }
  else
    g_test_message ("BEREDNING_SOURCE_DIR is not set: the icons named in code are not checked");
  g_assert_cmpuint (g_hash_table_size (names), >, 20);

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    if (!gtk_icon_theme_has_icon (theme, name))
      g_ptr_array_add (missing, name);
  for (guint i = 0; i < missing->len; i++)
    g_test_message ("no icon “%s” in the theme or the program", (char *) missing->pdata[i]);
  g_assert_cmpuint (missing->len, ==, 0);

  app_free (app);
}

/* Pages */

/* The text entry that has the keyboard focus in @window. */
static GtkEditable *
focused_text (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_true (GTK_IS_TEXT (focus));
  return GTK_EDITABLE (focus);
}

/* The focus is in a title field that shows @title, with the cursor after
 * it and nothing selected, so that a key typed adds to it. */
static void
assert_cursor_after (GtkWindow  *window,
                     const char *title)
{
  GtkEditable *text = focused_text (window);
  int start = 0, end = 0;

  ber_test_spin ();
  g_assert_cmpstr (gtk_editable_get_text (text), ==, title);
  g_assert_false (gtk_editable_get_selection_bounds (text, &start, &end));
  g_assert_cmpint (gtk_editable_get_position (text), ==, g_utf8_strlen (title, -1));
}

static void
test_page_focus (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  BerApplication *app = app_new ();
  BerWindow *window;

  g_assert_true (ber_demo_create (path, NULL));
  window = open_window (app, path);

  /* An item's page, from the list. */
  {
    BerItemsView *items = show_items (window);
    g_autoptr(BerItem) item = g_list_model_get_item (ber_items_view_get_model (items), 0);

    GtkWidget *focus;
    int start = 0, end = 0;

    /* A saved item's page takes the keyboard at its status, above the
     * title: nothing is selected for a key to replace. */
    ber_items_view_show_item (items, ber_record_get_id (BER_RECORD (item)));
    ber_test_spin ();
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_nonnull (focus);
    g_assert_nonnull (gtk_widget_get_ancestor (focus, BER_TYPE_ITEM_PAGE));
    g_assert_false (GTK_IS_TEXT (focus)
                    && gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), &start, &end));
  }

  /* A network's page. */
  {
    GtkWidget *view;
    g_autoptr(BerRecord) network = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                               "networks"));
    ber_test_spin ();
    view = ber_test_require_widget (GTK_WIDGET (window), BER_TYPE_NETWORKS_VIEW, NULL);
    network = g_list_model_get_item (ber_register_view_get_model (BER_REGISTER_VIEW (view)), 0);
    g_assert_true (ber_register_view_open_id (BER_REGISTER_VIEW (view), BER_TYPE_NETWORK,
                                              ber_record_get_id (network)));
    assert_cursor_after (GTK_WINDOW (window), ber_record_get_string (network, "name"));
  }

  /* A body's page. */
  {
    GtkStack *sections;
    BerBodiesView *bodies;
    g_autoptr(BerRecord) body = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                               "agenda"));
    sections = find_stack_with (GTK_WIDGET (window), "follow-up");
    gtk_stack_set_visible_child_name (sections, "bodies");
    ber_test_spin ();
    bodies = BER_BODIES_VIEW (ber_test_require_widget (GTK_WIDGET (window), BER_TYPE_BODIES_VIEW,
                                                       NULL));
    body = g_list_model_get_item (ber_bodies_view_get_model (bodies), 0);
    ber_bodies_view_open_body (bodies, ber_record_get_id (body));
    assert_cursor_after (GTK_WINDOW (window), ber_record_get_string (body, "name"));
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

  g_test_add_func ("/looks/icons", test_icons);
  g_test_add_data_func ("/looks/contrast/light", "light", test_contrast);
  g_test_add_data_func ("/looks/contrast/dark", "dark", test_contrast);
  g_test_add_func ("/looks/page-focus", test_page_focus);

  status = g_test_run ();
  ber_test_remove_tree (config_dir);
  g_free (config_dir);
  return status;
}
