/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-print-document"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <librsvg/rsvg.h>
#include <math.h>

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
set_bold (PangoLayout *layout)
{
  PangoFontDescription *font = pango_font_description_copy (pango_layout_get_font_description (layout));

  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
}

typedef struct
{
  GBytes *bytes;
  gsize   offset;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;
  gsize size;
  const guint8 *bytes = g_bytes_get_data (reader->bytes, &size);

  if (size - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, bytes + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
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

static guint
block_index (BerPrintDocument *self,
                       Block            *block)
{
  guint index = 0;

  g_ptr_array_find (self->blocks, block, &index);
  return index;
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
      if (block->kind == BLOCK_HEADING)
        {
          /* Where the table of contents links to (see above). */
          g_autofree char *name = g_strdup_printf ("name='heading-%u'",
                                                   block_index (self, block));

          cairo_tag_begin (cr, CAIRO_TAG_DEST, name);
          draw_layout (cr, block->layout, x, y);
          cairo_tag_end (cr, CAIRO_TAG_DEST);
        }
      else
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

    case BLOCK_CHART:
      set_ink (cr);
      draw_layout (cr, block->layout, x, y);
      cairo_save (cr);
      cairo_translate (cr, x, y + block->height - block->chart_height);
      ber_chart_draw (block->chart, cr, width, block->chart_height);
      cairo_restore (cr);
      break;

    case BLOCK_TOC:
      if (placement->piece == PIECE_HEAD)
        {
          set_ink (cr);
          draw_layout (cr, block->layout, x, y);
          draw_rule (cr, x, y + block->height - 1.0, width, 0.5, 0.45);
        }
      else
        {
          const TocEntry *entry = &g_array_index (block->toc, TocEntry, placement->piece);
          Block *heading = g_ptr_array_index (self->blocks, entry->heading);
          g_autofree char *link = NULL;

          /* In a PDF the entry links to its heading's page; printing ignores it. */
          if (heading->page > 0)
            link = g_strdup_printf ("dest='heading-%u'", entry->heading);
          if (link != NULL)
            cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
          draw_toc_entry (entry, cr, x, y, width);
          if (link != NULL)
            cairo_tag_end (cr, CAIRO_TAG_LINK);
        }
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

#define LOGO_HEIGHT  30.0
#define LOGO_WIDTH   90.0

/* The logo, read on first use; a logo that cannot be read is left out. */
static gboolean
load_logo (BerPrintDocument *self)
{
  if (self->logo_image != NULL)
    return TRUE;
  if (self->logo == NULL)
    return FALSE;

  if (g_str_equal (self->logo_type, "image/svg+xml"))
    {
      RsvgHandle *handle = rsvg_handle_new_from_data (g_bytes_get_data (self->logo, NULL),
                                                      g_bytes_get_size (self->logo), NULL);
      /* Sized in pixels, or by a viewBox only: draw_logo() fits either into the logo's box. */
      if (handle != NULL)
        self->logo_image = handle;
    }
  else
    {
      PngReader reader = { self->logo, 0 };
      cairo_surface_t *surface = cairo_image_surface_create_from_png_stream (read_png, &reader);

      if (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS)
        self->logo_image = surface;
      else
        cairo_surface_destroy (surface);
    }
  return self->logo_image != NULL;
}

void
ber_print_clear_logo (BerPrintDocument *self)
{
  if (self->logo_image == NULL)
    return;
  if (RSVG_IS_HANDLE (self->logo_image))
    g_object_unref (self->logo_image);
  else
    cairo_surface_destroy (self->logo_image);
  self->logo_image = NULL;
}

/* Draws the logo with its top left at @x, @y, within LOGO_WIDTH × LOGO_HEIGHT; returns its
 * width, and its height in @drawn_height. */
static double
draw_logo (BerPrintDocument *self,
           cairo_t          *cr,
           double            x,
           double            y,
           double           *drawn_height)
{
  double width, height, scale;

  if (!load_logo (self))
    return 0;

  if (RSVG_IS_HANDLE (self->logo_image))
    {
      RsvgHandle *handle = self->logo_image;
      RsvgRectangle viewport = { x, y, LOGO_WIDTH, LOGO_HEIGHT };
      RsvgRectangle ink, logical;

      if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, &width, &height)
          || width <= 0 || height <= 0)
        {
          if (!rsvg_handle_get_geometry_for_layer (handle, NULL, &viewport, &ink, &logical, NULL))
            return 0;
          width = logical.width;
          height = logical.height;
        }
      if (width <= 0 || height <= 0)
        return 0;
      scale = MIN (LOGO_WIDTH / width, LOGO_HEIGHT / height);
      viewport.width = width * scale;
      viewport.height = height * scale;
      if (drawn_height != NULL)
        *drawn_height = viewport.height;
      cairo_save (cr);
      rsvg_handle_render_document (handle, cr, &viewport, NULL);
      cairo_restore (cr);
      return viewport.width;
    }

  width = cairo_image_surface_get_width (self->logo_image);
  height = cairo_image_surface_get_height (self->logo_image);
  if (width <= 0 || height <= 0)
    return 0;
  scale = MIN (LOGO_WIDTH / width, LOGO_HEIGHT / height);
  if (drawn_height != NULL)
    *drawn_height = height * scale;
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, self->logo_image, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  return width * scale;
}

/*
 * The running header and the footer, in the margins. With an issuer, the
 * header holds the logo and the organisation's name, unit and address on the
 * left, the document's own header text and title on the right.
 */
static void
draw_frame (BerPrintDocument *self,
            cairo_t          *cr,
            guint             page)
{
  double x = BER_PRINT_MARGIN;
  double width = self->page_width - 2 * BER_PRINT_MARGIN;
  double bottom = self->page_height - BER_PRINT_MARGIN;
  double rule = BER_PRINT_MARGIN - 8.0;
  g_autofree char *date = g_date_time_format (self->created, "%Y-%m-%d");
  g_autofree char *number = g_strdup_printf (_("Page %d of %d"), (int) page + 1,
                                                  (int) self->pages->len);
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  gboolean two = self->header_text != NULL && *self->header_text && *self->title;

  if (self->issuer_name != NULL)
    {
      g_autoptr(GString) lines = g_string_new (NULL);
      g_autofree char *own = NULL;
      double logo_width = draw_logo (self, cr, x, rule - 4.0 - LOGO_HEIGHT, NULL);
      double text_x = x + (logo_width > 0 ? logo_width + 8.0 : 0);
      double text_width = width * 0.6 - (text_x - x);

      if (self->issuer_unit != NULL)
        g_string_append (lines, self->issuer_unit);
      if (self->issuer_address != NULL)
        g_string_append_printf (lines, "%s%s", lines->len > 0 ? "\n" : "", self->issuer_address);
      left = frame_layout (self, self->issuer_name, text_width, PANGO_ALIGN_LEFT);
      pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_NONE);
      pango_layout_set_attributes (left, NULL);
      set_bold (left);
      if (lines->len > 0)
        {
          right = frame_layout (self, lines->str, text_width, PANGO_ALIGN_LEFT);
          pango_layout_set_ellipsize (right, PANGO_ELLIPSIZE_NONE);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      {
        double name_height = ber_print_layout_height (left);
        double rest = right != NULL ? ber_print_layout_height (right) : 0;
        double top = rule - 4.0 - name_height - rest;

        draw_layout (cr, left, text_x, top);
        set_muted (cr);
        if (right != NULL)
          draw_layout (cr, right, text_x, top + name_height);
      }
      g_clear_object (&left);
      g_clear_object (&right);

      own = two ? g_strdup_printf ("%s\n%s", self->header_text, self->title) : g_strdup (self->title);
      right = frame_layout (self, own, width * 0.38, PANGO_ALIGN_RIGHT);
      pango_layout_set_ellipsize (right, PANGO_ELLIPSIZE_NONE);
      set_muted (cr);
      draw_layout (cr, right, x + width * 0.62, rule - 4.0 - ber_print_layout_height (right));
    }
  else
    {
      left = frame_layout (self, two ? self->header_text : self->title, two ? width * 0.45 : width,
                           PANGO_ALIGN_LEFT);
      set_muted (cr);
      draw_layout (cr, left, x, BER_PRINT_MARGIN - 12.0 - ber_print_layout_height (left));
      if (two)
        {
          right = frame_layout (self, self->title, width * 0.53, PANGO_ALIGN_RIGHT);
          draw_layout (cr, right, x + width * 0.47, BER_PRINT_MARGIN - 12.0 - ber_print_layout_height (right));
        }
    }
  draw_rule (cr, x, rule, width, 0.4, 0.6);

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

/* A cairo_write_func_t that appends the PNG written to the GByteArray
 * @closure. */
cairo_status_t
ber_print_append_png (void                *closure,
                      const unsigned char *data,
                      unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * ber_print_logo_to_png:
 * @width: (out): @height: (out): the logo's size in the header, in points
 *
 * Returns: (transfer full) (nullable): the logo as the header draws it, as a
 * PNG at 300 dpi; %NULL without a logo or one that cannot be read.
 */
GBytes *
ber_print_logo_to_png (BerPrintDocument *self,
                       double           *width,
                       double           *height)
{
  const double scale = 300.0 / 72.0;
  g_autoptr(GByteArray) png = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  *width = *height = 0;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  *width = draw_logo (self, cr, 0, 0, height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (*width <= 0 || *height <= 0)
    return NULL;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (*width * scale),
                                        (int) ceil (*height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  draw_logo (self, cr, 0, 0, NULL);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, ber_print_append_png, png);
  cairo_surface_destroy (surface);

  return status == CAIRO_STATUS_SUCCESS ? g_byte_array_free_to_bytes (g_steal_pointer (&png))
                                        : NULL;
}
