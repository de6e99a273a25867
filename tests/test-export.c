/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The exports, read back the way their readers read them: PDFs through
 * poppler's pdftotext and pdfinfo (and pdftoppm for what lands in the
 * margins), CSV through a parser of its own that honours quotes.
 */

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>
#include <sys/wait.h>

#include "ber-csv.h"
#include "ber-csv-writer.h"
#include "ber-export.h"
#include "ber-membership-export.h"
#include "ber-print-document.h"
#include "ber-test-utils.h"

#define NBSP "\xc2\xa0"

/* Helpers: tools */

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

/* The text of pages @first to @last (from 1; 0 for all) as pdftotext -layout gives it. */
static char *
pdf_text (const char *path,
          guint       first,
          guint       last)
{
  g_autofree char *f = g_strdup_printf ("%u", first);
  g_autofree char *l = g_strdup_printf ("%u", last);
  const char *all[] = { "pdftotext", "-enc", "UTF-8", "-layout", path, "-", NULL };
  const char *some[] = { "pdftotext", "-enc", "UTF-8", "-layout", "-f", f, "-l", l, path, "-",
                         NULL };

  return run_tool (first > 0 ? some : all);
}

/* The text of each page, from one run of pdftotext: pages end in a form feed. */
static GStrv
pdf_page_texts (const char *path)
{
  g_autofree char *all = pdf_text (path, 0, 0);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) pages = g_strsplit (all, "\f", -1);

  /* After the last form feed comes nothing. */
  for (guint i = 0; pages[i] != NULL && pages[i + 1] != NULL; i++)
    g_strv_builder_add (builder, pages[i]);
  return g_strv_builder_end (builder);
}

static guint
pdf_pages (const char *path,
           char      **info_out)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  if (info_out != NULL)
    *info_out = g_strdup (info);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static void
assert_a4 (const char *path)
{
  g_autofree char *info = NULL;

  g_assert_cmpuint (pdf_pages (path, &info), >=, 1);
  g_assert_nonnull (strstr (info, "Page size:       595.276 x 841.89 pts (A4)"));
}

/* Offset of @needle in @haystack at or after @from; -1 when absent. */
static gssize
find (const char *haystack,
      const char *needle,
      gssize      from)
{
  const char *hit;

  if (from < 0)
    return -1;
  hit = strstr (haystack + from, needle);
  return hit != NULL ? hit - haystack : -1;
}

static void
assert_in_order (const char *text,
                 const char *first,
                 ...)
{
  va_list args;
  gssize at = 0;

  va_start (args, first);
  for (const char *needle = first; needle != NULL; needle = va_arg (args, const char *))
    {
      gssize next = find (text, needle, at);

      if (next < 0)
        g_test_message ("not found after offset %" G_GSSIZE_FORMAT ": %s", at, needle);
      g_assert_cmpint (next, >=, 0);
      at = next + (gssize) strlen (needle);
    }
  va_end (args);
}

/* The part of @text from @heading (found after @from) to the end of that entry. */
static char *
entry_text (const char *text,
            gssize      from,
            const char *heading)
{
  gssize start = find (text, heading, from);
  gssize end;

  g_assert_cmpint (start, >=, 0);
  end = find (text, "Next review", start);
  g_assert_cmpint (end, >, start);
  return g_strndup (text + start, (gsize) (end - start));
}

/* The line of @text that contains @needle. */
static char *
line_with (const char *text,
           const char *needle)
{
  const char *hit = strstr (text, needle);
  const char *start, *end;

  g_assert_nonnull (hit);
  for (start = hit; start > text && start[-1] != '\n'; start--)
    ;
  end = strchr (hit, '\n');
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

static char *
without_nbsp (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, NBSP, -1);

  return g_strjoinv (" ", parts);
}

/* @text as one line with single spaces, so that phrases wrapped over lines still match. */
static char *
flatten (const char *text)
{
  g_autofree char *plain = without_nbsp (text);
  GString *out = g_string_new (NULL);

  for (const char *p = plain; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Every pixel of the page image @png in the given band is white. */
static void
assert_band_blank (cairo_surface_t *image,
                   int              x0,
                   int              y0,
                   int              x1,
                   int              y1)
{
  const guchar *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);

        if ((pixel & 0xff) < 0xf0 || ((pixel >> 8) & 0xff) < 0xf0 || ((pixel >> 16) & 0xff) < 0xf0)
          g_test_message ("ink at %d,%d", x, y);
        g_assert_cmpuint (pixel & 0xff, >=, 0xf0);
        g_assert_cmpuint ((pixel >> 8) & 0xff, >=, 0xf0);
        g_assert_cmpuint ((pixel >> 16) & 0xff, >=, 0xf0);
      }
}

/*
 * Nothing is drawn in the side margins, nor between the text area and the
 * header and footer rules: text that overflowed its page or was cut would
 * show there. At 72 dpi a pixel is a point.
 */
static void
assert_margins_blank (const char *pdf,
                      const char *dir)
{
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  guint n_pages = pdf_pages (pdf, NULL);
  int margin = (int) BER_PRINT_MARGIN;

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *number = g_strdup_printf ("%u", page);
      const char *argv[] = { "pdftoppm", "-r", "72", "-png", "-singlefile", "-f", number,
                             "-l", number, pdf, prefix, NULL };
      g_autofree char *out = run_tool (argv);
      g_autofree char *png = g_strconcat (prefix, ".png", NULL);
      cairo_surface_t *image = cairo_image_surface_create_from_png (png);
      int width = cairo_image_surface_get_width (image);
      int height = cairo_image_surface_get_height (image);

      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      /* 595.3 × 841.9 points, rounded up to whole pixels. */
      g_assert_cmpint (width, >=, 595);
      g_assert_cmpint (width, <=, 596);
      g_assert_cmpint (height, >=, 842);
      g_assert_cmpint (height, <=, 843);
      cairo_surface_flush (image);
      assert_band_blank (image, 0, 0, margin - 4, height);
      assert_band_blank (image, width - margin + 4, 0, width, height);
      assert_band_blank (image, 0, margin - 6, width, margin - 1);
      assert_band_blank (image, 0, height - margin + 2, width, height - margin + 9);
      cairo_surface_destroy (image);
      g_unlink (png);
    }
}

/* Helpers: CSV, read as a spreadsheet reads it */

static GPtrArray *
csv_parse (const char *data,
           gsize       length)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gsize i = 0;

  g_assert_cmpuint (length, >=, 3);
  g_assert_cmpmem (data, 3, "\xef\xbb\xbf", 3);
  i = 3;

  while (i < length)
    {
      if (data[i] == '"' && field->len == 0)
        {
          for (i++;; i++)
            {
              g_assert_cmpuint (i, <, length);
              if (data[i] == '"' && i + 1 < length && data[i + 1] == '"')
                g_string_append_c (field, data[i++]);
              else if (data[i] == '"')
                break;
              else
                g_string_append_c (field, data[i]);
            }
          i++;
          /* After a closing quote comes a separator or the end of the row. */
          g_assert_true (data[i] == ';' || data[i] == '\r');
          continue;
        }

      if (data[i] == ';')
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          i++;
        }
      else if (data[i] == '\r')
        {
          /* Rows end in CRLF, never a bare CR or LF. */
          g_assert_cmpint (data[i + 1], ==, '\n');
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (fields, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
          g_ptr_array_set_free_func (fields, g_free);
          i += 2;
        }
      else
        {
          g_assert_cmpint (data[i], !=, '\n');
          g_string_append_c (field, data[i++]);
        }
    }

  g_assert_cmpuint (field->len, ==, 0);
  g_assert_cmpuint (fields->len, ==, 0);
  return rows;
}

