/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The items register in a real window: the demo items, overdue reply dates
 * marked, filters and search; a new EU consultation registered through the
 * page (a duplicate diary number and a reply date before the received date
 * refused in words), assessed and routed with the suggestion, and taken
 * through the workflow to ready, with its history on the page. The list as
 * it is filtered, exported to CSV through the save dialog and read back; an
 * unwritable folder refused in a toast.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ber-csv.h"
#include "ber-date.h"
#include "ber-form-dialog.h"
#include "ber-item-page.h"
#include "ber-items-view.h"
#include "ber-model.h"
#include "ber-record-row.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"

typedef struct
{
  char            *dir;
  BerStore        *store;
  BerContext      *context;
  GtkWindow       *window;
  AdwToastOverlay *overlay;
  BerItemsView    *view;
} Fixture;

/* The search entry waits a moment before it searches; slower under a sanitizer. */
static void
spin_until_changed (GListModel *model,
                    guint       n_before)
{
  ber_test_spin ();
  for (guint i = 0; i < 30 && g_list_model_get_n_items (model) == n_before; i++)
    ber_test_spin ();
}

static GtkWidget *
find_dropdown (Fixture *f,
               guint    nth)
{
  GtkWidget *popover_grid = gtk_widget_get_parent (
      ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_CHECK_BUTTON, "Reply _due within"));
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (popover_grid); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_DROP_DOWN (child) && n++ == nth)
      return child;
  g_assert_not_reached ();
  return NULL;
}

static void
select_label (GtkWidget  *row_or_dropdown,
              const char *label)
{
  GListModel *model = GTK_IS_DROP_DOWN (row_or_dropdown)
                        ? gtk_drop_down_get_model (GTK_DROP_DOWN (row_or_dropdown))
                        : adw_combo_row_get_model (ADW_COMBO_ROW (row_or_dropdown));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      {
        if (GTK_IS_DROP_DOWN (row_or_dropdown))
          gtk_drop_down_set_selected (GTK_DROP_DOWN (row_or_dropdown), i);
        else
          adw_combo_row_set_selected (ADW_COMBO_ROW (row_or_dropdown), i);
        return;
      }
  g_error ("“%s” is not a choice", label);
}

static guint
count (Fixture    *f,
       BerQuery   *query)
{
  guint n = 0;

  g_assert_true (ber_store_count (f->store, query, &n, NULL));
  return n;
}

