/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Where an item stands, without a display, on a register of its own with a
 * fixed today: its reply date counted down or overdue, the next step of
 * each status (a new item's, a closed one's), the meeting it can be decided at, is on, or was decided at;
 * its decision as the minutes hold it (meeting, §, clauses, reservations,
 * statements, assignments); and a save refused when it would change what
 * the decision fixed, with nothing written.
 */

#include "config.h"

#include <glib.h>
#include <string.h>

#include "ber-items.h"
#include "ber-model.h"
#include "ber-test-utils.h"

typedef struct
{
  char     *dir;
  BerStore *store;
  BerItems *items;
  gint64    rs;
  gint64    sofia;
} Fixture;

static gint64
insert (Fixture    *f,
        const char *table,
        GVariant   *values)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ber_store_insert (f->store, table, values, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_item (Fixture    *f,
          const char *status,
          const char *reply_by)
{
  return insert (f, "item",
                 ber_store_values ("title", g_variant_new_string ("Fortsatt medlemskap i EHMA"),
                                   "type", g_variant_new_string ("decision"),
                                   "status", g_variant_new_string (status),
                                   "received_on", g_variant_new_string ("2026-09-01"),
                                   "reply_by", ber_store_text_or_null (reply_by),
                                   "routed_body_id", g_variant_new_int64 (f->rs),
                                   "recommended_body_id", g_variant_new_int64 (f->rs),
                                   "relevant", g_variant_new_int64 (1), NULL));
}

static gint64
add_meeting (Fixture    *f,
             const char *held_on,
             const char *deadline,
             const char *status)
{
  return insert (f, "meeting",
                 ber_store_values ("body_id", g_variant_new_int64 (f->rs),
                                   "held_on", g_variant_new_string (held_on),
                                   "agenda_deadline", ber_store_text_or_null (deadline),
                                   "status", g_variant_new_string (status), NULL));
}

static gint64
add_entry (Fixture    *f,
           gint64      meeting_id,
           gint64      item_id,
           int         paragraph,
           const char *decision)
{
  return insert (f, "agenda_entry",
                 ber_store_values ("meeting_id", g_variant_new_int64 (meeting_id),
                                   "position", g_variant_new_int64 (1),
                                   "kind", g_variant_new_string ("item"),
                                   "title", g_variant_new_string ("Fortsatt medlemskap i EHMA"),
                                   "item_id", g_variant_new_int64 (item_id),
                                   "paragraph", paragraph > 0 ? g_variant_new_int64 (paragraph)
                                                              : NULL,
                                   "paragraph_body_id",
                                   paragraph > 0 ? g_variant_new_int64 (f->rs) : NULL,
                                   "paragraph_year",
                                   paragraph > 0 ? g_variant_new_int64 (2026) : NULL,
                                   "decision", ber_store_text_or_null (decision), NULL));
}

static void
add_clause (Fixture    *f,
            const char *owner,
            gint64      owner_id,
            int         position,
            const char *text,
            gint64      responsible_id,
            const char *due_on)
{
  insert (f, "clause",
          ber_store_values (owner, g_variant_new_int64 (owner_id),
                            "position", g_variant_new_int64 (position),
                            "text", g_variant_new_string (text),
                            "responsible_id", ber_store_id_or_null (responsible_id),
                            "due_on", ber_store_text_or_null (due_on), NULL));
}

static BerItem *
load (Fixture *f,
      gint64   item_id)
{
  g_autoptr(GError) error = NULL;
  BerItem *item = ber_items_load (f->items, item_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  return item;
}

static BerItemState *
state_of (Fixture *f,
          gint64   item_id,
          gint64   body_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerItem) item = load (f, item_id);
  BerItemState *state = ber_items_get_state (f->items, item, body_id,
                                             ber_item_get_reply_by (item), &error);

  g_assert_no_error (error);
  g_assert_nonnull (state);
  return state;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);
  ber_store_set_today (f->store, "2026-11-23");
  ber_store_set_user (f->store, "anna");
  f->items = ber_items_new (f->store);
  f->rs = insert (f, "body", ber_store_values ("name", g_variant_new_string ("Regionstyrelsen"),
                                               "short_name", g_variant_new_string ("RS"),
                                               "agenda_deadline_days", g_variant_new_int64 (14),
                                               NULL));
  f->sofia = insert (f, "person", ber_store_values ("name", g_variant_new_string ("Sofia Lind"),
                                                    "kind", g_variant_new_string ("official"),
                                                    NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->items);
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The reply date: days left, due today, overdue while open, nothing once closed. */
static void
test_deadline (Fixture       *f,
               gconstpointer  data)
{
  struct
  {
    const char *status, *reply_by;
    int         days_left;
    gboolean    overdue;
    const char *text;
  } cases[] = {
    { "in-preparation", "2026-12-03", 10, FALSE, "10 days left" },
    { "assessed", "2026-11-24", 1, FALSE, "1 day left" },
    { "ready", "2026-11-23", 0, FALSE, "Due today" },
    { "ready", "2026-11-22", -1, TRUE, "1 day overdue" },
    { "received", "2026-11-09", -14, TRUE, "14 days overdue" },
    { "on-agenda", "2026-11-20", -3, TRUE, "3 days overdue" },
    { "decided", "2026-11-01", G_MAXINT, FALSE, NULL },
    { "written-off", "2026-11-01", G_MAXINT, FALSE, NULL },
    { "ready", NULL, G_MAXINT, FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(BerItemState) state = state_of (f, add_item (f, cases[i].status,
                                                             cases[i].reply_by), f->rs);

      g_test_message ("%s, reply by %s", cases[i].status, cases[i].reply_by);
      g_assert_cmpstr (state->status, ==, cases[i].status);
      g_assert_cmpstr (state->reply_by, ==, cases[i].reply_by);
      g_assert_cmpint (state->days_left, ==, cases[i].days_left);
      g_assert_cmpint (state->overdue, ==, cases[i].overdue);
      g_assert_cmpstr (state->deadline_text, ==, cases[i].text);
    }
}

/* Before the agenda: assess, choose a body, prepare, put on the agenda of
 * the latest meeting that can decide; a warning when none can. */
static void
test_next_step_before_agenda (Fixture       *f,
                              gconstpointer  data)
{
  gint64 early, late;

  /* The agenda of 2026-12-01 closed on 2026-11-20; 2026-12-09's closes on 2026-11-25. */
  early = add_meeting (f, "2026-12-01", "2026-11-20", "planned");
  late = add_meeting (f, "2026-12-09", "2026-11-25", "planned");
  add_meeting (f, "2027-01-20", "2027-01-06", "planned");
  g_assert_cmpint (early, >, 0);

  /* A new item is saved first. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(BerItem) item = ber_items_new_item (f->items);
    g_autoptr(BerItemState) state = ber_items_get_state (f->items, item, 0, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (state->status, ==, "received");
    g_assert_cmpint (state->step_kind, ==, BER_ITEM_STEP_ACTION);
    g_assert_cmpstr (state->next_step, ==, "Next step: save the item");
  }
  {
    g_autoptr(BerItemState) state = state_of (f, add_item (f, "received", "2026-12-15"), 0);

    g_assert_cmpint (state->step_kind, ==, BER_ITEM_STEP_ACTION);
    g_assert_cmpstr (state->next_step, ==, "Next step: assess the item");
    g_assert_cmpint (state->meeting_role, ==, BER_ITEM_MEETING_NONE);
    g_assert_cmpint (state->meeting_id, ==, 0);
    g_assert_cmpstr (state->meeting_label, ==, "");
  }
  {
    g_autoptr(BerItemState) state = state_of (f, add_item (f, "assessed", "2026-12-15"), 0);

    g_assert_cmpstr (state->next_step, ==,
                     "Next step: choose the body that is to decide the item");
  }
  {
    g_autoptr(BerItemState) state = state_of (f, add_item (f, "in-preparation", "2026-12-15"),
                                              f->rs);

    g_assert_cmpint (state->step_kind, ==, BER_ITEM_STEP_ACTION);
    g_assert_cmpstr (state->next_step, ==,
                     "Next step: write the proposal and mark the item ready for the agenda");
    g_assert_cmpint (state->meeting_role, ==, BER_ITEM_MEETING_CAN_DECIDE);
    g_assert_cmpint (state->meeting_id, ==, late);
    g_assert_cmpstr (state->meeting_label, ==, "RS 2026-12-09");
    g_assert_cmpstr (state->meeting_body_name, ==, "Regionstyrelsen");
    g_assert_nonnull (strstr (state->next_step_detail, "2026-11-25"));
  }
  {
    g_autoptr(BerItemState) state = state_of (f, add_item (f, "ready", "2026-12-15"), f->rs);

    g_assert_cmpstr (state->next_step, ==,
                     "Next step: put the item on the agenda of RS 2026-12-09");
    g_assert_cmpstr (state->next_step_detail, ==, "Its agenda closes on 2026-11-25.");
    g_assert_cmpint (state->meeting_id, ==, late);
  }

  /* Only the meeting whose agenda has closed is before the reply date. */
  {
    g_autoptr(BerItemState) state = state_of (f, add_item (f, "ready", "2026-12-05"), f->rs);

    g_assert_cmpint (state->step_kind, ==, BER_ITEM_STEP_WARNING);
    g_assert_cmpstr (state->next_step, ==, "No meeting can decide before the reply date");
    g_assert_nonnull (strstr (state->next_step_detail, "Regionstyrelsen"));
    g_assert_cmpint (state->meeting_role, ==, BER_ITEM_MEETING_NONE);
    g_assert_cmpint (state->meeting_id, ==, 0);
  }
  /* Overdue: no meeting can decide in time either. */
  {
    g_autoptr(BerItemState) state = state_of (f, add_item (f, "in-preparation", "2026-11-20"),
                                              f->rs);

    g_assert_true (state->overdue);
    g_assert_cmpint (state->step_kind, ==, BER_ITEM_STEP_WARNING);
  }
  /* Without a reply date, the next meeting whose agenda is open. */
  {
    g_autoptr(BerItemState) state = state_of (f, add_item (f, "ready", NULL), f->rs);

    g_assert_cmpint (state->step_kind, ==, BER_ITEM_STEP_ACTION);
    g_assert_cmpint (state->meeting_id, ==, late);
  }
}

/* Declined or written off: closed, the reason the status's own. */
static void
test_closed (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 item_id = add_item (f, "assessed", "2026-12-15");
  g_autoptr(BerItemState) state = NULL;

  g_assert_true (ber_items_move (f->items, item_id, "declined", "Regionen avstår deltagande.",
                                 &error));
  g_assert_no_error (error);
  state = state_of (f, item_id, f->rs);
  g_assert_cmpstr (state->status_label, ==, "Declined");
  g_assert_cmpstr (state->status_reason, ==, "Regionen avstår deltagande.");
  g_assert_cmpint (state->step_kind, ==, BER_ITEM_STEP_NONE);
  g_assert_cmpstr (state->next_step, ==, "The item is closed");
  g_assert_cmpstr (state->next_step_detail, ==, "");
  g_assert_false (state->overdue);
  g_assert_cmpint (state->meeting_id, ==, 0);
}

/* On an agenda: its meeting, and a warning when that is after the reply date. */
static void
test_next_step_on_agenda (Fixture       *f,
                          gconstpointer  data)
{
  gint64 earlier = add_meeting (f, "2026-10-14", "2026-09-30", "minutes-approved");
  gint64 meeting = add_meeting (f, "2026-12-09", "2026-11-25", "agenda-locked");
  gint64 item_id = add_item (f, "on-agenda", "2026-12-15");
  gint64 late_id = add_item (f, "on-agenda", "2026-12-01");

  /* Tabled at the earlier meeting, now on the next one's agenda. */
  add_entry (f, earlier, item_id, 40, "tabled");
  add_entry (f, meeting, item_id, 0, NULL);
  add_entry (f, meeting, late_id, 0, NULL);

  {
    g_autoptr(BerItemState) state = state_of (f, item_id, f->rs);

    g_assert_cmpint (state->meeting_role, ==, BER_ITEM_MEETING_ON_AGENDA);
    g_assert_cmpint (state->meeting_id, ==, meeting);
    g_assert_cmpint (state->step_kind, ==, BER_ITEM_STEP_ACTION);
    g_assert_cmpstr (state->next_step, ==, "Next step: the decision at RS 2026-12-09");
  }
  {
    g_autoptr(BerItemState) state = state_of (f, late_id, f->rs);

    g_assert_cmpint (state->meeting_id, ==, meeting);
    g_assert_cmpint (state->step_kind, ==, BER_ITEM_STEP_WARNING);
    g_assert_cmpstr (state->next_step, ==,
                     "RS 2026-12-09 is after the reply date 2026-12-01");
  }
}

/* A decided item: its meeting, §, clauses, reservations and statements, the
 * assignment with its due date; dispatch as the next step. */
static void
test_decision (Fixture       *f,
               gconstpointer  data)
{
  gint64 tabled_at = add_meeting (f, "2026-09-16", "2026-09-02", "minutes-approved");
  gint64 meeting = add_meeting (f, "2026-10-14", "2026-09-30", "minutes-approved");
  gint64 item_id = add_item (f, "decided", NULL);
  gint64 entry;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerItem) item = load (f, item_id);
  g_autoptr(BerItemDecision) decision = NULL;
  g_autoptr(BerItemState) state = NULL;
  g_autoptr(BerClause) second = NULL;
  g_autoptr(BerStatement) reservation = NULL;
  g_autoptr(BerStatement) note = NULL;
  g_autoptr(BerFollowup) assignment = NULL;
  g_autofree char *responsible = NULL;
  g_autofree char *due_on = NULL;
  const char * const *fixed;

  add_entry (f, tabled_at, item_id, 30, "tabled");
  entry = add_entry (f, meeting, item_id, 61, "as-proposed");
  add_clause (f, "agenda_entry_id", entry, 1, "att behålla medlemskapet i EHMA under nästa år", 0,
              NULL);
  add_clause (f, "agenda_entry_id", entry, 2,
              "att uppdra åt regiondirektören att redovisa nyttan av medlemskapet", f->sofia,
              "2026-11-20");
  insert (f, "statement", ber_store_values ("agenda_entry_id", g_variant_new_int64 (entry),
                                            "position", g_variant_new_int64 (1),
                                            "kind", g_variant_new_string ("reservation"),
                                            "author", g_variant_new_string ("Birgitta Wiklund (SD)"),
                                            "text", g_variant_new_string ("Till förmån för eget yrkande."),
                                            NULL));
  insert (f, "statement", ber_store_values ("agenda_entry_id", g_variant_new_int64 (entry),
                                            "position", g_variant_new_int64 (2),
                                            "kind", g_variant_new_string ("note"),
                                            "author", g_variant_new_string ("Maria Öberg (V)"),
                                            NULL));

  decision = ber_items_get_decision (f->items, item, &error);
  g_assert_no_error (error);
  g_assert_nonnull (decision);
  g_assert_cmpint (decision->meeting_id, ==, meeting);
  g_assert_cmpint (decision->entry_id, ==, entry);
  g_assert_cmpstr (decision->body_name, ==, "Regionstyrelsen");
  g_assert_cmpstr (decision->held_on, ==, "2026-10-14");
  g_assert_cmpint (decision->paragraph, ==, 61);
  g_assert_cmpstr (decision->reference, ==, "RS 2026-10-14 § 61");
  g_assert_cmpstr (decision->decision, ==, "as-proposed");
  g_assert_cmpstr (decision->decision_label, ==, "As proposed");

  g_assert_cmpuint (g_list_model_get_n_items (decision->clauses), ==, 2);
  second = g_list_model_get_item (decision->clauses, 1);
  g_assert_cmpstr (ber_clause_get_text (second), ==,
                   "att uppdra åt regiondirektören att redovisa nyttan av medlemskapet");

  g_assert_cmpuint (g_list_model_get_n_items (decision->statements), ==, 2);
  reservation = g_list_model_get_item (decision->statements, 0);
  note = g_list_model_get_item (decision->statements, 1);
  g_assert_cmpstr (ber_statement_get_kind (reservation), ==, "reservation");
  g_assert_cmpstr (ber_statement_get_author (reservation), ==, "Birgitta Wiklund (SD)");
  g_assert_cmpstr (ber_statement_get_text (reservation), ==, "Till förmån för eget yrkande.");
  g_assert_cmpstr (ber_statement_get_kind (note), ==, "note");
  g_assert_cmpstr (ber_statement_get_author (note), ==, "Maria Öberg (V)");

  /* The clause that gives an assignment, with who and by when: past due, late. */
  g_assert_cmpuint (g_list_model_get_n_items (decision->assignments), ==, 1);
  assignment = g_list_model_get_item (decision->assignments, 0);
  g_object_get (assignment, "responsible-name", &responsible, "due-on", &due_on, NULL);
  g_assert_cmpstr (responsible, ==, "Sofia Lind");
  g_assert_cmpstr (due_on, ==, "2026-11-20");
  g_assert_true (ber_followup_get_late (assignment));

  fixed = ber_items_fixed_fields (f->items, decision);
  g_assert_true (g_strv_contains (fixed, BER_ITEMS_FIELD_PROPOSAL));
  g_assert_true (g_strv_contains (fixed, "routed-body-id"));
  g_assert_false (g_strv_contains (fixed, "title"));

  state = state_of (f, item_id, f->rs);
  g_assert_cmpstr (state->status_label, ==, "Decided");
  g_assert_cmpint (state->meeting_role, ==, BER_ITEM_MEETING_DECIDED);
  g_assert_cmpint (state->meeting_id, ==, meeting);
  g_assert_cmpint (state->step_kind, ==, BER_ITEM_STEP_ACTION);
  g_assert_cmpstr (state->next_step, ==, "Next step: dispatch the decision");

  /* Dispatched: closed, nothing left to do. */
  g_assert_true (ber_items_move (f->items, item_id, "dispatched", NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&state, ber_item_state_unref);
  state = state_of (f, item_id, f->rs);
  g_assert_cmpint (state->step_kind, ==, BER_ITEM_STEP_NONE);
  g_assert_cmpint (state->meeting_id, ==, meeting);
}

/* Not decided: only tabled, or decided on a meeting whose minutes are not
 * recorded; decided without minutes, a decision without a meeting. */
static void
test_undecided (Fixture       *f,
                gconstpointer  data)
{
  gint64 held = add_meeting (f, "2026-10-14", "2026-09-30", "minutes-approved");
  gint64 locked = add_meeting (f, "2026-12-09", "2026-11-25", "agenda-locked");
  gint64 tabled_id = add_item (f, "ready", "2027-01-31");
  gint64 pending_id = add_item (f, "on-agenda", "2027-01-31");
  gint64 marked_id = add_item (f, "decided", NULL);
  g_autoptr(GError) error = NULL;

  add_entry (f, held, tabled_id, 12, "tabled");
  add_entry (f, locked, pending_id, 0, "as-proposed");
  {
    g_autoptr(BerItem) item = load (f, tabled_id);
    g_autoptr(BerItemDecision) decision = ber_items_get_decision (f->items, item, &error);

    g_assert_no_error (error);
    g_assert_null (decision);
    g_assert_null (ber_items_fixed_fields (f->items, decision)[0]);
  }
  {
    g_autoptr(BerItem) item = load (f, pending_id);
    g_autoptr(BerItemDecision) decision = ber_items_get_decision (f->items, item, &error);

    g_assert_no_error (error);
    g_assert_null (decision);
  }
  {
    g_autoptr(BerItem) item = load (f, marked_id);
    g_autoptr(BerItemDecision) decision = ber_items_get_decision (f->items, item, &error);
    g_autoptr(BerItemState) state = state_of (f, marked_id, f->rs);

    g_assert_no_error (error);
    g_assert_nonnull (decision);
    g_assert_cmpint (decision->meeting_id, ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (decision->clauses), ==, 0);
    g_assert_nonnull (ber_items_fixed_fields (f->items, decision)[0]);
    g_assert_cmpint (state->meeting_role, ==, BER_ITEM_MEETING_NONE);
  }
}

static char *
clause_texts (Fixture *f,
              gint64   item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) clauses = ber_items_list_clauses (f->items, item_id, &error);
  g_autoptr(GString) texts = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (clauses); i++)
    {
      g_autoptr(BerClause) clause = g_list_model_get_item (clauses, i);

      g_string_append_printf (texts, "%s;", ber_clause_get_text (clause));
    }
  return g_string_free (g_steal_pointer (&texts), FALSE);
}

/* Saving a decided item: what the decision fixed is refused, in words that
 * name the decision, and nothing is written; the rest is saved. */
static void
test_save_refuses_fixed (Fixture       *f,
                         gconstpointer  data)
{
  gint64 meeting = add_meeting (f, "2026-10-14", "2026-09-30", "minutes-approved");
  gint64 item_id = add_item (f, "decided", NULL);
  gint64 run = insert (f, "body", ber_store_values ("name",
                                                    g_variant_new_string ("Regionala utvecklingsnämnden"),
                                                    "short_name", g_variant_new_string ("RUN"),
                                                    NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(BerItem) item = NULL;
  g_autoptr(GListModel) clauses = NULL;
  g_autoptr(GListStore) edited = g_list_store_new (BER_TYPE_CLAUSE);
  g_autoptr(GListStore) removed = g_list_store_new (BER_TYPE_RECORD);
  g_autoptr(BerClause) first = NULL;
  g_autoptr(BerClause) added = ber_clause_new ();

  add_clause (f, "item_id", item_id, 1, "att behålla medlemskapet", 0, NULL);
  add_clause (f, "item_id", item_id, 2, "att uppdra åt regiondirektören att redovisa nyttan", 0,
              NULL);
  add_entry (f, meeting, item_id, 61, "as-proposed");
  ber_assert_take_str (clause_texts (f, item_id), ==,
                       "att behålla medlemskapet;att uppdra åt regiondirektören att redovisa nyttan;");

  /* The proposal as it is, with a new title: saved. */
  item = load (f, item_id);
  clauses = ber_items_list_clauses (f->items, item_id, &error);
  g_assert_no_error (error);
  g_object_set (item, "title", "Fortsatt medlemskap i EHMA 2027", NULL);
  g_assert_true (ber_items_save (f->items, item, clauses, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  ber_assert_take_str (ber_test_column_text (f->store, "item", item_id, "title"), ==,
                       "Fortsatt medlemskap i EHMA 2027");

  /* A clause reworded. */
  first = g_list_model_get_item (clauses, 0);
  g_object_set (first, "text", "att lämna medlemskapet", NULL);
  g_assert_false (ber_items_save (f->items, item, clauses, NULL, NULL, NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The proposal was decided at RS 2026-10-14 § 61 and can no longer be "
                   "changed. To take the matter up again, register a new item.");
  g_clear_error (&error);
  g_object_set (first, "text", "att behålla medlemskapet", NULL);

  /* A clause added, or taken away. */
  for (guint i = 0; i < g_list_model_get_n_items (clauses); i++)
    {
      g_autoptr(BerClause) clause = g_list_model_get_item (clauses, i);

      g_list_store_append (edited, clause);
    }
  g_object_set (added, "text", "att dessutom gå med i EARMA", NULL);
  g_list_store_append (edited, added);
  g_assert_false (ber_items_save (f->items, item, G_LIST_MODEL (edited), NULL, NULL, NULL,
                                  &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_list_store_remove (edited, 2);
  g_list_store_remove (edited, 1);
  {
    g_autoptr(BerClause) taken = g_list_model_get_item (clauses, 1);

    g_list_store_append (removed, taken);
  }
  g_assert_false (ber_items_save (f->items, item, G_LIST_MODEL (edited), NULL,
                                  G_LIST_MODEL (removed), NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The body that decided. */
  g_object_set (item, "routed-body-id", run, NULL);
  g_assert_false (ber_items_save (f->items, item, clauses, NULL, NULL, NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "“Routed to Body” was fixed by the decision at RS 2026-10-14 § 61 and can "
                   "no longer be changed.");
  g_clear_error (&error);

  /* Nothing refused was written. */
  ber_assert_take_str (clause_texts (f, item_id), ==,
                       "att behålla medlemskapet;att uppdra åt regiondirektören att redovisa nyttan;");
  {
    g_autoptr(BerItem) stored = load (f, item_id);

    g_assert_cmpint (ber_record_get_int64 (BER_RECORD (stored), "routed-body-id"), ==, f->rs);
  }

  /* An item not yet decided takes both. */
  {
    gint64 open_id = add_item (f, "in-preparation", "2027-01-31");
    g_autoptr(BerItem) open = load (f, open_id);
    g_autoptr(GListStore) proposal = g_list_store_new (BER_TYPE_CLAUSE);
    g_autoptr(BerClause) text = ber_clause_new ();

    g_object_set (text, "text", "att lämna medlemskapet", NULL);
    g_list_store_append (proposal, text);
    g_object_set (open, "routed-body-id", run, NULL);
    g_assert_true (ber_items_save (f->items, open, G_LIST_MODEL (proposal), NULL, NULL, NULL,
                                   &error));
    g_assert_no_error (error);
    ber_assert_take_str (clause_texts (f, open_id), ==, "att lämna medlemskapet;");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/item-state/deadline", test_deadline);
  ADD ("/item-state/next-step-before-agenda", test_next_step_before_agenda);
  ADD ("/item-state/next-step-on-agenda", test_next_step_on_agenda);
  ADD ("/item-state/closed", test_closed);
  ADD ("/item-state/decision", test_decision);
  ADD ("/item-state/undecided", test_undecided);
  ADD ("/item-state/save-refuses-fixed", test_save_refuses_fixed);

  return g_test_run ();
}
