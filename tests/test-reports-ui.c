/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The returned reports in a real window: the demo register's reports with
 * the late ones marked, the Late filter, search in what the reports say, a
 * forum event that makes its attendees owe reports, a report received and
 * brought to the next agenda of its body, and a reminder by mail (its URI,
 * without starting a mail program).
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ber-attendee-list.h"
#include "ber-date.h"
#include "ber-form-dialog.h"
#include "ber-model.h"
#include "ber-report-logic.h"
#include "ber-record-row.h"
#include "ber-report-page.h"
#include "ber-reports-view.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"

typedef struct
{
  char           *dir;
  BerStore       *store;
  BerContext     *context;
  GtkWindow      *window;
  BerReportsView *view;
} Fixture;

/* The mapped labels whose text begins with @prefix and ends with @suffix, with the style
 * class @css_class unless that is %NULL. */
static guint
count_labels_like (GtkWidget  *root,
                   const char *prefix,
                   const char *suffix,
                   const char *css_class)
{
  guint n = 0;

  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root)
      && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (root)), prefix)
      && g_str_has_suffix (gtk_label_get_label (GTK_LABEL (root)), suffix)
      && (css_class == NULL || gtk_widget_has_css_class (root, css_class)))
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_labels_like (child, prefix, suffix, css_class);
  return n;
}

/* The @n-th widget of @type, depth first, counting from 0. */
static GtkWidget *
nth_widget_rec (GtkWidget *root,
                GType      type,
                guint     *n)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (*n)-- == 0)
        return child;
      found = nth_widget_rec (child, type, n);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
nth_widget (GtkWidget *root,
            GType      type,
            guint      n)
{
  return nth_widget_rec (root, type, &n);
}

static gboolean
shows_status_page (GtkWidget  *root,
                   const char *title)
{
  if (ADW_IS_STATUS_PAGE (root) && gtk_widget_get_mapped (root)
      && g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (root)), title) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_status_page (child, title))
      return TRUE;
  return FALSE;
}

/* Whether a label on screen (or about to be revealed) contains @text. */
static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_label (GTK_LABEL (root)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

static GtkDropDown *
status_dropdown (Fixture *f)
{
  GtkWidget *dropdown = ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_DROP_DOWN, NULL);

  g_assert_nonnull (dropdown);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (
                                                 GTK_DROP_DOWN (dropdown))),
                                               2),
                   ==, "Late");
  return GTK_DROP_DOWN (dropdown);
}

static guint
count_rows (BerStore *store,
            BerQuery *query)
{
  guint n = 0;

  g_assert_true (ber_store_count (store, query, &n, NULL));
  return n;
}

static guint
count_late (BerStore *store)
{
  g_autoptr(BerQuery) query = ber_query_new ("report");

  ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("expected"));
  ber_query_add_condition (query, "due_on", BER_QUERY_LT,
                           g_variant_new_string (ber_store_get_today (store)));
  return count_rows (store, query);
}

static GVariant *
values_new (const char *first_key,
            ...)
{
  GVariantBuilder builder;
  va_list args;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    g_variant_builder_add (&builder, "{sv}", key, va_arg (args, GVariant *));
  va_end (args);
  return g_variant_builder_end (&builder);
}

static gint64
find_id (BerStore   *store,
         const char *table,
         const char *column,
         const char *value)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GPtrArray) rows = NULL;
  gint64 id = 0;

  ber_query_add_condition (query, column, BER_QUERY_EQ, g_variant_new_string (value));
  rows = ber_store_select (store, query, 0, 1, NULL);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id);
  return id;
}

