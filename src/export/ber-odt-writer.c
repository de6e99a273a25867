/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-odt-writer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <zip.h>

#include "ber-export.h"
#include "ber-odt-writer-private.h"

/*
 * A BerPrintDocument as OpenDocument text: every block in the text with
 * named styles (Title, Heading 1–3, Text body, Table Contents…), so that an
 * editor's navigator, outline and table of contents work; the header and
 * footer in the page style; charts as PNG images with their text
 * alternative. The package is made in memory with libzip (mimetype first and
 * stored, as ODF requires) and written through a temporary file beside the
 * target, so a failure leaves no partial file.
 */

#define CHART_DPI 200.0

/* Flags of an automatic paragraph style. */
enum
{
  STYLE_KEEP   = 1 << 0,   /* keep with the next paragraph */
  STYLE_BREAK  = 1 << 1,   /* start a new page */
  STYLE_BOLD   = 1 << 2,
  STYLE_ITALIC = 1 << 3,
  STYLE_RIGHT  = 1 << 4,
  STYLE_CENTER = 1 << 5,
};

typedef struct
{
  char   *name;
  GBytes *png;
} Picture;

typedef struct
{
  BerPrintDocument *self;
  GString          *body;
  GString          *styles;      /* the automatic styles of content.xml */
  GHashTable       *names;       /* of the automatic styles written */
  GArray           *pictures;    /* Picture */
  gboolean          page_break;  /* the next block starts a new page */
  gboolean          started;     /* a block has been written */
  guint             n_tables;
  guint             n_charts;
} Writer;

static void
clear_picture (gpointer data)
{
  Picture *picture = data;

  g_free (picture->name);
  g_bytes_unref (picture->png);
}

/* Text */

/* Escapes @text for content.xml: line breaks, tabs and runs of spaces as ODF elements;
 * control characters, which XML 1.0 cannot hold, are left out. */
void
ber_odt_append_text (GString    *out,
                     const char *text)
{
  const char *run = text;
  gboolean after_space = TRUE;

  for (const char *p = text; ; p++)
    {
      guchar ch = (guchar) *p;
      gboolean special = ch == '\0' || ch < 0x20 || ch == 0x7f || (ch == ' ' && after_space);

      if (!special)
        {
          after_space = ch == ' ';
          continue;
        }

      if (p > run)
        {
          g_autofree char *escaped = g_markup_escape_text (run, p - run);

          g_string_append (out, escaped);
        }
      if (ch == '\0')
        break;

      if (ch == ' ')
        {
          guint n = 0;

          while (p[n] == ' ')
            n++;
          g_string_append_printf (out, n > 1 ? "<text:s text:c=\"%u\"/>" : "<text:s/>", n);
          p += n - 1;
          after_space = FALSE;
        }
      else if (ch == '\n')
        {
          g_string_append (out, "<text:line-break/>");
          after_space = TRUE;
        }
      else if (ch == '\t')
        {
          g_string_append (out, "<text:tab/>");
          after_space = TRUE;
        }
      run = p + 1;
    }
}

/* Appends ` attribute="…cm"` for a length in points, with a decimal point in every locale. */
void
ber_odt_append_length (GString    *out,
                       const char *attribute,
                       double      points)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (number, sizeof number, "%.3f", points * 2.54 / 72.0);
  g_string_append_printf (out, " %s=\"%scm\"", attribute, number);
}

/* Returns: (transfer full): the language of the papers, as the PDF's /Lang says it. */
char *
ber_odt_language (void)
{
  /* Translators: the language of the papers, as in a PDF's /Lang */
  return g_strdup (C_("pdf-language", "en-GB"));
}

/* Styles */

