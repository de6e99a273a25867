/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The networks register in a real window: the seed networks in Swedish order,
 * search, filters and column sorting through the store, the yearly reviews
 * that are due, and a network registered with its membership history, fee,
 * review and body through the page and its forms, a network deleted from
 * its page (or kept, while it is named elsewhere), and a CSV file imported.
 * With BEREDNING_LOCALEDIR and LANGUAGE set, in that language (the import
 * of a Windows-1252 file only, whose checks are translated too).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "ber-form-dialog.h"
#include "ber-import-dialog.h"
#include "ber-model.h"
#include "ber-network-page.h"
#include "ber-networks-view.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"

typedef struct
{
  char            *dir;
  BerStore        *store;
  BerContext      *context;
  GtkWindow       *window;
  BerNetworksView *view;
  guint            expected;
} Fixture;

static char *
name_at (Fixture *f,
         guint    position)
{
  GListModel *model = ber_networks_view_get_model (f->view);
  g_autoptr(BerNetwork) network = g_list_model_get_item (model, position);

  g_assert_nonnull (network);
  return g_strdup (ber_network_get_name (network));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_DEMO, &f->dir);
  f->window = GTK_WINDOW (gtk_window_new ());
  f->view = BER_NETWORKS_VIEW (ber_networks_view_new ());
  gtk_window_set_default_size (f->window, 1000, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  f->context = ber_context_new (f->store);
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
  GListModel *model = ber_networks_view_get_model (f->view);
  g_autofree char *first = name_at (f, 0);
  g_autofree char *last = NULL;

  /* The ten networks of the seeds, in Swedish order. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10);
  g_assert_cmpstr (first, ==, "Assembly of European Regions");
  last = name_at (f, 9);
  g_assert_cmpstr (last, ==, "Stockholmsregionens Europaförening");

  ber_test_screenshot (GTK_WIDGET (f->window), "networks-list");

  /* Three yearly reviews are due in the demo register. */
  g_assert_cmpuint (ber_networks_view_get_n_due_reviews (f->view), ==, 3);
}

static void
test_search_and_filters (Fixture       *f,
                         gconstpointer  data)
{
  GListModel *model = ber_networks_view_get_model (f->view);
  GtkWidget *search = ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkToggleButton *due = GTK_TOGGLE_BUTTON (
      ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_TOGGLE_BUTTON, "_Show Only These"));
  g_autofree char *found = NULL;

  ber_test_search (search, model, "errin", 1);
  found = name_at (f, 0);
  g_assert_cmpstr (found, ==, "European Regions Research and Innovation Network");

  ber_test_search (search, model, "ingen sådan organisation", 0);

  ber_test_search (search, model, "", 10);

  /* Only the networks whose review is due. */
  gtk_toggle_button_set_active (due, TRUE);
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  gtk_toggle_button_set_active (due, FALSE);
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10);
}

static void
test_sort_by_column (Fixture       *f,
                     gconstpointer  data)
{
  GtkColumnView *column_view
      = GTK_COLUMN_VIEW (ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_COLUMN_VIEW, NULL));
  GListModel *columns = gtk_column_view_get_columns (column_view);
  g_autoptr(GtkColumnViewColumn) acronym = g_list_model_get_item (columns, 1);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_assert_cmpstr (gtk_column_view_column_get_title (acronym), ==, "Acronym");

  /* Acronym, descending: REVES first; the networks without one last. */
  gtk_column_view_sort_by_column (column_view, acronym, GTK_SORT_DESCENDING);
  ber_test_spin ();
  first = name_at (f, 0);
  g_assert_cmpstr (first, ==, "European Network of Cities and Regions for the Social Economy");
  last = name_at (f, 9);
  g_assert_null (strstr (last, "("));
}

