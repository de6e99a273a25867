/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-context.h"

G_BEGIN_DECLS

#define BER_TYPE_HISTORY_SECTION (ber_history_section_get_type ())

G_DECLARE_FINAL_TYPE (BerHistorySection, ber_history_section, BER, HISTORY_SECTION,
                      AdwPreferencesGroup)

/*
 * The "History" section of a record's page: the record's changes field by
 * field, newest first, the latest ten and more on request, with what
 * another program changed without the change history at the top. A page
 * puts one in its template; BerRecordPage shows its record in it after
 * each load and save (ber_history_section_show_record_of()), and the list
 * follows the record's changes as the register announces them.
 */

GtkWidget     *ber_history_section_new            (void);
void           ber_history_section_show_record    (BerHistorySection *self,
                                                   BerContext        *context,
                                                   GType              type,
                                                   gint64             id);
void           ber_history_section_show_record_of (GtkWidget         *root,
                                                   BerContext        *context,
                                                   BerRecord         *record);
GListModel    *ber_history_section_get_changes    (BerHistorySection *self);
GtkListBox    *ber_history_section_get_list_box   (BerHistorySection *self);
void           ber_history_section_show_more      (BerHistorySection *self);

G_END_DECLS