static BerReportPage *
open_report (Fixture *f,
             gint64   report_id)
{
  BerReportPage *page;

  ber_reports_view_show_report (f->view, report_id);
  ber_test_spin ();
  page = BER_REPORT_PAGE (ber_test_find_widget (GTK_WIDGET (f->view), BER_TYPE_REPORT_PAGE, NULL));
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  return page;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_DEMO, &f->dir);
  f->context = ber_context_new (f->store);
  f->window = GTK_WINDOW (gtk_window_new ());
  f->view = BER_REPORTS_VIEW (ber_reports_view_new ());
  gtk_window_set_default_size (f->window, 1100, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
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

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  GListModel *model = ber_reports_view_get_model (f->view);
  g_autoptr(BerQuery) all = ber_query_new ("report");
  guint n_late = count_late (f->store);
  guint n_marked = 0;
  guint n_received_late = 0;

  /* Every report of the register, and the late ones counted and marked. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, count_rows (f->store, all));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);
  g_assert_cmpuint (n_late, >, 0);
  g_assert_cmpuint (ber_reports_view_get_n_late (f->view), ==, n_late);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BerReport) report = g_list_model_get_item (model, i);

      n_marked += ber_report_is_late (report, ber_store_get_today (f->store));
      n_received_late += ber_reports_days_received_late (ber_context_get_reports (f->context),
                                                         report) > 0;
    }
  g_assert_cmpuint (n_marked, ==, n_late);
  /* "Late by 12 days", in red. */
  g_assert_cmpuint (count_labels_like (GTK_WIDGET (f->view), "Late by ", "", "overdue"), ==,
                    n_late);
  /* A report received after its due day says so under it, received, on an agenda or
   * presented; one received on time says nothing of the sort. */
  g_assert_cmpuint (n_received_late, >, 0);
  g_assert_cmpuint (count_labels_like (GTK_WIDGET (f->view), "", " late", NULL), ==,
                    n_received_late);
  ber_test_screenshot (GTK_WIDGET (f->window), "reports-list");
}

static void
test_late_filter (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *model = ber_reports_view_get_model (f->view);
  GtkDropDown *status = status_dropdown (f);
  guint n_late = count_late (f->store);

  gtk_drop_down_set_selected (status, 2);
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_late);
  for (guint i = 0; i < n_late; i++)
    {
      g_autoptr(BerReport) report = g_list_model_get_item (model, i);

      g_assert_true (ber_report_is_late (report, ber_store_get_today (f->store)));
    }

  /* Presented: the two reports already dealt with by their bodies. */
  gtk_drop_down_set_selected (status, 5);
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  gtk_drop_down_set_selected (status, 0);
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);

  /* Whose reports: a person chosen in the filters, then the filters cleared. */
  {
    BerRecordRow *person = BER_RECORD_ROW (
      ber_test_require_widget (GTK_WIDGET (f->view), BER_TYPE_RECORD_ROW, "_Person"));

    ber_record_row_set_id (person, find_id (f->store, "person", "name", "Åsa Lindqvist"));
    ber_test_spin ();
    if (g_getenv ("BER_SCREENSHOT_DIR") != NULL)
      {
        GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (person), GTK_TYPE_POPOVER);

        gtk_popover_popup (GTK_POPOVER (popover));
        ber_test_screenshot (popover, "reports-filters");
        gtk_popover_popdown (GTK_POPOVER (popover));
      }
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
    for (guint i = 0; i < 2; i++)
      {
        g_autoptr(BerRecord) report = g_list_model_get_item (model, i);

        g_assert_cmpstr (ber_record_get_string (report, "person-name"), ==, "Åsa Lindqvist");
      }
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.clear-filters", NULL));
    ber_test_spin ();
    g_assert_cmpint (ber_record_row_get_id (person), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);
  }
}

static void
test_search_positions (Fixture       *f,
                       gconstpointer  data)
{
  GListModel *model = ber_reports_view_get_model (f->view);
  GtkWidget *search = ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_SEARCH_ENTRY, NULL);

  /* Words only the positions taken at AER's General Assembly contain. */
  ber_test_search (search, model, "beredskapslager", 1);
  {
    g_autoptr(BerReport) report = g_list_model_get_item (model, 0);

    g_assert_cmpstr (ber_record_get_string (BER_RECORD (report), "person-name"), ==,
                     "Åsa Lindqvist");
    g_assert_cmpstr (ber_record_get_string (BER_RECORD (report), "network-acronym"), ==, "AER");
  }

  /* "What did we say about cohesion policy?" — found in CPMR's report. */
  ber_test_search (search, model, "Sammanhållningspolitiken ska", 1);

  ber_test_search (search, model, "ingen rapport säger detta", 0);
  g_assert_true (shows_status_page (GTK_WIDGET (f->view), "No Matching Reports"));

  ber_test_search (search, model, "", 7);
}

typedef struct
{
  GListModel *model;
  guint       n;
} CountWait;

static gboolean
model_has_n (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n;
}

/* A forum event opened from elsewhere (an influence question's page, by
 * win.open-record) shows the reports owed after it, from the report page too. */
