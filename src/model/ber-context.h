/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-bodies.h"
#include "ber-changes.h"
#include "ber-items.h"
#include "ber-list-filter.h"
#include "ber-meetings.h"
#include "ber-networks.h"
#include "ber-overview.h"
#include "ber-persons.h"
#include "ber-questions.h"
#include "ber-record.h"
#include "ber-record-list.h"
#include "ber-reports.h"
#include "ber-search.h"

G_BEGIN_DECLS

#define BER_TYPE_CONTEXT (ber_context_get_type ())

G_DECLARE_FINAL_TYPE (BerContext, ber_context, BER, CONTEXT, GObject)

/*
 * What a window hands its views and pages: the services of one register.
 * Views ask the context for services, records and lists to choose from,
 * and hear through ::record-changed what changed, by record type; the
 * store stays behind it.
 */

/* The lists a record can be chosen from (BerRecordRow, ber_context_choose()). */
typedef enum
{
  BER_CHOICE_BODIES,            /* bodies not dissolved, by name */
  BER_CHOICE_ALL_BODIES,        /* dissolved ones too */
  BER_CHOICE_PERSONS,
  BER_CHOICE_ELECTED,
  BER_CHOICE_OFFICIALS,
  BER_CHOICE_NETWORKS,
  BER_CHOICE_SUBJECT_AREAS,
  BER_CHOICE_INFLUENCE_QUESTIONS,
} BerChoiceList;

/* Work done off the main thread, on a connection of its own to the register. */
typedef gboolean (*BerContextWorkFunc) (BerStore      *store,
                                        gpointer       data,
                                        GCancellable  *cancellable,
                                        GError       **error);

/* What needs attention: the figures of the view switcher's badges. */
typedef struct
{
  guint replies_due;   /* items whose reply is due within the warning days */
  guint reviews_due;   /* memberships due for review */
  guint reports_late;  /* reports not returned in time */
} BerAttention;

BerContext  *ber_context_new             (BerStore       *store);
void         ber_context_count_attention_async  (BerContext          *self,
                                                 int                  reply_warning_days,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean     ber_context_count_attention_finish (BerContext          *self,
                                                 GAsyncResult        *result,
                                                 BerAttention        *attention,
                                                 GError             **error);
void         ber_context_run_async       (BerContext          *self,
                                          BerContextWorkFunc   func,
                                          gpointer             data,
                                          GDestroyNotify       data_free,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean     ber_context_run_finish      (BerContext          *self,
                                          GAsyncResult        *result,
                                          GError             **error);
BerStore    *ber_context_get_store       (BerContext     *self);
const char  *ber_context_get_location    (BerContext     *self);
const char  *ber_context_get_today       (BerContext     *self);
BerNetworks *ber_context_get_networks    (BerContext     *self);
BerPersons  *ber_context_get_persons     (BerContext     *self);
BerItems    *ber_context_get_items       (BerContext     *self);
BerMeetings *ber_context_get_meetings    (BerContext     *self);
BerBodies   *ber_context_get_bodies      (BerContext     *self);
BerReports  *ber_context_get_reports     (BerContext     *self);
BerSearch   *ber_context_get_search      (BerContext     *self);
BerChanges  *ber_context_get_changes     (BerContext     *self);
BerOverview *ber_context_get_overview    (BerContext     *self);
BerQuestions *ber_context_get_questions  (BerContext     *self);
gpointer     ber_context_load            (BerContext     *self,
                                          GType           type,
                                          gint64          id,
                                          GError        **error);
gboolean     ber_context_save            (BerContext     *self,
                                          BerRecord      *record,
                                          GError        **error);
gboolean     ber_context_resolve_conflict (BerContext        *self,
                                           BerRecord         *record,
                                           BerConflictChoice  choice,
                                           GError           **error);
gboolean     ber_context_delete          (BerContext     *self,
                                          BerRecord      *record,
                                          GError        **error);
GListModel  *ber_context_choose          (BerContext     *self,
                                          BerChoiceList   list,
                                          BerListFilter  *filter);
GType        ber_context_choice_type     (BerChoiceList   list);

G_END_DECLS
