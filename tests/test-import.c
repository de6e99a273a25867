/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <time.h>

#include "ber-csv.h"
#include "ber-import.h"
#include "ber-model.h"
#include "ber-test-utils.h"

typedef struct
{
  char     *dir;
  BerStore *store;
  gint64    board_id;
} Fixture;

/* Helpers */

/* CPU time, so that a busy machine does not fail the timing checks. */
static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static BerCsv *
parse_len (const char *text,
           gsize       length,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);

  return ber_csv_parse (bytes, error);
}

static BerCsv *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  BerCsv *csv = parse_len (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (csv);
  return csv;
}

static const char *
cell (BerCsv *csv,
      guint   row,
      guint   column)
{
  guint n = 0;
  const char * const *cells = ber_csv_get_row (csv, row, &n);

  g_assert_cmpuint (column, <, n);
  return cells[column];
}

static guint
n_cells (BerCsv *csv,
         guint   row)
{
  guint n = 0;

  ber_csv_get_row (csv, row, &n);
  return n;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  ber_store_set_today (f->store, "2026-03-01");
  f->board_id = ber_store_insert (f->store, "body",
                                  g_variant_new_parsed ("{'name': <'Regionstyrelsen'>, "
                                                        "'short_name': <'RS'>}"),
                                  &error);
  g_assert_no_error (error);
  ber_store_insert (f->store, "body",
                    g_variant_new_parsed ("{'name': <'Regionala utvecklingsnämnden'>, "
                                          "'short_name': <'RUN'>, 'kind': <'committee'>}"),
                    &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static BerImport *
load (Fixture       *f,
      BerImportKind  kind,
      const char    *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  BerImport *import = ber_import_new (f->store, kind);

  ber_import_load (import, bytes, &error);
  g_assert_no_error (error);
  return import;
}

static GError *
load_error (Fixture       *f,
            BerImportKind  kind,
            const char    *text,
            gsize          length)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);
  g_autoptr(BerImport) import = ber_import_new (f->store, kind);
  GError *error = NULL;

  g_assert_false (ber_import_load (import, bytes, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (import)), ==, 0);
  g_assert_false (ber_import_get_can_apply (import));
  return error;
}

/* The row stays alive in the import. */
static BerImportRow *
row_at (BerImport *import,
        guint      position)
{
  BerImportRow *row = g_list_model_get_item (G_LIST_MODEL (import), position);

  g_assert_nonnull (row);
  g_object_unref (row);
  return row;
}

static void
apply_ok (BerImport *import,
          guint      expect_inserted,
          guint      expect_updated)
{
  g_autoptr(GError) error = NULL;
  guint inserted = 99, updated = 99;

  g_assert_true (ber_import_get_can_apply (import));
  g_assert_true (ber_import_apply (import, &inserted, &updated, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (inserted, ==, expect_inserted);
  g_assert_cmpuint (updated, ==, expect_updated);
  g_assert_false (ber_import_get_can_apply (import));
}

static guint
count_rows (Fixture    *f,
            const char *source)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerQuery) query = ber_query_new (source);
  guint n = 0;

  ber_store_count (f->store, query, &n, &error);
  g_assert_no_error (error);
  return n;
}

/* Read through a connection of its own, so it sees only what was committed. */
static guint
count_sql (Fixture    *f,
           const char *sql)
{
  g_autofree char *path = g_build_filename (f->dir, "register.db", NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static GVariant *
network_by_name (Fixture    *f,
                 const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerQuery) query = ber_query_new ("network_list");
  g_autoptr(GPtrArray) rows = NULL;

  ber_query_add_condition (query, "name", BER_QUERY_EQ, g_variant_new_string (name));
  rows = ber_store_select (f->store, query, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  return g_variant_ref (g_ptr_array_index (rows, 0));
}

static char *
network_string (Fixture    *f,
                const char *name,
                const char *column)
{
  g_autoptr(GVariant) row = network_by_name (f, name);
  const char *value = NULL;

  if (!g_variant_lookup (row, column, "&s", &value))
    return NULL;
  return g_strdup (value);
}

/* The CSV reader */

static void
test_csv_bom (void)
{
  g_autoptr(BerCsv) csv = parse_ok ("\xef\xbb\xbfNamn;Typ\nAER;politiskt\n");

  g_assert_cmpint (ber_csv_get_separator (csv), ==, ';');
  g_assert_cmpuint (ber_csv_get_n_rows (csv), ==, 2);
  g_assert_cmpstr (cell (csv, 0, 0), ==, "Namn");
  g_assert_cmpstr (cell (csv, 1, 1), ==, "politiskt");
}

static void
test_csv_separators (void)
{
  g_autoptr(BerCsv) comma = parse_ok ("name,acronym\nAER,x;y\n");
  g_autoptr(BerCsv) semicolon = parse_ok ("name;acronym\n\"a,b\";x,y\n");
  g_autoptr(BerCsv) tab = parse_ok ("name\tdescription\nAER\ta; b, c\n");
  /* Separators inside quotes in the header do not count. */
  g_autoptr(BerCsv) quoted = parse_ok ("\"a;b;c\",d\n1,2\n");
  g_autoptr(BerCsv) single = parse_ok ("Namn\nAER\n");

  g_assert_cmpint (ber_csv_get_separator (comma), ==, ',');
  g_assert_cmpstr (cell (comma, 1, 1), ==, "x;y");
  g_assert_cmpint (ber_csv_get_separator (semicolon), ==, ';');
  g_assert_cmpstr (cell (semicolon, 1, 0), ==, "a,b");
  g_assert_cmpstr (cell (semicolon, 1, 1), ==, "x,y");
  g_assert_cmpint (ber_csv_get_separator (tab), ==, '\t');
  g_assert_cmpstr (cell (tab, 1, 1), ==, "a; b, c");
  g_assert_cmpint (ber_csv_get_separator (quoted), ==, ',');
  g_assert_cmpstr (cell (quoted, 0, 0), ==, "a;b;c");
  g_assert_cmpuint (n_cells (single, 1), ==, 1);
}

static void
test_csv_quotes (void)
{
  g_autoptr(BerCsv) csv = parse_ok ("name,description,notes\n"
                                    "\"CPMR\",\"6 commissions, 15 groups\nsecond line\","
                                    "\"He said \"\"yes\"\"\"\n"
                                    "\"\",\"\"\"\",plain \"quote\" inside\n"
                                    "last,\"x\" ,\n");

  g_assert_cmpuint (ber_csv_get_n_rows (csv), ==, 4);
  g_assert_cmpstr (cell (csv, 1, 0), ==, "CPMR");
  g_assert_cmpstr (cell (csv, 1, 1), ==, "6 commissions, 15 groups\nsecond line");
  g_assert_cmpstr (cell (csv, 1, 2), ==, "He said \"yes\"");
  g_assert_cmpuint (ber_csv_get_line (csv, 1), ==, 2);
  /* The line after a cell with a line break inside. */
  g_assert_cmpuint (ber_csv_get_line (csv, 2), ==, 4);
  g_assert_cmpstr (cell (csv, 2, 0), ==, "");
  g_assert_cmpstr (cell (csv, 2, 1), ==, "\"");
  g_assert_cmpstr (cell (csv, 2, 2), ==, "plain \"quote\" inside");
  g_assert_cmpstr (cell (csv, 3, 1), ==, "x");
  g_assert_cmpuint (n_cells (csv, 3), ==, 3);
  g_assert_cmpstr (cell (csv, 3, 2), ==, "");
}

static void
test_csv_line_ends (void)
{
  g_autoptr(BerCsv) crlf = parse_ok ("a;b\r\n1;\"x\r\ny\"\r\n2;3\r\n");
  g_autoptr(BerCsv) cr = parse_ok ("a;b\r1;2\r\r3;4\r");
  g_autoptr(BerCsv) mixed = parse_ok ("a,b\n1,2\r\n3,4\r5,6");

  g_assert_cmpuint (ber_csv_get_n_rows (crlf), ==, 3);
  g_assert_cmpstr (cell (crlf, 1, 1), ==, "x\ny");
  g_assert_cmpuint (ber_csv_get_line (crlf, 2), ==, 4);
  g_assert_cmpstr (cell (crlf, 2, 1), ==, "3");

  /* An empty line in between is skipped, but counted. */
  g_assert_cmpuint (ber_csv_get_n_rows (cr), ==, 3);
  g_assert_cmpstr (cell (cr, 1, 1), ==, "2");
  g_assert_cmpuint (ber_csv_get_line (cr, 2), ==, 4);
  g_assert_cmpstr (cell (cr, 2, 0), ==, "3");

  g_assert_cmpuint (ber_csv_get_n_rows (mixed), ==, 4);
  g_assert_cmpuint (ber_csv_get_line (mixed, 3), ==, 4);
  g_assert_cmpstr (cell (mixed, 3, 1), ==, "6");
}

static void
test_csv_unterminated (void)
{
  const char *text = "name,acronym\nAER,AER\n\"Open,quote\nthat,never\ncloses\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(BerCsv) csv = parse_len (text, strlen (text), &error);

  g_assert_null (csv);
  g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_UNTERMINATED_QUOTE);
  g_assert_cmpstr (error->message, ==, "Line 3: the quote that starts here is never closed.");
}

static void
test_csv_after_quote (void)
{
  const char *text = "name,acronym\n\"AER\"x,AER\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(BerCsv) csv = parse_len (text, strlen (text), &error);

  g_assert_null (csv);
  g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_AFTER_QUOTE);
  g_assert_true (g_str_has_prefix (error->message, "Line 2: "));
}

