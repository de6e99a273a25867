/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Meetings in a real window: a meeting created through the form, a ready
 * item added from the check list, moved with the keyboard action, the agenda
 * locked (§ numbers shown), a decision and the minutes recorded (the item
 * decided). With BER_SCREENSHOT_DIR set, the agenda is saved as PNGs.
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ber-date-row.h"
#include "ber-agenda-list.h"
#include "ber-followup-view.h"
#include "ber-form-dialog.h"
#include "ber-item-page.h"
#include "ber-meeting-page.h"
#include "ber-meetings-view.h"
#include "ber-model.h"
#include "ber-number-row.h"
#include "ber-record-row.h"
#include "ber-test-ui.h"
#include "ber-test-utils.h"

typedef struct
{
  char            *dir;
  BerStore        *store;
  BerContext      *context;
  GtkWindow       *window;
  BerMeetingsView *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_DEMO, &f->dir);
  f->context = ber_context_new (f->store);
  f->window = GTK_WINDOW (gtk_window_new ());
  f->view = BER_MEETINGS_VIEW (ber_meetings_view_new ());
  gtk_window_set_default_size (f->window, 1100, 720);
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

static char *
title_at (BerMeetingPage *page,
          guint           position)
{
  g_autoptr(BerAgendaEntry) entry = g_list_model_get_item (ber_meeting_page_get_entries (page),
                                                           position);

  return g_strdup (ber_agenda_entry_get_title (entry));
}

/* The id of the first row of @source whose @column is @text. */
static gint64
id_where (BerStore   *store,
          const char *source,
          const char *column,
          const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerQuery) query = ber_query_new (source);
  g_autoptr(GPtrArray) rows = NULL;
  gint64 id = 0;

  if (text != NULL)
    ber_query_add_condition (query, column, BER_QUERY_EQ, g_variant_new_string (text));
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (store, query, 0, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id);
  return id;
}

/* Chooses the record @id in the record row titled @title. */
static void
choose_record (GtkWidget  *root,
               const char *title,
               gint64      id)
{
  ber_record_row_set_id (BER_RECORD_ROW (ber_test_require_widget (root, BER_TYPE_RECORD_ROW,
                                                                  title)),
                         id);
}

/* The button of @page labelled @label (with its mnemonic). */
static GtkWidget *
page_button (BerMeetingPage *page,
             const char     *label)
{
  return ber_test_require_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, label);
}

/* Whether @label is the page's next step: shown, and the suggested action. */
static gboolean
is_next_step (BerMeetingPage *page,
              const char     *label)
{
  GtkWidget *button = page_button (page, label);

  return gtk_widget_get_visible (button) && gtk_widget_has_css_class (button, "suggested-action");
}

/* The text of the page's hint at its foot. */
static const char *
hint_of (BerMeetingPage *page)
{
  GtkWidget *agenda = ber_test_require_widget (GTK_WIDGET (page), BER_TYPE_AGENDA_LIST, NULL);
  GtkWidget *hint = gtk_widget_get_next_sibling (agenda);

  g_assert_true (GTK_IS_LABEL (hint));
  return gtk_widget_get_visible (hint) ? gtk_label_get_label (GTK_LABEL (hint)) : NULL;
}

/* Whether a mapped label of @root reads @text. */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root)
      && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

/* Whether a form dialog is on show. */
static gboolean
form_is_open (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BER_IS_FORM_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return TRUE;
  return FALSE;
}

/* The menu button of @root whose tooltip is @tooltip. */
static GtkWidget *
find_menu_button (GtkWidget  *root,
                  const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_MENU_BUTTON (child) && g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return child;
      if ((found = find_menu_button (child, tooltip)) != NULL)
        return found;
    }
  return NULL;
}

/* The label of @menu's entry for @action with @target, as it reads: without its mnemonic. */
static char *
menu_label_of (GMenuModel *menu,
               const char *action,
               const char *target)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autofree char *name = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GVariant) value = NULL;

      if (section != NULL)
        {
          char *found = menu_label_of (section, action, target);

          if (found != NULL)
            return found;
          continue;
        }
      if (!g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
          || !g_str_equal (name, action)
          || !g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        continue;
      value = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      if (value != NULL && g_str_equal (g_variant_get_string (value, NULL), target))
        {
          g_auto(GStrv) parts = g_strsplit (label, "_", -1);

          return g_strjoinv ("", parts);
        }
    }
  return NULL;
}

/* The role the minutes dialog offers @name, found by its search. */
static char *
offered_role (BerFormDialog *dialog,
              const char    *name)
{
  GtkWidget *attendance = ber_test_require_widget (GTK_WIDGET (dialog),
                                                   ADW_TYPE_PREFERENCES_GROUP, "Attendance");
  GtkWidget *check;
  GtkDropDown *roles;
  GtkStringObject *role;

  gtk_editable_set_text (GTK_EDITABLE (ber_test_require_widget (attendance,
                                                                GTK_TYPE_SEARCH_ENTRY, NULL)),
                         name);
  ber_test_spin ();
  check = ber_test_require_widget (attendance, GTK_TYPE_CHECK_BUTTON, name);
  roles = GTK_DROP_DOWN (gtk_widget_get_next_sibling (check));
  role = gtk_drop_down_get_selected_item (roles);
  return g_strdup (gtk_string_object_get_string (role));
}

/* A meeting of the board, whose template has the standing points, made
 * through the meetings view's form (Ctrl+N); the page it opens. */
