/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-new-meeting-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-date-row.h"
#include "ber-new-meeting-dialog.h"
#include "ber-record-row.h"
#include "ber-text-row.h"

/*
 * A new meeting of a body: its date, time and place, and whether it starts
 * from the previous meeting. The agenda starts with the body's standing
 * points.
 */
struct _BerNewMeetingDialog
{
  BerFormDialog  parent_instance;

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
ber_new_meeting_dialog_dispose (GObject *object)
{
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
  gtk_widget_class_bind_template_child (widget_class, BerNewMeetingDialog, copy_switch);
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

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);

  self = g_object_new (BER_TYPE_NEW_MEETING_DIALOG, NULL);
  meeting = ber_meetings_new_meeting (ber_context_get_meetings (context), body_id);
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  ber_form_dialog_set_record (BER_FORM_DIALOG (self), BER_RECORD (meeting));
  return self;
}
