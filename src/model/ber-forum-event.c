/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-forum-event"

#include "config.h"

#include "ber-forum-event.h"

/* A conference or meeting of a network or another forum. */
struct _BerForumEvent
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerForumEvent, ber_forum_event, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_NETWORK_ID,
  PROP_NETWORK_BODY_ID,
  PROP_TITLE,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_PLACE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_forum_event_class_init (BerForumEventClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "forum_event";

  properties[PROP_NETWORK_ID] =
    g_param_spec_int64 ("network-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_NETWORK_BODY_ID] =
    g_param_spec_int64 ("network-body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", FLAGS);
  properties[PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, "", FLAGS);
  properties[PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, "", FLAGS);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_forum_event_init (BerForumEvent *self)
{
}

BerForumEvent *
ber_forum_event_new (void)
{
  return g_object_new (BER_TYPE_FORUM_EVENT, NULL);
}

const char *
ber_forum_event_get_title (BerForumEvent *self)
{
  g_return_val_if_fail (BER_IS_FORUM_EVENT (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "title");
}

const char *
ber_forum_event_get_starts_on (BerForumEvent *self)
{
  g_return_val_if_fail (BER_IS_FORUM_EVENT (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "starts-on");
}
