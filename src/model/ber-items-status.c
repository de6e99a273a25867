/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-items"

#include "config.h"

#include <string.h>

#include "ber-agenda-private.h"
#include "ber-date.h"
#include "ber-followup.h"
#include "ber-item-workflow.h"
#include "ber-items.h"
#include "ber-items-private.h"
#include "ber-labels.h"
#include "ber-record-private.h"
#include "ber-routing.h"
#include "ber-statement.h"

/*
 * Where an item stands and what its decision fixed: the state at the top of
 * its page (status, reply date, next step, its meeting), the decision as the
 * minutes hold it, and the refusal of a save that would change what the
 * decision fixed.
 */

/* What a decision fixes, besides the proposal's att-clauses. */
static const struct
{
  const char *property;
  const char *label;
} fixed_properties[] = {
  { "routed-body-id", N_("Routed to Body") },
  { "recommended-body-id", N_("Recommended Body") },
  { "relevant", N_("Relevant") },
};

static const char * const fixed_fields[] = {
  BER_ITEMS_FIELD_PROPOSAL, "routed-body-id", "recommended-body-id", "relevant", NULL,
};

static gboolean
is_held (GVariant *meeting)
{
  const char *status = ber_row_text (meeting, "status");

  return g_str_equal (status, "held") || g_str_equal (status, "minutes-approved");
}

static gboolean
is_decision (const char *decision)
{
  return *decision != '\0' && !g_str_equal (decision, "tabled");
}

/* The agenda entries of @item_id, each with its meeting, newest meeting
 * first; @meetings gets the meeting of each entry at the same index. */
static GPtrArray *
item_entries (BerStore   *store,
              gint64      item_id,
              GPtrArray **meetings,
              GError    **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_entry");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);

  ber_query_add_condition (query, "item_id", BER_QUERY_EQ, V_INT (item_id));
  ber_query_add_order (query, "id", TRUE);
  if ((entries = select_all (store, query, error)) == NULL)
    return NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (entries, i);
      GVariant *meeting = get_meeting (store, ber_row_integer (entry, "meeting_id"), error);
      guint at = 0;

      if (meeting == NULL)
        return NULL;
      /* Newest meeting first; on one day, the newest entry. */
      while (at < held->len
             && strcmp (ber_row_text (g_ptr_array_index (held, at), "held_on"),
                        ber_row_text (meeting, "held_on")) >= 0)
        at++;
      g_ptr_array_insert (held, at, meeting);
      g_ptr_array_insert (sorted, at, g_variant_ref (entry));
    }
  *meetings = g_steal_pointer (&held);
  return g_steal_pointer (&sorted);
}

static char *
meeting_label (GVariant *meeting)
{
  const char *name = ber_row_text (meeting, "body_short_name");

  if (*name == '\0')
    name = ber_row_text (meeting, "body_name");
  /* Translators: a meeting, a body's short name and a date, "RS 2026-05-12" */
  return g_strdup_printf (_("%s %s"), name, ber_row_text (meeting, "held_on"));
}

static GListModel *
records_of (GType      type,
            GPtrArray *rows)
{
  GListStore *list = g_list_store_new (type);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(BerRecord) record = ber_record_new_from_row (type, g_ptr_array_index (rows, i));

      g_list_store_append (list, record);
    }
  return G_LIST_MODEL (list);
}

/* A decided clause as the follow-up lists it: who, by when, late or not. */
static GVariant *
assignment_row (BerStore   *store,
                GVariant   *clause,
                GVariant   *entry,
                GVariant   *meeting,
                GError    **error)
{
  GVariantDict dict;

  if (!_ber_agenda_clause_context (store, clause, entry, meeting, &dict, error))
    return NULL;
  /* A column's yes or no is a number, as the store reads it. */
  g_variant_dict_insert (&dict, "late", "x",
                         (gint64) ber_clause_is_late (ber_row_text (clause, "due_on"),
                                                      ber_row_text (clause, "completed_on"),
                                                      ber_store_get_today (store)));
  return g_variant_ref_sink (g_variant_dict_end (&dict));
}

