/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_STATEMENT (ber_statement_get_type ())

G_DECLARE_FINAL_TYPE (BerStatement, ber_statement, BER, STATEMENT, BerRecord)

BerStatement *ber_statement_new        (void);
const char   *ber_statement_get_kind   (BerStatement *self);
const char   *ber_statement_get_author (BerStatement *self);
const char   *ber_statement_get_text   (BerStatement *self);

G_END_DECLS
