/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_AGENDA_ENTRY (ber_agenda_entry_get_type ())

G_DECLARE_FINAL_TYPE (BerAgendaEntry, ber_agenda_entry, BER, AGENDA_ENTRY, BerRecord)

BerAgendaEntry *ber_agenda_entry_new          (void);
const char     *ber_agenda_entry_get_title    (BerAgendaEntry *self);
const char     *ber_agenda_entry_get_kind     (BerAgendaEntry *self);
int             ber_agenda_entry_get_position (BerAgendaEntry *self);

G_END_DECLS
