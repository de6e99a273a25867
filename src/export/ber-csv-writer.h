/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * CSV for a Swedish LibreOffice or Excel: UTF-8 with a byte order mark, ';'
 * between cells, CRLF after each row, decimal comma in numbers. Build the
 * rows cell by cell, then write them; the file appears whole or not at all.
 *
 * Against CSV injection (OWASP), a text cell whose first character is '=',
 * '+', '-', '@', a tab or a carriage return is written with an apostrophe
 * in front, so that a spreadsheet shows it as text instead of running it as
 * a formula; ber_csv_parse() takes that apostrophe off again. Numbers and
 * integers never get one: -12,5 stays a number.
 */

#define BER_TYPE_CSV_WRITER (ber_csv_writer_get_type ())

G_DECLARE_FINAL_TYPE (BerCsvWriter, ber_csv_writer, BER, CSV_WRITER, GObject)

BerCsvWriter *ber_csv_writer_new         (void);
void          ber_csv_writer_add_text    (BerCsvWriter  *self,
                                          const char    *text);
void          ber_csv_writer_add_number  (BerCsvWriter  *self,
                                          double         value);
void          ber_csv_writer_add_integer (BerCsvWriter  *self,
                                          gint64         value);
void          ber_csv_writer_add_empty   (BerCsvWriter  *self);
void          ber_csv_writer_add_row     (BerCsvWriter  *self,
                                          const char    *first_text,
                                          ...) G_GNUC_NULL_TERMINATED;
void          ber_csv_writer_end_row     (BerCsvWriter  *self);
guint         ber_csv_writer_get_n_rows  (BerCsvWriter  *self);
GBytes       *ber_csv_writer_get_bytes   (BerCsvWriter  *self);
gboolean      ber_csv_writer_write       (BerCsvWriter  *self,
                                          const char    *path,
                                          GError       **error);

G_END_DECLS
