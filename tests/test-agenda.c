/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Meetings, agendas, minutes and decision follow-up: standard points from
 * the template, ready items between them, order kept across a reopen, §
 * numbers in one series per body and year, clock times, decisions moving
 * items on, reports marked presented, and the follow-up list.
 */

#include "config.h"

#include <string.h>

#include "ber-agenda.h"
#include "ber-meetings.h"
#include "ber-model.h"
#include "ber-reports.h"
#include "ber-test-utils.h"

static GVariant *
vardict (const char *first_key,
         ...)
{
  GVariantBuilder builder;
  va_list args;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    {
      GVariant *value = va_arg (args, GVariant *);

      if (value != NULL)
        g_variant_builder_add (&builder, "{sv}", key, value);
    }
  va_end (args);
  return g_variant_builder_end (&builder);
}

#define S(text) g_variant_new_string (text)
#define I(number) g_variant_new_int64 (number)

static gint64
insert (BerStore   *store,
        const char *table,
        GVariant   *values)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (store, table, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static char *
column_text (BerStore   *store,
             const char *source,
             gint64      id,
             const char *column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = ber_store_get (store, source, id, &error);
  const char *text = NULL;

  g_assert_no_error (error);
  if (!g_variant_lookup (row, column, "&s", &text))
    return NULL;
  return g_strdup (text);
}

static gint64
column_int (BerStore   *store,
            const char *source,
            gint64      id,
            const char *column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = ber_store_get (store, source, id, &error);
  gint64 value = 0;

  g_assert_no_error (error);
  g_variant_lookup (row, column, "x", &value);
  return value;
}

typedef struct
{
  char     *dir;
  BerStore *store;
  gint64    body, other_body, person, official;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  ber_store_set_today (f->store, "2026-03-01");
  f->body = insert (f->store, "body",
                    vardict ("name", S ("Regionstyrelsen"), "short_name", S ("RS"),
                             "agenda_deadline_days", I (14), NULL));
  f->other_body = insert (f->store, "body",
                          vardict ("name", S ("Internationella beredningen"),
                                   "short_name", S ("IB"), NULL));
  /* Out of order on purpose: the template's position decides. */
  insert (f->store, "agenda_template_point",
          vardict ("body_id", I (f->body), "position", I (1), "title", S ("Övrigt"),
                   "placement", S ("end"), NULL));
  insert (f->store, "agenda_template_point",
          vardict ("body_id", I (f->body), "position", I (2), "title", S ("Val av justerare"),
                   "placement", S ("start"), NULL));
  insert (f->store, "agenda_template_point",
          vardict ("body_id", I (f->body), "position", I (1),
                   "title", S ("Sammanträdets öppnande"), "placement", S ("start"), NULL));
  insert (f->store, "agenda_template_point",
          vardict ("body_id", I (f->body), "position", I (2),
                   "title", S ("Sammanträdets avslutande"), "placement", S ("end"), NULL));
  f->person = insert (f->store, "person", vardict ("name", S ("Åsa Lindqvist"), NULL));
  f->official = insert (f->store, "person",
                        vardict ("name", S ("Karin Holm"), "kind", S ("official"), NULL));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
create_meeting (Fixture    *f,
                const char *held_on)
{
  g_autoptr(GError) error = NULL;
  BerMeetingSpec spec = { .body_id = f->body, .held_on = held_on, .starts_at = "13:00",
                          .place = "Regionens hus" };
  gint64 id = ber_agenda_create_meeting (f->store, &spec, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
ready_item (Fixture    *f,
            const char *title)
{
  gint64 id = insert (f->store, "item",
                      vardict ("title", S (title), "received_on", S ("2026-01-10"),
                               "status", S ("ready"), "routed_body_id", I (f->body),
                               "case_officer_id", I (f->official), NULL));

  insert (f->store, "clause",
          vardict ("item_id", I (id), "position", I (1), "text", S ("att fastställa planen"),
                   NULL));
  insert (f->store, "clause",
          vardict ("item_id", I (id), "position", I (2),
                   "text", S ("att uppdra åt regiondirektören att genomföra planen"),
                   "responsible_id", I (f->official), "due_on", S ("2026-02-15"), NULL));
  return id;
}

/* The titles of the meeting's agenda, joined with "|". */
static char *
agenda_titles (BerStore *store,
               gint64    meeting)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = ber_agenda_list_entries (store, meeting, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      const char *title = NULL;
      gint64 position = 0;

      g_variant_lookup (g_ptr_array_index (entries, i), "title", "&s", &title);
      g_variant_lookup (g_ptr_array_index (entries, i), "position", "x", &position);
      g_assert_cmpint (position, ==, i + 1);
      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", title);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gint64
entry_at (BerStore *store,
          gint64    meeting,
          guint     index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = ber_agenda_list_entries (store, meeting, &error);
  gint64 id = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (index, <, entries->len);
  g_variant_lookup (g_ptr_array_index (entries, index), "id", "x", &id);
  return id;
}

static void
test_template (Fixture       *f,
               gconstpointer  data)
{
  gint64 meeting = create_meeting (f, "2026-04-20");
  g_autofree char *titles = agenda_titles (f->store, meeting);
  g_autofree char *deadline = column_text (f->store, "meeting", meeting, "agenda_deadline");
  g_autofree char *status = column_text (f->store, "meeting", meeting, "status");

  g_assert_cmpstr (titles, ==,
                   "Sammanträdets öppnande|Val av justerare|Övrigt|Sammanträdets avslutande");
  g_assert_cmpstr (deadline, ==, "2026-04-06");
  g_assert_cmpstr (status, ==, "planned");
}

static void
test_copy_previous (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 first = create_meeting (f, "2026-04-20");
  gint64 item = ready_item (f, "Handlingsplan");
  BerMeetingSpec spec = { .body_id = f->body, .held_on = "2026-06-01", .copy_previous = TRUE };
  g_autofree char *titles = NULL;
  g_autofree char *place = NULL;
  g_autofree char *starts_at = NULL;
  gint64 second;

  ber_agenda_add_items (f->store, first, &item, 1, &error);
  g_assert_no_error (error);
  /* The previous meeting's own order of standing points wins over the template. */
  ber_agenda_move_entry (f->store, entry_at (f->store, first, 3), 1, &error);
  g_assert_no_error (error);

  second = ber_agenda_create_meeting (f->store, &spec, &error);
  g_assert_no_error (error);
  titles = agenda_titles (f->store, second);
  place = column_text (f->store, "meeting", second, "place");
  starts_at = column_text (f->store, "meeting", second, "starts_at");
  g_assert_cmpstr (titles, ==,
                   "Sammanträdets öppnande|Val av justerare|Sammanträdets avslutande|Övrigt");
  g_assert_cmpstr (place, ==, "Regionens hus");
  g_assert_cmpstr (starts_at, ==, "13:00");
}

static void
test_add_items (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ready = NULL;
  gint64 meeting = create_meeting (f, "2026-04-20");
  gint64 items[2] = { ready_item (f, "Handlingsplan"), ready_item (f, "EU-samråd") };
  gint64 not_ready;
  g_autofree char *titles = NULL;
  g_autofree char *status = NULL;
  g_autofree char *path = g_strdup (ber_store_get_path (f->store));

  not_ready = insert (f->store, "item",
                      vardict ("title", S ("Inbjudan"), "received_on", S ("2026-01-10"),
                               "routed_body_id", I (f->body), NULL));

  ready = ber_agenda_ready_items (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ready->len, ==, 2);

  g_assert_false (ber_agenda_add_items (f->store, meeting, &not_ready, 1, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (ber_agenda_add_items (f->store, meeting, items, 2, &error));
  g_assert_no_error (error);
  titles = agenda_titles (f->store, meeting);
  g_assert_cmpstr (titles, ==,
                   "Sammanträdets öppnande|Val av justerare|Handlingsplan|EU-samråd|Övrigt|"
                   "Sammanträdets avslutande");
  status = column_text (f->store, "item", items[0], "status");
  g_assert_cmpstr (status, ==, "on-agenda");
  g_assert_cmpint (column_int (f->store, "agenda_entry", entry_at (f->store, meeting, 2),
                               "presenter_id"), ==, f->official);

  /* Standing points stay at their ends; matters move among themselves. */
  g_assert_true (ber_agenda_move_entry (f->store, entry_at (f->store, meeting, 3), -1, &error));
  g_assert_true (ber_agenda_move_entry (f->store, entry_at (f->store, meeting, 2), -1, &error));
  g_assert_true (ber_agenda_move_entry (f->store, entry_at (f->store, meeting, 0), 5, &error));
  g_assert_true (ber_agenda_move_entry (f->store, entry_at (f->store, meeting, 5), -1, &error));
  g_assert_no_error (error);

  /* Closed and reopened: the order is the store's. */
  g_assert_finalize_object (f->store);
  f->store = ber_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_pointer (&titles, g_free);
  titles = agenda_titles (f->store, meeting);
  g_assert_cmpstr (titles, ==,
                   "Val av justerare|Sammanträdets öppnande|EU-samråd|Handlingsplan|"
                   "Sammanträdets avslutande|Övrigt");

  g_clear_pointer (&ready, g_ptr_array_unref);
  ready = ber_agenda_ready_items (f->store, meeting, &error);
  g_assert_cmpuint (ready->len, ==, 0);
}

static void
test_clock_times (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const int minutes[] = { 5, 30, 45, 10 };
  g_auto(GStrv) times = ber_agenda_clock_times ("13:00", minutes, 4);
  g_auto(GStrv) late = ber_agenda_clock_times ("23:50", minutes, 2);
  g_auto(GStrv) meeting_times = NULL;
  gint64 meeting = create_meeting (f, "2026-04-20");
  gint64 item = ready_item (f, "Handlingsplan");

  g_assert_cmpstr (times[0], ==, "13:00");
  g_assert_cmpstr (times[1], ==, "13:05");
  g_assert_cmpstr (times[2], ==, "13:35");
  g_assert_cmpstr (times[3], ==, "14:20");
  g_assert_null (times[4]);
  g_assert_cmpstr (late[1], ==, "23:55");
  g_assert_null (ber_agenda_clock_times ("25:00", minutes, 1));
  g_assert_null (ber_agenda_clock_times ("9.00", minutes, 1));

  ber_agenda_add_items (f->store, meeting, &item, 1, &error);
  g_assert_no_error (error);
  ber_agenda_set_entry_details (f->store, entry_at (f->store, meeting, 2), f->person, 25, &error);
  g_assert_no_error (error);
  g_assert_false (ber_agenda_set_entry_details (f->store, entry_at (f->store, meeting, 2), 0,
                                                601, &error));
  g_clear_error (&error);

  /* Standing points take 2 minutes each. */
  meeting_times = ber_agenda_meeting_clock_times (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (meeting_times), ==, 5);
  g_assert_cmpstr (meeting_times[2], ==, "13:04");
  g_assert_cmpstr (meeting_times[3], ==, "13:29");
  g_assert_cmpint (column_int (f->store, "agenda_entry", entry_at (f->store, meeting, 2),
                               "presenter_id"), ==, f->person);
}

static gint64
paragraph_of (Fixture *f,
              gint64   meeting,
              guint    index)
{
  return column_int (f->store, "agenda_entry", entry_at (f->store, meeting, index), "paragraph");
}

static void
test_lock_paragraphs (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 spring = create_meeting (f, "2026-04-20");
  gint64 autumn = create_meeting (f, "2026-10-05");
  gint64 next_year = create_meeting (f, "2027-02-01");
  gint64 item = ready_item (f, "Handlingsplan");
  gint64 late_item = ready_item (f, "För sent");
  g_autofree char *status = NULL;

  ber_agenda_add_items (f->store, spring, &item, 1, &error);
  g_assert_no_error (error);

  g_assert_true (ber_agenda_lock (f->store, spring, &error));
  g_assert_no_error (error);
  status = column_text (f->store, "meeting", spring, "status");
  g_assert_cmpstr (status, ==, "agenda-locked");
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (paragraph_of (f, spring, i), ==, i + 1);

  /* A locked agenda takes no more entries, no new order, no second lock. */
  g_assert_false (ber_agenda_add_items (f->store, spring, &late_item, 1, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ber_agenda_move_entry (f->store, entry_at (f->store, spring, 2), 1, &error));
  g_clear_error (&error);
  g_assert_false (ber_agenda_lock (f->store, spring, &error));
  g_clear_error (&error);

  /* The series continues in the same year and restarts in the next. */
  g_assert_true (ber_agenda_lock (f->store, autumn, &error));
  g_assert_true (ber_agenda_lock (f->store, next_year, &error));
  g_assert_no_error (error);
  g_assert_cmpint (paragraph_of (f, autumn, 0), ==, 6);
  g_assert_cmpint (paragraph_of (f, autumn, 3), ==, 9);
  g_assert_cmpint (paragraph_of (f, next_year, 0), ==, 1);
  g_assert_cmpint (column_int (f->store, "agenda_entry", entry_at (f->store, next_year, 0),
                               "paragraph_year"), ==, 2027);
}

static void
test_decisions (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(BerQuery) query = ber_query_new ("clause");
  g_autoptr(BerQuery) transitions = ber_query_new ("item_transition");
  gint64 meeting = create_meeting (f, "2026-04-20");
  gint64 items[3] = { ready_item (f, "Antas"), ready_item (f, "Bordläggs"),
                      ready_item (f, "Ändras") };
  const char *amended[] = { "att fastställa planen med ändringen", "", NULL };
  BerMinutesSpec minutes = { .checker_id = f->person, .approved_on = "2026-04-22",
                             .posted_on = "2026-04-23" };
  BerAttendee attendees[] = { { f->person, "chair", TRUE }, { f->official, "official", TRUE } };
  const char *exp_till[] = { "Regiondirektören", "Internationella enheten", NULL };
  g_autofree char *s0 = NULL, *s1 = NULL, *s2 = NULL, *status = NULL;
  guint n = 0;

  ber_store_set_user (f->store, "sekreterare");
  ber_agenda_add_items (f->store, meeting, items, 3, &error);
  g_assert_no_error (error);

  /* Decisions wait for a locked agenda. */
  g_assert_false (ber_agenda_record_decision (f->store, entry_at (f->store, meeting, 2),
                                              "as-proposed", "", NULL, &error));
  g_clear_error (&error);
  ber_agenda_lock (f->store, meeting, &error);
  g_assert_no_error (error);

  ber_agenda_record_decision (f->store, entry_at (f->store, meeting, 2), "as-proposed", "", NULL,
                              &error);
  g_assert_no_error (error);
  ber_agenda_record_decision (f->store, entry_at (f->store, meeting, 3), "tabled",
                              "Bordlades för vidare beredning", NULL, &error);
  g_assert_no_error (error);
  g_assert_false (ber_agenda_record_decision (f->store, entry_at (f->store, meeting, 4),
                                              "amended", "", NULL, &error));
  g_clear_error (&error);

  /* No minutes before the day of the meeting: it has not taken place. */
  g_assert_false (ber_agenda_record_minutes (f->store, meeting, &minutes, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The meeting of Regionstyrelsen on 2026-04-20 has not taken place yet. Its "
                   "minutes can be recorded from the day of the meeting.");
  g_clear_error (&error);
  ber_store_set_today (f->store, "2026-04-20");

  /* Minutes refuse while a matter has no decision. */
  g_assert_false (ber_agenda_record_minutes (f->store, meeting, &minutes, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ber_agenda_record_decision (f->store, entry_at (f->store, meeting, 4), "amended", "", amended,
                              &error);
  g_assert_no_error (error);

  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_EQ,
                           g_variant_new_int64 (entry_at (f->store, meeting, 2)));
  ber_query_add_order (query, "position", FALSE);
  clauses = ber_store_select (f->store, query, 0, 10, &error);
  g_assert_cmpuint (clauses->len, ==, 2);
  g_clear_pointer (&clauses, g_ptr_array_unref);
  ber_query_clear_conditions (query);
  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_EQ,
                           g_variant_new_int64 (entry_at (f->store, meeting, 4)));
  clauses = ber_store_select (f->store, query, 0, 10, &error);
  g_assert_cmpuint (clauses->len, ==, 1);

  ber_agenda_set_attendance (f->store, meeting, attendees, 2, &error);
  g_assert_no_error (error);
  ber_agenda_set_distribution (f->store, entry_at (f->store, meeting, 2), exp_till, &error);
  g_assert_no_error (error);

  /* Posted before approved is refused. */
  {
    BerMinutesSpec wrong = { .posted_on = "2026-04-23" };

    g_assert_false (ber_agenda_record_minutes (f->store, meeting, &wrong, &error));
    g_clear_error (&error);
  }

  g_assert_true (ber_agenda_record_minutes (f->store, meeting, &minutes, &error));
  g_assert_no_error (error);
  s0 = column_text (f->store, "item", items[0], "status");
  s1 = column_text (f->store, "item", items[1], "status");
  s2 = column_text (f->store, "item", items[2], "status");
  status = column_text (f->store, "meeting", meeting, "status");
  g_assert_cmpstr (s0, ==, "decided");
  g_assert_cmpstr (s1, ==, "ready");
  g_assert_cmpstr (s2, ==, "decided");
  g_assert_cmpstr (status, ==, "minutes-approved");
  g_assert_cmpint (column_int (f->store, "meeting", meeting, "checker_id"), ==, f->person);

  ber_query_add_condition (transitions, "changed_by", BER_QUERY_EQ,
                           g_variant_new_string ("sekreterare"));
  ber_store_count (f->store, transitions, &n, &error);
  /* 3 × ready → on-agenda, then 3 moved on. */
  g_assert_cmpuint (n, ==, 6);

  ber_query_clear_conditions (query);
  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, g_variant_new_int64 (meeting));
  {
    g_autoptr(BerQuery) q = ber_query_new ("attendance");

    ber_query_add_condition (q, "meeting_id", BER_QUERY_EQ, g_variant_new_int64 (meeting));
    ber_store_count (f->store, q, &n, &error);
    g_assert_cmpuint (n, ==, 2);
  }
  {
    g_autoptr(BerQuery) q = ber_query_new ("distribution");

    ber_query_add_condition (q, "agenda_entry_id", BER_QUERY_EQ,
                             g_variant_new_int64 (entry_at (f->store, meeting, 2)));
    ber_store_count (f->store, q, &n, &error);
    g_assert_cmpuint (n, ==, 2);
  }

  /* Approved minutes take no more decisions. */
  g_assert_false (ber_agenda_record_decision (f->store, entry_at (f->store, meeting, 2),
                                              "declined", "", NULL, &error));
  g_clear_error (&error);
}

static void
test_reports_presented (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) waiting = NULL;
  g_autoptr(GPtrArray) minutes_list = NULL;
  gint64 meeting = create_meeting (f, "2026-04-20");
  gint64 report, other_meeting;
  BerMinutesSpec minutes = { 0 };
  BerMeetingSpec other = { .body_id = 0, .held_on = "2026-03-10" };
  g_autofree char *status = NULL;
  g_autofree char *presented_on = NULL;
  g_autofree char *titles = NULL;

  /* The day of the meeting: the other body met before it. */
  ber_store_set_today (f->store, "2026-04-20");
  report = insert (f->store, "report",
                   vardict ("person_id", I (f->person), "body_id", I (f->body),
                            "status", S ("received"), "due_on", S ("2026-03-01"),
                            "received_on", S ("2026-02-20"), NULL));
  other.body_id = f->other_body;
  other_meeting = ber_agenda_create_meeting (f->store, &other, &error);
  g_assert_no_error (error);
  ber_agenda_lock (f->store, other_meeting, &error);
  ber_agenda_record_minutes (f->store, other_meeting, &minutes, &error);
  g_assert_no_error (error);

  waiting = ber_agenda_received_reports (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (waiting->len, ==, 1);
  minutes_list = ber_agenda_other_minutes (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (minutes_list->len, ==, 1);

  ber_agenda_add_reports (f->store, meeting, &report, 1, &error);
  g_assert_no_error (error);
  ber_agenda_add_minutes (f->store, meeting, &other_meeting, 1, &error);
  g_assert_no_error (error);
  g_assert_false (ber_agenda_add_reports (f->store, meeting, &report, 1, &error));
  g_clear_error (&error);

  titles = agenda_titles (f->store, meeting);
  g_assert_cmpstr (titles, ==,
                   "Sammanträdets öppnande|Val av justerare|Returned report – Åsa Lindqvist|"
                   "Minutes of Internationella beredningen, 2026-03-10|Övrigt|"
                   "Sammanträdets avslutande");

  ber_agenda_lock (f->store, meeting, &error);
  g_assert_no_error (error);
  g_assert_true (ber_agenda_record_minutes (f->store, meeting, &minutes, &error));
  g_assert_no_error (error);
  status = column_text (f->store, "report", report, "status");
  presented_on = column_text (f->store, "report", report, "presented_on");
  g_assert_cmpstr (status, ==, "presented");
  g_assert_cmpstr (presented_on, ==, "2026-04-20");
  g_clear_pointer (&status, g_free);
  status = column_text (f->store, "meeting", meeting, "status");
  g_assert_cmpstr (status, ==, "held");
}

static void
test_followup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) late = NULL;
  gint64 meeting = create_meeting (f, "2026-01-20");
  gint64 items[2] = { ready_item (f, "Antas"), ready_item (f, "Ändras") };
  const char *amended[] = { "att notera informationen", "Att uppdra åt förvaltningen att återkomma",
                            NULL };
  gint64 clause_id = 0, late_id = 0;
  const char *name = NULL;
  gboolean is_late = FALSE;
  gint64 paragraph = 0;

  g_assert_true (ber_clause_gives_assignment ("att uppdra åt regiondirektören att …"));
  g_assert_true (ber_clause_gives_assignment ("att ge förvaltningen i uppdrag att utreda"));
  g_assert_false (ber_clause_gives_assignment ("att fastställa planen"));
  g_assert_true (ber_clause_is_late ("2026-02-01", NULL, "2026-02-02"));
  g_assert_false (ber_clause_is_late ("2026-02-02", NULL, "2026-02-02"));
  g_assert_false (ber_clause_is_late ("2026-02-01", "2026-02-01", "2026-03-01"));

  ber_agenda_add_items (f->store, meeting, items, 2, &error);
  ber_agenda_lock (f->store, meeting, &error);
  ber_agenda_record_decision (f->store, entry_at (f->store, meeting, 2), "as-proposed", "", NULL,
                              &error);
  ber_agenda_record_decision (f->store, entry_at (f->store, meeting, 3), "amended", "", amended,
                              &error);
  g_assert_no_error (error);

  /* Decisions entered before the minutes are recorded give no assignment yet. */
  open = ber_agenda_followup_list (f->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 0);
  g_clear_pointer (&open, g_ptr_array_unref);
  {
    BerMinutesSpec minutes = { 0 };

    g_assert_true (ber_agenda_record_minutes (f->store, meeting, &minutes, &error));
    g_assert_no_error (error);
  }

  /* A meeting still to come: its decision, entered beforehand, is not followed up, and its
   * minutes wait for its day. */
  {
    gint64 coming = create_meeting (f, "2026-03-16");
    gint64 item = ready_item (f, "Kommer");
    BerMinutesSpec minutes = { 0 };

    ber_agenda_add_items (f->store, coming, &item, 1, &error);
    ber_agenda_lock (f->store, coming, &error);
    ber_agenda_record_decision (f->store, entry_at (f->store, coming, 2), "as-proposed", "",
                                NULL, &error);
    g_assert_no_error (error);
    g_assert_false (ber_agenda_record_minutes (f->store, coming, &minutes, &error));
    g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }

  /* The copied "att uppdra" clause, due 2026-02-15 and late by today 2026-03-01;
   * the amended one without a responsible person or date yet. */
  open = ber_agenda_followup_list (f->store, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 2);
  g_variant_lookup (g_ptr_array_index (open, 0), "id", "x", &late_id);
  g_variant_lookup (g_ptr_array_index (open, 0), "responsible_name", "&s", &name);
  g_variant_lookup (g_ptr_array_index (open, 0), "late", "b", &is_late);
  g_variant_lookup (g_ptr_array_index (open, 0), "paragraph", "x", &paragraph);
  g_assert_cmpstr (name, ==, "Karin Holm");
  g_assert_true (is_late);
  g_assert_cmpint (paragraph, ==, 3);
  g_variant_lookup (g_ptr_array_index (open, 1), "id", "x", &clause_id);

  late = ber_agenda_followup_list (f->store, TRUE, &error);
  g_assert_cmpuint (late->len, ==, 1);
  g_clear_pointer (&late, g_ptr_array_unref);

  ber_agenda_set_clause_followup (f->store, clause_id, f->person, "2026-02-10", &error);
  g_assert_no_error (error);
  late = ber_agenda_followup_list (f->store, TRUE, &error);
  g_assert_cmpuint (late->len, ==, 2);
  g_clear_pointer (&late, g_ptr_array_unref);

  ber_agenda_mark_clause_done (f->store, late_id, NULL, &error);
  g_assert_no_error (error);
  {
    g_autofree char *done = column_text (f->store, "clause", late_id, "completed_on");

    g_assert_cmpstr (done, ==, "2026-03-01");
  }
  late = ber_agenda_followup_list (f->store, TRUE, &error);
  g_assert_cmpuint (late->len, ==, 1);
  g_clear_pointer (&open, g_ptr_array_unref);
  open = ber_agenda_followup_list (f->store, FALSE, &error);
  g_assert_cmpuint (open->len, ==, 1);

  /* Proposal clauses of items are not followed up. */
  {
    g_autoptr(BerQuery) q = ber_query_new ("clause");
    g_autoptr(GPtrArray) rows = NULL;
    gint64 proposal = 0;

    ber_query_add_condition (q, "item_id", BER_QUERY_NOT_NULL, NULL);
    rows = ber_store_select (f->store, q, 0, 1, &error);
    g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &proposal);
    g_assert_false (ber_agenda_mark_clause_done (f->store, proposal, NULL, &error));
    g_clear_error (&error);
  }
}

/* The entry's statements as "kind:author:text" joined with "|", in order. */
static char *
statements_of (BerStore *store,
               gint64    entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = ber_agenda_list_statements (store, entry, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *kind = NULL, *author = NULL, *text = NULL;
      gint64 position = 0;

      g_variant_lookup (row, "kind", "&s", &kind);
      g_variant_lookup (row, "author", "&s", &author);
      g_variant_lookup (row, "text", "&s", &text);
      g_variant_lookup (row, "position", "x", &position);
      g_assert_cmpint (position, ==, i + 1);
      g_string_append_printf (out, "%s%s:%s:%s", i > 0 ? "|" : "", kind, author, text);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gint64
statement_id_at (BerStore *store,
                 gint64    entry,
                 guint     index)
{
  g_autoptr(GPtrArray) rows = ber_agenda_list_statements (store, entry, NULL);
  gint64 id = 0;

  g_assert_cmpuint (index, <, rows->len);
  g_variant_lookup (g_ptr_array_index (rows, index), "id", "x", &id);
  return id;
}

static guint
history_count (BerStore   *store,
               const char *action)
{
  g_autoptr(BerQuery) query = ber_query_new ("history");
  g_autoptr(GError) error = NULL;
  guint n = 0;

  ber_query_add_condition (query, "table_name", BER_QUERY_EQ, S ("statement"));
  ber_query_add_condition (query, "action", BER_QUERY_EQ, S (action));
  g_assert_true (ber_store_count (store, query, &n, &error));
  g_assert_no_error (error);
  return n;
}

/* Reservations and statements under a decision: added, reordered, edited, removed. */
static void
test_statements (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 meeting = create_meeting (f, "2026-04-20");
  gint64 item = ready_item (f, "Fortsatt medlemskap i EHMA");
  gint64 entry, other_entry, reservation, note, opinion;
  BerMinutesSpec minutes = { .approved_on = "2026-04-22" };
  g_autofree char *listed = NULL;

  ber_store_set_user (f->store, "sekreterare");
  ber_agenda_add_items (f->store, meeting, &item, 1, &error);
  g_assert_no_error (error);
  entry = entry_at (f->store, meeting, 2);
  other_entry = entry_at (f->store, meeting, 0);

  /* Not before the agenda is locked. */
  {
    BerStatementSpec early[] = { { 0, "reservation", "Örjan Björklund (M)", NULL } };

    g_assert_false (ber_agenda_set_statements (f->store, entry, early, 1, &error));
    g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  ber_agenda_lock (f->store, meeting, &error);
  g_assert_no_error (error);

  /* Added in order; author and text are trimmed. */
  {
    BerStatementSpec added[] = {
      { 0, "reservation", "  Örjan Björklund (M) ", NULL },
      { 0, "note", "Maria Öberg (V)", "Nyttan ska redovisas.\n" },
    };

    g_assert_true (ber_agenda_set_statements (f->store, entry, added, G_N_ELEMENTS (added),
                                              &error));
    g_assert_no_error (error);
  }
  listed = statements_of (f->store, entry);
  g_assert_cmpstr (listed, ==,
                   "reservation:Örjan Björklund (M):|note:Maria Öberg (V):Nyttan ska redovisas.");
  g_clear_pointer (&listed, g_free);
  g_assert_cmpuint (history_count (f->store, "insert"), ==, 2);
  reservation = statement_id_at (f->store, entry, 0);
  note = statement_id_at (f->store, entry, 1);

  /* Reordered, one edited, one new: the kept rows keep their ids. */
  {
    BerStatementSpec reordered[] = {
      { note, "note", "Maria Öberg (V)", "Nyttan ska redovisas årligen." },
      { 0, "special-opinion", "Sverigedemokraternas grupp", "Se bilaga 1." },
      { reservation, "reservation", "Örjan Björklund (M)", "" },
    };

    g_assert_true (ber_agenda_set_statements (f->store, entry, reordered,
                                              G_N_ELEMENTS (reordered), &error));
    g_assert_no_error (error);
  }
  listed = statements_of (f->store, entry);
  g_assert_cmpstr (listed, ==,
                   "note:Maria Öberg (V):Nyttan ska redovisas årligen."
                   "|special-opinion:Sverigedemokraternas grupp:Se bilaga 1."
                   "|reservation:Örjan Björklund (M):");
  g_clear_pointer (&listed, g_free);
  g_assert_cmpint (statement_id_at (f->store, entry, 0), ==, note);
  g_assert_cmpint (statement_id_at (f->store, entry, 2), ==, reservation);
  opinion = statement_id_at (f->store, entry, 1);
  g_assert_cmpuint (history_count (f->store, "insert"), ==, 3);
  /* The note (text and place) and the reservation (place) changed. */
  g_assert_cmpuint (history_count (f->store, "update"), ==, 2);

  /* Saving the same list again writes nothing. */
  {
    BerStatementSpec same[] = {
      { note, "note", "Maria Öberg (V)", "Nyttan ska redovisas årligen." },
      { opinion, "special-opinion", "Sverigedemokraternas grupp", "Se bilaga 1." },
      { reservation, "reservation", "Örjan Björklund (M)", NULL },
    };

    g_assert_true (ber_agenda_set_statements (f->store, entry, same, G_N_ELEMENTS (same),
                                              &error));
    g_assert_no_error (error);
    g_assert_cmpuint (history_count (f->store, "update"), ==, 2);
  }

  /* Refused, and nothing changes: no author, an unknown kind, another entry's row. */
  {
    BerStatementSpec blank[] = { { note, "note", "   ", "" } };
    BerStatementSpec unknown[] = { { 0, "objection", "Örjan Björklund (M)", "" } };
    BerStatementSpec foreign[] = { { reservation, "reservation", "Örjan Björklund (M)", "" } };

    g_assert_false (ber_agenda_set_statements (f->store, entry, blank, 1, &error));
    g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "author"));
    g_clear_error (&error);
    g_assert_false (ber_agenda_set_statements (f->store, entry, unknown, 1, &error));
    g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "objection"));
    g_clear_error (&error);
    g_assert_false (ber_agenda_set_statements (f->store, other_entry, foreign, 1, &error));
    g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  listed = statements_of (f->store, entry);
  g_assert_cmpstr (listed, ==,
                   "note:Maria Öberg (V):Nyttan ska redovisas årligen."
                   "|special-opinion:Sverigedemokraternas grupp:Se bilaga 1."
                   "|reservation:Örjan Björklund (M):");
  g_clear_pointer (&listed, g_free);

  /* The schema refuses them too, whoever writes. */
  g_assert_cmpint (ber_store_insert (f->store, "statement",
                                     vardict ("agenda_entry_id", I (entry), "position", I (9),
                                              "kind", S ("reservation"), "author", S (" "),
                                              NULL),
                                     &error), ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (ber_store_insert (f->store, "statement",
                                     vardict ("agenda_entry_id", I (entry), "position", I (9),
                                              "kind", S ("objection"),
                                              "author", S ("Örjan Björklund (M)"), NULL),
                                     &error), ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (ber_store_insert (f->store, "statement",
                                     vardict ("agenda_entry_id", I (99999), "position", I (1),
                                              "author", S ("Örjan Björklund (M)"), NULL),
                                     &error), ==, 0);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* The record class reads and writes the table. */
  {
    g_autoptr(BerRecord) record = ber_record_load (BER_TYPE_STATEMENT, f->store, opinion, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (ber_statement_get_kind (BER_STATEMENT (record)), ==, "special-opinion");
    g_assert_cmpstr (ber_statement_get_author (BER_STATEMENT (record)), ==,
                     "Sverigedemokraternas grupp");
    g_assert_cmpstr (ber_statement_get_text (BER_STATEMENT (record)), ==, "Se bilaga 1.");
    g_object_set (record, "text", "Se bilaga 2.", NULL);
    g_assert_true (ber_record_save (record, f->store, &error));
    g_assert_no_error (error);
  }

  /* Removed: only the reservation stays, and the removed rows stay in the history. */
  {
    BerStatementSpec kept[] = { { reservation, "reservation", "Örjan Björklund (M)", "" } };

    g_assert_true (ber_agenda_set_statements (f->store, entry, kept, 1, &error));
    g_assert_no_error (error);
  }
  listed = statements_of (f->store, entry);
  g_assert_cmpstr (listed, ==, "reservation:Örjan Björklund (M):");
  g_clear_pointer (&listed, g_free);
  g_assert_cmpuint (history_count (f->store, "delete"), ==, 2);
  g_assert_true (ber_store_check_integrity (f->store, &error));
  g_assert_no_error (error);

  /* Approved minutes take no more statements; they are recorded on the day of the meeting. */
  ber_store_set_today (f->store, "2026-04-20");
  ber_agenda_record_decision (f->store, entry, "as-proposed", "", NULL, &error);
  g_assert_no_error (error);
  ber_agenda_record_minutes (f->store, meeting, &minutes, &error);
  g_assert_no_error (error);
  g_assert_false (ber_agenda_set_statements (f->store, entry, NULL, 0, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  listed = statements_of (f->store, entry);
  g_assert_cmpstr (listed, ==, "reservation:Örjan Björklund (M):");
  g_clear_pointer (&listed, g_free);

  /* They go with their agenda entry. */
  g_assert_true (ber_store_delete (f->store, "agenda_entry", entry, &error));
  g_assert_no_error (error);
  g_assert_null (ber_store_get (f->store, "statement", reservation, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
}


/* BerMeetings: the service the meetings views call */

/* The @property of each record of @list joined with "|". */
static char *
list_text (GListModel *list,
           const char *property)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BerRecord) record = g_list_model_get_item (list, i);

      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "",
                              ber_record_get_string (record, property));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static BerAgendaEntry *
entry_record (BerMeetings *meetings,
              gint64       meeting,
              guint        index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) entries = ber_meetings_list_entries (meetings, meeting, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (index, <, g_list_model_get_n_items (entries));
  return g_list_model_get_item (entries, index);
}

static void
test_service_list (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BerMeetings) meetings = ber_meetings_new (f->store);
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = NULL;
  g_autofree char *dates = NULL;
  BerMeetingSpec other = { .body_id = f->other_body, .held_on = "2026-05-05" };
  g_autoptr(GError) error = NULL;

  create_meeting (f, "2026-04-20");
  create_meeting (f, "2026-02-02");
  create_meeting (f, "2026-03-01");
  create_meeting (f, "2026-01-15");
  ber_agenda_create_meeting (f->store, &other, &error);
  g_assert_no_error (error);

  /* From today (2026-03-01) on, soonest first. */
  list = ber_meetings_list (meetings, filter);
  dates = list_text (list, "held-on");
  g_assert_cmpstr (dates, ==, "2026-03-01|2026-04-20|2026-05-05");
  g_clear_pointer (&dates, g_free);

  /* The past, newest first. */
  ber_list_filter_set_flag (filter, BER_MEETINGS_PAST, TRUE);
  dates = list_text (list, "held-on");
  g_assert_cmpstr (dates, ==, "2026-02-02|2026-01-15");
  g_clear_pointer (&dates, g_free);

  /* One body's, by search and by order. */
  ber_list_filter_set_flag (filter, BER_MEETINGS_PAST, FALSE);
  ber_list_filter_set_id (filter, BER_MEETINGS_BODY, f->other_body);
  dates = list_text (list, "held-on");
  g_assert_cmpstr (dates, ==, "2026-05-05");
  g_clear_pointer (&dates, g_free);
  ber_list_filter_set_id (filter, BER_MEETINGS_BODY, 0);
  ber_list_filter_set_search (filter, "Internationella");
  dates = list_text (list, "body-name");
  g_assert_cmpstr (dates, ==, "Internationella beredningen");
  g_clear_pointer (&dates, g_free);
  ber_list_filter_set_search (filter, NULL);
  ber_list_filter_set_order (filter, BER_MEETINGS_ORDER_BODY, FALSE);
  dates = list_text (list, "body-name");
  g_assert_cmpstr (dates, ==, "Internationella beredningen|Regionstyrelsen|Regionstyrelsen");
  g_clear_pointer (&dates, g_free);
  ber_list_filter_set_order (filter, BER_MEETINGS_ORDER_DATE, TRUE);
  dates = list_text (list, "held-on");
  g_assert_cmpstr (dates, ==, "2026-05-05|2026-04-20|2026-03-01");
}

static void
test_service_create (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BerMeetings) meetings = ber_meetings_new (f->store);
  g_autoptr(BerMeeting) nobody = ber_meetings_new_meeting (meetings, 0);
  g_autoptr(BerMeeting) wrong_time = ber_meetings_new_meeting (meetings, f->body);
  g_autoptr(BerMeeting) first = ber_meetings_new_meeting (meetings, f->body);
  g_autoptr(BerMeeting) second = ber_meetings_new_meeting (meetings, f->body);
  g_autoptr(BerMeeting) plain = ber_meetings_new_meeting (meetings, f->body);
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *titles = NULL;

  /* A new meeting's time is empty: the previous meeting's, or nine o'clock. */
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (first), "starts-at"), ==, "");

  g_object_set (nobody, "held-on", "2026-04-20", NULL);
  g_assert_false (ber_meetings_create (meetings, nobody, FALSE, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (nobody)), ==, 0);
  g_clear_error (&error);
  g_object_set (wrong_time, "held-on", "2026-04-20", "starts-at", "1 pm", NULL);
  g_assert_false (ber_meetings_create (meetings, wrong_time, FALSE, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (first, "held-on", "2026-04-20", "starts-at", "13:30", "place", "Sal A", NULL);
  g_assert_true (ber_meetings_create (meetings, first, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (first)), >, 0);
  g_assert_cmpstr (ber_meeting_get_status (first), ==, "planned");
  g_assert_cmpstr (ber_meeting_get_body_name (first), ==, "Regionstyrelsen");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (first), "agenda-deadline"), ==,
                   "2026-04-06");
  entries = ber_meetings_list_entries (meetings, ber_record_get_id (BER_RECORD (first)), &error);
  g_assert_no_error (error);
  titles = list_text (entries, "title");
  g_assert_cmpstr (titles, ==,
                   "Sammanträdets öppnande|Val av justerare|Övrigt|Sammanträdets avslutande");

  /* Copying the previous meeting: its time and place, when left empty. */
  g_object_set (second, "held-on", "2026-06-01", NULL);
  g_assert_true (ber_meetings_create (meetings, second, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (second), "starts-at"), ==, "13:30");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (second), "place"), ==, "Sal A");
  g_object_set (plain, "held-on", "2026-08-01", NULL);
  g_assert_true (ber_meetings_create (meetings, plain, FALSE, &error));
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (plain), "starts-at"), ==, "09:00");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (plain), "place"), ==, "");
}

static void
test_service_agenda (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(BerMeetings) meetings = ber_meetings_new (f->store);
  g_autoptr(GError) error = NULL;
  gint64 meeting = create_meeting (f, "2026-04-20");
  gint64 items[2] = { ready_item (f, "Handlingsplan"), ready_item (f, "EU-samråd") };
  g_autoptr(GListModel) ready = NULL;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(BerAgendaEntry) entry = NULL;
  g_auto(GStrv) times = NULL;
  g_autofree char *titles = NULL;

  ready = ber_meetings_list_ready_items (meetings, meeting, &error);
  g_assert_no_error (error);
  titles = list_text (ready, "title");
  g_assert_cmpstr (titles, ==, "Handlingsplan|EU-samråd");
  g_clear_pointer (&titles, g_free);
  g_assert_null (ber_meetings_list_ready_items (meetings, 9999, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Nothing chosen is refused; the list of the agenda follows what is added. */
  entries = ber_meetings_list_entries (meetings, meeting, &error);
  g_assert_no_error (error);
  g_assert_false (ber_meetings_add_items (meetings, meeting, NULL, 0, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ber_meetings_add_items (meetings, meeting, items, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (ready), ==, 0);

  /* Moved within the matters only. */
  entry = entry_record (meetings, meeting, 3);
  g_assert_true (ber_meetings_move_entry (meetings, entry, -1, &error));
  g_assert_no_error (error);
  g_clear_object (&entry);
  entry = entry_record (meetings, meeting, 2);
  g_assert_cmpstr (ber_agenda_entry_get_title (entry), ==, "EU-samråd");
  g_assert_true (ber_meetings_move_entry (meetings, entry, -1, &error));
  g_clear_object (&entry);
  entry = entry_record (meetings, meeting, 2);
  g_assert_cmpstr (ber_agenda_entry_get_title (entry), ==, "EU-samråd");

  /* Presenter and estimate, and the clock times they give. */
  g_object_set (entry, "presenter-id", f->person, "estimated-minutes", 25, NULL);
  g_assert_true (ber_meetings_save_entry (meetings, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (column_int (f->store, "agenda_entry", ber_record_get_id (BER_RECORD (entry)),
                               "presenter_id"), ==, f->person);
  times = ber_meetings_clock_times (meetings, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (times), ==, 6);
  g_assert_cmpstr (times[0], ==, "13:00");
  g_assert_cmpstr (times[2], ==, "13:04");
  g_assert_cmpstr (times[3], ==, "13:29");
  g_assert_null (ber_meetings_clock_times (meetings, 9999, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Locked: § numbers, and no more moves. */
  g_assert_true (ber_meetings_lock (meetings, meeting, &error));
  g_assert_no_error (error);
  g_clear_object (&entry);
  entry = entry_record (meetings, meeting, 2);
  {
    int paragraph = 0;

    g_object_get (entry, "paragraph", &paragraph, NULL);
    g_assert_cmpint (paragraph, ==, 3);
  }
  g_assert_false (ber_meetings_move_entry (meetings, entry, 1, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ber_meetings_lock (meetings, meeting, &error));
  g_clear_error (&error);

  /* Approved minutes take no more changes of presenter. */
  {
    BerMinutesSpec minutes = { .approved_on = "2026-04-21" };
    const char *kept[] = { NULL };

    ber_agenda_record_decision (f->store, entry_at (f->store, meeting, 2), "as-proposed", "",
                                kept, &error);
    ber_agenda_record_decision (f->store, entry_at (f->store, meeting, 3), "noted", "", kept,
                                &error);
    g_assert_no_error (error);
    ber_store_set_today (f->store, "2026-04-20");
    g_assert_true (ber_agenda_record_minutes (f->store, meeting, &minutes, &error));
    g_assert_no_error (error);
  }
  g_clear_object (&entry);
  entry = entry_record (meetings, meeting, 2);
  g_object_set (entry, "estimated-minutes", 5, NULL);
  g_assert_false (ber_meetings_save_entry (meetings, entry, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (column_int (f->store, "agenda_entry", ber_record_get_id (BER_RECORD (entry)),
                               "estimated_minutes"), ==, 25);
}

static void
test_service_waiting (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BerMeetings) meetings = ber_meetings_new (f->store);
  g_autoptr(GError) error = NULL;
  gint64 meeting = create_meeting (f, "2026-04-20");
  BerMeetingSpec other = { .body_id = f->other_body, .held_on = "2026-03-10" };
  BerMinutesSpec minutes = { 0 };
  g_autoptr(GListModel) reports = NULL;
  g_autoptr(GListModel) others = NULL;
  g_autofree char *text = NULL;
  gint64 report, other_meeting, id;

  report = insert (f->store, "report",
                   vardict ("person_id", I (f->person), "body_id", I (f->body),
                            "status", S ("received"), "due_on", S ("2026-03-01"),
                            "received_on", S ("2026-02-20"), NULL));
  other_meeting = ber_agenda_create_meeting (f->store, &other, &error);
  ber_agenda_lock (f->store, other_meeting, &error);
  /* The other body has met. */
  ber_store_set_today (f->store, "2026-03-10");
  ber_agenda_record_minutes (f->store, other_meeting, &minutes, &error);
  g_assert_no_error (error);

  reports = ber_meetings_list_waiting_reports (meetings, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_item_type (reports), ==, BER_TYPE_REPORT);
  text = list_text (reports, "person-name");
  g_assert_cmpstr (text, ==, "Åsa Lindqvist");
  g_clear_pointer (&text, g_free);
  others = ber_meetings_list_other_minutes (meetings, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_item_type (others), ==, BER_TYPE_MEETING);
  text = list_text (others, "body-name");
  g_assert_cmpstr (text, ==, "Internationella beredningen");
  g_clear_pointer (&text, g_free);

  g_assert_false (ber_meetings_add_reports (meetings, meeting, NULL, 0, &error));
  g_clear_error (&error);
  g_assert_false (ber_meetings_add_minutes (meetings, meeting, NULL, 0, &error));
  g_clear_error (&error);
  id = ber_record_get_id (g_list_model_get_item (reports, 0));
  g_object_unref (g_list_model_get_item (reports, 0));
  g_assert_true (ber_meetings_add_reports (meetings, meeting, &id, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, report);
  g_assert_true (ber_meetings_add_minutes (meetings, meeting, &other_meeting, 1, &error));
  g_assert_no_error (error);
  text = agenda_titles (f->store, meeting);
  g_assert_cmpstr (text, ==,
                   "Sammanträdets öppnande|Val av justerare|Returned report – Åsa Lindqvist|"
                   "Minutes of Internationella beredningen, 2026-03-10|Övrigt|"
                   "Sammanträdets avslutande");
  g_clear_object (&reports);
  reports = ber_meetings_list_waiting_reports (meetings, meeting, &error);
  g_assert_cmpuint (g_list_model_get_n_items (reports), ==, 0);
  g_clear_object (&others);
  others = ber_meetings_list_other_minutes (meetings, meeting, &error);
  g_assert_cmpuint (g_list_model_get_n_items (others), ==, 0);
}

/* A meeting with two matters on its locked agenda; the entries at 2 and 3. */
static gint64
locked_meeting (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 meeting = create_meeting (f, "2026-04-20");
  gint64 items[2] = { ready_item (f, "Antas"), ready_item (f, "Ändras") };

  ber_agenda_add_items (f->store, meeting, items, 2, &error);
  ber_agenda_lock (f->store, meeting, &error);
  g_assert_no_error (error);
  return meeting;
}

static BerStatement *
statement_new (const char *kind,
               const char *author,
               const char *text)
{
  BerStatement *statement = ber_statement_new ();

  g_object_set (statement, "kind", kind, "author", author, "text", text, NULL);
  return statement;
}

static void
test_service_decision (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BerMeetings) meetings = ber_meetings_new (f->store);
  g_autoptr(GError) error = NULL;
  gint64 meeting = locked_meeting (f);
  g_autoptr(BerAgendaEntry) entry = entry_record (meetings, meeting, 2);
  g_autoptr(BerAgendaEntry) other = entry_record (meetings, meeting, 3);
  g_autoptr(GListStore) statements = g_list_store_new (BER_TYPE_STATEMENT);
  g_autoptr(BerStatement) reservation = statement_new ("reservation", " Anna Berg (M) ", "");
  g_autoptr(BerStatement) blank = statement_new ("note", "  ", "");
  g_autoptr(BerStatement) unknown = statement_new ("opinion", "Per Ek (S)", "");
  g_autoptr(GListModel) proposal = NULL;
  g_autoptr(GListModel) clauses = NULL;
  g_autoptr(GListModel) recipients = NULL;
  g_autoptr(GListModel) listed = NULL;
  g_autoptr(GListModel) all = NULL;
  const char *exp_till[] = { "Regiondirektören", " ", "Internationella enheten", NULL };
  const char *amended[] = { "att fastställa planen med ändringen", NULL };
  g_autofree char *text = NULL;

  /* Statements are checked before they go into the minutes. */
  g_assert_true (ber_meetings_check_statement (meetings, reservation, &error));
  g_assert_no_error (error);
  g_assert_false (ber_meetings_check_statement (meetings, blank, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Author is empty"));
  g_clear_error (&error);
  g_assert_false (ber_meetings_check_statement (meetings, unknown, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  proposal = ber_meetings_list_proposal (meetings, entry, &error);
  g_assert_no_error (error);
  text = list_text (proposal, "text");
  g_assert_cmpstr (text, ==, "att fastställa planen|"
                             "att uppdra åt regiondirektören att genomföra planen");
  g_clear_pointer (&text, g_free);

  /* As proposed, with Exp till and a reservation: all in one go. */
  g_list_store_append (statements, reservation);
  g_object_set (entry, "decision", "as-proposed", "decision-note", "Enhälligt", NULL);
  g_assert_true (ber_meetings_record_decision (meetings, entry, NULL, exp_till,
                                               G_LIST_MODEL (statements), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (entry), "decision"), ==, "as-proposed");
  clauses = ber_meetings_list_clauses (meetings, entry, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (clauses), ==, 2);
  recipients = ber_meetings_list_distribution (meetings, entry, &error);
  text = list_text (recipients, "recipient");
  g_assert_cmpstr (text, ==, "Regiondirektören|Internationella enheten");
  g_clear_pointer (&text, g_free);
  listed = ber_meetings_list_statements (meetings, entry, &error);
  g_assert_no_error (error);
  text = list_text (listed, "author");
  g_assert_cmpstr (text, ==, "Anna Berg (M)");
  g_clear_pointer (&text, g_free);

  /* A statement refused: nothing of the decision is written. */
  g_list_store_append (statements, unknown);
  g_object_set (other, "decision", "amended", NULL);
  g_assert_false (ber_meetings_record_decision (meetings, other, amended, NULL,
                                                G_LIST_MODEL (statements), &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (column_text (f->store, "agenda_entry", ber_record_get_id (BER_RECORD (other)),
                              "decision"));

  /* Amended, without statements; the meeting's statements count both entries. */
  g_assert_true (ber_meetings_record_decision (meetings, other, amended, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&clauses);
  clauses = ber_meetings_list_clauses (meetings, other, &error);
  text = list_text (clauses, "text");
  g_assert_cmpstr (text, ==, "att fastställa planen med ändringen");
  g_clear_pointer (&text, g_free);
  all = ber_meetings_list_meeting_statements (meetings, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);

  /* Kept by its id, and removed when left out. */
  {
    g_autoptr(GListStore) kept = g_list_store_new (BER_TYPE_STATEMENT);
    g_autoptr(BerStatement) stored = g_list_model_get_item (listed, 0);

    g_object_set (stored, "text", "Till förmån för eget yrkande.", NULL);
    g_list_store_append (kept, stored);
    g_assert_true (ber_meetings_record_decision (meetings, entry, NULL, exp_till,
                                                 G_LIST_MODEL (kept), &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);
    text = list_text (all, "text");
    g_assert_cmpstr (text, ==, "Till förmån för eget yrkande.");
    g_clear_pointer (&text, g_free);
    g_assert_true (ber_meetings_record_decision (meetings, entry, NULL, exp_till, NULL,
                                                 &error));
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 0);
  }
}

static void
test_service_minutes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BerMeetings) meetings = ber_meetings_new (f->store);
  g_autoptr(GError) error = NULL;
  gint64 meeting_id = locked_meeting (f);
  g_autoptr(BerMeeting) meeting = BER_MEETING (ber_record_load (BER_TYPE_MEETING, f->store,
                                                                  meeting_id, NULL));
  g_autoptr(BerAgendaEntry) first = entry_record (meetings, meeting_id, 2);
  g_autoptr(BerAgendaEntry) second = entry_record (meetings, meeting_id, 3);
  g_autoptr(GListStore) attendance = g_list_store_new (BER_TYPE_ATTENDANCE);
  g_autoptr(GListModel) attended = NULL;
  g_autoptr(BerAttendance) chair = ber_attendance_new ();
  g_autoptr(BerAttendance) official = ber_attendance_new ();
  g_autofree char *status = NULL;

  g_object_set (chair, "person-id", f->person, "role", "chair", NULL);
  g_object_set (official, "person-id", f->official, "role", "official", NULL);
  g_list_store_append (attendance, chair);
  g_list_store_append (attendance, official);
  g_object_set (meeting, "checker-id", f->person, "approved-on", "2026-04-22", "posted-on",
                "2026-04-23", NULL);

  /* The day of the meeting. A matter without a decision: neither minutes nor attendance are
   * written. */
  ber_store_set_today (f->store, "2026-04-20");
  g_object_set (first, "decision", "as-proposed", NULL);
  ber_meetings_record_decision (meetings, first, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (ber_meetings_record_minutes (meetings, meeting, G_LIST_MODEL (attendance),
                                               &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  attended = ber_meetings_list_attendance (meetings, meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (attended), ==, 0);

  /* A date that is not one is refused. */
  g_object_set (second, "decision", "tabled", NULL);
  ber_meetings_record_decision (meetings, second, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_object_set (meeting, "posted-on", "the 23rd", NULL);
  g_assert_false (ber_meetings_record_minutes (meetings, meeting, NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (meeting, "posted-on", "2026-04-23", NULL);
  g_assert_true (ber_meetings_record_minutes (meetings, meeting, G_LIST_MODEL (attendance),
                                              &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_meeting_get_status (meeting), ==, "minutes-approved");
  g_assert_cmpuint (g_list_model_get_n_items (attended), ==, 2);
  {
    g_autofree char *roles = list_text (attended, "role");

    g_assert_cmpstr (roles, ==, "chair|official");
  }
  status = column_text (f->store, "meeting", meeting_id, "status");
  g_assert_cmpstr (status, ==, "minutes-approved");
  g_clear_pointer (&status, g_free);
  status = column_text (f->store, "item", ber_record_get_int64 (BER_RECORD (second), "item-id"),
                        "status");
  g_assert_cmpstr (status, ==, "ready");
}

static void
test_service_followup (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(BerMeetings) meetings = ber_meetings_new (f->store);
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GError) error = NULL;
  gint64 meeting = locked_meeting (f);
  g_autoptr(BerAgendaEntry) first = entry_record (meetings, meeting, 2);
  g_autoptr(BerAgendaEntry) second = entry_record (meetings, meeting, 3);
  const char *amended[] = { "att notera informationen", "Att uppdra åt förvaltningen att återkomma",
                            NULL };
  g_autoptr(GListModel) list = NULL;
  g_autoptr(BerFollowup) followup = NULL;
  g_autoptr(BerClause) clause = NULL;
  g_autofree char *texts = NULL;
  int paragraph = 0;

  g_object_set (first, "decision", "as-proposed", NULL);
  g_object_set (second, "decision", "amended", NULL);
  ber_meetings_record_decision (meetings, first, NULL, NULL, NULL, &error);
  ber_meetings_record_decision (meetings, second, amended, NULL, NULL, &error);
  g_assert_no_error (error);

  /* Before the meeting, its decisions are no assignments. */
  list = ber_meetings_list_followup (meetings, filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  /* The day after the meeting, its minutes recorded: the list follows once idle. */
  ber_store_set_today (f->store, "2026-04-21");
  {
    g_autoptr(BerMeeting) held = BER_MEETING (ber_record_load (BER_TYPE_MEETING, f->store,
                                                               meeting, &error));

    g_assert_true (ber_meetings_record_minutes (meetings, held, NULL, &error));
    g_assert_no_error (error);
  }
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* The late, dated one first; then the one without a date. */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  followup = g_list_model_get_item (list, 0);
  g_assert_cmpstr (ber_followup_get_text (followup), ==,
                   "att uppdra åt regiondirektören att genomföra planen");
  g_assert_true (ber_followup_get_late (followup));
  g_object_get (followup, "paragraph", &paragraph, NULL);
  g_assert_cmpint (paragraph, ==, 3);
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (followup), "responsible-name"), ==,
                   "Karin Holm");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (followup), "body-short-name"), ==, "RS");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (followup), "held-on"), ==, "2026-04-20");

  /* Late only, searched, ordered. */
  ber_list_filter_set_flag (filter, BER_FOLLOWUP_LATE, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  ber_list_filter_set_flag (filter, BER_FOLLOWUP_LATE, FALSE);
  ber_list_filter_set_search (filter, "förvaltningen");
  texts = list_text (list, "text");
  g_assert_cmpstr (texts, ==, "Att uppdra åt förvaltningen att återkomma");
  g_clear_pointer (&texts, g_free);
  ber_list_filter_set_search (filter, "karin");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  ber_list_filter_set_search (filter, NULL);
  ber_list_filter_set_order (filter, BER_FOLLOWUP_ORDER_DUE, TRUE);
  texts = list_text (list, "text");
  g_assert_cmpstr (texts, ==, "Att uppdra åt förvaltningen att återkomma|"
                              "att uppdra åt regiondirektören att genomföra planen");
  g_clear_pointer (&texts, g_free);
  ber_list_filter_set_order (filter, NULL, FALSE);

  /* Assigned: who and by when; the list follows the write once idle. */
  clause = (BerClause *) ber_record_load (BER_TYPE_CLAUSE, f->store,
                            ber_record_get_id (g_list_model_get_item (list, 1)), NULL);
  g_object_unref (g_list_model_get_item (list, 1));
  g_object_set (clause, "responsible-id", f->person, "due-on", "2026-13-40", NULL);
  g_assert_false (ber_meetings_assign (meetings, clause, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (clause, "due-on", "2026-02-10", NULL);
  g_assert_true (ber_meetings_assign (meetings, clause, &error));
  g_assert_no_error (error);
  g_assert_cmpint (column_int (f->store, "clause", ber_record_get_id (BER_RECORD (clause)),
                               "responsible_id"), ==, f->person);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&followup);
  followup = g_list_model_get_item (list, 0);
  g_assert_cmpstr (ber_followup_get_text (followup), ==,
                   "Att uppdra åt förvaltningen att återkomma");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (followup), "responsible-name"), ==,
                   "Åsa Lindqvist");

  /* Done: it leaves the list. */
  g_assert_true (ber_meetings_mark_done (meetings, ber_record_get_id (BER_RECORD (clause)),
                                         &error));
  g_assert_no_error (error);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  texts = column_text (f->store, "clause", ber_record_get_id (BER_RECORD (clause)),
                       "completed_on");
  g_assert_cmpstr (texts, ==, "2026-04-21");
}

/* A returned report as the reports service reads it now. */
static BerReport *
report_record (BerReports *reports,
               gint64      id)
{
  g_autoptr(GError) error = NULL;
  BerReport *report = ber_reports_load (reports, id, &error);

  g_assert_no_error (error);
  return report;
}

static gint64
received_report (Fixture    *f,
                 const char *due_on,
                 const char *received_on)
{
  return insert (f->store, "report",
                 vardict ("person_id", I (f->person), "body_id", I (f->body),
                          "status", S (received_on != NULL ? "received" : "expected"),
                          "due_on", S (due_on),
                          "received_on", received_on != NULL ? S (received_on) : NULL, NULL));
}

/* How many reports the reports list shows with the status criterion @status. */
static guint
n_listed (BerReports *reports,
          const char *status)
{
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = NULL;

  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_STATUS, status);
  list = ber_reports_list (reports, filter);
  return g_list_model_get_n_items (list);
}

/*
 * Where a report stands, on today 2026-03-01: one received 9 days after its
 * due day says so once received, on an agenda and presented; one received
 * on time says nothing of the sort; a report on an agenda reads as such, with
 * the meeting, and no longer as received.
 */
static void
test_service_report_status (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(BerReports) reports = ber_reports_new (f->store);
  g_autoptr(GError) error = NULL;
  gint64 meeting = create_meeting (f, "2026-04-20");
  gint64 late = received_report (f, "2026-02-10", "2026-02-19");
  gint64 on_time = received_report (f, "2026-03-10", "2026-03-01");
  gint64 one_day = received_report (f, "2026-02-28", "2026-03-01");
  gint64 missing = received_report (f, "2026-02-20", NULL);
  gint64 ids[] = { late, on_time };
  BerMinutesSpec minutes = { 0 };

  {
    g_autoptr(BerReport) report = report_record (reports, late);
    g_autofree char *status = ber_reports_status_text (reports, report);
    g_autofree char *details = ber_reports_status_details (reports, report);
    g_autofree char *lateness = ber_reports_lateness_text (reports, report);

    g_assert_cmpint (ber_reports_get_state (reports, report), ==, BER_REPORT_STATE_RECEIVED);
    g_assert_cmpint (ber_reports_days_received_late (reports, report), ==, 9);
    g_assert_cmpstr (status, ==, "Received");
    g_assert_null (details);
    g_assert_cmpstr (lateness, ==, "received 9 days late");
  }
  {
    g_autoptr(BerReport) report = report_record (reports, on_time);
    g_autofree char *lateness = ber_reports_lateness_text (reports, report);

    g_assert_cmpint (ber_reports_days_received_late (reports, report), ==, 0);
    g_assert_null (lateness);
  }
  {
    g_autoptr(BerReport) report = report_record (reports, one_day);
    g_autofree char *lateness = ber_reports_lateness_text (reports, report);

    g_assert_cmpstr (lateness, ==, "received 1 day late");
  }
  {
    g_autoptr(BerReport) report = report_record (reports, missing);
    g_autofree char *status = ber_reports_status_text (reports, report);
    g_autofree char *details = ber_reports_status_details (reports, report);
    g_autofree char *lateness = ber_reports_lateness_text (reports, report);

    g_assert_cmpint (ber_reports_get_state (reports, report), ==, BER_REPORT_STATE_LATE);
    g_assert_cmpstr (status, ==, "Late by 9 days");
    g_assert_null (details);
    g_assert_null (lateness);
  }
  g_assert_cmpuint (n_listed (reports, BER_REPORTS_STATUS_RECEIVED), ==, 3);
  g_assert_cmpuint (n_listed (reports, BER_REPORTS_STATUS_ON_AGENDA), ==, 0);

  /* On the agenda of the board's meeting: that is their status now. */
  g_assert_true (ber_reports_add_to_agenda (reports, ids, 2, meeting, &error));
  g_assert_no_error (error);
  {
    g_autoptr(BerReport) report = report_record (reports, late);
    g_autofree char *status = ber_reports_status_text (reports, report);
    g_autofree char *details = ber_reports_status_details (reports, report);
    g_autofree char *lateness = ber_reports_lateness_text (reports, report);

    g_assert_cmpint (ber_reports_get_state (reports, report), ==, BER_REPORT_STATE_ON_AGENDA);
    g_assert_cmpstr (status, ==, "On an agenda");
    g_assert_cmpstr (details, ==, "RS, 2026-04-20");
    g_assert_cmpstr (lateness, ==, "received 9 days late");
  }
  {
    g_autoptr(BerReport) report = report_record (reports, on_time);
    g_autofree char *details = ber_reports_status_details (reports, report);

    g_assert_cmpstr (details, ==, "RS, 2026-04-20");
  }
  g_assert_cmpuint (n_listed (reports, BER_REPORTS_STATUS_RECEIVED), ==, 1);
  g_assert_cmpuint (n_listed (reports, BER_REPORTS_STATUS_ON_AGENDA), ==, 2);

  /* Presented at a § of the minutes, on the day of the meeting; still received late. */
  g_assert_true (ber_agenda_lock (f->store, meeting, &error));
  ber_store_set_today (f->store, "2026-04-20");
  g_assert_true (ber_agenda_record_minutes (f->store, meeting, &minutes, &error));
  g_assert_no_error (error);
  {
    g_autoptr(BerReport) report = report_record (reports, late);
    g_autofree char *status = ber_reports_status_text (reports, report);
    g_autofree char *details = ber_reports_status_details (reports, report);
    g_autofree char *lateness = ber_reports_lateness_text (reports, report);
    g_autofree char *expected = NULL;
    gint64 paragraph = 0;

    g_object_get (report, "agenda-paragraph", &paragraph, NULL);
    g_assert_cmpint (paragraph, >, 0);
    expected = g_strdup_printf ("RS § %d, 2026-04-20", (int) paragraph);
    g_assert_cmpint (ber_reports_get_state (reports, report), ==, BER_REPORT_STATE_PRESENTED);
    g_assert_cmpstr (status, ==, "Presented");
    g_assert_cmpstr (details, ==, expected);
    g_assert_cmpstr (lateness, ==, "received 9 days late");
  }
  g_assert_cmpuint (n_listed (reports, BER_REPORTS_STATUS_ON_AGENDA), ==, 0);
  g_assert_cmpuint (n_listed (reports, BER_REPORTS_STATUS_PRESENTED), ==, 2);
}

/* A meeting's day, on today 2026-03-01: the minutes wait for it, with a message that says so. */
static void
test_service_meeting_day (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BerMeetings) meetings = ber_meetings_new (f->store);
  g_autoptr(GError) error = NULL;
  gint64 meeting_id = locked_meeting (f);
  g_autoptr(BerMeeting) meeting = BER_MEETING (ber_record_load (BER_TYPE_MEETING, f->store,
                                                                  meeting_id, NULL));
  g_autoptr(BerAgendaEntry) first = entry_record (meetings, meeting_id, 2);
  g_autoptr(BerAgendaEntry) second = entry_record (meetings, meeting_id, 3);

  g_object_set (first, "decision", "as-proposed", NULL);
  g_object_set (second, "decision", "noted", NULL);
  g_assert_true (ber_meetings_record_decision (meetings, first, NULL, NULL, NULL, &error));
  g_assert_true (ber_meetings_record_decision (meetings, second, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_false (ber_meetings_has_begun (meetings, meeting));
  g_assert_false (ber_meetings_record_minutes (meetings, meeting, NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The meeting of Regionstyrelsen on 2026-04-20 has not taken place yet. Its "
                   "minutes can be recorded from the day of the meeting.");
  g_clear_error (&error);
  {
    g_autofree char *status = column_text (f->store, "meeting", meeting_id, "status");

    g_assert_cmpstr (status, ==, "agenda-locked");
  }

  ber_store_set_today (f->store, "2026-04-19");
  g_assert_false (ber_meetings_has_begun (meetings, meeting));
  ber_store_set_today (f->store, "2026-04-20");
  g_assert_true (ber_meetings_has_begun (meetings, meeting));
  g_assert_true (ber_meetings_record_minutes (meetings, meeting, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_meeting_get_status (meeting), ==, "held");
  ber_store_set_today (f->store, "2026-05-01");
  g_assert_true (ber_meetings_has_begun (meetings, meeting));
}

/*
 * The role the minutes' attendance offers each person: the one they had at
 * the body's meetings before (a deputy who served stays a deputy), the
 * meeting's chair as chair; else officials as officials, elected as members.
 */
static void
test_service_usual_roles (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BerMeetings) meetings = ber_meetings_new (f->store);
  g_autoptr(GError) error = NULL;
  gint64 before = create_meeting (f, "2026-02-02");
  gint64 meeting_id = create_meeting (f, "2026-04-20");
  gint64 deputy = insert (f->store, "person", vardict ("name", S ("Lars Berg"), NULL));
  gint64 secretary = insert (f->store, "person",
                             vardict ("name", S ("Sofia Lundberg"), "kind", S ("official"),
                                      NULL));
  gint64 newcomer = insert (f->store, "person", vardict ("name", S ("Maria Öberg"), NULL));
  BerAttendee attendees[] = { { f->person, "member", TRUE }, { deputy, "serving-deputy", TRUE },
                              { secretary, "other", TRUE } };
  BerMinutesSpec minutes = { 0 };
  g_autoptr(BerMeeting) meeting = NULL;
  g_autoptr(GHashTable) roles = NULL;
  struct
  {
    gint64      person;
    const char *role;
  } expected[] = {
    { f->person, "chair" },     /* chairs this meeting, a member at the last */
    { deputy, "deputy" },       /* served as a deputy */
    { secretary, "other" },     /* an official, but "other" last time */
    { f->official, "official" },
    { newcomer, "member" },
  };

  g_assert_true (ber_agenda_lock (f->store, before, &error));
  ber_store_set_today (f->store, "2026-02-02");
  g_assert_true (ber_agenda_set_attendance (f->store, before, attendees,
                                            G_N_ELEMENTS (attendees), &error));
  g_assert_true (ber_agenda_record_minutes (f->store, before, &minutes, &error));
  g_assert_no_error (error);
  g_assert_true (ber_store_update (f->store, "meeting", meeting_id,
                                   vardict ("chair_id", I (f->person), NULL), &error));
  g_assert_no_error (error);

  meeting = BER_MEETING (ber_record_load (BER_TYPE_MEETING, f->store, meeting_id, &error));
  g_assert_no_error (error);
  roles = ber_meetings_list_usual_roles (meetings, meeting, &error);
  g_assert_no_error (error);
  g_assert_nonnull (roles);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(BerRecord) person = ber_record_load (BER_TYPE_PERSON, f->store,
                                                     expected[i].person, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (ber_meetings_default_role (meetings, roles, person), ==,
                       expected[i].role);
    }

  /* Without a meeting before, only the chair and the kind of person count. */
  g_clear_pointer (&roles, g_hash_table_unref);
  g_clear_object (&meeting);
  meeting = BER_MEETING (ber_record_load (BER_TYPE_MEETING, f->store, before, &error));
  roles = ber_meetings_list_usual_roles (meetings, meeting, &error);
  g_assert_no_error (error);
  {
    g_autoptr(BerRecord) person = ber_record_load (BER_TYPE_PERSON, f->store, secretary, NULL);
    g_autoptr(BerRecord) elected = ber_record_load (BER_TYPE_PERSON, f->store, deputy, NULL);

    g_assert_cmpstr (ber_meetings_default_role (meetings, roles, person), ==, "official");
    g_assert_cmpstr (ber_meetings_default_role (meetings, roles, elected), ==, "member");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/agenda/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("template", test_template);
  ADD ("copy-previous", test_copy_previous);
  ADD ("add-items", test_add_items);
  ADD ("clock-times", test_clock_times);
  ADD ("lock-paragraphs", test_lock_paragraphs);
  ADD ("decisions", test_decisions);
  ADD ("reports-presented", test_reports_presented);
  ADD ("followup", test_followup);
  ADD ("statements", test_statements);
  ADD ("service/list", test_service_list);
  ADD ("service/create", test_service_create);
  ADD ("service/agenda", test_service_agenda);
  ADD ("service/waiting", test_service_waiting);
  ADD ("service/decision", test_service_decision);
  ADD ("service/minutes", test_service_minutes);
  ADD ("service/followup", test_service_followup);
  ADD ("service/report-status", test_service_report_status);
  ADD ("service/meeting-day", test_service_meeting_day);
  ADD ("service/usual-roles", test_service_usual_roles);
#undef ADD

  return g_test_run ();
}
