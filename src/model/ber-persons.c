/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-persons"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-date.h"
#include "ber-labels.h"
#include "ber-persons.h"
#include "ber-record-list.h"

struct _BerPersons
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerPersons, ber_persons, BER_TYPE_SERVICE)

static void
ber_persons_class_init (BerPersonsClass *klass)
{
}

static void
ber_persons_init (BerPersons *self)
{
}

BerPersons *
ber_persons_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  return g_object_new (BER_TYPE_PERSONS, "store", store, NULL);
}

static BerStore *
store_of (BerPersons *self)
{
  return ber_service_get_store (BER_SERVICE (self));
}

static gboolean
refuse (GError     **error,
        const char **property,
        const char  *at_fault,
        const char  *message)
{
  if (property != NULL)
    *property = at_fault;
  g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID, message);
  return FALSE;
}

static GPtrArray *
select_records (BerStore  *store,
                GType      type,
                BerQuery  *query,
                GError   **error)
{
  g_autoptr(GPtrArray) rows = ber_store_select (store, query, 0, G_MAXUINT, error);
  GPtrArray *records;

  if (rows == NULL)
    return NULL;
  records = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (records, ber_record_new_from_row (type, g_ptr_array_index (rows, i)));
  return records;
}

/* Mandates ending soon */

/* Current assignments, not candidacies, whose last day is after today and
 * within @days. A mandate whose last day is today has ended. */
static BerQuery *
ending_query (BerStore *store,
              int       days)
{
  BerQuery *query = ber_query_new ("assignment");
  const char *today = ber_store_get_today (store);
  g_autofree char *last = ber_date_add_days (today, days);

  ber_query_add_condition (query, "candidacy", BER_QUERY_IS_NULL, NULL);
  ber_query_add_condition (query, "to_on", BER_QUERY_GT, g_variant_new_string (today));
  ber_query_add_condition (query, "to_on", BER_QUERY_LE, g_variant_new_string (last));
  return query;
}

static int
warning_days (BerListFilter *filter)
{
  gint64 days = ber_list_filter_get_id (filter, BER_PERSONS_CRITERION_WARNING_DAYS);

  return days > 0 ? (int) MIN (days, 36500) : BER_PERSONS_WARNING_DAYS;
}

/* The ids of the persons whose mandates end soon, as the store binds them. */
static GStrv
ending_person_ids (BerStore *store,
                   int       days)
{
  g_autoptr(BerQuery) query = ending_query (store, days);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  rows = select_records (store, BER_TYPE_ASSIGNMENT, query, &error);
  if (rows == NULL)
    /* The list then shows nobody; its own reads report what is wrong. */
    g_warning ("Reading the mandates that end soon: %s", error->message);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      gint64 id = ber_record_get_int64 (g_ptr_array_index (rows, i), "person-id");
      char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      if (g_hash_table_add (seen, text))
        g_strv_builder_add (builder, text);
    }
  return g_strv_builder_end (builder);
}

/* Due for retention review */

static int
retention_years (BerListFilter *filter)
{
  gint64 years = ber_list_filter_get_id (filter, BER_PERSONS_CRITERION_RETENTION_YEARS);

  return years > 0 ? (int) MIN (years, 100) : BER_PERSONS_RETENTION_YEARS;
}

/* The last day an assignment ran: its to-on, or for a candidacy lost or
 * withdrawn without one, the day it began. NULL while it runs. */
static const char *
assignment_end (BerAssignment *assignment)
{
  BerRecord *record = BER_RECORD (assignment);
  const char *to_on = ber_record_get_string (record, "to-on");
  const char *candidacy = ber_record_get_string (record, "candidacy");

  if (to_on != NULL && *to_on != '\0')
    return to_on;
  if (g_strcmp0 (candidacy, "not-elected") == 0 || g_strcmp0 (candidacy, "withdrawn") == 0)
    {
      const char *from_on = ber_record_get_string (record, "from-on");

      return from_on != NULL && *from_on != '\0' ? from_on : NULL;
    }
  return NULL;
}

/*
 * The ids of the persons due for retention review: those who held an
 * assignment or stood as a candidate, of whom none runs any more and the
 * last ended more than @years years before today. The register has no
 * reason left to keep their contact details: the secretariat reviews them,
 * and erases what may go (ber_persons_erase_personal_data()).
 */