static void
test_open_event (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *model = ber_reports_view_get_model (f->view);
  GtkWidget *search = ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_autoptr(BerQuery) events = ber_query_new ("forum_event");
  g_autoptr(BerQuery) of_event = ber_query_new ("report");
  g_autoptr(GPtrArray) rows = NULL;
  const char *title = NULL;
  gint64 event_id = 0;
  CountWait wait = { model, 0 };

  ber_query_add_condition (events, "title", BER_QUERY_EQ,
                           g_variant_new_string ("AER:s generalförsamling"));
  rows = ber_store_select (f->store, events, 0, 1, NULL);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &event_id));
  g_assert_true (g_variant_lookup (g_ptr_array_index (rows, 0), "title", "&s", &title));
  ber_query_add_condition (of_event, "event_id", BER_QUERY_EQ, g_variant_new_int64 (event_id));
  wait.n = count_rows (f->store, of_event);
  g_assert_cmpuint (wait.n, >, 1);

  {
    g_autoptr(BerReport) first = g_list_model_get_item (model, 0);

    open_report (f, ber_record_get_id (BER_RECORD (first)));
  }
  g_assert_true (ber_register_view_open_id (BER_REGISTER_VIEW (f->view),
                                            BER_TYPE_FORUM_EVENT, event_id));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, title);
  g_assert_true (ber_test_spin_until (model_has_n, &wait));
  g_assert_true (gtk_widget_get_mapped (ber_register_view_get_list_widget (
    BER_REGISTER_VIEW (f->view))));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BerReport) report = g_list_model_get_item (model, i);

      g_assert_cmpstr (ber_record_get_string (BER_RECORD (report), "event-title"), ==, title);
    }

  /* An event that is not there says so, and leaves the list as it was. */
  g_assert_true (ber_register_view_open_id (BER_REGISTER_VIEW (f->view),
                                            BER_TYPE_FORUM_EVENT, G_MAXINT32));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, title);
}

static void
check_person (BerFormDialog *dialog,
              const char    *name)
{
  GtkWidget *check = ber_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, name);

  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
}

/* Two representatives of a new network, appointed by the regional board. */
static gint64
add_network_with_representatives (Fixture *f)
{
  gint64 board = find_id (f->store, "body", "name", "Regionstyrelsen");
  gint64 network;
  const char *names[] = { "Anna Testsson", "Bertil Provsson" };

  network = ber_store_insert (f->store, "network",
                              values_new ("name", g_variant_new_string ("Aaa Testnätverket"),
                                          NULL),
                              NULL);
  g_assert_cmpint (network, >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gint64 person = ber_store_insert (f->store, "person",
                                        values_new ("name", g_variant_new_string (names[i]),
                                                    "email",
                                                    g_variant_new_string ("test@region.example.se"),
                                                    NULL),
                                        NULL);

      g_assert_cmpint (person, >, 0);
      g_assert_cmpint (ber_store_insert (f->store, "assignment",
                                         values_new ("person_id", g_variant_new_int64 (person),
                                                     "network_id", g_variant_new_int64 (network),
                                                     "appointing_body_id",
                                                     g_variant_new_int64 (board),
                                                     NULL),
                                         NULL),
                       >, 0);
    }
  return network;
}

