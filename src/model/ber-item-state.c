/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-item-state"

#include "config.h"

#include "ber-item-state.h"

G_DEFINE_BOXED_TYPE (BerItemState, ber_item_state, ber_item_state_ref, ber_item_state_unref)

/* Returns: (transfer full): an empty state, for the items service to fill */
BerItemState *
ber_item_state_new (void)
{
  BerItemState *self = g_atomic_rc_box_new0 (BerItemState);

  self->days_left = G_MAXINT;
  return self;
}

BerItemState *
ber_item_state_ref (BerItemState *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

static void
ber_item_state_clear (BerItemState *self)
{
  g_free (self->status);
  g_free (self->status_label);
  g_free (self->status_reason);
  g_free (self->reply_by);
  g_free (self->deadline_text);
  g_free (self->next_step);
  g_free (self->next_step_detail);
  g_free (self->meeting_body_name);
  g_free (self->meeting_held_on);
  g_free (self->meeting_label);
}

void
ber_item_state_unref (BerItemState *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, (GDestroyNotify) ber_item_state_clear);
}
