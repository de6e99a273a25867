/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-clause.h"
#include "ber-followup.h"
#include "ber-statement.h"

G_BEGIN_DECLS

#define BER_TYPE_ITEM_DECISION (ber_item_decision_get_type ())

/*
 * The decision on an item as the minutes hold it, read by the items
 * service (ber_items_get_decision()): the meeting and its paragraph, the
 * decided att-clauses, the reservations and statements under them, and
 * the assignments they give. Read-only; strings are never NULL.
 */
typedef struct
{
  gint64      meeting_id;         /* 0: marked decided without minutes in the register */
  gint64      entry_id;           /* the agenda entry the decision is recorded on, or 0 */
  char       *body_name;          /* "Regionstyrelsen" */
  char       *body_short_name;    /* "RS" */
  char       *held_on;            /* YYYY-MM-DD */
  int         paragraph;          /* § 61; 0 when not numbered */
  char       *reference;          /* "RS 2026-05-12 § 61", for messages */
  char       *decision;           /* a BER_CHOICES_DECISION value, or "" */
  char       *decision_label;     /* "As proposed", or "" */
  char       *note;               /* the decision's note, or "" */
  GListModel *clauses;            /* BerClause: the decided att-clauses, in order */
  GListModel *statements;         /* BerStatement: reservations and statements, in order */
  GListModel *assignments;        /* BerFollowup: the clauses that give someone an
                                   * assignment, with who, by when, and whether late */
} BerItemDecision;

GType            ber_item_decision_get_type (void) G_GNUC_CONST;
BerItemDecision *ber_item_decision_new      (void);
BerItemDecision *ber_item_decision_ref      (BerItemDecision *self);
void             ber_item_decision_unref    (BerItemDecision *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerItemDecision, ber_item_decision_unref)

G_END_DECLS