static void
test_new_event (Fixture       *f,
                gconstpointer  data)
{
  GListModel *model = ber_reports_view_get_model (f->view);
  BerFormDialog *dialog;
  BerRecordRow *network_row;
  g_autoptr(BerQuery) query = ber_query_new ("report_list");
  g_autoptr(GPtrArray) rows = NULL;
  gint64 event, network;

  network = add_network_with_representatives (f);
  ber_test_spin ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.new", NULL));
  ber_test_spin ();
  dialog = ber_test_visible_form ();
  g_assert_nonnull (dialog);

  /* The network's representatives are offered; the others are not until asked for. */
  network_row
      = BER_RECORD_ROW (ber_test_find_widget (GTK_WIDGET (dialog), BER_TYPE_RECORD_ROW, "Network"));
  g_assert_nonnull (network_row);
  ber_record_row_set_id (network_row, network);
  ber_test_spin ();
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (network_row)), ==,
                   "Aaa Testnätverket");
  g_assert_null (ber_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, "Åsa Lindqvist"));

  /* The event may be a meeting of one of the network's bodies. */
  {
    AdwComboRow *body_row = ADW_COMBO_ROW (
        ber_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Body of the Network"));
    GListModel *bodies = adw_combo_row_get_model (body_row);
    g_autoptr(BerQuery) network_bodies = ber_query_new ("network_body");
    g_autoptr(BerRecord) whole = g_list_model_get_item (bodies, 0);

    ber_query_add_condition (network_bodies, "network_id", BER_QUERY_EQ,
                             g_variant_new_int64 (find_id (f->store, "network", "name",
                                                           "Aaa Testnätverket")));
    g_assert_cmpstr (ber_record_get_string (whole, "name"), ==, "The Network as a Whole");
    g_assert_cmpuint (g_list_model_get_n_items (bodies), ==,
                      count_rows (f->store, network_bodies) + 1);
  }
  check_person (dialog, "Anna Testsson");
  check_person (dialog, "Bertil Provsson");
  ber_test_screenshot (GTK_WIDGET (dialog), "reports-event-form");

  /* Anyone else is found by name among all persons; those ticked stay ticked. */
  {
    GtkWidget *attendees = ber_test_require_widget (GTK_WIDGET (dialog), BER_TYPE_ATTENDEE_LIST,
                                                    NULL);
    GtkWidget *all = ber_test_require_widget (attendees, GTK_TYPE_SWITCH, NULL);
    GtkWidget *search = ber_test_require_widget (attendees, GTK_TYPE_SEARCH_ENTRY, NULL);
    GtkWidget *anna;

    gtk_switch_set_active (GTK_SWITCH (all), TRUE);
    gtk_editable_set_text (GTK_EDITABLE (search), "Åsa Lind");
    ber_test_spin ();
    g_assert_nonnull (ber_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON,
                                            "Åsa Lindqvist"));
    anna = ber_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, "Anna Testsson");
    g_assert_true (anna == NULL || !gtk_widget_get_mapped (anna));
    gtk_editable_set_text (GTK_EDITABLE (search), "");
    gtk_switch_set_active (GTK_SWITCH (all), FALSE);
    ber_test_spin ();
    anna = ber_test_require_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, "Anna Testsson");
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (anna)));
  }

  /* Without a title nothing is saved; an event in the past is fine. */
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Starts", "2025-05-10");
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Ends", "2025-05-12");
  g_assert_false (ber_form_dialog_save (dialog));
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Title", "Generalförsamling");
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Place", "Bryssel");
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin ();

  event = find_id (f->store, "forum_event", "title", "Generalförsamling");
  ber_query_add_condition (query, "event_id", BER_QUERY_EQ, g_variant_new_int64 (event));
  rows = ber_store_select (f->store, query, 0, 10, NULL);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *due = NULL, *status = NULL;
      gint64 assignment = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "due_on", "&s", &due);
      g_variant_lookup (g_ptr_array_index (rows, i), "status", "&s", &status);
      g_variant_lookup (g_ptr_array_index (rows, i), "assignment_id", "x", &assignment);
      g_assert_cmpstr (due, ==, "2025-06-11");
      g_assert_cmpstr (status, ==, "expected");
      g_assert_cmpint (assignment, >, 0);
    }
  {
    g_autoptr(BerQuery) attendance = ber_query_new ("event_attendance");

    ber_query_add_condition (attendance, "event_id", BER_QUERY_EQ, g_variant_new_int64 (event));
    ber_query_add_condition (attendance, "assignment_id", BER_QUERY_NOT_NULL, NULL);
    g_assert_cmpuint (count_rows (f->store, attendance), ==, 2);
  }

  /* The list and the count of late reports follow: both are long overdue. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 9);
  g_assert_cmpuint (ber_reports_view_get_n_late (f->view), ==, count_late (f->store));
}

static gint64
first_late_report (Fixture *f)
{
  g_autoptr(BerQuery) query = ber_query_new ("report_list");
  g_autoptr(GPtrArray) rows = NULL;
  gint64 id = 0;

  ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("expected"));
  ber_query_add_condition (query, "due_on", BER_QUERY_LT,
                           g_variant_new_string (ber_store_get_today (f->store)));
  ber_query_add_condition (query, "body_name", BER_QUERY_EQ,
                           g_variant_new_string ("Regionstyrelsen"));
  rows = ber_store_select (f->store, query, 0, 1, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id);
  return id;
}

static void
test_receive_and_agenda (Fixture       *f,
                         gconstpointer  data)
{
  gint64 id = first_late_report (f);
  guint n_late = ber_reports_view_get_n_late (f->view);
  BerReportPage *page = open_report (f, id);
  GtkWidget *received
      = ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Date Received");
  GtkTextView *positions = NULL;
  g_autoptr(BerRecord) report = NULL;
  g_autoptr(BerQuery) entries = ber_query_new ("agenda_entry");
  g_autoptr(GPtrArray) rows = NULL;
  gint64 body = 0, meeting = 0, entry_meeting = 0;
  const char *kind = NULL;
  g_autofree char *received_late = NULL;
  g_autofree char *on_agenda = NULL;
  GtkWidget *status = ber_test_require_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Status");
  GtkWidget *due_row = ber_test_require_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Due");
  g_autofree char *due_on = NULL;
  int days;

  g_assert_nonnull (received);
  {
    g_autoptr(BerRecord) due = ber_record_load (BER_TYPE_REPORT, f->store, id, NULL);

    due_on = g_strdup (ber_record_get_string (due, "due-on"));
    days = ber_date_days_until (due_on, ber_store_get_today (f->store));
    g_assert_cmpint (days, >, 1);
    received_late = g_strdup_printf ("received %d days late", days);
  }

  /* Not a date: refused, nothing written. */
  gtk_editable_set_text (GTK_EDITABLE (received), "igår");
  g_assert_false (ber_record_page_save (BER_RECORD_PAGE (page)));

  gtk_editable_set_text (GTK_EDITABLE (received), ber_store_get_today (f->store));
  /* The second of the four parts: the positions taken. */
  positions = GTK_TEXT_VIEW (nth_widget (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, 1));
  g_assert_nonnull (positions);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (positions),
                            "Regionens representant stödde uttalandet om sammanhållningspolitiken.",
                            -1);
  g_assert_true (ber_record_page_save (BER_RECORD_PAGE (page)));
  ber_test_spin ();
  ber_test_screenshot (GTK_WIDGET (f->window), "reports-page");

  report = ber_record_load (BER_TYPE_REPORT, f->store, id, NULL);
  g_assert_cmpstr (ber_report_get_status (BER_REPORT (report)), ==, "received");
  g_assert_cmpstr (ber_record_get_string (report, "received-on"), ==,
                   ber_store_get_today (f->store));
  g_assert_nonnull (strstr (ber_record_get_string (report, "positions"), "uttalandet"));
  g_assert_cmpuint (ber_reports_view_get_n_late (f->view), ==, n_late - 1);
  /* Received after its due day: it says so beside the day, and is late no more. */
  {
    g_autofree char *expected = g_strdup_printf ("%s · %s", due_on, received_late);

    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (due_row)), ==, expected);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (status)), ==, "Received");
    g_assert_false (gtk_widget_has_css_class (status, "error"));
  }

  /* To the next meeting of the body it reports to, as a report entry. */
  body = ber_record_get_int64 (report, "body-id");
  {
    g_autoptr(BerMeeting) next = ber_reports_next_meeting (ber_context_get_reports (f->context),
                                                           body, NULL);

    g_assert_nonnull (next);
    meeting = ber_record_get_id (BER_RECORD (next));
  }
  g_assert_cmpint (meeting, >, 0);
  g_assert_true (ber_report_page_add_to_agenda (page));
  ber_query_add_condition (entries, "report_id", BER_QUERY_EQ, g_variant_new_int64 (id));
  rows = ber_store_select (f->store, entries, 0, 10, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "kind", "&s", &kind);
  g_variant_lookup (g_ptr_array_index (rows, 0), "meeting_id", "x", &entry_meeting);
  g_assert_cmpstr (kind, ==, "report");
  g_assert_cmpint (entry_meeting, ==, meeting);
  /* Its status is the agenda it is on now, still received late. */
  {
    g_autoptr(BerRecord) next = ber_record_load (BER_TYPE_MEETING, f->store, meeting, NULL);
    g_autofree char *expected = NULL;

    on_agenda = g_strdup_printf ("%s, %s", ber_record_get_string (next, "body-short-name"),
                                 ber_record_get_string (next, "held-on"));
    expected = g_strdup_printf ("On an agenda · %s", on_agenda);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (status)), ==, expected);
    g_assert_false (gtk_widget_get_visible (
      ber_test_require_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, "Add to Next _Agenda")));
  }

  /* Once on an agenda, it cannot be added again, and the page says so. */
  g_assert_false (ber_report_page_add_to_agenda (page));
  g_assert_true (shows_label (GTK_WIDGET (page), "already on an agenda"));

  /* Ctrl+F leaves the page for the search of the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "view.focus-search", NULL));
  g_assert_true (ber_test_spin_until (ber_test_is_unmapped, page));
  {
    GtkWidget *search = ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_SEARCH_ENTRY, NULL);
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

    g_assert_nonnull (focus);
    g_assert_true (focus == search || gtk_widget_is_ancestor (focus, search));
  }

  /* The list says the same: on an agenda, no longer only received, and received late. */
  ber_test_spin_until_quiet (200);
  g_assert_cmpuint (count_labels_like (GTK_WIDGET (f->view), on_agenda, "", NULL), >=, 1);
  g_assert_cmpuint (count_labels_like (GTK_WIDGET (f->view), "On an agenda", "", NULL), >=, 1);
  g_assert_cmpuint (count_labels_like (GTK_WIDGET (f->view), received_late, "", NULL), ==, 1);
  ber_test_screenshot (GTK_WIDGET (f->window), "reports-list-on-agenda");
}