static const char * const open_statuses[] = { "received", "assessed", "in-preparation", "ready",
                                              "on-agenda", NULL };

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_DEMO, &f->dir);
  ber_store_set_user (f->store, "tester");
  f->context = ber_context_new (f->store);
  f->window = GTK_WINDOW (gtk_window_new ());
  f->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  f->view = BER_ITEMS_VIEW (ber_items_view_new ());
  gtk_window_set_default_size (f->window, 1200, 800);
  adw_toast_overlay_set_child (f->overlay, GTK_WIDGET (f->view));
  gtk_window_set_child (f->window, GTK_WIDGET (f->overlay));
  g_object_set (f->view, "context", f->context, NULL);
  gtk_window_present (f->window);
  ber_test_spin ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  ber_test_spin ();
  g_object_unref (f->context);
  g_object_unref (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The reply-by date of the open item whose reply is the most overdue is
 * shown in its row, in red. */
static void
assert_overdue_shown (Fixture *f)
{
  g_autoptr(BerQuery) overdue = ber_query_new ("item");
  g_autoptr(GPtrArray) rows = NULL;
  const char *reply_by = NULL;
  GtkWidget *label;

  ber_query_add_condition (overdue, "reply_by", BER_QUERY_LT,
                           g_variant_new_string (ber_store_get_today (f->store)));
  ber_query_add_in (overdue, "status", open_statuses);
  ber_query_add_order (overdue, "reply_by", TRUE);
  rows = ber_store_select (f->store, overdue, 0, 1, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "reply_by", "&s", &reply_by);
  label = ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_LABEL, reply_by);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_has_css_class (label, "overdue"));
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  GListModel *model = ber_items_view_get_model (f->view);
  g_autoptr(BerQuery) all = ber_query_new ("item");
  guint n_items = count (f, all);

  g_assert_cmpuint (n_items, >=, 9);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_items);
  {
    gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

    while (ber_items_view_get_counting_due (f->view) && g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpuint (ber_items_view_get_n_due (f->view), >, 0);

  /* An open item whose reply date has passed is shown in red. */
  assert_overdue_shown (f);
  ber_test_screenshot (GTK_WIDGET (f->window), "items-list.png");
}

static gboolean
pages_read (gpointer list)
{
  return !ber_record_list_get_reading_pages (BER_RECORD_LIST (list));
}

/* Rows whose page a worker reads are bound to placeholders first: each
 * cell shows the record once it is read, the reply-by date and its colour
 * too. */
static void
test_rows_read_in_worker (Fixture       *f,
                          gconstpointer  data)
{
  GListModel *model = ber_items_view_get_model (f->view);
  BerListFilter *filter = ber_register_view_get_filter (BER_REGISTER_VIEW (f->view));

  g_assert_true (BER_IS_RECORD_LIST (model));
  ber_record_list_set_page_limit (BER_RECORD_LIST (model), 0);
  /* Another order: no page of the one before is kept. */
  ber_list_filter_set_order (filter, BER_ITEMS_ORDER_TITLE, FALSE);
  ber_test_spin ();
  g_assert_true (ber_test_spin_until (pages_read, model));
  ber_test_spin ();
  assert_overdue_shown (f);
}

static void
test_filters_and_search (Fixture       *f,
                         gconstpointer  data)
{
  GListModel *model = ber_items_view_get_model (f->view);
  GtkWidget *search = ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkWidget *overdue_check
      = ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_CHECK_BUTTON, "_Overdue only");
  g_autoptr(BerQuery) all = ber_query_new ("item");
  g_autoptr(BerQuery) received = ber_query_new ("item");
  g_autoptr(BerQuery) consultations = ber_query_new ("item");
  g_autoptr(BerQuery) overdue = ber_query_new ("item");
  guint n_all = count (f, all);

  ber_query_add_condition (received, "status", BER_QUERY_EQ, g_variant_new_string ("received"));
  ber_query_add_condition (consultations, "type", BER_QUERY_EQ,
                           g_variant_new_string ("eu-consultation"));
  ber_query_add_condition (overdue, "reply_by", BER_QUERY_LT,
                           g_variant_new_string (ber_store_get_today (f->store)));
  ber_query_add_in (overdue, "status", open_statuses);

  select_label (find_dropdown (f, 0), "Received");
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, count (f, received));
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  select_label (find_dropdown (f, 0), "All statuses");

  select_label (find_dropdown (f, 1), "EU consultation");
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, count (f, consultations));
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 2);
  select_label (find_dropdown (f, 1), "All types");

  gtk_check_button_set_active (GTK_CHECK_BUTTON (overdue_check), TRUE);
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, count (f, overdue));
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (overdue_check), FALSE);
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_all);

  gtk_editable_set_text (GTK_EDITABLE (search), "sammanhållningspolitik");
  spin_until_changed (model, n_all);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BerItem) item = g_list_model_get_item (model, i);
      g_autofree char *description = NULL;

      g_object_get (item, "description", &description, NULL);
      g_assert_true (strstr (ber_item_get_title (item), "ammanhållningspolitik") != NULL
                     || strstr (description, "ammanhållningspolitik") != NULL);
    }
  gtk_editable_set_text (GTK_EDITABLE (search), "ingen sådan sak finns");
  spin_until_changed (model, g_list_model_get_n_items (model));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_parent (
                       ber_test_find_widget (GTK_WIDGET (f->view), ADW_TYPE_STATUS_PAGE, NULL)))),
                   ==, "no-results");
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  spin_until_changed (model, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_all);
}

static char *
status_of (Fixture *f,
           gint64   id)
{
  g_autoptr(GVariant) row = ber_store_get (f->store, "item", id, NULL);
  char *status = NULL;

  g_variant_lookup (row, "status", "s", &status);
  return status;
}

