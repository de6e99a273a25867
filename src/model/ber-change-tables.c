/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-changes"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-body.h"
#include "ber-changes-private.h"
#include "ber-item.h"
#include "ber-meeting.h"
#include "ber-network.h"
#include "ber-person.h"
#include "ber-report.h"

/*
 * How the change history reads to a person: what each table's records are
 * called, the words for their columns (the labels their forms show), how a
 * column's values read, which record names a row, and which record's page
 * shows it. A column not named here reads by its name.
 */

typedef struct
{
  const char *table;
  const char *kind;          /* what a record of the table is, untranslated */
  const char *label_column;  /* the column that names a record, or NULL */
} TableInfo;

static const TableInfo table_infos[] = {
  { "item", N_("Item"), "title" },
  { "meeting", N_("Meeting"), NULL },
  { "agenda_entry", N_("Agenda Entry"), "title" },
  { "network", N_("Network"), "name" },
  { "membership", N_("Membership"), NULL },
  { "fee", N_("Fee"), NULL },
  { "network_body", N_("Network Body"), "name" },
  { "network_review", N_("Membership Review"), NULL },
  { "person", N_("Person"), "name" },
  { "assignment", N_("Assignment"), NULL },
  { "report", N_("Returned Report"), NULL },
  { "forum_event", N_("Forum Meeting"), "title" },
  { "event_attendance", N_("Forum Attendance"), NULL },
  { "body", N_("Body"), "name" },
  { "subject_area", N_("Subject Area"), "name" },
  { "routing_rule", N_("Routing Rule"), NULL },
  { "agenda_template_point", N_("Standing Point"), "title" },
  { "attendance", N_("Attendance"), NULL },
  { "item_transition", N_("Status Change"), NULL },
  { "clause", N_("Att-Clause"), "text" },
  { "distribution", N_("Distribution"), "recipient" },
  { "document", N_("Document"), "title" },
  { "influence_question", N_("Influence Question"), "title" },
  { "report_influence_question", N_("Position on an Influence Question"), NULL },
  { "statement", N_("Statement"), "author" },
  { "organisation", N_("Organisation"), "name" },
  { "motion", N_("Motion"), "mover" },
  { "vote", N_("Vote"), NULL },
  { "goal", N_("Agenda 2030 Goal"), "title" },
};

/* The words for columns, in every table that has them, in the order a
 * change lists its fields: what names the record first, as the forms do. */
