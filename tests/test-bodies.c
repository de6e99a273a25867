/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The bodies service without a window: names that must be free, dates in
 * order, standing points kept numbered in agenda order through saves, moves,
 * reorders and removals, routing rules that name something and give a
 * reason, subject areas whose removal lets go of their items and rules, and
 * the organisation that issues the papers, with its logo.
 * A refused write leaves the register as it was.
 */

#include "config.h"

#include <string.h>

#include "ber-bodies.h"
#include "ber-meetings.h"
#include "ber-model.h"
#include "ber-test-utils.h"

typedef struct
{
  char      *dir;
  BerStore  *store;
  BerBodies *bodies;
  gint64     board;
} Fixture;

static BerBody *
new_body (Fixture    *f,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  BerBody *body = ber_body_new ();

  g_object_set (body, "name", name, "kind", "board", NULL);
  g_assert_true (ber_bodies_save (f->bodies, body, &error));
  g_assert_no_error (error);
  return body;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BerBody) board = NULL;

  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  f->bodies = ber_bodies_new (f->store);
  board = new_body (f, "Regionstyrelsen");
  f->board = ber_record_get_id (BER_RECORD (board));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->bodies);
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
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

/* Bodies */

static void
test_names (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerBody) twin = ber_body_new ();
  g_autoptr(BerBody) board = NULL;

  g_assert_true (ber_bodies_check_name (f->bodies, 0, "Regionfullmäktige", &error));
  g_assert_no_error (error);
  /* Its own name is free for the body itself. */
  g_assert_true (ber_bodies_check_name (f->bodies, f->board, "Regionstyrelsen", &error));

  g_assert_false (ber_bodies_check_name (f->bodies, 0, "   ", &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "needs a name"));
  g_clear_error (&error);

  /* Letter case and spaces aside, a name is taken. */
  g_assert_false (ber_bodies_check_name (f->bodies, 0, " REGIONSTYRELSEN ", &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already a body named “Regionstyrelsen”"));
  g_clear_error (&error);

  g_object_set (twin, "name", "regionstyrelsen", NULL);
  g_assert_false (ber_bodies_save (f->bodies, twin, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (twin)), ==, 0);
  g_assert_cmpuint (count (f, "body"), ==, 1);

  /* A saved name is stripped; a rename to a free name is saved. */
  board = BER_BODY (ber_record_load (BER_TYPE_BODY, f->store, f->board, &error));
  g_object_set (board, "name", "  Regionstyrelsen i Norr ", NULL);
  g_assert_true (ber_bodies_save (f->bodies, board, &error));
  g_assert_no_error (error);
  ber_assert_take_str (ber_test_column_text (f->store, "body", f->board, "name"), ==,
                       "Regionstyrelsen i Norr");
}

static void
test_dates (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerBody) body = ber_body_new ();

  g_object_set (body, "name", "Kulturnämnden", "established-on", "2019-01-01",
                "dissolved-on", "2018-12-31", NULL);
  g_assert_false (ber_bodies_save (f->bodies, body, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "dissolved before it was established"));
  g_clear_error (&error);

  g_object_set (body, "dissolved-on", "2021-13-01", NULL);
  g_assert_false (ber_bodies_save (f->bodies, body, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "body"), ==, 1);

  g_object_set (body, "dissolved-on", "2021-12-31", NULL);
  g_assert_true (ber_bodies_save (f->bodies, body, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (body)), >, 0);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(BerBody) council = new_body (f, "Regionfullmäktige");
  g_autoptr(BerBody) old = ber_body_new ();
  g_autoptr(BerRecord) first = NULL;
  g_autoptr(GError) error = NULL;

  g_object_set (old, "name", "Kulturnämnden", "short-name", "KN", "dissolved-on", "2021-12-31",
                NULL);
  g_assert_true (ber_bodies_save (f->bodies, old, &error));
  list = ber_bodies_list (f->bodies, filter);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (ber_body_get_name (BER_BODY (first)), ==, "Kulturnämnden");

  /* The list follows the register and the filter. */
  g_clear_object (&council);
  council = new_body (f, "Servicenämnden");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);
  ber_list_filter_set_flag (filter, BER_BODIES_CRITERION_CURRENT, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  ber_list_filter_set_flag (filter, BER_BODIES_CRITERION_CURRENT, FALSE);
  ber_list_filter_set_search (filter, "KN");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  ber_list_filter_set_search (filter, NULL);
  ber_list_filter_set_order (filter, BER_BODIES_ORDER_NAME, TRUE);
  g_clear_object (&first);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (ber_body_get_name (BER_BODY (first)), ==, "Servicenämnden");
}