static GPtrArray *
csv_read (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (data + 3, (gssize) length - 3, NULL));
  return csv_parse (data, length);
}

static int
column (GPtrArray  *rows,
        const char *header)
{
  char **names = g_ptr_array_index (rows, 0);

  for (int i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], header))
      return i;
  g_test_message ("no column %s", header);
  g_assert_not_reached ();
}

static char **
row_where (GPtrArray  *rows,
           int         col,
           const char *value)
{
  for (guint r = 1; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      if (g_str_equal (row[col], value))
        return row;
    }
  g_test_message ("no row with %s", value);
  g_assert_not_reached ();
}

/* A number as Swedish Excel reads it: decimal comma, no grouping. */
static gint64
csv_cents (const char *text)
{
  g_autofree char *copy = g_strdup (text);
  char *end = NULL;
  double value;

  g_strdelimit (copy, ",", '.');
  value = g_ascii_strtod (copy, &end);
  g_assert_true (*copy != '\0' && *end == '\0');
  return ber_export_to_cents (value);
}

/* Helpers: registers */

static GVariant *
vardict (const char *first_key,
         ...)
{
  GVariantBuilder builder;
  va_list args;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    {
      GVariant *value = va_arg (args, GVariant *);

      /* A NULL value leaves the column out: SQL NULL. */
      if (value != NULL)
        g_variant_builder_add (&builder, "{sv}", key, value);
    }
  va_end (args);

  return g_variant_builder_end (&builder);
}

static gint64
insert (BerStore   *store,
        const char *table,
        GVariant   *values)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (store, table, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_network (BerStore   *store,
             const char *name,
             const char *acronym,
             gint64      body_id)
{
  return insert (store, "network",
                 vardict ("name", g_variant_new_string (name),
                          "acronym", g_variant_new_string (acronym),
                          "responsible_body_id", g_variant_new_int64 (body_id), NULL));
}

static void
add_membership (BerStore   *store,
                gint64      network_id,
                const char *status,
                const char *from_on,
                const char *to_on)
{
  insert (store, "membership",
          vardict ("network_id", g_variant_new_int64 (network_id),
                   "status", g_variant_new_string (status),
                   "from_on", g_variant_new_string (from_on),
                   "to_on", to_on != NULL ? g_variant_new_string (to_on) : NULL,
                   "activity", g_variant_new_string ("active"), NULL));
}

static void
add_fee (BerStore   *store,
         gint64      network_id,
         int         year,
         double      amount,
         const char *currency,
         double      rate)
{
  insert (store, "fee",
          vardict ("network_id", g_variant_new_int64 (network_id),
                   "year", g_variant_new_int64 (year),
                   "amount", g_variant_new_double (amount),
                   "currency", g_variant_new_string (currency),
                   "sek_rate", rate > 0 ? g_variant_new_double (rate) : NULL,
                   "notes", g_variant_new_string ("Avgift för året"), NULL));
}

/*
 * A small register with today fixed at 2025-06-01: fees in SEK, in EUR with
 * a rate and in EUR without one, a name that looks like markup and holds
 * CSV's separator and quotes, and a membership that has ended.
 */
static BerStore *
small_register (char **dir)
{
  BerStore *store = ber_test_store_new (BER_TEST_EMPTY, dir);
  gint64 rs = insert (store, "body", vardict ("name", g_variant_new_string ("Regionstyrelsen"),
                                              "short_name", g_variant_new_string ("RS"),
                                              "kind", g_variant_new_string ("board"), NULL));
  gint64 alfa, beta, gamma, delta, ostra, andrat;

  ber_store_set_today (store, "2025-06-01");

  alfa = add_network (store, "Alfanätverket", "ALFA", rs);
  beta = add_network (store, "Betaförbundet", "BETA", rs);
  gamma = add_network (store, "Gammarådet", "GAMMA", rs);
  delta = add_network (store, "Nätverket \"Norr; Syd\" <b>&</b>", "", rs);
  ostra = add_network (store, "Östra Östersjöregionerna", "ÖÖR", rs);
  andrat = add_network (store, "Ändrade samarbetet", "", rs);

  add_membership (store, alfa, "member", "2010-01-01", NULL);
  add_membership (store, beta, "member", "2012-01-01", NULL);
  add_membership (store, gamma, "member", "2015-01-01", NULL);
  add_membership (store, delta, "interested", "2024-05-01", NULL);
  add_membership (store, ostra, "member", "2020-01-01", NULL);
  add_membership (store, andrat, "member", "2010-01-01", "2020-12-31");

  add_fee (store, alfa, 2025, 1000, "SEK", 0);
  add_fee (store, beta, 2025, 500, "EUR", 11.25);
  add_fee (store, gamma, 2025, 300, "EUR", 0);
  add_fee (store, ostra, 2025, 123.45, "EUR", 10);
  add_fee (store, alfa, 2026, 2000, "SEK", 0);

  return store;
}

static void
assert_no_file_like (const char *dir,
                     const char *name)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *entry;

  g_assert_nonnull (listing);
  while ((entry = g_dir_read_name (listing)) != NULL)
    g_assert_null (strstr (entry, name));
}

/* The document layer */

static void
test_csv_writer (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "tabell.csv", NULL);
  g_autoptr(BerCsvWriter) csv = ber_csv_writer_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  char **row;

  ber_csv_writer_add_row (csv, "Namn", "Belopp", "Kurs", "Anteckning", NULL);
  ber_csv_writer_add_text (csv, "Åsa Öberg; Ängla");
  ber_csv_writer_add_number (csv, 2450000);
  ber_csv_writer_add_number (csv, 11.5);
  ber_csv_writer_add_text (csv, "Sa \"ja\"\ntill förslaget");
  ber_csv_writer_end_row (csv);
  ber_csv_writer_add_text (csv, " inledande blanksteg");
  ber_csv_writer_add_number (csv, 1234.5);
  ber_csv_writer_add_empty (csv);
  ber_csv_writer_add_text (csv, "vanlig text");
  ber_csv_writer_end_row (csv);
  g_assert_cmpuint (ber_csv_writer_get_n_rows (csv), ==, 3);

  /* The bytes as written: BOM, ';', CRLF, quoting only where needed, decimal comma. */
  bytes = ber_csv_writer_get_bytes (csv);
  {
    const char *expected = "\xef\xbb\xbf"
                           "Namn;Belopp;Kurs;Anteckning\r\n"
                           "\"Åsa Öberg; Ängla\";2450000;11,5;\"Sa \"\"ja\"\"\ntill förslaget\"\r\n"
                           "\" inledande blanksteg\";1234,5;;vanlig text\r\n";

    g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), expected,
                     strlen (expected));
  }

  ber_csv_writer_write (csv, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ber_test_file_mode (path), ==, 0600);

  rows = csv_read (path);
  g_assert_cmpuint (rows->len, ==, 3);
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpuint (g_strv_length (row), ==, 4);
  g_assert_cmpstr (row[0], ==, "Åsa Öberg; Ängla");
  g_assert_cmpstr (row[1], ==, "2450000");
  g_assert_cmpstr (row[2], ==, "11,5");
  g_assert_cmpstr (row[3], ==, "Sa \"ja\"\ntill förslaget");
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (row[0], ==, " inledande blanksteg");
  g_assert_cmpstr (row[2], ==, "");

  ber_test_remove_tree (dir);
}

