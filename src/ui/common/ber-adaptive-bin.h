/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define BER_TYPE_ADAPTIVE_BIN (ber_adaptive_bin_get_type ())

G_DECLARE_FINAL_TYPE (BerAdaptiveBin, ber_adaptive_bin, BER, ADAPTIVE_BIN, GtkWidget)

/*
 * A bin whose child changes with the bin's width: each setter gives a
 * property of a widget inside the child a value while the bin is narrower
 * than its width, and the property's own value again when it is wider.
 * With libadwaita 1.4 and later the setters are AdwBreakpoints of an
 * AdwBreakpointBin; before, the bin applies them when it is allocated.
 * Add the setters before the bin is first shown.
 */

GtkWidget *ber_adaptive_bin_new         (void);
void       ber_adaptive_bin_set_child   (BerAdaptiveBin *self,
                                         GtkWidget      *child);
GtkWidget *ber_adaptive_bin_get_child   (BerAdaptiveBin *self);
void       ber_adaptive_bin_add_setter  (BerAdaptiveBin *self,
                                         int             below,
                                         gpointer        object,
                                         const char     *property,
                                         const GValue   *value);
void       ber_adaptive_bin_add_setters (BerAdaptiveBin *self,
                                         int             below,
                                         gpointer        object,
                                         const char     *first_property,
                                         ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