static const struct
{
  const char *column;
  const char *label;
} column_labels[] = {
  { "name", N_("Name") },
  { "short_name", N_("Short Name") },
  { "acronym", N_("Acronym") },
  { "kind", N_("Kind") },
  { "type", N_("Type") },
  { "title", N_("Title") },
  { "body_id", N_("Body") },
  { "person_id", N_("Person") },
  { "network_id", N_("Network") },
  { "held_on", N_("Date") },
  { "starts_at", N_("Time") },
  { "place", N_("Place") },
  { "description", N_("Description") },
  { "website", N_("Website") },
  { "scope", N_("Scope") },
  { "contact", N_("Contact") },
  { "notes", N_("Notes") },
  { "note", N_("Note") },
  { "email", N_("E-mail") },
  { "phone", N_("Phone") },
  { "party", N_("Party") },
  { "department", N_("Department") },
  { "status", N_("Status") },
  { "status_reason", N_("Reason for the Status") },
  { "diary_number", N_("Diary Number") },
  { "diary_year", N_("Diary Year") },
  { "diary_body_id", N_("Diary Body") },
  { "received_on", N_("Received") },
  { "reply_by", N_("Reply By") },
  { "subject_area_id", N_("Subject Area") },
  { "case_officer_id", N_("Case Officer") },
  { "assessment", N_("Assessment") },
  { "relevant", N_("Relevant") },
  { "recommended_body_id", N_("Recommended Body") },
  { "routed_body_id", N_("Routed To") },
  { "confidential", N_("Confidential") },
  { "secrecy_ground", N_("Ground for Secrecy") },
  { "paper_date", N_("Date of the Board Paper") },
  { "responsible_body_id", N_("Responsible Body") },
  { "next_review_on", N_("Next Review") },
  { "established_on", N_("Established") },
  { "dissolved_on", N_("Dissolved") },
  { "agenda_deadline_days", N_("Agenda Deadline (Days)") },
  { "agenda_deadline", N_("Agenda Deadline") },
  { "due_on", N_("Due") },
  { "forum", N_("Forum") },
  { "positions", N_("Positions Taken") },
  { "continued_work", N_("Continued Work in the Forum") },
  { "home_work", N_("Work at Home") },
  { "subject_areas", N_("Subject Areas Dealt With") },
  { "chair_id", N_("Chair") },
  { "checker_id", N_("Minutes Checker") },
  { "secretary_id", N_("Secretary") },
  { "approved_on", N_("Minutes Approved") },
  { "posted_on", N_("Posted") },
  { "meeting_id", N_("Meeting") },
  { "item_id", N_("Item") },
  { "report_id", N_("Returned Report") },
  { "minutes_meeting_id", N_("Minutes of") },
  { "presenter_id", N_("Presenter") },
  { "estimated_minutes", N_("Minutes Needed") },
  { "paragraph", N_("Paragraph") },
  { "paragraph_body_id", N_("Paragraph Series") },
  { "paragraph_year", N_("Paragraph Year") },
  { "decision", N_("Decision") },
  { "decision_note", N_("Decision Note") },
  { "adopted_motion_id", N_("Adopted Motion") },
  { "voted", N_("Vote Taken") },
  { "vote_yes_motion_id", N_("Yes Means") },
  { "vote_no_motion_id", N_("No Means") },
  { "via_network_id", N_("Through") },
  { "from_on", N_("From") },
  { "to_on", N_("Until") },
  { "deciding_body_id", N_("Deciding Body") },
  { "decision_reference", N_("Decision") },
  { "activity", N_("Activity") },
  { "notice_period", N_("Notice Period") },
  { "year", N_("Year") },
  { "amount", N_("Amount") },
  { "currency", N_("Currency") },
  { "sek_rate", N_("Rate in SEK") },
  { "reviewed_on", N_("Reviewed") },
  { "outcome", N_("Outcome") },
  { "network_body_id", N_("Network Body") },
  { "role", N_("Role") },
  { "mandate", N_("Mandate") },
  { "appointing_body_id", N_("Appointing Body") },
  { "candidacy", N_("Candidacy") },
  { "starts_on", N_("Starts") },
  { "ends_on", N_("Ends") },
  { "event_id", N_("Forum Meeting") },
  { "assignment_id", N_("Assignment") },
  { "presented_on", N_("Presented") },
  { "reminded_on", N_("Reminded") },
  { "file_path", N_("File") },
  { "plan_body_id", N_("In the Plan of") },
  { "priority", N_("Priority") },
  { "plan", N_("Plan") },
  { "action_plan", N_("Action Plan") },
  { "position", N_("Position Taken") },
  { "responsible_id", N_("Responsible") },
  { "completed_on", N_("Completed") },
  { "recipient", N_("Recipient") },
  { "present", N_("Present") },
  { "seats", N_("Seats") },
  { "from_status", N_("From Status") },
  { "to_status", N_("To Status") },
  { "reason", N_("Reason") },
  { "changed_at", N_("Changed") },
  { "changed_by", N_("Changed By") },
  { "item_type", N_("Item Type") },
  { "placement", N_("Placement") },
  { "unit", N_("Unit") },
  { "address", N_("Address") },
  { "logo", N_("Logo") },
  { "logo_type", N_("Logo Format") },
  { "mover", N_("Moved By") },
  { "supported_by", N_("Supported By") },
  { "choice", N_("Vote") },
  { "text", N_("Text") },
  { "author", N_("Author") },
  { "agenda_entry_id", N_("Agenda Entry") },
  { "motion_id", N_("Motion") },
  { "influence_question_id", N_("Influence Question") },
  { "goal_id", N_("Agenda 2030 Goal") },
};

