/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * A printed document as OpenDocument text, read back with libzip and
 * GMarkup: the package as ODF wants it (mimetype first and stored, every
 * part in the manifest), well-formed XML holding every text as written,
 * charts as PNG images; and the charts in the PDF, read with pdftotext.
 * tests/odt.sh opens the same file in LibreOffice. With
 * BER_ODT_SAMPLE_DIR (or BER_SCREENSHOT_DIR) set, the sample document is
 * kept there as sample.odt and sample.pdf, to look at.
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>
#include <zip.h>

#include "ber-print-document.h"
#include "ber-test-utils.h"

#define NBSP "\xc2\xa0"
#define SPECIAL "Åsa & <Björn> \"citat\" 'apostrof' – äöÅÄÖ"

static const char * const months[] = {
  "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
};

static const char * const networks[] = {
  "Assembly of European Regions", "Conference of Peripheral Maritime Regions",
  "European Health Management Association", "ERRIN", "Eurocities & <partners>",
  "North Sweden European Office", "Barents Euro-Arctic Council", "NSPA",
  "Arctic Five", "Nordic Council of Ministers' regional network", "EHMA",
  "Interreg Aurora monitoring committee", "Euromontana", "ELISAN", "Baltic Sea Commission",
};

/* Helpers */

static GBytes *
make_logo (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 120, 40);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;
  int fd;

  cairo_set_source_rgb (cr, 0.1, 0.3, 0.6);
  cairo_rectangle (cr, 0, 0, 40, 40);
  cairo_fill (cr);
  cairo_destroy (cr);
  fd = g_file_open_tmp ("logo-XXXXXX.png", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  g_unlink (path);
  return g_bytes_new_take (data, length);
}

/* A document with every kind of block, and three charts: one series, several with long
 * names, and all zeros. */
