/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The persons register in a real display (Xvfb in CI): the list in Swedish
 * order, search and filters, a new person through the form, an assignment
 * through its dialog, ending it, and the mandates that end soon. Any GTK
 * warning or critical fails the test (G_DEBUG=fatal-warnings).
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ber-application.h"
#include "ber-assignment-dialog.h"
#include "ber-date.h"
#include "ber-date-row.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-person-page.h"
#include "ber-record-row.h"
#include "ber-persons-view.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"

typedef struct
{
  BerApplication *app;
  BerStore       *store;
  BerContext     *context;
  char           *dir;
  GtkWindow      *window;
  BerPersonsView *view;
} Fixture;

/* A widget or object of a template, by its id. */
static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->app = ber_test_application_new ("PersonsTest");
  f->store = ber_test_store_new (BER_TEST_DEMO, &f->dir);
  f->context = ber_context_new (f->store);
  f->view = BER_PERSONS_VIEW (ber_persons_view_new ());
  g_object_set (f->view, "context", f->context, NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->view));

  f->window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (f->app)));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (f->window), overlay);
  gtk_window_set_default_size (f->window, 900, 700);
  gtk_window_present (f->window);
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpointer weak = f->window;
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != f->window)
      gtk_window_destroy (l->data);

  g_object_add_weak_pointer (G_OBJECT (f->window), &weak);
  gtk_window_destroy (f->window);
  g_assert_true (ber_test_spin_until (ber_test_is_null, &weak));
  ber_test_spin_idle ();

  g_application_quit (G_APPLICATION (f->app));
  g_object_unref (f->app);
  g_assert_finalize_object (f->context);
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
name_at (GListModel *model,
         guint       position)
{
  g_autoptr(BerPerson) person = g_list_model_get_item (model, position);

  return g_strdup (ber_person_get_name (person));
}

static guint
n_persons (Fixture *f)
{
  return g_list_model_get_n_items (ber_persons_view_get_model (f->view));
}

typedef struct
{
  Fixture *f;
  guint    n;
} CountWait;

static gboolean
has_n_persons (gpointer data)
{
  CountWait *wait = data;

  return n_persons (wait->f) == wait->n;
}

static void
search (Fixture    *f,
        const char *text,
        guint       expected)
{
  CountWait wait = { f, expected };

  gtk_editable_set_text (GTK_EDITABLE (child (f->view, BER_TYPE_PERSONS_VIEW, "search_entry")),
                         text);
  /* The search entry waits a moment after typing before it searches. */
  if (!ber_test_spin_until (has_n_persons, &wait))
    g_test_message ("search %s: %u persons", text, n_persons (f));
  g_assert_cmpuint (n_persons (f), ==, expected);
}

static gboolean
has_no_page (gpointer data)
{
  return ber_persons_view_get_person_page (data) == NULL;
}

static BerPersonPage *
open_new_person (Fixture *f)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.new", NULL));
  page = ber_persons_view_get_person_page (f->view);
  g_assert_true (BER_IS_PERSON_PAGE (page));
  g_assert_true (gtk_stack_get_visible_child (GTK_STACK (child (f->view, BER_TYPE_PERSONS_VIEW,
                                                                 "stack"))) == page);
  return BER_PERSON_PAGE (page);
}

static void
set_row (BerPersonPage *page,
         const char    *row,
         const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (page, BER_TYPE_PERSON_PAGE, row)), text);
}

static BerAssignmentDialog *
find_assignment_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BER_IS_ASSIGNMENT_DIALOG (l->data))
      return l->data;

  return NULL;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      return l->data;

  return NULL;
}

