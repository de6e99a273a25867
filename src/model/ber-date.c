/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-date"

#include "config.h"

#include <string.h>
#include <time.h>

#include "ber-date.h"

/**
 * ber_date_parse:
 * @text: a date written YYYY-MM-DD
 * @date: (out) (optional): the date
 *
 * Returns: whether @text is a real calendar date in that form (2026-02-30 is not).
 */
gboolean
ber_date_parse (const char *text,
                GDate      *date)
{
  guint year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  if (year < 1900 || year > 2999 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month,
                                                      (GDateYear) year))
    return FALSE;

  if (date != NULL)
    g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

gboolean
ber_date_is_valid (const char *text)
{
  return ber_date_parse (text, NULL);
}

char *
ber_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* Returns: (nullable): @iso_date moved by @days, or NULL when it is not a date. */
char *
ber_date_add_days (const char *iso_date,
                   int         days)
{
  GDate date;

  if (!ber_date_parse (iso_date, &date))
    return NULL;

  if (days >= 0)
    g_date_add_days (&date, (guint) days);
  else
    g_date_subtract_days (&date, (guint) -days);

  return ber_date_format (&date);
}

/* Days from @from_iso to @to_iso (negative when @to_iso is earlier); 0 when either is no date. */
int
ber_date_days_until (const char *from_iso,
                     const char *to_iso)
{
  GDate from, to;

  if (!ber_date_parse (from_iso, &from) || !ber_date_parse (to_iso, &to))
    return 0;

  return g_date_days_between (&from, &to);
}

/**
 * ber_date_election_period:
 * @iso_date: a day in the period
 * @from: (out): its first day, e.g. 2023-01-01
 * @to: (out): its last day, e.g. 2026-12-31
 *
 * The four-year term of office that follows a Swedish general election
 * (2023–2026, 2027–2030, …), to which assignments are tied by default.
 */
void
ber_date_election_period (const char  *iso_date,
                          char       **from,
                          char       **to)
{
  GDate date;
  int year, first;

  if (!ber_date_parse (iso_date, &date))
    g_date_set_time_t (&date, time (NULL));

  year = g_date_get_year (&date);
  /* Floor division, so that years before 2023 fall in their own terms. */
  first = 2023 + 4 * ((year - 2023 >= 0 ? year - 2023 : year - 2023 - 3) / 4);

  *from = g_strdup_printf ("%04d-01-01", first);
  *to = g_strdup_printf ("%04d-12-31", first + 3);
}
