/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "ber-export.h"
#include "ber-organisation.h"

static const char * const extensions[] = {
  [BER_EXPORT_FORMAT_PDF] = "pdf",
  [BER_EXPORT_FORMAT_CSV] = "csv",
};

/* A no-break space groups thousands, as Swedish and ISO 80000 write them. */
#define GROUP_SEPARATOR "\xc2\xa0"

/**
 * ber_export_format_from_path:
 * @allowed: the formats the caller can write (BER_EXPORT_ALLOW_PDF | …)
 *
 * The format follows the extension of @path, in any case ("Lista.PDF").
 */
gboolean
ber_export_format_from_path (const char      *path,
                             guint            allowed,
                             BerExportFormat *format,
                             GError         **error)
{
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GString) names = g_string_new (NULL);
  const char *dot = strrchr (basename, '.');
  guint n_allowed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      if (!(allowed & (1u << i)))
        continue;
      if (dot != NULL && g_ascii_strcasecmp (dot + 1, extensions[i]) == 0)
        {
          *format = (BerExportFormat) i;
          return TRUE;
        }
      n_allowed++;
    }

  for (guint i = 0, seen = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      if (!(allowed & (1u << i)))
        continue;
      if (seen > 0)
        /* Translators: between the last two of the allowed file name endings, ".pdf or .csv" */
        g_string_append (names, seen + 1 == n_allowed ? _(" or ") : ", ");
      g_string_append_printf (names, ".%s", extensions[i]);
      seen++;
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("Cannot export to “%s”: the file name must end in %s."), display, names->str);
  return FALSE;
}

static gboolean
write_error (GError    **error,
             int         saved_errno,
             const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      data += n;
      length -= (gsize) n;
    }

  return TRUE;
}

/**
 * ber_export_write_file:
 *
 * Writes @data to a new file beside @path and renames it into place, so that
 * @path holds either its old contents or all of the new ones, never half.
 * Exports carry the register's personal data: the file is readable only by
 * its owner (0600), like the register itself.
 */
gboolean
ber_export_write_file (const char *path,
                       const void *data,
                       gsize       length,
                       GError    **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *hidden = g_strconcat (".", basename, ".XXXXXX", NULL);
  g_autofree char *temporary = g_build_filename (folder, hidden, NULL);
  int fd;
  int saved_errno;

  g_return_val_if_fail (path != NULL && *path, FALSE);

  fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    return write_error (error, errno, path);

  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      saved_errno = errno != 0 ? errno : EIO;
      close (fd);
      g_unlink (temporary);
      return write_error (error, saved_errno, path);
    }

  if (close (fd) != 0 || g_rename (temporary, path) != 0)
    {
      saved_errno = errno;
      g_unlink (temporary);
      return write_error (error, saved_errno, path);
    }

  return TRUE;
}

int
ber_export_current_year (BerStore *store)
{
  return (int) g_ascii_strtoll (ber_store_get_today (store), NULL, 10);
}

gboolean
ber_export_parse_year (const char *text,
                       int        *year,
                       GError    **error)
{
  gboolean digits = text != NULL && strlen (text) == 4;

  for (guint i = 0; digits && i < 4; i++)
    digits = g_ascii_isdigit (text[i]);

  if (digits && g_ascii_strtoll (text, NULL, 10) >= 1900
      && g_ascii_strtoll (text, NULL, 10) <= 2999)
    {
      *year = (int) g_ascii_strtoll (text, NULL, 10);
      return TRUE;
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("“%s” is not a year: write it with four digits, for example 2026."),
               text != NULL ? text : "");
  return FALSE;
}

/**
 * ber_export_lookup_body:
 * @id_or_short_name: a body's id ("3"), short name ("RS") or name, in any case
 *
 * Returns: the body's id, or 0 with @error set.
 */
gint64
ber_export_lookup_body (BerStore   *store,
                        const char *id_or_short_name,
                        GError    **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("body");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GString) known = g_string_new (NULL);
  g_autofree char *wanted = g_utf8_casefold (id_or_short_name, -1);
  char *end = NULL;
  gint64 id = g_ascii_strtoll (id_or_short_name, &end, 10);
  gboolean numeric = *id_or_short_name != '\0' && end != NULL && *end == '\0';

  ber_query_add_order (query, "sort_key", FALSE);
  rows = ber_store_select (store, query, 0, G_MAXUINT, error);
  if (rows == NULL)
    return 0;

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *short_name = "", *name = "";
      gint64 row_id = 0;
      g_autofree char *short_folded = NULL;
      g_autofree char *name_folded = NULL;

      g_variant_lookup (row, "id", "x", &row_id);
      g_variant_lookup (row, "short_name", "&s", &short_name);
      g_variant_lookup (row, "name", "&s", &name);
      short_folded = g_utf8_casefold (short_name, -1);
      name_folded = g_utf8_casefold (name, -1);

      if ((numeric && row_id == id) || (*short_name && g_str_equal (short_folded, wanted))
          || g_str_equal (name_folded, wanted))
        return row_id;

      if (*short_name)
        g_string_append_printf (known, "%s%s", known->len > 0 ? ", " : "", short_name);
    }

  g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
               _("There is no body “%s” in the register. Give its id or short name (%s)."),
               id_or_short_name, known->len > 0 ? known->str : "—");
  return 0;
}