/* The records an id column refers to, where its name does not say. */
static const struct
{
  const char *column;
  const char *table;
} references[] = {
  { "diary_body_id", "body" },
  { "recommended_body_id", "body" },
  { "routed_body_id", "body" },
  { "responsible_body_id", "body" },
  { "deciding_body_id", "body" },
  { "appointing_body_id", "body" },
  { "paragraph_body_id", "body" },
  { "plan_body_id", "body" },
  { "case_officer_id", "person" },
  { "chair_id", "person" },
  { "checker_id", "person" },
  { "secretary_id", "person" },
  { "presenter_id", "person" },
  { "responsible_id", "person" },
  { "minutes_meeting_id", "meeting" },
  { "via_network_id", "network" },
  { "event_id", "forum_event" },
  { "adopted_motion_id", "motion" },
  { "vote_yes_motion_id", "motion" },
  { "vote_no_motion_id", "motion" },
};

/* Keywords read through the choices of ber-labels.h. */
static const struct
{
  const char *table;   /* NULL: in any table */
  const char *column;
  BerChoices  choices;
} choice_columns[] = {
  { "body", "kind", BER_CHOICES_BODY_KIND },
  { "item", "type", BER_CHOICES_ITEM_TYPE },
  { NULL, "item_type", BER_CHOICES_ITEM_TYPE },
  { "item", "status", BER_CHOICES_ITEM_STATUS },
  { NULL, "from_status", BER_CHOICES_ITEM_STATUS },
  { NULL, "to_status", BER_CHOICES_ITEM_STATUS },
  { "meeting", "status", BER_CHOICES_MEETING_STATUS },
  { "attendance", "role", BER_CHOICES_ATTENDANCE_ROLE },
  { "network", "kind", BER_CHOICES_NETWORK_KIND },
  { "network_body", "kind", BER_CHOICES_NETWORK_BODY_KIND },
  { "membership", "status", BER_CHOICES_MEMBERSHIP_STATUS },
  { NULL, "activity", BER_CHOICES_ACTIVITY },
  { NULL, "currency", BER_CHOICES_CURRENCY },
  { NULL, "outcome", BER_CHOICES_REVIEW_OUTCOME },
  { "assignment", "role", BER_CHOICES_ASSIGNMENT_ROLE },
  { NULL, "candidacy", BER_CHOICES_CANDIDACY },
  { "report", "status", BER_CHOICES_REPORT_STATUS },
  { "influence_question", "scope", BER_CHOICES_SCOPE },
  { "agenda_entry", "decision", BER_CHOICES_DECISION },
  { "person", "kind", BER_CHOICES_PERSON_KIND },
  { "statement", "kind", BER_CHOICES_STATEMENT_KIND },
};

static const char * const boolean_columns[] = {
  "relevant", "confidential", "present", "voted",
};

/* What the store keeps for itself, and the order of rows in a list
 * (shown by the list's order, not as a field). */
static const char * const hidden_columns[] = {
  "id", "version", "created", "updated", "sort_key", "linked", "position",
};

static const BerLinkTable link_tables[] = {
  { "item_network", "item", "item_id", N_("Items"),
    "network", "network_id", N_("Networks") },
  { "item_influence_question", "item", "item_id", N_("Items"),
    "influence_question", "influence_question_id", N_("Influence Questions") },
  { "item_goal", "item", "item_id", N_("Items"),
    "goal", "goal_id", N_("Agenda 2030 Goals") },
  { "network_influence_question", "network", "network_id", N_("Networks"),
    "influence_question", "influence_question_id", N_("Influence Questions") },
  { "event_influence_question", "forum_event", "event_id", N_("Forum Meetings"),
    "influence_question", "influence_question_id", N_("Influence Questions") },
  { "report_influence_question", "report", "report_id", N_("Returned Reports"),
    "influence_question", "influence_question_id", N_("Influence Questions") },
  { "network_goal", "network", "network_id", N_("Networks"),
    "goal", "goal_id", N_("Agenda 2030 Goals") },
};

