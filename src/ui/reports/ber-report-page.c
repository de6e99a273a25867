/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-report-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-date-row.h"
#include "ber-date.h"
#include "ber-form-dialog.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-report-logic.h"
#include "ber-report-page.h"
#include "ber-ui-util.h"

/*
 * One returned report: who owes it to which body after which event, the
 * four parts of the report (seed 000), the date it came in, and its
 * attachments. A late report can be asked for by mail; a received one is
 * brought to the next meeting of its body.
 */
struct _BerReportPage
{
  AdwBin         parent_instance;

  BerStore      *store;
  BerReport     *report;
  GPtrArray     *attachment_rows;

  GtkLabel      *title_label;
  GtkRevealer   *error_revealer;
  GtkLabel      *error_label;
  AdwActionRow  *person_row;
  AdwActionRow  *event_row;
  AdwActionRow  *body_row;
  AdwActionRow  *due_row;
  AdwActionRow  *status_row;
  GtkWidget     *reminder_button;
  GtkWidget     *agenda_button;
  BerDateRow    *received_row;
  GtkTextView   *subject_areas_view;
  GtkTextView   *positions_view;
  GtkTextView   *continued_work_view;
  GtkTextView   *home_work_view;
  AdwPreferencesGroup *attachments_group;
};

G_DEFINE_FINAL_TYPE (BerReportPage, ber_report_page, ADW_TYPE_BIN)

enum
{
  CLOSED,
  LAUNCH_URI,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The four parts: a text view each, and the property it edits. */
#define N_PARTS 4

static const char * const part_properties[N_PARTS] = {
  "subject-areas", "positions", "continued-work", "home-work",
};

static GtkTextView *
part_view (BerReportPage *self,
           guint          part)
{
  GtkTextView *views[N_PARTS] = {
    self->subject_areas_view, self->positions_view, self->continued_work_view,
    self->home_work_view,
  };

  return views[part];
}

/* Helpers */

static gint64
report_id (BerReportPage *self)
{
  return self->report != NULL ? ber_record_get_id (BER_RECORD (self->report)) : 0;
}

static const char *
report_string (BerReportPage *self,
               const char    *property)
{
  return ber_record_get_string (BER_RECORD (self->report), property);
}

static void
show_error (BerReportPage *self,
            const char    *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static const char *
today (BerReportPage *self)
{
  return ber_store_get_today (self->store);
}

static gboolean
launch (BerReportPage *self,
        const char    *uri)
{
  gboolean handled = FALSE;

  g_signal_emit (self, signals[LAUNCH_URI], 0, uri, &handled);
  return handled;
}

static void
set_subtitle (AdwActionRow *row,
              const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL && *text != '\0' ? text : "–");
}

/* Fields */

static char *meeting_text (BerStore *store,
                           gint64    meeting_id);

/* The meeting whose agenda has the report, 0 when none has; and the § it got. */
static gint64
agenda_meeting (BerReportPage *self,
                gint64        *paragraph)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_entry");
  g_autoptr(GPtrArray) rows = NULL;
  gint64 meeting_id = 0;

  *paragraph = 0;
  ber_query_add_condition (query, "report_id", BER_QUERY_EQ,
                           g_variant_new_int64 (report_id (self)));
  rows = ber_store_select (self->store, query, 0, 1, NULL);
  if (rows != NULL && rows->len > 0)
    {
      g_variant_lookup (g_ptr_array_index (rows, 0), "meeting_id", "x", &meeting_id);
      g_variant_lookup (g_ptr_array_index (rows, 0), "paragraph", "x", paragraph);
    }
  return meeting_id;
}

