/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The Bodies section of the agenda view in a real window: a body created
 * through its page, standing points added and reordered, a routing rule that
 * ber_routing_suggest() then follows, a new meeting whose agenda starts with
 * the edited points, subject areas renamed and removed, and what is refused
 * (a second body of the same name, a rule for any item). With
 * BER_SCREENSHOT_DIR set, the list and a body page are saved as PNGs, wide
 * and 360 pixels narrow.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ber-agenda-view.h"
#include "ber-agenda.h"
#include "ber-bodies-view.h"
#include "ber-body-page.h"
#include "ber-form-dialog.h"
#include "ber-model.h"
#include "ber-record-row.h"
#include "ber-routing.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"

typedef struct
{
  char          *dir;
  BerStore      *store;
  BerContext    *context;
  GtkWindow     *window;
  BerAgendaView *agenda;
  BerBodiesView *view;
  BerBodyPage   *page;
} Fixture;

static GtkWidget *
find_tooltip (GtkWidget  *root,
              const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return child;
      found = find_tooltip (child, tooltip);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Scrolls the page so that @widget is at the top, for a screenshot. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_point_t point;

  g_assert_nonnull (scrolled);
  g_assert_true (gtk_widget_compute_point (widget,
                                           gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (
                                             scrolled)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                            point.y - 12);
  ber_test_spin_until_quiet (300);
}

/* An agenda view in a window of @width, showing its Bodies section. */
static GtkWindow *
open_window (Fixture        *f,
             int             width,
             BerAgendaView **agenda,
             BerBodiesView **view)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *bodies;

  *agenda = BER_AGENDA_VIEW (ber_agenda_view_new ());
  gtk_window_set_default_size (window, width, 720);
  gtk_window_set_child (window, GTK_WIDGET (*agenda));
  ber_agenda_view_set_context (*agenda, f->context);
  /* The section is made when it is first shown. */
  g_assert_null (ber_test_find_widget (GTK_WIDGET (*agenda), BER_TYPE_BODIES_VIEW, NULL));
  gtk_stack_set_visible_child_name (
    GTK_STACK (ber_test_find_widget (GTK_WIDGET (*agenda), GTK_TYPE_STACK, NULL)), "bodies");
  bodies = ber_test_find_widget (GTK_WIDGET (*agenda), BER_TYPE_BODIES_VIEW, NULL);
  g_assert_nonnull (bodies);
  *view = BER_BODIES_VIEW (bodies);
  gtk_window_present (window);
  ber_test_spin_until_quiet (300);
  return window;
}

/* The whole agenda view, for what goes through it (Ctrl+N, the section switcher). */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_DEMO, &f->dir);
  ber_store_set_user (f->store, "testare");
  f->context = ber_context_new (f->store);
  f->window = open_window (f, 1100, &f->agenda, &f->view);
  f->page = ber_bodies_view_get_page (f->view);
}

/* The Bodies section alone, which is quicker to build. */
static void
section_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_DEMO, &f->dir);
  ber_store_set_user (f->store, "testare");
  f->context = ber_context_new (f->store);
  f->window = GTK_WINDOW (gtk_window_new ());
  f->view = BER_BODIES_VIEW (ber_bodies_view_new ());
  gtk_window_set_default_size (f->window, 1100, 720);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  g_object_set (f->view, "context", f->context, NULL);
  f->page = ber_bodies_view_get_page (f->view);
  gtk_window_present (f->window);
  ber_test_spin_until_quiet (300);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  ber_test_spin_until_quiet (300);
  g_object_unref (f->context);
  g_object_unref (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Helpers */

static gint64
find_id (BerStore   *store,
         const char *table,
         const char *name)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GPtrArray) rows = NULL;
  gint64 id = 0;

  ber_query_add_condition (query, "name", BER_QUERY_EQ, g_variant_new_string (name));
  rows = ber_store_select (store, query, 0, 10, NULL);
  g_assert_nonnull (rows);
  if (rows->len > 0)
    g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id);
  return id;
}

