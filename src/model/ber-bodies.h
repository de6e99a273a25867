/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-agenda-template-point.h"
#include "ber-body.h"
#include "ber-list-filter.h"
#include "ber-organisation.h"
#include "ber-routing-rule.h"
#include "ber-service.h"
#include "ber-subject-area.h"

G_BEGIN_DECLS

#define BER_TYPE_BODIES (ber_bodies_get_type ())

G_DECLARE_FINAL_TYPE (BerBodies, ber_bodies, BER, BODIES, BerService)

/*
 * The decision bodies: their names, the standing points of each body's
 * agenda (in the order a new meeting gets them), the routing rules that
 * suggest a body for an item, and the list of subject areas. Every function
 * that writes is one transaction: all or nothing.
 */

/* Orders of ber_bodies_list() (ber_list_filter_set_order()); by name when unset. */
#define BER_BODIES_ORDER_NAME       "name"
#define BER_BODIES_ORDER_SHORT_NAME "short-name"
#define BER_BODIES_ORDER_KIND       "kind"
#define BER_BODIES_ORDER_DEADLINE   "deadline"
#define BER_BODIES_ORDER_DISSOLVED  "dissolved"

/* Criteria of ber_bodies_list() (ber_list_filter_set_flag()). */
#define BER_BODIES_CRITERION_CURRENT "current"   /* flag: leave out dissolved bodies */

/* The placements of a standing point. */
#define BER_BODIES_PLACEMENT_START "start"       /* before the items */
#define BER_BODIES_PLACEMENT_END   "end"         /* after them */

BerBodies  *ber_bodies_new               (BerStore               *store);
GPtrArray  *ber_bodies_select_in_order  (BerStore               *store,
                                          GError                **error);

/* Bodies */
GListModel *ber_bodies_list              (BerBodies              *self,
                                          BerListFilter          *filter);
gboolean    ber_bodies_check_name        (BerBodies              *self,
                                          gint64                  body_id,
                                          const char             *name,
                                          GError                **error);
gboolean    ber_bodies_save              (BerBodies              *self,
                                          BerBody                *body,
                                          GError                **error);
gboolean    ber_bodies_create            (BerBodies              *self,
                                          BerBody                *body,
                                          gboolean                usual_points,
                                          GError                **error);

/* Standing points (the agenda template) */
GListModel *ber_bodies_list_points       (BerBodies              *self,
                                          gint64                  body_id);
gboolean    ber_bodies_save_point        (BerBodies              *self,
                                          BerAgendaTemplatePoint *point,
                                          GError                **error);
gboolean    ber_bodies_delete_point      (BerBodies              *self,
                                          BerAgendaTemplatePoint *point,
                                          GError                **error);
gboolean    ber_bodies_can_move_point    (GListModel             *points,
                                          guint                   position,
                                          int                     delta);
gboolean    ber_bodies_move_point        (BerBodies              *self,
                                          BerAgendaTemplatePoint *point,
                                          int                     delta,
                                          GError                **error);
gboolean    ber_bodies_reorder_points    (BerBodies              *self,
                                          gint64                  body_id,
                                          const gint64           *point_ids,
                                          guint                   n_points,
                                          GError                **error);
gboolean    ber_bodies_add_usual_points  (BerBodies              *self,
                                          gint64                  body_id,
                                          GError                **error);

/* Routing rules */
GListModel *ber_bodies_list_rules        (BerBodies              *self,
                                          gint64                  body_id);
gboolean    ber_bodies_save_rule         (BerBodies              *self,
                                          BerRoutingRule         *rule,
                                          GError                **error);
gboolean    ber_bodies_delete_rule       (BerBodies              *self,
                                          BerRoutingRule         *rule,
                                          GError                **error);

/* Subject areas */
GListModel *ber_bodies_list_areas        (BerBodies              *self,
                                          BerListFilter          *filter);
/* The organisation that issues the papers (ber-bodies-organisation.c). */
BerOrganisation *ber_bodies_load_organisation (BerBodies         *self,
                                               GError           **error);
gboolean    ber_bodies_save_organisation (BerBodies              *self,
                                          BerOrganisation        *organisation,
                                          GError                **error);
gboolean    ber_bodies_save_area         (BerBodies              *self,
                                          BerSubjectArea         *area,
                                          GError                **error);
gboolean    ber_bodies_count_area_uses   (BerBodies              *self,
                                          gint64                  area_id,
                                          guint                  *n_items,
                                          guint                  *n_rules,
                                          GError                **error);
gboolean    ber_bodies_delete_area       (BerBodies              *self,
                                          BerSubjectArea         *area,
                                          GError                **error);

G_END_DECLS