static void
test_new_consultation (Fixture       *f,
                       gconstpointer  data)
{
  GListModel *model = ber_items_view_get_model (f->view);
  g_autoptr(BerQuery) existing = ber_query_new ("item_list");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(BerQuery) transitions = ber_query_new ("item_transition");
  g_autofree char *received = ber_date_add_days (ber_store_get_today (f->store), -2);
  g_autofree char *too_early = ber_date_add_days (ber_store_get_today (f->store), -10);
  g_autofree char *reply_by = ber_date_add_days (ber_store_get_today (f->store), 60);
  g_autofree char *status = NULL;
  const char *taken = NULL, *taken_body = NULL;
  gint64 taken_year = 0;
  guint n_before = g_list_model_get_n_items (model);
  GtkWidget *page, *error_label, *suggestion, *clause;
  BerItem *item;
  BerFormDialog *form;
  gint64 id, routed = 0, run_id = 0;

  /* A diary number already taken: the first RS item's. */
  ber_query_add_condition (existing, "diary_body_name", BER_QUERY_EQ, g_variant_new_string ("RS"));
  ber_query_add_order (existing, "id", FALSE);
  rows = ber_store_select (f->store, existing, 0, 1, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "diary_number", "&s", &taken);
  g_variant_lookup (g_ptr_array_index (rows, 0), "diary_year", "x", &taken_year);
  taken_body = "Regionstyrelsen";

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.new", NULL));
  ber_test_spin ();
  page = ber_test_find_widget (GTK_WIDGET (f->view), BER_TYPE_ITEM_PAGE, NULL);
  g_assert_true (gtk_widget_get_mapped (page));
  error_label = gtk_revealer_get_child (
      GTK_REVEALER (ber_test_find_widget (page, GTK_TYPE_REVEALER, NULL)));

  gtk_editable_set_text (GTK_EDITABLE (ber_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Title")),
                         "EU-samråd om den digitala inre marknaden");
  select_label (ber_test_find_widget (page, ADW_TYPE_COMBO_ROW, "Type"), "EU consultation");
  ber_test_select_choice (page, "Diary of Body", taken_body);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ber_test_find_widget (
                                 ber_test_find_widget (page, ADW_TYPE_ACTION_ROW, "Diary Year"),
                                 GTK_TYPE_SPIN_BUTTON, NULL)),
                             (double) taken_year);
  gtk_editable_set_text (
      GTK_EDITABLE (ber_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Diary Number")), taken);
  gtk_editable_set_text (GTK_EDITABLE (ber_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Received")),
                         received);
  gtk_editable_set_text (GTK_EDITABLE (ber_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Reply By")),
                         too_early);

  /* Reply-by before received: refused before anything is written. */
  g_assert_false (ber_item_page_save (BER_ITEM_PAGE (page)));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "before"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before);

  /* A duplicate diary number: the store's words, and nothing typed lost. */
  gtk_editable_set_text (GTK_EDITABLE (ber_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Reply By")),
                         reply_by);
  g_assert_false (ber_item_page_save (BER_ITEM_PAGE (page)));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (error_label)), "diary number"));
  g_assert_cmpstr (gtk_editable_get_text (
                       GTK_EDITABLE (ber_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Title"))),
                   ==, "EU-samråd om den digitala inre marknaden");
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before);

  gtk_editable_set_text (
      GTK_EDITABLE (ber_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Diary Number")),
      "RS 999/2026");
  g_assert_true (ber_item_page_save (BER_ITEM_PAGE (page)));
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_before + 1);
  item = ber_item_page_get_item (BER_ITEM_PAGE (page));
  id = ber_record_get_id (BER_RECORD (item));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (ber_item_get_reply_by (item), ==, reply_by);

  /* Assessment: the subject area brings a suggestion, used with one click. */
  ber_test_select_choice (page, "Subject Area", "Regional utveckling");
  select_label (ber_test_find_widget (page, ADW_TYPE_COMBO_ROW, "Relevant"), "Relevant");
  ber_test_spin ();
  suggestion
      = ber_test_find_widget (page, ADW_TYPE_ACTION_ROW, "Suggested: Regionala utvecklingsnämnden");
  g_assert_nonnull (suggestion);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (suggestion)), !=, "");
  ber_test_click (suggestion, "_Use");
  ber_test_screenshot (GTK_WIDGET (f->window), "item-assessed.png");

  /* A clause of the proposal, through its form. */
  g_assert_true (gtk_widget_activate_action (page, "page.add-clause", NULL));
  ber_test_spin ();
  form = ber_test_visible_form ();
  gtk_editable_set_text (
      GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Clause")),
      "att lämna synpunkter i EU-samrådet");
  ber_test_screenshot (GTK_WIDGET (form), "clause-dialog.png");
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin ();

  /* A second clause, moved above the first with Alt+Up from the keyboard. */
  g_assert_true (gtk_widget_activate_action (page, "page.add-clause", NULL));
  ber_test_spin ();
  form = ber_test_visible_form ();
  gtk_editable_set_text (
      GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (form), ADW_TYPE_ENTRY_ROW, "Clause")),
      "att uppdra åt regiondirektören att lämna synpunkterna");
  g_assert_true (ber_form_dialog_save (form));
  ber_test_spin ();
  clause = ber_test_find_widget (page, ADW_TYPE_ACTION_ROW,
                                 "att uppdra åt regiondirektören att lämna synpunkterna");
  g_assert_nonnull (clause);
  g_assert_true (gtk_widget_grab_focus (clause));
  g_assert_true (gtk_widget_activate_action (page, "page.clause-up", NULL));
  ber_test_spin ();

  g_assert_true (ber_item_page_save (BER_ITEM_PAGE (page)));
  {
    g_autoptr(BerQuery) clauses = ber_query_new ("clause");
    g_autoptr(GPtrArray) saved = NULL;
    const char *text = NULL;

    ber_query_add_condition (clauses, "item_id", BER_QUERY_EQ, g_variant_new_int64 (id));
    ber_query_add_order (clauses, "position", FALSE);
    saved = ber_store_select (f->store, clauses, 0, 10, NULL);
    g_assert_cmpuint (saved->len, ==, 2);
    g_variant_lookup (g_ptr_array_index (saved, 0), "text", "&s", &text);
    g_assert_cmpstr (text, ==, "att uppdra åt regiondirektören att lämna synpunkterna");
  }
  g_object_get (item, "routed-body-id", &routed, NULL);
  {
    g_autoptr(BerQuery) run = ber_query_new ("body");
    g_autoptr(GPtrArray) bodies = NULL;

    ber_query_add_condition (run, "short_name", BER_QUERY_EQ, g_variant_new_string ("RUN"));
    bodies = ber_store_select (f->store, run, 0, 1, NULL);
    g_variant_lookup (g_ptr_array_index (bodies, 0), "id", "x", &run_id);
  }
  g_assert_cmpint (routed, ==, run_id);

  /* Through the workflow to ready. */
  ber_test_click (page, "Mark _Assessed");
  ber_test_click (page, "Start _Preparation");
  ber_test_click (page, "_Ready for Agenda");
  status = status_of (f, id);
  g_assert_cmpstr (status, ==, "ready");
  g_assert_nonnull (ber_test_find_widget (page, GTK_TYPE_BUTTON, "Put on A_genda"));
  g_assert_null (ber_test_find_widget (page, GTK_TYPE_BUTTON, "Mark _Assessed"));

  ber_query_add_condition (transitions, "item_id", BER_QUERY_EQ, g_variant_new_int64 (id));
  /* Registered, then three steps. */
  g_assert_cmpuint (count (f, transitions), ==, 4);
  g_assert_nonnull (ber_test_find_widget (page, ADW_TYPE_ACTION_ROW, "Received → Assessed"));
  g_assert_nonnull (
      ber_test_find_widget (page, ADW_TYPE_ACTION_ROW, "In preparation → Ready for agenda"));
  {
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (
        GTK_SCROLLED_WINDOW (ber_test_find_widget (page, GTK_TYPE_SCROLLED_WINDOW, NULL)));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    ber_test_screenshot (GTK_WIDGET (f->window), "item-workflow.png");
  }

  /* Writing off asks for a reason. */
  ber_test_click (page, "_Write Off…");
  form = ber_test_visible_form ();
  g_assert_false (ber_form_dialog_save (form));
  gtk_widget_set_visible (GTK_WIDGET (form), FALSE);
  gtk_window_destroy (GTK_WINDOW (form));
  ber_test_spin ();
  g_clear_pointer (&status, g_free);
  status = status_of (f, id);
  g_assert_cmpstr (status, ==, "ready");

  /* Back to the list. */
  g_assert_true (gtk_widget_activate_action (page, "page.close", NULL));
  /* The stack slides back; under load the transition takes a while. */
  for (guint i = 0; i < 20 && gtk_widget_get_mapped (page); i++)
    ber_test_spin ();
  g_assert_false (gtk_widget_get_mapped (page));
}

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        return child;
      found = find_action_button (child, action_name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_toast (GtkWidget *root)
{
  GType toast_type = g_type_from_name ("AdwToastWidget");

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (toast_type != 0 && G_TYPE_CHECK_INSTANCE_TYPE (child, toast_type))
        return child;
      found = find_toast (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The text of the toast on show, which is then dismissed with its close button. */
static char *
take_toast (Fixture *f)
{
  GtkWidget *toast = NULL;
  GtkWidget *label;
  char *text;

  for (guint i = 0; i < 30 && toast == NULL; i++)
    {
      ber_test_spin ();
      toast = find_toast (GTK_WIDGET (f->overlay));
    }
  g_assert_nonnull (toast);
  label = ber_test_find_widget (toast, GTK_TYPE_LABEL, NULL);
  g_assert_nonnull (label);
  text = g_strdup (gtk_label_get_text (GTK_LABEL (label)));
  for (GtkWidget *button = ber_test_find_widget (toast, GTK_TYPE_BUTTON, NULL); button != NULL;
       button = gtk_widget_get_next_sibling (button))
    if (GTK_IS_BUTTON (button) && gtk_widget_get_visible (button))
      {
        g_signal_emit_by_name (button, "clicked");
        break;
      }
  for (guint i = 0; i < 20 && find_toast (GTK_WIDGET (f->overlay)) != NULL; i++)
    ber_test_spin ();
  return text;
}

static BerCsv *
read_csv (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BerCsv *csv;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  /* What Excel needs to read UTF-8, and the separator of Swedish Windows. */
  g_assert_cmpuint (length, >, 3);
  g_assert_cmpmem (contents, 3, "\xef\xbb\xbf", 3);
  g_assert_true (g_utf8_validate (contents + 3, (gssize) length - 3, NULL));
  bytes = g_bytes_new (contents, length);
  csv = ber_csv_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ber_csv_get_separator (csv), ==, ';');
  return csv;
}

static void
test_export_list (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *model = ber_items_view_get_model (f->view);
  GtkWidget *button = find_action_button (GTK_WIDGET (f->view), "view.export");
  GtkWidget *search = ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_autoptr(BerQuery) consultations = ber_query_new ("item_list");
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(BerCsv) csv = NULL;
  g_autofree char *path = NULL;
  g_autofree char *toast = NULL;
  g_autofree char *refused = NULL;
  g_autofree char *titles = NULL;
  g_autoptr(GString) all_titles = g_string_new (NULL);
  const char * const *header;
  guint n_fields = 0;
  guint n_shown;

  g_assert_nonnull (button);
  g_assert_nonnull (gtk_widget_get_tooltip_text (button));
  g_assert_true (gtk_widget_get_sensitive (button));

  /* EU consultations only: the list shows them, newest first. */
  ber_query_add_condition (consultations, "type", BER_QUERY_EQ,
                           g_variant_new_string ("eu-consultation"));
  ber_query_add_order (consultations, "received_on", TRUE);
  ber_query_add_order (consultations, "id", TRUE);
  expected = ber_store_select (f->store, consultations, 0, 1000, NULL);
  select_label (find_dropdown (f, 1), "EU consultation");
  ber_test_spin ();
  n_shown = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_shown, ==, expected->len);
  g_assert_cmpuint (n_shown, >=, 2);

  g_signal_emit_by_name (button, "clicked");
  path = ber_test_answer_save_dialog (f->dir, "EU-samråd.csv");
  g_assert_true (ber_test_wait_for_file (path));
  toast = take_toast (f);
  g_assert_cmpstr (toast, ==, "Saved “EU-samråd.csv”");

  /* The header, then one row per item shown, in the order shown. */
  csv = read_csv (path);
  g_assert_cmpuint (ber_csv_get_n_rows (csv), ==, n_shown + 1);
  header = ber_csv_get_row (csv, 0, &n_fields);
  g_assert_cmpuint (n_fields, ==, 11);
  g_assert_cmpstr (header[0], ==, "Id");
  g_assert_cmpstr (header[1], ==, "Diary number");
  g_assert_cmpstr (header[2], ==, "Title");
  g_assert_cmpstr (header[3], ==, "Type");
  for (guint r = 1; r < ber_csv_get_n_rows (csv); r++)
    {
      const char * const *row = ber_csv_get_row (csv, r, &n_fields);
      g_autoptr(BerItem) shown = g_list_model_get_item (model, r - 1);
      GVariant *item = g_ptr_array_index (expected, r - 1);
      const char *title = NULL;
      gint64 id = 0;

      g_assert_cmpuint (n_fields, ==, 11);
      g_variant_lookup (item, "id", "x", &id);
      g_variant_lookup (item, "title", "&s", &title);
      g_assert_cmpint (g_ascii_strtoll (row[0], NULL, 10), ==, id);
      g_assert_cmpint (ber_record_get_id (BER_RECORD (shown)), ==, id);
      g_assert_cmpstr (row[2], ==, title);
      g_assert_cmpstr (row[3], ==, "EU consultation");
      g_string_append_printf (all_titles, "%s\n", row[2]);
    }
  titles = g_string_free (g_steal_pointer (&all_titles), FALSE);
  g_assert_nonnull (strstr (titles, "EU-samråd om hälso- och sjukvårdens beredskap"));
  g_assert_nonnull (strstr (titles, "Yttrande över förslaget till ny TEN-T-förordning"));

  /* A name typed without an extension becomes a .csv file. */
  {
    g_autofree char *typed = NULL;
    g_autofree char *saved = g_build_filename (f->dir, "Alla ärenden.csv", NULL);
    g_autofree char *message = NULL;
    g_autoptr(BerCsv) again = NULL;

    g_signal_emit_by_name (button, "clicked");
    typed = ber_test_answer_save_dialog (f->dir, "Alla ärenden");
    g_assert_true (ber_test_wait_for_file (saved));
    g_assert_false (g_file_test (typed, G_FILE_TEST_EXISTS));
    message = take_toast (f);
    g_assert_cmpstr (message, ==, "Saved “Alla ärenden.csv”");
    again = read_csv (saved);
    g_assert_cmpuint (ber_csv_get_n_rows (again), ==, n_shown + 1);
  }

  /* A folder that cannot be written: said in words, nothing written. */
  g_signal_emit_by_name (button, "clicked");
  g_free (ber_test_answer_save_dialog ("/sys", "Ärenden.csv"));
  refused = take_toast (f);
  g_assert_nonnull (strstr (refused, "Could not write “/sys/Ärenden.csv”"));
  g_assert_nonnull (strstr (refused, "Choose another folder"));
  g_assert_false (g_file_test ("/sys/Ärenden.csv", G_FILE_TEST_EXISTS));

  /* Nothing shown, nothing to export. */
  gtk_editable_set_text (GTK_EDITABLE (search), "ingen sådan sak finns");
  spin_until_changed (model, n_shown);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (button));
}

