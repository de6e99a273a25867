/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-persons"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-persons-privacy-private.h"

#define row_int ber_personal_row_int
#define row_str ber_personal_row_str

/*
 * What the register holds about one person, gathered for the extract
 * (article 15 of the GDPR) and for the plan of an erasure: the person's
 * record, every row that names the person by id (assignments and
 * candidacies, attendance, forum events, returned reports and their
 * attachments, votes, roles in meetings, agenda entries presented, items
 * handled, clauses to carry out), the statements and motions that name the
 * person in words, and the entries of the change history about them.
 *
 * Rows are the register's own, as a{sv}, with what a reader needs around
 * them: the meeting (meeting_held_on, meeting_body, meeting_status) and the
 * paragraph (entry_paragraph, entry_title) a row belongs to, and
 * public_record: 1 when the row stands in a public record that an erasure
 * keeps (ber-persons-erasure.c), else 0.
 */

struct _BerPersonalData
{
  char       *date;
  GVariant   *person;
  GPtrArray  *sections;   /* GPtrArray of GVariant rows, one per entry of sections[] */
};

static const BerPersonalField assignment_fields[] = {
  { "role", N_("Role"), "assignment-role" },
  { "network_name|forum", N_("Network or forum"), NULL },
  { "network_body_name", N_("Body of the network"), NULL },
  { "from_on", N_("From"), NULL },
  { "to_on", N_("To"), NULL },
  { "candidacy", N_("Candidacy"), "candidacy" },
  { "appointing_body_name", N_("Appointed by"), NULL },
  { "decision_reference", N_("Decision"), NULL },
  { "mandate", N_("Mandate"), NULL },
  { NULL }
};

static const BerPersonalField attendance_fields[] = {
  { "meeting_held_on", N_("Date"), NULL },
  { "meeting_body", N_("Body"), NULL },
  { "role", N_("Role"), "attendance-role" },
  { "present", N_("Present"), "yes-no" },
  { "public_record", N_("Public record"), "yes-no" },
  { NULL }
};

static const BerPersonalField role_fields[] = {
  { "meeting_held_on", N_("Date"), NULL },
  { "meeting_body", N_("Body"), NULL },
  { "meeting_role", N_("Role"), "meeting-role" },
  { "meeting_status", N_("Status"), "meeting-status" },
  { "public_record", N_("Public record"), "yes-no" },
  { NULL }
};

static const BerPersonalField entry_fields[] = {
  { "meeting_held_on", N_("Date"), NULL },
  { "meeting_body", N_("Body"), NULL },
  { "entry_paragraph", N_("§"), NULL },
  { "entry_title", N_("Matter"), NULL },
  { "choice", N_("Vote"), "vote" },
  { "public_record", N_("Public record"), "yes-no" },
  { NULL }
};

static const BerPersonalField statement_fields[] = {
  { "meeting_held_on", N_("Date"), NULL },
  { "meeting_body", N_("Body"), NULL },
  { "entry_paragraph", N_("§"), NULL },
  { "entry_title", N_("Matter"), NULL },
  { "kind", N_("Kind"), "statement-kind" },
  { "author|mover", N_("Written as"), NULL },
  { "supported_by", N_("Supported by"), NULL },
  { "text", N_("Text"), NULL },
  { "public_record", N_("Public record"), "yes-no" },
  { NULL }
};

static const BerPersonalField event_fields[] = {
  { "event_title", N_("Event"), NULL },
  { "event_starts_on", N_("From"), NULL },
  { "event_ends_on", N_("To"), NULL },
  { "event_place", N_("Place"), NULL },
  { NULL }
};

static const BerPersonalField report_fields[] = {
  { "event_title|network_name", N_("Event"), NULL },
  { "event_starts_on", N_("Date"), NULL },
  { "body_name", N_("Reports to"), NULL },
  { "status", N_("Status"), "report-status" },
  { "due_on", N_("Due"), NULL },
  { "received_on", N_("Received"), NULL },
  { "presented_on", N_("Presented"), NULL },
  { "subject_areas", N_("Subject areas dealt with"), NULL },
  { "positions", N_("Positions taken by the region's representatives"), NULL },
  { "continued_work", N_("The region's continued work in the forum"), NULL },
  { "home_work", N_("The region's work at home on the forum's questions"), NULL },
  { "public_record", N_("Public record"), "yes-no" },
  { NULL }
};