static BerPrintDocument *
make_document (void)
{
  BerPrintDocument *doc = ber_print_document_new ("Årsrapport 2026 & <utkast>");
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 12, 4, 12, 0, 0);
  g_autoptr(GBytes) logo = make_logo ();
  const char * const headers[] = { "Nätverk", "Ärenden", "Avgift (kr)" };
  const double widths[] = { 3, 1, 1.2 };
  const char * const two_series[] = { "I tid", "Sena <efter frist>" };
  const char * const three_series[] = { "2024", "2025", "2026" };
  double per_month[12];
  double on_time[24];
  double fees[45];
  double zeros[3] = { 0 };
  BerPrintTable *table;

  for (guint i = 0; i < 12; i++)
    per_month[i] = (i * 7) % 13 + (i == 5 ? 40 : 0);
  for (guint i = 0; i < 24; i++)
    on_time[i] = i < 12 ? 3 + i % 5 : i % 3;
  for (guint i = 0; i < 45; i++)
    fees[i] = 1250.0 * ((i * 37) % 101) + (i % 15 == 3 ? 1200000 : 0);

  ber_print_document_set_created (doc, created);
  ber_print_document_set_header_text (doc, "Regionstyrelsen");
  ber_print_document_set_description (doc, "Årsrapport för internationella nätverk",
                                      "Årsrapport, nätverk, 2026");
  ber_print_document_set_issuer (doc, "Region Norrbotten & <Co>", "Internationella sekretariatet",
                                 "971 89 Luleå", logo, "image/png");

  ber_print_document_add_title (doc, "Årsrapport 2026 & <utkast>");
  ber_print_document_add_paragraph (doc, "Ingress i kursiv stil.", BER_PRINT_STYLE_ITALIC);
  ber_print_document_add_table_of_contents (doc, "Innehåll", 2);
  ber_print_document_add_page_break (doc);

  ber_print_document_add_heading (doc, 1, "Sammanfattning");
  ber_print_document_add_paragraph (doc, SPECIAL, BER_PRINT_STYLE_NORMAL);
  ber_print_document_add_paragraph (doc, "Fet text om året", BER_PRINT_STYLE_BOLD);
  ber_print_document_add_paragraph (doc, "Liten text  med två mellanslag\nny rad\tflik\x01slut",
                                    BER_PRINT_STYLE_SMALL);
  ber_print_document_add_key_value (doc, "Diarienummer", "RS 2026/262");
  ber_print_document_add_key_value (doc, "Handläggare", "Sofia Lundberg");
  ber_print_document_add_spacer (doc, 12);

  ber_print_document_add_heading (doc, 2, "Nätverk och avgifter");
  table = ber_print_document_add_table (doc, 3, headers, widths);
  ber_print_table_set_alignment (table, 1, PANGO_ALIGN_RIGHT);
  ber_print_table_set_alignment (table, 2, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < 15; i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", i + 1);
      const char *cells[] = { networks[i], count, "12" NBSP "500" };

      ber_print_table_add_row (table, BER_PRINT_STYLE_NORMAL, cells);
    }
  {
    const char *small[] = { "Varav moms", "", "2" NBSP "500" };
    const char *total[] = { "Summa", "120", "187" NBSP "500" };

    ber_print_table_add_row (table, BER_PRINT_STYLE_SMALL, small);
    ber_print_table_add_row (table, BER_PRINT_STYLE_BOLD, total);
  }

  ber_print_document_add_heading (doc, 2, "Diagram");
  ber_print_document_add_bar_chart (doc, "Ärenden per månad", 12, months, 1, NULL, per_month);
  ber_print_document_add_bar_chart (doc, "Rapporter i tid och sena", 12, months, 2, two_series,
                                    on_time);
  ber_print_document_add_bar_chart (doc, "Avgifter per nätverk & år", 15, networks, 3,
                                    three_series, fees);
  ber_print_document_add_bar_chart (doc, "Inga återrapporter", 3, months, 1, NULL, zeros);

  ber_print_document_add_heading (doc, 3, "Håll ihop");
  ber_print_document_begin_keep_together (doc);
  ber_print_document_add_paragraph (doc, "Första stycket i gruppen.", BER_PRINT_STYLE_NORMAL);
  ber_print_document_add_paragraph (doc, "Andra stycket i gruppen.", BER_PRINT_STYLE_NORMAL);
  ber_print_document_end_keep_together (doc);

  return doc;
}

/* Where to keep the sample files, if anywhere. */
static const char *
sample_dir (void)
{
  const char *dir = g_getenv ("BER_ODT_SAMPLE_DIR");

  return dir != NULL ? dir : g_getenv ("BER_SCREENSHOT_DIR");
}

static GBytes *
read_entry (zip_t      *archive,
            const char *name)
{
  zip_stat_t stat;
  zip_file_t *file;
  char *data;

  g_assert_cmpint (zip_stat (archive, name, 0, &stat), ==, 0);
  data = g_malloc (stat.size + 1);
  file = zip_fopen (archive, name, 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, data, stat.size), ==, (zip_int64_t) stat.size);
  zip_fclose (file);
  data[stat.size] = '\0';
  return g_bytes_new_take (data, stat.size);
}

typedef struct
{
  GString   *text;
  GPtrArray *manifest;   /* full paths */
} Parsed;

static void
on_start (GMarkupParseContext *context,
          const char          *element,
          const char         **names,
          const char         **values,
          gpointer             data,
          GError             **error)
{
  Parsed *parsed = data;

  if (g_str_equal (element, "manifest:file-entry"))
    for (guint i = 0; names[i] != NULL; i++)
      if (g_str_equal (names[i], "manifest:full-path"))
        g_ptr_array_add (parsed->manifest, g_strdup (values[i]));
  /* Line breaks, tabs and spaces are elements in ODF. */
  if (g_str_equal (element, "text:s") || g_str_equal (element, "text:tab")
      || g_str_equal (element, "text:line-break"))
    g_string_append_c (parsed->text, ' ');
}

