/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "ber-collate.h"

static int
compare (gconstpointer a,
         gconstpointer b)
{
  return ber_collate_sv (*(const char * const *) a, *(const char * const *) b);
}

static void
test_swedish_alphabet (void)
{
  const char *names[] = {
    "Öberg", "Zetterlund", "Åkesson", "Ahlström", "Ängla", "Ekström", "Éric", "ärende",
    "Ødegaard", "Æsir", "Müller", "Myrberg", "åsa", "Aalto",
  };
  const char *expected[] = {
    "Aalto", "Ahlström", "Ekström", "Éric", "Müller", "Myrberg", "Zetterlund", "Åkesson",
    "åsa", "Ängla", "ärende", "Æsir", "Öberg", "Ødegaard",
  };
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (sorted, (gpointer) names[i]);
  g_ptr_array_sort (sorted, compare);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (sorted, i), ==, expected[i]);
}

static void
test_case_and_digits (void)
{
  /* Case does not separate words; digits sort before letters, spaces before both. */
  g_assert_cmpint (ber_collate_sv ("regionstyrelsen", "Regionstyrelsen"), !=, 0);
  g_assert_cmpint (ber_collate_sv ("Region A", "region b"), <, 0);
  g_assert_cmpint (ber_collate_sv ("RS 2021/9", "RS 2021/a"), <, 0);
  g_assert_cmpint (ber_collate_sv ("AER", "AER byrå"), <, 0);
  g_assert_cmpint (ber_collate_sv ("Öst", "Väst"), >, 0);
  g_assert_cmpint (ber_collate_sv ("Väst", "Öst"), <, 0);
}

static void
test_key_is_bytewise (void)
{
  g_autofree char *a = ber_collate_key_sv ("Åre");
  g_autofree char *z = ber_collate_key_sv ("Zürich");
  g_autofree char *empty = ber_collate_key_sv (NULL);
  g_autofree char *invalid = ber_collate_key_sv ("\xff\xfe");

  /* Keys compare with strcmp, so an ordinary index orders rows correctly. */
  g_assert_cmpint (strcmp (z, a), <, 0);
  g_assert_cmpstr (empty, ==, "");
  g_assert_nonnull (invalid);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collate/swedish-alphabet", test_swedish_alphabet);
  g_test_add_func ("/collate/case-and-digits", test_case_and_digits);
  g_test_add_func ("/collate/key-is-bytewise", test_key_is_bytewise);

  return g_test_run ();
}
