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
#include "ber-print-document.h"

/* The minutes */

/* The sentence that opens a reservation or statement, with its author. */
static char *
statement_lead (const char *kind,
                const char *author,
                gboolean    has_text,
                gboolean    own_motion)
{
  if (g_str_equal (kind, "reservation") && own_motion)
    /* Translators: "Anna Berg (M) reserverar sig mot beslutet till förmån för eget yrkande." */
    return g_strdup_printf (_("%s reserves against the decision in favour of their own motion."),
                            author);
  if (g_str_equal (kind, "note"))
    return has_text
             /* Translators: "Anna Berg (M) lämnar följande protokollsanteckning:" */
             ? g_strdup_printf (_("%s enters the following statement in the minutes:"), author)
             /* Translators: "Anna Berg (M) lämnar en protokollsanteckning." */
             : g_strdup_printf (_("%s enters a statement in the minutes."), author);
  if (g_str_equal (kind, "special-opinion"))
    return has_text
             /* Translators: "Anna Berg (M) lämnar följande särskilda yttrande:" */
             ? g_strdup_printf (_("%s submits the following special opinion:"), author)
             /* Translators: "Anna Berg (M) lämnar ett särskilt yttrande." */
             : g_strdup_printf (_("%s submits a special opinion."), author);
  /* Translators: "Anna Berg (M) reserverar sig mot beslutet." */
  return g_strdup_printf (_("%s reserves against the decision."), author);
}

/*
 * Reservations and statements under the decision, the Swedish way: a
 * heading per kind ("Reservation", "Protokollsanteckning") over who made it,
 * then what they wrote. Consecutive ones of one kind share the heading.
 */
static void
add_statements (BerPrintDocument *doc,
                BerStore         *store,
                gint64            entry_id)
{
  g_autoptr(GPtrArray) statements = ber_agenda_rows_for (store, "statement", "agenda_entry_id",
                                                         entry_id, "position",
                                                         ber_print_document_failure (doc));
  const char *previous = NULL;

  for (guint i = 0; i < statements->len; i++)
    {
      GVariant *row = g_ptr_array_index (statements, i);
      const char *kind = ber_row_text (row, "kind");
      const char *text = ber_row_text (row, "text");
      g_autofree char *lead = statement_lead (kind, ber_row_text (row, "author"), *text != '\0',
                                              ber_row_integer (row, "motion_id") != 0);

      ber_print_document_begin_keep_together (doc);
      if (g_strcmp0 (previous, kind) != 0)
        {
          ber_print_document_add_spacer (doc, 4);
          ber_print_document_add_paragraph (doc, ber_choice_label (BER_CHOICES_STATEMENT_KIND,
                                                                   kind),
                                            BER_PRINT_STYLE_BOLD);
        }
      ber_print_document_add_paragraph (doc, lead, BER_PRINT_STYLE_NORMAL);
      if (*text != '\0')
        ber_print_document_add_paragraph (doc, text, BER_PRINT_STYLE_NORMAL);
      ber_print_document_end_keep_together (doc);
      previous = kind;
    }
}