static void
on_end (GMarkupParseContext *context,
        const char          *element,
        gpointer             data,
        GError             **error)
{
  Parsed *parsed = data;

  if (g_str_equal (element, "text:p") || g_str_equal (element, "text:h"))
    g_string_append_c (parsed->text, '\n');
}

static void
on_text (GMarkupParseContext *context,
         const char          *text,
         gsize                length,
         gpointer             data,
         GError             **error)
{
  Parsed *parsed = data;

  g_string_append_len (parsed->text, text, length);
}

/* Parses @xml, failing the test if it is not well-formed; returns its text. */
static char *
parse_xml (GBytes    *xml,
           GPtrArray *manifest)
{
  static const GMarkupParser parser = { on_start, on_end, on_text, NULL, NULL };
  g_autoptr(GPtrArray) unused = g_ptr_array_new_with_free_func (g_free);
  Parsed parsed = { g_string_new (NULL), manifest != NULL ? manifest : unused };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &parsed, NULL);
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (xml, &size);

  g_assert_true (g_utf8_validate (data, size, NULL));
  g_markup_parse_context_parse (context, data, size, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  return g_string_free (parsed.text, FALSE);
}

typedef struct
{
  GBytes *bytes;
  gsize   offset;
} Reader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  Reader *reader = closure;
  gsize size;
  const guint8 *bytes = g_bytes_get_data (reader->bytes, &size);

  if (size - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, bytes + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

/* The page (from 1) of pdftotext's @text that holds @needle; 0 for none. */
static guint
page_of (const char *text,
         const char *needle)
{
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

  for (guint i = 0; pages[i] != NULL; i++)
    if (strstr (pages[i], needle) != NULL)
      return i + 1;
  return 0;
}

/* Tests */

static void
assert_mimetype_first_and_stored (const char *path,
                                  zip_t      *archive)
{
  static const char type[] = "application/vnd.oasis.opendocument.text";
  g_autofree char *raw = NULL;
  g_autoptr(GBytes) mimetype = NULL;
  g_autoptr(GError) error = NULL;
  zip_stat_t stat;
  gsize length;

  g_assert_cmpstr (zip_get_name (archive, 0, 0), ==, "mimetype");
  g_assert_cmpint (zip_stat_index (archive, 0, 0, &stat), ==, 0);
  g_assert_cmpint (stat.comp_method, ==, ZIP_CM_STORE);
  mimetype = read_entry (archive, "mimetype");
  g_assert_cmpmem (g_bytes_get_data (mimetype, NULL), g_bytes_get_size (mimetype), type,
                   strlen (type));

  /* What tools that sniff the type read: the name at byte 30, the type at 38, no extra field. */
  g_file_get_contents (path, &raw, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 38 + strlen (type));
  g_assert_cmpmem (raw, 4, "PK\x03\x04", 4);
  g_assert_cmpint (raw[28], ==, 0);
  g_assert_cmpint (raw[29], ==, 0);
  g_assert_cmpmem (raw + 30, 8, "mimetype", 8);
  g_assert_cmpmem (raw + 38, strlen (type), type, strlen (type));
}

static void
assert_pictures (zip_t *archive)
{
  guint charts = 0;

  for (zip_int64_t i = 0; i < zip_get_num_entries (archive, 0); i++)
    {
      const char *name = zip_get_name (archive, i, 0);
      g_autoptr(GBytes) png = NULL;
      cairo_surface_t *image;
      Reader reader = { NULL, 0 };

      if (!g_str_has_prefix (name, "Pictures/"))
        continue;
      png = read_entry (archive, name);
      reader.bytes = png;
      image = cairo_image_surface_create_from_png_stream (read_png, &reader);
      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      if (g_str_has_prefix (name, "Pictures/chart"))
        {
          /* The text width, 160 mm, at 200 dpi; at least 40 pt high. */
          g_assert_cmpint (cairo_image_surface_get_width (image), >=, 1250);
          g_assert_cmpint (cairo_image_surface_get_width (image), <=, 1270);
          g_assert_cmpint (cairo_image_surface_get_height (image), >=, 40 * 200 / 72);
          g_assert_cmpint (cairo_image_surface_get_height (image), <=, 2400);
          charts++;
        }
      cairo_surface_destroy (image);
    }
  g_assert_cmpuint (charts, ==, 4);
}

static void
test_package (void)
{
  g_autoptr(BerPrintDocument) doc = make_document ();
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "Årsrapport.odt", NULL);
  g_autoptr(GPtrArray) manifest = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GBytes) styles = NULL;
  g_autoptr(GBytes) meta = NULL;
  g_autoptr(GBytes) manifest_xml = NULL;
  g_autofree char *text = NULL;
  g_autofree char *styles_text = NULL;
  g_autofree char *meta_text = NULL;
  g_autoptr(GError) error = NULL;
  const char *raw;
  zip_t *archive;
  int zip_error = 0;

  g_assert_true (ber_print_document_write_odt (doc, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ber_test_file_mode (path), ==, 0600);

  archive = zip_open (path, ZIP_RDONLY | ZIP_CHECKCONS, &zip_error);
  g_assert_nonnull (archive);
  assert_mimetype_first_and_stored (path, archive);

  /* Every part but the mimetype (and the manifest itself) is in the manifest, and no more. */
  manifest_xml = read_entry (archive, "META-INF/manifest.xml");
  g_free (parse_xml (manifest_xml, manifest));
  g_assert_true (g_ptr_array_find_with_equal_func (manifest, "/", g_str_equal, NULL));
  for (zip_int64_t i = 0; i < zip_get_num_entries (archive, 0); i++)
    {
      const char *name = zip_get_name (archive, i, 0);

      if (g_str_equal (name, "mimetype") || g_str_equal (name, "META-INF/manifest.xml"))
        continue;
      if (!g_ptr_array_find_with_equal_func (manifest, name, g_str_equal, NULL))
        g_error ("%s is not in the manifest", name);
    }
  g_assert_cmpuint (manifest->len, ==, zip_get_num_entries (archive, 0) - 1);

  content = read_entry (archive, "content.xml");
  text = parse_xml (content, NULL);
  g_test_message ("content.xml's text:\n%s", text);
  assert_contains (text, "Årsrapport 2026 & <utkast>");
  assert_contains (text, SPECIAL);
  assert_contains (text, "Liten text  med två mellanslag ny rad flikslut");
  assert_contains (text, "Diarienummer RS 2026/262");
  assert_contains (text, "Eurocities & <partners>");
  assert_contains (text, "187" NBSP "500");
  assert_contains (text, "Avgifter per nätverk & år");
  assert_contains (text, "Sammanfattning");

  raw = g_bytes_get_data (content, NULL);
  /* Headings with outline levels, found by an editor's navigator and its contents. */
  /* The first heading starts a page after the contents: its style breaks before it. */
  assert_contains (raw, "<text:h text:style-name=\"Heading_20_1_02\" text:outline-level=\"1\">");
  assert_contains (raw, "style:parent-style-name=\"Heading_20_1\"><style:paragraph-properties fo:break-before=\"page\"/>");
  assert_contains (raw, "text:outline-level=\"2\">");
  assert_contains (raw, "text:outline-level=\"3\">");
  assert_contains (raw, "<text:table-of-content ");
  assert_contains (raw, "<text:index-title-template text:style-name=\"Contents_20_Heading\">"
                        "Innehåll</text:index-title-template>");
  assert_contains (raw, "Sammanfattning<text:tab/>2</text:a>");
  assert_contains (raw, "xlink:href=\"#heading-4\"");
  assert_contains (raw, "<text:bookmark text:name=\"heading-4\"/>Sammanfattning</text:h>");
  assert_contains (raw, "<table:table-header-rows>");
  assert_contains (raw, "fo:break-before=\"page\"");
  assert_contains (raw, "fo:text-align=\"end\"");
  assert_contains (raw, "<svg:title>Avgifter per nätverk &amp; år</svg:title>");
  assert_contains (raw, "<svg:desc>Ärenden per månad. jan 0, feb 7");
  assert_contains (raw, "xlink:href=\"Pictures/chart1.png\"");
  g_assert_null (strstr (raw, "&#x1;"));

  styles = read_entry (archive, "styles.xml");
  styles_text = parse_xml (styles, NULL);
  assert_contains (styles_text, "Region Norrbotten & <Co>");
  assert_contains (styles_text, "Internationella sekretariatet");
  assert_contains (styles_text, "Regionstyrelsen");
  assert_contains (g_bytes_get_data (styles, NULL), "<text:page-number");
  assert_contains (g_bytes_get_data (styles, NULL), "<text:page-count");
  assert_contains (g_bytes_get_data (styles, NULL), "fo:page-width=\"21.000cm\"");
  assert_contains (g_bytes_get_data (styles, NULL), "xlink:href=\"Pictures/logo.png\"");

  meta = read_entry (archive, "meta.xml");
  meta_text = parse_xml (meta, NULL);
  assert_contains (g_bytes_get_data (meta, NULL), "<dc:title>Årsrapport 2026 &amp; &lt;utkast&gt;</dc:title>");
  assert_contains (g_bytes_get_data (meta, NULL), "<meta:initial-creator>Region Norrbotten &amp; &lt;Co&gt;</meta:initial-creator>");
  assert_contains (g_bytes_get_data (meta, NULL), "<meta:keyword>nätverk</meta:keyword>");
  assert_contains (g_bytes_get_data (meta, NULL), "<meta:creation-date>2026-12-04T12:00:00Z</meta:creation-date>");
  assert_contains (g_bytes_get_data (meta, NULL), "<dc:language>en-GB</dc:language>");

  assert_pictures (archive);
  zip_close (archive);

  if (sample_dir () != NULL)
    {
      g_autofree char *odt = g_build_filename (sample_dir (), "sample.odt", NULL);
      g_autofree char *pdf = g_build_filename (sample_dir (), "sample.pdf", NULL);

      g_mkdir_with_parents (sample_dir (), 0700);
      g_assert_true (ber_print_document_write_odt (doc, odt, &error));
      g_assert_no_error (error);
      g_assert_true (ber_print_document_write_pdf (doc, pdf, &error));
      g_assert_no_error (error);
      g_test_message ("kept %s and %s", odt, pdf);
    }

  ber_test_remove_tree (dir);
}

