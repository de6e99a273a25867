/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-fee.h"
#include "ber-influence-question.h"
#include "ber-list-filter.h"
#include "ber-membership.h"
#include "ber-network.h"
#include "ber-network-body.h"
#include "ber-network-review.h"
#include "ber-service.h"

G_BEGIN_DECLS

#define BER_TYPE_NETWORKS (ber_networks_get_type ())

G_DECLARE_FINAL_TYPE (BerNetworks, ber_networks, BER, NETWORKS, BerService)

/*
 * The networks register: the networks and their rules, and what belongs to
 * a network — its membership history, representatives, bodies and seats,
 * fees, yearly reviews and the influence questions it serves. Every
 * function that writes is one transaction: all or nothing.
 */

/* Orders of ber_networks_list() (ber_list_filter_set_order()); by name when unset. */
#define BER_NETWORKS_ORDER_NAME            "name"
#define BER_NETWORKS_ORDER_ACRONYM         "acronym"
#define BER_NETWORKS_ORDER_KIND            "kind"
#define BER_NETWORKS_ORDER_STATUS          "status"
#define BER_NETWORKS_ORDER_BODY            "body"
#define BER_NETWORKS_ORDER_ACTIVITY        "activity"
#define BER_NETWORKS_ORDER_REPRESENTATIVES "representatives"
#define BER_NETWORKS_ORDER_FEE             "fee"
#define BER_NETWORKS_ORDER_REVIEW          "review"

/* Criteria of ber_networks_list(). */
#define BER_NETWORKS_CRITERION_STATUS     "status"      /* text: current membership status */
#define BER_NETWORKS_CRITERION_KIND       "kind"        /* text: kind of network */
#define BER_NETWORKS_CRITERION_ACTIVITY   "activity"    /* text: current activity */
#define BER_NETWORKS_CRITERION_BODY       "body"        /* id: responsible body */
#define BER_NETWORKS_CRITERION_REVIEW_DUE "review-due"  /* flag: yearly review due by today */

BerNetworks *ber_networks_new                  (BerStore              *store);

/* Networks */
GListModel  *ber_networks_list                 (BerNetworks           *self,
                                                BerListFilter         *filter);
gboolean     ber_networks_count_due_reviews    (BerNetworks           *self,
                                                guint                 *n_due,
                                                GError               **error);
gboolean     ber_networks_is_review_due        (BerNetworks           *self,
                                                BerNetwork            *network);
gboolean     ber_networks_check                (BerNetworks           *self,
                                                BerNetwork            *network,
                                                const char           **property,
                                                GError               **error);
gboolean     ber_networks_save                 (BerNetworks           *self,
                                                BerNetwork            *network,
                                                GError               **error);
gboolean     ber_networks_delete               (BerNetworks           *self,
                                                BerNetwork            *network,
                                                GError               **error);

/* Membership history */
GListModel    *ber_networks_list_memberships   (BerNetworks           *self,
                                                gint64                 network_id);
BerMembership *ber_networks_new_membership     (BerNetworks           *self,
                                                gint64                 network_id);
gboolean       ber_networks_change_membership  (BerNetworks           *self,
                                                BerMembership         *membership,
                                                GError               **error);

/* Representatives: assignments in the network */
GListModel  *ber_networks_list_representatives (BerNetworks           *self,
                                                gint64                 network_id,
                                                GError               **error);

/* The network's own bodies and the region's seats */
GListModel     *ber_networks_list_bodies       (BerNetworks           *self,
                                                gint64                 network_id);
BerNetworkBody *ber_networks_new_body          (BerNetworks           *self,
                                                gint64                 network_id);
gboolean        ber_networks_save_body         (BerNetworks           *self,
                                                BerNetworkBody        *body,
                                                GError               **error);

/* Fees */
GListModel  *ber_networks_list_fees            (BerNetworks           *self,
                                                gint64                 network_id);
BerFee      *ber_networks_new_fee              (BerNetworks           *self,
                                                gint64                 network_id);
gboolean     ber_networks_save_fee             (BerNetworks           *self,
                                                BerFee                *fee,
                                                GError               **error);

/* Yearly reviews */
GListModel       *ber_networks_list_reviews    (BerNetworks           *self,
                                                gint64                 network_id);
BerNetworkReview *ber_networks_new_review      (BerNetworks           *self,
                                                BerNetwork            *network);
gboolean          ber_networks_add_review      (BerNetworks           *self,
                                                BerNetworkReview      *review,
                                                BerNetwork            *network,
                                                GError               **error);

/* Influence questions */
GListModel           *ber_networks_list_questions        (BerNetworks           *self);
GArray               *ber_networks_list_linked_questions (BerNetworks           *self,
                                                          gint64                 network_id,
                                                          GError               **error);
BerInfluenceQuestion *ber_networks_new_question          (BerNetworks           *self);
gboolean              ber_networks_add_question          (BerNetworks           *self,
                                                          gint64                 network_id,
                                                          BerInfluenceQuestion  *question,
                                                          GError               **error);
gboolean              ber_networks_link_question         (BerNetworks           *self,
                                                          gint64                 network_id,
                                                          gint64                 question_id,
                                                          gboolean               linked,
                                                          GError               **error);

G_END_DECLS
