/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-document"

#include "config.h"

#include "ber-document.h"

/* A supporting document of an item or an attachment of a report. */
struct _BerDocument
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerDocument, ber_document, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_ITEM_ID,
  PROP_REPORT_ID,
  PROP_POSITION,
  PROP_TITLE,
  PROP_FILE_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_document_class_init (BerDocumentClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "document";

  properties[PROP_ITEM_ID] = g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_REPORT_ID] =
    g_param_spec_int64 ("report-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", FLAGS);
  properties[PROP_FILE_PATH] = g_param_spec_string ("file-path", NULL, NULL, "", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_document_init (BerDocument *self)
{
}

BerDocument *
ber_document_new (void)
{
  return g_object_new (BER_TYPE_DOCUMENT, NULL);
}

const char *
ber_document_get_title (BerDocument *self)
{
  g_return_val_if_fail (BER_IS_DOCUMENT (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "title");
}

const char *
ber_document_get_file_path (BerDocument *self)
{
  g_return_val_if_fail (BER_IS_DOCUMENT (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "file-path");
}
