/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-agenda"

#include "config.h"

#include <string.h>

#include "ber-agenda-private.h"
#include "ber-date.h"
#include "ber-labels.h"
#include "ber-report-logic.h"

/*
 * The minutes of a meeting: decisions with their clauses, distribution and
 * statements, attendance, the minutes themselves, and the follow-up of the
 * decisions' assignments.
 */

/* Minutes */

gboolean
ber_agenda_require_minutes_open (GVariant  *meeting,
                                 GError   **error)
{
  const char *status = ber_row_text (meeting, "status");

  if (g_str_equal (status, "agenda-locked") || g_str_equal (status, "held"))
    return TRUE;
  if (g_str_equal (status, "planned"))
    return ber_service_refuse (error, _("Lock the agenda before recording the minutes."));
  g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
               _("The minutes of the meeting of %s on %s are already approved."),
               ber_row_text (meeting, "body_name"), ber_row_text (meeting, "held_on"));
  return FALSE;
}

/* Minutes are of a meeting that took place: from its day on. */
static gboolean
require_day_come (BerStore  *store,
                  GVariant  *meeting,
                  GError   **error)
{
  const char *held_on = ber_row_text (meeting, "held_on");

  if (strcmp (held_on, ber_store_get_today (store)) <= 0)
    return TRUE;
  g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
               _("The meeting of %s on %s has not taken place yet. Its minutes can be recorded "
                 "from the day of the meeting."),
               ber_row_text (meeting, "body_name"), held_on);
  return FALSE;
}

/**
 * ber_agenda_meeting_has_taken_place:
 * @meeting: a meeting_list or meeting row
 * @today: the register's today
 *
 * Whether the meeting has taken place as far as the register knows: its
 * minutes are recorded (held or approved), which they can be only from the
 * day of the meeting, and that day has come. A decision entered beforehand
 * is a draft until then.
 */
gboolean
ber_agenda_meeting_has_taken_place (GVariant   *meeting,
                                    const char *today)
{
  const char *status = ber_row_text (meeting, "status");

  return (g_str_equal (status, "held") || g_str_equal (status, "minutes-approved"))
         && today != NULL && strcmp (ber_row_text (meeting, "held_on"), today) <= 0;
}

static GPtrArray *
entry_clauses (BerStore   *store,
               const char *owner_column,
               gint64      owner_id,
               GError    **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("clause");

  ber_query_add_condition (query, owner_column, BER_QUERY_EQ, V_INT (owner_id));
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return select_all (store, query, error);
}

static gboolean
replace_decision_clauses (BerStore           *store,
                          GVariant           *entry,
                          const char         *decision,
                          const char * const *clauses,
                          GError            **error)
{
  gint64 entry_id = ber_row_integer (entry, "id");
  g_autoptr(GPtrArray) old = entry_clauses (store, "agenda_entry_id", entry_id, error);
  g_autoptr(GPtrArray) proposal = NULL;
  guint position = 0;

  if (old == NULL)
    return FALSE;
  for (guint i = 0; i < old->len; i++)
    if (!ber_store_delete (store, "clause", ber_row_integer (g_ptr_array_index (old, i), "id"), error))
      return FALSE;

  if (g_str_equal (decision, "as-proposed") && ber_row_integer (entry, "item_id") != 0)
    {
      proposal = entry_clauses (store, "item_id", ber_row_integer (entry, "item_id"), error);
      if (proposal == NULL)
        return FALSE;
      for (guint i = 0; i < proposal->len; i++)
        {
          GVariant *clause = g_ptr_array_index (proposal, i);
          gint64 responsible = ber_row_integer (clause, "responsible_id");
          const char *due_on = ber_row_text (clause, "due_on");

          if (ber_store_insert (store, "clause",
                                ber_store_values ("agenda_entry_id", V_INT (entry_id),
                                             "position", V_INT (++position),
                                             "text", V_STR (ber_row_text (clause, "text")),
                                             "responsible_id",
                                             responsible != 0 ? V_INT (responsible) : NULL,
                                             "due_on", *due_on ? V_STR (due_on) : NULL, NULL),
                                error) == 0)
            return FALSE;
        }
      return TRUE;
    }

  for (guint i = 0; clauses != NULL && clauses[i] != NULL; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (clauses[i]));

      if (*text == '\0')
        continue;
      if (ber_store_insert (store, "clause",
                            ber_store_values ("agenda_entry_id", V_INT (entry_id),
                                         "position", V_INT (++position),
                                         "text", V_STR (text), NULL),
                            error) == 0)
        return FALSE;
    }
  return TRUE;
}