static void
load_status (BerReportPage *self)
{
  const char *status = ber_report_get_status (self->report);
  const char *due = ber_report_get_due_on (self->report);
  const char *reminded = report_string (self, "reminded-on");
  gboolean late = ber_report_is_late (self->report, today (self));
  gint64 paragraph = 0;
  gint64 meeting_id = report_id (self) > 0 ? agenda_meeting (self, &paragraph) : 0;
  g_autoptr(GString) text = g_string_new (NULL);

  if (late)
    {
      int days = ber_date_days_until (due, today (self));

      /* Translators: the status of a report; %d is the number of days */
      g_string_printf (text, g_dngettext (GETTEXT_PACKAGE, "Late by %d day", "Late by %d days",
                                          days),
                       days);
      gtk_widget_add_css_class (GTK_WIDGET (self->status_row), "error");
    }
  else
    {
      g_string_assign (text, ber_choice_label (BER_CHOICES_REPORT_STATUS, status));
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_row), "error");
    }

  if (g_strcmp0 (status, "presented") == 0 && meeting_id > 0 && paragraph > 0)
    {
      g_autofree char *meeting = meeting_text (self->store, meeting_id);

      g_string_append (text, " · ");
      /* Translators: where a report was presented: "Regionstyrelsen on 2026-05-12, § 61" */
      g_string_append_printf (text, _("%s, § %d"), meeting != NULL ? meeting : "",
                              (int) paragraph);
    }
  else if (g_strcmp0 (status, "presented") == 0 && report_string (self, "presented-on") != NULL)
    g_string_append_printf (text, " · %s", report_string (self, "presented-on"));
  else if (meeting_id > 0)
    {
      g_autofree char *meeting = meeting_text (self->store, meeting_id);

      g_string_append (text, " · ");
      /* Translators: %s is a meeting, "Regionstyrelsen on 2026-05-12" */
      g_string_append_printf (text, _("On the agenda of %s"), meeting != NULL ? meeting : "");
    }
  if (reminded != NULL && *reminded != '\0')
    {
      g_string_append (text, " · ");
      /* Translators: %s is a date, 2026-03-14 */
      g_string_append_printf (text, _("Reminder sent %s"), reminded);
    }

  set_subtitle (self->status_row, text->str);
  gtk_widget_set_visible (self->reminder_button, late);
  gtk_widget_set_visible (self->agenda_button,
                          g_strcmp0 (status, "received") == 0 && meeting_id == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.send-reminder", late);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-to-agenda",
                                 g_strcmp0 (status, "received") == 0 && meeting_id == 0);
}

static void
load_fields (BerReportPage *self)
{
  const char *email = report_string (self, "person-email");
  const char *event = report_string (self, "event-title");
  const char *starts = report_string (self, "event-starts-on");
  const char *network = report_string (self, "network-name");
  g_autoptr(GString) event_text = g_string_new (event != NULL ? event : "");
  g_autofree char *person = NULL;
  g_autofree char *title = NULL;

  person = email != NULL && *email != '\0'
             ? g_strdup_printf ("%s · %s", report_string (self, "person-name"), email)
             : g_strdup (report_string (self, "person-name"));
  if (starts != NULL)
    g_string_append_printf (event_text, " · %s", starts);
  if (network != NULL)
    g_string_append_printf (event_text, " · %s", network);

  /* Translators: the title of a report's page, "Åsa Lind — General Assembly" */
  title = event != NULL ? g_strdup_printf (_("%s — %s"), report_string (self, "person-name"), event)
                        : g_strdup (report_string (self, "person-name"));
  gtk_label_set_label (self->title_label, title);

  set_subtitle (self->person_row, person);
  set_subtitle (self->event_row, event_text->str);
  set_subtitle (self->body_row, report_string (self, "body-name"));
  set_subtitle (self->due_row, ber_report_get_due_on (self->report));
  ber_date_row_set_date (self->received_row, report_string (self, "received-on"));

  for (guint i = 0; i < N_PARTS; i++)
    {
      const char *text = report_string (self, part_properties[i]);

      gtk_text_buffer_set_text (gtk_text_view_get_buffer (part_view (self, i)),
                                text != NULL ? text : "", -1);
    }

  load_status (self);
  show_error (self, NULL);
}

static char *
part_text (BerReportPage *self,
           guint          part)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (part_view (self, part));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The status follows the date received: a date makes an expected report
 * received, and taking it away makes it expected again. */
