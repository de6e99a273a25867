/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ber-store.h"

G_BEGIN_DECLS

/*
 * The figures of the yearly report on international work (seeds 000, 003,
 * 004): for one calendar year and one body, or all bodies, what came in,
 * what was decided, the memberships and their fees, the representatives,
 * the forum events, the returned reports and the influence questions.
 *
 * For one body the report covers the items routed to it, its meetings, the
 * reports returned to it, the networks it is responsible for (their
 * memberships, reviews, fees and events), the assignments it made or that
 * belong to its networks, and the influence questions in its plan.
 */

#define BER_YEARLY_N_ITEM_TYPES 7
#define BER_YEARLY_N_MONTHS     12

typedef struct
{
  gint64  body_id;     /* 0: none */
  char   *name;        /* of the body; "" for none */
  guint   items;
  guint   closed;
  guint   meetings;
  guint   decisions;
  guint   adopted;     /* as proposed or amended */
  guint   tabled;
  guint   declined;
  guint   noted;
  guint   reports_on_time;
  guint   reports_late;
  guint   reports_outstanding;
} BerYearlyBody;

typedef struct
{
  char   *network;     /* name (acronym) */
  char   *status;      /* membership status keyword */
  char   *activity;    /* activity keyword, or NULL */
  char   *from_on;     /* or NULL */
  char   *decision_reference;
} BerYearlyMembership;

typedef enum
{
  BER_YEARLY_CHANGE_JOINED,         /* a first membership row, or member again */
  BER_YEARLY_CHANGE_STATUS,         /* a new row with another status */
  BER_YEARLY_CHANGE_ENDED,          /* a row that ended (to_on) in the year */
  BER_YEARLY_CHANGE_REVIEW,         /* a review of the network */
} BerYearlyChangeKind;

typedef struct
{
  char               *day;
  char               *network;
  BerYearlyChangeKind kind;
  char               *status;       /* new status (JOINED, STATUS), old (ENDED), outcome (REVIEW) */
  char               *previous;     /* STATUS: the status before; else NULL */
  char               *note;
} BerYearlyChange;

typedef struct
{
  char     *network;
  gint64    cents;
  char     *currency;
  double    rate;        /* 0: none */
  gint64    sek_cents;
  gboolean  sek_known;   /* FALSE for EUR without a rate */
  char     *notes;
} BerYearlyFee;

typedef struct
{
  char *person;
  char *role;            /* keyword */
  char *forum;           /* network (acronym) and its body, or the forum */
  char *from_on;         /* or NULL */
  char *to_on;           /* or NULL */
  char *candidacy;       /* keyword, or NULL */
} BerYearlyAssignment;

typedef struct
{
  char  *day;
  char  *ends_on;        /* or NULL */
  char  *title;
  char  *network;        /* or "" */
  char  *place;
  guint  attendees;
  char  *attendee_names;
  guint  reports;
} BerYearlyEvent;

typedef enum
{
  BER_YEARLY_ACTIVITY_EVENT,
  BER_YEARLY_ACTIVITY_REPORT,
  BER_YEARLY_ACTIVITY_ITEM,
} BerYearlyActivityKind;

typedef struct
{
  BerYearlyActivityKind kind;
  char                 *day;
  char                 *title;   /* "" for a confidential item */
  char                 *detail;  /* a report's position, an item's status keyword */
} BerYearlyActivity;

typedef struct
{
  guint      priority;
  char      *title;
  char      *scope;      /* keyword */
  char      *plan;
  char      *action_plan;
  char      *networks;   /* the networks it names, "AER, CPMR"; "" for none */
  guint      events;
  guint      reports;
  guint      items;
  GPtrArray *activities; /* BerYearlyActivity *, by day */
} BerYearlyQuestion;

typedef struct
{
  int         year;
  gint64      body_id;            /* 0: all bodies */
  char       *body_name;          /* NULL for all */
  char       *body_short_name;
  char       *first_day;          /* YYYY-01-01 */
  char       *last_day;           /* YYYY-12-31 */
  char       *today;

  guint       items;
  guint       items_closed;
  guint       items_by_type[BER_YEARLY_N_ITEM_TYPES]; /* in ber_choices order */
  guint       items_by_month[BER_YEARLY_N_MONTHS];
  guint       meetings;
  guint       decisions;
  guint       adopted;
  guint       tabled;
  guint       declined;
  guint       noted;
  GPtrArray  *bodies;             /* BerYearlyBody *, in the organisation's order, "none" last */

  GPtrArray  *members;            /* BerYearlyMembership *: member or indirect at year end */
  GPtrArray  *other_statuses;     /* BerYearlyMembership *: interested, candidate at year end */
  GPtrArray  *changes;            /* BerYearlyChange *, by day */

  GPtrArray  *fees;               /* BerYearlyFee *, by network */
  gint64      fees_sek_cents;     /* the total of the fees with a known SEK amount */
  guint       fees_without_rate;

  GPtrArray  *assignments;        /* BerYearlyAssignment *, by person */
  guint       representatives;    /* distinct persons */

  GPtrArray  *events;             /* BerYearlyEvent *, by day */
  guint       attendances;

  guint       reports_on_time;
  guint       reports_late;
  guint       reports_outstanding;
  guint       reports_on_time_by_month[BER_YEARLY_N_MONTHS];
  guint       reports_late_by_month[BER_YEARLY_N_MONTHS];
  guint       reports_outstanding_by_month[BER_YEARLY_N_MONTHS];

  GPtrArray  *questions;          /* BerYearlyQuestion *, by priority */
} BerYearlyReport;

BerYearlyReport *ber_yearly_report_load  (BerStore        *store,
                                          int              year,
                                          gint64           body_id,
                                          GError         **error);
void             ber_yearly_report_free  (BerYearlyReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerYearlyReport, ber_yearly_report_free)

G_END_DECLS
