/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-item"

#include "config.h"

#include "ber-item.h"

/* A matter in the register (ärende), read from the item_list view. "relevant" is
 * -1 until the item is assessed (NULL), then 0 or 1. */
struct _BerItem
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerItem, ber_item, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_DIARY_NUMBER,
  PROP_DIARY_BODY_ID,
  PROP_DIARY_YEAR,
  PROP_TITLE,
  PROP_TYPE,
  PROP_DESCRIPTION,
  PROP_RECEIVED_ON,
  PROP_REPLY_BY,
  PROP_SUBJECT_AREA_ID,
  PROP_CASE_OFFICER_ID,
  PROP_STATUS,
  PROP_STATUS_REASON,
  PROP_RELEVANT,
  PROP_RECOMMENDED_BODY_ID,
  PROP_ASSESSMENT,
  PROP_ROUTED_BODY_ID,
  PROP_CONFIDENTIAL,
  PROP_SECRECY_GROUND,
  PROP_PAPER_DATE,
  /* From the view. */
  PROP_DIARY_BODY_NAME,
  PROP_ROUTED_BODY_NAME,
  PROP_RECOMMENDED_BODY_NAME,
  PROP_SUBJECT_AREA_NAME,
  PROP_CASE_OFFICER_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const depends[] = { "body", "subject_area", "person", NULL };

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)
#define NULLABLE (FLAGS | BER_PARAM_NULLABLE)

static void
ber_item_class_init (BerItemClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "item";
  record_class->source = "item_list";
  record_class->depends = depends;

  properties[PROP_DIARY_NUMBER] = g_param_spec_string ("diary-number", NULL, NULL, "", FLAGS);
  properties[PROP_DIARY_BODY_ID] =
    g_param_spec_int64 ("diary-body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_DIARY_YEAR] = g_param_spec_int ("diary-year", NULL, NULL, 0, 2999, 0, NULLABLE);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", FLAGS);
  properties[PROP_TYPE] = g_param_spec_string ("type", NULL, NULL, "other", FLAGS);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", FLAGS);
  properties[PROP_RECEIVED_ON] = g_param_spec_string ("received-on", NULL, NULL, "", FLAGS);
  properties[PROP_REPLY_BY] = g_param_spec_string ("reply-by", NULL, NULL, NULL, FLAGS);
  properties[PROP_SUBJECT_AREA_ID] =
    g_param_spec_int64 ("subject-area-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_CASE_OFFICER_ID] =
    g_param_spec_int64 ("case-officer-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, "received", FLAGS);
  properties[PROP_STATUS_REASON] = g_param_spec_string ("status-reason", NULL, NULL, "", FLAGS);
  properties[PROP_RELEVANT] = g_param_spec_int ("relevant", NULL, NULL, -1, 1, -1, NULLABLE);
  properties[PROP_RECOMMENDED_BODY_ID] =
    g_param_spec_int64 ("recommended-body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_ASSESSMENT] = g_param_spec_string ("assessment", NULL, NULL, "", FLAGS);
  properties[PROP_ROUTED_BODY_ID] =
    g_param_spec_int64 ("routed-body-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_CONFIDENTIAL] = g_param_spec_boolean ("confidential", NULL, NULL, FALSE, FLAGS);
  /* The provision of OSL that keeps a confidential matter secret. */
  properties[PROP_SECRECY_GROUND] = g_param_spec_string ("secrecy-ground", NULL, NULL, "", FLAGS);
  /* The date of the board paper (tjänsteskrivelse). */
  properties[PROP_PAPER_DATE] = g_param_spec_string ("paper-date", NULL, NULL, NULL, FLAGS);
  properties[PROP_DIARY_BODY_NAME] =
    g_param_spec_string ("diary-body-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_ROUTED_BODY_NAME] =
    g_param_spec_string ("routed-body-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_RECOMMENDED_BODY_NAME] =
    g_param_spec_string ("recommended-body-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_SUBJECT_AREA_NAME] =
    g_param_spec_string ("subject-area-name", NULL, NULL, NULL, FLAGS);
  properties[PROP_CASE_OFFICER_NAME] =
    g_param_spec_string ("case-officer-name", NULL, NULL, NULL, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_item_init (BerItem *self)
{
}

BerItem *
ber_item_new (void)
{
  return g_object_new (BER_TYPE_ITEM, NULL);
}

const char *
ber_item_get_title (BerItem *self)
{
  g_return_val_if_fail (BER_IS_ITEM (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "title");
}

const char *
ber_item_get_status (BerItem *self)
{
  g_return_val_if_fail (BER_IS_ITEM (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "status");
}

const char *
ber_item_get_diary_number (BerItem *self)
{
  g_return_val_if_fail (BER_IS_ITEM (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "diary-number");
}

const char *
ber_item_get_received_on (BerItem *self)
{
  g_return_val_if_fail (BER_IS_ITEM (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "received-on");
}

const char *
ber_item_get_reply_by (BerItem *self)
{
  g_return_val_if_fail (BER_IS_ITEM (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "reply-by");
}
