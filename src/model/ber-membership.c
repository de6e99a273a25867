/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-membership"

#include "config.h"

#include "ber-membership.h"

/* A period of the region's membership of a network; a new row per change. */
struct _BerMembership
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerMembership, ber_membership, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_NETWORK_ID,
  PROP_STATUS,
  PROP_VIA_NETWORK_ID,
  PROP_FROM_ON,
  PROP_TO_ON,
  PROP_DECIDING_BODY_ID,
  PROP_DECISION_REFERENCE,
  PROP_ACTIVITY,
  PROP_NOTICE_PERIOD,
  PROP_NOTES,
  /* From the view. */
  PROP_DECIDING_BODY_NAME,
  PROP_VIA_NETWORK_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static const char * const depends[] = { "body", "network", NULL };

static void
ber_membership_class_init (BerMembershipClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "membership";
  record_class->source = "membership_list";
  record_class->depends = depends;

  properties[PROP_NETWORK_ID] =
    g_param_spec_int64 ("network-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "", FLAGS);
  properties[PROP_VIA_NETWORK_ID] =
    g_param_spec_int64 ("via-network-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_FROM_ON] = g_param_spec_string ("from-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_TO_ON] = g_param_spec_string ("to-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_DECIDING_BODY_ID] =
    g_param_spec_int64 ("deciding-body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_DECISION_REFERENCE] =
    g_param_spec_string ("decision-reference", NULL, NULL, "", FLAGS);
  properties[PROP_ACTIVITY] = g_param_spec_string ("activity", NULL, NULL, "active", FLAGS);
  properties[PROP_NOTICE_PERIOD] = g_param_spec_string ("notice-period", NULL, NULL, "", FLAGS);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", FLAGS);

  properties[PROP_DECIDING_BODY_NAME] =
    g_param_spec_string ("deciding-body-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_VIA_NETWORK_NAME] =
    g_param_spec_string ("via-network-name", NULL, NULL, NULL, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_membership_init (BerMembership *self)
{
}

BerMembership *
ber_membership_new (void)
{
  return g_object_new (BER_TYPE_MEMBERSHIP, NULL);
}

const char *
ber_membership_get_status (BerMembership *self)
{
  g_return_val_if_fail (BER_IS_MEMBERSHIP (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "status");
}

const char *
ber_membership_get_from_on (BerMembership *self)
{
  g_return_val_if_fail (BER_IS_MEMBERSHIP (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "from-on");
}

/**
 * ber_membership_get_activity:
 *
 * Returns: (nullable): the activity level, or %NULL when the status has
 *   none (ber_membership_status_has_activity())
 */
const char *
ber_membership_get_activity (BerMembership *self)
{
  g_return_val_if_fail (BER_IS_MEMBERSHIP (self), NULL);

  if (!ber_membership_status_has_activity (ber_membership_get_status (self)))
    return NULL;
  return ber_record_get_string (BER_RECORD (self), "activity");
}

/**
 * ber_membership_status_has_activity:
 * @status: (nullable): a membership status
 *
 * An activity level says how the region takes part in a network: only a
 * member, direct or indirect, has one; a network the region follows, is a
 * candidate to or has left has none. The register's list views
 * (schema 8) leave the level out by the same rule.
 *
 * Returns: whether a membership of @status has an activity level
 */
gboolean
ber_membership_status_has_activity (const char *status)
{
  return g_strcmp0 (status, "member") == 0 || g_strcmp0 (status, "indirect") == 0;
}