static GStrv
retention_person_ids (BerStore  *store,
                      int        years,
                      GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("assignment");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *cutoff = NULL;
  GDate date;

  ber_query_add_order (query, "person_id", FALSE);
  rows = select_records (store, BER_TYPE_ASSIGNMENT, query, error);
  if (rows == NULL || !ber_date_parse (ber_store_get_today (store), &date))
    return NULL;
  g_date_subtract_years (&date, years);
  cutoff = ber_date_format (&date);

  for (guint i = 0; i < rows->len;)
    {
      gint64 person_id = ber_record_get_int64 (g_ptr_array_index (rows, i), "person-id");
      const char *last = "";
      gboolean running = FALSE;

      for (; i < rows->len
             && ber_record_get_int64 (g_ptr_array_index (rows, i), "person-id") == person_id; i++)
        {
          const char *end = assignment_end (g_ptr_array_index (rows, i));

          running |= end == NULL;
          if (end != NULL && strcmp (end, last) > 0)
            last = end;
        }
      if (!running && strcmp (last, cutoff) < 0)
        {
          char text[24];

          g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, person_id);
          g_strv_builder_add (builder, text);
        }
    }
  return g_strv_builder_end (builder);
}

/**
 * ber_persons_count_due_for_retention:
 * @years: how long after the last assignment ended (BER_PERSONS_RETENTION_YEARS)
 *
 * How many persons the criterion BER_PERSONS_CRITERION_RETENTION lists.
 */
gboolean
ber_persons_count_due_for_retention (BerPersons  *self,
                                     int          years,
                                     guint       *n_due,
                                     GError     **error)
{
  g_auto(GStrv) ids = NULL;

  g_return_val_if_fail (BER_IS_PERSONS (self), FALSE);
  g_return_val_if_fail (n_due != NULL, FALSE);

  ids = retention_person_ids (store_of (self), years > 0 ? years : BER_PERSONS_RETENTION_YEARS,
                              error);
  if (ids == NULL)
    return FALSE;
  *n_due = g_strv_length (ids);
  return TRUE;
}

/* The list */

