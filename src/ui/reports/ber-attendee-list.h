/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-context.h"

G_BEGIN_DECLS

#define BER_TYPE_ATTENDEE_LIST (ber_attendee_list_get_type ())

G_DECLARE_FINAL_TYPE (BerAttendeeList, ber_attendee_list, BER, ATTENDEE_LIST, AdwBin)

/*
 * Who attended a forum event: the persons with an assignment in its
 * network, each with a check box, or with "Show All Persons" everyone in
 * the register, lazily and searched. The assignment a person went on is
 * the one running on the event's first day.
 */

GtkWidget  *ber_attendee_list_new             (void);
void        ber_attendee_list_set_context     (BerAttendeeList *self,
                                               BerContext      *context);
void        ber_attendee_list_set_network     (BerAttendeeList *self,
                                               gint64           network_id,
                                               const char      *day);
GListModel *ber_attendee_list_dup_attendance  (BerAttendeeList *self);

G_END_DECLS