/* Standing points */

static BerAgendaTemplatePoint *
add_point (Fixture    *f,
           const char *title,
           const char *placement)
{
  g_autoptr(GError) error = NULL;
  BerAgendaTemplatePoint *point = ber_agenda_template_point_new ();

  g_object_set (point, "body-id", f->board, "title", title, "placement", placement, NULL);
  g_assert_true (ber_bodies_save_point (f->bodies, point, &error));
  g_assert_no_error (error);
  return point;
}

/* The points, as the list shows them and as positions 1…n in the register. */
static void
assert_points (Fixture            *f,
               const char * const *titles)
{
  g_autoptr(GListModel) points = ber_bodies_list_points (f->bodies, f->board);
  guint n = g_strv_length ((char **) titles);

  g_assert_cmpuint (g_list_model_get_n_items (points), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerAgendaTemplatePoint) point = g_list_model_get_item (points, i);

      g_assert_cmpstr (ber_agenda_template_point_get_title (point), ==, titles[i]);
      g_assert_cmpint (ber_agenda_template_point_get_position (point), ==, (int) i + 1);
    }
}

static void
test_points (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerAgendaTemplatePoint) open = add_point (f, "Mötets öppnande", "start");
  g_autoptr(BerAgendaTemplatePoint) close = add_point (f, "Mötets avslutande", "end");
  g_autoptr(BerAgendaTemplatePoint) checker = add_point (f, " Val av justerare ", "start");
  g_autoptr(BerAgendaTemplatePoint) bad = ber_agenda_template_point_new ();
  g_autoptr(BerAgendaTemplatePoint) edited = NULL;

  /* A new point comes last among those of its end; titles are stripped. */
  assert_points (f, (const char *[]) { "Mötets öppnande", "Val av justerare",
                                       "Mötets avslutande", NULL });

  /* A point needs a title, a placement and a saved body. */
  g_object_set (bad, "body-id", f->board, "title", "  ", NULL);
  g_assert_false (ber_bodies_save_point (f->bodies, bad, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "needs a title"));
  g_clear_error (&error);
  g_object_set (bad, "title", "Övrigt", "placement", "middle", NULL);
  g_assert_false (ber_bodies_save_point (f->bodies, bad, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (bad, "placement", "end", "body-id", (gint64) 0, NULL);
  g_assert_false (ber_bodies_save_point (f->bodies, bad, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "agenda_template_point"), ==, 3);

  /* Moved to the other end, a point comes last there; and back. */
  edited = BER_AGENDA_TEMPLATE_POINT (ber_record_load (BER_TYPE_AGENDA_TEMPLATE_POINT, f->store,
                                                       ber_record_get_id (BER_RECORD (open)),
                                                       &error));
  g_object_set (edited, "placement", "end", NULL);
  g_assert_true (ber_bodies_save_point (f->bodies, edited, &error));
  g_assert_no_error (error);
  assert_points (f, (const char *[]) { "Val av justerare", "Mötets avslutande",
                                       "Mötets öppnande", NULL });
  g_object_set (edited, "placement", "start", NULL);
  g_assert_true (ber_bodies_save_point (f->bodies, edited, &error));
  assert_points (f, (const char *[]) { "Val av justerare", "Mötets öppnande",
                                       "Mötets avslutande", NULL });
  /* A new title alone keeps the place. */
  g_object_set (edited, "title", "Öppnande", NULL);
  g_assert_true (ber_bodies_save_point (f->bodies, edited, &error));
  assert_points (f, (const char *[]) { "Val av justerare", "Öppnande", "Mötets avslutande",
                                       NULL });

  /* Removed, the others close up. */
  g_assert_true (ber_bodies_delete_point (f->bodies, checker, &error));
  g_assert_no_error (error);
  assert_points (f, (const char *[]) { "Öppnande", "Mötets avslutande", NULL });
}

static void
test_moves (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerAgendaTemplatePoint) a = add_point (f, "A", "start");
  g_autoptr(BerAgendaTemplatePoint) b = add_point (f, "B", "start");
  g_autoptr(BerAgendaTemplatePoint) c = add_point (f, "C", "start");
  g_autoptr(BerAgendaTemplatePoint) z = add_point (f, "Z", "end");
  g_autoptr(GListModel) points = ber_bodies_list_points (f->bodies, f->board);
  gint64 order[4];
  const gint64 wrong[] = { 1, 1, 2, 3 };

  /* Within its end only. */
  g_assert_false (ber_bodies_can_move_point (points, 0, -1));
  g_assert_true (ber_bodies_can_move_point (points, 0, 1));
  g_assert_false (ber_bodies_can_move_point (points, 2, 1));
  g_assert_false (ber_bodies_can_move_point (points, 3, -1));
  g_assert_false (ber_bodies_can_move_point (points, 3, 1));
  g_assert_false (ber_bodies_can_move_point (points, 7, -1));

  g_assert_true (ber_bodies_move_point (f->bodies, c, -1, &error));
  g_assert_no_error (error);
  assert_points (f, (const char *[]) { "A", "C", "B", "Z", NULL });
  /* A long move stops at the end of its part; past it, nothing moves. */
  g_assert_true (ber_bodies_move_point (f->bodies, a, 5, &error));
  assert_points (f, (const char *[]) { "C", "B", "A", "Z", NULL });
  g_assert_true (ber_bodies_move_point (f->bodies, z, -1, &error));
  assert_points (f, (const char *[]) { "C", "B", "A", "Z", NULL });
  /* The list given follows. */
  g_assert_true (ber_bodies_can_move_point (points, 0, 1));
  {
    g_autoptr(BerRecord) first = g_list_model_get_item (points, 0);

    g_assert_cmpint (ber_record_get_id (first), ==, ber_record_get_id (BER_RECORD (c)));
  }

  /* A new order names every point once; each keeps its end. */
  order[0] = ber_record_get_id (BER_RECORD (z));
  order[1] = ber_record_get_id (BER_RECORD (a));
  order[2] = ber_record_get_id (BER_RECORD (b));
  order[3] = ber_record_get_id (BER_RECORD (c));
  g_assert_true (ber_bodies_reorder_points (f->bodies, f->board, order, G_N_ELEMENTS (order),
                                            &error));
  g_assert_no_error (error);
  assert_points (f, (const char *[]) { "A", "B", "C", "Z", NULL });
  g_assert_false (ber_bodies_reorder_points (f->bodies, f->board, order, 3, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ber_bodies_reorder_points (f->bodies, f->board, wrong, G_N_ELEMENTS (wrong),
                                             &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  assert_points (f, (const char *[]) { "A", "B", "C", "Z", NULL });
}

static void
test_usual_points (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerAgendaTemplatePoint) own = add_point (f, "approval of the agenda", "start");

  /* Points the body has are not added again, in any letter case. */
  g_assert_true (ber_bodies_add_usual_points (f->bodies, f->board, &error));
  g_assert_no_error (error);
  assert_points (f, (const char *[]) {
                   "approval of the agenda", "Opening of the meeting",
                   "Election of the minutes checker and time for approving the minutes",
                   "Approval of the previous minutes", "Closing of the meeting", NULL });
  g_assert_true (ber_bodies_add_usual_points (f->bodies, f->board, &error));
  g_assert_cmpuint (count (f, "agenda_template_point"), ==, 5);

  g_assert_false (ber_bodies_add_usual_points (f->bodies, 0, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
}

/* Routing rules */

static BerSubjectArea *
add_area (Fixture    *f,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  BerSubjectArea *area = ber_subject_area_new ();

  g_object_set (area, "name", name, NULL);
  g_assert_true (ber_bodies_save_area (f->bodies, area, &error));
  g_assert_no_error (error);
  return area;
}

static BerRoutingRule *
rule_of (Fixture    *f,
         const char *type,
         gint64      area,
         const char *reason)
{
  BerRoutingRule *rule = ber_routing_rule_new ();

  g_object_set (rule, "body-id", f->board, "item-type", type, "subject-area-id", area,
                "reason", reason, NULL);
  return rule;
}

static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerSubjectArea) culture = add_area (f, "Kultur");
  gint64 area = ber_record_get_id (BER_RECORD (culture));
  g_autoptr(GListModel) rules = ber_bodies_list_rules (f->bodies, f->board);
  g_autoptr(BerRoutingRule) any = rule_of (f, "", 0, "Allt hör hit.");
  g_autoptr(BerRoutingRule) unknown = rule_of (f, "poem", 0, "Dikter.");
  g_autoptr(BerRoutingRule) mute = rule_of (f, "decision", 0, "  ");
  g_autoptr(BerRoutingRule) good = rule_of (f, "eu-consultation", area, " Kultur i EU. ");
  g_autoptr(BerRoutingRule) twin = rule_of (f, "eu-consultation", area, "Igen.");
  g_autoptr(BerRoutingRule) type_only = rule_of (f, "decision", 0, "Beslut.");
  g_autoptr(BerRoutingRule) orphan = rule_of (f, "decision", 0, "Beslut.");

  g_assert_false (ber_bodies_save_rule (f->bodies, any, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "needs an item type, a subject area or both"));
  g_clear_error (&error);
  g_assert_false (ber_bodies_save_rule (f->bodies, unknown, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ber_bodies_save_rule (f->bodies, mute, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Write the reason"));
  g_clear_error (&error);
  g_object_set (orphan, "body-id", (gint64) 0, NULL);
  g_assert_false (ber_bodies_save_rule (f->bodies, orphan, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "routing_rule"), ==, 0);

  g_assert_true (ber_bodies_save_rule (f->bodies, good, &error));
  g_assert_no_error (error);
  ber_assert_take_str (ber_test_column_text (f->store, "routing_rule",
                                             ber_record_get_id (BER_RECORD (good)), "reason"),
                       ==, "Kultur i EU.");
  g_assert_false (ber_bodies_save_rule (f->bodies, twin, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already has a rule"));
  g_clear_error (&error);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (twin)), ==, 0);

  /* A type alone is a rule; an empty type saves as any type. */
  g_assert_true (ber_bodies_save_rule (f->bodies, type_only, &error));
  g_assert_cmpuint (g_list_model_get_n_items (rules), ==, 2);
  g_object_set (type_only, "item-type", "", "subject-area-id", area, NULL);
  g_assert_true (ber_bodies_save_rule (f->bodies, type_only, &error));
  g_assert_no_error (error);
  g_assert_null (ber_test_column_text (f->store, "routing_rule",
                                       ber_record_get_id (BER_RECORD (type_only)), "item_type"));

  g_assert_true (ber_bodies_delete_rule (f->bodies, good, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rules), ==, 1);
}

/* Subject areas */

static gint64
add_item (Fixture *f,
          gint64   area)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (f->store, "item",
                                ber_store_values ("title", g_variant_new_string ("Remiss"),
                                                  "received_on",
                                                  g_variant_new_string ("2026-01-12"),
                                                  "subject_area_id", g_variant_new_int64 (area),
                                                  NULL),
                                &error);

  g_assert_no_error (error);
  return id;
}

static gboolean
has_column (Fixture    *f,
            const char *table,
            gint64      id,
            const char *column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = ber_store_get (f->store, table, id, &error);
  g_autoptr(GVariant) value = NULL;

  g_assert_no_error (error);
  value = g_variant_lookup_value (row, column, NULL);
  return value != NULL;
}

static void
test_areas (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerSubjectArea) health = add_area (f, "Hälso- och sjukvård");
  g_autoptr(BerSubjectArea) culture = add_area (f, "Kultur");
  g_autoptr(BerSubjectArea) blank = ber_subject_area_new ();
  g_autoptr(BerSubjectArea) twin = ber_subject_area_new ();
  g_autoptr(BerRoutingRule) rule = NULL;
  g_autoptr(GListModel) areas = ber_bodies_list_areas (f->bodies, NULL);
  gint64 id = ber_record_get_id (BER_RECORD (health));
  gint64 item1 = add_item (f, id);
  gint64 item2 = add_item (f, id);
  guint n_items = 0, n_rules = 0;

  g_assert_true (has_column (f, "item", item1, "subject_area_id"));

  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 2);
  g_object_set (blank, "name", " ", NULL);
  g_assert_false (ber_bodies_save_area (f->bodies, blank, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (twin, "name", "KULTUR", NULL);
  g_assert_false (ber_bodies_save_area (f->bodies, twin, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already a subject area named “Kultur”"));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 2);

  /* Renamed, the list follows in its order; a refused name first changes
   * nothing, and the next one renames the same subject area. */
  g_object_set (culture, "name", "hälso- och sjukvård", NULL);
  g_assert_false (ber_bodies_save_area (f->bodies, culture, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_set (culture, "name", "Arktiska frågor", NULL);
  g_assert_true (ber_bodies_save_area (f->bodies, culture, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f, "subject_area"), ==, 2);
  {
    g_autoptr(BerSubjectArea) first = g_list_model_get_item (areas, 0);

    g_assert_cmpstr (ber_subject_area_get_name (first), ==, "Arktiska frågor");
  }

  rule = rule_of (f, NULL, id, "Vården.");
  g_assert_true (ber_bodies_save_rule (f->bodies, rule, &error));
  g_assert_true (ber_bodies_count_area_uses (f->bodies, id, &n_items, &n_rules, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items, ==, 2);
  g_assert_cmpuint (n_rules, ==, 1);

  /* Removed: its items stay without a subject area, its rules go. */
  g_assert_true (ber_bodies_delete_area (f->bodies, health, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 1);
  g_assert_cmpuint (count (f, "item"), ==, 2);
  g_assert_cmpuint (count (f, "routing_rule"), ==, 0);
  g_assert_false (has_column (f, "item", item1, "subject_area_id"));
  g_assert_false (has_column (f, "item", item2, "subject_area_id"));
  g_assert_true (ber_bodies_count_area_uses (f->bodies, id, &n_items, NULL, &error));
  g_assert_cmpuint (n_items, ==, 0);
}

/* A body created with its standing points, or with none, in one write. */
static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerBody) body = ber_body_new ();
  g_autoptr(BerBody) twin = ber_body_new ();
  g_autoptr(BerBody) bare = ber_body_new ();
  g_autoptr(GListModel) points = NULL;
  g_autoptr(GListModel) none = NULL;
  g_autoptr(BerRecord) first = NULL;
  guint n_points;

  g_object_set (body, "name", "Regionala utvecklingsnämnden", "kind", "committee", NULL);
  g_assert_true (ber_bodies_create (f->bodies, body, TRUE, &error));
  g_assert_no_error (error);
  points = ber_bodies_list_points (f->bodies, ber_record_get_id (BER_RECORD (body)));
  g_assert_cmpuint (g_list_model_get_n_items (points), ==, 5);
  first = g_list_model_get_item (points, 0);
  g_assert_cmpstr (ber_record_get_string (first, "title"), ==, "Opening of the meeting");
  n_points = count (f, "agenda_template_point");

  /* A name taken: neither the body nor any point is written. */
  g_object_set (twin, "name", " regionala utvecklingsnämnden", NULL);
  g_assert_false (ber_bodies_create (f->bodies, twin, TRUE, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (twin)), ==, 0);
  g_assert_cmpuint (count (f, "body"), ==, 2);
  g_assert_cmpuint (count (f, "agenda_template_point"), ==, n_points);

  /* Without the usual points, the body's agendas start empty. */
  g_object_set (bare, "name", "Kulturnämnden", NULL);
  g_assert_true (ber_bodies_create (f->bodies, bare, FALSE, &error));
  g_assert_no_error (error);
  none = ber_bodies_list_points (f->bodies, ber_record_get_id (BER_RECORD (bare)));
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  g_assert_cmpuint (count (f, "agenda_template_point"), ==, n_points);
}

/* A meeting needs a body: with none to hold it, the refusal says to create one. */
static void
test_meeting_needs_body (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = ber_test_store_new (BER_TEST_EMPTY, &dir);
  g_autoptr(BerMeetings) meetings = ber_meetings_new (store);
  g_autoptr(BerBodies) bodies = ber_bodies_new (store);
  g_autoptr(BerMeeting) meeting = ber_meetings_new_meeting (meetings, 0);
  g_autoptr(BerBody) old = ber_body_new ();
  g_autoptr(BerBody) board = ber_body_new ();
  g_autoptr(GError) error = NULL;

  g_object_set (meeting, "held-on", "2026-04-20", NULL);
  g_assert_false (ber_meetings_create (meetings, meeting, FALSE, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "There is no body to hold the meeting yet. Create "
                                            "the body first"));
  g_clear_error (&error);

  /* A dissolved body holds no new meetings either. */
  g_object_set (old, "name", "Internationella beredningen", "dissolved-on", "2021-12-31", NULL);
  g_assert_true (ber_bodies_save (bodies, old, &error));
  g_assert_false (ber_meetings_create (meetings, meeting, FALSE, &error));
  g_assert_nonnull (strstr (error->message, "There is no body to hold the meeting yet"));
  g_clear_error (&error);

  /* With a body there, the meeting lacks only the choice. */
  g_object_set (board, "name", "Regionstyrelsen", NULL);
  g_assert_true (ber_bodies_save (bodies, board, &error));
  g_assert_false (ber_meetings_create (meetings, meeting, FALSE, &error));
  g_assert_cmpstr (error->message, ==, "Choose the body that meets.");
  g_clear_error (&error);

  g_clear_object (&meeting);
  g_assert_finalize_object (g_steal_pointer (&meetings));
  g_assert_finalize_object (g_steal_pointer (&bodies));
  g_assert_finalize_object (g_steal_pointer (&store));
  ber_test_remove_tree (dir);
}

/* The organisation */

/* A PNG of one pixel, and an SVG: what a secretariat would choose as its logo. */
static const char one_pixel_png[] =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
static const char logo_svg[] =
  "<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
  "<rect width='10' height='10' fill='#1c5d99'/></svg>";

static void
test_organisation (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerOrganisation) organisation = ber_bodies_load_organisation (f->bodies, &error);
  g_autoptr(BerOrganisation) other = NULL;
  g_autoptr(BerOrganisation) again = NULL;
  g_autoptr(BerStore) second = NULL;
  g_autoptr(BerBodies) second_bodies = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) svg = g_bytes_new_static (logo_svg, sizeof logo_svg - 1);
  g_autoptr(GBytes) text = g_bytes_new_static ("Region Norrbotten\n", 18);
  g_autoptr(GBytes) huge = NULL;
  g_autoptr(GBytes) logo = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GVariant) changes = NULL;
  gsize png_size;
  guchar *png_data = g_base64_decode (one_pixel_png, &png_size);

  png = g_bytes_new_take (png_data, png_size);
  g_assert_no_error (error);
  g_assert_cmpstr (ber_organisation_get_name (organisation), ==, "");
  g_assert_null (ber_organisation_get_logo (organisation));

  /* A paper needs an issuer: no name is refused, and nothing is written. */
  g_object_set (organisation, "unit", "Internationella sekretariatet", NULL);
  g_assert_false (ber_bodies_save_organisation (f->bodies, organisation, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "needs a name"));
  g_clear_error (&error);
  g_assert_cmpuint (count (f, "history"), ==, 1);  /* the board of the fixture */

  /* A logo that is not PNG or SVG, or too large, is refused and changes nothing. */
  g_assert_true (ber_organisation_set_logo (organisation, png, &error));
  g_assert_no_error (error);
  g_assert_false (ber_organisation_set_logo (organisation, text, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  huge = g_bytes_new_take (g_malloc0 (BER_ORGANISATION_MAX_LOGO + 1), BER_ORGANISATION_MAX_LOGO + 1);
  g_assert_false (ber_organisation_set_logo (organisation, huge, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_cmpstr (ber_organisation_get_logo_type (organisation), ==, "image/png");

  g_object_set (organisation, "name", "  Region Norrbotten ", "address",
                "Robertsviksgatan 7, 971 89 Luleå", NULL);
  g_assert_true (ber_bodies_save_organisation (f->bodies, organisation, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_organisation_get_name (organisation), ==, "Region Norrbotten");

  /* Another program on the same file reads what was saved, the logo byte for byte. */
  second = ber_store_open (ber_store_get_location (f->store), &error);
  g_assert_no_error (error);
  second_bodies = ber_bodies_new (second);
  other = ber_bodies_load_organisation (second_bodies, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ber_organisation_get_name (other), ==, "Region Norrbotten");
  g_assert_cmpstr (ber_organisation_get_unit (other), ==, "Internationella sekretariatet");
  logo = ber_organisation_get_logo (other);
  g_assert_nonnull (logo);
  g_assert_true (g_bytes_equal (logo, png));

  /* It changes the logo to SVG. Removing the logo from the first one's older
   * copy is then a conflict; changing only the unit merges with its change. */
  g_assert_true (ber_organisation_set_logo (other, svg, &error));
  g_assert_true (ber_bodies_save_organisation (second_bodies, other, &error));
  g_assert_no_error (error);
  g_assert_true (ber_organisation_set_logo (organisation, NULL, &error));
  g_assert_false (ber_bodies_save_organisation (f->bodies, organisation, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_clear_object (&organisation);
  organisation = ber_bodies_load_organisation (f->bodies, &error);
  g_assert_true (ber_organisation_set_logo (organisation, png, &error));
  g_clear_object (&other);
  other = ber_bodies_load_organisation (second_bodies, &error);
  g_assert_true (ber_organisation_set_logo (other, svg, &error));
  g_object_set (other, "unit", "Internationella enheten", NULL);
  g_assert_true (ber_bodies_save_organisation (second_bodies, other, &error));
  g_assert_no_error (error);
  g_object_set (organisation, "name", "Region Norrbotten", "address", "Box 1, Luleå", NULL);
  g_assert_true (ber_organisation_set_logo (organisation, svg, &error));
  g_assert_true (ber_bodies_save_organisation (f->bodies, organisation, &error));
  g_assert_no_error (error);
  again = ber_bodies_load_organisation (f->bodies, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ber_organisation_get_name (again), ==, "Region Norrbotten");
  g_assert_cmpstr (ber_organisation_get_unit (again), ==, "Internationella enheten");
  g_assert_cmpstr (ber_organisation_get_address (again), ==, "Box 1, Luleå");
  g_assert_cmpstr (ber_organisation_get_logo_type (again), ==, "image/svg+xml");
  g_clear_pointer (&logo, g_bytes_unref);
  logo = ber_organisation_get_logo (again);
  g_assert_true (g_bytes_equal (logo, svg));

  /* The history notes the logo's size, not its bytes; removing it is saved too. */
  history = ber_store_get_history (f->store, "organisation", 1, 20, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 4);
  for (guint i = 0; i < history->len; i++)
    {
      g_autoptr(GVariant) entry_changes = g_variant_lookup_value (g_ptr_array_index (history, i),
                                                                  "changes", NULL);
      g_autofree char *printed = g_variant_print (entry_changes, FALSE);

      g_assert_null (strstr (printed, "<svg"));
      g_assert_null (strstr (printed, "IHDR"));
      if (strstr (printed, "logo") != NULL)
        changes = g_variant_ref (entry_changes);
    }
  g_assert_nonnull (changes);
  g_assert_true (ber_organisation_set_logo (again, NULL, &error));
  g_assert_true (ber_bodies_save_organisation (f->bodies, again, &error));
  g_assert_no_error (error);
  g_clear_object (&other);
  other = ber_bodies_load_organisation (second_bodies, &error);
  g_assert_null (ber_organisation_get_logo (other));
  g_assert_null (ber_organisation_get_logo_type (other));

  g_clear_object (&other);
  g_assert_finalize_object (g_steal_pointer (&second_bodies));
  g_assert_finalize_object (g_steal_pointer (&second));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/bodies/names", test_names);
  ADD ("/bodies/create", test_create);
  ADD ("/bodies/dates", test_dates);
  ADD ("/bodies/list", test_list);
  ADD ("/bodies/points", test_points);
  ADD ("/bodies/moves", test_moves);
  ADD ("/bodies/usual-points", test_usual_points);
  ADD ("/bodies/rules", test_rules);
  ADD ("/bodies/areas", test_areas);
  ADD ("/bodies/organisation", test_organisation);
#undef ADD
  g_test_add_func ("/bodies/meeting-needs-body", test_meeting_needs_body);

  return g_test_run ();
}
