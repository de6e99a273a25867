/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-report-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-attachment-dialog.h"
#include "ber-date-row.h"
#include "ber-export-ui.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-question-links.h"
#include "ber-report-export.h"
#include "ber-report-page.h"
#include "ber-text-area.h"
#include "ber-ui-util.h"

/*
 * One returned report: who owes it to which body after which event, the
 * four parts of the report (seed 000), the date it came in, and its
 * attachments. A late report can be asked for by mail; a received one is
 * brought to the next meeting of its body.
 */
struct _BerReportPage
{
  BerRecordPage        parent_instance;

  GListModel          *documents;
  gint64               documents_of;   /* the report whose attachments are listed */

  GtkLabel            *title_label;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  GtkScrolledWindow   *scrolled;
  AdwActionRow        *person_row;
  AdwActionRow        *event_row;
  AdwActionRow        *body_row;
  AdwActionRow        *due_row;
  AdwActionRow        *status_row;
  GtkWidget           *reminder_button;
  GtkWidget           *agenda_button;
  BerDateRow          *received_row;
  GtkListBox          *attachments_list;
  GtkWidget           *no_attachments_list;
  AdwBin              *questions_bin;
  GtkWidget           *question_links;  /* BerQuestionLinks: questions and positions */
};

G_DEFINE_FINAL_TYPE (BerReportPage, ber_report_page, BER_TYPE_RECORD_PAGE)

enum
{
  LAUNCH_URI,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static BerReports *
reports_of (BerReportPage *self)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));

  return context != NULL ? ber_context_get_reports (context) : NULL;
}

static const char *
report_string (BerReportPage *self,
               const char    *property)
{
  BerRecord *report = ber_record_page_get_record (BER_RECORD_PAGE (self));

  return report != NULL ? ber_record_get_string (report, property) : NULL;
}

static void
show_error (BerReportPage *self,
            const char    *message)
{
  ber_record_page_show_error (BER_RECORD_PAGE (self), message);
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

/* "Regionstyrelsen on 2026-05-12" */
static char *
meeting_text (BerMeeting *meeting)
{
  if (meeting == NULL)
    return g_strdup ("");
  /* Translators: a meeting, "Regionstyrelsen on 2026-05-12" */
  return g_strdup_printf (_("%s on %s"), ber_meeting_get_body_name (meeting),
                          ber_meeting_get_held_on (meeting));
}

/* Status */

/* Where the report stands, as the register has it now: the page's own copy
 * does not follow the agendas it is put on. */
static BerReport *
stored_report (BerReportPage *self)
{
  BerReport *report = BER_REPORT (ber_record_page_get_record (BER_RECORD_PAGE (self)));
  g_autoptr(GError) error = NULL;
  BerReport *stored;

  if (ber_record_get_id (BER_RECORD (report)) == 0)
    return g_object_ref (report);
  stored = ber_reports_load (reports_of (self), ber_record_get_id (BER_RECORD (report)), &error);
  if (stored == NULL)
    {
      show_error (self, error->message);
      return g_object_ref (report);
    }
  return stored;
}

static void
load_status (BerReportPage *self)
{
  BerReport *report = BER_REPORT (ber_record_page_get_record (BER_RECORD_PAGE (self)));
  BerReports *reports = reports_of (self);
  g_autoptr(BerReport) stored = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *status = NULL;
  g_autofree char *details = NULL;
  const char *reminded;
  BerReportState state;
  gboolean late, can_go;

  if (report == NULL || reports == NULL)
    return;

  stored = stored_report (self);
  state = ber_reports_get_state (reports, stored);
  status = ber_reports_status_text (reports, stored);
  details = ber_reports_status_details (reports, stored);
  reminded = report_string (self, "reminded-on");
  late = state == BER_REPORT_STATE_LATE;

  /* "On an agenda · RS, 2026-05-12" */
  g_string_assign (text, status);
  if (details != NULL)
    g_string_append_printf (text, " · %s", details);
  if (reminded != NULL && *reminded != '\0')
    {
      g_string_append (text, " · ");
      /* Translators: %s is a date, 2026-03-14 */
      g_string_append_printf (text, _("Reminder sent %s"), reminded);
    }
  /* The due day, and how late the report came in beside it. */
  {
    g_autofree char *lateness = ber_reports_lateness_text (reports, stored);
    g_autofree char *due = lateness != NULL
                             ? g_strdup_printf ("%s · %s", ber_report_get_due_on (stored), lateness)
                             : g_strdup (ber_report_get_due_on (stored));

    set_subtitle (self->due_row, due);
  }
  if (late)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_row), "overdue");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_row), "overdue");

  can_go = state == BER_REPORT_STATE_RECEIVED;
  set_subtitle (self->status_row, text->str);
  gtk_widget_set_visible (self->reminder_button, late);
  gtk_widget_set_visible (self->agenda_button, can_go);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.send-reminder", late);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-to-agenda", can_go);
}

