/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-context.h"

G_BEGIN_DECLS

#define BER_TYPE_AGENDA_VIEW (ber_agenda_view_get_type ())

G_DECLARE_FINAL_TYPE (BerAgendaView, ber_agenda_view, BER, AGENDA_VIEW, AdwBin)

GtkWidget  *ber_agenda_view_new         (void);
BerContext *ber_agenda_view_get_context (BerAgendaView *self);
void        ber_agenda_view_set_context (BerAgendaView *self,
                                         BerContext    *context);
gboolean    ber_agenda_view_open_id     (BerAgendaView *self,
                                         GType          type,
                                         gint64         id);

G_END_DECLS