/* Texts that begin as OWASP's "CSV Injection" warns of and two that do not, each with
 * the cell the file must hold for it. */
static const struct
{
  const char *text;
  const char *written;  /* the cell in the file, before any quoting */
} formula_cells[] = {
  { "=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")" },
  { "+1", "'+1" },
  { "-1", "'-1" },
  { "@SUM(A1)", "'@SUM(A1)" },
  { "\tx", "'\tx" },
  { "\rx", "'\rx" },
  { "normal", "normal" },
  { "a=b", "a=b" },
};

/* One row per text of formula_cells, each beside the integer -5 and the number -12.5. */
static GBytes *
write_formula_cells (const char *path)
{
  g_autoptr(BerCsvWriter) csv = ber_csv_writer_new ();
  g_autoptr(GError) error = NULL;

  ber_csv_writer_add_row (csv, "Text", "Heltal", "Tal", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (formula_cells); i++)
    {
      ber_csv_writer_add_text (csv, formula_cells[i].text);
      ber_csv_writer_add_integer (csv, -5);
      ber_csv_writer_add_number (csv, -12.5);
      ber_csv_writer_end_row (csv);
    }
  ber_csv_writer_write (csv, path, &error);
  g_assert_no_error (error);

  return ber_csv_writer_get_bytes (csv);
}

static void
test_csv_formula_injection (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "injektion.csv", NULL);
  g_autoptr(GString) expected = g_string_new ("\xef\xbb\xbf" "Text;Heltal;Tal\r\n");
  g_autoptr(GBytes) written = write_formula_cells (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(BerCsv) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  /* The exact bytes: the apostrophe comes first, inside the quotes a cell still needs. */
  g_string_append (expected, "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";-5;-12,5\r\n"
                             "'+1;-5;-12,5\r\n"
                             "'-1;-5;-12,5\r\n"
                             "'@SUM(A1);-5;-12,5\r\n"
                             "'\tx;-5;-12,5\r\n"
                             "\"'\rx\";-5;-12,5\r\n"
                             "normal;-5;-12,5\r\n"
                             "a=b;-5;-12,5\r\n");
  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), expected->str,
                   expected->len);
  g_assert_true (g_bytes_equal (bytes, written));

  /* The file read as a spreadsheet splits it: the apostrophe exactly where it must be. */
  rows = csv_read (path);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (formula_cells) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (formula_cells); i++)
    {
      char **row = g_ptr_array_index (rows, i + 1);

      g_assert_cmpuint (g_strv_length (row), ==, 3);
      g_assert_cmpstr (row[0], ==, formula_cells[i].written);
      g_assert_cmpstr (row[1], ==, "-5");
      g_assert_cmpstr (row[2], ==, "-12,5");
    }

  /* Beredning's own reader, which the import uses, gives the texts back. */
  parsed = ber_csv_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ber_csv_get_separator (parsed), ==, ';');
  g_assert_cmpuint (ber_csv_get_n_rows (parsed), ==, G_N_ELEMENTS (formula_cells) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (formula_cells); i++)
    {
      guint n_cells = 0;
      const char * const *cells = ber_csv_get_row (parsed, i + 1, &n_cells);

      g_assert_cmpuint (n_cells, ==, 3);
      /* The reader keeps every line end inside quotes as "\n" (ber-csv.h), a lone CR too. */
      if (g_str_equal (formula_cells[i].text, "\rx"))
        g_assert_cmpstr (cells[0], ==, "\nx");
      else
        g_assert_cmpstr (cells[0], ==, formula_cells[i].text);
      g_assert_cmpstr (cells[1], ==, "-5");
      g_assert_cmpstr (cells[2], ==, "-12,5");
    }

  ber_test_remove_tree (dir);
}

/* @path opened in LibreOffice and saved again as CSV; returns what the cells showed. */
static char *
libreoffice_shown (const char *soffice,
                   const char *dir,
                   const char *path)
{
  g_autofree char *profile = g_build_filename (dir, "libreoffice-profile", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "libreoffice", NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *out_path = g_build_filename (out_dir, base, NULL);
  g_autofree char *profile_uri = NULL;
  g_autofree char *env_arg = NULL;
  g_autofree char *log = NULL;
  g_autoptr(GError) error = NULL;
  char *shown = NULL;

  /* A profile of its own: a first start writes one, and a running office would take over. */
  profile_uri = g_filename_to_uri (profile, NULL, &error);
  g_assert_no_error (error);
  env_arg = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);
  {
    /* Import: ';', '"', UTF-8, from line 1, Swedish, and token 13, "Evaluate formulas",
     * on (it is off by default in LibreOffice; Excel always evaluates). Export: the
     * values the cells show. */
    const char *argv[] = { soffice, env_arg, "--headless", "--norestore",
                           "--infilter=Text - txt - csv (StarCalc):59,34,76,1,,1053,false,false,"
                           ",,,,true",
                           "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1",
                           "--outdir", out_dir, path, NULL };

    log = run_tool (argv);
  }
  g_test_message ("soffice: %s", log);

  g_file_get_contents (out_path, &shown, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("LibreOffice shows %s as:\n%s", base, shown);
  return shown;
}

/*
 * The file through LibreOffice as a Swedish user opens it, with formulas
 * evaluated: a cell taken for a formula would come out as its value ("y",
 * "1"), not as the text. A file without the apostrophes shows that this
 * LibreOffice really evaluates, so the test cannot pass for nothing.
 */
static void
test_csv_formula_injection_libreoffice (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *control = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *control_shown = NULL;
  g_autoptr(GError) error = NULL;

  if (soffice == NULL)
    soffice = g_find_program_in_path ("libreoffice");
  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed, so the exported file was not "
                   "opened in a spreadsheet");
      return;
    }

  dir = ber_test_make_tmpdir ();
  path = g_build_filename (dir, "injektion.csv", NULL);
  control = g_build_filename (dir, "kontroll.csv", NULL);
  g_bytes_unref (write_formula_cells (path));
  g_file_set_contents (control, "Text;Tal\r\n=1+1;-12,5\r\n", -1, &error);
  g_assert_no_error (error);

  /* The number read the Swedish way is written back in the office's own
   * locale: "-12,5" or, in the C locale the tests run in, "-12.5". */
  control_shown = libreoffice_shown (soffice, dir, control);
  g_assert_null (strstr (control_shown, "=1+1"));
  g_assert_true (strstr (control_shown, "2;-12,5") != NULL
                 || strstr (control_shown, "2;-12.5") != NULL);

  /* Text, shown with or without its apostrophe; numbers still numbers. */
  shown = libreoffice_shown (soffice, dir, path);
  g_assert_nonnull (strstr (shown, "=HYPERLINK("));
  g_assert_nonnull (strstr (shown, "+1"));
  g_assert_nonnull (strstr (shown, "@SUM(A1)"));
  g_assert_true (strstr (shown, "-12,5") != NULL || strstr (shown, "-12.5") != NULL);

  ber_test_remove_tree (dir);
}