static gboolean
fill_decision (BerStore         *store,
               BerItemDecision  *decision,
               GVariant         *entry,
               GVariant         *meeting,
               GError          **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("clause");
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(GPtrArray) statements = NULL;
  g_autofree char *label = meeting_label (meeting);
  GListStore *assignments = G_LIST_STORE (decision->assignments);
  const char *kind = ber_row_text (entry, "decision");

  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_EQ, V_INT (ber_row_integer (entry, "id")));
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  if ((clauses = select_all (store, query, error)) == NULL
      || (statements = ber_agenda_list_statements (store, ber_row_integer (entry, "id"), error)) == NULL)
    return FALSE;

  decision->meeting_id = ber_row_integer (meeting, "id");
  decision->entry_id = ber_row_integer (entry, "id");
  g_free (decision->body_name);
  decision->body_name = g_strdup (ber_row_text (meeting, "body_name"));
  g_free (decision->body_short_name);
  decision->body_short_name = g_strdup (ber_row_text (meeting, "body_short_name"));
  g_free (decision->held_on);
  decision->held_on = g_strdup (ber_row_text (meeting, "held_on"));
  decision->paragraph = (int) ber_row_integer (entry, "paragraph");
  g_free (decision->reference);
  decision->reference = decision->paragraph > 0
                          /* Translators: a meeting and its paragraph, "RS 2026-05-12 § 61" */
                          ? g_strdup_printf (_("%s § %d"), label, decision->paragraph)
                          : g_strdup (label);
  g_free (decision->decision);
  decision->decision = g_strdup (kind);
  g_free (decision->decision_label);
  decision->decision_label = g_strdup (ber_choice_label (BER_CHOICES_DECISION, kind));
  g_free (decision->note);
  decision->note = g_strdup (ber_row_text (entry, "decision_note"));

  g_object_unref (decision->clauses);
  decision->clauses = records_of (BER_TYPE_CLAUSE, clauses);
  g_object_unref (decision->statements);
  decision->statements = records_of (BER_TYPE_STATEMENT, statements);
  for (guint i = 0; i < clauses->len; i++)
    {
      GVariant *clause = g_ptr_array_index (clauses, i);
      g_autoptr(GVariant) row = NULL;
      g_autoptr(BerRecord) assignment = NULL;

      if (ber_row_integer (clause, "responsible_id") == 0
          && !ber_clause_gives_assignment (ber_row_text (clause, "text")))
        continue;
      if ((row = assignment_row (store, clause, entry, meeting, error)) == NULL)
        return FALSE;
      assignment = ber_record_new_from_row (BER_TYPE_FOLLOWUP, row);
      g_list_store_append (assignments, assignment);
    }
  return TRUE;
}

/* The decision on @item_id in @status: the latest decision (not a tabling)
 * in the minutes of a meeting that was held, or, for an item marked decided
 * without such minutes, a decision without a meeting. NULL when undecided,
 * with @error unset. */
static BerItemDecision *
find_decision (BerStore    *store,
               gint64       item_id,
               const char  *status,
               GError     **error)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(BerItemDecision) decision = NULL;

  if (item_id <= 0)
    return NULL;
  if ((entries = item_entries (store, item_id, &meetings, error)) == NULL)
    return NULL;
  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (entries, i);
      GVariant *meeting = g_ptr_array_index (meetings, i);

      if (!is_held (meeting) || !is_decision (ber_row_text (entry, "decision")))
        continue;
      decision = ber_item_decision_new ();
      if (!fill_decision (store, decision, entry, meeting, error))
        return NULL;
      return g_steal_pointer (&decision);
    }
  if (g_strcmp0 (status, "decided") == 0 || g_strcmp0 (status, "dispatched") == 0)
    return ber_item_decision_new ();
  return NULL;
}

/**
 * ber_items_get_decision:
 * @item: an item read from the register; its status is the one judged
 *
 * The decision on @item as the minutes hold it: the latest decision other
 * than a tabling recorded in the minutes of a meeting that was held. An
 * item marked decided without such minutes has a decision without a
 * meeting (meeting_id 0, empty lists).
 *
 * Returns: (transfer full) (nullable): the decision, or %NULL when the item
 *   is not decided (@error unset) or it cannot be read (@error set)
 */
