/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-assignment"

#include "config.h"

#include "ber-assignment.h"

/* A person's international assignment, read from the assignment_list view. */
struct _BerAssignment
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerAssignment, ber_assignment, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_PERSON_ID,
  PROP_NETWORK_ID,
  PROP_NETWORK_BODY_ID,
  PROP_FORUM,
  PROP_ROLE,
  PROP_MANDATE,
  PROP_FROM_ON,
  PROP_TO_ON,
  PROP_APPOINTING_BODY_ID,
  PROP_DECISION_REFERENCE,
  PROP_CANDIDACY,
  /* From the view. */
  PROP_PERSON_NAME,
  PROP_NETWORK_NAME,
  PROP_NETWORK_ACRONYM,
  PROP_NETWORK_BODY_NAME,
  PROP_APPOINTING_BODY_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const depends[] = { "person", "network", "network_body", "body", NULL };

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_assignment_class_init (BerAssignmentClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "assignment";
  record_class->source = "assignment_list";
  record_class->depends = depends;

  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_NETWORK_ID] =
    g_param_spec_int64 ("network-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_NETWORK_BODY_ID] =
    g_param_spec_int64 ("network-body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_FORUM] = g_param_spec_string ("forum", NULL, NULL, "", FLAGS);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, "representative", FLAGS);
  properties[PROP_MANDATE] = g_param_spec_string ("mandate", NULL, NULL, "", FLAGS);
  properties[PROP_FROM_ON] = g_param_spec_string ("from-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_TO_ON] = g_param_spec_string ("to-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_APPOINTING_BODY_ID] =
    g_param_spec_int64 ("appointing-body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_DECISION_REFERENCE] =
    g_param_spec_string ("decision-reference", NULL, NULL, "", FLAGS);
  properties[PROP_CANDIDACY] = g_param_spec_string ("candidacy", NULL, NULL, NULL, FLAGS);
  properties[PROP_PERSON_NAME] = g_param_spec_string ("person-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_NETWORK_NAME] = g_param_spec_string ("network-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_NETWORK_ACRONYM] =
    g_param_spec_string ("network-acronym", NULL, NULL, NULL, FLAGS);
  properties[PROP_NETWORK_BODY_NAME] =
    g_param_spec_string ("network-body-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_APPOINTING_BODY_NAME] =
    g_param_spec_string ("appointing-body-name", NULL, NULL, NULL, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_assignment_init (BerAssignment *self)
{
}

BerAssignment *
ber_assignment_new (void)
{
  return g_object_new (BER_TYPE_ASSIGNMENT, NULL);
}

const char *
ber_assignment_get_role (BerAssignment *self)
{
  g_return_val_if_fail (BER_IS_ASSIGNMENT (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "role");
}

const char *
ber_assignment_get_person_name (BerAssignment *self)
{
  g_return_val_if_fail (BER_IS_ASSIGNMENT (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "person-name");
}
