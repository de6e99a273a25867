/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_INFLUENCE_QUESTION (ber_influence_question_get_type ())

G_DECLARE_FINAL_TYPE (BerInfluenceQuestion, ber_influence_question, BER,
                      INFLUENCE_QUESTION, BerRecord)

BerInfluenceQuestion *ber_influence_question_new       (void);
const char           *ber_influence_question_get_title (BerInfluenceQuestion *self);
const char           *ber_influence_question_get_scope (BerInfluenceQuestion *self);
int                   ber_influence_question_get_priority (BerInfluenceQuestion *self);

G_END_DECLS
