/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The register stores kinds and statuses as fixed English keywords
 * ("very-active", "eu-consultation"); these are the words people read,
 * translated. Each list is in the order a chooser shows it.
 */
typedef struct
{
  const char *value;
  const char *label;   /* untranslated: pass through ber_choice_label() */
} BerChoice;

typedef enum
{
  BER_CHOICES_BODY_KIND,
  BER_CHOICES_ITEM_TYPE,
  BER_CHOICES_ITEM_STATUS,
  BER_CHOICES_MEETING_STATUS,
  BER_CHOICES_ATTENDANCE_ROLE,
  BER_CHOICES_NETWORK_KIND,
  BER_CHOICES_NETWORK_BODY_KIND,
  BER_CHOICES_MEMBERSHIP_STATUS,
  BER_CHOICES_ACTIVITY,
  BER_CHOICES_CURRENCY,
  BER_CHOICES_REVIEW_OUTCOME,
  BER_CHOICES_ASSIGNMENT_ROLE,
  BER_CHOICES_CANDIDACY,
  BER_CHOICES_REPORT_STATUS,
  BER_CHOICES_SCOPE,
  BER_CHOICES_DECISION,
  BER_CHOICES_PERSON_KIND,
  BER_CHOICES_STATEMENT_KIND,
  BER_CHOICES_VOTE,
  BER_N_CHOICES
} BerChoices;

const BerChoice *ber_choices_get       (BerChoices   which,
                                        guint       *n_choices);
const char      *ber_choice_label      (BerChoices   which,
                                        const char  *value);
int              ber_choice_index      (BerChoices   which,
                                        const char  *value);
const char      *ber_choice_value      (BerChoices   which,
                                        guint        index);
char           **ber_choice_labels     (BerChoices   which);
gboolean         ber_choices_lookup    (const char  *name,
                                        BerChoices  *which);

G_END_DECLS

G_BEGIN_DECLS

char       *ber_format_amount (double      amount);
char       *ber_format_period (const char *from,
                               const char *to);
const char *ber_field_label   (const char *property);

G_END_DECLS
