/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-print-document.h"
#include "ber-store.h"

G_BEGIN_DECLS

/*
 * The papers of a meeting, laid out the way Swedish boards write them:
 *
 * - the notice with the agenda (kallelse och föredragningslista);
 * - the minutes (protokoll) with one § per matter, and an extract of one §
 *   (protokollsutdrag) with its certification and Exp till;
 * - the board paper of one item (diary number, ärendebeskrivning, förslag
 *   till beslut with its att-clauses, beslutsunderlag, föredragande,
 *   handläggare);
 * - the meeting pack: notice, agenda and every board paper in one PDF with a
 *   table of contents; its public version leaves confidential matters out;
 * - the item list as CSV, and meetings as iCalendar.
 *
 * Every PDF is A4. An unknown id fails with BER_STORE_ERROR_NOT_FOUND.
 */

gboolean ber_export_agenda          (BerStore      *store,
                                     gint64         meeting_id,
                                     const char    *output_path,
                                     GError       **error);
gboolean ber_export_minutes         (BerStore      *store,
                                     gint64         meeting_id,
                                     const char    *output_path,
                                     GError       **error);
gboolean ber_export_minutes_extract (BerStore      *store,
                                     gint64         agenda_entry_id,
                                     const char    *output_path,
                                     GError       **error);
gboolean ber_export_board_paper     (BerStore      *store,
                                     gint64         item_id,
                                     const char    *output_path,
                                     GError       **error);
/*
 * Archival copies (PDF/A-2b) of adjusted minutes, of an extract of them and
 * of a board paper: what the region delivers to its archive. Minutes that
 * are not adjusted yet fail with BER_STORE_ERROR_INVALID.
 */
gboolean ber_export_minutes_archival       (BerStore   *store,
                                            gint64      meeting_id,
                                            const char *output_path,
                                            GError    **error);
gboolean ber_export_extract_archival       (BerStore   *store,
                                            gint64      agenda_entry_id,
                                            const char *output_path,
                                            GError    **error);
gboolean ber_export_board_paper_archival   (BerStore   *store,
                                            gint64      item_id,
                                            const char *output_path,
                                            GError    **error);
gboolean ber_export_meeting_pack    (BerStore      *store,
                                     gint64         meeting_id,
                                     gboolean       public_version,
                                     const char    *output_path,
                                     GError       **error);

/* The documents themselves, for printing (see ber_print_document()). */
BerPrintDocument *ber_agenda_document        (BerStore   *store,
                                              gint64      meeting_id,
                                              GError    **error);
BerPrintDocument *ber_minutes_document       (BerStore   *store,
                                              gint64      meeting_id,
                                              GError    **error);
BerPrintDocument *ber_minutes_extract_document (BerStore *store,
                                              gint64      agenda_entry_id,
                                              GError    **error);
BerPrintDocument *ber_board_paper_document   (BerStore   *store,
                                              gint64      item_id,
                                              GError    **error);
BerPrintDocument *ber_meeting_pack_document  (BerStore   *store,
                                              gint64      meeting_id,
                                              gboolean    public_version,
                                              GError    **error);

/*
 * The item list as CSV. @body_id (0 for all) keeps the items routed to that
 * body; @year (0 for all) those received that year; @status (NULL for all)
 * those in that status.
 */
gboolean ber_export_items           (BerStore      *store,
                                     gint64         body_id,
                                     int            year,
                                     const char    *status,
                                     const char    *output_path,
                                     GError       **error);

/*
 * The rows of @query, a query on "item_list" (its conditions, search and
 * order, as the item list on screen has them), as CSV in the same columns as
 * ber_export_items(). The query is only read, so a copy may be handed to a
 * thread.
 */
gboolean ber_export_items_query     (BerStore       *store,
                                     const BerQuery *query,
                                     const char     *output_path,
                                     GError        **error);

/*
 * Meetings as iCalendar (RFC 5545): the meeting @meeting_id, or with 0 every
 * meeting from today on. @output_path must end in .ics.
 */
