/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-print-document"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "ber-export.h"
#include "ber-pdf-finish.h"
#include "ber-print-document-private.h"

G_DEFINE_FINAL_TYPE (BerPrintDocument, ber_print_document, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_HEADER_TEXT,
  PROP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ber_print_document_finalize (GObject *object)
{
  BerPrintDocument *self = BER_PRINT_DOCUMENT (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_free (self->title);
  g_free (self->header_text);
  g_free (self->subject);
  g_free (self->keywords);
  g_free (self->issuer_name);
  g_free (self->issuer_unit);
  g_free (self->issuer_address);
  g_clear_pointer (&self->logo, g_bytes_unref);
  g_free (self->logo_type);
  ber_print_clear_logo (self);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (ber_print_document_parent_class)->finalize (object);
}

static void
ber_print_document_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BerPrintDocument *self = BER_PRINT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_HEADER_TEXT:
      g_value_set_string (value, self->header_text);
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_print_document_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BerPrintDocument *self = BER_PRINT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_free (self->title);
      self->title = g_utf8_make_valid (g_value_get_string (value) ? g_value_get_string (value)
                                                                  : "", -1);
      break;
    case PROP_HEADER_TEXT:
      ber_print_document_set_header_text (self, g_value_get_string (value));
      break;
    case PROP_CREATED:
      ber_print_document_set_created (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_print_document_class_init (BerPrintDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_print_document_finalize;
  object_class->get_property = ber_print_document_get_property;
  object_class->set_property = ber_print_document_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEADER_TEXT] =
    g_param_spec_string ("header-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ber_print_document_init (BerPrintDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (ber_print_block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->created = g_date_time_new_now_local ();
}

/* Public API */

/**
 * ber_print_document_set_description:
 * @subject: (nullable): what the document is about, for its metadata
 * @keywords: (nullable): comma-separated keywords, for its metadata
 */
void
ber_print_document_set_description (BerPrintDocument *self,
                                    const char       *subject,
                                    const char       *keywords)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));

  g_free (self->subject);
  self->subject = subject != NULL ? g_utf8_make_valid (subject, -1) : NULL;
  g_free (self->keywords);
  self->keywords = keywords != NULL ? g_utf8_make_valid (keywords, -1) : NULL;
}

/**
 * ber_print_document_set_issuer:
 * @name: (nullable): the organisation, also the document's author
 * @unit: (nullable): the administration or unit
 * @address: (nullable): the address line
 * @logo: (nullable): the logo, PNG or SVG
 * @logo_type: (nullable): the logo's media type, "image/png" or "image/svg+xml"
 *
 * Who issues the document: printed in the header of every page.
 */
void
ber_print_document_set_issuer (BerPrintDocument *self,
                               const char       *name,
                               const char       *unit,
                               const char       *address,
                               GBytes           *logo,
                               const char       *logo_type)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));

  g_free (self->issuer_name);
  self->issuer_name = name != NULL && *name ? g_utf8_make_valid (name, -1) : NULL;
  g_free (self->issuer_unit);
  self->issuer_unit = unit != NULL && *unit ? g_utf8_make_valid (unit, -1) : NULL;
  g_free (self->issuer_address);
  self->issuer_address = address != NULL && *address ? g_utf8_make_valid (address, -1) : NULL;
  ber_print_clear_logo (self);
  g_clear_pointer (&self->logo, g_bytes_unref);
  g_free (self->logo_type);
  self->logo_type = NULL;
  if (logo != NULL && g_bytes_get_size (logo) > 0 && logo_type != NULL)
    {
      self->logo = g_bytes_ref (logo);
      self->logo_type = g_strdup (logo_type);
    }
}

/* Returns: (nullable): the unit of the issuer, if one was set */
const char *
ber_print_document_get_issuer_unit (BerPrintDocument *self)
{
  g_return_val_if_fail (BER_IS_PRINT_DOCUMENT (self), NULL);

  return self->issuer_unit;
}

/**
 * ber_print_document_set_archival:
 *
 * Whether ber_print_document_write_pdf() writes a PDF/A-2b archival copy.
 */
void
ber_print_document_set_archival (BerPrintDocument *self,
                                 gboolean          archival)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));

  self->archival = !!archival;
}

BerPrintDocument *
ber_print_document_new (const char *title)
{
  return g_object_new (BER_TYPE_PRINT_DOCUMENT, "title", title, NULL);
}

