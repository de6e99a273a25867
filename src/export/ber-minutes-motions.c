/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-agenda-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-agenda-export.h"
#include "ber-agenda-export-private.h"
#include "ber-export.h"
#include "ber-labels.h"
#include "ber-membership-register.h"

/*
 * The motions under a decision, the order of decision and the vote, as
 * Swedish minutes print them: "Anna Berg (M) yrkar avslag.",
 * "Ordföranden ställer förslaget och yrkandet från Anna Berg (M) mot
 * varandra och finner att Regionstyrelsen beslutar enligt förslaget.", and
 * a vote with what yes and no are for, every member's voice and the result.
 */

/* "the proposal" or "the motion of Anna Berg (M)": what the chair puts. */
static char *
proposal_name (GPtrArray *motions,
               gint64     motion_id)
{
  for (guint i = 0; motion_id != 0 && i < motions->len; i++)
    {
      GVariant *motion = g_ptr_array_index (motions, i);

      if (ber_row_integer (motion, "id") == motion_id)
        /* Translators: "yrkandet från Anna Berg (M)" */
        return g_strdup_printf (_("the motion of %s"), ber_row_text (motion, "mover"));
    }
  /* Translators: the matter's own proposal for decision, "förslaget" */
  return g_strdup (_("the proposal"));
}

/* A sentence ends with a full stop, unless it ends with one already. */
static char *
sentence (char *text)
{
  gsize length = strlen (text);
  char *ended;

  if (length == 0 || strchr (".!?", text[length - 1]) != NULL)
    return text;
  ended = g_strconcat (text, ".", NULL);
  g_free (text);
  return ended;
}

static void
add_motion_list (BerPrintDocument *doc,
                 GPtrArray        *motions)
{
  ber_print_document_add_paragraph (doc, _("Motions"), BER_PRINT_STYLE_BOLD);
  for (guint i = 0; i < motions->len; i++)
    {
      GVariant *motion = g_ptr_array_index (motions, i);
      const char *supported = ber_row_text (motion, "supported_by");
      char *text = *supported != '\0'
        /* Translators: "Anna Berg (M) yrkar avslag, med instämmande av Per Ek (S)" */
        ? g_strdup_printf (_("%s moves %s, supported by %s"), ber_row_text (motion, "mover"),
                           ber_row_text (motion, "text"), supported)
        /* Translators: "Anna Berg (M) yrkar avslag" */
        : g_strdup_printf (_("%s moves %s"), ber_row_text (motion, "mover"),
                           ber_row_text (motion, "text"));
      g_autofree char *line = sentence (text);

      ber_print_document_add_paragraph (doc, line, BER_PRINT_STYLE_NORMAL);
    }
}