/* --body and --year of the command line; 0 for each one not given. */
gboolean
ber_export_get_cli_options (BerStore     *store,
                            GVariantDict *options,
                            gint64       *body_id,
                            int          *year,
                            GError      **error)
{
  const char *text = NULL;

  *body_id = 0;
  *year = 0;

  if (g_variant_dict_lookup (options, "year", "&s", &text)
      && !ber_export_parse_year (text, year, error))
    return FALSE;

  if (g_variant_dict_lookup (options, "body", "&s", &text))
    {
      *body_id = ber_export_lookup_body (store, text, error);
      if (*body_id == 0)
        return FALSE;
    }

  return TRUE;
}

static void
append_grouped (GString *out,
                guint64  value)
{
  char digits[32];
  guint n = (guint) g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, GROUP_SEPARATOR);
      g_string_append_c (out, digits[i]);
    }
}

static const char *
decimal_mark (void)
{
  /* Translators: the decimal mark in amounts and exchange rates of exported
   * documents. Swedish uses a comma. */
  return C_("decimal mark", ".");
}

/**
 * ber_export_format_number:
 *
 * @value for a document: thousands grouped, at least @min_decimals and at
 * most @max_decimals after the decimal mark of the document's language
 * (11 500, 11.5 → "11.50" in English and "11,50" in Swedish with min 2).
 */
char *
ber_export_format_number (double value,
                          guint  min_decimals,
                          guint  max_decimals)
{
  GString *out = g_string_new (NULL);
  char format[16];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + 32];
  char *point;
  gsize length;
  gboolean negative;

  g_return_val_if_fail (min_decimals <= max_decimals && max_decimals <= 9, g_strdup (""));

  g_snprintf (format, sizeof format, "%%.%uf", max_decimals);
  g_ascii_formatd (buffer, sizeof buffer, format, fabs (value));
  negative = value < 0 && g_ascii_strtod (buffer, NULL) != 0;

  point = strchr (buffer, '.');
  if (point != NULL)
    {
      length = strlen (buffer);
      while (length > (gsize) (point - buffer) + 1 + min_decimals && buffer[length - 1] == '0')
        buffer[--length] = '\0';
      if (buffer[length - 1] == '.')
        buffer[--length] = '\0';
      if (point - buffer < (gssize) length)
        *point = '\0';
      else
        point = NULL;
    }

  if (negative)
    g_string_append_c (out, '-');
  append_grouped (out, g_ascii_strtoull (buffer, NULL, 10));
  if (point != NULL)
    g_string_append_printf (out, "%s%s", decimal_mark (), point + 1);

  return g_string_free (out, FALSE);
}

/* An amount in whole hundredths: without decimals when it is whole. */
char *
ber_export_format_money (gint64 cents)
{
  GString *out = g_string_new (NULL);
  guint64 magnitude = cents < 0 ? (guint64) -cents : (guint64) cents;

  if (cents < 0)
    g_string_append_c (out, '-');
  append_grouped (out, magnitude / 100);
  if (magnitude % 100 != 0)
    g_string_append_printf (out, "%s%02u", decimal_mark (), (guint) (magnitude % 100));

  return g_string_free (out, FALSE);
}

/* Money is added up in whole hundredths (öre, cent), so totals equal their parts. */
gint64
ber_export_to_cents (double value)
{
  return (gint64) llround (value * 100.0);
}

/**
 * ber_export_set_issuer:
 *
 * Prints the organisation of the register in @store (name, unit, address,
 * logo) in the header of every page of @doc and names it the document's
 * author. A register that cannot be read leaves the document unwritable
 * (see ber_print_document_failure()).
 */
void
ber_export_set_issuer (BerPrintDocument *doc,
                       BerStore         *store)
{
  GError **failure = ber_print_document_failure (doc);
  g_autoptr(BerOrganisation) organisation = NULL;
  g_autoptr(GBytes) logo = NULL;

  if (*failure != NULL)
    return;
  organisation = ber_organisation_load (store, failure);
  if (organisation == NULL)
    return;
  logo = ber_organisation_get_logo (organisation);
  ber_print_document_set_issuer (doc, ber_organisation_get_name (organisation),
                                 ber_organisation_get_unit (organisation),
                                 ber_organisation_get_address (organisation), logo,
                                 ber_organisation_get_logo_type (organisation));
}