const char *
ber_print_document_get_title (BerPrintDocument *self)
{
  g_return_val_if_fail (BER_IS_PRINT_DOCUMENT (self), NULL);

  return self->title;
}

const char *
ber_print_document_get_header_text (BerPrintDocument *self)
{
  g_return_val_if_fail (BER_IS_PRINT_DOCUMENT (self), NULL);

  return self->header_text;
}

/* @header_text: (nullable): the left part of the running header (organisation, body); the
 * title stands on the right. Without it the title stands alone. */
void
ber_print_document_set_header_text (BerPrintDocument *self,
                                    const char       *header_text)
{
  g_autofree char *valid = NULL;

  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));

  valid = header_text != NULL ? g_utf8_make_valid (header_text, -1) : NULL;
  if (g_strcmp0 (valid, self->header_text) == 0)
    return;

  g_free (self->header_text);
  self->header_text = g_steal_pointer (&valid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADER_TEXT]);
}

/* Returns: (transfer none): when the document was made: the footer's date and the PDF's. */
GDateTime *
ber_print_document_get_created (BerPrintDocument *self)
{
  g_return_val_if_fail (BER_IS_PRINT_DOCUMENT (self), NULL);

  return self->created;
}

void
ber_print_document_set_created (BerPrintDocument *self,
                                GDateTime        *created)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (created != NULL);

  if (g_date_time_equal (created, self->created))
    return;

  g_date_time_unref (self->created);
  self->created = g_date_time_ref (created);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

static Block *
add_block (BerPrintDocument *self,
           BlockKind         kind,
           const char       *text)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->text = text != NULL ? g_utf8_make_valid (text, -1) : NULL;
  block->group = self->open_group;
  g_ptr_array_add (self->blocks, block);

  return block;
}

/* The document's heading on its first page; the PDF's title is the document's title. */
void
ber_print_document_add_title (BerPrintDocument *self,
                              const char       *text)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_TITLE, text);
}

/* @level: 1, 2 or 3. A heading keeps to the page of what follows it. */
void
ber_print_document_add_heading (BerPrintDocument *self,
                                guint             level,
                                const char       *text)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (text != NULL);
  g_return_if_fail (level >= 1 && level <= 3);

  add_block (self, BLOCK_HEADING, text)->level = level;
}

/* Wrapping text; a line break in @text starts a new line. */
void
ber_print_document_add_paragraph (BerPrintDocument *self,
                                  const char       *text,
                                  BerPrintStyle     style)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (text != NULL);

  add_block (self, BLOCK_PARAGRAPH, text)->style = style;
}

/* A line "Föredragande   Åsa Lindqvist"; consecutive lines share one key column. */
void
ber_print_document_add_key_value (BerPrintDocument *self,
                                  const char       *key,
                                  const char       *value)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (key != NULL);

  add_block (self, BLOCK_KEY_VALUE, key)->value = g_utf8_make_valid (value != NULL ? value : "",
                                                                     -1);
}

/**
 * ber_print_document_add_table:
 * @headers: @n_columns column headers, repeated at the top of each page
 * @widths: (nullable): @n_columns relative widths; NULL for equal columns
 *
 * Returns: (transfer none): the table, to add rows to.
 */
BerPrintTable *
ber_print_document_add_table (BerPrintDocument   *self,
                              guint               n_columns,
                              const char * const *headers,
                              const double       *widths)
{
  BerPrintTable *table;
  double sum = 0;

  g_return_val_if_fail (BER_IS_PRINT_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_columns > 0 && headers != NULL, NULL);

  table = g_new0 (BerPrintTable, 1);
  table->n_columns = n_columns;
  table->headers = g_new0 (char *, n_columns + 1);
  table->widths = g_new0 (double, n_columns);
  table->alignments = g_new0 (PangoAlignment, n_columns);
  table->rows = g_ptr_array_new_with_free_func (ber_print_row_free);

  for (guint c = 0; c < n_columns; c++)
    {
      table->headers[c] = g_utf8_make_valid (headers[c] != NULL ? headers[c] : "", -1);
      table->widths[c] = widths != NULL && widths[c] > 0 ? widths[c] : 1.0;
      table->alignments[c] = PANGO_ALIGN_LEFT;
      sum += table->widths[c];
    }
  for (guint c = 0; c < n_columns; c++)
    table->widths[c] /= sum;

  add_block (self, BLOCK_TABLE, NULL)->table = table;
  return table;
}

