/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-motions-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-field.h"
#include "ber-labels.h"
#include "ber-motions-dialog.h"
#include "ber-text-area.h"
#include "ber-text-row.h"

/*
 * The motions under a decision (yrkanden), the proposal the chair finds
 * the board decided for (propositionsordning), and a vote (omröstning):
 * what a yes and a no are for and each voting member's voice. Written at
 * once, in one transaction; with a vote, the vote decides.
 */
struct _BerMotionsDialog
{
  BerFormDialog   parent_instance;

  GListStore     *motions;    /* BerMotion, in the order of the minutes */
  GListModel     *voters;     /* BerPerson who may vote */
  GtkStringList  *proposals;  /* "The proposal", then each motion */
  GPtrArray      *vote_rows;  /* AdwComboRow per voter, in the order of voters */

  GtkListBox     *motion_list;
  GtkWidget      *add_button;
  AdwComboRow    *adopted_row;
  AdwExpanderRow *vote_row;
  AdwComboRow    *yes_row;
  AdwComboRow    *no_row;
  AdwActionRow   *result_row;
};

G_DEFINE_FINAL_TYPE (BerMotionsDialog, ber_motions_dialog, BER_TYPE_FORM_DIALOG)

#define MOTION_KEY "ber-motion"

static BerMeetings *
meetings_of (BerMotionsDialog *self)
{
  return ber_context_get_meetings (ber_form_dialog_get_context (BER_FORM_DIALOG (self)));
}

/* One motion, edited in a small form of its own */

typedef struct
{
  BerMotionsDialog *owner;
  BerMotion        *copy;
  guint             position;  /* G_MAXUINT: a new one */
} MotionForm;

static void
motion_form_free (gpointer data)
{
  MotionForm *form = data;

  g_clear_object (&form->copy);
  g_free (form);
}

static gboolean
motion_form_save (BerFormDialog  *dialog,
                  gpointer        data,
                  GError        **error)
{
  MotionForm *form = data;
  BerMotionsDialog *self = form->owner;
  g_autoptr(BerMotion) motion = NULL;

  if (!ber_fields_store (GTK_WIDGET (dialog), BER_RECORD (form->copy), NULL, error)
      || !ber_meetings_check_motion (meetings_of (self), form->copy, error))
    return FALSE;
  if (form->position == G_MAXUINT)
    {
      g_list_store_append (self->motions, form->copy);
      return TRUE;
    }
  motion = g_list_model_get_item (G_LIST_MODEL (self->motions), form->position);
  g_object_set (motion, "mover", ber_motion_get_mover (form->copy),
                "text", ber_motion_get_text (form->copy),
                "supported-by", ber_motion_get_supported_by (form->copy), NULL);
  g_list_store_splice (self->motions, form->position, 1, (gpointer *) &motion, 1);
  return TRUE;
}

