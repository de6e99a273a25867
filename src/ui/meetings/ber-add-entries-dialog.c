/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-add-entries-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-add-entries-dialog.h"
#include "ber-model.h"

/*
 * A check list of what waits for the body of a meeting: ready items,
 * returned reports or other bodies' minutes. Those ticked go on the agenda,
 * before its closing standing points.
 */
struct _BerAddEntriesDialog
{
  BerFormDialog      parent_instance;

  BerAddEntriesKind  kind;
  gint64             meeting_id;
  GListModel        *candidates;

  GtkListBox        *list_box;
  GtkLabel          *empty_label;
};

G_DEFINE_FINAL_TYPE (BerAddEntriesDialog, ber_add_entries_dialog, BER_TYPE_FORM_DIALOG)

#define CHECK_KEY "ber-check"

static const struct
{
  const char *title;
  const char *empty;
  const char *heading;    /* the properties a row shows */
  const char *detail;
} kinds[] = {
  [BER_ADD_ENTRIES_ITEMS] = { N_("Add Ready Items"),
                              N_("No items routed to this body are ready for the agenda."),
                              "title", "diary-number" },
  [BER_ADD_ENTRIES_REPORTS] = { N_("Add Returned Reports"),
                                N_("No received report waits for this body."),
                                "person-name", "event-title" },
  [BER_ADD_ENTRIES_MINUTES] = { N_("Add Minutes of Another Body"),
                                N_("No other body has recorded minutes to share."),
                                "body-name", "held-on" },
};

static const char *
text_of (gpointer    record,
         const char *property)
{
  const char *text = ber_record_get_string (BER_RECORD (record), property);

  return text != NULL ? text : "";
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  BerAddEntriesDialog *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  const char *heading = text_of (item, kinds[self->kind].heading);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), heading);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text_of (item, kinds[self->kind].detail));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), CHECK_KEY, check);
  return row;
}

static gboolean
save (BerFormDialog  *dialog,
      gpointer        user_data,
      GError        **error)
{
  BerAddEntriesDialog *self = BER_ADD_ENTRIES_DIALOG (dialog);
  BerMeetings *meetings = ber_context_get_meetings (ber_form_dialog_get_context (dialog));
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  const gint64 *ids;

  for (guint i = 0; i < g_list_model_get_n_items (self->candidates); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, (int) i);
      g_autoptr(BerRecord) candidate = g_list_model_get_item (self->candidates, i);
      gint64 id = ber_record_get_id (candidate);

      if (row != NULL
          && gtk_check_button_get_active (g_object_get_data (G_OBJECT (row), CHECK_KEY)))
        g_array_append_val (chosen, id);
    }

  ids = (const gint64 *) chosen->data;
  switch (self->kind)
    {
    case BER_ADD_ENTRIES_REPORTS:
      return ber_meetings_add_reports (meetings, self->meeting_id, ids, chosen->len, error);
    case BER_ADD_ENTRIES_MINUTES:
      return ber_meetings_add_minutes (meetings, self->meeting_id, ids, chosen->len, error);
    case BER_ADD_ENTRIES_ITEMS:
    default:
      return ber_meetings_add_items (meetings, self->meeting_id, ids, chosen->len, error);
    }
}

static void
ber_add_entries_dialog_dispose (GObject *object)
{
  BerAddEntriesDialog *self = BER_ADD_ENTRIES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_ADD_ENTRIES_DIALOG);
  g_clear_object (&self->candidates);

  G_OBJECT_CLASS (ber_add_entries_dialog_parent_class)->dispose (object);
}

static void
ber_add_entries_dialog_class_init (BerAddEntriesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_add_entries_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-add-entries-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerAddEntriesDialog, list_box);
  gtk_widget_class_bind_template_child (widget_class, BerAddEntriesDialog, empty_label);
}

static void
ber_add_entries_dialog_init (BerAddEntriesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_form_dialog_set_action_label (BER_FORM_DIALOG (self), _("_Add"));
  ber_form_dialog_set_save (BER_FORM_DIALOG (self), save, NULL, NULL);
}

/**
 * ber_add_entries_dialog_new:
 *
 * Returns: (transfer none) (nullable): the check list of what of @kind
 *   waits for the meeting, or %NULL when it cannot be read
 */
BerAddEntriesDialog *
ber_add_entries_dialog_new (BerContext         *context,
                            gint64              meeting_id,
                            BerAddEntriesKind   kind,
                            GError            **error)
{
  BerMeetings *meetings;
  g_autoptr(GListModel) candidates = NULL;
  BerAddEntriesDialog *self;
  gboolean empty;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), NULL);

  meetings = ber_context_get_meetings (context);
  switch (kind)
    {
    case BER_ADD_ENTRIES_REPORTS:
      candidates = ber_meetings_list_waiting_reports (meetings, meeting_id, error);
      break;
    case BER_ADD_ENTRIES_MINUTES:
      candidates = ber_meetings_list_other_minutes (meetings, meeting_id, error);
      break;
    case BER_ADD_ENTRIES_ITEMS:
    default:
      candidates = ber_meetings_list_ready_items (meetings, meeting_id, error);
      break;
    }
  if (candidates == NULL)
    return NULL;

  self = g_object_new (BER_TYPE_ADD_ENTRIES_DIALOG, "title", _(kinds[kind].title), NULL);
  self->kind = kind;
  self->meeting_id = meeting_id;
  self->candidates = g_steal_pointer (&candidates);
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  gtk_list_box_bind_model (self->list_box, self->candidates, create_row, self, NULL);

  empty = g_list_model_get_n_items (self->candidates) == 0;
  gtk_label_set_label (self->empty_label, _(kinds[kind].empty));
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), empty);
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), !empty);
  ber_form_dialog_set_valid (BER_FORM_DIALOG (self), !empty);
  return self;
}