static const BerPersonalField document_fields[] = {
  { "title", N_("Title"), NULL },
  { "file_path", N_("File"), NULL },
  { NULL }
};

static const BerPersonalField item_fields[] = {
  { "diary_number", N_("Diary number"), NULL },
  { "title", N_("Title"), NULL },
  { "received_on", N_("Received"), NULL },
  { "status", N_("Status"), "item-status" },
  { "public_record", N_("Public record"), "yes-no" },
  { NULL }
};

static const BerPersonalField clause_fields[] = {
  { "text", N_("Clause"), NULL },
  { "entry_title|item_title", N_("Matter"), NULL },
  { "due_on", N_("Due"), NULL },
  { "completed_on", N_("Completed"), NULL },
  { "public_record", N_("Public record"), "yes-no" },
  { NULL }
};

static const BerPersonalField history_fields[] = {
  { "changed_at", N_("When"), NULL },
  { "changed_by", N_("By"), NULL },
  { "table_name", N_("Record"), NULL },
  { "row_id", N_("Id"), NULL },
  { "action", N_("Change"), NULL },
  { "changes", N_("Values written"), NULL },
  { NULL }
};


static const BerPersonalSection sections[BER_PERSONAL_N_SECTIONS] = {
  [BER_PERSONAL_ASSIGNMENTS] = { "assignments", N_("Assignments"),
    N_("International assignments the person holds or held, and their mandates."),
    assignment_fields },
  [BER_PERSONAL_CANDIDACIES] = { "candidacies", N_("Candidacies"),
    N_("Positions in networks the person stood for."), assignment_fields },
  [BER_PERSONAL_ATTENDANCE] = { "attendance", N_("Attendance at meetings"),
    N_("The meetings of the region’s bodies whose attendance lists name the person."),
    attendance_fields },
  [BER_PERSONAL_MEETING_ROLES] = { "meeting_roles", N_("Roles in meetings"),
    N_("Meetings the person chaired, checked the minutes of, or kept the minutes of."),
    role_fields },
  [BER_PERSONAL_PRESENTED] = { "presented", N_("Matters presented"),
    N_("Agenda entries the person presented to a body."), entry_fields },
  [BER_PERSONAL_VOTES] = { "votes", N_("Votes"),
    N_("How the person voted when a vote was called."), entry_fields },
  [BER_PERSONAL_STATEMENTS] = { "statements", N_("Reservations and statements"),
    N_("Reservations and statements in minutes written in the person’s name."),
    statement_fields },
  [BER_PERSONAL_MOTIONS] = { "motions", N_("Motions"),
    N_("Motions in minutes moved or supported in the person’s name."), statement_fields },
  [BER_PERSONAL_EVENTS] = { "events", N_("Forum events"),
    N_("International meetings the person attended for the region."), event_fields },
  [BER_PERSONAL_REPORTS] = { "reports", N_("Returned reports"),
    N_("The reports the person owes or returned after international meetings."),
    report_fields },
  [BER_PERSONAL_REPORT_DOCUMENTS] = { "report_documents", N_("Attachments of reports"),
    N_("Files attached to the person’s returned reports."), document_fields },
  [BER_PERSONAL_ITEMS] = { "items", N_("Items handled"),
    N_("Items of which the person is the case officer."), item_fields },
  [BER_PERSONAL_CLAUSES] = { "clauses", N_("Clauses to carry out"),
    N_("Att-clauses that make the person responsible for carrying them out."),
    clause_fields },
  [BER_PERSONAL_HISTORY] = { "history", N_("Change history"),
    N_("Entries of the register’s change history about the person and the rows above: "
       "who changed what, when, and the values written."),
    history_fields },
};

/* Rows */

/* @row with more columns: pairs of a key and a floating value (NULL: left
 * out), ended by NULL. The internal sort keys are left out. */
