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

#define SIGNATURE_LINE "………………………………………………"

/* Reading */

GPtrArray *
ber_agenda_rows_where (BerStore    *store,
                       const char  *source,
                       const char  *column,
                       gint64       id,
                       const char  *order,
                       GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new (source);

  ber_query_add_condition (query, column, BER_QUERY_EQ, g_variant_new_int64 (id));
  if (order != NULL)
    ber_query_add_order (query, order, FALSE);
  ber_query_add_order (query, "id", FALSE);
  return ber_store_select (store, query, 0, G_MAXUINT, error);
}

/**
 * ber_agenda_note_failure:
 * @failure: (nullable): where the first failure is kept
 * @error: (transfer full): a read that failed
 *
 * Keeps @error in @failure unless an earlier one is there: a document goes
 * on being made, and is refused when written.
 */
void
ber_agenda_note_failure (GError **failure,
                         GError  *error)
{
  if (failure != NULL && *failure == NULL)
    *failure = error;
  else
    g_error_free (error);
}

/* As ber_agenda_rows_where(), but an empty array on failure, noted in @failure. */
GPtrArray *
ber_agenda_rows_for (BerStore    *store,
                     const char  *source,
                     const char  *column,
                     gint64       id,
                     const char  *order,
                     GError     **failure)
{
  GError *error = NULL;
  GPtrArray *rows = ber_agenda_rows_where (store, source, column, id, order, &error);

  if (rows != NULL)
    return rows;
  ber_agenda_note_failure (failure, error);
  return g_ptr_array_new ();
}

/* The row @id, or %NULL for none (an id of 0) or on failure, noted in @failure. */
GVariant *
ber_agenda_row_or_null (BerStore    *store,
                        const char  *source,
                        gint64       id,
                        GError     **failure)
{
  GError *error = NULL;
  GVariant *row;

  if (id <= 0)
    return NULL;
  row = ber_store_get (store, source, id, &error);
  if (row == NULL)
    ber_agenda_note_failure (failure, error);
  return row;
}

char *
ber_agenda_person_name (BerStore  *store,
                        gint64     id,
                        GError   **failure)
{
  g_autoptr(GVariant) row = ber_agenda_row_or_null (store, "person", id, failure);

  return g_strdup (row != NULL ? ber_row_text (row, "name") : "");
}

BerAgendaMeeting *
ber_agenda_meeting_load (BerStore  *store,
                         gint64     meeting_id,
                         GError   **error)
{
  g_autoptr(BerAgendaMeeting) m = g_new0 (BerAgendaMeeting, 1);

  m->store = g_object_ref (store);
  m->meeting = ber_store_get (store, "meeting_list", meeting_id, error);
  if (m->meeting == NULL)
    return NULL;
  m->entries = ber_agenda_rows_where (store, "agenda_entry", "meeting_id", meeting_id, "position",
                                      error);
  if (m->entries == NULL)
    return NULL;
  for (guint i = 0; i < m->entries->len; i++)
    if (ber_row_integer (g_ptr_array_index (m->entries, i), "paragraph") > 0)
      m->use_paragraphs = TRUE;
  return g_steal_pointer (&m);
}

void
ber_agenda_meeting_free (BerAgendaMeeting *m)
{
  if (m == NULL)
    return;
  g_clear_object (&m->store);
  g_clear_pointer (&m->meeting, g_variant_unref);
  g_clear_pointer (&m->entries, g_ptr_array_unref);
  g_clear_error (&m->error);
  g_free (m);
}

/* Hands @m's first failed read to @doc, which is then refused when written. */
BerPrintDocument *
ber_agenda_finish_document (BerAgendaMeeting *m,
                            BerPrintDocument *doc)
{
  if (m->error != NULL)
    ber_agenda_note_failure (ber_print_document_failure (doc), g_error_copy (m->error));
  return doc;
}

/* "§ 61" once the paragraphs are set, else "6."; "" for a point outside the series. */
char *
ber_agenda_entry_number (BerAgendaMeeting *m,
                         guint             index)
{
  GVariant *entry = g_ptr_array_index (m->entries, index);
  gint64 paragraph = ber_row_integer (entry, "paragraph");

  if (m->use_paragraphs)
    return paragraph > 0 ? g_strdup_printf ("§ %" G_GINT64_FORMAT, paragraph) : g_strdup ("");
  return g_strdup_printf ("%u.", index + 1);
}

