/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-overview"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ber-agenda-private.h"
#include "ber-changes-private.h"
#include "ber-date.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-overview.h"

/*
 * Each group is one query described here, read through an index (schema
 * 15, tests/test-plans.c): a count of all its rows, a count of the overdue
 * ones and its first rows, most urgent first. The view switcher's badges
 * count with the same queries (ber_overview_count()), so that the two agree.
 */

/* Lines */

struct _BerOverviewLine
{
  GObject             parent_instance;

  BerOverviewGroup    group;
  GType               record_type;
  gint64              record_id;
  char               *title;
  char               *detail;
  char               *date;
  BerOverviewUrgency  urgency;
};

G_DEFINE_FINAL_TYPE (BerOverviewLine, ber_overview_line, G_TYPE_OBJECT)

static void
ber_overview_line_finalize (GObject *object)
{
  BerOverviewLine *self = BER_OVERVIEW_LINE (object);

  g_free (self->title);
  g_free (self->detail);
  g_free (self->date);
  G_OBJECT_CLASS (ber_overview_line_parent_class)->finalize (object);
}

static void
ber_overview_line_class_init (BerOverviewLineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ber_overview_line_finalize;
}

static void
ber_overview_line_init (BerOverviewLine *self)
{
}

static BerOverviewLine *
line_new (BerOverviewGroup    group,
          GType               record_type,
          gint64              record_id,
          char               *title,
          char               *detail,
          const char         *date,
          BerOverviewUrgency  urgency)
{
  BerOverviewLine *self = g_object_new (BER_TYPE_OVERVIEW_LINE, NULL);

  self->group = group;
  self->record_type = record_type;
  self->record_id = record_id;
  self->title = title;
  self->detail = detail;
  self->date = g_strdup (date != NULL && *date != '\0' ? date : NULL);
  self->urgency = urgency;
  return self;
}

#define LINE_GETTER(Type, name) \
  Type \
  ber_overview_line_get_##name (BerOverviewLine *self) \
  { \
    g_return_val_if_fail (BER_IS_OVERVIEW_LINE (self), 0); \
    return self->name; \
  }

LINE_GETTER (BerOverviewGroup, group)
LINE_GETTER (GType, record_type)
LINE_GETTER (gint64, record_id)
LINE_GETTER (const char *, title)
LINE_GETTER (const char *, detail)
LINE_GETTER (const char *, date)
LINE_GETTER (BerOverviewUrgency, urgency)

/* Days */

struct _BerOverviewDay
{
  GObject     parent_instance;

  char       *today;
  GListStore *lines[BER_OVERVIEW_N_GROUPS];
  guint       total[BER_OVERVIEW_N_GROUPS];
  guint       overdue[BER_OVERVIEW_N_GROUPS];
};

G_DEFINE_FINAL_TYPE (BerOverviewDay, ber_overview_day, G_TYPE_OBJECT)

static void
ber_overview_day_finalize (GObject *object)
{
  BerOverviewDay *self = BER_OVERVIEW_DAY (object);

  for (guint i = 0; i < BER_OVERVIEW_N_GROUPS; i++)
    g_clear_object (&self->lines[i]);
  g_free (self->today);
  G_OBJECT_CLASS (ber_overview_day_parent_class)->finalize (object);
}

static void
ber_overview_day_class_init (BerOverviewDayClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ber_overview_day_finalize;
}

static void
ber_overview_day_init (BerOverviewDay *self)
{
  for (guint i = 0; i < BER_OVERVIEW_N_GROUPS; i++)
    self->lines[i] = g_list_store_new (BER_TYPE_OVERVIEW_LINE);
}

const char *
ber_overview_day_get_today (BerOverviewDay *self)
{
  g_return_val_if_fail (BER_IS_OVERVIEW_DAY (self), NULL);
  return self->today;
}

