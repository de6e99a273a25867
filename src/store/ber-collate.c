/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-collate"

#include "config.h"

#include "ber-collate.h"

#include <string.h>

/*
 * Swedish sorting without depending on the process locale (tests and
 * scripts often run under C.UTF-8): letters sort as a–z followed by å, ä, ö.
 * Following the Swedish Academy's rules, æ sorts as ä, ø as ö, ü as y, and
 * other accented letters as their base letter. The key is a byte string that
 * compares with memcmp/strcmp in that order, so it can be stored in an
 * ordinary indexed column.
 *
 * Layout: primary key (letters folded), a 0x01 separator, then the case-folded
 * text so that "Öre" and "öre" and different accents still order stably.
 */

static void
append_primary (GString  *key,
                gunichar  c)
{
  switch (c)
    {
    case 0x00E5: /* å */
      g_string_append_c (key, '{');
      return;
    case 0x00E4: /* ä */
    case 0x00E6: /* æ */
      g_string_append_c (key, '|');
      return;
    case 0x00F6: /* ö */
    case 0x00F8: /* ø */
    case 0x0153: /* œ */
      g_string_append_c (key, '}');
      return;
    case 0x00FC: /* ü */
      g_string_append_c (key, 'y');
      return;
    case 0x00DF: /* ß */
      g_string_append (key, "ss");
      return;
    default:
      break;
    }

  if (c < 0x80)
    {
      /* Punctuation and spaces sort before digits and letters. */
      if (g_ascii_isalnum (c))
        g_string_append_c (key, (char) c);
      else if (c == ' ' || c == '\t' || c == '\n')
        g_string_append_c (key, ' ');
      else
        g_string_append_c (key, '!');
      return;
    }

  {
    gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
    gsize n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));

    if (n > 1 && decomposed[0] < 0x80 && g_ascii_isalpha (decomposed[0]))
      {
        g_string_append_c (key, (char) decomposed[0]);
        return;
      }
  }

  /* Anything else sorts after the Swedish alphabet, in code point order. */
  g_string_append_c (key, '~');
  g_string_append_unichar (key, c);
}

char *
ber_collate_key_sv (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *normal = NULL;
  GString *key;

  if (text == NULL)
    return g_strdup ("");

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  if (normal == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (normal, -1);
  key = g_string_sized_new (strlen (folded) * 2 + 2);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    append_primary (key, g_utf8_get_char (p));

  g_string_append_c (key, '\x01');
  g_string_append (key, normal);

  return g_string_free (key, FALSE);
}

int
ber_collate_sv (const char *a,
                const char *b)
{
  g_autofree char *ka = ber_collate_key_sv (a);
  g_autofree char *kb = ber_collate_key_sv (b);

  return strcmp (ka, kb);
}
