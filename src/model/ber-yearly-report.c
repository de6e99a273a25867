/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-yearly-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ber-bodies.h"
#include "ber-labels.h"
#include "ber-row.h"
#include "ber-yearly-report.h"

/*
 * Everything is read through the views of schema 16 (016-yearly-report.sql):
 * the registers that grow are read by an index range over the year and come
 * grouped by day, which is added up here; the small registers are read whole.
 */

/* Rows */

static guint
row_count (GVariant   *row,
           const char *column)
{
  return (guint) MAX (ber_row_integer (row, column), 0);
}

/* "Assembly of European Regions (AER)" */
static char *
network_title (GVariant *row)
{
  const char *name = ber_row_text (row, "network_name");
  const char *acronym = ber_row_text (row, "network_acronym");

  if (*acronym == '\0' || g_str_equal (acronym, name))
    return g_strdup (name);
  return g_strdup_printf ("%s (%s)", name, acronym);
}

/* The month 0–11 of a YYYY-MM-DD date. */
static guint
month_of (const char *day)
{
  guint month = strlen (day) >= 7 ? (guint) g_ascii_strtoull (day + 5, NULL, 10) : 1;

  return CLAMP (month, 1, 12) - 1;
}

static gboolean
collect_row (GVariant *row,
             gpointer  user_data)
{
  g_ptr_array_add (user_data, g_variant_ref (row));
  return TRUE;
}

/* All rows of @query, read in one statement: the grouped views have no
 * row id to read a page of them by. */
static GPtrArray *
select_all (BerStore  *store,
            BerQuery  *query,
            GError   **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);

  if (!ber_store_foreach (store, query, collect_row, rows, error))
    return NULL;
  return g_steal_pointer (&rows);
}

/* A view's rows whose @column is a day of the report's year. */
static BerQuery *
year_query (BerYearlyReport *report,
            const char      *source,
            const char      *column)
{
  BerQuery *query = ber_query_new (source);

  ber_query_add_condition (query, column, BER_QUERY_GE, g_variant_new_string (report->first_day));
  ber_query_add_condition (query, column, BER_QUERY_LE, g_variant_new_string (report->last_day));
  if (report->body_id != 0)
    ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (report->body_id));
  return query;
}

/* Freeing */

static void
body_free (gpointer data)
{
  BerYearlyBody *body = data;

  g_free (body->name);
  g_free (body);
}

static void
membership_free (gpointer data)
{
  BerYearlyMembership *membership = data;

  g_free (membership->network);
  g_free (membership->status);
  g_free (membership->activity);
  g_free (membership->from_on);
  g_free (membership->decision_reference);
  g_free (membership);
}

static void
change_free (gpointer data)
{
  BerYearlyChange *change = data;

  g_free (change->day);
  g_free (change->network);
  g_free (change->status);
  g_free (change->previous);
  g_free (change->note);
  g_free (change);
}

static void
fee_free (gpointer data)
{
  BerYearlyFee *fee = data;

  g_free (fee->network);
  g_free (fee->currency);
  g_free (fee->notes);
  g_free (fee);
}

static void
assignment_free (gpointer data)
{
  BerYearlyAssignment *assignment = data;

  g_free (assignment->person);
  g_free (assignment->role);
  g_free (assignment->forum);
  g_free (assignment->from_on);
  g_free (assignment->to_on);
  g_free (assignment->candidacy);
  g_free (assignment);
}

static void
event_free (gpointer data)
{
  BerYearlyEvent *event = data;

  g_free (event->day);
  g_free (event->ends_on);
  g_free (event->title);
  g_free (event->network);
  g_free (event->place);
  g_free (event->attendee_names);
  g_free (event);
}

static void
activity_free (gpointer data)
{
  BerYearlyActivity *activity = data;

  g_free (activity->day);
  g_free (activity->title);
  g_free (activity->detail);
  g_free (activity);
}

static void
question_free (gpointer data)
{
  BerYearlyQuestion *question = data;

  if (question == NULL)
    return;
  g_free (question->title);
  g_free (question->scope);
  g_free (question->plan);
  g_free (question->action_plan);
  g_free (question->networks);
  g_ptr_array_unref (question->activities);
  g_free (question);
}

