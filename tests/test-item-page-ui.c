/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The top of an item's page in a real window on the demo register: a
 * decided item shows its decision (meeting, §, clauses, reservation and
 * statement, the assignment), its proposal and the bodies locked, and the
 * meeting opens from it; an overdue item says how many days overdue in the
 * error colour, and that no meeting can decide in time; an item on an
 * agenda links to its meeting. With BER_SCREENSHOT_DIR set, the pages are
 * saved as pictures at 1,100 and 360 pixels wide.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ber-application.h"
#include "ber-demo.h"
#include "ber-item-page.h"
#include "ber-meeting-page.h"
#include "ber-model.h"
#include "ber-record-row.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"
#include "ber-window.h"

static char *config_dir;

typedef struct
{
  char           *dir;
  BerApplication *app;
  BerWindow      *window;
  BerStore       *store;  /* the window's */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = ber_test_make_tmpdir ();
  path = g_build_filename (f->dir, "demo.db", NULL);
  g_assert_true (ber_demo_create (path, NULL));
  f->app = ber_test_application_new ("ItemPageTest");
  g_settings_set_int (ber_application_get_settings (f->app), "window-width", 1100);
  g_settings_set_int (ber_application_get_settings (f->app), "window-height", 760);
  f->window = BER_WINDOW (ber_application_open_register (f->app, path));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, f->window));
  f->store = ber_context_get_store (ber_window_get_context (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) weak = g_ptr_array_new_with_free_func (g_free);
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (f->app))) != NULL)
    {
      gpointer *pointer = g_new (gpointer, 1);

      /* A window lives on until its daily backup thread has finished. */
      *pointer = windows->data;
      g_object_add_weak_pointer (G_OBJECT (windows->data), pointer);
      g_ptr_array_add (weak, pointer);
      gtk_window_destroy (windows->data);
    }
  for (guint i = 0; i < weak->len; i++)
    g_assert_true (ber_test_spin_until (ber_test_is_null, g_ptr_array_index (weak, i)));
  ber_test_spin_idle ();
  g_application_quit (G_APPLICATION (f->app));
  g_object_unref (f->app);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
item_titled (Fixture    *f,
             const char *title)
{
  g_autoptr(BerQuery) query = ber_query_new ("item");
  g_autoptr(GPtrArray) rows = NULL;
  gint64 id = 0;

  ber_query_add_condition (query, "title", BER_QUERY_EQ, g_variant_new_string (title));
  rows = ber_store_select (f->store, query, 0, 1, NULL);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id);
  return id;
}

/* The first mapped widget of @type under @root, or NULL. */
static GtkWidget *
find_mapped (GtkWidget *root,
             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_mapped (child))
        return child;
      found = find_mapped (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget *root;
  GType      type;
  gint64     id;
} Shown;

static gboolean
shows_record (gpointer data)
{
  Shown *shown = data;
  GtkWidget *page = find_mapped (shown->root, shown->type);

  if (page == NULL)
    return FALSE;
  if (BER_IS_ITEM_PAGE (page))
    {
      BerItem *item = ber_item_page_get_item (BER_ITEM_PAGE (page));

      return item != NULL && ber_record_get_id (BER_RECORD (item)) == shown->id;
    }
  return ber_meeting_page_get_meeting_id (BER_MEETING_PAGE (page)) == shown->id;
}

/* Opens the item as another view would, through the window's action. */
static BerItemPage *
open_item (Fixture *f,
           gint64   item_id)
{
  Shown shown = { GTK_WIDGET (f->window), BER_TYPE_ITEM_PAGE, item_id };

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-record", "(sx)",
                                             "BerItem", item_id));
  g_assert_true (ber_test_spin_until (shows_record, &shown));
  return BER_ITEM_PAGE (find_mapped (GTK_WIDGET (f->window), BER_TYPE_ITEM_PAGE));
}

static GtkWidget *
template_child (BerItemPage *page,
                const char  *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (page), BER_TYPE_ITEM_PAGE, name);

  g_assert_nonnull (child);
  return GTK_WIDGET (child);
}

