/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-import.h"
#include "ber-labels.h"

G_BEGIN_DECLS

/* Shared by ber-import.c, ber-import-plan.c and ber-import-fields.c. */

#define MAX_FIELDS 12

typedef enum
{
  FIELD_NAME,
  FIELD_TEXT,
  FIELD_CHOICE,
  FIELD_DATE,
  FIELD_BODY,
  FIELD_EMAIL,
  FIELD_VIA,
} BerImportFieldType;

typedef struct
{
  const char *key;        /* column of the table, or of network_list for membership fields */
  BerImportFieldType   type;
  BerChoices  choices;
  gboolean    membership;
  const char *headers[7]; /* accepted header names, compared folded */
} BerImportField;

enum
{
  NF_NAME, NF_ACRONYM, NF_KIND, NF_DESCRIPTION, NF_WEBSITE, NF_SCOPE, NF_CONTACT, NF_BODY,
  NF_REVIEW, NF_STATUS, NF_VIA, NF_ACTIVITY, N_NF
};

enum { PF_NAME, PF_KIND, PF_PARTY, PF_DEPARTMENT, PF_TITLE, PF_EMAIL, PF_PHONE, N_PF };

extern const BerImportField ber_import_network_fields[N_NF];
extern const BerImportField ber_import_person_fields[N_PF];

char       *ber_import_fold             (const char     *text,
                                         gboolean        dashes);
char       *ber_import_trim             (const char     *text);
char       *ber_import_snippet          (const char     *text);
gboolean    ber_import_is_email         (const char     *text);
const char *ber_import_lookup_choice    (BerChoices      which,
                                         const char     *text);
char       *ber_import_describe_choices (BerChoices      which);

/* How far work in a thread has come, read by the main thread; and its cancel. */
typedef struct
{
  GCancellable *cancellable;
  gint          done;    /* atomic */
  gint          total;   /* atomic */
} BerImportProgress;

GPtrArray  *ber_import_plan             (BerStore           *store,
                                         BerImportKind       kind,
                                         GBytes             *bytes,
                                         const char         *file_name,
                                         GStrv              *ignored_columns,
                                         BerCsvEncoding     *encoding,
                                         BerImportProgress  *progress,
                                         GError            **error);

/* BerImport's state, shared by ber-import.c and ber-import-async.c. */
struct _BerImport
{
  GObject        parent_instance;

  BerStore      *store;
  BerContext    *context;       /* for work in a thread; NULL when made with a store */
  BerImportKind  kind;
  gboolean       skip_errors;
  gboolean       loaded;
  gboolean       applied;
  GPtrArray     *rows;
  guint          counts[BER_IMPORT_ACTION_ERROR + 1];
  GStrv          ignored_columns;
  BerCsvEncoding encoding;
  char          *file_name;

  /* The load or apply running in a thread, and how far it has come. */
  BerImportProgress *running;
  guint              progress_source;
  double             progress;
};

gboolean    _ber_import_write_plan      (BerImport          *self,
                                         BerStore           *store,
                                         guint              *n_inserted,
                                         guint              *n_updated,
                                         BerImportProgress  *progress,
                                         GError            **error);
void        _ber_import_install_plan    (BerImport          *self,
                                         GPtrArray          *rows,
                                         GStrv               ignored,
                                         BerCsvEncoding      encoding);
gboolean    _ber_import_check_can_apply (BerImport          *self,
                                         GError            **error);
void        _ber_import_set_applied     (BerImport          *self);
void        _ber_import_set_progress    (BerImport          *self,
                                         double              progress);

G_END_DECLS