/* Returns: (transfer none): the group's first lines, most urgent first */
GListModel *
ber_overview_day_get_lines (BerOverviewDay   *self,
                            BerOverviewGroup  group)
{
  g_return_val_if_fail (BER_IS_OVERVIEW_DAY (self), NULL);
  g_return_val_if_fail (group < BER_OVERVIEW_N_GROUPS, NULL);
  return G_LIST_MODEL (self->lines[group]);
}

/* How many lines the group has in all, shown or not. */
guint
ber_overview_day_get_total (BerOverviewDay   *self,
                            BerOverviewGroup  group)
{
  g_return_val_if_fail (BER_IS_OVERVIEW_DAY (self), 0);
  g_return_val_if_fail (group < BER_OVERVIEW_N_GROUPS, 0);
  return self->total[group];
}

/* How many of them are past their date. */
guint
ber_overview_day_get_overdue (BerOverviewDay   *self,
                              BerOverviewGroup  group)
{
  g_return_val_if_fail (BER_IS_OVERVIEW_DAY (self), 0);
  g_return_val_if_fail (group < BER_OVERVIEW_N_GROUPS, 0);
  return self->overdue[group];
}

/* The queries */

typedef struct
{
  const char *today;
  char       *warn;      /* today + the warning days */
  char       *meetings;  /* today + BER_OVERVIEW_MEETING_DAYS */
  char       *mandates;  /* today + BER_OVERVIEW_MANDATE_DAYS */
} Days;

static void
days_init (Days       *days,
           BerStore   *store,
           int         warning_days)
{
  days->today = ber_store_get_today (store);
  days->warn = ber_date_add_days (days->today, MAX (warning_days, 0));
  days->meetings = ber_date_add_days (days->today, BER_OVERVIEW_MEETING_DAYS);
  days->mandates = ber_date_add_days (days->today, BER_OVERVIEW_MANDATE_DAYS);
}

static void
days_clear (Days *days)
{
  g_free (days->warn);
  g_free (days->meetings);
  g_free (days->mandates);
}

#define STR(text) g_variant_new_string (text)

/*
 * The query of @group over @source (its table to count, or its view to
 * show); @overdue: only the rows past their date.
 */
static BerQuery *
group_query (BerOverviewGroup  group,
             const char       *source,
             const Days       *days,
             gboolean          overdue)
{
  BerQuery *query = ber_query_new (source);

  switch (group)
    {
    case BER_OVERVIEW_MEETINGS:
      ber_query_add_condition (query, "held_on", BER_QUERY_GE, STR (days->today));
      ber_query_add_condition (query, "held_on", BER_QUERY_LE, STR (days->meetings));
      ber_query_add_condition (query, "status", overdue ? BER_QUERY_EQ : BER_QUERY_NE,
                               STR (overdue ? "planned" : "cancelled"));
      if (overdue)
        ber_query_add_condition (query, "papers_by", BER_QUERY_LT, STR (days->today));
      ber_query_add_order (query, "held_on", FALSE);
      break;
    case BER_OVERVIEW_REPLIES:
      ber_query_add_condition (query, "reply_by", overdue ? BER_QUERY_LT : BER_QUERY_LE,
                               STR (overdue ? days->today : days->warn));
      ber_query_add_order (query, "reply_by", FALSE);
      break;
    case BER_OVERVIEW_REPORTS:
      ber_query_add_condition (query, "status", BER_QUERY_EQ, STR ("expected"));
      ber_query_add_condition (query, "due_on", overdue ? BER_QUERY_LT : BER_QUERY_LE,
                               STR (overdue ? days->today : days->warn));
      ber_query_add_order (query, "due_on", FALSE);
      break;
    case BER_OVERVIEW_REVIEWS:
      ber_query_add_condition (query, "next_review_on", overdue ? BER_QUERY_LT : BER_QUERY_LE,
                               STR (days->today));
      ber_query_add_order (query, "next_review_on", FALSE);
      break;
    case BER_OVERVIEW_MANDATES:
      ber_query_add_condition (query, "to_on", BER_QUERY_GE, STR (days->today));
      ber_query_add_condition (query, "to_on", BER_QUERY_LE, STR (days->mandates));
      ber_query_add_order (query, "to_on", FALSE);
      break;
    default:
      g_assert_not_reached ();
    }
  ber_query_add_order (query, "id", FALSE);
  return query;
}