/* What is not UTF-8 is Windows-1252, converted: every byte it defines as
 * the C library's own converter reads it. */
static void
test_csv_windows_1252 (void)
{
  /* "BadÃx": 0xC3 starts a UTF-8 sequence that 'x' does not continue. */
  const char text[] = "name;acronym\r\nAER;AER\r\nBad\xc3x;B\r\n";
  g_autoptr(BerCsv) csv = parse_len (text, sizeof text - 1, NULL);
  g_autoptr(BerCsv) utf8 = parse_ok ("name;acronym\r\nBadÃx;B\r\n");
  g_autoptr(BerCsv) bom = parse_ok ("\xef\xbb\xbfname;acronym\r\nBadÃx;B\r\n");

  g_assert_nonnull (csv);
  g_assert_cmpint (ber_csv_get_encoding (csv), ==, BER_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpint (ber_csv_get_separator (csv), ==, ';');
  g_assert_cmpstr (cell (csv, 2, 0), ==, "BadÃx");
  g_assert_cmpuint (ber_csv_get_line (csv, 2), ==, 3);
  g_assert_cmpint (ber_csv_get_encoding (utf8), ==, BER_CSV_ENCODING_UTF8);
  g_assert_cmpstr (cell (utf8, 1, 0), ==, "BadÃx");
  g_assert_cmpint (ber_csv_get_encoding (bom), ==, BER_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpstr (cell (bom, 0, 0), ==, "name");

  for (guint byte = 0x80; byte <= 0xff; byte++)
    {
      char line[] = { 'a', '\n', (char) byte, 'x', '\n' };
      char raw[] = { (char) byte };
      g_autoptr(GError) error = NULL;
      g_autoptr(BerCsv) one = parse_len (line, sizeof line, &error);
      g_autofree char *expected = g_convert (raw, 1, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
      g_autofree char *with_x = NULL;

      if (expected == NULL)
        {
          /* 0x81, 0x8D, 0x8F, 0x90 and 0x9D: no character. */
          g_assert_null (one);
          g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_ENCODING);
          continue;
        }
      g_assert_no_error (error);
      g_assert_cmpint (ber_csv_get_encoding (one), ==, BER_CSV_ENCODING_WINDOWS_1252);
      with_x = g_strconcat (expected, "x", NULL);
      g_assert_cmpstr (cell (one, 1, 0), ==, with_x);
    }
}

/* The limit of a cell counts the bytes of UTF-8 it becomes: "ä" is two. */
static void
test_csv_windows_1252_limits (void)
{
  g_autoptr(GString) text = g_string_new ("Namn\r\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(BerCsv) csv = NULL;

  for (guint i = 0; i < BER_CSV_MAX_FIELD / 2; i++)
    g_string_append_c (text, '\xe4');
  csv = parse_len (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (cell (csv, 1, 0)), ==, BER_CSV_MAX_FIELD);
  g_assert_true (g_str_has_prefix (cell (csv, 1, 0), "ää"));

  g_string_append (text, "\xe4\r\n");
  g_clear_pointer (&csv, ber_csv_unref);
  csv = parse_len (text->str, text->len, &error);
  g_assert_null (csv);
  g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_FIELD_TOO_LONG);
}

/* A byte order mark before what is not UTF-8 is skipped, and the rest is Windows-1252. */
static void
test_csv_bom_before_windows_1252 (void)
{
  const char text[] = "\xef\xbb\xbfNamn;Ort\r\nKalle;G\xe4vle\r\n";
  g_autoptr(BerCsv) csv = parse_len (text, sizeof text - 1, NULL);

  g_assert_nonnull (csv);
  g_assert_cmpint (ber_csv_get_encoding (csv), ==, BER_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpstr (cell (csv, 0, 0), ==, "Namn");
  g_assert_cmpstr (cell (csv, 1, 1), ==, "Gävle");
}

static GError *
parse_file_error (const char *text,
                  gsize       length,
                  const char *file_name)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length);
  GError *error = NULL;
  BerCsv *csv = ber_csv_parse_file (bytes, file_name, &error);

  g_assert_null (csv);
  g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_ENCODING);
  return error;
}

/* Only bytes that are neither UTF-8 nor Windows-1252, or not text at all, are refused. */
static void
test_csv_not_text (void)
{
  /* Line 2 is not UTF-8 (0xE4 is "ä" in Windows-1252); line 3 has 0x81, which is nothing. */
  const char both[] = "Namn;Ort\r\nKalle;G\xe4vle\r\nOlle;\x81\r\n";
  const char zero[] = "a,b\n1,\0002\n";
  const char control[] = "a;b\r\nG\xe4vle;\x01\x02\r\n";
  g_autoptr(GError) named = parse_file_error (both, sizeof both - 1, "medlemmar.csv");
  g_autoptr(GError) unnamed = parse_file_error (both, sizeof both - 1, NULL);
  g_autoptr(GError) zero_error = parse_file_error (zero, sizeof zero - 1, "bild.png");
  g_autoptr(GError) control_error = parse_file_error (control, sizeof control - 1, NULL);
  g_autoptr(GError) utf16_error = parse_file_error ("\xff\xfe" "a\0,\0b\0", 8, "text.csv");
  g_autoptr(GError) zip_error = parse_file_error ("PK\003\004\024\0\06\0", 8, "lista.xlsx");

  g_assert_cmpstr (named->message, ==,
                   "“medlemmar.csv” is neither UTF-8 nor Windows-1252 text. Line 2 cannot be "
                   "read as UTF-8, and line 3 has the byte 0x81, which is no character in "
                   "Windows-1252. Save it again as “CSV UTF-8” in the spreadsheet and import "
                   "that file.");
  g_assert_true (g_str_has_prefix (unnamed->message,
                                   "The file is neither UTF-8 nor Windows-1252 text. Line 2 "));
  g_assert_cmpstr (zero_error->message, ==,
                   "“bild.png” is not a text file. Line 2 has the byte 0x00, a control code "
                   "that text does not hold. Choose the CSV file itself, or save the sheet as "
                   "“CSV UTF-8” in the spreadsheet and import that file.");
  g_assert_true (g_str_has_prefix (control_error->message,
                                   "The file is not a text file. Line 2 has the byte 0x01, "));
  g_assert_cmpstr (utf16_error->message, ==,
                   "“text.csv” is UTF-16 text. Save it again as “CSV UTF-8” in the spreadsheet "
                   "and import that file.");
  g_assert_true (g_str_has_prefix (zip_error->message,
                                   "“lista.xlsx” is a spreadsheet workbook, not CSV text. "));
}

