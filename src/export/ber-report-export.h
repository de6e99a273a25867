/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-store.h"

G_BEGIN_DECLS

/*
 * Returned reports on paper: one report as the body reads it (PDF), and the
 * reports of a period as the annex to the yearly report (PDF, with contents
 * and an overview of every report owed and how late it is) or as a table
 * (CSV), after the extension of @output_path.
 */

gboolean ber_export_report       (BerStore      *store,
                                  gint64         report_id,
                                  const char    *output_path,
                                  GError       **error);
gboolean ber_export_reports      (BerStore      *store,
                                  gint64         body_id,
                                  const char    *from,
                                  const char    *to,
                                  const char    *output_path,
                                  GError       **error);

/* The body and period of ber_export_reports(), for an export run in a thread. */
typedef struct _BerReportsExportSpec BerReportsExportSpec;

BerReportsExportSpec *ber_reports_export_spec_new  (gint64                body_id,
                                                    const char           *from,
                                                    const char           *to);
void                  ber_reports_export_spec_free (BerReportsExportSpec *spec);
gboolean              ber_export_reports_spec      (BerStore             *store,
                                                    gpointer              spec,
                                                    const char           *output_path,
                                                    GError              **error);

/* BerCliExportFunc for --export=report and --export=reports. */
gboolean ber_export_report_cli   (const char    *database,
                                  GVariantDict  *options,
                                  const char    *output,
                                  GError       **error);
gboolean ber_export_reports_cli  (const char    *database,
                                  GVariantDict  *options,
                                  const char    *output,
                                  GError       **error);

G_END_DECLS
