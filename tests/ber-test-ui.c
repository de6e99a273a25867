/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-test-ui"

#include "config.h"

#include "ber-test-ui.h"

#include "ber-record-row.h"

static void       spin_for        (guint       ms);
static gboolean   has_title       (GtkWidget  *widget,
                                   const char *title);
static GtkWindow *lookup_toplevel (GType       type);
static void       collect_labels  (GtkWidget  *widget,
                                   gboolean    status_pages,
                                   GString    *text);

/* Runs the main loop for @ms milliseconds, busy or not. */
static void
spin_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

/*
 * A title is what a user reads on the widget: a preferences row's or group's
 * title, a button's or check button's label, a label's text.
 */
static gboolean
has_title (GtkWidget  *widget,
           const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
  if (ADW_IS_PREFERENCES_GROUP (widget))
    return g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
  if (GTK_IS_BUTTON (widget))
    return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), title) == 0;
  if (GTK_IS_CHECK_BUTTON (widget))
    return g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), title) == 0;
  if (GTK_IS_LABEL (widget))
    return g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), title) == 0;
  return FALSE;
}

/* The first visible toplevel window of @type, or %NULL. */
static GtkWindow *
lookup_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static void
collect_labels (GtkWidget *widget,
                gboolean   status_pages,
                GString   *text)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  if (status_pages && ADW_IS_STATUS_PAGE (widget))
    g_string_append_printf (text, "%s\n%s\n", adw_status_page_get_title (ADW_STATUS_PAGE (widget)),
                            adw_status_page_get_description (ADW_STATUS_PAGE (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, status_pages, text);
}

/* Runs the main loop for 300 ms: long enough for a dialog to map, a
 * transition to start or GtkSearchEntry's pause after typing to pass. */
void
ber_test_spin (void)
{
  spin_for (300);
}

/* Runs the main loop until nothing is pending, for at least 50 ms and at
 * most @max_ms: long enough for a dialog to map or a slide to start. */
void
ber_test_spin_until_quiet (guint max_ms)
{
  gint64 start = g_get_monotonic_time ();

  while (g_get_monotonic_time () < start + (gint64) max_ms * 1000)
    if (!g_main_context_iteration (NULL, FALSE))
      {
        if (g_get_monotonic_time () > start + 50 * 1000)
          break;
        g_usleep (2000);
      }
}

/* Dispatches what is pending now, without waiting for more. */
void
ber_test_spin_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop until @condition holds for @data, for at most 10
 * seconds; returns whether it came to hold. */
gboolean
ber_test_spin_until (BerTestCondition condition,
                     gpointer         data)
{
  /* Ten seconds, or BEREDNING_TEST_WAIT_SECONDS where everything runs slower
   * (the sanitizers' pass). */
  const char *wait = g_getenv ("BEREDNING_TEST_WAIT_SECONDS");
  guint seconds = wait != NULL ? (guint) g_ascii_strtoull (wait, NULL, 10) : 0;

  return ber_test_spin_until_within (condition, data, seconds > 0 ? seconds : 10);
}

/* As ber_test_spin_until(), for at most @seconds. */
gboolean
ber_test_spin_until_within (BerTestCondition condition,
                            gpointer         data,
                            guint            seconds)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
  return TRUE;
}

/* A condition: @widget is mapped. */
gboolean
ber_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* For waiting out a page's leaving transition: a stack keeps its old child
 * mapped until the crossfade ends. */
gboolean
ber_test_is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

/* A condition: the pointer at @pointer, a weak pointer, has been cleared. */
gboolean
ber_test_is_null (gpointer pointer)
{
  return *(gpointer *) pointer == NULL;
}

/*
 * The first widget of @type under @root whose title is @title, or any widget
 * of @type if @title is %NULL. The title is a preferences row's or group's
 * title, a button's or check button's label (with its mnemonic underscore),
 * or a label's text (with its markup); other widgets match only a %NULL title.
 */
