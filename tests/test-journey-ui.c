/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * An incoming EU consultation taken from registration to follow-up in the
 * real main window, the way a new user would, starting from an empty
 * register: the welcome page; the deciding committee with its standing
 * points and a routing rule, and the persons, entered through their views;
 * the item registered and assessed on its page with the routing suggestion,
 * its proposal and supporting document; a meeting of the routed body with
 * the item on its locked agenda; the decision and minutes; the assignment
 * followed up; and the item dispatched. Every step goes through the
 * window's actions, buttons and form dialogs; the register is only read, to
 * check what was written. With BER_SCREENSHOT_DIR set, each step is saved
 * as a PNG.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ber-agenda-view.h"
#include "ber-application.h"
#include "ber-bodies-view.h"
#include "ber-body-page.h"
#include "ber-date.h"
#include "ber-followup-view.h"
#include "ber-followup.h"
#include "ber-form-dialog.h"
#include "ber-item-page.h"
#include "ber-items-view.h"
#include "ber-meeting-page.h"
#include "ber-model.h"
#include "ber-networks-view.h"
#include "ber-person-page.h"
#include "ber-persons-view.h"
#include "ber-record-row.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"
#include "ber-window.h"

#define TITLE "Samråd om EU:s sammanhållningspolitik efter 2027"
#define OFFICER "Lovisa Ärnström"
#define CLAUSE_OPINION "att lämna yttrande i enlighet med förvaltningens förslag"
#define CLAUSE_ASSIGNMENT \
  "att uppdra åt regiondirektören att bevaka den fortsatta beredningen inom EU"
#define DOCUMENT "Europeiska kommissionens samrådsdokument"
#define RUN "Regionala utvecklingsnämnden"
#define AREA "Sammanhållningspolitik"
#define RULE_REASON "EU:s sammanhållningspolitik och regionalfonden hör till nämndens område."
#define CHAIR "Ängla Nyström"
#define MEMBER "Per-Erik Holmgren"

typedef struct
{
  char           *dir;
  BerApplication *app;
  BerWindow      *window;
  BerStore       *store;
  gint64          officer_id;
  gint64          chair_id;
  gint64          member_id;
  gint64          area_id;
  gint64          item_id;
  gint64          meeting_id;
  gint64          run_id;
  char           *received_on;
  char           *reply_by;
  char           *held_on;
  char           *approved_on;
  char           *posted_on;
  char           *due_on;
} Journey;

/* Acting on the window */

/* A text area is a heading label with its text view beside it. */
static void
type_into_area (GtkWidget  *root,
                const char *heading,
                const char *text)
{
  GtkWidget *label = ber_test_require_widget (root, GTK_TYPE_LABEL, heading);
  GtkWidget *view
      = ber_test_require_widget (gtk_widget_get_parent (label), GTK_TYPE_TEXT_VIEW, NULL);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

/* Shows a section of a view the way its switcher's button does. */
static void
show_section (GtkWidget  *view,
              const char *title)
{
  GtkStackSwitcher *switcher
      = GTK_STACK_SWITCHER (ber_test_require_widget (view, GTK_TYPE_STACK_SWITCHER, NULL));

  for (GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (switcher)); button != NULL;
       button = gtk_widget_get_next_sibling (button))
    if (ber_test_find_widget (button, GTK_TYPE_LABEL, title) != NULL)
      {
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
        ber_test_spin ();
        g_assert_cmpstr (gtk_stack_page_get_title (
                           gtk_stack_get_page (gtk_stack_switcher_get_stack (switcher),
                                               gtk_stack_get_visible_child (
                                                 gtk_stack_switcher_get_stack (switcher)))),
                         ==, title);
        return;
      }
  g_error ("No section “%s”", title);
}

/* Scrolls the page around @widget so that it shows at the top, as a user would. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double x = 0, y = 0;

  g_assert_nonnull (scrolled);
  ber_test_spin ();
  g_assert_true (gtk_widget_translate_coordinates (widget,
                                                   gtk_scrolled_window_get_child (
                                                     GTK_SCROLLED_WINDOW (scrolled)),
                                                   0, 0, &x, &y));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  /* The viewport's coordinates start where it is scrolled to. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y - 12);
  ber_test_spin ();
}

/* Reading the register */

static gint64
column_id (Journey    *j,
           const char *source,
           gint64      id,
           const char *column)
{
  g_autoptr(GVariant) row = ber_store_get (j->store, source, id, NULL);
  gint64 value = 0;

  g_assert_nonnull (row);
  g_variant_lookup (row, column, "x", &value);
  return value;
}

static GPtrArray *
rows_of (Journey    *j,
         const char *source,
         const char *column,
         gint64      id)
{
  g_autoptr(BerQuery) query = ber_query_new (source);
  GPtrArray *rows;

  ber_query_add_condition (query, column, BER_QUERY_EQ, g_variant_new_int64 (id));
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (j->store, query, 0, 1000, NULL);
  g_assert_nonnull (rows);
  return rows;
}

static gint64
id_by_name (Journey    *j,
            const char *table,
            const char *name)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GPtrArray) rows = NULL;
  gint64 id = 0;

  ber_query_add_condition (query, "name", BER_QUERY_EQ, g_variant_new_string (name));
  rows = ber_store_select (j->store, query, 0, 2, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id);
  return id;
}

