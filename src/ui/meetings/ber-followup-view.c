/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-followup-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-column-sort.h"
#include "ber-followup-dialog.h"
#include "ber-followup-view.h"
#include "ber-model.h"
#include "ber-ui-util.h"

/*
 * Decision follow-up (verkställighet): the att-clauses that give someone an
 * assignment and are not done, under the matter decided and the meeting and
 * § that decided it, with the responsible person and the due date; late
 * ones stand out. Only meetings that have taken place give assignments (the
 * meetings service decides). Auditors keep finding this gap.
 */
struct _BerFollowupView
{
  BerRegisterView  parent_instance;

  GListModel      *shown;     /* the list whose count the summary tells */

  GtkLabel        *summary_label;
  GtkSearchEntry  *search_entry;
  GtkToggleButton *late_button;
  GtkColumnView   *column_view;
  GtkStack        *content_stack;
};

G_DEFINE_FINAL_TYPE (BerFollowupView, ber_followup_view, BER_TYPE_REGISTER_VIEW)

#define FOLLOWUP_KEY "followup"

/* Cells */

/* "RS § 61, 2026-05-12" */
static char *
meeting_label (GtkListItem *item,
               const char  *body,
               int          paragraph,
               const char  *held_on)
{
  if (held_on == NULL || *held_on == '\0')
    return g_strdup ("");
  /* Translators: the meeting that decided, "RS § 61, 2026-05-12" */
  return g_strdup_printf (_("%s § %d, %s"), body != NULL ? body : "", paragraph, held_on);
}

static char *
responsible_label (GtkListItem *item,
                   const char  *name)
{
  return g_strdup (name != NULL && *name != '\0' ? name : _("nobody responsible yet"));
}

static char *
due_label (GtkListItem *item,
           const char  *due_on)
{
  return g_strdup (due_on != NULL && *due_on != '\0' ? due_on : _("no due date"));
}

static char *
late_label (GtkListItem *item,
            gboolean     late)
{
  return g_strdup (late ? _("Late") : "");
}

static BerFollowup *
button_followup (GtkWidget *button)
{
  return g_object_get_data (G_OBJECT (button), FOLLOWUP_KEY);
}

static void
on_assign (BerFollowupView *self,
           GtkButton       *button)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));
  BerFollowup *followup = button_followup (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;
  g_autoptr(BerClause) clause = NULL;

  if (context == NULL || followup == NULL)
    return;
  clause = ber_context_load (context, BER_TYPE_CLAUSE, ber_record_get_id (BER_RECORD (followup)),
                             &error);
  if (clause == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  ber_form_dialog_present (BER_FORM_DIALOG (ber_followup_dialog_new (context, clause)),
                           GTK_WIDGET (self));
}

static void
on_mark_done (BerFollowupView *self,
              GtkButton       *button)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));
  BerFollowup *followup = button_followup (GTK_WIDGET (button));
  g_autoptr(GError) error = NULL;

  if (context == NULL || followup == NULL)
    return;
  if (!ber_meetings_mark_done (ber_context_get_meetings (context),
                               ber_record_get_id (BER_RECORD (followup)), &error))
    ber_ui_toast (GTK_WIDGET (self), error->message);
}

static GtkWidget *
action_button (BerFollowupView *self,
               GtkWidget       *box,
               const char      *label,
               GCallback        callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), button);
  return button;
}

static void
setup_actions (BerFollowupView          *self,
               GtkListItem              *item,
               GtkSignalListItemFactory *factory)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  action_button (self, box, _("_Assign…"), G_CALLBACK (on_assign));
  action_button (self, box, _("Mark _Done"), G_CALLBACK (on_mark_done));
  gtk_list_item_set_child (item, box);
}

/* Each button names its decision for a screen reader. */
static void
bind_actions (BerFollowupView          *self,
              GtkListItem              *item,
              GtkSignalListItemFactory *factory)
{
  BerFollowup *followup = gtk_list_item_get_item (item);
  GtkWidget *assign = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *done = gtk_widget_get_next_sibling (assign);
  const char *text = ber_followup_get_text (followup);
  /* Translators: accessible label, "Assign: att uppdra åt …" */
  g_autofree char *assign_label = g_strdup_printf (_("Assign: %s"), text);
  /* Translators: accessible label, "Mark done: att uppdra åt …" */
  g_autofree char *done_label = g_strdup_printf (_("Mark done: %s"), text);

  g_object_set_data_full (G_OBJECT (assign), FOLLOWUP_KEY, g_object_ref (followup),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (done), FOLLOWUP_KEY, g_object_ref (followup), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (assign), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  assign_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (done), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  done_label, -1);
}

