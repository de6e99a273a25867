/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-labels"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-labels.h"

static const BerChoice body_kinds[] = {
  { "council", N_("Council") },
  { "board", N_("Executive board") },
  { "committee", N_("Committee") },
  { "preparatory", N_("Preparatory committee") },
  { "working-committee", N_("Working committee") },
  { "other", N_("Other body") },
};

static const BerChoice item_types[] = {
  { "invitation", N_("Invitation") },
  { "eu-consultation", N_("EU consultation") },
  { "referral", N_("Referral for comment") },
  { "decision", N_("Matter for decision") },
  { "information", N_("Information") },
  { "report", N_("Returned report") },
  { "other", N_("Other") },
};

static const BerChoice item_statuses[] = {
  { "received", NC_("item status", "Received") },
  { "assessed", NC_("item status", "Assessed") },
  { "in-preparation", NC_("item status", "In preparation") },
  { "ready", NC_("item status", "Ready for agenda") },
  { "on-agenda", NC_("item status", "On agenda") },
  { "decided", NC_("item status", "Decided") },
  { "dispatched", NC_("item status", "Dispatched") },
  { "declined", NC_("item status", "Declined") },
  { "written-off", NC_("item status", "Written off") },
};

static const BerChoice meeting_statuses[] = {
  { "planned", N_("Planned") },
  { "agenda-locked", N_("Agenda locked") },
  { "held", N_("Held") },
  { "minutes-approved", N_("Minutes approved") },
  { "cancelled", N_("Cancelled") },
};

static const BerChoice attendance_roles[] = {
  { "chair", NC_("attendance role", "Chair") },
  { "member", NC_("attendance role", "Member") },
  { "deputy", NC_("attendance role", "Deputy") },
  { "serving-deputy", NC_("attendance role", "Serving deputy") },
  { "official", NC_("attendance role", "Official") },
  { "other", NC_("attendance role", "Other") },
};

static const BerChoice network_kinds[] = {
  { "political", N_("Political network") },
  { "influence", N_("Influence organisation") },
  { "brussels-office", N_("Brussels office") },
  { "research", N_("Research and innovation network") },
  { "association", N_("Association") },
  { "other", N_("Other") },
};

static const BerChoice network_body_kinds[] = {
  { "general-assembly", N_("General assembly") },
  { "board", N_("Board") },
  { "committee", N_("Committee") },
  { "working-group", N_("Working group") },
  { "other", N_("Other") },
};

static const BerChoice membership_statuses[] = {
  { "member", N_("Member") },
  { "indirect", N_("Indirect member") },
  { "interested", N_("Interested") },
  { "candidate", N_("Candidate") },
  { "left", N_("Left") },
};

static const BerChoice activities[] = {
  { "very-active", N_("Very active") },
  { "active", N_("Active") },
  { "inactive", N_("Inactive") },
};

static const BerChoice currencies[] = {
  { "SEK", N_("SEK") },
  { "EUR", N_("EUR") },
};

static const BerChoice review_outcomes[] = {
  { "keep", N_("Keep") },
  { "change-level", N_("Change level") },
  { "leave", N_("Leave") },
};

static const BerChoice assignment_roles[] = {
  { "representative", N_("Representative") },
  { "deputy", N_("Deputy") },
  { "board-member", N_("Board member") },
  { "working-group-member", N_("Working group member") },
  { "contact-official", N_("Contact official") },
  { "other", N_("Other") },
};

static const BerChoice candidacies[] = {
  { "pending", N_("Candidacy pending") },
  { "elected", N_("Elected") },
  { "not-elected", N_("Not elected") },
  { "withdrawn", N_("Withdrawn") },
};

static const BerChoice report_statuses[] = {
  { "expected", NC_("report status", "Expected") },
  { "received", NC_("report status", "Received") },
  { "presented", NC_("report status", "Presented") },
};

static const BerChoice scopes[] = {
  { "national", N_("National") },
  { "international", N_("International") },
};

static const BerChoice decisions[] = {
  { "as-proposed", N_("As proposed") },
  { "amended", N_("Amended") },
  { "tabled", N_("Tabled") },
  { "declined", N_("Declined") },
  { "noted", N_("Noted") },
};

static const BerChoice person_kinds[] = {
  { "elected", N_("Elected representative") },
  { "official", N_("Official") },
};

/* What a member records under a decision in the minutes. */
static const BerChoice statement_kinds[] = {
  { "reservation", N_("Reservation") },
  /* Translators: protokollsanteckning */
  { "note", N_("Statement for the Minutes") },
  /* Translators: särskilt yttrande */
  { "special-opinion", N_("Special Opinion") },
};

/* A member's voice in a vote (omröstning). */
static const BerChoice vote_choices[] = {
  /* Translators: ja */
  { "yes", N_("Yes") },
  /* Translators: nej */
  { "no", N_("No") },
  /* Translators: avstår */
  { "abstain", N_("Abstains") },
};

/* The lists whose words take another form by what they describe: an item
 * (ärende) is "Inkommet", a report (återrapport) "Inkommen", and a date
 * received "Inkom"; a member of a body is a "Ledamot", of a network a
 * "Medlem". Their labels are marked with NC_() in these contexts. */
