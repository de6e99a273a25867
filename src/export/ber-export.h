/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-context.h"
#include "ber-store.h"
#include "ber-print-document.h"

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

void      ber_export_set_issuer         (BerPrintDocument *doc,
                                         BerStore         *store);

/* An export of one record, such as a meeting's minutes. */
typedef gboolean (*BerExportIdFunc) (BerStore    *store,
                                     gint64       id,
                                     const char  *output_path,
                                     GError     **error);

/*
 * An export of what @data says, such as a list as the interface shows it.
 * Runs in a worker thread with a connection of its own: @data must not be
 * shared with the main thread while the export runs.
 */
typedef gboolean (*BerExportDataFunc) (BerStore    *store,
                                       gpointer     data,
                                       const char  *output_path,
                                       GError     **error);

typedef struct _BerExportJob BerExportJob;

BerExportJob *ber_export_job_new        (BerExportDataFunc    func,
                                         gpointer             data,
                                         GDestroyNotify       data_free);
BerExportJob *ber_export_job_new_for_id (BerExportIdFunc      func,
                                         gint64               id);
void          ber_export_job_free       (BerExportJob        *job);
void          ber_export_job_run_async  (BerExportJob        *job,
                                         BerContext          *context,
                                         const char          *output_path,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean      ber_export_job_run_finish (BerContext          *context,
                                         GAsyncResult        *result,
                                         GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerExportJob, ber_export_job_free)

/* Flags for ber_export_format_from_path()'s @allowed. */
#define BER_EXPORT_ALLOW_PDF (1u << BER_EXPORT_FORMAT_PDF)
#define BER_EXPORT_ALLOW_CSV (1u << BER_EXPORT_FORMAT_CSV)

G_END_DECLS
