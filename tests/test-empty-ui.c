/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * A new, empty register in the real window, as a new user meets it: every
 * view's empty page offers its next step as a button, and where that step
 * needs something that is not there yet, the button leads there first. No
 * body: the meetings lead to creating one, and then on to the meeting. No
 * network: the returned reports lead to the Networks view. A search that
 * finds nothing offers to clear it. Buttons are found by the name a screen
 * reader reads: their label without the mnemonic's underscore, in the
 * language the test runs in (English unless LANGUAGE and
 * BEREDNING_LOCALEDIR say otherwise). With BER_SCREENSHOT_DIR set, each
 * empty page is saved as a PNG, at the width given in BER_SCREENSHOT_WIDTH
 * (1100 by default).
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ber-agenda-list.h"
#include "ber-application.h"
#include "ber-body-dialog.h"
#include "ber-meeting-page.h"
#include "ber-meetings-view.h"
#include "ber-model.h"
#include "ber-networks-view.h"
#include "ber-new-meeting-dialog.h"
#include "ber-record-row.h"
#include "ber-search-dialog.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"
#include "ber-window.h"

typedef struct
{
  char           *dir;
  char           *path;
  BerApplication *app;
  BerWindow      *window;
} Fixture;

/* The name a screen reader gives a button: its label, mnemonic left out. */
static char *
button_name (GtkWidget *button)
{
  const char *label = gtk_button_get_label (GTK_BUTTON (button));
  GString *name = g_string_new (NULL);

  for (const char *p = label != NULL ? label : ""; *p != '\0'; p++)
    if (*p != '_' || !gtk_button_get_use_underline (GTK_BUTTON (button)))
      g_string_append_c (name, *p);
  return g_string_free (name, FALSE);
}

/* The name of the button labelled @msgid, as the user reads it in the test's language. */
static char *
name_of (const char *msgid)
{
  GString *name = g_string_new (NULL);

  for (const char *p = _(msgid); *p != '\0'; p++)
    if (*p != '_')
      g_string_append_c (name, *p);
  return g_string_free (name, FALSE);
}

/* The button labelled @msgid that a user sees under @root (mapped), or %NULL. */
static GtkWidget *
shown_button (GtkWidget  *root,
              const char *msgid)
{
  g_autofree char *name = name_of (msgid);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_BUTTON (child))
        {
          g_autofree char *child_name = button_name (child);

          if (g_strcmp0 (child_name, name) == 0)
            return child;
        }
      found = shown_button (child, msgid);
      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *name;
} Wanted;

static gboolean
button_shown (gpointer data)
{
  Wanted *wanted = data;

  return shown_button (wanted->root, wanted->name) != NULL;
}

/* Waits until the button labelled @name shows under @root; fails the test if it never does. */
static GtkWidget *
wait_for_button (GtkWidget  *root,
                 const char *name)
{
  Wanted wanted = { root, name };

  if (!ber_test_spin_until (button_shown, &wanted))
    g_error ("No button “%s” is shown", name);
  return shown_button (root, name);
}

/* Presses the button labelled @name, shown and sensitive, as a user does. */
static void
press (GtkWidget  *root,
       const char *name)
{
  GtkWidget *button = wait_for_button (root, name);

  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ber_test_spin ();
}