static GVariant *
with_columns (GVariant   *row,
              const char *first_key,
              ...)
{
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  GVariant *value;
  va_list args;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_iter_init (&iter, row);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      if (!g_str_equal (key, "sort_key") && !g_str_has_suffix (key, "_key"))
        g_variant_builder_add (&builder, "{sv}", key, value);
      g_variant_unref (value);
    }
  va_start (args, first_key);
  for (key = first_key; key != NULL; key = va_arg (args, const char *))
    {
      value = va_arg (args, GVariant *);
      if (value != NULL)
        g_variant_builder_add (&builder, "{sv}", key, value);
    }
  va_end (args);
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

static GVariant *
flag (gboolean value)
{
  return g_variant_new_int64 (value ? 1 : 0);
}

static GVariant *
text_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? g_variant_new_string (text) : NULL;
}

static GPtrArray *
select_rows (BerStore  *store,
             BerQuery  *query,
             GError   **error)
{
  return ber_store_select (store, query, 0, G_MAXUINT, error);
}

static BerQuery *
query_of (const char *source,
          const char *column,
          gint64      id)
{
  BerQuery *query = ber_query_new (source);

  ber_query_add_condition (query, column, BER_QUERY_EQ, g_variant_new_int64 (id));
  ber_query_add_order (query, "id", FALSE);
  return query;
}

/* Rows read once: meetings and agenda entries are shared by many rows. */
typedef struct
{
  BerStore   *store;
  GHashTable *rows;   /* "source:id" → GVariant */
} Cache;

static GVariant *
cached (Cache       *cache,
        const char  *source,
        gint64       id,
        GError     **error)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, source, id);
  GVariant *row = g_hash_table_lookup (cache->rows, key);

  if (row != NULL || id <= 0)
    return row;
  row = ber_store_get (cache->store, source, id, error);
  if (row != NULL)
    g_hash_table_insert (cache->rows, g_steal_pointer (&key), row);
  return row;
}

/* @row with its meeting, and with the paragraph of @entry_id when it is not 0. */
static GVariant *
with_meeting (Cache     *cache,
              GVariant  *row,
              gint64     meeting_id,
              gint64     entry_id,
              gboolean   public_record_if_approved,
              GError   **error)
{
  GVariant *entry = NULL;
  GVariant *meeting;
  gboolean approved;

  if (entry_id > 0)
    {
      entry = cached (cache, "agenda_entry", entry_id, error);
      if (entry == NULL)
        return NULL;
      meeting_id = row_int (entry, "meeting_id");
    }
  meeting = cached (cache, "meeting_list", meeting_id, error);
  if (meeting == NULL)
    return NULL;
  approved = g_str_equal (row_str (meeting, "status"), BER_PERSONAL_MINUTES_APPROVED);
  return with_columns (row,
                       "meeting_held_on", g_variant_new_string (row_str (meeting, "held_on")),
                       "meeting_body", g_variant_new_string (row_str (meeting, "body_name")),
                       "meeting_status", g_variant_new_string (row_str (meeting, "status")),
                       "entry_paragraph", row_int (entry, "paragraph") > 0
                                            ? g_variant_new_int64 (row_int (entry, "paragraph"))
                                            : NULL,
                       "entry_title", text_or_null (row_str (entry, "title")),
                       "public_record", public_record_if_approved ? flag (approved) : NULL,
                       NULL);
}

/* Sections */

static gboolean
add_meeting_rows (Cache       *cache,
                  GPtrArray   *into,
                  GPtrArray   *rows,
                  const char  *meeting_column,
                  const char  *entry_column,
                  GError     **error)
{
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      GVariant *full = with_meeting (
          cache, row, meeting_column != NULL ? row_int (row, meeting_column) : 0,
          entry_column != NULL ? row_int (row, entry_column) : 0, TRUE, error);

      if (full == NULL)
        return FALSE;
      g_ptr_array_add (into, full);
    }
  return TRUE;
}

static gboolean
collect_assignments (Cache      *cache,
                     gint64      person_id,
                     GPtrArray **out,
                     GError    **error)
{
  g_autoptr(BerQuery) query = query_of ("assignment_list", "person_id", person_id);
  g_autoptr(GPtrArray) rows = select_rows (cache->store, query, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gboolean candidacy = *row_str (row, "candidacy") != '\0';

      g_ptr_array_add (out[candidacy ? BER_PERSONAL_CANDIDACIES : BER_PERSONAL_ASSIGNMENTS],
                       with_columns (row, NULL));
    }
  return TRUE;
}