static BerMeetingPage *
new_board_meeting (Fixture    *f,
                   const char *date,
                   const char *starts_at,
                   const char *place)
{
  BerFormDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "view.new", NULL));
  ber_test_spin ();
  dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  choose_record (GTK_WIDGET (dialog), "_Body",
                 id_where (f->store, "body", "name", "Regionstyrelsen"));
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Date", date);
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Starts At (HH:MM)", starts_at);
  ber_test_set_entry_row (GTK_WIDGET (dialog), "Place", place);
  ber_test_screenshot (GTK_WIDGET (dialog), "meeting-new.png");
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin ();
  return BER_MEETING_PAGE (ber_test_find_widget (GTK_WIDGET (f->view), BER_TYPE_MEETING_PAGE,
                                                 NULL));
}

static void
test_meeting_to_minutes (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BerMeetingPage *page;
  BerFormDialog *dialog;
  GListModel *entries;
  gint64 meeting, body, item;
  guint n, item_position = G_MAXUINT;
  g_autofree char *status = NULL;
  g_autofree char *item_status = NULL;
  g_autofree char *moved = NULL;
  BerFollowupView *followup = NULL;

  ber_store_set_user (f->store, "testare");

  /* A new meeting of the first body, with its standing points. */
  page = new_board_meeting (f, "2031-03-10", "13:00", "Regionens hus, sal A");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  meeting = ber_meeting_page_get_meeting_id (page);
  g_assert_cmpint (meeting, >, 0);
  entries = ber_meeting_page_get_entries (page);
  n = g_list_model_get_n_items (entries);
  g_assert_cmpuint (n, >, 0);

  /* A ready item routed to that body. */
  {
    g_autoptr(GVariant) row = ber_store_get (f->store, "meeting", meeting, NULL);
    GVariantBuilder b;

    g_variant_lookup (row, "body_id", "x", &body);
    g_variant_builder_init (&b, G_VARIANT_TYPE_VARDICT);
    g_variant_builder_add (&b, "{sv}", "title", g_variant_new_string ("Remiss om sammanhållningspolitiken"));
    g_variant_builder_add (&b, "{sv}", "received_on", g_variant_new_string ("2031-02-01"));
    g_variant_builder_add (&b, "{sv}", "status", g_variant_new_string ("ready"));
    g_variant_builder_add (&b, "{sv}", "routed_body_id", g_variant_new_int64 (body));
    item = ber_store_insert (f->store, "item", g_variant_builder_end (&b), &error);
    g_assert_no_error (error);
    g_variant_builder_init (&b, G_VARIANT_TYPE_VARDICT);
    g_variant_builder_add (&b, "{sv}", "item_id", g_variant_new_int64 (item));
    g_variant_builder_add (&b, "{sv}", "position", g_variant_new_int64 (1));
    g_variant_builder_add (&b, "{sv}", "text",
                           g_variant_new_string ("att uppdra åt förvaltningen att lämna yttrande"));
    ber_store_insert (f->store, "clause", g_variant_builder_end (&b), &error);
    g_assert_no_error (error);
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.add-items", NULL));
  ber_test_spin ();
  dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  {
    GtkWidget *row = ber_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW,
                                           "Remiss om sammanhållningspolitiken");

    g_assert_nonnull (row);
    gtk_check_button_set_active (
        GTK_CHECK_BUTTON (ber_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL)), TRUE);
  }
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, n + 1);
  item_status = ber_test_column_text (f->store, "item", item, "status");
  g_assert_cmpstr (item_status, ==, "on-agenda");

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autofree char *title = title_at (page, i);

      if (g_str_equal (title, "Remiss om sammanhållningspolitiken"))
        item_position = i;
    }
  g_assert_cmpuint (item_position, <, n);

  /* Alt+Up on the last opening point moves it one place; the matter cannot climb into them. */
  ber_meeting_page_select (page, item_position - 1);
  moved = title_at (page, item_position - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.move-up", NULL));
  ber_test_spin ();
  {
    g_autofree char *now = title_at (page, item_position - 2);

    g_assert_cmpstr (now, ==, moved);
    g_assert_cmpuint (ber_meeting_page_get_selected (page), ==, item_position - 2);
  }
  ber_meeting_page_select (page, item_position);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.move-up", NULL));
  ber_test_spin ();
  {
    g_autofree char *still = title_at (page, item_position);

    g_assert_cmpstr (still, ==, "Remiss om sammanhållningspolitiken");
  }
  ber_test_screenshot (GTK_WIDGET (f->window), "meeting-agenda.png");

  /* The matter opens its item's page in place of the meeting, and comes back. */
  {
    BerItemPage *item_page;

    ber_meeting_page_select (page, item_position);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.open-item", NULL));
    ber_test_spin ();
    item_page = BER_ITEM_PAGE (ber_test_require_widget (GTK_WIDGET (f->view), BER_TYPE_ITEM_PAGE,
                                                        NULL));
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (item_page)));
    g_assert_cmpint (ber_record_get_id (BER_RECORD (ber_item_page_get_item (item_page))), ==,
                     item);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (item_page), "page.close", NULL));
    ber_test_spin ();
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
    g_assert_cmpuint (ber_meeting_page_get_selected (page), ==, item_position);
  }

  /* The matter's presenter and estimate, and the clock times that follow. */
  {
    gint64 entry_id, presenter = id_where (f->store, "person", "name", NULL);

    ber_meeting_page_select (page, item_position);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.edit-entry", NULL));
    ber_test_spin ();
    dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==,
                     "Remiss om sammanhållningspolitiken");
    choose_record (GTK_WIDGET (dialog), "_Presenter", presenter);
    ber_number_row_set_value (
        BER_NUMBER_ROW (ber_test_require_widget (GTK_WIDGET (dialog), BER_TYPE_NUMBER_ROW,
                                                 "Estimated _Minutes")),
        25);
    ber_test_screenshot (GTK_WIDGET (dialog), "meeting-entry.png");
    g_assert_true (ber_form_dialog_save (dialog));
    ber_test_spin ();
    {
      g_autoptr(BerAgendaEntry) entry = g_list_model_get_item (entries, item_position);
      int minutes = 0;

      entry_id = ber_record_get_id (BER_RECORD (entry));
      g_object_get (entry, "estimated-minutes", &minutes, NULL);
      g_assert_cmpint (minutes, ==, 25);
    }
    {
      g_autoptr(GVariant) row = ber_store_get (f->store, "agenda_entry", entry_id, &error);
      gint64 stored = 0;

      g_assert_no_error (error);
      g_assert_true (g_variant_lookup (row, "presenter_id", "x", &stored));
      g_assert_cmpint (stored, ==, presenter);
    }
    g_assert_cmpuint (ber_meeting_page_get_selected (page), ==, item_position);
  }

  /* Lock: confirmed, then every entry has its §. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.lock", NULL));
  ber_test_spin ();
  adw_message_dialog_response (
      ADW_MESSAGE_DIALOG (ber_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "lock");
  ber_test_spin ();
  status = ber_test_column_text (f->store, "meeting", meeting, "status");
  g_assert_cmpstr (status, ==, "agenda-locked");
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(BerAgendaEntry) entry = g_list_model_get_item (entries, i);
      int paragraph = 0;

      g_object_get (entry, "paragraph", &paragraph, NULL);
      g_assert_cmpint (paragraph, >, 0);
    }
  ber_test_screenshot (GTK_WIDGET (f->window), "meeting-locked.png");

  /* Before the day of the meeting its next step is the notice; minutes wait for the day. */
  g_assert_true (is_next_step (page, "_Print Notice…"));
  g_assert_false (gtk_widget_get_visible (page_button (page, "Record _Minutes…")));
  g_assert_false (gtk_widget_has_css_class (page_button (page, "_Decision…"), "suggested-action"));
  gtk_widget_activate_action (GTK_WIDGET (page), "page.record-minutes", NULL);
  ber_test_spin ();
  g_assert_false (form_is_open ());
  g_assert_cmpstr (hint_of (page), ==,
                   "The agenda is locked. Print the notice and send it with the agenda; the "
                   "minutes are recorded from the day of the meeting, 2031-03-10.");

  /* The decision: as proposed, with Exp till. The dialog names the §, and shows the matter's
   * title whole and the clauses decided as text to read. */
  ber_meeting_page_select (page, item_position);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.decision", NULL));
  ber_test_spin ();
  dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  {
    g_autoptr(BerAgendaEntry) entry = g_list_model_get_item (entries, item_position);
    g_autofree char *title = NULL;
    GtkWidget *heading = ber_test_require_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL,
                                                  "Remiss om sammanhållningspolitiken");
    GtkWidget *clauses = ber_test_require_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL,
                                                  "att uppdra åt förvaltningen att lämna yttrande");
    int paragraph = 0;

    g_object_get (entry, "paragraph", &paragraph, NULL);
    title = g_strdup_printf ("Decision, § %d", paragraph);
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, title);
    g_assert_true (gtk_widget_get_mapped (heading));
    g_assert_true (gtk_label_get_wrap (GTK_LABEL (heading)));
    g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (heading)), ==, PANGO_ELLIPSIZE_NONE);
    g_assert_true (gtk_widget_get_mapped (clauses));
    g_assert_true (gtk_label_get_wrap (GTK_LABEL (clauses)));
    g_assert_true (gtk_label_get_selectable (GTK_LABEL (clauses)));
    g_assert_false (gtk_widget_has_css_class (clauses, "dim-label"));
    g_assert_false (gtk_widget_has_css_class (clauses, "caption"));
    g_assert_true (shows_text (GTK_WIDGET (dialog), "Proposal for decision"));
  }
  ber_test_screenshot (GTK_WIDGET (dialog), "meeting-decision.png");
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin ();

  /* A decision entered before the meeting gives no assignment to follow up yet. */
  {
    GtkWindow *window = GTK_WINDOW (gtk_window_new ());

    followup = BER_FOLLOWUP_VIEW (ber_followup_view_new ());
    gtk_window_set_default_size (window, 1100, 600);
    gtk_window_set_child (window, GTK_WIDGET (followup));
    g_object_set (followup, "context", f->context, NULL);
    gtk_window_present (window);
    ber_test_spin ();
    g_assert_false (shows_text (GTK_WIDGET (followup), "Remiss om sammanhållningspolitiken"));
    g_assert_false (shows_text (GTK_WIDGET (followup),
                                "att uppdra åt förvaltningen att lämna yttrande"));
  }
  /* Minutes are refused before the day of the meeting, with a message that says why. */
  {
    g_autoptr(BerMeeting) early = ber_context_load (f->context, BER_TYPE_MEETING, meeting, &error);

    g_assert_no_error (error);
    g_assert_false (ber_meetings_record_minutes (ber_context_get_meetings (f->context), early,
                                                 NULL, &error));
    g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "has not taken place yet"));
    g_clear_error (&error);
  }

  /* The day of the meeting: recording the minutes is its next step. */
  ber_store_set_today (f->store, "2031-03-10");
  ber_meeting_page_reload (page);
  g_assert_true (is_next_step (page, "Record _Minutes…"));
  g_assert_false (gtk_widget_get_visible (page_button (page, "_Print Notice…")));
  g_assert_false (gtk_widget_has_css_class (page_button (page, "_Decision…"), "suggested-action"));

  /* The minutes, approved and posted: a dialog that names the meeting. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.record-minutes", NULL));
  ber_test_spin ();
  dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==,
                   "Minutes – Regionstyrelsen, 2031-03-10");
  {
    AdwWindowTitle *heading = ADW_WINDOW_TITLE (
      ber_test_require_widget (GTK_WIDGET (dialog), ADW_TYPE_WINDOW_TITLE, NULL));

    g_assert_cmpstr (adw_window_title_get_title (heading), ==, "Minutes");
    g_assert_cmpstr (adw_window_title_get_subtitle (heading), ==, "RS, 2031-03-10");
  }
  g_assert_nonnull (ber_test_find_button (GTK_WIDGET (dialog), "_Save Minutes"));
  g_assert_null (ber_test_find_button (GTK_WIDGET (dialog), "_Record Minutes"));
  /* Each person is offered the role they have, from the first screenful on: the board's
   * secretary as an official, as at its meetings before. */
  {
    GtkWidget *check = ber_test_require_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON,
                                                "Johanna Strand");
    GtkStringObject *role = gtk_drop_down_get_selected_item (
      GTK_DROP_DOWN (gtk_widget_get_next_sibling (check)));

    g_assert_cmpstr (gtk_string_object_get_string (role), ==, "Official");
  }
  /* The board's deputy and official as at its meetings before, an official new to the
   * board as an official, a member of another body as a member. */
  ber_assert_take_str (offered_role (dialog, "Lars Sandström"), ==, "Deputy");
  ber_assert_take_str (offered_role (dialog, "Sofia Lundberg"), ==, "Official");
  ber_assert_take_str (offered_role (dialog, "Mikael Häggström"), ==, "Official");
  ber_assert_take_str (offered_role (dialog, "Ängla Nyström"), ==, "Member");
  gtk_editable_set_text (
      GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW,
                                          "Date of Approval (Justering)")),
      "2031-03-12");
  gtk_editable_set_text (GTK_EDITABLE (ber_test_find_widget (
                             GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "Date of Posting (Anslag)")),
                         "2031-03-13");
  /* The chair, found by a search among the persons and ticked with her role. */
  {
    g_autofree char *name = ber_test_column_text (f->store, "person",
                                                  id_where (f->store, "person", "name", NULL),
                                                  "name");
    GtkWidget *check;
    GtkDropDown *roles;

    GtkWidget *attendance = ber_test_require_widget (GTK_WIDGET (dialog),
                                                     ADW_TYPE_PREFERENCES_GROUP, "Attendance");

    gtk_editable_set_text (GTK_EDITABLE (ber_test_require_widget (attendance,
                                                                  GTK_TYPE_SEARCH_ENTRY, NULL)),
                           name);
    ber_test_spin ();
    check = ber_test_require_widget (attendance, GTK_TYPE_CHECK_BUTTON, name);
    g_assert_true (gtk_widget_get_mapped (check));
    roles = GTK_DROP_DOWN (gtk_widget_get_next_sibling (check));
    /* Offered as the chair she was at the board's meetings before. */
    g_assert_cmpuint (gtk_drop_down_get_selected (roles), ==, 0);
    g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    /* Choosing a role ticks the person too. */
    gtk_drop_down_set_selected (roles, 1);
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    gtk_drop_down_set_selected (roles, 0);
  }
  ber_test_screenshot (GTK_WIDGET (dialog), "meeting-minutes-dialog.png");
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin ();

  g_clear_pointer (&status, g_free);
  g_clear_pointer (&item_status, g_free);
  status = ber_test_column_text (f->store, "meeting", meeting, "status");
  item_status = ber_test_column_text (f->store, "item", item, "status");
  g_assert_cmpstr (status, ==, "minutes-approved");
  g_assert_cmpstr (item_status, ==, "decided");

  /* The assignment is followed up now, under the matter's title and its §. */
  ber_test_spin_until_quiet (300);
  {
    g_autoptr(BerAgendaEntry) entry = g_list_model_get_item (entries, item_position);
    g_autofree char *where = NULL;
    int paragraph = 0;

    g_object_get (entry, "paragraph", &paragraph, NULL);
    where = g_strdup_printf ("RS § %d, 2031-03-10", paragraph);
    {
      /* A slow build draws the follow-up's new row a while later. */
      gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

      while (!shows_text (GTK_WIDGET (followup), "Remiss om sammanhållningspolitiken")
             && g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, TRUE);
    }
    g_assert_true (shows_text (GTK_WIDGET (followup), "Remiss om sammanhållningspolitiken"));
    g_assert_true (shows_text (GTK_WIDGET (followup), where));
    g_assert_true (shows_text (GTK_WIDGET (followup),
                               "att uppdra åt förvaltningen att lämna yttrande"));
    ber_test_screenshot (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (followup))),
                         "followup-after-minutes.png");
    gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (followup))));
    ber_test_spin ();
  }

  /* Approved: the hint names the print menu's entry for the minutes, as the menu reads. */
  {
    GtkWidget *menu_button;
    GMenuModel *menu;
    g_autofree char *entry_label = NULL;
    g_autofree char *expected = NULL;

    menu_button = find_menu_button (GTK_WIDGET (page), "Print and Export");
    g_assert_nonnull (menu_button);
    menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
    entry_label = menu_label_of (menu, "page.export", "minutes");
    g_assert_cmpstr (entry_label, ==, "Export Minutes…");
    expected = g_strdup_printf ("The minutes are approved. Export them with “%s” in the “%s” "
                                "menu.", entry_label,
                                gtk_widget_get_tooltip_text (menu_button));
    g_assert_cmpstr (hint_of (page), ==, expected);
  }
  {
    g_autoptr(BerQuery) query = ber_query_new ("attendance");
    g_autoptr(GPtrArray) rows = NULL;
    const char *role = NULL;

    ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, g_variant_new_int64 (meeting));
    rows = ber_store_select (f->store, query, 0, 10, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (rows->len, ==, 1);
    g_assert_true (g_variant_lookup (g_ptr_array_index (rows, 0), "role", "&s", &role));
    g_assert_cmpstr (role, ==, "chair");
  }
  ber_test_screenshot (GTK_WIDGET (f->window), "meeting-minutes.png");

  /* Back to the list: the meeting is there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "meetings.back", NULL));
  ber_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (ber_meetings_view_get_model (f->view)), >, 0);
  ber_test_screenshot (GTK_WIDGET (f->window), "meetings-list.png");
}

static void
test_followup (Fixture       *f,
               gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  BerFollowupView *view = BER_FOLLOWUP_VIEW (ber_followup_view_new ());
  GtkWidget *button;
  guint n;

  gtk_window_set_default_size (window, 900, 600);
  gtk_window_set_child (window, GTK_WIDGET (view));
  g_object_set (view, "context", f->context, NULL);
  gtk_window_present (window);
  ber_test_spin ();

  /* The demo register has open assignments from its decisions, each under the matter
   * decided and the meeting and § that decided it. */
  n = ber_followup_view_get_n_shown (view);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      GListModel *model = ber_register_view_get_model (BER_REGISTER_VIEW (view));
      g_autoptr(BerFollowup) followup = g_list_model_get_item (model, i);
      g_autofree char *where = NULL;
      int paragraph = 0;

      g_object_get (followup, "paragraph", &paragraph, NULL);
      where = g_strdup_printf ("%s § %d, %s",
                               ber_record_get_string (BER_RECORD (followup), "body-short-name"),
                               paragraph,
                               ber_record_get_string (BER_RECORD (followup), "held-on"));
      g_assert_cmpstr (ber_record_get_string (BER_RECORD (followup), "entry-title"), !=, "");
      g_assert_true (shows_text (GTK_WIDGET (view),
                                 ber_record_get_string (BER_RECORD (followup), "entry-title")));
      g_assert_true (shows_text (GTK_WIDGET (view), where));
      /* Only meetings that have taken place give assignments. */
      g_assert_cmpstr (ber_record_get_string (BER_RECORD (followup), "held-on"), <=,
                       ber_store_get_today (f->store));
    }
  ber_test_screenshot (GTK_WIDGET (window), "followup.png");

  /* Assigning a decision names who carries it out and by when. */
  {
    g_autoptr(GList) toplevels = NULL;
    BerFormDialog *dialog = NULL;
    g_autoptr(GVariant) row = NULL;
    BerFollowup *followup;
    gint64 clause_id = 0, responsible = 0, person;
    const char *due = NULL;

    button = ber_test_find_button (GTK_WIDGET (view), "_Assign…");
    g_assert_nonnull (button);
    followup = g_object_get_data (G_OBJECT (button), "followup");
    g_assert_nonnull (followup);
    clause_id = ber_record_get_id (BER_RECORD (followup));
    g_signal_emit_by_name (button, "clicked");
    ber_test_spin ();
    toplevels = gtk_window_list_toplevels ();
    for (GList *l = toplevels; l != NULL; l = l->next)
      if (BER_IS_FORM_DIALOG (l->data) && gtk_widget_get_visible (l->data))
        dialog = l->data;
    g_assert_nonnull (dialog);
    person = id_where (f->store, "person", "name", NULL);
    choose_record (GTK_WIDGET (dialog), "Responsible", person);
    gtk_editable_set_text (
        GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (dialog), BER_TYPE_DATE_ROW, NULL)),
        "2027-03-31");
    ber_test_screenshot (GTK_WIDGET (dialog), "followup-assign.png");
    g_assert_true (ber_form_dialog_save (dialog));
    ber_test_spin ();
    row = ber_store_get (f->store, "clause", clause_id, NULL);
    g_assert_true (g_variant_lookup (row, "responsible_id", "x", &responsible));
    g_assert_cmpint (responsible, ==, person);
    g_assert_true (g_variant_lookup (row, "due_on", "&s", &due));
    g_assert_cmpstr (due, ==, "2027-03-31");
    /* The list shows it at once. */
    g_assert_nonnull (ber_test_find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, "2027-03-31"));
  }

  /* Late only: the list narrows to those past their due date. */
  ber_followup_view_set_late (view, TRUE);
  ber_test_spin ();
  g_assert_cmpuint (ber_followup_view_get_n_shown (view), <=, n);
  for (guint i = 0; i < ber_followup_view_get_n_shown (view); i++)
    {
      GListModel *model = ber_register_view_get_model (BER_REGISTER_VIEW (view));
      g_autoptr(BerFollowup) late = g_list_model_get_item (model, i);

      g_assert_true (ber_followup_get_late (late));
    }
  ber_followup_view_set_late (view, FALSE);
  ber_test_spin ();
  g_assert_cmpuint (ber_followup_view_get_n_shown (view), ==, n);

  button = ber_test_find_button (GTK_WIDGET (view), "Mark _Done");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ber_test_spin ();
  g_assert_cmpuint (ber_followup_view_get_n_shown (view), ==, n - 1);

  gtk_window_destroy (window);
  ber_test_spin ();
}

