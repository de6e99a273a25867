/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-agenda-entry.h"
#include "ber-attendance.h"
#include "ber-clause.h"
#include "ber-followup.h"
#include "ber-list-filter.h"
#include "ber-meeting.h"
#include "ber-service.h"
#include "ber-statement.h"
#include "ber-motion.h"

G_BEGIN_DECLS

#define BER_TYPE_MEETINGS (ber_meetings_get_type ())

G_DECLARE_FINAL_TYPE (BerMeetings, ber_meetings, BER, MEETINGS, BerService)

/*
 * Meetings of the bodies: agendas, locking, decisions, minutes and follow-up.
 * The rules themselves are those of ber-agenda.h; this is how views reach
 * them, with typed records and lists, each write one transaction.
 */

/* Criteria of ber_meetings_list() */
#define BER_MEETINGS_BODY          "body"      /* id: that body's meetings only */
#define BER_MEETINGS_PAST          "past"      /* flag: held before today; else from today on */

/* Orders of ber_meetings_list(); without one, by date (the past newest first) */
#define BER_MEETINGS_ORDER_DATE    "date"
#define BER_MEETINGS_ORDER_TIME    "time"
#define BER_MEETINGS_ORDER_BODY    "body"
#define BER_MEETINGS_ORDER_PLACE   "place"
#define BER_MEETINGS_ORDER_STATUS  "status"

/* Criteria of ber_meetings_list_followup() */
#define BER_FOLLOWUP_LATE          "late"      /* flag: only those past their due date */

/* Orders of ber_meetings_list_followup(); without one, by due date, undated last */
#define BER_FOLLOWUP_ORDER_DUE     "due"
#define BER_FOLLOWUP_ORDER_MEETING "meeting"
#define BER_FOLLOWUP_ORDER_RESPONSIBLE "responsible"
#define BER_FOLLOWUP_ORDER_TEXT    "text"

BerMeetings *ber_meetings_new                  (BerStore       *store);

/* Meetings */
GListModel  *ber_meetings_list                 (BerMeetings    *self,
                                                BerListFilter  *filter);
BerMeeting  *ber_meetings_new_meeting          (BerMeetings    *self,
                                                gint64          body_id);
gboolean     ber_meetings_create               (BerMeetings    *self,
                                                BerMeeting     *meeting,
                                                gboolean        copy_previous,
                                                GError        **error);

/* The agenda */
GListModel  *ber_meetings_list_entries         (BerMeetings    *self,
                                                gint64          meeting_id,
                                                GError        **error);
char       **ber_meetings_clock_times          (BerMeetings    *self,
                                                gint64          meeting_id,
                                                GError        **error);
GListModel  *ber_meetings_list_ready_items     (BerMeetings    *self,
                                                gint64          meeting_id,
                                                GError        **error);
GListModel  *ber_meetings_list_waiting_reports (BerMeetings    *self,
                                                gint64          meeting_id,
                                                GError        **error);
GListModel  *ber_meetings_list_other_minutes   (BerMeetings    *self,
                                                gint64          meeting_id,
                                                GError        **error);
gboolean     ber_meetings_add_items            (BerMeetings    *self,
                                                gint64          meeting_id,
                                                const gint64   *item_ids,
                                                guint           n_items,
                                                GError        **error);
gboolean     ber_meetings_add_reports          (BerMeetings    *self,
                                                gint64          meeting_id,
                                                const gint64   *report_ids,
                                                guint           n_reports,
                                                GError        **error);
gboolean     ber_meetings_add_minutes          (BerMeetings    *self,
                                                gint64          meeting_id,
                                                const gint64   *meeting_ids,
                                                guint           n_meetings,
                                                GError        **error);
gboolean     ber_meetings_move_entry           (BerMeetings    *self,
                                                BerAgendaEntry *entry,
                                                int             delta,
                                                GError        **error);
gboolean     ber_meetings_save_entry           (BerMeetings    *self,
                                                BerAgendaEntry *entry,
                                                GError        **error);
gboolean     ber_meetings_lock                 (BerMeetings    *self,
                                                gint64          meeting_id,
                                                GError        **error);
gboolean     ber_meetings_has_begun            (BerMeetings    *self,
                                                BerMeeting     *meeting);

/* Decisions and minutes */
GListModel  *ber_meetings_list_proposal        (BerMeetings    *self,
                                                BerAgendaEntry *entry,
                                                GError        **error);
GListModel  *ber_meetings_list_clauses         (BerMeetings    *self,
                                                BerAgendaEntry *entry,
                                                GError        **error);
GListModel  *ber_meetings_list_distribution    (BerMeetings    *self,
                                                BerAgendaEntry *entry,
                                                GError        **error);
GListModel  *ber_meetings_list_statements      (BerMeetings    *self,
                                                BerAgendaEntry *entry,
                                                GError        **error);
GListModel  *ber_meetings_list_meeting_statements (BerMeetings *self,
                                                gint64          meeting_id,
                                                GError        **error);
gboolean     ber_meetings_check_statement      (BerMeetings    *self,
                                                BerStatement   *statement,
                                                GError        **error);
gboolean     ber_meetings_record_decision      (BerMeetings    *self,
                                                BerAgendaEntry *entry,
                                                const char * const *clauses,
                                                const char * const *recipients,
                                                GListModel     *statements,
                                                GError        **error);
/* Motions, the order of decision and the vote (ber-meetings-motions.c). */
GListModel  *ber_meetings_list_motions         (BerMeetings    *self,
                                                BerAgendaEntry *entry,
                                                GError        **error);
GListModel  *ber_meetings_list_votes           (BerMeetings    *self,
                                                BerAgendaEntry *entry,
                                                GError        **error);
GListModel  *ber_meetings_list_voters          (BerMeetings    *self,
                                                gint64          meeting_id,
                                                GError        **error);
gboolean     ber_meetings_check_motion         (BerMeetings    *self,
                                                BerMotion      *motion,
                                                GError        **error);
gboolean     ber_meetings_record_motions       (BerMeetings    *self,
                                                BerAgendaEntry *entry,
                                                GListModel     *motions,
                                                int             adopted,
                                                gboolean        voted,
                                                int             yes_for,
                                                int             no_for,
                                                GListModel     *votes,
                                                GError        **error);
gboolean     ber_meetings_link_reservations    (BerMeetings    *self,
                                                gint64          entry_id,
                                                GError        **error);
GListModel  *ber_meetings_list_attendance      (BerMeetings    *self,
                                                gint64          meeting_id,
                                                GError        **error);
GHashTable  *ber_meetings_list_usual_roles     (BerMeetings    *self,
                                                BerMeeting     *meeting,
                                                GError        **error);
const char  *ber_meetings_default_role         (BerMeetings    *self,
                                                GHashTable     *usual_roles,
                                                BerRecord      *person);
gboolean     ber_meetings_record_minutes       (BerMeetings    *self,
                                                BerMeeting     *meeting,
                                                GListModel     *attendance,
                                                GError        **error);

/* Decision follow-up (verkställighet) */
GListModel  *ber_meetings_list_followup        (BerMeetings    *self,
                                                BerListFilter  *filter,
                                                GError        **error);
gboolean     ber_meetings_assign               (BerMeetings    *self,
                                                BerClause      *clause,
                                                GError        **error);
gboolean     ber_meetings_mark_done            (BerMeetings    *self,
                                                gint64          clause_id,
                                                GError        **error);

G_END_DECLS