static void
add_decision (BerPrintDocument *doc,
              BerAgendaMeeting *m,
              guint             index,
              guint             level)
{
  GVariant *entry = g_ptr_array_index (m->entries, index);
  g_autoptr(GVariant) item = ber_agenda_entry_item (m, entry);
  g_autofree char *number = ber_agenda_entry_number (m, index);
  g_autofree char *title = ber_agenda_entry_title (m, index, FALSE);
  g_autoptr(GPtrArray) clauses = ber_agenda_rows_for (m->store, "clause", "agenda_entry_id",
                                                      ber_row_integer (entry, "id"), "position",
                                                      &m->error);
  const char *decision = ber_row_text (entry, "decision");
  const char *note = ber_row_text (entry, "decision_note");

  ber_print_document_begin_keep_together (doc);
  if (*number != '\0')
    ber_print_document_add_heading (doc, level, number);
  ber_print_document_add_heading (doc, level + 1, title);
  ber_print_document_end_keep_together (doc);
  if (item != NULL)
    {
      ber_agenda_add_if (doc, _("Diary number"), ber_row_text (item, "diary_number"));
      if (*ber_row_text (item, "description"))
        ber_print_document_add_paragraph (doc, ber_row_text (item, "description"),
                                          BER_PRINT_STYLE_NORMAL);
    }

  ber_minutes_add_motions (doc, m, entry);
  if (clauses != NULL && clauses->len > 0)
    {
      /* Translators: before the att-clauses of a decision, "Regionstyrelsen beslutar" */
      g_autofree char *lead = g_strdup_printf (_("%s decides"),
                                               ber_row_text (m->meeting, "body_name"));

      ber_print_document_add_paragraph (doc, lead, BER_PRINT_STYLE_BOLD);
      ber_agenda_add_clauses (doc, clauses);
    }
  if (*note != '\0')
    ber_print_document_add_paragraph (doc, note, BER_PRINT_STYLE_NORMAL);
  if ((clauses == NULL || clauses->len == 0) && *note == '\0' && *decision != '\0')
    ber_print_document_add_key_value (doc, _("Decision"),
                                      ber_choice_label (BER_CHOICES_DECISION, decision));
  add_statements (doc, m->store, ber_row_integer (entry, "id"));
}

static void
add_copy_to (BerPrintDocument *doc,
             BerStore         *store,
             GVariant         *entry)
{
  g_autoptr(GPtrArray) recipients = ber_agenda_rows_for (store, "distribution",
                                                         "agenda_entry_id",
                                                         ber_row_integer (entry, "id"), NULL,
                                                         ber_print_document_failure (doc));
  g_autofree char *list = ber_agenda_join_column (recipients, "recipient");

  ber_agenda_add_if (doc, _("Copy to"), list);
}

/* Members, serving deputies and officials present. */
static void
add_attendance (BerPrintDocument *doc,
                BerAgendaMeeting *m)
{
  gint64 meeting_id = ber_row_integer (m->meeting, "id");
  g_autoptr(GPtrArray) rows = ber_agenda_rows_for (m->store, "attendance", "meeting_id",
                                                   meeting_id, NULL, &m->error);
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) deputies = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) officials = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) absent = g_ptr_array_new_with_free_func (g_free);
  struct { const char *key; GPtrArray *names; } groups[] = {
    { _("Members"), members }, { _("Serving deputies"), deputies },
    /* Translators: deputies present who do not serve (ersättare) */
    { _("Deputies"), others },
    { _("Officials"), officials }, { _("Absent"), absent },
  };

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      g_autoptr(GVariant) person = ber_agenda_row_or_null (m->store, "person",
                                                           ber_row_integer (row, "person_id"),
                                                           &m->error);
      const char *role = ber_row_text (row, "role");
      const char *party = person != NULL ? ber_row_text (person, "party") : "";
      g_autofree char *name = NULL;

      if (person == NULL)
        continue;
      if (*party != '\0')
        name = g_strdup_printf ("%s (%s)", ber_row_text (person, "name"), party);
      else
        name = g_strdup (ber_row_text (person, "name"));
      if (g_str_equal (role, "chair"))
        {
          /* Translators: "Åsa Lindqvist (S), chair" in the list of members */
          char *chair = g_strdup_printf (_("%s, chair"), name);

          g_free (name);
          name = chair;
        }

      if (!ber_row_integer (row, "present"))
        g_ptr_array_add (absent, g_steal_pointer (&name));
      else if (g_str_equal (role, "chair"))
        g_ptr_array_insert (members, 0, g_steal_pointer (&name));
      else if (g_str_equal (role, "member"))
        g_ptr_array_add (members, g_steal_pointer (&name));
      else if (g_str_equal (role, "serving-deputy"))
        g_ptr_array_add (deputies, g_steal_pointer (&name));
      else if (g_str_equal (role, "deputy"))
        g_ptr_array_add (others, g_steal_pointer (&name));
      else if (g_str_equal (role, "official") || g_str_equal (role, "other"))
        g_ptr_array_add (officials, g_steal_pointer (&name));
    }

  if (rows == NULL || rows->len == 0)
    {
      ber_print_document_add_paragraph (doc, _("No attendance has been recorded."),
                                        BER_PRINT_STYLE_ITALIC);
      return;
    }
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    if (groups[g].names->len > 0)
      {
        g_autofree char *list = NULL;

        g_ptr_array_add (groups[g].names, NULL);
        list = g_strjoinv ("\n", (char **) groups[g].names->pdata);
        ber_print_document_add_key_value (doc, groups[g].key, list);
      }
}

