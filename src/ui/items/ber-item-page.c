/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-item-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-agenda-export.h"
#include "ber-choice-row.h"
#include "ber-date-row.h"
#include "ber-export-ui.h"
#include "ber-item-page-private.h"
#include "ber-labels.h"
#include "ber-number-row.h"
#include "ber-print.h"
#include "ber-question-links.h"
#include "ber-record-row.h"
#include "ber-relevance-row.h"
#include "ber-status-reason-dialog.h"
#include "ber-subject-area-dialog.h"
#include "ber-switch-row.h"
#include "ber-text-area.h"
#include "ber-text-row.h"

/*
 * The page of one item: where it stands and its decision at the top, then
 * registration, assessment with routing help, the proposal's att-clauses,
 * supporting documents, links, and the history of its workflow. The fields are the BerField rows of ber-item-page.ui; they,
 * the clauses, documents and links are saved together through the items
 * service; a workflow step is written at once.
 */

G_DEFINE_FINAL_TYPE (BerItemPage, ber_item_page, BER_TYPE_RECORD_PAGE)

static void refresh_workflow (BerItemPage *self);

BerItems *
item_page_items (BerItemPage *self)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));

  return context != NULL ? ber_context_get_items (context) : NULL;
}

static BerItem *
item_of (BerItemPage *self)
{
  BerRecord *record = ber_record_page_get_record (BER_RECORD_PAGE (self));

  return record != NULL ? BER_ITEM (record) : NULL;
}

static gint64
item_id (BerItemPage *self)
{
  return ber_record_page_get_id (BER_RECORD_PAGE (self));
}

/* Something on the page that is not a field changed: it is saved with the item. */
void
item_page_changed (BerItemPage *self)
{
  ber_record_page_set_modified (BER_RECORD_PAGE (self), TRUE);
}

static void
toast_error (BerItemPage  *self,
             const GError *error)
{
  ber_ui_toast (GTK_WIDGET (self), error->message);
}

/* The field bound to @key, to mark it as the one to mend. */
static GtkWidget *
find_field (GtkWidget  *root,
            const char *key)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (BER_IS_FIELD (child) && g_strcmp0 (ber_field_get_key (BER_FIELD (child)), key) == 0)
        return child;
      found = find_field (child, key);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
mark_field (BerItemPage *self,
            const char  *key)
{
  GtkWidget *field = key != NULL ? find_field (GTK_WIDGET (self), key) : NULL;

  if (field == NULL)
    return;
  ber_field_set_invalid (BER_FIELD (field), TRUE);
  gtk_widget_grab_focus (field);
}

/* Routing help */

static void
show_suggestion (BerItemPage *self,
                 BerBody     *body,
                 const char  *reason)
{
  if (body != NULL)
    {
      g_autofree char *name = NULL;
      g_autofree char *title = NULL;

      g_object_get (body, "name", &name, NULL);
      /* Translators: %s is a body, e.g. "Regionala utvecklingsnämnden" */
      title = g_strdup_printf (_("Suggested: %s"), name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->suggestion_row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->suggestion_row),
                                   reason != NULL ? reason : "");
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->suggestion_row),
                                     _("No suggestion"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->suggestion_row),
                                   _("No routing rule fits this type and subject area. Choose "
                                     "the body where the subject belongs."));
    }
}

/* The body the rules suggest for the type and subject area on the page, and
 * where the item stands with the body routed to (or suggested) and the reply
 * date on the page. */
static void
refresh_routing (BerItemPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerBody) body = NULL;
  g_autofree char *reason = NULL;
  BerItems *items = item_page_items (self);
  gint64 routed;

  if (items == NULL || item_of (self) == NULL)
    return;

  body = ber_items_suggest_body (items, ber_choice_row_get_value (BER_CHOICE_ROW (self->type_row)),
                                 ber_record_row_get_id (BER_RECORD_ROW (self->area_row)), &reason,
                                 &error);
  if (error != NULL)
    toast_error (self, error);
  self->suggested_body_id = body != NULL ? ber_record_get_id (BER_RECORD (body)) : 0;
  show_suggestion (self, body, reason);

  routed = ber_record_row_get_id (BER_RECORD_ROW (self->routed_row));
  gtk_widget_set_visible (self->use_button, self->suggested_body_id > 0
                                              && routed != self->suggested_body_id
                                              && !self->proposal_fixed);
  item_page_refresh_status (self, routed > 0 ? routed : self->suggested_body_id,
                            ber_date_row_get_date (BER_DATE_ROW (self->reply_by_row)));
}

