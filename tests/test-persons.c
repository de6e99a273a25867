/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The persons service without a window: the list and its criteria, the
 * mandates that end soon, the rules of a person and of an assignment, and
 * the history an ended assignment leaves.
 */

#include "config.h"

#include <string.h>

#include "ber-date.h"
#include "ber-model.h"
#include "ber-persons.h"
#include "ber-test-utils.h"

typedef struct
{
  char       *dir;
  BerStore   *store;
  BerPersons *persons;
  gint64      network_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  ber_store_set_today (f->store, "2026-03-01");
  f->persons = ber_persons_new (f->store);
  f->network_id = ber_store_insert (f->store, "network",
                                    ber_store_values ("name", g_variant_new_string ("AER"), NULL),
                                    &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->persons);
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
add_person (Fixture    *f,
            const char *name,
            const char *kind,
            const char *email)
{
  g_autoptr(BerPerson) person = ber_person_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (person, "name", name, "kind", kind, "email", email, NULL);
  g_assert_true (ber_persons_save (f->persons, person, &error));
  g_assert_no_error (error);
  return ber_record_get_id (BER_RECORD (person));
}

static BerAssignment *
add_assignment (Fixture    *f,
                gint64      person_id,
                const char *from,
                const char *to,
                const char *candidacy)
{
  BerAssignment *a = ber_persons_new_assignment (f->persons, person_id, f->network_id);
  g_autoptr(GError) error = NULL;

  g_object_set (a, "from-on", from, "to-on", to, "candidacy", candidacy, NULL);
  g_assert_true (ber_persons_save_assignment (f->persons, a, &error));
  g_assert_no_error (error);
  return a;
}

static guint
count (Fixture    *f,
       const char *table)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (ber_store_count (f->store, query, &n, &error));
  g_assert_no_error (error);
  return n;
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = ber_persons_list (f->persons, filter);
  g_autoptr(BerPerson) first = NULL;
  gint64 anna;

  anna = add_person (f, "Anna Berg", "elected", "anna@region.se");
  add_person (f, "Örjan Björklund", "official", "orjan@region.se");
  add_person (f, "Bertil Ek", "elected", "");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);

  ber_list_filter_set_text (filter, BER_PERSONS_CRITERION_KIND, "official");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  ber_list_filter_set_text (filter, BER_PERSONS_CRITERION_KIND, NULL);

  ber_list_filter_set_search (filter, "berg");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  ber_list_filter_set_search (filter, NULL);

  /* Ö after the other letters, as in Swedish; by e-mail, descending, on request. */
  ber_list_filter_set_order (filter, BER_PERSONS_ORDER_EMAIL, TRUE);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (ber_person_get_email (first), ==, "orjan@region.se");
  ber_list_filter_set_order (filter, NULL, FALSE);

  /* Whose mandate ends within the warning days; the list follows the assignments. */
  ber_list_filter_set_flag (filter, BER_PERSONS_CRITERION_ENDING, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_object_unref (add_assignment (f, anna, "2023-01-01", "2026-04-01", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  ber_list_filter_set_id (filter, BER_PERSONS_CRITERION_WARNING_DAYS, 10);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
}

static void
test_ending_mandates (Fixture       *f,
                      gconstpointer  data)
{
  gint64 anna = add_person (f, "Anna Berg", "elected", "");
  g_autoptr(GError) error = NULL;
  guint n = 99;

  g_object_unref (add_assignment (f, anna, "2023-01-01", "2026-03-01", NULL));  /* ended today */
  g_object_unref (add_assignment (f, anna, "2023-01-01", "2026-03-31", NULL));
  g_object_unref (add_assignment (f, anna, "2023-01-01", "2026-03-31", "pending"));
  g_object_unref (add_assignment (f, anna, "2023-01-01", "2026-12-31", NULL));

  g_assert_true (ber_persons_count_ending_mandates (f->persons, 60, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (ber_persons_count_ending_mandates (f->persons, 400, &n, &error));
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (ber_persons_count_ending_mandates (f->persons, 0, &n, &error));
  g_assert_cmpuint (n, ==, 0);
}

static void
test_person_rules (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(BerPerson) person = ber_person_new ();
  g_autoptr(GError) error = NULL;
  const char *property = NULL;

  g_assert_false (ber_persons_check (f->persons, person, &property, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_cmpstr (property, ==, "name");
  g_clear_error (&error);

  g_object_set (person, "name", " Öjvind Testsson ", "email", "ojvind.region.se", NULL);
  g_assert_false (ber_persons_check (f->persons, person, &property, &error));
  g_assert_cmpstr (property, ==, "email");
  g_clear_error (&error);
  g_assert_false (ber_persons_save (f->persons, person, &error));
  g_clear_error (&error);
  g_object_set (person, "email", "ojvind@region", NULL);
  g_assert_false (ber_persons_save (f->persons, person, &error));
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "person"), ==, 0);

  g_object_set (person, "email", "ojvind.testsson@region.se", "kind", "visitor", NULL);
  g_assert_false (ber_persons_check (f->persons, person, &property, &error));
  g_assert_cmpstr (property, ==, "kind");
  g_clear_error (&error);

  g_object_set (person, "kind", "official", NULL);
  g_assert_true (ber_persons_save (f->persons, person, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_person_get_name (person), ==, "Öjvind Testsson");
  g_assert_cmpuint (count (f, "person"), ==, 1);
}

/* A person with assignments is kept; one without goes. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  gint64 anna = add_person (f, "Anna Berg", "elected", "");
  gint64 bo = add_person (f, "Bo Ek", "elected", "");
  g_autoptr(BerPerson) a = BER_PERSON (ber_record_load (BER_TYPE_PERSON, f->store, anna, NULL));
  g_autoptr(BerPerson) b = BER_PERSON (ber_record_load (BER_TYPE_PERSON, f->store, bo, NULL));
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_object_unref (add_assignment (f, anna, "2023-01-01", NULL, NULL));
  g_assert_true (ber_persons_count_assignments (f->persons, anna, &n, &error));
  g_assert_cmpuint (n, ==, 1);

  g_assert_false (ber_persons_delete (f->persons, a, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Anna Berg"));
  g_clear_error (&error);
  g_assert_true (ber_persons_delete (f->persons, b, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f, "person"), ==, 1);
}

static void
test_assignment_rules (Fixture       *f,
                       gconstpointer  data)
{
  gint64 anna = add_person (f, "Anna Berg", "elected", "");
  g_autoptr(BerAssignment) a = ber_persons_new_assignment (f->persons, 0, 0);
  g_autofree char *term_from = NULL;
  g_autofree char *term_to = NULL;
  g_autoptr(GError) error = NULL;
  const char *property = NULL;

  /* A new assignment: a representative, for the term of office of today. */
  ber_date_election_period ("2026-03-01", &term_from, &term_to);
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (a), "from-on"), ==, term_from);
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (a), "to-on"), ==, term_to);
  g_assert_cmpstr (ber_assignment_get_role (a), ==, "representative");

  g_assert_false (ber_persons_check_assignment (f->persons, a, &property, &error));
  g_assert_cmpstr (property, ==, "person-id");
  g_clear_error (&error);
  g_object_set (a, "person-id", anna, NULL);
  g_assert_false (ber_persons_check_assignment (f->persons, a, &property, &error));
  g_assert_cmpstr (property, ==, "network-id");
  g_clear_error (&error);
  g_object_set (a, "forum", "Europarådets kongress", "from-on", "2023-02-30", NULL);
  g_assert_false (ber_persons_check_assignment (f->persons, a, &property, &error));
  g_assert_cmpstr (property, ==, "from-on");
  g_clear_error (&error);
  g_object_set (a, "from-on", "2027-01-01", NULL);
  g_assert_false (ber_persons_save_assignment (f->persons, a, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "assignment"), ==, 0);

  /* In a forum, no body of a network; in a network, no forum. */
  g_object_set (a, "from-on", term_from, "network-body-id", (gint64) 7, NULL);
  g_assert_true (ber_persons_save_assignment (f->persons, a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ber_record_get_int64 (BER_RECORD (a), "network-body-id"), ==, 0);
  g_object_set (a, "network-id", f->network_id, NULL);
  g_assert_true (ber_persons_save_assignment (f->persons, a, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (a), "forum"), ==, "");
  g_assert_cmpuint (count (f, "assignment"), ==, 1);
}

/* Current ones (running, or a candidacy open), open-ended first; ended ones are history. */
static void
test_assignments_current_and_past (Fixture       *f,
                                   gconstpointer  data)
{
  gint64 anna = add_person (f, "Anna Berg", "elected", "");
  g_autoptr(BerAssignment) running = add_assignment (f, anna, "2023-01-01", "2026-12-31", NULL);
  g_autoptr(BerAssignment) open = add_assignment (f, anna, "2020-01-01", NULL, NULL);
  g_autoptr(BerAssignment) lost = add_assignment (f, anna, "2026-01-01", NULL, "not-elected");
  g_autoptr(BerAssignment) ended = add_assignment (f, anna, "2019-01-01", "2022-12-31", NULL);
  g_autoptr(GListModel) current = NULL;
  g_autoptr(GListModel) past = NULL;
  g_autoptr(BerAssignment) top = NULL;
  g_autoptr(GError) error = NULL;

  current = ber_persons_list_assignments (f->persons, anna, BER_PERSONS_CURRENT, &error);
  past = ber_persons_list_assignments (f->persons, anna, BER_PERSONS_PAST, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (current), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (past), ==, 2);
  top = g_list_model_get_item (current, 0);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (top)),
                   ==, ber_record_get_id (BER_RECORD (open)));
  g_assert_false (ber_persons_assignment_is_current (f->persons, lost));

  /* Ended today: kept, and history. */
  g_assert_true (ber_persons_end_assignment (f->persons, running, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (running), "to-on"), ==, "2026-03-01");
  g_assert_false (ber_persons_assignment_is_current (f->persons, running));
  g_clear_object (&current);
  current = ber_persons_list_assignments (f->persons, anna, BER_PERSONS_CURRENT, &error);
  g_assert_cmpuint (g_list_model_get_n_items (current), ==, 1);
  g_assert_cmpuint (count (f, "assignment"), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/persons/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list", test_list);
  ADD ("ending-mandates", test_ending_mandates);
  ADD ("person-rules", test_person_rules);
  ADD ("delete", test_delete);
  ADD ("assignment-rules", test_assignment_rules);
  ADD ("assignments-current-and-past", test_assignments_current_and_past);
#undef ADD

  return g_test_run ();
}
