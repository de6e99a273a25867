/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "ber-row.h"

/* The text of @column, or "" when it is NULL or not in @row. */
const char *
ber_row_text (GVariant   *row,
              const char *column)
{
  const char *value = NULL;

  if (row == NULL || !g_variant_lookup (row, column, "&s", &value))
    return "";
  return value;
}

/* A copy of the text of @column, or %NULL when it is NULL or not in @row. */
char *
ber_row_dup_text (GVariant   *row,
                  const char *column)
{
  const char *value = NULL;

  if (row == NULL || !g_variant_lookup (row, column, "&s", &value))
    return NULL;
  return g_strdup (value);
}

/* The integer of @column (a real one truncated), or 0. */
gint64
ber_row_integer (GVariant   *row,
                 const char *column)
{
  g_autoptr(GVariant) value = row != NULL ? g_variant_lookup_value (row, column, NULL) : NULL;

  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return g_variant_get_int64 (value);
  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return (gint64) g_variant_get_double (value);
  return 0;
}

/* The number of @column, an integer one as a real, or 0. */
double
ber_row_real (GVariant   *row,
              const char *column)
{
  g_autoptr(GVariant) value = row != NULL ? g_variant_lookup_value (row, column, NULL) : NULL;

  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return g_variant_get_double (value);
  if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return (double) g_variant_get_int64 (value);
  return 0;
}
