/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-assignment.h"
#include "ber-list-filter.h"
#include "ber-person.h"
#include "ber-service.h"

G_BEGIN_DECLS

#define BER_TYPE_PERSONS (ber_persons_get_type ())

G_DECLARE_FINAL_TYPE (BerPersons, ber_persons, BER, PERSONS, BerService)

/*
 * The persons register: elected representatives and officials, their
 * assignments and candidacies. An assignment is ended, not deleted, so that
 * its history stays. Every function that writes is one transaction.
 */

/* Orders of ber_persons_list() (ber_list_filter_set_order()); by name when unset. */
#define BER_PERSONS_ORDER_NAME       "name"
#define BER_PERSONS_ORDER_KIND       "kind"
#define BER_PERSONS_ORDER_PARTY      "party"
#define BER_PERSONS_ORDER_DEPARTMENT "department"
#define BER_PERSONS_ORDER_EMAIL      "email"
#define BER_PERSONS_ORDER_PHONE      "phone"

/* Criteria of ber_persons_list(). */
#define BER_PERSONS_CRITERION_KIND         "kind"             /* text: "elected" or "official" */
#define BER_PERSONS_CRITERION_ENDING       "ending-mandates"  /* flag: a mandate ends soon */
#define BER_PERSONS_CRITERION_WARNING_DAYS "warning-days"     /* id: how soon "soon" is, in days;
                                                               * BER_PERSONS_WARNING_DAYS when unset */

#define BER_PERSONS_CRITERION_RETENTION       "retention-review" /* flag: due for retention review */
#define BER_PERSONS_CRITERION_RETENTION_YEARS "retention-years"  /* id: after how many years;
                                                                  * BER_PERSONS_RETENTION_YEARS
                                                                  * when unset */

#define BER_PERSONS_WARNING_DAYS 60
#define BER_PERSONS_RETENTION_YEARS 4

/* Which of a person's assignments ber_persons_list_assignments() lists. */
typedef enum
{
  BER_PERSONS_CURRENT,   /* running, or a candidacy still open */
  BER_PERSONS_PAST,      /* ended, or a candidacy lost or withdrawn */
} BerPersonsWhen;

BerPersons    *ber_persons_new                   (BerStore        *store);

/* Persons */
GListModel    *ber_persons_list                  (BerPersons      *self,
                                                  BerListFilter   *filter);
gboolean       ber_persons_count_ending_mandates (BerPersons      *self,
                                                  int              days,
                                                  guint           *n_ending,
                                                  GError         **error);
gboolean       ber_persons_count_due_for_retention (BerPersons    *self,
                                                    int            years,
                                                    guint         *n_due,
                                                    GError       **error);
gboolean       ber_persons_check                 (BerPersons      *self,
                                                  BerPerson       *person,
                                                  const char     **property,
                                                  GError         **error);
gboolean       ber_persons_save                  (BerPersons      *self,
                                                  BerPerson       *person,
                                                  GError         **error);
gboolean       ber_persons_delete                (BerPersons      *self,
                                                  BerPerson       *person,
                                                  GError         **error);
gboolean       ber_persons_count_assignments     (BerPersons      *self,
                                                  gint64           person_id,
                                                  guint           *n_assignments,
                                                  GError         **error);

/* Assignments */
GListModel    *ber_persons_list_assignments      (BerPersons      *self,
                                                  gint64           person_id,
                                                  BerPersonsWhen   when,
                                                  GError         **error);
gboolean       ber_persons_assignment_is_current (BerPersons      *self,
                                                  BerAssignment   *assignment);
BerAssignment *ber_persons_new_assignment        (BerPersons      *self,
                                                  gint64           person_id,
                                                  gint64           network_id);
gboolean       ber_persons_check_assignment      (BerPersons      *self,
                                                  BerAssignment   *assignment,
                                                  const char     **property,
                                                  GError         **error);
gboolean       ber_persons_save_assignment       (BerPersons      *self,
                                                  BerAssignment   *assignment,
                                                  GError         **error);
gboolean       ber_persons_end_assignment        (BerPersons      *self,
                                                  BerAssignment   *assignment,
                                                  GError         **error);

G_END_DECLS
