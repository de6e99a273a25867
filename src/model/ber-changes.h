/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-change.h"
#include "ber-change-list.h"
#include "ber-service.h"

G_BEGIN_DECLS

#define BER_TYPE_CHANGES (ber_changes_get_type ())

G_DECLARE_FINAL_TYPE (BerChanges, ber_changes, BER, CHANGES, BerService)

/*
 * The register's change history as people read it (issue #14): each
 * record's changes field by field, and the register's recent changes by
 * who made them and when. Every write of the store is in the history
 * (who, when, what); this service reads it, it never writes.
 */

BerChanges    *ber_changes_new          (BerStore    *store);
BerChangeList *ber_changes_list_record  (BerChanges  *self,
                                         GType        type,
                                         gint64       id);
BerChangeList *ber_changes_list_recent  (BerChanges  *self);
GStrv          ber_changes_list_users   (BerChanges  *self,
                                         GError     **error);

G_END_DECLS
