/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"

G_BEGIN_DECLS

#define BER_TYPE_EVENT_FORM (ber_event_form_get_type ())

G_DECLARE_FINAL_TYPE (BerEventForm, ber_event_form, BER, EVENT_FORM, BerFormDialog)

/*
 * The form for a forum event: its network, title, place and dates, and the
 * persons who attended. Saving registers the event and its attendance in one
 * transaction, then makes the reports the attendees now owe.
 */
BerFormDialog *ber_event_form_new (BerContext *context,
                                   int         report_due_days);

G_END_DECLS
