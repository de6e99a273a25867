/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-assignment-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ber-assignment-dialog.h"
#include "ber-date.h"
#include "ber-date-row.h"
#include "ber-labels.h"
#include "ber-model.h"

/*
 * A new or existing assignment: who, where, in what role, with what mandate,
 * for which term and on whose decision. Save stays off until the form can be
 * written, and says why; a rejected save keeps the form as it was.
 */
struct _BerAssignmentDialog
{
  AdwWindow       parent_instance;

  BerStore       *store;
  BerAssignment  *assignment;
  BerRecordList  *network_bodies;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *save_button;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  AdwComboRow    *person_row;
  AdwComboRow    *network_row;
  AdwComboRow    *network_body_row;
  AdwEntryRow    *forum_row;
  AdwComboRow    *role_row;
  GtkTextView    *mandate_view;
  BerDateRow     *from_row;
  BerDateRow     *to_row;
  AdwComboRow    *appointing_body_row;
  AdwEntryRow    *decision_row;
  AdwComboRow    *candidacy_row;
  GtkLabel       *missing_label;
};

G_DEFINE_FINAL_TYPE (BerAssignmentDialog, ber_assignment_dialog, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Choosers: "none" first, then the records of the register */

static GListModel *
with_placeholder (GObject    *placeholder,
                  GListModel *records)
{
  GListStore *first = g_list_store_new (G_TYPE_OBJECT);
  GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);

  g_list_store_append (first, placeholder);
  g_list_store_append (parts, first);
  g_list_store_append (parts, records);
  g_object_unref (first);
  g_object_unref (placeholder);
  g_object_unref (records);

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
}

static BerRecordList *
record_list (BerStore   *store,
             GType       type,
             const char *source,
             const char *order)
{
  g_autoptr(BerQuery) query = ber_query_new (source);

  ber_query_add_order (query, order, FALSE);
  return ber_record_list_new (store, type, query);
}

static void
set_chooser (AdwComboRow *row,
             GType        type,
             const char  *placeholder,
             GListModel  *records)
{
  GObject *none = g_object_new (type, "name", placeholder, NULL);
  g_autoptr(GListModel) model = with_placeholder (none, records);
  g_autoptr(GtkExpression) expression = gtk_property_expression_new (type, NULL, "name");

  adw_combo_row_set_expression (row, expression);
  adw_combo_row_set_model (row, model);
}

static gint64
selected_id (AdwComboRow *row)
{
  GObject *item = adw_combo_row_get_selected_item (row);

  return BER_IS_RECORD (item) ? ber_record_get_id (BER_RECORD (item)) : 0;
}

static void
select_id (AdwComboRow   *row,
           BerRecordList *records,
           gint64         id)
{
  gint position = id != 0 ? ber_record_list_find (records, id) : -1;

  adw_combo_row_set_selected (row, position >= 0 ? (guint) position + 1 : 0);
}

/* The list behind a chooser made by set_chooser(). */
static BerRecordList *
chooser_records (AdwComboRow *row)
{
  GtkFlattenListModel *model = GTK_FLATTEN_LIST_MODEL (adw_combo_row_get_model (row));
  GListModel *parts = gtk_flatten_list_model_get_model (model);
  BerRecordList *records = g_list_model_get_item (parts, 1);

  /* The chooser's model keeps the list alive. */
  g_object_unref (records);
  return records;
}

static char *
network_label (BerNetwork *network,
               gpointer    user_data)
{
  const char *name = ber_record_get_string (BER_RECORD (network), "name");
  const char *acronym = ber_record_get_string (BER_RECORD (network), "acronym");

  if (acronym == NULL || *acronym == '\0' || ber_record_get_id (BER_RECORD (network)) == 0)
    return g_strdup (name);
  /* Translators: a network's name and acronym, "Assembly of European Regions (AER)" */
  return g_strdup_printf (_("%s (%s)"), name, acronym);
}

/* Checking */

