/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-meeting-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-add-entries-dialog.h"
#include "ber-agenda-export.h"
#include "ber-compat.h"
#include "ber-decision-dialog.h"
#include "ber-entry-dialog.h"
#include "ber-export-ui.h"
#include "ber-meeting-page-private.h"
#include "ber-minutes-dialog.h"
#include "ber-model.h"
#include "ber-print.h"
#include "ber-ui-util.h"

/*
 * What the meeting page does: the agenda's order, what is added to it, its
 * lock, the decisions and the minutes (each a dialog of its own), and its
 * papers printed or exported. Every write goes through BerMeetings.
 */

static BerMeetings *
meetings_of (BerMeetingPage *self)
{
  return ber_context_get_meetings (self->context);
}

static gboolean
has_meeting (BerMeetingPage *self)
{
  return self->context != NULL && self->meeting_id != 0;
}

/* Reordering */

void
ber_meeting_page_move_entry (BerMeetingPage *self,
                             BerAgendaEntry *entry,
                             int             delta)
{
  g_autoptr(GError) error = NULL;

  if (!has_meeting (self) || entry == NULL)
    return;
  if (!ber_meetings_move_entry (meetings_of (self), entry, delta, &error))
    ber_meeting_page_show_error (self, error);
  ber_meeting_page_reload (self);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action,
                GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);

  ber_meeting_page_move_entry (self, ber_agenda_list_get_selected_entry (self->agenda), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);

  ber_meeting_page_move_entry (self, ber_agenda_list_get_selected_entry (self->agenda), 1);
}

static void
open_item_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  BerAgendaEntry *entry = ber_agenda_list_get_selected_entry (self->agenda);
  gint64 item_id = entry != NULL ? ber_record_get_int64 (BER_RECORD (entry), "item-id") : 0;

  if (item_id != 0)
    ber_meeting_page_open_item (self, item_id);
}

/* Dialogs */

static void
on_dialog_saved (BerMeetingPage *self)
{
  ber_meeting_page_reload (self);
}

static void
present (BerMeetingPage *self,
         BerFormDialog  *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved), self,
                           G_CONNECT_SWAPPED);
  ber_form_dialog_present (dialog, GTK_WIDGET (self));
}

static void
add_entries (BerMeetingPage    *self,
             BerAddEntriesKind  kind)
{
  g_autoptr(GError) error = NULL;
  BerAddEntriesDialog *dialog;

  if (!has_meeting (self))
    return;
  dialog = ber_add_entries_dialog_new (self->context, self->meeting_id, kind, &error);
  if (dialog == NULL)
    {
      ber_meeting_page_show_error (self, error);
      return;
    }
  present (self, BER_FORM_DIALOG (dialog));
}

static void
add_items_action (GtkWidget  *widget,
                  const char *action,
                  GVariant   *param)
{
  add_entries (BER_MEETING_PAGE (widget), BER_ADD_ENTRIES_ITEMS);
}

static void
add_reports_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *param)
{
  add_entries (BER_MEETING_PAGE (widget), BER_ADD_ENTRIES_REPORTS);
}

static void
add_minutes_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *param)
{
  add_entries (BER_MEETING_PAGE (widget), BER_ADD_ENTRIES_MINUTES);
}

/* The entry selected, as the register has it now: a dialog edits its own copy. */
static BerAgendaEntry *
load_selected (BerMeetingPage  *self,
               GError         **error)
{
  BerAgendaEntry *entry = ber_agenda_list_get_selected_entry (self->agenda);

  if (entry == NULL)
    return NULL;
  return ber_context_load (self->context, BER_TYPE_AGENDA_ENTRY,
                           ber_record_get_id (BER_RECORD (entry)), error);
}

static void
edit_entry_action (GtkWidget  *widget,
                   const char *action,
                   GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BerAgendaEntry) entry = NULL;

  if (!has_meeting (self) || ber_agenda_list_get_selected_entry (self->agenda) == NULL)
    return;
  if ((entry = load_selected (self, &error)) == NULL)
    {
      ber_meeting_page_show_error (self, error);
      return;
    }
  present (self, BER_FORM_DIALOG (ber_entry_dialog_new (self->context, entry)));
}

