/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-csv-writer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ber-csv.h"
#include "ber-csv-writer.h"
#include "ber-export.h"

/*
 * Why these choices:
 *
 * - The byte order mark makes Excel read the file as UTF-8; without it Excel
 *   takes the ANSI code page and shows "Ã¥" for "å". LibreOffice accepts it.
 * - ';' is the list separator of Swedish Windows, which Excel uses when a
 *   CSV file is opened with a double click; with ',' every row would land in
 *   one column.
 * - Numbers get a decimal comma. Swedish Excel reads "11,5" as the number
 *   11,5 but "11.5" as text, or even as the date 11 May. Whole numbers (the
 *   amounts, in practice) are written without decimals and without
 *   thousands separators, so every locale reads them as numbers. Dates stay
 *   ISO 8601 (2026-11-23), which Swedish Excel takes as dates.
 * - A cell is quoted when it holds ';', '"', CR or LF, or begins or ends with
 *   a space (which spreadsheets would trim); quotes inside are doubled.
 * - A text cell that begins with '=', '+', '-', '@', a tab or a carriage
 *   return gets an apostrophe in front (OWASP "CSV Injection"). Spreadsheets
 *   take such a cell for a formula, so a network named
 *   =HYPERLINK("http://…";"…") in the register would become a live link or
 *   a call out of the reader's machine; after the apostrophe it is text.
 *   Only the first character counts, as OWASP has it. Numbers are written
 *   by the program, never from the user's text, so "-12,5" stays a number.
 *   The reader in ber-csv.c, which shares the list, takes the apostrophe
 *   off again, so an exported file imports back to the same text.
 */

struct _BerCsvWriter
{
  GObject  parent_instance;

  GString *data;
  guint    n_cells;   /* in the current row */
  guint    n_rows;
};

G_DEFINE_FINAL_TYPE (BerCsvWriter, ber_csv_writer, G_TYPE_OBJECT)

#define BOM "\xef\xbb\xbf"

static void
ber_csv_writer_finalize (GObject *object)
{
  BerCsvWriter *self = BER_CSV_WRITER (object);

  g_string_free (self->data, TRUE);

  G_OBJECT_CLASS (ber_csv_writer_parent_class)->finalize (object);
}

static void
ber_csv_writer_class_init (BerCsvWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_csv_writer_finalize;
}

static void
ber_csv_writer_init (BerCsvWriter *self)
{
  self->data = g_string_new (BOM);
}

BerCsvWriter *
ber_csv_writer_new (void)
{
  return g_object_new (BER_TYPE_CSV_WRITER, NULL);
}

static void
begin_cell (BerCsvWriter *self)
{
  if (self->n_cells > 0)
    g_string_append_c (self->data, ';');
  self->n_cells++;
}

static gboolean
needs_quotes (const char *text)
{
  gsize length = strlen (text);

  if (length == 0)
    return FALSE;

  return strpbrk (text, ";\"\r\n") != NULL || text[0] == ' ' || text[length - 1] == ' '
         || text[0] == '\t' || text[length - 1] == '\t';
}

/* @text: (nullable): NULL is an empty cell. */
void
ber_csv_writer_add_text (BerCsvWriter *self,
                         const char   *text)
{
  g_autofree char *valid = NULL;

  g_return_if_fail (BER_IS_CSV_WRITER (self));

  begin_cell (self);
  if (text == NULL)
    return;

  valid = g_utf8_make_valid (text, -1);
  /* Before the quoting, which then sees the cell as the spreadsheet will. */
  if (ber_csv_is_formula_start (valid))
    {
      g_autofree char *plain = g_steal_pointer (&valid);

      valid = g_strconcat ("'", plain, NULL);
    }
  if (!needs_quotes (valid))
    {
      g_string_append (self->data, valid);
      return;
    }

  g_string_append_c (self->data, '"');
  for (const char *p = valid; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (self->data, '"');
      g_string_append_c (self->data, *p);
    }
  g_string_append_c (self->data, '"');
}

void
ber_csv_writer_add_integer (BerCsvWriter *self,
                            gint64        value)
{
  g_return_if_fail (BER_IS_CSV_WRITER (self));

  begin_cell (self);
  g_string_append_printf (self->data, "%" G_GINT64_FORMAT, value);
}

/* Whole values without decimals, others with a decimal comma and at most six decimals. */
void
ber_csv_writer_add_number (BerCsvWriter *self,
                           double        value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + 32];
  gsize length;
  char *point;

  g_return_if_fail (BER_IS_CSV_WRITER (self));

  if (!isfinite (value))
    {
      ber_csv_writer_add_empty (self);
      return;
    }

  if (value == nearbyint (value) && fabs (value) < 1e15)
    {
      ber_csv_writer_add_integer (self, (gint64) value);
      return;
    }

  g_ascii_formatd (buffer, sizeof buffer, "%.6f", value);
  length = strlen (buffer);
  while (length > 0 && buffer[length - 1] == '0')
    buffer[--length] = '\0';
  if (length > 0 && buffer[length - 1] == '.')
    buffer[--length] = '\0';
  point = strchr (buffer, '.');
  if (point != NULL)
    *point = ',';

  begin_cell (self);
  g_string_append (self->data, buffer);
}

void
ber_csv_writer_add_empty (BerCsvWriter *self)
{
  g_return_if_fail (BER_IS_CSV_WRITER (self));

  begin_cell (self);
}

void
ber_csv_writer_end_row (BerCsvWriter *self)
{
  g_return_if_fail (BER_IS_CSV_WRITER (self));

  g_string_append (self->data, "\r\n");
  self->n_cells = 0;
  self->n_rows++;
}

/* A whole row of text cells, for instance the header row. */
void
ber_csv_writer_add_row (BerCsvWriter *self,
                        const char   *first_text,
                        ...)
{
  va_list args;

  g_return_if_fail (BER_IS_CSV_WRITER (self));

  va_start (args, first_text);
  for (const char *text = first_text; text != NULL; text = va_arg (args, const char *))
    ber_csv_writer_add_text (self, text);
  va_end (args);

  ber_csv_writer_end_row (self);
}

guint
ber_csv_writer_get_n_rows (BerCsvWriter *self)
{
  g_return_val_if_fail (BER_IS_CSV_WRITER (self), 0);

  return self->n_rows;
}

/* Returns: (transfer full): the file as it will be written, the byte order mark first. */
GBytes *
ber_csv_writer_get_bytes (BerCsvWriter *self)
{
  g_return_val_if_fail (BER_IS_CSV_WRITER (self), NULL);

  return g_bytes_new (self->data->str, self->data->len);
}

gboolean
ber_csv_writer_write (BerCsvWriter *self,
                      const char   *path,
                      GError      **error)
{
  g_return_val_if_fail (BER_IS_CSV_WRITER (self), FALSE);
  g_return_val_if_fail (self->n_cells == 0, FALSE);

  return ber_export_write_file (path, self->data->str, self->data->len, error);
}
