/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-meetings-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-body-dialog.h"
#include "ber-column-sort.h"
#include "ber-item-page.h"
#include "ber-labels.h"
#include "ber-meeting-page.h"
#include "ber-meetings-view.h"
#include "ber-model.h"
#include "ber-new-meeting-dialog.h"
#include "ber-ui-util.h"

/*
 * The meetings of the bodies, upcoming or past, as a lazy list; a new
 * meeting starts with its body's standing points or the previous meeting's.
 * A meeting opens in its page, in place of the list, and a matter on its
 * agenda in the item's page, in place of the meeting. A register with no
 * body yet offers to create one first, and then the meeting.
 */
struct _BerMeetingsView
{
  BerRegisterView  parent_instance;

  GtkStack        *stack;
  GtkSearchEntry  *search_entry;
  GtkColumnView   *column_view;
  GtkStack        *content_stack;
  GtkDropDown     *body_dropdown;
  GtkToggleButton *past_button;
  BerMeetingPage  *page;
  BerItemPage     *item_page;   /* made when an item is first opened */
  AdwStatusPage   *empty_page;
  GtkWidget       *create_body_button;
  GtkWidget       *new_meeting_button;

  GListModel      *bodies;      /* those that can hold a meeting: not dissolved */
};

G_DEFINE_FINAL_TYPE (BerMeetingsView, ber_meetings_view, BER_TYPE_REGISTER_VIEW)

static gint64
selected_body (BerMeetingsView *self)
{
  BerRecord *body = gtk_drop_down_get_selected_item (self->body_dropdown);

  return body != NULL ? ber_record_get_id (body) : 0;
}

static char *
status_label (GtkListItem *item,
              const char  *status)
{
  const char *label = status != NULL ? ber_choice_label (BER_CHOICES_MEETING_STATUS, status)
                                     : NULL;

  return g_strdup (label != NULL ? _(label) : "");
}

static void
body_changed_cb (BerMeetingsView *self)
{
  BerListFilter *filter = ber_register_view_get_filter (BER_REGISTER_VIEW (self));
  gint64 body_id = selected_body (self);

  ber_list_filter_set_id (filter, BER_MEETINGS_BODY, body_id);
  ber_register_view_set_filters_active (BER_REGISTER_VIEW (self), body_id != 0);
}

static void
past_toggled_cb (BerMeetingsView *self)
{
  ber_list_filter_set_flag (ber_register_view_get_filter (BER_REGISTER_VIEW (self)),
                            BER_MEETINGS_PAST, gtk_toggle_button_get_active (self->past_button));
}

/* "All bodies" first, then every body, dissolved ones too, by name. */
static void
load_bodies (BerMeetingsView *self,
             BerContext      *context)
{
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) all = g_list_store_new (BER_TYPE_BODY);
  g_autoptr(BerBody) everybody = g_object_new (BER_TYPE_BODY, "name", _("All Bodies"), NULL);
  g_autoptr(BerListFilter) filter = ber_list_filter_new ();
  g_autoptr(GListModel) bodies = NULL;

  g_list_store_append (all, everybody);
  g_list_store_append (parts, all);
  if (context != NULL)
    {
      bodies = ber_context_choose (context, BER_CHOICE_ALL_BODIES, filter);
      g_list_store_append (parts, bodies);
    }
  gtk_drop_down_set_model (self->body_dropdown,
                           G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (
                               g_steal_pointer (&parts)))));
}

/* The empty list's next step: a new meeting, or first the body to hold it. */
static void
update_empty_page (BerMeetingsView *self)
{
  gboolean has_body = self->bodies == NULL || g_list_model_get_n_items (self->bodies) > 0;

  gtk_widget_set_visible (self->create_body_button, !has_body);
  gtk_widget_set_visible (self->new_meeting_button, has_body);
  adw_status_page_set_description (self->empty_page,
                                   has_body ? _("Plan a meeting with the + button or Ctrl+N; "
                                                "its agenda starts with the body’s standing "
                                                "points.")
                                            : _("A meeting is held by a body: the council, a "
                                                "board or a committee. There is none yet: "
                                                "create the body first, then plan its "
                                                "meeting."));
}

static void
on_meeting_created (BerMeetingsView *self,
                    BerFormDialog   *dialog)
{
  ber_meetings_view_open_meeting (self, ber_record_get_id (ber_form_dialog_get_record (dialog)));
}