/* The demo register lists its 15 persons, Å, Ä and Ö after Z as in Swedish. */
static void
test_list_order (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *model = ber_persons_view_get_model (f->view);
  const char *last[] = { "Åsa Lindqvist", "Ängla Nyström", "Örjan Björklund" };
  guint n = g_list_model_get_n_items (model);
  GtkStack *content = GTK_STACK (child (f->view, BER_TYPE_PERSONS_VIEW, "content_stack"));

  g_assert_cmpuint (n, ==, 15);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "list");
  ber_test_screenshot (GTK_WIDGET (f->window), "persons-list");

  for (guint i = 0; i < G_N_ELEMENTS (last); i++)
    {
      g_autofree char *name = name_at (model, n - G_N_ELEMENTS (last) + i);

      g_assert_cmpstr (name, ==, last[i]);
    }

  {
    g_autofree char *first = name_at (model, 0);
    g_autofree char *before_a = name_at (model, n - 4);

    g_assert_cmpstr (first, ==, "Anders Öhman");
    g_assert_cmpstr (before_a, ==, "Sofia Lundberg");
  }

  /* Ordering by another column asks the store again; the list stays lazy. */
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (child (f->view, BER_TYPE_PERSONS_VIEW,
                                                          "column_view")),
                                  GTK_COLUMN_VIEW_COLUMN (child (f->view, BER_TYPE_PERSONS_VIEW,
                                                                 "email_column")),
                                  GTK_SORT_DESCENDING);
  model = ber_persons_view_get_model (f->view);
  g_assert_true (BER_IS_RECORD_LIST (model));
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BerPerson) a = g_list_model_get_item (model, i - 1);
      g_autoptr(BerPerson) b = g_list_model_get_item (model, i);

      g_assert_cmpint (strcmp (ber_person_get_email (a), ber_person_get_email (b)), >=, 0);
    }
}

static void
test_search_and_filter (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *model = ber_persons_view_get_model (f->view);
  GtkStack *content = GTK_STACK (child (f->view, BER_TYPE_PERSONS_VIEW, "content_stack"));
  GtkDropDown *kind = GTK_DROP_DOWN (child (f->view, BER_TYPE_PERSONS_VIEW, "kind_dropdown"));

  /* "lund" is in Björklund, Lundberg, Marklund, Wiklund and Zetterlund. */
  search (f, "lund", 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *name = name_at (model, i);
      g_autofree char *folded = g_utf8_casefold (name, -1);

      g_assert_nonnull (strstr (folded, "lund"));
    }

  /* Case and Swedish letters fold as the user expects. */
  search (f, "ÅSA", 1);
  {
    g_autofree char *name = name_at (model, 0);

    g_assert_cmpstr (name, ==, "Åsa Lindqvist");
  }

  /* By party and department too. */
  search (f, "Utvecklingsavdelningen", 2);

  search (f, "xyzzy", 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "no-results");

  search (f, "", 15);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "list");

  gtk_drop_down_set_selected (kind, 2);
  g_assert_cmpuint (n_persons (f), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(BerRecord) person = g_list_model_get_item (model, i);

      g_assert_cmpstr (ber_record_get_string (person, "kind"), ==, "official");
    }
  gtk_drop_down_set_selected (kind, 1);
  g_assert_cmpuint (n_persons (f), ==, 10);
  gtk_drop_down_set_selected (kind, 0);
  g_assert_cmpuint (n_persons (f), ==, 15);
}

static void
test_empty_register (void)
{
  g_autofree char *dir = NULL;
  BerStore *store = ber_test_store_new (BER_TEST_EMPTY, &dir);
  BerContext *context = ber_context_new (store);
  GtkWidget *view = ber_persons_view_new ();
  GtkStack *content = GTK_STACK (child (view, BER_TYPE_PERSONS_VIEW, "content_stack"));

  g_object_ref_sink (view);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "empty");
  /* Without a register there is nobody to add. */
  gtk_widget_activate_action (view, "view.new", NULL);
  g_assert_null (ber_persons_view_get_person_page (BER_PERSONS_VIEW (view)));

  g_object_set (view, "context", context, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "empty");
  g_assert_cmpuint (g_list_model_get_n_items (ber_persons_view_get_model (BER_PERSONS_VIEW (view))),
                    ==, 0);

  g_object_set (view, "context", NULL, NULL);
  g_assert_null (ber_persons_view_get_model (BER_PERSONS_VIEW (view)));
  g_assert_finalize_object (view);
  g_assert_finalize_object (context);
  g_assert_finalize_object (store);
  ber_test_remove_tree (dir);
}