/*
 * A locked agenda exported the way a user does it, through the actions of
 * the meeting page's menu and the save dialog: the notice with the agenda and
 * the meeting pack as PDF, read back with pdftotext; then the agenda printed
 * (to a file, through the BEREDNING_PRINT_TO_FILE hook) with the same text as
 * the export.
 */
static void
test_export_and_print (Fixture       *f,
                       gconstpointer  data)
{
  const char *title = "Remiss: Östersjöstrategins åtgärder för hälsa";
  g_autoptr(GError) error = NULL;
  g_autofree char *notice_path = NULL;
  g_autofree char *pack_path = NULL;
  g_autofree char *printed_path = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *pack = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *paragraph_text = NULL;
  g_autofree char *numbered = NULL;
  g_autofree char *status = NULL;
  BerMeetingPage *page;
  BerFormDialog *dialog;
  GListModel *entries;
  gint64 meeting, body, item;
  int paragraph = 0;

  ber_store_set_user (f->store, "testare");

  /* A meeting of the board, through the meetings view's form. */
  page = new_board_meeting (f, "2031-04-14", "09:30", "Regionens hus, sal Älven");
  meeting = ber_meeting_page_get_meeting_id (page);
  g_assert_cmpint (meeting, >, 0);
  entries = ber_meeting_page_get_entries (page);

  /* A ready item routed to the board, with a clause, put on the agenda from the check list. */
  {
    g_autoptr(GVariant) row = ber_store_get (f->store, "meeting", meeting, NULL);
    GVariantBuilder b;

    g_variant_lookup (row, "body_id", "x", &body);
    g_variant_builder_init (&b, G_VARIANT_TYPE_VARDICT);
    g_variant_builder_add (&b, "{sv}", "title", g_variant_new_string (title));
    g_variant_builder_add (&b, "{sv}", "received_on", g_variant_new_string ("2031-03-02"));
    g_variant_builder_add (&b, "{sv}", "status", g_variant_new_string ("ready"));
    g_variant_builder_add (&b, "{sv}", "routed_body_id", g_variant_new_int64 (body));
    item = ber_store_insert (f->store, "item", g_variant_builder_end (&b), &error);
    g_assert_no_error (error);
    g_variant_builder_init (&b, G_VARIANT_TYPE_VARDICT);
    g_variant_builder_add (&b, "{sv}", "item_id", g_variant_new_int64 (item));
    g_variant_builder_add (&b, "{sv}", "position", g_variant_new_int64 (1));
    g_variant_builder_add (&b, "{sv}", "text",
                           g_variant_new_string ("att ställa sig bakom förslaget i sin helhet"));
    ber_store_insert (f->store, "clause", g_variant_builder_end (&b), &error);
    g_assert_no_error (error);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.add-items", NULL));
  ber_test_spin ();
  dialog = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  {
    GtkWidget *row = ber_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, title);

    g_assert_nonnull (row);
    gtk_check_button_set_active (
        GTK_CHECK_BUTTON (ber_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL)), TRUE);
  }
  g_assert_true (ber_form_dialog_save (dialog));
  ber_test_spin ();

  /* Locked: the matter has its §. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.lock", NULL));
  ber_test_spin ();
  adw_message_dialog_response (
      ADW_MESSAGE_DIALOG (ber_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "lock");
  ber_test_spin ();
  status = ber_test_column_text (f->store, "meeting", meeting, "status");
  g_assert_cmpstr (status, ==, "agenda-locked");
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(BerAgendaEntry) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (ber_agenda_entry_get_title (entry), title))
        g_object_get (entry, "paragraph", &paragraph, NULL);
    }
  g_assert_cmpint (paragraph, >, 0);
  paragraph_text = g_strdup_printf ("§ %d", paragraph);
  numbered = g_strdup_printf ("§ %d %s", paragraph, title);

  /* The notice with the agenda, through the save dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.export", "s", "agenda"));
  notice_path = ber_test_answer_save_dialog (f->dir, "Kallelse 2031-04-14.pdf");
  g_assert_true (ber_test_wait_for_file (notice_path));
  notice = ber_test_pdf_text (notice_path);
  g_assert_nonnull (strstr (notice, "Notice of meeting"));
  g_assert_nonnull (strstr (notice, "Regionstyrelsen"));
  g_assert_nonnull (strstr (notice, "Regionens hus, sal Älven"));
  g_assert_nonnull (strstr (notice, paragraph_text));
  g_assert_nonnull (strstr (notice, title));

  /* The meeting pack: contents first, then the notice and the board paper. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.export", "s", "pack"));
  pack_path = ber_test_answer_save_dialog (f->dir, "Handlingar 2031-04-14.pdf");
  g_assert_true (ber_test_wait_for_file (pack_path));
  pack = ber_test_pdf_text (pack_path);
  {
    g_auto(GStrv) pages = g_strsplit (pack, "\f", -1);
    const char *board_paper = NULL;

    g_assert_cmpuint (g_strv_length (pages), >=, 3);
    g_assert_nonnull (strstr (pages[0], "Meeting papers"));
    g_assert_nonnull (strstr (pages[0], "Contents"));
    g_assert_nonnull (strstr (pages[0], "Notice and agenda"));
    g_assert_nonnull (strstr (pages[0], numbered));
    for (guint i = 1; pages[i] != NULL; i++)
      if (strstr (pages[i], numbered) != NULL
          && strstr (pages[i], "Description of the matter") != NULL)
        board_paper = pages[i];
    g_assert_nonnull (board_paper);
    g_assert_nonnull (strstr (board_paper, "att ställa sig bakom förslaget i sin helhet"));
  }

  /* Printed, to a file instead of a printer: the same text as the exported notice. */
  printed_path = g_build_filename (f->dir, "Utskrift.pdf", NULL);
  g_setenv ("BEREDNING_PRINT_TO_FILE", printed_path, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.print-agenda", NULL));
  /* The notice is laid out in a thread first: the hook holds until it prints. */
  g_assert_true (ber_test_wait_for_file (printed_path));
  g_unsetenv ("BEREDNING_PRINT_TO_FILE");
  printed = ber_test_pdf_text (printed_path);
  /* pdftotext lays columns out by a grid of its own: a printer's fonts may
   * move a column by one space, so runs of spaces count as one. */
  {
    g_autoptr(GRegex) spaces = g_regex_new (" +", 0, 0, NULL);
    g_autofree char *printed_words = g_regex_replace_literal (spaces, printed, -1, 0, " ", 0, NULL);
    g_autofree char *notice_words = g_regex_replace_literal (spaces, notice, -1, 0, " ", 0, NULL);

    g_assert_cmpstr (printed_words, ==, notice_words);
  }
}

