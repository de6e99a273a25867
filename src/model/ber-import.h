/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-context.h"
#include "ber-csv.h"
#include "ber-import-row.h"
#include "ber-store.h"

G_BEGIN_DECLS

/*
 * Importing networks or people from a CSV file in two steps: load plans what
 * each line would do (a GListModel of BerImportRow, one per line with
 * content), and apply writes the plan in one transaction. Nothing is written
 * before apply, and apply writes all or nothing.
 */

typedef enum
{
  BER_IMPORT_NETWORKS,
  BER_IMPORT_PERSONS,
} BerImportKind;

#define BER_IMPORT_ERROR (ber_import_error_quark ())

typedef enum
{
  BER_IMPORT_ERROR_MISSING_COLUMN,
  BER_IMPORT_ERROR_DUPLICATE_COLUMN,
  BER_IMPORT_ERROR_NO_ROWS,
  BER_IMPORT_ERROR_NOT_LOADED,
  BER_IMPORT_ERROR_HAS_ERRORS,
  BER_IMPORT_ERROR_APPLIED,
  BER_IMPORT_ERROR_CHANGED,
} BerImportError;

#define BER_TYPE_IMPORT_KIND (ber_import_kind_get_type ())
#define BER_TYPE_IMPORT (ber_import_get_type ())

GType ber_import_kind_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (BerImport, ber_import, BER, IMPORT, GObject)

GQuark               ber_import_error_quark         (void);
BerImport           *ber_import_new                 (BerStore        *store,
                                                     BerImportKind    kind);
BerImport           *ber_import_new_for_context     (BerContext      *context,
                                                     BerImportKind    kind);
BerImportKind        ber_import_get_kind            (BerImport       *self);
const char          *ber_import_get_file_name       (BerImport       *self);
void                 ber_import_set_file_name       (BerImport       *self,
                                                     const char      *file_name);
BerCsvEncoding       ber_import_get_encoding        (BerImport       *self);
gboolean             ber_import_load                (BerImport       *self,
                                                     GBytes          *bytes,
                                                     GError         **error);
guint                ber_import_count               (BerImport       *self,
                                                     BerImportAction  action);
char                *ber_import_dup_summary         (BerImport       *self);
const char * const  *ber_import_get_ignored_columns (BerImport       *self);
gboolean             ber_import_get_skip_errors     (BerImport       *self);
void                 ber_import_set_skip_errors     (BerImport       *self,
                                                     gboolean         skip_errors);
gboolean             ber_import_get_can_apply       (BerImport       *self);
gboolean             ber_import_apply               (BerImport       *self,
                                                     guint           *n_inserted,
                                                     guint           *n_updated,
                                                     GError         **error);

/* In a thread, for an import made with ber_import_new_for_context(). */
void                 ber_import_load_async          (BerImport            *self,
                                                     GBytes               *bytes,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean             ber_import_load_finish         (BerImport            *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
void                 ber_import_apply_async         (BerImport            *self,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean             ber_import_apply_finish        (BerImport            *self,
                                                     GAsyncResult         *result,
                                                     guint                *n_inserted,
                                                     guint                *n_updated,
                                                     GError              **error);
gboolean             ber_import_get_busy            (BerImport            *self);

G_END_DECLS