static void
open_motion (BerMotionsDialog *self,
             guint             position)
{
  MotionForm *form = g_new0 (MotionForm, 1);
  BerFormDialog *dialog;
  GtkWidget *mover;

  form->owner = self;
  form->position = position;
  form->copy = ber_motion_new ();
  if (position != G_MAXUINT)
    {
      g_autoptr(BerMotion) motion = g_list_model_get_item (G_LIST_MODEL (self->motions),
                                                           position);

      g_object_set (form->copy, "mover", ber_motion_get_mover (motion),
                    "text", ber_motion_get_text (motion),
                    "supported-by", ber_motion_get_supported_by (motion), NULL);
    }
  dialog = ber_form_dialog_new (GTK_WINDOW (self),
                                position == G_MAXUINT ? _("New Motion") : _("Edit Motion"),
                                _("_Done"));
  mover = ber_text_row_new (_("_Moved by: name and party, such as “Anna Berg (M)”"), "mover");
  ber_form_dialog_add (dialog, mover);
  ber_form_dialog_add (dialog, ber_text_row_new (_("_Supported by (instämmer), if anyone"),
                                                 "supported-by"));
  ber_form_dialog_add_group (dialog, _("Motion"),
                             _("What was moved, such as “avslag på förslaget” or “att ärendet "
                               "återremitteras”"));
  ber_form_dialog_add (dialog, ber_text_area_new (_("Motion"), "text"));
  ber_fields_load (GTK_WIDGET (dialog), BER_RECORD (form->copy));
  ber_form_dialog_set_save (dialog, motion_form_save, form, motion_form_free);
  gtk_window_set_focus (GTK_WINDOW (dialog), mover);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The list of motions */

static guint
position_of (BerMotionsDialog *self,
             GObject          *widget)
{
  guint position = G_MAXUINT;

  g_list_store_find (self->motions, g_object_get_data (widget, MOTION_KEY), &position);
  return position;
}

static void
on_edit (BerMotionsDialog *self,
         GtkWidget        *widget)
{
  guint position = position_of (self, G_OBJECT (widget));

  if (position != G_MAXUINT)
    open_motion (self, position);
}

static void
on_remove (BerMotionsDialog *self,
           GtkWidget        *button)
{
  guint position = position_of (self, G_OBJECT (button));

  if (position != G_MAXUINT)
    g_list_store_remove (self->motions, position);
  gtk_widget_grab_focus (self->add_button);
}

static GtkWidget *
motion_row (BerMotionsDialog *self,
            BerMotion        *motion)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: "Edit the motion of Anna Berg (M)" */
  g_autofree char *edit_label = g_strdup_printf (_("Edit the motion of %s"),
                                                 ber_motion_get_mover (motion));
  /* Translators: "Remove the motion of Anna Berg (M)" */
  g_autofree char *remove_label = g_strdup_printf (_("Remove the motion of %s"),
                                                   ber_motion_get_mover (motion));
  GtkWidget *buttons[] = { edit, remove };
  const char *labels[] = { edit_label, remove_label };

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ber_motion_get_mover (motion));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), ber_motion_get_text (motion));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Enter edits the motion"));
  g_object_set_data (G_OBJECT (row), MOTION_KEY, motion);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_edit), self, G_CONNECT_SWAPPED);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      gtk_widget_set_valign (buttons[i], GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (buttons[i], "flat");
      gtk_widget_set_tooltip_text (buttons[i], labels[i]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (buttons[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      labels[i], -1);
      g_object_set_data (G_OBJECT (buttons[i]), MOTION_KEY, motion);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), buttons[i]);
    }
  g_signal_connect_object (edit, "clicked", G_CALLBACK (on_edit), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove), self, G_CONNECT_SWAPPED);
  return row;
}

/* The choices "The proposal", "The motion of …", kept where they were chosen. */
static void
update_proposals (BerMotionsDialog *self)
{
  AdwComboRow *rows[] = { self->adopted_row, self->yes_row, self->no_row };
  guint selected[G_N_ELEMENTS (rows)];
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->motions));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    selected[r] = adw_combo_row_get_selected (rows[r]);
  g_ptr_array_add (names, g_strdup (_("The proposal")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerMotion) motion = g_list_model_get_item (G_LIST_MODEL (self->motions), i);

      g_ptr_array_add (names, g_strdup_printf (_("The motion of %s"),
                                               ber_motion_get_mover (motion)));
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->proposals, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->proposals)),
                          (const char * const *) names->pdata);
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    adw_combo_row_set_selected (rows[r], selected[r] <= n ? selected[r] : 0);
}

static void
on_motions_changed (BerMotionsDialog *self)
{
  GtkListBoxRow *old;

  while ((old = gtk_list_box_get_row_at_index (self->motion_list, 0)) != NULL)
    gtk_list_box_remove (self->motion_list, GTK_WIDGET (old));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->motions)); i++)
    {
      g_autoptr(BerMotion) motion = g_list_model_get_item (G_LIST_MODEL (self->motions), i);

      gtk_list_box_append (self->motion_list, motion_row (self, motion));
    }
  update_proposals (self);
}

static void
add_motion_cb (BerMotionsDialog *self)
{
  open_motion (self, G_MAXUINT);
}

/* The vote */

static const char *const vote_values[] = { NULL, "yes", "no", "abstain" };

static void
update_result (BerMotionsDialog *self)
{
  guint counts[G_N_ELEMENTS (vote_values)] = { 0 };
  g_autofree char *result = NULL;

  for (guint i = 0; i < self->vote_rows->len; i++)
    {
      guint selected = adw_combo_row_get_selected (g_ptr_array_index (self->vote_rows, i));

      if (selected < G_N_ELEMENTS (vote_values))
        counts[selected]++;
    }
  /* Translators: the count of a vote so far, "Ja 5 · Nej 1 · Avstår 0 · Ej röstat 2" */
  result = g_strdup_printf (_("Yes %u · No %u · Abstains %u · Not recorded %u"), counts[1],
                            counts[2], counts[3], counts[0]);
  adw_action_row_set_subtitle (self->result_row, result);
}

