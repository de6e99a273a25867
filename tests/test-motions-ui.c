/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Motions, the order of decision and votes under a decision: the service's
 * rules on a locked agenda of the demo register (who may vote, a tie
 * decided by the chair, a refused write leaving the register as it was, a
 * reservation linked to its author's motion), the minutes that print them,
 * read back with pdftotext, and the dialog that records them, driven as a
 * user would under Xvfb.
 */

#include "config.h"

#include <string.h>

#include "ber-agenda-export.h"
#include "ber-meeting-page.h"
#include "ber-motions-dialog.h"
#include "ber-model.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"

typedef struct
{
  char       *dir;
  BerStore   *store;
  BerContext *context;
  gint64      meeting, entry;
  gint64      chair, members[3], official;
} Fixture;

static gint64
person_named (Fixture    *f,
              const char *name)
{
  g_autoptr(BerQuery) query = ber_query_new ("person");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  ber_query_add_condition (query, "name", BER_QUERY_EQ, g_variant_new_string (name));
  rows = ber_store_select (f->store, query, 0, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id);
  return id;
}

static void
attend (Fixture    *f,
        gint64      person,
        const char *role)
{
  g_autoptr(GError) error = NULL;
  GVariantDict values;

  g_variant_dict_init (&values, NULL);
  g_variant_dict_insert (&values, "meeting_id", "x", f->meeting);
  g_variant_dict_insert (&values, "person_id", "x", person);
  g_variant_dict_insert (&values, "role", "s", role);
  ber_store_insert (f->store, "attendance", g_variant_dict_end (&values), &error);
  g_assert_no_error (error);
}

/* A coming meeting of the board, its agenda locked, its members present. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(BerQuery) query = ber_query_new ("meeting_list");
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerMeetings) service = NULL;

  f->store = ber_test_store_new (BER_TEST_DEMO, &f->dir);
  f->context = ber_context_new (f->store);
  ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("planned"));
  ber_query_add_condition (query, "body_short_name", BER_QUERY_EQ, g_variant_new_string ("RS"));
  ber_query_add_order (query, "held_on", FALSE);
  meetings = ber_store_select (f->store, query, 0, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (meetings, 0), "id", "x", &f->meeting);

  service = ber_meetings_new (f->store);
  g_assert_true (ber_meetings_lock (service, f->meeting, &error));
  g_assert_no_error (error);
  {
    g_autoptr(BerQuery) entries = ber_query_new ("agenda_entry");
    g_autoptr(GPtrArray) items = NULL;

    ber_query_add_condition (entries, "meeting_id", BER_QUERY_EQ, g_variant_new_int64 (f->meeting));
    ber_query_add_condition (entries, "kind", BER_QUERY_EQ, g_variant_new_string ("item"));
    items = ber_store_select (f->store, entries, 0, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (items->len, ==, 1);
    g_variant_lookup (g_ptr_array_index (items, 0), "id", "x", &f->entry);
  }

  f->chair = person_named (f, "Åsa Lindqvist");
  f->members[0] = person_named (f, "Örjan Björklund");
  f->members[1] = person_named (f, "Maria Öberg");
  f->members[2] = person_named (f, "Birgitta Wiklund");
  f->official = person_named (f, "Johanna Strand");
  attend (f, f->chair, "chair");
  for (guint i = 0; i < G_N_ELEMENTS (f->members); i++)
    attend (f, f->members[i], "member");
  attend (f, f->official, "official");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_unref (f->context);
  g_object_unref (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static BerMotion *
motion_new (const char *mover,
            const char *text)
{
  BerMotion *motion = ber_motion_new ();

  g_object_set (motion, "mover", mover, "text", text, NULL);
  return motion;
}

static guint
count_rows (Fixture    *f,
            const char *table)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_EQ, g_variant_new_int64 (f->entry));
  g_assert_true (ber_store_count (f->store, query, &n, &error));
  g_assert_no_error (error);
  return n;
}

static GListModel *
votes_of (const gint64 *people,
          const char   *const *choices,
          guint         n)
{
  GListStore *votes = g_list_store_new (BER_TYPE_VOTE);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerVote) vote = ber_vote_new (people[i], choices[i]);

      g_list_store_append (votes, vote);
    }
  return G_LIST_MODEL (votes);
}

static void
test_service (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(BerMeetings) meetings = ber_meetings_new (f->store);
  g_autoptr(BerAgendaEntry) entry = ber_context_load (f->context, BER_TYPE_AGENDA_ENTRY, f->entry,
                                                      NULL);
  g_autoptr(GListStore) motions = g_list_store_new (BER_TYPE_MOTION);
  g_autoptr(BerMotion) rejection = motion_new (" Birgitta Wiklund (SD) ", "avslag på förslaget");
  g_autoptr(BerMotion) blank = motion_new ("Maria Öberg (V)", "  ");
  g_autoptr(GListModel) voters = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) statements = g_list_store_new (BER_TYPE_STATEMENT);
  g_autoptr(BerStatement) reservation = ber_statement_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(BerQuery) query = NULL;
  gint64 adopted = -1, motion_id = 0, linked = 0;

  /* Who may vote: the chair and the members present, not the official. */
  voters = ber_meetings_list_voters (meetings, f->meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (voters), ==, 4);

  /* An empty motion is refused, and nothing is written. */
  g_list_store_append (motions, blank);
  g_assert_false (ber_meetings_record_motions (meetings, entry, G_LIST_MODEL (motions), -1, FALSE,
                                               -1, -1, NULL, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "The motion is empty"));
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (f, "motion"), ==, 0);
  g_list_store_remove_all (motions);
  g_list_store_append (motions, rejection);

  /* Votes from someone who did not serve, twice from one member, or for the
   * same proposal on both sides are refused; the register stays as it was. */
  {
    gint64 people[] = { f->chair, f->official };
    const char *choices[] = { "yes", "no" };
    g_autoptr(GListModel) votes = votes_of (people, choices, 2);

    g_assert_false (ber_meetings_record_motions (meetings, entry, G_LIST_MODEL (motions), -1,
                                                 TRUE, -1, 0, votes, &error));
    g_assert_nonnull (strstr (error->message, "Only members present"));
    g_clear_error (&error);
  }
  {
    gint64 people[] = { f->chair, f->chair };
    const char *choices[] = { "yes", "no" };
    g_autoptr(GListModel) votes = votes_of (people, choices, 2);

    g_assert_false (ber_meetings_record_motions (meetings, entry, G_LIST_MODEL (motions), -1,
                                                 TRUE, -1, 0, votes, &error));
    g_assert_nonnull (strstr (error->message, "voted twice"));
    g_clear_error (&error);
    g_assert_false (ber_meetings_record_motions (meetings, entry, G_LIST_MODEL (motions), -1,
                                                 TRUE, 0, 0, votes, &error));
    g_assert_nonnull (strstr (error->message, "different proposals"));
    g_clear_error (&error);
  }
  /* A tie without the chair's vote is not finished. */
  {
    gint64 people[] = { f->members[0], f->members[2] };
    const char *choices[] = { "yes", "no" };
    g_autoptr(GListModel) votes = votes_of (people, choices, 2);

    g_assert_false (ber_meetings_record_motions (meetings, entry, G_LIST_MODEL (motions), -1,
                                                 TRUE, -1, 0, votes, &error));
    g_assert_nonnull (strstr (error->message, "tied"));
    g_clear_error (&error);
  }
  g_assert_cmpuint (count_rows (f, "motion"), ==, 0);
  g_assert_cmpuint (count_rows (f, "vote"), ==, 0);

  /* A tie the chair decides: yes for the proposal, no for the motion; the
   * chair votes no, so the motion is adopted whatever was chosen before. */
  {
    gint64 people[] = { f->chair, f->members[0], f->members[1], f->members[2] };
    const char *choices[] = { "no", "yes", "yes", "no" };
    g_autoptr(GListModel) votes = votes_of (people, choices, 4);

    g_assert_true (ber_meetings_record_motions (meetings, entry, G_LIST_MODEL (motions), -1, TRUE,
                                                -1, 0, votes, &error));
    g_assert_no_error (error);
  }
  g_assert_cmpuint (count_rows (f, "motion"), ==, 1);
  g_assert_cmpuint (count_rows (f, "vote"), ==, 4);
  motion_id = ber_record_get_id (BER_RECORD (rejection));
  g_assert_cmpint (motion_id, >, 0);
  g_assert_cmpstr (ber_motion_get_mover (rejection), ==, "Birgitta Wiklund (SD)");
  g_object_get (entry, "adopted-motion-id", &adopted, NULL);
  g_assert_cmpint (adopted, ==, motion_id);

  /* The mover's reservation, recorded with the decision, refers to the motion. */
  g_object_set (reservation, "kind", "reservation", "author", "birgitta wiklund (sd)", NULL);
  g_list_store_append (statements, reservation);
  g_object_set (entry, "decision", "as-proposed", NULL);
  g_assert_true (ber_meetings_record_decision (meetings, entry, NULL, NULL,
                                               G_LIST_MODEL (statements), &error));
  g_assert_no_error (error);
  query = ber_query_new ("statement");
  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_EQ, g_variant_new_int64 (f->entry));
  rows = ber_store_select (f->store, query, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (g_variant_lookup (g_ptr_array_index (rows, 0), "motion_id", "x", &linked));
  g_assert_cmpint (linked, ==, motion_id);

  /* Without a vote, the chair's finding stands and the votes are gone. */
  g_assert_true (ber_meetings_record_motions (meetings, entry, G_LIST_MODEL (motions), -1, FALSE,
                                              -1, -1, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (f, "vote"), ==, 0);
  g_object_get (entry, "adopted-motion-id", &adopted, NULL);
  g_assert_cmpint (adopted, ==, 0);
}

/* The minutes print the motion, the order of decision, the vote and the reservation. */
static void
test_minutes (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(BerMeetings) meetings = ber_meetings_new (f->store);
  g_autoptr(BerAgendaEntry) entry = ber_context_load (f->context, BER_TYPE_AGENDA_ENTRY, f->entry,
                                                      NULL);
  g_autoptr(GListStore) motions = g_list_store_new (BER_TYPE_MOTION);
  g_autoptr(BerMotion) motion = motion_new ("Birgitta Wiklund (SD)", "avslag på förslaget");
  g_autoptr(GListStore) statements = g_list_store_new (BER_TYPE_STATEMENT);
  g_autoptr(BerStatement) reservation = ber_statement_new ();
  gint64 people[] = { f->chair, f->members[0], f->members[1], f->members[2] };
  const char *choices[] = { "yes", "yes", "abstain", "no" };
  g_autoptr(GListModel) votes = votes_of (people, choices, 4);
  g_autofree char *path = g_build_filename (f->dir, "minutes.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *expected[] = {
    "Motions",
    "Birgitta Wiklund (SD) moves avslag på förslaget.",
    "Order of decision",
    "The chair puts the proposal and the motion of Birgitta Wiklund (SD) against each other. A "
    "vote is called.",
    "Yes for the proposal, no for the motion of Birgitta Wiklund (SD).",
    "Åsa Lindqvist (S)",
    "Birgitta Wiklund (SD)",
    "With 2 yes votes against 1 no votes, 1 abstaining, Regionstyrelsen decides in accordance "
    "with the proposal.",
    "Regionstyrelsen decides",
    "Birgitta Wiklund (SD) reserves against the decision in favour of their own motion.",
  };
  const char *at;

  g_list_store_append (motions, motion);
  g_assert_true (ber_meetings_record_motions (meetings, entry, G_LIST_MODEL (motions), 0, TRUE,
                                              -1, 0, votes, &error));
  g_assert_no_error (error);
  g_object_set (reservation, "kind", "reservation", "author", "Birgitta Wiklund (SD)", NULL);
  g_list_store_append (statements, reservation);
  g_object_set (entry, "decision", "as-proposed", NULL);
  g_assert_true (ber_meetings_record_decision (meetings, entry, NULL, NULL,
                                               G_LIST_MODEL (statements), &error));
  g_assert_no_error (error);

  g_assert_true (ber_export_minutes (f->store, f->meeting, path, &error));
  g_assert_no_error (error);
  text = ber_test_pdf_text (path);
  /* One line per sentence, as pdftotext -layout breaks them at the margin. */
  {
    g_autoptr(GRegex) breaks = g_regex_new ("\\s+", 0, 0, NULL);
    g_autofree char *flat = g_regex_replace_literal (breaks, text, -1, 0, " ", 0, NULL);

    at = flat;
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        const char *found = strstr (at, expected[i]);

        if (found == NULL)
          g_error ("“%s” is not in the minutes after “%.60s”", expected[i], at);
        at = found + strlen (expected[i]);
      }
  }
}

