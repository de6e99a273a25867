/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * A reader for the CSV files spreadsheets write: UTF-8 with or without a
 * byte order mark, or Windows-1252 (what Excel writes for "CSV" in a Western
 * European locale), converted to UTF-8; ',' ';' or tab between cells
 * (whichever the header line uses), RFC 4180 quoting, any line end. Files
 * come from outside and may be hostile, so every size has a limit and every
 * error names its line.
 *
 * The apostrophe that BerCsvWriter puts before a cell that could pass for a
 * formula (see ber_csv_is_formula_start()) is taken off, so what Beredning
 * exported imports back to the same text.
 */

#define BER_CSV_ERROR (ber_csv_error_quark ())

typedef enum
{
  BER_CSV_ERROR_EMPTY,
  BER_CSV_ERROR_ENCODING,
  BER_CSV_ERROR_UNTERMINATED_QUOTE,
  BER_CSV_ERROR_AFTER_QUOTE,
  BER_CSV_ERROR_FIELD_TOO_LONG,
  BER_CSV_ERROR_LINE_TOO_LONG,
  BER_CSV_ERROR_TOO_MANY_COLUMNS,
  BER_CSV_ERROR_TOO_LARGE,
  BER_CSV_ERROR_TOO_MANY_ROWS,
  BER_CSV_ERROR_TOO_MANY_CELLS,
} BerCsvError;

/* Limits: a cell in bytes of UTF-8, a line and the file in bytes of the
 * file (a "line" is one row, even when quotes span lines). Together they keep what a file can make the reader and the import
 * allocate to a few tens of megabytes. */
#define BER_CSV_MAX_FIELD   (100 * 1024)
#define BER_CSV_MAX_LINE    (1024 * 1024)
#define BER_CSV_MAX_COLUMNS 200
#define BER_CSV_MAX_FILE    (16 * 1024 * 1024)
#define BER_CSV_MAX_ROWS    100000
#define BER_CSV_MAX_CELLS   2000000

/* The encoding a file was read in; the cells are UTF-8 whatever it was. */
typedef enum
{
  BER_CSV_ENCODING_UTF8,
  BER_CSV_ENCODING_UTF8_BOM,
  BER_CSV_ENCODING_WINDOWS_1252,
} BerCsvEncoding;

typedef struct _BerCsv BerCsv;

#define BER_TYPE_CSV (ber_csv_get_type ())
#define BER_TYPE_CSV_ENCODING (ber_csv_encoding_get_type ())

GType               ber_csv_get_type          (void) G_GNUC_CONST;
GType               ber_csv_encoding_get_type (void) G_GNUC_CONST;
GQuark              ber_csv_error_quark       (void);
BerCsv             *ber_csv_parse             (GBytes       *bytes,
                                               GError      **error);
BerCsv             *ber_csv_parse_file        (GBytes       *bytes,
                                               const char   *file_name,
                                               GError      **error);
BerCsv             *ber_csv_ref               (BerCsv       *self);
void                ber_csv_unref             (BerCsv       *self);
char                ber_csv_get_separator     (const BerCsv *self);
BerCsvEncoding      ber_csv_get_encoding      (const BerCsv *self);
guint               ber_csv_get_n_rows        (const BerCsv *self);
const char * const *ber_csv_get_row           (const BerCsv *self,
                                               guint         row,
                                               guint        *n_fields);
guint               ber_csv_get_line          (const BerCsv *self,
                                               guint         row);
gboolean            ber_csv_is_formula_start  (const char   *cell);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerCsv, ber_csv_unref)

G_END_DECLS
