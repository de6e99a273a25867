/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-store.h"

G_BEGIN_DECLS

/* The size of a generated register besides its items. */
#define BER_BENCH_N_REPORTS  20000
#define BER_BENCH_N_NETWORKS 2000
#define BER_BENCH_N_PERSONS  5000
#define BER_BENCH_N_MEETINGS 1000

char    *ber_bench_data_path   (const char  *dir,
                                guint        n_items);
gboolean ber_bench_data_ensure (const char  *dir,
                                guint        n_items,
                                double      *seconds,
                                GError     **error);

G_END_DECLS