GVariant *
ber_agenda_entry_item (BerAgendaMeeting *m,
                       GVariant         *entry)
{
  return ber_agenda_row_or_null (m->store, "item_list", ber_row_integer (entry, "item_id"),
                                 &m->error);
}

/* "Confidential", with the provision of OSL that makes it so when it is known. */
static char *
secrecy_mark (GVariant *item)
{
  const char *ground = ber_row_text (item, "secrecy_ground");

  if (*ground == '\0')
    return g_strdup (_("Confidential"));
  /* Translators: "Sekretess enligt OSL 18 kap. 8 §" */
  return g_strdup_printf (_("Confidential under %s"), ground);
}

char *
ber_agenda_entry_title (BerAgendaMeeting *m,
                        guint             index,
                        gboolean          public_version)
{
  GVariant *entry = g_ptr_array_index (m->entries, index);
  g_autoptr(GVariant) item = ber_agenda_entry_item (m, entry);
  const char *title = ber_row_text (entry, "title");

  if (public_version && item != NULL && ber_row_integer (item, "confidential") != 0)
    {
      const char *ground = ber_row_text (item, "secrecy_ground");

      if (*ground == '\0')
        return g_strdup (_("Confidential matter"));
      /* Translators: "Sekretessbelagt ärende (OSL 18 kap. 8 §)" */
      return g_strdup_printf (_("Confidential matter (%s)"), ground);
    }
  if (*title == '\0' && item != NULL)
    title = ber_row_text (item, "title");
  if (*title == '\0')
    return g_strdup (_("Untitled point"));
  return g_strdup (title);
}

/* "§ 61 Riktlinjer …", or the title alone for a point without a number. */
static char *
numbered_title (BerAgendaMeeting *m,
                guint             index,
                gboolean          public_version)
{
  g_autofree char *number = ber_agenda_entry_number (m, index);
  g_autofree char *title = ber_agenda_entry_title (m, index, public_version);

  if (*number == '\0')
    return g_steal_pointer (&title);
  return g_strdup_printf ("%s %s", number, title);
}

/* Writing helpers */

void
ber_agenda_add_if (BerPrintDocument *doc,
                   const char       *key,
                   const char       *value)
{
  if (value != NULL && *value != '\0')
    ber_print_document_add_key_value (doc, key, value);
}

char *
ber_agenda_join_column (GPtrArray  *rows,
                        const char *column)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *text = ber_row_text (g_ptr_array_index (rows, i), column);

      if (*text != '\0')
        g_ptr_array_add (parts, (gpointer) text);
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("\n", (char **) parts->pdata);
}

void
ber_agenda_add_clauses (BerPrintDocument *doc,
                        GPtrArray        *clauses)
{
  for (guint i = 0; i < clauses->len; i++)
    ber_print_document_add_paragraph (doc, ber_row_text (g_ptr_array_index (clauses, i), "text"),
                                      BER_PRINT_STYLE_NORMAL);
}

char *
ber_agenda_meeting_when (GVariant *meeting)
{
  /* Translators: the day and time of a meeting, "2026-12-08 at 09:00" ("kl. 09.00") */
  return g_strdup_printf (_("%s at %s"), ber_row_text (meeting, "held_on"),
                          ber_row_text (meeting, "starts_at"));
}

void
ber_agenda_add_signature (BerPrintDocument *doc,
                          const char       *role,
                          const char       *name)
{
  ber_print_document_begin_keep_together (doc);
  ber_print_document_add_spacer (doc, 24);
  ber_print_document_add_paragraph (doc, SIGNATURE_LINE, BER_PRINT_STYLE_NORMAL);
  ber_print_document_add_paragraph (doc, name != NULL && *name ? name : " ",
                                    BER_PRINT_STYLE_NORMAL);
  ber_print_document_add_paragraph (doc, role, BER_PRINT_STYLE_ITALIC | BER_PRINT_STYLE_SMALL);
  ber_print_document_end_keep_together (doc);
}

BerPrintDocument *
ber_agenda_new_document (BerStore   *store,
                         const char *title,
                         GVariant   *meeting)
{
  BerPrintDocument *doc = ber_print_document_new (title);

  ber_export_set_issuer (doc, store);
  if (meeting != NULL)
    {
      g_autofree char *header = g_strdup_printf ("%s · %s", ber_row_text (meeting, "body_name"),
                                                 ber_row_text (meeting, "held_on"));
      /* Translators: a PDF's subject, "Protokoll, Regionstyrelsen 2026-11-17" */
      g_autofree char *subject = g_strdup_printf (_("%s, %s %s"), title,
                                                  ber_row_text (meeting, "body_name"),
                                                  ber_row_text (meeting, "held_on"));
      g_autofree char *keywords = g_strdup_printf ("%s, %s, %s", title,
                                                   ber_row_text (meeting, "body_name"),
                                                   ber_row_text (meeting, "held_on"));

      ber_print_document_set_header_text (doc, header);
      ber_print_document_set_description (doc, subject, keywords);
    }
  return doc;
}

