/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-membership-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-csv-writer.h"
#include "ber-export.h"
#include "ber-labels.h"
#include "ber-membership-export.h"
#include "ber-membership-register.h"
#include "ber-print-document.h"

/* Words */

static char *
membership_words (BerMembershipEntry *entry)
{
  const char *status = ber_row_text (entry->membership, "status");
  const char *via = ber_row_text (entry->membership, "via_network_name");

  if (entry->membership == NULL)
    return g_strdup (_("No membership recorded"));
  if (g_str_equal (status, "indirect") && *via != '\0')
    /* Translators: the region is a member of ERRIN through Central Sweden */
    return g_strdup_printf (_("Indirect member through %s"), via);
  if (g_str_equal (status, "interested"))
    return g_strdup (_("Not a member; interested"));
  if (g_str_equal (status, "candidate"))
    return g_strdup (_("Applying for membership"));
  if (entry->left)
    return g_strdup (_("Left"));
  return g_strdup (ber_choice_label (BER_CHOICES_MEMBERSHIP_STATUS, status));
}

/* The day a left membership ended: the "left" row's start, or the end of the last row. */
static const char *
left_on (BerMembershipEntry *entry)
{
  if (*ber_row_text (entry->membership, "to_on"))
    return ber_row_text (entry->membership, "to_on");
  return ber_row_text (entry->membership, "from_on");
}

static char *
decision_words (GVariant *membership)
{
  const char *body = ber_row_text (membership, "deciding_body_name");
  const char *reference = ber_row_text (membership, "decision_reference");

  if (*body && *reference)
    return g_strdup_printf ("%s, %s", body, reference);
  return g_strdup (*body ? body : reference);
}

static char *
fee_words (GVariant *row)
{
  BerFeeLine fee;
  g_autofree char *amount = NULL;
  g_autofree char *sek = NULL;
  g_autofree char *rate = NULL;

  if (row == NULL)
    return g_strdup (_("None recorded"));

  ber_fee_from_row (row, &fee);
  amount = ber_export_format_money (fee.cents);
  if (g_str_equal (fee.currency, "SEK"))
    return g_strdup_printf ("%s %s", amount, ber_choice_label (BER_CHOICES_CURRENCY, "SEK"));
  if (!fee.sek_known)
    /* Translators: a fee in EUR without an exchange rate, "1 500 EUR (rate missing)" */
    return g_strdup_printf (_("%s %s (rate missing)"), amount,
                            ber_choice_label (BER_CHOICES_CURRENCY, fee.currency));

  sek = ber_export_format_money (fee.sek_cents);
  rate = ber_export_format_number (fee.rate, 2, 4);
  /* Translators: "11 500 EUR (132 250 SEK at the rate 11.50)" */
  return g_strdup_printf (_("%s %s (%s %s at the rate %s)"), amount,
                          ber_choice_label (BER_CHOICES_CURRENCY, fee.currency), sek,
                          ber_choice_label (BER_CHOICES_CURRENCY, "SEK"), rate);
}

static char *
review_words (BerMembershipRegister *reg,
              const char            *date)
{
  if (*date == '\0')
    return g_strdup ("");
  if (strcmp (date, reg->today) < 0)
    /* Translators: a review date that has passed */
    return g_strdup_printf (_("%s (overdue)"), date);
  return g_strdup (date);
}


static char *
memberships_title (BerMembershipRegister *reg)
{
  return g_strdup_printf (_("Memberships and participation in international organisations and "
                            "networks %d"), reg->year);
}

/* The memberships list as PDF */

static void
add_if (BerPrintDocument *doc,
        const char       *key,
        const char       *value)
{
  if (value != NULL && *value != '\0')
    ber_print_document_add_key_value (doc, key, value);
}

static GVariant *
responsible_body (BerMembershipRegister *reg,
                  BerMembershipEntry    *entry)
{
  return ber_membership_register_find_body (reg, ber_row_integer (entry->network,
                                                                  "responsible_body_id"));
}

/* The fee of the overview, in SEK; an EUR fee without a rate goes into @missing. */
static char *
overview_fee (BerMembershipEntry *entry,
              gint64             *total,
              GPtrArray          *missing,
              const char         *name)
{
  g_autofree char *amount = NULL;
  BerFeeLine fee;

  if (entry->fee == NULL)
    return g_strdup ("");

  ber_fee_from_row (entry->fee, &fee);
  if (fee.sek_known)
    {
      *total += fee.sek_cents;
      return ber_export_format_money (fee.sek_cents);
    }

  g_ptr_array_add (missing, g_strdup (name));
  amount = ber_export_format_money (fee.cents);
  return g_strdup_printf (_("%s %s (rate missing)"), amount,
                          ber_choice_label (BER_CHOICES_CURRENCY, fee.currency));
}