/**
 * ber_agenda_record_decision:
 * @decision: a BER_CHOICES_DECISION value, or NULL to clear it
 * @clauses: (nullable): the decision's att-clauses when @decision is
 *   "amended" (required then), or any other but "as-proposed"
 *
 * Records the decision on one entry of a locked agenda. "as-proposed" copies
 * the item's proposal clauses as the decision's. The item itself moves on
 * when the minutes are recorded.
 */
gboolean
ber_agenda_record_decision (BerStore           *store,
                            gint64              entry_id,
                            const char         *decision,
                            const char         *note,
                            const char * const *clauses,
                            GError            **error)
{
  g_autoptr(GVariant) entry = ber_store_get (store, "agenda_entry", entry_id, error);
  g_autoptr(GVariant) meeting = NULL;
  gboolean has_clause = FALSE;
  gboolean ok;

  if (entry == NULL
      || (meeting = get_meeting (store, ber_row_integer (entry, "meeting_id"), error)) == NULL
      || !ber_agenda_require_minutes_open (meeting, error))
    return FALSE;
  if (decision != NULL && ber_choice_index (BER_CHOICES_DECISION, decision) < 0)
    return ber_service_refuse (error, _("Unknown decision."));

  for (guint i = 0; clauses != NULL && clauses[i] != NULL && !has_clause; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (clauses[i]));

      has_clause = *text != '\0';
    }
  if (g_strcmp0 (decision, "amended") == 0 && !has_clause)
    return ber_service_refuse (error, _("An amended decision needs at least one att-clause."));

  if (!ber_store_begin (store, error))
    return FALSE;
  ok = ber_store_update (store, "agenda_entry", entry_id,
                         ber_store_values ("decision",
                                      decision != NULL ? V_STR (decision) : V_NULL_STR,
                                      "decision_note", V_STR (note != NULL ? note : ""), NULL),
                         error)
       && replace_decision_clauses (store, entry, decision != NULL ? decision : "", clauses,
                                    error);
  return ber_service_commit_or_rollback (store, ok, error);
}

/**
 * ber_agenda_set_attendance:
 *
 * Replaces the meeting's attendance list.
 */
gboolean
ber_agenda_set_attendance (BerStore          *store,
                           gint64             meeting_id,
                           const BerAttendee *attendees,
                           guint              n_attendees,
                           GError           **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("attendance");
  g_autoptr(GPtrArray) old = NULL;
  gboolean ok = TRUE;

  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, V_INT (meeting_id));
  if ((old = select_all (store, query, error)) == NULL || !ber_store_begin (store, error))
    return FALSE;
  for (guint i = 0; ok && i < old->len; i++)
    ok = ber_store_delete (store, "attendance", ber_row_integer (g_ptr_array_index (old, i), "id"), error);
  for (guint i = 0; ok && i < n_attendees; i++)
    ok = ber_store_insert (store, "attendance",
                           ber_store_values ("meeting_id", V_INT (meeting_id),
                                        "person_id", V_INT (attendees[i].person_id),
                                        "role",
                                        V_STR (attendees[i].role != NULL ? attendees[i].role
                                                                         : "member"),
                                        "present", V_INT (attendees[i].present ? 1 : 0), NULL),
                           error) != 0;
  return ber_service_commit_or_rollback (store, ok, error);
}

/**
 * ber_agenda_set_distribution:
 *
 * Replaces the entry's distribution list (Exp till).
 */
