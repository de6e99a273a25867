/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BER_TYPE_PREFERENCES_WINDOW (ber_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (BerPreferencesWindow, ber_preferences_window, BER, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

BerPreferencesWindow *ber_preferences_window_new (GSettings  *settings,
                                                  const char *open_path);

G_END_DECLS
