/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-context.h"

G_BEGIN_DECLS

#define BER_TYPE_QUESTION_LINKS (ber_question_links_get_type ())

G_DECLARE_FINAL_TYPE (BerQuestionLinks, ber_question_links, BER, QUESTION_LINKS, AdwBin)

/*
 * The influence questions linked to one network, item, forum meeting or
 * report, as a group of a record's page: Link Question… chooses a question
 * and links it in one step, each row opens its question and can be
 * unlinked, and a report's row holds the position taken on the question.
 * Links are written at once, not with the page's Save.
 */

GtkWidget *ber_question_links_new        (BerQuestionLinkKind  kind);
void       ber_question_links_set_context (BerQuestionLinks    *self,
                                           BerContext          *context);
void       ber_question_links_set_record (BerQuestionLinks    *self,
                                          gint64               record_id);
void       ber_question_links_link       (BerQuestionLinks    *self,
                                          gint64               question_id);

GtkWidget *ber_question_links_get_chooser (BerQuestionLinks *self);

/* A button that chooses a record to link, in one step. */
typedef void (*BerLinkChosenFunc) (gint64   id,
                                   gpointer data);

GtkWidget *ber_link_chooser_new          (BerChoiceList        list,
                                          const char          *label,
                                          const char          *tooltip,
                                          BerLinkChosenFunc    chosen,
                                          gpointer             data);
void       ber_link_chooser_set_context  (GtkWidget           *button,
                                          BerContext          *context);
void       ber_link_chooser_popup        (GtkWidget           *button);
void       ber_link_chooser_choose       (GtkWidget           *button,
                                          guint                position);

G_END_DECLS