GtkWidget *
ber_test_find_widget (GtkWidget  *root,
                      GType       type,
                      const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (title == NULL || has_title (child, title)))
        return child;
      found = ber_test_find_widget (child, type, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* As ber_test_find_widget(), but fails the test if there is no such widget. */
GtkWidget *
ber_test_require_widget (GtkWidget  *root,
                         GType       type,
                         const char *title)
{
  GtkWidget *widget = ber_test_find_widget (root, type, title);

  if (widget == NULL)
    g_error ("No %s “%s” to be found", g_type_name (type), title != NULL ? title : "");
  return widget;
}

/* The first button under @root labelled @label, or %NULL. */
GtkWidget *
ber_test_find_button (GtkWidget  *root,
                      const char *label)
{
  return ber_test_find_widget (root, GTK_TYPE_BUTTON, label);
}

/* The first visible toplevel window of @type; fails the test if there is none. */
GtkWindow *
ber_test_find_toplevel (GType type)
{
  GtkWindow *window = lookup_toplevel (type);

  if (window == NULL)
    g_error ("No %s is open", g_type_name (type));
  return window;
}

/* The message dialog shown over @widget's window, or %NULL (earlier
 * tests' windows may still have theirs). */
AdwMessageDialog *
ber_test_visible_message_dialog (GtkWidget *widget)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GtkRoot *root = gtk_widget_get_root (widget);

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data)
        && GTK_ROOT (gtk_window_get_transient_for (l->data)) == root)
      return l->data;
  return NULL;
}

/* A #BerTestCondition: whether a message dialog is shown over @widget's
 * window. */
gboolean
ber_test_message_dialog_shown (gpointer widget)
{
  return ber_test_visible_message_dialog (widget) != NULL;
}

/* A #BerTestCondition on a #BerTestTextWait: whether its widget shows its
 * text, as ber_test_visible_text() reads it (lists are read again after a
 * write, a message is revealed). */
gboolean
ber_test_shows_text (gpointer data)
{
  BerTestTextWait *wait = data;
  g_autofree char *text = ber_test_visible_text (wait->widget);

  return text != NULL && strstr (text, wait->text) != NULL;
}

/* The form dialog on show; fails the test if there is none. */
BerFormDialog *
ber_test_visible_form (void)
{
  return BER_FORM_DIALOG (ber_test_find_toplevel (BER_TYPE_FORM_DIALOG));
}

/* Clicks the button labelled @label under @root, sensitive or not, and lets
 * the main loop run; fails the test if there is no such button. */
void
ber_test_click (GtkWidget  *root,
                const char *label)
{
  GtkWidget *button = ber_test_require_widget (root, GTK_TYPE_BUTTON, label);

  g_signal_emit_by_name (button, "clicked");
  ber_test_spin ();
}

/* As ber_test_click(), but the button must be sensitive, as for a user. */
void
ber_test_click_sensitive (GtkWidget  *root,
                          const char *label)
{
  GtkWidget *button = ber_test_require_widget (root, GTK_TYPE_BUTTON, label);

  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ber_test_spin ();
}

/* Sets the text of the entry row titled @title under @root. */
void
ber_test_set_entry_row (GtkWidget  *root,
                        const char *title,
                        const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (ber_test_require_widget (root, ADW_TYPE_ENTRY_ROW, title)),
                         text);
}

/* Selects @label in the combo row titled @title under @root, whose model
 * is a GtkStringList; fails the test if @label is not a choice. */
/* Whether @widget is where it stays: no page around it still slides in. */
static gboolean
is_settled (gpointer widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_STACK (w) && gtk_stack_get_transition_running (GTK_STACK (w)))
      return FALSE;
  return TRUE;
}

typedef struct
{
  GListModel *model;
  guint       n;
} Expected;

static gboolean
has_n_items (gpointer data)
{
  Expected *expected = data;

  return g_list_model_get_n_items (expected->model) == expected->n;
}

/* Types @text in the search, and waits for the list to show @n rows: the
 * entry searches a moment after the last key, later on a loaded machine. */
void
ber_test_search (GtkWidget  *search,
                 GListModel *model,
                 const char *text,
                 guint       n)
{
  Expected expected = { model, n };

  gtk_editable_set_text (GTK_EDITABLE (search), text);
  ber_test_spin ();
  ber_test_spin_until (has_n_items, &expected);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
}

/* Chooses @label in the record row titled @title as a user does: opens its
 * list, searches for it, and activates it. */
static void
choose_record (GtkWidget  *root,
               const char *title,
               const char *label)
{
  GtkWidget *row = ber_test_require_widget (root, BER_TYPE_RECORD_ROW, title);
  GtkWidget *search = ber_test_require_widget (row, GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkWidget *list = ber_test_require_widget (row, GTK_TYPE_LIST_VIEW, NULL);
  GListModel *model;

  /* A popover opens next to its row, which must be on the screen. */
  g_assert_true (ber_test_spin_until (is_settled, row));
  g_signal_emit_by_name (row, "activated");
  ber_test_spin ();
  gtk_editable_set_text (GTK_EDITABLE (search), label);
  ber_test_spin ();
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BerRecord) record = g_list_model_get_item (model, i);

      if (g_strcmp0 (ber_record_get_label (record), label) == 0)
        {
          g_signal_emit_by_name (list, "activate", i);
          ber_test_spin ();
          g_assert_cmpint (ber_record_row_get_id (BER_RECORD_ROW (row)), ==,
                           ber_record_get_id (record));
          return;
        }
    }
  g_error ("“%s” is not a choice of “%s”", label, title);
}

