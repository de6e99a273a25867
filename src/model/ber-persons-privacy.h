/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-persons.h"

G_BEGIN_DECLS

/*
 * Personal data (GDPR): what the register holds about one person, for the
 * extract a person may ask for (article 15), and its erasure (article 17)
 * within what the law on public records allows. The rules are in the
 * comment of ber_persons_erase_personal_data().
 */

/* Everything the register holds about one person, part by part. */
typedef struct _BerPersonalData BerPersonalData;

/* A column of a part as the printed extract shows it. */
typedef struct
{
  const char *columns;  /* a column, or "a|b": the first of them that is not empty */
  const char *label;    /* untranslated: pass through _() */
  const char *choices;  /* a coded value's list of labels (ber_choices_lookup()),
                         * "yes-no" for 1 or 0, or NULL */
} BerPersonalField;

typedef struct
{
  const char             *key;     /* its name in the JSON extract, "assignments" */
  const char             *title;   /* untranslated */
  const char             *about;   /* untranslated: what it is, and why it is held */
  const BerPersonalField *fields;  /* ended by a field whose columns are NULL */
} BerPersonalSection;

BerPersonalData          *ber_persons_collect_personal_data (BerPersons       *self,
                                                             gint64            person_id,
                                                             GError          **error);
void                      ber_personal_data_free            (BerPersonalData  *data);
GVariant                 *ber_personal_data_get_person      (BerPersonalData  *data);
const char               *ber_personal_data_get_date        (BerPersonalData  *data);
guint                     ber_personal_data_get_n_sections  (BerPersonalData  *data);
const BerPersonalSection *ber_personal_data_get_section     (BerPersonalData  *data,
                                                             guint             index);
GPtrArray                *ber_personal_data_get_rows        (BerPersonalData  *data,
                                                             guint             index);
GPtrArray                *ber_personal_data_find_rows       (BerPersonalData  *data,
                                                             const char       *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerPersonalData, ber_personal_data_free)

/* What an erasure removes, and what it keeps and why: for the question
 * asked before, and the account given after. */
typedef struct _BerErasurePlan BerErasurePlan;

BerErasurePlan *ber_persons_plan_erasure              (BerPersons           *self,
                                                       gint64                person_id,
                                                       GError              **error);
void            ber_erasure_plan_free                 (BerErasurePlan       *plan);
const char     *ber_erasure_plan_get_name             (BerErasurePlan       *plan);
const char     *ber_erasure_plan_get_pseudonym        (BerErasurePlan       *plan);
const char * const *ber_erasure_plan_get_removed      (BerErasurePlan       *plan);
guint           ber_erasure_plan_get_n_kept           (BerErasurePlan       *plan);
const char     *ber_erasure_plan_get_kept_title       (BerErasurePlan       *plan,
                                                       guint                 index);
const char     *ber_erasure_plan_get_kept_detail      (BerErasurePlan       *plan,
                                                       guint                 index);
const char     *ber_erasure_plan_get_kept_reason      (BerErasurePlan       *plan,
                                                       guint                 index);
const char     *ber_erasure_plan_get_wipe_problem     (BerErasurePlan       *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerErasurePlan, ber_erasure_plan_free)

gboolean        ber_persons_erase_personal_data        (BerPersons           *self,
                                                        gint64                person_id,
                                                        BerErasurePlan      **done,
                                                        GError              **error);
void            ber_persons_erase_personal_data_async  (BerPersons           *self,
                                                        gint64                person_id,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
BerErasurePlan *ber_persons_erase_personal_data_finish (BerPersons           *self,
                                                        GAsyncResult         *result,
                                                        GError              **error);

G_END_DECLS
