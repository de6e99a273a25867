/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BER_TYPE_APPLICATION (ber_application_get_type ())

G_DECLARE_FINAL_TYPE (BerApplication, ber_application, BER, APPLICATION, AdwApplication)

BerApplication *ber_application_new           (void);
GSettings      *ber_application_get_settings  (BerApplication *self);
GtkWindow      *ber_application_open_register (BerApplication *self,
                                               const char     *path);

G_END_DECLS
