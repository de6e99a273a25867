/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-context.h"
#include "ber-question-page.h"

G_BEGIN_DECLS

#define BER_TYPE_QUESTIONS_SECTION (ber_questions_section_get_type ())

G_DECLARE_FINAL_TYPE (BerQuestionsSection, ber_questions_section, BER, QUESTIONS_SECTION, AdwBin)

/*
 * The influence questions in priority order, beside the networks and the
 * persons: New Question, a row per question that opens its page, and
 * reordering by dragging a row onto another's place or by Alt+Up and
 * Alt+Down on the focused row, each written through BerQuestions.
 */

GtkWidget       *ber_questions_section_new          (void);
void             ber_questions_section_set_context  (BerQuestionsSection *self,
                                                     BerContext          *context);
gboolean         ber_questions_section_open         (BerQuestionsSection *self,
                                                     gint64               question_id);
void             ber_questions_section_new_question (BerQuestionsSection *self);
gboolean         ber_questions_section_move         (BerQuestionsSection *self,
                                                     gint64               question_id,
                                                     guint                priority);
GtkListBox      *ber_questions_section_get_list     (BerQuestionsSection *self);
BerQuestionPage *ber_questions_section_get_page     (BerQuestionsSection *self);

G_END_DECLS