static void
assert_shows (GtkWidget  *widget,
              const char *text)
{
  g_autofree char *visible = ber_test_visible_text (widget);

  if (strstr (visible, text) == NULL)
    g_error ("“%s” is not shown; the text is:\n%s", text, visible);
}

/* The button under @root whose tooltip is @tooltip, or NULL. */
static GtkWidget *
find_button_by_tooltip (GtkWidget  *root,
                        const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return child;
      found = find_button_by_tooltip (child, tooltip);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Clicks @button as the keyboard does: it must take the focus first. */
static void
press (GtkWidget *button)
{
  g_assert_true (gtk_widget_get_focusable (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_activate (button));
}

/* Whether a form dialog is on show. */
static gboolean
form_is_open (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (BER_IS_FORM_DIALOG (window) && gtk_widget_get_visible (window))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_laid_out (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0;
}

/* The top of the page comes first: the status above the registration. */
static void
assert_status_on_top (BerItemPage *page)
{
  GtkWidget *status = template_child (page, "status_group");
  GtkWidget *registration = ber_test_require_widget (GTK_WIDGET (page),
                                                     ADW_TYPE_PREFERENCES_GROUP, _("Registration"));
  graphene_point_t top, below;

  /* Laid out once the window has its size. */
  g_assert_true (ber_test_spin_until (is_laid_out, status));
  g_assert_true (gtk_widget_compute_point (status, GTK_WIDGET (page),
                                           &GRAPHENE_POINT_INIT (0, 0), &top));
  g_assert_true (gtk_widget_compute_point (registration, GTK_WIDGET (page),
                                           &GRAPHENE_POINT_INIT (0, 0), &below));
  g_assert_cmpfloat (top.y, <, below.y);
  g_assert_cmpfloat (top.y, <, 100);
}

static void
test_decided (Fixture       *f,
              gconstpointer  data)
{
  gint64 item_id = item_titled (f, "Fortsatt medlemskap i EHMA");
  BerItemPage *page = open_item (f, item_id);
  g_autoptr(BerItemDecision) decision = NULL;
  GtkWidget *group = template_child (page, "decision_group");
  GtkWidget *clauses = template_child (page, "clause_list");
  GtkWidget *button;
  g_autofree char *meeting = NULL;
  g_autofree char *paragraph = NULL;

  /* What the page should show, as the register has it. */
  {
    g_autoptr(BerItem) item = ber_items_load (ber_context_get_items (ber_window_get_context (f->window)),
                                              item_id, NULL);

    decision = ber_items_get_decision (ber_context_get_items (ber_window_get_context (f->window)),
                                       item, NULL);
    g_assert_nonnull (decision);
    g_assert_cmpint (decision->meeting_id, >, 0);
    g_assert_cmpint (decision->paragraph, >, 0);
    meeting = g_strdup_printf ("Regionstyrelsen, %s", decision->held_on);
    paragraph = g_strdup_printf ("§ %d", decision->paragraph);
  }

  assert_status_on_top (page);
  /* The keyboard starts at the top too, and the page stays scrolled there. */
  /* The window's focus, not whether X has made the window active yet. */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

    if (focus != template_child (page, "status_row"))
      g_error ("The keyboard is at %s, not at the status row",
               focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
  }
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (
                       GTK_SCROLLED_WINDOW (template_child (page, "scrolled")))), ==, 0);
  assert_shows (template_child (page, "status_group"), _("Decided"));
  assert_shows (template_child (page, "status_group"), _("Next step: dispatch the decision"));

  /* The decision: meeting, §, clauses, reservation and statement, assignment. */
  g_assert_true (gtk_widget_get_mapped (group));
  assert_shows (group, meeting);
  assert_shows (group, paragraph);
  assert_shows (group, _("As proposed"));
  assert_shows (group, "1. att behålla medlemskapet i EHMA under nästa år");
  assert_shows (group, _("Reservation"));
  /* A plain reservation, in favour of her own motion (printed so in the minutes). */
  assert_shows (group, "Birgitta Wiklund (SD)");
  assert_shows (group, _("Statement for the Minutes"));
  assert_shows (group, "Maria Öberg (V)");
  assert_shows (group, _("Assignment"));

  /* The proposal and the bodies are locked, and say why. */
  g_assert_false (gtk_widget_get_visible (template_child (page, "add_clause_button")));
  g_assert_false (gtk_widget_get_sensitive (template_child (page, "add_clause_button")));
  gtk_widget_activate_action (GTK_WIDGET (page), "page.add-clause", NULL);
  ber_test_spin ();
  g_assert_false (form_is_open ());
  g_assert_null (ber_test_find_widget (clauses, GTK_TYPE_BUTTON, NULL));
  for (GtkWidget *row = gtk_widget_get_first_child (clauses); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_nonnull (gtk_widget_get_first_child (clauses));
  {
    g_autofree char *why = g_strdup_printf (_("Fixed by the decision at %s; it can no longer be "
                                              "changed."),
                                            decision->reference);

    g_assert_true (g_str_has_prefix (decision->reference, "RS "));
    assert_shows (template_child (page, "proposal_group"), why);
  }
  g_assert_false (gtk_widget_is_sensitive (template_child (page, "routed_row")));
  g_assert_false (gtk_widget_is_sensitive (template_child (page, "recommended_row")));
  g_assert_true (gtk_widget_is_sensitive (template_child (page, "title_row")));

  ber_test_screenshot (GTK_WIDGET (f->window), "item-decided-1100.png");

  /* The meeting opens from the decision, by keyboard. */
  button = find_button_by_tooltip (group, _("Open the Meeting"));
  g_assert_nonnull (button);
  press (button);
  {
    Shown shown = { GTK_WIDGET (f->window), BER_TYPE_MEETING_PAGE, decision->meeting_id };

    g_assert_true (ber_test_spin_until (shows_record, &shown));
  }
  g_assert_true (ber_test_spin_until (ber_test_is_unmapped, page));
}

static void
test_overdue (Fixture       *f,
              gconstpointer  data)
{
  gint64 item_id = item_titled (f, "EU-samråd om hälso- och sjukvårdens beredskap");
  BerItemPage *page = open_item (f, item_id);
  GtkWidget *status = template_child (page, "status_group");
  GtkWidget *deadline = template_child (page, "deadline_label");

  assert_status_on_top (page);
  assert_shows (status, _("Ready for agenda"));
  assert_shows (status, _("Reply By"));
  {
    g_autofree char *overdue = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue",
                                                             "%d days overdue", 2),
                                                2);

    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (deadline)), ==, overdue);
  }
  g_assert_true (gtk_widget_get_mapped (deadline));
  g_assert_true (gtk_widget_has_css_class (deadline, "error"));
  assert_shows (status, _("No meeting can decide before the reply date"));
  g_assert_true (gtk_widget_has_css_class (template_child (page, "step_icon"), "warning"));
  g_assert_false (gtk_widget_get_visible (template_child (page, "decision_group")));
  g_assert_true (gtk_widget_get_visible (template_child (page, "add_clause_button")));
  g_assert_true (gtk_widget_is_sensitive (template_child (page, "routed_row")));

  ber_test_screenshot (GTK_WIDGET (f->window), "item-overdue-1100.png");
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