static void
new_meeting (BerMeetingsView *self,
             gint64           body_id)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));
  BerNewMeetingDialog *dialog;

  if (context == NULL)
    return;
  dialog = ber_new_meeting_dialog_new (context, body_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_meeting_created), self,
                           G_CONNECT_SWAPPED);
  ber_form_dialog_present (BER_FORM_DIALOG (dialog), GTK_WIDGET (self));
}

static void
new_action (GtkWidget  *widget,
            const char *action,
            GVariant   *param)
{
  BerMeetingsView *self = BER_MEETINGS_VIEW (widget);

  new_meeting (self, selected_body (self));
}

/* The body is there: on to its meeting. */
static void
on_body_created (BerMeetingsView *self,
                 BerFormDialog   *dialog)
{
  new_meeting (self, ber_record_get_id (ber_form_dialog_get_record (dialog)));
}

static void
create_body_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *param)
{
  BerMeetingsView *self = BER_MEETINGS_VIEW (widget);
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));
  BerFormDialog *dialog;

  if (context == NULL)
    return;
  dialog = ber_body_dialog_new (context);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_body_created), self,
                           G_CONNECT_SWAPPED);
  ber_form_dialog_present (dialog, widget);
}

static void
on_item_closed (BerMeetingsView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "page");
  ber_meeting_page_reload (self->page);
  gtk_widget_grab_focus (GTK_WIDGET (self->page));
}

static void
open_item_cb (BerMeetingsView *self,
              gint64           item_id)
{
  BerContext *context = ber_register_view_get_context (BER_REGISTER_VIEW (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(BerItem) item = NULL;

  if (context == NULL)
    return;
  item = ber_context_load (context, BER_TYPE_ITEM, item_id, &error);
  if (item == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  if (self->item_page == NULL)
    {
      self->item_page = ber_item_page_new ();
      gtk_stack_add_named (self->stack, GTK_WIDGET (self->item_page), "item");
      g_signal_connect_object (self->item_page, "closed", G_CALLBACK (on_item_closed), self,
                               G_CONNECT_SWAPPED);
    }
  ber_item_page_set_context (self->item_page, context);
  ber_item_page_set_item (self->item_page, item);
  gtk_stack_set_visible_child_name (self->stack, "item");
}

static void
back_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  BerMeetingsView *self = BER_MEETINGS_VIEW (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (ber_register_view_get_list_widget (BER_REGISTER_VIEW (self)));
}

/* BerRegisterView */

static void
ber_meetings_view_clear_filters (BerRegisterView *view)
{
  gtk_drop_down_set_selected (BER_MEETINGS_VIEW (view)->body_dropdown, 0);
}

static GListModel *
ber_meetings_view_create_list (BerRegisterView *view,
                               BerContext      *context,
                               BerListFilter   *filter)
{
  return ber_meetings_list (ber_context_get_meetings (context), filter);
}

static gboolean
ber_meetings_view_open_id (BerRegisterView *view,
                           GType            type,
                           gint64           id)
{
  if (type != BER_TYPE_MEETING)
    return FALSE;
  ber_meetings_view_open_meeting (BER_MEETINGS_VIEW (view), id);
  return TRUE;
}

static void
ber_meetings_view_open_record (BerRegisterView *view,
                               BerRecord       *record)
{
  ber_meetings_view_open_meeting (BER_MEETINGS_VIEW (view), ber_record_get_id (record));
}

/* The body, "2026-12-10 09:00 · Luleå", and the meeting's status at the end. */
static void
ber_meetings_view_describe_row (BerRegisterView *view,
                                BerRecord       *record,
                                BerNarrowRow    *row)
{
  g_autofree char *held_on = NULL, *starts_at = NULL, *place = NULL, *status = NULL;
  g_autofree char *when = NULL;

  g_object_get (record, "body-name", &row->title, "held-on", &held_on, "starts-at", &starts_at,
                "place", &place, "status", &status, NULL);
  when = g_strjoin (" ", held_on != NULL ? held_on : "", starts_at != NULL ? starts_at : "", NULL);
  row->subtitle = BER_NARROW_JOIN (g_strstrip (when), place);
  row->suffix = status_label (NULL, status);
}

static void
ber_meetings_view_refresh (BerRegisterView *view)
{
  BerMeetingsView *self = BER_MEETINGS_VIEW (view);
  BerContext *context = ber_register_view_get_context (view);

  ber_meeting_page_set_context (self->page, context);
  if (self->item_page != NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      gtk_stack_remove (self->stack, GTK_WIDGET (self->item_page));
      self->item_page = NULL;
    }
  load_bodies (self, context);

  if (self->bodies != NULL)
    g_signal_handlers_disconnect_by_data (self->bodies, self);
  g_clear_object (&self->bodies);
  if (context != NULL)
    {
      g_autoptr(BerListFilter) filter = ber_list_filter_new ();

      self->bodies = ber_context_choose (context, BER_CHOICE_BODIES, filter);
      g_signal_connect_object (self->bodies, "items-changed", G_CALLBACK (update_empty_page),
                               self, G_CONNECT_SWAPPED);
    }
  update_empty_page (self);
}

/* Object */

static void
ber_meetings_view_dispose (GObject *object)
{
  BerMeetingsView *self = BER_MEETINGS_VIEW (object);

  if (self->bodies != NULL)
    g_signal_handlers_disconnect_by_data (self->bodies, self);
  g_clear_object (&self->bodies);
  /* AdwBin 1.2 keeps a pointer to the child that the template disposes. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), BER_TYPE_MEETINGS_VIEW);

  G_OBJECT_CLASS (ber_meetings_view_parent_class)->dispose (object);
}

static void
ber_meetings_view_class_init (BerMeetingsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerRegisterViewClass *view_class = BER_REGISTER_VIEW_CLASS (klass);

  object_class->dispose = ber_meetings_view_dispose;
  view_class->create_list = ber_meetings_view_create_list;
  view_class->open_record = ber_meetings_view_open_record;
  view_class->open_id = ber_meetings_view_open_id;
  view_class->refresh = ber_meetings_view_refresh;
  view_class->clear_filters = ber_meetings_view_clear_filters;
  view_class->describe_row = ber_meetings_view_describe_row;

  g_type_ensure (BER_TYPE_BODY);
  g_type_ensure (BER_TYPE_COLUMN_SORTER);
  g_type_ensure (BER_TYPE_MEETING);
  g_type_ensure (BER_TYPE_MEETING_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-meetings-view.ui");
  /* The columns that fold in a narrower window. */
  gtk_widget_class_bind_template_child_full (widget_class, "place_column", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, stack);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, body_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, past_button);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, page);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, create_body_button);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingsView, new_meeting_button);
  gtk_widget_class_bind_template_callback (widget_class, status_label);
  gtk_widget_class_bind_template_callback (widget_class, body_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, past_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_item_cb);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "meetings.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "meetings.create-body", NULL,
                                   create_body_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "view.new",
                                       NULL);
}