static void
test_csv_limits (void)
{
  g_autoptr(GString) text = g_string_new ("name,description\nok,");
  g_autoptr(GError) error = NULL;
  g_autoptr(BerCsv) csv = NULL;

  /* 60 kB is fine… */
  for (guint i = 0; i < 60 * 1024; i++)
    g_string_append_c (text, 'a' + i % 26);
  g_string_append (text, "\n");
  csv = parse_len (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (cell (csv, 1, 1)), ==, 60 * 1024);
  g_clear_pointer (&csv, ber_csv_unref);

  /* …one byte over 100 kB, quoted or not, is not. */
  for (guint quoted = 0; quoted < 2; quoted++)
    {
      g_string_assign (text, "name,description\nok,x\nlong,");
      if (quoted)
        g_string_append_c (text, '"');
      for (guint i = 0; i < BER_CSV_MAX_FIELD + 1; i++)
        g_string_append_c (text, 'b');
      if (quoted)
        g_string_append_c (text, '"');
      g_string_append (text, "\n");
      csv = parse_len (text->str, text->len, &error);
      g_assert_null (csv);
      g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_FIELD_TOO_LONG);
      g_assert_cmpstr (error->message, ==,
                       "Line 3: a cell is longer than 100 kB, the most Beredning reads from a "
                       "cell.");
      g_clear_error (&error);
    }

  /* A line of 11 cells of 99 kB each. */
  g_string_assign (text, "a\n");
  for (guint c = 0; c < 11; c++)
    {
      for (guint i = 0; i < 99 * 1024; i++)
        g_string_append_c (text, 'c');
      g_string_append_c (text, ',');
    }
  csv = parse_len (text->str, text->len, &error);
  g_assert_null (csv);
  g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_LINE_TOO_LONG);
  g_assert_true (g_str_has_prefix (error->message, "Line 2 is longer than 1 MB"));
  g_clear_error (&error);

  /* 200 columns are fine, 201 are not. */
  g_string_assign (text, "name");
  for (guint c = 1; c < BER_CSV_MAX_COLUMNS; c++)
    g_string_append (text, ",x");
  csv = parse_len (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_cells (csv, 0), ==, BER_CSV_MAX_COLUMNS);
  g_clear_pointer (&csv, ber_csv_unref);
  g_string_append (text, ",y\n");
  csv = parse_len (text->str, text->len, &error);
  g_assert_null (csv);
  g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_TOO_MANY_COLUMNS);
  g_assert_cmpstr (error->message, ==, "Line 1 has more than 200 columns, the most Beredning reads.");
  g_clear_error (&error);

  /* 100,000 lines after the header are fine, one more is not. */
  g_string_assign (text, "name\n");
  for (guint i = 0; i < BER_CSV_MAX_ROWS; i++)
    g_string_append (text, "a\n");
  csv = parse_len (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ber_csv_get_n_rows (csv), ==, BER_CSV_MAX_ROWS + 1);
  g_clear_pointer (&csv, ber_csv_unref);
  g_string_append (text, "\n\nb\n");
  csv = parse_len (text->str, text->len, &error);
  g_assert_null (csv);
  g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_TOO_MANY_ROWS);
  g_assert_true (g_str_has_prefix (error->message, "Line 100004: "));
  g_clear_error (&error);

  /* Two million cells in all. */
  g_string_truncate (text, 0);
  for (guint r = 0; r < BER_CSV_MAX_CELLS / BER_CSV_MAX_COLUMNS + 1; r++)
    {
      for (guint c = 0; c < BER_CSV_MAX_COLUMNS; c++)
        g_string_append (text, c == 0 ? "x" : ",x");
      g_string_append_c (text, '\n');
    }
  csv = parse_len (text->str, text->len, &error);
  g_assert_null (csv);
  g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_TOO_MANY_CELLS);
  g_assert_true (g_str_has_prefix (error->message, "Line 10001: "));
}

static void
test_csv_empty (void)
{
  const char *empties[] = { "", "\xef\xbb\xbf", "\n\n\r\n", "\xef\xbb\xbf\r\n\r\n" };
  g_autoptr(BerCsv) header = parse_ok ("name;acronym\n\n\n");
  g_autoptr(BerCsv) trailing = parse_ok ("name\nAER\n\r\n\n");

  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BerCsv) csv = parse_len (empties[i], strlen (empties[i]), &error);

      g_assert_null (csv);
      g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_EMPTY);
    }

  g_assert_cmpuint (ber_csv_get_n_rows (header), ==, 1);
  g_assert_cmpuint (ber_csv_get_n_rows (trailing), ==, 2);
}

/* The apostrophe BerCsvWriter puts before what a spreadsheet would run goes; others stay. */
static void
test_csv_formula_apostrophe (void)
{
  g_autoptr(BerCsv) csv = parse_ok ("a;b;c\r\n"
                                    "'=SUM(1);'hello;\"'+1\"\r\n"
                                    "'-1;'@x;\"'\tx\"\r\n"
                                    "\"'\r\nx\";''=x; '=x\r\n"
                                    "';\"'\";'\r\n");
  /* With tabs between cells, a lone apostrophe before a tab is the whole cell. */
  g_autoptr(BerCsv) tab = parse_ok ("a\tb\n'\t'=x\n");

  g_assert_cmpstr (cell (csv, 1, 0), ==, "=SUM(1)");
  g_assert_cmpstr (cell (csv, 1, 1), ==, "'hello");
  g_assert_cmpstr (cell (csv, 1, 2), ==, "+1");
  g_assert_cmpstr (cell (csv, 2, 0), ==, "-1");
  g_assert_cmpstr (cell (csv, 2, 1), ==, "@x");
  g_assert_cmpstr (cell (csv, 2, 2), ==, "\tx");
  /* A CR right after the apostrophe, inside quotes, which the reader keeps as "\n". */
  g_assert_cmpstr (cell (csv, 3, 0), ==, "\nx");
  /* Only one apostrophe goes, and only the first character counts. */
  g_assert_cmpstr (cell (csv, 3, 1), ==, "''=x");
  g_assert_cmpstr (cell (csv, 3, 2), ==, " '=x");
  g_assert_cmpuint (n_cells (csv, 4), ==, 3);
  g_assert_cmpstr (cell (csv, 4, 0), ==, "'");
  g_assert_cmpstr (cell (csv, 4, 1), ==, "'");
  g_assert_cmpstr (cell (csv, 4, 2), ==, "'");

  g_assert_cmpint (ber_csv_get_separator (tab), ==, '\t');
  g_assert_cmpuint (n_cells (tab, 1), ==, 2);
  g_assert_cmpstr (cell (tab, 1, 0), ==, "'");
  g_assert_cmpstr (cell (tab, 1, 1), ==, "=x");
}

