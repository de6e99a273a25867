/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-store.h"

G_BEGIN_DECLS

/*
 * The rules of meetings, agendas, minutes and decision follow-up (DOMAIN.md,
 * "Agenda preparation"; seed 003). Every function that writes is one
 * transaction: all or nothing.
 */

typedef struct
{
  gint64      body_id;
  const char *held_on;          /* ISO date */
  const char *starts_at;        /* "HH:MM"; NULL: the previous meeting's, else 09:00 */
  const char *place;            /* NULL: the previous meeting's, else "" */
  const char *agenda_deadline;  /* NULL: held_on minus the body's agenda_deadline_days */
  gboolean    copy_previous;    /* standard points, time and place of the previous meeting */
} BerMeetingSpec;

typedef struct
{
  gint64      person_id;
  const char *role;             /* BER_CHOICES_ATTENDANCE_ROLE; NULL: "member" */
  gboolean    present;
} BerAttendee;

typedef struct
{
  gint64      id;               /* 0: a new statement */
  const char *kind;             /* BER_CHOICES_STATEMENT_KIND */
  const char *author;           /* a name and/or party, "Anna Berg (M)" */
  const char *text;             /* NULL or "": a plain reservation */
} BerStatementSpec;

typedef struct
{
  gint64      checker_id;       /* 0: none */
  const char *approved_on;      /* justering; NULL: not yet */
  const char *posted_on;        /* anslag; NULL: not yet */
} BerMinutesSpec;

/* Meetings and agendas */
gint64      ber_agenda_create_meeting      (BerStore              *store,
                                            const BerMeetingSpec  *spec,
                                            GError               **error);
gint64      ber_agenda_previous_meeting    (BerStore              *store,
                                            gint64                 body_id,
                                            const char            *before,
                                            GError               **error);
char       *ber_agenda_default_deadline    (BerStore              *store,
                                            gint64                 body_id,
                                            const char            *held_on,
                                            GError               **error);
GPtrArray  *ber_agenda_list_entries        (BerStore              *store,
                                            gint64                 meeting_id,
                                            GError               **error);
GPtrArray  *ber_agenda_ready_items         (BerStore              *store,
                                            gint64                 meeting_id,
                                            GError               **error);
GPtrArray  *ber_agenda_received_reports    (BerStore              *store,
                                            gint64                 meeting_id,
                                            GError               **error);
GPtrArray  *ber_agenda_other_minutes       (BerStore              *store,
                                            gint64                 meeting_id,
                                            GError               **error);
gboolean    ber_agenda_add_items           (BerStore              *store,
                                            gint64                 meeting_id,
                                            const gint64          *item_ids,
                                            guint                  n_items,
                                            GError               **error);
gboolean    ber_agenda_add_reports         (BerStore              *store,
                                            gint64                 meeting_id,
                                            const gint64          *report_ids,
                                            guint                  n_reports,
                                            GError               **error);
gboolean    ber_agenda_add_minutes         (BerStore              *store,
                                            gint64                 meeting_id,
                                            const gint64          *meeting_ids,
                                            guint                  n_meetings,
                                            GError               **error);
gboolean    ber_agenda_move_entry          (BerStore              *store,
                                            gint64                 entry_id,
                                            int                    delta,
                                            GError               **error);
gboolean    ber_agenda_set_entry_details   (BerStore              *store,
                                            gint64                 entry_id,
                                            gint64                 presenter_id,
                                            int                    estimated_minutes,
                                            GError               **error);
char      **ber_agenda_clock_times         (const char            *starts_at,
                                            const int             *minutes,
                                            guint                  n_entries);
char      **ber_agenda_meeting_clock_times (BerStore              *store,
                                            gint64                 meeting_id,
                                            GError               **error);
gboolean    ber_agenda_lock                (BerStore              *store,
                                            gint64                 meeting_id,
                                            GError               **error);

/* Minutes */
gboolean    ber_agenda_record_decision     (BerStore              *store,
                                            gint64                 entry_id,
                                            const char            *decision,
                                            const char            *note,
                                            const char * const    *clauses,
                                            GError               **error);
gboolean    ber_agenda_set_attendance      (BerStore              *store,
                                            gint64                 meeting_id,
                                            const BerAttendee     *attendees,
                                            guint                  n_attendees,
                                            GError               **error);
gboolean    ber_agenda_set_distribution    (BerStore              *store,
                                            gint64                 entry_id,
                                            const char * const    *recipients,
                                            GError               **error);
GPtrArray  *ber_agenda_list_statements     (BerStore              *store,
                                            gint64                 entry_id,
                                            GError               **error);
gboolean    ber_agenda_set_statements      (BerStore              *store,
                                            gint64                 entry_id,
                                            const BerStatementSpec *statements,
                                            guint                  n_statements,
                                            GError               **error);
gboolean    ber_agenda_record_minutes      (BerStore              *store,
                                            gint64                 meeting_id,
                                            const BerMinutesSpec  *spec,
                                            GError               **error);
gboolean    ber_agenda_meeting_has_taken_place (GVariant          *meeting,
                                            const char            *today);

/* Decision follow-up (verkställighet) */
gboolean    ber_clause_gives_assignment    (const char            *text);
gboolean    ber_clause_is_late             (const char            *due_on,
                                            const char            *completed_on,
                                            const char            *today);
GPtrArray  *ber_agenda_followup_list       (BerStore              *store,
                                            gboolean               late_only,
                                            GError               **error);
gboolean    ber_agenda_set_clause_followup (BerStore              *store,
                                            gint64                 clause_id,
                                            gint64                 responsible_id,
                                            const char            *due_on,
                                            GError               **error);
gboolean    ber_agenda_mark_clause_done    (BerStore              *store,
                                            gint64                 clause_id,
                                            const char            *completed_on,
                                            GError               **error);

G_END_DECLS
