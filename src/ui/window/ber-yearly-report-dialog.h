/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ber-context.h"

G_BEGIN_DECLS

void ber_yearly_report_dialog_present (GtkWindow  *parent,
                                       BerContext *context);

G_END_DECLS