/* The automatic paragraph style of @parent with @flags; @parent itself without any. */
static const char *
paragraph_style (Writer     *w,
                 const char *parent,
                 guint       flags)
{
  g_autofree char *name = NULL;

  if (flags == 0)
    return parent;

  name = g_strdup_printf ("%s_%02x", parent, flags);
  if (!g_hash_table_contains (w->names, name))
    {
      g_string_append_printf (w->styles, "<style:style style:name=\"%s\" style:family=\"paragraph\""
                              " style:parent-style-name=\"%s\"><style:paragraph-properties%s%s%s/>"
                              "<style:text-properties%s%s/></style:style>",
                              name, parent,
                              flags & STYLE_KEEP
                                ? " fo:keep-with-next=\"always\" fo:keep-together=\"always\"" : "",
                              flags & STYLE_BREAK ? " fo:break-before=\"page\"" : "",
                              flags & STYLE_RIGHT ? " fo:text-align=\"end\""
                                : flags & STYLE_CENTER ? " fo:text-align=\"center\"" : "",
                              flags & STYLE_BOLD ? " fo:font-weight=\"bold\"" : "",
                              flags & STYLE_ITALIC ? " fo:font-style=\"italic\"" : "");
      g_hash_table_add (w->names, g_strdup (name));
    }
  return g_hash_table_lookup (w->names, name);
}

static void
append_cell_styles (Writer *w)
{
  static const char padding[] = " fo:padding-left=\"4pt\" fo:padding-right=\"4pt\""
                                " fo:padding-top=\"2.5pt\" fo:padding-bottom=\"2.5pt\""
                                " fo:border-left=\"none\" fo:border-right=\"none\"";

  g_string_append_printf (w->styles,
                          "<style:style style:name=\"TH\" style:family=\"table-cell\">"
                          "<style:table-cell-properties%s fo:background-color=\"#e8e8e8\""
                          " fo:border-top=\"0.8pt solid #141414\""
                          " fo:border-bottom=\"0.8pt solid #141414\"/></style:style>"
                          "<style:style style:name=\"TD\" style:family=\"table-cell\">"
                          "<style:table-cell-properties%s fo:border-top=\"none\""
                          " fo:border-bottom=\"0.4pt solid #999999\"/></style:style>"
                          "<style:style style:name=\"TT\" style:family=\"table-cell\">"
                          "<style:table-cell-properties%s fo:border-top=\"0.8pt solid #141414\""
                          " fo:border-bottom=\"0.4pt solid #999999\"/></style:style>"
                          "<style:style style:name=\"ChartFrame\" style:family=\"graphic\""
                          " style:parent-style-name=\"Graphics\"><style:graphic-properties"
                          " style:vertical-pos=\"top\" style:vertical-rel=\"baseline\"/>"
                          "</style:style>",
                          padding, padding, padding);
}

/* Blocks */

/* STYLE_BREAK when a page break waits for this block. */
static guint
take_break (Writer *w)
{
  guint flags = w->page_break ? STYLE_BREAK : 0;

  w->page_break = FALSE;
  w->started = TRUE;
  return flags;
}

/* STYLE_KEEP when the block at @i shares a keep-together group with the next one. */
static guint
keep_flag (Writer *w,
           guint   i)
{
  GPtrArray *blocks = w->self->blocks;
  Block *block = g_ptr_array_index (blocks, i);
  Block *next = i + 1 < blocks->len ? g_ptr_array_index (blocks, i + 1) : NULL;

  return block->group != 0 && next != NULL && next->group == block->group ? STYLE_KEEP : 0;
}

static void
append_paragraph (Writer     *w,
                  const char *style,
                  const char *text)
{
  g_string_append_printf (w->body, "<text:p text:style-name=\"%s\">", style);
  ber_odt_append_text (w->body, text);
  g_string_append (w->body, "</text:p>");
}

static void
write_heading (Writer *w,
               Block  *block,
               guint   i)
{
  g_autofree char *parent = g_strdup_printf ("Heading_20_%u", block->level);

  g_string_append_printf (w->body, "<text:h text:style-name=\"%s\" text:outline-level=\"%u\">"
                          "<text:bookmark text:name=\"heading-%u\"/>",
                          paragraph_style (w, parent, take_break (w) | keep_flag (w, i)),
                          block->level, i);
  ber_odt_append_text (w->body, block->text);
  g_string_append (w->body, "</text:h>");
}