/* The board paper of an item (also in the meeting pack, under @level). */

static void
add_board_paper (BerPrintDocument *doc,
                 BerStore         *store,
                 GVariant         *item,
                 gint64            presenter_id,
                 const char       *body_name,
                 guint             level)
{
  gint64 item_id = ber_row_integer (item, "id");
  GError **failure = ber_print_document_failure (doc);
  g_autoptr(GPtrArray) clauses = ber_agenda_rows_for (store, "clause", "item_id", item_id,
                                                      "position", failure);
  g_autoptr(GPtrArray) documents = ber_agenda_rows_for (store, "document", "item_id", item_id,
                                                        "position", failure);
  g_autofree char *presenter = ber_agenda_person_name (store, presenter_id, failure);
  const char *description = ber_row_text (item, "description");
  const char *assessment = ber_row_text (item, "assessment");
  g_autofree char *today = g_date_time_format (ber_print_document_get_created (doc), "%Y-%m-%d");
  const char *date = ber_row_text (item, "paper_date");

  /* The paper's own date once it is set; until then the day it is printed. */
  ber_agenda_add_if (doc, _("Date"), *date != '\0' ? date : today);
  ber_agenda_add_if (doc, _("Diary number"), ber_row_text (item, "diary_number"));
  ber_agenda_add_if (doc, _("Case officer"), ber_row_text (item, "case_officer_name"));
  ber_agenda_add_if (doc, _("Unit"), ber_print_document_get_issuer_unit (doc));
  ber_agenda_add_if (doc, _("Presenter"), presenter);
  if (ber_row_integer (item, "confidential") != 0)
    {
      g_autofree char *mark = secrecy_mark (item);

      ber_print_document_add_paragraph (doc, mark, BER_PRINT_STYLE_BOLD);
    }

  ber_print_document_add_heading (doc, level, _("Description of the matter"));
  ber_print_document_add_paragraph (doc, *description ? description : "–", BER_PRINT_STYLE_NORMAL);
  if (*assessment != '\0')
    {
      ber_print_document_add_heading (doc, level, _("Assessment"));
      ber_print_document_add_paragraph (doc, assessment, BER_PRINT_STYLE_NORMAL);
    }

  ber_print_document_add_heading (doc, level, _("Proposed decision"));
  if (clauses != NULL && clauses->len > 0)
    {
      g_autofree char *lead = NULL;

      if (body_name != NULL && *body_name != '\0')
        /* Translators: before the att-clauses: "Förvaltningen föreslår att Regionstyrelsen beslutar" */
        lead = g_strdup_printf (_("The administration proposes that %s decides"), body_name);
      else
        lead = g_strdup (_("The administration proposes the decision"));
      ber_print_document_add_paragraph (doc, lead, BER_PRINT_STYLE_NORMAL);
      ber_agenda_add_clauses (doc, clauses);
    }
  else
    ber_print_document_add_paragraph (doc, _("No proposal has been written yet."),
                                      BER_PRINT_STYLE_ITALIC);

  if (documents != NULL && documents->len > 0)
    {
      ber_print_document_add_heading (doc, level, _("Decision documents"));
      for (guint i = 0; i < documents->len; i++)
        {
          g_autofree char *line = g_strdup_printf ("%u. %s", i + 1,
                                                   ber_row_text (g_ptr_array_index (documents, i),
                                                                 "title"));

          ber_print_document_add_paragraph (doc, line, BER_PRINT_STYLE_NORMAL);
        }
    }
}

/* The presenter of an item: from its latest agenda entry. */
static gint64
item_presenter (BerStore  *store,
                gint64     item_id,
                char     **body_name,
                GError   **failure)
{
  g_autoptr(GPtrArray) entries = ber_agenda_rows_for (store, "agenda_entry", "item_id", item_id,
                                                      NULL, failure);
  GVariant *last;
  g_autoptr(GVariant) meeting = NULL;

  if (entries->len == 0)
    return 0;
  last = g_ptr_array_index (entries, entries->len - 1);
  meeting = ber_agenda_row_or_null (store, "meeting_list", ber_row_integer (last, "meeting_id"),
                                    failure);
  if (meeting != NULL && body_name != NULL && *body_name == NULL)
    *body_name = g_strdup (ber_row_text (meeting, "body_name"));
  return ber_row_integer (last, "presenter_id");
}