/* Where a group's rows are counted, and where they are shown from. */
static const struct
{
  const char *count;
  const char *show;
} sources[] = {
  [BER_OVERVIEW_MEETINGS] = { "overview_meeting", "overview_meeting" },
  [BER_OVERVIEW_REPLIES] = { "overview_reply_due", "overview_reply" },
  [BER_OVERVIEW_REPORTS] = { "report", "report_list" },
  [BER_OVERVIEW_REVIEWS] = { "network", "network" },
  [BER_OVERVIEW_MANDATES] = { "assignment", "assignment_list" },
};

static char *
yesterday_since (const char *today)
{
  g_autofree char *yesterday = ber_date_add_days (today, -1);
  int y = 0, m = 0, d = 0;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) utc = NULL;

  if (yesterday == NULL || sscanf (yesterday, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup ("0000-00-00T00:00:00Z");
  local = g_date_time_new_local (y, m, d, 0, 0, 0);
  utc = g_date_time_to_utc (local);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static gboolean
count_followups (BerStore   *store,
                 guint      *total,
                 guint      *overdue,
                 GPtrArray **rows_out,
                 GError    **error)
{
  g_autoptr(GPtrArray) rows = ber_agenda_followup_list (store, FALSE, error);

  if (rows == NULL)
    return FALSE;
  *total = rows->len;
  *overdue = 0;
  for (guint i = 0; i < rows->len; i++)
    {
      gboolean late = FALSE;

      if (g_variant_lookup (g_ptr_array_index (rows, i), "late", "b", &late) && late)
        (*overdue)++;
    }
  if (rows_out != NULL)
    *rows_out = g_steal_pointer (&rows);
  return TRUE;
}

/**
 * ber_overview_count:
 * @warning_days: how many days ahead a reply or a report counts as due
 * @total: (out): how many lines @group has
 * @overdue: (out) (optional): how many of them are past their date
 *
 * Counts a group as the overview does: the badges of the view switcher
 * count with this.
 */
gboolean
ber_overview_count (BerStore          *store,
                    BerOverviewGroup   group,
                    int                warning_days,
                    guint             *total,
                    guint             *overdue,
                    GError           **error)
{
  g_autoptr(BerQuery) query = NULL;
  g_autoptr(BerQuery) late = NULL;
  guint n_overdue = 0;
  gboolean ok;
  Days days;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (group < BER_OVERVIEW_N_GROUPS, FALSE);
  g_return_val_if_fail (total != NULL, FALSE);

  if (group == BER_OVERVIEW_FOLLOWUPS)
    {
      ok = count_followups (store, total, &n_overdue, NULL, error);
    }
  else if (group == BER_OVERVIEW_CHANGES)
    {
      g_autofree char *since = yesterday_since (ber_store_get_today (store));
      BerHistoryQuery history = { .since = since };

      ok = ber_store_count_history (store, &history, total, error);
    }
  else
    {
      days_init (&days, store, warning_days);
      query = group_query (group, sources[group].count, &days, FALSE);
      late = group_query (group, sources[group].count, &days, TRUE);
      ok = ber_store_count (store, query, total, error)
           && (group == BER_OVERVIEW_MANDATES || overdue == NULL
               || ber_store_count (store, late, &n_overdue, error));
      days_clear (&days);
    }
  if (ok && overdue != NULL)
    *overdue = n_overdue;
  return ok;
}

/**
 * ber_overview_query:
 * @group: a group read by a query (not the follow-ups or the changes)
 * @shown: the query of the lines shown, else that of the count
 * @overdue: only the rows past their date
 *
 * For the plans test (tests/test-plans.c): the queries the groups run.
 *
 * Returns: (transfer full): the query
 */
BerQuery *
ber_overview_query (BerStore          *store,
                    BerOverviewGroup   group,
                    int                warning_days,
                    gboolean           shown,
                    gboolean           overdue)
{
  BerQuery *query;
  Days days;

  g_return_val_if_fail (BER_IS_STORE (store), NULL);
  g_return_val_if_fail (group < BER_OVERVIEW_FOLLOWUPS, NULL);

  days_init (&days, store, warning_days);
  query = group_query (group, shown ? sources[group].show : sources[group].count, &days, overdue);
  days_clear (&days);
  return query;
}

/* Lines of each group */

static BerOverviewUrgency
urgency_of (const char *date,
            const char *today,
            const char *soon)
{
  if (date == NULL || *date == '\0')
    return BER_OVERVIEW_URGENCY_NONE;
  if (strcmp (date, today) < 0)
    return BER_OVERVIEW_URGENCY_OVERDUE;
  if (strcmp (date, today) == 0)
    return BER_OVERVIEW_URGENCY_TODAY;
  if (soon != NULL && strcmp (date, soon) <= 0)
    return BER_OVERVIEW_URGENCY_SOON;
  return BER_OVERVIEW_URGENCY_NONE;
}

/* "2026-12-03, 2 days ago" and the like, for the detail lines. */
static char *
when (const char *date,
      const char *today)
{
  int days = ber_date_days_until (today, date);

  if (days == 0)
    return g_strdup_printf (_("%s, today"), date);
  if (days == 1)
    return g_strdup_printf (_("%s, tomorrow"), date);
  if (days == -1)
    return g_strdup_printf (_("%s, yesterday"), date);
  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %d day ago", "%s, %d days ago",
                                         -days), date, -days);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, in %d day", "%s, in %d days", days),
                          date, days);
}