static void
assert_status (Journey    *j,
               const char *expected)
{
  g_autofree char *status = ber_test_column_text (j->store, "item", j->item_id, "status");

  g_assert_cmpstr (status, ==, expected);
}

/* The item's history, in order, as "from>to" pairs, each by the user. */
static void
assert_history (Journey            *j,
                const char * const *expected)
{
  g_autoptr(GPtrArray) rows = rows_of (j, "item_transition", "item_id", j->item_id);

  g_assert_cmpuint (rows->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *from = "", *to = NULL, *by = NULL;
      g_autofree char *step = NULL;

      g_variant_lookup (row, "from_status", "&s", &from);
      g_variant_lookup (row, "to_status", "&s", &to);
      g_variant_lookup (row, "changed_by", "&s", &by);
      step = g_strdup_printf ("%s>%s", from, to);
      g_assert_cmpstr (step, ==, expected[i]);
      g_assert_cmpstr (by, ==, "testare");
    }
}

static BerItemPage *
item_page (Journey *j)
{
  return BER_ITEM_PAGE (ber_test_require_widget (GTK_WIDGET (j->window), BER_TYPE_ITEM_PAGE, NULL));
}

static GtkWidget *
agenda_view (Journey *j)
{
  return ber_test_require_widget (GTK_WIDGET (j->window), BER_TYPE_AGENDA_VIEW, NULL);
}

/* The steps */

static gboolean
window_has_register (gpointer window)
{
  return ber_window_get_context (window) != NULL;
}

/* A first start: the welcome page, and an empty register chosen on it. */
static void
start (Journey *j)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (j->dir, "beredning.db", NULL);
  const char *today;

  j->app = ber_application_new ();
  g_application_set_application_id (G_APPLICATION (j->app), APP_ID ".Journey");
  g_application_set_flags (G_APPLICATION (j->app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);
  g_application_register (G_APPLICATION (j->app), NULL, &error);
  g_assert_no_error (error);

  j->window = BER_WINDOW (ber_application_open_register (j->app, path));
  gtk_window_set_default_size (GTK_WINDOW (j->window), 1200, 860);
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, j->window));
  g_assert_cmpstr (ber_window_get_page (j->window), ==, "welcome");
  ber_test_screenshot (GTK_WIDGET (j->window), "00-welcome.png");

  ber_test_click_sensitive (GTK_WIDGET (j->window), "Start With an _Empty Register");
  /* The register is made in a thread, the window showing that it works. */
  g_assert_true (ber_test_spin_until (window_has_register, j->window));
  j->store = ber_context_get_store (ber_window_get_context (j->window));
  g_assert_nonnull (j->store);
  ber_store_set_user (j->store, "testare");
  /* The window starts on the overview of what is due; the work starts in Agenda. */
  g_assert_cmpstr (ber_window_get_page (j->window), ==, "overview");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (j->window), "win.show-page", "s",
                                             "agenda"));
  g_assert_cmpstr (ber_window_get_page (j->window), ==, "agenda");

  today = ber_store_get_today (j->store);
  j->received_on = g_strdup (today);
  j->held_on = ber_date_add_days (today, 35);
  j->reply_by = ber_date_add_days (today, 45);
  j->approved_on = ber_date_add_days (j->held_on, 2);
  j->posted_on = ber_date_add_days (j->held_on, 3);
  j->due_on = ber_date_add_days (j->held_on, 60);
}

/* The committee that decides, its usual standing points, and the rule that
 * routes cohesion policy to it: Agenda, Bodies. */
static void
add_body (Journey *j)
{
  GtkWidget *bodies, *page;
  BerFormDialog *form;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (j->window), "win.show-page", "s",
                                             "agenda"));
  show_section (agenda_view (j), "Bodies");
  bodies = ber_test_require_widget (agenda_view (j), BER_TYPE_BODIES_VIEW, NULL);
  ber_test_screenshot (GTK_WIDGET (j->window), "01-no-bodies.png");

  /* The subject area first: the routing rule chooses from the list. */
  ber_test_click_sensitive (bodies, "_Add Subject Area…");
  form = ber_test_visible_form ();
  ber_test_set_entry_row (GTK_WIDGET (form), "Name", AREA);
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin ();
  j->area_id = id_by_name (j, "subject_area", AREA);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (j->window), "win.new-entry", NULL));
  ber_test_spin ();
  page = GTK_WIDGET (ber_bodies_view_get_page (BER_BODIES_VIEW (bodies)));
  g_assert_true (gtk_widget_get_mapped (page));
  ber_test_set_entry_row (page, "Name", RUN);
  ber_test_set_entry_row (page, "Short Name", "RUN");
  ber_test_select_choice (page, "Kind", "Committee");
  ber_test_set_entry_row (page, "Established", "2019-01-01");
  ber_test_click_sensitive (page, "_Save");
  j->run_id = id_by_name (j, "body", RUN);

  ber_test_click_sensitive (page, "Add the _Usual Points");
  g_assert_cmpuint (g_list_model_get_n_items (ber_body_page_get_points (BER_BODY_PAGE (page))),
                    >, 0);

  g_assert_true (gtk_widget_activate_action (page, "page.add-rule", NULL));
  ber_test_spin ();
  form = ber_test_visible_form ();
  ber_test_select_choice (GTK_WIDGET (form), "Item Type", "Any type");
  ber_record_row_set_id (BER_RECORD_ROW (ber_test_require_widget (GTK_WIDGET (form),
                                                                  BER_TYPE_RECORD_ROW,
                                                                  "Subject Area")),
                         j->area_id);
  ber_test_set_entry_row (GTK_WIDGET (form), "Reason", RULE_REASON);
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin ();
  {
    g_autoptr(GPtrArray) rules = rows_of (j, "routing_rule", "body_id", j->run_id);

    g_assert_cmpuint (rules->len, ==, 1);
  }
  ber_test_screenshot (GTK_WIDGET (j->window), "02-body.png");
  g_assert_true (gtk_widget_activate_action (page, "page.close", NULL));
  ber_test_spin ();
}

