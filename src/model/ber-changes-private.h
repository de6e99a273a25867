/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-change.h"
#include "ber-change-list.h"
#include "ber-labels.h"
#include "ber-store.h"

G_BEGIN_DECLS

/*
 * What the files of the change history share: how each table's columns
 * read (ber-change-tables.c), the changes made of the history's entries
 * (ber-change-reader.c) and the making of BerChange objects (ber-change.c).
 */

typedef enum
{
  BER_VALUE_TEXT,
  BER_VALUE_HIDDEN,     /* not shown: keys, versions, times the store keeps */
  BER_VALUE_DATE,       /* YYYY-MM-DD as it is */
  BER_VALUE_TIMESTAMP,  /* UTC, ISO 8601: shown in local time */
  BER_VALUE_BOOLEAN,    /* 0 or 1: yes or no */
  BER_VALUE_REFERENCE,  /* the id of a record: its name */
  BER_VALUE_CHOICE,     /* a keyword: its label (ber_choice_label()) */
  BER_VALUE_NUMBER,
  BER_VALUE_AMOUNT,
  BER_VALUE_BYTES,      /* the history notes their size */
} BerValueKind;

typedef struct
{
  BerValueKind  kind;
  const char   *ref_table;  /* BER_VALUE_REFERENCE */
  BerChoices    choices;    /* BER_VALUE_CHOICE */
} BerColumnKind;

/* A link table between two kinds of records. ber_store_set_link() keeps a
 * link in the history of the record it was set from, its owner, naming
 * the other record: usually the first of the two (an item's networks),
 * but either may be (the demo links questions to networks). */
typedef struct
{
  const char *table;
  const char *owner_table;
  const char *owner_column;
  const char *owner_label;  /* the owners of the other, untranslated ("Networks") */
  const char *other_table;
  const char *other_column;
  const char *label;        /* the others of the owner, untranslated ("Influence Questions") */
} BerLinkTable;

const char         *_ber_change_table_kind    (const char     *table);
const char         *_ber_change_column_label  (const char     *table,
                                               const char     *column);
guint               _ber_change_column_order  (const char     *column);
void                _ber_change_column_kind   (const char     *table,
                                               const char     *column,
                                               BerColumnKind  *kind);
const char         *_ber_change_label_column  (const char     *table);
gboolean            _ber_change_parent        (const char     *table,
                                               GVariant       *values,
                                               const char    **parent_table,
                                               gint64         *parent_id);
const BerLinkTable *_ber_change_link_table    (const char     *table);
GStrv               _ber_change_record_tables (const char     *table,
                                               GStrv          *keys);
GType               _ber_change_record_type   (const char     *table);
const char         *_ber_change_table_of_type (GType           type);

/* Reads entries of the history into changes, in a thread of its own with
 * a connection of its own. */
typedef struct _BerChangeReader BerChangeReader;

BerChangeReader *_ber_change_reader_new         (BerStore         *store);
void             _ber_change_reader_free        (BerChangeReader  *reader);
BerChange       *_ber_change_reader_make        (BerChangeReader  *reader,
                                                 GVariant         *entry,
                                                 GError          **error);
BerChange       *_ber_change_reader_unrecorded  (BerChangeReader  *reader,
                                                 const char       *table,
                                                 gint64            row_id,
                                                 GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BerChangeReader, _ber_change_reader_free)

/* The lists (ber-change-list.c). */
BerChangeList *_ber_change_list_new (BerStore   *store,
                                     const char *table,
                                     gint64      row_id);

/* Making a change (ber-change.c). */
BerChange *_ber_change_new         (gint64           id,
                                    const char      *changed_at,
                                    const char      *changed_by,
                                    BerChangeAction  action);
void       _ber_change_set_record  (BerChange       *self,
                                    const char      *kind,
                                    const char      *label,
                                    GType            record_type,
                                    gint64           record_id);
void       _ber_change_add_field   (BerChange       *self,
                                    const char      *label,
                                    const char      *old_value,
                                    const char      *new_value);
void       _ber_change_set_follows_unrecorded (BerChange *self,
                                               gboolean   follows);

G_END_DECLS