/* A folder that does not exist: an error naming the file, and nothing written anywhere. */
static void
test_missing_folder (void)
{
  g_autoptr(BerPrintDocument) doc = make_document ();
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "saknas", "rapport.odt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;

  g_assert_false (ber_print_document_write_odt (doc, path, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  assert_contains (error->message, "rapport.odt");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));

  ber_test_remove_tree (dir);
}

/* The charts in the PDF: captions, names, values and legends as text, each chart whole on
 * one page, and an empty chart says so. */
static void
test_chart_pdf (void)
{
  g_autoptr(BerPrintDocument) doc = make_document ();
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "diagram.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (ber_print_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  text = ber_test_pdf_text (path);

  assert_contains (text, "Ärenden per månad");
  assert_contains (text, "Rapporter i tid och sena");
  assert_contains (text, "Sena <efter frist>");
  assert_contains (text, "Avgifter per nätverk & år");
  assert_contains (text, "Assembly of European Regions");
  assert_contains (text, "Baltic Sea Commission");
  assert_contains (text, "No data");
  /* Round ticks, thousands grouped as the documents write them (pdftotext gives the
   * no-break spaces as spaces). */
  assert_contains (text, "1 000 000");
  assert_contains (text, "1 275 000");
  assert_contains (text, "dec");

  /* The horizontal chart's caption, legend and first and last bars share a page (the
   * table before it names the networks too, on another page). */
  g_assert_cmpuint (page_of (text, "Avgifter per nätverk & år"), >, page_of (text, "Summa"));
  {
    g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
    const char *page = pages[page_of (text, "Avgifter per nätverk & år") - 1];

    assert_contains (page, "2026");
    assert_contains (page, "Assembly of European Regions");
    assert_contains (page, "Baltic Sea Commission");
    assert_contains (page, "1 275 000");
  }

  ber_test_remove_tree (dir);
}

