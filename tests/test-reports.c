/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Returned reports: who owes one after a forum event, when it is late, how
 * it reaches the agenda of the body that gave the assignment and is marked
 * presented, the reminder to its author, and the exports read back through
 * poppler's pdftotext and a CSV parser, also through the real binary.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "ber-model.h"
#include "ber-report-export.h"
#include "ber-report-logic.h"
#include "ber-reports.h"
#include "ber-test-utils.h"

/* Helpers: registers */

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

      /* A NULL value leaves the column out: SQL NULL. */
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

static void
update (BerStore   *store,
        const char *table,
        gint64      id,
        GVariant   *values)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ber_store_update (store, table, id, values, &error));
  g_assert_no_error (error);
}

static GVariant *
get (BerStore   *store,
     const char *source,
     gint64      id)
{
  g_autoptr(GError) error = NULL;
  GVariant *row = ber_store_get (store, source, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (row);
  return row;
}

static const char *
text_of (GVariant   *row,
         const char *column)
{
  const char *text = NULL;

  if (!g_variant_lookup (row, column, "&s", &text))
    return NULL;
  return text;
}

static gint64
int_of (GVariant   *row,
        const char *column)
{
  gint64 value = 0;

  g_variant_lookup (row, column, "x", &value);
  return value;
}

static GPtrArray *
select_where (BerStore   *store,
              const char *source,
              const char *column,
              gint64      value,
              const char *order)
{
  g_autoptr(BerQuery) query = ber_query_new (source);
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  if (column != NULL)
    ber_query_add_condition (query, column, BER_QUERY_EQ, I (value));
  if (order != NULL)
    ber_query_add_order (query, order, FALSE);
  rows = ber_store_select (store, query, 0, G_MAXUINT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rows);
  return rows;
}

/* The report of @person_id for @event_id, which must exist. */
static gint64
report_of (BerStore *store,
           gint64    event_id,
           gint64    person_id)
{
  g_autoptr(GPtrArray) rows = select_where (store, "report", "event_id", event_id, "id");

  for (guint i = 0; i < rows->len; i++)
    if (int_of (g_ptr_array_index (rows, i), "person_id") == person_id)
      return int_of (g_ptr_array_index (rows, i), "id");
  g_assert_not_reached ();
}

typedef struct
{
  char       *dir;
  BerStore   *store;
  BerReports *reports;
  gint64    rs, run, ib;
  gint64    aer, aer_ga_body;
  gint64    asa, orjan, angla, pelle;
  gint64    ga;          /* AER:s generalförsamling, 2026-02-10 – 2026-02-12 in Bryssel */
  gint64    autumn;      /* AER:s höstmöte 2025-11-20 */
  gint64    ib_event;    /* a meeting whose attendee reports to a body without meetings */
  gint64    rs_past, rs_cancelled, rs_locked, rs_next, rs_later, run_next;
} Fixture;

static gint64
add_body (BerStore   *store,
          const char *name,
          const char *short_name)
{
  return insert (store, "body", vardict ("name", S (name), "short_name", S (short_name), NULL));
}

static gint64
add_person (BerStore   *store,
            const char *name,
            const char *email)
{
  return insert (store, "person", vardict ("name", S (name), "email", S (email), NULL));
}

static gint64
add_assignment (BerStore   *store,
                gint64      person,
                gint64      network,
                gint64      body,
                const char *from_on,
                const char *to_on)
{
  return insert (store, "assignment",
                 vardict ("person_id", I (person), "network_id", I (network),
                          "appointing_body_id", body != 0 ? I (body) : NULL,
                          "from_on", S (from_on), "to_on", to_on != NULL ? S (to_on) : NULL,
                          NULL));
}

static gint64
add_event (BerStore   *store,
           gint64      network,
           const char *title,
           const char *starts_on,
           const char *ends_on)
{
  return insert (store, "forum_event",
                 vardict ("network_id", I (network), "title", S (title), "starts_on", S (starts_on),
                          "ends_on", ends_on != NULL ? S (ends_on) : NULL, "place", S ("Bryssel"),
                          NULL));
}

static void
attend (BerStore *store,
        gint64    event,
        gint64    person,
        gint64    assignment)
{
  insert (store, "event_attendance",
          vardict ("event_id", I (event), "person_id", I (person),
                   "assignment_id", assignment != 0 ? I (assignment) : NULL, NULL));
}

static gint64
add_meeting (BerStore   *store,
             gint64      body,
             const char *held_on,
             const char *status)
{
  return insert (store, "meeting", vardict ("body_id", I (body), "held_on", S (held_on),
                                            "status", S (status), NULL));
}

static gint64
add_entry (BerStore   *store,
           gint64      meeting,
           gint64      position,
           const char *kind,
           const char *title)
{
  return insert (store, "agenda_entry",
                 vardict ("meeting_id", I (meeting), "position", I (position), "kind", S (kind),
                          "title", S (title), NULL));
}

/*
 * A small register, today 2026-03-10. Åsa goes to the general assembly on her
 * assignment from RS, Örjan on his from RUN (found by the date, the
 * attendance names none), Ängla without one (hers ended in 2022).
 */
static void
fixture_set_up (Fixture *f)
{
  BerStore *store;
  gint64 asa_aer;

  f->store = store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  ber_store_set_today (store, "2026-03-10");
  f->reports = ber_reports_new (store);

  f->rs = add_body (store, "Regionstyrelsen", "RS");
  f->run = add_body (store, "Regionala utvecklingsnämnden", "RUN");
  f->ib = add_body (store, "Internationella beredningen", "IB");
  f->aer = insert (store, "network", vardict ("name", S ("Assembly of European Regions"),
                                              "acronym", S ("AER"), NULL));

  f->asa = add_person (store, "Åsa Lindqvist", "asa.lindqvist@example.se");
  f->orjan = add_person (store, "Örjan Berg", "orjan.berg@example.se");
  f->angla = add_person (store, "Ängla Nyström", "");
  f->pelle = add_person (store, "Pelle Nilsson", "pelle@example.se");

  asa_aer = add_assignment (store, f->asa, f->aer, f->rs, "2023-01-01", NULL);
  add_assignment (store, f->orjan, f->aer, f->run, "2023-01-01", "2026-12-31");
  add_assignment (store, f->angla, f->aer, f->rs, "2019-01-01", "2022-12-31");
  add_assignment (store, f->pelle, f->aer, 0, "2023-01-01", NULL);

  f->ga = add_event (store, f->aer, "AER:s generalförsamling", "2026-02-10", "2026-02-12");
  attend (store, f->ga, f->asa, asa_aer);
  attend (store, f->ga, f->orjan, 0);
  attend (store, f->ga, f->angla, 0);

  f->autumn = add_event (store, f->aer, "AER:s höstmöte", "2025-11-20", NULL);
  attend (store, f->autumn, f->asa, asa_aer);

  /* Agendas: RS has standing points at the start and the end. */
  insert (store, "agenda_template_point",
          vardict ("body_id", I (f->rs), "position", I (1), "title", S ("Mötets öppnande"),
                   "placement", S ("start"), NULL));
  insert (store, "agenda_template_point",
          vardict ("body_id", I (f->rs), "position", I (2), "title", S ("Övriga frågor"),
                   "placement", S ("end"), NULL));
  insert (store, "agenda_template_point",
          vardict ("body_id", I (f->rs), "position", I (3), "title", S ("Mötets avslutande"),
                   "placement", S ("end"), NULL));

  f->rs_past = add_meeting (store, f->rs, "2026-03-01", "planned");
  f->rs_cancelled = add_meeting (store, f->rs, "2026-03-12", "cancelled");
  f->rs_locked = add_meeting (store, f->rs, "2026-03-15", "agenda-locked");
  f->rs_later = add_meeting (store, f->rs, "2026-04-10", "planned");
  f->rs_next = add_meeting (store, f->rs, "2026-03-20", "planned");
  f->run_next = add_meeting (store, f->run, "2026-03-25", "planned");

  add_entry (store, f->rs_next, 1, "standard", "Mötets öppnande");
  add_entry (store, f->rs_next, 2, "information", "Information från regiondirektören");
  add_entry (store, f->rs_next, 3, "standard", "Övriga frågor");
  add_entry (store, f->rs_next, 4, "standard", "Mötets avslutande");
}

static void
fixture_tear_down (Fixture *f)
{
  g_assert_finalize_object (f->reports);
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
receive (Fixture    *f,
         gint64      report,
         const char *received_on)
{
  update (f->store, "report", report,
          vardict ("status", S ("received"), "received_on", S (received_on), NULL));
}

/* Creates the expected reports of the general assembly and the autumn meeting. */
static void
create_all (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (ber_reports_create_expected (f->reports, f->ga, 21, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (ber_reports_create_expected (f->reports, f->autumn, 14, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
}

static guint
count_rows (BerStore   *store,
            const char *source,
            const char *column,
            gint64      value)
{
  g_autoptr(GPtrArray) rows = select_where (store, source, column, value, NULL);

  return rows->len;
}

/* Who owes a report */

static void
test_create_expected (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) asa = NULL;
  g_autoptr(GVariant) orjan = NULL;
  g_autoptr(GVariant) autumn = NULL;
  guint n = 99;

  fixture_set_up (&f);
  g_assert_true (ber_reports_create_expected (f.reports, f.ga, 21, &n, &error));
  g_assert_no_error (error);

  /* Åsa and Örjan went on assignments; Ängla's had ended, so she owes none. */
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (count_rows (f.store, "report", "event_id", f.ga), ==, 2);
  g_assert_cmpuint (count_rows (f.store, "report", "person_id", f.angla), ==, 0);

  /* Due 21 days after the last day, to the body that gave the assignment. */
  asa = get (f.store, "report", report_of (f.store, f.ga, f.asa));
  g_assert_cmpstr (text_of (asa, "status"), ==, "expected");
  g_assert_cmpstr (text_of (asa, "due_on"), ==, "2026-03-05");
  g_assert_cmpint (int_of (asa, "body_id"), ==, f.rs);
  g_assert_cmpint (int_of (asa, "assignment_id"), >, 0);
  orjan = get (f.store, "report", report_of (f.store, f.ga, f.orjan));
  g_assert_cmpint (int_of (orjan, "body_id"), ==, f.run);
  g_assert_cmpstr (text_of (orjan, "due_on"), ==, "2026-03-05");
  g_assert_cmpint (int_of (orjan, "assignment_id"), >, 0);
  g_assert_cmpint (int_of (orjan, "assignment_id"), !=, int_of (asa, "assignment_id"));

  /* Run again, nothing new. */
  g_assert_true (ber_reports_create_expected (f.reports, f.ga, 30, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (count_rows (f.store, "report", "event_id", f.ga), ==, 2);

  /* A one-day event: due N days after its first day. */
  g_assert_true (ber_reports_create_expected (f.reports, f.autumn, 14, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  autumn = get (f.store, "report", report_of (f.store, f.autumn, f.asa));
  g_assert_cmpstr (text_of (autumn, "due_on"), ==, "2025-12-04");

  fixture_tear_down (&f);
}

static void
test_create_without_body (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 event;
  guint n = 99;

  fixture_set_up (&f);
  event = add_event (f.store, f.aer, "AER:s politiska byrå", "2026-03-02", NULL);
  attend (f.store, event, f.asa, 0);
  attend (f.store, event, f.pelle, 0);

  /* Pelle's assignment names no body to report to: an error naming him, nothing written. */
  g_assert_false (ber_reports_create_expected (f.reports, event, 21, &n, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Pelle Nilsson"));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (count_rows (f.store, "report", "event_id", event), ==, 0);
  g_assert_cmpuint (count_rows (f.store, "report", NULL, 0), ==, 0);

  /* The store is usable afterwards: the batch was closed. */
  g_clear_error (&error);
  g_assert_true (ber_reports_create_expected (f.reports, f.ga, 21, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);

  fixture_tear_down (&f);
}

/* Lateness */

static BerReport *
report_object (const char *status,
               const char *due_on)
{
  return g_object_new (BER_TYPE_REPORT, "status", status, "due-on", due_on,
                       "received-on", g_str_equal (status, "expected") ? NULL : "2026-01-01", NULL);
}

static void
test_lateness (void)
{
  BerReport *yesterday = report_object ("expected", "2026-03-09");
  BerReport *today = report_object ("expected", "2026-03-10");
  BerReport *tomorrow = report_object ("expected", "2026-03-11");
  BerReport *received = report_object ("received", "2025-01-01");
  BerReport *presented = report_object ("presented", "2025-01-01");

  g_assert_true (ber_report_is_late (yesterday, "2026-03-10"));
  g_assert_false (ber_report_is_late (today, "2026-03-10"));
  g_assert_false (ber_report_is_late (tomorrow, "2026-03-10"));
  g_assert_false (ber_report_is_late (received, "2026-03-10"));
  g_assert_false (ber_report_is_late (presented, "2026-03-10"));
  /* Across a month and a year boundary, ISO dates still compare right. */
  g_assert_true (ber_report_is_late (today, "2026-04-01"));
  g_assert_false (ber_report_is_late (yesterday, "2025-12-31"));

  g_assert_finalize_object (yesterday);
  g_assert_finalize_object (today);
  g_assert_finalize_object (tomorrow);
  g_assert_finalize_object (received);
  g_assert_finalize_object (presented);
}

static void
test_count_late_demo (void)
{
  g_autofree char *dir = NULL;
  BerStore *store = ber_test_store_new (BER_TEST_DEMO, &dir);
  BerReports *reports = ber_reports_new (store);
  g_autoptr(GPtrArray) rows = select_where (store, "report_list", NULL, 0, "id");
  g_autoptr(GError) error = NULL;
  const char *today = ber_store_get_today (store);
  guint direct = 0, by_object = 0, n_expected = 0, n_late = 999;

  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      BerRecord *record = ber_record_new_from_row (BER_TYPE_REPORT, row);

      n_expected += g_str_equal (text_of (row, "status"), "expected");
      direct += g_str_equal (text_of (row, "status"), "expected")
                && strcmp (text_of (row, "due_on"), today) < 0;
      by_object += ber_report_is_late (BER_REPORT (record), today);
      g_assert_finalize_object (record);
    }

  g_assert_true (ber_reports_count_late (reports, &n_late, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_late, ==, direct);
  g_assert_cmpuint (n_late, ==, by_object);
  /* The demo register always has a late report. */
  g_assert_cmpuint (n_late, >, 0);

  /* Far in the future every expected report is late; in the past none. */
  ber_store_set_today (store, "2999-01-01");
  g_assert_true (ber_reports_count_late (reports, &n_late, &error));
  g_assert_cmpuint (n_late, ==, n_expected);
  ber_store_set_today (store, "1999-01-01");
  g_assert_true (ber_reports_count_late (reports, &n_late, &error));
  g_assert_cmpuint (n_late, ==, 0);

  g_assert_finalize_object (reports);
  g_assert_finalize_object (store);
  ber_test_remove_tree (dir);
}

/* To the agenda */

/* The id of the body's next meeting, 0 for none. */
static gint64
next_meeting_id (BerReports  *reports,
                 gint64       body_id,
                 GError     **error)
{
  g_autoptr(BerMeeting) meeting = ber_reports_next_meeting (reports, body_id, error);

  return meeting != NULL ? ber_record_get_id (BER_RECORD (meeting)) : 0;
}

static void
test_next_meeting (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 today;

  fixture_set_up (&f);

  /* Past, cancelled and locked meetings are skipped; the earliest planned one wins. */
  g_assert_cmpint (next_meeting_id (f.reports, f.rs, &error), ==, f.rs_next);
  g_assert_no_error (error);
  g_assert_cmpint (next_meeting_id (f.reports, f.run, &error), ==, f.run_next);
  g_assert_cmpint (next_meeting_id (f.reports, f.ib, &error), ==, 0);
  g_assert_no_error (error);

  /* A meeting today still takes the report. */
  today = add_meeting (f.store, f.rs, "2026-03-10", "planned");
  g_assert_cmpint (next_meeting_id (f.reports, f.rs, &error), ==, today);

  /* Once the later ones are past, none remain. */
  ber_store_set_today (f.store, "2026-04-11");
  g_assert_cmpint (next_meeting_id (f.reports, f.rs, &error), ==, 0);
  g_assert_no_error (error);

  fixture_tear_down (&f);
}

/* The meeting's entries as "kind:title" in position order, positions 1, 2, 3… checked. */
static char *
agenda_of (BerStore *store,
           gint64    meeting)
{
  g_autoptr(GPtrArray) rows = select_where (store, "agenda_entry", "meeting_id", meeting,
                                            "position");
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);

      g_assert_cmpint (int_of (row, "position"), ==, i + 1);
      g_string_append_printf (out, "%s%s:%s", i > 0 ? "|" : "", text_of (row, "kind"),
                              text_of (row, "title"));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_add_to_agenda (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *agenda = NULL;
  g_autofree char *unchanged = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gint64 asa, orjan, autumn;
  GVariant *entry;

  fixture_set_up (&f);
  create_all (&f);
  asa = report_of (f.store, f.ga, f.asa);
  orjan = report_of (f.store, f.ga, f.orjan);
  autumn = report_of (f.store, f.autumn, f.asa);
  receive (&f, asa, "2026-03-01");

  g_assert_true (ber_reports_add_to_agenda (f.reports, &asa, 1, f.rs_next, &error));
  g_assert_no_error (error);
  agenda = agenda_of (f.store, f.rs_next);
  g_assert_cmpstr (agenda, ==,
                   "standard:Mötets öppnande|information:Information från regiondirektören|"
                   "report:Returned report from AER:s generalförsamling – Åsa Lindqvist|"
                   "standard:Övriga frågor|standard:Mötets avslutande");
  entries = select_where (f.store, "agenda_entry", "report_id", asa, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpint (int_of (entry, "estimated_minutes"), ==, 5);
  g_assert_cmpint (int_of (entry, "meeting_id"), ==, f.rs_next);

  /* An expected report, or one already on an agenda: refused by name, nothing written. */
  g_assert_false (ber_reports_add_to_agenda (f.reports, &orjan, 1, f.rs_next, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Örjan Berg"));
  g_clear_error (&error);
  g_assert_false (ber_reports_add_to_agenda (f.reports, &asa, 1, f.rs_next, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "Åsa Lindqvist"));
  g_clear_error (&error);
  {
    const gint64 mixed[] = { autumn, orjan };

    receive (&f, autumn, "2025-12-01");
    g_assert_false (ber_reports_add_to_agenda (f.reports, mixed, 2, f.rs_next, &error));
    g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  unchanged = agenda_of (f.store, f.rs_next);
  g_assert_cmpstr (unchanged, ==, agenda);
  g_assert_cmpuint (count_rows (f.store, "agenda_entry", "report_id", autumn), ==, 0);

  /* A locked agenda takes no new entries. */
  g_assert_false (ber_reports_add_to_agenda (f.reports, &autumn, 1, f.rs_locked, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Meeting 0: each report goes to the next meeting of its own body. */
  receive (&f, orjan, "2026-03-08");
  {
    const gint64 both[] = { orjan, autumn };
    g_autofree char *rs_agenda = NULL;
    g_autofree char *run_agenda = NULL;

    g_assert_true (ber_reports_add_to_agenda (f.reports, both, 2, 0, &error));
    g_assert_no_error (error);
    rs_agenda = agenda_of (f.store, f.rs_next);
    g_assert_cmpstr (rs_agenda, ==,
                     "standard:Mötets öppnande|information:Information från regiondirektören|"
                     "report:Returned report from AER:s generalförsamling – Åsa Lindqvist|"
                     "report:Returned report from AER:s höstmöte – Åsa Lindqvist|"
                     "standard:Övriga frågor|standard:Mötets avslutande");
    /* RUN's meeting had no entries and RUN no template. */
    run_agenda = agenda_of (f.store, f.run_next);
    g_assert_cmpstr (run_agenda, ==,
                     "report:Returned report from AER:s generalförsamling – Örjan Berg");
  }

  fixture_tear_down (&f);
}

static void
test_add_to_agenda_no_meeting (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 report;

  fixture_set_up (&f);
  report = insert (f.store, "report",
                   vardict ("event_id", I (f.ga), "person_id", I (f.pelle), "body_id", I (f.ib),
                            "status", S ("received"), "due_on", S ("2026-03-05"),
                            "received_on", S ("2026-03-02"), NULL));

  g_assert_false (ber_reports_add_to_agenda (f.reports, &report, 1, 0, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "Internationella beredningen"));
  g_assert_cmpuint (count_rows (f.store, "agenda_entry", "report_id", report), ==, 0);

  fixture_tear_down (&f);
}

static void
test_mark_presented (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GVariant) orjan_row = NULL;
  gint64 reports[2];
  gint64 orjan;
  int paragraph = 11;

  fixture_set_up (&f);
  create_all (&f);
  reports[0] = report_of (f.store, f.ga, f.asa);
  reports[1] = report_of (f.store, f.autumn, f.asa);
  orjan = report_of (f.store, f.ga, f.orjan);
  receive (&f, reports[0], "2026-03-01");
  receive (&f, reports[1], "2025-12-01");
  receive (&f, orjan, "2026-03-02");
  g_assert_true (ber_reports_add_to_agenda (f.reports, reports, 2, f.rs_next, &error));
  g_assert_no_error (error);

  /* Before the minutes are recorded, nothing is presented. */
  g_assert_false (ber_reports_mark_presented_at (f.reports, f.rs_next, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The meeting is held and each entry has its paragraph (§) in the minutes. */
  update (f.store, "meeting", f.rs_next, vardict ("status", S ("held"), NULL));
  entries = select_where (f.store, "agenda_entry", "meeting_id", f.rs_next, "position");
  for (guint i = 0; i < entries->len; i++)
    update (f.store, "agenda_entry", int_of (g_ptr_array_index (entries, i), "id"),
            vardict ("paragraph", I (paragraph++), "paragraph_body_id", I (f.rs),
                     "paragraph_year", I (2026), NULL));

  g_assert_true (ber_reports_mark_presented_at (f.reports, f.rs_next, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autoptr(GVariant) row = get (f.store, "report", reports[i]);

      g_assert_cmpstr (text_of (row, "status"), ==, "presented");
      g_assert_cmpstr (text_of (row, "presented_on"), ==, "2026-03-20");
    }
  /* Örjan's report is not on that agenda and stays received. */
  orjan_row = get (f.store, "report", orjan);
  g_assert_cmpstr (text_of (orjan_row, "status"), ==, "received");
  g_assert_null (text_of (orjan_row, "presented_on"));

  /* Running it again changes nothing. */
  g_assert_true (ber_reports_mark_presented_at (f.reports, f.rs_next, &error));
  g_assert_no_error (error);

  fixture_tear_down (&f);
}

/* Reminders */

static void
test_reminder (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GVariant) row = NULL;
  g_autoptr(BerReport) report = NULL;
  g_autoptr(BerReport) angla_report = NULL;
  g_autofree char *text = NULL;
  const char *body, *subject;
  gint64 orjan, angla;

  fixture_set_up (&f);
  create_all (&f);
  orjan = report_of (f.store, f.ga, f.orjan);

  report = ber_reports_load (f.reports, orjan, &error);
  g_assert_no_error (error);
  text = ber_reports_reminder_uri (f.reports, report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  /* Plain ASCII, nothing a mail program could misread. */
  for (const char *p = text; *p; p++)
    {
      g_assert_cmpint ((guchar) *p, <, 0x80);
      g_assert_false (g_ascii_isspace (*p));
    }

  uri = g_uri_parse (text, G_URI_FLAGS_ENCODED_QUERY, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_uri_get_scheme (uri), ==, "mailto");
  g_assert_cmpstr (g_uri_get_path (uri), ==, "orjan.berg@example.se");
  params = g_uri_parse_params (g_uri_get_query (uri), -1, "&", G_URI_PARAMS_NONE, &error);
  g_assert_no_error (error);
  subject = g_hash_table_lookup (params, "subject");
  body = g_hash_table_lookup (params, "body");
  g_assert_nonnull (subject);
  g_assert_nonnull (body);
  g_assert_true (g_utf8_validate (body, -1, NULL));
  g_assert_nonnull (strstr (subject, "AER:s generalförsamling"));
  g_assert_nonnull (strstr (body, "Örjan Berg"));
  g_assert_nonnull (strstr (body, "AER:s generalförsamling"));
  g_assert_nonnull (strstr (body, "Bryssel"));
  g_assert_nonnull (strstr (body, "2026-02-10"));
  g_assert_nonnull (strstr (body, "2026-03-05"));
  g_assert_nonnull (strstr (body, "Regionala utvecklingsnämnden"));
  g_assert_nonnull (strstr (body, "Subject areas dealt with"));
  g_assert_nonnull (strstr (body, "Positions taken by the region's representatives"));
  g_assert_nonnull (strstr (body, "The region's continued work in the forum"));
  g_assert_nonnull (strstr (body, "The region's work at home on the forum's questions"));
  /* Line breaks as mail wants them. */
  g_assert_nonnull (strstr (body, "\r\n"));

  /* Without an address, an error naming the person. */
  angla = insert (f.store, "report",
                  vardict ("event_id", I (f.ga), "person_id", I (f.angla), "body_id", I (f.rs),
                           "due_on", S ("2026-03-05"), NULL));
  angla_report = ber_reports_load (f.reports, angla, &error);
  g_assert_no_error (error);
  g_assert_null (ber_reports_reminder_uri (f.reports, angla_report, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Ängla Nyström"));
  g_clear_error (&error);

  /* Sending it is recorded with today's date. */
  ber_store_set_today (f.store, "2026-03-11");
  g_assert_true (ber_reports_record_reminder (f.reports, report, &error));
  g_assert_no_error (error);
  row = get (f.store, "report", orjan);
  g_assert_cmpstr (text_of (row, "reminded_on"), ==, "2026-03-11");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (report), "reminded-on"), ==, "2026-03-11");

  fixture_tear_down (&f);
}

/* The service's lists and writes */

/* The reports of @reports' list under @filter, as "person|event" in list order. */
static char *
list_of (BerReports    *reports,
         BerListFilter *filter)
{
  g_autoptr(GListModel) list = ber_reports_list (reports, filter);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BerRecord) report = g_list_model_get_item (list, i);

      g_string_append_printf (out, "%s%s|%s", i > 0 ? ";" : "",
                              ber_record_get_string (report, "person-name"),
                              ber_record_get_string (report, "event-title"));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define ASSERT_LIST(reports, filter, expected) \
  G_STMT_START { \
    g_autofree char *list_text = list_of ((reports), (filter)); \
    g_assert_cmpstr (list_text, ==, (expected)); \
  } G_STMT_END

static void
test_list_filters (void)
{
  Fixture f = { 0 };
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  gint64 orjan, autumn;

  fixture_set_up (&f);
  create_all (&f);
  orjan = report_of (f.store, f.ga, f.orjan);
  autumn = report_of (f.store, f.autumn, f.asa);
  receive (&f, autumn, "2025-12-01");
  update (f.store, "report", orjan,
          vardict ("positions", S ("Regionen stödde uttalandet om beredskapslager."), NULL));

  /* All of them, the latest due first, then the order they were made in. */
  ASSERT_LIST (f.reports, filter,
               "Åsa Lindqvist|AER:s generalförsamling;Örjan Berg|AER:s generalförsamling;"
               "Åsa Lindqvist|AER:s höstmöte");

  /* By status: both reports of the general assembly were due 2026-03-05, today is the 10th. */
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_STATUS, BER_REPORTS_STATUS_LATE);
  ASSERT_LIST (f.reports, filter,
               "Åsa Lindqvist|AER:s generalförsamling;Örjan Berg|AER:s generalförsamling");
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_STATUS, BER_REPORTS_STATUS_EXPECTED);
  ASSERT_LIST (f.reports, filter, "");
  ber_store_set_today (f.store, "2026-03-05");
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_STATUS, BER_REPORTS_STATUS_LATE);
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_STATUS, BER_REPORTS_STATUS_EXPECTED);
  ASSERT_LIST (f.reports, filter,
               "Åsa Lindqvist|AER:s generalförsamling;Örjan Berg|AER:s generalförsamling");
  ber_store_set_today (f.store, "2026-03-10");
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_STATUS, BER_REPORTS_STATUS_RECEIVED);
  ASSERT_LIST (f.reports, filter, "Åsa Lindqvist|AER:s höstmöte");
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_STATUS, BER_REPORTS_STATUS_PRESENTED);
  ASSERT_LIST (f.reports, filter, "");
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_STATUS, NULL);

  /* By person, body, network and the period of the events. */
  ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_PERSON, f.asa);
  ASSERT_LIST (f.reports, filter,
               "Åsa Lindqvist|AER:s generalförsamling;Åsa Lindqvist|AER:s höstmöte");
  ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_PERSON, 0);
  ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_BODY, f.run);
  ASSERT_LIST (f.reports, filter, "Örjan Berg|AER:s generalförsamling");
  ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_BODY, 0);
  ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_NETWORK, f.aer);
  {
    g_autofree char *listed = list_of (f.reports, filter);

    g_assert_cmpuint (strlen (listed), >, 0);
  }
  {
    gint64 other = insert (f.store, "network", vardict ("name", S ("CPMR"), NULL));

    ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_NETWORK, other);
    ASSERT_LIST (f.reports, filter, "");
    ber_list_filter_set_id (filter, BER_REPORTS_CRITERION_NETWORK, 0);
  }
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_FROM, "2026-01-01");
  ASSERT_LIST (f.reports, filter,
               "Åsa Lindqvist|AER:s generalförsamling;Örjan Berg|AER:s generalförsamling");
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_FROM, NULL);
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_TO, "2025-12-31");
  ASSERT_LIST (f.reports, filter, "Åsa Lindqvist|AER:s höstmöte");
  ber_list_filter_set_text (filter, BER_REPORTS_CRITERION_TO, NULL);

  /* The search finds what the reports say, and the names joined to them. */
  ber_list_filter_set_search (filter, "beredskapslager");
  ASSERT_LIST (f.reports, filter, "Örjan Berg|AER:s generalförsamling");
  ber_list_filter_set_search (filter, "utvecklingsnämnden");
  ASSERT_LIST (f.reports, filter, "Örjan Berg|AER:s generalförsamling");
  ber_list_filter_set_search (filter, "höstmöte");
  ASSERT_LIST (f.reports, filter, "Åsa Lindqvist|AER:s höstmöte");
  ber_list_filter_set_search (filter, "AER");
  {
    g_autofree char *listed = list_of (f.reports, filter);

    g_assert_cmpuint (strlen (listed), >, 0);
  }
  ber_list_filter_set_search (filter, NULL);

  /* A column's order, and back. */
  ber_list_filter_set_order (filter, BER_REPORTS_ORDER_PERSON, FALSE);
  ASSERT_LIST (f.reports, filter,
               "Åsa Lindqvist|AER:s generalförsamling;Åsa Lindqvist|AER:s höstmöte;"
               "Örjan Berg|AER:s generalförsamling");
  ber_list_filter_set_order (filter, BER_REPORTS_ORDER_EVENT_DATE, FALSE);
  ASSERT_LIST (f.reports, filter,
               "Åsa Lindqvist|AER:s höstmöte;Åsa Lindqvist|AER:s generalförsamling;"
               "Örjan Berg|AER:s generalförsamling");

  fixture_tear_down (&f);
}

static void
test_late_days (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BerReport) asa = NULL;
  g_autoptr(BerReport) autumn = NULL;

  fixture_set_up (&f);
  create_all (&f);
  asa = ber_reports_load (f.reports, report_of (f.store, f.ga, f.asa), &error);
  g_assert_no_error (error);
  autumn = ber_reports_load (f.reports, report_of (f.store, f.autumn, f.asa), &error);
  g_assert_no_error (error);

  /* Due 2026-03-05, today the 10th: five days late, on the register's today. */
  g_assert_true (ber_reports_is_late (f.reports, asa));
  g_assert_cmpint (ber_reports_days_late (f.reports, asa), ==, 5);
  ber_store_set_today (f.store, "2026-03-05");
  g_assert_false (ber_reports_is_late (f.reports, asa));
  g_assert_cmpint (ber_reports_days_late (f.reports, asa), ==, 0);
  ber_store_set_today (f.store, "2026-03-10");

  /* Received: not late, however long ago it was due. */
  receive (&f, ber_record_get_id (BER_RECORD (autumn)), "2025-12-20");
  g_assert_true (ber_record_reload (BER_RECORD (autumn), f.store, &error));
  g_assert_false (ber_reports_is_late (f.reports, autumn));
  g_assert_cmpint (ber_reports_days_late (f.reports, autumn), ==, 0);

  fixture_tear_down (&f);
}

static void
test_save (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BerReport) report = NULL;
  g_autoptr(GVariant) row = NULL;
  gint64 id;
  guint n_late = 0;

  fixture_set_up (&f);
  create_all (&f);
  id = report_of (f.store, f.ga, f.asa);
  report = ber_reports_load (f.reports, id, &error);
  g_assert_no_error (error);

  /* Not a date: refused, nothing written. */
  g_object_set (report, "received-on", "igår", NULL);
  g_assert_false (ber_reports_save (f.reports, report, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A date received makes it received, with the parts written. */
  g_object_set (report, "received-on", "2026-03-08", "positions", "Vi stödde förslaget.", NULL);
  g_assert_true (ber_reports_save (f.reports, report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_report_get_status (report), ==, "received");
  row = get (f.store, "report", id);
  g_assert_cmpstr (text_of (row, "status"), ==, "received");
  g_assert_cmpstr (text_of (row, "received_on"), ==, "2026-03-08");
  g_assert_cmpstr (text_of (row, "positions"), ==, "Vi stödde förslaget.");
  /* Örjan's and the autumn meeting's are still late. */
  g_assert_true (ber_reports_count_late (f.reports, &n_late, &error));
  g_assert_cmpuint (n_late, ==, 2);

  /* Taking the date away makes it expected again. */
  g_object_set (report, "received-on", NULL, NULL);
  g_assert_true (ber_reports_save (f.reports, report, &error));
  g_assert_no_error (error);
  g_clear_pointer (&row, g_variant_unref);
  row = get (f.store, "report", id);
  g_assert_cmpstr (text_of (row, "status"), ==, "expected");
  g_assert_null (text_of (row, "received_on"));

  /* A presented report keeps a date received, and not one after it was presented. */
  update (f.store, "report", id,
          vardict ("status", S ("presented"), "received_on", S ("2026-03-08"),
                   "presented_on", S ("2026-03-09"), NULL));
  g_assert_true (ber_record_reload (BER_RECORD (report), f.store, &error));
  g_object_set (report, "received-on", NULL, NULL);
  g_assert_false (ber_reports_save (f.reports, report, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (report, "received-on", "2026-03-09", NULL);
  g_assert_true (ber_reports_save (f.reports, report, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_report_get_status (report), ==, "presented");
  g_object_set (report, "received-on", "2026-03-10", NULL);
  g_assert_false (ber_reports_save (f.reports, report, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&row, g_variant_unref);
  row = get (f.store, "report", id);
  g_assert_cmpstr (text_of (row, "received_on"), ==, "2026-03-09");

  fixture_tear_down (&f);
}

static void
test_agenda_entry (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(BerReport) report = NULL;
  g_autoptr(BerAgendaEntry) entry = NULL;
  g_autoptr(BerMeeting) meeting = NULL;
  gint64 id;

  fixture_set_up (&f);
  create_all (&f);
  id = report_of (f.store, f.ga, f.asa);
  report = ber_reports_load (f.reports, id, &error);
  g_assert_no_error (error);

  g_assert_null (ber_reports_find_agenda_entry (f.reports, report, &error));
  g_assert_no_error (error);

  receive (&f, id, "2026-03-01");
  meeting = ber_reports_next_meeting (f.reports, f.rs, &error);
  g_assert_no_error (error);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (ber_meeting_get_held_on (meeting), ==, "2026-03-20");
  g_assert_cmpstr (ber_meeting_get_body_name (meeting), ==, "Regionstyrelsen");
  g_assert_true (ber_reports_add_to_agenda (f.reports, &id, 1, 0, &error));
  g_assert_no_error (error);

  entry = ber_reports_find_agenda_entry (f.reports, report, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);
  g_assert_cmpstr (ber_agenda_entry_get_kind (entry), ==, "report");
  g_assert_cmpint (ber_record_get_int64 (BER_RECORD (entry), "meeting-id"), ==, f.rs_next);

  fixture_tear_down (&f);
}

static void
test_documents (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) documents = NULL;
  g_autoptr(BerDocument) first = ber_document_new ();
  g_autoptr(BerDocument) second = ber_document_new ();
  g_autoptr(BerDocument) untitled = ber_document_new ();
  g_autoptr(BerDocument) no_file = ber_document_new ();
  gint64 id;

  fixture_set_up (&f);
  create_all (&f);
  id = report_of (f.store, f.ga, f.asa);
  documents = ber_reports_list_documents (f.reports, id);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 0);

  /* A title and a file are needed. */
  g_object_set (untitled, "report-id", id, "title", "  ", "file-path", "/tmp/rapport.pdf", NULL);
  g_assert_false (ber_reports_add_document (f.reports, untitled, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (no_file, "report-id", id, "title", "Rapport", NULL);
  g_assert_false (ber_reports_add_document (f.reports, no_file, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (f.store, "document", "report_id", id), ==, 0);

  /* Each new one goes after the others. */
  g_object_set (first, "report-id", id, "title", " Rapport ", "file-path", "/tmp/rapport.pdf",
                NULL);
  g_assert_true (ber_reports_add_document (f.reports, first, &error));
  g_assert_no_error (error);
  g_object_set (second, "report-id", id, "title", "Presentation", "file-path", "/tmp/bilder.odp",
                NULL);
  g_assert_true (ber_reports_add_document (f.reports, second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 2);
  {
    g_autoptr(BerDocument) shown = g_list_model_get_item (documents, 0);

    g_assert_cmpstr (ber_document_get_title (shown), ==, "Rapport");
    g_assert_cmpstr (ber_document_get_file_path (shown), ==, "/tmp/rapport.pdf");
  }
  {
    int first_position = -1, second_position = -1;

    g_object_get (first, "position", &first_position, NULL);
    g_object_get (second, "position", &second_position, NULL);
    g_assert_cmpint (first_position, ==, 0);
    g_assert_cmpint (second_position, ==, 1);
  }

  /* Removing one forgets it; the list follows. */
  g_assert_true (ber_reports_remove_document (f.reports, first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 1);
  g_assert_cmpuint (count_rows (f.store, "document", "report_id", id), ==, 1);

  g_clear_object (&documents);
  fixture_tear_down (&f);
}

static BerForumEvent *
new_event (gint64      network,
           const char *title,
           const char *starts_on,
           const char *ends_on)
{
  return g_object_new (BER_TYPE_FORUM_EVENT, "network-id", network, "title", title,
                       "starts-on", starts_on, "ends-on", ends_on, "place", "Bryssel", NULL);
}

static void
add_attendee (GListStore *attendance,
              gint64      person,
              gint64      assignment)
{
  g_autoptr(BerEventAttendance) attendee = ber_event_attendance_new ();

  g_object_set (attendee, "person-id", person, "assignment-id", assignment, NULL);
  g_list_store_append (attendance, attendee);
}

static void
test_add_event (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) attendance = g_list_store_new (BER_TYPE_EVENT_ATTENDANCE);
  g_autoptr(GListStore) twice = g_list_store_new (BER_TYPE_EVENT_ATTENDANCE);
  g_autoptr(BerForumEvent) event = NULL;
  guint n_events, n = 0;

  fixture_set_up (&f);
  n_events = count_rows (f.store, "forum_event", NULL, 0);

  /* Each rule of the form, nothing written. */
  {
    struct
    {
      gint64      network;
      const char *title;
      const char *starts_on;
      const char *ends_on;
    } wrong[] = {
      { 0, "Byråmöte", "2026-04-01", NULL },
      { f.aer, "  ", "2026-04-01", NULL },
      { f.aer, "Byråmöte", NULL, NULL },
      { f.aer, "Byråmöte", "1 april", NULL },
      { f.aer, "Byråmöte", "2026-04-01", "2026-13-01" },
      { f.aer, "Byråmöte", "2026-04-02", "2026-04-01" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
      {
        g_autoptr(BerForumEvent) refused = new_event (wrong[i].network, wrong[i].title,
                                                      wrong[i].starts_on, wrong[i].ends_on);

        g_assert_false (ber_reports_add_event (f.reports, refused, NULL, &error));
        g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
        g_clear_error (&error);
        g_assert_cmpint (ber_record_get_id (BER_RECORD (refused)), ==, 0);
      }
  }
  g_assert_cmpuint (count_rows (f.store, "forum_event", NULL, 0), ==, n_events);

  /* The same person twice: all or nothing. */
  add_attendee (twice, f.asa, 0);
  add_attendee (twice, f.asa, 0);
  event = new_event (f.aer, "Byråmöte", "2026-04-01", NULL);
  g_assert_false (ber_reports_add_event (f.reports, event, G_LIST_MODEL (twice), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (event)), ==, 0);
  g_assert_cmpuint (count_rows (f.store, "forum_event", NULL, 0), ==, n_events);

  /* An event in the past is fine; its attendees are written with it. */
  add_attendee (attendance, f.asa, 0);
  add_attendee (attendance, f.orjan, 0);
  add_attendee (attendance, f.angla, 0);
  g_assert_true (ber_reports_add_event (f.reports, event, G_LIST_MODEL (attendance), &error));
  g_assert_no_error (error);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (event)), >, 0);
  g_assert_cmpuint (count_rows (f.store, "event_attendance", "event_id",
                                ber_record_get_id (BER_RECORD (event))),
                    ==, 3);

  /* Then the reports owed: Ängla's assignment had ended. */
  g_assert_true (ber_reports_create_expected (f.reports, ber_record_get_id (BER_RECORD (event)),
                                              30, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);

  fixture_tear_down (&f);
}

static void
test_event_choices (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) assignments = NULL;
  g_autoptr(GListModel) bodies = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  gint64 refused, current;

  fixture_set_up (&f);
  /* A refused candidacy is no assignment; Örjan's later one runs on the day. */
  refused = add_assignment (f.store, add_person (f.store, "Bo Ek", ""), f.aer, f.rs, "2023-01-01",
                            NULL);
  update (f.store, "assignment", refused, vardict ("candidacy", S ("not-elected"), NULL));
  current = add_assignment (f.store, f.orjan, f.aer, f.rs, "2027-01-01", NULL);

  assignments = ber_reports_list_event_assignments (f.reports, f.aer, "2027-02-01", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (assignments); i++)
    {
      g_autoptr(BerAssignment) assignment = g_list_model_get_item (assignments, i);

      g_string_append_printf (names, "%s;", ber_assignment_get_person_name (assignment));
      if (g_str_equal (ber_assignment_get_person_name (assignment), "Örjan Berg"))
        g_assert_cmpint (ber_record_get_id (BER_RECORD (assignment)), ==, current);
    }
  /* One each, by name: whoever held one in the network, on the day or not. */
  g_assert_cmpstr (names->str, ==, "Pelle Nilsson;Ängla Nyström;Åsa Lindqvist;Örjan Berg;");

  /* The network's own bodies, by name. */
  insert (f.store, "network_body", vardict ("network_id", I (f.aer), "name", S ("Presidiet"),
                                            NULL));
  insert (f.store, "network_body", vardict ("network_id", I (f.aer), "name", S ("Byrån"), NULL));
  bodies = ber_reports_list_network_bodies (f.reports, f.aer);
  g_assert_cmpuint (g_list_model_get_n_items (bodies), ==, 2);
  {
    g_autoptr(BerNetworkBody) body = g_list_model_get_item (bodies, 0);

    g_assert_cmpstr (ber_network_body_get_name (body), ==, "Byrån");
  }

  g_clear_object (&bodies);
  fixture_tear_down (&f);
}

/* Helpers: reading exports back */

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

/* The text of each page, from pdftotext -layout: pages end in a form feed. */
static GStrv
pdf_page_texts (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", path, "-", NULL };
  g_autofree char *all = run_tool (argv);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) pages = g_strsplit (all, "\f", -1);

  for (guint i = 0; pages[i] != NULL && pages[i + 1] != NULL; i++)
    g_strv_builder_add (builder, pages[i]);
  return g_strv_builder_end (builder);
}

static char *
pdf_all_text (const char *path)
{
  g_auto(GStrv) pages = pdf_page_texts (path);

  return g_strjoinv ("\f", pages);
}

static void
assert_in_order (const char *text,
                 const char *first,
                 ...)
{
  va_list args;
  const char *at = text;

  va_start (args, first);
  for (const char *needle = first; needle != NULL; needle = va_arg (args, const char *))
    {
      const char *hit = strstr (at, needle);

      if (hit == NULL)
        g_test_message ("not found in order: %s", needle);
      g_assert_nonnull (hit);
      at = hit + strlen (needle);
    }
  va_end (args);
}

static char *
line_with (const char *text,
           const char *needle)
{
  const char *hit = strstr (text, needle);
  const char *start, *end;

  g_assert_nonnull (hit);
  for (start = hit; start > text && start[-1] != '\n'; start--)
    ;
  end = strchr (hit, '\n');
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

/* CSV as a spreadsheet reads it: BOM, ';', quotes, CRLF. */
static GPtrArray *
csv_read (const char *path)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0, i;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >=, 3);
  g_assert_cmpmem (data, 3, "\xef\xbb\xbf", 3);

  for (i = 3; i < length;)
    {
      if (data[i] == '"' && field->len == 0)
        {
          for (i++; !(data[i] == '"' && data[i + 1] != '"'); i++)
            {
              g_assert_cmpuint (i, <, length);
              if (data[i] == '"')
                i++;
              g_string_append_c (field, data[i]);
            }
          i++;
        }
      else if (data[i] == ';' || data[i] == '\r')
        {
          gboolean end = data[i] == '\r';

          g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          i++;
          if (end)
            {
              g_assert_cmpint (data[i], ==, '\n');
              i++;
              g_ptr_array_add (fields, NULL);
              g_ptr_array_add (rows, g_ptr_array_steal (fields, NULL));
              g_ptr_array_set_free_func (fields, g_free);
            }
        }
      else
        g_string_append_c (field, data[i++]);
    }

  g_assert_cmpuint (field->len, ==, 0);
  return rows;
}

/* Fills the parts of a report, with paragraphs and lines of their own. */
static void
write_parts (Fixture *f,
             gint64   report)
{
  g_autoptr(GString) positions = g_string_new (NULL);

  for (guint i = 0; i < 12; i++)
    g_string_append (positions, "Regionens representant framhöll att sammanhållningspolitiken "
                                "ska omfatta alla regioner. ");
  g_string_append (positions, "\r\n\r\nSista stycket om ställningstaganden.");

  update (f->store, "report", report,
          vardict ("subject_areas",
                   S ("Första stycket om hälso- och sjukvårdens beredskap.\n\n"
                      "Andra stycket om Östersjön.\nEn rad till i samma stycke."),
                   "positions", S (positions->str),
                   "continued_work", S ("Regionen behåller sin plats i byrån."),
                   "home_work", S (""), NULL));
}

/* Exports */

static void
test_export_report (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *text = NULL;
  gint64 asa;

  fixture_set_up (&f);
  create_all (&f);
  asa = report_of (f.store, f.ga, f.asa);
  receive (&f, asa, "2026-03-01");
  write_parts (&f, asa);

  path = g_build_filename (f.dir, "återrapport.pdf", NULL);
  g_assert_true (ber_export_report (f.store, asa, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ber_test_file_mode (path), ==, 0600);
  text = pdf_all_text (path);

  assert_in_order (text, "Returned report from AER:s generalförsamling",
                   "Reported by", "Åsa Lindqvist",
                   "Assignment", "Representative, Assembly of European Regions",
                   "Event", "AER:s generalförsamling",
                   "Place", "Bryssel",
                   "Dates", "2026-02-10 – 2026-02-12",
                   "Reports to", "Regionstyrelsen",
                   "Status", "Received",
                   "Due", "2026-03-05",
                   "Received", "2026-03-01",
                   "1. Subject areas dealt with",
                   "Första stycket om hälso- och sjukvårdens beredskap.",
                   "Andra stycket om Östersjön.", "En rad till i samma stycke.",
                   "2. Positions taken by the region's representatives",
                   "Regionens representant framhöll", "Sista stycket om ställningstaganden.",
                   "3. The region's continued work in the forum",
                   "Regionen behåller sin plats i byrån.",
                   "4. The region's work at home on the forum's questions",
                   "Not filled in.", NULL);
  /* A blank line parts paragraphs; a single line break keeps its line. */
  {
    g_autofree char *first = line_with (text, "Första stycket");
    g_autofree char *second = line_with (text, "Andra stycket");

    g_assert_null (strstr (first, "Andra"));
    g_assert_null (strstr (second, "En rad till"));
  }

  /* One report is a PDF only; a missing one is named. */
  csv = g_build_filename (f.dir, "återrapport.csv", NULL);
  g_assert_false (ber_export_report (f.store, asa, csv, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));
  g_assert_false (ber_export_report (f.store, 9999, path, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);

  fixture_tear_down (&f);
}

/* The page number that the contents give for @heading. */
static guint
toc_page (const char *contents,
          const char *heading)
{
  g_autofree char *line = line_with (contents, heading);
  const char *number = strrchr (g_strchomp (line), ' ');

  g_assert_nonnull (number);
  return (guint) g_ascii_strtoull (number + 1, NULL, 10);
}

static void
test_export_reports (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(GStrv) pages = NULL;
  const char *headings[] = { "Åsa Lindqvist – AER:s generalförsamling",
                             "Örjan Berg – AER:s generalförsamling" };
  gint64 asa, orjan;
  char **row;

  fixture_set_up (&f);
  create_all (&f);
  asa = report_of (f.store, f.ga, f.asa);
  orjan = report_of (f.store, f.ga, f.orjan);
  receive (&f, asa, "2026-03-01");
  receive (&f, orjan, "2026-03-08");
  write_parts (&f, asa);
  write_parts (&f, orjan);
  /* Someone owes one more, already late on 2026-03-10. */
  insert (f.store, "report",
          vardict ("event_id", I (f.ga), "person_id", I (f.pelle), "body_id", I (f.ib),
                   "due_on", S ("2026-03-05"), NULL));

  pdf = g_build_filename (f.dir, "bilaga.pdf", NULL);
  g_assert_true (ber_export_reports (f.store, 0, "2026-01-01", "2026-12-31", pdf, &error));
  g_assert_no_error (error);
  pages = pdf_page_texts (pdf);
  g_assert_cmpuint (g_strv_length (pages), >=, 3);

  /* The first page: title, contents, overview of every report owed in the period. */
  assert_in_order (pages[0], "Returned reports from international assignments",
                   "2026-01-01 – 2026-12-31", "Contents", "Overview", NULL);
  {
    /* After the contents, the table's header row. */
    const char *overview = strstr (pages[0], "Status");
    g_autofree char *late = line_with (overview, "Pelle Nilsson");
    g_autofree char *arrived = line_with (overview, "Örjan Berg");

    g_assert_nonnull (strstr (late, "Expected"));
    g_assert_nonnull (strstr (late, "5 days late"));
    g_assert_nonnull (strstr (arrived, "Received"));
    g_assert_nonnull (strstr (arrived, "Arrived 3 days late"));
  }
  /* The autumn meeting of 2025 is outside the period. */
  g_assert_null (strstr (pages[0], "höstmöte"));

  /* Each received report on a page of its own, where the contents say. */
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      guint page = toc_page (pages[0], headings[i]);

      g_assert_cmpuint (page, >=, 2);
      g_assert_cmpuint (page, <=, g_strv_length (pages));
      assert_in_order (pages[page - 1], headings[i], "Reported by", "1. Subject areas dealt with",
                       NULL);
      /* Only the contents name it before its page. */
      if (page > 2)
        g_assert_null (strstr (pages[page - 2], headings[i]));
      else
        g_assert_null (strstr (strstr (pages[0], headings[i]) + 1, headings[i]));
      for (guint k = 0; k < G_N_ELEMENTS (headings); k++)
        if (k != i)
          g_assert_null (strstr (pages[page - 1], headings[k]));
    }
  g_assert_cmpuint (toc_page (pages[0], headings[0]), <, toc_page (pages[0], headings[1]));
  /* The expected one has no page of its own. */
  for (guint p = 1; pages[p] != NULL; p++)
    g_assert_null (strstr (pages[p], "Pelle Nilsson –"));

  /* CSV: one row per report owed in the period. */
  csv = g_build_filename (f.dir, "bilaga.csv", NULL);
  g_assert_true (ber_export_reports (f.store, 0, "2026-01-01", NULL, csv, &error));
  g_assert_no_error (error);
  rows = csv_read (csv);
  g_assert_cmpuint (rows->len, ==, 4);
  {
    const char *expected[] = { "Person", "Network", "Event", "Event date", "Body", "Status",
                               "Due", "Received", "Presented", "Reminded", "Late", NULL };

    g_assert_cmpstrv (g_ptr_array_index (rows, 0), expected);
  }
  for (guint r = 1; r < rows->len; r++)
    {
      row = g_ptr_array_index (rows, r);
      g_assert_cmpuint (g_strv_length (row), ==, 11);
      g_assert_cmpstr (row[1], ==, "Assembly of European Regions");
      g_assert_cmpstr (row[2], ==, "AER:s generalförsamling");
      g_assert_cmpstr (row[3], ==, "2026-02-10");
      g_assert_cmpstr (row[6], ==, "2026-03-05");
      if (g_str_equal (row[0], "Pelle Nilsson"))
        {
          g_assert_cmpstr (row[4], ==, "Internationella beredningen");
          g_assert_cmpstr (row[5], ==, "Expected");
          g_assert_cmpstr (row[10], ==, "Yes");
        }
      else if (g_str_equal (row[0], "Örjan Berg"))
        {
          g_assert_cmpstr (row[4], ==, "Regionala utvecklingsnämnden");
          g_assert_cmpstr (row[5], ==, "Received");
          g_assert_cmpstr (row[7], ==, "2026-03-08");
          g_assert_cmpstr (row[10], ==, "No");
        }
      else
        {
          g_assert_cmpstr (row[0], ==, "Åsa Lindqvist");
          g_assert_cmpstr (row[4], ==, "Regionstyrelsen");
          g_assert_cmpstr (row[7], ==, "2026-03-01");
        }
    }
  g_ptr_array_unref (g_steal_pointer (&rows));

  /* One body, an open period reaching back to 2025: Åsa's two reports to RS. */
  g_assert_true (ber_export_reports (f.store, f.rs, NULL, NULL, csv, &error));
  g_assert_no_error (error);
  rows = csv_read (csv);
  g_assert_cmpuint (rows->len, ==, 3);
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row[2], ==, "AER:s höstmöte");
  g_assert_cmpstr (row[10], ==, "Yes");
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpstr (row[2], ==, "AER:s generalförsamling");

  /* The same, as the window runs it in a thread: the body and period handed over. */
  {
    BerReportsExportSpec *spec = ber_reports_export_spec_new (f.rs, NULL, NULL);
    g_autofree char *direct = NULL;
    g_autofree char *threaded = NULL;
    g_autofree char *spec_csv = g_build_filename (f.dir, "spec.csv", NULL);

    g_assert_true (ber_export_reports_spec (f.store, spec, spec_csv, &error));
    g_assert_no_error (error);
    ber_reports_export_spec_free (spec);
    g_assert_true (g_file_get_contents (csv, &direct, NULL, NULL));
    g_assert_true (g_file_get_contents (spec_csv, &threaded, NULL, NULL));
    g_assert_cmpstr (threaded, ==, direct);
  }

  fixture_tear_down (&f);
}

/* The command line, through the real binary */

static gboolean
run_beredning (char      **out,
               char      **err,
               const char *first_arg,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("BEREDNING_BINARY");
  int status = 0;
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status,
                &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL);
}

static void
assert_one_line_error (const char *err,
                       const char *in_message)
{
  g_assert_true (g_str_has_prefix (err, "beredning: "));
  g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);
  if (strstr (err, in_message) == NULL)
    g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, in_message));
}

static void
test_cli (void)
{
  Fixture f = { 0 };
  g_autofree char *database = NULL;
  g_autofree char *annex = NULL;
  g_autofree char *single = NULL;
  g_autofree char *report_arg = NULL;
  g_autofree char *text = NULL;
  gint64 asa;

  fixture_set_up (&f);
  create_all (&f);
  asa = report_of (f.store, f.ga, f.asa);
  receive (&f, asa, "2026-03-01");
  write_parts (&f, asa);
  database = g_strconcat ("--database=", ber_store_get_path (f.store), NULL);
  annex = g_build_filename (f.dir, "x.pdf", NULL);
  single = g_build_filename (f.dir, "en.pdf", NULL);

  {
    g_autofree char *output = g_strconcat ("--output=", annex, NULL);
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_true (run_beredning (&out, &err, database, "--export=reports", "--from=2026-01-01",
                                  "--to=2026-06-30", output, NULL));
    g_assert_cmpstr (err, ==, "");
    g_assert_nonnull (strstr (out, annex));
    text = pdf_all_text (annex);
    assert_in_order (text, "Returned reports from international assignments",
                     "2026-01-01 – 2026-06-30", "Contents",
                     "Åsa Lindqvist – AER:s generalförsamling",
                     "Overview", NULL);
    g_assert_null (strstr (text, "höstmöte"));
  }

  {
    g_autofree char *output = g_strconcat ("--output=", single, NULL);
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autofree char *single_text = NULL;

    report_arg = g_strdup_printf ("--report=%" G_GINT64_FORMAT, asa);
    g_assert_true (run_beredning (&out, &err, database, "--export=report", report_arg, output,
                                  NULL));
    g_assert_cmpstr (err, ==, "");
    single_text = pdf_all_text (single);
    assert_in_order (single_text, "Returned report from AER:s generalförsamling", "Åsa Lindqvist",
                     "Regionstyrelsen", "1. Subject areas dealt with", NULL);
  }

  /* Clear one-line errors. */
  {
    struct
    {
      const char *args[3];
      const char *message;
    } cases[] = {
      { { "--export=reports", "--from=2026-13-01", NULL }, "2026-13-01" },
      { { "--export=reports", "--to=igår", NULL }, "YYYY-MM-DD" },
      { { "--from=2026-06-01", "--to=2026-01-01", "--export=reports" }, "--from=2026-06-01" },
      { { "--export=report", NULL, NULL }, "--report=ID" },
      { { "--export=report", "--report=tre", NULL }, "tre" },
      { { "--export=report", "--report=9999", NULL }, "9999" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *output = g_strconcat ("--output=", f.dir, "/fel.pdf", NULL);
        g_autofree char *out = NULL;
        g_autofree char *err = NULL;

        g_assert_false (run_beredning (&out, &err, database, output, cases[i].args[0],
                                       cases[i].args[1], cases[i].args[2], NULL));
        g_assert_cmpstr (out, ==, "");
        assert_one_line_error (err, cases[i].message);
      }
  }
  {
    g_autofree char *failed = g_build_filename (f.dir, "fel.pdf", NULL);

    g_assert_false (g_file_test (failed, G_FILE_TEST_EXISTS));
  }

  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reports/create-expected", test_create_expected);
  g_test_add_func ("/reports/create-without-body", test_create_without_body);
  g_test_add_func ("/reports/lateness", test_lateness);
  g_test_add_func ("/reports/count-late-demo", test_count_late_demo);
  g_test_add_func ("/reports/next-meeting", test_next_meeting);
  g_test_add_func ("/reports/add-to-agenda", test_add_to_agenda);
  g_test_add_func ("/reports/add-to-agenda-no-meeting", test_add_to_agenda_no_meeting);
  g_test_add_func ("/reports/mark-presented", test_mark_presented);
  g_test_add_func ("/reports/reminder", test_reminder);
  g_test_add_func ("/reports/list-filters", test_list_filters);
  g_test_add_func ("/reports/late-days", test_late_days);
  g_test_add_func ("/reports/save", test_save);
  g_test_add_func ("/reports/agenda-entry", test_agenda_entry);
  g_test_add_func ("/reports/documents", test_documents);
  g_test_add_func ("/reports/add-event", test_add_event);
  g_test_add_func ("/reports/event-choices", test_event_choices);
  g_test_add_func ("/reports/export-report", test_export_report);
  g_test_add_func ("/reports/export-reports", test_export_reports);
  g_test_add_func ("/reports/cli", test_cli);

  return g_test_run ();
}
