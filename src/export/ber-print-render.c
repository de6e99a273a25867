/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-print-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-print-document-private.h"

/*
 * Drawing a laid-out page: only with the cairo_t given, and only inside the
 * page, so that the same code prints through GtkPrintOperation.
 */

static void
set_ink (cairo_t *cr)
{
  cairo_set_source_rgb (cr, 0.08, 0.08, 0.08);
}

static void
set_muted (cairo_t *cr)
{
  cairo_set_source_rgb (cr, 0.33, 0.33, 0.33);
}

static void
draw_rule (cairo_t *cr,
           double   x,
           double   y,
           double   width,
           double   line_width,
           double   grey)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_table_piece (BerPrintTable *table,
                  cairo_t       *cr,
                  int            piece,
                  double         x,
                  double         y,
                  double         width)
{
  PangoLayout **layouts;
  double height;

  if (piece == PIECE_HEAD)
    {
      layouts = table->header_layouts;
      height = table->header_height;
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.91, 0.91, 0.91);
      cairo_rectangle (cr, x, y, width, height);
      cairo_fill (cr);
      cairo_restore (cr);
      draw_rule (cr, x, y, width, 0.8, 0.08);
      draw_rule (cr, x, y + height, width, 0.8, 0.08);
    }
  else
    {
      Row *row = g_ptr_array_index (table->rows, piece);

      layouts = row->layouts;
      height = row->height;
      if (row->style & BER_PRINT_STYLE_BOLD)
        draw_rule (cr, x, y, width, 0.8, 0.08);
      draw_rule (cr, x, y + height, width, 0.4, 0.6);
    }

  set_ink (cr);
  for (guint c = 0; c < table->n_columns; c++)
    {
      draw_layout (cr, layouts[c], x + CELL_PAD_X, y + CELL_PAD_Y);
      x += width * table->widths[c];
    }
}

static void
draw_toc_entry (const TocEntry *entry,
                cairo_t        *cr,
                double          x,
                double          y,
                double          width)
{
  double from = x + entry->indent + entry->leader_x + 4.0;
  double to = x + width - ber_print_layout_width (entry->number) - 4.0;
  const double dash[] = { 0.0, 3.0 };

  set_ink (cr);
  draw_layout (cr, entry->text, x + entry->indent, y);
  draw_layout (cr, entry->number, x + width - TOC_NUMBER, y);

  if (to > from)
    {
      cairo_save (cr);
      set_muted (cr);
      cairo_set_line_width (cr, 0.8);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, from, y + entry->baseline);
      cairo_line_to (cr, to, y + entry->baseline);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
draw_placement (BerPrintDocument *self,
                cairo_t          *cr,
                const Placement  *placement)
{
  Block *block = placement->block;
  double x = BER_PRINT_MARGIN;
  double width = self->page_width - 2 * BER_PRINT_MARGIN;
  double y = placement->y;

  switch (block->kind)
    {
    case BLOCK_TITLE:
    case BLOCK_HEADING:
      set_ink (cr);
      draw_layout (cr, block->layout, x, y);
      if (block->kind == BLOCK_HEADING && block->level <= 1)
        draw_rule (cr, x, y + block->height - 1.0, width, 0.5, 0.45);
      break;

    case BLOCK_PARAGRAPH:
      {
        const Line *line = &g_array_index (block->lines, Line, placement->piece);

        set_ink (cr);
        cairo_move_to (cr, x + line->x, y + line->baseline - line->top);
        pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (block->layout,
                                                                          placement->piece));
      }
      break;

    case BLOCK_KEY_VALUE:
      set_muted (cr);
      draw_layout (cr, block->layout, x, y);
      set_ink (cr);
      draw_layout (cr, block->value_layout, x + block->key_width, y);
      break;

    case BLOCK_TABLE:
      draw_table_piece (block->table, cr, placement->piece, x, y, width);
      break;

    case BLOCK_TOC:
      if (placement->piece == PIECE_HEAD)
        {
          set_ink (cr);
          draw_layout (cr, block->layout, x, y);
          draw_rule (cr, x, y + block->height - 1.0, width, 0.5, 0.45);
        }
      else
        draw_toc_entry (&g_array_index (block->toc, TocEntry, placement->piece), cr, x, y, width);
      break;

    case BLOCK_PAGE_BREAK:
    case BLOCK_SPACER:
    default:
      break;
    }
}

static PangoLayout *
frame_layout (BerPrintDocument *self,
              const char       *text,
              double            width,
              PangoAlignment    alignment)
{
  PangoLayout *layout = ber_print_make_layout (self->context, text, FRAME_SIZE, BER_PRINT_STYLE_NORMAL,
                                     width, alignment);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

/* The running header and the footer, in the margins. */
static void
draw_frame (BerPrintDocument *self,
            cairo_t          *cr,
            guint             page)
{
  double x = BER_PRINT_MARGIN;
  double width = self->page_width - 2 * BER_PRINT_MARGIN;
  double bottom = self->page_height - BER_PRINT_MARGIN;
  g_autofree char *date = g_date_time_format (self->created, "%Y-%m-%d");
  g_autofree char *number = g_strdup_printf (_("Page %d of %d"), (int) page + 1,
                                                  (int) self->pages->len);
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  gboolean two = self->header_text != NULL && *self->header_text && *self->title;

  left = frame_layout (self, two ? self->header_text : self->title, two ? width * 0.45 : width,
                       PANGO_ALIGN_LEFT);
  set_muted (cr);
  draw_layout (cr, left, x, BER_PRINT_MARGIN - 12.0 - ber_print_layout_height (left));
  if (two)
    {
      right = frame_layout (self, self->title, width * 0.53, PANGO_ALIGN_RIGHT);
      draw_layout (cr, right, x + width * 0.47, BER_PRINT_MARGIN - 12.0 - ber_print_layout_height (right));
    }
  draw_rule (cr, x, BER_PRINT_MARGIN - 8.0, width, 0.4, 0.6);

  g_clear_object (&left);
  g_clear_object (&right);
  draw_rule (cr, x, bottom + 10.0, width, 0.4, 0.6);
  left = frame_layout (self, date, width * 0.45, PANGO_ALIGN_LEFT);
  right = frame_layout (self, number, width * 0.45, PANGO_ALIGN_RIGHT);
  set_muted (cr);
  draw_layout (cr, left, x, bottom + 14.0);
  draw_layout (cr, right, x + width * 0.55, bottom + 14.0);
}


void
ber_print_draw_page (BerPrintDocument *self,
                     cairo_t          *cr,
                     guint             page)
{
  GArray *placements = g_ptr_array_index (self->pages, page);

  draw_frame (self, cr, page);
  for (guint i = 0; i < placements->len; i++)
    draw_placement (self, cr, &g_array_index (placements, Placement, i));
}