/* One row per current membership; with all bodies, a column says which one is responsible. */
static void
add_overview (BerPrintDocument      *doc,
              BerMembershipRegister *reg,
              gboolean               with_body)
{
  g_autofree char *fee_header = g_strdup_printf (_("Fee %d (SEK)"), reg->year);
  const char *all_headers[] = { _("Network"), _("Body"), _("Membership"), _("Activity"),
                                fee_header };
  const double all_widths[] = { 36, 7, 27, 12, 18 };
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sum = NULL;
  BerPrintTable *table;
  gint64 total = 0;

  for (guint c = 0; c < G_N_ELEMENTS (all_headers); c++)
    {
      /* The body column only when the list has more than one body. */
      if (c == 1 && !with_body)
        continue;
      g_ptr_array_add (headers, (gpointer) all_headers[c]);
      g_array_append_val (widths, all_widths[c]);
    }

  ber_print_document_add_heading (doc, 1, _("Overview"));
  table = ber_print_document_add_table (doc, headers->len, (const char * const *) headers->pdata,
                                        (const double *) widths->data);
  ber_print_table_set_alignment (table, headers->len - 1, PANGO_ALIGN_RIGHT);

  for (guint s = 0; s < reg->sections->len; s++)
    {
      BerMembershipSection *section = g_ptr_array_index (reg->sections, s);

      for (guint i = 0; i < section->entries->len; i++)
        {
          BerMembershipEntry *entry = g_ptr_array_index (section->entries, i);
          g_autofree char *name = ber_membership_network_title (entry->network);
          g_autofree char *words = membership_words (entry);
          g_autofree char *fee = overview_fee (entry, &total, missing, name);
          g_autoptr(GPtrArray) cells = g_ptr_array_new ();

          g_ptr_array_add (cells, name);
          if (with_body)
            g_ptr_array_add (cells, (gpointer) ber_row_text (responsible_body (reg, entry),
                                                             "short_name"));
          g_ptr_array_add (cells, words);
          g_ptr_array_add (cells, (gpointer) (entry->membership != NULL
                                                ? ber_choice_label (BER_CHOICES_ACTIVITY,
                                                                    ber_row_text (entry->membership,
                                                                                  "activity"))
                                                : ""));
          g_ptr_array_add (cells, fee);
          ber_print_table_add_row (table, BER_PRINT_STYLE_NORMAL,
                                   (const char * const *) cells->pdata);
        }
    }

  sum = ber_export_format_money (total);
  {
    const char *cells[] = { _("Total"), "", "", "", "" };

    cells[headers->len - 1] = sum;
    ber_print_table_add_row (table, BER_PRINT_STYLE_BOLD, cells);
  }

  if (missing->len > 0)
    {
      g_autofree char *names = ber_export_join (missing, ", ");
      g_autofree char *note = g_strdup_printf (
        ngettext ("A fee in EUR without an exchange rate is not included in the total: %s.",
                  "Fees in EUR without an exchange rate are not included in the total: %s.",
                  missing->len),
        names);

      ber_print_document_add_paragraph (doc, note, BER_PRINT_STYLE_ITALIC);
    }
}

static void
add_entry (BerPrintDocument      *doc,
           BerMembershipRegister *reg,
           BerMembershipEntry    *entry)
{
  GVariant *membership = entry->membership;
  g_autofree char *title = ber_membership_network_title (entry->network);
  g_autofree char *words = membership_words (entry);
  g_autofree char *decision = decision_words (membership);
  g_autofree char *representatives = ber_export_join (entry->representatives, "\n");
  g_autofree char *seats = ber_export_join (entry->seats, "\n");
  g_autofree char *fee = fee_words (entry->fee);
  g_autofree char *fee_key = g_strdup_printf (_("Fee %d"), reg->year);
  g_autofree char *review = review_words (reg, ber_row_text (entry->network, "next_review_on"));

  ber_print_document_begin_keep_together (doc);
  ber_print_document_add_heading (doc, 2, title);
  if (*ber_row_text (entry->network, "description"))
    ber_print_document_add_paragraph (doc, ber_row_text (entry->network, "description"),
                                      BER_PRINT_STYLE_NORMAL);
  ber_print_document_add_key_value (doc, _("Kind"),
                                    ber_choice_label (BER_CHOICES_NETWORK_KIND,
                                                      ber_row_text (entry->network, "kind")));
  ber_print_document_add_key_value (doc, _("Membership"), words);
  /* Only a member has an activity level. */
  add_if (doc, _("Activity"), ber_choice_label (BER_CHOICES_ACTIVITY,
                                                ber_row_text (membership, "activity")));
  add_if (doc, _("Decided by"), decision);
  add_if (doc, _("Since"), ber_row_text (membership, "from_on"));
  add_if (doc, _("Notice period"), ber_row_text (membership, "notice_period"));
  ber_print_document_add_key_value (doc, _("Representatives"),
                                    *representatives ? representatives : _("None"));
  add_if (doc, _("Seats"), seats);
  ber_print_document_add_key_value (doc, fee_key, fee);
  add_if (doc, _("Next review"), review);
  add_if (doc, _("Notes"), ber_row_text (membership, "notes"));
  ber_print_document_end_keep_together (doc);
}