static BerOverviewLine *
meeting_line (GVariant   *row,
              const Days *days)
{
  const char *papers_by = ber_row_text (row, "papers_by");
  const char *place = ber_row_text (row, "place");
  g_autofree char *held = when (ber_row_text (row, "held_on"), days->today);
  g_autofree char *papers = NULL;
  g_autofree char *soon = ber_date_add_days (days->today, 3);
  BerOverviewUrgency urgency = BER_OVERVIEW_URGENCY_NONE;
  char *detail;

  if (g_str_equal (ber_row_text (row, "status"), "planned"))
    urgency = urgency_of (papers_by, days->today, soon);
  if (urgency == BER_OVERVIEW_URGENCY_OVERDUE)
    /* Translators: the papers of a meeting, whose deadline has passed */
    papers = g_strdup_printf (_("papers were due %s"), papers_by);
  else if (urgency == BER_OVERVIEW_URGENCY_TODAY)
    papers = g_strdup (_("papers due today"));
  else if (g_str_equal (ber_row_text (row, "status"), "planned"))
    papers = g_strdup_printf (_("papers by %s"), papers_by);
  else
    papers = g_strdup (_("agenda locked"));

  if (*place != '\0')
    /* Translators: a meeting's day and time, place, and when its papers are due */
    detail = g_strdup_printf (_("%s at %s, %s — %s"), held, ber_row_text (row, "starts_at"), place,
                              papers);
  else
    detail = g_strdup_printf (_("%s at %s — %s"), held, ber_row_text (row, "starts_at"), papers);
  return line_new (BER_OVERVIEW_MEETINGS, BER_TYPE_MEETING, ber_row_integer (row, "id"),
                   g_strdup (ber_row_text (row, "body_name")), detail, ber_row_text (row, "held_on"),
                   urgency);
}

static BerOverviewLine *
reply_line (GVariant   *row,
            const Days *days)
{
  const char *reply_by = ber_row_text (row, "reply_by");
  const char *diary = ber_row_text (row, "diary_number");
  g_autofree char *date = when (reply_by, days->today);
  char *detail;

  if (*diary != '\0')
    /* Translators: an item's diary number and the day its reply is due */
    detail = g_strdup_printf (_("%s — reply by %s"), diary, date);
  else
    detail = g_strdup_printf (_("Reply by %s"), date);
  return line_new (BER_OVERVIEW_REPLIES, BER_TYPE_ITEM, ber_row_integer (row, "id"),
                   g_strdup (ber_row_text (row, "title")), detail, reply_by,
                   urgency_of (reply_by, days->today, days->warn));
}

