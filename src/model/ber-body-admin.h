/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-store.h"

G_BEGIN_DECLS

/*
 * Keeping the bodies' own data: the standing points of each body's agenda
 * (in the order a new meeting gets them), the routing rules that suggest a
 * body for an item, and the list of subject areas. Every function that
 * writes is one transaction: all or nothing.
 */

/* Names */
gboolean   ber_body_admin_check_name       (BerStore      *store,
                                            gint64         body_id,
                                            const char    *name,
                                            GError       **error);

/* Standing points (agenda template) */
GPtrArray *ber_body_admin_list_points      (BerStore      *store,
                                            gint64         body_id,
                                            GError       **error);
gint64     ber_body_admin_save_point       (BerStore      *store,
                                            gint64         body_id,
                                            gint64         point_id,
                                            const char    *title,
                                            const char    *placement,
                                            GError       **error);
gboolean   ber_body_admin_delete_point     (BerStore      *store,
                                            gint64         point_id,
                                            GError       **error);
gboolean   ber_body_admin_can_move_point   (GPtrArray     *points,
                                            guint          index,
                                            int            delta);
gboolean   ber_body_admin_move_point       (BerStore      *store,
                                            gint64         point_id,
                                            int            delta,
                                            GError       **error);
gboolean   ber_body_admin_reorder_points   (BerStore      *store,
                                            gint64         body_id,
                                            const gint64  *point_ids,
                                            guint          n_points,
                                            GError       **error);
gboolean   ber_body_admin_add_usual_points (BerStore      *store,
                                            gint64         body_id,
                                            GError       **error);

/* Routing rules */
gint64     ber_body_admin_save_rule        (BerStore      *store,
                                            gint64         rule_id,
                                            gint64         body_id,
                                            const char    *item_type,
                                            gint64         subject_area_id,
                                            const char    *reason,
                                            GError       **error);

/* Subject areas */
gint64     ber_body_admin_save_area        (BerStore      *store,
                                            gint64         area_id,
                                            const char    *name,
                                            GError       **error);
gboolean   ber_body_admin_count_area_uses  (BerStore      *store,
                                            gint64         area_id,
                                            guint         *n_items,
                                            guint         *n_rules,
                                            GError       **error);
gboolean   ber_body_admin_delete_area      (BerStore      *store,
                                            gint64         area_id,
                                            GError       **error);

G_END_DECLS
