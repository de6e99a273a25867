/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-influence-question.h"
#include "ber-service.h"

G_BEGIN_DECLS

#define BER_TYPE_QUESTIONS (ber_questions_get_type ())

G_DECLARE_FINAL_TYPE (BerQuestions, ber_questions, BER, QUESTIONS, BerService)

/*
 * The influence questions (påverkansfrågor): a list in priority order,
 * 1 first, kept dense by every write; and what each question is linked to —
 * the networks that serve it, the items and forum meetings that concern it,
 * and the returned reports that took a position on it. Every function that
 * writes is one transaction: all or nothing.
 */

/* What a question is linked to. */
typedef enum
{
  BER_QUESTION_LINK_NETWORK,  /* BerNetwork */
  BER_QUESTION_LINK_ITEM,     /* BerItem */
  BER_QUESTION_LINK_EVENT,    /* BerForumEvent */
  BER_QUESTION_LINK_REPORT,   /* BerReport, with the position taken */
} BerQuestionLinkKind;

#define BER_QUESTION_N_LINK_KINDS 4

BerQuestions         *ber_questions_new             (BerStore              *store);

GListModel           *ber_questions_list            (BerQuestions          *self);
guint                 ber_questions_count           (BerQuestions          *self,
                                                     GError               **error);
BerInfluenceQuestion *ber_questions_new_question    (BerQuestions          *self);
gboolean              ber_questions_check           (BerQuestions          *self,
                                                     BerInfluenceQuestion  *question,
                                                     const char           **property,
                                                     GError               **error);
gboolean              ber_questions_save            (BerQuestions          *self,
                                                     BerInfluenceQuestion  *question,
                                                     GError               **error);
gboolean              ber_questions_delete          (BerQuestions          *self,
                                                     BerInfluenceQuestion  *question,
                                                     GError               **error);
gboolean              ber_questions_move            (BerQuestions          *self,
                                                     gint64                 question_id,
                                                     guint                  priority,
                                                     GError               **error);

/* Links */
GType                 ber_questions_link_type       (BerQuestionLinkKind    kind);
gboolean              ber_questions_link            (BerQuestions          *self,
                                                     BerQuestionLinkKind    kind,
                                                     gint64                 record_id,
                                                     gint64                 question_id,
                                                     gboolean               linked,
                                                     GError               **error);
gboolean              ber_questions_set_position    (BerQuestions          *self,
                                                     gint64                 report_id,
                                                     gint64                 question_id,
                                                     const char            *position,
                                                     GError               **error);
char                 *ber_questions_get_position    (BerQuestions          *self,
                                                     gint64                 report_id,
                                                     gint64                 question_id,
                                                     GError               **error);
GArray               *ber_questions_list_linked_ids (BerQuestions          *self,
                                                     BerQuestionLinkKind    kind,
                                                     gint64                 record_id,
                                                     GError               **error);
GListModel           *ber_questions_list_for        (BerQuestions          *self,
                                                     BerQuestionLinkKind    kind,
                                                     gint64                 record_id,
                                                     GError               **error);
GListModel           *ber_questions_list_linked     (BerQuestions          *self,
                                                     gint64                 question_id,
                                                     BerQuestionLinkKind    kind,
                                                     GError               **error);

G_END_DECLS