static gboolean
collect_meetings (Cache      *cache,
                  gint64      person_id,
                  GPtrArray **out,
                  GError    **error)
{
  static const char * const roles[] = { "chair", "checker", "secretary" };
  g_autoptr(BerQuery) attendance = query_of ("attendance", "person_id", person_id);
  g_autoptr(BerQuery) presented = query_of ("agenda_entry", "presenter_id", person_id);
  g_autoptr(BerQuery) votes = query_of ("vote", "person_id", person_id);
  g_autoptr(GPtrArray) rows = NULL;

  rows = select_rows (cache->store, attendance, error);
  if (rows == NULL
      || !add_meeting_rows (cache, out[BER_PERSONAL_ATTENDANCE], rows, "meeting_id", NULL, error))
    return FALSE;
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = select_rows (cache->store, presented, error);
  if (rows == NULL
      || !add_meeting_rows (cache, out[BER_PERSONAL_PRESENTED], rows, NULL, "id", error))
    return FALSE;
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = select_rows (cache->store, votes, error);
  if (rows == NULL
      || !add_meeting_rows (cache, out[BER_PERSONAL_VOTES], rows, NULL, "agenda_entry_id", error))
    return FALSE;

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      g_autofree char *column = g_strdup_printf ("%s_id", roles[r]);
      g_autoptr(BerQuery) query = query_of ("meeting_list", column, person_id);
      g_autoptr(GPtrArray) meetings = select_rows (cache->store, query, error);

      if (meetings == NULL)
        return FALSE;
      for (guint i = 0; i < meetings->len; i++)
        {
          GVariant *meeting = g_ptr_array_index (meetings, i);
          g_autoptr(GVariant) role = with_columns (meeting, "meeting_role",
                                                   g_variant_new_string (roles[r]), NULL);
          GVariant *full = with_meeting (cache, role, row_int (meeting, "id"), 0, TRUE, error);

          if (full == NULL)
            return FALSE;
          g_ptr_array_add (out[BER_PERSONAL_MEETING_ROLES], full);
        }
    }
  return TRUE;
}

/* Rows of @source whose @columns hold @name in words, written as it is. */
static gboolean
collect_named (Cache              *cache,
               const char         *source,
               const char * const *columns,
               const char         *name,
               GPtrArray          *into,
               GError            **error)
{
  g_autoptr(BerQuery) query = ber_query_new (source);
  g_autoptr(GPtrArray) rows = NULL;

  ber_query_set_search (query, name, columns);
  ber_query_add_order (query, "id", FALSE);
  rows = select_rows (cache->store, query, error);
  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gboolean named = FALSE;
      GVariant *full;

      for (guint c = 0; columns[c] != NULL; c++)
        named |= strstr (row_str (row, columns[c]), name) != NULL;
      if (!named)
        continue;
      full = with_meeting (cache, row, 0, row_int (row, "agenda_entry_id"), TRUE, error);
      if (full == NULL)
        return FALSE;
      g_ptr_array_add (into, full);
    }
  return TRUE;
}

static gboolean
collect_events (Cache      *cache,
                gint64      person_id,
                GPtrArray  *into,
                GError    **error)
{
  g_autoptr(BerQuery) query = query_of ("event_attendance", "person_id", person_id);
  g_autoptr(GPtrArray) rows = select_rows (cache->store, query, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      GVariant *event = cached (cache, "forum_event", row_int (row, "event_id"), error);

      if (event == NULL)
        return FALSE;
      g_ptr_array_add (into, with_columns (row,
                                           "event_title", text_or_null (row_str (event, "title")),
                                           "event_starts_on",
                                           text_or_null (row_str (event, "starts_on")),
                                           "event_ends_on",
                                           text_or_null (row_str (event, "ends_on")),
                                           "event_place", text_or_null (row_str (event, "place")),
                                           NULL));
    }
  return TRUE;
}

/* A report brought before a body (on an agenda, or presented) is part of
 * the body's papers. */