static char *
text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What keeps the form from being saved, in words, or NULL. */
static const char *
missing (BerAssignmentDialog *self)
{
  g_autofree char *forum = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->forum_row))));
  const char *from = ber_date_row_get_date (self->from_row);
  const char *to = ber_date_row_get_date (self->to_row);

  if (selected_id (self->person_row) == 0)
    return _("Choose the person who holds the assignment.");
  if (selected_id (self->network_row) == 0 && *forum == '\0')
    return _("Choose a network, or name the forum of the assignment.");
  if (!ber_date_row_is_valid (self->from_row) || !ber_date_row_is_valid (self->to_row))
    return _("Write the dates as YYYY-MM-DD, for example 2026-11-23.");
  if (from != NULL && to != NULL && strcmp (to, from) < 0)
    return _("The term ends before it starts. Correct one of the dates.");
  return NULL;
}

static void
changed_cb (BerAssignmentDialog *self)
{
  const char *reason = missing (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", reason == NULL);
  gtk_label_set_label (self->missing_label, reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), reason != NULL);
  gtk_widget_set_tooltip_text (self->save_button, reason);
}

/* Enter in a field saves, when the form can be saved. */
static void
entry_activated_cb (BerAssignmentDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.save", NULL);
}

static void
network_changed_cb (BerAssignmentDialog *self)
{
  gint64 network_id = selected_id (self->network_row);
  g_autoptr(BerQuery) query = ber_query_new ("network_body");

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ, g_variant_new_int64 (network_id));
  ber_query_add_order (query, "name", FALSE);
  ber_record_list_set_query (self->network_bodies, query);
  adw_combo_row_set_selected (self->network_body_row, 0);

  /* Without a network the assignment is in a forum named in words. */
  gtk_widget_set_visible (GTK_WIDGET (self->network_body_row), network_id != 0);
  gtk_widget_set_visible (GTK_WIDGET (self->forum_row), network_id == 0);
  changed_cb (self);
}

/* Loading and saving */

static void
load (BerAssignmentDialog *self,
      gint64               person_id,
      gint64               network_id)
{
  BerRecord *record = BER_RECORD (self->assignment);
  const char *candidacy = ber_record_get_string (record, "candidacy");
  int role = ber_choice_index (BER_CHOICES_ASSIGNMENT_ROLE, ber_record_get_string (record, "role"));
  const char *from = ber_record_get_string (record, "from-on");
  const char *to = ber_record_get_string (record, "to-on");
  g_autofree char *term_from = NULL;
  g_autofree char *term_to = NULL;

  if (ber_record_get_id (record) == 0)
    {
      /* A new assignment runs for the term of office of today, unless told otherwise. */
      ber_date_election_period (ber_store_get_today (self->store), &term_from, &term_to);
      from = term_from;
      to = term_to;
      if (person_id != 0)
        g_object_set (record, "person-id", person_id, NULL);
      if (network_id != 0)
        g_object_set (record, "network-id", network_id, NULL);
    }

  select_id (self->person_row, chooser_records (self->person_row),
             ber_record_get_int64 (record, "person-id"));
  select_id (self->network_row, chooser_records (self->network_row),
             ber_record_get_int64 (record, "network-id"));
  network_changed_cb (self);
  select_id (self->network_body_row, self->network_bodies,
             ber_record_get_int64 (record, "network-body-id"));
  gtk_editable_set_text (GTK_EDITABLE (self->forum_row), ber_record_get_string (record, "forum"));
  adw_combo_row_set_selected (self->role_row, role >= 0 ? (guint) role : 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->mandate_view),
                            ber_record_get_string (record, "mandate"), -1);
  ber_date_row_set_date (self->from_row, from);
  ber_date_row_set_date (self->to_row, to);
  select_id (self->appointing_body_row, chooser_records (self->appointing_body_row),
             ber_record_get_int64 (record, "appointing-body-id"));
  gtk_editable_set_text (GTK_EDITABLE (self->decision_row),
                         ber_record_get_string (record, "decision-reference"));
  adw_combo_row_set_selected (self->candidacy_row,
                              candidacy != NULL
                                ? (guint) MAX (ber_choice_index (BER_CHOICES_CANDIDACY, candidacy), 0) + 1
                                : 0);

  changed_cb (self);
}