static void
test_number_format (void)
{
  g_autofree char *whole = ber_export_format_money (245000000);
  g_autofree char *cents = ber_export_format_money (785950);
  g_autofree char *negative = ber_export_format_money (-123456);
  g_autofree char *rate = ber_export_format_number (11.5, 2, 4);
  g_autofree char *long_rate = ber_export_format_number (11.23456, 2, 4);
  g_autofree char *plain = ber_export_format_number (1000, 0, 2);
  int year = 0;
  g_autoptr(GError) error = NULL;

  /* Thousands grouped by no-break spaces, decimals only when there are any. */
  g_assert_cmpstr (whole, ==, "2" NBSP "450" NBSP "000");
  g_assert_cmpstr (cents, ==, "7" NBSP "859.50");
  g_assert_cmpstr (negative, ==, "-1" NBSP "234.56");
  g_assert_cmpstr (rate, ==, "11.50");
  g_assert_cmpstr (long_rate, ==, "11.2346");
  g_assert_cmpstr (plain, ==, "1" NBSP "000");

  g_assert_true (ber_export_parse_year ("2026", &year, &error));
  g_assert_cmpint (year, ==, 2026);
  g_assert_false (ber_export_parse_year ("20x6", &year, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "20x6"));
  g_clear_error (&error);
  g_assert_false (ber_export_parse_year ("1066", &year, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static BerPrintDocument *
long_table_document (guint    n_rows,
                     gboolean with_total)
{
  BerPrintDocument *doc = ber_print_document_new ("Förteckning över rader");
  const char *headers[] = { "Nätverk", "Ort", "Belopp (kr)" };
  const double widths[] = { 3, 2, 1 };
  BerPrintTable *table;

  ber_print_document_set_header_text (doc, "Region Norrbotten");
  ber_print_document_add_title (doc, "Förteckning över rader");
  ber_print_document_add_paragraph (doc, "En lång tabell som går över flera sidor.",
                                    BER_PRINT_STYLE_NORMAL);
  table = ber_print_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  ber_print_table_set_alignment (table, 2, PANGO_ALIGN_RIGHT);

  for (guint i = 1; i <= n_rows; i++)
    {
      g_autofree char *name = i % 7 == 0 ? g_strdup_printf ("Rad %03u\nfortsättning %03u", i, i)
                                         : g_strdup_printf ("Rad %03u", i);
      g_autofree char *amount = g_strdup_printf ("%u", i * 100);
      const char *cells[] = { name, "Luleå", amount };

      ber_print_table_add_row (table, BER_PRINT_STYLE_NORMAL, cells);
    }
  if (with_total)
    {
      const char *cells[] = { "Summa", "", "–" };

      ber_print_table_add_row (table, BER_PRINT_STYLE_BOLD, cells);
    }
  g_assert_cmpuint (ber_print_table_get_n_rows (table), ==, n_rows + (with_total ? 1 : 0));

  return doc;
}

static void
test_long_table (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "tabell.pdf", NULL);
  g_autoptr(BerPrintDocument) doc = long_table_document (160, FALSE);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;
  guint n_pages, seen = 0;

  ber_print_document_write_pdf (doc, path, &error);
  g_assert_no_error (error);
  assert_a4 (path);
  g_assert_cmpuint (ber_test_file_mode (path), ==, 0600);

  n_pages = pdf_pages (path, NULL);
  g_assert_cmpuint (n_pages, >=, 3);
  g_assert_cmpuint (n_pages, ==, ber_print_document_get_n_pages (doc));
  pages = pdf_page_texts (path);
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages);

  for (guint page = 1; page <= n_pages; page++)
    {
      const char *text = pages[page - 1];
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", page, n_pages);
      gssize header = find (text, "Nätverk", 0);

      /* The header row on every page, once, above the rows. */
      g_assert_cmpint (header, >=, 0);
      g_assert_cmpint (find (text, "Nätverk", header + 1), <, 0);
      g_assert_nonnull (strstr (text, "Belopp (kr)"));
      g_assert_nonnull (strstr (text, footer));
      g_assert_nonnull (strstr (text, "Region Norrbotten"));

      /* The rows continue in order, and a row of two lines is never split. */
      for (guint i = seen + 1; i <= 160; i++)
        {
          g_autofree char *name = g_strdup_printf ("Rad %03u", i);
          g_autofree char *more = g_strdup_printf ("fortsättning %03u", i);
          gssize at = find (text, name, 0);

          if (at < 0)
            break;
          g_assert_cmpint (at, >, header);
          if (i % 7 == 0)
            g_assert_cmpint (find (text, more, at), >, at);
          seen = i;
        }
    }
  g_assert_cmpuint (seen, ==, 160);

  assert_margins_blank (path, dir);
  ber_test_remove_tree (dir);
}

/* Lays @doc out on A4 measured on an image surface, as a print preview would. */
static guint
paginate_a4 (BerPrintDocument *doc)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = ber_print_document_create_pango_context (cr);

  ber_print_document_paginate (doc, context, BER_PRINT_A4_WIDTH, BER_PRINT_A4_HEIGHT);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return ber_print_document_get_n_pages (doc);
}

/* Whatever the length, the total row shares its page with rows of the table. */
static void
test_table_total_keeps_company (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "summa.pdf", NULL);
  guint multi_page = 0;
  guint first_break = 20;

  /* Find where the table first breaks, and look closely around there. */
  while (first_break < 200)
    {
      g_autoptr(BerPrintDocument) doc = long_table_document (first_break, TRUE);

      if (paginate_a4 (doc) > 1)
        break;
      first_break++;
    }
  g_assert_cmpuint (first_break, <, 200);

  for (guint n_rows = first_break - 3; n_rows <= first_break + 2; n_rows++)
    {
      g_autoptr(BerPrintDocument) doc = long_table_document (n_rows, TRUE);
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) pages = NULL;
      g_autofree char *row = g_strdup_printf ("Rad %03u", n_rows);
      const char *last;
      guint n_pages;

      ber_print_document_write_pdf (doc, path, &error);
      g_assert_no_error (error);
      pages = pdf_page_texts (path);
      n_pages = g_strv_length (pages);
      g_assert_cmpuint (n_pages, ==, ber_print_document_get_n_pages (doc));
      last = pages[n_pages - 1];
      g_assert_cmpint (find (last, row, 0), >=, 0);
      g_assert_cmpint (find (last, "Summa", 0), >, find (last, row, 0));
      multi_page += n_pages > 1;
    }

  /* The table did break over pages in the range tried. */
  g_assert_cmpuint (multi_page, >, 0);
  ber_test_remove_tree (dir);
}

/*
 * Wherever the page ends, a heading stays with what follows it, and a group
 * kept together (a network's entry) is not split when it fits on a page.
 */
