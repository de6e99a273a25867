/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_SUBJECT_AREA (ber_subject_area_get_type ())

G_DECLARE_FINAL_TYPE (BerSubjectArea, ber_subject_area, BER, SUBJECT_AREA, BerRecord)

BerSubjectArea *ber_subject_area_new      (void);
const char     *ber_subject_area_get_name (BerSubjectArea *self);

G_END_DECLS