/* Networks */

static const char *networks_file =
  "Namn;Förkortning;Typ;Ansvarigt organ;Status;Genom;Aktivitet;Nästa översyn;Webbplats\n"
  "Assembly of European Regions;AER;Politiskt nätverk;RS;Medlem;;Mycket aktiv;2026-11-23;"
  "https://aer.eu\n"
  "Central Sweden;;Brussels office;regionstyrelsen;member;;active;;\n"
  "European Regions Research and Innovation Network;ERRIN;research;RUN;Indirekt medlem;"
  "Central Sweden;aktiv;;\n"
  "European Health Management Association;EHMA;other;;member;;Inactive;;\n"
  "EARMA;;;;intresserad;;;;\n";

static void
test_networks_import (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BerImport) import = load (f, BER_IMPORT_NETWORKS, networks_file);
  g_autoptr(GVariant) errin = NULL;
  g_autofree char *summary = ber_import_dup_summary (import);
  gint64 central_id;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (import)), ==, 5);
  g_assert_cmpuint (ber_import_count (import, BER_IMPORT_ACTION_INSERT), ==, 5);
  g_assert_cmpstr (summary, ==, "5 new networks");
  g_assert_cmpuint (ber_import_row_get_line (row_at (import, 4)), ==, 6);
  g_assert_cmpstr (ber_import_row_get_title (row_at (import, 0)), ==,
                   "Assembly of European Regions (AER)");

  /* Nothing is written before apply. */
  g_assert_cmpuint (count_rows (f, "network"), ==, 0);
  apply_ok (import, 5, 0);

  g_assert_cmpuint (count_rows (f, "network"), ==, 5);
  g_assert_cmpuint (count_rows (f, "membership"), ==, 5);
  errin = network_by_name (f, "European Regions Research and Innovation Network");
  central_id = ber_import_row_get_id (row_at (import, 1));
  g_assert_cmpint (central_id, >, 0);
  {
    const char *status = NULL, *via = NULL, *kind = NULL;
    gint64 body_id = 0;

    g_assert_true (g_variant_lookup (errin, "membership_status", "&s", &status));
    g_assert_cmpstr (status, ==, "indirect");
    g_assert_true (g_variant_lookup (errin, "via_network_name", "&s", &via));
    g_assert_cmpstr (via, ==, "Central Sweden");
    g_assert_true (g_variant_lookup (errin, "kind", "&s", &kind));
    g_assert_cmpstr (kind, ==, "research");
    g_assert_true (g_variant_lookup (errin, "responsible_body_id", "x", &body_id));
    g_assert_cmpint (body_id, !=, f->board_id);
  }
  {
    g_autofree char *activity = network_string (f, "Assembly of European Regions", "activity");
    g_autofree char *review = network_string (f, "Assembly of European Regions",
                                              "next_review_on");
    g_autofree char *earma = network_string (f, "EARMA", "membership_status");
    g_autofree char *earma_activity = network_string (f, "EARMA", "activity");

    g_assert_cmpstr (activity, ==, "very-active");
    g_assert_cmpstr (review, ==, "2026-11-23");
    g_assert_cmpstr (earma, ==, "interested");
    /* Interested, not a member: no activity level. */
    g_assert_null (earma_activity);
  }
}

static void
test_networks_reimport (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(BerImport) first = load (f, BER_IMPORT_NETWORKS, networks_file);
  g_autoptr(BerImport) second = NULL;
  g_autoptr(BerImport) third = NULL;
  g_autofree char *summary = NULL;
  guint history_before;

  apply_ok (first, 5, 0);
  history_before = count_sql (f, "SELECT count(*) FROM history");
  ber_store_set_today (f->store, "2026-04-15");

  /* AER by acronym in other case, with a new website and a lower activity;
   * EHMA has left; Central Sweden's description is new; EARMA has the same
   * values; an empty cell erases nothing. */
  second = load (f, BER_IMPORT_NETWORKS,
                 "name,acronym,website,activity,status,description\n"
                 "Assembly of European Regions,aer,https://aer.org,active,,\n"
                 "European Health Management Association,EHMA,,,left,\n"
                 "Central Sweden,,,,,The regions' office in Brussels\n"
                 "EARMA,,,,interested,\n"
                 "Eurochild,,,,member,\n");
  summary = ber_import_dup_summary (second);
  g_assert_cmpstr (summary, ==, "1 new network, 3 updated, 1 unchanged");
  g_assert_cmpint (ber_import_row_get_action (row_at (second, 0)), ==,
                   BER_IMPORT_ACTION_UPDATE);
  g_assert_cmpstr (ber_import_row_get_message (row_at (second, 0)), ==,
                   "Changes: acronym, website, activity");
  g_assert_cmpint (ber_import_row_get_action (row_at (second, 3)), ==,
                   BER_IMPORT_ACTION_UNCHANGED);
  apply_ok (second, 1, 3);

  g_assert_cmpuint (count_rows (f, "network"), ==, 6);
  {
    g_autofree char *website = network_string (f, "Assembly of European Regions", "website");
    g_autofree char *acronym = network_string (f, "Assembly of European Regions", "acronym");
    g_autofree char *activity = network_string (f, "Assembly of European Regions", "activity");
    g_autofree char *status = network_string (f, "Assembly of European Regions",
                                              "membership_status");
    g_autofree char *kind = network_string (f, "Assembly of European Regions", "kind");
    g_autofree char *ehma = network_string (f, "European Health Management Association",
                                            "membership_status");
    g_autofree char *ehma_activity = network_string (f, "European Health Management Association",
                                                     "activity");
    g_autofree char *description = network_string (f, "Central Sweden", "description");

    g_assert_cmpstr (website, ==, "https://aer.org");
    g_assert_cmpstr (acronym, ==, "aer");
    g_assert_cmpstr (activity, ==, "active");
    g_assert_cmpstr (status, ==, "member");
    g_assert_cmpstr (kind, ==, "political");
    g_assert_cmpstr (ehma, ==, "left");
    /* A network left has no activity level. */
    g_assert_null (ehma_activity);
    g_assert_cmpstr (description, ==, "The regions' office in Brussels");
  }

  /* History grows: AER and EHMA have two memberships each, the old one ended today. */
  g_assert_cmpuint (count_rows (f, "membership"), ==, 5 + 2 + 1);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM membership WHERE to_on = '2026-04-15'"),
                    ==, 2);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM membership WHERE to_on IS NULL"), ==, 6);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM membership m JOIN network n "
                                  "ON n.id = m.network_id WHERE n.acronym = 'aer' "
                                  "AND m.from_on = '2026-04-15' AND m.activity = 'active'"),
                    ==, 1);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM history"), >, history_before);

  /* The same file once more changes nothing. */
  third = load (f, BER_IMPORT_NETWORKS,
                "name,acronym,website,activity,status,description\n"
                "Assembly of European Regions,aer,https://aer.org,active,,\n"
                "European Health Management Association,EHMA,,,left,\n"
                "Central Sweden,,,,,The regions' office in Brussels\n"
                "EARMA,,,,interested,\n"
                "Eurochild,,,,member,\n");
  g_assert_cmpuint (ber_import_count (third, BER_IMPORT_ACTION_UNCHANGED), ==, 5);
  g_assert_false (ber_import_get_can_apply (third));
}