/* Going back from an item with changes not saved asks first: Cancel stays,
 * Discard leaves without writing, Save writes and leaves. */
static void
test_unsaved_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(BerQuery) all = ber_query_new ("item");
  guint n_before = count (f, all);
  AdwMessageDialog *dialog;
  GtkWidget *page;

  /* Opened and left untouched: no question. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.new", NULL));
  ber_test_spin ();
  page = ber_test_find_widget (GTK_WIDGET (f->view), BER_TYPE_ITEM_PAGE, NULL);
  g_assert_true (gtk_widget_activate_action (page, "page.close", NULL));
  ber_test_spin ();
  g_assert_null (ber_test_visible_message_dialog (page));
  g_assert_true (ber_test_spin_until (ber_test_is_unmapped, page));

  /* Typed in: Cancel keeps the page and the text. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.new", NULL));
  ber_test_spin ();
  gtk_editable_set_text (GTK_EDITABLE (ber_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Title")),
                         "Inbjudan till Östersjödagarna i Gdańsk");
  g_assert_true (gtk_widget_activate_action (page, "page.close", NULL));
  ber_test_spin ();
  dialog = ber_test_visible_message_dialog (page);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  ber_test_spin ();
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_cmpstr (gtk_editable_get_text (
                       GTK_EDITABLE (ber_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Title"))),
                   ==, "Inbjudan till Östersjödagarna i Gdańsk");

  /* Discard: back to the list, nothing written. */
  g_assert_true (gtk_widget_activate_action (page, "page.close", NULL));
  ber_test_spin ();
  adw_message_dialog_response (ber_test_visible_message_dialog (page), "discard");
  ber_test_spin ();
  g_assert_true (ber_test_spin_until (ber_test_is_unmapped, page));
  g_assert_cmpuint (count (f, all), ==, n_before);

  /* Save: written, then back to the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.new", NULL));
  ber_test_spin ();
  gtk_editable_set_text (GTK_EDITABLE (ber_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Title")),
                         "Inbjudan till Östersjödagarna i Gdańsk");
  g_assert_true (gtk_widget_activate_action (page, "page.close", NULL));
  ber_test_spin ();
  adw_message_dialog_response (ber_test_visible_message_dialog (page), "save");
  ber_test_spin ();
  g_assert_true (ber_test_spin_until (ber_test_is_unmapped, page));
  g_assert_cmpuint (count (f, all), ==, n_before + 1);
}

static char *
column_text (Fixture    *f,
             gint64      id,
             const char *column)
{
  g_autoptr(GVariant) row = ber_store_get (f->store, "item", id, NULL);
  char *text = NULL;

  g_variant_lookup (row, column, "s", &text);
  return text;
}

/* While the page has edits not saved, the item moves on elsewhere: the page
 * shows the new status and keeps what is typed, and its save keeps the
 * other change. A field changed on both sides asks which to keep. */