BerItemDecision *
ber_items_get_decision (BerItems  *self,
                        BerItem   *item,
                        GError   **error)
{
  g_return_val_if_fail (BER_IS_ITEMS (self), NULL);
  g_return_val_if_fail (BER_IS_ITEM (item), NULL);

  return find_decision (ber_items_store (self), ber_record_get_id (BER_RECORD (item)),
                        ber_item_get_status (item), error);
}

/**
 * ber_items_fixed_fields:
 * @decision: (nullable): the item's decision (ber_items_get_decision())
 *
 * What a decision fixed: %BER_ITEMS_FIELD_PROPOSAL for the proposal's
 * att-clauses and the names of the item's properties a save may no longer
 * change (see ber_items_save()).
 *
 * Returns: (transfer none): the fields, %NULL-terminated; empty without a
 *   decision
 */
const char * const *
ber_items_fixed_fields (BerItems        *self,
                        BerItemDecision *decision)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (BER_IS_ITEMS (self), none);
  return decision != NULL ? fixed_fields : none;
}

/* The state */

static char *
deadline_text (int days_left)
{
  if (days_left < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue", "%d days overdue",
                                         -days_left),
                            -days_left);
  if (days_left == 0)
    return g_strdup (_("Due today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left", days_left),
                          days_left);
}

static void
set_meeting (BerItemState       *state,
             BerItemMeetingRole  role,
             GVariant           *meeting)
{
  state->meeting_role = role;
  state->meeting_id = ber_row_integer (meeting, "id");
  g_free (state->meeting_body_name);
  state->meeting_body_name = g_strdup (ber_row_text (meeting, "body_name"));
  g_free (state->meeting_held_on);
  state->meeting_held_on = g_strdup (ber_row_text (meeting, "held_on"));
  g_free (state->meeting_label);
  state->meeting_label = meeting_label (meeting);
}

static void
set_step (BerItemState    *state,
          BerItemStepKind  kind,
          char            *text,
          char            *detail)
{
  state->step_kind = kind;
  g_free (state->next_step);
  state->next_step = text;
  g_free (state->next_step_detail);
  state->next_step_detail = detail != NULL ? detail : g_strdup ("");
}

/* The meeting whose agenda the item is on: the newest not cancelled
 * without a decision yet. */
static gboolean
find_agenda_meeting (BerStore      *store,
                     BerItemState  *state,
                     gint64         item_id,
                     GError       **error)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) entries = item_entries (store, item_id, &meetings, error);

  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *meeting = g_ptr_array_index (meetings, i);

      if (g_str_equal (ber_row_text (meeting, "status"), "cancelled")
          || *ber_row_text (g_ptr_array_index (entries, i), "decision") != '\0')
        continue;
      set_meeting (state, BER_ITEM_MEETING_ON_AGENDA, meeting);
      return TRUE;
    }
  return TRUE;
}

/* The latest planned meeting of @body_id that can still decide before @reply_by. */
static gboolean
find_deciding_meeting (BerStore      *store,
                       BerItemState  *state,
                       gint64         body_id,
                       const char    *reply_by,
                       char         **deadline,
                       GError       **error)
{
  g_autoptr(GVariant) meeting = NULL;
  gint64 meeting_id = 0;

  *deadline = NULL;
  if (!ber_routing_latest_meeting (store, body_id, reply_by, &meeting_id, NULL, error))
    return FALSE;
  if (meeting_id <= 0)
    return TRUE;
  if ((meeting = get_meeting (store, meeting_id, error)) == NULL)
    return FALSE;
  set_meeting (state, BER_ITEM_MEETING_CAN_DECIDE, meeting);
  if (*ber_row_text (meeting, "agenda_deadline") != '\0')
    *deadline = g_strdup (ber_row_text (meeting, "agenda_deadline"));
  return TRUE;
}

