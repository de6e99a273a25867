/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The yearly report from the window: the form proposes last year, all
 * bodies and PDF; a body, the year and ODT chosen, the save dialog answered,
 * the report is written off the main thread and a toast offers to open it.
 * With BER_SCREENSHOT_DIR set, the form is saved as a PNG.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ber-form-dialog.h"
#include "ber-number-row.h"
#include "ber-record-row.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"
#include "ber-yearly-report-dialog.h"

/* Whether @needle is among the first @length bytes of @data, NUL bytes and all. */
static gboolean
bytes_contain (const char *data,
               gsize       length,
               const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
toast_shown (gpointer data)
{
  g_autofree char *text = ber_test_visible_text (data);

  return strstr (text, "Saved") != NULL;
}

static void
test_dialog (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BerStore) store = ber_test_store_new (BER_TEST_DEMO, &dir);
  g_autoptr(BerContext) context = ber_context_new (store);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *overlay = adw_toast_overlay_new ();
  int year = (int) g_ascii_strtoll (ber_context_get_today (context), NULL, 10);
  g_autofree char *name = g_strdup_printf ("Yearly report %d.odt", year);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  BerFormDialog *dialog;
  GtkWidget *row;

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), gtk_label_new ("Beredning"));
  gtk_window_set_child (window, overlay);
  gtk_window_set_default_size (window, 800, 600);
  gtk_window_present (window);
  ber_test_spin ();

  ber_yearly_report_dialog_present (window, context);
  ber_test_spin ();
  dialog = ber_test_visible_form ();
  g_assert_nonnull (dialog);
  ber_test_screenshot (GTK_WIDGET (dialog), "yearly-report-dialog.png");

  /* Last year, all bodies, PDF. */
  row = ber_test_require_widget (GTK_WIDGET (dialog), BER_TYPE_NUMBER_ROW, "_Year");
  g_assert_cmpint ((int) ber_number_row_get_value (BER_NUMBER_ROW (row)), ==, year - 1);
  g_assert_cmpint (ber_record_row_get_id (BER_RECORD_ROW (
                     ber_test_require_widget (GTK_WIDGET (dialog), BER_TYPE_RECORD_ROW, "_Body"))),
                   ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (
                      ber_test_require_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "_Format"))),
                    ==, 0);

  ber_number_row_set_value (BER_NUMBER_ROW (row), year);
  ber_test_select_choice (GTK_WIDGET (dialog), "_Body", "Regionstyrelsen");
  ber_test_select_choice (GTK_WIDGET (dialog), "_Format", "OpenDocument text (ODT)");
  g_assert_cmpint (ber_record_row_get_id (BER_RECORD_ROW (
                     ber_test_require_widget (GTK_WIDGET (dialog), BER_TYPE_RECORD_ROW, "_Body"))),
                   >, 0);
  g_assert_true (ber_form_dialog_save (dialog));

  path = ber_test_answer_save_dialog (dir, name);
  g_assert_true (ber_test_wait_for_file (path));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 100);
  g_assert_true (memcmp (contents, "PK", 2) == 0);
  /* An OpenDocument file begins with its uncompressed mimetype. */
  g_assert_true (bytes_contain (contents, MIN (length, 200), "application/vnd.oasis.opendocument.text"));

  g_assert_true (ber_test_spin_until (toast_shown, overlay));
  g_assert_nonnull (ber_test_find_button (overlay, "_Open"));

  gtk_window_destroy (window);
  ber_test_spin ();
  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/yearly-report-ui/dialog", test_dialog);

  return g_test_run ();
}
