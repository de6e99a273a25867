/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The insides of BerPrintDocument, shared by its API and its layout code. */

#include <pango/pangocairo.h>

#include "ber-chart.h"
#include "ber-print-document.h"

G_BEGIN_DECLS

#define FONT_FAMILY   "Cantarell, DejaVu Sans, sans"
#define BODY_SIZE     10.0
#define SMALL_SIZE    8.5
#define TABLE_SIZE    9.0
#define HEADER_MIN_SIZE 6.5
#define TITLE_SIZE    18.0
#define FRAME_SIZE    8.0
#define LINE_SPACING  1.15
#define CELL_PAD_X    4.0
#define CELL_PAD_Y    2.5
#define KEY_GAP       12.0
#define TOC_NUMBER    30.0
#define TOC_INDENT    16.0
#define EPSILON       0.01
#define CAPTION_GAP   4.0

/* Pieces that are not lines, rows or entries. */
#define PIECE_HEAD    (-1)

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_KEY_VALUE,
  BLOCK_TABLE,
  BLOCK_TOC,
  BLOCK_PAGE_BREAK,
  BLOCK_SPACER,
  BLOCK_CHART,
} BlockKind;

typedef struct
{
  double top;       /* from the layout's top */
  double height;    /* to the next line's top */
  double baseline;  /* from the layout's top */
  double x;
} Line;

typedef struct
{
  guint        heading;   /* index of the heading block */
  PangoLayout *text;
  PangoLayout *number;
  double       indent;
  double       height;
  double       leader_x;  /* where the dots start, from the entry's left */
  double       baseline;  /* of the entry's last line */
} TocEntry;

typedef struct
{
  BerPrintStyle  style;
  GStrv          cells;
  PangoLayout  **layouts;
  double         height;
} Row;

struct _BerPrintTable
{
  guint            n_columns;
  GStrv            headers;
  double          *widths;        /* fractions of the text width */
  PangoAlignment  *alignments;
  GPtrArray       *rows;          /* Row */
  PangoLayout    **header_layouts;
  double           header_height;
};

typedef struct
{
  BlockKind      kind;
  guint          level;
  BerPrintStyle  style;
  char          *text;
  char          *value;
  double         space;
  guint          group;           /* keep-together group, 0 for none */
  BerPrintTable *table;
  guint          toc_max_level;
  BerChart      *chart;           /* its caption is the block's text */

  /* Set by layout. */
  PangoLayout   *layout;
  PangoLayout   *value_layout;
  double         key_width;
  double         height;
  GArray        *lines;           /* Line, of a paragraph */
  GArray        *toc;             /* TocEntry */
  double         chart_height;    /* of the drawing, under the caption */

  /* Set by the flow. */
  guint          page;            /* 1-based, 0 when not placed */
  double         y;
} Block;

typedef struct
{
  Block *block;
  int    piece;
  double y;
} Placement;

struct _BerPrintDocument
{
  GObject       parent_instance;

  char         *title;
  char         *header_text;
  GDateTime    *created;
  char         *subject;
  char         *keywords;
  gboolean      archival;

  /* Who issues the document, printed in every page's header. */
  char         *issuer_name;
  char         *issuer_unit;
  char         *issuer_address;
  GBytes       *logo;
  char         *logo_type;
  gpointer      logo_image;       /* cairo_surface_t or RsvgHandle, made on first use */
  GPtrArray    *blocks;           /* Block */
  guint         n_groups;
  guint         open_group;

  PangoContext *context;
  double        page_width;
  double        page_height;
  GPtrArray    *pages;            /* GArray of Placement */
  GError       *error;            /* the first read that failed while it was made */
};

void         ber_print_block_free         (gpointer          data);
void         ber_print_row_free           (gpointer          data);
void         ber_print_layout_blocks      (BerPrintDocument *self,
                                           double            width);
void         ber_print_flow_blocks        (BerPrintDocument *self);
gboolean     ber_print_number_toc_entries (BerPrintDocument *self);
PangoLayout *ber_print_make_layout        (PangoContext     *context,
                                           const char       *text,
                                           double            size,
                                           BerPrintStyle     style,
                                           double            width,
                                           PangoAlignment    alignment);
double       ber_print_layout_height      (PangoLayout      *layout);
double       ber_print_layout_width       (PangoLayout      *layout);
void         ber_print_clear_logo         (BerPrintDocument *self);
void         ber_print_draw_page          (BerPrintDocument *self,
                                           cairo_t          *cr,
                                           guint             page);
cairo_status_t ber_print_append_png      (void                *closure,
                                          const unsigned char *data,
                                          unsigned int         length);
GBytes      *ber_print_logo_to_png        (BerPrintDocument *self,
                                           double           *width,
                                           double           *height);

G_END_DECLS