static GtkWidget *
voter_row (BerMotionsDialog *self,
           BerPerson        *person,
           const char       *choice)
{
  const char *party = ber_record_get_string (BER_RECORD (person), "party");
  g_autofree char *name = party != NULL && *party != '\0'
                            ? g_strdup_printf ("%s (%s)", ber_person_get_name (person), party)
                            : g_strdup (ber_person_get_name (person));
  const char *choices[] = { _("Not recorded"), ber_choice_label (BER_CHOICES_VOTE, "yes"),
                            ber_choice_label (BER_CHOICES_VOTE, "no"),
                            ber_choice_label (BER_CHOICES_VOTE, "abstain"), NULL };
  g_autoptr(GtkStringList) model = gtk_string_list_new (choices);
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  for (guint i = 1; choice != NULL && i < G_N_ELEMENTS (vote_values); i++)
    if (g_str_equal (choice, vote_values[i]))
      adw_combo_row_set_selected (row, i);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (update_result), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

/* BerFormDialog */

static gboolean
save (BerFormDialog  *dialog,
      gpointer        data,
      GError        **error)
{
  BerMotionsDialog *self = BER_MOTIONS_DIALOG (dialog);
  g_autoptr(GListStore) votes = g_list_store_new (BER_TYPE_VOTE);

  for (guint i = 0; i < self->vote_rows->len; i++)
    {
      guint selected = adw_combo_row_get_selected (g_ptr_array_index (self->vote_rows, i));
      g_autoptr(BerPerson) person = g_list_model_get_item (self->voters, i);

      if (selected > 0 && selected < G_N_ELEMENTS (vote_values))
        {
          g_autoptr(BerVote) vote = ber_vote_new (ber_record_get_id (BER_RECORD (person)),
                                                  vote_values[selected]);

          g_list_store_append (votes, vote);
        }
    }
  return ber_meetings_record_motions (meetings_of (self),
                                      BER_AGENDA_ENTRY (ber_form_dialog_get_record (dialog)),
                                      G_LIST_MODEL (self->motions),
                                      (int) adw_combo_row_get_selected (self->adopted_row) - 1,
                                      adw_expander_row_get_enable_expansion (self->vote_row),
                                      (int) adw_combo_row_get_selected (self->yes_row) - 1,
                                      (int) adw_combo_row_get_selected (self->no_row) - 1,
                                      G_LIST_MODEL (votes), error);
}

static void
ber_motions_dialog_dispose (GObject *object)
{
  BerMotionsDialog *self = BER_MOTIONS_DIALOG (object);

  g_clear_object (&self->motions);
  g_clear_object (&self->voters);
  g_clear_object (&self->proposals);
  g_clear_pointer (&self->vote_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ber_motions_dialog_parent_class)->dispose (object);
}

static void
ber_motions_dialog_class_init (BerMotionsDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ber_motions_dialog_dispose;
}

static AdwComboRow *
proposal_row (BerMotionsDialog *self,
              const char       *title)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (row, G_LIST_MODEL (self->proposals));
  return row;
}

static void
ber_motions_dialog_init (BerMotionsDialog *self)
{
  GtkWidget *add_row;

  self->motions = g_list_store_new (BER_TYPE_MOTION);
  self->proposals = gtk_string_list_new (NULL);
  self->vote_rows = g_ptr_array_new ();

  ber_form_dialog_add_group (BER_FORM_DIALOG (self), _("Motions"),
                             _("Who moved what. A reservation by a mover refers to the motion."));
  self->motion_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->motion_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->motion_list), "boxed-list");
  gtk_list_box_set_placeholder (self->motion_list,
                                gtk_label_new (_("No motions: the board decided on the proposal "
                                                 "alone.")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->motion_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Motions"), -1);
  ber_form_dialog_add (BER_FORM_DIALOG (self), GTK_WIDGET (self->motion_list));
  self->add_button = gtk_button_new_with_mnemonic (_("_Add Motion…"));
  gtk_widget_set_halign (self->add_button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->add_button, 6);
  g_signal_connect_object (self->add_button, "clicked", G_CALLBACK (add_motion_cb), self,
                           G_CONNECT_SWAPPED);
  add_row = self->add_button;
  ber_form_dialog_add (BER_FORM_DIALOG (self), add_row);

  ber_form_dialog_add_group (BER_FORM_DIALOG (self), _("Order of Decision"),
                             _("The chair puts the proposals against each other and finds which "
                               "one the board decided for."));
  self->adopted_row = proposal_row (self, _("_Decided for"));
  ber_form_dialog_add (BER_FORM_DIALOG (self), GTK_WIDGET (self->adopted_row));

  ber_form_dialog_add_group (BER_FORM_DIALOG (self), _("Vote"),
                             _("When a vote is called, the vote decides: the majority, and in a "
                               "tie the chair’s vote."));
  self->vote_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->vote_row), _("A Vote Was Called"));
  adw_expander_row_set_show_enable_switch (self->vote_row, TRUE);
  adw_expander_row_set_enable_expansion (self->vote_row, FALSE);
  self->yes_row = proposal_row (self, _("_Yes for"));
  self->no_row = proposal_row (self, _("_No for"));
  adw_expander_row_add_row (self->vote_row, GTK_WIDGET (self->yes_row));
  adw_expander_row_add_row (self->vote_row, GTK_WIDGET (self->no_row));
  self->result_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->result_row), _("Count"));
  adw_expander_row_add_row (self->vote_row, GTK_WIDGET (self->result_row));
  ber_form_dialog_add (BER_FORM_DIALOG (self), GTK_WIDGET (self->vote_row));

  g_signal_connect_object (self->motions, "items-changed", G_CALLBACK (on_motions_changed), self,
                           G_CONNECT_SWAPPED);
  ber_form_dialog_set_save (BER_FORM_DIALOG (self), save, NULL, NULL);
}

