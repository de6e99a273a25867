/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ber-context.h"

G_BEGIN_DECLS

typedef gboolean (*BerExportIdFunc) (BerStore    *store,
                                     gint64       id,
                                     const char  *output_path,
                                     GError     **error);

/*
 * Runs in a worker thread with a connection of its own: @data must not be
 * shared with the main thread while the export runs.
 */
typedef gboolean (*BerExportDataFunc) (BerStore    *store,
                                       gpointer     data,
                                       const char  *output_path,
                                       GError     **error);

void ber_export_ui_run           (GtkWidget         *widget,
                                  BerContext        *context,
                                  const char        *title,
                                  const char        *suggested_name,
                                  BerExportIdFunc    func,
                                  gint64             id);
void ber_export_ui_run_with_data (GtkWidget         *widget,
                                  BerContext        *context,
                                  const char        *title,
                                  const char        *suggested_name,
                                  BerExportDataFunc  func,
                                  gpointer           data,
                                  GDestroyNotify     data_free);

G_END_DECLS
