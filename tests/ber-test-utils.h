/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ber-store.h"

G_BEGIN_DECLS

/* g_assert_cmpstr() on a string the test owns, which it then frees. */
#define ber_assert_take_str(taken, cmp, expected) \
  G_STMT_START \
  { \
    g_autofree char *ber_taken_ = (taken); \
    g_assert_cmpstr (ber_taken_, cmp, expected); \
  } \
  G_STMT_END

typedef enum
{
  BER_TEST_EMPTY,
  BER_TEST_DEMO,
} BerTestContent;

char     *ber_test_make_tmpdir    (void);
void      ber_test_remove_tree    (const char      *path);
BerStore *ber_test_store_new      (BerTestContent   content,
                                   char           **out_dir);
char     *ber_test_file_checksum  (const char      *path);
guint     ber_test_file_mode      (const char      *path);
char     *ber_test_pdf_text       (const char      *path);
char     *ber_test_sqlite3        (const char      *path,
                                   const char      *sql);
gint64    ber_test_insert         (BerStore        *store,
                                   const char      *table,
                                   GVariant        *values);
guint     ber_test_count_where    (BerStore        *store,
                                   const char      *table,
                                   const char      *column,
                                   gint64           id);
char     *ber_test_column_text    (BerStore        *store,
                                   const char      *source,
                                   gint64           id,
                                   const char      *column);

G_END_DECLS
