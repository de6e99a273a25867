/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-import-private.h"

/* The columns an import knows, the words it accepts for keywords, and how it
 * compares and quotes text. */

#define SNIPPET_CHARS 60

const BerImportField ber_import_network_fields[] = {
  [NF_NAME] = { "name", FIELD_NAME, 0, FALSE, { "name", "namn" } },
  [NF_ACRONYM] = { "acronym", FIELD_TEXT, 0, FALSE, { "acronym", "förkortning", "akronym" } },
  [NF_KIND] = { "kind", FIELD_CHOICE, BER_CHOICES_NETWORK_KIND, FALSE, { "kind", "typ", "type" } },
  [NF_DESCRIPTION] = { "description", FIELD_TEXT, 0, FALSE, { "description", "beskrivning" } },
  [NF_WEBSITE] = { "website", FIELD_TEXT, 0, FALSE, { "website", "webbplats", "web site", "url" } },
  [NF_SCOPE] = { "scope", FIELD_TEXT, 0, FALSE, { "scope", "omfattning" } },
  [NF_CONTACT] = { "contact", FIELD_TEXT, 0, FALSE, { "contact", "kontakt" } },
  [NF_BODY] = { "responsible_body_id", FIELD_BODY, 0, FALSE,
                { "responsible body", "ansvarigt organ", "responsible body name" } },
  [NF_REVIEW] = { "next_review_on", FIELD_DATE, 0, FALSE,
                  { "next review", "nästa översyn", "next review on" } },
  [NF_STATUS] = { "membership_status", FIELD_CHOICE, BER_CHOICES_MEMBERSHIP_STATUS, TRUE,
                  { "status", "membership status", "medlemskap" } },
  [NF_VIA] = { "via_network_name", FIELD_VIA, 0, TRUE, { "via", "genom", "via network name" } },
  [NF_ACTIVITY] = { "activity", FIELD_CHOICE, BER_CHOICES_ACTIVITY, TRUE,
                    { "activity", "aktivitet" } },
};
G_STATIC_ASSERT (G_N_ELEMENTS (ber_import_network_fields) == N_NF);


const BerImportField ber_import_person_fields[] = {
  [PF_NAME] = { "name", FIELD_NAME, 0, FALSE, { "name", "namn" } },
  [PF_KIND] = { "kind", FIELD_CHOICE, BER_CHOICES_PERSON_KIND, FALSE, { "kind", "typ", "type" } },
  [PF_PARTY] = { "party", FIELD_TEXT, 0, FALSE, { "party", "parti" } },
  [PF_DEPARTMENT] = { "department", FIELD_TEXT, 0, FALSE,
                      { "department", "avdelning", "förvaltning" } },
  [PF_TITLE] = { "title", FIELD_TEXT, 0, FALSE, { "title", "titel" } },
  [PF_EMAIL] = { "email", FIELD_EMAIL, 0, FALSE,
                 { "email", "e mail", "e post", "epost", "e postadress", "mail" } },
  [PF_PHONE] = { "phone", FIELD_TEXT, 0, FALSE, { "phone", "telefon", "telefonnummer" } },
};
G_STATIC_ASSERT (G_N_ELEMENTS (ber_import_person_fields) == N_PF);

/* Swedish words for the stored keywords, accepted whatever language the
 * program runs in (the translated and English labels are accepted too). */
static const struct
{
  BerChoices  choices;
  const char *value;
  const char *word;
} swedish_words[] = {
  { BER_CHOICES_NETWORK_KIND, "political", "politiskt nätverk" },
  { BER_CHOICES_NETWORK_KIND, "political", "politiskt" },
  { BER_CHOICES_NETWORK_KIND, "influence", "påverkansorganisation" },
  { BER_CHOICES_NETWORK_KIND, "brussels-office", "brysselkontor" },
  { BER_CHOICES_NETWORK_KIND, "research", "forsknings- och innovationsnätverk" },
  { BER_CHOICES_NETWORK_KIND, "research", "forskningsnätverk" },
  { BER_CHOICES_NETWORK_KIND, "association", "förening" },
  { BER_CHOICES_NETWORK_KIND, "other", "annat" },
  { BER_CHOICES_NETWORK_KIND, "other", "övrigt" },
  { BER_CHOICES_MEMBERSHIP_STATUS, "member", "medlem" },
  { BER_CHOICES_MEMBERSHIP_STATUS, "indirect", "indirekt medlem" },
  { BER_CHOICES_MEMBERSHIP_STATUS, "indirect", "indirekt" },
  { BER_CHOICES_MEMBERSHIP_STATUS, "interested", "intresserad" },
  { BER_CHOICES_MEMBERSHIP_STATUS, "candidate", "kandidat" },
  { BER_CHOICES_MEMBERSHIP_STATUS, "left", "lämnat" },
  { BER_CHOICES_MEMBERSHIP_STATUS, "left", "utträtt" },
  { BER_CHOICES_ACTIVITY, "very-active", "mycket aktiv" },
  { BER_CHOICES_ACTIVITY, "active", "aktiv" },
  { BER_CHOICES_ACTIVITY, "inactive", "inaktiv" },
  { BER_CHOICES_PERSON_KIND, "elected", "förtroendevald" },
  { BER_CHOICES_PERSON_KIND, "official", "tjänsteperson" },
  { BER_CHOICES_PERSON_KIND, "official", "tjänsteman" },
};

