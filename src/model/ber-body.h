/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_BODY (ber_body_get_type ())

G_DECLARE_FINAL_TYPE (BerBody, ber_body, BER, BODY, BerRecord)

BerBody    *ber_body_new            (void);
const char *ber_body_get_name       (BerBody *self);
const char *ber_body_get_short_name (BerBody *self);

G_END_DECLS
