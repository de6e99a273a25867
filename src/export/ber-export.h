/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-store.h"

G_BEGIN_DECLS

/*
 * What every export shares: the format chosen by the output's extension,
 * writing the file so that a failure never leaves half of it, the options
 * of the command line, and numbers written the way the documents show them.
 */

typedef enum
{
  BER_EXPORT_FORMAT_PDF,
  BER_EXPORT_FORMAT_CSV,
} BerExportFormat;

gboolean  ber_export_format_from_path   (const char       *path,
                                         guint             allowed,
                                         BerExportFormat  *format,
                                         GError          **error);
gboolean  ber_export_write_file         (const char       *path,
                                         const void       *data,
                                         gsize             length,
                                         GError          **error);
gboolean  ber_export_parse_year         (const char       *text,
                                         int              *year,
                                         GError          **error);
gint64    ber_export_lookup_body        (BerStore         *store,
                                         const char       *id_or_short_name,
                                         GError          **error);
gboolean  ber_export_get_cli_options    (BerStore         *store,
                                         GVariantDict     *options,
                                         gint64           *body_id,
                                         int              *year,
                                         GError          **error);
int       ber_export_current_year       (BerStore         *store);
char     *ber_export_format_number      (double            value,
                                         guint             min_decimals,
                                         guint             max_decimals);
char     *ber_export_format_money       (gint64            cents);
gint64    ber_export_to_cents           (double            value);

/* Flags for ber_export_format_from_path()'s @allowed. */
#define BER_EXPORT_ALLOW_PDF (1u << BER_EXPORT_FORMAT_PDF)
#define BER_EXPORT_ALLOW_CSV (1u << BER_EXPORT_FORMAT_CSV)

G_END_DECLS