static void
test_networks_missing_column (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(BerImport) first = load (f, BER_IMPORT_NETWORKS, networks_file);
  const char *text = "Förkortning;Typ\nAER;political\nCPMR;political\n";
  const char *header_only = "Namn;Typ\n\n;\n";
  guint networks, memberships, history;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) no_rows = NULL;
  g_autoptr(GError) twice = NULL;

  apply_ok (first, 5, 0);
  networks = count_rows (f, "network");
  memberships = count_rows (f, "membership");
  history = count_sql (f, "SELECT count(*) FROM history");

  error = load_error (f, BER_IMPORT_NETWORKS, text, strlen (text));
  g_assert_error (error, BER_IMPORT_ERROR, BER_IMPORT_ERROR_MISSING_COLUMN);
  g_assert_nonnull (strstr (error->message, "“Name” (or “Namn”)"));
  no_rows = load_error (f, BER_IMPORT_NETWORKS, header_only, strlen (header_only));
  g_assert_error (no_rows, BER_IMPORT_ERROR, BER_IMPORT_ERROR_NO_ROWS);
  twice = load_error (f, BER_IMPORT_NETWORKS, "Name;namn\nA;B\n", 14);
  g_assert_error (twice, BER_IMPORT_ERROR, BER_IMPORT_ERROR_DUPLICATE_COLUMN);

  g_assert_cmpuint (count_rows (f, "network"), ==, networks);
  g_assert_cmpuint (count_rows (f, "membership"), ==, memberships);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM history"), ==, history);
}

static void
test_networks_bad_values (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BerImport) import = load (f, BER_IMPORT_NETWORKS,
    "Namn;Förkortning;Aktivitet;Status;Nästa översyn;Ansvarigt organ;Typ;Genom;Okänd\n"
    "Good;G;aktiv;medlem;2026-06-30;RUN;politiskt;;x\n"
    "Bad activity;;ganska aktiv;medlem;;;;;\n"
    "Bad date;;;medlem;2026-02-30;;;;\n"
    "Bad body;;;medlem;;Kommunfullmäktige;;;\n"
    "Bad kind;;;;;;kommun;;\n"
    ";Nameless;;;;;;;\n"
    "Good;;;;;;;;\n"
    "Other;G;;;;;;;\n"
    "Indirect without via;;;indirekt medlem;;;;;\n"
    "Via without indirect;;;medlem;;;;Good;\n"
    "Via unknown;;;indirekt;;;;Nowhere;\n"
    "Self;;;indirekt;;;;Self;\n"
    "Activity alone;;aktiv;;;;;;\n"
    "Too many;;;;;;;;;extra\n"
    "Two problems;;x;;1999-13-01;;;;\n");
  const char *expected[] = {
    NULL,
    "Line 3: “Aktivitet” is “ganska aktiv”; write very active, active or inactive.",
    "Line 4: “Nästa översyn” is “2026-02-30”; write a date as YYYY-MM-DD, for example 2026-11-23.",
    "Line 5: “Ansvarigt organ” is “Kommunfullmäktige”, which is no body in the register; write "
    "the name or short name of one.",
    "Line 6: “Typ” is “kommun”; write political network, influence organisation, brussels "
    "office, research and innovation network, association or other.",
    "Line 7: “Namn” is empty; every network needs a name.",
    "Line 8: The same name is already on line 2.",
    "Line 9: The same acronym is already on line 2.",
    "Line 10: An indirect member needs the network it is a member through, in a column “Via” "
    "(or “Genom”).",
    "Line 11: “Genom” is “Good”, but only an indirect member is a member through another "
    "network.",
    "Line 12: “Genom” is “Nowhere”, which is no network in the register or in the file.",
    "Line 13: A network cannot be a member through itself.",
    "Line 14: There is no membership status; a membership needs one.",
    "Line 15: It has 10 cells, but the first line names only 9 columns. A cell with the "
    "separator in it must be in quotes.",
    "Line 16: “Aktivitet” is “x”; write very active, active or inactive. “Nästa översyn” is "
    "“1999-13-01”; write a date as YYYY-MM-DD, for example 2026-11-23.",
  };
  const char * const *ignored = ber_import_get_ignored_columns (import);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (import)), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      BerImportRow *row = row_at (import, i);

      if (expected[i] == NULL)
        g_assert_cmpint (ber_import_row_get_action (row), ==, BER_IMPORT_ACTION_INSERT);
      else
        {
          g_assert_cmpint (ber_import_row_get_action (row), ==, BER_IMPORT_ACTION_ERROR);
          g_assert_cmpstr (ber_import_row_get_message (row), ==, expected[i]);
        }
    }
  g_assert_cmpstr (ignored[0], ==, "Okänd");
  g_assert_null (ignored[1]);
}

/* Quoted the way spreadsheets write cells. */
static void
append_row (GString    *text,
            const char *a,
            const char *b,
            const char *c)
{
  const char *cells[] = { a, b, c };

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    {
      g_auto(GStrv) parts = g_strsplit (cells[i], "\"", -1);
      g_autofree char *doubled = g_strjoinv ("\"\"", parts);

      g_string_append_printf (text, "%s\"%s\"", i > 0 ? ";" : "", doubled);
    }
  g_string_append_c (text, '\n');
}

static void
test_networks_hostile (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("name;description;contact\n");
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(BerImport) import = NULL;
  g_autoptr(GError) error = NULL;
  const char *sql = "'; DROP TABLE network; --";
  const char *emoji = "Nätverket 🇸🇪🎉 \"citat\" 100% _x_";
  const char *rtl = "شبكة المناطق الأوروبية \u200f(עברית)";

  while (big->len < 60 * 1024)
    g_string_append (big, "Östersjön, Barents; ");
  g_string_append (big, "slut");
  append_row (text, sql, emoji, "x");
  append_row (text, rtl, big->str, sql);
  append_row (text, "Line\nbreak", "=HYPERLINK(\"http://x\")", "");

  import = load (f, BER_IMPORT_NETWORKS, text->str);
  apply_ok (import, 3, 0);
  g_assert_cmpuint (count_rows (f, "network"), ==, 3);
  {
    g_autofree char *description = network_string (f, sql, "description");
    g_autofree char *rtl_description = network_string (f, rtl, "description");
    g_autofree char *rtl_contact = network_string (f, rtl, "contact");
    g_autofree char *formula = network_string (f, "Line\nbreak", "description");

    g_assert_cmpstr (description, ==, emoji);
    g_assert_cmpstr (rtl_description, ==, big->str);
    g_assert_cmpstr (rtl_contact, ==, sql);
    g_assert_cmpstr (formula, ==, "=HYPERLINK(\"http://x\")");
  }

  /* Over 100 kB fails the whole file and writes nothing. */
  for (guint i = 0; i < 41 * 1024; i++)
    g_string_append_c (big, 'z');
  g_string_assign (text, "name;description\n");
  g_string_append_printf (text, "Small;x\nHuge;\"%s\"\n", big->str);
  g_clear_error (&error);
  error = load_error (f, BER_IMPORT_NETWORKS, text->str, text->len);
  g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_FIELD_TOO_LONG);
  g_assert_true (g_str_has_prefix (error->message, "Line 3: "));
  g_assert_cmpuint (count_rows (f, "network"), ==, 3);
}

