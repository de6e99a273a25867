/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record-page.h"

G_BEGIN_DECLS

#define BER_TYPE_QUESTION_PAGE (ber_question_page_get_type ())

G_DECLARE_FINAL_TYPE (BerQuestionPage, ber_question_page, BER, QUESTION_PAGE, BerRecordPage)

BerQuestionPage *ber_question_page_new          (void);
void             ber_question_page_set_question (BerQuestionPage      *self,
                                                 BerInfluenceQuestion *question);
GtkListBox      *ber_question_page_get_list     (BerQuestionPage      *self,
                                                 BerQuestionLinkKind   kind);

G_END_DECLS
