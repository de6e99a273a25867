/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-store.h"

G_BEGIN_DECLS

/* What the meeting papers share: one meeting read whole. */
typedef struct
{
  BerStore  *store;
  GVariant  *meeting;          /* meeting_list row */
  GPtrArray *entries;          /* agenda_entry rows, in order */
  gboolean   use_paragraphs;   /* § numbers, else running numbers */
} BerAgendaMeeting;

BerAgendaMeeting *ber_agenda_meeting_load  (BerStore          *store,
                                            gint64             meeting_id,
                                            GError           **error);
void              ber_agenda_meeting_free  (BerAgendaMeeting  *meeting);
char             *ber_agenda_entry_number  (BerAgendaMeeting  *meeting,
                                            guint              index);
char             *ber_agenda_entry_title   (BerAgendaMeeting  *meeting,
                                            guint              index,
                                            gboolean           public_version);
GPtrArray        *ber_agenda_rows_where    (BerStore          *store,
                                            const char        *source,
                                            const char        *column,
                                            gint64             id,
                                            const char        *order,
                                            GError           **error);
gint64            ber_agenda_parse_id      (GVariantDict      *options,
                                            const char        *name,
                                            const char        *what,
                                            GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerAgendaMeeting, ber_agenda_meeting_free)

G_END_DECLS
