/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-person"

#include "config.h"

#include "ber-person.h"

/* An elected representative or an official. */
struct _BerPerson
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerPerson, ber_person, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_PARTY,
  PROP_DEPARTMENT,
  PROP_TITLE,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_person_class_init (BerPersonClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "person";

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", FLAGS);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "elected", FLAGS);
  properties[PROP_PARTY] = g_param_spec_string ("party", NULL, NULL, "", FLAGS);
  properties[PROP_DEPARTMENT] = g_param_spec_string ("department", NULL, NULL, "", FLAGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", FLAGS);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, "", FLAGS);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, "", FLAGS);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_person_init (BerPerson *self)
{
}

BerPerson *
ber_person_new (void)
{
  return g_object_new (BER_TYPE_PERSON, NULL);
}

const char *
ber_person_get_name (BerPerson *self)
{
  g_return_val_if_fail (BER_IS_PERSON (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "name");
}

const char *
ber_person_get_email (BerPerson *self)
{
  g_return_val_if_fail (BER_IS_PERSON (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "email");
}