static void
test_keep_with_next (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "rubriker.pdf", NULL);
  g_autoptr(GString) filler = g_string_new (NULL);
  guint moved = 0;

  for (guint i = 0; i < 55; i++)
    g_string_append (filler, "Förslaget bereds i det beslutsforum där sakfrågan hör hemma. ");

  for (guint space = 0; space <= 300; space += 12)
    {
      g_autoptr(BerPrintDocument) doc = ber_print_document_new ("Rubriker");
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) pages = NULL;
      guint page;

      ber_print_document_add_paragraph (doc, filler->str, BER_PRINT_STYLE_NORMAL);
      ber_print_document_add_spacer (doc, space);
      ber_print_document_add_heading (doc, 1, "Rubrik som hör ihop");
      ber_print_document_begin_keep_together (doc);
      ber_print_document_add_heading (doc, 2, "Gruppens rubrik");
      for (guint k = 1; k <= 8; k++)
        {
          g_autofree char *key = g_strdup_printf ("Nyckel %u", k);

          ber_print_document_add_key_value (doc, key, "Värde");
        }
      ber_print_document_end_keep_together (doc);
      ber_print_document_add_paragraph (doc, "Sista stycket.", BER_PRINT_STYLE_NORMAL);

      ber_print_document_write_pdf (doc, path, &error);
      g_assert_no_error (error);
      page = ber_print_document_get_heading_page (doc, "Rubrik som hör ihop");
      g_assert_cmpuint (page, ==, ber_print_document_get_heading_page (doc, "Gruppens rubrik"));
      moved += page > 1;

      pages = pdf_page_texts (path);
      g_assert_cmpuint (page, <=, g_strv_length (pages));
      g_assert_nonnull (strstr (pages[page - 1], "Rubrik som hör ihop"));
      for (guint k = 1; k <= 8; k++)
        {
          g_autofree char *key = g_strdup_printf ("Nyckel %u", k);

          g_assert_nonnull (strstr (pages[page - 1], key));
        }
    }

  /* Some of the positions tried did push the heading to the next page. */
  g_assert_cmpuint (moved, >, 0);
  ber_test_remove_tree (dir);
}

static void
test_table_of_contents (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "innehall.pdf", NULL);
  g_autoptr(BerPrintDocument) doc = ber_print_document_new ("Handlingsplan");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) pages = NULL;
  const char *chapters[] = { "Inledning och syfte", "Medlemskap i nätverk", "Påverkansfrågor",
                             "Återrapportering från uppdrag" };
  g_autoptr(GString) filler = g_string_new (NULL);

  for (guint i = 0; i < 60; i++)
    g_string_append (filler, "Regionens arbete i internationella nätverk följs upp årligen. ");

  ber_print_document_add_title (doc, "Handlingsplan för internationellt arbete");
  ber_print_document_add_table_of_contents (doc, "Innehåll", 2);
  for (guint c = 0; c < G_N_ELEMENTS (chapters); c++)
    {
      if (c == 2)
        ber_print_document_add_page_break (doc);
      ber_print_document_add_heading (doc, 1, chapters[c]);
      ber_print_document_add_paragraph (doc, filler->str, BER_PRINT_STYLE_NORMAL);
      for (guint s = 1; s <= 2; s++)
        {
          g_autofree char *sub = g_strdup_printf ("Avsnitt %u.%u om Östersjön", c + 1, s);

          ber_print_document_add_heading (doc, 2, sub);
          ber_print_document_add_paragraph (doc, filler->str, BER_PRINT_STYLE_NORMAL);
        }
    }

  ber_print_document_write_pdf (doc, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path, NULL), >=, 6);
  pages = pdf_page_texts (path);
  g_assert_cmpuint (g_strv_length (pages), ==, pdf_pages (path, NULL));

  /* Each entry's number is the page where its heading is printed. */
  contents = g_strdup (pages[0]);
  g_assert_nonnull (strstr (contents, "Innehåll"));
  for (guint c = 0; c < G_N_ELEMENTS (chapters); c++)
    for (guint s = 0; s <= 2; s++)
      {
        g_autofree char *heading = s == 0 ? g_strdup (chapters[c])
                                          : g_strdup_printf ("Avsnitt %u.%u om Östersjön", c + 1, s);
        g_autofree char *line = line_with (contents, heading);
        const char *number = strrchr (g_strchomp (line), ' ');
        guint page = (guint) g_ascii_strtoull (number + 1, NULL, 10);
        const char *on_page;

        g_assert_cmpuint (page, >=, 1);
        g_assert_cmpuint (page, <=, g_strv_length (pages));
        g_assert_cmpuint (page, ==, ber_print_document_get_heading_page (doc, heading));
        on_page = pages[page - 1];
        if (page == 1)
          {
            /* On the contents' own page: the entry, then the heading. */
            gssize entry = find (on_page, heading, 0);

            g_assert_cmpint (find (on_page, heading, entry + 1), >, entry);
            continue;
          }
        g_assert_nonnull (strstr (on_page, heading));
        if (page - 1 > 1)
          g_assert_null (strstr (pages[page - 2], heading));
      }

  /* The page break puts the third chapter at the top of a page. */
  {
    guint page = ber_print_document_get_heading_page (doc, chapters[2]);
    const char *text = pages[page - 1];
    const char *previous = pages[page - 2];

    g_assert_cmpint (find (text, chapters[2], 0), <, find (text, "Regionens arbete", 0));
    g_assert_nonnull (strstr (previous, "Avsnitt 2.2 om Östersjön"));
  }

  assert_margins_blank (path, dir);
  ber_test_remove_tree (dir);
}

static void
test_plain_text_and_blocks (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "kallelse.pdf", NULL);
  g_autoptr(BerPrintDocument) doc = ber_print_document_new ("Kallelse <RS>");
  g_autoptr(GDateTime) created = g_date_time_new_local (2026, 3, 14, 9, 30, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;

  ber_print_document_set_created (doc, created);
  g_assert_true (g_date_time_equal (ber_print_document_get_created (doc), created));
  ber_print_document_add_title (doc, "Kallelse till regionstyrelsen");
  ber_print_document_add_key_value (doc, "Föredragande", "Åsa Lindqvist & <b>Örjan</b>");
  ber_print_document_add_key_value (doc, "Handläggare", "Ängla Nyström");
  ber_print_document_add_spacer (doc, 12);
  ber_print_document_add_heading (doc, 1, "Förslag till beslut");
  ber_print_document_add_paragraph (doc, "att fastställa riktlinjerna <i>för</i> 2026 & framåt",
                                    BER_PRINT_STYLE_BOLD);
  ber_print_document_add_paragraph (doc, "Kursiv not", BER_PRINT_STYLE_ITALIC);
  ber_print_document_add_paragraph (doc, "Liten not", BER_PRINT_STYLE_SMALL);
  ber_print_document_add_page_break (doc);
  ber_print_document_add_heading (doc, 2, "Beslutsunderlag");
  ber_print_document_add_paragraph (doc, "Tjänsteskrivelse", BER_PRINT_STYLE_NORMAL);
  ber_print_document_add_page_break (doc);

  ber_print_document_write_pdf (doc, path, &error);
  g_assert_no_error (error);

  /* A trailing page break makes no empty page. */
  g_assert_cmpuint (pdf_pages (path, &info), ==, 2);
  g_assert_nonnull (strstr (info, "Title:           Kallelse <RS>"));
  g_assert_nonnull (strstr (info, "Creator:         " PACKAGE_NAME));

  /* User text is text, never markup, and Swedish letters survive. */
  text = pdf_text (path, 0, 0);
  assert_in_order (text, "Kallelse <RS>", "Kallelse till regionstyrelsen", "Föredragande",
                   "Åsa Lindqvist & <b>Örjan</b>", "Handläggare", "Ängla Nyström",
                   "Förslag till beslut", "att fastställa riktlinjerna <i>för</i> 2026 & framåt",
                   "Kursiv not", "Liten not", "2026-03-14", "Page 1 of 2", "Beslutsunderlag",
                   "Page 2 of 2", NULL);

  assert_margins_blank (path, dir);
  ber_test_remove_tree (dir);
}