void
ber_yearly_report_free (BerYearlyReport *report)
{
  if (report == NULL)
    return;
  g_free (report->body_name);
  g_free (report->body_short_name);
  g_free (report->first_day);
  g_free (report->last_day);
  g_free (report->today);
  g_clear_pointer (&report->bodies, g_ptr_array_unref);
  g_clear_pointer (&report->members, g_ptr_array_unref);
  g_clear_pointer (&report->other_statuses, g_ptr_array_unref);
  g_clear_pointer (&report->changes, g_ptr_array_unref);
  g_clear_pointer (&report->fees, g_ptr_array_unref);
  g_clear_pointer (&report->assignments, g_ptr_array_unref);
  g_clear_pointer (&report->events, g_ptr_array_unref);
  g_clear_pointer (&report->questions, g_ptr_array_unref);
  g_free (report);
}

/* Bodies */

static gboolean
load_bodies (BerStore         *store,
             BerYearlyReport  *report,
             GError          **error)
{
  g_autoptr(GPtrArray) rows = ber_bodies_select_in_order (store, error);
  BerYearlyBody *none;

  if (rows == NULL)
    return FALSE;

  report->bodies = g_ptr_array_new_with_free_func (body_free);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gint64 id = ber_row_integer (row, "id");
      BerYearlyBody *body;

      if (report->body_id != 0 && id != report->body_id)
        continue;
      body = g_new0 (BerYearlyBody, 1);
      body->body_id = id;
      body->name = g_strdup (ber_row_text (row, "name"));
      g_ptr_array_add (report->bodies, body);
      if (id == report->body_id)
        {
          report->body_name = g_strdup (ber_row_text (row, "name"));
          report->body_short_name = g_strdup (ber_row_text (row, "short_name"));
        }
    }

  if (report->body_id != 0 && report->body_name == NULL)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, report->body_id);

      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                   _("There is no body with the id %s in the register."), id);
      return FALSE;
    }

  /* Items not routed yet. */
  if (report->body_id == 0)
    {
      none = g_new0 (BerYearlyBody, 1);
      none->name = g_strdup ("");
      g_ptr_array_add (report->bodies, none);
    }
  return TRUE;
}

static BerYearlyBody *
find_body (BerYearlyReport *report,
           gint64           id)
{
  for (guint i = 0; i < report->bodies->len; i++)
    {
      BerYearlyBody *body = g_ptr_array_index (report->bodies, i);

      if (body->body_id == id)
        return body;
    }
  return NULL;
}

/* Items, meetings and reports: the days of the year added up */

static gboolean
load_items (BerStore         *store,
            BerYearlyReport  *report,
            GError          **error)
{
  g_autoptr(BerQuery) query = year_query (report, "yearly_item_day", "day");
  g_autoptr(GPtrArray) rows = select_all (store, query, error);

  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      guint n = row_count (row, "n");
      int type = ber_choice_index (BER_CHOICES_ITEM_TYPE, ber_row_text (row, "type"));
      BerYearlyBody *body = find_body (report, ber_row_integer (row, "body_id"));
      gboolean closed = ber_row_integer (row, "closed") != 0;

      report->items += n;
      report->items_closed += closed ? n : 0;
      if (type >= 0 && type < BER_YEARLY_N_ITEM_TYPES)
        report->items_by_type[type] += n;
      report->items_by_month[month_of (ber_row_text (row, "day"))] += n;
      if (body != NULL)
        {
          body->items += n;
          body->closed += closed ? n : 0;
        }
    }
  return TRUE;
}

static gboolean
load_meetings (BerStore         *store,
               BerYearlyReport  *report,
               GError          **error)
{
  g_autoptr(BerQuery) query = year_query (report, "yearly_meeting_day", "day");
  g_autoptr(GPtrArray) rows = select_all (store, query, error);

  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      BerYearlyBody *body = find_body (report, ber_row_integer (row, "body_id"));

      report->meetings += row_count (row, "meetings");
      report->decisions += row_count (row, "decisions");
      report->adopted += row_count (row, "adopted");
      report->tabled += row_count (row, "tabled");
      report->declined += row_count (row, "declined");
      report->noted += row_count (row, "noted");
      if (body == NULL)
        continue;
      body->meetings += row_count (row, "meetings");
      body->decisions += row_count (row, "decisions");
      body->adopted += row_count (row, "adopted");
      body->tabled += row_count (row, "tabled");
      body->declined += row_count (row, "declined");
      body->noted += row_count (row, "noted");
    }
  return TRUE;
}