/* A chart taller than a page is drawn smaller, still whole on one page. */
static void
test_chart_taller_than_page (void)
{
  g_autoptr(BerPrintDocument) doc = ber_print_document_new ("Lång");
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "lang.pdf", NULL);
  g_autofree char *odt = g_build_filename (dir, "lang.odt", NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  double values[90];

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_ptr_array_add (names, g_strdup_printf ("Nätverk nummer %u", i + 1));
      values[i] = i * 3;
    }
  ber_print_document_add_paragraph (doc, "Före diagrammet.", BER_PRINT_STYLE_NORMAL);
  ber_print_document_add_bar_chart (doc, "Nittio nätverk", G_N_ELEMENTS (values),
                                    (const char * const *) names->pdata, 1, NULL, values);
  g_assert_true (ber_print_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (ber_print_document_write_odt (doc, odt, &error));
  g_assert_no_error (error);

  text = ber_test_pdf_text (pdf);
  g_assert_cmpuint (page_of (text, "Nittio nätverk"), >, 0);
  g_assert_cmpuint (page_of (text, "Nätverk nummer 1 "), ==, page_of (text, "Nittio nätverk"));
  g_assert_cmpuint (page_of (text, "Nätverk nummer 90"), ==, page_of (text, "Nittio nätverk"));

  /* In the text document too, the picture is no taller than a page's text area. */
  {
    int zip_error = 0;
    zip_t *archive = zip_open (odt, ZIP_RDONLY, &zip_error);
    g_autoptr(GBytes) content = NULL;
    const char *height;

    g_assert_nonnull (archive);
    content = read_entry (archive, "content.xml");
    height = strstr (g_bytes_get_data (content, NULL), "svg:height=\"");
    g_assert_nonnull (height);
    g_assert_cmpfloat (g_ascii_strtod (height + strlen ("svg:height=\""), NULL), <=, 24.7);
    zip_close (archive);
  }

  if (sample_dir () != NULL)
    {
      g_autofree char *kept = g_build_filename (sample_dir (), "tall.pdf", NULL);

      g_assert_true (ber_print_document_write_pdf (doc, kept, &error));
      g_assert_no_error (error);
    }

  ber_test_remove_tree (dir);
}

