/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-context"

#include "config.h"

#include "ber-context.h"
#include "ber-model.h"

struct _BerContext
{
  GObject      parent_instance;

  BerStore    *store;
  BerNetworks *networks;
  BerPersons  *persons;
  BerItems    *items;
  BerMeetings *meetings;
  BerBodies   *bodies;
  BerReports  *reports;
  BerSearch   *search;
  BerChanges  *changes;
  BerOverview *overview;
  BerQuestions *questions;
};

G_DEFINE_FINAL_TYPE (BerContext, ber_context, G_TYPE_OBJECT)

enum
{
  RECORD_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The record types, to tell views by type what the store says by table. */
static GType
record_type_of_table (const char *table)
{
  static GType types[32];
  static gsize initialised;

  if (g_once_init_enter (&initialised))
    {
      GType all[] = {
        BER_TYPE_AGENDA_ENTRY, BER_TYPE_AGENDA_TEMPLATE_POINT, BER_TYPE_ASSIGNMENT,
        BER_TYPE_ATTENDANCE, BER_TYPE_BODY, BER_TYPE_CLAUSE, BER_TYPE_DISTRIBUTION,
        BER_TYPE_DOCUMENT, BER_TYPE_EVENT_ATTENDANCE, BER_TYPE_FEE, BER_TYPE_FORUM_EVENT,
        BER_TYPE_INFLUENCE_QUESTION, BER_TYPE_ITEM, BER_TYPE_ITEM_TRANSITION, BER_TYPE_MEETING,
        BER_TYPE_MEMBERSHIP, BER_TYPE_NETWORK, BER_TYPE_NETWORK_BODY, BER_TYPE_NETWORK_REVIEW,
        BER_TYPE_PERSON, BER_TYPE_REPORT, BER_TYPE_ROUTING_RULE, BER_TYPE_STATEMENT,
        BER_TYPE_SUBJECT_AREA, G_TYPE_INVALID,
      };

      G_STATIC_ASSERT (G_N_ELEMENTS (all) <= G_N_ELEMENTS (types));
      for (guint i = 0; i < G_N_ELEMENTS (all); i++)
        {
          types[i] = all[i];
          if (all[i] != G_TYPE_INVALID)
            g_type_class_ref (all[i]);
        }
      g_once_init_leave (&initialised, 1);
    }

  for (guint i = 0; types[i] != G_TYPE_INVALID; i++)
    {
      BerRecordClass *klass = g_type_class_peek (types[i]);

      if (g_strcmp0 (klass->table, table) == 0)
        return types[i];
    }
  return G_TYPE_INVALID;
}

static void
on_row_changed (BerContext *self,
                const char *table,
                gint64      id,
                int         change)
{
  GType type = record_type_of_table (table);

  /* Links between records change the record that owns them. */
  if (type == G_TYPE_INVALID && g_str_has_prefix (table, "item_"))
    type = BER_TYPE_ITEM;
  else if (type == G_TYPE_INVALID && g_str_has_prefix (table, "network_"))
    type = BER_TYPE_NETWORK;
  if (type != G_TYPE_INVALID)
    g_signal_emit (self, signals[RECORD_CHANGED], 0, type, id, change);
  /* A question's links change the question's page and list too. */
  if (g_str_has_suffix (table, "_influence_question"))
    g_signal_emit (self, signals[RECORD_CHANGED], 0, BER_TYPE_INFLUENCE_QUESTION, (gint64) 0,
                   BER_STORE_CHANGE_UPDATE);
}

static void
ber_context_dispose (GObject *object)
{
  BerContext *self = BER_CONTEXT (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->networks);
  g_clear_object (&self->persons);
  g_clear_object (&self->items);
  g_clear_object (&self->meetings);
  g_clear_object (&self->bodies);
  g_clear_object (&self->reports);
  g_clear_object (&self->search);
  g_clear_object (&self->changes);
  g_clear_object (&self->overview);
  g_clear_object (&self->questions);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ber_context_parent_class)->dispose (object);
}

