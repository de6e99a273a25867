/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-csv.h"

/*
 * One pass over the bytes. The cells of all rows go into one buffer, each
 * ended by a NUL, and a row is a run of pointers into it ended by NULL, so a
 * file of 10,000 lines costs three allocations, and what a file can make us
 * allocate is bounded by a small multiple of its size (which is limited too).
 *
 * Line ends inside quoted cells are kept as "\n", whatever the file used.
 *
 * A file in Windows-1252 is parsed as it is, since the quote, the
 * separators and the line ends are the same bytes as in UTF-8 and no other
 * character contains them, and its cells are converted as they are copied.
 *
 * A cell that begins with an apostrophe and then one of the characters of
 * ber_csv_is_formula_start() loses the apostrophe: BerCsvWriter put it there
 * so that spreadsheets would not run the cell as a formula (OWASP "CSV
 * Injection"), and without taking it off, a network exported and imported
 * again would come back with an apostrophe in its name. Other programs that
 * follow OWASP write the same apostrophe. A name that really begins with
 * "'=" is too unlikely to weigh against that; an apostrophe before anything
 * else is the cell's own and is kept.
 */

#define NO_FIELD G_MAXUINT32

/* A byte of Windows-1252 is at most three bytes of UTF-8, and a cell one more. */
G_STATIC_ASSERT (BER_CSV_MAX_FILE * 4 < NO_FIELD);

typedef struct
{
  guint first;
  guint n_fields;
  guint line;
} Row;

struct _BerCsv
{
  gatomicrefcount   ref_count;
  char              separator;
  BerCsvEncoding    encoding;
  char             *text;
  const char      **fields;
  GArray           *rows;
};

typedef struct
{
  const char *data;
  gsize       len;
  gsize       pos;
  guint       line;
  char        separator;
  BerCsvEncoding encoding;
  gsize       row_start;
  guint       row_line;
  gsize       field_start;
  guint       field_line;
  GString    *text;
  GArray     *offsets;
  GArray     *rows;
} Parser;

G_DEFINE_QUARK (ber-csv-error-quark, ber_csv_error)
G_DEFINE_BOXED_TYPE (BerCsv, ber_csv, ber_csv_ref, ber_csv_unref)
G_DEFINE_ENUM_TYPE (BerCsvEncoding, ber_csv_encoding,
                    G_DEFINE_ENUM_VALUE (BER_CSV_ENCODING_UTF8, "utf-8"),
                    G_DEFINE_ENUM_VALUE (BER_CSV_ENCODING_UTF8_BOM, "utf-8-bom"),
                    G_DEFINE_ENUM_VALUE (BER_CSV_ENCODING_WINDOWS_1252, "windows-1252"))

static gboolean
is_line_end (char c)
{
  return c == '\n' || c == '\r';
}

/* Steps over one line end (CRLF counts as one) and counts it. */
static void
skip_line_end (Parser *p)
{
  if (p->data[p->pos] == '\r' && p->pos + 1 < p->len && p->data[p->pos + 1] == '\n')
    p->pos += 2;
  else
    p->pos++;
  p->line++;
}

static guint
line_at (const char *data,
         gsize       start,
         gsize       offset)
{
  guint line = 1;

  for (gsize i = start; i < offset; i++)
    {
      if (data[i] == '\n')
        line++;
      else if (data[i] == '\r' && (i + 1 >= offset || data[i + 1] != '\n'))
        line++;
    }

  return line;
}

/* Windows-1252 from 0x80 to 0x9F; 0 where it defines no character. From
 * 0xA0 on, a byte is the code point of the same number. */
static const guint16 windows_1252[32] = {
  0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017d, 0,
  0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0,      0x017e, 0x0178,
};

static gunichar
windows_1252_char (guchar byte)
{
  if (byte >= 0x80 && byte < 0xa0)
    return windows_1252[byte - 0x80];
  return byte;
}

/* A zero byte, or a control code no spreadsheet writes into text. */
static gboolean
is_binary_byte (guchar byte)
{
  return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\v' && byte != '\f'
         && byte != '\r';
}

static void
set_encoding_error (GError     **error,
                    const char  *first,
                    const char  *detail)
{
  g_set_error (error, BER_CSV_ERROR, BER_CSV_ERROR_ENCODING, "%s %s", first, detail);
}