static void
test_changed_elsewhere (Fixture       *f,
                        gconstpointer  data)
{
  BerItems *items = ber_context_get_items (f->context);
  g_autoptr(BerQuery) received = ber_query_new ("item");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerItem) other = NULL;
  g_autofree char *status = NULL;
  g_autofree char *description = NULL;
  g_autofree char *title = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *page, *area;
  gint64 id = 0;

  ber_query_add_condition (received, "status", BER_QUERY_EQ, g_variant_new_string ("received"));
  ber_query_add_order (received, "id", FALSE);
  rows = ber_store_select (f->store, received, 0, 1, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id);

  ber_items_view_show_item (f->view, id);
  ber_test_spin ();
  page = ber_test_find_widget (GTK_WIDGET (f->view), BER_TYPE_ITEM_PAGE, NULL);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_nonnull (ber_test_find_widget (page, ADW_TYPE_ACTION_ROW, "Received"));

  /* Typed, not saved. */
  area = ber_test_require_widget (gtk_widget_get_parent (
                                    ber_test_require_widget (page, GTK_TYPE_LABEL, "Description")),
                                  GTK_TYPE_TEXT_VIEW, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (area)),
                            "Beskrivning skriven på sidan.", -1);
  g_assert_true (ber_item_page_get_modified (BER_ITEM_PAGE (page)));

  /* Assessed elsewhere: the page follows, and keeps the text. */
  g_assert_true (ber_items_move (items, id, "assessed", NULL, &error));
  g_assert_no_error (error);
  ber_test_spin ();
  g_assert_nonnull (ber_test_find_widget (page, ADW_TYPE_ACTION_ROW, "Assessed"));
  g_assert_nonnull (ber_test_find_widget (page, GTK_TYPE_BUTTON, "Start _Preparation"));
  g_assert_nonnull (ber_test_find_widget (page, ADW_TYPE_ACTION_ROW, "Received → Assessed"));
  g_assert_true (ber_item_page_get_modified (BER_ITEM_PAGE (page)));

  /* Saved: the text written, the status not set back. */
  g_assert_true (ber_item_page_save (BER_ITEM_PAGE (page)));
  status = column_text (f, id, "status");
  description = column_text (f, id, "description");
  g_assert_cmpstr (status, ==, "assessed");
  g_assert_cmpstr (description, ==, "Beskrivning skriven på sidan.");

  /* The same field changed on both sides: asked, and "Keep Mine" keeps it. */
  ber_test_set_entry_row (page, "Title", "Titel ändrad på sidan");
  other = ber_items_load (items, id, &error);
  g_assert_no_error (error);
  g_object_set (other, "title", "Titel ändrad i ett annat fönster", NULL);
  g_assert_true (ber_items_save (items, other, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  ber_test_spin ();
  /* What is typed stays. */
  g_assert_cmpstr (gtk_editable_get_text (
                     GTK_EDITABLE (ber_test_find_widget (page, ADW_TYPE_ENTRY_ROW, "Title"))),
                   ==, "Titel ändrad på sidan");
  g_assert_false (ber_item_page_save (BER_ITEM_PAGE (page)));
  ber_test_spin ();
  dialog = ber_test_visible_message_dialog (page);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "mine");
  ber_test_spin ();
  title = column_text (f, id, "title");
  g_assert_cmpstr (title, ==, "Titel ändrad på sidan");
  g_assert_false (ber_item_page_get_modified (BER_ITEM_PAGE (page)));
  ber_test_screenshot (page, "item-page.png");
}