/* Where a row is shown: the page of the record it belongs to. */
static const struct
{
  const char *table;
  const char *column;
  const char *parent;
} parents[] = {
  { "item_transition", "item_id", "item" },
  { "clause", "item_id", "item" },
  { "clause", "agenda_entry_id", "agenda_entry" },
  { "document", "item_id", "item" },
  { "document", "report_id", "report" },
  { "report_influence_question", "report_id", "report" },
  { "agenda_entry", "meeting_id", "meeting" },
  { "attendance", "meeting_id", "meeting" },
  { "statement", "agenda_entry_id", "agenda_entry" },
  { "distribution", "agenda_entry_id", "agenda_entry" },
  { "motion", "agenda_entry_id", "agenda_entry" },
  { "vote", "agenda_entry_id", "agenda_entry" },
  { "membership", "network_id", "network" },
  { "fee", "network_id", "network" },
  { "network_body", "network_id", "network" },
  { "network_review", "network_id", "network" },
  { "assignment", "person_id", "person" },
  { "routing_rule", "body_id", "body" },
  { "agenda_template_point", "body_id", "body" },
};

static const TableInfo *
table_info (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (table_infos); i++)
    if (g_str_equal (table_infos[i].table, table))
      return &table_infos[i];
  return NULL;
}

/* Returns: what a record of @table is, translated ("Item"); @table itself
 *   for a table not named here */
const char *
_ber_change_table_kind (const char *table)
{
  const TableInfo *info = table_info (table);

  return info != NULL ? _(info->kind) : table;
}

/* Returns: the translated word for @column, or @column itself */
const char *
_ber_change_column_label (const char *table,
                          const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_labels); i++)
    if (g_str_equal (column_labels[i].column, column))
      return _(column_labels[i].label);
  return column;
}

/* Where @column comes among a record's fields: in the order of the words
 * above, which follows the forms; unnamed columns last. */
guint
_ber_change_column_order (const char *column)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_labels); i++)
    if (g_str_equal (column_labels[i].column, column))
      return i;
  return G_MAXUINT;
}

static gboolean
is_one_of (const char         *column,
           const char * const *names,
           guint               n_names)
{
  for (guint i = 0; i < n_names; i++)
    if (g_str_equal (names[i], column))
      return TRUE;
  return FALSE;
}

/* The table whose id @column holds ("person_id": "person"), or NULL. */
static const char *
reference_table (const char *column)
{
  g_autofree char *guess = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    if (g_str_equal (references[i].column, column))
      return references[i].table;
  if (!g_str_has_suffix (column, "_id"))
    return NULL;
  guess = g_strndup (column, strlen (column) - 3);
  if (table_info (guess) != NULL)
    return table_info (guess)->table;
  return NULL;
}

/* How the values of @column read. */
void
_ber_change_column_kind (const char    *table,
                         const char    *column,
                         BerColumnKind *kind)
{
  memset (kind, 0, sizeof *kind);
  kind->kind = BER_VALUE_TEXT;

  /* A report's position on a question is text, not a place in a list. */
  if ((is_one_of (column, hidden_columns, G_N_ELEMENTS (hidden_columns))
       && !(g_str_equal (table, "report_influence_question") && g_str_equal (column, "position")))
      || g_str_has_suffix (column, "_key"))
    {
      kind->kind = BER_VALUE_HIDDEN;
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (choice_columns); i++)
    if (g_str_equal (choice_columns[i].column, column)
        && (choice_columns[i].table == NULL || g_str_equal (choice_columns[i].table, table)))
      {
        kind->kind = BER_VALUE_CHOICE;
        kind->choices = choice_columns[i].choices;
        return;
      }
  if (is_one_of (column, boolean_columns, G_N_ELEMENTS (boolean_columns)))
    kind->kind = BER_VALUE_BOOLEAN;
  else if ((kind->ref_table = reference_table (column)) != NULL)
    kind->kind = BER_VALUE_REFERENCE;
  else if (g_str_has_suffix (column, "_on") || g_str_equal (column, "reply_by")
           || g_str_equal (column, "agenda_deadline") || g_str_equal (column, "paper_date"))
    kind->kind = BER_VALUE_DATE;
  else if (g_str_equal (column, "changed_at"))
    kind->kind = BER_VALUE_TIMESTAMP;
  else if (g_str_equal (column, "amount") || g_str_equal (column, "sek_rate"))
    kind->kind = BER_VALUE_AMOUNT;
  else if (g_str_equal (column, "logo"))
    kind->kind = BER_VALUE_BYTES;
}

