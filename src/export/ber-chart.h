/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/*
 * A bar chart of a printed document: one drawing in points, used in the PDF
 * as vectors (ber-print-render.c) and in the OpenDocument text as a PNG
 * (ber-odt-writer.c). The caption is not part of the drawing: the document
 * sets it as text above it.
 */

typedef struct _BerChart BerChart;

BerChart   *ber_chart_new        (const char         *title,
                                  guint               n_categories,
                                  const char * const *categories,
                                  guint               n_series,
                                  const char * const *series_names,
                                  const double       *values);
void        ber_chart_free       (BerChart           *chart);
const char *ber_chart_get_title  (const BerChart     *chart);
char       *ber_chart_describe   (const BerChart     *chart);
double      ber_chart_get_height (const BerChart     *chart,
                                  PangoContext       *context,
                                  double              width);
void        ber_chart_draw       (const BerChart     *chart,
                                  cairo_t            *cr,
                                  double              width,
                                  double              height);
GBytes     *ber_chart_to_png     (const BerChart     *chart,
                                  double              width,
                                  double              dpi,
                                  double             *height,
                                  GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerChart, ber_chart_free)

G_END_DECLS
