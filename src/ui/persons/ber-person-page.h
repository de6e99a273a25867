/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record-page.h"

G_BEGIN_DECLS

#define BER_TYPE_PERSON_PAGE (ber_person_page_get_type ())

G_DECLARE_FINAL_TYPE (BerPersonPage, ber_person_page, BER, PERSON_PAGE, BerRecordPage)

GtkWidget  *ber_person_page_new                     (BerContext    *context,
                                                     gint64         person_id);
BerPerson  *ber_person_page_get_person              (BerPersonPage *self);
gboolean    ber_person_page_get_modified            (BerPersonPage *self);
gboolean    ber_person_page_save                    (BerPersonPage *self);
GListModel *ber_person_page_get_current_assignments (BerPersonPage *self);
GListModel *ber_person_page_get_past_assignments    (BerPersonPage *self);

G_END_DECLS
