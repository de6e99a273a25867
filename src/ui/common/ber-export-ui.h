/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ber-context.h"
#include "ber-export.h"

G_BEGIN_DECLS

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