static const char * const contexts[BER_N_CHOICES] = {
  [BER_CHOICES_ITEM_STATUS] = "item status",
  [BER_CHOICES_ATTENDANCE_ROLE] = "attendance role",
  [BER_CHOICES_REPORT_STATUS] = "report status",
};

static const struct
{
  const BerChoice *choices;
  guint            n_choices;
} tables[BER_N_CHOICES] = {
#define TABLE(t) { t, G_N_ELEMENTS (t) }
  [BER_CHOICES_BODY_KIND] = TABLE (body_kinds),
  [BER_CHOICES_ITEM_TYPE] = TABLE (item_types),
  [BER_CHOICES_ITEM_STATUS] = TABLE (item_statuses),
  [BER_CHOICES_MEETING_STATUS] = TABLE (meeting_statuses),
  [BER_CHOICES_ATTENDANCE_ROLE] = TABLE (attendance_roles),
  [BER_CHOICES_NETWORK_KIND] = TABLE (network_kinds),
  [BER_CHOICES_NETWORK_BODY_KIND] = TABLE (network_body_kinds),
  [BER_CHOICES_MEMBERSHIP_STATUS] = TABLE (membership_statuses),
  [BER_CHOICES_ACTIVITY] = TABLE (activities),
  [BER_CHOICES_CURRENCY] = TABLE (currencies),
  [BER_CHOICES_REVIEW_OUTCOME] = TABLE (review_outcomes),
  [BER_CHOICES_ASSIGNMENT_ROLE] = TABLE (assignment_roles),
  [BER_CHOICES_CANDIDACY] = TABLE (candidacies),
  [BER_CHOICES_REPORT_STATUS] = TABLE (report_statuses),
  [BER_CHOICES_SCOPE] = TABLE (scopes),
  [BER_CHOICES_DECISION] = TABLE (decisions),
  [BER_CHOICES_PERSON_KIND] = TABLE (person_kinds),
  [BER_CHOICES_STATEMENT_KIND] = TABLE (statement_kinds),
  [BER_CHOICES_VOTE] = TABLE (vote_choices),
#undef TABLE
};

static const char *
translate (BerChoices  which,
           const char *label)
{
  if (contexts[which] != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, contexts[which], label);
  return g_dgettext (GETTEXT_PACKAGE, label);
}

const BerChoice *
ber_choices_get (BerChoices  which,
                 guint      *n_choices)
{
  g_return_val_if_fail (which < BER_N_CHOICES, NULL);

  if (n_choices != NULL)
    *n_choices = tables[which].n_choices;
  return tables[which].choices;
}

int
ber_choice_index (BerChoices  which,
                  const char *value)
{
  g_return_val_if_fail (which < BER_N_CHOICES, -1);

  for (guint i = 0; value != NULL && i < tables[which].n_choices; i++)
    if (g_str_equal (tables[which].choices[i].value, value))
      return (int) i;

  return -1;
}

/* Returns: the translated label of @value; @value itself when it is unknown, "" for NULL. */
const char *
ber_choice_label (BerChoices  which,
                  const char *value)
{
  int index = ber_choice_index (which, value);

  if (index < 0)
    return value != NULL ? value : "";

  return translate (which, tables[which].choices[index].label);
}

const char *
ber_choice_value (BerChoices which,
                  guint      index)
{
  g_return_val_if_fail (which < BER_N_CHOICES, NULL);

  if (index >= tables[which].n_choices)
    return NULL;
  return tables[which].choices[index].value;
}

/* Returns: (transfer full): the translated labels, in order, for a GtkStringList. */
char **
ber_choice_labels (BerChoices which)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **labels;

  for (guint i = 0; i < tables[which].n_choices; i++)
    g_strv_builder_add (builder, translate (which, tables[which].choices[i].label));

  labels = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return labels;
}

/**
 * ber_format_amount:
 *
 * An amount the Swedish way: whole units with a no-break space between
 * thousands ("2 450 000"), decimals with a comma when there are any ("12,50").
 *
 * Returns: (transfer full): the text
 */
char *
ber_format_amount (double amount)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean negative = amount < 0;
  double rounded = (double) (gint64) (negative ? -amount : amount);
  double fraction = (negative ? -amount : amount) - rounded;
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) rounded);
  gsize n = strlen (digits);
  int cents = (int) (fraction * 100 + 0.5);

  if (cents == 100)
    {
      g_free (digits);
      digits = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) rounded + 1);
      n = strlen (digits);
      cents = 0;
    }

  if (negative)
    g_string_append (text, "−");
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (text, "\u00a0");
      g_string_append_c (text, digits[i]);
    }
  if (cents > 0)
    g_string_append_printf (text, ",%02d", cents);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * ber_format_period:
 * @from: (nullable): the first day, YYYY-MM-DD
 * @to: (nullable): the last day, YYYY-MM-DD
 *
 * A period as people read it: "2023-01-01 – 2026-12-31", or "from
 * 2023-01-01" when it is open at its end and "until 2026-12-31" when it is
 * open at its start, never a dash with nothing beside it.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL for a period
 *   without dates
 */
