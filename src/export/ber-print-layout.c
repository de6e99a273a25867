/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-print-document"

#include "config.h"

#include "ber-print-document-private.h"

/*
 * Layout happens in three steps. ber_print_document_paginate() first lays out
 * every block's text with Pango at the text width ("layout"), then flows the
 * blocks down the pages ("flow"): each block is a sequence of pieces that are
 * never split (a line of a paragraph, a key–value line, a table row, a TOC
 * entry) and the flow records where each piece lands. Last, the table of
 * contents gets the page numbers of its headings; the number column has a
 * fixed width, so the flow only runs again if an entry changed height.
 * Rendering then draws the pieces of one page, with the header and footer.
 */

static void
clear_toc_entry (gpointer data)
{
  TocEntry *entry = data;

  g_clear_object (&entry->text);
  g_clear_object (&entry->number);
}

static void
table_clear_layout (BerPrintTable *table)
{
  for (guint c = 0; table->header_layouts != NULL && c < table->n_columns; c++)
    g_clear_object (&table->header_layouts[c]);
  g_clear_pointer (&table->header_layouts, g_free);

  for (guint r = 0; r < table->rows->len; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; row->layouts != NULL && c < table->n_columns; c++)
        g_clear_object (&row->layouts[c]);
      g_clear_pointer (&row->layouts, g_free);
    }
}

void
ber_print_row_free (gpointer data)
{
  Row *row = data;

  g_strfreev (row->cells);
  g_free (row);
}

static void
table_free (BerPrintTable *table)
{
  table_clear_layout (table);
  g_strfreev (table->headers);
  g_free (table->widths);
  g_free (table->alignments);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static void
block_clear_layout (Block *block)
{
  g_clear_object (&block->layout);
  g_clear_object (&block->value_layout);
  g_clear_pointer (&block->lines, g_array_unref);
  g_clear_pointer (&block->toc, g_array_unref);
  if (block->table != NULL)
    table_clear_layout (block->table);
  block->page = 0;
}

void
ber_print_block_free (gpointer data)
{
  Block *block = data;

  block_clear_layout (block);
  g_clear_pointer (&block->table, table_free);
  g_clear_pointer (&block->chart, ber_chart_free);
  g_free (block->text);
  g_free (block->value);
  g_free (block);
}

/* Text and numbers */

static PangoFontDescription *
make_font (double        size,
           BerPrintStyle style)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_size (font, (gint) (size * PANGO_SCALE));
  if (style & BER_PRINT_STYLE_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (style & BER_PRINT_STYLE_ITALIC)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);

  return font;
}

/* Plain text, never markup: what the register holds is printed as written. */
PangoLayout *
ber_print_make_layout (PangoContext  *context,
                       const char    *text,
                       double         size,
                       BerPrintStyle  style,
                       double         width,
                       PangoAlignment alignment)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = make_font (size, style);

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

double
ber_print_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.y + logical.height);
}

double
ber_print_layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.width);
}

static GArray *
measure_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double bottom = ber_print_layout_height (layout);

  do
    {
      PangoRectangle logical;
      Line line = { 0 };

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = pango_units_to_double (logical.y);
      line.x = pango_units_to_double (logical.x);
      line.baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      double next = i + 1 < lines->len ? g_array_index (lines, Line, i + 1).top : bottom;

      line->height = next - line->top;
    }

  return lines;
}

static double
heading_size (guint level)
{
  return level <= 1 ? 14.0 : level == 2 ? 11.5 : BODY_SIZE;
}

static double
space_before (const Block *block)
{
  switch (block->kind)
    {
    case BLOCK_HEADING:
      return block->level <= 1 ? 18.0 : block->level == 2 ? 12.0 : 8.0;
    case BLOCK_PARAGRAPH:
      return 4.0;
    case BLOCK_TABLE:
      return 6.0;
    case BLOCK_TOC:
      return 12.0;
    case BLOCK_CHART:
      return 10.0;
    case BLOCK_TITLE:
    case BLOCK_KEY_VALUE:
    case BLOCK_PAGE_BREAK:
    case BLOCK_SPACER:
    default:
      return 0.0;
    }
}