static void
open_meeting_cb (BerItemPage *self)
{
  item_page_open_meeting (self, self->meeting_id);
}

static void
routing_changed_cb (BerItemPage *self)
{
  refresh_routing (self);
}

static void
use_suggestion_cb (BerItemPage *self)
{
  if (self->suggested_body_id <= 0)
    return;
  ber_record_row_set_id (BER_RECORD_ROW (self->routed_row), self->suggested_body_id);
  ber_record_row_set_id (BER_RECORD_ROW (self->recommended_row), self->suggested_body_id);
  item_page_changed (self);
  refresh_routing (self);
  gtk_widget_grab_focus (self->routed_row);
}

/* Subject areas */

static void
on_area_added (BerItemPage   *self,
               BerFormDialog *dialog)
{
  BerRecord *area = ber_form_dialog_get_record (dialog);

  ber_record_row_set_id (BER_RECORD_ROW (self->area_row), ber_record_get_id (area));
  item_page_changed (self);
  refresh_routing (self);
}

static void
add_area_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BerItemPage *self = BER_ITEM_PAGE (widget);
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  BerFormDialog *dialog;

  if (context == NULL)
    return;
  dialog = ber_subject_area_dialog_new (context);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_area_added), self, G_CONNECT_SWAPPED);
  ber_form_dialog_present (dialog, widget);
}

/* Workflow */

static const char *
step_label (const char *from,
            const char *to)
{
  if (g_str_equal (to, "ready") && g_strcmp0 (from, "on-agenda") == 0)
    return _("_Table (Bordlägg)");
  if (g_str_equal (to, "assessed"))
    return _("Mark _Assessed");
  if (g_str_equal (to, "in-preparation"))
    return _("Start _Preparation");
  if (g_str_equal (to, "ready"))
    return _("_Ready for Agenda");
  if (g_str_equal (to, "on-agenda"))
    return _("Put on A_genda");
  if (g_str_equal (to, "decided"))
    return _("Mark _Decided");
  if (g_str_equal (to, "dispatched"))
    return _("Mark D_ispatched");
  if (g_str_equal (to, "declined"))
    return _("D_ecline…");
  if (g_str_equal (to, "written-off"))
    return _("_Write Off…");
  return to;
}

/* The item moved on in the register, from this page or elsewhere: with
 * edits not saved, the page's item stays as it was read, so that the save
 * knows what was changed here, and the status shown is the current one;
 * without, the form shows the item as it is now. */
static void
follow_register (BerItemPage *self)
{
  g_autoptr(GError) error = NULL;
  BerItems *items = item_page_items (self);

  if (ber_record_page_get_modified (BER_RECORD_PAGE (self)))
    {
      g_autoptr(BerItem) fresh = ber_items_load (items, item_id (self), &error);

      if (fresh == NULL)
        toast_error (self, error);
      else
        g_set_object (&self->current, fresh);
      refresh_routing (self);
      refresh_workflow (self);
      return;
    }
  if (!ber_items_reload (items, item_of (self), &error))
    {
      toast_error (self, error);
      return;
    }
  ber_record_page_set_record (BER_RECORD_PAGE (self), BER_RECORD (item_of (self)));
}

static void
on_reason_given (BerItemPage *self)
{
  ber_record_page_show_error (BER_RECORD_PAGE (self), NULL);
  follow_register (self);
}

static void
on_step_clicked (GtkButton   *button,
                 BerItemPage *self)
{
  /* Saving rebuilds the step buttons, this one among them. */
  g_autofree char *to = g_strdup (g_object_get_data (G_OBJECT (button), "to"));
  gboolean saved;

  /* The step is taken with what the page shows: a proposal written into the
   * page goes to the agenda with the item, not only after a separate Save. */
  self->quiet = TRUE;
  saved = ber_record_page_save (BER_RECORD_PAGE (self));
  self->quiet = FALSE;
  if (!saved)
    return;

  if (ber_items_needs_reason (item_page_items (self), to))
    {
      BerFormDialog *dialog =
        ber_status_reason_dialog_new (ber_record_page_get_context (BER_RECORD_PAGE (self)),
                                      item_id (self), to);

      g_signal_connect_object (dialog, "saved", G_CALLBACK (on_reason_given), self,
                               G_CONNECT_SWAPPED);
      ber_form_dialog_present (dialog, GTK_WIDGET (self));
      return;
    }
  ber_item_page_move (self, to, NULL);
}