static gboolean
load_reports (BerStore         *store,
              BerYearlyReport  *report,
              GError          **error)
{
  g_autoptr(BerQuery) query = year_query (report, "yearly_report_day", "day");
  g_autoptr(GPtrArray) rows = select_all (store, query, error);

  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *timeliness = ber_row_text (row, "timeliness");
      guint n = row_count (row, "n");
      guint month = month_of (ber_row_text (row, "day"));
      BerYearlyBody *body = find_body (report, ber_row_integer (row, "body_id"));

      if (g_str_equal (timeliness, "on-time"))
        {
          report->reports_on_time += n;
          report->reports_on_time_by_month[month] += n;
          if (body != NULL)
            body->reports_on_time += n;
        }
      else if (g_str_equal (timeliness, "late"))
        {
          report->reports_late += n;
          report->reports_late_by_month[month] += n;
          if (body != NULL)
            body->reports_late += n;
        }
      else
        {
          report->reports_outstanding += n;
          report->reports_outstanding_by_month[month] += n;
          if (body != NULL)
            body->reports_outstanding += n;
        }
    }
  return TRUE;
}

/* Memberships */

static gboolean
is_member_status (const char *status)
{
  return g_strcmp0 (status, "member") == 0 || g_strcmp0 (status, "indirect") == 0;
}

static BerYearlyMembership *
membership_new (GVariant *row)
{
  BerYearlyMembership *membership = g_new0 (BerYearlyMembership, 1);

  membership->network = network_title (row);
  membership->status = g_strdup (ber_row_text (row, "status"));
  membership->activity = ber_row_dup_text (row, "activity");
  membership->from_on = ber_row_dup_text (row, "from_on");
  membership->decision_reference = g_strdup (ber_row_text (row, "decision_reference"));
  return membership;
}

static void
add_change (BerYearlyReport     *report,
            const char          *day,
            GVariant            *row,
            BerYearlyChangeKind  kind,
            const char          *status,
            const char          *previous,
            const char          *note)
{
  BerYearlyChange *change = g_new0 (BerYearlyChange, 1);

  change->day = g_strdup (day);
  change->network = network_title (row);
  change->kind = kind;
  change->status = g_strdup (status);
  change->previous = g_strdup (previous);
  change->note = g_strdup (note);
  g_ptr_array_add (report->changes, change);
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const BerYearlyChange *change_a = *(BerYearlyChange **) a;
  const BerYearlyChange *change_b = *(BerYearlyChange **) b;
  int by_day = strcmp (change_a->day, change_b->day);

  return by_day != 0 ? by_day : g_utf8_collate (change_a->network, change_b->network);
}

