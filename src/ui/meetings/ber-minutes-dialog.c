/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-minutes-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-date-row.h"
#include "ber-labels.h"
#include "ber-minutes-dialog.h"
#include "ber-model.h"
#include "ber-record-row.h"

/*
 * The minutes of a meeting: who checks them, the dates of approval
 * (justering) and posting (anslag), and who attended in which role. The
 * persons to tick are the whole register's, searched and shown a screenful
 * at a time; each offers the role the meetings service expects of them
 * (their role at the body's meetings before, the chair, an official as an
 * official).
 */
struct _BerMinutesDialog
{
  BerFormDialog   parent_instance;

  GHashTable     *attending;   /* person id → role */
  GHashTable     *usual_roles; /* person id → the role they usually have in the body */
  BerListFilter  *filter;
  GListModel     *persons;
  gboolean        binding;

  GtkSearchEntry *search_entry;
  GtkListView    *person_list;
  GtkLabel       *count_label;
};

G_DEFINE_FINAL_TYPE (BerMinutesDialog, ber_minutes_dialog, BER_TYPE_FORM_DIALOG)

#define CHECK_KEY "ber-check"
#define ROLES_KEY "ber-roles"
#define PERSON_KEY "ber-person-id"

static void
show_count (BerMinutesDialog *self)
{
  guint n = g_hash_table_size (self->attending);
  /* Translators: under the list of persons in the minutes dialog */
  g_autofree char *text = g_strdup_printf (ngettext ("%u person attended",
                                                     "%u persons attended", n), n);

  gtk_label_set_label (self->count_label, text);
}

static gint64
row_person (GtkWidget *widget)
{
  gint64 *id = g_object_get_data (G_OBJECT (gtk_widget_get_parent (widget)), PERSON_KEY);

  return id != NULL ? *id : 0;
}

static void
set_attending (BerMinutesDialog *self,
               gint64            person_id,
               GtkDropDown      *roles,
               gboolean          attending)
{
  const char *role = ber_choice_value (BER_CHOICES_ATTENDANCE_ROLE,
                                       gtk_drop_down_get_selected (roles));

  if (attending)
    g_hash_table_insert (self->attending, g_memdup2 (&person_id, sizeof person_id),
                         g_strdup (role != NULL ? role : "member"));
  else
    g_hash_table_remove (self->attending, &person_id);
  show_count (self);
}

static void
on_check_toggled (BerMinutesDialog *self,
                  GtkCheckButton   *check)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (check));

  if (!self->binding && row_person (GTK_WIDGET (check)) != 0)
    set_attending (self, row_person (GTK_WIDGET (check)),
                   g_object_get_data (G_OBJECT (box), ROLES_KEY),
                   gtk_check_button_get_active (check));
}

/* Choosing a role ticks the person too. */
static void
on_role_selected (BerMinutesDialog *self,
                  GParamSpec       *pspec,
                  GtkDropDown      *roles)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (roles));

  if (self->binding || row_person (GTK_WIDGET (roles)) == 0)
    return;
  set_attending (self, row_person (GTK_WIDGET (roles)), roles, TRUE);
  self->binding = TRUE;
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (box), CHECK_KEY), TRUE);
  self->binding = FALSE;
}

static void
setup_person (BerMinutesDialog         *self,
              GtkListItem              *item,
              GtkSignalListItemFactory *factory)
{
  g_auto(GStrv) labels = ber_choice_labels (BER_CHOICES_ATTENDANCE_ROLE);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *roles = gtk_drop_down_new_from_strings ((const char * const *) labels);

  gtk_widget_set_hexpand (check, TRUE);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), roles);
  g_object_set_data (G_OBJECT (box), CHECK_KEY, check);
  g_object_set_data (G_OBJECT (box), ROLES_KEY, roles);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (roles, "notify::selected", G_CALLBACK (on_role_selected), self,
                           G_CONNECT_SWAPPED);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

/* The role a person not ticked yet is offered. */
static const char *
default_role (BerMinutesDialog *self,
              BerRecord        *person)
{
  BerContext *context = ber_form_dialog_get_context (BER_FORM_DIALOG (self));

  if (context == NULL)
    return "member";
  return ber_meetings_default_role (ber_context_get_meetings (context), self->usual_roles, person);
}

static void
bind_person (BerMinutesDialog         *self,
             GtkListItem              *item,
             GtkSignalListItemFactory *factory)
{
  BerRecord *person = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = g_object_get_data (G_OBJECT (box), CHECK_KEY);
  GtkWidget *roles = g_object_get_data (G_OBJECT (box), ROLES_KEY);
  gint64 id = ber_record_get_id (person);
  const char *name = ber_record_get_label (person);
  const char *role = g_hash_table_lookup (self->attending, &id);
  g_autofree char *role_label = g_strdup_printf (_("Role of %s"), name);

  self->binding = TRUE;
  g_object_set_data_full (G_OBJECT (box), PERSON_KEY, g_memdup2 (&id, sizeof id), g_free);
  gtk_check_button_set_label (GTK_CHECK_BUTTON (check), name);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), role != NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (roles),
                              MAX (ber_choice_index (BER_CHOICES_ATTENDANCE_ROLE,
                                                     role != NULL ? role
                                                                  : default_role (self, person)),
                                   0));
  gtk_accessible_update_property (GTK_ACCESSIBLE (roles), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  role_label, -1);
  self->binding = FALSE;
}

static void
unbind_person (BerMinutesDialog         *self,
               GtkListItem              *item,
               GtkSignalListItemFactory *factory)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), PERSON_KEY, NULL);
}