static gboolean
refuse_binary (const char  *data,
               gsize        start,
               gsize        offset,
               const char  *file_name,
               GError     **error)
{
  g_autofree char *first = NULL;
  g_autofree char *detail = NULL;

  /* Translators: %s is the name of the file */
  first = file_name != NULL ? g_strdup_printf (_("“%s” is not a text file."), file_name)
                            : g_strdup (_("The file is not a text file."));
  detail = g_strdup_printf (_("Line %u has the byte 0x%02X, a control code that text does not "
                              "hold. Choose the CSV file itself, or save the sheet as “CSV "
                              "UTF-8” in the spreadsheet and import that file."),
                            line_at (data, start, offset), (guint) (guchar) data[offset]);
  set_encoding_error (error, first, detail);
  return FALSE;
}

/* The file is not UTF-8 from @utf8_end on, nor Windows-1252 at @offset. */
static gboolean
refuse_undefined (const char  *data,
                  gsize        start,
                  gsize        utf8_end,
                  gsize        offset,
                  const char  *file_name,
                  GError     **error)
{
  g_autofree char *first = NULL;
  g_autofree char *detail = NULL;

  first = file_name != NULL
            /* Translators: %s is the name of the file */
            ? g_strdup_printf (_("“%s” is neither UTF-8 nor Windows-1252 text."), file_name)
            : g_strdup (_("The file is neither UTF-8 nor Windows-1252 text."));
  detail = g_strdup_printf (_("Line %u cannot be read as UTF-8, and line %u has the byte "
                              "0x%02X, which is no character in Windows-1252. Save it again as "
                              "“CSV UTF-8” in the spreadsheet and import that file."),
                            line_at (data, start, utf8_end), line_at (data, start, offset),
                            (guint) (guchar) data[offset]);
  set_encoding_error (error, first, detail);
  return FALSE;
}

/* Which encoding the file is in, and where its text starts: UTF-8 when all
 * of it is valid UTF-8, after a byte order mark or not, else Windows-1252.
 * Any bytes but five are Windows-1252, so that is only a guess for what is
 * not UTF-8: a zero byte or a control code makes it a binary file instead.
 * A byte order mark before bytes that are not UTF-8 is skipped all the same,
 * as the mark of a file that was appended to in another encoding. */
static gboolean
detect_encoding (const char      *data,
                 gsize            len,
                 const char      *file_name,
                 gsize           *start,
                 BerCsvEncoding  *encoding,
                 GError         **error)
{
  const char *end = NULL;
  gsize utf8_end;

  *start = 0;
  if (len >= 2 && (((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe)
                   || ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)))
    {
      g_autofree char *first = NULL;

      /* Translators: %s is the name of the file */
      first = file_name != NULL ? g_strdup_printf (_("“%s” is UTF-16 text."), file_name)
                                : g_strdup (_("The file is UTF-16 text."));
      set_encoding_error (error, first, _("Save it again as “CSV UTF-8” in the spreadsheet "
                                          "and import that file."));
      return FALSE;
    }
  if (len >= 4 && memcmp (data, "PK\003\004", 4) == 0)
    {
      g_autofree char *first = NULL;

      first = file_name != NULL
                /* Translators: %s is the name of the file */
                ? g_strdup_printf (_("“%s” is a spreadsheet workbook, not CSV text."), file_name)
                : g_strdup (_("The file is a spreadsheet workbook, not CSV text."));
      set_encoding_error (error, first, _("Save it as “CSV UTF-8” in the spreadsheet and "
                                          "import that file."));
      return FALSE;
    }

  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    *start = 3;
  if (g_utf8_validate_len (data + *start, len - *start, &end))
    {
      *encoding = *start > 0 ? BER_CSV_ENCODING_UTF8_BOM : BER_CSV_ENCODING_UTF8;
      return TRUE;
    }

  utf8_end = (gsize) (end - data);
  for (gsize i = *start; i < len; i++)
    if (is_binary_byte ((guchar) data[i]))
      return refuse_binary (data, *start, i, file_name, error);
  for (gsize i = *start; i < len; i++)
    if (windows_1252_char ((guchar) data[i]) == 0)
      return refuse_undefined (data, *start, utf8_end, i, file_name, error);

  *encoding = BER_CSV_ENCODING_WINDOWS_1252;
  return TRUE;
}

/* The separator is whichever of tab, ';' and ',' the header line uses most
 * outside quotes; on a tie tab wins, then ';' (what Swedish Excel writes). */
