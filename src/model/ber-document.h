/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_DOCUMENT (ber_document_get_type ())

G_DECLARE_FINAL_TYPE (BerDocument, ber_document, BER, DOCUMENT, BerRecord)

BerDocument *ber_document_new           (void);
const char  *ber_document_get_title     (BerDocument *self);
const char  *ber_document_get_file_path (BerDocument *self);

G_END_DECLS