gboolean
ber_agenda_set_distribution (BerStore           *store,
                             gint64              entry_id,
                             const char * const *recipients,
                             GError            **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("distribution");
  g_autoptr(GPtrArray) old = NULL;
  gboolean ok = TRUE;

  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_EQ, V_INT (entry_id));
  if ((old = select_all (store, query, error)) == NULL || !ber_store_begin (store, error))
    return FALSE;
  for (guint i = 0; ok && i < old->len; i++)
    ok = ber_store_delete (store, "distribution", ber_row_integer (g_ptr_array_index (old, i), "id"),
                           error);
  for (guint i = 0; ok && recipients != NULL && recipients[i] != NULL; i++)
    {
      g_autofree char *recipient = g_strstrip (g_strdup (recipients[i]));

      if (*recipient != '\0')
        ok = ber_store_insert (store, "distribution",
                               ber_store_values ("agenda_entry_id", V_INT (entry_id),
                                            "recipient", V_STR (recipient), NULL),
                               error) != 0;
    }
  return ber_service_commit_or_rollback (store, ok, error);
}

/**
 * ber_agenda_list_statements:
 *
 * Returns: (transfer full): the entry's statement rows (reservations,
 *   statements for the minutes, special opinions) in order.
 */
GPtrArray *
ber_agenda_list_statements (BerStore  *store,
                            gint64     entry_id,
                            GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("statement");

  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_EQ, V_INT (entry_id));
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return select_all (store, query, error);
}

static gboolean
check_statements (GPtrArray              *old,
                  const BerStatementSpec *statements,
                  guint                   n_statements,
                  GError                **error)
{
  for (guint i = 0; i < n_statements; i++)
    {
      g_autofree char *author = g_strstrip (g_strdup (statements[i].author != NULL
                                                        ? statements[i].author : ""));
      gboolean known = statements[i].id == 0;

      if (ber_choice_index (BER_CHOICES_STATEMENT_KIND, statements[i].kind) < 0)
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("Reservation or statement %u has an unknown kind “%s”. Choose "
                         "Reservation, Statement for the Minutes or Special Opinion."),
                       i + 1, statements[i].kind != NULL ? statements[i].kind : "");
          return FALSE;
        }
      if (*author == '\0')
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("Reservation or statement %u has no author. Write who makes it: a "
                         "name and/or party, such as “Anna Berg (M)”."),
                       i + 1);
          return FALSE;
        }
      for (guint k = 0; !known && k < old->len; k++)
        known = ber_row_integer (g_ptr_array_index (old, k), "id") == statements[i].id;
      if (!known)
        return ber_service_refuse (error, _("A reservation or statement was removed in another "
                                   "window. Close the dialog and open it again."));
    }
  return TRUE;
}

/* Writes one statement at @position: inserted, or only the columns that changed. */
static gboolean
write_statement (BerStore               *store,
                 gint64                  entry_id,
                 GPtrArray              *old,
                 const BerStatementSpec *spec,
                 guint                   position,
                 GError                **error)
{
  g_autofree char *author = g_strstrip (g_strdup (spec->author));
  g_autofree char *text = g_strstrip (g_strdup (spec->text != NULL ? spec->text : ""));
  GVariant *row = NULL;

  if (spec->id == 0)
    return ber_store_insert (store, "statement",
                             ber_store_values ("agenda_entry_id", V_INT (entry_id),
                                               "position", V_INT (position),
                                               "kind", V_STR (spec->kind),
                                               "author", V_STR (author),
                                               "text", V_STR (text), NULL),
                             error) != 0;

  for (guint k = 0; row == NULL && k < old->len; k++)
    if (ber_row_integer (g_ptr_array_index (old, k), "id") == spec->id)
      row = g_ptr_array_index (old, k);
  if (ber_row_integer (row, "position") == position && g_str_equal (ber_row_text (row, "kind"), spec->kind)
      && g_str_equal (ber_row_text (row, "author"), author)
      && g_str_equal (ber_row_text (row, "text"), text))
    return TRUE;

  return ber_store_update (store, "statement", spec->id,
                           ber_store_values ("position",
                                             ber_row_integer (row, "position") != position
                                               ? V_INT (position) : NULL,
                                             "kind",
                                             !g_str_equal (ber_row_text (row, "kind"), spec->kind)
                                               ? V_STR (spec->kind) : NULL,
                                             "author",
                                             !g_str_equal (ber_row_text (row, "author"), author)
                                               ? V_STR (author) : NULL,
                                             "text",
                                             !g_str_equal (ber_row_text (row, "text"), text)
                                               ? V_STR (text) : NULL,
                                             NULL),
                           error);
}

