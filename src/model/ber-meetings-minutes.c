/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-meetings"

#include "config.h"

#include <string.h>

#include "ber-date.h"
#include "ber-distribution.h"
#include "ber-labels.h"
#include "ber-meetings-private.h"

/*
 * BerMeetings, continued: the decisions on an agenda's entries, the
 * minutes with their attendance, and the follow-up of the decisions.
 */

/* Decisions and minutes */

/**
 * ber_meetings_list_proposal:
 *
 * Returns: (transfer full) (nullable): the att-clauses (#BerClause) the
 *   entry's item proposes, in order; none for an entry without an item
 */
GListModel *
ber_meetings_list_proposal (BerMeetings     *self,
                            BerAgendaEntry  *entry,
                            GError         **error)
{
  gint64 item_id;

  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), NULL);

  item_id = record_int64 (entry, "item-id");
  if (item_id == 0)
    return G_LIST_MODEL (g_list_store_new (BER_TYPE_CLAUSE));
  return ber_meetings_list_where (self, BER_TYPE_CLAUSE, "clause", "item_id", item_id, "position", error);
}

/* Returns: (transfer full) (nullable): the decision's att-clauses, in order */
GListModel *
ber_meetings_list_clauses (BerMeetings     *self,
                           BerAgendaEntry  *entry,
                           GError         **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), NULL);

  return ber_meetings_list_where (self, BER_TYPE_CLAUSE, "clause", "agenda_entry_id",
                     ber_record_get_id (BER_RECORD (entry)), "position", error);
}

/* Returns: (transfer full) (nullable): who receives the extract (#BerDistribution) */
GListModel *
ber_meetings_list_distribution (BerMeetings     *self,
                                BerAgendaEntry  *entry,
                                GError         **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), NULL);

  return ber_meetings_list_where (self, BER_TYPE_DISTRIBUTION, "distribution", "agenda_entry_id",
                     ber_record_get_id (BER_RECORD (entry)), NULL, error);
}

/* Returns: (transfer full) (nullable): the reservations and statements
 * (#BerStatement) under the entry's decision, in the order of the minutes */
GListModel *
ber_meetings_list_statements (BerMeetings     *self,
                              BerAgendaEntry  *entry,
                              GError         **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), NULL);

  return ber_meetings_list_where (self, BER_TYPE_STATEMENT, "statement", "agenda_entry_id",
                     ber_record_get_id (BER_RECORD (entry)), "position", error);
}

/* Returns: (transfer full) (nullable): every #BerStatement of the meeting's
 * minutes, in agenda order */
GListModel *
ber_meetings_list_meeting_statements (BerMeetings  *self,
                                      gint64        meeting_id,
                                      GError      **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);

  return ber_meetings_list_where (self, BER_TYPE_STATEMENT, "statement_list", "meeting_id", meeting_id,
                     "entry_position", error);
}

/**
 * ber_meetings_check_statement:
 *
 * Whether a reservation or statement can go into the minutes: it has a
 * kind and an author. It is written with the decision.
 */
gboolean
ber_meetings_check_statement (BerMeetings   *self,
                              BerStatement  *statement,
                              GError       **error)
{
  g_autofree char *author = NULL;

  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (BER_IS_STATEMENT (statement), FALSE);

  author = g_strstrip (g_strdup (record_text (statement, "author")));
  if (*author == '\0')
    return ber_service_refuse (error, _("Author is empty. Write who makes the reservation or "
                               "statement: a name and/or party, such as “Anna Berg (M)”."));
  if (ber_choice_index (BER_CHOICES_STATEMENT_KIND, record_text (statement, "kind")) < 0)
    return ber_service_refuse (error, _("Choose a kind: Reservation, Statement for the Minutes or "
                               "Special Opinion."));
  return TRUE;
}

/**
 * ber_meetings_record_decision:
 * @entry: the entry with its decision and note set
 * @clauses: (nullable): the decision's att-clauses, for any decision but
 *   "as-proposed" (which takes the item's proposal)
 * @recipients: (nullable): who receives the extract (Exp till)
 * @statements: (nullable): the #BerStatement under the decision, in order:
 *   those with an id are kept, new ones added, others removed
 *
 * Records the decision on an entry of a locked agenda, with its clauses,
 * distribution and statements, in one transaction.
 */
