/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-person-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-choice-row.h"
#include "ber-compat.h"
#include "ber-person-page-private.h"
#include "ber-text-area.h"
#include "ber-text-row.h"
#include "ber-ui-util.h"

/*
 * One person: the fields in a form, and the person's assignments, current
 * ones first. What the user typed stays in the form until it is saved; a
 * rejected save shows why and keeps every field as it was. The struct is in
 * ber-person-page-private.h, shared with ber-person-page-assignments.c.
 */

G_DEFINE_FINAL_TYPE (BerPersonPage, ber_person_page, BER_TYPE_RECORD_PAGE)

static const char * const checked_keys[] = { "name", "kind", "email", NULL };

BerPersons *
ber_person_page_get_persons (BerPersonPage *self)
{
  return ber_context_get_persons (ber_record_page_get_context (BER_RECORD_PAGE (self)));
}

/* Says what went wrong, under a heading that says what was not done. */
void
ber_person_page_show_failure (BerPersonPage *self,
                              const char    *title,
                              const char    *message)
{
  gtk_label_set_label (self->error_title, title);
  ber_record_page_show_error (BER_RECORD_PAGE (self), message);
}

/* Marks the field whose rule is broken, and no other. */
static void
mark_only (BerPersonPage *self,
           const char    *property)
{
  for (guint i = 0; checked_keys[i] != NULL; i++)
    {
      GtkWidget *field = ber_fields_find (GTK_WIDGET (self), checked_keys[i]);

      if (field != NULL)
        ber_field_set_invalid (BER_FIELD (field), g_strcmp0 (property, checked_keys[i]) == 0);
    }
}

/* Once a save was refused, the form says at each change whether it is
 * mended, so that a slip is caught while the user is still at the field. */
static void
on_field_changed (BerPersonPage *self)
{
  g_autoptr(BerPerson) scratch = NULL;
  const char *property = NULL;

  if (!self->checking)
    return;
  scratch = ber_person_new ();
  if (ber_fields_store (GTK_WIDGET (self), BER_RECORD (scratch), NULL, NULL)
      && ber_persons_check (ber_person_page_get_persons (self), scratch, &property, NULL))
    property = NULL;
  mark_only (self, property);
}

static void
entry_activated_cb (BerPersonPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "page.save", NULL);
}

static void
on_record_changed (BerPersonPage *self,
                   GType          type,
                   gint64         id,
                   int            change)
{
  if (type == BER_TYPE_ASSIGNMENT || type == BER_TYPE_NETWORK || type == BER_TYPE_NETWORK_BODY
      || type == BER_TYPE_BODY)
    ber_person_page_refresh_assignments (self);
}

/* BerRecordPage */

static gboolean
ber_person_page_save_record (BerRecordPage  *page,
                             BerRecord      *record,
                             GError        **error)
{
  BerPersonPage *self = BER_PERSON_PAGE (page);
  const char *property = NULL;

  gtk_label_set_label (self->error_title, _("The Person Was Not Saved"));
  if (!ber_persons_check (ber_person_page_get_persons (self), BER_PERSON (record), &property,
                          error))
    {
      self->checking = TRUE;
      mark_only (self, property);
      ber_fields_mark (GTK_WIDGET (self), property);
      return FALSE;
    }
  if (!ber_persons_save (ber_person_page_get_persons (self), BER_PERSON (record), error))
    return FALSE;
  self->checking = FALSE;
  return TRUE;
}

static void
ber_person_page_refresh (BerRecordPage *page)
{
  BerPersonPage *self = BER_PERSON_PAGE (page);
  BerRecord *person = ber_record_page_get_record (page);
  gint64 id = person != NULL ? ber_record_get_id (person) : 0;
  const char *name = person != NULL ? ber_record_get_string (person, "name") : NULL;

  gtk_label_set_label (self->title_label,
                       id != 0 && name != NULL && *name != '\0' ? name : _("New Person"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.delete", id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.add-assignment", id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.export-personal-data", id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.export-personal-data-json", id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.erase-personal-data", id != 0);
  ber_person_page_refresh_assignments (self);
}

/* Actions */

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ber_record_page_save (BER_RECORD_PAGE (widget));
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ber_record_page_close (BER_RECORD_PAGE (widget));
}

static void
delete_response_cb (BerPersonPage *self,
                    const char    *response)
{
  g_autoptr(GError) error = NULL;
  BerRecord *person = ber_record_page_get_record (BER_RECORD_PAGE (self));

  if (!g_str_equal (response, "delete") || person == NULL)
    return;

  if (!ber_persons_delete (ber_person_page_get_persons (self), BER_PERSON (person), &error))
    {
      ber_person_page_show_failure (self, _("The Person Was Not Deleted"), error->message);
      return;
    }

  ber_record_page_set_modified (BER_RECORD_PAGE (self), FALSE);
  ber_record_page_close (BER_RECORD_PAGE (self));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BerPersonPage *self = BER_PERSON_PAGE (widget);
  BerRecord *person = ber_record_page_get_record (BER_RECORD_PAGE (self));
  const char *name = person != NULL ? ber_record_get_string (person, "name") : "";
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  guint n_assignments = 0;
  BerAlert *dialog;

  if (person == NULL || ber_record_get_id (person) == 0)
    return;
  if (!ber_persons_count_assignments (ber_person_page_get_persons (self),
                                      ber_record_get_id (person), &n_assignments, &error))
    {
      ber_person_page_show_failure (self, _("The Person Was Not Deleted"), error->message);
      return;
    }

  if (n_assignments > 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s holds %u assignment. A person with assignments "
                                         "cannot be deleted; end the assignment instead, so "
                                         "that its history is kept.",
                                         "%s holds %u assignments. A person with assignments "
                                         "cannot be deleted; end the assignments instead, so "
                                         "that their history is kept.",
                                         n_assignments),
                            name, n_assignments);
  else
    body = g_strdup_printf (_("%s is removed from the register. This cannot be undone."), name);

  dialog = ber_alert_new (_("Delete Person?"), body);
  ber_alert_add_responses (dialog, "cancel", _("_Cancel"), NULL);
  ber_alert_set_close_response (dialog, "cancel");
  ber_alert_set_default_response (dialog, "cancel");
  ber_alert_add_responses (dialog, "delete", _("_Delete"), NULL);
  ber_alert_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self,
                           G_CONNECT_SWAPPED);
  ber_alert_present (dialog, GTK_WIDGET (self));
}