static char
detect_separator (const char *data,
                  gsize       len,
                  gsize       start)
{
  static const char candidates[] = { '\t', ';', ',' };
  gsize counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  gsize best = G_N_ELEMENTS (candidates) - 1;

  while (start < len && is_line_end (data[start]))
    start++;

  for (gsize i = start; i < len && i - start < BER_CSV_MAX_LINE; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (is_line_end (c))
        break;
      else
        for (gsize k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (c == candidates[k])
            counts[k]++;
    }

  for (gsize k = 0; k < G_N_ELEMENTS (candidates); k++)
    if (counts[k] > counts[best])
      best = k;

  return candidates[best];
}

static gboolean
check_sizes (Parser  *p,
             gsize    adding,
             gsize    consumed,
             GError **error)
{
  if (p->text->len - p->field_start + adding > BER_CSV_MAX_FIELD)
    {
      g_set_error (error, BER_CSV_ERROR, BER_CSV_ERROR_FIELD_TOO_LONG,
                   _("Line %u: a cell is longer than %u kB, the most Beredning reads from a "
                     "cell."),
                   p->field_line, (guint) (BER_CSV_MAX_FIELD / 1024));
      return FALSE;
    }
  if (p->pos + consumed - p->row_start > BER_CSV_MAX_LINE)
    {
      g_set_error (error, BER_CSV_ERROR, BER_CSV_ERROR_LINE_TOO_LONG,
                   _("Line %u is longer than %u MB, the most Beredning reads from a line."),
                   p->row_line, (guint) (BER_CSV_MAX_LINE / (1024 * 1024)));
      return FALSE;
    }

  return TRUE;
}

/* How many bytes of UTF-8 @n_bytes of the file are. */
static gsize
converted_length (Parser     *p,
                  const char *bytes,
                  gsize       n_bytes)
{
  gsize length = n_bytes;

  if (p->encoding != BER_CSV_ENCODING_WINDOWS_1252)
    return n_bytes;
  for (gsize i = 0; i < n_bytes; i++)
    {
      gunichar c = windows_1252_char ((guchar) bytes[i]);

      length += (c >= 0x80) + (c >= 0x800);
    }
  return length;
}

static void
append_converted (Parser     *p,
                  const char *bytes,
                  gsize       n_bytes)
{
  gsize i = 0;

  if (p->encoding != BER_CSV_ENCODING_WINDOWS_1252)
    {
      g_string_append_len (p->text, bytes, n_bytes);
      return;
    }

  while (i < n_bytes)
    {
      gsize ascii = 0;

      while (i + ascii < n_bytes && (guchar) bytes[i + ascii] < 0x80)
        ascii++;
      g_string_append_len (p->text, bytes + i, ascii);
      i += ascii;
      if (i < n_bytes)
        g_string_append_unichar (p->text, windows_1252_char ((guchar) bytes[i++]));
    }
}

static gboolean
take (Parser      *p,
      const char  *bytes,
      gsize        n_bytes,
      gsize        consumed,
      GError     **error)
{
  if (!check_sizes (p, converted_length (p, bytes, n_bytes), consumed, error))
    return FALSE;

  append_converted (p, bytes, n_bytes);
  p->pos += consumed;
  return TRUE;
}

static gboolean
parse_quoted (Parser  *p,
              GError **error)
{
  p->pos++;
  for (;;)
    {
      gsize span = 0;
      char c;

      while (p->pos + span < p->len && p->data[p->pos + span] != '"'
             && !is_line_end (p->data[p->pos + span]))
        span++;
      if (span > 0 && !take (p, p->data + p->pos, span, span, error))
        return FALSE;

      if (p->pos >= p->len)
        {
          g_set_error (error, BER_CSV_ERROR, BER_CSV_ERROR_UNTERMINATED_QUOTE,
                       _("Line %u: the quote that starts here is never closed."),
                       p->field_line);
          return FALSE;
        }

      c = p->data[p->pos];
      if (c == '"' && p->pos + 1 < p->len && p->data[p->pos + 1] == '"')
        {
          if (!take (p, "\"", 1, 2, error))
            return FALSE;
        }
      else if (c == '"')
        {
          p->pos++;
          break;
        }
      else
        {
          if (!check_sizes (p, 1, 2, error))
            return FALSE;
          skip_line_end (p);
          g_string_append_c (p->text, '\n');
        }
    }

  /* Spaces between the closing quote and the separator are harmless. */
  while (p->pos < p->len && p->data[p->pos] == ' ')
    p->pos++;

  if (p->pos < p->len && p->data[p->pos] != p->separator && !is_line_end (p->data[p->pos]))
    {
      g_set_error (error, BER_CSV_ERROR, BER_CSV_ERROR_AFTER_QUOTE,
                   _("Line %u: text follows the closing quote of a cell. Inside a quoted "
                     "cell a quote is written twice (\"\")."),
                   p->line);
      return FALSE;
    }

  return TRUE;
}

/* @raw: where the cell's text starts in the file, after any opening quote.
 * The test looks at the file because a CR inside quotes is "\n" in the cell
 * by now, and at the cell because an apostrophe before a separator or a line
 * end is the whole cell. */
static gboolean
starts_with_escape (Parser *p,
                    gsize   raw)
{
  const char *cell = p->text->str + p->field_start;

  return cell[0] == '\'' && cell[1] != '\0' && raw + 1 < p->len
         && ber_csv_is_formula_start (p->data + raw + 1);
}

static gboolean
parse_field (Parser  *p,
             GError **error)
{
  guint32 offset = (guint32) p->text->len;
  gsize raw = p->pos;

  if (p->offsets->len - p->rows->len >= BER_CSV_MAX_CELLS)
    {
      g_set_error (error, BER_CSV_ERROR, BER_CSV_ERROR_TOO_MANY_CELLS,
                   _("Line %u: the file has more than %u cells, the most Beredning reads."),
                   p->line, (guint) BER_CSV_MAX_CELLS);
      return FALSE;
    }

  p->field_start = p->text->len;
  p->field_line = p->line;
  g_array_append_val (p->offsets, offset);

  if (p->pos < p->len && p->data[p->pos] == '"')
    {
      raw = p->pos + 1;
      if (!parse_quoted (p, error))
        return FALSE;
    }
  else
    {
      gsize span = 0;

      while (p->pos + span < p->len && p->data[p->pos + span] != p->separator
             && !is_line_end (p->data[p->pos + span]))
        span++;
      if (!take (p, p->data + p->pos, span, span, error))
        return FALSE;
    }

  g_string_append_c (p->text, '\0');
  if (starts_with_escape (p, raw))
    g_string_erase (p->text, (gssize) p->field_start, 1);
  return TRUE;
}

static gboolean
parse_row (Parser  *p,
           GError **error)
{
  static const guint32 end_of_row = NO_FIELD;
  Row row = { p->offsets->len, 0, p->line };

  if (p->rows->len >= BER_CSV_MAX_ROWS + 1)
    {
      g_set_error (error, BER_CSV_ERROR, BER_CSV_ERROR_TOO_MANY_ROWS,
                   _("Line %u: the file has more than %u lines after the first, the most "
                     "Beredning reads at once. Split it into smaller files."),
                   p->line, (guint) BER_CSV_MAX_ROWS);
      return FALSE;
    }

  p->row_start = p->pos;
  p->row_line = p->line;

  for (;;)
    {
      if (row.n_fields == BER_CSV_MAX_COLUMNS)
        {
          g_set_error (error, BER_CSV_ERROR, BER_CSV_ERROR_TOO_MANY_COLUMNS,
                       _("Line %u has more than %u columns, the most Beredning reads."),
                       p->row_line, (guint) BER_CSV_MAX_COLUMNS);
          return FALSE;
        }
      if (!parse_field (p, error))
        return FALSE;
      row.n_fields++;

      if (p->pos >= p->len)
        break;
      if (p->data[p->pos] == p->separator)
        {
          p->pos++;
          continue;
        }
      skip_line_end (p);
      break;
    }

  g_array_append_val (p->offsets, end_of_row);
  g_array_append_val (p->rows, row);
  return TRUE;
}

static BerCsv *
finish (Parser *p)
{
  BerCsv *self = g_new0 (BerCsv, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->separator = p->separator;
  self->encoding = p->encoding;
  self->rows = g_steal_pointer (&p->rows);
  self->text = g_string_free (g_steal_pointer (&p->text), FALSE);
  self->fields = g_new (const char *, p->offsets->len);
  for (guint i = 0; i < p->offsets->len; i++)
    {
      guint32 offset = g_array_index (p->offsets, guint32, i);

      self->fields[i] = offset == NO_FIELD ? NULL : self->text + offset;
    }

  return self;
}

static void
parser_clear (Parser *p)
{
  if (p->text != NULL)
    g_string_free (p->text, TRUE);
  g_clear_pointer (&p->offsets, g_array_unref);
  g_clear_pointer (&p->rows, g_array_unref);
}

/**
 * ber_csv_parse:
 * @bytes: the file's contents
 * @error: a #BER_CSV_ERROR
 *
 * Reads a whole CSV file, as ber_csv_parse_file() does, with messages that
 * speak of "the file".
 *
 * Returns: (transfer full): the rows, or %NULL with @error set
 */
BerCsv *
ber_csv_parse (GBytes  *bytes,
               GError **error)
{
  return ber_csv_parse_file (bytes, NULL, error);
}

/**
 * ber_csv_parse_file:
 * @bytes: the file's contents
 * @file_name: (nullable): the file's name as the user knows it, for the
 *   messages about a file that is not text
 * @error: a #BER_CSV_ERROR
 *
 * Reads a whole CSV file in UTF-8 or Windows-1252 (see
 * ber_csv_get_encoding()). Row 0 is the header line; lines that are empty
 * are skipped, so each row records the line it starts on.
 *
 * Returns: (transfer full): the rows, or %NULL with @error set
 */
BerCsv *
ber_csv_parse_file (GBytes      *bytes,
                    const char  *file_name,
                    GError     **error)
{
  Parser p = { 0 };
  gsize start = 0;
  BerCsv *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  p.data = g_bytes_get_data (bytes, &p.len);
  if (p.len > BER_CSV_MAX_FILE)
    {
      g_set_error (error, BER_CSV_ERROR, BER_CSV_ERROR_TOO_LARGE,
                   _("The file is larger than %u MB, the most Beredning imports."),
                   (guint) (BER_CSV_MAX_FILE / (1024 * 1024)));
      return NULL;
    }
  if (!detect_encoding (p.data, p.len, file_name, &start, &p.encoding, error))
    return NULL;

  p.pos = start;
  p.line = 1;
  p.separator = detect_separator (p.data, p.len, start);
  p.text = g_string_sized_new (p.len + p.len / 8 + 16);
  p.offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  p.rows = g_array_new (FALSE, FALSE, sizeof (Row));

  while (p.pos < p.len)
    {
      if (is_line_end (p.data[p.pos]))
        skip_line_end (&p);
      else if (!parse_row (&p, error))
        {
          parser_clear (&p);
          return NULL;
        }
    }

  if (p.rows->len == 0)
    {
      parser_clear (&p);
      g_set_error_literal (error, BER_CSV_ERROR, BER_CSV_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }

  self = finish (&p);
  parser_clear (&p);
  return self;
}

BerCsv *
ber_csv_ref (BerCsv *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ber_csv_unref (BerCsv *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->rows);
  g_free (self->fields);
  g_free (self->text);
  g_free (self);
}

/* Returns: ',' ';' or '\t', as detected from the header line. */
char
ber_csv_get_separator (const BerCsv *self)
{
  g_return_val_if_fail (self != NULL, ',');

  return self->separator;
}

/* Returns: the encoding the file was in; the cells are UTF-8 in any case. */
BerCsvEncoding
ber_csv_get_encoding (const BerCsv *self)
{
  g_return_val_if_fail (self != NULL, BER_CSV_ENCODING_UTF8);

  return self->encoding;
}

/* Returns: the number of rows, the header line included. */
guint
ber_csv_get_n_rows (const BerCsv *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

/**
 * ber_csv_get_row:
 * @n_fields: (out) (optional): the number of cells
 *
 * Returns: (transfer none): the cells of @row, valid UTF-8, %NULL-terminated
 */
const char * const *
ber_csv_get_row (const BerCsv *self,
                 guint         row,
                 guint        *n_fields)
{
  const Row *r;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  r = &g_array_index (self->rows, Row, row);
  if (n_fields != NULL)
    *n_fields = r->n_fields;
  return (const char * const *) &self->fields[r->first];
}

/**
 * ber_csv_is_formula_start:
 * @cell: a cell's text
 *
 * Whether a spreadsheet could take @cell for a formula, going by its first
 * character as OWASP lists them: '=', '+', '-', '@', tab and CR. BerCsvWriter
 * puts an apostrophe before such a text cell and ber_csv_parse() takes it
 * off, so the list is here, once, for both.
 */
gboolean
ber_csv_is_formula_start (const char *cell)
{
  g_return_val_if_fail (cell != NULL, FALSE);

  return cell[0] != '\0' && strchr ("=+-@\t\r", cell[0]) != NULL;
}

/* Returns: the line of the file that @row starts on, counting from 1. */
guint
ber_csv_get_line (const BerCsv *self,
                  guint         row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->rows->len, 0);

  return g_array_index (self->rows, Row, row).line;
}
