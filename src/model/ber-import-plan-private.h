/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-csv.h"
#include "ber-import-private.h"

G_BEGIN_DECLS

/* Shared by ber-import-plan.c (the lines) and ber-import-register.c (the register as it is). */

/* A network or person already in the register. */
typedef struct
{
  gint64      id;
  GVariant   *original;
  GVariantDict *row;
  char       *email;
  /* Networks: the current (latest) membership. */
  gint64      membership_id;
  const char *status;     /* static: from the labels table */
  const char *activity;
  gint64      via_id;
  char       *from_on;
  char       *to_on;
} Existing;

extern Existing _ber_import_ambiguous;
#define AMBIGUOUS (&_ber_import_ambiguous)

/* One line while it is planned. */
typedef struct
{
  BerImportRow *row;
  Existing     *match;
  GString      *problems;
  GString      *changed;
  gboolean      duplicate;
  gboolean      status_given;
} Pending;

typedef struct
{
  BerStore     *store;
  BerImportKind kind;
  GPtrArray    *rows;      /* BerImportRow, the result */
  GStrv         ignored;
  BerCsv       *csv;
  const BerImportField  *fields;
  guint         n_fields;
  int           columns[MAX_FIELDS];
  char         *headers[MAX_FIELDS];
  guint         order[MAX_FIELDS];    /* the fields present, in the file's order */
  guint         n_order;
  guint         n_header_cells;
  const char   *today;
  GPtrArray    *existing;
  GHashTable   *by_key;    /* networks: folded acronym; persons: folded e-mail */
  GHashTable   *by_name;   /* networks: folded name; persons: the exact name */
  GHashTable   *by_id;
  GHashTable   *bodies;    /* folded name or short name → gint64 * */
  GHashTable   *seen_key;  /* → line */
  GHashTable   *seen_name;
  GHashTable   *seen_id;
  GHashTable   *file_key;  /* networks of the file: folded acronym → BerImportRow */
  GHashTable   *file_name;
  GArray       *pending;
} Plan;

void      _ber_import_existing_free   (gpointer     data);
Existing *_ber_import_lookup_existing (GHashTable  *table,
                                       const char  *key);
gboolean  _ber_import_read_register   (Plan        *plan,
                                       GError     **error);

G_END_DECLS