/* The first widget of @type under @root whose tooltip, or label text, contains @text. */
static GtkWidget *
find_statement_widget (GtkWidget  *root,
                       GType       type,
                       const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *shown = GTK_IS_LABEL (child) ? gtk_label_get_label (GTK_LABEL (child))
                                               : gtk_widget_get_tooltip_text (child);
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && shown != NULL && strstr (shown, text))
        return child;
      found = find_statement_widget (child, type, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/*
 * Reservations and statements recorded through the decision dialog: the
 * statement form refuses an empty author, a reservation and a statement for
 * the minutes are added, the statement removed again, and the decision saved
 * stores the reservation and shows it in the agenda's Decision column.
 */
static void
test_decision_statements (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  BerMeetingPage *page = BER_MEETING_PAGE (ber_meeting_page_new ());
  BerFormDialog *decision, *statement;
  g_autoptr(BerQuery) statements = ber_query_new ("statement");
  GtkWidget *widget;
  gint64 meeting = 0, entry_id = 0;
  const char *text = NULL;

  /* A coming meeting of the board from the demo, with matters on its agenda. */
  {
    g_autoptr(BerQuery) query = ber_query_new ("meeting_list");
    g_autoptr(GPtrArray) meetings = NULL;

    ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("planned"));
    ber_query_add_condition (query, "body_short_name", BER_QUERY_EQ, g_variant_new_string ("RS"));
    ber_query_add_order (query, "held_on", FALSE);
    meetings = ber_store_select (f->store, query, 0, 10, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < meetings->len && entry_id == 0; i++)
      {
        g_autoptr(BerQuery) entries = ber_query_new ("agenda_entry");
        g_autoptr(GPtrArray) items = NULL;

        g_variant_lookup (g_ptr_array_index (meetings, i), "id", "x", &meeting);
        ber_query_add_condition (entries, "meeting_id", BER_QUERY_EQ,
                                 g_variant_new_int64 (meeting));
        ber_query_add_condition (entries, "kind", BER_QUERY_EQ, g_variant_new_string ("item"));
        items = ber_store_select (f->store, entries, 0, 1, &error);
        g_assert_no_error (error);
        if (items->len > 0)
          g_variant_lookup (g_ptr_array_index (items, 0), "id", "x", &entry_id);
      }
    g_assert_cmpint (entry_id, >, 0);
  }

  gtk_window_set_default_size (window, 1100, 720);
  gtk_window_set_child (window, GTK_WIDGET (page));
  g_object_set (page, "context", f->context, NULL);
  ber_meeting_page_set_meeting (page, meeting);
  gtk_window_present (window);
  ber_test_spin ();

  /* Statements wait for the minutes: lock the agenda first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.lock", NULL));
  ber_test_spin ();
  adw_message_dialog_response (
      ADW_MESSAGE_DIALOG (ber_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG)), "lock");
  ber_test_spin ();
  for (guint i = 0; i < g_list_model_get_n_items (ber_meeting_page_get_entries (page)); i++)
    {
      g_autoptr(BerRecord) entry = g_list_model_get_item (ber_meeting_page_get_entries (page), i);

      if (ber_record_get_id (entry) == entry_id)
        ber_meeting_page_select (page, i);
    }
  g_assert_cmpuint (ber_meeting_page_get_selected (page), !=, GTK_INVALID_LIST_POSITION);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.decision", NULL));
  ber_test_spin ();
  decision = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  g_assert_nonnull (find_statement_widget (GTK_WIDGET (decision), GTK_TYPE_LABEL,
                                           "No reservations or statements"));

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GList) toplevels = NULL;

      widget = ber_test_find_button (GTK_WIDGET (decision), "Add Reservation or _Statement…");
      g_assert_nonnull (widget);
      g_signal_emit_by_name (widget, "clicked");
      ber_test_spin ();
      statement = NULL;
      toplevels = gtk_window_list_toplevels ();
      for (GList *l = toplevels; l != NULL; l = l->next)
        if (BER_IS_FORM_DIALOG (l->data) && gtk_widget_get_visible (l->data)
            && gtk_window_get_transient_for (l->data) == GTK_WINDOW (decision))
          statement = l->data;
      g_assert_nonnull (statement);

      if (round == 0)
        {
          /* No author: refused with a message that says what to write. */
          g_assert_false (ber_form_dialog_save (statement));
          ber_test_spin ();
          g_assert_true (gtk_widget_get_visible (GTK_WIDGET (statement)));
          g_assert_nonnull (find_statement_widget (GTK_WIDGET (statement), GTK_TYPE_LABEL,
                                                   "Author is empty"));
          ber_test_screenshot (GTK_WIDGET (statement), "meeting-statement-form.png");
        }

      adw_combo_row_set_selected (ADW_COMBO_ROW (ber_test_find_widget (
                                      GTK_WIDGET (statement), ADW_TYPE_COMBO_ROW, "_Kind")),
                                  round == 0 ? 0 : 1);
      gtk_editable_set_text (
          GTK_EDITABLE (ber_test_find_widget (GTK_WIDGET (statement), ADW_TYPE_ENTRY_ROW, NULL)),
          round == 0 ? "Örjan Björklund (M)" : "Maria Öberg (V)");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (ber_test_find_widget (
                                    GTK_WIDGET (statement), GTK_TYPE_TEXT_VIEW, NULL))),
                                round == 0 ? "Till förmån för eget yrkande om återremiss." : "",
                                -1);
      g_assert_true (ber_form_dialog_save (statement));
      ber_test_spin ();
    }

  /* Both listed in the dialog, each with its buttons; nothing is stored yet. */
  g_assert_nonnull (
      ber_test_find_widget (GTK_WIDGET (decision), ADW_TYPE_ACTION_ROW, "Reservation"));
  g_assert_nonnull (ber_test_find_widget (GTK_WIDGET (decision), ADW_TYPE_ACTION_ROW,
                                          "Statement for the Minutes"));
  ber_query_add_condition (statements, "agenda_entry_id", BER_QUERY_EQ,
                           g_variant_new_int64 (entry_id));
  ber_query_add_order (statements, "position", FALSE);
  stored = ber_store_select (f->store, statements, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 0);
  g_clear_pointer (&stored, g_ptr_array_unref);
  ber_test_screenshot (GTK_WIDGET (decision), "meeting-decision-statements.png");

  /* The statement for the minutes is removed again with its own button. */
  widget = find_statement_widget (GTK_WIDGET (decision), GTK_TYPE_BUTTON,
                                  "Remove Statement for the Minutes: Maria Öberg (V)");
  g_assert_nonnull (widget);
  g_signal_emit_by_name (widget, "clicked");
  ber_test_spin ();
  g_assert_null (ber_test_find_widget (GTK_WIDGET (decision), ADW_TYPE_ACTION_ROW,
                                       "Statement for the Minutes"));

  /* Recording the decision stores the reservation with it. */
  g_assert_true (ber_form_dialog_save (decision));
  ber_test_spin ();
  stored = ber_store_select (f->store, statements, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_true (g_variant_lookup (g_ptr_array_index (stored, 0), "kind", "&s", &text));
  g_assert_cmpstr (text, ==, "reservation");
  g_assert_true (g_variant_lookup (g_ptr_array_index (stored, 0), "author", "&s", &text));
  g_assert_cmpstr (text, ==, "Örjan Björklund (M)");
  g_assert_true (g_variant_lookup (g_ptr_array_index (stored, 0), "text", "&s", &text));
  g_assert_cmpstr (text, ==, "Till förmån för eget yrkande om återremiss.");
  g_assert_nonnull (find_statement_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, "1 reservation"));
  ber_test_screenshot (GTK_WIDGET (window), "meeting-statements-summary.png");

  /* Opened again, the dialog lists what is stored. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.decision", NULL));
  ber_test_spin ();
  decision = BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
  widget = ber_test_find_widget (GTK_WIDGET (decision), ADW_TYPE_ACTION_ROW, "Reservation");
  g_assert_nonnull (widget);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)),
                            "Örjan Björklund (M)"));
  gtk_window_close (GTK_WINDOW (decision));
  ber_test_spin ();

  /* The selected paragraph's extract carries the reservation. */
  {
    g_autofree char *extract_path = NULL;
    g_autofree char *extract = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "page.export", "s", "extract"));
    extract_path = ber_test_answer_save_dialog (f->dir, "Protokollsutdrag.pdf");
    g_assert_true (ber_test_wait_for_file (extract_path));
    extract = ber_test_pdf_text (extract_path);
    g_assert_nonnull (strstr (extract, "Extract from the minutes"));
    g_assert_nonnull (strstr (extract, "Reservation"));
    g_assert_nonnull (strstr (extract, "Örjan Björklund (M)"));
  }

  gtk_window_destroy (window);
  ber_test_spin ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/meetings-ui/meeting-to-minutes", Fixture, NULL, fixture_set_up,
              test_meeting_to_minutes, fixture_tear_down);
  g_test_add ("/meetings-ui/followup", Fixture, NULL, fixture_set_up, test_followup,
              fixture_tear_down);
  g_test_add ("/meetings-ui/export-and-print", Fixture, NULL, fixture_set_up,
              test_export_and_print, fixture_tear_down);

  g_test_add ("/meetings-ui/decision-statements", Fixture, NULL, fixture_set_up,
              test_decision_statements, fixture_tear_down);

  return g_test_run ();
}