gboolean ber_export_ics             (BerStore      *store,
                                     gint64         meeting_id,
                                     const char    *output_path,
                                     GError       **error);
char    *ber_agenda_ics_text        (BerStore      *store,
                                     gint64         meeting_id,
                                     GError       **error);

/*
 * The papers of a meeting as the interface asks for them: a job names the
 * paper and the meeting (or, for an extract, the agenda entry). It runs in a
 * worker thread on a connection of its own: ber_meeting_paper_export() is a
 * BerExportDataFunc (ber-export-ui.h) that writes the paper to a file, and
 * ber_meeting_paper_build() a BerContextWorkFunc that lays out the document
 * to print, taken afterwards with ber_meeting_paper_job_get_document().
 */
typedef enum
{
  BER_MEETING_PAPER_AGENDA,        /* the notice with the agenda */
  BER_MEETING_PAPER_MINUTES,
  BER_MEETING_PAPER_EXTRACT,       /* of one agenda entry's § */
  BER_MEETING_PAPER_PACK,
  BER_MEETING_PAPER_PUBLIC_PACK,   /* without confidential matters */
  BER_MEETING_PAPER_ICS,           /* the meeting in a calendar; not printable */
  BER_MEETING_PAPER_ARCHIVAL_MINUTES,  /* PDF/A-2b of the adjusted minutes */
  BER_MEETING_PAPER_ARCHIVAL_EXTRACT,  /* PDF/A-2b of one § of them */
} BerMeetingPaper;

typedef struct _BerMeetingPaperJob BerMeetingPaperJob;

BerMeetingPaperJob *ber_meeting_paper_job_new          (BerMeetingPaper     paper,
                                                        gint64              id);
void                ber_meeting_paper_job_free         (gpointer            job);
BerPrintDocument   *ber_meeting_paper_job_get_document (BerMeetingPaperJob *job);
gboolean            ber_meeting_paper_export           (BerStore           *store,
                                                        gpointer            job,
                                                        const char         *output_path,
                                                        GError            **error);
gboolean            ber_meeting_paper_build            (BerStore           *store,
                                                        gpointer            job,
                                                        GCancellable       *cancellable,
                                                        GError            **error);

/*
 * The item list as the interface shows it (a BerExportDataFunc whose data is
 * a BerListFilter of its own), and the board paper of an item laid out in a
 * worker thread for printing (a BerContextWorkFunc on a BerBoardPaperJob).
 */
gboolean ber_export_items_filtered  (BerStore      *store,
                                     gpointer       filter,
                                     const char    *output_path,
                                     GError       **error);

typedef struct _BerBoardPaperJob BerBoardPaperJob;

BerBoardPaperJob *ber_board_paper_job_new          (gint64            item_id);
void              ber_board_paper_job_free         (gpointer          job);
BerPrintDocument *ber_board_paper_job_get_document (BerBoardPaperJob *job);
gboolean          ber_board_paper_build            (BerStore         *store,
                                                    gpointer          job,
                                                    GCancellable     *cancellable,
                                                    GError          **error);

/* BerCliExportFunc for --export=agenda|minutes|board-paper|meeting-pack|items|ics. */
gboolean ber_export_agenda_cli        (const char *database, GVariantDict *options,
                                       const char *output, GError **error);
gboolean ber_export_minutes_extract_cli (const char *database, GVariantDict *options,
                                         const char *output, GError **error);
gboolean ber_export_minutes_cli       (const char *database, GVariantDict *options,
                                       const char *output, GError **error);
gboolean ber_export_board_paper_cli   (const char *database, GVariantDict *options,
                                       const char *output, GError **error);
gboolean ber_export_meeting_pack_cli  (const char *database, GVariantDict *options,
                                       const char *output, GError **error);
gboolean ber_export_items_cli         (const char *database, GVariantDict *options,
                                       const char *output, GError **error);
gboolean ber_export_ics_cli           (const char *database, GVariantDict *options,
                                       const char *output, GError **error);

G_END_DECLS
