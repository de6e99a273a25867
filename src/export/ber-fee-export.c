/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-fee-export"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-collate.h"
#include "ber-csv-writer.h"
#include "ber-export.h"
#include "ber-labels.h"
#include "ber-membership-export.h"
#include "ber-membership-register.h"
#include "ber-print-document.h"

/*
 * The fee summary: per year and network the amount, currency, exchange rate
 * and amount in SEK, with a total in SEK per year. A fee in EUR without a
 * rate is listed and flagged, and left out of the total with a note saying
 * so: never silently.
 */

/* The fee summary */

static int
compare_fees (gconstpointer a,
              gconstpointer b)
{
  GVariant *row_a = *(GVariant **) a;
  GVariant *row_b = *(GVariant **) b;
  gint64 year_a = ber_row_integer (row_a, "year");
  gint64 year_b = ber_row_integer (row_b, "year");

  if (year_a != year_b)
    return year_a < year_b ? -1 : 1;
  return ber_collate_sv (ber_row_text (row_a, "network_name"),
                         ber_row_text (row_b, "network_name"));
}

static char *
fee_network_title (GVariant *row)
{
  if (*ber_row_text (row, "network_acronym") == '\0')
    return g_strdup (ber_row_text (row, "network_name"));
  return g_strdup_printf (_ ("%s (%s)"), ber_row_text (row, "network_name"),
                          ber_row_text (row, "network_acronym"));
}

/* The fees of one year, from @first; returns the index after them. */
static guint
add_fee_year (BerPrintDocument *doc,
              GPtrArray        *fees,
              guint             first)
{
  const char *headers[] = { _("Network"), _("Amount"), _("Currency"), _("Rate"),
                            _("Amount (SEK)"), _("Notes") };
  const double widths[] = { 29, 12, 11, 8, 13, 27 };
  gint64 year = ber_row_integer (g_ptr_array_index (fees, first), "year");
  g_autofree char *heading = g_strdup_printf ("%" G_GINT64_FORMAT, year);
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  BerPrintTable *table;
  gint64 total = 0;
  guint i;

  ber_print_document_add_heading (doc, 1, heading);
  table = ber_print_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  ber_print_table_set_alignment (table, 1, PANGO_ALIGN_RIGHT);
  ber_print_table_set_alignment (table, 3, PANGO_ALIGN_RIGHT);
  ber_print_table_set_alignment (table, 4, PANGO_ALIGN_RIGHT);

  for (i = first; i < fees->len && ber_row_integer (g_ptr_array_index (fees, i), "year") == year;
       i++)
    {
      GVariant *row = g_ptr_array_index (fees, i);
      g_autofree char *name = fee_network_title (row);
      g_autofree char *amount = NULL;
      g_autofree char *rate = NULL;
      g_autofree char *sek = NULL;
      g_autofree char *notes = NULL;
      BerFeeLine fee;

      ber_fee_from_row (row, &fee);
      amount = ber_export_format_money (fee.cents);
      rate = fee.rate > 0 ? ber_export_format_number (fee.rate, 2, 4) : g_strdup ("");
      if (fee.sek_known)
        {
          sek = ber_export_format_money (fee.sek_cents);
          total += fee.sek_cents;
          notes = g_strdup (ber_row_text (row, "notes"));
        }
      else
        {
          g_autofree char *what = g_strdup_printf ("%s, %s %s", name, amount,
                                                   ber_choice_label (BER_CHOICES_CURRENCY,
                                                                     fee.currency));

          sek = g_strdup ("—");
          notes = *ber_row_text (row, "notes") ? g_strdup_printf ("%s. %s", _("Rate missing"),
                                                          ber_row_text (row, "notes"))
                                       : g_strdup (_("Rate missing"));
          g_ptr_array_add (missing, g_steal_pointer (&what));
        }

      {
        const char *cells[] = { name, amount, ber_choice_label (BER_CHOICES_CURRENCY, fee.currency),
                                rate, sek, notes };

        ber_print_table_add_row (table, BER_PRINT_STYLE_NORMAL, cells);
      }
    }

  {
    g_autofree char *sum = ber_export_format_money (total);
    g_autofree char *label = g_strdup_printf (_("Total %d"), (int) year);
    const char *cells[] = { label, "", "", "", sum, "" };

    ber_print_table_add_row (table, BER_PRINT_STYLE_BOLD, cells);
  }

  if (missing->len > 0)
    {
      g_autofree char *list = ber_export_join (missing, "; ");
      g_autofree char *note = g_strdup_printf (
        ngettext ("%u fee in EUR has no exchange rate and is not included in the total: %s.",
                  "%u fees in EUR have no exchange rate and are not included in the total: %s.",
                  missing->len),
        missing->len, list);

      ber_print_document_add_paragraph (doc, note, BER_PRINT_STYLE_ITALIC);
    }

  return i;
}

