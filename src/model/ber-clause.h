/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_CLAUSE (ber_clause_get_type ())

G_DECLARE_FINAL_TYPE (BerClause, ber_clause, BER, CLAUSE, BerRecord)

BerClause  *ber_clause_new        (void);
const char *ber_clause_get_text   (BerClause *self);
const char *ber_clause_get_due_on (BerClause *self);

G_END_DECLS