static void
test_new_network (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = ber_networks_view_get_model (f->view);
  BerNetworkPage *page;
  BerNetwork *network;
  GtkWidget *name;
  gint64 id;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.new", NULL));
  ber_test_spin ();
  page
      = BER_NETWORK_PAGE (ber_test_find_widget (GTK_WIDGET (f->view), BER_TYPE_NETWORK_PAGE, NULL));
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  /* Saving without a name is refused, with the reason on the page. */
  g_assert_false (ber_network_page_save (page));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10);

  name = ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Name");
  gtk_editable_set_text (GTK_EDITABLE (name), "Euregha");
  gtk_editable_set_text (
      GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Acronym")),
      "EUREGHA");
  gtk_editable_set_text (GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW,
                                                             "Next Yearly Review")),
                         "2027-02-30");
  g_assert_false (ber_network_page_save (page));

  gtk_editable_set_text (GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW,
                                                             "Next Yearly Review")),
                         "2027-02-28");
  g_assert_true (ber_network_page_save (page));
  ber_test_spin ();
  network = ber_network_page_get_network (page);
  id = ber_record_get_id (BER_RECORD (network));
  g_assert_cmpint (id, >, 0);

  /* The list has it in its place, and a network without membership says so. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 11);
  {
    g_autofree char *fourth = name_at (f, 3);

    g_assert_cmpstr (fourth, ==, "Euregha");
  }
}

static BerFormDialog *
open_form (Fixture    *f,
           const char *action)
{
  BerNetworkPage *page
      = BER_NETWORK_PAGE (ber_test_find_widget (GTK_WIDGET (f->view), BER_TYPE_NETWORK_PAGE, NULL));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), action, NULL));
  ber_test_spin ();
  return ber_test_visible_form ();
}

static guint
count_rows (BerStore   *store,
            const char *table,
            gint64      network_id,
            const char *column,
            const char *value)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  guint n = 0;

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ, g_variant_new_int64 (network_id));
  if (column != NULL)
    ber_query_add_condition (query, column, value != NULL ? BER_QUERY_EQ : BER_QUERY_IS_NULL,
                             value != NULL ? g_variant_new_string (value) : NULL);
  g_assert_true (ber_store_count (store, query, &n, NULL));
  return n;
}

static void
test_membership_history_and_fee (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BerFormDialog *dialog;
  gint64 aer = 1;
  guint before = count_rows (f->store, "membership", aer, NULL, NULL);

  ber_networks_view_show_network (f->view, aer);
  ber_test_spin ();

  /* A change of status adds a row and closes the open one: never overwritten. */
  dialog = open_form (f, "page.add-membership");
  adw_combo_row_set_selected (
      ADW_COMBO_ROW (ber_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Activity")),
      2);
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin ();
  g_assert_cmpuint (count_rows (f->store, "membership", aer, NULL, NULL), ==, before + 1);
  g_assert_cmpuint (count_rows (f->store, "membership", aer, "to_on", NULL), ==, 1);
  g_assert_cmpuint (count_rows (f->store, "membership", aer, "activity", "inactive"), ==, 1);

  /* A fee in euro with the rate the user gave; a bad amount is named. */
  dialog = open_form (f, "page.add-fee");
  gtk_spin_button_set_value (
      GTK_SPIN_BUTTON (ber_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_SPIN_BUTTON, NULL)),
      2027);
  gtk_editable_set_text (
      GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Amount")),
      "tolv tusen");
  g_assert_false (ber_form_dialog_save (dialog));
  gtk_editable_set_text (
      GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Amount")),
      "12 000,50");
  gtk_editable_set_text (
      GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "SEK per Euro")),
      "11,25");
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin ();
  {
    g_autoptr(BerQuery) query = ber_query_new ("fee_list");
    g_autoptr(GPtrArray) rows = NULL;
    double amount = 0, sek = 0;

    ber_query_add_condition (query, "network_id", BER_QUERY_EQ, g_variant_new_int64 (aer));
    ber_query_add_condition (query, "year", BER_QUERY_EQ, g_variant_new_int64 (2027));
    rows = ber_store_select (f->store, query, 0, 10, &error);
    g_assert_cmpuint (rows->len, ==, 1);
    g_variant_lookup (g_ptr_array_index (rows, 0), "amount", "d", &amount);
    g_variant_lookup (g_ptr_array_index (rows, 0), "amount_sek", "d", &sek);
    g_assert_cmpfloat_with_epsilon (amount, 12000.5, 0.001);
    g_assert_cmpfloat_with_epsilon (sek, 12000.5 * 11.25, 0.01);
  }

  /* Activating the fee's row edits the same fee, never a second one for the year. */
  {
    BerNetworkPage *page = BER_NETWORK_PAGE (
        ber_test_find_widget (GTK_WIDGET (f->view), BER_TYPE_NETWORK_PAGE, NULL));
    GtkWidget *row = ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW,
                                           "2027 · 12\u00a0000,50 EUR");
    g_autoptr(GList) toplevels = NULL;

    g_assert_nonnull (row);
    g_signal_emit_by_name (row, "activated");
    ber_test_spin ();
    toplevels = gtk_window_list_toplevels ();
    dialog = NULL;
    for (GList *l = toplevels; l != NULL; l = l->next)
      if (BER_IS_FORM_DIALOG (l->data) && gtk_widget_get_visible (l->data))
        dialog = l->data;
    g_assert_nonnull (dialog);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ber_test_find_widget (
                         GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "SEK per Euro"))),
                     ==, "11,25");
    ber_test_screenshot (GTK_WIDGET (dialog), "network-fee-dialog");
    gtk_editable_set_text (
        GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Amount")),
        "13000");
    g_assert_true (ber_form_dialog_save (dialog));
    ber_test_spin ();
    g_assert_cmpuint (count_rows (f->store, "fee", aer, NULL, NULL), ==, 3);
  }

  /* The review moves the next review date, and the badge follows. */
  dialog = open_form (f, "page.add-review");
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin ();
  g_assert_cmpuint (ber_networks_view_get_n_due_reviews (f->view), ==, 2);

  /* A body of the network with the region's seats. */
  dialog = open_form (f, "page.add-body");
  gtk_editable_set_text (
      GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Name")),
      "Hälsokommittén");
  g_assert_true (ber_form_dialog_save (dialog));
  g_assert_cmpuint (count_rows (f->store, "network_body", aer, "name", "Hälsokommittén"), ==, 1);
  ber_test_spin ();
  ber_test_screenshot (GTK_WIDGET (f->window), "network-page");
  {
    GtkWidget *page = ber_test_find_widget (GTK_WIDGET (f->view), BER_TYPE_NETWORK_PAGE, NULL);
    GtkScrolledWindow *scrolled
        = GTK_SCROLLED_WINDOW (ber_test_find_widget (page, GTK_TYPE_SCROLLED_WINDOW, NULL));

    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), 640);
    ber_test_spin ();
    ber_test_screenshot (GTK_WIDGET (f->window), "network-page-details");
  }
}

