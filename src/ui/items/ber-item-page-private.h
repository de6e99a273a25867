/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-item-page.h"
#include "ber-ui-util.h"

G_BEGIN_DECLS

/* Shared by ber-item-page.c (fields, routing, workflow, saving),
 * ber-item-page-lists.c (att-clauses, documents, links, history) and
 * ber-item-page-status.c (where the item stands, and its decision). */

struct _BerItemPage
{
  BerRecordPage   parent_instance;

  BerContext     *watched;    /* whose changes the page follows */
  BerItem        *current;    /* the item as it is now, while the page has edits not saved */
  GListStore     *clauses;    /* BerClause, in order */
  GListStore     *documents;  /* BerDocument, in order */
  GListStore     *removed;    /* clauses and documents to delete when saved */
  GListStore     *links;      /* BerItemLink of every kind */
  gint64          suggested_body_id;
  gboolean        saving;     /* changes announced meanwhile are the page's own */
  gboolean        quiet;      /* saving before a workflow step: no toast */
  gboolean        proposal_fixed;  /* decided: the proposal can no longer change */
  gint64          meeting_id;      /* the meeting the status links to, or 0 */
  gint64          decision_meeting_id;

  GtkLabel       *title_label;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  GtkScrolledWindow *scrolled;
  GtkWidget      *title_row;
  GtkWidget      *type_row;
  GtkWidget      *diary_year_row;
  GtkWidget      *reply_by_row;
  GtkWidget      *area_row;
  GtkWidget      *recommended_row;
  GtkWidget      *routed_row;
  GtkWidget      *suggestion_row;
  GtkWidget      *use_button;
  AdwPreferencesGroup *status_group;
  GtkWidget      *status_row;
  GtkImage       *status_icon;
  GtkWidget      *deadline_row;
  GtkLabel       *deadline_label;
  GtkWidget      *step_row;
  GtkImage       *step_icon;
  GtkWidget      *meeting_row;
  GtkWidget      *meeting_button;
  GtkFlowBox     *step_box;
  AdwPreferencesGroup *decision_group;
  GtkListBox     *decision_list;
  AdwPreferencesGroup *assessment_group;
  AdwPreferencesGroup *proposal_group;
  GtkWidget      *add_clause_button;
  GtkListBox     *clause_list;
  GtkListBox     *document_list;
  GtkListBox     *history_list;
  AdwExpanderRow *networks_expander;
  AdwBin         *questions_bin;
  GtkWidget      *question_links;   /* BerQuestionLinks, written at once */
  AdwExpanderRow *goals_expander;
  GPtrArray      *link_rows;  /* the rows inside the expanders */
};

BerItems  *item_page_items                  (BerItemPage  *self);
void       item_page_changed                (BerItemPage  *self);
void       item_page_lists_init             (BerItemPage  *self);
gboolean   item_page_load_lists             (BerItemPage  *self,
                                             BerItem      *item,
                                             GError      **error);
void       item_page_refresh_history        (BerItemPage  *self);
void       item_page_rebuild_clauses        (BerItemPage  *self);
void       item_page_refresh_status         (BerItemPage  *self,
                                             gint64        body_id,
                                             const char   *reply_by);
void       item_page_refresh_decision       (BerItemPage  *self);
void       item_page_open_meeting           (BerItemPage  *self,
                                             gint64        meeting_id);
void       item_page_add_clause_activated   (GtkWidget    *widget,
                                             const char   *action_name,
                                             GVariant     *parameter);
void       item_page_move_clause_activated  (GtkWidget    *widget,
                                             const char   *action_name,
                                             GVariant     *parameter);
void       item_page_add_document_activated (GtkWidget    *widget,
                                             const char   *action_name,
                                             GVariant     *parameter);

G_END_DECLS
