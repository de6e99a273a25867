/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-followup-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-agenda.h"
#include "ber-date-row.h"
#include "ber-followup-view.h"
#include "ber-form-dialog.h"
#include "ber-ui-util.h"

/*
 * Decision follow-up (verkställighet): the att-clauses that give someone an
 * assignment and are not done, with the responsible person and due date;
 * late ones stand out. Auditors keep finding this gap.
 */
struct _BerFollowupView
{
  AdwBin           parent_instance;

  BerStore        *store;
  guint            n_shown;
  guint            reload_source;

  GtkLabel        *summary_label;
  GtkToggleButton *late_button;
  GtkStack        *stack;
  GtkListBox      *list_box;
};

G_DEFINE_FINAL_TYPE (BerFollowupView, ber_followup_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
row_text (GVariant   *row,
          const char *column)
{
  const char *text = NULL;

  if (!g_variant_lookup (row, column, "&s", &text))
    return "";
  return text;
}

static void
on_mark_done (GtkButton       *button,
              BerFollowupView *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "clause-id"));

  if (!ber_agenda_mark_clause_done (self->store, id, NULL, &error))
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  ber_followup_view_reload (self);
}

typedef struct
{
  BerFollowupView *self;
  gint64           clause_id;
  GArray          *person_ids;
  GtkWidget       *person_row;
  GtkWidget       *due_row;
} AssignForm;

static void
assign_form_free (gpointer data)
{
  AssignForm *form = data;

  g_array_unref (form->person_ids);
  g_free (form);
}

static gboolean
save_assignment (BerFormDialog  *dialog,
                 gpointer        data,
                 GError        **error)
{
  AssignForm *form = data;
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (form->person_row));
  gint64 person = selected < form->person_ids->len
                    ? g_array_index (form->person_ids, gint64, selected) : 0;

  if (!ber_date_row_is_valid (BER_DATE_ROW (form->due_row)))
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("The due date is not a date. Write it as YYYY-MM-DD."));
      return FALSE;
    }
  if (!ber_agenda_set_clause_followup (form->self->store, form->clause_id, person,
                                       ber_date_row_get_date (BER_DATE_ROW (form->due_row)),
                                       error))
    return FALSE;

  ber_followup_view_reload (form->self);
  return TRUE;
}

/* Who carries the decision out, and by when. */
static void
on_assign (GtkButton       *button,
           BerFollowupView *self)
{
  GVariant *clause = g_object_get_data (G_OBJECT (button), "clause");
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(BerQuery) query = ber_query_new ("person");
  g_autoptr(GPtrArray) rows = NULL;
  GtkWindow *parent = ber_ui_parent_window (GTK_WIDGET (self));
  BerFormDialog *dialog;
  AssignForm *form;
  gint64 current = 0, zero = 0;
  const char *due_on = NULL;
  guint selected = 0;

  g_variant_lookup (clause, "responsible_id", "x", &current);
  g_variant_lookup (clause, "due_on", "&s", &due_on);

  form = g_new0 (AssignForm, 1);
  form->self = self;
  form->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_variant_lookup (clause, "id", "x", &form->clause_id);

  gtk_string_list_append (names, _("Nobody yet"));
  g_array_append_val (form->person_ids, zero);
  ber_query_add_order (query, "sort_key", FALSE);
  rows = ber_store_select (self->store, query, 0, 10000, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *name = NULL;
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      g_variant_lookup (g_ptr_array_index (rows, i), "name", "&s", &name);
      if (id == current)
        selected = form->person_ids->len;
      gtk_string_list_append (names, name != NULL ? name : "");
      g_array_append_val (form->person_ids, id);
    }

  dialog = ber_form_dialog_new (parent,
                                _("Follow Up the Decision"), _("_Save"));
  form->person_row = ber_ui_combo_row (_("Responsible"), G_LIST_MODEL (names), selected);
  form->due_row = ber_ui_date_row (_("Due"), due_on);
  ber_form_dialog_add (dialog, form->person_row);
  ber_form_dialog_add (dialog, form->due_row);
  ber_form_dialog_set_save (dialog, save_assignment, form, assign_form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
make_row (BerFollowupView *self,
          GVariant        *clause)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Mark _Done"));
  g_autofree char *title = g_markup_escape_text (row_text (clause, "text"), -1);
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *label = NULL;
  const char *due_on = row_text (clause, "due_on");
  const char *responsible = row_text (clause, "responsible_name");
  gint64 id = 0, paragraph = 0;
  gboolean late = FALSE;

  g_variant_lookup (clause, "id", "x", &id);
  g_variant_lookup (clause, "paragraph", "x", &paragraph);
  g_variant_lookup (clause, "late", "b", &late);

  /* Translators: "RS § 61, 2026-05-12 · Karin Holm · due 2026-06-30" */
  subtitle = g_strdup_printf (_("%s § %d, %s · %s · %s"), row_text (clause, "body_short_name"),
                              (int) paragraph, row_text (clause, "held_on"),
                              *responsible ? responsible : _("nobody responsible yet"),
                              *due_on ? due_on : _("no due date"));
  if (late)
    {
      GtkWidget *badge = gtk_label_new (_("Late"));

      gtk_widget_add_css_class (badge, "error");
      gtk_widget_add_css_class (badge, "heading");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }
  escaped = g_markup_escape_text (subtitle, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);

  g_object_set_data (G_OBJECT (button), "clause-id", GSIZE_TO_POINTER ((gsize) id));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Translators: accessible label, "Mark done: att uppdra åt …" */
  label = g_strdup_printf (_("Mark done: %s"), row_text (clause, "text"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_mark_done), self, 0);
  {
    GtkWidget *assign = gtk_button_new_with_mnemonic (_("_Assign…"));
    g_autofree char *assign_label = g_strdup_printf (_("Assign: %s"), row_text (clause, "text"));

    gtk_widget_set_valign (assign, GTK_ALIGN_CENTER);
    gtk_accessible_update_property (GTK_ACCESSIBLE (assign), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    assign_label, -1);
    g_object_set_data_full (G_OBJECT (assign), "clause", g_variant_ref (clause),
                            (GDestroyNotify) g_variant_unref);
    g_signal_connect_object (assign, "clicked", G_CALLBACK (on_assign), self, 0);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), assign);
  }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