/* What Beredning's CSV export wrote against formulas imports back as the name it was. */
static void
test_networks_formula_apostrophe (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(BerImport) import = load (f, BER_IMPORT_NETWORKS,
                                      "\xef\xbb\xbfNamn;Förkortning\r\n"
                                      "'=SUM(1);SUM\r\n"
                                      "'hello;HEJ\r\n");
  g_autofree char *formula = NULL;
  g_autofree char *hello = NULL;

  apply_ok (import, 2, 0);
  formula = network_string (f, "=SUM(1)", "acronym");
  hello = network_string (f, "'hello", "acronym");
  g_assert_cmpstr (formula, ==, "SUM");
  g_assert_cmpstr (hello, ==, "HEJ");
}

/* Swedish Excel's "CSV (semikolonavgränsad)": Windows-1252, ';' and CRLF,
 * no byte order mark, quotes only around a cell that needs them. */
static const char excel_file[] =
  "Namn;F\xf6rkortning;Typ;Ansvarigt organ;Status;Aktivitet;Beskrivning\r\n"
  "\xd6stersj\xf6regionernas n\xe4tverk;\xd6RN;Politiskt n\xe4tverk;"
  "Regionala utvecklingsn\xe4mnden;Medlem;Mycket aktiv;"
  "\xc5land, \xc4r\xf6 och Ume\xe5 \x96 caf\xe9 \x93Norden\x94 f\xf6r 5 \x80\r\n"
  "\xc4lvdalens \xe5rsm\xf6te;;;RS;Intresserad;;\"M\xf6ten; \xe4ven p\xe5 \xd6land\"\r\n";

/* Runs the sqlite3 program on the register, as another process would. */
static char *
sqlite3_cli (Fixture    *f,
             const char *command)
{
  g_autofree char *path = g_build_filename (f->dir, "register.db", NULL);
  const char *argv[] = { "sqlite3", "-readonly", path, command, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (err, ==, "");
  return out;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The file as Excel saves it, read from disk, imports with its å, ä and ö. */
static void
test_encoding_windows_1252 (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "medlemmar.csv", NULL);
  g_autoptr(BerContext) context = ber_context_new (f->store);
  g_autoptr(BerImport) import = ber_import_new (f->store, BER_IMPORT_NETWORKS);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerNetwork) first = NULL;
  g_autoptr(BerNetwork) second = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *description = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *from_cli = NULL;
  gsize length = 0;
  guint notified = 0;

  g_assert_true (g_file_set_contents (path, excel_file, sizeof excel_file - 1, &error));
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_false (g_utf8_validate_len (contents, length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  g_signal_connect (import, "notify::encoding", G_CALLBACK (count_notify), &notified);
  ber_import_set_file_name (import, "medlemmar.csv");
  g_assert_true (ber_import_load (import, bytes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ber_import_get_encoding (import), ==, BER_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpuint (notified, ==, 1);
  /* Every column was known: "Förkortning" was read as such. */
  g_assert_null (ber_import_get_ignored_columns (import)[0]);
  g_assert_cmpuint (ber_import_count (import, BER_IMPORT_ACTION_INSERT), ==, 2);
  g_assert_cmpstr (ber_import_row_get_title (row_at (import, 0)), ==,
                   "Östersjöregionernas nätverk (ÖRN)");
  g_assert_cmpuint (ber_import_row_get_line (row_at (import, 1)), ==, 3);
  apply_ok (import, 2, 0);

  /* Through the service… */
  first = ber_context_load (context, BER_TYPE_NETWORK, ber_import_row_get_id (row_at (import, 0)),
                            &error);
  g_assert_no_error (error);
  second = ber_context_load (context, BER_TYPE_NETWORK,
                             ber_import_row_get_id (row_at (import, 1)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ber_network_get_name (first), ==, "Östersjöregionernas nätverk");
  g_assert_cmpstr (ber_network_get_acronym (first), ==, "ÖRN");
  g_object_get (first, "description", &description, "kind", &kind, NULL);
  g_assert_cmpstr (description, ==, "Åland, Ärö och Umeå – café “Norden” för 5 €");
  g_assert_cmpstr (kind, ==, "political");
  g_assert_cmpstr (ber_network_get_name (second), ==, "Älvdalens årsmöte");
  g_clear_pointer (&description, g_free);
  g_object_get (second, "description", &description, NULL);
  g_assert_cmpstr (description, ==, "Möten; även på Öland");

  /* …and as the sqlite3 program reads the file. */
  from_cli = sqlite3_cli (f, "SELECT name || '|' || acronym || '|' || description FROM network "
                             "WHERE acronym = 'ÖRN'");
  g_assert_cmpstr (from_cli, ==,
                   "Östersjöregionernas nätverk|ÖRN|Åland, Ärö och Umeå – café “Norden” för 5 €\n");
  g_clear_pointer (&from_cli, g_free);
  from_cli = sqlite3_cli (f, "SELECT count(*) FROM network WHERE name = 'Älvdalens årsmöte'");
  g_assert_cmpstr (from_cli, ==, "1\n");
}

/* UTF-8 with a byte order mark: the mark is not part of the first header. */
static void
test_encoding_bom (Fixture       *f,
                   gconstpointer  data)
{
  static const char bom_file[] = "\xef\xbb\xbfÖvrigt;Namn;Förkortning\r\nx;Åre nätverk;ÅN\r\n";
  static const char plain_file[] = "Namn\nÅre nätverk\n";
  g_autoptr(BerImport) bom = load (f, BER_IMPORT_NETWORKS, bom_file);
  g_autoptr(BerImport) plain = load (f, BER_IMPORT_NETWORKS, plain_file);
  const char * const *ignored = ber_import_get_ignored_columns (bom);
  g_autofree char *acronym = NULL;

  g_assert_cmpint (ber_import_get_encoding (bom), ==, BER_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpstr (ignored[0], ==, "Övrigt");
  g_assert_null (ignored[1]);
  g_assert_cmpint (ber_import_get_encoding (plain), ==, BER_CSV_ENCODING_UTF8);

  /* And with the name column first, the name is found. */
  g_clear_object (&bom);
  bom = load (f, BER_IMPORT_NETWORKS, "\xef\xbb\xbfNamn;Förkortning\r\nÅre nätverk;ÅN\r\n");
  g_assert_cmpstr (ber_import_row_get_title (row_at (bom, 0)), ==, "Åre nätverk (ÅN)");
  apply_ok (bom, 1, 0);
  acronym = network_string (f, "Åre nätverk", "acronym");
  g_assert_cmpstr (acronym, ==, "ÅN");
}

/* Bytes that are neither UTF-8 nor Windows-1252: refused, and the register
 * is left as it was. */
static void
test_encoding_refused (Fixture       *f,
                       gconstpointer  data)
{
  static const char bad_file[] = "Namn;F\xf6rkortning\r\nBra n\xe4tverk;BN\r\nOlle\x9d;O\r\n";
  g_autoptr(BerImport) good = load (f, BER_IMPORT_NETWORKS, networks_file);
  g_autoptr(BerImport) import = ber_import_new (f->store, BER_IMPORT_NETWORKS);
  g_autoptr(GBytes) bytes = g_bytes_new (bad_file, sizeof bad_file - 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  apply_ok (good, 5, 0);
  before = sqlite3_cli (f, ".dump");

  ber_import_set_file_name (import, "medlemmar.csv");
  g_assert_false (ber_import_load (import, bytes, &error));
  g_assert_error (error, BER_CSV_ERROR, BER_CSV_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==,
                   "“medlemmar.csv” is neither UTF-8 nor Windows-1252 text. Line 1 cannot be "
                   "read as UTF-8, and line 3 has the byte 0x9D, which is no character in "
                   "Windows-1252. Save it again as “CSV UTF-8” in the spreadsheet and import "
                   "that file.");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (import)), ==, 0);
  g_assert_false (ber_import_get_can_apply (import));
  g_clear_error (&error);
  g_assert_false (ber_import_apply (import, NULL, NULL, &error));
  g_assert_error (error, BER_IMPORT_ERROR, BER_IMPORT_ERROR_NOT_LOADED);

  after = sqlite3_cli (f, ".dump");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM network"), ==, 5);
}

static void
count_signal (BerStore   *store,
              const char *table,
              gint64      id,
              int         change,
              guint      *counts)
{
  counts[change]++;
}

static void
test_networks_large (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GString) text = g_string_new ("Namn;Förkortning;Typ;Status;Aktivitet;Beskrivning\n");
  g_autoptr(BerImport) import = NULL;
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  guint counts[BER_STORE_CHANGE_RESET + 1] = { 0 };
  double load_seconds, apply_seconds, start;
  gulong handler;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "Nätverk %05u;N%u;%s;%s;%s;\"Rad %u, med; skiljetecken\"\n", i,
                            i, i % 2 ? "politiskt" : "research", i % 3 ? "medlem" : "intresserad",
                            i % 5 ? "aktiv" : "inactive", i);
  bytes = g_bytes_new (text->str, text->len);

  timer = g_timer_new ();
  start = cpu_seconds ();
  import = ber_import_new (f->store, BER_IMPORT_NETWORKS);
  g_assert_true (ber_import_load (import, bytes, &error));
  g_assert_no_error (error);
  load_seconds = cpu_seconds () - start;
  g_assert_cmpuint (ber_import_count (import, BER_IMPORT_ACTION_INSERT), ==, 10000);

  handler = g_signal_connect (f->store, "row-changed", G_CALLBACK (count_signal), counts);
  g_timer_start (timer);
  apply_ok (import, 10000, 0);
  apply_seconds = g_timer_elapsed (timer, NULL);
  g_signal_handler_disconnect (f->store, handler);
  /* Speed is a figure to read, not a pass mark: machines and sanitizers differ. */
  g_test_message ("10,000 lines: planned in %.3f s (CPU), written in %.3f s", load_seconds,
                  apply_seconds);

  /* One transaction: the store reports a reset per table, no single rows. */
  g_assert_cmpuint (counts[BER_STORE_CHANGE_INSERT], ==, 0);
  g_assert_cmpuint (counts[BER_STORE_CHANGE_RESET], ==, 2);
  g_assert_cmpuint (count_rows (f, "network"), ==, 10000);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM network"), ==, 10000);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM membership WHERE status = 'interested'"),
                    ==, 3334);

  /* Planning again against 10,000 networks: all unchanged. */
  g_clear_object (&import);
  start = cpu_seconds ();
  import = ber_import_new (f->store, BER_IMPORT_NETWORKS);
  g_assert_true (ber_import_load (import, bytes, &error));
  load_seconds = cpu_seconds () - start;
  g_test_message ("again: planned in %.3f s (CPU)", load_seconds);
  g_assert_cmpuint (ber_import_count (import, BER_IMPORT_ACTION_UNCHANGED), ==, 10000);
}

static void
test_apply_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BerImport) import = load (f, BER_IMPORT_NETWORKS,
                                      "name,status\nAER,member\nBad,sort of\nCPMR,\n");
  g_autoptr(GError) error = NULL;
  guint inserted = 0, updated = 0;

  g_assert_cmpuint (ber_import_count (import, BER_IMPORT_ACTION_ERROR), ==, 1);
  g_assert_false (ber_import_get_can_apply (import));
  g_assert_false (ber_import_apply (import, &inserted, &updated, &error));
  g_assert_error (error, BER_IMPORT_ERROR, BER_IMPORT_ERROR_HAS_ERRORS);
  g_assert_cmpuint (count_rows (f, "network"), ==, 0);

  ber_import_set_skip_errors (import, TRUE);
  apply_ok (import, 2, 0);
  g_assert_cmpuint (count_rows (f, "network"), ==, 2);
  g_assert_cmpuint (count_rows (f, "membership"), ==, 1);

  g_clear_error (&error);
  g_assert_false (ber_import_apply (import, NULL, NULL, &error));
  g_assert_error (error, BER_IMPORT_ERROR, BER_IMPORT_ERROR_APPLIED);
}

