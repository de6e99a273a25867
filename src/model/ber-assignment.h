/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_ASSIGNMENT (ber_assignment_get_type ())

G_DECLARE_FINAL_TYPE (BerAssignment, ber_assignment, BER, ASSIGNMENT, BerRecord)

BerAssignment *ber_assignment_new             (void);
const char    *ber_assignment_get_role        (BerAssignment *self);
const char    *ber_assignment_get_person_name (BerAssignment *self);

G_END_DECLS