BerPrintDocument *
ber_board_paper_document (BerStore  *store,
                          gint64     item_id,
                          GError   **error)
{
  g_autoptr(GVariant) item = ber_store_get (store, "item_list", item_id, error);
  g_autofree char *body_name = NULL;
  BerPrintDocument *doc;
  gint64 presenter;

  if (item == NULL)
    return NULL;
  doc = ber_print_document_new (ber_row_text (item, "title"));
  ber_export_set_issuer (doc, store);
  if (*ber_row_text (item, "routed_body_name"))
    body_name = g_strdup (ber_row_text (item, "routed_body_name"));
  presenter = item_presenter (store, item_id, &body_name, ber_print_document_failure (doc));

  ber_print_document_set_header_text (doc, ber_row_text (item, "diary_number"));
  {
    /* Translators: a PDF's subject, "Tjänsteskrivelse RS 2026/262" */
    g_autofree char *subject = g_strdup_printf (_("Board paper %s"),
                                                ber_row_text (item, "diary_number"));
    g_autofree char *keywords = g_strdup_printf ("%s, %s, %s", _("Board paper"),
                                                 ber_row_text (item, "diary_number"),
                                                 body_name != NULL ? body_name : "");

    ber_print_document_set_description (doc, subject, keywords);
  }
  ber_print_document_add_paragraph (doc, _("Board paper"), BER_PRINT_STYLE_SMALL);
  ber_print_document_add_title (doc, ber_row_text (item, "title"));
  add_board_paper (doc, store, item, presenter, body_name, 2);
  return doc;
}

/* The notice with the agenda */

static void add_agenda_proposal (BerPrintDocument *doc,
                                 BerAgendaMeeting *m,
                                 GVariant         *entry,
                                 GVariant         *item,
                                 const char       *presenter);

static void
add_agenda_entry (BerPrintDocument *doc,
                  BerAgendaMeeting *m,
                  guint             index,
                  gboolean          public_version)
{
  GVariant *entry = g_ptr_array_index (m->entries, index);
  g_autoptr(GVariant) item = ber_agenda_entry_item (m, entry);
  g_autofree char *heading = numbered_title (m, index, public_version);
  g_autofree char *presenter = ber_agenda_person_name (m->store,
                                                       ber_row_integer (entry, "presenter_id"),
                                                       &m->error);
  gboolean confidential = item != NULL && ber_row_integer (item, "confidential") != 0;

  /* Not a heading: the table of contents of the pack lists the board papers. */
  ber_print_document_add_spacer (doc, 6);
  ber_print_document_begin_keep_together (doc);
  ber_print_document_add_paragraph (doc, heading, BER_PRINT_STYLE_BOLD);
  if (item != NULL)
    ber_agenda_add_if (doc, _("Diary number"), ber_row_text (item, "diary_number"));
  if (confidential)
    {
      g_autofree char *mark = secrecy_mark (item);

      ber_print_document_add_paragraph (doc, mark, BER_PRINT_STYLE_BOLD);
    }
  if (!confidential || !public_version)
    add_agenda_proposal (doc, m, entry, item, presenter);
  ber_print_document_end_keep_together (doc);
}

static void
add_agenda_proposal (BerPrintDocument *doc,
                     BerAgendaMeeting *m,
                     GVariant         *entry,
                     GVariant         *item,
                     const char       *presenter)
{
  ber_agenda_add_if (doc, _("Presenter"), presenter);

  if (item != NULL)
    {
      g_autoptr(GPtrArray) clauses = ber_agenda_rows_for (m->store, "clause", "item_id",
                                                          ber_row_integer (item, "id"),
                                                          "position", &m->error);

      if (clauses->len > 0)
        {
          ber_print_document_add_paragraph (doc, _("Proposed decision"), BER_PRINT_STYLE_ITALIC);
          ber_agenda_add_clauses (doc, clauses);
        }
    }
  else if (g_str_equal (ber_row_text (entry, "kind"), "standard")
           && g_str_has_prefix (ber_row_text (entry, "title"), "Val av justerare")
           && ber_row_integer (m->meeting, "checker_id") > 0)
    {
      g_autofree char *checker
          = ber_agenda_person_name (m->store, ber_row_integer (m->meeting, "checker_id"),
                                    &m->error);
      /* Translators: "Presidiets förslag: Anna Berg utses att jämte ordföranden justera protokollet." */
      g_autofree char *proposal = g_strdup_printf (_("The presidium proposes: %s is appointed to "
                                                     "approve the minutes together with the "
                                                     "chair."), checker);

      ber_print_document_add_paragraph (doc, proposal, BER_PRINT_STYLE_NORMAL);
    }
}