static char *
register_text (Fixture    *f,
               const char *sql)
{
  const char *argv[] = { "sqlite3", "-batch", ber_store_get_path (f->store), sql, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_strstrip (out);
}

static gboolean
message_dialog_shown (gpointer data)
{
  return ber_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/*
 * A network page is open and its name is being edited when another program
 * renames the network and changes its website. Saving asks which name to
 * keep, saying what each side wrote, with the name typed still in the form;
 * "Keep Mine" saves it, and the other program's website stays.
 */
static void
test_conflict_asks (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *model = ber_networks_view_get_model (f->view);
  g_autoptr(BerNetwork) network = g_list_model_get_item (model, 0);
  gint64 id = ber_record_get_id (BER_RECORD (network));
  g_autofree char *sql = NULL;
  g_autofree char *body = NULL;
  BerNetworkPage *page;
  AdwMessageDialog *dialog;
  GtkWidget *name;

  ber_networks_view_show_network (f->view, id);
  ber_test_spin ();
  page = BER_NETWORK_PAGE (ber_test_find_widget (GTK_WIDGET (f->view), BER_TYPE_NETWORK_PAGE,
                                                 NULL));
  name = ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Name");
  gtk_editable_set_text (GTK_EDITABLE (name), "Europas regioners församling");

  sql = g_strdup_printf ("UPDATE network SET name = 'AER', website = 'https://aer.org' "
                         "WHERE id = %" G_GINT64_FORMAT, id);
  g_free (register_text (f, sql));

  g_assert_false (ber_network_page_save (page));
  g_assert_true (ber_test_spin_until (message_dialog_shown, NULL));
  dialog = ADW_MESSAGE_DIALOG (ber_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  body = g_strdup (adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (body, "Another program"));
  g_assert_nonnull (strstr (body, "Name: yours is “Europas regioners församling”, theirs is "
                                  "“AER”"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==,
                   "Europas regioners församling");
  ber_test_screenshot (GTK_WIDGET (dialog), "network-conflict");

  adw_message_dialog_response (dialog, "mine");
  ber_test_spin ();

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT name || ' ' || website FROM network WHERE id = %"
                         G_GINT64_FORMAT, id);
  {
    g_autofree char *row = register_text (f, sql);

    g_assert_cmpstr (row, ==, "Europas regioners församling https://aer.org");
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==,
                   "Europas regioners församling");
}

static gboolean
import_planned (gpointer data)
{
  BerImport *import = ber_import_dialog_get_import (data);

  return import != NULL && ber_import_get_can_apply (import);
}

static void
on_imported (BerImportDialog *dialog,
             guint            n_inserted,
             guint            n_updated,
             guint           *inserted)
{
  *inserted = n_inserted;
}

/* A membership still running reads "from 2023-01-01", not a dash with
 * nothing after it, and a separator only stands between two parts. */
static void
test_open_period (Fixture       *f,
                  gconstpointer  data)
{
  BerNetworkPage *page;
  GtkWidget *row;
  gint64 aer = 1;

  ber_networks_view_show_network (f->view, aer);
  ber_test_spin ();
  page = BER_NETWORK_PAGE (ber_test_find_widget (GTK_WIDGET (f->view), BER_TYPE_NETWORK_PAGE, NULL));
  g_assert_nonnull (page);

  row = ber_test_require_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Member · Very active");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "from 2023-01-01 · Regionstyrelsen, RS 2022/418 § 201");
  row = ber_test_require_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Member · Active");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "2010-01-01\u00a0–\u00a02022-12-31 · Regionstyrelsen, LS 2009/512 § 188");
  ber_test_screenshot (GTK_WIDGET (f->window), "network-page");
}

/* A CSV file planned and written in a thread; the list shows what came in. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "networks.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GListModel *model = ber_networks_view_get_model (f->view);
  BerImportDialog *dialog;
  gpointer weak;
  guint inserted = 0;

  g_assert_true (g_file_set_contents (path, "Namn;Förkortning;Status\n"
                                            "Euregha;EUREGHA;medlem\n"
                                            "Eurotowns;;intresserad\n", -1, NULL));
  dialog = ber_import_dialog_new (f->window, f->context, BER_IMPORT_NETWORKS, file);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (ber_test_spin_until (import_planned, dialog));
  g_assert_cmpuint (ber_import_count (ber_import_dialog_get_import (dialog),
                                      BER_IMPORT_ACTION_INSERT), ==, 2);
  ber_test_screenshot (GTK_WIDGET (dialog), "network-import");
  ber_test_require_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Character encoding: UTF-8");

  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &inserted);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  g_assert_true (ber_test_spin_until (ber_test_is_null, &weak));
  g_assert_cmpuint (inserted, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 12);
}

static void
write_excel_file (const char *path)
{
  /* Swedish Excel's "CSV (semikolonavgränsad)": Windows-1252, ';' and CRLF. */
  static const char text[] =
    "Namn;F\xf6rkortning;Status;Beskrivning\r\n"
    "\xd6stersj\xf6regionernas n\xe4tverk;\xd6RN;Medlem;\xc5land och Ume\xe5 \x96 caf\xe9\r\n"
    "\xc4lvdalens \xe5rsm\xf6te;;Intresserad;\"M\xf6ten; \xe4ven p\xe5 \xd6land\"\r\n";
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, sizeof text - 1, &error);
  g_assert_no_error (error);
}

static char *
encoding_text (const char *encoding)
{
  return g_strdup_printf (_("Character encoding: %s"), _(encoding));
}

/* A file as Swedish Excel saves it: the preview says it was converted from
 * Windows-1252 and shows its å, ä and ö; imported, the list has them. */
static void
test_import_windows_1252 (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "medlemmar.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = encoding_text ("Windows-1252 (converted)");
  g_autofree char *shown = NULL;
  GListModel *model = ber_networks_view_get_model (f->view);
  BerImportDialog *dialog;
  GtkWidget *label;
  gpointer weak;

  write_excel_file (path);
  dialog = ber_import_dialog_new (f->window, f->context, BER_IMPORT_NETWORKS, file);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (ber_test_spin_until (import_planned, dialog));
  g_assert_cmpint (ber_import_get_encoding (ber_import_dialog_get_import (dialog)), ==,
                   BER_CSV_ENCODING_WINDOWS_1252);

  /* The row is shown, by its text, which is also what a screen reader reads. */
  label = ber_test_require_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, expected);
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, label));
  shown = ber_test_visible_labels (GTK_WIDGET (dialog));
  g_assert_nonnull (strstr (shown, expected));
  g_assert_nonnull (strstr (shown, "Östersjöregionernas nätverk (ÖRN)"));
  g_assert_nonnull (strstr (shown, "Älvdalens årsmöte"));
  ber_test_screenshot (GTK_WIDGET (dialog), "network-import-windows-1252.png");

  /* At 360 pixels the row wraps rather than widening the dialog. */
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 600);
  ber_test_spin ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, 360);
  ber_test_screenshot (GTK_WIDGET (dialog), "network-import-windows-1252-360.png");

  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  g_assert_true (ber_test_spin_until (ber_test_is_null, &weak));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 12);
  ber_test_search (ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_SEARCH_ENTRY, NULL),
                   model, "älvdalens", 1);
  {
    g_autofree char *name = name_at (f, 0);

    g_assert_cmpstr (name, ==, "Älvdalens årsmöte");
  }
}