static gboolean
collect_reports (Cache      *cache,
                 gint64      person_id,
                 GPtrArray **out,
                 GError    **error)
{
  g_autoptr(BerQuery) query = query_of ("report_list", "person_id", person_id);
  g_autoptr(GPtrArray) rows = select_rows (cache->store, query, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gboolean before_body = row_int (row, "agenda_meeting_id") > 0
                             || g_str_equal (row_str (row, "status"), "presented");
      g_autoptr(BerQuery) documents = query_of ("document", "report_id", row_int (row, "id"));
      g_autoptr(GPtrArray) attached = select_rows (cache->store, documents, error);

      if (attached == NULL)
        return FALSE;
      g_ptr_array_add (out[BER_PERSONAL_REPORTS],
                       with_columns (row, "public_record", flag (before_body), NULL));
      for (guint d = 0; d < attached->len; d++)
        g_ptr_array_add (out[BER_PERSONAL_REPORT_DOCUMENTS],
                         with_columns (g_ptr_array_index (attached, d),
                                       "public_record", flag (before_body), NULL));
    }
  return TRUE;
}

static gboolean
collect_papers (Cache      *cache,
                gint64      person_id,
                GPtrArray **out,
                GError    **error)
{
  g_autoptr(BerQuery) items = query_of ("item_list", "case_officer_id", person_id);
  g_autoptr(BerQuery) clauses = query_of ("clause", "responsible_id", person_id);
  g_autoptr(GPtrArray) rows = select_rows (cache->store, items, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);

      g_ptr_array_add (out[BER_PERSONAL_ITEMS],
                       with_columns (row, "public_record",
                                     flag (*row_str (row, "diary_number") != '\0'),
                                     NULL));
    }

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = select_rows (cache->store, clauses, error);
  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      GVariant *full;

      if (row_int (row, "agenda_entry_id") > 0)
        full = with_meeting (cache, row, 0, row_int (row, "agenda_entry_id"), TRUE, error);
      else
        {
          GVariant *item = cached (cache, "item", row_int (row, "item_id"), error);
          const char *diary_number = row_str (item, "diary_number");

          full = item == NULL ? NULL
                 : with_columns (row,
                                 "item_title", text_or_null (row_str (item, "title")),
                                 "item_diary_number", text_or_null (diary_number),
                                 "public_record", flag (*diary_number != '\0'),
                                 NULL);
        }
      if (full == NULL)
        return FALSE;
      g_ptr_array_add (out[BER_PERSONAL_CLAUSES], full);
    }
  return TRUE;
}

/* The change history */

typedef struct
{
  Cache      *cache;
  GHashTable *entries;   /* history id → GVariant */
} History;

/* Takes @found (transfer full), which is %NULL when the read failed. */
static gboolean
add_entries (History    *history,
             GPtrArray  *found)
{
  g_autoptr(GPtrArray) rows = found;

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);

      g_hash_table_insert (history->entries, GSIZE_TO_POINTER (row_int (row, "id")),
                           g_variant_ref (row));
    }
  return rows != NULL;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gsize x = GPOINTER_TO_SIZE (a);
  gsize y = GPOINTER_TO_SIZE (b);

  return x < y ? -1 : x > y;
}

/* Every entry of the history of these rows of @table. */
static gboolean
add_rows_history (History     *history,
                  const char  *table,
                  GHashTable  *ids,
                  GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("history");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_auto(GStrv) texts = NULL;
  GHashTableIter iter;
  gpointer id;

  if (g_hash_table_size (ids) == 0)
    return TRUE;
  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    {
      char text[24];

      g_snprintf (text, sizeof text, "%" G_GSIZE_FORMAT, GPOINTER_TO_SIZE (id));
      g_strv_builder_add (builder, text);
    }
  texts = g_strv_builder_end (builder);
  ber_query_add_condition (query, "table_name", BER_QUERY_EQ, g_variant_new_string (table));
  ber_query_add_in (query, "row_id", (const char * const *) texts);
  rows = select_rows (history->cache->store, query, error);
  return add_entries (history, g_steal_pointer (&rows));
}

const char * const _ber_personal_own_tables[] = {
  "assignment", "attendance", "event_attendance", "report", "vote", NULL
};