static void
add_notice (BerPrintDocument *doc,
            BerAgendaMeeting *m,
            gboolean          public_version,
            gboolean          in_pack)
{
  g_autofree char *when = ber_agenda_meeting_when (m->meeting);
  g_autofree char *chair = ber_agenda_person_name (m->store,
                                                   ber_row_integer (m->meeting, "chair_id"),
                                                   &m->error);

  if (in_pack)
    ber_print_document_add_heading (doc, 1, _("Notice and agenda"));
  else
    ber_print_document_add_title (doc, _("Notice of meeting"));
  ber_print_document_add_paragraph (doc, ber_row_text (m->meeting, "body_name"),
                                    BER_PRINT_STYLE_BOLD);
  ber_agenda_add_if (doc, _("Time"), when);
  ber_agenda_add_if (doc, _("Place"), ber_row_text (m->meeting, "place"));
  if (g_str_equal (ber_row_text (m->meeting, "status"), "cancelled"))
    ber_print_document_add_paragraph (doc, _("The meeting is cancelled."), BER_PRINT_STYLE_BOLD);
  ber_print_document_add_paragraph (doc, _("The notice and the papers are published a few days "
                                           "before the meeting."),
                                    BER_PRINT_STYLE_ITALIC | BER_PRINT_STYLE_SMALL);

  ber_print_document_add_heading (doc, 2, C_("paper", "Agenda"));
  if (m->entries->len == 0)
    ber_print_document_add_paragraph (doc, _("The agenda has no points yet."),
                                      BER_PRINT_STYLE_ITALIC);
  for (guint i = 0; i < m->entries->len; i++)
    add_agenda_entry (doc, m, i, public_version);

  ber_agenda_add_signature (doc, _("Chair"), chair);
}

BerPrintDocument *
ber_agenda_document (BerStore  *store,
                     gint64     meeting_id,
                     GError   **error)
{
  g_autoptr(BerAgendaMeeting) m = ber_agenda_meeting_load (store, meeting_id, error);
  BerPrintDocument *doc;

  if (m == NULL)
    return NULL;
  doc = ber_agenda_new_document (m->store, _("Notice of meeting"), m->meeting);
  add_notice (doc, m, FALSE, FALSE);
  return ber_agenda_finish_document (m, doc);
}

/* The meeting pack */

BerPrintDocument *
ber_meeting_pack_document (BerStore  *store,
                           gint64     meeting_id,
                           gboolean   public_version,
                           GError   **error)
{
  g_autoptr(BerAgendaMeeting) m = ber_agenda_meeting_load (store, meeting_id, error);
  g_autofree char *when = NULL;
  BerPrintDocument *doc;

  if (m == NULL)
    return NULL;
  when = ber_agenda_meeting_when (m->meeting);

  doc = ber_agenda_new_document (m->store, _("Meeting papers"), m->meeting);
  ber_print_document_add_title (doc, _("Meeting papers"));
  ber_print_document_add_paragraph (doc, ber_row_text (m->meeting, "body_name"),
                                    BER_PRINT_STYLE_BOLD);
  ber_agenda_add_if (doc, _("Time"), when);
  ber_agenda_add_if (doc, _("Place"), ber_row_text (m->meeting, "place"));
  if (public_version)
    ber_print_document_add_paragraph (doc, _("Public version: papers of confidential matters "
                                             "are left out."), BER_PRINT_STYLE_ITALIC);
  ber_print_document_add_table_of_contents (doc, _("Contents"), 1);
  ber_print_document_add_page_break (doc);
  add_notice (doc, m, public_version, TRUE);

  for (guint i = 0; i < m->entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (m->entries, i);
      g_autoptr(GVariant) item = ber_agenda_entry_item (m, entry);
      g_autofree char *heading = NULL;

      if (item == NULL || (public_version && ber_row_integer (item, "confidential") != 0))
        continue;
      heading = numbered_title (m, i, FALSE);
      ber_print_document_add_page_break (doc);
      ber_print_document_add_heading (doc, 1, heading);
      add_board_paper (doc, store, item, ber_row_integer (entry, "presenter_id"),
                       ber_row_text (m->meeting, "body_name"), 2);
    }
  return ber_agenda_finish_document (m, doc);
}