static double
space_after (const Block *block)
{
  switch (block->kind)
    {
    case BLOCK_TITLE:
      return 10.0;
    case BLOCK_HEADING:
      return block->level <= 1 ? 6.0 : 4.0;
    case BLOCK_PARAGRAPH:
      return 6.0;
    case BLOCK_KEY_VALUE:
      return 1.5;
    case BLOCK_TABLE:
    case BLOCK_TOC:
    case BLOCK_CHART:
      return 12.0;
    case BLOCK_PAGE_BREAK:
    case BLOCK_SPACER:
    default:
      return 0.0;
    }
}

/* Layout */

static void
layout_key_values (BerPrintDocument *self,
                   guint             first,
                   guint             end,
                   double            width)
{
  double widest = 0;
  double key_width;

  /* One key column for a run of key–value lines, as wide as the widest key allows. */
  for (guint i = first; i < end; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      g_autoptr(PangoLayout) natural = ber_print_make_layout (self->context, block->text, BODY_SIZE,
                                                    BER_PRINT_STYLE_NORMAL, -1,
                                                    PANGO_ALIGN_LEFT);

      widest = MAX (widest, ber_print_layout_width (natural));
    }
  key_width = CLAMP (widest + KEY_GAP, 0.18 * width, 0.38 * width);

  for (guint i = first; i < end; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      block->key_width = key_width;
      block->layout = ber_print_make_layout (self->context, block->text, BODY_SIZE, BER_PRINT_STYLE_NORMAL,
                                   key_width - KEY_GAP, PANGO_ALIGN_LEFT);
      block->value_layout = ber_print_make_layout (self->context, block->value, BODY_SIZE,
                                         BER_PRINT_STYLE_NORMAL, width - key_width,
                                         PANGO_ALIGN_LEFT);
      block->height = MAX (ber_print_layout_height (block->layout), ber_print_layout_height (block->value_layout));
    }
}

/* The width of the widest word of @text at @size, in points. */
static double
widest_word (PangoContext *context,
             const char   *text,
             double        size)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = NULL;

      if (*words[i] == '\0')
        continue;
      layout = ber_print_make_layout (context, words[i], size, BER_PRINT_STYLE_BOLD, -1,
                                      PANGO_ALIGN_LEFT);
      widest = MAX (widest, ber_print_layout_width (layout));
    }
  return widest;
}

/*
 * A column heading breaks between words only, never inside one ("Organ",
 * not "Org-an"): a word too wide for its column is set a little smaller.
 */
static PangoLayout *
make_header_layout (PangoContext  *context,
                    const char    *text,
                    double         width,
                    PangoAlignment alignment)
{
  PangoLayout *layout;
  PangoAttrList *attributes;
  double size = TABLE_SIZE;

  while (size > HEADER_MIN_SIZE && widest_word (context, text, size) > width)
    size -= 0.5;

  layout = ber_print_make_layout (context, text, size, BER_PRINT_STYLE_BOLD, width, alignment);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  attributes = pango_attr_list_new ();
  pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  return layout;
}