/* Typing a search while a row is selected reads the count and the rows shown,
 * not every row of the new result (as a selection looking for its row did). */
static void
test_search_reads_what_is_shown (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkColumnView *columns;
  GListModel *model;
  guint fetches, n_before;

  /* Thirty pages of matters about one subject, written with no view on them. */
  g_object_set (f->view, "context", NULL, NULL);
  g_assert_true (ber_store_begin (f->store, &error));
  for (guint i = 0; i < 30 * BER_RECORD_LIST_PAGE_SIZE; i++)
    {
      g_autofree char *title = g_strdup_printf ("Remiss %04u om sammanhållningspolitik", i);
      GVariantBuilder builder;

      g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
      g_variant_builder_add (&builder, "{sv}", "title", g_variant_new_string (title));
      g_variant_builder_add (&builder, "{sv}", "received_on", g_variant_new_string ("2026-01-15"));
      g_variant_builder_add (&builder, "{sv}", "type", g_variant_new_string ("referral"));
      ber_store_insert (f->store, "item", g_variant_builder_end (&builder), &error);
      g_assert_no_error (error);
    }
  g_assert_true (ber_store_commit (f->store, &error));
  g_object_set (f->view, "context", f->context, NULL);
  ber_test_spin ();

  model = ber_items_view_get_model (f->view);
  columns = GTK_COLUMN_VIEW (ber_test_require_widget (GTK_WIDGET (f->view), GTK_TYPE_COLUMN_VIEW,
                                                      NULL));
  g_assert_true (gtk_selection_model_select_item (gtk_column_view_get_model (columns), 0, TRUE));
  ber_test_spin ();
  fetches = ber_record_list_get_n_fetches (BER_RECORD_LIST (model));
  n_before = g_list_model_get_n_items (model);

  gtk_editable_set_text (GTK_EDITABLE (ber_test_require_widget (GTK_WIDGET (f->view),
                                                                GTK_TYPE_SEARCH_ENTRY, NULL)),
                         "sammanhållningspolitik");
  spin_until_changed (model, n_before);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 30 * BER_RECORD_LIST_PAGE_SIZE);
  g_test_message ("pages read for the search: %u",
                  ber_record_list_get_n_fetches (BER_RECORD_LIST (model)) - fetches);
  g_assert_cmpuint (ber_record_list_get_n_fetches (BER_RECORD_LIST (model)) - fetches, <=, 3);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/items-ui/list", test_list);
  ADD ("/items-ui/rows-read-in-worker", test_rows_read_in_worker);
  ADD ("/items-ui/filters-and-search", test_filters_and_search);
  ADD ("/items-ui/new-consultation", test_new_consultation);
  ADD ("/items-ui/export-list", test_export_list);
  ADD ("/items-ui/unsaved-changes", test_unsaved_changes);
  ADD ("/items-ui/changed-elsewhere", test_changed_elsewhere);
  ADD ("/items-ui/search-reads-what-is-shown", test_search_reads_what_is_shown);

  return g_test_run ();
}
