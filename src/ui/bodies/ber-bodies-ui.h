/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

/* What the bodies view, the body page and their dialogs share. */

/* Removes @record after the user confirmed it; a failure is shown by it. */
typedef void (*BerBodiesUiRemoveFunc) (gpointer   owner,
                                       BerRecord *record);

GtkWidget *ber_bodies_ui_icon_button     (const char            *icon,
                                          const char            *tooltip,
                                          const char            *accessible,
                                          const char            *action,
                                          gint64                 id);
GtkWidget *ber_bodies_ui_placeholder     (const char            *icon,
                                          const char            *title,
                                          const char            *text,
                                          GtkWidget             *extra);
void       ber_bodies_ui_confirm_remove  (GtkWidget             *owner,
                                          const char            *heading,
                                          const char            *body,
                                          BerRecord             *record,
                                          BerBodiesUiRemoveFunc  remove);
void       ber_bodies_ui_alert           (GtkWidget             *widget,
                                          const char            *heading,
                                          const char            *message);

G_END_DECLS