/* A person of the register: Networks, Persons, Ctrl+N. */
static gint64
add_person (Journey    *j,
            const char *name,
            const char *kind,
            const char *title,
            const char *party,
            const char *department)
{
  GtkWidget *networks, *page;
  BerPersonsView *persons;
  gint64 id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (j->window), "win.show-page", "s",
                                             "networks"));
  networks = ber_test_require_widget (GTK_WIDGET (j->window), BER_TYPE_NETWORKS_VIEW, NULL);
  show_section (networks, "Persons");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (j->window), "win.new-entry", NULL));
  ber_test_spin ();
  persons = BER_PERSONS_VIEW (ber_test_require_widget (networks, BER_TYPE_PERSONS_VIEW, NULL));
  page = ber_persons_view_get_person_page (persons);
  g_assert_true (BER_IS_PERSON_PAGE (page));
  g_assert_true (gtk_widget_get_mapped (page));

  ber_test_set_entry_row (page, "Name", name);
  ber_test_select_choice (page, "Kind", kind);
  ber_test_set_entry_row (page, "Title", title);
  if (party != NULL)
    ber_test_set_entry_row (page, "Party", party);
  if (department != NULL)
    ber_test_set_entry_row (page, "Department", department);
  ber_test_click_sensitive (page, "_Save");
  id = id_by_name (j, "person", name);
  if (g_str_equal (name, OFFICER))
    ber_test_screenshot (GTK_WIDGET (j->window), "03-case-officer.png");
  g_assert_true (gtk_widget_activate_action (page, "person.back", NULL));
  ber_test_spin ();
  return id;
}

/* The case officer and the committee's chair and member. */
static void
add_persons (Journey *j)
{
  j->officer_id = add_person (j, OFFICER, "Official", "Handläggare", NULL,
                              "Regionala utvecklingsförvaltningen");
  {
    g_autofree char *kind = ber_test_column_text (j->store, "person", j->officer_id, "kind");

    g_assert_cmpstr (kind, ==, "official");
  }
  j->chair_id = add_person (j, CHAIR, "Elected representative", "Ordförande", "C", NULL);
  j->member_id = add_person (j, MEMBER, "Elected representative", "Vice ordförande", "S", NULL);
}

/* 1. Registration: Agenda, Items, Ctrl+N, the fields, Save. */
static void
register_item (Journey *j)
{
  BerItemPage *page;
  GtkWidget *root;
  g_autofree char *year = g_strndup (j->received_on, 4);
  g_autofree char *diary = g_strdup_printf ("RUN %s/0412", year);
  g_autofree char *text = NULL;
  GListModel *items;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (j->window), "win.show-page", "s",
                                             "agenda"));
  show_section (agenda_view (j), "Items");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (j->window), "win.new-entry", NULL));
  ber_test_spin ();
  page = item_page (j);
  root = GTK_WIDGET (page);
  g_assert_true (gtk_widget_get_mapped (root));
  g_assert_nonnull (ber_test_find_widget (root, GTK_TYPE_LABEL, "New Item"));

  ber_test_set_entry_row (root, "Title", TITLE);
  ber_test_select_choice (root, "Type", "EU consultation");
  ber_test_select_choice (root, "Diary of Body", RUN);
  ber_test_set_entry_row (root, "Diary Number", diary);
  ber_test_set_entry_row (root, "Received", j->received_on);
  ber_test_set_entry_row (root, "Reply By", j->reply_by);
  ber_test_select_choice (root, "Subject Area", AREA);
  ber_test_select_choice (root, "Case Officer", OFFICER);
  type_into_area (root, "Description",
                  "Europeiska kommissionen samråder om hur sammanhållningspolitiken ska "
                  "utformas efter 2027. Regionen vill påverka villkoren för regionalfonden "
                  "i norra Sverige.");
  ber_test_screenshot (GTK_WIDGET (j->window), "04-registration.png");
  ber_test_click_sensitive (root, "_Save");

  j->item_id = ber_record_get_id (BER_RECORD (ber_item_page_get_item (page)));
  g_assert_cmpint (j->item_id, >, 0);
  g_assert_nonnull (ber_test_find_widget (root, GTK_TYPE_LABEL, TITLE));
  assert_status (j, "received");
  {
    g_autofree char *title = ber_test_column_text (j->store, "item", j->item_id, "title");
    g_autofree char *type = ber_test_column_text (j->store, "item", j->item_id, "type");
    g_autofree char *number = ber_test_column_text (j->store, "item", j->item_id, "diary_number");
    g_autofree char *received = ber_test_column_text (j->store, "item", j->item_id, "received_on");
    g_autofree char *reply_by = ber_test_column_text (j->store, "item", j->item_id, "reply_by");
    g_autofree char *description
        = ber_test_column_text (j->store, "item", j->item_id, "description");

    g_assert_cmpstr (title, ==, TITLE);
    g_assert_cmpstr (type, ==, "eu-consultation");
    g_assert_cmpstr (number, ==, diary);
    g_assert_cmpint (column_id (j, "item", j->item_id, "diary_body_id"), ==, j->run_id);
    g_assert_cmpint (column_id (j, "item", j->item_id, "diary_year"), ==,
                     g_ascii_strtoll (year, NULL, 10));
    g_assert_cmpstr (received, ==, j->received_on);
    g_assert_cmpstr (reply_by, ==, j->reply_by);
    g_assert_cmpint (column_id (j, "item", j->item_id, "subject_area_id"), ==, j->area_id);
    g_assert_cmpint (column_id (j, "item", j->item_id, "case_officer_id"), ==, j->officer_id);
    g_assert_nonnull (strstr (description, "regionalfonden"));
  }
  /* Registration is the first line of the history. */
  assert_history (j, (const char * const[]) { ">received", NULL });

  /* The list behind the page has it, with its Swedish title intact. */
  items = ber_items_view_get_model (
      BER_ITEMS_VIEW (ber_test_require_widget (agenda_view (j), BER_TYPE_ITEMS_VIEW, NULL)));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BerRecord) item = g_list_model_get_item (items, i);

      if (ber_record_get_id (item) == j->item_id)
        text = g_strdup (ber_record_get_string (item, "title"));
    }
  g_assert_cmpstr (text, ==, TITLE);
}

