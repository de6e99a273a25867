/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-item-page.h"
#include "ber-ui-util.h"

G_BEGIN_DECLS

/* Shared by ber-item-page.c (fields, routing, workflow, saving) and
 * ber-item-page-lists.c (att-clauses, documents, links). */

typedef struct
{
  gint64  id;
  char   *text;   /* clause text, or document title */
  char   *path;   /* document file, "" when none */
} Entry;

struct _BerItemPage
{
  AdwBin         parent_instance;

  BerStore      *store;
  BerItem       *item;
  BerItem       *current;  /* the item as it is now, while the page has edits not saved */
  GPtrArray     *clauses;         /* Entry */
  GPtrArray     *documents;       /* Entry */
  GArray        *removed_clauses; /* gint64 */
  GArray        *removed_documents;
  GPtrArray     *clause_rows;
  GPtrArray     *document_rows;
  GPtrArray     *history_rows;
  GPtrArray     *link_rows;       /* rows inside the expanders */
  GPtrArray     *network_checks;
  GPtrArray     *question_checks;
  GPtrArray     *goal_checks;
  gint64         suggested_body_id;
  gboolean       loading;
  gboolean       modified;        /* typed or changed since loaded or saved */

  GtkLabel      *title_label;
  GtkRevealer   *error_revealer;
  GtkLabel      *error_label;
  GtkBox        *content;

  GtkWidget     *title_row;
  GtkWidget     *type_row;
  GtkWidget     *diary_body_row;
  GtkWidget     *diary_year_row;
  GtkWidget     *diary_number_row;
  GtkWidget     *received_row;
  GtkWidget     *reply_by_row;
  GtkWidget     *area_row;
  GtkWidget     *officer_row;
  GtkTextView   *description_view;
  GtkWidget     *relevant_row;
  GtkWidget     *recommended_row;
  GtkTextView   *assessment_view;
  GtkWidget     *suggestion_row;
  GtkWidget     *use_button;
  GtkWidget     *meeting_row;
  GtkWidget     *routed_row;
  GtkWidget     *confidential_switch;
  AdwPreferencesGroup *clauses_group;
  AdwPreferencesGroup *documents_group;
  AdwExpanderRow *networks_expander;
  AdwExpanderRow *questions_expander;
  AdwExpanderRow *goals_expander;
  GtkWidget     *status_row;
  GtkFlowBox    *step_box;
  AdwPreferencesGroup *workflow_group;
  AdwPreferencesGroup *history_group;
};

typedef struct
{
  BerItemPage *self;
  int          index;
  GtkWidget   *rows[2];
} Form;

Entry     *item_page_entry_new              (gint64               id,
                                             const char          *text,
                                             const char          *path);
gint64     item_page_item_id                (BerItemPage         *self);
void       item_page_show_error             (BerItemPage         *self,
                                             const char          *message);
GtkWidget *item_page_icon_button            (const char          *icon,
                                             const char          *label);
void       item_page_clear_rows             (AdwPreferencesGroup *group,
                                             GPtrArray           *rows);
const char *item_page_row_text              (GtkWidget           *row);
Form      *item_page_form_new               (BerItemPage         *self,
                                             int                  index);
void       item_page_form_free              (gpointer             data);

void       item_page_rebuild_clauses        (BerItemPage         *self);
void       item_page_mark_modified          (BerItemPage         *self);
void       item_page_rebuild_documents      (BerItemPage         *self);
void       item_page_rebuild_links          (BerItemPage         *self);
gboolean   item_page_save_links             (BerItemPage         *self,
                                             GPtrArray           *checks,
                                             const char          *table,
                                             const char          *column,
                                             GError             **error);
void      item_page_links_saved   (GPtrArray    *checks);
void       item_page_add_clause_activated   (GtkWidget           *widget,
                                             const char          *action_name,
                                             GVariant            *parameter);
void       item_page_move_clause_activated  (GtkWidget           *widget,
                                             const char          *action_name,
                                             GVariant            *parameter);
void       item_page_add_document_activated (GtkWidget           *widget,
                                             const char          *action_name,
                                             GVariant            *parameter);

G_END_DECLS
