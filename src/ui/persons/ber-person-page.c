/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-person-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ber-labels.h"
#include "ber-model.h"
#include "ber-person-page-private.h"

/*
 * One person: the fields in a form, and the person's assignments, current
 * ones first. What the user typed stays in the form until it is saved; a
 * rejected save shows why and keeps every field as it was. The struct is in
 * ber-person-page-private.h, shared with ber-person-page-assignments.c.
 */

G_DEFINE_FINAL_TYPE (BerPersonPage, ber_person_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CLOSED,
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
ber_person_page_show_error (BerPersonPage *self,
            const char    *title,
            const char    *message)
{
  gtk_label_set_label (self->error_title, title);
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

void
ber_person_page_hide_error (BerPersonPage *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
set_modified (BerPersonPage *self,
              gboolean       modified)
{
  if (self->modified == modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
notes_text (BerPersonPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_title (BerPersonPage *self)
{
  const char *name = ber_person_get_name (self->person);
  gint64 id = ber_record_get_id (BER_RECORD (self->person));

  gtk_label_set_label (self->title_label,
                       id != 0 && name != NULL && *name != '\0' ? name : _("New Person"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.delete", id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "person.add-assignment", id != 0);
}

/* Validation */

/* The register accepts any text with an @ in it; this asks for a little more,
 * so that a typing slip is caught while the user is still at the field. */
static gboolean
email_is_valid (const char *email)
{
  const char *at = strchr (email, '@');
  const char *dot;

  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    return FALSE;
  for (const char *p = email; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      return FALSE;

  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/* Returns the first row to correct, or NULL when the form can be saved. */
static GtkWidget *
validate (BerPersonPage *self)
{
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *email = row_text (self->email_row);
  g_autoptr(GString) message = g_string_new (NULL);
  gboolean name_missing = *name == '\0';
  gboolean email_bad = *email != '\0' && !email_is_valid (email);

  ber_ui_mark_row (GTK_WIDGET (self->name_row), name_missing);
  ber_ui_mark_row (GTK_WIDGET (self->email_row), email_bad);

  if (name_missing)
    g_string_append (message, _("Fill in the person’s name."));
  if (email_bad)
    g_string_append_printf (message, "%s%s", message->len > 0 ? "\n" : "",
                            _("Write the e-mail address in full, for example "
                              "anna.berg@region.se."));

  gtk_label_set_label (self->validation_label, message->str);
  gtk_widget_set_visible (GTK_WIDGET (self->validation_label), message->len > 0);

  if (name_missing)
    return GTK_WIDGET (self->name_row);
  if (email_bad)
    return GTK_WIDGET (self->email_row);
  return NULL;
}

static void
field_changed_cb (BerPersonPage *self)
{
  if (self->loading)
    return;

  set_modified (self, TRUE);
  if (self->validating)
    validate (self);
}

static void
entry_activated_cb (BerPersonPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "person.save", NULL);
}

/* Loading */

static void
load_fields (BerPersonPage *self)
{
  BerRecord *record = BER_RECORD (self->person);
  const struct
  {
    AdwEntryRow *row;
    const char  *property;
  } fields[] = {
    { self->name_row, "name" },
    { self->title_row, "title" },
    { self->party_row, "party" },
    { self->department_row, "department" },
    { self->email_row, "email" },
    { self->phone_row, "phone" },
  };
  int kind;

  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = ber_record_get_string (record, fields[i].property);

      gtk_editable_set_text (GTK_EDITABLE (fields[i].row), value != NULL ? value : "");
    }

  kind = ber_choice_index (BER_CHOICES_PERSON_KIND, ber_record_get_string (record, "kind"));
  adw_combo_row_set_selected (self->kind_row, kind >= 0 ? (guint) kind : 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            ber_record_get_string (record, "notes"), -1);
  self->loading = FALSE;

  set_modified (self, FALSE);
  update_title (self);
}

/* Actions */

static gboolean save (BerPersonPage *self);

/* After a conflict is settled the form shows the record as it will be
 * saved; it stays modified until that save succeeds. */
static void
fill_settled (BerPersonPage *self)
{
  load_fields (self);
  set_modified (self, TRUE);
}

static gboolean
save (BerPersonPage *self)
{
  BerRecord *record = BER_RECORD (self->person);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *title = row_text (self->title_row);
  g_autofree char *party = row_text (self->party_row);
  g_autofree char *department = row_text (self->department_row);
  g_autofree char *email = row_text (self->email_row);
  g_autofree char *phone = row_text (self->phone_row);
  g_autofree char *notes = notes_text (self);
  const char *kind = ber_choice_value (BER_CHOICES_PERSON_KIND,
                                       adw_combo_row_get_selected (self->kind_row));
  gboolean was_new = ber_record_get_id (record) == 0;
  GtkWidget *invalid;

  self->validating = TRUE;
  invalid = validate (self);
  if (invalid != NULL)
    {
      gtk_widget_grab_focus (invalid);
      return FALSE;
    }

  g_object_set (record, "name", name, "kind", kind != NULL ? kind : "elected", "title", title,
                "party", party, "department", department, "email", email, "phone", phone,
                "notes", notes, NULL);

  if (!ber_ui_save_record (GTK_WIDGET (self), record, self->store, (BerUiFillFunc) fill_settled,
                           (BerUiSaveFunc) save, &error))
    {
      /* The form keeps what was typed; only the message is new. */
      ber_person_page_show_error (self, _("The Person Was Not Saved"), error->message);
      return FALSE;
    }

  ber_person_page_hide_error (self);
  set_modified (self, FALSE);
  update_title (self);
  if (was_new)
    ber_person_page_setup_assignments (self);
  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save (BER_PERSON_PAGE (widget));
}

static gboolean
save_for_leaving (gpointer page)
{
  return save (page);
}

static void
emit_closed (gpointer page)
{
  g_signal_emit (page, signals[CLOSED], 0);
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BerPersonPage *self = BER_PERSON_PAGE (widget);

  if (!self->modified)
    {
      g_signal_emit (self, signals[CLOSED], 0);
      return;
    }

  ber_ui_ask_save_changes (widget,
                           _("The changes to this person have not been saved. "
                             "Changes that are not saved are lost."),
                           save_for_leaving,
                           emit_closed);
}

static void
delete_response_cb (BerPersonPage *self,
                    const char    *response)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;

  if (!ber_record_delete (BER_RECORD (self->person), self->store, &error))
    {
      guint n = ber_person_page_count_assignments (self);
      g_autofree char *message = NULL;

      /* The store knows every reference; the page can name the likely one. */
      if (n > 0 && g_error_matches (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT))
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s holds %u assignment, and a person with "
                                                "assignments cannot be deleted. End the "
                                                "assignment instead; its history is kept.",
                                                "%s holds %u assignments, and a person with "
                                                "assignments cannot be deleted. End the "
                                                "assignments instead; their history is kept.",
                                                n),
                                   ber_person_get_name (self->person), n);
      else
        message = g_strdup (error->message);

      ber_person_page_show_error (self, _("The Person Was Not Deleted"), message);
      return;
    }

  g_signal_emit (self, signals[CLOSED], 0);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BerPersonPage *self = BER_PERSON_PAGE (widget);
  g_autofree char *body = NULL;
  guint n_assignments = ber_person_page_count_assignments (self);
  GtkWidget *dialog;

  if (n_assignments > 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s holds %u assignment. A person with assignments "
                                         "cannot be deleted; end the assignment instead, so "
                                         "that its history is kept.",
                                         "%s holds %u assignments. A person with assignments "
                                         "cannot be deleted; end the assignments instead, so "
                                         "that their history is kept.",
                                         n_assignments),
                            ber_person_get_name (self->person), n_assignments);
  else
    body = g_strdup_printf (_("%s is removed from the register. This cannot be undone."),
                            ber_person_get_name (self->person));

  dialog = adw_message_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)), _("Delete Person?"),
                                   body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "delete", _("_Delete"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GtkWidget */

static gboolean
ber_person_page_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (BER_PERSON_PAGE (widget)->name_row));
}

/* GObject */

static void
ber_person_page_dispose (GObject *object)
{
  BerPersonPage *self = BER_PERSON_PAGE (object);

  if (self->current_list != NULL)
    {
      gtk_list_box_bind_model (self->current_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->past_list, NULL, NULL, NULL, NULL);
    }
  g_clear_object (&self->current);
  g_clear_object (&self->past);
  g_clear_object (&self->person);
  g_clear_object (&self->store);

  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_PERSON_PAGE);

  G_OBJECT_CLASS (ber_person_page_parent_class)->dispose (object);
}

static void
ber_person_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BerPersonPage *self = BER_PERSON_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_person_page_class_init (BerPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_person_page_dispose;
  object_class->get_property = ber_person_page_get_property;

  widget_class->grab_focus = ber_person_page_grab_focus;

  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BerPersonPage::closed:
   *
   * The user left the page: back, or the person was deleted.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * BerPersonPage::saved:
   *
   * The person was written to the register.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, save_button);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, error_title);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, validation_label);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, party_row);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, department_row);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, current_group);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, past_group);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, add_assignment_button);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, current_list);
  gtk_widget_class_bind_template_child (widget_class, BerPersonPage, past_list);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "assignment_activated_cb",
                                                G_CALLBACK (ber_person_page_assignment_activated_cb));

  gtk_widget_class_install_action (widget_class, "person.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "person.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "person.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "person.add-assignment", NULL,
                                   ber_person_page_add_assignment_activated);
  gtk_widget_class_install_action (widget_class, "person.end-assignment", "x",
                                   ber_person_page_end_assignment_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "person.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "person.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "person.back",
                                       NULL);
}