static void
refresh_workflow (BerItemPage *self)
{
  BerItems *items = item_page_items (self);
  BerItem *item = self->current != NULL ? self->current : item_of (self);
  const char *status = item != NULL ? ber_item_get_status (item) : "received";
  const char * const *next = ber_items_next_statuses (items, status);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->step_box))) != NULL)
    gtk_flow_box_remove (self->step_box, child);

  for (guint i = 0; item_id (self) > 0 && next[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (step_label (status, next[i]));

      /* Save stays the page's one suggested action: the steps are plain. */
      g_object_set_data_full (G_OBJECT (button), "to", g_strdup (next[i]), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_step_clicked), self, 0);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_flow_box_append (self->step_box, button);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->step_box), item_id (self) > 0 && next[0] != NULL);
  item_page_refresh_decision (self);
  item_page_refresh_history (self);
}

/* Following the register */

/* The item also moves on outside the page (put on an agenda, decided at a
 * meeting), and meetings come and go: the page shows its status, history
 * and the meeting that can decide as they are now, keeping whatever is
 * typed. */
static void
on_record_changed (BerItemPage *self,
                   GType        type,
                   gint64       id,
                   int          change)
{
  gint64 shown = item_id (self);

  if (self->saving || item_of (self) == NULL)
    return;
  if (type == BER_TYPE_ITEM && shown > 0 && change != BER_STORE_CHANGE_DELETE
      && (id == shown || change == BER_STORE_CHANGE_RESET))
    follow_register (self);
  else if (type == BER_TYPE_MEETING || type == BER_TYPE_BODY || type == BER_TYPE_ROUTING_RULE)
    refresh_routing (self);
}

/* BerRecordPage */

static gboolean
ber_item_page_save_record (BerRecordPage  *page,
                           BerRecord      *record,
                           GError        **error)
{
  BerItemPage *self = BER_ITEM_PAGE (page);
  BerItems *items = item_page_items (self);
  const char *property = NULL;
  gboolean saved;

  if (!ber_items_validate (items, BER_ITEM (record), &property, error))
    {
      mark_field (self, property);
      return FALSE;
    }

  self->saving = TRUE;
  saved = ber_items_save (items, BER_ITEM (record), G_LIST_MODEL (self->clauses),
                          G_LIST_MODEL (self->documents), G_LIST_MODEL (self->removed),
                          G_LIST_MODEL (self->links), error);
  self->saving = FALSE;
  if (!saved)
    {
      /* A diary number already taken: the store's words, at the number. */
      if (error != NULL && g_error_matches (*error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT)
          && *ber_item_get_diary_number (BER_ITEM (record)) != '\0')
        mark_field (self, "diary-number");
      return FALSE;
    }
  g_list_store_remove_all (self->removed);
  /* Saved over the register's latest: the item is the current one again. */
  g_clear_object (&self->current);
  return TRUE;
}

/* What is not a field: the title, the routing help, the workflow and history. */
static void
ber_item_page_refresh (BerRecordPage *page)
{
  BerItemPage *self = BER_ITEM_PAGE (page);
  BerItem *item = item_of (self);
  const char *title = item != NULL ? ber_item_get_title (item) : NULL;
  int year = 0;

  if (!ber_record_page_get_modified (page))
    g_clear_object (&self->current);
  gtk_label_set_label (self->title_label, title != NULL && *title != '\0' ? title : _("New Item"));

  /* Without a diary number, the year to give one is this year. */
  if (item != NULL)
    g_object_get (item, "diary-year", &year, NULL);
  if (year == 0 && item_page_items (self) != NULL)
    ber_number_row_set_value (BER_NUMBER_ROW (self->diary_year_row),
                              g_ascii_strtoll (ber_context_get_today (
                                                 ber_record_page_get_context (page)),
                                               NULL, 10));
  refresh_routing (self);
  refresh_workflow (self);
  ber_question_links_set_context (BER_QUESTION_LINKS (self->question_links),
                                  ber_record_page_get_context (page));
  ber_question_links_set_record (BER_QUESTION_LINKS (self->question_links),
                                 ber_record_page_get_id (page));
}

static void
on_saved (BerItemPage *self)
{
  if (!self->quiet)
    ber_ui_toast (GTK_WIDGET (self), _("Item saved"));
}

/* The board paper of the item as saved */

typedef struct
{
  BerItemPage      *self;
  BerBoardPaperJob *job;  /* owned by the task */
} PrintData;

static void
board_paper_built (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PrintData *data = user_data;
  g_autoptr(GError) error = NULL;

  if (!ber_context_run_finish (BER_CONTEXT (source), result, &error))
    toast_error (data->self, error);
  else if (gtk_widget_get_root (GTK_WIDGET (data->self)) != NULL)
    ber_print_document (ber_ui_parent_window (GTK_WIDGET (data->self)),
                        ber_board_paper_job_get_document (data->job));
  g_object_unref (data->self);
  g_free (data);
}