/* A key column as wide as the PDF's: the value follows at a hanging indent. */
static void
write_key_value (Writer *w,
                 Block  *block,
                 guint   i)
{
  guint flags = take_break (w) | keep_flag (w, i);
  g_autofree char *name = g_strdup_printf ("KV%u_%02x", (guint) (block->key_width * 10), flags);

  if (!g_hash_table_contains (w->names, name))
    {
      g_string_append_printf (w->styles, "<style:style style:name=\"%s\" style:family=\"paragraph\""
                              " style:parent-style-name=\"Key_20_Value\"><style:paragraph-properties",
                              name);
      ber_odt_append_length (w->styles, "fo:margin-left", block->key_width);
      ber_odt_append_length (w->styles, "fo:text-indent", -block->key_width);
      g_string_append_printf (w->styles, "%s%s><style:tab-stops><style:tab-stop"
                              " style:position=\"0cm\"/></style:tab-stops>"
                              "</style:paragraph-properties></style:style>",
                              flags & STYLE_KEEP ? " fo:keep-with-next=\"always\"" : "",
                              flags & STYLE_BREAK ? " fo:break-before=\"page\"" : "");
      g_hash_table_add (w->names, g_strdup (name));
    }

  g_string_append_printf (w->body, "<text:p text:style-name=\"%s\">"
                          "<text:span text:style-name=\"Key\">", name);
  ber_odt_append_text (w->body, block->text);
  g_string_append (w->body, "</text:span><text:tab/>");
  ber_odt_append_text (w->body, block->value);
  g_string_append (w->body, "</text:p>");
}

static guint
alignment_flag (PangoAlignment alignment)
{
  return alignment == PANGO_ALIGN_RIGHT ? STYLE_RIGHT
         : alignment == PANGO_ALIGN_CENTER ? STYLE_CENTER : 0;
}

static void
write_cell (Writer     *w,
            const char *cell_style,
            const char *style,
            const char *text)
{
  g_string_append_printf (w->body, "<table:table-cell table:style-name=\"%s\""
                          " office:value-type=\"string\">", cell_style);
  append_paragraph (w, style, text);
  g_string_append (w->body, "</table:table-cell>");
}

/* The header row repeats on every page; a bold row (a total) has a rule above. */
static void
write_table (Writer *w,
             Block  *block,
             guint   i)
{
  BerPrintTable *table = block->table;
  guint flags = take_break (w) | keep_flag (w, i);
  guint n = ++w->n_tables;

  g_string_append_printf (w->styles, "<style:style style:name=\"Table%u\" style:family=\"table\">"
                          "<style:table-properties table:align=\"margins\""
                          " fo:margin-top=\"6pt\" fo:margin-bottom=\"12pt\"%s%s%s",
                          n, flags & STYLE_BREAK ? " fo:break-before=\"page\"" : "",
                          flags & STYLE_KEEP ? " fo:keep-with-next=\"always\"" : "",
                          block->group != 0 ? " style:may-break-between-rows=\"false\"" : "");
  ber_odt_append_length (w->styles, "style:width", BER_ODT_TEXT_WIDTH);
  g_string_append (w->styles, "/></style:style>");
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_string_append_printf (w->styles, "<style:style style:name=\"Table%u.C%u\""
                              " style:family=\"table-column\"><style:table-column-properties",
                              n, c + 1);
      ber_odt_append_length (w->styles, "style:column-width",
                             BER_ODT_TEXT_WIDTH * table->widths[c]);
      g_string_append (w->styles, "/></style:style>");
    }

  g_string_append_printf (w->body, "<table:table table:name=\"Table%u\" table:style-name=\"Table%u\">",
                          n, n);
  for (guint c = 0; c < table->n_columns; c++)
    g_string_append_printf (w->body, "<table:table-column table:style-name=\"Table%u.C%u\"/>",
                            n, c + 1);

  g_string_append (w->body, "<table:table-header-rows><table:table-row>");
  for (guint c = 0; c < table->n_columns; c++)
    write_cell (w, "TH", paragraph_style (w, "Table_20_Heading",
                                          alignment_flag (table->alignments[c])),
                table->headers[c]);
  g_string_append (w->body, "</table:table-row></table:table-header-rows>");

  for (guint r = 0; r < table->rows->len; r++)
    {
      Row *row = g_ptr_array_index (table->rows, r);
      gboolean bold = (row->style & BER_PRINT_STYLE_BOLD) != 0;

      g_string_append (w->body, "<table:table-row>");
      for (guint c = 0; c < table->n_columns; c++)
        {
          guint cell = alignment_flag (table->alignments[c])
                       | (bold ? STYLE_BOLD : 0)
                       | (row->style & BER_PRINT_STYLE_ITALIC ? STYLE_ITALIC : 0);

          write_cell (w, bold ? "TT" : "TD",
                      paragraph_style (w, row->style & BER_PRINT_STYLE_SMALL ? "Table_20_Contents_20_Small"
                                                                           : "Table_20_Contents",
                                       cell),
                      row->cells[c]);
        }
      g_string_append (w->body, "</table:table-row>");
    }
  g_string_append (w->body, "</table:table>");
}

