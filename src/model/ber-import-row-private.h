/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-import-row.h"

G_BEGIN_DECLS

/* The plan of one line, filled in and carried out by BerImport. */
struct _BerImportRow
{
  GObject          parent_instance;

  guint            line;
  BerImportAction  action;
  char            *title;
  char            *message;
  GVariant        *values;        /* a{sv}: everything the line gives, converted */
  GVariant        *changes;       /* a{sv}: what is written to the table */
  gint64           id;            /* the row matched, or written */
  GVariant        *original;      /* the matched row as planned against */

  /* Networks: a new membership row, and the open one it ends. */
  gboolean         add_membership;
  const char      *status;
  const char      *activity;
  char            *via_text;
  gint64           via_id;
  BerImportRow    *via_row;       /* a network inserted by the same import; not a reference */
  gint64           close_membership_id;
};

BerImportRow *ber_import_row_new (guint line);

G_END_DECLS