static BerOverviewLine *
report_line (GVariant   *row,
             const Days *days)
{
  const char *due_on = ber_row_text (row, "due_on");
  const char *forum = *ber_row_text (row, "event_title") ? ber_row_text (row, "event_title")
                                                     : ber_row_text (row, "network_name");
  g_autofree char *date = when (due_on, days->today);
  char *title;

  if (*forum != '\0')
    /* Translators: who reports, and from which forum */
    title = g_strdup_printf (_("%s — %s"), ber_row_text (row, "person_name"), forum);
  else
    title = g_strdup (ber_row_text (row, "person_name"));
  return line_new (BER_OVERVIEW_REPORTS, BER_TYPE_REPORT, ber_row_integer (row, "id"), title,
                   /* Translators: a report's due day, and the body it reports to */
                   g_strdup_printf (_("Due %s, to %s"), date, ber_row_text (row, "body_name")),
                   due_on, urgency_of (due_on, days->today, days->warn));
}

static BerOverviewLine *
review_line (GVariant   *row,
             const Days *days)
{
  const char *next = ber_row_text (row, "next_review_on");
  const char *acronym = ber_row_text (row, "acronym");
  g_autofree char *date = when (next, days->today);
  char *title;

  if (*acronym != '\0')
    title = g_strdup_printf ("%s (%s)", ber_row_text (row, "name"), acronym);
  else
    title = g_strdup (ber_row_text (row, "name"));
  return line_new (BER_OVERVIEW_REVIEWS, BER_TYPE_NETWORK, ber_row_integer (row, "id"), title,
                   g_strdup_printf (_("Membership review due %s"), date), next,
                   urgency_of (next, days->today, NULL));
}

static BerOverviewLine *
mandate_line (GVariant   *row,
              const Days *days)
{
  const char *to_on = ber_row_text (row, "to_on");
  const char *forum = *ber_row_text (row, "network_name") ? ber_row_text (row, "network_name")
                                                      : ber_row_text (row, "forum");
  const char *role = ber_choice_label (BER_CHOICES_ASSIGNMENT_ROLE, ber_row_text (row, "role"));
  g_autofree char *date = when (to_on, days->today);
  g_autofree char *soon = ber_date_add_days (days->today, BER_OVERVIEW_MEETING_DAYS);

  return line_new (BER_OVERVIEW_MANDATES, BER_TYPE_PERSON, ber_row_integer (row, "person_id"),
                   g_strdup (ber_row_text (row, "person_name")),
                   /* Translators: a role in a forum, and the day the mandate ends */
                   g_strdup_printf (_("%s, %s — ends %s"), role != NULL ? role : "", forum, date),
                   to_on, urgency_of (to_on, days->today, soon));
}

static BerOverviewLine *
followup_line (GVariant   *row,
               const Days *days)
{
  const char *due_on = ber_row_text (row, "due_on");
  const char *body = *ber_row_text (row, "body_short_name") ? ber_row_text (row, "body_short_name")
                                                        : ber_row_text (row, "body_name");
  const char *who = ber_row_text (row, "responsible_name");
  g_autoptr(GString) detail = g_string_new (NULL);

  /* Translators: the paragraph and meeting of a decision, "§ 61 RS 2026-03-12" */
  g_string_append_printf (detail, _("§ %d %s %s"), (int) ber_row_integer (row, "paragraph"), body,
                          ber_row_text (row, "held_on"));
  if (*who != '\0')
    g_string_append_printf (detail, " — %s", who);
  if (*due_on != '\0')
    {
      g_autofree char *date = when (due_on, days->today);

      /* Translators: when a decision must be carried out */
      g_string_append_printf (detail, _(", due %s"), date);
    }
  return line_new (BER_OVERVIEW_FOLLOWUPS, BER_TYPE_MEETING, ber_row_integer (row, "meeting_id"),
                   g_strdup (ber_row_text (row, "text")), g_string_free (g_steal_pointer (&detail),
                                                                     FALSE),
                   due_on, urgency_of (due_on, days->today, days->warn));
}