/* The next step of an item not yet on an agenda. */
static void
step_before_agenda (BerStore     *store,
                    BerItemState *state,
                    gint64        body_id,
                    const char   *reply_by,
                    const char   *deadline)
{
  const char *status = state->status;
  char *detail = NULL;

  if (body_id > 0 && state->meeting_id == 0)
    {
      set_step (state, BER_ITEM_STEP_WARNING,
                g_strdup (reply_by != NULL ? _("No meeting can decide before the reply date")
                                           : _("No planned meeting can take the item")),
                ber_routing_no_meeting_text (store, body_id, reply_by));
      return;
    }
  if (g_str_equal (status, "received"))
    {
      set_step (state, BER_ITEM_STEP_ACTION,
                g_strdup (_("Next step: assess the item")),
                g_strdup (_("Is it relevant, and which body is to decide it?")));
      return;
    }
  if (body_id <= 0)
    {
      set_step (state, BER_ITEM_STEP_ACTION,
                g_strdup (_("Next step: choose the body that is to decide the item")), NULL);
      return;
    }
  if (g_str_equal (status, "ready"))
    {
      if (deadline != NULL)
        /* Translators: a date, the last day to put items on the meeting's agenda */
        detail = g_strdup_printf (_("Its agenda closes on %s."), deadline);
      /* Translators: %s is a meeting, "RS 2026-05-12" */
      set_step (state, BER_ITEM_STEP_ACTION,
                g_strdup_printf (_("Next step: put the item on the agenda of %s"),
                                 state->meeting_label),
                detail);
      return;
    }

  if (deadline != NULL)
    /* Translators: a meeting ("RS 2026-05-12") and a date */
    detail = g_strdup_printf (_("%s is the latest meeting that can decide in time; its agenda "
                                "closes on %s."),
                              state->meeting_label, deadline);
  else
    /* Translators: a meeting, "RS 2026-05-12" */
    detail = g_strdup_printf (_("%s is the latest meeting that can decide in time."),
                              state->meeting_label);
  if (g_str_equal (status, "assessed"))
    set_step (state, BER_ITEM_STEP_ACTION, g_strdup (_("Next step: start the preparation")),
              detail);
  else
    set_step (state, BER_ITEM_STEP_ACTION,
              g_strdup (_("Next step: write the proposal and mark the item ready for the "
                          "agenda")),
              detail);
}

static void
step_on_agenda (BerItemState *state,
                const char   *reply_by)
{
  if (state->meeting_id == 0)
    set_step (state, BER_ITEM_STEP_ACTION, g_strdup (_("Next step: the decision at the meeting")),
              NULL);
  else if (reply_by != NULL && strcmp (state->meeting_held_on, reply_by) > 0)
    /* Translators: a meeting ("RS 2026-05-12") and the reply date */
    set_step (state, BER_ITEM_STEP_WARNING,
              g_strdup_printf (_("%s is after the reply date %s"), state->meeting_label,
                               reply_by),
              g_strdup (_("Ask for a later reply date, or take the item to an earlier meeting.")));
  else
    /* Translators: %s is a meeting, "RS 2026-05-12" */
    set_step (state, BER_ITEM_STEP_ACTION,
              g_strdup_printf (_("Next step: the decision at %s"), state->meeting_label),
              g_strdup (_("The decision is recorded in the minutes of the meeting.")));
}

/* The next step of a decided or closed item. */
static void
step_after_decision (BerItemState *state)
{
  if (g_str_equal (state->status, "decided"))
    set_step (state, BER_ITEM_STEP_ACTION, g_strdup (_("Next step: dispatch the decision")),
              g_strdup (_("Send the extract of the minutes to those listed under Exp till, then "
                          "mark the item dispatched.")));
  else if (g_str_equal (state->status, "dispatched"))
    set_step (state, BER_ITEM_STEP_NONE, g_strdup (_("The item is closed")),
              g_strdup (_("The decision has been dispatched.")));
  else
    /* Why is the status's own reason. */
    set_step (state, BER_ITEM_STEP_NONE, g_strdup (_("The item is closed")), NULL);
}

/**
 * ber_items_get_state:
 * @item: the item; its status is the one judged
 * @body_id: the body that is to decide it, as its page shows it (routed,
 *   else suggested), or 0
 * @reply_by: (nullable): its reply date as its page shows it; %NULL or ""
 *   for none
 *
 * Where @item stands (see #BerItemState): a new item is to be saved first;
 * overdue when still open after
 * its reply date; its meeting is the one that decided it, the one whose
 * agenda it is on, or, before that, the latest planned meeting of @body_id
 * that can still decide before @reply_by; the next step follows from its
 * status, and is a warning when no meeting can decide in time or its
 * meeting is after the reply date.
 *
 * Returns: (transfer full) (nullable): the state, or %NULL with @error set
 *   when the register cannot be read
 */