/* 2. Assessment, the routing suggestion, the proposal and the workflow to ready. */
static void
assess_and_prepare (Journey *j)
{
  BerItemPage *page = item_page (j);
  GtkWidget *root = GTK_WIDGET (page);
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  GtkWidget *suggestion;
  BerFormDialog *form;

  /* The subject area's routing rule suggests the regional development committee. */
  suggestion = ber_test_require_widget (root, ADW_TYPE_ACTION_ROW, "Suggested: " RUN);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (suggestion)), ==, RULE_REASON);
  ber_test_select_choice (root, "Relevant", "Relevant");
  ber_test_click_sensitive (suggestion, "_Use");
  type_into_area (root, "Reasoning",
                  "Samrådet rör regionalfondens villkor i norra Sverige; nämnden bereder "
                  "regionens yttrande.");
  ber_test_click_sensitive (root, "_Save");
  g_assert_cmpint (column_id (j, "item", j->item_id, "relevant"), ==, 1);
  g_assert_cmpint (column_id (j, "item", j->item_id, "recommended_body_id"), ==, j->run_id);
  g_assert_cmpint (column_id (j, "item", j->item_id, "routed_body_id"), ==, j->run_id);
  {
    g_autofree char *assessment = ber_test_column_text (j->store, "item", j->item_id, "assessment");

    g_assert_nonnull (strstr (assessment, "regionalfondens"));
  }
  ber_test_screenshot (GTK_WIDGET (j->window), "05-assessment.png");

  ber_test_click_sensitive (root, "Mark _Assessed");
  assert_status (j, "assessed");
  assert_history (j, (const char * const[]) { ">received", "received>assessed", NULL });
  g_assert_nonnull (ber_test_find_widget (root, ADW_TYPE_ACTION_ROW, "Received → Assessed"));

  ber_test_click_sensitive (root, "Start _Preparation");
  assert_status (j, "in-preparation");
  assert_history (j, (const char * const[]) { ">received", "received>assessed",
                                              "assessed>in-preparation",
                                              NULL });
  g_assert_nonnull (ber_test_find_widget (root, ADW_TYPE_ACTION_ROW, "Assessed → In preparation"));

  /* The proposal for decision: two att-clauses, the second an assignment. */
  ber_test_click_sensitive (root, "Add _Clause…");
  form = ber_test_visible_form ();
  ber_test_set_entry_row (GTK_WIDGET (form), "Clause", CLAUSE_OPINION);
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin ();
  ber_test_click_sensitive (root, "Add _Clause…");
  form = ber_test_visible_form ();
  ber_test_set_entry_row (GTK_WIDGET (form), "Clause", CLAUSE_ASSIGNMENT);
  ber_test_screenshot (GTK_WIDGET (form), "06-clause-dialog.png");
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin ();
  g_assert_nonnull (ber_test_find_widget (root, ADW_TYPE_ACTION_ROW, CLAUSE_ASSIGNMENT));

  /* A supporting document by its title only. */
  ber_test_click_sensitive (root, "Add _Document…");
  form = ber_test_visible_form ();
  ber_test_set_entry_row (GTK_WIDGET (form), "Title", DOCUMENT);
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin ();
  g_assert_nonnull (ber_test_find_widget (root, ADW_TYPE_ACTION_ROW, DOCUMENT));
  scroll_to (ber_test_require_widget (root, GTK_TYPE_LABEL, "Proposal for Decision"));
  ber_test_screenshot (GTK_WIDGET (j->window), "07-proposal.png");

  /* Ready for the agenda, straight away: the step writes what is on the page first. */
  ber_test_click_sensitive (root, "_Ready for Agenda");
  assert_status (j, "ready");
  assert_history (j, (const char * const[]) { ">received", "received>assessed",
                                              "assessed>in-preparation",
                                              "in-preparation>ready", NULL });
  g_assert_nonnull (
      ber_test_find_widget (root, ADW_TYPE_ACTION_ROW, "In preparation → Ready for agenda"));

  clauses = rows_of (j, "clause", "item_id", j->item_id);
  g_assert_cmpuint (clauses->len, ==, 2);
  {
    const char *first = NULL, *second = NULL;

    g_variant_lookup (g_ptr_array_index (clauses, 0), "text", "&s", &first);
    g_variant_lookup (g_ptr_array_index (clauses, 1), "text", "&s", &second);
    g_assert_cmpstr (first, ==, CLAUSE_OPINION);
    g_assert_cmpstr (second, ==, CLAUSE_ASSIGNMENT);
  }
  documents = rows_of (j, "document", "item_id", j->item_id);
  g_assert_cmpuint (documents->len, ==, 1);
  {
    const char *title = NULL;

    g_variant_lookup (g_ptr_array_index (documents, 0), "title", "&s", &title);
    g_assert_cmpstr (title, ==, DOCUMENT);
  }
  scroll_to (ber_test_require_widget (root, GTK_TYPE_FLOW_BOX, NULL));
  ber_test_screenshot (GTK_WIDGET (j->window), "08-ready.png");
}