/* With nothing chosen, the decision is that of the first matter still without one. */
static void
select_undecided (BerMeetingPage *self)
{
  GListModel *entries = ber_agenda_list_get_entries (self->agenda);

  for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(BerAgendaEntry) candidate = g_list_model_get_item (entries, i);
      const char *decided = ber_record_get_string (BER_RECORD (candidate), "decision");

      if (g_str_equal (ber_agenda_entry_get_kind (candidate), "item")
          && (decided == NULL || *decided == '\0'))
        {
          ber_agenda_list_select (self->agenda, i);
          return;
        }
    }
}

static void
decision_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BerAgendaEntry) entry = NULL;
  BerDecisionDialog *dialog;

  if (!has_meeting (self))
    return;
  if (ber_agenda_list_get_selected_entry (self->agenda) == NULL)
    select_undecided (self);
  if (ber_agenda_list_get_selected_entry (self->agenda) == NULL)
    return;
  if ((entry = load_selected (self, &error)) == NULL
      || (dialog = ber_decision_dialog_new (self->context, entry, &error)) == NULL)
    {
      ber_meeting_page_show_error (self, error);
      return;
    }
  present (self, BER_FORM_DIALOG (dialog));
}

static void
record_minutes_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BerMeeting) meeting = NULL;
  BerMinutesDialog *dialog;

  if (!has_meeting (self))
    return;
  if ((meeting = ber_context_load (self->context, BER_TYPE_MEETING, self->meeting_id, &error))
        == NULL
      || (dialog = ber_minutes_dialog_new (self->context, meeting, &error)) == NULL)
    {
      ber_meeting_page_show_error (self, error);
      return;
    }
  present (self, BER_FORM_DIALOG (dialog));
}

/* Locking */

static void
on_lock_response (BerAlert       *dialog,
                  const char     *response,
                  BerMeetingPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "lock") || !has_meeting (self))
    return;
  if (!ber_meetings_lock (meetings_of (self), self->meeting_id, &error))
    ber_meeting_page_show_error (self, error);
  ber_meeting_page_reload (self);
}

static void
lock_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  BerAlert *dialog = ber_alert_new (_("Lock the Agenda?"),
                                    _("Every entry gets its § number in the body’s "
                                      "series for the year, and the agenda takes no "
                                      "more entries or changes of order."));

  ber_alert_add_responses (dialog, "cancel", _("_Cancel"), "lock", _("_Lock Agenda"), NULL);
  ber_alert_set_response_appearance (dialog, "lock", ADW_RESPONSE_SUGGESTED);
  ber_alert_set_default_response (dialog, "lock");
  ber_alert_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_lock_response), self, 0);
  ber_alert_present (dialog, widget);
}

/* Printing and exports */

typedef struct
{
  BerMeetingPage     *page;
  BerMeetingPaperJob *job;
} PrintJob;

static void
print_ready (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  PrintJob *print = user_data;
  g_autoptr(BerMeetingPage) self = print->page;
  g_autoptr(GError) error = NULL;

  if (ber_context_run_finish (BER_CONTEXT (object), result, &error))
    ber_print_document (ber_ui_parent_window (GTK_WIDGET (self)),
                        ber_meeting_paper_job_get_document (print->job));
  else
    ber_meeting_page_show_error (self, error);
  ber_meeting_paper_job_free (print->job);
  g_free (print);
}

/* The notice is laid out off the main thread, then printed. */
static void
print_agenda_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  PrintJob *print;

  if (!has_meeting (self))
    return;
  print = g_new0 (PrintJob, 1);
  print->page = g_object_ref (self);
  print->job = ber_meeting_paper_job_new (BER_MEETING_PAPER_AGENDA, self->meeting_id);
  ber_context_run_async (self->context, ber_meeting_paper_build, print->job, NULL, NULL,
                         print_ready, print);
}

static const struct
{
  const char      *target;
  BerMeetingPaper  paper;
} papers[] = {
  { "agenda", BER_MEETING_PAPER_AGENDA },
  { "minutes", BER_MEETING_PAPER_MINUTES },
  { "extract", BER_MEETING_PAPER_EXTRACT },
  { "pack", BER_MEETING_PAPER_PACK },
  { "public-pack", BER_MEETING_PAPER_PUBLIC_PACK },
  { "ics", BER_MEETING_PAPER_ICS },
  { "archival-minutes", BER_MEETING_PAPER_ARCHIVAL_MINUTES },
  { "archival-extract", BER_MEETING_PAPER_ARCHIVAL_EXTRACT },
};

