/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-body.h"
#include "ber-clause.h"
#include "ber-document.h"
#include "ber-item.h"
#include "ber-item-decision.h"
#include "ber-item-state.h"
#include "ber-item-link.h"
#include "ber-item-transition.h"
#include "ber-list-filter.h"
#include "ber-meeting.h"
#include "ber-query.h"
#include "ber-service.h"
#include "ber-subject-area.h"

G_BEGIN_DECLS

#define BER_TYPE_ITEMS (ber_items_get_type ())

G_DECLARE_FINAL_TYPE (BerItems, ber_items, BER, ITEMS, BerService)

/*
 * Incoming items: registration, assessment, routing and their workflow.
 */

/* The criteria of ber_items_list() a view sets on its BerListFilter. */
#define BER_ITEMS_STATUS      "status"       /* text: items in that status */
#define BER_ITEMS_TYPE        "type"         /* text: items of that type */
#define BER_ITEMS_ROUTED_BODY "routed-body"  /* id: items routed to that body */
#define BER_ITEMS_DUE_WITHIN  "due-within"   /* text: a number of days; open items whose
                                              * reply is due within that many days */
#define BER_ITEMS_OVERDUE     "overdue"      /* flag: open items whose reply date has passed */

/* The orders of ber_items_list(); without one, the newest received first. */
#define BER_ITEMS_ORDER_DIARY_NUMBER "diary-number"
#define BER_ITEMS_ORDER_TITLE        "title"
#define BER_ITEMS_ORDER_TYPE         "type"
#define BER_ITEMS_ORDER_RECEIVED     "received"
#define BER_ITEMS_ORDER_REPLY_BY     "reply-by"
#define BER_ITEMS_ORDER_SUBJECT_AREA "subject-area"
#define BER_ITEMS_ORDER_BODY         "body"
#define BER_ITEMS_ORDER_STATUS       "status"
#define BER_ITEMS_ORDER_CASE_OFFICER "case-officer"

/* In ber_items_fixed_fields(): the proposal's att-clauses. */
#define BER_ITEMS_FIELD_PROPOSAL "proposal"

BerItems      *ber_items_new                (BerStore       *store);

/* The register of items */
GListModel    *ber_items_list               (BerItems       *self,
                                             BerListFilter  *filter);
BerQuery      *ber_items_query_for          (BerListFilter  *filter,
                                             const char     *today);
BerListFilter *ber_items_copy_filter        (BerListFilter  *filter);
gboolean       ber_items_count_due          (BerItems       *self,
                                             int             within_days,
                                             guint          *n_due,
                                             GError        **error);
int            ber_items_days_until_reply   (BerItems       *self,
                                             BerItem        *item);

/* One item */
BerItem       *ber_items_new_item           (BerItems       *self);
BerItem       *ber_items_load               (BerItems       *self,
                                             gint64          item_id,
                                             GError        **error);
gboolean       ber_items_reload             (BerItems       *self,
                                             BerItem        *item,
                                             GError        **error);
gboolean       ber_items_validate           (BerItems       *self,
                                             BerItem        *item,
                                             const char    **property,
                                             GError        **error);
gboolean       ber_items_save               (BerItems       *self,
                                             BerItem        *item,
                                             GListModel     *clauses,
                                             GListModel     *documents,
                                             GListModel     *removed,
                                             GListModel     *links,
                                             GError        **error);

/* What the item's page lists */
GListModel    *ber_items_list_clauses       (BerItems       *self,
                                             gint64          item_id,
                                             GError        **error);
GListModel    *ber_items_list_documents     (BerItems       *self,
                                             gint64          item_id,
                                             GError        **error);
GListModel    *ber_items_list_history       (BerItems       *self,
                                             gint64          item_id,
                                             GError        **error);
GListModel    *ber_items_list_links         (BerItems       *self,
                                             gint64          item_id,
                                             BerItemLinkKind kind,
                                             GError        **error);
gboolean       ber_items_check_clause       (BerItems       *self,
                                             BerClause      *clause,
                                             GError        **error);
gboolean       ber_items_check_document     (BerItems       *self,
                                             BerDocument    *document,
                                             GError        **error);
gboolean       ber_items_add_subject_area   (BerItems       *self,
                                             BerSubjectArea *area,
                                             GError        **error);

/* The workflow */
const char * const *ber_items_next_statuses (BerItems       *self,
                                             const char     *status);
gboolean       ber_items_needs_reason       (BerItems       *self,
                                             const char     *to_status);
gboolean       ber_items_is_open            (BerItems       *self,
                                             const char     *status);
gboolean       ber_items_move               (BerItems       *self,
                                             gint64          item_id,
                                             const char     *to_status,
                                             const char     *reason,
                                             GError        **error);

/* Where an item stands, and its decision */
BerItemState  *ber_items_get_state          (BerItems       *self,
                                             BerItem        *item,
                                             gint64          body_id,
                                             const char     *reply_by,
                                             GError        **error);
BerItemDecision *ber_items_get_decision     (BerItems       *self,
                                             BerItem        *item,
                                             GError        **error);
const char * const *ber_items_fixed_fields  (BerItems       *self,
                                             BerItemDecision *decision);

/* Routing help */
BerBody       *ber_items_suggest_body       (BerItems       *self,
                                             const char     *item_type,
                                             gint64          subject_area_id,
                                             char          **reason,
                                             GError        **error);
BerMeeting    *ber_items_latest_meeting     (BerItems       *self,
                                             gint64          body_id,
                                             const char     *reply_by,
                                             GError        **error);
char          *ber_items_no_meeting_text    (BerItems       *self,
                                             gint64          body_id,
                                             const char     *reply_by);

G_END_DECLS
