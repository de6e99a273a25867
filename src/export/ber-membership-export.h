/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-store.h"

G_BEGIN_DECLS

/*
 * The outputs of the network register: the list of memberships and
 * participation for the yearly action plan (förteckning över medlemskap och
 * deltagande) and the summary of fees, as PDF or CSV after the extension of
 * @output_path.
 */

gboolean ber_export_memberships     (BerStore      *store,
                                     gint64         body_id,
                                     int            year,
                                     const char    *output_path,
                                     GError       **error);
gboolean ber_export_fees            (BerStore      *store,
                                     int            year,
                                     const char    *output_path,
                                     GError       **error);

/* What the networks view asks for; the year 0 is the register's this year
 * for memberships, and every year for fees. */
typedef struct
{
  gint64 body_id;   /* the responsible body, or 0 for all */
  int    year;
} BerMembershipExportRequest;

/* BerExportDataFunc (ber-export-ui.h) with a BerMembershipExportRequest. */
gboolean ber_export_memberships_for (BerStore      *store,
                                     gpointer       request,
                                     const char    *output_path,
                                     GError       **error);
gboolean ber_export_fees_for        (BerStore      *store,
                                     gpointer       request,
                                     const char    *output_path,
                                     GError       **error);

/* BerCliExportFunc for --export=memberships and --export=fees. */
gboolean ber_export_memberships_cli (const char    *database,
                                     GVariantDict  *options,
                                     const char    *output,
                                     GError       **error);
gboolean ber_export_fees_cli        (const char    *database,
                                     GVariantDict  *options,
                                     const char    *output,
                                     GError       **error);

G_END_DECLS