/* Text helpers */

/* Folds for comparing: NFC, case-folded, whitespace trimmed and collapsed;
 * with @dashes also '-' and '_' count as spaces (for headers and keywords). */
char *
ber_import_fold (const char *text,
                 gboolean    dashes)
{
  g_autofree char *nfc = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (nfc != NULL ? nfc : text, -1);
  GString *out = g_string_sized_new (strlen (folded));
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || (dashes && (c == '-' || c == '_')))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/* A copy without leading and trailing white space (also no-break spaces). */
char *
ber_import_trim (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

/* A value as a message quotes it: on one line and not too long. */
char *
ber_import_snippet (const char *text)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == SNIPPET_CHARS)
        {
          g_string_append (out, "…");
          break;
        }
      if (g_unichar_iscntrl (c))
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

gboolean
ber_import_is_email (const char *text)
{
  const char *at = strchr (text, '@');
  const char *dot;

  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || strchr (",;<>()[]\"", *p) != NULL)
      return FALSE;

  dot = strrchr (at + 1, '.');
  return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/* Keywords */

static GHashTable *
choice_words (BerChoices which)
{
  static GHashTable *tables[BER_N_CHOICES];
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      for (guint t = 0; t < BER_N_CHOICES; t++)
        {
          const BerChoice *choices;
          guint n;

          tables[t] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          choices = ber_choices_get (t, &n);
          for (guint i = 0; i < n; i++)
            {
              g_hash_table_insert (tables[t], ber_import_fold (choices[i].value, TRUE),
                                   (gpointer) choices[i].value);
              g_hash_table_insert (tables[t], ber_import_fold (choices[i].label, TRUE),
                                   (gpointer) choices[i].value);
              g_hash_table_insert (tables[t],
                                   ber_import_fold (ber_choice_label (t, choices[i].value), TRUE),
                                   (gpointer) choices[i].value);
            }
        }
      for (guint i = 0; i < G_N_ELEMENTS (swedish_words); i++)
        {
          BerChoices t = swedish_words[i].choices;
          int index = ber_choice_index (t, swedish_words[i].value);

          if (index < 0)
            continue;
          g_hash_table_insert (tables[t], ber_import_fold (swedish_words[i].word, TRUE),
                               (gpointer) ber_choice_value (t, index));
        }
      g_once_init_leave (&initialized, 1);
    }

  return tables[which];
}

/* Returns: the stored keyword for a keyword or label, %NULL if there is none. */
const char *
ber_import_lookup_choice (BerChoices  which,
                          const char *text)
{
  g_autofree char *key = ber_import_fold (text, TRUE);

  return g_hash_table_lookup (choice_words (which), key);
}

/* "very active, active or inactive", in the program's language. */
char *
ber_import_describe_choices (BerChoices which)
{
  guint n;
  const BerChoice *choices = ber_choices_get (which, &n);
  g_autofree char *list = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_utf8_strdown (ber_choice_label (which, choices[i].value), -1);
      char *joined;

      if (list == NULL)
        joined = g_strdup (label);
      else if (i + 1 < n)
        /* Translators: joins items of a list of choices, "a, b" */
        joined = g_strdup_printf (_("%s, %s"), list, label);
      else
        /* Translators: joins the last item of a list of choices, "a, b or c" */
        joined = g_strdup_printf (_("%s or %s"), list, label);
      g_free (list);
      list = joined;
    }

  return g_steal_pointer (&list);
}