/* The same pages render on any cairo_t: here an image, as a print preview would. */
static void
test_render_to_image (void)
{
  g_autoptr(BerPrintDocument) doc = long_table_document (40, TRUE);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 842);
  cairo_t *cr = cairo_create (surface);
  PangoContext *context = ber_print_document_create_pango_context (cr);
  guint n_pages;

  ber_print_document_paginate (doc, context, BER_PRINT_A4_WIDTH, BER_PRINT_A4_HEIGHT);
  n_pages = ber_print_document_get_n_pages (doc);
  g_assert_cmpuint (n_pages, >=, 1);

  for (guint page = 0; page < n_pages; page++)
    {
      gboolean inked = FALSE;
      const guchar *data;
      int stride;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_set_line_width (cr, 3.0);
      ber_print_document_render_page (doc, cr, page);
      cairo_surface_flush (surface);
      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);

      for (int y = 80; y < 700 && !inked; y++)
        for (int x = 80; x < 500 && !inked; x++)
          inked = (*(const guint32 *) (data + y * stride + x * 4) & 0xff) < 0x80;
      g_assert_true (inked);
      /* Rendering leaves the cairo_t as it found it. */
      g_assert_cmpfloat (cairo_get_line_width (cr), ==, 3.0);
    }

  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_finalize_object (g_steal_pointer (&doc));
}

/* The memberships list */