static GtkStack *
find_stack_with (GtkWidget  *root,
                 const char *child_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found;

      if (GTK_IS_STACK (child) && gtk_stack_get_child_by_name (GTK_STACK (child), child_name))
        return GTK_STACK (child);
      found = find_stack_with (child, child_name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The content stack of the register view shown under @root: the mapped
 * one with an "empty" and a "no-results" page. */
static GtkStack *
shown_content (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_STACK (child) && gtk_stack_get_child_by_name (GTK_STACK (child), "no-results"))
        return GTK_STACK (child);
      found = shown_content (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
transition_ended (gpointer stack)
{
  return !gtk_stack_get_transition_running (stack);
}

/* Shows @page of the window ("agenda", "networks", "reports") and its
 * @section (the agenda's "items", "meetings", "follow-up", "bodies", or the
 * networks view's "networks", "persons"). */
static void
show (Fixture    *f,
      const char *page,
      const char *section)
{
  GtkStack *sections;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", page));
  ber_test_spin_until_quiet (300);
  if (section == NULL)
    return;
  sections = find_stack_with (GTK_WIDGET (f->window), section);
  g_assert_nonnull (sections);
  gtk_stack_set_visible_child_name (sections, section);
  /* Until the crossfade ends, the section left is still drawn. */
  g_assert_true (ber_test_spin_until (transition_ended, sections));
}

static gboolean
is_views (gpointer window)
{
  const char *page = ber_window_get_page (window);

  return g_strcmp0 (page, "overview") == 0 || g_strcmp0 (page, "agenda") == 0
         || g_strcmp0 (page, "networks") == 0 || g_strcmp0 (page, "reports") == 0;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *width = g_getenv ("BER_SCREENSHOT_WIDTH");

  f->dir = ber_test_make_tmpdir ();
  f->path = g_build_filename (f->dir, "tom.db", NULL);
  g_assert_true (ber_store_create (f->path, NULL, NULL, &error));
  g_assert_no_error (error);

  f->app = ber_test_application_new ("Empty");
  f->window = ber_window_new (f->app, f->path);
  gtk_window_set_default_size (GTK_WINDOW (f->window),
                               width != NULL ? (int) g_ascii_strtoll (width, NULL, 10) : 1100,
                               720);
  ber_window_load (f->window);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, f->window));
  g_assert_true (ber_test_spin_until (is_views, f->window));
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
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      gtk_window_destroy (l->data);
  }
  ber_test_spin_idle ();
  g_application_quit (G_APPLICATION (f->app));
  g_object_unref (f->app);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  const char *width = g_getenv ("BER_SCREENSHOT_WIDTH");
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, width != NULL ? width : "1100");

  ber_test_screenshot (widget, file);
}

/* Each view's empty page and the button that takes the next step. */
static void
test_next_steps (Fixture       *f,
                 gconstpointer  data)
{
  static const struct
  {
    const char *page, *section, *button, *not_button, *shot;
  } views[] = {
    { "agenda", "items", "_Register an Item", NULL, "empty-items" },
    /* No body yet: first the body, then the meeting. */
    { "agenda", "meetings", "_Create Body…", "_New Meeting", "empty-meetings" },
    { "agenda", "follow-up", "Show _Meetings", NULL, "empty-follow-up" },
    { "agenda", "bodies", "_New Body", NULL, "empty-bodies" },
    { "networks", "networks", "_New Network", NULL, "empty-networks" },
    { "networks", "persons", "_New Person", NULL, "empty-persons" },
    /* No network yet: a forum event needs one. */
    { "reports", NULL, "_New Network", "_New Forum Event", "empty-reports" },
  };
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkStack *content;
      GtkWidget *empty;

      g_test_message ("%s %s", views[i].page, views[i].section ? views[i].section : "");
      show (f, views[i].page, views[i].section);
      content = shown_content (GTK_WIDGET (f->window));
      g_assert_nonnull (content);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (content), ==, "empty");
      /* On the empty page itself, where the eye and the screen reader go. */
      empty = gtk_stack_get_visible_child (content);
      wait_for_button (empty, views[i].button);
      if (views[i].not_button != NULL)
        g_assert_null (shown_button (GTK_WIDGET (f->window), views[i].not_button));
      screenshot (GTK_WIDGET (f->window), views[i].shot);
    }

  /* The reports say why a network comes first. */
  text = ber_test_visible_text (GTK_WIDGET (f->window));
  g_assert_nonnull (strstr (text, _("A report is owed after a forum event of a network: a general "
                                    "assembly, a board or a working group meeting. There is no "
                                    "network yet: register it first, with its representatives.")));
}