static gboolean
load_memberships (BerStore         *store,
                  BerYearlyReport  *report,
                  GError          **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("yearly_membership");
  g_autoptr(BerQuery) reviews_query = year_query (report, "yearly_review", "day");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) reviews = NULL;

  if (report->body_id != 0)
    ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (report->body_id));
  ber_query_add_order (query, "sort_key", FALSE);
  ber_query_add_order (query, "network_id", FALSE);
  ber_query_add_order (query, "from_on", FALSE);
  ber_query_add_order (query, "id", FALSE);
  rows = select_all (store, query, error);
  if (rows == NULL)
    return FALSE;
  ber_query_add_order (reviews_query, "day", FALSE);
  reviews = select_all (store, reviews_query, error);
  if (reviews == NULL)
    return FALSE;

  report->members = g_ptr_array_new_with_free_func (membership_free);
  report->other_statuses = g_ptr_array_new_with_free_func (membership_free);
  report->changes = g_ptr_array_new_with_free_func (change_free);

  /* Rows come network after network, oldest first: the last one begun by
   * 31 December is the network's status that day. */
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *from_on = ber_row_text (row, "from_on");
      const char *to_on = ber_row_text (row, "to_on");
      const char *status = ber_row_text (row, "status");
      g_autofree char *previous = ber_row_dup_text (row, "previous_status");
      GVariant *next = i + 1 < rows->len ? g_ptr_array_index (rows, i + 1) : NULL;
      gboolean last_of_network = next == NULL
                                 || ber_row_integer (next, "network_id") != ber_row_integer (row, "network_id")
                                 || (*ber_row_text (next, "from_on") != '\0'
                                     && strcmp (ber_row_text (next, "from_on"), report->last_day) > 0);

      if (*from_on != '\0' && strcmp (from_on, report->first_day) >= 0
          && strcmp (from_on, report->last_day) <= 0)
        {
          gboolean joined = is_member_status (status)
                            && (previous == NULL || !is_member_status (previous));

          add_change (report, from_on, row,
                      joined ? BER_YEARLY_CHANGE_JOINED : BER_YEARLY_CHANGE_STATUS, status,
                      joined ? NULL : previous, ber_row_text (row, "decision_reference"));
        }
      if (*to_on != '\0' && strcmp (to_on, report->first_day) >= 0
          && strcmp (to_on, report->last_day) <= 0)
        add_change (report, to_on, row, BER_YEARLY_CHANGE_ENDED, status, NULL, "");

      /* The network's row on 31 December, if it had begun by then. */
      if (!last_of_network || (*from_on != '\0' && strcmp (from_on, report->last_day) > 0))
        continue;
      if (*to_on != '\0' && strcmp (to_on, report->last_day) < 0)
        continue;
      if (is_member_status (status))
        g_ptr_array_add (report->members, membership_new (row));
      else if (!g_str_equal (status, "left"))
        g_ptr_array_add (report->other_statuses, membership_new (row));
    }

  for (guint i = 0; i < reviews->len; i++)
    {
      GVariant *row = g_ptr_array_index (reviews, i);

      add_change (report, ber_row_text (row, "day"), row, BER_YEARLY_CHANGE_REVIEW,
                  ber_row_text (row, "outcome"), NULL, ber_row_text (row, "note"));
    }

  g_ptr_array_sort (report->changes, compare_changes);
  return TRUE;
}

/* Fees */

static gboolean
load_fees (BerStore         *store,
           BerYearlyReport  *report,
           GError          **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("yearly_fee");
  g_autoptr(GPtrArray) rows = NULL;

  ber_query_add_condition (query, "year", BER_QUERY_EQ, g_variant_new_int64 (report->year));
  if (report->body_id != 0)
    ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (report->body_id));
  ber_query_add_order (query, "sort_key", FALSE);
  rows = select_all (store, query, error);
  if (rows == NULL)
    return FALSE;

  report->fees = g_ptr_array_new_with_free_func (fee_free);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      BerYearlyFee *fee = g_new0 (BerYearlyFee, 1);
      double amount = ber_row_real (row, "amount");

      fee->network = network_title (row);
      fee->currency = g_strdup (ber_row_text (row, "currency"));
      fee->cents = (gint64) llround (amount * 100.0);
      fee->rate = ber_row_real (row, "sek_rate");
      fee->notes = g_strdup (ber_row_text (row, "notes"));
      if (g_str_equal (fee->currency, "SEK"))
        {
          fee->sek_known = TRUE;
          fee->sek_cents = fee->cents;
        }
      else if (fee->rate > 0)
        {
          fee->sek_known = TRUE;
          fee->sek_cents = (gint64) llround (amount * fee->rate * 100.0);
        }
      if (fee->sek_known)
        report->fees_sek_cents += fee->sek_cents;
      else
        report->fees_without_rate++;
      g_ptr_array_add (report->fees, fee);
    }
  return TRUE;
}

/* Representatives */

