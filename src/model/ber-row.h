/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The columns of a row read from the store (an a{sv} dictionary), as the
 * services and the exports read them: a NULL or missing column is "" or 0.
 */

const char *ber_row_text     (GVariant   *row,
                              const char *column);
char       *ber_row_dup_text (GVariant   *row,
                              const char *column);
gint64      ber_row_integer  (GVariant   *row,
                              const char *column);
double      ber_row_real     (GVariant   *row,
                              const char *column);

G_END_DECLS