static gboolean
catch_uri (BerReportPage  *page,
           const char     *uri,
           char          **caught)
{
  g_free (*caught);
  *caught = g_strdup (uri);
  return TRUE;
}

static void
test_reminder (Fixture       *f,
               gconstpointer  data)
{
  gint64 id = first_late_report (f);
  BerReportPage *page = open_report (f, id);
  g_autofree char *uri = NULL;
  g_autofree char *direct = NULL;
  g_autoptr(BerRecord) report = NULL;
  g_autofree char *sent = g_strdup_printf ("Reminder sent %s", ber_store_get_today (f->store));
  GtkWidget *status;

  /* The mail program is not started in a test: the page's launcher is replaced. */
  {
    g_autoptr(BerReport) loaded = ber_reports_load (ber_context_get_reports (f->context), id, NULL);

    g_assert_nonnull (loaded);
    direct = ber_reports_reminder_uri (ber_context_get_reports (f->context), loaded, NULL);
  }
  g_assert_nonnull (direct);
  g_assert_true (g_str_has_prefix (direct, "mailto:"));
  g_signal_connect (page, "launch-uri", G_CALLBACK (catch_uri), &uri);

  g_assert_true (ber_report_page_send_reminder (page));
  g_assert_cmpstr (uri, ==, direct);

  report = ber_record_load (BER_TYPE_REPORT, f->store, id, NULL);
  g_assert_cmpstr (ber_record_get_string (report, "reminded-on"), ==,
                   ber_store_get_today (f->store));
  status = ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Status");
  g_assert_nonnull (status);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (status)), sent));
}