static const char *
status_for (BerReportPage  *self,
            const char     *received,
            GError        **error)
{
  const char *status = ber_report_get_status (self->report);

  if (received == NULL && g_strcmp0 (status, "presented") == 0)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("The report has been presented, so it was received: it needs the "
                             "date it came in."));
      return NULL;
    }
  if (received != NULL && g_strcmp0 (status, "expected") == 0)
    return "received";
  if (received == NULL)
    return "expected";
  return status;
}

/**
 * ber_report_page_save:
 *
 * Writes the four parts and the date received. On an error what was typed
 * stays, and the page says what to mend.
 */
gboolean
ber_report_page_save (BerReportPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *received;
  const char *status;
  const char *presented;

  g_return_val_if_fail (BER_IS_REPORT_PAGE (self), FALSE);

  if (self->store == NULL || self->report == NULL)
    return FALSE;

  if (!ber_date_row_is_valid (self->received_row))
    {
      show_error (self, _("The date received is not a date. Write it as YYYY-MM-DD, for "
                          "example 2026-11-23."));
      gtk_widget_grab_focus (GTK_WIDGET (self->received_row));
      return FALSE;
    }
  received = ber_date_row_get_date (self->received_row);
  presented = report_string (self, "presented-on");
  if (received != NULL && presented != NULL && g_strcmp0 (received, presented) > 0)
    {
      show_error (self, _("The report was presented before that date. Check the date "
                          "received."));
      gtk_widget_grab_focus (GTK_WIDGET (self->received_row));
      return FALSE;
    }
  status = status_for (self, received, &error);
  if (status == NULL)
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->received_row));
      return FALSE;
    }

  g_object_set (self->report, "received-on", received, "status", status, NULL);
  for (guint i = 0; i < N_PARTS; i++)
    {
      g_autofree char *text = part_text (self, i);

      g_object_set (self->report, part_properties[i], text, NULL);
    }

  if (!ber_ui_save_record (GTK_WIDGET (self), BER_RECORD (self->report), self->store,
                           (BerUiFillFunc) load_fields, (BerUiSaveFunc) ber_report_page_save,
                           &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  load_status (self);
  show_error (self, NULL);
  ber_ui_toast (GTK_WIDGET (self), _("Report saved"));
  return TRUE;
}

static void
reload_report (BerReportPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!ber_record_reload (BER_RECORD (self->report), self->store, &error))
    g_warning ("Reading the report again: %s", error->message);
  load_status (self);
}

/**
 * ber_report_page_send_reminder:
 *
 * Opens a reminder to the person in the mail program and notes that it was
 * sent today.
 */
