/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-context.h"

G_BEGIN_DECLS

#define BER_TYPE_AGENDA_LIST (ber_agenda_list_get_type ())

G_DECLARE_FINAL_TYPE (BerAgendaList, ber_agenda_list, BER, AGENDA_LIST, AdwBin)

GtkWidget      *ber_agenda_list_new                (void);
gboolean        ber_agenda_list_show_meeting       (BerAgendaList  *self,
                                                    BerContext     *context,
                                                    gint64          meeting_id,
                                                    GError        **error);
gboolean        ber_agenda_list_refresh            (BerAgendaList  *self,
                                                    GError        **error);
GListModel     *ber_agenda_list_get_entries        (BerAgendaList  *self);
BerAgendaEntry *ber_agenda_list_get_selected_entry (BerAgendaList  *self);
guint           ber_agenda_list_get_selected       (BerAgendaList  *self);
void            ber_agenda_list_select             (BerAgendaList  *self,
                                                    guint           position);
void            ber_agenda_list_select_id          (BerAgendaList  *self,
                                                    gint64          entry_id);
void            ber_agenda_list_set_deciding       (BerAgendaList  *self,
                                                    gboolean        deciding);

G_END_DECLS
