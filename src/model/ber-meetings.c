/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-meetings"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-meetings.h"

struct _BerMeetings
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerMeetings, ber_meetings, BER_TYPE_SERVICE)

static void
ber_meetings_class_init (BerMeetingsClass *klass)
{
}

static void
ber_meetings_init (BerMeetings *self)
{
}

BerMeetings *
ber_meetings_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  return g_object_new (BER_TYPE_MEETINGS, "store", store, NULL);
}
