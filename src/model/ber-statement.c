/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-statement"

#include "config.h"

#include "ber-statement.h"

/*
 * A reservation, statement for the minutes (protokollsanteckning) or special
 * opinion (särskilt yttrande) recorded under the decision of an agenda entry.
 */
struct _BerStatement
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerStatement, ber_statement, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_AGENDA_ENTRY_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_AUTHOR,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_statement_class_init (BerStatementClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "statement";

  properties[PROP_AGENDA_ENTRY_ID] =
    g_param_spec_int64 ("agenda-entry-id", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, FLAGS);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, "reservation", FLAGS);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, "", FLAGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_statement_init (BerStatement *self)
{
}

BerStatement *
ber_statement_new (void)
{
  return g_object_new (BER_TYPE_STATEMENT, NULL);
}

const char *
ber_statement_get_kind (BerStatement *self)
{
  g_return_val_if_fail (BER_IS_STATEMENT (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "kind");
}

const char *
ber_statement_get_author (BerStatement *self)
{
  g_return_val_if_fail (BER_IS_STATEMENT (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "author");
}

const char *
ber_statement_get_text (BerStatement *self)
{
  g_return_val_if_fail (BER_IS_STATEMENT (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "text");
}