static BerFormDialog *
new_meeting_form (Journey *j)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (j->window), "win.new-entry", NULL));
  ber_test_spin ();
  return ber_test_visible_form ();
}

static guint
entry_position (BerMeetingPage *page,
                const char     *title)
{
  GListModel *entries = ber_meeting_page_get_entries (page);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(BerAgendaEntry) entry = g_list_model_get_item (entries, i);

      if (g_strcmp0 (ber_agenda_entry_get_title (entry), title) == 0)
        return i;
    }
  return G_MAXUINT;
}

/* 3. A meeting of the routed body before the reply date, the item on its locked agenda. */
static void
plan_meeting (Journey *j)
{
  BerMeetingPage *page;
  BerFormDialog *form;
  guint n_before, position;
  gint64 entry_id;
  int paragraph = 0;

  show_section (agenda_view (j), "Meetings");
  form = new_meeting_form (j);
  /* The committee made in this session is offered at once. */
  /* The body just made is offered: choosing it fails otherwise. */
  ber_test_select_choice (GTK_WIDGET (form), "_Body", RUN);
  ber_test_set_entry_row (GTK_WIDGET (form), "Date", j->held_on);
  ber_test_set_entry_row (GTK_WIDGET (form), "Starts At (HH:MM)", "13:00");
  ber_test_set_entry_row (GTK_WIDGET (form), "Place", "Regionhuset, sammanträdesrum Luleälven");
  ber_test_screenshot (GTK_WIDGET (form), "09-new-meeting.png");
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin ();

  page = BER_MEETING_PAGE (ber_test_require_widget (agenda_view (j), BER_TYPE_MEETING_PAGE, NULL));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  j->meeting_id = ber_meeting_page_get_meeting_id (page);
  g_assert_cmpint (j->meeting_id, >, 0);
  g_assert_cmpint (column_id (j, "meeting", j->meeting_id, "body_id"), ==, j->run_id);
  {
    g_autofree char *held_on = ber_test_column_text (j->store, "meeting", j->meeting_id, "held_on");

    g_assert_cmpstr (held_on, ==, j->held_on);
    g_assert_cmpstr (held_on, >, ber_store_get_today (j->store));
    g_assert_cmpstr (held_on, <, j->reply_by);
  }
  n_before = g_list_model_get_n_items (ber_meeting_page_get_entries (page));

  /* The item's page, still open in Items, now names this meeting as the last that can decide. */
  {
    GtkWidget *row = ber_test_require_widget (GTK_WIDGET (item_page (j)), ADW_TYPE_ACTION_ROW,
                                              "Latest Meeting That Can Decide");
    g_autofree char *expected = g_strdup_printf ("%s, %s", RUN, j->held_on);

    g_assert_true (gtk_widget_get_visible (row));
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, expected);
  }

  /* Add, Ready Items: the item waits for this body. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.add-items", NULL));
  ber_test_spin ();
  form = ber_test_visible_form ();
  {
    GtkWidget *row = ber_test_require_widget (GTK_WIDGET (form), ADW_TYPE_ACTION_ROW, TITLE);

    gtk_check_button_set_active (
        GTK_CHECK_BUTTON (ber_test_require_widget (row, GTK_TYPE_CHECK_BUTTON, NULL)), TRUE);
  }
  ber_test_screenshot (GTK_WIDGET (form), "10-add-ready-items.png");
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (ber_meeting_page_get_entries (page)), ==,
                    n_before + 1);
  position = entry_position (page, TITLE);
  g_assert_cmpuint (position, <, n_before + 1);
  assert_status (j, "on-agenda");
  assert_history (j, (const char * const[]) { ">received", "received>assessed",
                                              "assessed>in-preparation",
                                              "in-preparation>ready", "ready>on-agenda", NULL });

  /* Lock the agenda, confirmed in its dialog: every entry gets its §. */
  ber_test_click_sensitive (GTK_WIDGET (page), "_Lock Agenda…");
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
    AdwMessageDialog *dialog = NULL;

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
        dialog = l->data;
    g_assert_nonnull (dialog);
    ber_test_screenshot (GTK_WIDGET (dialog), "11-lock-dialog.png");
    adw_message_dialog_response (dialog, "lock");
  }
  ber_test_spin ();
  {
    g_autofree char *status = ber_test_column_text (j->store, "meeting", j->meeting_id, "status");

    g_assert_cmpstr (status, ==, "agenda-locked");
  }
  {
    g_autoptr(BerAgendaEntry) entry =
      g_list_model_get_item (ber_meeting_page_get_entries (page), position);

    entry_id = ber_record_get_id (BER_RECORD (entry));
    g_object_get (entry, "paragraph", &paragraph, NULL);
  }
  g_assert_cmpint (paragraph, >, 0);
  g_assert_cmpint (column_id (j, "agenda_entry", entry_id, "item_id"), ==, j->item_id);
  g_assert_cmpint (column_id (j, "agenda_entry", entry_id, "paragraph"), ==, paragraph);
  /* The case officer presents the item. */
  g_assert_cmpint (column_id (j, "agenda_entry", entry_id, "presenter_id"), ==, j->officer_id);
  {
    g_autofree char *text = ber_test_visible_labels (GTK_WIDGET (page));
    g_autofree char *number = g_strdup_printf ("§ %d", paragraph);

    g_assert_nonnull (strstr (text, number));
    g_assert_nonnull (strstr (text, TITLE));
  }
  ber_test_screenshot (GTK_WIDGET (j->window), "12-agenda-locked.png");
}