static void
test_new_person (Fixture       *f,
                 gconstpointer  data)
{
  BerPersonPage *page = open_new_person (f);
  GtkWidget *name_row = child (page, BER_TYPE_PERSON_PAGE, "name_row");
  GtkWidget *email_row = child (page, BER_TYPE_PERSON_PAGE, "email_row");
  GtkWidget *revealer = child (page, BER_TYPE_PERSON_PAGE, "error_revealer");
  GtkWidget *validation = child (page, BER_TYPE_PERSON_PAGE, "error_label");
  g_autoptr(BerRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "");
  g_assert_cmpint (ber_record_get_id (BER_RECORD (ber_person_page_get_person (page))), ==, 0);

  /* Nothing is written while the name is missing, and the form says so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "person.save", NULL));
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (validation)), "name"));
  g_assert_cmpuint (n_persons (f), ==, 15);

  set_row (page, "name_row", "Öjvind Testsson");
  set_row (page, "email_row", "ojvind.region.se");
  g_assert_false (gtk_widget_has_css_class (name_row, "error"));
  g_assert_true (gtk_widget_has_css_class (email_row, "error"));
  g_assert_false (ber_person_page_save (page));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (validation)), "e-mail"));
  /* What was typed is still there. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (email_row)), ==, "ojvind.region.se");

  set_row (page, "email_row", "ojvind.testsson@region.se");
  set_row (page, "party_row", "S");
  g_assert_true (ber_person_page_get_modified (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "person.save", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_false (ber_person_page_get_modified (page));

  id = ber_record_get_id (BER_RECORD (ber_person_page_get_person (page)));
  g_assert_cmpint (id, >, 0);
  stored = ber_record_load (BER_TYPE_PERSON, f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ber_record_get_string (stored, "name"), ==, "Öjvind Testsson");
  g_assert_cmpstr (ber_record_get_string (stored, "email"), ==, "ojvind.testsson@region.se");
  g_assert_cmpstr (ber_record_get_string (stored, "kind"), ==, "elected");

  /* The list follows; Öj sorts between Ängla and Örjan. */
  g_assert_cmpuint (n_persons (f), ==, 16);
  g_assert_cmpint (ber_record_list_find (BER_RECORD_LIST (ber_persons_view_get_model (f->view)),
                                         id), ==, 14);

  /* Back to the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "person.back", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (f->view,
                                                                       BER_TYPE_PERSONS_VIEW,
                                                                       "stack"))),
                   ==, "list");
}

static void
on_saved (BerAssignmentDialog *dialog,
          gint64              *id)
{
  *id = ber_record_get_id (BER_RECORD (ber_assignment_dialog_get_assignment (dialog)));
}

static gint64
find_network (BerStore   *store,
              const char *acronym)
{
  g_autoptr(BerQuery) query = ber_query_new ("network");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  ber_query_add_condition (query, "acronym", BER_QUERY_EQ, g_variant_new_string (acronym));
  rows = ber_store_select (store, query, 0, 10, &error);
  g_assert_no_error (error);
  if (rows->len > 0)
    g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id);
  return id;
}

static void
test_assignment (Fixture       *f,
                 gconstpointer  data)
{
  BerPersonPage *page = open_new_person (f);
  BerAssignmentDialog *dialog;
  BerRecordRow *network_row;
  AdwComboRow *body_row;
  const char *today = ber_store_get_today (f->store);
  g_autofree char *term_from = NULL;
  g_autofree char *term_to = NULL;
  g_autoptr(BerRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  gpointer weak;
  gint64 person_id;
  gint64 id = 0;
  gint64 aer;

  set_row (page, "name_row", "Test Testsson");
  g_assert_true (ber_person_page_save (page));
  person_id = ber_record_get_id (BER_RECORD (ber_person_page_get_person (page)));
  g_assert_cmpuint (g_list_model_get_n_items (ber_person_page_get_current_assignments (page)), ==,
                    0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "person.add-assignment", NULL));
  dialog = find_assignment_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == f->window);

  /* The person is set; without a network or forum Save stays off. */
  g_assert_false (gtk_widget_get_sensitive (child (dialog, BER_TYPE_ASSIGNMENT_DIALOG,
                                                   "person_row")));
  g_assert_false (ber_assignment_dialog_can_save (dialog));
  g_assert_false (gtk_widget_get_sensitive (ber_test_find_button (GTK_WIDGET (dialog),
                                                                   "_Save")));

  network_row = BER_RECORD_ROW (child (dialog, BER_TYPE_ASSIGNMENT_DIALOG, "network_row"));
  body_row = ADW_COMBO_ROW (child (dialog, BER_TYPE_ASSIGNMENT_DIALOG, "network_body_row"));
  aer = find_network (f->store, "AER");
  g_assert_cmpint (aer, >, 0);
  ber_record_row_set_id (network_row, aer);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (body_row)));
  /* "—" and AER's own bodies. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (body_row)), >, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (dialog, BER_TYPE_ASSIGNMENT_DIALOG,
                                                    "role_row")),
                              (guint) ber_choice_index (BER_CHOICES_ASSIGNMENT_ROLE, "deputy"));
  g_assert_true (ber_assignment_dialog_can_save (dialog));
  g_assert_true (gtk_widget_get_sensitive (ber_test_find_button (GTK_WIDGET (dialog), "_Save")));
  ber_test_screenshot (GTK_WIDGET (dialog), "assignment-dialog");

  /* A date that is no date turns Save off again. */
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, BER_TYPE_ASSIGNMENT_DIALOG, "from_row")),
                         "2023-02-30");
  g_assert_false (ber_assignment_dialog_can_save (dialog));

  ber_date_election_period (today, &term_from, &term_to);
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, BER_TYPE_ASSIGNMENT_DIALOG, "from_row")),
                         term_from);
  g_assert_true (ber_assignment_dialog_can_save (dialog));

  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved), &id);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "form.save", NULL));
  g_assert_true (ber_test_spin_until (ber_test_is_null, &weak));
  g_assert_cmpint (id, >, 0);

  stored = ber_record_load (BER_TYPE_ASSIGNMENT, f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ber_record_get_int64 (stored, "person-id"), ==, person_id);
  g_assert_cmpstr (ber_record_get_string (stored, "network-acronym"), ==, "AER");
  g_assert_cmpstr (ber_record_get_string (stored, "role"), ==, "deputy");
  g_assert_cmpstr (ber_record_get_string (stored, "from-on"), ==, term_from);
  g_assert_cmpstr (ber_record_get_string (stored, "to-on"), ==, term_to);
  g_assert_null (ber_record_get_string (stored, "candidacy"));

  /* The page lists it as current… */
  g_assert_cmpuint (g_list_model_get_n_items (ber_person_page_get_current_assignments (page)), ==,
                    1);
  g_assert_cmpuint (g_list_model_get_n_items (ber_person_page_get_past_assignments (page)), ==, 0);

  /* …until it is ended today: kept, and moved to the past. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "person.end-assignment", "x",
                                             id));
  g_assert_true (ber_record_reload (stored, f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ber_record_get_string (stored, "to-on"), ==, today);
  g_assert_cmpuint (g_list_model_get_n_items (ber_person_page_get_current_assignments (page)), ==,
                    0);
  g_assert_cmpuint (g_list_model_get_n_items (ber_person_page_get_past_assignments (page)), ==, 1);
  g_assert_true (gtk_widget_get_visible (child (page, BER_TYPE_PERSON_PAGE, "past_group")));

  /* Editing opens the dialog on that assignment; Escape cancels it. */
  {
    GtkListBox *past = GTK_LIST_BOX (child (page, BER_TYPE_PERSON_PAGE, "past_list"));

    g_signal_emit_by_name (past, "row-activated", gtk_list_box_get_row_at_index (past, 0));
    dialog = find_assignment_dialog ();
    g_assert_nonnull (dialog);
    g_assert_cmpint (ber_record_get_id (BER_RECORD (ber_assignment_dialog_get_assignment (dialog))),
                     ==, id);
    g_assert_cmpstr (ber_date_row_get_date (BER_DATE_ROW (child (dialog,
                                                                 BER_TYPE_ASSIGNMENT_DIALOG,
                                                                 "to_row"))),
                     ==, today);
    weak = dialog;
    g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
    g_assert_true (ber_test_spin_until (ber_test_is_null, &weak));
  }
}