static void
print_board_paper_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  BerItemPage *self = BER_ITEM_PAGE (widget);
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  PrintData *data;

  if (context == NULL || item_id (self) == 0)
    return;

  data = g_new0 (PrintData, 1);
  data->self = g_object_ref (self);
  data->job = ber_board_paper_job_new (item_id (self));
  ber_context_run_async (context, ber_board_paper_build, data->job, ber_board_paper_job_free,
                         NULL, board_paper_built, data);
}

static void
export_board_paper_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  BerItemPage *self = BER_ITEM_PAGE (widget);
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  const char *diary;
  g_autofree char *name = NULL;

  if (context == NULL || item_id (self) == 0)
    return;

  diary = ber_item_get_diary_number (item_of (self));
  if (g_str_equal (action_name, "page.archive-board-paper"))
    /* Translators: a file name; %s is the item's diary number, "/" replaced */
    name = g_strdup_printf (_("Board paper %s (archival copy).pdf"), diary != NULL ? diary : "");
  else
    /* Translators: a file name; %s is the item's diary number, "/" replaced */
    name = g_strdup_printf (_("Board paper %s.pdf"), diary != NULL ? diary : "");
  g_strdelimit (name, "/\\", '-');
  if (g_str_equal (action_name, "page.archive-board-paper"))
    ber_export_ui_run (widget, context, _("Save an Archival Copy"), name,
                       ber_export_board_paper_archival, item_id (self));
  else
    ber_export_ui_run (widget, context, _("Export the Board Paper"), name,
                       ber_export_board_paper, item_id (self));
}

/* GObject */

/* A new item starts at its title; an item read from the register at where
 * it stands, the top of the page, which focusing the title would scroll
 * away from. */
static gboolean
ber_item_page_grab_focus (GtkWidget *widget)
{
  BerItemPage *self = BER_ITEM_PAGE (widget);

  if (item_id (self) > 0)
    return gtk_widget_grab_focus (self->status_row);
  return ber_ui_focus_at_end (self->title_row);
}

static void
ber_item_page_dispose (GObject *object)
{
  BerItemPage *self = BER_ITEM_PAGE (object);

  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_data (self->watched, self);
  g_clear_object (&self->watched);
  g_clear_object (&self->current);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_ITEM_PAGE);

  G_OBJECT_CLASS (ber_item_page_parent_class)->dispose (object);
}

static void
ber_item_page_finalize (GObject *object)
{
  BerItemPage *self = BER_ITEM_PAGE (object);

  g_clear_object (&self->clauses);
  g_clear_object (&self->documents);
  g_clear_object (&self->removed);
  g_clear_object (&self->links);
  g_clear_pointer (&self->link_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ber_item_page_parent_class)->finalize (object);
}

static void
ber_item_page_class_init (BerItemPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerRecordPageClass *page_class = BER_RECORD_PAGE_CLASS (klass);

  object_class->dispose = ber_item_page_dispose;
  object_class->finalize = ber_item_page_finalize;
  widget_class->grab_focus = ber_item_page_grab_focus;
  page_class->save_record = ber_item_page_save_record;
  page_class->refresh = ber_item_page_refresh;

  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_DATE_ROW);
  g_type_ensure (BER_TYPE_NUMBER_ROW);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  g_type_ensure (BER_TYPE_RELEVANCE_ROW);
  g_type_ensure (BER_TYPE_SWITCH_ROW);
  g_type_ensure (BER_TYPE_TEXT_AREA);
  g_type_ensure (BER_TYPE_TEXT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-item-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, type_row);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, diary_year_row);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, reply_by_row);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, area_row);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, recommended_row);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, routed_row);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, suggestion_row);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, use_button);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, status_group);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, status_icon);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, step_row);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, step_icon);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, meeting_button);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, step_box);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, decision_group);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, decision_list);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, assessment_group);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, proposal_group);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, add_clause_button);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, clause_list);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, document_list);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, networks_expander);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, questions_bin);
  gtk_widget_class_bind_template_child (widget_class, BerItemPage, goals_expander);
  gtk_widget_class_bind_template_callback (widget_class, routing_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, use_suggestion_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_meeting_cb);

  gtk_widget_class_install_action (widget_class, "page.print-board-paper", NULL,
                                   print_board_paper_activated);
  gtk_widget_class_install_action (widget_class, "page.export-board-paper", NULL,
                                   export_board_paper_activated);
  gtk_widget_class_install_action (widget_class, "page.archive-board-paper", NULL,
                                   export_board_paper_activated);
  gtk_widget_class_install_action (widget_class, "page.add-clause", NULL,
                                   item_page_add_clause_activated);
  gtk_widget_class_install_action (widget_class, "page.clause-up", NULL,
                                   item_page_move_clause_activated);
  gtk_widget_class_install_action (widget_class, "page.clause-down", NULL,
                                   item_page_move_clause_activated);
  gtk_widget_class_install_action (widget_class, "page.add-document", NULL,
                                   item_page_add_document_activated);
  gtk_widget_class_install_action (widget_class, "page.add-area", NULL, add_area_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "page.clause-up",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "page.clause-down", NULL);
}