gboolean
ber_meetings_record_decision (BerMeetings         *self,
                              BerAgendaEntry      *entry,
                              const char * const  *clauses,
                              const char * const  *recipients,
                              GListModel          *statements,
                              GError             **error)
{
  BerStore *store;
  gint64 entry_id;
  guint n = statements != NULL ? g_list_model_get_n_items (statements) : 0;
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree BerStatementSpec *specs = g_new0 (BerStatementSpec, n + 1);
  gboolean ok;

  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), FALSE);

  store = store_of (self);
  entry_id = ber_record_get_id (BER_RECORD (entry));
  for (guint i = 0; i < n; i++)
    {
      BerStatement *statement = g_list_model_get_item (statements, i);

      g_ptr_array_add (kept, statement);
      specs[i] = (BerStatementSpec) { ber_record_get_id (BER_RECORD (statement)),
                                      record_text (statement, "kind"),
                                      record_text (statement, "author"),
                                      record_text (statement, "text") };
    }

  if (!ber_store_begin (store, error))
    return FALSE;
  ok = ber_agenda_record_decision (store, entry_id, ber_record_get_string (BER_RECORD (entry),
                                                                           "decision"),
                                   record_text (entry, "decision-note"), clauses, error)
       && ber_agenda_set_distribution (store, entry_id, recipients, error)
       && ber_agenda_set_statements (store, entry_id, specs, n, error)
       && ber_meetings_link_reservations (self, entry_id, error);
  if (!ber_service_commit_or_rollback (store, ok, error))
    return FALSE;
  return ber_record_reload (BER_RECORD (entry), store, error);
}

/* Returns: (transfer full) (nullable): who attended the meeting (#BerAttendance) */
GListModel *
ber_meetings_list_attendance (BerMeetings  *self,
                              gint64        meeting_id,
                              GError      **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);

  return ber_meetings_list_where (self, BER_TYPE_ATTENDANCE, "attendance", "meeting_id", meeting_id, NULL,
                     error);
}

/* Roles at the body's meetings before: a deputy who served is a deputy. */
static void
add_roles_of (BerMeetings *self,
              gint64       meeting_id,
              GHashTable  *roles,
              GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("attendance");
  g_autoptr(GPtrArray) rows = NULL;

  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, g_variant_new_int64 (meeting_id));
  rows = ber_store_select (store_of (self), query, 0, G_MAXUINT, error);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gint64 person = 0;
      const char *role = NULL;

      g_variant_lookup (row, "person_id", "x", &person);
      g_variant_lookup (row, "role", "&s", &role);
      if (person == 0 || role == NULL || g_hash_table_contains (roles, &person))
        continue;
      if (g_str_equal (role, "serving-deputy"))
        role = "deputy";
      g_hash_table_insert (roles, g_memdup2 (&person, sizeof person), g_strdup (role));
    }
}

/**
 * ber_meetings_list_usual_roles:
 * @meeting: the meeting whose minutes are recorded
 *
 * The roles the persons had at the body's latest meetings before this one
 * whose attendance is recorded (the newest first, three at most), and the
 * meeting's chair as chair: what the minutes' attendance offers for each
 * person, with ber_meetings_default_role().
 *
 * Returns: (transfer full) (nullable): person id (gint64 *) → role (a
 *   BER_CHOICES_ATTENDANCE_ROLE value), or %NULL with @error set
 */
