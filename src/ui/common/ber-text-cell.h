/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The words a cell shows for @value, a string property of its record. */
typedef char *(*BerCellText) (const char *value);

GtkListItemFactory *ber_text_cell_factory_new (const char  *property,
                                               BerCellText  text);

G_END_DECLS