static gboolean
save (BerAssignmentDialog *self)
{
  BerRecord *record = BER_RECORD (self->assignment);
  g_autoptr(GError) error = NULL;
  g_autofree char *forum = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->forum_row))));
  g_autofree char *reference = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->decision_row))));
  g_autofree char *mandate = text_view_text (self->mandate_view);
  gint64 network_id = selected_id (self->network_row);
  guint candidacy = adw_combo_row_get_selected (self->candidacy_row);
  const char *role = ber_choice_value (BER_CHOICES_ASSIGNMENT_ROLE,
                                       adw_combo_row_get_selected (self->role_row));
  const char *reason = missing (self);

  if (reason != NULL)
    {
      gtk_label_set_label (self->error_label, reason);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return FALSE;
    }

  g_object_set (record,
                "person-id", selected_id (self->person_row),
                "network-id", network_id,
                "network-body-id", network_id != 0 ? selected_id (self->network_body_row) : 0,
                "forum", network_id != 0 ? "" : forum,
                "role", role != NULL ? role : "representative",
                "mandate", g_strstrip (mandate),
                "from-on", ber_date_row_get_date (self->from_row),
                "to-on", ber_date_row_get_date (self->to_row),
                "appointing-body-id", selected_id (self->appointing_body_row),
                "decision-reference", reference,
                "candidacy", candidacy > 0
                               ? ber_choice_value (BER_CHOICES_CANDIDACY, candidacy - 1)
                               : NULL,
                NULL);

  if (!ber_record_save (record, self->store, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return FALSE;
    }

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  g_signal_emit (self, signals[SAVED], 0, self->assignment);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  save (BER_ASSIGNMENT_DIALOG (widget));
}

/* GObject */

static void
ber_assignment_dialog_dispose (GObject *object)
{
  BerAssignmentDialog *self = BER_ASSIGNMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_ASSIGNMENT_DIALOG);
  g_clear_object (&self->network_bodies);
  g_clear_object (&self->assignment);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ber_assignment_dialog_parent_class)->dispose (object);
}

static void
ber_assignment_dialog_class_init (BerAssignmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_assignment_dialog_dispose;

  /**
   * BerAssignmentDialog::saved:
   * @assignment: the assignment as written to the register
   *
   * Emitted after a successful save, just before the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, BER_TYPE_ASSIGNMENT);

  g_type_ensure (BER_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-assignment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, person_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, network_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, network_body_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, forum_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, mandate_view);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, appointing_body_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, decision_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, candidacy_row);
  gtk_widget_class_bind_template_child (widget_class, BerAssignmentDialog, missing_label);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, network_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "dialog.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
ber_assignment_dialog_init (BerAssignmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
setup_choosers (BerAssignmentDialog *self)
{
  g_auto(GStrv) roles = ber_choice_labels (BER_CHOICES_ASSIGNMENT_ROLE);
  g_auto(GStrv) candidacies = ber_choice_labels (BER_CHOICES_CANDIDACY);
  g_autoptr(GtkStringList) role_model = gtk_string_list_new ((const char * const *) roles);
  g_autoptr(GtkStringList) candidacy_model = gtk_string_list_new (NULL);
  g_autoptr(BerQuery) no_bodies = ber_query_new ("network_body");
  g_autoptr(GtkExpression) network_expression = NULL;

  /* The network's bodies first: choosing a network lists them. */
  ber_query_add_condition (no_bodies, "network_id", BER_QUERY_EQ, g_variant_new_int64 (0));
  self->network_bodies = ber_record_list_new (self->store, BER_TYPE_NETWORK_BODY, no_bodies);
  set_chooser (self->network_body_row, BER_TYPE_NETWORK_BODY, C_("network body", "—"),
               g_object_ref (G_LIST_MODEL (self->network_bodies)));

  set_chooser (self->person_row, BER_TYPE_PERSON, _("Choose a Person"),
               G_LIST_MODEL (record_list (self->store, BER_TYPE_PERSON, "person", "sort_key")));
  set_chooser (self->network_row, BER_TYPE_NETWORK, _("None — another forum"),
               G_LIST_MODEL (record_list (self->store, BER_TYPE_NETWORK, "network_list",
                                          "sort_key")));
  network_expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                    G_CALLBACK (network_label), NULL, NULL);
  adw_combo_row_set_expression (self->network_row, network_expression);

  set_chooser (self->appointing_body_row, BER_TYPE_BODY, C_("appointing body", "—"),
               G_LIST_MODEL (record_list (self->store, BER_TYPE_BODY, "body", "sort_key")));

  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (role_model));
  gtk_string_list_append (candidacy_model, _("Not a candidacy"));
  gtk_string_list_splice (candidacy_model, 1, 0, (const char * const *) candidacies);
  adw_combo_row_set_model (self->candidacy_row, G_LIST_MODEL (candidacy_model));
}