/* Who, which event and body: what the report is about, read only. */
static void
load_header (BerReportPage *self)
{
  const char *name = report_string (self, "person-name");
  const char *email = report_string (self, "person-email");
  const char *event = report_string (self, "event-title");
  const char *starts = report_string (self, "event-starts-on");
  const char *network = report_string (self, "network-name");
  g_autoptr(GString) event_text = g_string_new (event != NULL ? event : "");
  g_autofree char *person = NULL;
  g_autofree char *title = NULL;

  person = email != NULL && *email != '\0' ? g_strdup_printf ("%s · %s", name, email)
                                           : g_strdup (name);
  if (starts != NULL)
    g_string_append_printf (event_text, " · %s", starts);
  if (network != NULL)
    g_string_append_printf (event_text, " · %s", network);

  /* Translators: the title of a report's page, "Åsa Lind — General Assembly" */
  title = event != NULL ? g_strdup_printf (_("%s — %s"), name, event) : g_strdup (name);
  gtk_label_set_label (self->title_label, title != NULL ? title : "");

  set_subtitle (self->person_row, person);
  set_subtitle (self->event_row, event_text->str);
  set_subtitle (self->body_row, report_string (self, "body-name"));
}

/* Attachments */

static void
on_open_attachment (BerReportPage *self,
                    GtkButton     *button)
{
  BerDocument *document = g_object_get_data (G_OBJECT (button), "document");
  const char *path = ber_document_get_file_path (document);
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
  BerDocument *document = g_object_get_data (G_OBJECT (button), "document");
  g_autoptr(GError) error = NULL;

  /* Only the register's note of the file is removed, never the file itself. */
  if (!ber_reports_remove_document (reports_of (self), document, &error))
    show_error (self, error->message);
}

static GtkWidget *
icon_button (BerReportPage *self,
             const char    *icon,
             const char    *label,
             BerDocument   *document,
             GCallback      clicked)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "document", g_object_ref (document),
                          g_object_unref);
  g_signal_connect_object (button, "clicked", clicked, self, G_CONNECT_SWAPPED);
  return button;
}

static GtkWidget *
create_attachment_row (gpointer item,
                       gpointer user_data)
{
  BerReportPage *self = user_data;
  BerDocument *document = item;
  const char *title = ber_document_get_title (document);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *open;
  /* Translators: %s is an attachment's title */
  g_autofree char *open_label = g_strdup_printf (_("Open “%s”"), title);
  g_autofree char *remove_label = g_strdup_printf (_("Remove “%s”"), title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ber_document_get_file_path (document));
  open = icon_button (self, "document-open-symbolic", open_label, document,
                      G_CALLBACK (on_open_attachment));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button (self, "user-trash-symbolic", remove_label, document,
                                          G_CALLBACK (on_remove_attachment)));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);
  return row;
}

static void
update_no_attachments (BerReportPage *self)
{
  gboolean none = self->documents == NULL || g_list_model_get_n_items (self->documents) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->attachments_list), !none);
  gtk_widget_set_visible (self->no_attachments_list, none);
}

static void
on_documents_error (BerReportPage *self,
                    const GError  *error)
{
  show_error (self, error->message);
}