/* A table of contents an editor can update, filled in with the pages of the PDF's layout. */
static void
write_toc (Writer *w,
           Block  *block)
{
  guint levels = MIN (block->toc_max_level, 3);
  guint flags = take_break (w);

  g_string_append (w->body, "<text:table-of-content text:name=\"Contents\" text:protected=\"true\">"
                            "<text:table-of-content-source text:use-index-marks=\"false\"");
  g_string_append_printf (w->body, " text:outline-level=\"%u\">"
                          "<text:index-title-template text:style-name=\"Contents_20_Heading\">",
                          levels);
  ber_odt_append_text (w->body, block->text != NULL ? block->text : "");
  g_string_append (w->body, "</text:index-title-template>");
  for (guint level = 1; level <= levels; level++)
    g_string_append_printf (w->body, "<text:table-of-content-entry-template"
                            " text:outline-level=\"%u\" text:style-name=\"Contents_20_%u\">"
                            "<text:index-entry-link-start text:style-name=\"Index_20_Link\"/>"
                            "<text:index-entry-text/>"
                            "<text:index-entry-tab-stop style:type=\"right\""
                            " style:leader-char=\".\"/><text:index-entry-page-number/>"
                            "<text:index-entry-link-end/></text:table-of-content-entry-template>",
                            level, level);
  g_string_append (w->body, "</text:table-of-content-source><text:index-body>");

  if (block->text != NULL)
    {
      g_string_append (w->body, "<text:index-title text:name=\"Contents_Head\">");
      append_paragraph (w, paragraph_style (w, "Contents_20_Heading", flags), block->text);
      g_string_append (w->body, "</text:index-title>");
      flags = 0;
    }

  for (guint i = 0; i < w->self->blocks->len; i++)
    {
      Block *heading = g_ptr_array_index (w->self->blocks, i);
      g_autofree char *parent = NULL;

      if (heading->kind != BLOCK_HEADING || heading->level > levels)
        continue;
      parent = g_strdup_printf ("Contents_20_%u", heading->level);
      g_string_append_printf (w->body, "<text:p text:style-name=\"%s\"><text:a xlink:type=\"simple\""
                              " xlink:href=\"#heading-%u\" text:style-name=\"Index_20_Link\""
                              " text:visited-style-name=\"Index_20_Link\">",
                              paragraph_style (w, parent, flags), i);
      ber_odt_append_text (w->body, heading->text);
      g_string_append_printf (w->body, "<text:tab/>%u</text:a></text:p>", heading->page);
      flags = 0;
    }
  g_string_append (w->body, "</text:index-body></text:table-of-content>");
}

/* Vertical space: a paragraph of exactly that height. None at the top of a page. */
static void
write_spacer (Writer *w,
              Block  *block,
              guint   i)
{
  guint flags = keep_flag (w, i);
  g_autofree char *name = NULL;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (w->page_break || !w->started || block->space < 0.5)
    return;

  name = g_strdup_printf ("Spacer%u_%02x", (guint) (block->space * 10), flags);
  if (!g_hash_table_contains (w->names, name))
    {
      g_ascii_formatd (number, sizeof number, "%.1f", block->space);
      g_string_append_printf (w->styles, "<style:style style:name=\"%s\" style:family=\"paragraph\""
                              " style:parent-style-name=\"Standard\"><style:paragraph-properties"
                              " fo:line-height=\"%spt\" fo:margin-top=\"0pt\" fo:margin-bottom=\"0pt\"%s/>"
                              "<style:text-properties fo:font-size=\"2pt\"/></style:style>",
                              name, number, flags & STYLE_KEEP ? " fo:keep-with-next=\"always\"" : "");
      g_hash_table_add (w->names, g_strdup (name));
    }
  g_string_append_printf (w->body, "<text:p text:style-name=\"%s\"/>", name);
}

