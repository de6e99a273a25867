/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-service.h"

G_BEGIN_DECLS

#define BER_TYPE_BODIES (ber_bodies_get_type ())

G_DECLARE_FINAL_TYPE (BerBodies, ber_bodies, BER, BODIES, BerService)

/*
 * The decision bodies: their standing points, routing rules and subject areas.
 */

BerBodies *ber_bodies_new (BerStore *store);

G_END_DECLS