static void
test_store_errors (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *model = ber_persons_view_get_model (f->view);
  g_autoptr(BerPerson) asa = g_list_model_get_item (model, 12);
  BerPersonPage *page;
  AdwMessageDialog *message;
  GtkWidget *error_label;

  g_assert_cmpstr (ber_person_get_name (asa), ==, "Åsa Lindqvist");
  ber_persons_view_show_person (f->view, ber_record_get_id (BER_RECORD (asa)));
  page = BER_PERSON_PAGE (ber_persons_view_get_person_page (f->view));
  error_label = child (page, BER_TYPE_PERSON_PAGE, "error_label");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (page, BER_TYPE_PERSON_PAGE,
                                                               "name_row"))),
                   ==, "Åsa Lindqvist");
  g_assert_cmpuint (g_list_model_get_n_items (ber_person_page_get_current_assignments (page)), ==,
                    2);
  ber_test_spin_until_quiet (500);
  ber_test_screenshot (GTK_WIDGET (f->window), "person-page");

  /* A person with assignments is not deleted; the store's reason is shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "person.delete", NULL));
  message = find_message_dialog ();
  g_assert_nonnull (message);
  adw_message_dialog_response (message, "delete");
  gtk_window_destroy (GTK_WINDOW (message));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (child (page, BER_TYPE_PERSON_PAGE,
                                                                    "error_revealer"))));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (error_label)), !=, "");
  g_assert_cmpuint (n_persons (f), ==, 15);

  /* Changes are not dropped silently on the way back. */
  set_row (page, "phone_row", "070-123 45 67");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "person.back", NULL));
  message = find_message_dialog ();
  g_assert_nonnull (message);
  adw_message_dialog_response (message, "cancel");
  gtk_window_destroy (GTK_WINDOW (message));
  g_assert_true (ber_persons_view_get_person_page (f->view) == GTK_WIDGET (page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "person.back", NULL));
  message = find_message_dialog ();
  g_assert_nonnull (message);
  adw_message_dialog_response (message, "discard");
  gtk_window_destroy (GTK_WINDOW (message));
  /* The page goes once the slide back to the list is over. */
  g_assert_true (ber_test_spin_until (has_no_page, f->view));
}