const BerPersonalColumn _ber_personal_references[] = {
  { "item", "case_officer_id" },
  { "meeting", "chair_id" },
  { "meeting", "checker_id" },
  { "meeting", "secretary_id" },
  { "agenda_entry", "presenter_id" },
  { "clause", "responsible_id" },
};
const guint _ber_personal_n_references = G_N_ELEMENTS (_ber_personal_references);

const BerPersonalColumn _ber_personal_mentions[] = {
  { "statement", "author" },
  { "motion", "mover" },
  { "motion", "supported_by" },
};
const guint _ber_personal_n_mentions = G_N_ELEMENTS (_ber_personal_mentions);

/* The entries of the person's own row, of the rows that belong to the
 * person (their whole history, the rows since deleted included), and the
 * entries that wrote the person's id or name into another row. */
static void
add_ids (GHashTable *ids,
         GPtrArray  *rows,
         const char *key)
{
  for (guint i = 0; i < rows->len; i++)
    g_hash_table_add (ids, GSIZE_TO_POINTER (row_int (g_ptr_array_index (rows, i), key)));
}

static gboolean
collect_history (Cache       *cache,
                 gint64       person_id,
                 const char  *name,
                 GPtrArray  **out,
                 GError     **error)
{
  g_autoptr(GHashTable) entries = g_hash_table_new_full (NULL, NULL, NULL,
                                                         (GDestroyNotify) g_variant_unref);
  g_autoptr(GHashTable) own = g_hash_table_new (NULL, NULL);
  g_autoptr(GList) ids = NULL;
  History history = { cache, entries };
  GPtrArray *own_rows[] = {
    out[BER_PERSONAL_ASSIGNMENTS], out[BER_PERSONAL_ATTENDANCE], out[BER_PERSONAL_EVENTS],
    out[BER_PERSONAL_REPORTS], out[BER_PERSONAL_VOTES],
  };

  g_hash_table_add (own, GSIZE_TO_POINTER (person_id));
  if (!add_rows_history (&history, "person", own, error))
    return FALSE;

  for (guint t = 0; _ber_personal_own_tables[t] != NULL; t++)
    {
      g_autoptr(GPtrArray) found = ber_store_find_history (cache->store,
                                                           _ber_personal_own_tables[t],
                                                           "person_id",
                                                           g_variant_new_int64 (person_id),
                                                           error);

      if (found == NULL)
        return FALSE;
      g_hash_table_remove_all (own);
      add_ids (own, found, "row_id");
      add_ids (own, own_rows[t], "id");
      /* Candidacies are assignments too. */
      if (t == 0)
        add_ids (own, out[BER_PERSONAL_CANDIDACIES], "id");
      if (!add_rows_history (&history, _ber_personal_own_tables[t], own, error))
        return FALSE;
    }

  /* The attachments of the person's reports. */
  g_hash_table_remove_all (own);
  add_ids (own, out[BER_PERSONAL_REPORT_DOCUMENTS], "id");
  if (!add_rows_history (&history, "document", own, error))
    return FALSE;

  for (guint r = 0; r < _ber_personal_n_references; r++)
    if (!add_entries (&history,
                      ber_store_find_history (cache->store, _ber_personal_references[r].table,
                                              _ber_personal_references[r].column,
                                              g_variant_new_int64 (person_id), error)))
      return FALSE;
  for (guint m = 0; m < _ber_personal_n_mentions && *name != '\0'; m++)
    if (!add_entries (&history,
                      ber_store_find_history (cache->store, _ber_personal_mentions[m].table,
                                              _ber_personal_mentions[m].column,
                                              g_variant_new_string (name), error)))
      return FALSE;

  /* Oldest first, as they were written. */
  ids = g_list_sort (g_hash_table_get_keys (entries), compare_ids);
  for (GList *l = ids; l != NULL; l = l->next)
    g_ptr_array_add (out[BER_PERSONAL_HISTORY],
                     g_variant_ref (g_hash_table_lookup (entries, l->data)));
  return TRUE;
}

/* Public API */

/**
 * ber_persons_collect_personal_data:
 * @person_id: the person
 *
 * Reads everything the register holds about the person, as of now, in one
 * read: what the extract of ber-person-export.c prints and writes as JSON,
 * and what ber_persons_plan_erasure() weighs.
 *
 * Returns: (transfer full): the data, or %NULL with @error set
 *   (%BER_STORE_ERROR_NOT_FOUND when there is no such person)
 */