static const char *
order_column (const char *order)
{
  static const struct
  {
    const char *order;
    const char *column;
  } orders[] = {
    { BER_PERSONS_ORDER_NAME, "sort_key" },
    { BER_PERSONS_ORDER_KIND, "kind" },
    { BER_PERSONS_ORDER_PARTY, "party" },
    { BER_PERSONS_ORDER_DEPARTMENT, "department" },
    { BER_PERSONS_ORDER_EMAIL, "email" },
    { BER_PERSONS_ORDER_PHONE, "phone" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    if (g_strcmp0 (orders[i].order, order) == 0)
      return orders[i].column;
  return "sort_key";
}

static BerQuery *
persons_query (BerListFilter *filter,
               gpointer       user_data)
{
  static const char * const search[] = { "name", "party", "department", "email", NULL };
  BerStore *store = user_data;
  BerQuery *query = ber_query_new ("person");
  const char *kind = ber_list_filter_get_text (filter, BER_PERSONS_CRITERION_KIND);
  const char *column = order_column (ber_list_filter_get_order (filter));

  if (kind != NULL)
    ber_query_add_condition (query, "kind", BER_QUERY_EQ, g_variant_new_string (kind));
  if (ber_list_filter_get_flag (filter, BER_PERSONS_CRITERION_ENDING))
    {
      g_auto(GStrv) ids = ending_person_ids (store, warning_days (filter));

      ber_query_add_in (query, "id", (const char * const *) ids);
    }

  if (ber_list_filter_get_flag (filter, BER_PERSONS_CRITERION_RETENTION))
    {
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) ids = retention_person_ids (store, retention_years (filter), &error);

      if (ids == NULL)
        /* The list then shows nobody; its own reads report what is wrong. */
        g_warning ("Reading the persons due for retention review: %s", error->message);
      ber_query_add_in (query, "id", (const char * const *) ids);
    }

  ber_query_set_search (query, ber_list_filter_get_search (filter), search);
  /* All one way or all the other, as the order's index holds it. */
  ber_query_add_order (query, column, ber_list_filter_get_descending (filter));
  if (!g_str_equal (column, "sort_key"))
    ber_query_add_order (query, "sort_key", ber_list_filter_get_descending (filter));
  ber_query_add_order (query, "id", ber_list_filter_get_descending (filter));
  return query;
}

#define FILTER_KEY "ber-persons-filter"

/* Who has a mandate ending soon, and who is due for retention review,
 * changes with the assignments: the list of those persons asks again when
 * one changes. */
static void
on_row_changed (BerRecordList *list,
                const char    *table,
                gint64         id,
                int            change,
                BerStore      *store)
{
  BerListFilter *filter = g_object_get_data (G_OBJECT (list), FILTER_KEY);
  g_autoptr(BerQuery) query = NULL;

  if (!g_str_equal (table, "assignment")
      || (!ber_list_filter_get_flag (filter, BER_PERSONS_CRITERION_ENDING)
          && !ber_list_filter_get_flag (filter, BER_PERSONS_CRITERION_RETENTION)))
    return;
  query = persons_query (filter, store);
  ber_record_list_set_query (list, query);
}

/**
 * ber_persons_list:
 * @filter: a search, an order (BER_PERSONS_ORDER_…) and the criteria
 *   BER_PERSONS_CRITERION_…
 *
 * Returns: (transfer full): a lazy list of #BerPerson that follows @filter
 *   and the register
 */
GListModel *
ber_persons_list (BerPersons    *self,
                  BerListFilter *filter)
{
  BerRecordList *list;

  g_return_val_if_fail (BER_IS_PERSONS (self), NULL);
  g_return_val_if_fail (BER_IS_LIST_FILTER (filter), NULL);

  /* The list holds the store its queries are built with. */
  list = ber_record_list_new_filtered (store_of (self), BER_TYPE_PERSON, filter, persons_query,
                                       store_of (self));
  g_object_set_data_full (G_OBJECT (list), FILTER_KEY, g_object_ref (filter), g_object_unref);
  g_signal_connect_object (store_of (self), "row-changed", G_CALLBACK (on_row_changed), list,
                           G_CONNECT_SWAPPED);
  return G_LIST_MODEL (list);
}

/* How many current mandates (not candidacies) end after today and within @days. */
gboolean
ber_persons_count_ending_mandates (BerPersons  *self,
                                   int          days,
                                   guint       *n_ending,
                                   GError     **error)
{
  g_autoptr(BerQuery) query = NULL;

  g_return_val_if_fail (BER_IS_PERSONS (self), FALSE);
  g_return_val_if_fail (n_ending != NULL, FALSE);

  if (days <= 0)
    {
      *n_ending = 0;
      return TRUE;
    }
  query = ending_query (store_of (self), days);
  return ber_store_count (store_of (self), query, n_ending, error);
}

/* Persons */

/* The register accepts any text with an @ in it; this asks for a little more,
 * so that a typing slip is caught while the user is still at the field. */
static gboolean
email_is_valid (const char *email)
{
  const char *at = strchr (email, '@');
  const char *dot;

  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;
  for (const char *p = email; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      return FALSE;

  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/**
 * ber_persons_check:
 * @property: (out) (optional) (transfer none): the property at fault
 *
 * Checks a person before saving: a name, a kind of the list, and an e-mail
 * address, when given, written in full.
 */
gboolean
ber_persons_check (BerPersons  *self,
                   BerPerson   *person,
                   const char **property,
                   GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;

  g_return_val_if_fail (BER_IS_PERSONS (self), FALSE);
  g_return_val_if_fail (BER_IS_PERSON (person), FALSE);

  name = g_strstrip (g_strdup (ber_person_get_name (person)));
  email = g_strstrip (g_strdup (ber_person_get_email (person)));
  if (*name == '\0')
    return refuse (error, property, "name", _("Fill in the person’s name."));
  if (ber_choice_index (BER_CHOICES_PERSON_KIND,
                        ber_record_get_string (BER_RECORD (person), "kind")) < 0)
    return refuse (error, property, "kind", _("Choose whether the person is elected or an "
                                              "official."));
  if (*email != '\0' && !email_is_valid (email))
    return refuse (error, property, "email", _("Write the e-mail address in full, for example "
                                               "anna.berg@region.se."));
  return TRUE;
}

gboolean
ber_persons_save (BerPersons  *self,
                  BerPerson   *person,
                  GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  gboolean is_new;

  g_return_val_if_fail (BER_IS_PERSONS (self), FALSE);
  g_return_val_if_fail (BER_IS_PERSON (person), FALSE);

  if (!ber_persons_check (self, person, NULL, error))
    return FALSE;

  name = g_strstrip (g_strdup (ber_person_get_name (person)));
  email = g_strstrip (g_strdup (ber_person_get_email (person)));
  g_object_set (person, "name", name, "email", email, NULL);
  is_new = ber_record_get_id (BER_RECORD (person)) == 0;
  if (ber_record_save (BER_RECORD (person), store_of (self), error))
    return TRUE;
  if (is_new)
    ber_record_forget_insert (BER_RECORD (person));
  return FALSE;
}

gboolean
ber_persons_count_assignments (BerPersons  *self,
                               gint64       person_id,
                               guint       *n_assignments,
                               GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("assignment");

  g_return_val_if_fail (BER_IS_PERSONS (self), FALSE);
  g_return_val_if_fail (n_assignments != NULL, FALSE);

  ber_query_add_condition (query, "person_id", BER_QUERY_EQ, g_variant_new_int64 (person_id));
  return ber_store_count (store_of (self), query, n_assignments, error);
}

/* Deletes a person who holds no assignment; one who does keeps the history. */
gboolean
ber_persons_delete (BerPersons  *self,
                    BerPerson   *person,
                    GError     **error)
{
  gint64 id;
  guint n = 0;

  g_return_val_if_fail (BER_IS_PERSONS (self), FALSE);
  g_return_val_if_fail (BER_IS_PERSON (person), FALSE);

  id = ber_record_get_id (BER_RECORD (person));
  if (!ber_persons_count_assignments (self, id, &n, error))
    return FALSE;
  if (n > 0)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s holds %u assignment, and a person with assignments cannot "
                                "be deleted. End the assignment instead; its history is kept.",
                                "%s holds %u assignments, and a person with assignments cannot "
                                "be deleted. End the assignments instead; their history is kept.",
                                n),
                   ber_person_get_name (person), n);
      return FALSE;
    }
  return ber_record_delete (BER_RECORD (person), store_of (self), error);
}