static void
search_changed_cb (BerMinutesDialog *self)
{
  ber_list_filter_set_search (self->filter,
                              gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = **(gint64 **) a, y = **(gint64 **) b;

  return x < y ? -1 : x > y;
}

static gboolean
ber_minutes_dialog_save_record (BerFormDialog  *dialog,
                                BerRecord      *record,
                                GError        **error)
{
  BerMinutesDialog *self = BER_MINUTES_DIALOG (dialog);
  BerMeetings *meetings = ber_context_get_meetings (ber_form_dialog_get_context (dialog));
  g_autoptr(GListStore) attendance = g_list_store_new (BER_TYPE_ATTENDANCE);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->attending);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, key);
  /* In a steady order, so that the register's history reads the same. */
  g_ptr_array_sort (ids, compare_ids);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 *id = g_ptr_array_index (ids, i);
      g_autoptr(BerAttendance) attended = ber_attendance_new ();

      g_object_set (attended, "meeting-id", ber_record_get_id (record), "person-id", *id,
                    "role", g_hash_table_lookup (self->attending, id), "present", TRUE, NULL);
      g_list_store_append (attendance, attended);
    }
  return ber_meetings_record_minutes (meetings, BER_MEETING (record), G_LIST_MODEL (attendance),
                                      error);
}

static void
ber_minutes_dialog_dispose (GObject *object)
{
  BerMinutesDialog *self = BER_MINUTES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_MINUTES_DIALOG);
  g_clear_object (&self->persons);

  G_OBJECT_CLASS (ber_minutes_dialog_parent_class)->dispose (object);
}

static void
ber_minutes_dialog_finalize (GObject *object)
{
  BerMinutesDialog *self = BER_MINUTES_DIALOG (object);

  g_hash_table_unref (self->attending);
  g_clear_pointer (&self->usual_roles, g_hash_table_unref);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (ber_minutes_dialog_parent_class)->finalize (object);
}

static void
ber_minutes_dialog_class_init (BerMinutesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_minutes_dialog_dispose;
  object_class->finalize = ber_minutes_dialog_finalize;
  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_minutes_dialog_save_record;

  g_type_ensure (BER_TYPE_DATE_ROW);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-minutes-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerMinutesDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerMinutesDialog, person_list);
  gtk_widget_class_bind_template_child (widget_class, BerMinutesDialog, count_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_person);
  gtk_widget_class_bind_template_callback (widget_class, bind_person);
  gtk_widget_class_bind_template_callback (widget_class, unbind_person);
}

static void
ber_minutes_dialog_init (BerMinutesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_form_dialog_set_action_label (BER_FORM_DIALOG (self), _("_Save Minutes"));
  self->attending = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->filter = ber_list_filter_new ();
}

/**
 * ber_minutes_dialog_new:
 * @meeting: the dialog's own copy of the meeting
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when the
 *   attendance cannot be read
 */
BerMinutesDialog *
ber_minutes_dialog_new (BerContext  *context,
                        BerMeeting  *meeting,
                        GError     **error)
{
  g_autoptr(GListModel) attendance = NULL;
  g_autoptr(GHashTable) usual_roles = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  const char *short_name;
  BerMinutesDialog *self;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (BER_IS_MEETING (meeting), NULL);

  attendance = ber_meetings_list_attendance (ber_context_get_meetings (context),
                                             ber_record_get_id (BER_RECORD (meeting)), error);
  if (attendance == NULL)
    return NULL;
  usual_roles = ber_meetings_list_usual_roles (ber_context_get_meetings (context), meeting, error);
  if (usual_roles == NULL)
    return NULL;

  /* The title names the meeting, "Minutes – Regionstyrelsen, 2026-05-12"; the header shows
   * "Minutes" over "RS, 2026-05-12", which fits. */
  short_name = ber_record_get_string (BER_RECORD (meeting), "body-short-name");
  /* Translators: the minutes dialog's title: "Minutes – Regionstyrelsen, 2026-05-12" */
  title = g_strdup_printf (_("Minutes – %s, %s"), ber_meeting_get_body_name (meeting),
                           ber_meeting_get_held_on (meeting));
  /* Translators: a meeting, its body and its day: "RS, 2026-05-12" */
  heading = g_strdup_printf (_("%s, %s"),
                             short_name != NULL && *short_name != '\0'
                               ? short_name : ber_meeting_get_body_name (meeting),
                             ber_meeting_get_held_on (meeting));
  self = g_object_new (BER_TYPE_MINUTES_DIALOG, "title", title, NULL);
  ber_form_dialog_set_heading (BER_FORM_DIALOG (self), _("Minutes"), heading);
  self->usual_roles = g_steal_pointer (&usual_roles);
  for (guint i = 0; i < g_list_model_get_n_items (attendance); i++)
    {
      g_autoptr(BerAttendance) attended = g_list_model_get_item (attendance, i);
      gint64 person = ber_record_get_int64 (BER_RECORD (attended), "person-id");

      g_hash_table_insert (self->attending, g_memdup2 (&person, sizeof person),
                           g_strdup (ber_attendance_get_role (attended)));
    }
  show_count (self);

  /* The list binds its first rows as soon as it has a model: the roles they are offered
   * come through the context. */
  ber_form_dialog_set_context (BER_FORM_DIALOG (self), context);
  self->persons = ber_context_choose (context, BER_CHOICE_PERSONS, self->filter);
  selection = gtk_no_selection_new (g_object_ref (self->persons));
  gtk_list_view_set_model (self->person_list, GTK_SELECTION_MODEL (selection));

  ber_form_dialog_set_record (BER_FORM_DIALOG (self), BER_RECORD (meeting));
  return self;
}