static gboolean
load_assignments (BerStore         *store,
                  BerYearlyReport  *report,
                  GError          **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("yearly_assignment");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) persons = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (report->body_id != 0)
    ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (report->body_id));
  ber_query_add_order (query, "person_key", FALSE);
  ber_query_add_order (query, "from_on", FALSE);
  ber_query_add_order (query, "id", FALSE);
  rows = select_all (store, query, error);
  if (rows == NULL)
    return FALSE;

  report->assignments = g_ptr_array_new_with_free_func (assignment_free);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *from_on = ber_row_text (row, "from_on");
      const char *to_on = ber_row_text (row, "to_on");
      BerYearlyAssignment *assignment;
      gint64 person_id;

      /* Active for at least one day of the year. */
      if ((*from_on != '\0' && strcmp (from_on, report->last_day) > 0)
          || (*to_on != '\0' && strcmp (to_on, report->first_day) < 0))
        continue;

      assignment = g_new0 (BerYearlyAssignment, 1);
      assignment->person = g_strdup (ber_row_text (row, "person_name"));
      assignment->role = g_strdup (ber_row_text (row, "role"));
      if (*ber_row_text (row, "network_name") != '\0')
        {
          g_autofree char *network = network_title (row);

          assignment->forum = *ber_row_text (row, "network_body_name") != '\0'
                              ? g_strdup_printf ("%s, %s", network,
                                                 ber_row_text (row, "network_body_name"))
                              : g_steal_pointer (&network);
        }
      else
        assignment->forum = g_strdup (ber_row_text (row, "forum"));
      assignment->from_on = ber_row_dup_text (row, "from_on");
      assignment->to_on = ber_row_dup_text (row, "to_on");
      assignment->candidacy = ber_row_dup_text (row, "candidacy");
      person_id = ber_row_integer (row, "person_id");
      if (!g_hash_table_contains (persons, &person_id))
        g_hash_table_add (persons, g_memdup2 (&person_id, sizeof person_id));
      g_ptr_array_add (report->assignments, assignment);
    }
  report->representatives = g_hash_table_size (persons);
  return TRUE;
}

/* Forum events */

static gboolean
load_events (BerStore         *store,
             BerYearlyReport  *report,
             GError          **error)
{
  g_autoptr(BerQuery) query = year_query (report, "yearly_event", "day");
  g_autoptr(GPtrArray) rows = NULL;

  ber_query_add_order (query, "day", FALSE);
  ber_query_add_order (query, "id", FALSE);
  rows = select_all (store, query, error);
  if (rows == NULL)
    return FALSE;

  report->events = g_ptr_array_new_with_free_func (event_free);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      BerYearlyEvent *event = g_new0 (BerYearlyEvent, 1);

      event->day = g_strdup (ber_row_text (row, "day"));
      event->ends_on = ber_row_dup_text (row, "ends_on");
      event->title = g_strdup (ber_row_text (row, "title"));
      event->network = network_title (row);
      event->place = g_strdup (ber_row_text (row, "place"));
      event->attendees = row_count (row, "attendees");
      event->attendee_names = g_strdup (ber_row_text (row, "attendee_names"));
      event->reports = row_count (row, "reports");
      report->attendances += event->attendees;
      g_ptr_array_add (report->events, event);
    }
  return TRUE;
}

/* Influence questions */

static BerYearlyQuestion *
find_question (GPtrArray *questions,
               GPtrArray *rows,
               gint64     id)
{
  for (guint i = 0; i < rows->len; i++)
    if (ber_row_integer (g_ptr_array_index (rows, i), "id") == id)
      return g_ptr_array_index (questions, i);
  return NULL;
}

