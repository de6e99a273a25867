/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-query.h"
#include "ber-store.h"

G_BEGIN_DECLS

/*
 * The overview (issue #15): what the secretariat must do today, in groups
 * read from the register's indexes in a worker. Each group holds its most
 * urgent lines and how many there are in all; each line names the record
 * that opens it.
 */

typedef enum
{
  BER_OVERVIEW_MEETINGS,   /* meetings in the next two weeks, with their papers' deadline */
  BER_OVERVIEW_REPLIES,    /* open items whose reply is due within the warning days */
  BER_OVERVIEW_REPORTS,    /* expected reports late or due within the warning days */
  BER_OVERVIEW_REVIEWS,    /* memberships (networks) due for their review */
  BER_OVERVIEW_MANDATES,   /* assignments ending within BER_OVERVIEW_MANDATE_DAYS */
  BER_OVERVIEW_FOLLOWUPS,  /* decision clauses still to be carried out */
  BER_OVERVIEW_CHANGES,    /* records changed since the start of yesterday */
  BER_OVERVIEW_N_GROUPS
} BerOverviewGroup;

typedef enum
{
  BER_OVERVIEW_URGENCY_NONE,
  BER_OVERVIEW_URGENCY_SOON,
  BER_OVERVIEW_URGENCY_TODAY,
  BER_OVERVIEW_URGENCY_OVERDUE,
} BerOverviewUrgency;

#define BER_OVERVIEW_MEETING_DAYS 14
#define BER_OVERVIEW_MANDATE_DAYS 60
#define BER_OVERVIEW_MAX_LINES    8

/* One line of a group. */
#define BER_TYPE_OVERVIEW_LINE (ber_overview_line_get_type ())

G_DECLARE_FINAL_TYPE (BerOverviewLine, ber_overview_line, BER, OVERVIEW_LINE, GObject)

BerOverviewGroup    ber_overview_line_get_group       (BerOverviewLine *self);
GType               ber_overview_line_get_record_type (BerOverviewLine *self);
gint64              ber_overview_line_get_record_id   (BerOverviewLine *self);
const char         *ber_overview_line_get_title       (BerOverviewLine *self);
const char         *ber_overview_line_get_detail      (BerOverviewLine *self);
const char         *ber_overview_line_get_date        (BerOverviewLine *self);
BerOverviewUrgency  ber_overview_line_get_urgency     (BerOverviewLine *self);

/* What one load found: per group its lines and counts. */
#define BER_TYPE_OVERVIEW_DAY (ber_overview_day_get_type ())

G_DECLARE_FINAL_TYPE (BerOverviewDay, ber_overview_day, BER, OVERVIEW_DAY, GObject)

const char *ber_overview_day_get_today   (BerOverviewDay   *self);
GListModel *ber_overview_day_get_lines   (BerOverviewDay   *self,
                                          BerOverviewGroup  group);
guint       ber_overview_day_get_total   (BerOverviewDay   *self,
                                          BerOverviewGroup  group);
guint       ber_overview_day_get_overdue (BerOverviewDay   *self,
                                          BerOverviewGroup  group);

/* The service. */
#define BER_TYPE_OVERVIEW (ber_overview_get_type ())

G_DECLARE_FINAL_TYPE (BerOverview, ber_overview, BER, OVERVIEW, GObject)

BerOverview    *ber_overview_new         (BerStore             *store);
BerOverviewDay *ber_overview_read        (BerStore             *store,
                                          int                   warning_days,
                                          GCancellable         *cancellable,
                                          GError              **error);
gboolean        ber_overview_count       (BerStore             *store,
                                          BerOverviewGroup      group,
                                          int                   warning_days,
                                          guint                *total,
                                          guint                *overdue,
                                          GError              **error);
BerQuery       *ber_overview_query       (BerStore             *store,
                                          BerOverviewGroup      group,
                                          int                   warning_days,
                                          gboolean              shown,
                                          gboolean              overdue);
void            ber_overview_load_async  (BerOverview          *self,
                                          int                   warning_days,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
BerOverviewDay *ber_overview_load_finish (BerOverview          *self,
                                          GAsyncResult         *result,
                                          GError              **error);

G_END_DECLS