/* Ticks @name in the minutes' attendance list, found by its search, in @role. */
static void
tick_attendee (BerFormDialog *form,
               const char    *name,
               const char    *role)
{
  GtkWidget *search = ber_test_require_widget (GTK_WIDGET (form), GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkWidget *check;
  GtkDropDown *roles;
  GListModel *labels;

  gtk_editable_set_text (GTK_EDITABLE (search), name);
  ber_test_spin_until_quiet (200);
  check = ber_test_require_widget (GTK_WIDGET (form), GTK_TYPE_CHECK_BUTTON, name);
  roles = GTK_DROP_DOWN (ber_test_require_widget (gtk_widget_get_parent (check),
                                                  GTK_TYPE_DROP_DOWN, NULL));
  labels = gtk_drop_down_get_model (roles);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), role))
      gtk_drop_down_set_selected (roles, i);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  ber_test_spin_until_quiet (200);
}

/* 4. The decision as proposed, attendance, and the minutes approved and posted. */
static void
record_minutes (Journey *j)
{
  BerMeetingPage *page
      = BER_MEETING_PAGE (ber_test_require_widget (agenda_view (j), BER_TYPE_MEETING_PAGE, NULL));
  g_autoptr(GPtrArray) decided = NULL;
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(GPtrArray) recipients = NULL;
  GtkStringObject *choice;
  BerFormDialog *form;
  gint64 entry_id;

  /* Before the day of the meeting the notice is its next step, not the minutes. */
  g_assert_true (gtk_widget_get_visible (
      ber_test_require_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, "_Print Notice…")));
  g_assert_false (gtk_widget_get_visible (
      ber_test_require_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, "Record _Minutes…")));
  /* The day of the meeting comes. */
  ber_store_set_today (j->store, j->held_on);
  ber_meeting_page_reload (page);

  ber_meeting_page_select (page, entry_position (page, TITLE));
  {
    g_autoptr(BerAgendaEntry) entry =
      g_list_model_get_item (ber_meeting_page_get_entries (page), entry_position (page, TITLE));

    entry_id = ber_record_get_id (BER_RECORD (entry));
  }
  ber_test_click_sensitive (GTK_WIDGET (page), "_Decision…");
  form = ber_test_visible_form ();
  /* An item's decision starts as proposed. */
  choice = adw_combo_row_get_selected_item (
      ADW_COMBO_ROW (ber_test_require_widget (GTK_WIDGET (form), ADW_TYPE_COMBO_ROW, "_Decision")));
  g_assert_cmpstr (gtk_string_object_get_string (choice), ==, "As proposed");
  type_into_area (GTK_WIDGET (form), "_Exp till, one recipient a line",
                  "Regiondirektören\nEuropeiska kommissionen");
  ber_test_screenshot (GTK_WIDGET (form), "13-decision.png");
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin ();
  {
    g_autofree char *decision
        = ber_test_column_text (j->store, "agenda_entry", entry_id, "decision");

    g_assert_cmpstr (decision, ==, "as-proposed");
  }
  /* As proposed: the proposal's clauses are the decision's. */
  decided = rows_of (j, "clause", "agenda_entry_id", entry_id);
  g_assert_cmpuint (decided->len, ==, 2);
  recipients = rows_of (j, "distribution", "agenda_entry_id", entry_id);
  g_assert_cmpuint (recipients->len, ==, 2);

  ber_test_click_sensitive (GTK_WIDGET (page), "Record _Minutes…");
  form = ber_test_visible_form ();
  ber_test_select_choice (GTK_WIDGET (form), "Minutes _Checker", MEMBER);
  ber_test_set_entry_row (GTK_WIDGET (form), "Date of Approval (Justering)", j->approved_on);
  ber_test_set_entry_row (GTK_WIDGET (form), "Date of Posting (Anslag)", j->posted_on);
  tick_attendee (form, CHAIR, "Chair");
  tick_attendee (form, MEMBER, "Member");
  tick_attendee (form, OFFICER, "Official");
  ber_test_screenshot (GTK_WIDGET (form), "14-minutes.png");
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin ();

  {
    g_autofree char *status = ber_test_column_text (j->store, "meeting", j->meeting_id, "status");
    g_autofree char *approved
        = ber_test_column_text (j->store, "meeting", j->meeting_id, "approved_on");
    g_autofree char *posted
        = ber_test_column_text (j->store, "meeting", j->meeting_id, "posted_on");

    g_assert_cmpstr (status, ==, "minutes-approved");
    g_assert_cmpstr (approved, ==, j->approved_on);
    g_assert_cmpstr (posted, ==, j->posted_on);
    g_assert_cmpint (column_id (j, "meeting", j->meeting_id, "checker_id"), ==, j->member_id);
  }
  attendance = rows_of (j, "attendance", "meeting_id", j->meeting_id);
  g_assert_cmpuint (attendance->len, ==, 3);
  for (guint i = 0; i < attendance->len; i++)
    {
      GVariant *row = g_ptr_array_index (attendance, i);
      gint64 person = 0;
      const char *role = NULL;

      g_variant_lookup (row, "person_id", "x", &person);
      g_variant_lookup (row, "role", "&s", &role);
      if (person == j->officer_id)
        g_assert_cmpstr (role, ==, "official");
      else if (person == j->chair_id)
        g_assert_cmpstr (role, ==, "chair");
      else
        g_assert_cmpstr (role, ==, "member");
    }
  assert_status (j, "decided");
  assert_history (j, (const char * const[]) { ">received", "received>assessed",
                                              "assessed>in-preparation",
                                              "in-preparation>ready", "ready>on-agenda",
                                              "on-agenda>decided", NULL });
  ber_test_screenshot (GTK_WIDGET (j->window), "15-minutes-approved.png");
}