/**
 * ber_agenda_set_statements:
 * @statements: (array length=n_statements): the entry's reservations and
 *   statements in the order the minutes print them
 *
 * Replaces the reservations, statements for the minutes and special
 * opinions under the entry's decision while the minutes are open. A spec
 * with an id keeps its row (and its history); rows not named are removed.
 */
gboolean
ber_agenda_set_statements (BerStore               *store,
                           gint64                  entry_id,
                           const BerStatementSpec *statements,
                           guint                   n_statements,
                           GError                **error)
{
  g_autoptr(GVariant) entry = ber_store_get (store, "agenda_entry", entry_id, error);
  g_autoptr(GVariant) meeting = NULL;
  g_autoptr(GPtrArray) old = NULL;
  gboolean ok = TRUE;

  if (entry == NULL
      || (meeting = get_meeting (store, ber_row_integer (entry, "meeting_id"), error)) == NULL
      || !ber_agenda_require_minutes_open (meeting, error)
      || !ber_store_begin (store, error))
    return FALSE;

  /* Read inside the transaction, so the ids checked are the ids written. */
  old = ber_agenda_list_statements (store, entry_id, error);
  ok = old != NULL && check_statements (old, statements, n_statements, error);
  for (guint k = 0; ok && k < old->len; k++)
    {
      gint64 id = ber_row_integer (g_ptr_array_index (old, k), "id");
      gboolean kept = FALSE;

      for (guint i = 0; !kept && i < n_statements; i++)
        kept = statements[i].id == id;
      if (!kept)
        ok = ber_store_delete (store, "statement", id, error);
    }
  for (guint i = 0; ok && i < n_statements; i++)
    ok = write_statement (store, entry_id, old, &statements[i], i + 1, error);
  return ber_service_commit_or_rollback (store, ok, error);
}

/* Moves each item on the agenda on by its decision. */
static gboolean
move_items_on (BerStore  *store,
               GVariant  *meeting,
               GPtrArray *entries,
               GError   **error)
{
  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (entries, i);
      gint64 item_id = ber_row_integer (entry, "item_id");
      g_autoptr(GVariant) item = NULL;
      g_autofree char *reason = NULL;
      const char *to;

      if (item_id == 0)
        continue;
      if ((item = ber_store_get (store, "item", item_id, error)) == NULL)
        return FALSE;
      if (!g_str_equal (ber_row_text (item, "status"), "on-agenda"))
        continue;
      to = g_str_equal (ber_row_text (entry, "decision"), "tabled") ? "ready" : "decided";
      /* Translators: why an item moved, "§ 12, meeting of RS on 2026-05-12" */
      reason = g_strdup_printf (_("§ %d, meeting of %s on %s"), (int) ber_row_integer (entry, "paragraph"),
                                ber_row_text (meeting, "body_short_name"),
                                ber_row_text (meeting, "held_on"));
      if (!ber_agenda_record_transition (store, item_id, "on-agenda", to, reason, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ber_agenda_record_minutes:
 *
 * Records the minutes: checker, justering and anslag dates. Every matter
 * needs its decision. The meeting becomes held, or minutes-approved once
 * approved_on is set; decided items move to decided, tabled ones back to
 * ready; returned reports on the agenda become presented.
 */
gboolean
ber_agenda_record_minutes (BerStore             *store,
                           gint64                meeting_id,
                           const BerMinutesSpec *spec,
                           GError              **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(GPtrArray) entries = NULL;
  const char *approved_on = spec->approved_on != NULL && *spec->approved_on ? spec->approved_on
                                                                             : NULL;
  const char *posted_on = spec->posted_on != NULL && *spec->posted_on ? spec->posted_on : NULL;
  gboolean ok;

  if (meeting == NULL || !ber_agenda_require_minutes_open (meeting, error)
      || !require_day_come (store, meeting, error)
      || (entries = ber_agenda_list_entries (store, meeting_id, error)) == NULL)
    return FALSE;

  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (entries, i);

      if (g_str_equal (ber_row_text (entry, "kind"), "item") && *ber_row_text (entry, "decision") == '\0')
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("§ %d “%s” has no decision yet. Choose Decision… to record it."), (int) ber_row_integer (entry, "paragraph"),
                       ber_row_text (entry, "title"));
          return FALSE;
        }
    }
  if (approved_on != NULL && strcmp (approved_on, ber_row_text (meeting, "held_on")) < 0)
    return ber_service_refuse (error, _("The minutes cannot be approved before the meeting."));
  if (posted_on != NULL && approved_on == NULL)
    return ber_service_refuse (error, _("The minutes must be approved before they are posted."));
  if (posted_on != NULL && strcmp (posted_on, approved_on) < 0)
    return ber_service_refuse (error, _("The minutes cannot be posted before they are approved."));

  if (!ber_store_begin (store, error))
    return FALSE;
  ok = ber_store_update (store, "meeting", meeting_id,
                         ber_store_values ("checker_id", v_id_or_null (spec->checker_id),
                                      "approved_on", v_date_or_null (approved_on),
                                      "posted_on", v_date_or_null (posted_on),
                                      "status",
                                      V_STR (approved_on != NULL ? "minutes-approved" : "held"),
                                      NULL),
                         error)
       && move_items_on (store, meeting, entries, error)
       && ber_reports_mark_presented (store, meeting_id, error);
  return ber_service_commit_or_rollback (store, ok, error);
}