/* A save the store rejects shows why, and keeps every field as typed. */
static void
test_save_error_keeps_input (Fixture       *f,
                             gconstpointer  data)
{
  BerPersonPage *page = open_new_person (f);
  GtkWidget *revealer = child (page, BER_TYPE_PERSON_PAGE, "error_revealer");
  g_autoptr(GError) error = NULL;
  gint64 id;

  set_row (page, "name_row", "Kalle Karlsson");
  g_assert_true (ber_person_page_save (page));
  id = ber_record_get_id (BER_RECORD (ber_person_page_get_person (page)));

  /* Removed behind the page's back, as another window could. */
  g_assert_true (ber_store_delete (f->store, "person", id, &error));
  g_assert_no_error (error);

  set_row (page, "name_row", "Kalle Karlsson-Åberg");
  set_row (page, "phone_row", "070-123 45 67");
  g_assert_false (ber_person_page_save (page));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (child (page, BER_TYPE_PERSON_PAGE,
                                                                   "error_label"))),
                            "no longer exists"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (page, BER_TYPE_PERSON_PAGE,
                                                               "name_row"))),
                   ==, "Kalle Karlsson-Åberg");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (page, BER_TYPE_PERSON_PAGE,
                                                               "phone_row"))),
                   ==, "070-123 45 67");
  g_assert_true (ber_person_page_get_modified (page));
}