/* GtkWidget */

static gboolean
ber_person_page_grab_focus (GtkWidget *widget)
{
  return ber_ui_focus_at_end (BER_PERSON_PAGE (widget)->name_row);
}

/* GObject */

static void
ber_person_page_dispose (GObject *object)
{
  BerPersonPage *self = BER_PERSON_PAGE (object);
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));

  if (context != NULL)
    g_signal_handlers_disconnect_by_data (context, self);
  if (self->current_list != NULL)
    {
      gtk_list_box_bind_model (self->current_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->past_list, NULL, NULL, NULL, NULL);
    }
  g_clear_object (&self->current);
  g_clear_object (&self->past);

  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_PERSON_PAGE);

  G_OBJECT_CLASS (ber_person_page_parent_class)->dispose (object);
}

static void
ber_person_page_class_init (BerPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerRecordPageClass *page_class = BER_RECORD_PAGE_CLASS (klass);

  object_class->dispose = ber_person_page_dispose;
  widget_class->grab_focus = ber_person_page_grab_focus;
  page_class->save_record = ber_person_page_save_record;
  page_class->refresh = ber_person_page_refresh;

  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_TEXT_AREA);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, error_title);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, party_row);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, current_group);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, past_group);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, current_list);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, past_list);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "assignment_activated_cb",
                                                G_CALLBACK (ber_person_page_assignment_activated_cb));

  /* The page's own names for page.save and page.close, kept for those who use them. */
  gtk_widget_class_install_action (widget_class, "person.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "person.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "person.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "person.add-assignment", NULL,
                                   ber_person_page_add_assignment_activated);
  gtk_widget_class_install_action (widget_class, "person.end-assignment", "x",
                                   ber_person_page_end_assignment_activated);
  gtk_widget_class_install_action (widget_class, "person.export-personal-data", NULL,
                                   ber_person_page_export_personal_data_activated);
  gtk_widget_class_install_action (widget_class, "person.export-personal-data-json", NULL,
                                   ber_person_page_export_personal_data_activated);
  gtk_widget_class_install_action (widget_class, "person.erase-personal-data", NULL,
                                   ber_person_page_erase_personal_data_activated);
}

static void
ber_person_page_init (BerPersonPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));
  ber_record_page_set_error_widgets (BER_RECORD_PAGE (self), self->error_revealer,
                                     self->error_label);
  ber_fields_connect (GTK_WIDGET (self), G_CALLBACK (on_field_changed), self);

  placeholder = gtk_label_new (_("No current assignments"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_list_box_set_placeholder (self->current_list, placeholder);
}

/* Public API */

/**
 * ber_person_page_new:
 * @person_id: the person to show, or 0 for a new one
 */
GtkWidget *
ber_person_page_new (BerContext *context,
                     gint64      person_id)
{
  BerPersonPage *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerPerson) person = NULL;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);

  self = g_object_new (BER_TYPE_PERSON_PAGE, NULL);
  ber_record_page_set_context (BER_RECORD_PAGE (self), context);
  g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self,
                           G_CONNECT_SWAPPED);

  if (person_id != 0)
    person = ber_context_load (context, BER_TYPE_PERSON, person_id, &error);
  if (person == NULL)
    person = ber_person_new ();
  ber_record_page_set_record (BER_RECORD_PAGE (self), BER_RECORD (person));
  if (error != NULL)
    ber_person_page_show_failure (self, _("The Person Could Not Be Read"), error->message);

  return GTK_WIDGET (self);
}

/* Returns: (transfer none): the person as last loaded or saved */
BerPerson *
ber_person_page_get_person (BerPersonPage *self)
{
  g_return_val_if_fail (BER_IS_PERSON_PAGE (self), NULL);
  return BER_PERSON (ber_record_page_get_record (BER_RECORD_PAGE (self)));
}

/* Whether the form holds changes that are not saved. */
gboolean
ber_person_page_get_modified (BerPersonPage *self)
{
  g_return_val_if_fail (BER_IS_PERSON_PAGE (self), FALSE);
  return ber_record_page_get_modified (BER_RECORD_PAGE (self));
}

/* Checks and saves the form, as the Save button does. */
gboolean
ber_person_page_save (BerPersonPage *self)
{
  g_return_val_if_fail (BER_IS_PERSON_PAGE (self), FALSE);
  return ber_record_page_save (BER_RECORD_PAGE (self));
}

/**
 * ber_person_page_get_current_assignments:
 *
 * Returns: (transfer none) (nullable): the current assignments, open-ended
 *   ones first, then by end date, latest first
 */
GListModel *
ber_person_page_get_current_assignments (BerPersonPage *self)
{
  g_return_val_if_fail (BER_IS_PERSON_PAGE (self), NULL);
  return self->current;
}

/* Returns: (transfer none) (nullable): the ended assignments, latest first */
GListModel *
ber_person_page_get_past_assignments (BerPersonPage *self)
{
  g_return_val_if_fail (BER_IS_PERSON_PAGE (self), NULL);
  return self->past;
}