/* The caption, kept with the picture; the picture with the chart as text for its description. */
static gboolean
write_chart (Writer  *w,
             Block   *block,
             guint    i,
             GError **error)
{
  Picture picture = { 0 };
  g_autofree char *description = ber_chart_describe (block->chart);
  /* What a page holds under the caption, as in the PDF. */
  double room = BER_PRINT_A4_HEIGHT - 2 * BER_PRINT_MARGIN - 30.0;
  double width = BER_ODT_TEXT_WIDTH;
  double height = 0;

  picture.png = ber_chart_to_png (block->chart, BER_ODT_TEXT_WIDTH, CHART_DPI, &height, error);
  if (picture.png == NULL)
    return FALSE;
  picture.name = g_strdup_printf ("Pictures/chart%u.png", ++w->n_charts);
  g_array_append_val (w->pictures, picture);

  append_paragraph (w, paragraph_style (w, "Caption", take_break (w)), block->text);
  g_string_append_printf (w->body, "<text:p text:style-name=\"%s\">"
                          "<draw:frame draw:style-name=\"ChartFrame\" draw:name=\"Chart %u\""
                          " text:anchor-type=\"as-char\" draw:z-index=\"0\"",
                          paragraph_style (w, "Figure", keep_flag (w, i)), w->n_charts);
  /* A chart taller than a page is shown smaller, whole. */
  if (height > room)
    {
      width *= room / height;
      height = room;
    }
  ber_odt_append_length (w->body, "svg:width", width);
  ber_odt_append_length (w->body, "svg:height", height);
  g_string_append_printf (w->body, "><draw:image xlink:href=\"%s\" xlink:type=\"simple\""
                          " xlink:show=\"embed\" xlink:actuate=\"onLoad\"/><svg:title>",
                          picture.name);
  ber_odt_append_text (w->body, block->text);
  g_string_append (w->body, "</svg:title><svg:desc>");
  ber_odt_append_text (w->body, description);
  g_string_append (w->body, "</svg:desc></draw:frame></text:p>");
  return TRUE;
}

static gboolean
write_blocks (Writer  *w,
              GError **error)
{
  for (guint i = 0; i < w->self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (w->self->blocks, i);
      guint flags;

      switch (block->kind)
        {
        case BLOCK_TITLE:
          append_paragraph (w, paragraph_style (w, "Title", take_break (w) | keep_flag (w, i)),
                            block->text);
          break;

        case BLOCK_HEADING:
          write_heading (w, block, i);
          break;

        case BLOCK_PARAGRAPH:
          flags = take_break (w) | keep_flag (w, i)
                  | (block->style & BER_PRINT_STYLE_BOLD ? STYLE_BOLD : 0)
                  | (block->style & BER_PRINT_STYLE_ITALIC ? STYLE_ITALIC : 0);
          append_paragraph (w, paragraph_style (w, block->style & BER_PRINT_STYLE_SMALL
                                                     ? "Small" : "Text_20_body", flags),
                            block->text);
          break;

        case BLOCK_KEY_VALUE:
          write_key_value (w, block, i);
          break;

        case BLOCK_TABLE:
          write_table (w, block, i);
          break;

        case BLOCK_TOC:
          write_toc (w, block);
          break;

        case BLOCK_PAGE_BREAK:
          w->page_break = w->started;
          break;

        case BLOCK_SPACER:
          write_spacer (w, block, i);
          break;

        case BLOCK_CHART:
          if (!write_chart (w, block, i, error))
            return FALSE;
          break;

        default:
          break;
        }
    }
  return TRUE;
}

/* The package's parts */

static char *
content_xml (Writer *w)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_string_append (out, "<office:document-content" BER_ODT_NAMESPACES ">"
                        "<office:font-face-decls>"
                        "<style:font-face style:name=\"Cantarell\" svg:font-family=\"Cantarell\""
                        " style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>"
                        "</office:font-face-decls><office:automatic-styles>");
  g_string_append_len (out, w->styles->str, w->styles->len);
  g_string_append (out, "</office:automatic-styles><office:body><office:text>");
  g_string_append_len (out, w->body->str, w->body->len);
  g_string_append (out, "</office:text></office:body></office:document-content>\n");
  return g_string_free (out, FALSE);
}

static void
append_element (GString    *out,
                const char *element,
                const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  g_string_append_printf (out, "<%s>", element);
  ber_odt_append_text (out, text);
  g_string_append_printf (out, "</%s>", element);
}