static void
load_attachments (BerReportPage *self)
{
  gint64 id = ber_record_page_get_id (BER_RECORD_PAGE (self));

  self->documents_of = id;
  if (self->documents != NULL)
    g_signal_handlers_disconnect_by_data (self->documents, self);
  g_clear_object (&self->documents);
  if (id > 0 && reports_of (self) != NULL)
    {
      self->documents = ber_reports_list_documents (reports_of (self), id);
      g_signal_connect_object (self->documents, "items-changed",
                               G_CALLBACK (update_no_attachments), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->documents, "error", G_CALLBACK (on_documents_error), self,
                               G_CONNECT_SWAPPED);
    }
  gtk_list_box_bind_model (self->attachments_list, self->documents, create_attachment_row, self,
                           NULL);
  update_no_attachments (self);
}

/* Actions */

/**
 * ber_report_page_send_reminder:
 *
 * Opens a reminder to the person in the mail program and notes that it was
 * sent today.
 */
gboolean
ber_report_page_send_reminder (BerReportPage *self)
{
  BerReport *report;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (BER_IS_REPORT_PAGE (self), FALSE);

  report = ber_report_page_get_report (self);
  if (report == NULL || ber_record_get_id (BER_RECORD (report)) == 0)
    return FALSE;

  uri = ber_reports_reminder_uri (reports_of (self), report, &error);
  if (uri == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }
  launch (self, uri);

  /* Only the date of the reminder is written: what is typed on the page stays. */
  if (!ber_reports_record_reminder (reports_of (self), report, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  show_error (self, NULL);
  load_status (self);
  return TRUE;
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
  BerReport *report;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerMeeting) meeting = NULL;
  g_autofree char *meeting_name = NULL;
  g_autofree char *message = NULL;
  gint64 id;

  g_return_val_if_fail (BER_IS_REPORT_PAGE (self), FALSE);

  report = ber_report_page_get_report (self);
  id = report != NULL ? ber_record_get_id (BER_RECORD (report)) : 0;
  if (id == 0)
    return FALSE;

  /* Only for the toast: the rules choose the same meeting when given 0. */
  meeting = ber_reports_next_meeting (reports_of (self),
                                      ber_record_get_int64 (BER_RECORD (report), "body-id"),
                                      &error);
  if (error == NULL)
    ber_reports_add_to_agenda (reports_of (self), &id, 1, 0, &error);
  if (error != NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  meeting_name = meeting_text (meeting);
  /* Translators: %s is a meeting, "Regionstyrelsen on 2026-05-12" */
  message = g_strdup_printf (_("The report is on the agenda of %s"), meeting_name);
  show_error (self, NULL);
  ber_ui_toast (GTK_WIDGET (self), message);
  load_status (self);
  return TRUE;
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

static void
add_attachment_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BerRecordPage *page = BER_RECORD_PAGE (widget);

  if (ber_record_page_get_id (page) == 0)
    return;
  ber_form_dialog_present (ber_attachment_dialog_new (ber_record_page_get_context (page),
                                                      ber_record_page_get_id (page)),
                           widget);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BerRecordPage *page = BER_RECORD_PAGE (widget);
  const char *name = report_string (BER_REPORT_PAGE (widget), "person-name");
  g_autofree char *suggested = NULL;

  if (ber_record_page_get_id (page) == 0)
    return;
  /* Translators: the file name of an exported report, with the person's name */
  suggested = g_strdup_printf (_("Returned report %s.pdf"), name != NULL ? name : "");
  ber_export_ui_run (widget, ber_record_page_get_context (page), _("Export the Report"),
                     suggested, ber_export_report, ber_record_page_get_id (page));
}

static void
on_saved (BerReportPage *self)
{
  ber_ui_toast (GTK_WIDGET (self), _("Report saved"));
}

/* The default handler of ::launch-uri: the desktop's program for the URI. */
static gboolean
ber_report_page_real_launch_uri (BerReportPage *self,
                                 const char    *uri)
{
  gtk_show_uri (ber_ui_parent_window (GTK_WIDGET (self)), uri, GDK_CURRENT_TIME);
  return TRUE;
}

/* BerRecordPage */

static gboolean
ber_report_page_save_record (BerRecordPage  *page,
                             BerRecord      *record,
                             GError        **error)
{
  return ber_reports_save (reports_of (BER_REPORT_PAGE (page)), BER_REPORT (record), error);
}

static void
ber_report_page_refresh (BerRecordPage *page)
{
  BerReportPage *self = BER_REPORT_PAGE (page);

  load_header (self);
  load_status (self);
  ber_question_links_set_context (BER_QUESTION_LINKS (self->question_links),
                                  ber_record_page_get_context (page));
  ber_question_links_set_record (BER_QUESTION_LINKS (self->question_links),
                                 ber_record_page_get_id (page));
  if (self->documents_of != ber_record_page_get_id (page))
    load_attachments (self);
}

/* Another report, or another register: its attachments, from the top. */
static void
on_record_changed (BerReportPage *self)
{
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
  if (self->documents_of != ber_record_page_get_id (BER_RECORD_PAGE (self)))
    load_attachments (self);
}

/* GtkWidget */

/* Focus goes to the date received, ready for what the person sent. */
static gboolean
ber_report_page_grab_focus (GtkWidget *widget)
{
  return ber_ui_focus_at_end (GTK_WIDGET (BER_REPORT_PAGE (widget)->received_row));
}

/* GObject */

static void
ber_report_page_dispose (GObject *object)
{
  BerReportPage *self = BER_REPORT_PAGE (object);

  if (self->documents != NULL)
    g_signal_handlers_disconnect_by_data (self->documents, self);
  g_clear_object (&self->documents);
  /* AdwBin 1.2 keeps a pointer to the child that the template disposes. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_REPORT_PAGE);

  G_OBJECT_CLASS (ber_report_page_parent_class)->dispose (object);
}

static void
ber_report_page_class_init (BerReportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerRecordPageClass *page_class = BER_RECORD_PAGE_CLASS (klass);

  object_class->dispose = ber_report_page_dispose;
  widget_class->grab_focus = ber_report_page_grab_focus;
  page_class->save_record = ber_report_page_save_record;
  page_class->refresh = ber_report_page_refresh;

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
  g_type_ensure (BER_TYPE_TEXT_AREA);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-report-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, person_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, event_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, body_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, due_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, reminder_button);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, agenda_button);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, received_row);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, attachments_list);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, questions_bin);
  gtk_widget_class_bind_template_child (widget_class, BerReportPage, no_attachments_list);

  gtk_widget_class_install_action (widget_class, "page.send-reminder", NULL,
                                   send_reminder_activated);
  gtk_widget_class_install_action (widget_class, "page.add-to-agenda", NULL,
                                   add_to_agenda_activated);
  gtk_widget_class_install_action (widget_class, "page.add-attachment", NULL,
                                   add_attachment_activated);
  gtk_widget_class_install_action (widget_class, "page.export", NULL, export_activated);
}

static void
ber_report_page_init (BerReportPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_record_page_set_error_widgets (BER_RECORD_PAGE (self), self->error_revealer,
                                     self->error_label);
  self->question_links = ber_question_links_new (BER_QUESTION_LINK_REPORT);
  adw_bin_set_child (self->questions_bin, self->question_links);
  g_signal_connect (self, "saved", G_CALLBACK (on_saved), NULL);
  g_signal_connect (self, "notify::record", G_CALLBACK (on_record_changed), NULL);
  g_signal_connect (self, "notify::context", G_CALLBACK (load_attachments), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.send-reminder", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-to-agenda", FALSE);
}

BerReportPage *
ber_report_page_new (void)
{
  return g_object_new (BER_TYPE_REPORT_PAGE, NULL);
}

/* Returns: (transfer none) (nullable): the report shown, as the page edits it */
BerReport *
ber_report_page_get_report (BerReportPage *self)
{
  g_return_val_if_fail (BER_IS_REPORT_PAGE (self), NULL);
  return BER_REPORT (ber_record_page_get_record (BER_RECORD_PAGE (self)));
}
