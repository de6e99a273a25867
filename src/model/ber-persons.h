/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-service.h"

G_BEGIN_DECLS

#define BER_TYPE_PERSONS (ber_persons_get_type ())

G_DECLARE_FINAL_TYPE (BerPersons, ber_persons, BER, PERSONS, BerService)

/*
 * The persons register: elected representatives and officials, their assignments and candidacies.
 */

BerPersons *ber_persons_new (BerStore *store);

G_END_DECLS