static void
add_left (BerPrintDocument      *doc,
          BerMembershipRegister *reg)
{
  const char *headers[] = { _("Network"), _("Left"), _("Decided by"), _("Notes") };
  const double widths[] = { 34, 14, 26, 26 };
  BerPrintTable *table;

  ber_print_document_add_heading (doc, 1, _("Left memberships"));
  if (reg->left->len == 0)
    {
      ber_print_document_add_paragraph (doc, _("None."), BER_PRINT_STYLE_NORMAL);
      return;
    }

  table = ber_print_document_add_table (doc, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < reg->left->len; i++)
    {
      BerMembershipEntry *entry = g_ptr_array_index (reg->left, i);
      g_autofree char *name = ber_membership_network_title (entry->network);
      g_autofree char *decision = decision_words (entry->membership);
      const char *notes = ber_row_text (entry->membership, "notes");
      const char *cells[4] = { name, left_on (entry), decision, notes };

      ber_print_table_add_row (table, BER_PRINT_STYLE_NORMAL, cells);
    }
}

static BerPrintDocument *
memberships_document (BerStore              *store,
                      BerMembershipRegister *reg,
                      GVariant              *body)
{
  g_autofree char *title = memberships_title (reg);
  g_autofree char *year = g_strdup_printf ("%d", reg->year);
  g_autofree char *body_name = body != NULL ? ber_membership_body_title (body) : NULL;
  g_autofree char *pdf_title = body != NULL ? g_strdup_printf ("%s — %s", title, body_name)
                                            : g_strdup (title);
  BerPrintDocument *doc = ber_print_document_new (pdf_title);

  ber_export_set_issuer (doc, store);

  if (body != NULL)
    ber_print_document_set_header_text (doc, body_name);
  ber_print_document_add_title (doc, title);
  add_if (doc, _("Responsible body"), body_name);
  ber_print_document_add_key_value (doc, _("Fees of the year"), year);
  ber_print_document_add_key_value (doc, _("Situation as of"), reg->today);
  ber_print_document_add_paragraph (doc,
                                    _("The region’s memberships of and participation in "
                                      "international organisations and networks, for the yearly "
                                      "action plan: what each network is, the membership and who "
                                      "decided it, the region’s representatives and seats, and "
                                      "the fee of the year."),
                                    BER_PRINT_STYLE_NORMAL);

  add_overview (doc, reg, body == NULL);

  for (guint s = 0; s < reg->sections->len; s++)
    {
      BerMembershipSection *section = g_ptr_array_index (reg->sections, s);

      ber_print_document_add_heading (doc, 1, section->heading);
      for (guint i = 0; i < section->entries->len; i++)
        add_entry (doc, reg, g_ptr_array_index (section->entries, i));
    }

  add_left (doc, reg);
  return doc;
}

/* The memberships list as CSV */