/* The row above the list points out the mandates that end soon, and filters the list to them. */
static void
test_ending_mandates (Fixture       *f,
                      gconstpointer  data)
{
  const char *today = ber_store_get_today (f->store);
  g_autoptr(BerQuery) query = ber_query_new ("assignment");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) persons = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         NULL);
  g_autoptr(GError) error = NULL;
  GtkToggleButton *button;
  guint expected = 0;
  int days = ber_persons_view_get_warning_days (f->view);

  /* The settings' default reaches the view. */
  g_assert_cmpint (days, ==, 60);

  rows = ber_store_select (f->store, query, 0, 1000, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(BerRecord) a = ber_record_new_from_row (BER_TYPE_ASSIGNMENT,
                                                        g_ptr_array_index (rows, i));
      const char *to_on = ber_record_get_string (a, "to-on");

      if (ber_record_get_string (a, "candidacy") != NULL || to_on == NULL)
        continue;
      if (ber_date_days_until (today, to_on) > 0 && ber_date_days_until (today, to_on) <= days)
        {
          gint64 *person = g_new (gint64, 1);

          *person = ber_record_get_int64 (a, "person-id");
          expected++;
          g_hash_table_add (persons, person);
        }
    }

  g_assert_cmpuint (ber_persons_view_get_n_ending_mandates (f->view), ==, expected);
  g_assert_cmpuint (expected, >, 0);
  {
    g_autofree char *text = g_strdup_printf ("%u mandate", expected);

    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (child (f->view,
                                                                    BER_TYPE_PERSONS_VIEW,
                                                                    "ending_label"))),
                              text));
  }
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (child (f->view,
                                                                    BER_TYPE_PERSONS_VIEW,
                                                                    "ending_revealer"))));

  button = GTK_TOGGLE_BUTTON (child (f->view, BER_TYPE_PERSONS_VIEW, "ending_button"));
  gtk_toggle_button_set_active (button, TRUE);
  g_assert_cmpuint (n_persons (f), ==, g_hash_table_size (persons));
  gtk_toggle_button_set_active (button, FALSE);
  g_assert_cmpuint (n_persons (f), ==, 15);

  /* No warning period, no warning. */
  ber_persons_view_set_warning_days (f->view, 0);
  g_assert_cmpuint (ber_persons_view_get_n_ending_mandates (f->view), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (child (f->view,
                                                                     BER_TYPE_PERSONS_VIEW,
                                                                     "ending_revealer"))));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/persons-ui/list-order", Fixture, NULL, fixture_set_up, test_list_order,
              fixture_tear_down);
  g_test_add ("/persons-ui/search-and-filter", Fixture, NULL, fixture_set_up,
              test_search_and_filter, fixture_tear_down);
  g_test_add_func ("/persons-ui/empty-register", test_empty_register);
  g_test_add ("/persons-ui/new-person", Fixture, NULL, fixture_set_up, test_new_person,
              fixture_tear_down);
  g_test_add ("/persons-ui/assignment", Fixture, NULL, fixture_set_up, test_assignment,
              fixture_tear_down);
  g_test_add ("/persons-ui/store-errors", Fixture, NULL, fixture_set_up, test_store_errors,
              fixture_tear_down);
  g_test_add ("/persons-ui/save-error-keeps-input", Fixture, NULL, fixture_set_up,
              test_save_error_keeps_input, fixture_tear_down);
  g_test_add ("/persons-ui/ending-mandates", Fixture, NULL, fixture_set_up, test_ending_mandates,
              fixture_tear_down);

  return g_test_run ();
}
