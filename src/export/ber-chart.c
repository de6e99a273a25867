/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "ber-chart.h"
#include "ber-export.h"
#include "ber-print-document-private.h"

/*
 * A grouped bar chart, drawn in points with the document's fonts. The value
 * axis runs from zero (or below it, for negative values) to a round number,
 * with three to six round steps. Few, short categories stand under upright
 * bars; many or long ones get horizontal bars with their names to the left.
 * Series differ in lightness and, from the third on, in hatching too, so
 * that a black-and-white print still tells them apart.
 */

#define LABEL_SIZE    7.5
#define VALUE_SIZE    6.5
#define LEGEND_SIZE   8.0
#define SWATCH        8.0
#define TICK_GAP      4.0
#define PLOT_HEIGHT   170.0
#define EMPTY_HEIGHT  44.0
#define MAX_UPRIGHT   16

struct _BerChart
{
  char   *title;
  guint   n_categories;
  GStrv   categories;
  guint   n_series;
  GStrv   series_names;
  double *values;         /* n_series × n_categories, series after series */
};

typedef struct
{
  PangoContext *context;
  double        width;
  gboolean      empty;
  gboolean      horizontal;
  double        lo;
  double        hi;
  double        step;
  guint         n_steps;
  guint         decimals;
  double        legend_height;
  double        tick_width;      /* the widest tick label */
  double        tick_height;
  double        value_height;
  double        plot_x;
  double        plot_y;
  double        plot_width;
  double        plot_height;
  double        slot;            /* upright: the width of one category */
  double        label_width;     /* horizontal: the column of category names */
  double        label_height;    /* upright: the band of category names */
  double        band;            /* horizontal: the height of one category */
  double        bar;             /* the thickness of one bar */
  double        height;
} Plan;

/* Fill colours by lightness: dark blue, light orange, middle green, pale grey. */
static const double palette[][3] = {
  { 0.16, 0.32, 0.56 },
  { 0.96, 0.71, 0.38 },
  { 0.42, 0.64, 0.40 },
  { 0.86, 0.86, 0.86 },
};

BerChart *
ber_chart_new (const char         *title,
               guint               n_categories,
               const char * const *categories,
               guint               n_series,
               const char * const *series_names,
               const double       *values)
{
  BerChart *chart = g_new0 (BerChart, 1);

  chart->title = g_utf8_make_valid (title != NULL ? title : "", -1);
  chart->n_categories = n_categories;
  chart->n_series = n_series;
  chart->categories = g_new0 (char *, n_categories + 1);
  for (guint c = 0; c < n_categories; c++)
    chart->categories[c] = g_utf8_make_valid (categories != NULL && categories[c] != NULL
                                              ? categories[c] : "", -1);
  chart->series_names = g_new0 (char *, n_series + 1);
  for (guint s = 0; s < n_series; s++)
    chart->series_names[s] = g_utf8_make_valid (series_names != NULL && series_names[s] != NULL
                                                ? series_names[s] : "", -1);
  chart->values = g_new0 (double, (gsize) n_series * n_categories + 1);
  for (gsize i = 0; values != NULL && i < (gsize) n_series * n_categories; i++)
    chart->values[i] = isfinite (values[i]) ? values[i] : 0.0;

  return chart;
}

void
ber_chart_free (BerChart *chart)
{
  if (chart == NULL)
    return;
  g_free (chart->title);
  g_strfreev (chart->categories);
  g_strfreev (chart->series_names);
  g_free (chart->values);
  g_free (chart);
}

const char *
ber_chart_get_title (const BerChart *chart)
{
  return chart->title;
}

static double
value_at (const BerChart *chart,
          guint           series,
          guint           category)
{
  return chart->values[(gsize) series * chart->n_categories + category];
}

/* Text */

static PangoLayout *
make_label (PangoContext  *context,
            const char    *text,
            double         size,
            double         width,
            PangoAlignment alignment)
{
  return ber_print_make_layout (context, text, size, BER_PRINT_STYLE_NORMAL, width, alignment);
}

static double
text_width (PangoContext *context,
            const char   *text,
            double        size)
{
  g_autoptr(PangoLayout) layout = make_label (context, text, size, -1, PANGO_ALIGN_LEFT);

  return ber_print_layout_width (layout);
}

static char *
format_value (double value,
              guint  decimals)
{
  return ber_export_format_number (value, 0, decimals);
}

