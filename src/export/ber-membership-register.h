/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-row.h"
#include "ber-store.h"

G_BEGIN_DECLS

/*
 * The network register read once for the membership outputs: the networks in
 * Swedish order with, for each, its current membership row, current
 * representatives, seats and fee of the year. The PDF and the CSV are two
 * views of the same entries, so they always agree.
 *
 * The current membership row is the latest that has begun by today (rows
 * are history, never overwritten). A membership whose row says "left", or
 * whose row has ended, belongs in the final section of left memberships.
 */

typedef struct
{
  GVariant  *network;
  GVariant  *membership;       /* current row of membership_list, or NULL */
  GVariant  *fee;              /* fee_list row of the year, or NULL */
  GPtrArray *representatives;  /* char * */
  GPtrArray *seats;            /* char * */
  gboolean   left;
} BerMembershipEntry;

typedef struct
{
  char      *heading;
  GPtrArray *entries;          /* BerMembershipEntry *, borrowed */
} BerMembershipSection;

typedef struct
{
  const char *today;
  int         year;
  GPtrArray  *bodies;          /* rows of body, in the order of the organisation */
  GPtrArray  *entries;         /* BerMembershipEntry * */
  GPtrArray  *sections;        /* BerMembershipSection *: current memberships by responsible body */
  GPtrArray  *left;            /* BerMembershipEntry *, borrowed */
} BerMembershipRegister;

/* A fee as the documents show it: SEK, or EUR with the SEK amount when there is a rate. */
typedef struct
{
  gint64      cents;
  const char *currency;
  double      rate;            /* 0 when none */
  gint64      sek_cents;
  gboolean    sek_known;
} BerFeeLine;

gboolean     ber_membership_register_load      (BerStore               *store,
                                                gint64                  body_id,
                                                int                     year,
                                                BerMembershipRegister  *reg,
                                                GError                **error);
void         ber_membership_register_clear     (BerMembershipRegister  *reg);
GVariant    *ber_membership_register_find_body (BerMembershipRegister  *reg,
                                                gint64                  id);
char        *ber_membership_network_title      (GVariant               *network);
char        *ber_membership_body_title         (GVariant               *body);

void         ber_fee_from_row                  (GVariant               *row,
                                                BerFeeLine                 *fee);
char        *ber_export_join                   (GPtrArray              *strings,
                                                const char             *separator);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BerMembershipRegister, ber_membership_register_clear)

G_END_DECLS
