/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates in the register are ISO 8601 calendar dates, YYYY-MM-DD, as Swedes write them. */

gboolean  ber_date_parse      (const char *text,
                               GDate      *date);
gboolean  ber_date_is_valid   (const char *text);
char     *ber_date_format     (const GDate *date);
char     *ber_date_add_days   (const char *iso_date,
                               int         days);
int       ber_date_days_until (const char *from_iso,
                               const char *to_iso);

G_END_DECLS

G_BEGIN_DECLS

void      ber_date_election_period (const char  *iso_date,
                                    char       **from,
                                    char       **to);

G_END_DECLS