static void
layout_table (BerPrintDocument *self,
              BerPrintTable    *table,
              double            width)
{
  table->header_layouts = g_new0 (PangoLayout *, table->n_columns);
  table->header_height = 0;
  for (guint c = 0; c < table->n_columns; c++)
    {
      table->header_layouts[c] = make_header_layout (self->context, table->headers[c],
                                                     width * table->widths[c] - 2 * CELL_PAD_X,
                                                     table->alignments[c]);
      table->header_height = MAX (table->header_height,
                                  ber_print_layout_height (table->header_layouts[c]) + 2 * CELL_PAD_Y);
    }

  for (guint r = 0; r < table->rows->len; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);
      double size = row->style & BER_PRINT_STYLE_SMALL ? SMALL_SIZE : TABLE_SIZE;

      row->layouts = g_new0 (PangoLayout *, table->n_columns);
      row->height = 0;
      for (guint c = 0; c < table->n_columns; c++)
        {
          row->layouts[c] = ber_print_make_layout (self->context, row->cells[c], size, row->style,
                                         width * table->widths[c] - 2 * CELL_PAD_X,
                                         table->alignments[c]);
          row->height = MAX (row->height, ber_print_layout_height (row->layouts[c]) + 2 * CELL_PAD_Y);
        }
    }
}

static void
measure_toc_entry (TocEntry *entry)
{
  PangoLayoutIter *iter = pango_layout_get_iter (entry->text);
  PangoRectangle logical;

  while (pango_layout_iter_next_line (iter))
    ;
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  entry->leader_x = pango_units_to_double (logical.x + logical.width);
  entry->baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
  pango_layout_iter_free (iter);

  entry->height = MAX (ber_print_layout_height (entry->text), ber_print_layout_height (entry->number)) + 3.0;
}

static void
layout_toc (BerPrintDocument *self,
            Block            *block,
            double            width)
{
  if (block->text != NULL)
    {
      block->layout = ber_print_make_layout (self->context, block->text, heading_size (1),
                                   BER_PRINT_STYLE_BOLD, width, PANGO_ALIGN_LEFT);
      block->height = ber_print_layout_height (block->layout) + 3.0;
    }

  block->toc = g_array_new (FALSE, TRUE, sizeof (TocEntry));
  g_array_set_clear_func (block->toc, clear_toc_entry);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *heading = g_ptr_array_index (self->blocks, i);
      TocEntry entry = { 0 };

      if (heading->kind != BLOCK_HEADING || heading->level > block->toc_max_level)
        continue;

      entry.heading = i;
      entry.indent = (heading->level - 1) * TOC_INDENT;
      entry.text = ber_print_make_layout (self->context, heading->text, BODY_SIZE,
                                heading->level == 1 && block->toc_max_level > 1
                                  ? BER_PRINT_STYLE_BOLD : BER_PRINT_STYLE_NORMAL,
                                width - entry.indent - TOC_NUMBER - 2 * KEY_GAP, PANGO_ALIGN_LEFT);
      entry.number = ber_print_make_layout (self->context, "", BODY_SIZE, BER_PRINT_STYLE_NORMAL,
                                  TOC_NUMBER, PANGO_ALIGN_RIGHT);
      measure_toc_entry (&entry);
      g_array_append_val (block->toc, entry);
    }
}

/* The caption above the drawing; a drawing taller than a page is drawn smaller. */
static void
layout_chart (BerPrintDocument *self,
              Block            *block,
              double            width)
{
  double caption;

  block->layout = ber_print_make_layout (self->context, block->text, BODY_SIZE,
                                         BER_PRINT_STYLE_BOLD, width, PANGO_ALIGN_LEFT);
  caption = ber_print_layout_height (block->layout) + CAPTION_GAP;
  block->chart_height = MIN (ber_chart_get_height (block->chart, self->context, width),
                             self->page_height - 2 * BER_PRINT_MARGIN - caption);
  block->height = caption + block->chart_height;
}