static gboolean
import_refused (gpointer data)
{
  BerImport *import = ber_import_dialog_get_import (data);

  return import != NULL && !ber_import_get_busy (import)
         && g_list_model_get_n_items (G_LIST_MODEL (import)) == 0;
}

/* Bytes that are neither UTF-8 nor Windows-1252: the dialog names the file
 * and says how to save it, and nothing can be imported. */
static void
test_import_not_text (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "medlemmar.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *shown = NULL;
  BerImportDialog *dialog;

  g_assert_true (g_file_set_contents (path, "Namn\r\nG\xe4vle\x81\r\n", -1, NULL));
  dialog = ber_import_dialog_new (f->window, f->context, BER_IMPORT_NETWORKS, file);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (ber_test_spin_until (import_refused, dialog));
  ber_test_screenshot (GTK_WIDGET (dialog), "network-import-not-text.png");
  shown = ber_test_visible_text (GTK_WIDGET (dialog));
  g_assert_nonnull (strstr (shown, "The File Cannot Be Imported"));
  g_assert_nonnull (strstr (shown, "“medlemmar.csv” is neither UTF-8 nor Windows-1252 text. "
                                   "Line 2 cannot be read as UTF-8, and line 2 has the byte "
                                   "0x81, which is no character in Windows-1252. Save it again "
                                   "as “CSV UTF-8” in the spreadsheet and import that file."));
  g_assert_false (gtk_widget_is_sensitive (ber_test_find_button (GTK_WIDGET (dialog),
                                                                 "_Import")));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
has_n_networks (gpointer data)
{
  Fixture *f = data;

  return g_list_model_get_n_items (ber_networks_view_get_model (f->view)) == f->expected;
}

/* Deleting a network from its page asks first. One still named elsewhere
 * in the register (AER: by assignments and forum meetings) is kept, and
 * the page says by what. Cancel keeps one; Delete removes it with its
 * membership history and closes the page. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BerNetworkPage *page;
  gint64 aer = 1;
  gint64 id;

  /* Still named elsewhere: kept, and the page says so. */
  ber_networks_view_show_network (f->view, aer);
  ber_test_spin ();
  page = BER_NETWORK_PAGE (ber_test_require_widget (GTK_WIDGET (f->view),
                                                    BER_TYPE_NETWORK_PAGE, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.delete", NULL));
  g_assert_true (ber_test_spin_until (ber_test_message_dialog_shown, page));
  g_assert_cmpstr (adw_message_dialog_get_heading (ber_test_visible_message_dialog (GTK_WIDGET (page))),
                   ==, _("Delete the Network?"));
  ber_test_click_sensitive (GTK_WIDGET (ber_test_visible_message_dialog (GTK_WIDGET (page))),
                            _("_Delete"));
  {
    BerTestTextWait wait = { GTK_WIDGET (page), "Other records in the register still name it: " };
    g_autofree char *text = NULL;
    g_autofree char *assignments = NULL;
    g_autofree char *events = NULL;

    /* The message is revealed above the form. */
    g_assert_true (ber_test_spin_until (ber_test_shows_text, &wait));
    ber_test_screenshot (GTK_WIDGET (f->window), "network-delete-refused");
    text = ber_test_visible_text (GTK_WIDGET (page));
    assignments = g_strdup_printf ("Assignment (%u)",
                                   ber_test_count_where (f->store, "assignment", "network_id",
                                                         aer));
    events = g_strdup_printf ("Forum Meeting (%u)",
                              ber_test_count_where (f->store, "forum_event", "network_id", aer));
    g_assert_nonnull (strstr (text, assignments));
    g_assert_nonnull (strstr (text, events));
  }
  g_assert_true (ber_test_is_mapped (page));
  g_assert_cmpuint (ber_test_count_where (f->store, "network", "id", aer), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.close", NULL));
  ber_test_spin ();

  /* A network with a membership history and nothing else. */
  id = ber_store_insert (f->store, "network",
                         ber_store_values ("name", g_variant_new_string ("Eurocities"), NULL),
                         &error);
  g_assert_no_error (error);
  ber_store_insert (f->store, "membership",
                    ber_store_values ("network_id", g_variant_new_int64 (id),
                                      "status", g_variant_new_string ("member"),
                                      "from_on", g_variant_new_string ("2024-01-01"), NULL),
                    &error);
  g_assert_no_error (error);
  f->expected = 11;
  g_assert_true (ber_test_spin_until (has_n_networks, f));
  ber_networks_view_show_network (f->view, id);
  ber_test_spin ();
  page = BER_NETWORK_PAGE (ber_test_require_widget (GTK_WIDGET (f->view),
                                                    BER_TYPE_NETWORK_PAGE, NULL));
  g_assert_cmpint (ber_record_page_get_id (BER_RECORD_PAGE (page)), ==, id);

  /* Cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.delete", NULL));
  g_assert_true (ber_test_spin_until (ber_test_message_dialog_shown, page));
  ber_test_click_sensitive (GTK_WIDGET (ber_test_visible_message_dialog (GTK_WIDGET (page))),
                            _("_Cancel"));
  g_assert_true (ber_test_is_mapped (page));
  g_assert_cmpuint (ber_test_count_where (f->store, "network", "id", id), ==, 1);

  /* Delete removes it and its memberships. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.delete", NULL));
  g_assert_true (ber_test_spin_until (ber_test_message_dialog_shown, page));
  ber_test_click_sensitive (GTK_WIDGET (ber_test_visible_message_dialog (GTK_WIDGET (page))),
                            _("_Delete"));
  g_assert_true (ber_test_spin_until (ber_test_is_unmapped, page));
  g_assert_cmpuint (ber_test_count_where (f->store, "network", "id", id), ==, 0);
  g_assert_cmpuint (ber_test_count_where (f->store, "membership", "network_id", id), ==, 0);
  f->expected = 10;
  g_assert_true (ber_test_spin_until (has_n_networks, f));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* After gtk_test_init(), which sets a locale of its own. */
  if (g_getenv ("BEREDNING_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BEREDNING_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/networks-ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list", test_list);
  ADD ("search-and-filters", test_search_and_filters);
  ADD ("sort-by-column", test_sort_by_column);
  ADD ("new-network", test_new_network);
  ADD ("membership-history-and-fee", test_membership_history_and_fee);
  ADD ("conflict-asks", test_conflict_asks);
  ADD ("open-period", test_open_period);
  ADD ("delete", test_delete);
  ADD ("import", test_import);
  ADD ("import-windows-1252", test_import_windows_1252);
  ADD ("import-not-text", test_import_not_text);
#undef ADD

  return g_test_run ();
}