static void
ber_context_class_init (BerContextClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ber_context_dispose;

  /**
   * BerContext::record-changed:
   * @type: the #BerRecord type of what changed
   * @id: the record, or 0 when many changed at once
   * @change: a #BerStoreChange
   *
   * Emitted after a change is committed, by this program.
   */
  signals[RECORD_CHANGED] = g_signal_new ("record-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                          3, G_TYPE_GTYPE, G_TYPE_INT64, G_TYPE_INT);
}

static void
ber_context_init (BerContext *self)
{
}

BerContext *
ber_context_new (BerStore *store)
{
  BerContext *self;

  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  self = g_object_new (BER_TYPE_CONTEXT, NULL);
  self->store = g_object_ref (store);
  self->networks = ber_networks_new (store);
  self->persons = ber_persons_new (store);
  self->items = ber_items_new (store);
  self->meetings = ber_meetings_new (store);
  self->bodies = ber_bodies_new (store);
  self->reports = ber_reports_new (store);
  self->search = ber_search_new (self);
  self->changes = ber_changes_new (store);
  self->overview = ber_overview_new (store);
  self->questions = ber_questions_new (store);
  g_signal_connect_object (store, "row-changed", G_CALLBACK (on_row_changed), self,
                           G_CONNECT_SWAPPED);
  return self;
}

/* For the layers below the interface (exports, imports); views use services. */
BerStore *
ber_context_get_store (BerContext *self)
{
  g_return_val_if_fail (BER_IS_CONTEXT (self), NULL);
  return self->store;
}

/* Where the register is, to show it and for work in other threads. */
const char *
ber_context_get_location (BerContext *self)
{
  g_return_val_if_fail (BER_IS_CONTEXT (self), NULL);
  return ber_store_get_location (self->store);
}

/* The day the register takes as today, YYYY-MM-DD. */
const char *
ber_context_get_today (BerContext *self)
{
  g_return_val_if_fail (BER_IS_CONTEXT (self), NULL);
  return ber_store_get_today (self->store);
}

#define GETTER(Type, name) \
  Type * \
  ber_context_get_##name (BerContext *self) \
  { \
    g_return_val_if_fail (BER_IS_CONTEXT (self), NULL); \
    return self->name; \
  }

GETTER (BerNetworks, networks)
GETTER (BerPersons, persons)
GETTER (BerItems, items)
GETTER (BerMeetings, meetings)
GETTER (BerBodies, bodies)
GETTER (BerReports, reports)
GETTER (BerSearch, search)
GETTER (BerChanges, changes)
GETTER (BerOverview, overview)
GETTER (BerQuestions, questions)

/**
 * ber_context_load:
 * @type: a #BerRecord type
 *
 * Returns: (transfer full) (nullable): the record @id of @type, read now
 */
gpointer
ber_context_load (BerContext  *self,
                  GType        type,
                  gint64       id,
                  GError     **error)
{
  g_return_val_if_fail (BER_IS_CONTEXT (self), NULL);
  return ber_record_load (type, self->store, id, error);
}

/**
 * ber_context_save:
 *
 * Saves a record that no service rule concerns (see ber_record_save() for
 * what happens when somebody else changed it meanwhile).
 */
gboolean
ber_context_save (BerContext  *self,
                  BerRecord   *record,
                  GError     **error)
{
  g_return_val_if_fail (BER_IS_CONTEXT (self), FALSE);
  return ber_record_save (record, self->store, error);
}

/* Settles the conflict that stopped the last save of @record; see
 * ber_record_resolve_conflict(). */
gboolean
ber_context_resolve_conflict (BerContext         *self,
                              BerRecord          *record,
                              BerConflictChoice   choice,
                              GError            **error)
{
  g_return_val_if_fail (BER_IS_CONTEXT (self), FALSE);
  return ber_record_resolve_conflict (record, self->store, choice, error);
}

gboolean
ber_context_delete (BerContext  *self,
                    BerRecord   *record,
                    GError     **error)
{
  g_return_val_if_fail (BER_IS_CONTEXT (self), FALSE);
  return ber_record_delete (record, self->store, error);
}

/* Choosing records */

static const struct
{
  const char *source;
  const char *kind;        /* person kind, or NULL */
  const char *search[3];
} choices[] = {
  [BER_CHOICE_BODIES] = { "body", NULL, { "name", "short_name", NULL } },
  [BER_CHOICE_ALL_BODIES] = { "body", NULL, { "name", "short_name", NULL } },
  [BER_CHOICE_PERSONS] = { "person", NULL, { "name", NULL } },
  [BER_CHOICE_ELECTED] = { "person", "elected", { "name", NULL } },
  [BER_CHOICE_OFFICIALS] = { "person", "official", { "name", NULL } },
  [BER_CHOICE_NETWORKS] = { "network", NULL, { "name", "acronym", NULL } },
  [BER_CHOICE_SUBJECT_AREAS] = { "subject_area", NULL, { "name", NULL } },
  [BER_CHOICE_INFLUENCE_QUESTIONS] = { "influence_question", NULL, { "title", NULL } },
};

GType
ber_context_choice_type (BerChoiceList list)
{
  switch (list)
    {
    case BER_CHOICE_BODIES:
    case BER_CHOICE_ALL_BODIES:
      return BER_TYPE_BODY;
    case BER_CHOICE_PERSONS:
    case BER_CHOICE_ELECTED:
    case BER_CHOICE_OFFICIALS:
      return BER_TYPE_PERSON;
    case BER_CHOICE_NETWORKS:
      return BER_TYPE_NETWORK;
    case BER_CHOICE_SUBJECT_AREAS:
      return BER_TYPE_SUBJECT_AREA;
    case BER_CHOICE_INFLUENCE_QUESTIONS:
      return BER_TYPE_INFLUENCE_QUESTION;
    default:
      g_return_val_if_reached (G_TYPE_INVALID);
    }
}

static BerQuery *
choice_query (BerListFilter *filter,
              gpointer       user_data)
{
  BerChoiceList list = GPOINTER_TO_INT (user_data);
  BerQuery *query = ber_query_new (choices[list].source);

  if (list == BER_CHOICE_BODIES)
    ber_query_add_condition (query, "dissolved_on", BER_QUERY_IS_NULL, NULL);
  if (choices[list].kind != NULL)
    ber_query_add_condition (query, "kind", BER_QUERY_EQ,
                             g_variant_new_string (choices[list].kind));
  ber_query_set_search (query, ber_list_filter_get_search (filter), choices[list].search);
  ber_query_add_order (query, list == BER_CHOICE_INFLUENCE_QUESTIONS ? "priority" : "sort_key",
                       FALSE);
  return query;
}

/**
 * ber_context_choose:
 * @list: what to choose from
 * @filter: its search
 *
 * Returns: (transfer full): a lazy list of the records of @list that match
 *   @filter's search, in the order a person looks for them in
 */
GListModel *
ber_context_choose (BerContext    *self,
                    BerChoiceList  list,
                    BerListFilter *filter)
{
  g_return_val_if_fail (BER_IS_CONTEXT (self), NULL);
  g_return_val_if_fail ((guint) list < G_N_ELEMENTS (choices), NULL);

  return G_LIST_MODEL (ber_record_list_new_filtered (self->store, ber_context_choice_type (list),
                                                     filter, choice_query,
                                                     GINT_TO_POINTER (list)));
}

/* Work in a thread */

typedef struct
{
  BerStore           *store;
  BerContextWorkFunc  func;
  gpointer            data;
  GDestroyNotify      data_free;
} Work;

static void
work_free (gpointer data)
{
  Work *work = data;

  if (work->data_free != NULL)
    work->data_free (work->data);
  g_clear_object (&work->store);
  g_free (work);
}

static void
work_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Work *work = task_data;
  g_autoptr(BerStore) store = NULL;
  g_autoptr(GError) error = NULL;

  /* A connection of the thread's own: a connection is not shared between
   * threads, and a second one on the same file is safe in one process. */
  store = ber_store_open_another (work->store, &error);
  if (store == NULL || !work->func (store, work->data, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * ber_context_run_async:
 * @func: the work, given a store of its own
 * @data: (transfer full): handed to @func, then freed with @data_free
 *
 * Runs @func in a worker thread, so that long work (an export, an import,
 * a check of the whole register) never holds up the window.
 */
void
ber_context_run_async (BerContext          *self,
                       BerContextWorkFunc   func,
                       gpointer             data,
                       GDestroyNotify       data_free,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Work *work;

  g_return_if_fail (BER_IS_CONTEXT (self));
  g_return_if_fail (func != NULL);

  work = g_new0 (Work, 1);
  /* The thread opens its connection from this one; it does not use it. */
  work->store = g_object_ref (self->store);
  work->func = func;
  work->data = data;
  work->data_free = data_free;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ber_context_run_async);
  g_task_set_task_data (task, work, work_free);
  g_task_run_in_thread (task, work_thread);
}

typedef struct
{
  int          days;
  BerAttention attention;
} AttentionWork;

static gboolean
count_attention (BerStore      *store,
                 gpointer       data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  AttentionWork *work = data;
  guint total = 0;

  /* Counted as the overview counts its groups, so that the two agree. */
  return ber_overview_count (store, BER_OVERVIEW_REPLIES, work->days,
                             &work->attention.replies_due, NULL, error)
         && !g_cancellable_set_error_if_cancelled (cancellable, error)
         && ber_overview_count (store, BER_OVERVIEW_REVIEWS, work->days,
                                &work->attention.reviews_due, NULL, error)
         && !g_cancellable_set_error_if_cancelled (cancellable, error)
         && ber_overview_count (store, BER_OVERVIEW_REPORTS, work->days, &total,
                                &work->attention.reports_late, error);
}

/**
 * ber_context_count_attention_async:
 * @reply_warning_days: how many days ahead a reply counts as due
 *
 * Counts what needs attention in a worker, on a connection of its own: at a
 * million items the counts would hold up the window.
 */
void
ber_context_count_attention_async (BerContext          *self,
                                   int                  reply_warning_days,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  AttentionWork *work = g_new0 (AttentionWork, 1);

  g_return_if_fail (BER_IS_CONTEXT (self));
  work->days = reply_warning_days;
  ber_context_run_async (self, count_attention, work, g_free, cancellable, callback, user_data);
}

gboolean
ber_context_count_attention_finish (BerContext    *self,
                                    GAsyncResult  *result,
                                    BerAttention  *attention,
                                    GError       **error)
{
  Work *work;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  work = g_task_get_task_data (G_TASK (result));
  *attention = ((AttentionWork *) work->data)->attention;
  return TRUE;
}

gboolean
ber_context_run_finish (BerContext    *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