BerPersonalData *
ber_persons_collect_personal_data (BerPersons  *self,
                                   gint64       person_id,
                                   GError     **error)
{
  return _ber_persons_collect_personal_data (self, person_id, TRUE, error);
}

/* Without the history, which is read by searching the values of every
 * change: quick enough for the main thread at any size of register. */
BerPersonalData *
_ber_persons_collect_personal_data (BerPersons  *self,
                                    gint64       person_id,
                                    gboolean     with_history,
                                    GError     **error)
{
  BerStore *store;
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GVariant) person = NULL;
  g_autoptr(BerPersonalData) data = NULL;
  GPtrArray *out[BER_PERSONAL_N_SECTIONS];
  Cache cache;
  gboolean ok;

  g_return_val_if_fail (BER_IS_PERSONS (self), NULL);

  store = ber_service_get_store (BER_SERVICE (self));
  person = ber_store_get (store, "person", person_id, error);
  if (person == NULL)
    return NULL;

  data = g_new0 (BerPersonalData, 1);
  data->date = g_strdup (ber_service_get_today (BER_SERVICE (self)));
  data->person = with_columns (person, NULL);
  data->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < BER_PERSONAL_N_SECTIONS; i++)
    {
      out[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
      g_ptr_array_add (data->sections, out[i]);
    }

  rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_variant_unref);
  cache.store = store;
  cache.rows = rows;
  ok = collect_assignments (&cache, person_id, out, error)
       && collect_meetings (&cache, person_id, out, error)
       && collect_named (&cache, "statement_list", (const char * const[]) { "author", NULL },
                         row_str (person, "name"), out[BER_PERSONAL_STATEMENTS], error)
       && collect_named (&cache, "motion", (const char * const[]) { "mover", "supported_by", NULL },
                         row_str (person, "name"), out[BER_PERSONAL_MOTIONS], error)
       && collect_events (&cache, person_id, out[BER_PERSONAL_EVENTS], error)
       && collect_reports (&cache, person_id, out, error)
       && collect_papers (&cache, person_id, out, error)
       && (!with_history
           || collect_history (&cache, person_id, row_str (person, "name"), out, error));
  if (!ok)
    return NULL;
  return g_steal_pointer (&data);
}

void
ber_personal_data_free (BerPersonalData *data)
{
  if (data == NULL)
    return;
  g_free (data->date);
  g_clear_pointer (&data->person, g_variant_unref);
  g_clear_pointer (&data->sections, g_ptr_array_unref);
  g_free (data);
}

/* Returns: (transfer none): the person's record, a{sv} */
GVariant *
ber_personal_data_get_person (BerPersonalData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  return data->person;
}

/* The day the data was read, YYYY-MM-DD. */
const char *
ber_personal_data_get_date (BerPersonalData *data)
{
  g_return_val_if_fail (data != NULL, NULL);
  return data->date;
}

guint
ber_personal_data_get_n_sections (BerPersonalData *data)
{
  g_return_val_if_fail (data != NULL, 0);
  return data->sections->len;
}

const BerPersonalSection *
ber_personal_data_get_section (BerPersonalData *data,
                               guint            index)
{
  g_return_val_if_fail (data != NULL && index < data->sections->len, NULL);
  return &sections[index];
}

/* Returns: (transfer none) (element-type GVariant): the rows of a part, a{sv} each */
GPtrArray *
ber_personal_data_get_rows (BerPersonalData *data,
                            guint            index)
{
  g_return_val_if_fail (data != NULL && index < data->sections->len, NULL);
  return g_ptr_array_index (data->sections, index);
}

/* Returns: (transfer none) (nullable): the rows of the part named @key */
GPtrArray *
ber_personal_data_find_rows (BerPersonalData *data,
                             const char      *key)
{
  g_return_val_if_fail (data != NULL && key != NULL, NULL);

  for (guint i = 0; i < data->sections->len; i++)
    if (g_str_equal (sections[i].key, key))
      return g_ptr_array_index (data->sections, i);
  return NULL;
}