/* Returns: (nullable): the column that names a record of @table */
const char *
_ber_change_label_column (const char *table)
{
  const TableInfo *info = table_info (table);

  return info != NULL ? info->label_column : NULL;
}

/**
 * _ber_change_parent:
 * @values: the row's values, as far as known
 *
 * The record a row of @table belongs to (the network of a fee), from its
 * values.
 *
 * Returns: whether @table belongs to another and @values say which
 */
gboolean
_ber_change_parent (const char  *table,
                    GVariant    *values,
                    const char **parent_table,
                    gint64      *parent_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (parents); i++)
    if (g_str_equal (parents[i].table, table)
        && values != NULL
        && g_variant_lookup (values, parents[i].column, "x", parent_id) && *parent_id > 0)
      {
        *parent_table = parents[i].parent;
        return TRUE;
      }
  return FALSE;
}

/* Returns: (nullable): @table as a link table */
const BerLinkTable *
_ber_change_link_table (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (link_tables); i++)
    if (g_str_equal (link_tables[i].table, table))
      return &link_tables[i];
  return NULL;
}

/**
 * _ber_change_record_tables:
 * @keys: (out): for each table, the column its entries must name to be
 *   the record's (the other record of a link it owns), or "" for its own
 *
 * Returns: (transfer full): the tables whose rows make up the history of
 *   a record of @table: its own and its links
 */
GStrv
_ber_change_record_tables (const char *table,
                           GStrv      *keys)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) key_builder = g_strv_builder_new ();

  g_strv_builder_add (builder, table);
  g_strv_builder_add (key_builder, "");
  for (guint i = 0; i < G_N_ELEMENTS (link_tables); i++)
    if (g_str_equal (link_tables[i].owner_table, table))
      {
        g_strv_builder_add (builder, link_tables[i].table);
        g_strv_builder_add (key_builder, link_tables[i].other_column);
      }
  *keys = g_strv_builder_end (key_builder);
  return g_strv_builder_end (builder);
}

static GType
openable_type (guint index)
{
  switch (index)
    {
    case 0: return BER_TYPE_ITEM;
    case 1: return BER_TYPE_MEETING;
    case 2: return BER_TYPE_NETWORK;
    case 3: return BER_TYPE_PERSON;
    case 4: return BER_TYPE_REPORT;
    case 5: return BER_TYPE_BODY;
    default: return G_TYPE_INVALID;
    }
}

/* Returns: the table a record of @type is written to, or %NULL */
const char *
_ber_change_table_of_type (GType type)
{
  g_autoptr(GTypeClass) klass = NULL;

  if (!g_type_is_a (type, BER_TYPE_RECORD))
    return NULL;
  klass = g_type_class_ref (type);
  /* Class data lives as long as the program. */
  return BER_RECORD_CLASS (klass)->table;
}

/* Returns: the type of the records of @table that have a page of their
 *   own (items, meetings, networks, persons, reports, bodies), or
 *   %G_TYPE_INVALID */
GType
_ber_change_record_type (const char *table)
{
  for (guint i = 0; openable_type (i) != G_TYPE_INVALID; i++)
    if (g_strcmp0 (_ber_change_table_of_type (openable_type (i)), table) == 0)
      return openable_type (i);
  return G_TYPE_INVALID;
}