/* Follow-up */

/**
 * ber_clause_gives_assignment:
 *
 * Whether an att-clause gives someone an assignment: "att uppdra åt …",
 * "att ge … i uppdrag att …".
 */
gboolean
ber_clause_gives_assignment (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_strdown (text, -1);
  g_strstrip (folded);
  return g_str_has_prefix (folded, "att uppdra") || strstr (folded, "uppdra åt") != NULL
         || strstr (folded, "i uppdrag") != NULL;
}

/* Late once the due day has passed without the clause being done. */
gboolean
ber_clause_is_late (const char *due_on,
                    const char *completed_on,
                    const char *today)
{
  return (completed_on == NULL || *completed_on == '\0') && due_on != NULL && *due_on != '\0'
         && today != NULL && strcmp (due_on, today) < 0;
}

/**
 * _ber_agenda_clause_context:
 * @dict: (out caller-allocates): initialised here on success
 *
 * Starts the row of a decided @clause as its follow-up is listed: the
 * clause's columns with its meeting, the body, the agenda entry's title and
 * paragraph, and the responsible person's name. Each caller adds how late
 * it is, in the type its readers expect.
 */
gboolean
_ber_agenda_clause_context (BerStore      *store,
                            GVariant      *clause,
                            GVariant      *entry,
                            GVariant      *meeting,
                            GVariantDict  *dict,
                            GError       **error)
{
  g_autoptr(GVariant) person = NULL;
  gint64 responsible = ber_row_integer (clause, "responsible_id");

  if (responsible != 0 && (person = ber_store_get (store, "person", responsible, error)) == NULL)
    return FALSE;

  g_variant_dict_init (dict, clause);
  g_variant_dict_insert (dict, "meeting_id", "x", ber_row_integer (meeting, "id"));
  g_variant_dict_insert (dict, "held_on", "s", ber_row_text (meeting, "held_on"));
  g_variant_dict_insert (dict, "body_name", "s", ber_row_text (meeting, "body_name"));
  g_variant_dict_insert (dict, "body_short_name", "s", ber_row_text (meeting, "body_short_name"));
  g_variant_dict_insert (dict, "entry_title", "s", ber_row_text (entry, "title"));
  g_variant_dict_insert (dict, "paragraph", "x", ber_row_integer (entry, "paragraph"));
  g_variant_dict_insert (dict, "responsible_name", "s", ber_row_text (person, "name"));
  return TRUE;
}

/* The follow-up row of @clause into @row, or %NULL there when its meeting
 * has not taken place: an assignment is given at the meeting. */