gboolean
ber_report_page_send_reminder (BerReportPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (BER_IS_REPORT_PAGE (self), FALSE);

  if (report_id (self) == 0)
    return FALSE;

  uri = ber_report_reminder_uri (self->store, report_id (self), &error);
  if (uri == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  launch (self, uri);
  if (!ber_report_record_reminder (self->store, report_id (self), &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  reload_report (self);
  show_error (self, NULL);
  return TRUE;
}

/* "Regionstyrelsen on 2026-05-12", for the toast after adding to the agenda. */
static char *
meeting_text (BerStore *store,
              gint64    meeting_id)
{
  g_autoptr(BerRecord) meeting = ber_record_load (BER_TYPE_MEETING, store, meeting_id, NULL);

  if (meeting == NULL)
    return NULL;
  /* Translators: a meeting, "Regionstyrelsen on 2026-05-12" */
  return g_strdup_printf (_("%s on %s"), ber_meeting_get_body_name (BER_MEETING (meeting)),
                          ber_meeting_get_held_on (BER_MEETING (meeting)));
}

/**
 * ber_report_page_add_to_agenda:
 *
 * Puts the received report on the agenda of the next meeting of the body it
 * reports to.
 */
gboolean
ber_report_page_add_to_agenda (BerReportPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *message = NULL;
  gint64 id;
  gint64 meeting_id;

  g_return_val_if_fail (BER_IS_REPORT_PAGE (self), FALSE);

  id = report_id (self);
  if (id == 0)
    return FALSE;

  /* Only for the toast: the rules choose the same meeting when given 0. */
  meeting_id = ber_reports_next_meeting (self->store,
                                         ber_record_get_int64 (BER_RECORD (self->report),
                                                               "body-id"),
                                         NULL);
  if (!ber_reports_add_to_agenda (self->store, &id, 1, 0, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  meeting = meeting_text (self->store, meeting_id);
  /* Translators: %s is a meeting, "Regionstyrelsen on 2026-05-12" */
  message = g_strdup_printf (_("The report is on the agenda of %s"),
                             meeting != NULL ? meeting : "");
  show_error (self, NULL);
  ber_ui_toast (GTK_WIDGET (self), message);
  reload_report (self);
  return TRUE;
}

/* Attachments */

static void
clear_attachments (BerReportPage *self)
{
  for (guint i = 0; i < self->attachment_rows->len; i++)
    adw_preferences_group_remove (self->attachments_group,
                                  g_ptr_array_index (self->attachment_rows, i));
  g_ptr_array_set_size (self->attachment_rows, 0);
}

static void
on_open_attachment (BerReportPage *self,
                    GtkButton     *button)
{
  const char *path = g_object_get_data (G_OBJECT (button), "file-path");
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  if (path == NULL || *path == '\0')
    return;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = g_strdup_printf (_("The file %s is not there any more. It may "
                                                    "have been moved or deleted."),
                                                  path);

      show_error (self, message);
      return;
    }
  file = g_file_new_for_path (path);
  uri = g_file_get_uri (file);
  launch (self, uri);
}

static void
on_remove_attachment (BerReportPage *self,
                      GtkButton     *button)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "document-id"));
  g_autoptr(GError) error = NULL;

  /* Only the register's note of the file is removed, never the file itself. */
  if (!ber_store_delete (self->store, "document", id, &error))
    show_error (self, error->message);
}

static GtkWidget *
icon_button (const char *icon,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  return button;
}

static void
refresh_attachments (BerReportPage *self)
{
  g_autoptr(BerQuery) query = ber_query_new ("document");
  g_autoptr(GPtrArray) rows = NULL;

  clear_attachments (self);
  if (self->store == NULL || report_id (self) == 0)
    return;

  ber_query_add_condition (query, "report_id", BER_QUERY_EQ,
                           g_variant_new_int64 (report_id (self)));
  ber_query_add_order (query, "position", FALSE);
  rows = ber_store_select (self->store, query, 0, 1000, NULL);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *values = g_ptr_array_index (rows, i);
      const char *title = NULL, *path = NULL;
      g_autofree char *open_label = NULL, *remove_label = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *open, *remove;
      gint64 id = 0;

      g_variant_lookup (values, "id", "x", &id);
      g_variant_lookup (values, "title", "&s", &title);
      g_variant_lookup (values, "file_path", "&s", &path);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), path);

      /* Translators: %s is an attachment's title */
      open_label = g_strdup_printf (_("Open “%s”"), title);
      remove_label = g_strdup_printf (_("Remove “%s”"), title);
      open = icon_button ("document-open-symbolic", open_label);
      remove = icon_button ("user-trash-symbolic", remove_label);
      g_object_set_data_full (G_OBJECT (open), "file-path", g_strdup (path), g_free);
      g_object_set_data (G_OBJECT (remove), "document-id", GSIZE_TO_POINTER ((gsize) id));
      g_signal_connect_object (open, "clicked", G_CALLBACK (on_open_attachment), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_attachment), self,
                               G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);
      adw_preferences_group_add (self->attachments_group, row);
      g_ptr_array_add (self->attachment_rows, row);
    }

  if (rows == NULL || rows->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No attachments"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Add the written report, minutes or presentations the "
                                     "person sent with it."));
      adw_preferences_group_add (self->attachments_group, row);
      g_ptr_array_add (self->attachment_rows, row);
    }
}

typedef struct
{
  BerReportPage        *self;
  GtkWidget            *title_row;
  GtkWidget            *file_row;
  char                 *path;
  GtkFileChooserNative *chooser;
} AttachmentForm;