BerItemState *
ber_items_get_state (BerItems    *self,
                     BerItem     *item,
                     gint64       body_id,
                     const char  *reply_by,
                     GError     **error)
{
  BerStore *store;
  g_autoptr(BerItemState) state = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *deadline = NULL;
  const char *status;
  gint64 item_id;

  g_return_val_if_fail (BER_IS_ITEMS (self), NULL);
  g_return_val_if_fail (BER_IS_ITEM (item), NULL);

  store = ber_items_store (self);
  status = ber_item_get_status (item);
  item_id = ber_record_get_id (BER_RECORD (item));
  if (reply_by != NULL && !ber_date_is_valid (reply_by))
    reply_by = NULL;
  g_object_get (item, "status-reason", &reason, NULL);

  state = ber_item_state_new ();
  state->status = g_strdup (status);
  state->status_label = g_strdup (ber_choice_label (BER_CHOICES_ITEM_STATUS, status));
  state->status_reason = g_strdup (reason != NULL ? reason : "");
  state->reply_by = g_strdup (reply_by);
  state->meeting_body_name = g_strdup ("");
  state->meeting_held_on = g_strdup ("");
  state->meeting_label = g_strdup ("");

  if (reply_by != NULL && ber_item_workflow_is_open (status))
    {
      state->days_left = ber_date_days_until (ber_store_get_today (store), reply_by);
      state->overdue = state->days_left < 0;
      state->deadline_text = deadline_text (state->days_left);
    }

  if (item_id <= 0)
    set_step (state, BER_ITEM_STEP_ACTION, g_strdup (_("Next step: save the item")),
              g_strdup (_("Save the item to take it through the workflow.")));
  else if (g_str_equal (status, "on-agenda"))
    {
      if (!find_agenda_meeting (store, state, item_id, error))
        return NULL;
      step_on_agenda (state, reply_by);
    }
  else if (ber_item_workflow_is_open (status))
    {
      if (!find_deciding_meeting (store, state, body_id, reply_by, &deadline, error))
        return NULL;
      step_before_agenda (store, state, body_id, reply_by, deadline);
    }
  else
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(BerItemDecision) decision = find_decision (store, item_id, status, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (decision != NULL && decision->meeting_id > 0)
        {
          g_autoptr(GVariant) meeting = get_meeting (store, decision->meeting_id, error);

          if (meeting == NULL)
            return NULL;
          set_meeting (state, BER_ITEM_MEETING_DECIDED, meeting);
        }
      step_after_decision (state);
    }
  return g_steal_pointer (&state);
}

/* Refusing what a decision fixed */

/* Whether a save of @record would change @property: changed since it was
 * read, and unlike the register's @stored row. */
static gboolean
changes_property (BerRecord  *record,
                  GVariant   *stored,
                  const char *property)
{
  BerRecordPrivate *priv = _ber_record_get_private (record);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_autoptr(BerRecord) base = NULL;
  g_autoptr(BerRecord) current = ber_record_new_from_row (G_OBJECT_TYPE (record), stored);
  g_auto(GValue) mine = G_VALUE_INIT;
  g_auto(GValue) was = G_VALUE_INIT;
  g_auto(GValue) now = G_VALUE_INIT;

  g_return_val_if_fail (pspec != NULL, FALSE);

  g_value_init (&mine, pspec->value_type);
  g_value_init (&was, pspec->value_type);
  g_value_init (&now, pspec->value_type);
  g_object_get_property (G_OBJECT (record), property, &mine);
  g_object_get_property (G_OBJECT (current), property, &now);
  if (priv->base_row != NULL)
    {
      base = ber_record_new_from_row (G_OBJECT_TYPE (record), priv->base_row);
      g_object_get_property (G_OBJECT (base), property, &was);
      if (g_param_values_cmp (pspec, &mine, &was) == 0)
        return FALSE;
    }
  return g_param_values_cmp (pspec, &mine, &now) != 0;
}