/* The file name suggested, and the record the paper is of; NULL when there
 * is nothing to export (no numbered § chosen for an extract). */
static char *
paper_name (BerMeetingPage  *self,
            BerMeetingPaper  paper,
            gint64          *id)
{
  const char *held_on = ber_meeting_get_held_on (self->meeting);
  BerAgendaEntry *entry;
  int paragraph = 0;

  *id = self->meeting_id;
  /* Translators: file names; %s is the meeting's date */
  switch (paper)
    {
    case BER_MEETING_PAPER_AGENDA:
      return g_strdup_printf (_("Notice %s.pdf"), held_on);
    case BER_MEETING_PAPER_MINUTES:
      return g_strdup_printf (_("Minutes %s.pdf"), held_on);
    case BER_MEETING_PAPER_ARCHIVAL_MINUTES:
      return g_strdup_printf (_("Minutes %s (archival copy).pdf"), held_on);
    case BER_MEETING_PAPER_ICS:
      return g_strdup_printf (_("Meeting %s.ics"), held_on);
    case BER_MEETING_PAPER_EXTRACT:
    case BER_MEETING_PAPER_ARCHIVAL_EXTRACT:
      entry = ber_agenda_list_get_selected_entry (self->agenda);
      if (entry != NULL)
        g_object_get (entry, "paragraph", &paragraph, NULL);
      if (paragraph <= 0)
        return NULL;
      *id = ber_record_get_id (BER_RECORD (entry));
      if (paper == BER_MEETING_PAPER_ARCHIVAL_EXTRACT)
        /* Translators: a file name: the § number and the meeting's date */
        return g_strdup_printf (_("Extract § %d %s (archival copy).pdf"), paragraph, held_on);
      /* Translators: a file name: the § number and the meeting's date */
      return g_strdup_printf (_("Extract § %d %s.pdf"), paragraph, held_on);
    case BER_MEETING_PAPER_PACK:
    case BER_MEETING_PAPER_PUBLIC_PACK:
    default:
      return g_strdup_printf (_("Meeting pack %s.pdf"), held_on);
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BerMeetingPage *self = BER_MEETING_PAGE (widget);
  const char *target = g_variant_get_string (parameter, NULL);
  BerMeetingPaper paper = BER_MEETING_PAPER_PACK;
  g_autofree char *name = NULL;
  gint64 id = 0;

  if (!has_meeting (self) || self->meeting == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    if (g_str_equal (papers[i].target, target))
      paper = papers[i].paper;

  name = paper_name (self, paper, &id);
  if (name == NULL)
    {
      ber_ui_toast (widget, _("Select a numbered paragraph of the minutes, then export its "
                              "extract."));
      return;
    }
  ber_export_ui_run_with_data (widget, self->context, _("Export"), name,
                               ber_meeting_paper_export, ber_meeting_paper_job_new (paper, id),
                               ber_meeting_paper_job_free);
}

void
ber_meeting_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.print-agenda", NULL, print_agenda_action);
  gtk_widget_class_install_action (widget_class, "page.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "page.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "page.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "page.add-items", NULL, add_items_action);
  gtk_widget_class_install_action (widget_class, "page.add-reports", NULL, add_reports_action);
  gtk_widget_class_install_action (widget_class, "page.add-minutes", NULL, add_minutes_action);
  gtk_widget_class_install_action (widget_class, "page.edit-entry", NULL, edit_entry_action);
  gtk_widget_class_install_action (widget_class, "page.open-item", NULL, open_item_action);
  gtk_widget_class_install_action (widget_class, "page.lock", NULL, lock_action);
  gtk_widget_class_install_action (widget_class, "page.decision", NULL, decision_action);
  gtk_widget_class_install_action (widget_class, "page.record-minutes", NULL,
                                   record_minutes_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "page.move-up",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "page.move-down", NULL);
}
