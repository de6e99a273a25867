/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ber_collate_key_sv (const char *text);
int   ber_collate_sv     (const char *a,
                          const char *b);

G_END_DECLS