static const char *
dialog_error (BerFormDialog *dialog)
{
  GtkWidget *revealer = ber_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_REVEALER, NULL);

  g_assert_nonnull (revealer);
  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)))
    return NULL;
  return gtk_label_get_label (GTK_LABEL (gtk_revealer_get_child (GTK_REVEALER (revealer))));
}

static char *
point_title (BerBodyPage *page,
             guint        position)
{
  g_autoptr(BerRecord) point = g_list_model_get_item (ber_body_page_get_points (page), position);

  g_assert_nonnull (point);
  return g_strdup (ber_record_get_string (point, "title"));
}

/* The body's standing points in the register, in the order agendas get them. */
static GPtrArray *
stored_points (BerStore *store,
               gint64    body_id)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_template_point");
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (body_id));
  ber_query_add_order (query, "placement", TRUE);
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (store, query, 0, G_MAXUINT, &error);
  g_assert_no_error (error);
  return rows;
}

static void
assert_points (BerBodyPage        *page,
               const char * const *titles)
{
  g_autoptr(GPtrArray) rows = NULL;
  guint n = g_strv_length ((char **) titles);
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (page));

  /* What the page shows and what the register holds, in the same order. */
  rows = stored_points (ber_context_get_store (context), ber_body_page_get_body_id (page));
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (ber_body_page_get_points (page)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *shown = point_title (page, i);
      const char *stored = NULL;
      gint64 position = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "title", "&s", &stored);
      g_variant_lookup (g_ptr_array_index (rows, i), "position", "x", &position);
      g_assert_cmpstr (shown, ==, titles[i]);
      g_assert_cmpstr (stored, ==, titles[i]);
      g_assert_cmpint (position, ==, i + 1);
    }
}

static void
add_point (BerBodyPage *page,
           const char  *title,
           const char  *placement)
{
  BerFormDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.add-point", NULL));
  ber_test_spin_until_quiet (300);
  dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Title", title);
  ber_test_select_choice (GTK_WIDGET (dialog), "Placement", placement);
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin_until_quiet (300);
}

/* Tests */