/* The meetings' button creates the body, then goes on to its meeting. */
static void
test_meeting_after_body (Fixture       *f,
                         gconstpointer  data)
{
  BerContext *context = ber_window_get_context (f->window);
  GtkWidget *dialog;
  BerRecordRow *body_row;
  BerMeetingsView *meetings;
  BerAgendaList *agenda;
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) bodies = NULL;
  g_autoptr(BerRecord) body = NULL;
  g_autofree char *text = NULL;

  show (f, "agenda", "meetings");
  text = ber_test_visible_text (GTK_WIDGET (f->window));
  g_assert_nonnull (strstr (text, _("A meeting is held by a body: the council, a board or a "
                                    "committee. There is none yet: create the body first, then "
                                    "plan its meeting.")));
  press (GTK_WIDGET (f->window), "_Create Body…");

  dialog = GTK_WIDGET (ber_test_find_toplevel (BER_TYPE_BODY_DIALOG));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, dialog));
  ber_test_set_entry_row (dialog, _("Name"), "Regionstyrelsen");
  ber_test_set_entry_row (dialog, _("Short Name"), "RS");
  screenshot (dialog, "empty-body-dialog");
  press (dialog, "C_reate");

  /* The body is written, with the usual standing points. */
  bodies = ber_context_choose (context, BER_CHOICE_BODIES, filter);
  g_assert_cmpuint (g_list_model_get_n_items (bodies), ==, 1);
  body = g_list_model_get_item (bodies, 0);
  g_assert_cmpstr (ber_record_get_string (body, "name"), ==, "Regionstyrelsen");
  {
    g_autoptr(GListModel) points = ber_bodies_list_points (ber_context_get_bodies (context),
                                                           ber_record_get_id (body));

    g_assert_cmpuint (g_list_model_get_n_items (points), ==, 5);
  }

  /* On to the meeting, of that body. */
  dialog = GTK_WIDGET (ber_test_find_toplevel (BER_TYPE_NEW_MEETING_DIALOG));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, dialog));
  body_row = BER_RECORD_ROW (ber_test_require_widget (dialog, BER_TYPE_RECORD_ROW, _("_Body")));
  g_assert_cmpint (ber_record_row_get_id (body_row), ==, ber_record_get_id (body));
  g_assert_null (shown_button (dialog, "_Create Body…"));
  ber_test_set_entry_row (dialog, _("Date"), "2030-05-14");
  screenshot (dialog, "empty-new-meeting");
  press (dialog, "C_reate");

  /* The meeting opens, its agenda starting with the body's points. */
  meetings = BER_MEETINGS_VIEW (ber_test_find_widget (GTK_WIDGET (f->window),
                                                      BER_TYPE_MEETINGS_VIEW, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (ber_meetings_view_get_model (meetings)), ==, 1);
  agenda = BER_AGENDA_LIST (ber_test_find_widget (GTK_WIDGET (meetings), BER_TYPE_AGENDA_LIST,
                                                  NULL));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, agenda));
  g_assert_cmpuint (g_list_model_get_n_items (ber_agenda_list_get_entries (agenda)), ==, 5);
}

/* Ctrl+N with no body: the new meeting's dialog offers the body first. */
static void
test_new_meeting_offers_body (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *dialog;
  GtkWidget *body_dialog;
  BerRecordRow *body_row;
  g_autofree char *text = NULL;

  show (f, "agenda", "meetings");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-entry", NULL));
  ber_test_spin ();
  dialog = GTK_WIDGET (ber_test_find_toplevel (BER_TYPE_NEW_MEETING_DIALOG));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, dialog));
  wait_for_button (dialog, "_Create Body…");
  /* The first thing to do has the focus. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog))
                 == shown_button (dialog, "_Create Body…"));

  /* Creating the meeting at once says what is missing and how to get it. */
  press (dialog, "C_reate");
  text = ber_test_visible_text (dialog);
  g_assert_nonnull (strstr (text, _("There is no body to hold the meeting yet. Create the body "
                                    "first, for example the regional executive board, then "
                                    "choose it here.")));
  screenshot (dialog, "empty-new-meeting-no-body");

  press (dialog, "_Create Body…");
  body_dialog = GTK_WIDGET (ber_test_find_toplevel (BER_TYPE_BODY_DIALOG));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, body_dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (body_dialog)) == GTK_WINDOW (dialog));
  ber_test_set_entry_row (body_dialog, _("Name"), "Regionala utvecklingsnämnden");
  /* Without the usual points: the agenda starts empty. */
  gtk_switch_set_active (GTK_SWITCH (ber_test_require_widget (body_dialog, GTK_TYPE_SWITCH, NULL)),
                         FALSE);
  g_object_add_weak_pointer (G_OBJECT (body_dialog), (gpointer *) &body_dialog);
  press (body_dialog, "C_reate");
  g_assert_true (ber_test_spin_until (ber_test_is_null, &body_dialog));

  body_row = BER_RECORD_ROW (ber_test_require_widget (dialog, BER_TYPE_RECORD_ROW, _("_Body")));
  g_assert_cmpint (ber_record_row_get_id (body_row), >, 0);
  g_assert_null (shown_button (dialog, "_Create Body…"));
  ber_test_set_entry_row (dialog, _("Date"), "2030-06-11");
  press (dialog, "C_reate");

  /* An empty agenda says what to add. */
  wait_for_button (GTK_WIDGET (f->window), "Add _Ready Items…");
  wait_for_button (GTK_WIDGET (f->window), "Add Returned _Reports…");
  g_clear_pointer (&text, g_free);
  text = ber_test_visible_text (GTK_WIDGET (f->window));
  g_assert_nonnull (strstr (text, _("The Agenda Is Empty")));
  screenshot (GTK_WIDGET (f->window), "empty-agenda");
}

