/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/*
 * A printable document: a list of blocks (title, headings, paragraphs,
 * key–value lines, tables, a table of contents, page breaks, spacers) laid
 * out on A4 pages with 25 mm margins, a running header and a footer with the
 * date the document was made and "Page N of M".
 *
 * The document is written for PDF (ber_print_document_write_pdf()) and for
 * printing: in GtkPrintOperation, set use-full-page and GTK_UNIT_POINTS, call
 * ber_print_document_paginate() from ::begin-print with
 * gtk_print_context_create_pango_context() and the context's width and
 * height, set n-pages, and call ber_print_document_render_page() from
 * ::draw-page. Rendering uses only the cairo_t it is given.
 *
 * All text is plain text: never Pango markup, so names from the register
 * print as they are written.
 */

typedef enum
{
  BER_PRINT_STYLE_NORMAL = 0,
  BER_PRINT_STYLE_BOLD   = 1 << 0,
  BER_PRINT_STYLE_ITALIC = 1 << 1,
  BER_PRINT_STYLE_SMALL  = 1 << 2,
} BerPrintStyle;

/* A4 portrait, in points (1/72 inch). */
#define BER_PRINT_A4_WIDTH  (210.0 / 25.4 * 72.0)
#define BER_PRINT_A4_HEIGHT (297.0 / 25.4 * 72.0)
#define BER_PRINT_MARGIN    (25.0 / 25.4 * 72.0)

/* A table of the document; the document owns it. */
typedef struct _BerPrintTable BerPrintTable;

#define BER_TYPE_PRINT_DOCUMENT (ber_print_document_get_type ())

G_DECLARE_FINAL_TYPE (BerPrintDocument, ber_print_document, BER, PRINT_DOCUMENT, GObject)

BerPrintDocument *ber_print_document_new                   (const char        *title);
const char       *ber_print_document_get_title             (BerPrintDocument  *self);
const char       *ber_print_document_get_header_text       (BerPrintDocument  *self);
void              ber_print_document_set_header_text       (BerPrintDocument  *self,
                                                            const char        *header_text);
GDateTime        *ber_print_document_get_created           (BerPrintDocument  *self);
void              ber_print_document_set_created           (BerPrintDocument  *self,
                                                            GDateTime         *created);
void              ber_print_document_set_description       (BerPrintDocument  *self,
                                                            const char        *subject,
                                                            const char        *keywords);
void              ber_print_document_set_issuer            (BerPrintDocument  *self,
                                                            const char        *name,
                                                            const char        *unit,
                                                            const char        *address,
                                                            GBytes            *logo,
                                                            const char        *logo_type);
const char       *ber_print_document_get_issuer_unit       (BerPrintDocument  *self);
void              ber_print_document_set_archival          (BerPrintDocument  *self,
                                                            gboolean           archival);

/* Blocks, in reading order. */
void              ber_print_document_add_title             (BerPrintDocument  *self,
                                                            const char        *text);
void              ber_print_document_add_heading           (BerPrintDocument  *self,
                                                            guint              level,
                                                            const char        *text);
void              ber_print_document_add_paragraph         (BerPrintDocument  *self,
                                                            const char        *text,
                                                            BerPrintStyle      style);
void              ber_print_document_add_key_value         (BerPrintDocument  *self,
                                                            const char        *key,
                                                            const char        *value);
BerPrintTable    *ber_print_document_add_table             (BerPrintDocument  *self,
                                                            guint              n_columns,
                                                            const char * const *headers,
                                                            const double      *widths);
void              ber_print_document_add_table_of_contents (BerPrintDocument  *self,
                                                            const char        *heading,
                                                            guint              max_level);
void              ber_print_document_add_page_break        (BerPrintDocument  *self);
GError         **ber_print_document_failure               (BerPrintDocument  *self);
void              ber_print_document_add_spacer            (BerPrintDocument  *self,
                                                            double             points);
void              ber_print_document_begin_keep_together   (BerPrintDocument  *self);
void              ber_print_document_end_keep_together     (BerPrintDocument  *self);
/* A bar chart: n_series bars per category (grouped, with a legend when n_series > 1).
 * values holds n_series * n_categories numbers, series after series.
 * title is its caption and its text alternative. */
void     ber_print_document_add_bar_chart (BerPrintDocument   *self,
                                           const char         *title,
                                           guint               n_categories,
                                           const char * const *categories,
                                           guint               n_series,
                                           const char * const *series_names,
                                           const double       *values);

void              ber_print_table_set_alignment            (BerPrintTable     *table,
                                                            guint              column,
                                                            PangoAlignment     alignment);
void              ber_print_table_add_row                  (BerPrintTable     *table,
                                                            BerPrintStyle      style,
                                                            const char * const *cells);
guint             ber_print_table_get_n_rows               (BerPrintTable     *table);

/* Layout and output. */
PangoContext     *ber_print_document_create_pango_context  (cairo_t           *cr);
void              ber_print_document_paginate              (BerPrintDocument  *self,
                                                            PangoContext      *context,
                                                            double             page_width,
                                                            double             page_height);
guint             ber_print_document_get_n_pages           (BerPrintDocument  *self);
guint             ber_print_document_get_heading_page      (BerPrintDocument  *self,
                                                            const char        *text);
void              ber_print_document_render_page           (BerPrintDocument  *self,
                                                            cairo_t           *cr,
                                                            guint              page);
gboolean          ber_print_document_write_pdf             (BerPrintDocument  *self,
                                                            const char        *path,
                                                            GError           **error);
/* The document as OpenDocument text (.odt), charts as PNG images. */
gboolean ber_print_document_write_odt     (BerPrintDocument   *self,
                                           const char         *path,
                                           GError            **error);

G_END_DECLS
