/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-field.h"
#include "ber-narrow-list.h"

G_BEGIN_DECLS

#define BER_TYPE_REGISTER_VIEW (ber_register_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (BerRegisterView, ber_register_view, BER, REGISTER_VIEW, AdwBin)

/*
 * The skeleton of a register's view: a search entry, filters, a column
 * view of a lazy list that a service makes from the view's BerListFilter,
 * and a stack whose pages say whether the list is empty, found nothing, or
 * shows rows. The subclass's template holds the widgets and its columns
 * (GtkBuilderListItemFactory with <lookup>, a BerColumnSorter naming the
 * service's order); it hands them over with ber_register_view_set_widgets()
 * and sets criteria on the filter from its own filter widgets.
 *
 * The content stack's pages are named "list", "empty" and "no-results".
 * The empty page offers the next step (a button), the no-results page
 * view.clear-search, which empties the search and resets the subclass's
 * filters (clear_filters). Ctrl+F (view.focus-search) goes to the search
 * from anywhere in the view.
 * A suggested button beside the content stack (the bar's New) is the view's
 * main action, except while the page shown offers a suggested one of its
 * own (the empty page's first step).
 *
 * Narrower than BER_REGISTER_VIEW_NARROW_WIDTH, the "list" page shows the
 * records as rows of a BerNarrowList instead of the columns: each row says
 * what describe_row() gives it. Wider, the columns given to
 * ber_register_view_fold_columns() hide one by one as the view gets too
 * narrow for the fixed widths of the columns shown.
 */
#define BER_REGISTER_VIEW_NARROW_WIDTH 560

struct _BerRegisterViewClass
{
  AdwBinClass parent_class;

  /* The list the view shows: made by a service from @filter. */
  GListModel *(*create_list)    (BerRegisterView *self,
                                 BerContext      *context,
                                 BerListFilter   *filter);
  /* A row was activated. */
  void        (*open_record)    (BerRegisterView *self,
                                 BerRecord       *record);
  /* The context was set or changed: refill filters and counts. */
  void        (*refresh)        (BerRegisterView *self);
  /* Open the record @id of @type, found elsewhere (the search over
   * everything): %FALSE when the view does not show that type. */
  gboolean    (*open_id)        (BerRegisterView *self,
                                 GType            type,
                                 gint64           id);
  /* Set the filter widgets back to showing everything. */
  void        (*clear_filters)  (BerRegisterView *self);
  /* The narrow list's row of @record: its title, and the other columns'
   * values that matter as its subtitle. By default the record's label. */
  void        (*describe_row)   (BerRegisterView *self,
                                 BerRecord       *record,
                                 BerNarrowRow    *row);

  gpointer padding[5];
};

void           ber_register_view_set_widgets  (BerRegisterView *self,
                                               GtkSearchEntry  *search,
                                               GtkColumnView   *columns,
                                               GtkStack        *content);
BerContext    *ber_register_view_get_context  (BerRegisterView *self);
void           ber_register_view_set_context  (BerRegisterView *self,
                                               BerContext      *context);
BerListFilter *ber_register_view_get_filter   (BerRegisterView *self);
GListModel    *ber_register_view_get_model    (BerRegisterView *self);
void           ber_register_view_set_filters_active (BerRegisterView *self,
                                                     gboolean         active);
void           ber_register_view_update       (BerRegisterView *self);
GtkWidget     *ber_register_view_get_list_widget (BerRegisterView *self);
void           ber_register_view_focus_search (BerRegisterView *self);
void           ber_register_view_clear_search (BerRegisterView *self);
void           ber_register_view_select       (BerRegisterView *self,
                                               gint64           id);
gboolean       ber_register_view_open_id      (BerRegisterView *self,
                                               GType            type,
                                               gint64           id);
void           ber_register_view_fold_columns (BerRegisterView *self,
                                               GType            template_type,
                                               const char      *first_id,
                                               ...) G_GNUC_NULL_TERMINATED;
BerNarrowList *ber_register_view_get_narrow_list (BerRegisterView *self);

G_END_DECLS