GHashTable *
ber_meetings_list_usual_roles (BerMeetings  *self,
                               BerMeeting   *meeting,
                               GError      **error)
{
  static const char * const recorded[] = { "held", "minutes-approved", NULL };
  g_autoptr(GHashTable) roles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       g_free);
  g_autoptr(BerQuery) query = ber_query_new ("meeting");
  g_autoptr(GPtrArray) before = NULL;
  gint64 chair;

  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (BER_IS_MEETING (meeting), NULL);

  chair = record_int64 (meeting, "chair-id");
  if (chair != 0)
    g_hash_table_insert (roles, g_memdup2 (&chair, sizeof chair), g_strdup ("chair"));

  ber_query_add_condition (query, "body_id", BER_QUERY_EQ,
                           g_variant_new_int64 (record_int64 (meeting, "body-id")));
  ber_query_add_in (query, "status", recorded);
  ber_query_add_condition (query, "held_on", BER_QUERY_LE,
                           g_variant_new_string (ber_meeting_get_held_on (meeting)));
  ber_query_add_condition (query, "id", BER_QUERY_NE,
                           g_variant_new_int64 (ber_record_get_id (BER_RECORD (meeting))));
  ber_query_add_order (query, "held_on", TRUE);
  ber_query_add_order (query, "id", TRUE);
  before = ber_store_select (store_of (self), query, 0, 3, error);
  if (before == NULL)
    return NULL;
  for (guint i = 0; i < before->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (before, i), "id", "x", &id);
      add_roles_of (self, id, roles, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  return g_steal_pointer (&roles);
}

/**
 * ber_meetings_default_role:
 * @usual_roles: (nullable): from ber_meetings_list_usual_roles()
 * @person: a #BerPerson
 *
 * The role the minutes offer @person: the one they had at the body's
 * meetings before, or as the meeting's chair; else an official attends as
 * an official, and an elected representative as a member.
 *
 * Returns: a BER_CHOICES_ATTENDANCE_ROLE value
 */
const char *
ber_meetings_default_role (BerMeetings *self,
                           GHashTable  *usual_roles,
                           BerRecord   *person)
{
  gint64 id;
  const char *role;

  g_return_val_if_fail (BER_IS_MEETINGS (self), "member");
  g_return_val_if_fail (BER_IS_RECORD (person), "member");

  id = ber_record_get_id (person);
  role = usual_roles != NULL ? g_hash_table_lookup (usual_roles, &id) : NULL;
  if (role != NULL)
    return role;
  return g_strcmp0 (ber_record_get_string (person, "kind"), "official") == 0 ? "official"
                                                                             : "member";
}

/**
 * ber_meetings_record_minutes:
 * @meeting: the meeting with its minutes checker and the dates of approval
 *   (justering) and posting (anslag) set
 * @attendance: (nullable): who attended (#BerAttendance with a person and a
 *   role), replacing the attendance recorded before
 *
 * Records the minutes and the attendance in one transaction. Every matter
 * needs its decision; the meeting becomes held, or minutes-approved with a
 * date of approval, and its items move on by their decisions.
 */
gboolean
ber_meetings_record_minutes (BerMeetings  *self,
                             BerMeeting   *meeting,
                             GListModel   *attendance,
                             GError      **error)
{
  BerStore *store;
  gint64 meeting_id;
  guint n = attendance != NULL ? g_list_model_get_n_items (attendance) : 0;
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree BerAttendee *attendees = g_new0 (BerAttendee, n + 1);
  BerMinutesSpec spec = { 0 };
  gboolean ok;

  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (BER_IS_MEETING (meeting), FALSE);

  store = store_of (self);
  meeting_id = ber_record_get_id (BER_RECORD (meeting));
  for (guint i = 0; i < n; i++)
    {
      BerAttendance *attended = g_list_model_get_item (attendance, i);

      g_ptr_array_add (kept, attended);
      attendees[i] = (BerAttendee) { record_int64 (attended, "person-id"),
                                     ber_attendance_get_role (attended),
                                     ber_attendance_get_present (attended) };
    }
  spec.checker_id = record_int64 (meeting, "checker-id");
  spec.approved_on = ber_record_get_string (BER_RECORD (meeting), "approved-on");
  spec.posted_on = ber_record_get_string (BER_RECORD (meeting), "posted-on");
  if ((spec.approved_on != NULL && *spec.approved_on != '\0'
       && !ber_date_is_valid (spec.approved_on))
      || (spec.posted_on != NULL && *spec.posted_on != '\0'
          && !ber_date_is_valid (spec.posted_on)))
    return ber_service_refuse (error, _("A date of the minutes is not a date. Write it as "
                               "YYYY-MM-DD."));

  if (!ber_store_begin (store, error))
    return FALSE;
  ok = ber_agenda_set_attendance (store, meeting_id, attendees, n, error)
       && ber_agenda_record_minutes (store, meeting_id, &spec, error);
  if (!ber_service_commit_or_rollback (store, ok, error))
    return FALSE;
  return ber_record_reload (BER_RECORD (meeting), store, error);
}