static gboolean
is_shown (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

/* A confidential item names its ground in OSL; the row shows only while the item is secret. */
static void
test_confidential (Fixture       *f,
                   gconstpointer  data)
{
  gint64 item_id = item_titled (f, "Förfrågan om partnerskap i EU-projekt om cybersäkerhet i vården");
  BerItemPage *page = open_item (f, item_id);
  GtkWidget *ground = ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW,
                                            _("Ground for Secrecy (OSL)"));
  GtkWidget *secret = ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW,
                                            _("Confidential"));

  g_assert_nonnull (ground);
  g_assert_nonnull (secret);
  g_assert_true (gtk_widget_get_visible (ground));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ground)), ==, "OSL 18 kap. 8 §");
  g_assert_nonnull (ber_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW,
                                          _("Date of the Board Paper")));

  /* Not secret any more: the ground is hidden, and shown again when it is
   * (an activation is told a moment later, after what the page reads meanwhile). */
  gtk_widget_activate (secret);
  g_assert_true (ber_test_spin_until (is_hidden, ground));
  gtk_widget_activate (secret);
  g_assert_true (ber_test_spin_until (is_shown, ground));
}

/* An item on an agenda links to that meeting. */
static void
test_on_agenda (Fixture       *f,
                gconstpointer  data)
{
  gint64 item_id = item_titled (f, "Årlig uppföljning av den internationella strategin");
  BerItemPage *page = open_item (f, item_id);
  GtkWidget *row = template_child (page, "meeting_row");
  GtkWidget *button = template_child (page, "meeting_button");
  g_autoptr(BerItemState) state = NULL;

  {
    BerItems *items = ber_context_get_items (ber_window_get_context (f->window));
    g_autoptr(BerItem) item = ber_items_load (items, item_id, NULL);

    state = ber_items_get_state (items, item, 0, NULL, NULL);
    g_assert_nonnull (state);
    g_assert_cmpint (state->meeting_role, ==, BER_ITEM_MEETING_ON_AGENDA);
  }
  g_assert_true (gtk_widget_get_mapped (row));
  assert_shows (row, _("On the Agenda of"));
  assert_shows (row, state->meeting_body_name);
  assert_shows (row, state->meeting_held_on);
  press (button);
  {
    Shown shown = { GTK_WIDGET (f->window), BER_TYPE_MEETING_PAGE, state->meeting_id };

    g_assert_true (ber_test_spin_until (shows_record, &shown));
  }
}

