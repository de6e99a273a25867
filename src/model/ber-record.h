/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ber-conflict.h"
#include "ber-store.h"

G_BEGIN_DECLS

#define BER_TYPE_RECORD (ber_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (BerRecord, ber_record, BER, RECORD, GObject)

/*
 * A row of the register as a GObject. Subclasses declare their columns as
 * properties (column received_on ↔ property "received-on") and set the table
 * they are written to and the table or view they are read from. Values live
 * in the base class, which notifies only on real changes.
 *
 * Conventions for saving: a string property whose default is NULL saves ""
 * as SQL NULL (dates, optional kinds); an int64 property named "…-id" saves 0
 * as NULL. Properties without a column in the table (names from a view) are
 * read but never written.
 *
 * Any other nullable column (a paragraph number, a year, a rate) is a property
 * flagged BER_PARAM_NULLABLE: while it holds its default value it saves as
 * SQL NULL, and a NULL column reads back as that default. Choose a default
 * outside the column's valid values, e.g. 0 for "paragraph > 0", or -1 for a
 * yes/no/unknown column whose 0 is a real answer.
 */
#define BER_PARAM_NULLABLE (1 << G_PARAM_USER_SHIFT)

struct _BerRecordClass
{
  GObjectClass parent_class;

  const char         *table;
  const char         *source;
  const char * const *depends;
  const char         *label;   /* the property that names a record; "name" when unset */

  gpointer padding[7];
};

void        ber_record_class_install_properties (BerRecordClass  *klass,
                                                 guint            n_pspecs,
                                                 GParamSpec     **pspecs);
BerRecord  *ber_record_new_from_row             (GType            type,
                                                 GVariant        *row);
BerRecord  *ber_record_load                     (GType            type,
                                                 BerStore        *store,
                                                 gint64           id,
                                                 GError         **error);
gboolean    ber_record_reload                   (BerRecord       *self,
                                                 BerStore        *store,
                                                 GError         **error);
gboolean    ber_record_save                     (BerRecord       *self,
                                                 BerStore        *store,
                                                 GError         **error);
BerConflict *ber_record_get_conflict            (BerRecord       *self);
gboolean    ber_record_resolve_conflict         (BerRecord       *self,
                                                 BerStore        *store,
                                                 BerConflictChoice choice,
                                                 GError         **error);
gboolean    ber_record_delete                   (BerRecord       *self,
                                                 BerStore        *store,
                                                 GError         **error);
void        ber_record_update_from_row          (BerRecord       *self,
                                                 GVariant        *row);
GVariant   *ber_record_to_values                (BerRecord       *self,
                                                 BerStore        *store);
gint64      ber_record_get_id                   (BerRecord       *self);
void        ber_record_forget_insert            (BerRecord       *self);
const char *ber_record_get_table                (BerRecord       *self);
const char *ber_record_get_source               (BerRecord       *self);
const char *ber_record_get_label                (BerRecord       *self);
const char *ber_record_get_string               (BerRecord       *self,
                                                 const char      *property);
gint64      ber_record_get_int64                (BerRecord       *self,
                                                 const char      *property);

G_END_DECLS