static void
add_membership_row (BerCsvWriter          *csv,
                    BerMembershipRegister *reg,
                    BerMembershipEntry    *entry)
{
  GVariant *body = responsible_body (reg, entry);
  g_autofree char *words = membership_words (entry);
  g_autofree char *representatives = ber_export_join (entry->representatives, "; ");
  g_autofree char *seats = ber_export_join (entry->seats, "; ");
  BerFeeLine fee;

  ber_csv_writer_add_text (csv, ber_row_text (body, "name"));
  ber_csv_writer_add_text (csv, ber_row_text (entry->network, "name"));
  ber_csv_writer_add_text (csv, ber_row_text (entry->network, "acronym"));
  ber_csv_writer_add_text (csv, ber_choice_label (BER_CHOICES_NETWORK_KIND,
                                                  ber_row_text (entry->network, "kind")));
  ber_csv_writer_add_text (csv, words);
  ber_csv_writer_add_text (csv, entry->membership != NULL
                                  ? ber_choice_label (BER_CHOICES_ACTIVITY,
                                                      ber_row_text (entry->membership, "activity"))
                                  : "");
  ber_csv_writer_add_text (csv, ber_row_text (entry->membership, "deciding_body_name"));
  ber_csv_writer_add_text (csv, ber_row_text (entry->membership, "decision_reference"));
  ber_csv_writer_add_text (csv, ber_row_text (entry->membership, "from_on"));
  ber_csv_writer_add_text (csv, entry->left ? left_on (entry) : "");
  ber_csv_writer_add_text (csv, representatives);
  ber_csv_writer_add_text (csv, seats);

  if (entry->fee != NULL)
    {
      ber_fee_from_row (entry->fee, &fee);
      ber_csv_writer_add_number (csv, fee.cents / 100.0);
      ber_csv_writer_add_text (csv, fee.currency);
      if (fee.rate > 0)
        ber_csv_writer_add_number (csv, fee.rate);
      else
        ber_csv_writer_add_empty (csv);
      if (fee.sek_known)
        ber_csv_writer_add_number (csv, fee.sek_cents / 100.0);
      else
        ber_csv_writer_add_text (csv, _("Rate missing"));
    }
  else
    {
      for (guint i = 0; i < 4; i++)
        ber_csv_writer_add_empty (csv);
    }

  ber_csv_writer_add_text (csv, ber_row_text (entry->network, "next_review_on"));
  ber_csv_writer_add_text (csv, ber_row_text (entry->membership, "notes"));
  ber_csv_writer_end_row (csv);
}

static BerCsvWriter *
memberships_csv (BerMembershipRegister *reg)
{
  BerCsvWriter *csv = ber_csv_writer_new ();
  g_autofree char *fee = g_strdup_printf (_("Fee %d"), reg->year);
  g_autofree char *fee_sek = g_strdup_printf (_("Fee %d (SEK)"), reg->year);

  ber_csv_writer_add_row (csv, _("Responsible body"), _("Network"), _("Acronym"), _("Kind"),
                          _("Membership"), _("Activity"), _("Deciding body"),
                          _("Decision reference"), _("Since"), _("Left"), _("Representatives"),
                          _("Seats"), fee, _("Currency"), _("Exchange rate"), fee_sek,
                          _("Next review"), _("Notes"), NULL);

  for (guint s = 0; s < reg->sections->len; s++)
    {
      BerMembershipSection *section = g_ptr_array_index (reg->sections, s);

      for (guint i = 0; i < section->entries->len; i++)
        add_membership_row (csv, reg, g_ptr_array_index (section->entries, i));
    }
  for (guint i = 0; i < reg->left->len; i++)
    add_membership_row (csv, reg, g_ptr_array_index (reg->left, i));

  return csv;
}

gboolean
ber_export_memberships (BerStore   *store,
                        gint64      body_id,
                        int         year,
                        const char *output_path,
                        GError    **error)
{
  g_auto(BerMembershipRegister) reg = { 0 };
  BerExportFormat format;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);

  if (!ber_export_format_from_path (output_path, BER_EXPORT_ALLOW_PDF | BER_EXPORT_ALLOW_CSV,
                                    &format, error))
    return FALSE;
  if (!ber_membership_register_load (store, body_id, year, &reg, error))
    return FALSE;

  if (format == BER_EXPORT_FORMAT_PDF)
    {
      g_autoptr (BerPrintDocument) doc
          = memberships_document (store, &reg, ber_membership_register_find_body (&reg, body_id));

      return ber_print_document_write_pdf (doc, output_path, error);
    }
  else
    {
      g_autoptr(BerCsvWriter) csv = memberships_csv (&reg);

      return ber_csv_writer_write (csv, output_path, error);
    }
}

gboolean
ber_export_memberships_for (BerStore    *store,
                            gpointer     request,
                            const char  *output_path,
                            GError     **error)
{
  BerMembershipExportRequest *asked = request;
  int year = asked->year;

  if (year <= 0)
    year = (int) g_ascii_strtoll (ber_store_get_today (store), NULL, 10);
  return ber_export_memberships (store, asked->body_id, year, output_path, error);
}

/* The command line */

gboolean
ber_export_memberships_cli (const char   *database,
                            GVariantDict *options,
                            const char   *output,
                            GError      **error)
{
  g_autoptr(BerStore) store = ber_store_open (database, error);
  gint64 body_id;
  int year;

  if (store == NULL || !ber_export_get_cli_options (store, options, &body_id, &year, error))
    return FALSE;

  return ber_export_memberships (store, body_id, year, output, error);
}