/* Assignments */

/**
 * ber_persons_assignment_is_current:
 *
 * Whether @assignment runs today, or is a candidacy still open. Its last
 * day is its to-on: ended today is ended. A lost or withdrawn candidacy is
 * history even without an end date.
 */
gboolean
ber_persons_assignment_is_current (BerPersons    *self,
                                   BerAssignment *assignment)
{
  const char *to_on;
  const char *candidacy;

  g_return_val_if_fail (BER_IS_PERSONS (self), FALSE);
  g_return_val_if_fail (BER_IS_ASSIGNMENT (assignment), FALSE);

  to_on = ber_record_get_string (BER_RECORD (assignment), "to-on");
  candidacy = ber_record_get_string (BER_RECORD (assignment), "candidacy");
  if (g_strcmp0 (candidacy, "not-elected") == 0 || g_strcmp0 (candidacy, "withdrawn") == 0)
    return FALSE;
  return to_on == NULL || g_strcmp0 (to_on, ber_service_get_today (BER_SERVICE (self))) > 0;
}

static gboolean
add_assignments (BerPersons      *self,
                 GListStore      *store,
                 gint64           person_id,
                 gboolean         open_ended,
                 BerPersonsWhen   when,
                 GError         **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("assignment_list");
  g_autoptr(GPtrArray) all = NULL;

  ber_query_add_condition (query, "person_id", BER_QUERY_EQ, g_variant_new_int64 (person_id));
  ber_query_add_condition (query, "to_on", open_ended ? BER_QUERY_IS_NULL : BER_QUERY_NOT_NULL,
                           NULL);
  ber_query_add_order (query, open_ended ? "from_on" : "to_on", TRUE);
  ber_query_add_order (query, "id", TRUE);
  all = select_records (store_of (self), BER_TYPE_ASSIGNMENT, query, error);
  if (all == NULL)
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      BerAssignment *assignment = g_ptr_array_index (all, i);
      gboolean current = ber_persons_assignment_is_current (self, assignment);

      if (current == (when == BER_PERSONS_CURRENT))
        g_list_store_append (store, assignment);
    }
  return TRUE;
}

/**
 * ber_persons_list_assignments:
 *
 * Returns: (transfer full) (nullable): the person's current or past
 *   #BerAssignment rows as they are now: open-ended ones first, then by end
 *   date, latest first; %NULL with @error set
 */
