/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-print-document.h"
#include "ber-store.h"

G_BEGIN_DECLS

/* What the meeting papers share: one meeting read whole. */
typedef struct
{
  BerStore  *store;
  GVariant  *meeting;          /* meeting_list row */
  GPtrArray *entries;          /* agenda_entry rows, in order */
  gboolean   use_paragraphs;   /* § numbers, else running numbers */
  GError    *error;            /* the first read of a part that failed */
} BerAgendaMeeting;

BerAgendaMeeting *ber_agenda_meeting_load  (BerStore          *store,
                                            gint64             meeting_id,
                                            GError           **error);
void              ber_agenda_meeting_free  (BerAgendaMeeting  *meeting);
BerPrintDocument *ber_agenda_finish_document (BerAgendaMeeting *meeting,
                                              BerPrintDocument *doc);
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

/* Helpers of the meeting papers (ber-agenda-export.c). */
void              ber_agenda_note_failure  (GError           **failure,
                                            GError            *error);
GPtrArray        *ber_agenda_rows_for      (BerStore          *store,
                                            const char        *source,
                                            const char        *column,
                                            gint64             id,
                                            const char        *order,
                                            GError           **failure);
GVariant         *ber_agenda_row_or_null   (BerStore          *store,
                                            const char        *source,
                                            gint64             id,
                                            GError           **failure);
char             *ber_agenda_person_name   (BerStore          *store,
                                            gint64             id,
                                            GError           **failure);
GVariant         *ber_agenda_entry_item    (BerAgendaMeeting  *meeting,
                                            GVariant          *entry);
void              ber_agenda_add_if        (BerPrintDocument  *doc,
                                            const char        *key,
                                            const char        *value);
char             *ber_agenda_join_column   (GPtrArray         *rows,
                                            const char        *column);
void              ber_agenda_add_clauses   (BerPrintDocument  *doc,
                                            GPtrArray         *clauses);
char             *ber_agenda_meeting_when  (GVariant          *meeting);
void              ber_agenda_add_signature (BerPrintDocument  *doc,
                                            const char        *role,
                                            const char        *name);
void              ber_minutes_add_motions  (BerPrintDocument  *doc,
                                            BerAgendaMeeting  *m,
                                            GVariant          *entry);
BerPrintDocument *ber_agenda_new_document  (BerStore          *store,
                                            const char        *title,
                                            GVariant          *meeting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerAgendaMeeting, ber_agenda_meeting_free)

G_END_DECLS