static void
ber_person_page_init (BerPersonPage *self)
{
  g_auto(GStrv) kinds = ber_choice_labels (BER_CHOICES_PERSON_KIND);
  g_autoptr(GtkStringList) kind_model = gtk_string_list_new ((const char * const *) kinds);
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_model));

  placeholder = gtk_label_new (_("No current assignments"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_list_box_set_placeholder (self->current_list, placeholder);

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (field_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

/**
 * ber_person_page_new:
 * @person_id: the person to show, or 0 for a new one
 */
GtkWidget *
ber_person_page_new (BerStore *store,
                     gint64    person_id)
{
  BerPersonPage *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  self = g_object_new (BER_TYPE_PERSON_PAGE, NULL);
  self->store = g_object_ref (store);

  if (person_id != 0)
    self->person = BER_PERSON (ber_record_load (BER_TYPE_PERSON, store, person_id, &error));
  if (self->person == NULL)
    self->person = ber_person_new ();

  load_fields (self);
  ber_person_page_setup_assignments (self);
  if (error != NULL)
    ber_person_page_show_error (self, _("The Person Could Not Be Read"), error->message);

  return GTK_WIDGET (self);
}

/**
 * ber_person_page_get_person:
 *
 * Returns: (transfer none): the person as last loaded or saved
 */
BerPerson *
ber_person_page_get_person (BerPersonPage *self)
{
  g_return_val_if_fail (BER_IS_PERSON_PAGE (self), NULL);
  return self->person;
}

/* Whether the form holds changes that are not saved. */
gboolean
ber_person_page_get_modified (BerPersonPage *self)
{
  g_return_val_if_fail (BER_IS_PERSON_PAGE (self), FALSE);
  return self->modified;
}

/**
 * ber_person_page_save:
 *
 * Checks and saves the form, as the Save button does.
 *
 * Returns: %TRUE when the person was saved
 */
gboolean
ber_person_page_save (BerPersonPage *self)
{
  g_return_val_if_fail (BER_IS_PERSON_PAGE (self), FALSE);
  return save (self);
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

/**
 * ber_person_page_get_past_assignments:
 *
 * Returns: (transfer none) (nullable): the ended assignments, latest first
 */
GListModel *
ber_person_page_get_past_assignments (BerPersonPage *self)
{
  g_return_val_if_fail (BER_IS_PERSON_PAGE (self), NULL);
  return self->past;
}