static void
test_body_to_agenda (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *bodies = ber_bodies_view_get_model (f->view);
  guint n_bodies = g_list_model_get_n_items (bodies);
  BerFormDialog *dialog;
  gint64 body, area, suggested = 0;
  g_autofree char *reason = NULL;
  g_autofree char *kind = NULL;

  g_assert_cmpuint (n_bodies, ==, ber_test_count_where (f->store, "body", NULL, 0));
  g_assert_cmpuint (n_bodies, >, 0);

  /* Ctrl+N in the Bodies section: a new body's page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->agenda), "view.new", NULL));
  ber_test_spin_until_quiet (300);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
  g_assert_cmpint (ber_body_page_get_body_id (f->page), ==, 0);
  /* Points and rules belong to a saved body. */
  g_assert_false (gtk_widget_is_visible (
      ber_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_GROUP, "Standing Points")));

  ber_test_set_entry_row (GTK_WIDGET (f->page), "Name", "Internationella utskottet");
  ber_test_set_entry_row (GTK_WIDGET (f->page), "Short Name", "IU");
  ber_test_select_choice (GTK_WIDGET (f->page), "Kind", "Committee");
  gtk_spin_button_set_value (
      GTK_SPIN_BUTTON (ber_test_find_widget (GTK_WIDGET (f->page), GTK_TYPE_SPIN_BUTTON, NULL)), 7);
  ber_test_set_entry_row (GTK_WIDGET (f->page), "Established", "2026-01-01");
  g_assert_true (ber_body_page_get_modified (f->page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.save", NULL));
  ber_test_spin_until_quiet (300);
  body = ber_body_page_get_body_id (f->page);
  g_assert_cmpint (body, >, 0);
  g_assert_null (ber_body_page_get_error (f->page));
  g_assert_false (ber_body_page_get_modified (f->page));
  g_assert_cmpuint (g_list_model_get_n_items (bodies), ==, n_bodies + 1);
  g_assert_true (gtk_widget_is_visible (
      ber_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_GROUP, "Standing Points")));
  kind = ber_test_column_text (f->store, "body", body, "kind");
  g_assert_cmpstr (kind, ==, "committee");
  {
    g_autoptr(GVariant) row = ber_store_get (f->store, "body", body, NULL);
    gint64 days = 0;

    g_assert_true (g_variant_lookup (row, "agenda_deadline_days", "x", &days));
    g_assert_cmpint (days, ==, 7);
  }

  /* Three standing points, then one moved up with the keyboard action. */
  add_point (f->page, "Mötets öppnande", "Before the items");
  add_point (f->page, "Val av justerare", "Before the items");
  add_point (f->page, "Mötets avslutande", "After the items");
  assert_points (f->page, (const char *[]) { "Mötets öppnande", "Val av justerare",
                                             "Mötets avslutande", NULL });

  ber_body_page_select_point (f->page, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.move-up", NULL));
  ber_test_spin_until_quiet (300);
  assert_points (f->page, (const char *[]) { "Val av justerare", "Mötets öppnande",
                                             "Mötets avslutande", NULL });
  /* The moved point stays selected, and an opening point cannot pass a closing one. */
  g_assert_cmpuint (ber_body_page_get_selected_point (f->page), ==, 0);
  ber_body_page_select_point (f->page, 1);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "page.move-down", NULL);
  ber_test_spin_until_quiet (300);
  assert_points (f->page, (const char *[]) { "Val av justerare", "Mötets öppnande",
                                             "Mötets avslutande", NULL });
  scroll_to (
      ber_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_GROUP, "Standing Points"));
  ber_test_screenshot (GTK_WIDGET (f->window), "body-page.png");

  /* Activating a point edits it; moved to the other end, it comes last there. */
  {
    GtkWidget *list = gtk_widget_get_parent (gtk_widget_get_ancestor (
      find_tooltip (GTK_WIDGET (f->page), "Move Down (Alt+Down)"), GTK_TYPE_LIST_BOX_ROW));

    g_signal_emit_by_name (list, "row-activated",
                           gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
    ber_test_spin_until_quiet (300);
    dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
    ber_test_set_entry_row (GTK_WIDGET (dialog), "Title", "Val av justerare och tid för justering");
    ber_test_select_choice (GTK_WIDGET (dialog), "Placement", "After the items");
    g_assert_true (ber_form_dialog_save (dialog));
    ber_test_spin_until_quiet (300);
    assert_points (f->page, (const char *[]) { "Mötets öppnande", "Mötets avslutande",
                                               "Val av justerare och tid för justering",
                                               NULL });
    /* And back, with its old title: last among the opening points. */
    g_signal_emit_by_name (list, "row-activated",
                           gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 2));
    ber_test_spin_until_quiet (300);
    dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
    ber_test_set_entry_row (GTK_WIDGET (dialog), "Title", "Val av justerare");
    ber_test_select_choice (GTK_WIDGET (dialog), "Placement", "Before the items");
    g_assert_true (ber_form_dialog_save (dialog));
    ber_test_spin_until_quiet (300);
    assert_points (f->page, (const char *[]) { "Mötets öppnande", "Val av justerare",
                                               "Mötets avslutande", NULL });
    ber_body_page_select_point (f->page, 1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.move-up", NULL));
    ber_test_spin_until_quiet (300);
  }
  assert_points (f->page, (const char *[]) { "Val av justerare", "Mötets öppnande",
                                             "Mötets avslutande", NULL });

  /* The row's buttons move too, within the point's end of the agenda. */
  {
    GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (
      gtk_widget_get_ancestor (find_tooltip (GTK_WIDGET (f->page), "Move Down (Alt+Down)"),
                               GTK_TYPE_LIST_BOX_ROW)));
    GtkWidget *first = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
    GtkWidget *last = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 2));

    g_assert_false (gtk_widget_get_sensitive (find_tooltip (first, "Move Up (Alt+Up)")));
    g_assert_true (gtk_widget_get_sensitive (find_tooltip (first, "Move Down (Alt+Down)")));
    g_assert_false (gtk_widget_get_sensitive (find_tooltip (last, "Move Up (Alt+Up)")));
    g_signal_emit_by_name (find_tooltip (first, "Move Down (Alt+Down)"), "clicked");
    ber_test_spin_until_quiet (300);
    assert_points (f->page, (const char *[]) { "Mötets öppnande", "Val av justerare",
                                               "Mötets avslutande", NULL });
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.move-up", NULL));
    ber_test_spin_until_quiet (300);
    assert_points (f->page, (const char *[]) { "Val av justerare", "Mötets öppnande",
                                               "Mötets avslutande", NULL });
  }

  /* A routing rule: EU consultations on culture go to the new body. */
  area = find_id (f->store, "subject_area", "Kultur");
  g_assert_cmpint (area, >, 0);
  g_assert_true (ber_routing_suggest (f->store, "eu-consultation", area, &suggested, NULL,
                                      &error));
  g_assert_cmpint (suggested, !=, body);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.add-rule", NULL));
  ber_test_spin_until_quiet (300);
  dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  ber_test_select_choice (GTK_WIDGET (dialog), "Item Type", "EU consultation");
  ber_record_row_set_id (BER_RECORD_ROW (ber_test_require_widget (GTK_WIDGET (dialog),
                                                                  BER_TYPE_RECORD_ROW,
                                                                  "Subject Area")),
                         area);
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Reason", "Kulturfrågor i EU bereds av utskottet.");
  ber_test_spin_until_quiet (300);
  ber_test_screenshot (GTK_WIDGET (dialog), "rule-dialog.png");
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin_until_quiet (300);
  g_assert_cmpuint (g_list_model_get_n_items (ber_body_page_get_rules (f->page)), ==, 1);
  g_assert_true (ber_routing_suggest (f->store, "eu-consultation", area, &suggested, &reason,
                                      &error));
  g_assert_no_error (error);
  g_assert_cmpint (suggested, ==, body);
  g_assert_cmpstr (reason, ==, "Kulturfrågor i EU bereds av utskottet.");

  /* A new meeting of the body starts with the points in the edited order. */
  {
    BerMeetingSpec spec = {
      .body_id = body,
      .held_on = "2031-05-05",
      .starts_at = "09:00",
      .place = "Regionens hus",
    };
    g_autoptr(GPtrArray) entries = NULL;
    gint64 meeting = ber_agenda_create_meeting (f->store, &spec, &error);
    const char *expected[] = { "Val av justerare", "Mötets öppnande", "Mötets avslutande" };

    g_assert_no_error (error);
    g_assert_cmpint (meeting, >, 0);
    entries = ber_agenda_list_entries (f->store, meeting, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (entries->len, ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < entries->len; i++)
      {
        const char *title = NULL, *entry_kind = NULL;

        g_variant_lookup (g_ptr_array_index (entries, i), "title", "&s", &title);
        g_variant_lookup (g_ptr_array_index (entries, i), "kind", "&s", &entry_kind);
        g_assert_cmpstr (title, ==, expected[i]);
        g_assert_cmpstr (entry_kind, ==, "standard");
      }
  }

  /* Back to the list, where the new body is. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.close", NULL));
  ber_test_spin_until_quiet (300);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_parent (
                     GTK_WIDGET (f->page)))),
                   ==, "list");
  g_assert_cmpint (ber_record_list_find (BER_RECORD_LIST (bodies), body), >=, 0);
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  GListModel *bodies = ber_bodies_view_get_model (f->view);
  guint n_bodies = ber_test_count_where (f->store, "body", NULL, 0);
  gint64 board = find_id (f->store, "body", "Regionstyrelsen");
  guint n_rules = ber_test_count_where (f->store, "routing_rule", "body_id", board);
  BerFormDialog *dialog;
  const char *message;

  /* A second body with the name of one there is, in any letter case. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.new", NULL));
  ber_test_spin_until_quiet (300);
  ber_test_set_entry_row (GTK_WIDGET (f->page), "Name", "Regionstyrelsen");
  g_assert_false (ber_body_page_save (f->page));
  message = ber_body_page_get_error (f->page);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "already a body named “Regionstyrelsen”"));
  ber_test_set_entry_row (GTK_WIDGET (f->page), "Name", " regionstyrelsen ");
  g_assert_false (ber_body_page_save (f->page));
  g_assert_nonnull (ber_body_page_get_error (f->page));
  g_assert_cmpint (ber_body_page_get_body_id (f->page), ==, 0);
  g_assert_cmpuint (ber_test_count_where (f->store, "body", NULL, 0), ==, n_bodies);
  g_assert_cmpuint (g_list_model_get_n_items (bodies), ==, n_bodies);
  ber_test_screenshot (GTK_WIDGET (f->window), "body-duplicate.png");

  /* Leaving asks about the unsaved name; discarding writes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.close", NULL));
  ber_test_spin_until_quiet (300);
  adw_message_dialog_response (
      ADW_MESSAGE_DIALOG (ber_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "discard");
  ber_test_spin_until_quiet (300);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_parent (
                     GTK_WIDGET (f->page)))),
                   ==, "list");
  g_assert_cmpuint (ber_test_count_where (f->store, "body", NULL, 0), ==, n_bodies);

  /* A rule for any type and any subject area. */
  ber_bodies_view_open_body (f->view, board);
  ber_test_spin_until_quiet (300);
  g_assert_cmpuint (g_list_model_get_n_items (ber_body_page_get_rules (f->page)), ==, n_rules);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.add-rule", NULL));
  ber_test_spin_until_quiet (300);
  dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  ber_test_select_choice (GTK_WIDGET (dialog), "Item Type", "Any type");
  ber_record_row_set_id (BER_RECORD_ROW (ber_test_require_widget (GTK_WIDGET (dialog),
                                                                  BER_TYPE_RECORD_ROW,
                                                                  "Subject Area")),
                         0);
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Reason", "Allt hör hit.");
  g_assert_false (ber_form_dialog_save (dialog));
  ber_test_spin_until_quiet (300);
  message = dialog_error (dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "needs an item type, a subject area or both"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (ber_test_count_where (f->store, "routing_rule", "body_id", board), ==, n_rules);

  /* The same rule twice is refused too; a type alone is a rule. */
  ber_test_select_choice (GTK_WIDGET (dialog), "Item Type", "Matter for decision");
  g_assert_false (ber_form_dialog_save (dialog));
  g_assert_nonnull (strstr (dialog_error (dialog), "already has a rule"));
  ber_test_select_choice (GTK_WIDGET (dialog), "Item Type", "Invitation");
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin_until_quiet (300);
  g_assert_cmpuint (ber_test_count_where (f->store, "routing_rule", "body_id", board),
                    ==, n_rules + 1);
  g_assert_cmpuint (g_list_model_get_n_items (ber_body_page_get_rules (f->page)), ==,
                    n_rules + 1);

  /* The new rule is the last row: activating it edits it, the trash button removes it. */
  {
    GtkWidget *list = gtk_widget_get_parent (gtk_widget_get_ancestor (
        find_tooltip (ber_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_GROUP,
                                            "Routing Rules"),
                      "Remove"),
        GTK_TYPE_LIST_BOX_ROW));
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) n_rules);
    g_autoptr(BerRecord) rule = g_list_model_get_item (ber_body_page_get_rules (f->page),
                                                       n_rules);
    g_autofree char *reason = NULL;

    g_signal_emit_by_name (list, "row-activated", row);
    ber_test_spin_until_quiet (300);
    dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
    ber_test_set_entry_row (GTK_WIDGET (dialog), "Reason", "Inbjudningar till styrelsen.");
    g_assert_true (ber_form_dialog_save (dialog));
    ber_test_spin_until_quiet (300);
    reason = ber_test_column_text (f->store, "routing_rule", ber_record_get_id (rule), "reason");
    g_assert_cmpstr (reason, ==, "Inbjudningar till styrelsen.");
    g_assert_cmpuint (ber_test_count_where (f->store, "routing_rule", "body_id", board),
                      ==, n_rules + 1);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.remove-rule", "x",
                                               ber_record_get_id (rule)));
    ber_test_spin_until_quiet (300);
    adw_message_dialog_response (
        ADW_MESSAGE_DIALOG (ber_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "remove");
    ber_test_spin_until_quiet (300);
    g_assert_null (ber_store_get (f->store, "routing_rule", ber_record_get_id (rule), NULL));
    g_assert_cmpuint (g_list_model_get_n_items (ber_body_page_get_rules (f->page)), ==, n_rules);
  }

  /* A standing point without a title. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.add-point", NULL));
  ber_test_spin_until_quiet (300);
  dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Title", "   ");
  g_assert_false (ber_form_dialog_save (dialog));
  g_assert_nonnull (strstr (dialog_error (dialog), "needs a title"));
  ber_test_spin_until_quiet (300);
  ber_test_screenshot (GTK_WIDGET (dialog), "point-dialog-refused.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ber_test_spin_until_quiet (300);
}

static void
test_subject_areas (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GListModel *areas = ber_bodies_view_get_areas (f->view);
  guint n_areas = g_list_model_get_n_items (areas);
  gint64 culture = find_id (f->store, "subject_area", "Kultur");
  gint64 health = find_id (f->store, "subject_area", "Hälso- och sjukvård");
  g_autoptr(BerQuery) used = ber_query_new ("item");
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *name = NULL;
  BerFormDialog *dialog;
  AdwMessageDialog *confirm;
  guint n_items = 0, n_rules = 0;

  g_assert_cmpuint (n_areas, ==, ber_test_count_where (f->store, "subject_area", NULL, 0));
  g_assert_cmpint (culture, >, 0);
  g_assert_cmpint (health, >, 0);

  /* Rename through the row's button action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "bodies.rename-area", "x",
                                             culture));
  ber_test_spin_until_quiet (300);
  dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Name", "Hälso- och sjukvård");
  g_assert_false (ber_form_dialog_save (dialog));
  g_assert_nonnull (strstr (dialog_error (dialog), "already a subject area named"));
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Name", "Kultur och fritid");
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin_until_quiet (300);
  name = ber_test_column_text (f->store, "subject_area", culture, "name");
  g_assert_cmpstr (name, ==, "Kultur och fritid");
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, n_areas);

  /* Remove one that items use: the dialog says how many, the items keep all else. */
  ber_query_add_condition (used, "subject_area_id", BER_QUERY_EQ, g_variant_new_int64 (health));
  items = ber_store_select (f->store, used, 0, 1000, &error);
  g_assert_no_error (error);
  g_assert_true (ber_bodies_count_area_uses (ber_context_get_bodies (f->context), health,
                                             &n_items, &n_rules, &error));
  g_assert_cmpuint (n_items, ==, items->len);
  g_assert_cmpuint (n_items, >, 0);
  g_assert_cmpuint (n_rules, >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "bodies.remove-area", "x",
                                             health));
  ber_test_spin_until_quiet (300);
  confirm = ADW_MESSAGE_DIALOG (ber_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  {
    g_autofree char *count = g_strdup_printf ("subject area of %u item", n_items);

    g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), count));
    g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "Hälso- och sjukvård"));
  }
  ber_test_screenshot (GTK_WIDGET (confirm), "area-remove.png");
  adw_message_dialog_response (confirm, "remove");
  ber_test_spin_until_quiet (300);

  g_assert_null (ber_store_get (f->store, "subject_area", health, NULL));
  g_assert_cmpuint (ber_test_count_where (f->store, "item", "subject_area_id", health), ==, 0);
  g_assert_cmpuint (ber_test_count_where (f->store, "routing_rule", "subject_area_id", health),
                    ==, 0);
  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(GVariant) item = NULL;
      gint64 id = 0, area = 0;

      g_variant_lookup (g_ptr_array_index (items, i), "id", "x", &id);
      item = ber_store_get (f->store, "item", id, &error);
      g_assert_no_error (error);
      g_assert_false (g_variant_lookup (item, "subject_area_id", "x", &area));
    }
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, n_areas - 1);

  /* And a new one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "bodies.add-area", NULL));
  ber_test_spin_until_quiet (300);
  dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Name", "Arktiska frågor");
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin_until_quiet (300);
  g_assert_cmpint (find_id (f->store, "subject_area", "Arktiska frågor"), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, n_areas);
}

static void
test_usual_points (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 council = find_id (f->store, "body", "Regionfullmäktige");
  gint64 board = find_id (f->store, "body", "Regionstyrelsen");
  const gint64 wrong[] = { 1, 2 };

  /* The council has no standing points: the page offers the usual ones, once. */
  ber_bodies_view_open_body (f->view, council);
  ber_test_spin_until_quiet (300);
  g_assert_cmpuint (g_list_model_get_n_items (ber_body_page_get_points (f->page)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.add-usual-points",
                                             NULL));
  ber_test_spin_until_quiet (300);
  assert_points (f->page, (const char *[]) {
                   "Opening of the meeting",
                   "Election of the minutes checker and time for approving the minutes",
                   "Approval of the agenda", "Approval of the previous minutes",
                   "Closing of the meeting", NULL });
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "page.add-usual-points",
                                             NULL));
  ber_test_spin_until_quiet (300);
  g_assert_cmpuint (g_list_model_get_n_items (ber_body_page_get_points (f->page)), ==, 5);

  /* A new order must name each of the body's points once. */
  g_assert_false (ber_bodies_reorder_points (ber_context_get_bodies (f->context), board, wrong,
                                             G_N_ELEMENTS (wrong), &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
}

static char *
body_name_at (GListModel *bodies,
              guint       position)
{
  g_autoptr(BerRecord) body = g_list_model_get_item (bodies, position);

  g_assert_nonnull (body);
  return g_strdup (ber_record_get_string (body, "name"));
}

/* The list searches and sorts in the register; a sorted view closes cleanly. */
static void
test_search_and_sort (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *bodies = ber_bodies_view_get_model (f->view);
  guint n_bodies = g_list_model_get_n_items (bodies);
  GtkWidget *search = ber_test_find_widget (GTK_WIDGET (f->view), GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkColumnView *columns = GTK_COLUMN_VIEW (ber_test_find_widget (GTK_WIDGET (f->view),
                                                                  GTK_TYPE_COLUMN_VIEW, NULL));
  g_autoptr(GtkColumnViewColumn) name = NULL;

  g_assert_nonnull (search);
  ber_test_search (search, bodies, "RUN", 1);
  ber_assert_take_str (body_name_at (bodies, 0), ==, "Regionala utvecklingsnämnden");
  ber_test_search (search, bodies, "ingen sådan nämnd", 0);
  {
    g_autofree char *text = ber_test_visible_text (GTK_WIDGET (f->view));

    g_assert_nonnull (strstr (text, "No Results Found"));
  }
  ber_test_search (search, bodies, "", n_bodies);

  ber_assert_take_str (body_name_at (bodies, 0), ==, "Internationella beredningen");
  name = g_list_model_get_item (gtk_column_view_get_columns (columns), 0);
  gtk_column_view_sort_by_column (columns, name, GTK_SORT_DESCENDING);
  ber_test_spin_until_quiet (300);
  ber_assert_take_str (body_name_at (bodies, 0), ==, "Regionstyrelsens arbetsutskott");
  ber_assert_take_str (body_name_at (bodies, n_bodies - 1), ==, "Internationella beredningen");
}

/* The list and a body page, wide and narrow, for looking at. The other
 * sections of the agenda view are wider than 360 pixels, so the narrow
 * window holds the Bodies section alone. */
static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  gint64 board = find_id (f->store, "body", "Regionstyrelsen");
  GtkWindow *narrow = GTK_WINDOW (gtk_window_new ());
  BerBodiesView *view = BER_BODIES_VIEW (ber_bodies_view_new ());

  ber_test_screenshot (GTK_WIDGET (f->window), "bodies-list.png");
  ber_bodies_view_open_body (f->view, board);
  ber_test_spin_until_quiet (300);
  g_assert_cmpuint (g_list_model_get_n_items (ber_body_page_get_points (f->page)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ber_body_page_get_rules (f->page)), >, 0);
  ber_test_screenshot (GTK_WIDGET (f->window), "body-page-board.png");
  scroll_to (
      ber_test_find_widget (GTK_WIDGET (f->page), ADW_TYPE_PREFERENCES_GROUP, "Standing Points"));
  ber_test_screenshot (GTK_WIDGET (f->window), "body-page-board-points.png");

  gtk_window_set_default_size (narrow, 360, 720);
  gtk_window_set_child (narrow, GTK_WIDGET (view));
  g_object_set (view, "context", f->context, NULL);
  gtk_window_present (narrow);
  ber_test_spin_until_quiet (300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (narrow)), <=, 360);
  ber_test_screenshot (GTK_WIDGET (narrow), "bodies-list-360.png");
  ber_bodies_view_open_body (view, board);
  ber_test_spin_until_quiet (300);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (narrow)), <=, 360);
  ber_test_screenshot (GTK_WIDGET (narrow), "body-page-360.png");
  scroll_to (ber_test_find_widget (GTK_WIDGET (ber_bodies_view_get_page (view)),
                                   ADW_TYPE_PREFERENCES_GROUP, "Standing Points"));
  ber_test_screenshot (GTK_WIDGET (narrow), "body-page-points-360.png");
  scroll_to (ber_test_find_widget (GTK_WIDGET (ber_bodies_view_get_page (view)),
                                   ADW_TYPE_PREFERENCES_GROUP, "Routing Rules"));
  ber_test_screenshot (GTK_WIDGET (narrow), "body-page-rules-360.png");
  gtk_window_destroy (narrow);
  ber_test_spin_until_quiet (300);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/bodies-ui/body-to-agenda", Fixture, NULL, fixture_set_up, test_body_to_agenda,
              fixture_tear_down);
  g_test_add ("/bodies-ui/refusals", Fixture, NULL, section_set_up, test_refusals,
              fixture_tear_down);
  g_test_add ("/bodies-ui/subject-areas", Fixture, NULL, section_set_up, test_subject_areas,
              fixture_tear_down);
  g_test_add ("/bodies-ui/usual-points", Fixture, NULL, section_set_up, test_usual_points,
              fixture_tear_down);
  g_test_add ("/bodies-ui/search-and-sort", Fixture, NULL, section_set_up, test_search_and_sort,
              fixture_tear_down);
  g_test_add ("/bodies-ui/screenshots", Fixture, NULL, fixture_set_up, test_screenshots,
              fixture_tear_down);

  return g_test_run ();
}
