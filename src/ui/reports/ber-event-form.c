/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-event-form"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-attendee-list.h"
#include "ber-date-row.h"
#include "ber-event-form.h"
#include "ber-model.h"
#include "ber-record-row.h"
#include "ber-text-row.h"
#include "ber-ui-util.h"

/*
 * A forum event is often registered after the fact, from the invitation and
 * the travel claims: any dates are allowed. The attendees offered are the
 * persons with an assignment in the chosen network; "Show All Persons" adds
 * everyone, for a substitute or an official who went along.
 */
struct _BerEventForm
{
  BerFormDialog    parent_instance;

  int              due_days;

  BerRecordRow    *network_row;
  AdwComboRow     *body_row;
  BerDateRow      *starts_row;
  BerAttendeeList *attendee_list;
};

G_DEFINE_FINAL_TYPE (BerEventForm, ber_event_form, BER_TYPE_FORM_DIALOG)

static void
on_list_error (BerEventForm *self,
               const GError *error)
{
  ber_form_dialog_show_error (BER_FORM_DIALOG (self), error->message);
}

/* The chosen network's own bodies, after the network as a whole. */
static void
update_bodies (BerEventForm *self,
               BerContext   *context,
               gint64        network_id)
{
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) whole = g_list_store_new (BER_TYPE_NETWORK_BODY);
  g_autoptr(BerNetworkBody) network = g_object_new (BER_TYPE_NETWORK_BODY, "name",
                                                    _("The Network as a Whole"), NULL);
  g_autoptr(GtkFlattenListModel) bodies = NULL;

  g_list_store_append (whole, network);
  g_list_store_append (parts, whole);
  if (context != NULL && network_id > 0)
    {
      g_autoptr(GListModel) own = ber_reports_list_network_bodies (ber_context_get_reports (
                                                                     context),
                                                                   network_id);

      g_signal_connect_object (own, "error", G_CALLBACK (on_list_error), self,
                               G_CONNECT_SWAPPED);
      g_list_store_append (parts, own);
    }
  bodies = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));
  adw_combo_row_set_model (self->body_row, G_LIST_MODEL (bodies));
  adw_combo_row_set_selected (self->body_row, 0);
}

static void
on_network_changed (BerEventForm *self)
{
  BerContext *context = ber_form_dialog_get_context (BER_FORM_DIALOG (self));
  gint64 network_id = ber_record_row_get_id (self->network_row);

  update_bodies (self, context, network_id);
  ber_attendee_list_set_network (self->attendee_list, network_id,
                                 ber_date_row_get_date (self->starts_row));
}

/* Who held an assignment is judged on the event's first day. */
static void
on_day_changed (BerEventForm *self)
{
  if (ber_date_row_is_valid (self->starts_row))
    ber_attendee_list_set_network (self->attendee_list, ber_record_row_get_id (self->network_row),
                                   ber_date_row_get_date (self->starts_row));
}

static gboolean
ber_event_form_save_record (BerFormDialog  *dialog,
                            BerRecord      *record,
                            GError        **error)
{
  BerEventForm *self = BER_EVENT_FORM (dialog);
  BerReports *reports = ber_context_get_reports (ber_form_dialog_get_context (dialog));
  BerRecord *body = adw_combo_row_get_selected_item (self->body_row);
  g_autoptr(GListModel) attendance = ber_attendee_list_dup_attendance (self->attendee_list);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;
  guint n_created = 0;

  g_object_set (record, "network-body-id", body != NULL ? ber_record_get_id (body) : 0, NULL);
  if (!ber_reports_add_event (reports, BER_FORUM_EVENT (record), attendance, error))
    return FALSE;

  /* The event is saved either way: a failure here must not keep the form
   * open, or saving again would register the event twice. */
  if (!ber_reports_create_expected (reports, ber_record_get_id (record), self->due_days,
                                    &n_created, &local_error))
    message = g_strdup_printf (_("The event was saved, but the expected reports could not be "
                                 "made: %s"),
                               local_error->message);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u report is now expected",
                                            "%u reports are now expected", n_created),
                               n_created);
  ber_ui_toast (GTK_WIDGET (self), message);
  return TRUE;
}

static void
ber_event_form_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_EVENT_FORM);

  G_OBJECT_CLASS (ber_event_form_parent_class)->dispose (object);
}

static void
ber_event_form_class_init (BerEventFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerFormDialogClass *dialog_class = BER_FORM_DIALOG_CLASS (klass);

  object_class->dispose = ber_event_form_dispose;
  dialog_class->save_record = ber_event_form_save_record;

  g_type_ensure (BER_TYPE_ATTENDEE_LIST);
  g_type_ensure (BER_TYPE_DATE_ROW);
  g_type_ensure (BER_TYPE_NETWORK_BODY);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-event-form.ui");
  gtk_widget_class_bind_template_child (widget_class, BerEventForm, network_row);
  gtk_widget_class_bind_template_child (widget_class, BerEventForm, body_row);
  gtk_widget_class_bind_template_child (widget_class, BerEventForm, starts_row);
  gtk_widget_class_bind_template_child (widget_class, BerEventForm, attendee_list);
  gtk_widget_class_bind_template_callback (widget_class, on_network_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_day_changed);
}

static void
ber_event_form_init (BerEventForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_form_dialog_set_action_label (BER_FORM_DIALOG (self), _("_Register"));
  update_bodies (self, NULL, 0);
}

/**
 * ber_event_form_new:
 * @report_due_days: days after the event that the attendees' reports are due
 *
 * Returns: (transfer none): the form of a new forum event; present it
 *   with ber_form_dialog_present()
 */
BerFormDialog *
ber_event_form_new (BerContext *context,
                    int         report_due_days)
{
  BerEventForm *self;
  g_autoptr(BerForumEvent) event = ber_forum_event_new ();
  const char *today;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);

  self = g_object_new (BER_TYPE_EVENT_FORM, NULL);
  self->due_days = report_due_days;
  today = ber_context_get_today (context);
  g_object_set (event, "starts-on", today, "ends-on", today, NULL);
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  ber_attendee_list_set_context (self->attendee_list, context);
  ber_form_dialog_set_record (BER_FORM_DIALOG (self), BER_RECORD (event));
  on_network_changed (self);
  return BER_FORM_DIALOG (self);
}
