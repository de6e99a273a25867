/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ber-compat.h"

G_BEGIN_DECLS

#define BER_TYPE_PREFERENCES_WINDOW (ber_preferences_window_get_type ())

/* An AdwPreferencesDialog where libadwaita has it, else a window. */
G_DECLARE_FINAL_TYPE (BerPreferencesWindow, ber_preferences_window, BER, PREFERENCES_WINDOW,
                      BerPreferencesBase)

BerPreferencesWindow *ber_preferences_window_new (GSettings  *settings,
                                                  const char *open_path);

G_END_DECLS