/* Right-align amounts and numbers. */
void
ber_print_table_set_alignment (BerPrintTable *table,
                               guint          column,
                               PangoAlignment alignment)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);

  table->alignments[column] = alignment;
}

/* @cells: n_columns strings, NULL ones empty. A bold row gets a rule above (a total). */
void
ber_print_table_add_row (BerPrintTable      *table,
                         BerPrintStyle       style,
                         const char * const *cells)
{
  Row *row;

  g_return_if_fail (table != NULL);
  g_return_if_fail (cells != NULL);

  row = g_new0 (Row, 1);
  row->style = style;
  row->cells = g_new0 (char *, table->n_columns + 1);
  for (guint c = 0; c < table->n_columns; c++)
    row->cells[c] = g_utf8_make_valid (cells[c] != NULL ? cells[c] : "", -1);
  g_ptr_array_add (table->rows, row);
}

guint
ber_print_table_get_n_rows (BerPrintTable *table)
{
  g_return_val_if_fail (table != NULL, 0);

  return table->rows->len;
}

/**
 * ber_print_document_add_table_of_contents:
 * @heading: (nullable): the contents' own heading, not itself listed
 * @max_level: list headings of this level and above
 *
 * Lists the document's headings with the pages they fall on.
 */
void
ber_print_document_add_table_of_contents (BerPrintDocument *self,
                                          const char       *heading,
                                          guint             max_level)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));

  add_block (self, BLOCK_TOC, heading)->toc_max_level = MAX (max_level, 1);
}

void
ber_print_document_add_page_break (BerPrintDocument *self)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));

  add_block (self, BLOCK_PAGE_BREAK, NULL);
}

/* Vertical space, dropped at the top of a page. */
void
ber_print_document_add_spacer (BerPrintDocument *self,
                               double            points)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (points >= 0);

  add_block (self, BLOCK_SPACER, NULL)->space = points;
}

/**
 * ber_print_document_add_bar_chart:
 * @categories: @n_categories names, under or beside the bars
 * @series_names: (nullable): @n_series names, for the legend
 * @values: @n_series × @n_categories numbers, series after series
 *
 * A bar chart with @title as its caption, kept whole on one page with it.
 */
void
ber_print_document_add_bar_chart (BerPrintDocument   *self,
                                  const char         *title,
                                  guint               n_categories,
                                  const char * const *categories,
                                  guint               n_series,
                                  const char * const *series_names,
                                  const double       *values)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (title != NULL);
  g_return_if_fail (n_categories == 0 || categories != NULL);
  g_return_if_fail (n_series * n_categories == 0 || values != NULL);

  add_block (self, BLOCK_CHART, title)->chart = ber_chart_new (title, n_categories, categories,
                                                               n_series, series_names, values);
}

/* The blocks added until the end call share a page when they fit on one. */
void
ber_print_document_begin_keep_together (BerPrintDocument *self)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (self->open_group == 0);

  self->open_group = ++self->n_groups;
}

void
ber_print_document_end_keep_together (BerPrintDocument *self)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (self->open_group != 0);

  self->open_group = 0;
}

/**
 * ber_print_document_create_pango_context:
 *
 * Returns: (transfer full): a context for measuring text for @cr's surface in
 * points, without hinting, so that what is measured is what is drawn.
 */
PangoContext *
ber_print_document_create_pango_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);

  return context;
}

/**
 * ber_print_document_paginate:
 * @context: measures the text; its units must be those of the cairo_t
 *   given later to ber_print_document_render_page()
 * @page_width: @page_height: the page, in the same units (points)
 */
void
ber_print_document_paginate (BerPrintDocument *self,
                             PangoContext     *context,
                             double            page_width,
                             double            page_height)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (page_width > 2 * BER_PRINT_MARGIN && page_height > 2 * BER_PRINT_MARGIN);

  g_set_object (&self->context, context);
  self->page_width = page_width;
  self->page_height = page_height;

  ber_print_layout_blocks (self, page_width - 2 * BER_PRINT_MARGIN);
  ber_print_flow_blocks (self);
  for (guint pass = 0; pass < 3 && ber_print_number_toc_entries (self); pass++)
    ber_print_flow_blocks (self);
}

guint
ber_print_document_get_n_pages (BerPrintDocument *self)
{
  g_return_val_if_fail (BER_IS_PRINT_DOCUMENT (self), 0);

  return self->pages->len;
}