/* Whether the page's @clauses and @removed leave the proposal as the
 * register has it. */
static gboolean
keeps_proposal (BerStore    *store,
                gint64       item_id,
                GListModel  *clauses,
                GListModel  *removed,
                GError     **error,
                gboolean    *kept)
{
  g_autoptr(BerQuery) query = ber_query_new ("clause");
  g_autoptr(GPtrArray) stored = NULL;

  *kept = TRUE;
  for (guint i = 0; removed != NULL && i < g_list_model_get_n_items (removed); i++)
    {
      g_autoptr(BerRecord) entry = g_list_model_get_item (removed, i);

      if (BER_IS_CLAUSE (entry) && ber_record_get_id (entry) > 0
          && ber_record_get_int64 (entry, "item-id") == item_id)
        *kept = FALSE;
    }
  if (!*kept || clauses == NULL)
    return TRUE;

  ber_query_add_condition (query, "item_id", BER_QUERY_EQ, V_INT (item_id));
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  if ((stored = select_all (store, query, error)) == NULL)
    return FALSE;
  if (stored->len != g_list_model_get_n_items (clauses))
    {
      *kept = FALSE;
      return TRUE;
    }
  for (guint i = 0; i < stored->len && *kept; i++)
    {
      g_autoptr(BerClause) clause = g_list_model_get_item (clauses, i);
      GVariant *row = g_ptr_array_index (stored, i);

      *kept = ber_record_get_id (BER_RECORD (clause)) == ber_row_integer (row, "id")
              && g_strcmp0 (ber_clause_get_text (clause), ber_row_text (row, "text")) == 0;
    }
  return TRUE;
}

static gboolean
refuse_fixed (BerItemDecision  *decision,
              const char       *what,
              GError          **error)
{
  if (decision->meeting_id > 0 && what == NULL)
    g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                 /* Translators: %s is a decision, "RS 2026-05-12 § 61" */
                 _("The proposal was decided at %s and can no longer be changed. To take the "
                   "matter up again, register a new item."),
                 decision->reference);
  else if (decision->meeting_id > 0)
    g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                 /* Translators: a field, e.g. “Routed to Body”, and a decision, "RS 2026-05-12 § 61" */
                 _("“%s” was fixed by the decision at %s and can no longer be changed."), what,
                 decision->reference);
  else if (what == NULL)
    g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                         _("The item is decided, so its proposal can no longer be changed. To "
                           "take the matter up again, register a new item."));
  else
    g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                 /* Translators: a field, e.g. “Routed to Body” */
                 _("The item is decided, so “%s” can no longer be changed."), what);
  return FALSE;
}

/**
 * ber_items_check_fixed:
 * @fixed: (out): whether the item is decided, so that its proposal is not
 *   written
 *
 * Refuses a save of the item read from the register that would change what
 * its decision fixed (ber_items_fixed_fields()): the proposal's att-clauses
 * in @clauses and @removed, and the fixed properties. Called in the save's
 * transaction, so that what is checked is what is written over.
 */
gboolean
ber_items_check_fixed (BerItems    *self,
                       BerItem     *item,
                       GListModel  *clauses,
                       GListModel  *removed,
                       gboolean    *fixed,
                       GError     **error)
{
  BerStore *store = ber_items_store (self);
  gint64 item_id = ber_record_get_id (BER_RECORD (item));
  g_autoptr(GVariant) stored = NULL;
  g_autoptr(BerItemDecision) decision = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean kept = TRUE;

  *fixed = FALSE;
  if (item_id <= 0)
    return TRUE;
  if ((stored = ber_store_get (store, "item", item_id, error)) == NULL)
    return FALSE;
  decision = find_decision (store, item_id, ber_row_text (stored, "status"), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (decision == NULL)
    return TRUE;

  *fixed = TRUE;
  if (!keeps_proposal (store, item_id, clauses, removed, error, &kept))
    return FALSE;
  if (!kept)
    return refuse_fixed (decision, NULL, error);
  for (guint i = 0; i < G_N_ELEMENTS (fixed_properties); i++)
    if (changes_property (BER_RECORD (item), stored, fixed_properties[i].property))
      return refuse_fixed (decision, _(fixed_properties[i].label), error);
  return TRUE;
}