/* A write that fails half-way takes back everything written before it. */
static void
test_apply_rollback (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BerImport) first = load (f, BER_IMPORT_NETWORKS, "name;website\nZeta;z\n");
  g_autoptr(BerImport) second = NULL;
  g_autoptr(GError) error = NULL;
  guint history;

  apply_ok (first, 1, 0);
  second = load (f, BER_IMPORT_NETWORKS, "name;website\nAlpha;a\nBeta;b\nZeta;new\n");
  g_assert_cmpuint (ber_import_count (second, BER_IMPORT_ACTION_UPDATE), ==, 1);

  /* Zeta goes away between planning and applying. */
  ber_store_delete (f->store, "network", ber_import_row_get_id (row_at (second, 2)), &error);
  g_assert_no_error (error);
  history = count_sql (f, "SELECT count(*) FROM history");

  g_assert_false (ber_import_apply (second, NULL, NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "Line 4: "));
  g_assert_cmpuint (count_rows (f, "network"), ==, 0);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM history"), ==, history);
  g_assert_cmpint (ber_import_row_get_id (row_at (second, 0)), ==, 0);
}

/* A row edited after the file was read is not overwritten with a stale plan. */
static void
test_apply_changed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(BerImport) first = load (f, BER_IMPORT_NETWORKS, "name;website\nZeta;z\n");
  g_autoptr(BerImport) second = NULL;
  g_autoptr(GError) error = NULL;

  apply_ok (first, 1, 0);
  second = load (f, BER_IMPORT_NETWORKS, "name;website\nAlpha;a\nZeta;new\n");
  ber_store_update (f->store, "network", ber_import_row_get_id (row_at (second, 1)),
                    g_variant_new_parsed ("{'description': <'Edited meanwhile'>}"), &error);
  g_assert_no_error (error);

  g_assert_false (ber_import_apply (second, NULL, NULL, &error));
  g_assert_error (error, BER_IMPORT_ERROR, BER_IMPORT_ERROR_CHANGED);
  g_assert_true (g_str_has_prefix (error->message, "Line 3: "));
  g_assert_cmpuint (count_rows (f, "network"), ==, 1);
  {
    g_autofree char *website = network_string (f, "Zeta", "website");

    g_assert_cmpstr (website, ==, "z");
  }
}

/* People */