/* A category name of a horizontal chart: at most two lines, then "…". */
static PangoLayout *
make_category_label (PangoContext *context,
                     const char   *text,
                     double        width)
{
  PangoLayout *layout = make_label (context, text, LABEL_SIZE, width, PANGO_ALIGN_RIGHT);

  pango_layout_set_height (layout, -2);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

static double
widest_word (PangoContext *context,
             const char   *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      widest = MAX (widest, text_width (context, words[i], LABEL_SIZE));
  return widest;
}

/* Plan */

/* Round steps: 1, 2, 2.5 or 5 times a power of ten, whole for whole values. */
static void
plan_axis (const BerChart *chart,
           Plan           *plan)
{
  double min = 0, max = 0, raw, magnitude, fraction, nice;
  gboolean whole = TRUE;

  for (gsize i = 0; i < (gsize) chart->n_series * chart->n_categories; i++)
    {
      min = MIN (min, chart->values[i]);
      max = MAX (max, chart->values[i]);
      whole = whole && chart->values[i] == floor (chart->values[i]);
    }

  plan->empty = chart->n_categories == 0 || chart->n_series == 0 || (min == 0 && max == 0);
  if (plan->empty)
    return;

  raw = (max - min) / 5.0;
  magnitude = pow (10.0, floor (log10 (raw)));
  fraction = raw / magnitude;
  nice = fraction <= 1.0 ? 1.0 : fraction <= 2.0 ? 2.0 : fraction <= 2.5 ? 2.5
         : fraction <= 5.0 ? 5.0 : 10.0;
  plan->step = nice * magnitude;
  if (whole && plan->step < 1.0)
    plan->step = 1.0;
  /* The axis starts at zero unless a value lies below it. */
  plan->lo = min < 0 ? floor (min / plan->step + 1e-9) * plan->step : 0.0;
  plan->hi = max > 0 ? ceil (max / plan->step - 1e-9) * plan->step : 0.0;
  plan->n_steps = (guint) MAX (1.0, round ((plan->hi - plan->lo) / plan->step));

  plan->decimals = 0;
  while (plan->decimals < 6)
    {
      double scaled = plan->step * pow (10.0, plan->decimals);

      if (fabs (scaled - round (scaled)) < 1e-6)
        break;
      plan->decimals++;
    }
}

static double
tick_value (const Plan *plan,
            guint       i)
{
  return plan->lo + plan->step * i;
}

/* Lays out (and with @cr, draws) the legend in rows; returns its height. */
static double
flow_legend (const BerChart *chart,
             const Plan     *plan,
             cairo_t        *cr);

static double
legend_height (const BerChart *chart,
               const Plan     *plan)
{
  return chart->n_series > 1 ? flow_legend (chart, plan, NULL) + 6.0 : 0.0;
}

/* Whether every category name fits under its bars, in at most two lines. */
static gboolean
fits_upright (const BerChart *chart,
              Plan           *plan)
{
  double height = 0;

  if (chart->n_categories > MAX_UPRIGHT)
    return FALSE;

  for (guint c = 0; c < chart->n_categories; c++)
    {
      g_autoptr(PangoLayout) layout = NULL;

      if (widest_word (plan->context, chart->categories[c]) > plan->slot - 2.0)
        return FALSE;
      layout = make_label (plan->context, chart->categories[c], LABEL_SIZE, plan->slot - 2.0,
                           PANGO_ALIGN_CENTER);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      if (pango_layout_get_line_count (layout) > 2)
        return FALSE;
      height = MAX (height, ber_print_layout_height (layout));
    }

  plan->label_height = height + 3.0;
  return TRUE;
}

static void
make_plan (const BerChart *chart,
           PangoContext   *context,
           double          width,
           Plan           *plan)
{
  double widest_value = 0;

  memset (plan, 0, sizeof *plan);
  plan->context = context;
  plan->width = width;
  plan_axis (chart, plan);
  if (plan->empty)
    {
      plan->height = EMPTY_HEIGHT;
      return;
    }

  for (guint i = 0; i <= plan->n_steps; i++)
    {
      g_autofree char *text = format_value (tick_value (plan, i), plan->decimals);
      g_autoptr(PangoLayout) layout = make_label (context, text, LABEL_SIZE, -1, PANGO_ALIGN_LEFT);

      plan->tick_width = MAX (plan->tick_width, ber_print_layout_width (layout));
      plan->tick_height = MAX (plan->tick_height, ber_print_layout_height (layout));
    }
  {
    g_autoptr(PangoLayout) layout = make_label (context, "0", VALUE_SIZE, -1, PANGO_ALIGN_LEFT);

    plan->value_height = ber_print_layout_height (layout);
  }
  plan->legend_height = legend_height (chart, plan);

  /* Upright bars, when the names fit under them. */
  plan->plot_x = plan->tick_width + TICK_GAP;
  plan->plot_width = width - plan->plot_x;
  plan->slot = plan->plot_width / chart->n_categories;
  if (fits_upright (chart, plan))
    {
      plan->plot_y = plan->legend_height + plan->value_height + 2.0;
      plan->plot_height = PLOT_HEIGHT;
      plan->bar = plan->slot * (chart->n_series == 1 ? 0.6 : 0.8) / chart->n_series;
      plan->height = plan->plot_y + plan->plot_height + plan->label_height;
      return;
    }

  /* Horizontal bars, the names in a column on the left. */
  plan->horizontal = TRUE;
  plan->slot = 0;
  for (guint c = 0; c < chart->n_categories; c++)
    plan->label_width = MAX (plan->label_width,
                             text_width (context, chart->categories[c], LABEL_SIZE));
  plan->label_width = MIN (plan->label_width, 0.35 * width);
  for (gsize i = 0; i < (gsize) chart->n_series * chart->n_categories; i++)
    {
      g_autofree char *text = format_value (chart->values[i], 2);

      widest_value = MAX (widest_value, text_width (context, text, VALUE_SIZE));
    }

  /* Each bar as thick as its value label is tall, so that the labels never overlap. */
  plan->bar = MAX (chart->n_series == 1 ? 10.0 : 7.0, plan->value_height + 0.5);
  plan->band = chart->n_series * plan->bar;
  for (guint c = 0; c < chart->n_categories; c++)
    {
      g_autoptr(PangoLayout) layout = make_category_label (context, chart->categories[c],
                                                           plan->label_width);

      plan->band = MAX (plan->band, ber_print_layout_height (layout));
    }
  plan->band += 6.0;
  plan->plot_x = plan->label_width + 6.0;
  plan->plot_width = MAX (width - plan->plot_x - widest_value - 4.0 - plan->tick_width / 2,
                          0.3 * width);
  plan->plot_y = plan->legend_height;
  plan->plot_height = plan->band * chart->n_categories;
  plan->height = plan->plot_y + plan->plot_height + plan->tick_height + 4.0;
}

/* Drawing */

static void
set_grey (cairo_t *cr,
          double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
}

static void
show (cairo_t     *cr,
      PangoLayout *layout,
      double       x,
      double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_bar (cairo_t *cr,
          guint    series,
          double   x,
          double   y,
          double   width,
          double   height)
{
  const double *colour = palette[series % G_N_ELEMENTS (palette)];

  if (width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_set_source_rgb (cr, colour[0], colour[1], colour[2]);
  cairo_fill_preserve (cr);

  /* From the third series on, hatching tells the bars apart in grey print too. */
  if (series >= 2)
    {
      double size = MAX (width, height);
      double sign = series % 2 == 0 ? 1.0 : -1.0;

      cairo_save (cr);
      cairo_clip_preserve (cr);
      cairo_new_path (cr);
      for (double d = -size; d < 2 * size; d += 3.0)
        {
          cairo_move_to (cr, x + d, y + (sign > 0 ? height : 0));
          cairo_line_to (cr, x + d + size, y + (sign > 0 ? height - size : size));
        }
      set_grey (cr, 0.15);
      cairo_set_line_width (cr, 0.5);
      cairo_stroke (cr);
      cairo_restore (cr);
      cairo_rectangle (cr, x, y, width, height);
    }

  set_grey (cr, 0.15);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static double
flow_legend (const BerChart *chart,
             const Plan     *plan,
             cairo_t        *cr)
{
  double x = 0, y = 0, row = 0;

  for (guint s = 0; s < chart->n_series; s++)
    {
      g_autoptr(PangoLayout) layout = make_label (plan->context, chart->series_names[s],
                                                  LEGEND_SIZE, plan->width - SWATCH - 4.0,
                                                  PANGO_ALIGN_LEFT);
      double item = SWATCH + 4.0 + ber_print_layout_width (layout);
      double height = ber_print_layout_height (layout);

      if (x > 0 && x + item > plan->width)
        {
          x = 0;
          y += row + 2.0;
          row = 0;
        }
      if (cr != NULL)
        {
          draw_bar (cr, s, x, y + (height - SWATCH) / 2, SWATCH, SWATCH);
          set_grey (cr, 0.08);
          show (cr, layout, x + SWATCH + 4.0, y);
        }
      x += item + 14.0;
      row = MAX (row, height);
    }

  return y + row;
}

/* Where @value lies on the value axis: y for upright bars, x for horizontal ones. */
static double
position (const Plan *plan,
          double      value)
{
  double fraction = (value - plan->lo) / (plan->hi - plan->lo);

  if (plan->horizontal)
    return plan->plot_x + plan->plot_width * fraction;
  return plan->plot_y + plan->plot_height * (1.0 - fraction);
}

static void
draw_grid (const Plan *plan,
           cairo_t    *cr)
{
  for (guint i = 0; i <= plan->n_steps; i++)
    {
      double value = tick_value (plan, i);
      double at = position (plan, value);
      g_autofree char *text = format_value (value, plan->decimals);
      g_autoptr(PangoLayout) layout = make_label (plan->context, text, LABEL_SIZE, -1,
                                                  PANGO_ALIGN_LEFT);
      double text_w = ber_print_layout_width (layout);
      double text_h = ber_print_layout_height (layout);

      set_grey (cr, fabs (value) < plan->step / 1000 ? 0.15 : 0.78);
      cairo_set_line_width (cr, fabs (value) < plan->step / 1000 ? 0.8 : 0.4);
      if (plan->horizontal)
        {
          cairo_move_to (cr, at, plan->plot_y);
          cairo_line_to (cr, at, plan->plot_y + plan->plot_height);
          cairo_stroke (cr);
          set_grey (cr, 0.33);
          show (cr, layout, at - text_w / 2, plan->plot_y + plan->plot_height + 2.0);
        }
      else
        {
          cairo_move_to (cr, plan->plot_x, at);
          cairo_line_to (cr, plan->plot_x + plan->plot_width, at);
          cairo_stroke (cr);
          set_grey (cr, 0.33);
          show (cr, layout, plan->plot_x - TICK_GAP - text_w, at - text_h / 2);
        }
    }
}

static void
draw_upright (const BerChart *chart,
              const Plan     *plan,
              cairo_t        *cr)
{
  double zero = position (plan, 0);
  double group = plan->bar * chart->n_series;

  for (guint c = 0; c < chart->n_categories; c++)
    {
      double left = plan->plot_x + plan->slot * c;
      g_autoptr(PangoLayout) name = make_label (plan->context, chart->categories[c], LABEL_SIZE,
                                                plan->slot - 2.0, PANGO_ALIGN_CENTER);

      for (guint s = 0; s < chart->n_series; s++)
        {
          double value = value_at (chart, s, c);
          double x = left + (plan->slot - group) / 2 + plan->bar * s;
          double top = position (plan, value);
          g_autofree char *text = format_value (value, 2);
          g_autoptr(PangoLayout) label = make_label (plan->context, text, VALUE_SIZE, -1,
                                                     PANGO_ALIGN_LEFT);
          double label_w = ber_print_layout_width (label);
          double room = chart->n_series == 1 ? plan->slot - 2.0 : plan->bar + 1.5;

          draw_bar (cr, s, x, MIN (top, zero), plan->bar, fabs (zero - top));
          /* A value that does not fit over its bar is left to the table beside the chart. */
          if (label_w <= room)
            {
              set_grey (cr, 0.08);
              show (cr, label, x + (plan->bar - label_w) / 2,
                    value >= 0 ? top - plan->value_height - 1.0 : top + 1.0);
            }
        }

      pango_layout_set_wrap (name, PANGO_WRAP_WORD);
      set_grey (cr, 0.08);
      show (cr, name, left + 1.0, plan->plot_y + plan->plot_height + 3.0);
    }
}

static void
draw_horizontal (const BerChart *chart,
                 const Plan     *plan,
                 cairo_t        *cr)
{
  double zero = position (plan, 0);
  double group = plan->bar * chart->n_series;

  for (guint c = 0; c < chart->n_categories; c++)
    {
      double top = plan->plot_y + plan->band * c;
      g_autoptr(PangoLayout) name = make_category_label (plan->context, chart->categories[c],
                                                         plan->label_width);

      set_grey (cr, 0.08);
      show (cr, name, 0, top + (plan->band - ber_print_layout_height (name)) / 2);

      for (guint s = 0; s < chart->n_series; s++)
        {
          double value = value_at (chart, s, c);
          double y = top + (plan->band - group) / 2 + plan->bar * s;
          double end = position (plan, value);
          g_autofree char *text = format_value (value, 2);
          g_autoptr(PangoLayout) label = make_label (plan->context, text, VALUE_SIZE, -1,
                                                     PANGO_ALIGN_LEFT);
          double label_w = ber_print_layout_width (label);

          draw_bar (cr, s, MIN (zero, end), y, fabs (end - zero), plan->bar);
          set_grey (cr, 0.08);
          show (cr, label, value >= 0 ? MAX (end, zero) + 2.0 : end - 2.0 - label_w,
                y + (plan->bar - plan->value_height) / 2);
        }
    }
}

static void
draw_empty (const Plan *plan,
            cairo_t    *cr)
{
  g_autoptr(PangoLayout) note = ber_print_make_layout (plan->context, _("No data"), BODY_SIZE,
                                                       BER_PRINT_STYLE_ITALIC, plan->width,
                                                       PANGO_ALIGN_CENTER);

  cairo_rectangle (cr, 0.4, 0.4, plan->width - 0.8, plan->height - 0.8);
  set_grey (cr, 0.6);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
  set_grey (cr, 0.33);
  show (cr, note, 0, (plan->height - ber_print_layout_height (note)) / 2);
}

/* The chart's height in points when it is @width wide, measured with @context. */
double
ber_chart_get_height (const BerChart *chart,
                      PangoContext   *context,
                      double          width)
{
  Plan plan;

  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);

  make_plan (chart, context, width, &plan);
  return plan.height;
}

/**
 * ber_chart_draw:
 *
 * Draws the chart with its top left at the origin of @cr, @width wide. A
 * chart taller than @height is drawn smaller to fit, centred.
 */
void
ber_chart_draw (const BerChart *chart,
                cairo_t        *cr,
                double          width,
                double          height)
{
  PangoContext *context;
  Plan plan;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);

  context = ber_print_document_create_pango_context (cr);
  make_plan (chart, context, width, &plan);

  cairo_save (cr);
  if (plan.height > height + EPSILON && height > 0)
    {
      double scale = height / plan.height;

      cairo_translate (cr, width * (1.0 - scale) / 2, 0);
      cairo_scale (cr, scale, scale);
    }

  if (plan.empty)
    draw_empty (&plan, cr);
  else
    {
      if (chart->n_series > 1)
        flow_legend (chart, &plan, cr);
      draw_grid (&plan, cr);
      if (plan.horizontal)
        draw_horizontal (chart, &plan, cr);
      else
        draw_upright (chart, &plan, cr);
      /* The zero line over the bars' feet. */
      set_grey (cr, 0.15);
      cairo_set_line_width (cr, 0.8);
      if (plan.horizontal)
        {
          cairo_move_to (cr, position (&plan, 0), plan.plot_y);
          cairo_line_to (cr, position (&plan, 0), plan.plot_y + plan.plot_height);
        }
      else
        {
          cairo_move_to (cr, plan.plot_x, position (&plan, 0));
          cairo_line_to (cr, plan.plot_x + plan.plot_width, position (&plan, 0));
        }
      cairo_stroke (cr);
    }
  cairo_restore (cr);
  g_object_unref (context);
}

/**
 * ber_chart_to_png:
 * @width: in points
 * @dpi: pixels per inch of the image
 * @height: (out): the chart's height in points
 *
 * Returns: (transfer full): the chart as a PNG on white, or %NULL with @error set.
 */
GBytes *
ber_chart_to_png (const BerChart *chart,
                  double          width,
                  double          dpi,
                  double         *height,
                  GError        **error)
{
  g_autoptr(GByteArray) png = g_byte_array_new ();
  PangoContext *context;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double points;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (width > 0 && dpi > 0, NULL);

  /* Measured on a scratch surface: the image's size depends on it. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  context = ber_print_document_create_pango_context (cr);
  points = ber_chart_get_height (chart, context, width);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width * dpi / 72.0),
                                        (int) ceil (points * dpi / 72.0));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, dpi / 72.0, dpi / 72.0);
  ber_chart_draw (chart, cr, width, points);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, ber_print_append_png, png);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw the chart “%s”: %s"),
                   chart->title, cairo_status_to_string (status));
      return NULL;
    }

  if (height != NULL)
    *height = points;
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

/**
 * ber_chart_describe:
 *
 * Returns: (transfer full): the chart as text, for its text alternative: the
 * title, then each series' values by category.
 */
char *
ber_chart_describe (const BerChart *chart)
{
  GString *out = g_string_new (chart->title);

  for (guint s = 0; s < chart->n_series; s++)
    {
      g_string_append (out, s == 0 ? ". " : "; ");
      if (chart->n_series > 1)
        g_string_append_printf (out, "%s: ", chart->series_names[s]);
      for (guint c = 0; c < chart->n_categories; c++)
        {
          g_autofree char *value = format_value (value_at (chart, s, c), 2);

          g_string_append_printf (out, "%s%s %s", c > 0 ? ", " : "", chart->categories[c], value);
        }
    }
  return g_string_free (out, FALSE);
}