static char *
meta_xml (BerPrintDocument *self)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_autoptr(GDateTime) utc = g_date_time_to_utc (self->created);
  g_autofree char *created = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *language = ber_odt_language ();

  g_string_append (out, "<office:document-meta" BER_ODT_NAMESPACES "><office:meta>");
  append_element (out, "meta:generator", PACKAGE_NAME "/" PACKAGE_VERSION);
  append_element (out, "dc:title", self->title);
  append_element (out, "dc:subject", self->subject);
  if (self->keywords != NULL)
    {
      g_auto(GStrv) keywords = g_strsplit (self->keywords, ",", -1);

      for (guint i = 0; keywords[i] != NULL; i++)
        append_element (out, "meta:keyword", g_strstrip (keywords[i]));
    }
  append_element (out, "meta:initial-creator", self->issuer_name);
  append_element (out, "dc:creator", self->issuer_name);
  append_element (out, "meta:creation-date", created);
  append_element (out, "dc:date", created);
  append_element (out, "dc:language", language);
  g_string_append (out, "</office:meta></office:document-meta>\n");
  return g_string_free (out, FALSE);
}

/* Lists every part but the mimetype, which names the package's type itself. */
static char *
manifest_xml (GPtrArray *names)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

  g_string_append (out, "<manifest:manifest"
                        " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                        " manifest:version=\"" BER_ODT_VERSION "\">"
                        "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\""
                        BER_ODT_VERSION "\""
                        " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                        "<manifest:file-entry manifest:full-path=\"content.xml\""
                        " manifest:media-type=\"text/xml\"/>"
                        "<manifest:file-entry manifest:full-path=\"styles.xml\""
                        " manifest:media-type=\"text/xml\"/>"
                        "<manifest:file-entry manifest:full-path=\"meta.xml\""
                        " manifest:media-type=\"text/xml\"/>");
  for (guint i = 0; i < names->len; i++)
    if (g_str_has_suffix (names->pdata[i], ".png"))
      g_string_append_printf (out, "<manifest:file-entry manifest:full-path=\"%s\""
                              " manifest:media-type=\"image/png\"/>",
                              (const char *) names->pdata[i]);
  g_string_append (out, "</manifest:manifest>\n");
  return g_string_free (out, FALSE);
}

/* The ZIP container */

static gboolean
zip_failed (zip_error_t *zip_error,
            GError     **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not make the document: %s"),
               zip_error_strerror (zip_error));
  return FALSE;
}

/* Adds @data (which must live until the archive is closed) as @name. */
static gboolean
add_entry (zip_t      *archive,
           const char *name,
           GBytes     *data,
           gboolean    store,
           time_t      mtime,
           GError    **error)
{
  gsize size;
  const void *bytes = g_bytes_get_data (data, &size);
  zip_source_t *source = zip_source_buffer (archive, bytes, size, 0);
  zip_int64_t index;

  if (source == NULL)
    return zip_failed (zip_get_error (archive), error);
  index = zip_file_add (archive, name, source, ZIP_FL_OVERWRITE);
  if (index < 0)
    {
      zip_source_free (source);
      return zip_failed (zip_get_error (archive), error);
    }
  if (zip_set_file_compression (archive, index, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) < 0
      || zip_file_set_mtime (archive, index, mtime, 0) < 0)
    return zip_failed (zip_get_error (archive), error);
  return TRUE;
}

