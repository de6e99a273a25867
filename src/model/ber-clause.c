/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-clause"

#include "config.h"

#include "ber-clause.h"

/* An att-clause of an item's proposal or of a decision on an agenda entry. */
struct _BerClause
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerClause, ber_clause, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_ITEM_ID,
  PROP_AGENDA_ENTRY_ID,
  PROP_POSITION,
  PROP_TEXT,
  PROP_RESPONSIBLE_ID,
  PROP_DUE_ON,
  PROP_COMPLETED_ON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_clause_class_init (BerClauseClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "clause";

  properties[PROP_ITEM_ID] = g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_AGENDA_ENTRY_ID] =
    g_param_spec_int64 ("agenda-entry-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", FLAGS);
  properties[PROP_RESPONSIBLE_ID] =
    g_param_spec_int64 ("responsible-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_DUE_ON] = g_param_spec_string ("due-on", NULL, NULL, NULL, FLAGS);
  properties[PROP_COMPLETED_ON] = g_param_spec_string ("completed-on", NULL, NULL, NULL, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_clause_init (BerClause *self)
{
}

BerClause *
ber_clause_new (void)
{
  return g_object_new (BER_TYPE_CLAUSE, NULL);
}

const char *
ber_clause_get_text (BerClause *self)
{
  g_return_val_if_fail (BER_IS_CLAUSE (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "text");
}

const char *
ber_clause_get_due_on (BerClause *self)
{
  g_return_val_if_fail (BER_IS_CLAUSE (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "due-on");
}
