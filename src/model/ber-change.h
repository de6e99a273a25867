/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * One change of the register as people read it: when, who, what was done
 * to which record, and field by field what it was before and what it became.
 * Made by the change history's lists (BerChangeList) from the register's
 * history; values are text to show (names for ids, yes/no, dates).
 */

typedef enum
{
  BER_CHANGE_CREATED,
  BER_CHANGE_CHANGED,
  BER_CHANGE_REMOVED,
} BerChangeAction;

/* A field of a change. @old_value is %NULL when the history does not know
 * what it was (a record added, or one another program made); @new_value is
 * %NULL for a record removed. An empty string is an empty field. */
typedef struct
{
  char *label;
  char *old_value;
  char *new_value;
} BerChangeField;

#define BER_TYPE_CHANGE (ber_change_get_type ())

G_DECLARE_FINAL_TYPE (BerChange, ber_change, BER, CHANGE, GObject)

gboolean              ber_change_get_loaded       (BerChange *self);
gint64                ber_change_get_id           (BerChange *self);
const char           *ber_change_get_changed_at   (BerChange *self);
char                 *ber_change_format_time      (BerChange *self);
const char           *ber_change_get_changed_by   (BerChange *self);
BerChangeAction       ber_change_get_action       (BerChange *self);
const char           *ber_change_get_kind         (BerChange *self);
const char           *ber_change_get_label        (BerChange *self);
GType                 ber_change_get_record_type  (BerChange *self);
gint64                ber_change_get_record_id    (BerChange *self);
gboolean              ber_change_get_follows_unrecorded (BerChange *self);
guint                 ber_change_get_n_fields     (BerChange *self);
const BerChangeField *ber_change_get_field        (BerChange *self,
                                                   guint      index);
char                 *ber_change_describe         (BerChange *self);

G_END_DECLS