typedef BerOverviewLine *(*LineFunc) (GVariant *row, const Days *days);

static const LineFunc line_funcs[] = {
  [BER_OVERVIEW_MEETINGS] = meeting_line,
  [BER_OVERVIEW_REPLIES] = reply_line,
  [BER_OVERVIEW_REPORTS] = report_line,
  [BER_OVERVIEW_REVIEWS] = review_line,
  [BER_OVERVIEW_MANDATES] = mandate_line,
  [BER_OVERVIEW_FOLLOWUPS] = followup_line,
};

static gboolean
read_group (BerStore          *store,
            BerOverviewDay    *day,
            BerOverviewGroup   group,
            const Days        *days,
            int                warning_days,
            GError           **error)
{
  g_autoptr(BerQuery) query = group_query (group, sources[group].show, days, FALSE);
  g_autoptr(GPtrArray) rows = NULL;

  if (!ber_overview_count (store, group, warning_days, &day->total[group], &day->overdue[group],
                           error))
    return FALSE;
  if (day->total[group] == 0)
    return TRUE;
  if ((rows = ber_store_select (store, query, 0, BER_OVERVIEW_MAX_LINES, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(BerOverviewLine) line = line_funcs[group] (g_ptr_array_index (rows, i), days);

      g_list_store_append (day->lines[group], line);
    }
  return TRUE;
}

static gboolean
read_followups (BerStore        *store,
                BerOverviewDay  *day,
                const Days      *days,
                GError         **error)
{
  BerOverviewGroup group = BER_OVERVIEW_FOLLOWUPS;
  g_autoptr(GPtrArray) rows = NULL;

  if (!count_followups (store, &day->total[group], &day->overdue[group], &rows, error))
    return FALSE;
  for (guint i = 0; i < MIN (rows->len, BER_OVERVIEW_MAX_LINES); i++)
    {
      g_autoptr(BerOverviewLine) line = followup_line (g_ptr_array_index (rows, i), days);

      g_list_store_append (day->lines[group], line);
    }
  return TRUE;
}

/* One line per record changed, newest first: who changed it, how often. */
static gboolean
read_changes (BerStore        *store,
              BerOverviewDay  *day,
              GCancellable    *cancellable,
              GError         **error)
{
  g_autofree char *since = yesterday_since (day->today);
  BerHistoryQuery query = { .since = since };
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(BerChangeReader) reader = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  BerOverviewGroup group = BER_OVERVIEW_CHANGES;

  if (!ber_store_count_history (store, &query, &day->total[group], error))
    return FALSE;
  if (day->total[group] == 0)
    return TRUE;
  /* Enough entries for the lines, a record changed several times counting once. */
  rows = ber_store_select_history (store, &query, 0, FALSE, 0, BER_OVERVIEW_MAX_LINES * 8, error);
  if (rows == NULL)
    return FALSE;
  reader = _ber_change_reader_new (store);
  /* The reader reads each row's values from the one before: oldest first. */
  for (guint n = rows->len; n > 0; n--)
    {
      BerChange *change = _ber_change_reader_make (reader, g_ptr_array_index (rows, n - 1), error);

      if (change == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          g_clear_object (&change);
          return FALSE;
        }
      g_ptr_array_add (changes, change);
    }
  for (guint n = changes->len; n > 0
       && g_list_model_get_n_items (G_LIST_MODEL (day->lines[group])) < BER_OVERVIEW_MAX_LINES; n--)
    {
      BerChange *change = g_ptr_array_index (changes, n - 1);
      g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT,
                                              g_type_name (ber_change_get_record_type (change)),
                                              ber_change_get_record_id (change));
      g_autofree char *time = ber_change_format_time (change);
      g_autofree char *what = ber_change_describe (change);
      g_autoptr(BerOverviewLine) line = NULL;
      GType type = ber_change_get_record_type (change);

      if (ber_change_get_record_id (change) > 0 && !g_hash_table_add (seen, g_steal_pointer (&key)))
        continue;
      line = line_new (group, type, type != G_TYPE_INVALID ? ber_change_get_record_id (change) : 0,
                       /* Translators: the kind of a record and its name, "Item: Invitation" */
                       g_strdup_printf (_("%s: %s"), ber_change_get_kind (change),
                                        ber_change_get_label (change)),
                       /* Translators: what was done, by whom, when */
                       g_strdup_printf (_("%s by %s, %s"), what, ber_change_get_changed_by (change),
                                        time),
                       NULL, BER_OVERVIEW_URGENCY_NONE);
      g_list_store_append (day->lines[group], line);
    }
  return TRUE;
}

/**
 * ber_overview_read:
 * @store: a connection of the calling thread's own
 * @warning_days: how many days ahead a reply or a report counts as due
 *
 * Reads the whole overview at once; for a worker (ber_overview_load_async()).
 *
 * Returns: (transfer full) (nullable): what must be done today
 */
BerOverviewDay *
ber_overview_read (BerStore      *store,
                   int            warning_days,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(BerOverviewDay) day = g_object_new (BER_TYPE_OVERVIEW_DAY, NULL);
  gboolean ok = TRUE;
  Days days;

  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  days_init (&days, store, warning_days);
  day->today = g_strdup (days.today);
  for (BerOverviewGroup group = 0; ok && group < BER_OVERVIEW_FOLLOWUPS; group++)
    ok = !g_cancellable_set_error_if_cancelled (cancellable, error)
         && read_group (store, day, group, &days, warning_days, error);
  ok = ok && read_followups (store, day, &days, error)
       && read_changes (store, day, cancellable, error);
  days_clear (&days);
  return ok ? g_steal_pointer (&day) : NULL;
}

/* The service */

struct _BerOverview
{
  GObject   parent_instance;

  BerStore *store;
};

G_DEFINE_FINAL_TYPE (BerOverview, ber_overview, G_TYPE_OBJECT)

static void
ber_overview_dispose (GObject *object)
{
  g_clear_object (&BER_OVERVIEW (object)->store);
  G_OBJECT_CLASS (ber_overview_parent_class)->dispose (object);
}

static void
ber_overview_class_init (BerOverviewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ber_overview_dispose;
}

static void
ber_overview_init (BerOverview *self)
{
}

BerOverview *
ber_overview_new (BerStore *store)
{
  BerOverview *self;

  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  self = g_object_new (BER_TYPE_OVERVIEW, NULL);
  self->store = g_object_ref (store);
  return self;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  BerOverview *self = source_object;
  g_autoptr(BerStore) store = NULL;
  g_autoptr(GError) error = NULL;
  BerOverviewDay *day = NULL;

  /* A connection of the thread's own, as ber_context_run_async() makes. */
  store = ber_store_open_another (self->store, &error);
  if (store != NULL)
    day = ber_overview_read (store, GPOINTER_TO_INT (task_data), cancellable, &error);
  if (day == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, day, g_object_unref);
}

/**
 * ber_overview_load_async:
 * @warning_days: how many days ahead a reply or a report counts as due
 *
 * Reads the overview in a worker, on a connection of its own.
 */
void
ber_overview_load_async (BerOverview         *self,
                         int                  warning_days,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BER_IS_OVERVIEW (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ber_overview_load_async);
  g_task_set_task_data (task, GINT_TO_POINTER (warning_days), NULL);
  g_task_run_in_thread (task, load_thread);
}

/* Returns: (transfer full) (nullable): what the load found */
BerOverviewDay *
ber_overview_load_finish (BerOverview   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