void
ber_test_select_choice (GtkWidget  *root,
                        const char *title,
                        const char *label)
{
  AdwComboRow *row;
  GListModel *model;

  if (ber_test_find_widget (root, ADW_TYPE_COMBO_ROW, title) == NULL)
    {
      choose_record (root, title, label);
      return;
    }
  row = ADW_COMBO_ROW (ber_test_require_widget (root, ADW_TYPE_COMBO_ROW, title));
  model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      {
        adw_combo_row_set_selected (row, i);
        return;
      }
  g_error ("“%s” is not a choice of “%s”", label, title);
}

/* The text of the mapped labels in @widget, a line each. */
char *
ber_test_visible_labels (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_labels (widget, FALSE, text);
  return g_string_free (text, FALSE);
}

/* The text a user sees in @widget once pending events are handled: its
 * mapped labels and the titles and descriptions of its status pages. The
 * events may take @widget out of its window (a list row replaced as its
 * list is read again): it is then held until read, and shows nothing. */
char *
ber_test_visible_text (GtkWidget *widget)
{
  g_autoptr(GtkWidget) held = g_object_ref (widget);
  GString *text = g_string_new (NULL);

  g_main_context_iteration (NULL, FALSE);
  collect_labels (held, TRUE, text);
  return g_string_free (text, FALSE);
}

/*
 * With BER_SCREENSHOT_DIR set, lets transitions end and saves @widget as
 * drawn to the PNG file @name in that folder; without it, does nothing.
 */
void
ber_test_screenshot (GtkWidget  *widget,
                     const char *name)
{
  const char *dir = g_getenv ("BER_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  spin_for (400);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

/* A registered application with an id of its own, APP_ID.@name<serial>, so
 * that each test's application has a bus name of its own. */
BerApplication *
ber_test_application_new (const char *name)
{
  static guint serial;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%s.%s%u", APP_ID, name, ++serial);
  BerApplication *app = ber_application_new ();

  g_application_set_application_id (G_APPLICATION (app), id);
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_COMMAND_LINE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

static GtkWidget *
visible_file_chooser (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static gboolean
chooser_shown (gpointer data)
{
  return visible_file_chooser () != NULL;
}

static gboolean
chooser_gone (gpointer data)
{
  return visible_file_chooser () != data;
}

typedef struct
{
  GtkFileChooser *chooser;
  GFile          *folder;   /* NULL for any */
} FolderShown;

static gboolean
folder_shown (gpointer data)
{
  FolderShown *shown = data;
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (shown->chooser);

  return folder != NULL && (shown->folder == NULL || g_file_equal (folder, shown->folder));
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

/*
 * Answers the save dialog of a GtkFileChooserNative: without the portal it is
 * a GtkFileChooserDialog among the toplevels. Saves as @name in @folder, the
 * way a user would, through the dialog's own checks, and returns the path.
 */
char *
ber_test_answer_save_dialog (const char *folder,
                             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) location = g_file_new_for_path (folder);
  GtkWidget *dialog;

  g_assert_true (ber_test_spin_until (chooser_shown, NULL));
  dialog = visible_file_chooser ();
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)), ==,
                   GTK_FILE_CHOOSER_ACTION_SAVE);
  /* A folder changed while the first one still loads cancels that load, and
   * the dialog reports the cancellation in an error dialog. */
  g_assert_true (ber_test_spin_until (folder_shown,
                                      &(FolderShown) { GTK_FILE_CHOOSER (dialog), NULL }));
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), location,
                                                      &error));
  g_assert_no_error (error);
  g_assert_true (ber_test_spin_until (folder_shown,
                                      &(FolderShown) { GTK_FILE_CHOOSER (dialog), location }));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_assert_true (ber_test_spin_until (chooser_gone, dialog));

  return g_build_filename (folder, name, NULL);
}

/* Spins the main loop until @path exists: exports run in a thread. */
gboolean
ber_test_wait_for_file (const char *path)
{
  return ber_test_spin_until_within (file_exists, (gpointer) path, 30);
}