static void
ber_meetings_view_init (BerMeetingsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_register_view_set_widgets (BER_REGISTER_VIEW (self), self->search_entry,
                                 self->column_view, self->content_stack);
  ber_register_view_fold_columns (BER_REGISTER_VIEW (self), BER_TYPE_MEETINGS_VIEW,
                                  "place_column", NULL);
  load_bodies (self, NULL);
}

GtkWidget *
ber_meetings_view_new (void)
{
  return g_object_new (BER_TYPE_MEETINGS_VIEW, NULL);
}

/* Returns: (transfer none) (nullable): the meetings listed */
GListModel *
ber_meetings_view_get_model (BerMeetingsView *self)
{
  g_return_val_if_fail (BER_IS_MEETINGS_VIEW (self), NULL);
  return ber_register_view_get_model (BER_REGISTER_VIEW (self));
}

/* Lists the meetings held before today, or those from today on. */
void
ber_meetings_view_set_past (BerMeetingsView *self,
                            gboolean         past)
{
  g_return_if_fail (BER_IS_MEETINGS_VIEW (self));
  gtk_toggle_button_set_active (self->past_button, past);
}

void
ber_meetings_view_open_meeting (BerMeetingsView *self,
                                gint64           meeting_id)
{
  g_return_if_fail (BER_IS_MEETINGS_VIEW (self));

  ber_register_view_select (BER_REGISTER_VIEW (self), meeting_id);
  ber_meeting_page_set_meeting (self->page, meeting_id);
  gtk_stack_set_visible_child_name (self->stack, "page");
}
