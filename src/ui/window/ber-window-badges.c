/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "ber-window-private.h"

/*
 * The badges of the view switcher: what needs attention in each view.
 */

static void
show_badges (BerWindow          *self,
             const BerAttention *attention)
{
  adw_view_stack_page_set_badge_number (self->agenda_page, attention->replies_due);
  adw_view_stack_page_set_needs_attention (self->agenda_page, attention->replies_due > 0);

  adw_view_stack_page_set_badge_number (self->networks_page, attention->reviews_due);
  adw_view_stack_page_set_needs_attention (self->networks_page, attention->reviews_due > 0);

  adw_view_stack_page_set_badge_number (self->reports_page, attention->reports_late);
  adw_view_stack_page_set_needs_attention (self->reports_page, attention->reports_late > 0);
}

static void
on_badges_counted (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(BerWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  BerAttention attention = { 0, 0, 0 };

  if (g_task_get_cancellable (G_TASK (result)) != self->counting_badges)
    return;
  g_clear_object (&self->counting_badges);
  if (!ber_context_count_attention_finish (BER_CONTEXT (object), result, &attention, &error))
    {
      g_debug ("Badges: %s", error->message);
      return;
    }
  show_badges (self, &attention);
}

/* The badges of the views: what is due, counted by the services (through
 * their indexes) in a worker, whether a view has been opened or not. A new
 * count stops the one before. */
void
_ber_window_update_badges (BerWindow *self)
{
  int days;

  if (self->counting_badges != NULL)
    g_cancellable_cancel (self->counting_badges);
  g_clear_object (&self->counting_badges);

  if (self->context == NULL)
    {
      BerAttention none = { 0, 0, 0 };

      show_badges (self, &none);
      return;
    }

  days = self->settings != NULL ? g_settings_get_int (self->settings, "reply-warning-days") : 14;
  self->counting_badges = g_cancellable_new ();
  ber_context_count_attention_async (self->context, days, self->counting_badges,
                                     on_badges_counted, g_object_ref (self));
}

/**
 * ber_window_get_counting_badges:
 *
 * Whether the badges are being counted.
 */
gboolean
ber_window_get_counting_badges (BerWindow *self)
{
  g_return_val_if_fail (BER_IS_WINDOW (self), FALSE);
  return self->counting_badges != NULL;
}