/* Public API */

/**
 * ber_assignment_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @assignment: (nullable): the assignment to edit, or %NULL for a new one
 * @person_id: the person of a new assignment, fixed in the dialog; or 0
 * @network_id: the network of a new assignment; or 0
 *
 * The dialog edits a copy of @assignment read from @store, so that nothing
 * changes until the register accepted the save.
 */
BerAssignmentDialog *
ber_assignment_dialog_new (GtkWindow     *parent,
                           BerStore      *store,
                           BerAssignment *assignment,
                           gint64         person_id,
                           gint64         network_id)
{
  BerAssignmentDialog *self;
  g_autoptr(GError) error = NULL;
  gint64 id = assignment != NULL ? ber_record_get_id (BER_RECORD (assignment)) : 0;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BER_IS_STORE (store), NULL);
  g_return_val_if_fail (assignment == NULL || BER_IS_ASSIGNMENT (assignment), NULL);

  self = g_object_new (BER_TYPE_ASSIGNMENT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  setup_choosers (self);

  if (id != 0)
    self->assignment = BER_ASSIGNMENT (ber_record_load (BER_TYPE_ASSIGNMENT, store, id, &error));
  if (self->assignment == NULL)
    self->assignment = ber_assignment_new ();

  load (self, person_id, network_id);

  gtk_window_set_title (GTK_WINDOW (self), id != 0 ? _("Edit Assignment") : _("New Assignment"));
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  if (person_id != 0 || id != 0)
    {
      GObject *person = adw_combo_row_get_selected_item (self->person_row);

      adw_window_title_set_subtitle (self->window_title,
                                     BER_IS_PERSON (person) ? ber_person_get_name (BER_PERSON (person))
                                                            : NULL);
    }
  /* A preset person is the point of the dialog; it is not changed here. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->person_row), person_id == 0);
  gtk_window_set_focus (GTK_WINDOW (self),
                        GTK_WIDGET (person_id == 0 ? self->person_row : self->network_row));

  if (error != NULL)
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
    }

  return self;
}

/**
 * ber_assignment_dialog_get_assignment:
 *
 * Returns: (transfer none): the assignment being edited (saved after "saved")
 */
BerAssignment *
ber_assignment_dialog_get_assignment (BerAssignmentDialog *self)
{
  g_return_val_if_fail (BER_IS_ASSIGNMENT_DIALOG (self), NULL);
  return self->assignment;
}

/* Whether every required field is filled in and every date is valid. */
gboolean
ber_assignment_dialog_can_save (BerAssignmentDialog *self)
{
  g_return_val_if_fail (BER_IS_ASSIGNMENT_DIALOG (self), FALSE);
  return missing (self) == NULL;
}

/**
 * ber_assignment_dialog_save:
 *
 * Saves as the Save button does; on success the dialog emits "saved" and closes.
 *
 * Returns: %TRUE when the assignment was written
 */
gboolean
ber_assignment_dialog_save (BerAssignmentDialog *self)
{
  g_return_val_if_fail (BER_IS_ASSIGNMENT_DIALOG (self), FALSE);
  return save (self);
}