static void
test_persons (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(BerImport) first = load (f, BER_IMPORT_PERSONS,
    "\xef\xbb\xbfNamn\tE-post\tTyp\tParti\tFörvaltning\tTelefon\n"
    "Åsa Öberg\tasa.oberg@region.se\tFörtroendevald\tC\t\t070-111\n"
    "Jörgen Ärlebäck\t\ttjänsteperson\t\tRegionkontoret\t\n"
    "Per Berg\tper@region.se\telected\tS\t\t\n");
  g_autoptr(BerImport) second = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GError) error = NULL;

  apply_ok (first, 3, 0);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM person WHERE kind = 'official' "
                                  "AND department = 'Regionkontoret'"), ==, 1);

  /* Matched on e-mail whatever its case, even with a new spelling of the
   * name; Jörgen by exact name, and given an address; a bad address. */
  second = load (f, BER_IMPORT_PERSONS,
                 "name,email,phone,title\n"
                 "Åsa Öberg-Lind,ASA.OBERG@REGION.SE,070-222,\n"
                 "Jörgen Ärlebäck,jorgen@region.se,,Handläggare\n"
                 "Per Berg,per@region.se,,\n"
                 "Ny Person,inte-en-adress,,\n"
                 "Åsa Again,asa.oberg@region.se,,\n");
  summary = ber_import_dup_summary (second);
  g_assert_cmpstr (summary, ==, "2 updated, 1 unchanged, 2 lines with errors");
  g_assert_cmpstr (ber_import_row_get_message (row_at (second, 3)), ==,
                   "Line 5: “email” is “inte-en-adress”, which is not an e-mail address; "
                   "write it as name@example.se.");
  g_assert_cmpstr (ber_import_row_get_message (row_at (second, 4)), ==,
                   "Line 6: This person is already on line 2.");

  ber_import_set_skip_errors (second, TRUE);
  apply_ok (second, 0, 2);
  g_assert_cmpuint (count_rows (f, "person"), ==, 3);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM person WHERE name = 'Åsa Öberg-Lind' "
                                  "AND phone = '070-222' AND party = 'C' "
                                  "AND email = 'asa.oberg@region.se'"), ==, 1);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM person WHERE email = 'jorgen@region.se' "
                                  "AND title = 'Handläggare'"), ==, 1);
}

/* Work in a thread */

static void
store_result (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

/* The worker thread lets go of the context a moment after the result. */
static void
release_context (BerContext **context)
{
  gpointer weak = *context;
  gint64 until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_object_add_weak_pointer (G_OBJECT (weak), &weak);
  g_clear_object (context);
  while (weak != NULL && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (weak);
}

static void
count_changes (BerContext *context,
               GType       type,
               gint64      id,
               int         change,
               guint      *resets)
{
  if (type == BER_TYPE_NETWORK && change == BER_STORE_CHANGE_RESET)
    (*resets)++;
}

/* Planned and written in a thread, on a connection of its own: the lists of
 * the window's connection hear of it and read the register again. */
static void
test_async_load_apply (Fixture       *f,
                       gconstpointer  data)
{
  static const char text[] = "Namn;Förkortning;Status\nAlfa;A;medlem\nBeta;B;intresserad\n"
                             "Gamma;G;medlem\n";
  g_autoptr(BerContext) context = ber_context_new (f->store);
  g_autoptr(BerImport) import = ber_import_new_for_context (context, BER_IMPORT_NETWORKS);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(BerRecordList) networks = ber_record_list_new (f->store, BER_TYPE_NETWORK, NULL);
  g_autoptr(GAsyncResult) loaded = NULL;
  g_autoptr(GAsyncResult) applied = NULL;
  g_autoptr(GError) error = NULL;
  guint inserted = 0, updated = 99, resets = 0;
  double progress = 0;

  ber_import_load_async (import, bytes, NULL, store_result, &loaded);
  g_assert_true (ber_import_get_busy (import));
  g_assert_true (ber_import_load_finish (import, wait_for (&loaded), &error));
  g_assert_no_error (error);
  g_assert_false (ber_import_get_busy (import));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (import)), ==, 3);
  g_assert_cmpuint (ber_import_count (import, BER_IMPORT_ACTION_INSERT), ==, 3);
  g_object_get (import, "progress", &progress, NULL);
  g_assert_cmpfloat (progress, ==, 1.0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (networks)), ==, 0);

  g_signal_connect (context, "record-changed", G_CALLBACK (count_changes), &resets);
  ber_import_apply_async (import, NULL, store_result, &applied);
  g_assert_true (ber_import_apply_finish (import, wait_for (&applied), &inserted, &updated,
                                          &error));
  g_assert_no_error (error);
  g_assert_cmpuint (inserted, ==, 3);
  g_assert_cmpuint (updated, ==, 0);
  g_assert_false (ber_import_get_can_apply (import));
  g_assert_cmpuint (resets, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (networks)), ==, 3);
  g_assert_cmpuint (count_sql (f, "SELECT count(*) FROM membership WHERE from_on = '2026-03-01'"),
                    ==, 3);
  g_signal_handlers_disconnect_by_data (context, &resets);
  g_clear_object (&loaded);
  g_clear_object (&applied);
  g_clear_object (&import);
  release_context (&context);
}

/* Cancelled, the load leaves no plan and the apply writes nothing. */
static void
test_async_cancel (Fixture       *f,
                   gconstpointer  data)
{
  static const char text[] = "Namn\nAlfa\nBeta\n";
  g_autoptr(BerContext) context = ber_context_new (f->store);
  g_autoptr(BerImport) import = ber_import_new_for_context (context, BER_IMPORT_NETWORKS);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  ber_import_load_async (import, bytes, cancellable, store_result, &result);
  g_assert_false (ber_import_load_finish (import, wait_for (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (import)), ==, 0);
  g_assert_false (ber_import_get_can_apply (import));

  g_clear_object (&result);
  g_clear_error (&error);
  ber_import_load_async (import, bytes, NULL, store_result, &result);
  g_assert_true (ber_import_load_finish (import, wait_for (&result), &error));
  g_assert_true (ber_import_get_can_apply (import));

  g_clear_object (&result);
  ber_import_apply_async (import, cancellable, store_result, &result);
  g_assert_false (ber_import_apply_finish (import, wait_for (&result), NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_rows (f, "network"), ==, 0);
  g_assert_true (ber_import_get_can_apply (import));
  g_clear_object (&result);
  g_clear_object (&import);
  release_context (&context);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/csv/bom", test_csv_bom);
  g_test_add_func ("/import/csv/separators", test_csv_separators);
  g_test_add_func ("/import/csv/quotes", test_csv_quotes);
  g_test_add_func ("/import/csv/line-ends", test_csv_line_ends);
  g_test_add_func ("/import/csv/unterminated", test_csv_unterminated);
  g_test_add_func ("/import/csv/after-quote", test_csv_after_quote);
  g_test_add_func ("/import/csv/windows-1252", test_csv_windows_1252);
  g_test_add_func ("/import/csv/windows-1252-limits", test_csv_windows_1252_limits);
  g_test_add_func ("/import/csv/bom-before-windows-1252", test_csv_bom_before_windows_1252);
  g_test_add_func ("/import/csv/not-text", test_csv_not_text);
  g_test_add_func ("/import/csv/limits", test_csv_limits);
  g_test_add_func ("/import/csv/empty", test_csv_empty);
  g_test_add_func ("/import/csv/formula-apostrophe", test_csv_formula_apostrophe);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/import/networks/import", test_networks_import);
  ADD ("/import/networks/reimport", test_networks_reimport);
  ADD ("/import/networks/missing-column", test_networks_missing_column);
  ADD ("/import/networks/bad-values", test_networks_bad_values);
  ADD ("/import/networks/hostile", test_networks_hostile);
  ADD ("/import/networks/formula-apostrophe", test_networks_formula_apostrophe);
  ADD ("/import/networks/large", test_networks_large);
  ADD ("/import/encoding/windows-1252", test_encoding_windows_1252);
  ADD ("/import/encoding/bom", test_encoding_bom);
  ADD ("/import/encoding/refused", test_encoding_refused);
  ADD ("/import/apply/refused", test_apply_refused);
  ADD ("/import/apply/rollback", test_apply_rollback);
  ADD ("/import/apply/changed", test_apply_changed);
  ADD ("/import/persons", test_persons);
  ADD ("/import/async/load-apply", test_async_load_apply);
  ADD ("/import/async/cancel", test_async_cancel);
#undef ADD

  return g_test_run ();
}
