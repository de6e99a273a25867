/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_PERSON (ber_person_get_type ())

G_DECLARE_FINAL_TYPE (BerPerson, ber_person, BER, PERSON, BerRecord)

BerPerson  *ber_person_new       (void);
const char *ber_person_get_name  (BerPerson *self);
const char *ber_person_get_email (BerPerson *self);

G_END_DECLS
