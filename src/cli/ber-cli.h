/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * The command line without a window: each entry point prints what it made
 * to stdout, one clear line per error to stderr, and returns an exit status.
 */

typedef gboolean (*BerCliExportFunc) (const char   *database,
                                      GVariantDict *options,
                                      const char   *output,
                                      GError      **error);

typedef struct
{
  const char       *what;        /* --export=WHAT */
  const char       *extension;   /* of --output, e.g. "pdf" */
  BerCliExportFunc  func;
} BerCliExport;

void     ber_cli_add_options     (GApplication  *app);
gboolean ber_cli_wants_console   (GVariantDict  *options);
int      ber_cli_run             (GVariantDict  *options);
char    *ber_cli_resolve_database (GVariantDict *options);

G_END_DECLS