static void
unbind_actions (BerFollowupView          *self,
                GtkListItem              *item,
                GtkSignalListItemFactory *factory)
{
  GtkWidget *assign = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  g_object_set_data (G_OBJECT (assign), FOLLOWUP_KEY, NULL);
  g_object_set_data (G_OBJECT (gtk_widget_get_next_sibling (assign)), FOLLOWUP_KEY, NULL);
}

/* Summary and filters */

static void
update_summary (BerFollowupView *self)
{
  g_autofree char *summary = NULL;
  guint n = self->shown != NULL ? g_list_model_get_n_items (self->shown) : 0;
  guint n_late = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerFollowup) followup = g_list_model_get_item (self->shown, i);

      n_late += ber_followup_get_late (followup);
    }
  /* Translators: "4 decisions to carry out, 1 late" */
  summary = g_strdup_printf (ngettext ("%u decision to carry out, %u late",
                                       "%u decisions to carry out, %u late", n),
                             n, n_late);
  gtk_label_set_label (self->summary_label, summary);
}

static void
on_model_changed (BerFollowupView *self)
{
  GListModel *model = ber_register_view_get_model (BER_REGISTER_VIEW (self));

  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  g_set_object (&self->shown, model);
  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (update_summary), self,
                             G_CONNECT_SWAPPED);
  update_summary (self);
}

static void
late_toggled_cb (BerFollowupView *self)
{
  gboolean late = gtk_toggle_button_get_active (self->late_button);

  ber_list_filter_set_flag (ber_register_view_get_filter (BER_REGISTER_VIEW (self)),
                            BER_FOLLOWUP_LATE, late);
  ber_register_view_set_filters_active (BER_REGISTER_VIEW (self), late);
}

/* BerRegisterView */

static void
ber_followup_view_clear_filters (BerRegisterView *view)
{
  gtk_toggle_button_set_active (BER_FOLLOWUP_VIEW (view)->late_button, FALSE);
}

static GListModel *
ber_followup_view_create_list (BerRegisterView *view,
                               BerContext      *context,
                               BerListFilter   *filter)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = ber_meetings_list_followup (ber_context_get_meetings (context), filter,
                                                 &error);

  if (list == NULL)
    ber_ui_toast (GTK_WIDGET (view), error->message);
  return list;
}

/* The narrow list: a row per decision, its actions in a menu at its end */

static void
ber_followup_view_describe_row (BerRegisterView *view,
                                BerRecord       *record,
                                BerNarrowRow    *row)
{
  g_autofree char *body = NULL, *held_on = NULL, *responsible = NULL, *due_on = NULL;
  g_autofree char *meeting = NULL, *responsible_text = NULL, *due = NULL, *matter = NULL;
  int paragraph = 0;

  g_object_get (record, "entry-title", &matter, "body-short-name", &body, "paragraph", &paragraph, "held-on", &held_on,
                "responsible-name", &responsible, "due-on", &due_on, NULL);
  meeting = meeting_label (NULL, body, paragraph, held_on);
  responsible_text = responsible_label (NULL, responsible);
  due = due_label (NULL, due_on);
  row->title = g_strdup (ber_followup_get_text (BER_FOLLOWUP (record)));
  row->subtitle = BER_NARROW_JOIN (matter, meeting, responsible_text, due);
  if (ber_followup_get_late (BER_FOLLOWUP (record)))
    {
      row->suffix = late_label (NULL, TRUE);
      row->suffix_class = "error";
    }
}

static GtkWidget *
setup_row_menu (gpointer user_data)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (button, _("Actions"));
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
bind_row_menu (GtkWidget *button,
               gpointer   item,
               gpointer   user_data)
{
  gint64 id = ber_record_get_id (BER_RECORD (item));
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) assign = g_menu_item_new (_("_Assign…"), NULL);
  g_autoptr(GMenuItem) done = g_menu_item_new (_("Mark _Done"), NULL);
  /* Translators: accessible label of a decision's menu, "Actions: att uppdra åt …" */
  g_autofree char *label = g_strdup_printf (_("Actions: %s"),
                                            ber_followup_get_text (BER_FOLLOWUP (item)));

  g_menu_item_set_action_and_target_value (assign, "followup.assign", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (done, "followup.mark-done", g_variant_new_int64 (id));
  g_menu_append_item (menu, assign);
  g_menu_append_item (menu, done);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
assign_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (widget));
  g_autoptr(GError) error = NULL;
  g_autoptr(BerClause) clause = NULL;

  if (context == NULL)
    return;
  clause = ber_context_load (context, BER_TYPE_CLAUSE, g_variant_get_int64 (parameter), &error);
  if (clause == NULL)
    ber_ui_toast (widget, error->message);
  else
    ber_form_dialog_present (BER_FORM_DIALOG (ber_followup_dialog_new (context, clause)), widget);
}