/* "förslaget, yrkandet från A och yrkandet från B" */
static char *
all_proposals (GPtrArray *motions)
{
  g_autoptr(GString) list = g_string_new (NULL);
  guint n = motions->len + 1;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = proposal_name (motions, i == 0 ? 0
                                             : ber_row_integer (g_ptr_array_index (motions, i - 1),
                                                                "id"));

      if (i > 0)
        /* Translators: between the last two proposals of a list, " och " */
        g_string_append (list, i + 1 == n ? _(" and ") : ", ");
      g_string_append (list, name);
    }
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static void
add_vote (BerPrintDocument *doc,
          BerAgendaMeeting *m,
          GVariant         *entry,
          GPtrArray        *motions)
{
  g_autoptr(GPtrArray) votes = ber_agenda_rows_for (m->store, "vote", "agenda_entry_id",
                                                    ber_row_integer (entry, "id"), NULL, &m->error);
  g_autofree char *yes_for = proposal_name (motions, ber_row_integer (entry, "vote_yes_motion_id"));
  g_autofree char *no_for = proposal_name (motions, ber_row_integer (entry, "vote_no_motion_id"));
  g_autofree char *adopted = proposal_name (motions, ber_row_integer (entry, "adopted_motion_id"));
  g_autofree char *call = NULL;
  g_autofree char *result = NULL;
  const char *headers[] = { _("Member"), C_("column of a member's vote", "Vote") };
  const double widths[] = { 0.7, 0.3 };
  BerPrintTable *table;
  guint counts[3] = { 0, 0, 0 };

  ber_print_document_begin_keep_together (doc);
  ber_print_document_add_paragraph (doc, _("Vote"), BER_PRINT_STYLE_BOLD);
  /* Translators: the order of voting, "Ja för förslaget, nej för yrkandet från Anna Berg (M)." */
  call = g_strdup_printf (_("Yes for %s, no for %s."), yes_for, no_for);
  ber_print_document_add_paragraph (doc, call, BER_PRINT_STYLE_NORMAL);
  ber_print_document_end_keep_together (doc);

  table = ber_print_document_add_table (doc, 2, headers, widths);
  for (guint i = 0; votes != NULL && i < votes->len; i++)
    {
      GVariant *vote = g_ptr_array_index (votes, i);
      g_autoptr(GVariant) person = ber_agenda_row_or_null (m->store, "person",
                                                           ber_row_integer (vote, "person_id"),
                                                           &m->error);
      const char *choice = ber_row_text (vote, "choice");
      g_autofree char *name = NULL;
      const char *cells[2];

      if (person == NULL)
        continue;
      name = *ber_row_text (person, "party") != '\0'
               ? g_strdup_printf ("%s (%s)", ber_row_text (person, "name"),
                                  ber_row_text (person, "party"))
               : g_strdup (ber_row_text (person, "name"));
      cells[0] = name;
      cells[1] = ber_choice_label (BER_CHOICES_VOTE, choice);
      ber_print_table_add_row (table, BER_PRINT_STYLE_NORMAL, cells);
      counts[g_str_equal (choice, "yes") ? 0 : g_str_equal (choice, "no") ? 1 : 2]++;
    }

  /* Translators: "Med 5 ja-röster mot 4 nej-röster, 1 avstår, beslutar Regionstyrelsen enligt förslaget." */
  result = g_strdup_printf (_("With %u yes votes against %u no votes, %u abstaining, %s decides "
                              "in accordance with %s."), counts[0], counts[1], counts[2],
                            ber_row_text (m->meeting, "body_name"), adopted);
  ber_print_document_add_paragraph (doc, result, BER_PRINT_STYLE_NORMAL);
  if (counts[0] == counts[1])
    ber_print_document_add_paragraph (doc, _("The votes are tied; the chair’s vote decides."),
                                      BER_PRINT_STYLE_ITALIC);
}

void
ber_minutes_add_motions (BerPrintDocument *doc,
                         BerAgendaMeeting *m,
                         GVariant         *entry)
{
  g_autoptr(GPtrArray) motions = ber_agenda_rows_for (m->store, "motion", "agenda_entry_id",
                                                      ber_row_integer (entry, "id"), "position",
                                                      &m->error);
  g_autofree char *proposals = NULL;
  g_autofree char *adopted = NULL;
  g_autofree char *order = NULL;

  if (motions == NULL || motions->len == 0)
    return;

  ber_print_document_begin_keep_together (doc);
  add_motion_list (doc, motions);
  ber_print_document_end_keep_together (doc);

  proposals = all_proposals (motions);
  adopted = proposal_name (motions, ber_row_integer (entry, "adopted_motion_id"));
  ber_print_document_begin_keep_together (doc);
  ber_print_document_add_paragraph (doc, _("Order of decision"), BER_PRINT_STYLE_BOLD);
  if (ber_row_integer (entry, "voted"))
    /* Translators: "Ordföranden ställer förslaget och yrkandet från Anna Berg (M) mot varandra.
     * Omröstning begärs." */
    order = g_strdup_printf (_("The chair puts %s against each other. A vote is called."),
                             proposals);
  else
    /* Translators: "Ordföranden ställer förslaget och yrkandet från Anna Berg (M) mot varandra
     * och finner att Regionstyrelsen beslutar enligt förslaget." */
    order = g_strdup_printf (_("The chair puts %s against each other and finds that %s decides "
                               "in accordance with %s."), proposals,
                             ber_row_text (m->meeting, "body_name"), adopted);
  ber_print_document_add_paragraph (doc, order, BER_PRINT_STYLE_NORMAL);
  ber_print_document_end_keep_together (doc);

  if (ber_row_integer (entry, "voted"))
    add_vote (doc, m, entry, motions);
}