/* Returns: (transfer full): the package of @parts (name, data; the first is the mimetype). */
static GBytes *
make_package (GPtrArray *names,
              GPtrArray *parts,
              time_t     mtime,
              GError   **error)
{
  zip_error_t zip_error;
  zip_source_t *buffer;
  zip_t *archive;
  zip_int64_t size;
  g_autofree guint8 *data = NULL;

  zip_error_init (&zip_error);
  buffer = zip_source_buffer_create (NULL, 0, 0, &zip_error);
  if (buffer == NULL)
    {
      zip_failed (&zip_error, error);
      zip_error_fini (&zip_error);
      return NULL;
    }
  archive = zip_open_from_source (buffer, ZIP_TRUNCATE, &zip_error);
  if (archive == NULL)
    {
      zip_failed (&zip_error, error);
      zip_error_fini (&zip_error);
      zip_source_free (buffer);
      return NULL;
    }
  zip_error_fini (&zip_error);
  /* The archive is written into the buffer on closing; keep it to read back. */
  zip_source_keep (buffer);

  for (guint i = 0; i < parts->len; i++)
    if (!add_entry (archive, names->pdata[i], parts->pdata[i], i == 0, mtime, error))
      {
        zip_discard (archive);
        zip_source_free (buffer);
        return NULL;
      }

  if (zip_close (archive) < 0)
    {
      zip_failed (zip_get_error (archive), error);
      zip_discard (archive);
      zip_source_free (buffer);
      return NULL;
    }

  if (zip_source_open (buffer) < 0 || zip_source_seek (buffer, 0, SEEK_END) < 0
      || (size = zip_source_tell (buffer)) < 0 || zip_source_seek (buffer, 0, SEEK_SET) < 0)
    {
      zip_failed (zip_source_error (buffer), error);
      zip_source_free (buffer);
      return NULL;
    }
  data = g_malloc (MAX (size, 1));
  if (zip_source_read (buffer, data, size) != size)
    {
      zip_failed (zip_source_error (buffer), error);
      zip_source_close (buffer);
      zip_source_free (buffer);
      return NULL;
    }
  zip_source_close (buffer);
  zip_source_free (buffer);

  return g_bytes_new_take (g_steal_pointer (&data), size);
}

static void
add_part (GPtrArray  *names,
          GPtrArray  *parts,
          const char *name,
          GBytes     *data)
{
  g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_add (parts, data);
}

static void
add_text_part (GPtrArray  *names,
               GPtrArray  *parts,
               const char *name,
               char       *text)
{
  add_part (names, parts, name, g_bytes_new_take (text, strlen (text)));
}

/* Lays the document out as the PDF would be: the key columns and the contents' page numbers. */
static void
paginate (BerPrintDocument *self)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = ber_print_document_create_pango_context (cr);

  ber_print_document_paginate (self, context, BER_PRINT_A4_WIDTH, BER_PRINT_A4_HEIGHT);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/**
 * ber_print_document_write_odt:
 *
 * Writes the document to @path as OpenDocument text, through a temporary
 * file, readable only by its owner.
 */
gboolean
ber_print_document_write_odt (BerPrintDocument *self,
                              const char       *path,
                              GError          **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GBytes) package = NULL;
  BerOdtLogo logo = { 0 };
  Writer w = { 0 };
  gboolean ok;

  g_return_val_if_fail (BER_IS_PRINT_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* A document with a part that could not be read is not written at all. */
  if (self->error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }

  paginate (self);
  w.self = self;
  w.body = g_string_new (NULL);
  w.styles = g_string_new (NULL);
  w.names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.pictures = g_array_new (FALSE, TRUE, sizeof (Picture));
  g_array_set_clear_func (w.pictures, clear_picture);
  append_cell_styles (&w);
  ok = write_blocks (&w, error);

  if (ok)
    {
      logo.png = self->issuer_name != NULL ? ber_print_logo_to_png (self, &logo.width, &logo.height)
                                           : NULL;
      add_part (names, parts, "mimetype",
                g_bytes_new_static ("application/vnd.oasis.opendocument.text", 39));
      add_text_part (names, parts, "content.xml", content_xml (&w));
      add_text_part (names, parts, "styles.xml", ber_odt_styles_xml (self, &logo));
      add_text_part (names, parts, "meta.xml", meta_xml (self));
      for (guint i = 0; i < w.pictures->len; i++)
        {
          Picture *picture = &g_array_index (w.pictures, Picture, i);

          add_part (names, parts, picture->name, g_bytes_ref (picture->png));
        }
      if (logo.png != NULL)
        add_part (names, parts, "Pictures/logo.png", g_bytes_ref (logo.png));
      add_text_part (names, parts, "META-INF/manifest.xml", manifest_xml (names));
      package = make_package (names, parts, (time_t) g_date_time_to_unix (self->created), error);
      ok = package != NULL;
    }

  g_string_free (w.body, TRUE);
  g_string_free (w.styles, TRUE);
  g_hash_table_unref (w.names);
  g_array_unref (w.pictures);
  g_clear_pointer (&logo.png, g_bytes_unref);

  return ok && ber_export_write_file (path, g_bytes_get_data (package, NULL),
                                      g_bytes_get_size (package), error);
}
