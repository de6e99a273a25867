/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"

G_BEGIN_DECLS

#define BER_TYPE_RECORD_ROW (ber_record_row_get_type ())

G_DECLARE_FINAL_TYPE (BerRecordRow, ber_record_row, BER, RECORD_ROW, AdwActionRow)

/*
 * The one way to choose a record: a row that shows the record chosen and,
 * activated, a search over the list to choose from ("choices": "bodies",
 * "all-bodies", "persons", "elected", "officials", "networks",
 * "subject-areas", "influence-questions"). The list is lazy and searched
 * in the register, however long it is. "key" names the record's id
 * property; "none-label", when set, is offered for choosing none.
 */

GtkWidget *ber_record_row_new         (const char   *title,
                                       const char   *key,
                                       const char   *choices);
gint64     ber_record_row_get_id      (BerRecordRow *self);
void       ber_record_row_set_id      (BerRecordRow *self,
                                       gint64        id);
void       ber_record_row_set_context (BerRecordRow *self,
                                       BerContext   *context);

G_END_DECLS