static void
attachment_form_free (gpointer data)
{
  AttachmentForm *form = data;

  if (form->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (form->chooser, form);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (form->chooser));
    }
  g_clear_object (&form->chooser);
  g_free (form->path);
  g_free (form);
}

static gboolean
save_attachment (BerFormDialog  *dialog,
                 gpointer        data,
                 GError        **error)
{
  AttachmentForm *form = data;
  BerReportPage *self = form->self;
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (
                                         GTK_EDITABLE (form->title_row))));
  g_autoptr(BerDocument) document = NULL;
  guint n = 0;
  g_autoptr(BerQuery) query = ber_query_new ("document");

  if (form->path == NULL)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("Choose the file to attach."));
      return FALSE;
    }
  if (*title == '\0')
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("The attachment needs a title."));
      return FALSE;
    }

  ber_query_add_condition (query, "report_id", BER_QUERY_EQ,
                           g_variant_new_int64 (report_id (self)));
  if (!ber_store_count (self->store, query, &n, error))
    return FALSE;

  document = ber_document_new ();
  g_object_set (document, "report-id", report_id (self), "position", (int) n, "title", title,
                "file-path", form->path, NULL);
  return ber_record_save (BER_RECORD (document), self->store, error);
}

static void
attachment_chosen (AttachmentForm       *form,
                   int                   response,
                   GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *basename = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&form->chooser);
  if (file == NULL || g_file_get_path (file) == NULL)
    return;

  g_free (form->path);
  form->path = g_file_get_path (file);
  basename = g_file_get_basename (file);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (form->file_row), form->path);
  if (*gtk_editable_get_text (GTK_EDITABLE (form->title_row)) == '\0')
    gtk_editable_set_text (GTK_EDITABLE (form->title_row), basename);
}

static void
choose_attachment_file (AttachmentForm *form,
                        GtkButton      *button)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));

  if (form->chooser != NULL)
    return;

  form->chooser = gtk_file_chooser_native_new (_("Choose the File to Attach"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (form->chooser), TRUE);
  g_signal_connect_swapped (form->chooser, "response", G_CALLBACK (attachment_chosen), form);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (form->chooser));
}

static void
add_attachment_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BerReportPage *self = BER_REPORT_PAGE (widget);
  AttachmentForm *form;
  BerFormDialog *dialog;
  GtkWidget *button;

  if (report_id (self) == 0)
    return;

  dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)), _("Add an Attachment"), _("_Add"));
  form = g_new0 (AttachmentForm, 1);
  form->self = self;
  form->title_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->title_row), _("Title"));
  form->file_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->file_row), _("File"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (form->file_row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (form->file_row), _("No file chosen"));
  button = gtk_button_new_with_mnemonic (_("C_hoose…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (choose_attachment_file), form);
  adw_action_row_add_suffix (ADW_ACTION_ROW (form->file_row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (form->file_row), button);
  ber_form_dialog_add (dialog, form->title_row);
  ber_form_dialog_add (dialog, form->file_row);
  ber_form_dialog_set_save (dialog, save_attachment, form, attachment_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_store_changed (BerReportPage *self,
                  const char    *table)
{
  if (report_id (self) != 0 && g_str_equal (table, "document"))
    refresh_attachments (self);
}

/* Page actions */

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ber_report_page_save (BER_REPORT_PAGE (widget));
}

static void
send_reminder_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ber_report_page_send_reminder (BER_REPORT_PAGE (widget));
}

static void
add_to_agenda_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  ber_report_page_add_to_agenda (BER_REPORT_PAGE (widget));
}

/* The default handler of ::launch-uri: the desktop's program for the URI. */
static gboolean
ber_report_page_real_launch_uri (BerReportPage *self,
                                 const char    *uri)
{
  gtk_show_uri (ber_ui_parent_window (GTK_WIDGET (self)), uri, GDK_CURRENT_TIME);
  return TRUE;
}

/* GtkWidget */

/* Focus goes to the first part, ready for typing what the person sent. */
static gboolean
ber_report_page_grab_focus (GtkWidget *widget)
{
  BerReportPage *self = BER_REPORT_PAGE (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->received_row));
}

/* GObject */

static void
ber_report_page_dispose (GObject *object)
{
  BerReportPage *self = BER_REPORT_PAGE (object);

  g_clear_object (&self->report);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_REPORT_PAGE);

  G_OBJECT_CLASS (ber_report_page_parent_class)->dispose (object);
}

