/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-persons-privacy.h"

G_BEGIN_DECLS

/* Shared by ber-persons-privacy.c (gathering) and ber-persons-erasure.c. */

/* The parts of BerPersonalData, in the order of the extract. */
enum
{
  BER_PERSONAL_ASSIGNMENTS,
  BER_PERSONAL_CANDIDACIES,
  BER_PERSONAL_ATTENDANCE,
  BER_PERSONAL_MEETING_ROLES,
  BER_PERSONAL_PRESENTED,
  BER_PERSONAL_VOTES,
  BER_PERSONAL_STATEMENTS,
  BER_PERSONAL_MOTIONS,
  BER_PERSONAL_EVENTS,
  BER_PERSONAL_REPORTS,
  BER_PERSONAL_REPORT_DOCUMENTS,
  BER_PERSONAL_ITEMS,
  BER_PERSONAL_CLAUSES,
  BER_PERSONAL_HISTORY,
  BER_PERSONAL_N_SECTIONS
};

/* The meeting status whose minutes are adopted: a public record. */
#define BER_PERSONAL_MINUTES_APPROVED "minutes-approved"

typedef struct
{
  const char *table;
  const char *column;
} BerPersonalColumn;

/* Tables whose rows each belong to one person (person_id), NULL-ended. */
extern const char * const      _ber_personal_own_tables[];
/* Columns of other tables that name a person by id, and in words. */
extern const BerPersonalColumn _ber_personal_references[];
extern const guint             _ber_personal_n_references;
extern const BerPersonalColumn _ber_personal_mentions[];
extern const guint             _ber_personal_n_mentions;

BerPersonalData *_ber_persons_collect_personal_data (BerPersons  *self,
                                                     gint64       person_id,
                                                     gboolean     with_history,
                                                     GError     **error);

static inline gint64
ber_personal_row_int (GVariant   *row,
                      const char *key)
{
  gint64 value = 0;

  if (row != NULL && !g_variant_lookup (row, key, "x", &value))
    value = 0;
  return value;
}

static inline const char *
ber_personal_row_str (GVariant   *row,
                      const char *key)
{
  const char *value = NULL;

  if (row == NULL || !g_variant_lookup (row, key, "&s", &value))
    return "";
  return value;
}

G_END_DECLS