static gboolean
load_questions (BerStore         *store,
                BerYearlyReport  *report,
                GError          **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("influence_question");
  g_autoptr(BerQuery) activity_query = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(BerQuery) network_query = ber_query_new ("yearly_question_network");
  g_autoptr(GPtrArray) networks = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (question_free);

  if (report->body_id != 0)
    ber_query_add_condition (query, "plan_body_id", BER_QUERY_EQ,
                             g_variant_new_int64 (report->body_id));
  ber_query_add_order (query, "priority", FALSE);
  ber_query_add_order (query, "id", FALSE);
  rows = select_all (store, query, error);
  if (rows == NULL)
    return FALSE;

  activity_query = ber_query_new ("yearly_question_activity");
  ber_query_add_condition (activity_query, "day", BER_QUERY_GE,
                           g_variant_new_string (report->first_day));
  ber_query_add_condition (activity_query, "day", BER_QUERY_LE,
                           g_variant_new_string (report->last_day));
  ber_query_add_order (activity_query, "day", FALSE);
  ber_query_add_order (activity_query, "record_id", FALSE);
  activities = select_all (store, activity_query, error);
  if (activities == NULL)
    return FALSE;

  ber_query_add_order (network_query, "sort_key", FALSE);
  networks = select_all (store, network_query, error);
  if (networks == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      BerYearlyQuestion *question = g_new0 (BerYearlyQuestion, 1);
      g_autoptr(GString) named = g_string_new (NULL);

      for (guint n = 0; n < networks->len; n++)
        {
          GVariant *network = g_ptr_array_index (networks, n);
          const char *acronym = ber_row_text (network, "network_acronym");

          if (ber_row_integer (network, "question_id") != ber_row_integer (row, "id"))
            continue;
          g_string_append_printf (named, "%s%s", named->len > 0 ? ", " : "",
                                  *acronym != '\0' ? acronym : ber_row_text (network, "network_name"));
        }
      question->networks = g_string_free (g_steal_pointer (&named), FALSE);

      question->priority = row_count (row, "priority");
      question->title = g_strdup (ber_row_text (row, "title"));
      question->scope = g_strdup (ber_row_text (row, "scope"));
      question->plan = g_strdup (ber_row_text (row, "plan"));
      question->action_plan = g_strdup (ber_row_text (row, "action_plan"));
      question->activities = g_ptr_array_new_with_free_func (activity_free);
      g_ptr_array_add (all, question);
    }

  for (guint i = 0; i < activities->len; i++)
    {
      GVariant *row = g_ptr_array_index (activities, i);
      BerYearlyQuestion *question = find_question (all, rows, ber_row_integer (row, "question_id"));
      const char *kind = ber_row_text (row, "kind");
      BerYearlyActivity *activity;

      if (question == NULL)
        continue;
      activity = g_new0 (BerYearlyActivity, 1);
      activity->kind = g_str_equal (kind, "event") ? BER_YEARLY_ACTIVITY_EVENT
                       : g_str_equal (kind, "report") ? BER_YEARLY_ACTIVITY_REPORT
                       : BER_YEARLY_ACTIVITY_ITEM;
      activity->day = g_strdup (ber_row_text (row, "day"));
      activity->title = g_strdup (ber_row_text (row, "title"));
      activity->detail = g_strdup (ber_row_text (row, "detail"));
      if (activity->kind == BER_YEARLY_ACTIVITY_EVENT)
        question->events++;
      else if (activity->kind == BER_YEARLY_ACTIVITY_REPORT)
        question->reports++;
      else
        question->items++;
      g_ptr_array_add (question->activities, activity);
    }

  /* The questions of the year's plan, those of no year in particular, and
   * any other that something was done on in the year. */
  report->questions = g_ptr_array_new_with_free_func (question_free);
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 year = ber_row_integer (g_ptr_array_index (rows, i), "year");
      BerYearlyQuestion *question = g_ptr_array_index (all, i);

      if (year == 0 || year == report->year || question->activities->len > 0)
        {
          g_ptr_array_add (report->questions, question);
          all->pdata[i] = NULL;
        }
    }
  return TRUE;
}

/**
 * ber_yearly_report_load:
 * @year: the calendar year, 1900–2999
 * @body_id: a body, or 0 for all
 *
 * Reads every figure of the report from @store.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
BerYearlyReport *
ber_yearly_report_load (BerStore *store,
                        int       year,
                        gint64    body_id,
                        GError  **error)
{
  g_autoptr(BerYearlyReport) report = g_new0 (BerYearlyReport, 1);

  g_return_val_if_fail (BER_IS_STORE (store), NULL);
  g_return_val_if_fail (year >= 1900 && year <= 2999, NULL);

  report->year = year;
  report->body_id = body_id;
  report->first_day = g_strdup_printf ("%04d-01-01", year);
  report->last_day = g_strdup_printf ("%04d-12-31", year);
  report->today = g_strdup (ber_store_get_today (store));

  if (!load_bodies (store, report, error)
      || !load_items (store, report, error)
      || !load_meetings (store, report, error)
      || !load_reports (store, report, error)
      || !load_memberships (store, report, error)
      || !load_fees (store, report, error)
      || !load_assignments (store, report, error)
      || !load_events (store, report, error)
      || !load_questions (store, report, error))
    return NULL;

  return g_steal_pointer (&report);
}
