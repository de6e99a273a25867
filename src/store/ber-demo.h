/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-store.h"

G_BEGIN_DECLS

gboolean ber_demo_fill (BerStore  *store,
                        GError   **error);

G_END_DECLS