void
ber_print_layout_blocks (BerPrintDocument *self,
                         double            width)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      PangoLayout *layout = NULL;

      block_clear_layout (block);

      switch (block->kind)
        {
        case BLOCK_TITLE:
          block->layout = ber_print_make_layout (self->context, block->text, TITLE_SIZE,
                                       BER_PRINT_STYLE_BOLD, width, PANGO_ALIGN_LEFT);
          block->height = ber_print_layout_height (block->layout);
          break;

        case BLOCK_HEADING:
          block->layout = ber_print_make_layout (self->context, block->text, heading_size (block->level),
                                       BER_PRINT_STYLE_BOLD, width, PANGO_ALIGN_LEFT);
          /* A rule under the first level. */
          block->height = ber_print_layout_height (block->layout) + (block->level <= 1 ? 3.0 : 0.0);
          break;

        case BLOCK_PARAGRAPH:
          layout = ber_print_make_layout (self->context, block->text,
                                block->style & BER_PRINT_STYLE_SMALL ? SMALL_SIZE : BODY_SIZE,
                                block->style, width, PANGO_ALIGN_LEFT);
          pango_layout_set_line_spacing (layout, LINE_SPACING);
          block->layout = layout;
          block->lines = measure_lines (layout);
          break;

        case BLOCK_KEY_VALUE:
          {
            guint end = i + 1;

            while (end < self->blocks->len
                   && ((Block *) g_ptr_array_index (self->blocks, end))->kind == BLOCK_KEY_VALUE)
              end++;
            for (guint j = i + 1; j < end; j++)
              block_clear_layout (g_ptr_array_index (self->blocks, j));
            layout_key_values (self, i, end, width);
            i = end - 1;
          }
          break;

        case BLOCK_TABLE:
          layout_table (self, block->table, width);
          break;

        case BLOCK_TOC:
          layout_toc (self, block, width);
          break;

        case BLOCK_CHART:
          layout_chart (self, block, width);
          break;

        case BLOCK_PAGE_BREAK:
        case BLOCK_SPACER:
        default:
          break;
        }
    }
}

/* Flow */

typedef struct
{
  BerPrintDocument *self;
  double            top;
  double            bottom;
  double            y;
  double            gap;
  GArray           *page;
} Flow;

static void
flow_break (Flow *flow)
{
  flow->page = g_array_new (FALSE, FALSE, sizeof (Placement));
  g_ptr_array_add (flow->self->pages, flow->page);
  flow->y = flow->top;
  flow->gap = 0;
}

static gboolean
flow_at_top (Flow *flow)
{
  return flow->page->len == 0;
}

/* Whether @height fits below what is on the page; an empty page takes anything. */
static gboolean
flow_fits (Flow  *flow,
           double height)
{
  return flow_at_top (flow) || flow->y + flow->gap + height <= flow->bottom + EPSILON;
}

static double
flow_place (Flow  *flow,
            Block *block,
            int    piece,
            double height)
{
  Placement placement = { block, piece, 0 };

  if (!flow_at_top (flow))
    flow->y += flow->gap;
  flow->gap = 0;
  placement.y = flow->y;
  g_array_append_val (flow->page, placement);
  flow->y += height;

  return placement.y;
}

static double
lines_height (const Block *block,
              guint        first,
              guint        n)
{
  double height = 0;

  for (guint i = first; i < first + n && i < block->lines->len; i++)
    height += g_array_index (block->lines, Line, i).height;

  return height;
}

/* Lines a paragraph keeps together at the top of a page: all of a short one. */
static guint
paragraph_first_lines (const Block *block)
{
  return block->lines->len <= 3 ? block->lines->len : 2;
}

