/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

/* What ber-record.c and ber-record-save.c share. */

typedef struct
{
  gint64       id;
  gint64       version;
  char        *created;
  char        *updated;
  GHashTable  *values;   /* GParamSpec* → GValue* */
  GVariant    *base_row; /* the row as last read from the register */
  BerConflict *conflict;
} BerRecordPrivate;

BerRecordPrivate *_ber_record_get_private (BerRecord *self);
void              _ber_record_set_id      (BerRecord *self,
                                           gint64     id);

G_END_DECLS