/* A presented report names the meeting and the § where it was presented. */
static void
test_presented_paragraph (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_entry");
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *expected = NULL;
  gint64 report_id = 0, paragraph = 0;
  BerReportPage *page;
  GtkWidget *status;

  ber_query_add_condition (query, "report_id", BER_QUERY_NOT_NULL, NULL);
  ber_query_add_condition (query, "paragraph", BER_QUERY_NOT_NULL, NULL);
  rows = ber_store_select (f->store, query, 0, 1, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "report_id", "x", &report_id);
  g_variant_lookup (g_ptr_array_index (rows, 0), "paragraph", "x", &paragraph);

  page = open_report (f, report_id);
  status = ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Status");
  expected = g_strdup_printf ("§ %d", (int) paragraph);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (status)), "Presented"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (status)), expected));
}

static gboolean
row_is_gone (gpointer data)
{
  GtkWidget *root = data;

  return ber_test_find_widget (root, ADW_TYPE_ACTION_ROW, "Reserapport") == NULL;
}

/* A report's attachments: listed, refused without a file, and removed again. */
static void
test_attachments (Fixture       *f,
                  gconstpointer  data)
{
  BerReports *reports = ber_context_get_reports (f->context);
  gint64 id = first_late_report (f);
  g_autoptr(BerDocument) document = ber_document_new ();
  g_autoptr(GError) error = NULL;
  BerReportPage *page;
  BerFormDialog *dialog;
  GtkWidget *remove;

  g_object_set (document, "report-id", id, "title", "Reserapport", "file-path",
                "/tmp/reserapport.pdf", NULL);
  g_assert_true (ber_reports_add_document (reports, document, &error));
  g_assert_no_error (error);

  page = open_report (f, id);
  g_assert_nonnull (ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Reserapport"));
  g_assert_false (gtk_widget_is_visible (
    ber_test_require_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "No attachments")));

  /* The dialog stays open, and says so, until a file is chosen. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.add-attachment", NULL));
  ber_test_spin ();
  dialog = ber_test_visible_form ();
  ber_test_screenshot (GTK_WIDGET (dialog), "reports-attachment-dialog");
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Title", "Protokoll");
  g_assert_false (ber_form_dialog_save (dialog));
  g_assert_true (shows_label (GTK_WIDGET (dialog), "Choose the file to attach."));
  gtk_window_close (GTK_WINDOW (dialog));
  ber_test_spin ();

  /* Removing it forgets the note of the file; the file itself is not touched. */
  for (guint n = 0; (remove = nth_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, n)) != NULL; n++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (remove), "Remove “Reserapport”") == 0)
      break;
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_true (ber_test_spin_until (row_is_gone, page));
  g_assert_true (gtk_widget_is_visible (
    ber_test_require_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "No attachments")));
  {
    g_autoptr(GListModel) documents = ber_reports_list_documents (reports, id);

    g_assert_cmpuint (g_list_model_get_n_items (documents), ==, 0);
  }
}

