/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-item-page.h"
#include "ber-ui-util.h"

G_BEGIN_DECLS

/* Shared by ber-item-page.c (fields, routing, workflow, saving) and
 * ber-item-page-lists.c (att-clauses, documents, links, history). */

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
  GtkWidget      *meeting_row;
  GtkWidget      *status_row;
  GtkFlowBox     *step_box;
  GtkListBox     *clause_list;
  GtkListBox     *document_list;
  GtkListBox     *history_list;
  AdwExpanderRow *networks_expander;
  AdwExpanderRow *questions_expander;
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