/* A chart alone, with one category and no series names; and none at all. */
static void
test_chart_edges (void)
{
  g_autoptr(BerPrintDocument) doc = ber_print_document_new ("Kanter");
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "kanter.pdf", NULL);
  g_autofree char *odt = g_build_filename (dir, "kanter.odt", NULL);
  const char * const one[] = { "Enda" };
  const double value[] = { 0.25 };
  const double negative[] = { -3, 5 };
  const char * const two[] = { "Minus", "Plus" };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  ber_print_document_add_bar_chart (doc, "En stapel", 1, one, 1, NULL, value);
  ber_print_document_add_bar_chart (doc, "Tomt", 0, NULL, 0, NULL, NULL);
  ber_print_document_add_bar_chart (doc, "Negativt", 2, two, 1, NULL, negative);
  g_assert_true (ber_print_document_write_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (ber_print_document_write_odt (doc, odt, &error));
  g_assert_no_error (error);

  text = ber_test_pdf_text (pdf);
  assert_contains (text, "En stapel");
  assert_contains (text, "0.25");
  assert_contains (text, "No data");
  assert_contains (text, "-3");

  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/odt/package", test_package);
  g_test_add_func ("/odt/missing-folder", test_missing_folder);
  g_test_add_func ("/odt/chart-pdf", test_chart_pdf);
  g_test_add_func ("/odt/chart-edges", test_chart_edges);
  g_test_add_func ("/odt/chart-taller-than-page", test_chart_taller_than_page);

  return g_test_run ();
}
