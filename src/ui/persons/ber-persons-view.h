/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-register-view.h"

G_BEGIN_DECLS

#define BER_TYPE_PERSONS_VIEW (ber_persons_view_get_type ())

G_DECLARE_FINAL_TYPE (BerPersonsView, ber_persons_view, BER, PERSONS_VIEW, BerRegisterView)

GtkWidget  *ber_persons_view_new                    (void);
int         ber_persons_view_get_warning_days       (BerPersonsView *self);
void        ber_persons_view_set_warning_days       (BerPersonsView *self,
                                                     int             days);
guint       ber_persons_view_get_n_ending_mandates  (BerPersonsView *self);
GListModel *ber_persons_view_get_model              (BerPersonsView *self);
void        ber_persons_view_show_person            (BerPersonsView *self,
                                                     gint64          person_id);
GtkWidget  *ber_persons_view_get_person_page        (BerPersonsView *self);

G_END_DECLS