char *
ber_format_period (const char *from,
                   const char *to)
{
  gboolean has_from = from != NULL && *from != '\0';
  gboolean has_to = to != NULL && *to != '\0';

  if (has_from && has_to)
    /* Translators: a period of dates, "2023-01-01 – 2026-12-31"; keep the no-break spaces */
    return g_strdup_printf (_("%s\u00a0–\u00a0%s"), from, to);
  if (has_from)
    /* Translators: a period without an end date, "from 2019-11-14" */
    return g_strdup_printf (_("from %s"), from);
  if (has_to)
    /* Translators: a period without a start date, "until 2026-12-31" */
    return g_strdup_printf (_("until %s"), to);
  return NULL;
}

/* The words a form shows for a record's fields, for messages that name a
 * field outside its form (a conflict, the history). */
static const struct
{
  const char *property;
  const char *label;
} field_labels[] = {
  { "name", N_("Name") },
  { "acronym", N_("Acronym") },
  { "short-name", N_("Short Name") },
  { "kind", N_("Kind") },
  { "type", N_("Type") },
  { "title", N_("Title") },
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
  { "diary-number", N_("Diary Number") },
  { "diary-year", N_("Diary Year") },
  { "diary-body-id", N_("Diary Body") },
  { "received-on", N_("Received") },
  { "reply-by", N_("Reply By") },
  { "subject-area-id", N_("Subject Area") },
  { "case-officer-id", N_("Case Officer") },
  { "assessment", N_("Assessment") },
  { "relevant", N_("Relevant") },
  { "recommended-body-id", N_("Recommended Body") },
  { "routed-body-id", N_("Routed To") },
  { "confidential", N_("Confidential") },
  { "responsible-body-id", N_("Responsible Body") },
  { "next-review-on", N_("Next Review") },
  { "established-on", N_("Established") },
  { "dissolved-on", N_("Dissolved") },
  { "agenda-deadline-days", N_("Agenda Deadline") },
  { "due-on", N_("Due") },
  { "forum", N_("Forum") },
  { "positions", N_("Positions Taken") },
  { "continued-work", N_("Continued Work in the Forum") },
  { "home-work", N_("Work at Home") },
  { "subject-areas", N_("Subject Areas Dealt With") },
  { "held-on", N_("Date") },
  { "starts-at", N_("Time") },
  { "place", N_("Place") },
  { "body-id", N_("Body") },
  { "person-id", N_("Person") },
  { "network-id", N_("Network") },
  { "from-on", N_("From") },
  { "to-on", N_("Until") },
  { "role", N_("Role") },
  { "mandate", N_("Mandate") },
  { "activity", N_("Activity") },
  { "amount", N_("Amount") },
  { "currency", N_("Currency") },
  { "year", N_("Year") },
  { "priority", N_("Priority") },
  { "text", N_("Text") },
  { "author", N_("Author") },
};

/**
 * ber_field_label:
 * @property: a record's property, such as "next-review-on"
 *
 * Returns: the translated name of the field, or @property itself for one
 *   that no form shows
 */
const char *
ber_field_label (const char *property)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (g_str_equal (field_labels[i].property, property))
      return _(field_labels[i].label);
  return property;
}

static const char * const choices_names[BER_N_CHOICES] = {
  [BER_CHOICES_BODY_KIND] = "body-kind",
  [BER_CHOICES_ITEM_TYPE] = "item-type",
  [BER_CHOICES_ITEM_STATUS] = "item-status",
  [BER_CHOICES_MEETING_STATUS] = "meeting-status",
  [BER_CHOICES_ATTENDANCE_ROLE] = "attendance-role",
  [BER_CHOICES_NETWORK_KIND] = "network-kind",
  [BER_CHOICES_NETWORK_BODY_KIND] = "network-body-kind",
  [BER_CHOICES_MEMBERSHIP_STATUS] = "membership-status",
  [BER_CHOICES_ACTIVITY] = "activity",
  [BER_CHOICES_CURRENCY] = "currency",
  [BER_CHOICES_REVIEW_OUTCOME] = "review-outcome",
  [BER_CHOICES_ASSIGNMENT_ROLE] = "assignment-role",
  [BER_CHOICES_CANDIDACY] = "candidacy",
  [BER_CHOICES_REPORT_STATUS] = "report-status",
  [BER_CHOICES_SCOPE] = "scope",
  [BER_CHOICES_DECISION] = "decision",
  [BER_CHOICES_PERSON_KIND] = "person-kind",
  [BER_CHOICES_STATEMENT_KIND] = "statement-kind",
  [BER_CHOICES_VOTE] = "vote",
};

/**
 * ber_choices_lookup:
 * @name: a list's name, as a .ui file gives it ("network-kind")
 *
 * Returns: whether there is such a list; @which is set to it
 */
gboolean
ber_choices_lookup (const char *name,
                    BerChoices *which)
{
  for (guint i = 0; i < BER_N_CHOICES; i++)
    if (g_strcmp0 (choices_names[i], name) == 0)
      {
        *which = (BerChoices) i;
        return TRUE;
      }
  return FALSE;
}