static gboolean
followup_row (BerStore  *store,
              GVariant  *clause,
              GVariant **row,
              GError   **error)
{
  g_autoptr(GVariant) entry = NULL;
  g_autoptr(GVariant) meeting = NULL;
  GVariantDict dict;

  *row = NULL;
  if ((entry = ber_store_get (store, "agenda_entry", ber_row_integer (clause, "agenda_entry_id"), error))
        == NULL
      || (meeting = get_meeting (store, ber_row_integer (entry, "meeting_id"), error)) == NULL)
    return FALSE;
  if (!ber_agenda_meeting_has_taken_place (meeting, ber_store_get_today (store)))
    return TRUE;
  if (!_ber_agenda_clause_context (store, clause, entry, meeting, &dict, error))
    return FALSE;
  g_variant_dict_insert (&dict, "late", "b",
                         ber_clause_is_late (ber_row_text (clause, "due_on"), NULL,
                                             ber_store_get_today (store)));
  *row = g_variant_ref_sink (g_variant_dict_end (&dict));
  return TRUE;
}

/**
 * ber_agenda_followup_list:
 * @late_only: only the clauses whose due date has passed
 *
 * The decision clauses still to be carried out: those that give an
 * assignment or have a responsible person, not completed, decided at a
 * meeting that has taken place (ber_agenda_meeting_has_taken_place()): a
 * decision entered before is no assignment yet. Each row is the
 * clause's columns plus meeting_id, held_on, body_name, body_short_name,
 * entry_title, paragraph, responsible_name and late (b). Earliest due first;
 * those without a due date last.
 *
 * Returns: (transfer full): the rows, or NULL with @error set.
 */
GPtrArray *
ber_agenda_followup_list (BerStore *store,
                          gboolean  late_only,
                          GError  **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("clause");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) dated = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autoptr(GPtrArray) undated = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  GPtrArray *result;

  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_NOT_NULL, NULL);
  ber_query_add_condition (query, "completed_on", BER_QUERY_IS_NULL, NULL);
  ber_query_add_order (query, "due_on", FALSE);
  ber_query_add_order (query, "id", FALSE);
  if ((rows = select_all (store, query, error)) == NULL)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *clause = g_ptr_array_index (rows, i);
      GVariant *row;

      if (ber_row_integer (clause, "responsible_id") == 0
          && !ber_clause_gives_assignment (ber_row_text (clause, "text")))
        continue;
      if (late_only
          && !ber_clause_is_late (ber_row_text (clause, "due_on"), NULL, ber_store_get_today (store)))
        continue;
      if (!followup_row (store, clause, &row, error))
        return NULL;
      if (row != NULL)
        g_ptr_array_add (*ber_row_text (clause, "due_on") ? dated : undated, row);
    }

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  for (guint i = 0; i < dated->len; i++)
    g_ptr_array_add (result, g_variant_ref (g_ptr_array_index (dated, i)));
  for (guint i = 0; i < undated->len; i++)
    g_ptr_array_add (result, g_variant_ref (g_ptr_array_index (undated, i)));
  return result;
}

static gboolean
require_decision_clause (BerStore *store,
                         gint64    clause_id,
                         GError  **error)
{
  g_autoptr(GVariant) clause = ber_store_get (store, "clause", clause_id, error);

  if (clause == NULL)
    return FALSE;
  if (ber_row_integer (clause, "agenda_entry_id") == 0)
    return ber_service_refuse (error, _("Only a decision’s att-clauses are followed up."));
  return TRUE;
}

gboolean
ber_agenda_set_clause_followup (BerStore   *store,
                                gint64      clause_id,
                                gint64      responsible_id,
                                const char *due_on,
                                GError    **error)
{
  if (!require_decision_clause (store, clause_id, error))
    return FALSE;
  if (due_on != NULL && *due_on != '\0' && !ber_date_is_valid (due_on))
    return ber_service_refuse (error, _("The due date is not a valid date."));
  return ber_store_update (store, "clause", clause_id,
                           ber_store_values ("responsible_id", v_id_or_null (responsible_id),
                                        "due_on", v_date_or_null (due_on), NULL),
                           error);
}

/**
 * ber_agenda_mark_clause_done:
 * @completed_on: (nullable): ISO date; NULL for the store's today
 */
gboolean
ber_agenda_mark_clause_done (BerStore   *store,
                             gint64      clause_id,
                             const char *completed_on,
                             GError    **error)
{
  if (!require_decision_clause (store, clause_id, error))
    return FALSE;
  if (completed_on == NULL || *completed_on == '\0')
    completed_on = ber_store_get_today (store);
  return ber_store_update (store, "clause", clause_id,
                           ber_store_values ("completed_on", V_STR (completed_on), NULL), error);
}