static void
ber_report_page_finalize (GObject *object)
{
  BerReportPage *self = BER_REPORT_PAGE (object);

  g_ptr_array_unref (self->attachment_rows);

  G_OBJECT_CLASS (ber_report_page_parent_class)->finalize (object);
}

static void
ber_report_page_class_init (BerReportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_report_page_dispose;
  object_class->finalize = ber_report_page_finalize;
  widget_class->grab_focus = ber_report_page_grab_focus;

  /**
   * BerReportPage::closed:
   *
   * The user is done with the page (Back, Escape).
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  /**
   * BerReportPage::launch-uri:
   * @uri: a mailto: reminder or the file:// URI of an attachment
   *
   * Opens @uri in the desktop's program for it. Tests connect a handler that
   * returns %TRUE, so that no mail program starts.
   */
  signals[LAUNCH_URI] = g_signal_new_class_handler ("launch-uri", G_TYPE_FROM_CLASS (klass),
                                                    G_SIGNAL_RUN_LAST,
                                                    G_CALLBACK (ber_report_page_real_launch_uri),
                                                    g_signal_accumulator_true_handled, NULL, NULL,
                                                    G_TYPE_BOOLEAN, 1, G_TYPE_STRING);

  g_type_ensure (BER_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-report-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, person_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, event_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, body_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, due_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, reminder_button);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, agenda_button);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, received_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, subject_areas_view);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, positions_view);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, continued_work_view);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, home_work_view);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, attachments_group);

  gtk_widget_class_install_action (widget_class, "page.close", NULL, close_activated);
  gtk_widget_class_install_action (widget_class, "page.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "page.send-reminder", NULL,
                                   send_reminder_activated);
  gtk_widget_class_install_action (widget_class, "page.add-to-agenda", NULL,
                                   add_to_agenda_activated);
  gtk_widget_class_install_action (widget_class, "page.add-attachment", NULL,
                                   add_attachment_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "page.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "page.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "page.close", NULL);
}

static void
ber_report_page_init (BerReportPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->attachment_rows = g_ptr_array_new ();
}

BerReportPage *
ber_report_page_new (void)
{
  return g_object_new (BER_TYPE_REPORT_PAGE, NULL);
}

void
ber_report_page_set_store (BerReportPage *self,
                           BerStore      *store)
{
  g_return_if_fail (BER_IS_REPORT_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_object (&self->report);
  clear_attachments (self);
  if (store != NULL)
    g_signal_connect_object (store, "row-changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
}

/**
 * ber_report_page_set_report:
 * @report: a report of the list
 *
 * Shows @report. The page edits its own copy, so the list changes only when
 * the page saves.
 */
void
ber_report_page_set_report (BerReportPage *self,
                            BerReport     *report)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_return_if_fail (BER_IS_REPORT_PAGE (self));
  g_return_if_fail (BER_IS_REPORT (report));
  g_return_if_fail (self->store != NULL);

  g_clear_object (&self->report);
  id = ber_record_get_id (BER_RECORD (report));
  if (id > 0)
    self->report = BER_REPORT (ber_record_load (BER_TYPE_REPORT, self->store, id, &error));
  if (self->report == NULL)
    self->report = g_object_ref (report);

  load_fields (self);
  refresh_attachments (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                              GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (
                                GTK_WIDGET (self->received_row), GTK_TYPE_SCROLLED_WINDOW))),
                            0);
}

BerReport *
ber_report_page_get_report (BerReportPage *self)
{
  g_return_val_if_fail (BER_IS_REPORT_PAGE (self), NULL);
  return self->report;
}
