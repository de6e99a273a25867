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
char     *ber_test_pdf_text       (const char      *path);
char     *ber_test_column_text    (BerStore        *store,
                                   const char      *source,
                                   gint64           id,
                                   const char      *column);

/* For UI tests, with a display and GTK_USE_PORTAL=0. */
char     *ber_test_answer_save_dialog (const char *folder,
                                       const char *name);
gboolean  ber_test_wait_for_file      (const char *path);

G_END_DECLS