static BerPrintDocument *
fees_document (BerStore   *store,
               GPtrArray  *fees,
               int         year,
               const char *today)
{
  g_autofree char *title = year > 0 ? g_strdup_printf (_("Membership fees %d"), year)
                                    : g_strdup (_("Membership fees"));
  BerPrintDocument *doc = ber_print_document_new (title);

  ber_export_set_issuer (doc, store);

  ber_print_document_add_title (doc, title);
  ber_print_document_add_key_value (doc, _("Situation as of"), today);
  ber_print_document_add_paragraph (doc,
                                    _("The fees of the networks and organisations the region "
                                      "belongs to. Amounts in EUR are converted to SEK at the "
                                      "exchange rate recorded with each fee; the total of each "
                                      "year is in SEK."),
                                    BER_PRINT_STYLE_NORMAL);

  if (fees->len == 0)
    ber_print_document_add_paragraph (doc, _("No fees are recorded."), BER_PRINT_STYLE_NORMAL);

  for (guint i = 0; i < fees->len;)
    i = add_fee_year (doc, fees, i);

  return doc;
}

static BerCsvWriter *
fees_csv (GPtrArray *fees)
{
  BerCsvWriter *csv = ber_csv_writer_new ();

  ber_csv_writer_add_row (csv, _("Year"), _("Network"), _("Acronym"), _("Amount"), _("Currency"),
                          _("Exchange rate"), _("Amount (SEK)"), _("Notes"), _("Check"), NULL);

  for (guint i = 0; i < fees->len; i++)
    {
      GVariant *row = g_ptr_array_index (fees, i);
      BerFeeLine fee;

      ber_fee_from_row (row, &fee);
      ber_csv_writer_add_integer (csv, ber_row_integer (row, "year"));
      ber_csv_writer_add_text (csv, ber_row_text (row, "network_name"));
      ber_csv_writer_add_text (csv, ber_row_text (row, "network_acronym"));
      ber_csv_writer_add_number (csv, fee.cents / 100.0);
      ber_csv_writer_add_text (csv, fee.currency);
      if (fee.rate > 0)
        ber_csv_writer_add_number (csv, fee.rate);
      else
        ber_csv_writer_add_empty (csv);
      if (fee.sek_known)
        ber_csv_writer_add_number (csv, fee.sek_cents / 100.0);
      else
        ber_csv_writer_add_empty (csv);
      ber_csv_writer_add_text (csv, ber_row_text (row, "notes"));
      ber_csv_writer_add_text (csv, fee.sek_known ? "" : _("Rate missing; not in the total"));
      ber_csv_writer_end_row (csv);
    }

  return csv;
}

gboolean
ber_export_fees (BerStore   *store,
                 int         year,
                 const char *output_path,
                 GError    **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("fee_list");
  g_autoptr(GPtrArray) fees = NULL;
  BerExportFormat format;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);

  if (!ber_export_format_from_path (output_path, BER_EXPORT_ALLOW_PDF | BER_EXPORT_ALLOW_CSV,
                                    &format, error))
    return FALSE;

  if (year > 0)
    ber_query_add_condition (query, "year", BER_QUERY_EQ, g_variant_new_int64 (year));
  fees = ber_store_select (store, query, 0, G_MAXUINT, error);
  if (fees == NULL)
    return FALSE;
  g_ptr_array_sort (fees, compare_fees);

  if (format == BER_EXPORT_FORMAT_PDF)
    {
      g_autoptr(BerPrintDocument) doc = fees_document (store, fees, year, ber_store_get_today (store));

      return ber_print_document_write_pdf (doc, output_path, error);
    }
  else
    {
      g_autoptr(BerCsvWriter) csv = fees_csv (fees);

      return ber_csv_writer_write (csv, output_path, error);
    }
}

gboolean
ber_export_fees_for (BerStore    *store,
                     gpointer     request,
                     const char  *output_path,
                     GError     **error)
{
  BerMembershipExportRequest *asked = request;

  return ber_export_fees (store, asked->year, output_path, error);
}

/* The command line */

gboolean
ber_export_fees_cli (const char   *database,
                     GVariantDict *options,
                     const char   *output,
                     GError      **error)
{
  g_autoptr(BerStore) store = NULL;
  gint64 body_id;
  int year;

  /* Fees belong to networks, not to bodies: say so rather than ignore the option. */
  if (g_variant_dict_contains (options, "body"))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("--body is used with --export=memberships, not with the fees."));
      return FALSE;
    }

  store = ber_store_open (database, error);
  if (store == NULL || !ber_export_get_cli_options (store, options, &body_id, &year, error))
    return FALSE;

  return ber_export_fees (store, year, output, error);
}
