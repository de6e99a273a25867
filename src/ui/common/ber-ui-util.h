/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-context.h"

G_BEGIN_DECLS

/* Writes a page's edits; FALSE when they were refused and the page stays. */
typedef gboolean (*BerUiSaveFunc)  (gpointer page);
/* Takes the user away from a page, saved or not. */
typedef void     (*BerUiLeaveFunc) (gpointer page);
/* Shows a record's values in a page's form. */
typedef void     (*BerUiFillFunc)  (gpointer page);
/* Writes a record through the service that owns it. */
typedef gboolean (*BerUiSaveRecordFunc) (gpointer    page,
                                         BerRecord  *record,
                                         GError    **error);

GtkWindow *ber_ui_parent_window       (GtkWidget      *widget);
void       ber_ui_give_context        (GtkWidget      *view,
                                       BerContext     *context);
void       ber_ui_toast               (GtkWidget      *widget,
                                       const char     *message);
void       ber_ui_show_error          (GtkRevealer    *revealer,
                                       GtkLabel       *label,
                                       const char     *message);
void       ber_ui_mark_row            (GtkWidget      *row,
                                       gboolean        invalid);
gboolean   ber_ui_focus_at_end        (GtkWidget      *editable);
GtkWidget *ber_ui_entry_row           (const char     *title,
                                       const char     *text);
GtkWidget *ber_ui_combo_row           (const char     *title,
                                       GListModel     *model,
                                       guint           selected);
GtkWidget *ber_ui_date_row            (const char     *title,
                                       const char     *date);
GtkWidget *ber_ui_suffix_row          (const char     *title,
                                       GtkWidget      *suffix);
GtkWidget *ber_ui_spin_row            (const char     *title,
                                       double          lower,
                                       double          upper,
                                       double          value);
double     ber_ui_spin_row_get_value  (GtkWidget      *row);
void       ber_ui_ask_save_changes    (GtkWidget      *page,
                                       const char     *body,
                                       BerUiSaveFunc   save,
                                       BerUiLeaveFunc  leave);
gboolean   ber_ui_save_with           (GtkWidget           *page,
                                       BerContext          *context,
                                       BerRecord           *record,
                                       BerUiSaveRecordFunc  save_record,
                                       BerUiFillFunc        fill,
                                       BerUiSaveFunc        save,
                                       GError             **error);
void       ber_ui_init_accessibility  (void);
void       ber_ui_name_by_title       (GtkWidget         *control,
                                       AdwPreferencesRow *row);
gboolean   ber_cell_query_tooltip     (GtkWidget      *label,
                                       int             x,
                                       int             y,
                                       gboolean        keyboard_mode,
                                       GtkTooltip     *tooltip);

GtkWidget *ber_cell_label_new         (void);

/* Shows @list_item's cell from its item again. */
typedef void (*BerCellUpdate) (GtkListItem *list_item,
                               gpointer     user_data);

void       ber_cell_follow            (GtkListItem    *list_item,
                                       BerCellUpdate   update,
                                       gpointer        user_data);
void       ber_cell_unbind            (GtkSignalListItemFactory *factory,
                                       GtkListItem              *list_item,
                                       gpointer                  user_data);

G_END_DECLS
