/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-application.h"
#include "ber-context.h"

G_BEGIN_DECLS

#define BER_TYPE_WINDOW (ber_window_get_type ())

G_DECLARE_FINAL_TYPE (BerWindow, ber_window, BER, WINDOW, AdwApplicationWindow)

BerWindow  *ber_window_new               (BerApplication *application,
                                          const char     *database_path);
void        ber_window_load              (BerWindow      *self);
const char *ber_window_get_database_path (BerWindow      *self);
BerContext *ber_window_get_context       (BerWindow      *self);
const char *ber_window_get_page          (BerWindow      *self);
gboolean    ber_window_get_counting_badges (BerWindow    *self);
void        ber_window_show_toast        (BerWindow      *self,
                                          const char     *message);

G_END_DECLS