static void
mark_done_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (widget));
  g_autoptr(GError) error = NULL;

  if (context != NULL
      && !ber_meetings_mark_done (ber_context_get_meetings (context),
                                  g_variant_get_int64 (parameter), &error))
    ber_ui_toast (widget, error->message);
}

/* Object */

static void
ber_followup_view_dispose (GObject *object)
{
  BerFollowupView *self = BER_FOLLOWUP_VIEW (object);

  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  g_clear_object (&self->shown);
  /* AdwBin 1.2 keeps a pointer to the child that the template disposes. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_FOLLOWUP_VIEW);

  G_OBJECT_CLASS (ber_followup_view_parent_class)->dispose (object);
}

static void
ber_followup_view_class_init (BerFollowupViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_followup_view_dispose;
  BER_REGISTER_VIEW_CLASS (klass)->create_list = ber_followup_view_create_list;
  BER_REGISTER_VIEW_CLASS (klass)->clear_filters = ber_followup_view_clear_filters;
  BER_REGISTER_VIEW_CLASS (klass)->describe_row = ber_followup_view_describe_row;
  gtk_widget_class_install_action (widget_class, "followup.assign", "x", assign_activated);
  gtk_widget_class_install_action (widget_class, "followup.mark-done", "x", mark_done_activated);

  g_type_ensure (BER_TYPE_COLUMN_SORTER);
  g_type_ensure (BER_TYPE_FOLLOWUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-followup-view.ui");
  /* The columns that fold in a narrower window. */
  gtk_widget_class_bind_template_child_full (widget_class, "responsible_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "due_column", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "late_column", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, ber_cell_query_tooltip);
  gtk_widget_class_bind_template_child (widget_class, BerFollowupView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BerFollowupView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerFollowupView, late_button);
  gtk_widget_class_bind_template_child (widget_class, BerFollowupView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerFollowupView, content_stack);
  gtk_widget_class_bind_template_callback (widget_class, meeting_label);
  gtk_widget_class_bind_template_callback (widget_class, responsible_label);
  gtk_widget_class_bind_template_callback (widget_class, due_label);
  gtk_widget_class_bind_template_callback (widget_class, late_label);
  gtk_widget_class_bind_template_callback (widget_class, setup_actions);
  gtk_widget_class_bind_template_callback (widget_class, bind_actions);
  gtk_widget_class_bind_template_callback (widget_class, unbind_actions);
  gtk_widget_class_bind_template_callback (widget_class, late_toggled_cb);
}

static void
ber_followup_view_init (BerFollowupView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_register_view_set_widgets (BER_REGISTER_VIEW (self), self->search_entry,
                                 self->column_view, self->content_stack);
  ber_register_view_fold_columns (BER_REGISTER_VIEW (self), BER_TYPE_FOLLOWUP_VIEW,
                                  "responsible_column", "due_column",
                                  "late_column", NULL);
  ber_narrow_list_set_suffix (ber_register_view_get_narrow_list (BER_REGISTER_VIEW (self)),
                              setup_row_menu, bind_row_menu, self);
  g_signal_connect (self, "notify::model", G_CALLBACK (on_model_changed), NULL);
  update_summary (self);
}

GtkWidget *
ber_followup_view_new (void)
{
  return g_object_new (BER_TYPE_FOLLOWUP_VIEW, NULL);
}

/* The number of decisions listed now. */
guint
ber_followup_view_get_n_shown (BerFollowupView *self)
{
  g_return_val_if_fail (BER_IS_FOLLOWUP_VIEW (self), 0);
  return self->shown != NULL ? g_list_model_get_n_items (self->shown) : 0;
}

/* Lists only the decisions past their due date, or all of them. */
void
ber_followup_view_set_late (BerFollowupView *self,
                            gboolean         late_only)
{
  g_return_if_fail (BER_IS_FOLLOWUP_VIEW (self));
  gtk_toggle_button_set_active (self->late_button, late_only);
}
