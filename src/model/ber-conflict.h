/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * What stood in the way of a save: the fields that were changed both here
 * and, since the record was opened, by somebody else, with both values, and
 * who made the other change and when (from the register's history; a
 * program that keeps no history leaves them unknown).
 */

typedef enum
{
  BER_CONFLICT_KEEP_MINE,
  BER_CONFLICT_TAKE_THEIRS,
} BerConflictChoice;

#define BER_TYPE_CONFLICT (ber_conflict_get_type ())

G_DECLARE_FINAL_TYPE (BerConflict, ber_conflict, BER, CONFLICT, GObject)

BerConflict *ber_conflict_new              (const char   *changed_by,
                                            const char   *changed_at);
void         ber_conflict_add_field        (BerConflict  *self,
                                            const char   *property,
                                            const char   *mine,
                                            const char   *theirs);
guint        ber_conflict_get_n_fields     (BerConflict  *self);
const char  *ber_conflict_get_property     (BerConflict  *self,
                                            guint         index);
const char  *ber_conflict_get_mine         (BerConflict  *self,
                                            guint         index);
const char  *ber_conflict_get_theirs       (BerConflict  *self,
                                            guint         index);
gboolean     ber_conflict_has_property     (BerConflict  *self,
                                            const char   *property);
const char  *ber_conflict_get_changed_by   (BerConflict  *self);
const char  *ber_conflict_get_changed_at   (BerConflict  *self);

G_END_DECLS
