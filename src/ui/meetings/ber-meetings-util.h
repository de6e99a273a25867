/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the dialogs and lists of meetings share. */

char *ber_meetings_kind_label (const char *kind);

G_END_DECLS
