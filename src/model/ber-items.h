/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-service.h"

G_BEGIN_DECLS

#define BER_TYPE_ITEMS (ber_items_get_type ())

G_DECLARE_FINAL_TYPE (BerItems, ber_items, BER, ITEMS, BerService)

/*
 * Incoming items: registration, assessment, routing and their workflow.
 */

BerItems *ber_items_new (BerStore *store);

G_END_DECLS