/* A search or a filter that finds nothing says so and offers to clear it. */
static void
test_no_results (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *search;
  GtkWidget *networks;
  GtkWidget *dialog;
  GtkDropDown *status;
  g_autofree char *text = NULL;

  show (f, "agenda", "items");
  search = ber_test_find_widget (GTK_WIDGET (f->window), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), "utlysning");
  wait_for_button (GTK_WIDGET (f->window), "_Clear Search");
  /* Not the button that creates. */
  g_assert_null (shown_button (GTK_WIDGET (f->window), "_Register an Item"));
  text = ber_test_visible_text (GTK_WIDGET (f->window));
  g_assert_nonnull (strstr (text, _("No Matching Items")));
  screenshot (GTK_WIDGET (f->window), "empty-no-results");
  press (GTK_WIDGET (f->window), "_Clear Search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  wait_for_button (GTK_WIDGET (f->window), "_Register an Item");

  /* A filter too: the networks' status. */
  show (f, "networks", "networks");
  networks = ber_test_find_widget (GTK_WIDGET (f->window), BER_TYPE_NETWORKS_VIEW, NULL);
  status = GTK_DROP_DOWN (ber_test_find_widget (networks, GTK_TYPE_DROP_DOWN, NULL));
  gtk_drop_down_set_selected (status, 1);
  press (GTK_WIDGET (f->window), "_Clear Search");
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, 0);
  wait_for_button (GTK_WIDGET (f->window), "_New Network");

  /* The search over everything (Ctrl+K) too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search-all", NULL));
  dialog = GTK_WIDGET (ber_test_find_toplevel (BER_TYPE_SEARCH_DIALOG));
  g_assert_true (ber_test_spin_until (ber_test_is_mapped, dialog));
  search = ber_test_find_widget (dialog, GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (search), "utlysning");
  wait_for_button (dialog, "_Clear Search");
  screenshot (dialog, "empty-search-all");
  press (dialog, "_Clear Search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_null (shown_button (dialog, "_Clear Search"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A next step in another view leads there. */
static void
test_leads_elsewhere (Fixture       *f,
                      gconstpointer  data)
{
  GtkStack *sections;

  /* The reports need a network: its page opens in the Networks view. */
  show (f, "reports", NULL);
  press (GTK_WIDGET (f->window), "_New Network");
  g_assert_cmpstr (ber_window_get_page (f->window), ==, "networks");
  g_assert_nonnull (shown_button (GTK_WIDGET (f->window), "_Save"));
  {
    GtkWidget *name = ber_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_ENTRY_ROW, _("Name"));

    g_assert_nonnull (name);
    g_assert_true (gtk_widget_get_mapped (name));
  }

  /* The follow-up's decisions come from meetings. */
  show (f, "agenda", "follow-up");
  press (GTK_WIDGET (f->window), "Show _Meetings");
  sections = find_stack_with (GTK_WIDGET (f->window), "follow-up");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sections), ==, "meetings");
  wait_for_button (GTK_WIDGET (f->window), "_Create Body…");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* With BEREDNING_LOCALEDIR and LANGUAGE set, in that language (for
   * screenshots); the buttons are found by their English names otherwise. */
  if (g_getenv ("BEREDNING_LOCALEDIR") != NULL)
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("BEREDNING_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/empty/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("next-steps", test_next_steps);
  ADD ("meeting-after-body", test_meeting_after_body);
  ADD ("new-meeting-offers-body", test_new_meeting_offers_body);
  ADD ("no-results", test_no_results);
  ADD ("leads-elsewhere", test_leads_elsewhere);
#undef ADD

  return g_test_run ();
}