/* The follow-up row's button labelled @label, of the decision @text, or %NULL. */
static GtkWidget *
followup_button (GtkWidget  *root,
                 const char *text,
                 const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      BerFollowup *followup = g_object_get_data (G_OBJECT (child), "followup");
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && followup != NULL
          && g_strcmp0 (ber_followup_get_text (followup), text) == 0
          && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      found = followup_button (child, text, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether the follow-up list shows decision @text. */
static gboolean
followup_shows (GtkWidget  *view,
                const char *text)
{
  GListModel *model = ber_register_view_get_model (BER_REGISTER_VIEW (view));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BerFollowup) followup = g_list_model_get_item (model, i);

      if (g_strcmp0 (ber_followup_get_text (followup), text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* 5. The assignment in the follow-up list: who, by when, then done. */
static void
follow_up (Journey *j)
{
  GtkWidget *view;
  GtkWidget *button;
  BerFormDialog *form;
  gint64 clause_id = 0;
  guint n_before;

  show_section (agenda_view (j), "Follow-Up");
  view = ber_test_require_widget (agenda_view (j), BER_TYPE_FOLLOWUP_VIEW, NULL);
  ber_test_spin_until_quiet (200);
  n_before = ber_followup_view_get_n_shown (BER_FOLLOWUP_VIEW (view));

  /* Only the assignment is followed up, not the opinion. */
  g_assert_true (followup_shows (view, CLAUSE_ASSIGNMENT));
  g_assert_false (followup_shows (view, CLAUSE_OPINION));
  /* Searched for, it is the one row, and nobody is responsible yet. */
  gtk_editable_set_text (
      GTK_EDITABLE (ber_test_require_widget (view, GTK_TYPE_SEARCH_ENTRY, NULL)), "uppdra");
  ber_test_spin_until_quiet (300);
  g_assert_nonnull (ber_test_find_widget (view, GTK_TYPE_LABEL, "nobody responsible yet"));
  ber_test_screenshot (GTK_WIDGET (j->window), "16-follow-up.png");

  button = followup_button (view, CLAUSE_ASSIGNMENT, "_Assign…");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ber_test_spin ();
  form = ber_test_visible_form ();
  ber_test_select_choice (GTK_WIDGET (form), "Responsible", OFFICER);
  ber_test_set_entry_row (GTK_WIDGET (form), "Due", j->due_on);
  ber_test_screenshot (GTK_WIDGET (form), "17-assign.png");
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin_until_quiet (300);

  /* The list shows at once who and by when. */
  g_assert_nonnull (ber_test_find_widget (view, GTK_TYPE_LABEL, OFFICER));
  g_assert_nonnull (ber_test_find_widget (view, GTK_TYPE_LABEL, j->due_on));
  {
    g_autoptr(BerQuery) query = ber_query_new ("clause");
    g_autoptr(GPtrArray) rows = NULL;
    const char *due = NULL;

    ber_query_add_condition (query, "text", BER_QUERY_EQ,
                             g_variant_new_string (CLAUSE_ASSIGNMENT));
    ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_NOT_NULL, NULL);
    rows = ber_store_select (j->store, query, 0, 2, NULL);
    g_assert_cmpuint (rows->len, ==, 1);
    g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &clause_id);
    g_variant_lookup (g_ptr_array_index (rows, 0), "due_on", "&s", &due);
    g_assert_cmpstr (due, ==, j->due_on);
    g_assert_cmpint (column_id (j, "clause", clause_id, "responsible_id"), ==, j->officer_id);
  }
  ber_test_screenshot (GTK_WIDGET (j->window), "18-assigned.png");

  button = followup_button (view, CLAUSE_ASSIGNMENT, "Mark _Done");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ber_test_spin_until_quiet (300);
  {
    g_autofree char *completed
        = ber_test_column_text (j->store, "clause", clause_id, "completed_on");

    g_assert_cmpstr (completed, ==, ber_store_get_today (j->store));
  }
  g_assert_false (followup_shows (view, CLAUSE_ASSIGNMENT));
  gtk_editable_set_text (
      GTK_EDITABLE (ber_test_require_widget (view, GTK_TYPE_SEARCH_ENTRY, NULL)), "");
  ber_test_spin_until_quiet (300);
  g_assert_cmpuint (ber_followup_view_get_n_shown (BER_FOLLOWUP_VIEW (view)), ==, n_before - 1);
  ber_test_screenshot (GTK_WIDGET (j->window), "19-done.png");
}

/* 6. Back on the item's page, still open in Items: dispatched. */
static void
dispatch (Journey *j)
{
  g_autoptr(GPtrArray) clauses = NULL;
  BerItemPage *page;
  GtkWidget *root;

  show_section (agenda_view (j), "Items");
  page = item_page (j);
  root = GTK_WIDGET (page);
  g_assert_true (gtk_widget_get_mapped (root));
  /* The page follows what the meeting did to the item. */
  g_assert_nonnull (ber_test_find_widget (root, ADW_TYPE_ACTION_ROW, "Decided"));
  g_assert_nonnull (ber_test_find_widget (root, ADW_TYPE_ACTION_ROW, "On agenda → Decided"));
  /* Decided: no meeting to look for any more; the decision names its meeting. */
  {
    GtkWidget *row = ber_test_find_widget (root, ADW_TYPE_ACTION_ROW,
                                           "Latest Meeting That Can Decide");
    GtkWidget *decision = ber_test_require_widget (root, ADW_TYPE_PREFERENCES_GROUP, "Decision");
    g_autofree char *meeting = g_strdup_printf ("%s, %s", RUN, j->held_on);
    g_autofree char *shown = ber_test_visible_text (decision);

    g_assert_true (row == NULL || !gtk_widget_get_visible (row));
    g_assert_true (gtk_widget_get_visible (decision));
    g_assert_nonnull (strstr (shown, meeting));
  }
  scroll_to (ber_test_require_widget (root, GTK_TYPE_FLOW_BOX, NULL));
  ber_test_screenshot (GTK_WIDGET (j->window), "20-decided.png");

  ber_test_click_sensitive (root, "Mark D_ispatched");
  assert_status (j, "dispatched");
  assert_history (j, (const char * const[]) { ">received", "received>assessed",
                                              "assessed>in-preparation",
                                              "in-preparation>ready", "ready>on-agenda",
                                              "on-agenda>decided", "decided>dispatched", NULL });
  g_assert_nonnull (ber_test_find_widget (root, ADW_TYPE_ACTION_ROW, "Decided → Dispatched"));
  /* Nothing further to do with it. */
  g_assert_null (ber_test_find_widget (root, GTK_TYPE_FLOW_BOX_CHILD, NULL));
  scroll_to (ber_test_require_widget (root, GTK_TYPE_LABEL, "Status History"));
  ber_test_screenshot (GTK_WIDGET (j->window), "21-dispatched.png");

  /* Nothing typed on the page was lost on the way. */
  clauses = rows_of (j, "clause", "item_id", j->item_id);
  g_assert_cmpuint (clauses->len, ==, 2);

  g_assert_true (gtk_widget_activate_action (root, "page.close", NULL));
  for (guint i = 0; i < 20 && gtk_widget_get_mapped (root); i++)
    ber_test_spin ();
  g_assert_false (gtk_widget_get_mapped (root));
  ber_test_screenshot (GTK_WIDGET (j->window), "22-items.png");
}

static void
finish (Journey *j)
{
  gpointer weak = j->window;
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) j->window)
      gtk_window_destroy (l->data);

  /* A window lives on until its daily backup thread has finished. */
  g_object_add_weak_pointer (G_OBJECT (j->window), &weak);
  gtk_window_destroy (GTK_WINDOW (j->window));
  g_assert_true (ber_test_spin_until (ber_test_is_null, &weak));
  ber_test_spin_idle ();
  g_application_quit (G_APPLICATION (j->app));
  g_object_unref (j->app);
}

static void
test_eu_consultation (void)
{
  Journey j = { 0 };

  j.dir = ber_test_make_tmpdir ();

  start (&j);
  add_body (&j);
  add_persons (&j);
  register_item (&j);
  assess_and_prepare (&j);
  plan_meeting (&j);
  record_minutes (&j);
  follow_up (&j);
  dispatch (&j);
  finish (&j);

  ber_test_remove_tree (j.dir);
  g_free (j.dir);
  g_free (j.received_on);
  g_free (j.reply_by);
  g_free (j.held_on);
  g_free (j.approved_on);
  g_free (j.posted_on);
  g_free (j.due_on);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GTK_A11Y", "none", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/journey-ui/eu-consultation", test_eu_consultation);

  return g_test_run ();
}