static void
test_memberships_pdf_demo (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = ber_test_store_new (BER_TEST_DEMO, &dir);
  g_autofree char *path = g_build_filename (dir, "medlemskap.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *title = NULL;
  int year = ber_export_current_year (store);
  gssize rs, run, left;
  guint n_pages;

  ber_export_memberships (store, 0, 0, path, &error);
  g_assert_no_error (error);
  assert_a4 (path);
  g_assert_cmpuint (ber_test_file_mode (path), ==, 0600);
  n_pages = pdf_pages (path, &info);
  g_assert_cmpuint (n_pages, >=, 3);
  title = g_strdup_printf ("Title:           Memberships and participation in international "
                           "organisations and networks %d", year);
  g_assert_nonnull (strstr (info, title));

  raw = pdf_text (path, 0, 0);
  text = flatten (raw);
  footer = g_strdup_printf ("Page 1 of %u", n_pages);
  g_assert_nonnull (strstr (text, footer));
  g_assert_nonnull (strstr (text, ber_store_get_today (store)));

  /* The parts in order: overview, the board's networks, the committee's, the
   * left ones: none, the demo region has left no network. */
  assert_in_order (text, "Overview", "Regionstyrelsen (RS)", "Regionala utvecklingsnämnden (RUN)",
                   "Left memberships", "None.", NULL);
  rs = find (text, "Regionstyrelsen (RS)", 0);
  run = find (text, "Regionala utvecklingsnämnden (RUN)", 0);
  left = find (text, "Left memberships", 0);
  g_assert_cmpint (find (text, "Left", left + 1), <, 0);

  /* Within a body, in Swedish order. */
  assert_in_order (text + rs, "Assembly of European Regions (AER)", "Central Sweden", "Eurochild",
                   "European Health Management Association (EHMA)",
                   "European Network of Social Authorities (ENSA)", NULL);
  assert_in_order (text + run, "Conference of Peripheral Maritime Regions (CPMR)",
                   "European Association of Research Managers and Administrators (EARMA)",
                   "European Network of Cities and Regions for the Social Economy (REVES)",
                   "European Regions Research and Innovation Network (ERRIN)",
                   "Stockholmsregionens Europaförening", NULL);

  {
    g_autofree char *errin = entry_text (text, run, "(ERRIN)");
    g_autofree char *earma = entry_text (text, run, "(EARMA)");
    g_autofree char *aer = entry_text (text, rs, "(AER)");
    g_autofree char *fee = g_strdup_printf ("Fee %d", year);

    g_assert_nonnull (strstr (errin, "Indirect member through Central Sweden"));
    g_assert_nonnull (strstr (errin, "RS 2019/245 § 61"));
    g_assert_nonnull (strstr (earma, "Not a member; interested"));
    /* Only a member has an activity level. */
    g_assert_null (strstr (earma, "Activity"));

    /* AER: decision, representatives with roles, seats, fee in EUR and SEK. */
    g_assert_nonnull (strstr (aer, "Very active"));
    g_assert_nonnull (strstr (aer, "Regionstyrelsen, RS 2022/418 § 201"));
    g_assert_nonnull (strstr (aer, "Åsa Lindqvist (Representative, Generalförsamlingen"));
    g_assert_nonnull (strstr (aer, "Board member, Politiska byrån"));
    g_assert_nonnull (strstr (aer, "Örjan Björklund (Deputy"));
    g_assert_nonnull (strstr (aer, "Politiska byrån (Board): 1 seat"));
    g_assert_nonnull (strstr (aer, "Generalförsamlingen (General assembly): 2 seats"));
    g_assert_nonnull (strstr (aer, fee));
    g_assert_nonnull (strstr (aer, "11 500 EUR (132 250 SEK at the rate 11.50)"));
    /* A candidacy is no representation. */
    g_assert_null (strstr (aer, "Not elected"));
  }

  {
    const char *inactive[] = { "Eurochild", "(EHMA)", "(ENSA)" };

    for (guint i = 0; i < G_N_ELEMENTS (inactive); i++)
      {
        g_autofree char *entry = entry_text (text, rs, inactive[i]);

        g_assert_nonnull (strstr (entry, "Activity Inactive"));
      }
  }

  assert_margins_blank (path, dir);
  g_clear_object (&store);
  ber_test_remove_tree (dir);
}

static void
test_memberships_one_body (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = ber_test_store_new (BER_TEST_DEMO, &dir);
  g_autofree char *path = g_build_filename (dir, "run.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 run = ber_export_lookup_body (store, "run", &error);

  g_assert_no_error (error);
  g_assert_cmpint (run, >, 0);
  g_assert_cmpint (ber_export_lookup_body (store, "Regionala utvecklingsnämnden", &error), ==, run);
  g_assert_no_error (error);

  ber_export_memberships (store, run, 2025, path, &error);
  g_assert_no_error (error);
  text = pdf_text (path, 0, 0);
  g_assert_nonnull (strstr (text, "Memberships and participation in international"));
  g_assert_nonnull (strstr (text, "networks 2025"));
  g_assert_nonnull (strstr (text, "Responsible body"));
  g_assert_nonnull (strstr (text, "Conference of Peripheral Maritime Regions (CPMR)"));
  g_assert_null (strstr (text, "Assembly of European Regions"));
  g_assert_null (strstr (text, "Regionstyrelsen (RS)"));

  g_assert_cmpint (ber_export_lookup_body (store, "XYZ", &error), ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "XYZ"));
  g_assert_nonnull (strstr (error->message, "RS"));
  g_clear_error (&error);

  g_assert_false (ber_export_memberships (store, 9999, 0, path, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);

  g_clear_object (&store);
  ber_test_remove_tree (dir);
}

static void
test_memberships_csv (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = ber_test_store_new (BER_TEST_DEMO, &dir);
  g_autofree char *path = g_build_filename (dir, "medlemskap.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(BerQuery) networks = ber_query_new ("network");
  guint n_networks = 0;
  char **row;
  int name, membership, representatives, fee, currency, rate, sek;
  g_autofree char *fee_header = g_strdup_printf ("Fee %d", ber_export_current_year (store));
  g_autofree char *sek_header = g_strdup_printf ("Fee %d (SEK)", ber_export_current_year (store));

  ber_export_memberships (store, 0, 0, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ber_test_file_mode (path), ==, 0600);
  ber_store_count (store, networks, &n_networks, &error);
  g_assert_no_error (error);

  /* One header row and one row per network, every row as wide as the header. */
  rows = csv_read (path);
  g_assert_cmpuint (rows->len, ==, n_networks + 1);
  for (guint r = 0; r < rows->len; r++)
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (rows, r)), ==,
                      g_strv_length (g_ptr_array_index (rows, 0)));

  name = column (rows, "Network");
  membership = column (rows, "Membership");
  representatives = column (rows, "Representatives");
  fee = column (rows, fee_header);
  currency = column (rows, "Currency");
  rate = column (rows, "Exchange rate");
  sek = column (rows, sek_header);

  row = row_where (rows, name, "European Regions Research and Innovation Network");
  g_assert_cmpstr (row[membership], ==, "Indirect member through Central Sweden");
  row = row_where (rows, name, "Assembly of European Regions");
  g_assert_nonnull (strstr (row[representatives], "Åsa Lindqvist ("));
  g_assert_nonnull (strstr (row[representatives], "; Örjan Björklund (Deputy"));
  g_assert_cmpstr (row[fee], ==, "11500");
  g_assert_cmpstr (row[currency], ==, "EUR");
  g_assert_cmpstr (row[rate], ==, "11,5");
  g_assert_cmpstr (row[sek], ==, "132250");
  row = row_where (rows, name, "Central Sweden");
  g_assert_cmpstr (row[fee], ==, "2450000");
  g_assert_cmpstr (row[sek], ==, "2450000");

  /* The demo region has left no network. */
  for (guint r = 1; r < rows->len; r++)
    g_assert_cmpstr (((char **) g_ptr_array_index (rows, r))[membership], !=, "Left");

  g_clear_object (&store);
  ber_test_remove_tree (dir);
}

static void
test_memberships_small (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = small_register (&dir);
  g_autofree char *pdf = g_build_filename (dir, "lista.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "lista.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  gssize left;

  ber_export_memberships (store, 0, 0, pdf, &error);
  g_assert_no_error (error);
  raw = pdf_text (pdf, 0, 0);
  text = flatten (raw);

  /* Fees of 2025 (the store's year); Gamma's EUR fee has no rate: flagged, not summed. */
  assert_in_order (text, "Overview", "Alfanätverket (ALFA)", "1 000", "Betaförbundet (BETA)",
                   "5 625", "Gammarådet (GAMMA)", "300 EUR (rate missing)",
                   "Östra Östersjöregionerna (ÖÖR)", "1 234.50", "Total", "7 859.50",
                   "A fee in EUR without an exchange rate is not included in the total: "
                   "Gammarådet (GAMMA).", NULL);
  g_assert_nonnull (strstr (text, "Nätverket \"Norr; Syd\" <b>&</b>"));
  g_assert_nonnull (strstr (text, "Not a member; interested"));

  /* A membership that has ended is listed as left, and only there. */
  left = find (text, "Left memberships", 0);
  g_assert_cmpint (left, >, 0);
  g_assert_cmpint (find (text, "Ändrade samarbetet", 0), >, left);
  g_assert_nonnull (strstr (text + left, "2020-12-31"));

  ber_export_memberships (store, 0, 0, csv, &error);
  g_assert_no_error (error);
  rows = csv_read (csv);
  g_assert_cmpuint (rows->len, ==, 7);
  {
    int name = column (rows, "Network");
    int sek = column (rows, "Fee 2025 (SEK)");
    char **row = row_where (rows, name, "Nätverket \"Norr; Syd\" <b>&</b>");

    g_assert_cmpstr (row[column (rows, "Responsible body")], ==, "Regionstyrelsen");
    row = row_where (rows, name, "Gammarådet");
    g_assert_cmpstr (row[sek], ==, "Rate missing");
    row = row_where (rows, name, "Östra Östersjöregionerna");
    g_assert_cmpstr (row[column (rows, "Acronym")], ==, "ÖÖR");
    g_assert_cmpstr (row[sek], ==, "1234,5");
  }

  g_clear_object (&store);
  ber_test_remove_tree (dir);
}

/* A network's name that a spreadsheet would run, through the real export. */
static void
test_memberships_csv_formula (void)
{
  const char *name = "=HYPERLINK(\"http://x\",\"y\")";
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = ber_test_store_new (BER_TEST_EMPTY, &dir);
  g_autofree char *path = g_build_filename (dir, "medlemskap.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BerCsv) parsed = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;
  gint64 body, network;
  int column_name;
  char **row;

  body = insert (store, "body", vardict ("name", g_variant_new_string ("Regionstyrelsen"),
                                         "short_name", g_variant_new_string ("RS"),
                                         "kind", g_variant_new_string ("board"), NULL));
  network = add_network (store, name, "", body);
  add_membership (store, network, "member", "2020-01-01", NULL);

  ber_export_memberships (store, 0, 0, path, &error);
  g_assert_no_error (error);

  rows = csv_read (path);
  g_assert_cmpuint (rows->len, ==, 2);
  column_name = column (rows, "Network");
  row = g_ptr_array_index (rows, 1);
  g_assert_true (g_str_has_prefix (row[column_name], "'="));
  g_assert_cmpstr (row[column_name] + 1, ==, name);

  /* And the import's reader gives the name back as it is in the register. */
  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  parsed = ber_csv_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ber_csv_get_row (parsed, 1, NULL)[column_name], ==, name);

  g_clear_object (&store);
  ber_test_remove_tree (dir);
}

/* The fee summary */

static void
test_fees (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = small_register (&dir);
  g_autofree char *pdf = g_build_filename (dir, "avgifter.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "avgifter.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gint64 sum_2025 = 0, sum_2026 = 0;
  int year, name, sek, check;

  /* CSV: one row per fee, the SEK amounts add up to the totals of the PDF. */
  ber_export_fees (store, 0, csv, &error);
  g_assert_no_error (error);
  rows = csv_read (csv);
  g_assert_cmpuint (rows->len, ==, 6);
  year = column (rows, "Year");
  name = column (rows, "Network");
  sek = column (rows, "Amount (SEK)");
  check = column (rows, "Check");
  for (guint r = 1; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      if (g_str_equal (row[name], "Gammarådet"))
        {
          g_assert_cmpstr (row[sek], ==, "");
          g_assert_nonnull (strstr (row[check], "Rate missing"));
          continue;
        }
      g_assert_cmpstr (row[check], ==, "");
      if (g_str_equal (row[year], "2025"))
        sum_2025 += csv_cents (row[sek]);
      else
        sum_2026 += csv_cents (row[sek]);
    }
  g_assert_cmpint (sum_2025, ==, 100000 + 562500 + 123450);
  g_assert_cmpint (sum_2026, ==, 200000);

  ber_export_fees (store, 0, pdf, &error);
  g_assert_no_error (error);
  {
    g_autofree char *raw = pdf_text (pdf, 0, 0);
    g_autofree char *text = without_nbsp (raw);
    g_autofree char *flat = flatten (raw);
    g_autofree char *expected = ber_export_format_money (sum_2025);
    g_autofree char *plain = without_nbsp (expected);
    g_autofree char *total_2025 = line_with (text, "Total 2025");
    g_autofree char *total_2026 = line_with (text, "Total 2026");
    g_autofree char *gamma = line_with (text, "Gammarådet");

    g_assert_cmpstr (plain, ==, "7 859.50");
    g_assert_nonnull (strstr (total_2025, plain));
    g_assert_nonnull (strstr (total_2026, "2 000"));
    g_assert_nonnull (strstr (gamma, "Rate missing"));
    g_assert_nonnull (strstr (gamma, "—"));
    assert_in_order (flat, "Membership fees", "2025", "Alfanätverket", "Betaförbundet",
                     "Gammarådet", "Östra Östersjöregionerna", "Total 2025",
                     "1 fee in EUR has no exchange rate and is not included in the total: "
                     "Gammarådet (GAMMA), 300 EUR.", "2026", "Total 2026", NULL);
  }

  /* One year only. */
  ber_export_fees (store, 2026, pdf, &error);
  g_assert_no_error (error);
  {
    g_autofree char *text = pdf_text (pdf, 0, 0);

    g_assert_nonnull (strstr (text, "Membership fees 2026"));
    g_assert_null (strstr (text, "Total 2025"));
    g_assert_null (strstr (text, "Gammarådet"));
  }

  g_clear_object (&store);
  ber_test_remove_tree (dir);
}

/* Errors */

static void
test_errors (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = small_register (&dir);
  g_autofree char *text = g_build_filename (dir, "out.txt", NULL);
  g_autofree char *none = g_build_filename (dir, "out", NULL);
  g_autofree char *missing = g_build_filename (dir, "saknas", "out.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *existing = g_build_filename (dir, "befintlig.PDF", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  /* An extension we cannot write names the ones we can. */
  g_assert_false (ber_export_memberships (store, 0, 0, text, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "out.txt"));
  g_assert_nonnull (strstr (error->message, ".pdf or .csv"));
  g_clear_error (&error);
  g_assert_false (ber_export_fees (store, 0, none, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* A folder that does not exist, and a folder in the file's place. */
  g_assert_false (ber_export_memberships (store, 0, 0, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (ber_export_fees (store, 0, folder, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_FILE_ERROR);
  g_assert_nonnull (strstr (error->message, "Could not write"));
  g_clear_error (&error);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  /* No half files, no temporary files left behind. */
  g_assert_false (g_file_test (text, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  assert_no_file_like (dir, ".out");
  assert_no_file_like (dir, "XXXXXX");

  /* An existing file is replaced whole, and becomes private. */
  g_assert_true (g_file_set_contents (existing, "gammalt", -1, NULL));
  g_assert_cmpint (g_chmod (existing, 0644), ==, 0);
  ber_export_memberships (store, 0, 0, existing, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (existing, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (ber_test_file_mode (existing), ==, 0600);
  assert_no_file_like (dir, ".befintlig");

  g_clear_object (&store);
  ber_test_remove_tree (dir);
}

/* The command line */

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_beredning (Run        *run,
               const char *first_arg,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("BEREDNING_BINARY");
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &run->out,
                &run->err, &run->status, &error);
  g_assert_no_error (error);
}

static void
assert_one_line_error (const Run  *run,
                       const char *in_message)
{
  g_assert_true (WIFEXITED (run->status));
  g_assert_cmpint (WEXITSTATUS (run->status), !=, 0);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "beredning: "));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  g_assert_nonnull (strstr (run->err, in_message));
}

static void
test_cli (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *database = g_strconcat ("--database=", db, NULL);
  g_autofree char *pdf = g_build_filename (dir, "x.pdf", NULL);
  g_autofree char *run_pdf = g_build_filename (dir, "run.pdf", NULL);
  g_autofree char *fees = g_build_filename (dir, "avgifter.csv", NULL);
  g_autofree char *output = g_strconcat ("--output=", pdf, NULL);
  g_autofree char *run_output = g_strconcat ("--output=", run_pdf, NULL);
  g_autofree char *fees_output = g_strconcat ("--output=", fees, NULL);
  g_autofree char *bad_output = g_strconcat ("--output=", dir, "/x.txt", NULL);
  g_autofree char *wrote = g_strdup_printf ("Wrote %s\n", pdf);

  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, database, "--init-demo", NULL);
    g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0);
  }
  {
    g_auto(Run) run = { 0 };
    g_autofree char *text = NULL;

    run_beredning (&run, database, "--export=memberships", output, NULL);
    g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0);
    g_assert_cmpstr (run.out, ==, wrote);
    g_assert_cmpstr (run.err, ==, "");
    text = pdf_text (pdf, 0, 0);
    assert_in_order (text, "Overview", "Regionstyrelsen (RS)", "Left memberships", NULL);
  }
  {
    g_auto(Run) run = { 0 };
    g_autofree char *text = NULL;

    run_beredning (&run, database, "--export=memberships", "--body=RUN", "--year=2026",
                   run_output, NULL);
    g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0);
    g_assert_true (g_str_has_prefix (run.out, "Wrote "));
    text = pdf_text (run_pdf, 0, 0);
    g_assert_nonnull (strstr (text, "networks 2026"));
    g_assert_nonnull (strstr (text, "Regionala utvecklingsnämnden (RUN)"));
    g_assert_nonnull (strstr (text, "(CPMR)"));
    g_assert_null (strstr (text, "(AER)"));
  }
  {
    g_auto(Run) run = { 0 };
    g_autoptr(GPtrArray) rows = NULL;

    run_beredning (&run, database, "--export=fees", "--year=2026", fees_output, NULL);
    g_assert_true (WIFEXITED (run.status) && WEXITSTATUS (run.status) == 0);
    rows = csv_read (fees);
    g_assert_cmpuint (rows->len, >=, 2);
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, database, "--export=memberships", "--body=XYZ", output, NULL);
    assert_one_line_error (&run, "XYZ");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, database, "--export=memberships", "--year=20x6", output, NULL);
    assert_one_line_error (&run, "20x6");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, database, "--export=fees", "--body=RS", fees_output, NULL);
    assert_one_line_error (&run, "--body");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, database, "--export=memberships", bad_output, NULL);
    assert_one_line_error (&run, ".pdf, .csv");
  }
  assert_no_file_like (dir, "x.txt");

  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/csv-writer", test_csv_writer);
  g_test_add_func ("/export/csv/formula-injection", test_csv_formula_injection);
  g_test_add_func ("/export/csv/formula-injection-libreoffice",
                   test_csv_formula_injection_libreoffice);
  g_test_add_func ("/export/number-format", test_number_format);
  g_test_add_func ("/export/document/long-table", test_long_table);
  g_test_add_func ("/export/document/table-total", test_table_total_keeps_company);
  g_test_add_func ("/export/document/keep-with-next", test_keep_with_next);
  g_test_add_func ("/export/document/table-of-contents", test_table_of_contents);
  g_test_add_func ("/export/document/plain-text-and-blocks", test_plain_text_and_blocks);
  g_test_add_func ("/export/document/render-to-image", test_render_to_image);
  g_test_add_func ("/export/memberships/pdf-demo", test_memberships_pdf_demo);
  g_test_add_func ("/export/memberships/one-body", test_memberships_one_body);
  g_test_add_func ("/export/memberships/csv", test_memberships_csv);
  g_test_add_func ("/export/memberships/small-register", test_memberships_small);
  g_test_add_func ("/export/memberships/csv-formula-name", test_memberships_csv_formula);
  g_test_add_func ("/export/fees", test_fees);
  g_test_add_func ("/export/errors", test_errors);
  g_test_add_func ("/export/cli", test_cli);

  return g_test_run ();
}