static double
full_height (const Block *block)
{
  double height = 0;

  switch (block->kind)
    {
    case BLOCK_TITLE:
    case BLOCK_HEADING:
    case BLOCK_KEY_VALUE:
    case BLOCK_CHART:
      return block->height;
    case BLOCK_PARAGRAPH:
      return lines_height (block, 0, block->lines->len);
    case BLOCK_TABLE:
      height = block->table->header_height;
      for (guint r = 0; r < block->table->rows->len; r++)
        height += ((Row *) g_ptr_array_index (block->table->rows, r))->height;
      return height;
    case BLOCK_TOC:
      height = block->layout != NULL ? block->height : 0;
      for (guint e = 0; e < block->toc->len; e++)
        height += g_array_index (block->toc, TocEntry, e).height;
      return height;
    case BLOCK_SPACER:
      return block->space;
    case BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

static double
group_height (BerPrintDocument *self,
              guint             first)
{
  Block *block = g_ptr_array_index (self->blocks, first);
  double height = full_height (block);

  for (guint i = first + 1; i < self->blocks->len; i++)
    {
      Block *next = g_ptr_array_index (self->blocks, i);

      if (next->group != block->group)
        break;
      height += MAX (space_after (g_ptr_array_index (self->blocks, i - 1)), space_before (next))
                + full_height (next);
    }

  return height;
}

/* What must fit for a block to start on the page: a heading needs its next block's start
 * too, so that it never stands alone at the foot of a page. */
static double
start_height (BerPrintDocument *self,
              guint             index,
              guint             depth)
{
  Block *block = g_ptr_array_index (self->blocks, index);
  Block *next = index + 1 < self->blocks->len ? g_ptr_array_index (self->blocks, index + 1) : NULL;
  Block *previous = index > 0 ? g_ptr_array_index (self->blocks, index - 1) : NULL;
  double height = 0;

  /* A group that fits on a page starts only where all of it fits. */
  if (block->group != 0 && (previous == NULL || previous->group != block->group))
    {
      height = group_height (self, index);
      if (height <= self->page_height - 2 * BER_PRINT_MARGIN)
        return height;
    }

  switch (block->kind)
    {
    case BLOCK_TITLE:
    case BLOCK_HEADING:
      height = block->height;
      if (next != NULL && depth < 4)
        height += MAX (space_after (block), space_before (next))
                  + start_height (self, index + 1, depth + 1);
      return height;
    case BLOCK_PARAGRAPH:
      return lines_height (block, 0, paragraph_first_lines (block));
    case BLOCK_KEY_VALUE:
    case BLOCK_CHART:
      return block->height;
    case BLOCK_TABLE:
      height = block->table->header_height;
      if (block->table->rows->len > 0)
        height += ((Row *) g_ptr_array_index (block->table->rows, 0))->height;
      return height;
    case BLOCK_TOC:
      height = block->layout != NULL ? block->height : 0;
      if (block->toc->len > 0)
        height += g_array_index (block->toc, TocEntry, 0).height;
      return height;
    case BLOCK_PAGE_BREAK:
    case BLOCK_SPACER:
    default:
      return 0;
    }
}

static void
flow_paragraph (Flow  *flow,
                Block *block)
{
  guint n = block->lines->len;

  for (guint i = 0; i < n; i++)
    {
      double height = g_array_index (block->lines, Line, i).height;

      if (i == 0)
        {
          if (!flow_fits (flow, lines_height (block, 0, paragraph_first_lines (block))))
            flow_break (flow);
        }
      /* Never leave the last line alone on the next page. */
      else if (i >= 2 && i + 2 == n && !flow_fits (flow, lines_height (block, i, 2)))
        flow_break (flow);
      else if (!flow_fits (flow, height))
        flow_break (flow);

      flow_place (flow, block, (int) i, height);
    }
}

static void
flow_table (Flow  *flow,
            Block *block)
{
  BerPrintTable *table = block->table;
  double first = table->rows->len > 0 ? ((Row *) g_ptr_array_index (table->rows, 0))->height : 0;

  /* The header never stands alone at the foot of a page. */
  if (!flow_fits (flow, table->header_height + first))
    flow_break (flow);
  flow_place (flow, block, PIECE_HEAD, table->header_height);

  for (guint r = 0, on_page = 0; r < table->rows->len; r++, on_page++)
    {
      Row *row = g_ptr_array_index (table->rows, r);
      gboolean last_alone = FALSE;

      /* The last row (often a total) never stands alone on a page of its own. */
      if (r + 2 == table->rows->len && on_page >= 2)
        {
          Row *last = g_ptr_array_index (table->rows, r + 1);

          last_alone = flow_fits (flow, row->height)
                       && !flow_fits (flow, row->height + last->height);
        }

      /* A row that does not fit moves whole to the next page, under the header again. */
      if (last_alone || !flow_fits (flow, row->height))
        {
          flow_break (flow);
          flow_place (flow, block, PIECE_HEAD, table->header_height);
          on_page = 0;
        }
      flow_place (flow, block, (int) r, row->height);
    }
}

static void
flow_toc (Flow  *flow,
          Block *block,
          double start)
{
  if (!flow_fits (flow, start))
    flow_break (flow);
  if (block->layout != NULL)
    flow_place (flow, block, PIECE_HEAD, block->height);

  for (guint e = 0; e < block->toc->len; e++)
    {
      double height = g_array_index (block->toc, TocEntry, e).height;

      if (!flow_fits (flow, height))
        flow_break (flow);
      flow_place (flow, block, (int) e, height);
    }
}

void
ber_print_flow_blocks (BerPrintDocument *self)
{
  Flow flow = { self, BER_PRINT_MARGIN, self->page_height - BER_PRINT_MARGIN, 0, 0, NULL };

  g_ptr_array_set_size (self->pages, 0);
  flow_break (&flow);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      Block *previous = i > 0 ? g_ptr_array_index (self->blocks, i - 1) : NULL;

      block->page = 0;

      if (block->group != 0 && (previous == NULL || previous->group != block->group))
        {
          double height = group_height (self, i);

          flow.gap = MAX (flow.gap, space_before (block));
          if (!flow_fits (&flow, height) && height <= flow.bottom - flow.top)
            flow_break (&flow);
        }

      flow.gap = MAX (flow.gap, space_before (block));

      switch (block->kind)
        {
        case BLOCK_TITLE:
        case BLOCK_HEADING:
          if (!flow_fits (&flow, start_height (self, i, 0)))
            flow_break (&flow);
          block->y = flow_place (&flow, block, PIECE_HEAD, block->height);
          block->page = self->pages->len;
          break;

        case BLOCK_KEY_VALUE:
        case BLOCK_CHART:
          /* A chart and its caption are one piece: never split. */
          if (!flow_fits (&flow, block->height))
            flow_break (&flow);
          flow_place (&flow, block, PIECE_HEAD, block->height);
          break;

        case BLOCK_PARAGRAPH:
          flow_paragraph (&flow, block);
          break;

        case BLOCK_TABLE:
          flow_table (&flow, block);
          break;

        case BLOCK_TOC:
          flow_toc (&flow, block, start_height (self, i, 0));
          break;

        case BLOCK_PAGE_BREAK:
          if (!flow_at_top (&flow))
            flow_break (&flow);
          break;

        case BLOCK_SPACER:
          if (!flow_at_top (&flow))
            flow.gap += block->space;
          continue;

        default:
          break;
        }

      flow.gap = space_after (block);
    }

  /* A page break at the very end makes no empty page. */
  if (self->pages->len > 1 && flow_at_top (&flow))
    g_ptr_array_set_size (self->pages, self->pages->len - 1);
}

/* Gives each TOC entry its page number. Returns: whether an entry changed height. */
gboolean
ber_print_number_toc_entries (BerPrintDocument *self)
{
  gboolean changed = FALSE;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (block->kind != BLOCK_TOC)
        continue;

      for (guint e = 0; e < block->toc->len; e++)
        {
          TocEntry *entry = &g_array_index (block->toc, TocEntry, e);
          Block *heading = g_ptr_array_index (self->blocks, entry->heading);
          g_autofree char *number = g_strdup_printf ("%u", heading->page);
          double height = entry->height;

          pango_layout_set_text (entry->number, number, -1);
          measure_toc_entry (entry);
          changed |= ABS (entry->height - height) > EPSILON;
        }
    }

  return changed;
}
