/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-item-decision"

#include "config.h"

#include "ber-item-decision.h"

G_DEFINE_BOXED_TYPE (BerItemDecision, ber_item_decision, ber_item_decision_ref,
                     ber_item_decision_unref)

/* Returns: (transfer full): an empty decision with empty lists, for the
 * items service to fill */
BerItemDecision *
ber_item_decision_new (void)
{
  BerItemDecision *self = g_atomic_rc_box_new0 (BerItemDecision);

  self->body_name = g_strdup ("");
  self->body_short_name = g_strdup ("");
  self->held_on = g_strdup ("");
  self->reference = g_strdup ("");
  self->decision = g_strdup ("");
  self->decision_label = g_strdup ("");
  self->note = g_strdup ("");
  self->clauses = G_LIST_MODEL (g_list_store_new (BER_TYPE_CLAUSE));
  self->statements = G_LIST_MODEL (g_list_store_new (BER_TYPE_STATEMENT));
  self->assignments = G_LIST_MODEL (g_list_store_new (BER_TYPE_FOLLOWUP));
  return self;
}

BerItemDecision *
ber_item_decision_ref (BerItemDecision *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

static void
ber_item_decision_clear (BerItemDecision *self)
{
  g_free (self->body_name);
  g_free (self->body_short_name);
  g_free (self->held_on);
  g_free (self->reference);
  g_free (self->decision);
  g_free (self->decision_label);
  g_free (self->note);
  g_clear_object (&self->clauses);
  g_clear_object (&self->statements);
  g_clear_object (&self->assignments);
}

void
ber_item_decision_unref (BerItemDecision *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) ber_item_decision_clear);
}