/* Files */

static gboolean
write_document (BerPrintDocument *doc,
                const char       *output_path,
                GError          **error)
{
  g_autoptr(BerPrintDocument) owned = doc;

  return owned != NULL && ber_print_document_write_pdf (owned, output_path, error);
}

#define CHECK_PDF(path) \
  G_STMT_START { \
    BerExportFormat format_; \
    g_return_val_if_fail (BER_IS_STORE (store), FALSE); \
    g_return_val_if_fail ((path) != NULL, FALSE); \
    if (!ber_export_format_from_path ((path), BER_EXPORT_ALLOW_PDF, &format_, error)) \
      return FALSE; \
  } G_STMT_END

gboolean
ber_export_agenda (BerStore    *store,
                   gint64       meeting_id,
                   const char  *output_path,
                   GError     **error)
{
  CHECK_PDF (output_path);
  return write_document (ber_agenda_document (store, meeting_id, error), output_path, error);
}

gboolean
ber_export_minutes (BerStore    *store,
                    gint64       meeting_id,
                    const char  *output_path,
                    GError     **error)
{
  CHECK_PDF (output_path);
  return write_document (ber_minutes_document (store, meeting_id, error), output_path, error);
}

gboolean
ber_export_minutes_extract (BerStore    *store,
                            gint64       agenda_entry_id,
                            const char  *output_path,
                            GError     **error)
{
  CHECK_PDF (output_path);
  return write_document (ber_minutes_extract_document (store, agenda_entry_id, error),
                         output_path, error);
}

gboolean
ber_export_board_paper (BerStore    *store,
                        gint64       item_id,
                        const char  *output_path,
                        GError     **error)
{
  CHECK_PDF (output_path);
  return write_document (ber_board_paper_document (store, item_id, error), output_path, error);
}

gboolean
ber_export_meeting_pack (BerStore    *store,
                         gint64       meeting_id,
                         gboolean     public_version,
                         const char  *output_path,
                         GError     **error)
{
  CHECK_PDF (output_path);
  return write_document (ber_meeting_pack_document (store, meeting_id, public_version, error),
                         output_path, error);
}

/* Archival copies */

static gboolean
write_archival (BerPrintDocument *doc,
                const char       *output_path,
                GError          **error)
{
  if (doc != NULL)
    ber_print_document_set_archival (doc, TRUE);
  return write_document (doc, output_path, error);
}

/* Only adjusted minutes go to the archive: what stands in them is final. */
static gboolean
check_adjusted (BerStore  *store,
                gint64     meeting_id,
                GError   **error)
{
  g_autoptr(GVariant) meeting = ber_store_get (store, "meeting", meeting_id, error);

  if (meeting == NULL)
    return FALSE;
  if (!g_str_equal (ber_row_text (meeting, "status"), "minutes-approved"))
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("Only adjusted minutes are archived, and these are not adjusted "
                             "yet. Record the minutes with their date of approval first."));
      return FALSE;
    }
  return TRUE;
}

gboolean
ber_export_minutes_archival (BerStore    *store,
                             gint64       meeting_id,
                             const char  *output_path,
                             GError     **error)
{
  CHECK_PDF (output_path);
  if (!check_adjusted (store, meeting_id, error))
    return FALSE;
  return write_archival (ber_minutes_document (store, meeting_id, error), output_path, error);
}

gboolean
ber_export_extract_archival (BerStore    *store,
                             gint64       agenda_entry_id,
                             const char  *output_path,
                             GError     **error)
{
  g_autoptr(GVariant) entry = NULL;

  CHECK_PDF (output_path);
  entry = ber_store_get (store, "agenda_entry", agenda_entry_id, error);
  if (entry == NULL || !check_adjusted (store, ber_row_integer (entry, "meeting_id"), error))
    return FALSE;
  return write_archival (ber_minutes_extract_document (store, agenda_entry_id, error),
                         output_path, error);
}

gboolean
ber_export_board_paper_archival (BerStore    *store,
                                 gint64       item_id,
                                 const char  *output_path,
                                 GError     **error)
{
  CHECK_PDF (output_path);
  return write_archival (ber_board_paper_document (store, item_id, error), output_path, error);
}
