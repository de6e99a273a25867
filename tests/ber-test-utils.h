/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ber-store.h"

G_BEGIN_DECLS

char     *ber_test_make_tmpdir    (void);
void      ber_test_remove_tree    (const char      *path);
BerStore *ber_test_store_new      (BerStoreContent  content,
                                   char           **out_dir);
char     *ber_test_file_checksum  (const char      *path);
guint     ber_test_file_mode      (const char      *path);

G_END_DECLS
