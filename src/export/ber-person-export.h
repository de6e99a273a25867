/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-store.h"

G_BEGIN_DECLS

/*
 * The extract of a person's personal data (GDPR article 15): everything
 * the register holds about the person, as a PDF to read or as JSON for
 * another program, after the extension of @output_path.
 */

gboolean ber_export_person     (BerStore      *store,
                                gint64         person_id,
                                const char    *output_path,
                                GError       **error);

/* BerCliExportFunc for --export=person --person=ID. */
gboolean ber_export_person_cli (const char    *database,
                                GVariantDict  *options,
                                const char    *output,
                                GError       **error);

G_END_DECLS