void
ber_followup_view_reload (BerFollowupView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *child;
  guint n_late = 0;

  g_return_if_fail (BER_IS_FOLLOWUP_VIEW (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  self->n_shown = 0;
  if (self->store == NULL)
    return;

  rows = ber_agenda_followup_list (self->store, gtk_toggle_button_get_active (self->late_button),
                                   &error);
  if (rows == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      gboolean late = FALSE;

      g_variant_lookup (g_ptr_array_index (rows, i), "late", "b", &late);
      n_late += late;
      gtk_list_box_append (self->list_box, make_row (self, g_ptr_array_index (rows, i)));
    }
  self->n_shown = rows->len;

  /* Translators: "4 decisions to carry out, 1 late" */
  summary = g_strdup_printf (ngettext ("%u decision to carry out, %u late",
                                       "%u decisions to carry out, %u late", rows->len),
                             rows->len, n_late);
  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, rows->len > 0 ? "list" : "empty");
}

static gboolean
reload_idle (gpointer data)
{
  BerFollowupView *self = data;

  self->reload_source = 0;
  ber_followup_view_reload (self);
  return G_SOURCE_REMOVE;
}

/* Decisions are recorded and persons renamed elsewhere in the window: the
 * list follows, once for a burst of writes. */
static void
on_store_changed (BerFollowupView *self,
                  const char      *table)
{
  static const char * const tables[] = { "clause", "agenda_entry", "meeting", "person", NULL };

  if (g_strv_contains (tables, table) && self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
ber_followup_view_dispose (GObject *object)
{
  BerFollowupView *self = BER_FOLLOWUP_VIEW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* AdwBin 1.2 keeps a pointer to the child that the template disposes. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_FOLLOWUP_VIEW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ber_followup_view_parent_class)->dispose (object);
}

static void
ber_followup_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BerFollowupView *self = BER_FOLLOWUP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_followup_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BerFollowupView *self = BER_FOLLOWUP_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ber_followup_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_followup_view_class_init (BerFollowupViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_followup_view_dispose;
  object_class->get_property = ber_followup_view_get_property;
  object_class->set_property = ber_followup_view_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BER_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-followup-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BerFollowupView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BerFollowupView, late_button);
  gtk_widget_class_bind_template_child (widget_class, BerFollowupView, stack);
  gtk_widget_class_bind_template_child (widget_class, BerFollowupView, list_box);
}

static void
ber_followup_view_init (BerFollowupView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->late_button, "toggled", G_CALLBACK (ber_followup_view_reload),
                           self, G_CONNECT_SWAPPED);
}

GtkWidget *
ber_followup_view_new (void)
{
  return g_object_new (BER_TYPE_FOLLOWUP_VIEW, NULL);
}

BerStore *
ber_followup_view_get_store (BerFollowupView *self)
{
  g_return_val_if_fail (BER_IS_FOLLOWUP_VIEW (self), NULL);
  return self->store;
}

void
ber_followup_view_set_store (BerFollowupView *self,
                             BerStore        *store)
{
  g_return_if_fail (BER_IS_FOLLOWUP_VIEW (self));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "row-changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
  ber_followup_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

guint
ber_followup_view_get_n_shown (BerFollowupView *self)
{
  g_return_val_if_fail (BER_IS_FOLLOWUP_VIEW (self), 0);
  return self->n_shown;
}
