/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-subject-area"

#include "config.h"

#include "ber-subject-area.h"

/* A subject area that items are filed under. */
struct _BerSubjectArea
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerSubjectArea, ber_subject_area, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_subject_area_class_init (BerSubjectAreaClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "subject_area";

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_subject_area_init (BerSubjectArea *self)
{
}

BerSubjectArea *
ber_subject_area_new (void)
{
  return g_object_new (BER_TYPE_SUBJECT_AREA, NULL);
}

const char *
ber_subject_area_get_name (BerSubjectArea *self)
{
  g_return_val_if_fail (BER_IS_SUBJECT_AREA (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "name");
}
