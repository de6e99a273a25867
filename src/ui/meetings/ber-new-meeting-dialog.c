/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-new-meeting-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-body-dialog.h"
#include "ber-date-row.h"
#include "ber-new-meeting-dialog.h"
#include "ber-record-row.h"
#include "ber-text-row.h"

/*
 * A new meeting of a body: its date, time and place, and whether it starts
 * from the previous meeting. The agenda starts with the body's standing
 * points. While the register has no body to hold it, the dialog offers to
 * create one, which is then chosen.
 */
struct _BerNewMeetingDialog
{
  BerFormDialog  parent_instance;

  GListModel    *bodies;        /* those that can hold a meeting: not dissolved */

  GtkWidget     *no_body_group;
  GtkWidget     *create_body_button;
  BerRecordRow  *body_row;
  GtkSwitch     *copy_switch;
};

G_DEFINE_FINAL_TYPE (BerNewMeetingDialog, ber_new_meeting_dialog, BER_TYPE_FORM_DIALOG)

static gboolean
ber_new_meeting_dialog_save_record (BerFormDialog  *dialog,
                                    BerRecord      *record,
                                    GError        **error)
{
  BerNewMeetingDialog *self = BER_NEW_MEETING_DIALOG (dialog);
  BerMeetings *meetings = ber_context_get_meetings (ber_form_dialog_get_context (dialog));

  return ber_meetings_create (meetings, BER_MEETING (record),
                              gtk_switch_get_active (self->copy_switch), error);
}

static void
update_no_body (BerNewMeetingDialog *self)
{
  gboolean none = self->bodies != NULL && g_list_model_get_n_items (self->bodies) == 0;

  gtk_widget_set_visible (self->no_body_group, none);
  /* With nothing to choose, the register says what is missing, not the row. */
  g_object_set (self->body_row, "required", !none, NULL);
}

/* The body created is the one that meets. */
static void
on_body_created (BerNewMeetingDialog *self,
                 BerFormDialog       *dialog)
{
  ber_record_row_set_id (self->body_row, ber_record_get_id (ber_form_dialog_get_record (dialog)));
  update_no_body (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->body_row));
}

static void
create_body_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BerNewMeetingDialog *self = BER_NEW_MEETING_DIALOG (widget);
  BerContext *context = ber_form_dialog_get_context (BER_FORM_DIALOG (self));
  BerFormDialog *dialog = ber_body_dialog_new (context);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_body_created), self,
                           G_CONNECT_SWAPPED);
  ber_form_dialog_present (dialog, widget);
}

static void
ber_new_meeting_dialog_dispose (GObject *object)
{
  BerNewMeetingDialog *self = BER_NEW_MEETING_DIALOG (object);

  if (self->bodies != NULL)
    g_signal_handlers_disconnect_by_data (self->bodies, self);
  g_clear_object (&self->bodies);
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_NEW_MEETING_DIALOG);

  G_OBJECT_CLASS (ber_new_meeting_dialog_parent_class)->dispose (object);
}

static void
ber_new_meeting_dialog_class_init (BerNewMeetingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerFormDialogClass *dialog_class = BER_FORM_DIALOG_CLASS (klass);

  object_class->dispose = ber_new_meeting_dialog_dispose;
  dialog_class->save_record = ber_new_meeting_dialog_save_record;

  g_type_ensure (BER_TYPE_DATE_ROW);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-new-meeting-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerNewMeetingDialog, no_body_group);
  gtk_widget_class_bind_template_child (widget_class, BerNewMeetingDialog, create_body_button);
  gtk_widget_class_bind_template_child (widget_class, BerNewMeetingDialog, body_row);
  gtk_widget_class_bind_template_child (widget_class, BerNewMeetingDialog, copy_switch);

  gtk_widget_class_install_action (widget_class, "meeting.create-body", NULL,
                                   create_body_activated);
}

static void
ber_new_meeting_dialog_init (BerNewMeetingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_form_dialog_set_action_label (BER_FORM_DIALOG (self), _("C_reate"));
}

/**
 * ber_new_meeting_dialog_new:
 * @body_id: the body chosen at first, or 0
 *
 * The form of a new meeting; once saved, its record is the meeting created.
 */
BerNewMeetingDialog *
ber_new_meeting_dialog_new (BerContext *context,
                            gint64      body_id)
{
  BerNewMeetingDialog *self;
  g_autoptr(BerMeeting) meeting = NULL;
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);

  self = g_object_new (BER_TYPE_NEW_MEETING_DIALOG, NULL);
  meeting = ber_meetings_new_meeting (ber_context_get_meetings (context), body_id);
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  ber_form_dialog_set_record (BER_FORM_DIALOG (self), BER_RECORD (meeting));

  self->bodies = ber_context_choose (context, BER_CHOICE_BODIES, filter);
  g_signal_connect_object (self->bodies, "items-changed", G_CALLBACK (update_no_body), self,
                           G_CONNECT_SWAPPED);
  update_no_body (self);
  /* With no body yet, creating one is the first thing to do. */
  if (gtk_widget_get_visible (self->no_body_group))
    gtk_window_set_focus (GTK_WINDOW (self), self->create_body_button);
  return self;
}
