/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-print-document.h"
#include "ber-store.h"
#include "ber-yearly-report.h"

G_BEGIN_DECLS

/*
 * The yearly report on international work, as a document for the regional
 * executive board: PDF (.pdf) or OpenDocument text (.odt), the format from
 * the output's extension.
 */

typedef struct
{
  int    year;
  gint64 body_id;   /* 0: all bodies */
} BerYearlyReportRequest;

BerPrintDocument *ber_yearly_report_document      (BerStore         *store,
                                                   BerYearlyReport  *report);
gboolean          ber_export_yearly_report        (BerStore         *store,
                                                   int               year,
                                                   gint64            body_id,
                                                   const char       *output_path,
                                                   GError          **error);
/* A BerExportDataFunc: @request is a BerYearlyReportRequest. */
gboolean          ber_export_yearly_report_for    (BerStore         *store,
                                                   gpointer          request,
                                                   const char       *output_path,
                                                   GError          **error);
gboolean          ber_export_yearly_report_cli    (const char       *database,
                                                   GVariantDict     *options,
                                                   const char       *output,
                                                   GError          **error);

G_END_DECLS