/* Several received reports go to the next agendas of their bodies at once. */
static void
test_agenda_selection (Fixture       *f,
                       gconstpointer  data)
{
  GListModel *model = ber_reports_view_get_model (f->view);
  GtkColumnView *columns = GTK_COLUMN_VIEW (ber_test_find_widget (GTK_WIDGET (f->view),
                                                                  GTK_TYPE_COLUMN_VIEW, NULL));
  GtkSelectionModel *selection = gtk_column_view_get_model (columns);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *button = NULL;

  for (guint n = 0; (button = nth_widget (GTK_WIDGET (f->view), GTK_TYPE_BUTTON, n)) != NULL; n++)
    if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)),
                   "view.add-to-agenda") == 0)
      break;
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));

  /* A late report of the regional board comes in. */
  {
    g_autoptr(BerReport) late = ber_reports_load (ber_context_get_reports (f->context),
                                                  first_late_report (f), NULL);
    g_autoptr(GError) error = NULL;

    g_object_set (late, "received-on", ber_store_get_today (f->store), NULL);
    g_assert_true (ber_reports_save (ber_context_get_reports (f->context), late, &error));
    g_assert_no_error (error);
    ber_test_spin ();
  }

  /* The received ones not on an agenda yet. */
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BerReport) report = g_list_model_get_item (model, i);
      g_autoptr(BerAgendaEntry) entry = NULL;
      gint64 id = ber_record_get_id (BER_RECORD (report));

      if (g_strcmp0 (ber_report_get_status (report), "received") != 0)
        continue;
      entry = ber_reports_find_agenda_entry (ber_context_get_reports (f->context), report, NULL);
      if (entry != NULL)
        continue;
      g_assert_true (gtk_selection_model_select_item (selection, i, FALSE));
      g_array_append_val (ids, id);
    }
  g_assert_cmpuint (ids->len, >=, 1);
  g_assert_true (gtk_widget_is_sensitive (button));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.add-to-agenda", NULL));
  ber_test_spin ();
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(BerReport) report = ber_reports_load (ber_context_get_reports (f->context),
                                                      g_array_index (ids, gint64, i), NULL);
      g_autoptr(BerAgendaEntry) entry = ber_reports_find_agenda_entry (
        ber_context_get_reports (f->context), report, NULL);

      g_assert_nonnull (entry);
      g_assert_cmpstr (ber_agenda_entry_get_kind (entry), ==, "report");
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/reports-ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list", test_list);
  ADD ("late-filter", test_late_filter);
  ADD ("search-positions", test_search_positions);
  ADD ("open-event", test_open_event);
  ADD ("new-event", test_new_event);
  ADD ("receive-and-agenda", test_receive_and_agenda);
  ADD ("reminder", test_reminder);
  ADD ("presented-paragraph", test_presented_paragraph);
  ADD ("attachments", test_attachments);
  ADD ("agenda-selection", test_agenda_selection);
#undef ADD

  return g_test_run ();
}