/* The dialog, from the decision dialog, as a user records a motion and a vote. */
static void
test_dialog (Fixture       *f,
             gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  BerMeetingPage *page = BER_MEETING_PAGE (ber_meeting_page_new ());
  BerFormDialog *decision, *motions, *form;
  AdwExpanderRow *vote;
  GtkWidget *widget;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerAgendaEntry) entry = NULL;
  const char *names[] = { "Åsa Lindqvist (S)", "Örjan Björklund (M)", "Maria Öberg (V)",
                          "Birgitta Wiklund (SD)" };
  guint choices[] = { 1, 2, 2, 2 };   /* yes, no, no, no */
  gint64 adopted = 0;
  gboolean voted = FALSE;

  gtk_window_set_default_size (window, 1100, 720);
  gtk_window_set_child (window, GTK_WIDGET (page));
  g_object_set (page, "context", f->context, NULL);
  ber_meeting_page_set_meeting (page, f->meeting);
  gtk_window_present (window);
  ber_test_spin ();
  for (guint i = 0; i < g_list_model_get_n_items (ber_meeting_page_get_entries (page)); i++)
    {
      g_autoptr(BerRecord) row = g_list_model_get_item (ber_meeting_page_get_entries (page), i);

      if (ber_record_get_id (row) == f->entry)
        ber_meeting_page_select (page, i);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.decision", NULL));
  ber_test_spin ();
  decision = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  g_assert_nonnull (ber_test_find_widget (GTK_WIDGET (decision), ADW_TYPE_ACTION_ROW,
                                          "Motions and Vote"));
  widget = ber_test_find_button (GTK_WIDGET (decision), "_Motions and Vote…");
  g_assert_nonnull (widget);
  g_signal_emit_by_name (widget, "clicked");
  ber_test_spin ();
  motions = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_MOTIONS_DIALOG));
  g_assert_nonnull (motions);

  /* A motion: refused without a mover, then written. */
  widget = ber_test_find_button (GTK_WIDGET (motions), "_Add Motion…");
  g_assert_nonnull (widget);
  g_signal_emit_by_name (widget, "clicked");
  ber_test_spin ();
  form = NULL;
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (BER_IS_FORM_DIALOG (l->data) && gtk_widget_get_visible (l->data)
          && gtk_window_get_transient_for (l->data) == GTK_WINDOW (motions))
        form = l->data;
  }
  g_assert_nonnull (form);
  g_assert_false (ber_form_dialog_save (form));
  ber_test_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));
  gtk_editable_set_text (GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (form),
                                                             ADW_TYPE_ENTRY_ROW, NULL)),
                         "Birgitta Wiklund (SD)");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (ber_test_find_widget (
                                GTK_WIDGET (form), GTK_TYPE_TEXT_VIEW, NULL))),
                            "avslag på förslaget", -1);
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin ();
  g_assert_nonnull (ber_test_find_widget (GTK_WIDGET (motions), ADW_TYPE_ACTION_ROW,
                                          "Birgitta Wiklund (SD)"));

  /* The vote: yes for the proposal, no for the motion; three noes win. */
  vote = ADW_EXPANDER_ROW (ber_test_find_widget (GTK_WIDGET (motions), ADW_TYPE_EXPANDER_ROW,
                                                 "A Vote Was Called"));
  g_assert_nonnull (vote);
  adw_expander_row_set_enable_expansion (vote, TRUE);
  adw_expander_row_set_expanded (vote, TRUE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (ber_test_find_widget (GTK_WIDGET (motions),
                                                                   ADW_TYPE_COMBO_ROW,
                                                                   "_Yes for")), 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (ber_test_find_widget (GTK_WIDGET (motions),
                                                                   ADW_TYPE_COMBO_ROW,
                                                                   "_No for")), 1);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      widget = ber_test_find_widget (GTK_WIDGET (motions), ADW_TYPE_COMBO_ROW, names[i]);
      g_assert_nonnull (widget);
      adw_combo_row_set_selected (ADW_COMBO_ROW (widget), choices[i]);
    }
  ber_test_spin ();
  widget = ber_test_find_widget (GTK_WIDGET (motions), ADW_TYPE_ACTION_ROW, "Count");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), ==,
                   "Yes 1 · No 3 · Abstains 0 · Not recorded 0");
  ber_test_screenshot (GTK_WIDGET (motions), "meeting-motions.png");
  g_assert_true (ber_form_dialog_save (motions));
  ber_test_spin ();

  g_assert_cmpuint (count_rows (f, "motion"), ==, 1);
  g_assert_cmpuint (count_rows (f, "vote"), ==, 4);
  entry = ber_context_load (f->context, BER_TYPE_AGENDA_ENTRY, f->entry, &error);
  g_assert_no_error (error);
  g_object_get (entry, "adopted-motion-id", &adopted, "voted", &voted, NULL);
  g_assert_true (voted);
  g_assert_cmpint (adopted, >, 0);
  widget = ber_test_find_widget (GTK_WIDGET (decision), ADW_TYPE_ACTION_ROW, "Motions and Vote");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), ==,
                   "1 motion, put to a vote");
  gtk_window_destroy (GTK_WINDOW (decision));
  gtk_window_destroy (window);
  ber_test_spin ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/motions/service", Fixture, NULL, fixture_set_up, test_service, fixture_tear_down);
  g_test_add ("/motions/minutes", Fixture, NULL, fixture_set_up, test_minutes, fixture_tear_down);
  g_test_add ("/motions/dialog", Fixture, NULL, fixture_set_up, test_dialog, fixture_tear_down);

  return g_test_run ();
}
