/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-bodies.h"

G_BEGIN_DECLS

/* What the parts of BerBodies (ber-bodies.c, ber-bodies-points.c) share. */

BerStore *_ber_bodies_store              (BerBodies   *self);
gboolean  _ber_bodies_fail               (GError     **error,
                                          const char  *message);
char     *_ber_bodies_name_key           (const char  *name);
char     *_ber_bodies_stripped           (const char  *text);

G_END_DECLS
