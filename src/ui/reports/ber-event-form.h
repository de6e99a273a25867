/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-form-dialog.h"
#include "ber-store.h"

G_BEGIN_DECLS

/*
 * The form for a forum event: its network, title, place and dates, and the
 * persons who attended. Saving registers the event and its attendance in one
 * transaction, then makes the reports the attendees now owe.
 */
BerFormDialog *ber_event_form_new (GtkWindow *parent,
                                   BerStore  *store,
                                   int        report_due_days);

G_END_DECLS