GListModel *
ber_persons_list_assignments (BerPersons      *self,
                              gint64           person_id,
                              BerPersonsWhen   when,
                              GError         **error)
{
  g_autoptr(GListStore) store = NULL;

  g_return_val_if_fail (BER_IS_PERSONS (self), NULL);

  store = g_list_store_new (BER_TYPE_ASSIGNMENT);
  if (!add_assignments (self, store, person_id, TRUE, when, error)
      || !add_assignments (self, store, person_id, FALSE, when, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * ber_persons_new_assignment:
 * @person_id: the person, or 0 to choose one
 * @network_id: the network, or 0 to choose one (or a forum)
 *
 * Returns: (transfer full): a new assignment as a representative, for the
 *   term of office of today
 */
BerAssignment *
ber_persons_new_assignment (BerPersons *self,
                            gint64      person_id,
                            gint64      network_id)
{
  BerAssignment *assignment = ber_assignment_new ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (BER_IS_PERSONS (self), NULL);

  ber_date_election_period (ber_service_get_today (BER_SERVICE (self)), &from, &to);
  g_object_set (assignment, "person-id", person_id, "network-id", network_id,
                "role", "representative", "from-on", from, "to-on", to, NULL);
  return assignment;
}

/**
 * ber_persons_check_assignment:
 * @property: (out) (optional) (transfer none): the property at fault
 *
 * Checks an assignment before saving: a person; a network, or a forum named
 * in words; dates that are dates, the term not ending before it starts.
 */
gboolean
ber_persons_check_assignment (BerPersons     *self,
                              BerAssignment  *assignment,
                              const char    **property,
                              GError        **error)
{
  BerRecord *record = BER_RECORD (assignment);
  g_autofree char *forum = NULL;
  const char *from;
  const char *to;
  const char *candidacy;

  g_return_val_if_fail (BER_IS_PERSONS (self), FALSE);
  g_return_val_if_fail (BER_IS_ASSIGNMENT (assignment), FALSE);

  forum = g_strstrip (g_strdup (ber_record_get_string (record, "forum")));
  from = ber_record_get_string (record, "from-on");
  to = ber_record_get_string (record, "to-on");
  candidacy = ber_record_get_string (record, "candidacy");

  if (ber_record_get_int64 (record, "person-id") <= 0)
    return refuse (error, property, "person-id",
                   _("Choose the person who holds the assignment."));
  if (ber_record_get_int64 (record, "network-id") <= 0 && *forum == '\0')
    return refuse (error, property, "network-id",
                   _("Choose a network, or name the forum of the assignment."));
  if ((from != NULL && !ber_date_is_valid (from)) || (to != NULL && !ber_date_is_valid (to)))
    return refuse (error, property, from != NULL && !ber_date_is_valid (from) ? "from-on" : "to-on",
                   _("Write the dates as YYYY-MM-DD, for example 2026-11-23."));
  if (from != NULL && to != NULL && strcmp (to, from) < 0)
    return refuse (error, property, "to-on",
                   _("The term ends before it starts. Correct one of the dates."));
  if (ber_choice_index (BER_CHOICES_ASSIGNMENT_ROLE, ber_assignment_get_role (assignment)) < 0)
    return refuse (error, property, "role", _("Choose the role of the assignment."));
  if (candidacy != NULL && ber_choice_index (BER_CHOICES_CANDIDACY, candidacy) < 0)
    return refuse (error, property, "candidacy", _("Choose how the candidacy stands."));
  return TRUE;
}

/* Saves @assignment after checking it: in a network its forum is the
 * network's, elsewhere it is in no body of a network. */
gboolean
ber_persons_save_assignment (BerPersons     *self,
                             BerAssignment  *assignment,
                             GError        **error)
{
  BerRecord *record = BER_RECORD (assignment);
  g_autofree char *forum = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *mandate = NULL;
  gboolean is_new;

  g_return_val_if_fail (BER_IS_PERSONS (self), FALSE);
  g_return_val_if_fail (BER_IS_ASSIGNMENT (assignment), FALSE);

  if (!ber_persons_check_assignment (self, assignment, NULL, error))
    return FALSE;

  forum = g_strstrip (g_strdup (ber_record_get_string (record, "forum")));
  reference = g_strstrip (g_strdup (ber_record_get_string (record, "decision-reference")));
  mandate = g_strstrip (g_strdup (ber_record_get_string (record, "mandate")));
  if (ber_record_get_int64 (record, "network-id") > 0)
    g_object_set (assignment, "forum", "", NULL);
  else
    g_object_set (assignment, "forum", forum, "network-body-id", (gint64) 0, NULL);
  g_object_set (assignment, "decision-reference", reference, "mandate", mandate, NULL);

  is_new = ber_record_get_id (record) == 0;
  if (ber_record_save (record, store_of (self), error))
    return TRUE;
  if (is_new)
    ber_record_forget_insert (record);
  return FALSE;
}

/* Ends @assignment today; it is kept, as history. */
gboolean
ber_persons_end_assignment (BerPersons     *self,
                            BerAssignment  *assignment,
                            GError        **error)
{
  g_return_val_if_fail (BER_IS_PERSONS (self), FALSE);
  g_return_val_if_fail (BER_IS_ASSIGNMENT (assignment), FALSE);
  g_return_val_if_fail (ber_record_get_id (BER_RECORD (assignment)) != 0, FALSE);

  g_object_set (assignment, "to-on", ber_service_get_today (BER_SERVICE (self)), NULL);
  return ber_persons_save_assignment (self, assignment, error);
}