static gint64
index_of_motion (BerMotionsDialog *self,
                 gint64            motion_id)
{
  for (guint i = 0; motion_id != 0 && i < g_list_model_get_n_items (G_LIST_MODEL (self->motions));
       i++)
    {
      g_autoptr(BerRecord) motion = g_list_model_get_item (G_LIST_MODEL (self->motions), i);

      if (ber_record_get_id (motion) == motion_id)
        return i + 1;
    }
  return 0;
}

/**
 * ber_motions_dialog_new:
 * @entry: the dialog's own copy of an entry of a locked agenda
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when the
 *   entry's motions, votes or voters cannot be read
 */
BerMotionsDialog *
ber_motions_dialog_new (BerContext      *context,
                        BerAgendaEntry  *entry,
                        GError         **error)
{
  BerMeetings *meetings = ber_context_get_meetings (context);
  g_autoptr(GListModel) motions = NULL;
  g_autoptr(GListModel) votes = NULL;
  BerMotionsDialog *self;
  gboolean voted = FALSE;
  int paragraph = 0;
  g_autofree char *title = NULL;

  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), NULL);

  g_object_get (entry, "paragraph", &paragraph, "voted", &voted, NULL);
  /* Translators: the title of the dialog, "Motions and Vote, § 12" */
  title = paragraph > 0 ? g_strdup_printf (_("Motions and Vote, § %d"), paragraph)
                        : g_strdup (_("Motions and Vote"));
  self = g_object_new (BER_TYPE_MOTIONS_DIALOG, "title", title, NULL);
  ber_form_dialog_set_labels (BER_FORM_DIALOG (self), title, _("_Record"));
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  ber_form_dialog_set_heading (BER_FORM_DIALOG (self), title, ber_agenda_entry_get_title (entry));
  if ((motions = ber_meetings_list_motions (meetings, entry, error)) == NULL
      || (votes = ber_meetings_list_votes (meetings, entry, error)) == NULL
      || (self->voters = ber_meetings_list_voters (meetings,
                                                   ber_record_get_int64 (BER_RECORD (entry),
                                                                         "meeting-id"),
                                                   error)) == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  for (guint i = 0; i < g_list_model_get_n_items (motions); i++)
    {
      g_autoptr(GObject) motion = g_list_model_get_item (motions, i);

      g_list_store_append (self->motions, motion);
    }
  on_motions_changed (self);
  adw_combo_row_set_selected (self->adopted_row,
                              index_of_motion (self, ber_record_get_int64 (BER_RECORD (entry),
                                                                           "adopted-motion-id")));
  adw_combo_row_set_selected (self->yes_row,
                              index_of_motion (self, ber_record_get_int64 (BER_RECORD (entry),
                                                                           "vote-yes-motion-id")));
  adw_combo_row_set_selected (self->no_row,
                              index_of_motion (self, ber_record_get_int64 (BER_RECORD (entry),
                                                                           "vote-no-motion-id")));
  adw_expander_row_set_enable_expansion (self->vote_row, voted);

  for (guint i = 0; i < g_list_model_get_n_items (self->voters); i++)
    {
      g_autoptr(BerPerson) person = g_list_model_get_item (self->voters, i);
      const char *choice = NULL;
      GtkWidget *row;

      for (guint k = 0; k < g_list_model_get_n_items (votes); k++)
        {
          g_autoptr(BerVote) vote = g_list_model_get_item (votes, k);

          if (ber_vote_get_person_id (vote) == ber_record_get_id (BER_RECORD (person)))
            choice = ber_vote_get_choice (vote);
        }
      row = voter_row (self, person, choice);
      g_ptr_array_add (self->vote_rows, row);
      adw_expander_row_add_row (self->vote_row, row);
    }
  update_result (self);
  ber_form_dialog_set_record (BER_FORM_DIALOG (self), BER_RECORD (entry));
  return self;
}