/* Decision follow-up */

/* Does @needle (folded) occur in any of @row's texts? */
static gboolean
followup_matches (BerFollowup *followup,
                  const char  *needle)
{
  static const char * const properties[] = { "text", "responsible-name", "body-name",
                                             "body-short-name", "entry-title", "held-on", NULL };

  if (needle == NULL)
    return TRUE;
  for (guint i = 0; properties[i] != NULL; i++)
    {
      g_autofree char *folded = g_utf8_casefold (record_text (followup, properties[i]), -1);

      if (strstr (folded, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

static int
compare_followups (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  BerFollowup *x = *(BerFollowup **) a;
  BerFollowup *y = *(BerFollowup **) b;
  const char *order = user_data;
  int result = 0;

  if (g_strcmp0 (order, BER_FOLLOWUP_ORDER_MEETING) == 0)
    {
      result = strcmp (record_text (x, "held-on"), record_text (y, "held-on"));
      if (result == 0)
        result = (int) CLAMP (record_int64 (x, "paragraph") - record_int64 (y, "paragraph"),
                              -1, 1);
    }
  else if (g_strcmp0 (order, BER_FOLLOWUP_ORDER_RESPONSIBLE) == 0)
    result = g_utf8_collate (record_text (x, "responsible-name"),
                             record_text (y, "responsible-name"));
  else if (g_strcmp0 (order, BER_FOLLOWUP_ORDER_TEXT) == 0)
    result = g_utf8_collate (record_text (x, "text"), record_text (y, "text"));
  else
    {
      const char *due_x = record_text (x, "due-on");
      const char *due_y = record_text (y, "due-on");

      /* Undated last. */
      result = *due_x == '\0' || *due_y == '\0' ? (*due_x == '\0') - (*due_y == '\0')
                                                : strcmp (due_x, due_y);
    }
  if (result == 0)
    result = (int) CLAMP (ber_record_get_id (BER_RECORD (x)) - ber_record_get_id (BER_RECORD (y)),
                          -1, 1);
  return result;
}

static gboolean
fill_followup (BerMeetings    *self,
               BerListFilter  *filter,
               GListStore     *list,
               GError        **error)
{
  const char *search = ber_list_filter_get_search (filter);
  g_autofree char *needle = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  const char *today = ber_service_get_today (BER_SERVICE (self));

  rows = ber_agenda_followup_list (store_of (self),
                                   ber_list_filter_get_flag (filter, BER_FOLLOWUP_LATE), error);
  if (rows == NULL)
    return FALSE;
  if (search != NULL && *search != '\0')
    {
      g_autofree char *stripped = g_strstrip (g_strdup (search));

      needle = *stripped != '\0' ? g_utf8_casefold (stripped, -1) : NULL;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      BerFollowup *followup = BER_FOLLOWUP (ber_record_new_from_row (BER_TYPE_FOLLOWUP,
                                                                     g_ptr_array_index (rows, i)));

      g_object_set (followup, "late",
                    ber_clause_is_late (ber_record_get_string (BER_RECORD (followup), "due-on"),
                                        NULL, today),
                    NULL);
      if (followup_matches (followup, needle))
        g_ptr_array_add (records, followup);
      else
        g_object_unref (followup);
    }
  if (ber_list_filter_get_order (filter) != NULL || ber_list_filter_get_descending (filter))
    {
      g_ptr_array_sort_with_data (records, compare_followups,
                                  (gpointer) ber_list_filter_get_order (filter));
      if (ber_list_filter_get_descending (filter))
        for (guint i = 0; i < records->len / 2; i++)
          {
            gpointer swap = records->pdata[i];

            records->pdata[i] = records->pdata[records->len - 1 - i];
            records->pdata[records->len - 1 - i] = swap;
          }
    }

  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)), records->pdata,
                       records->len);
  return TRUE;
}

/* What keeps a follow-up list current: its filter, and the writes it shows. */
typedef struct
{
  GWeakRef       service;
  BerListFilter *filter;
  guint          idle;
} FollowupWatch;

#define FOLLOWUP_WATCH "ber-followup-watch"

static void
followup_watch_free (gpointer data)
{
  FollowupWatch *watch = data;

  g_clear_handle_id (&watch->idle, g_source_remove);
  g_weak_ref_clear (&watch->service);
  g_clear_object (&watch->filter);
  g_free (watch);
}

static void
refill (GListStore *list)
{
  FollowupWatch *watch = g_object_get_data (G_OBJECT (list), FOLLOWUP_WATCH);
  g_autoptr(BerMeetings) self = g_weak_ref_get (&watch->service);
  g_autoptr(GError) error = NULL;

  if (self != NULL && !fill_followup (self, watch->filter, list, &error))
    /* The list keeps what it showed; the next write tries again. */
    g_warning ("Follow-up: %s", error->message);
}

static gboolean
refill_idle (gpointer data)
{
  GListStore *list = data;
  FollowupWatch *watch = g_object_get_data (G_OBJECT (list), FOLLOWUP_WATCH);

  watch->idle = 0;
  refill (list);
  return G_SOURCE_REMOVE;
}

/* Decisions are recorded and persons renamed in other views: the list
 * follows, once for a burst of writes. */
static void
on_followup_row_changed (GListStore *list,
                         const char *table)
{
  static const char * const tables[] = { "clause", "agenda_entry", "meeting", "person", "body",
                                         NULL };
  FollowupWatch *watch = g_object_get_data (G_OBJECT (list), FOLLOWUP_WATCH);

  if (g_strv_contains (tables, table) && watch->idle == 0)
    watch->idle = g_idle_add (refill_idle, list);
}

/**
 * ber_meetings_list_followup:
 * @filter: its search (the clause, the responsible, the body), the
 *   criterion %BER_FOLLOWUP_LATE and an order %BER_FOLLOWUP_ORDER_*
 *
 * The decision clauses still to be carried out: those that give someone an
 * assignment, or have a responsible person, and are not done.
 *
 * Returns: (transfer full) (nullable): a list of #BerFollowup that follows
 *   @filter and the register's changes
 */
GListModel *
ber_meetings_list_followup (BerMeetings    *self,
                            BerListFilter  *filter,
                            GError        **error)
{
  g_autoptr(GListStore) list = NULL;
  FollowupWatch *watch;

  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (BER_IS_LIST_FILTER (filter), NULL);

  list = g_list_store_new (BER_TYPE_FOLLOWUP);
  if (!fill_followup (self, filter, list, error))
    return NULL;

  watch = g_new0 (FollowupWatch, 1);
  g_weak_ref_init (&watch->service, self);
  watch->filter = g_object_ref (filter);
  g_object_set_data_full (G_OBJECT (list), FOLLOWUP_WATCH, watch, followup_watch_free);
  g_signal_connect_object (filter, "changed", G_CALLBACK (refill), list, G_CONNECT_SWAPPED);
  g_signal_connect_object (store_of (self), "row-changed", G_CALLBACK (on_followup_row_changed),
                           list, G_CONNECT_SWAPPED);
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * ber_meetings_assign:
 * @clause: a decision's att-clause with its responsible person and due
 *   date set
 *
 * Names who carries out a decision, and by when.
 */
gboolean
ber_meetings_assign (BerMeetings  *self,
                     BerClause    *clause,
                     GError      **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (BER_IS_CLAUSE (clause), FALSE);

  if (!ber_agenda_set_clause_followup (store_of (self), ber_record_get_id (BER_RECORD (clause)),
                                       record_int64 (clause, "responsible-id"),
                                       ber_clause_get_due_on (clause), error))
    return FALSE;
  return ber_record_reload (BER_RECORD (clause), store_of (self), error);
}

/* Marks a decision's att-clause carried out today. */
gboolean
ber_meetings_mark_done (BerMeetings  *self,
                        gint64        clause_id,
                        GError      **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  return ber_agenda_mark_clause_done (store_of (self), clause_id, NULL, error);
}