/* At 360 pixels the page fits, its texts wrapped; pictures of both pages. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  const char *titles[] = { "Fortsatt medlemskap i EHMA",
                           "EU-samråd om hälso- och sjukvårdens beredskap" };
  const char *names[] = { "item-decided-360.png", "item-overdue-360.png" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());
      AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
      BerItemPage *page = ber_item_page_new ();
      BerContext *context = ber_window_get_context (f->window);
      g_autoptr(BerItem) item = ber_items_load (ber_context_get_items (context),
                                                item_titled (f, titles[i]), NULL);
      int minimum = 0;

      gtk_window_set_default_size (window, 360, 1000);
      adw_toast_overlay_set_child (overlay, GTK_WIDGET (page));
      gtk_window_set_child (window, GTK_WIDGET (overlay));
      ber_item_page_set_context (page, context);
      ber_item_page_set_item (page, item);
      gtk_window_present (window);
      g_assert_true (ber_test_spin_until (ber_test_is_mapped, page));
      g_assert_true (ber_test_spin_until (is_laid_out, window));

      gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                          NULL, NULL);
      g_assert_cmpint (minimum, <=, 360);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
      ber_test_screenshot (GTK_WIDGET (window), names[i]);
      if (i == 0)
        {
          /* Further down: the assessment and the proposal, locked. */
          GtkWidget *group = template_child (page, "assessment_group");
          GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (template_child (page, "scrolled"));
          graphene_point_t at;

          g_assert_true (gtk_widget_compute_point (group, GTK_WIDGET (scrolled),
                                                   &GRAPHENE_POINT_INIT (0, 0), &at));
          gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), at.y - 12);
          ber_test_screenshot (GTK_WIDGET (window), "item-decided-360-locked.png");
        }
      gtk_window_destroy (window);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  config_dir = ber_test_make_tmpdir ();
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  /* With BEREDNING_LOCALEDIR and LANGUAGE set, in that language: the
   * assertions read the translated words. */
  if (g_getenv ("BEREDNING_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BEREDNING_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/item-page-ui/decided", test_decided);
  ADD ("/item-page-ui/overdue", test_overdue);
  ADD ("/item-page-ui/on-agenda", test_on_agenda);
  ADD ("/item-page-ui/confidential", test_confidential);
  ADD ("/item-page-ui/narrow", test_narrow);

  status = g_test_run ();
  ber_test_remove_tree (config_dir);
  g_free (config_dir);
  return status;
}