/* Returns: the printed number (from 1) of the page of the first heading @text; 0 for none. */
guint
ber_print_document_get_heading_page (BerPrintDocument *self,
                                     const char       *text)
{
  g_return_val_if_fail (BER_IS_PRINT_DOCUMENT (self), 0);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      if (block->kind == BLOCK_HEADING && g_strcmp0 (block->text, text) == 0)
        return block->page;
    }

  return 0;
}

/* @page: from 0, as GtkPrintOperation's ::draw-page counts. */
void
ber_print_document_render_page (BerPrintDocument *self,
                                cairo_t          *cr,
                                guint             page)
{
  g_return_if_fail (BER_IS_PRINT_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  cairo_save (cr);
  ber_print_draw_page (self, cr, page);
  cairo_restore (cr);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* PDF bookmarks for the headings of the first two levels. */
static void
add_outline (BerPrintDocument *self,
             cairo_surface_t  *surface)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      Block *next = i + 1 < self->blocks->len ? g_ptr_array_index (self->blocks, i + 1) : NULL;
      g_autofree char *link = NULL;
      g_autofree char *title = NULL;
      int id;

      if (block->kind != BLOCK_HEADING || block->level > 2 || block->page == 0)
        continue;
      /* A paragraph's bookmark names its matter too: "§ 79 Fortsatt medlemskap i EHMA". */
      if (g_str_has_prefix (block->text, "§") && next != NULL && next->kind == BLOCK_HEADING
          && next->level == block->level + 1)
        title = g_strdup_printf ("%s %s", block->text, next->text);

      /* Integers, so that no locale writes a decimal comma into the link. */
      link = g_strdup_printf ("page=%u pos=[%d %d]", block->page, (int) BER_PRINT_MARGIN,
                              (int) block->y);
      id = cairo_pdf_surface_add_outline (surface,
                                          block->level == 1 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                          title != NULL ? title : block->text, link, 0);
      if (block->level == 1)
        parent = id;
    }
}

/**
 * ber_print_document_write_pdf:
 *
 * Lays the document out on A4 and writes it to @path as PDF, through a
 * temporary file, readable only by its owner.
 */
/**
 * ber_print_document_failure:
 *
 * Where the first read that failed while the document was made is kept
 * (see ber_agenda_note_failure()); writing the document then fails with
 * that error instead of leaving the part out.
 *
 * Returns: (transfer none): the document's slot for that error
 */
GError **
ber_print_document_failure (BerPrintDocument *self)
{
  g_return_val_if_fail (BER_IS_PRINT_DOCUMENT (self), NULL);
  return &self->error;
}

gboolean
ber_print_document_write_pdf (BerPrintDocument *self,
                              const char       *path,
                              GError          **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GBytes) drawn = NULL;
  g_autoptr(GBytes) finished = NULL;
  PangoContext *context;
  g_autofree char *created = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (BER_IS_PRINT_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* A document with a part that could not be read is not written at all. */
  if (self->error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, BER_PRINT_A4_WIDTH,
                                                 BER_PRINT_A4_HEIGHT);
  created = g_date_time_format (self->created, "%Y-%m-%dT%H:%M:%S%:z");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  PACKAGE_NAME " " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  if (self->issuer_name != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->issuer_name);
  if (self->subject != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->subject);
  if (self->keywords != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, self->keywords);

  cr = cairo_create (surface);
  context = ber_print_document_create_pango_context (cr);
  ber_print_document_paginate (self, context, BER_PRINT_A4_WIDTH, BER_PRINT_A4_HEIGHT);

  for (guint page = 0; page < self->pages->len; page++)
    {
      ber_print_document_render_page (self, cr, page);
      cairo_show_page (cr);
    }
  add_outline (self, surface);

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not make the PDF: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }

  drawn = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
  finished = ber_pdf_finish (drawn, &(BerPdfInfo) {
                               .title = self->title,
                               .author = self->issuer_name,
                               .subject = self->subject,
                               .keywords = self->keywords,
                               /* Translators: the language of the papers, as in a PDF's /Lang */
                               .language = C_("pdf-language", "en-GB"),
                               .creator = PACKAGE_NAME " " PACKAGE_VERSION,
                               .created = self->created,
                             }, self->archival, error);
  if (finished == NULL)
    return FALSE;

  return ber_export_write_file (path, g_bytes_get_data (finished, NULL),
                                g_bytes_get_size (finished), error);
}