static char *
paragraph_range (BerAgendaMeeting *m)
{
  gint64 first = 0, last = 0;

  for (guint i = 0; i < m->entries->len; i++)
    {
      gint64 p = ber_row_integer (g_ptr_array_index (m->entries, i), "paragraph");

      if (p > 0 && (first == 0 || p < first))
        first = p;
      if (p > last)
        last = p;
    }
  if (first == 0)
    return g_strdup ("");
  if (first == last)
    return g_strdup_printf ("§ %" G_GINT64_FORMAT, first);
  return g_strdup_printf ("§§ %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT, first, last);
}

static char *
appeal_ends (const char *posted_on)
{
  GDate date;
  char text[16];
  int y, mo, d;

  if (sscanf (posted_on, "%d-%d-%d", &y, &mo, &d) != 3 || !g_date_valid_dmy (d, mo, y))
    return g_strdup ("");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, mo, y);
  /* Three weeks from the posting. */
  g_date_add_days (&date, 21);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

static void
add_approval_dates (BerPrintDocument *doc,
                    GVariant         *meeting)
{
  const char *approved = ber_row_text (meeting, "approved_on");
  const char *posted = ber_row_text (meeting, "posted_on");

  ber_print_document_add_key_value (doc, _("Date of approval"), *approved ? approved : "");
  ber_print_document_add_key_value (doc, _("Date of posting"), *posted ? posted : "");
}

BerPrintDocument *
ber_minutes_document (BerStore  *store,
                      gint64     meeting_id,
                      GError   **error)
{
  g_autoptr(BerAgendaMeeting) m = ber_agenda_meeting_load (store, meeting_id, error);
  g_autofree char *when = NULL;
  g_autofree char *chair = NULL;
  g_autofree char *checker = NULL;
  g_autofree char *secretary = NULL;
  g_autofree char *range = NULL;
  g_autofree char *appeal = NULL;
  BerPrintDocument *doc;

  if (m == NULL)
    return NULL;
  when = ber_agenda_meeting_when (m->meeting);
  chair = ber_agenda_person_name (store, ber_row_integer (m->meeting, "chair_id"), &m->error);
  checker = ber_agenda_person_name (store, ber_row_integer (m->meeting, "checker_id"),
                                    &m->error);
  secretary = ber_agenda_person_name (store, ber_row_integer (m->meeting, "secretary_id"),
                                      &m->error);
  range = paragraph_range (m);
  appeal = appeal_ends (ber_row_text (m->meeting, "posted_on"));

  doc = ber_agenda_new_document (m->store, _("Minutes"), m->meeting);
  ber_print_document_add_title (doc, _("Minutes"));
  ber_print_document_add_paragraph (doc, ber_row_text (m->meeting, "body_name"),
                                    BER_PRINT_STYLE_BOLD);
  ber_agenda_add_if (doc, _("Time"), when);
  ber_agenda_add_if (doc, _("Place"), ber_row_text (m->meeting, "place"));
  ber_agenda_add_if (doc, _("Paragraphs"), range);
  add_attendance (doc, m);
  ber_agenda_add_if (doc, _("Secretary"), secretary);
  ber_agenda_add_if (doc, _("Checker"), checker);

  ber_agenda_add_signature (doc, _("Secretary"), secretary);
  ber_agenda_add_signature (doc, _("Chair"), chair);
  ber_agenda_add_signature (doc, _("Checker"), checker);

  ber_print_document_begin_keep_together (doc);
  ber_print_document_add_heading (doc, 2, _("Notice of approval"));
  ber_print_document_add_paragraph (doc, _("The approval of the minutes has been announced by "
                                           "posting on the official notice board."),
                                    BER_PRINT_STYLE_NORMAL);
  ber_print_document_add_key_value (doc, _("Body"), ber_row_text (m->meeting, "body_name"));
  ber_print_document_add_key_value (doc, _("Date of the meeting"),
                                    ber_row_text (m->meeting, "held_on"));
  add_approval_dates (doc, m->meeting);
  ber_agenda_add_if (doc, _("Last day of the appeal period"), appeal);
  ber_print_document_end_keep_together (doc);

  ber_print_document_add_page_break (doc);
  for (guint i = 0; i < m->entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (m->entries, i);

      /* Once numbered, the minutes record the paragraphs only. */
      if (m->use_paragraphs && ber_row_integer (entry, "paragraph") <= 0)
        continue;
      add_decision (doc, m, i, 2);
      add_copy_to (doc, store, entry);
      ber_print_document_add_spacer (doc, 10);
    }
  return ber_agenda_finish_document (m, doc);
}

BerPrintDocument *
ber_minutes_extract_document (BerStore  *store,
                              gint64     agenda_entry_id,
                              GError   **error)
{
  g_autoptr(GVariant) entry = ber_store_get (store, "agenda_entry", agenda_entry_id, error);
  g_autoptr(BerAgendaMeeting) m = NULL;
  g_autofree char *when = NULL;
  g_autofree char *secretary = NULL;
  BerPrintDocument *doc;
  guint index = 0;

  if (entry == NULL)
    return NULL;
  m = ber_agenda_meeting_load (store, ber_row_integer (entry, "meeting_id"), error);
  if (m == NULL)
    return NULL;
  for (guint i = 0; i < m->entries->len; i++)
    if (ber_row_integer (g_ptr_array_index (m->entries, i), "id") == agenda_entry_id)
      index = i;
  when = ber_agenda_meeting_when (m->meeting);
  secretary = ber_agenda_person_name (store, ber_row_integer (m->meeting, "secretary_id"),
                                      &m->error);

  doc = ber_agenda_new_document (m->store, _("Extract from the minutes"), m->meeting);
  ber_print_document_add_title (doc, _("Extract from the minutes"));
  ber_print_document_add_paragraph (doc, ber_row_text (m->meeting, "body_name"),
                                    BER_PRINT_STYLE_BOLD);
  ber_agenda_add_if (doc, _("Time"), when);
  ber_agenda_add_if (doc, _("Place"), ber_row_text (m->meeting, "place"));
  add_approval_dates (doc, m->meeting);
  ber_print_document_add_spacer (doc, 8);
  add_decision (doc, m, index, 2);

  ber_agenda_add_signature (doc, _("Recorded by"), secretary);
  ber_print_document_begin_keep_together (doc);
  ber_print_document_add_spacer (doc, 12);
  ber_print_document_add_paragraph (doc, _("Certified true extract"), BER_PRINT_STYLE_BOLD);
  ber_print_document_end_keep_together (doc);
  ber_agenda_add_signature (doc, _("Certified by"), NULL);
  ber_print_document_add_spacer (doc, 12);
  add_copy_to (doc, store, g_ptr_array_index (m->entries, index));
  return ber_agenda_finish_document (m, doc);
}