static void
ber_item_page_init (BerItemPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->question_links = ber_question_links_new (BER_QUESTION_LINK_ITEM);
  adw_bin_set_child (self->questions_bin, self->question_links);

  self->clauses = g_list_store_new (BER_TYPE_CLAUSE);
  self->documents = g_list_store_new (BER_TYPE_DOCUMENT);
  self->removed = g_list_store_new (BER_TYPE_RECORD);
  self->links = g_list_store_new (BER_TYPE_ITEM_LINK);
  self->link_rows = g_ptr_array_new ();

  ber_record_page_set_error_widgets (BER_RECORD_PAGE (self), self->error_revealer,
                                     self->error_label);
  item_page_lists_init (self);
  g_signal_connect (self, "saved", G_CALLBACK (on_saved), NULL);
}

/* Public API */

BerItemPage *
ber_item_page_new (void)
{
  return g_object_new (BER_TYPE_ITEM_PAGE, NULL);
}

/* @context: (nullable): the register the page's items are in */
void
ber_item_page_set_context (BerItemPage *self,
                           BerContext  *context)
{
  g_return_if_fail (BER_IS_ITEM_PAGE (self));

  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_data (self->watched, self);
  g_set_object (&self->watched, context);
  g_clear_object (&self->current);
  ber_record_page_set_context (BER_RECORD_PAGE (self), context);
  if (context != NULL)
    g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self,
                             G_CONNECT_SWAPPED);
}

/**
 * ber_item_page_set_item:
 * @item: an item of the page's own, read from the register or new
 *   (ber_items_load(), ber_items_new_item())
 *
 * Shows @item with its proposal, documents, links and history.
 */
void
ber_item_page_set_item (BerItemPage *self,
                        BerItem     *item)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (BER_IS_ITEM_PAGE (self));
  g_return_if_fail (BER_IS_ITEM (item));
  g_return_if_fail (item_page_items (self) != NULL);

  g_clear_object (&self->current);
  g_list_store_remove_all (self->removed);
  if (!item_page_load_lists (self, item, &error))
    toast_error (self, error);
  ber_record_page_set_record (BER_RECORD_PAGE (self), BER_RECORD (item));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

/* Returns: (transfer none) (nullable): the item the page shows */
BerItem *
ber_item_page_get_item (BerItemPage *self)
{
  g_return_val_if_fail (BER_IS_ITEM_PAGE (self), NULL);
  return item_of (self);
}

/**
 * ber_item_page_get_modified:
 *
 * Whether anything was changed on the page since the item was loaded or saved.
 */
gboolean
ber_item_page_get_modified (BerItemPage *self)
{
  g_return_val_if_fail (BER_IS_ITEM_PAGE (self), FALSE);
  return ber_record_page_get_modified (BER_RECORD_PAGE (self));
}

/**
 * ber_item_page_save:
 *
 * Writes the item, its clauses, documents and links. On an error the page
 * keeps everything typed and says what to mend.
 */
gboolean
ber_item_page_save (BerItemPage *self)
{
  g_return_val_if_fail (BER_IS_ITEM_PAGE (self), FALSE);
  return ber_record_page_save (BER_RECORD_PAGE (self));
}

/**
 * ber_item_page_move:
 *
 * Takes the saved item one step in its workflow, at once, keeping whatever
 * else is typed on the page.
 */
gboolean
ber_item_page_move (BerItemPage *self,
                    const char  *to_status,
                    const char  *reason)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BER_IS_ITEM_PAGE (self), FALSE);

  if (item_page_items (self) == NULL || item_id (self) == 0)
    return FALSE;
  if (!ber_items_move (item_page_items (self), item_id (self), to_status, reason, &error))
    {
      ber_record_page_show_error (BER_RECORD_PAGE (self), error->message);
      return FALSE;
    }
  ber_record_page_show_error (BER_RECORD_PAGE (self), NULL);
  follow_register (self);
  return TRUE;
}
