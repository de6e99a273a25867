/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-persons"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-persons-privacy-private.h"

/*
 * Erasing a person's data (GDPR article 17) as far as the law on public
 * records allows; the rules are in the comment of
 * ber_persons_erase_personal_data(). The plan says, before anything is
 * done, what goes and what stays and why; the erasure follows the same plan,
 * made again inside its transaction.
 */

typedef struct
{
  char       *title;
  char       *detail;
  const char *reason;
} Kept;

struct _BerErasurePlan
{
  gint64     person_id;
  char      *name;
  char      *pseudonym;     /* what replaces the name where it goes */
  gboolean   keeps_name;    /* public records kept name the person */
  GPtrArray *removed;       /* char *, NULL-ended */
  GPtrArray *kept;          /* Kept * */
  char      *wipe_problem;
};

#define HELD "held"

static void
kept_free (gpointer data)
{
  Kept *kept = data;

  g_free (kept->title);
  g_free (kept->detail);
  g_free (kept);
}

/* What is kept, and why */

static const char *
reason_minutes (void)
{
  return _("Adopted minutes are public records that must be kept and archived "
           "(the Archives Act, arkivlagen; GDPR article 17.3 b and d).");
}

static const char *
reason_held (void)
{
  return _("The minutes of a meeting held must record who attended, voted and made "
           "statements (the Local Government Act, kommunallagen, chapter 5); they become "
           "a public record when they are adopted (GDPR article 17.3 b).");
}

static const char *
reason_papers (void)
{
  return _("Registered papers with a diary number are public records "
           "(the Archives Act; GDPR article 17.3 b and d).");
}

static const char *
reason_reports (void)
{
  return _("A report brought before a body is one of the body’s papers, a public record "
           "(the Archives Act; GDPR article 17.3 b and d).");
}

/* The reason a row of a meeting is kept, or NULL when it goes. */
static const char *
meeting_reason (GVariant *row)
{
  const char *status = ber_personal_row_str (row, "meeting_status");

  if (g_str_equal (status, BER_PERSONAL_MINUTES_APPROVED))
    return reason_minutes ();
  if (g_str_equal (status, HELD))
    return reason_held ();
  return NULL;
}

/* The reason a row is kept, or NULL, for the rows of part @section. */
static const char *
keep_reason (guint     section,
             GVariant *row)
{
  switch (section)
    {
    case BER_PERSONAL_ATTENDANCE:
    case BER_PERSONAL_MEETING_ROLES:
    case BER_PERSONAL_PRESENTED:
    case BER_PERSONAL_VOTES:
    case BER_PERSONAL_STATEMENTS:
    case BER_PERSONAL_MOTIONS:
      return meeting_reason (row);
    case BER_PERSONAL_CLAUSES:
      if (ber_personal_row_int (row, "agenda_entry_id") > 0)
        return meeting_reason (row);
      return *ber_personal_row_str (row, "item_diary_number") != '\0' ? reason_papers () : NULL;
    case BER_PERSONAL_ITEMS:
      return *ber_personal_row_str (row, "diary_number") != '\0' ? reason_papers () : NULL;
    case BER_PERSONAL_REPORTS:
    case BER_PERSONAL_REPORT_DOCUMENTS:
      return ber_personal_row_int (row, "public_record") ? reason_reports () : NULL;
    default:
      return NULL;
    }
}

/* Whether a kept report was returned under @assignment: it stays with the report. */
static gboolean
assignment_kept (BerPersonalData *data,
                 GVariant        *assignment)
{
  GPtrArray *reports = ber_personal_data_get_rows (data, BER_PERSONAL_REPORTS);

  for (guint i = 0; i < reports->len; i++)
    {
      GVariant *report = g_ptr_array_index (reports, i);

      if (keep_reason (BER_PERSONAL_REPORTS, report) != NULL
          && ber_personal_row_int (report, "assignment_id")
                 == ber_personal_row_int (assignment, "id"))
        return TRUE;
    }
  return FALSE;
}

/* "RS 2026-09-15" or "§ 12 Title (RS 2026-09-15)" or "LS 2026/12 Title". */
static char *
describe (guint     section,
          GVariant *row)
{
  const char *body = ber_personal_row_str (row, "meeting_body");
  const char *held_on = ber_personal_row_str (row, "meeting_held_on");
  gint64 paragraph = ber_personal_row_int (row, "entry_paragraph");
  const char *title = ber_personal_row_str (row, "entry_title");

  switch (section)
    {
    case BER_PERSONAL_ITEMS:
      return g_strdup_printf ("%s %s", ber_personal_row_str (row, "diary_number"),
                              ber_personal_row_str (row, "title"));
    case BER_PERSONAL_REPORTS:
      return g_strdup_printf ("%s (%s)", *ber_personal_row_str (row, "event_title") != '\0'
                                           ? ber_personal_row_str (row, "event_title")
                                           : ber_personal_row_str (row, "network_name"),
                              ber_personal_row_str (row, "body_name"));
    case BER_PERSONAL_CLAUSES:
      if (ber_personal_row_int (row, "agenda_entry_id") == 0)
        return g_strdup_printf ("%s %s", ber_personal_row_str (row, "item_diary_number"),
                                ber_personal_row_str (row, "item_title"));
      break;
    case BER_PERSONAL_ATTENDANCE:
    case BER_PERSONAL_MEETING_ROLES:
      return g_strdup_printf ("%s %s", body, held_on);
    default:
      break;
    }
  if (paragraph > 0)
    /* Translators: a paragraph of minutes, "§ 12 Title (Regionstyrelsen 2026-09-15)" */
    return g_strdup_printf (_("§ %d %s (%s %s)"), (int) paragraph, title, body, held_on);
  return g_strdup_printf ("%s (%s %s)", title, body, held_on);
}

/* What a part keeps, one entry per reason: "Attendance at meetings (3)". */
static void
plan_kept (BerErasurePlan  *plan,
           BerPersonalData *data,
           guint            section)
{
  const BerPersonalSection *info = ber_personal_data_get_section (data, section);
  GPtrArray *rows = ber_personal_data_get_rows (data, section);
  g_autoptr(GPtrArray) reasons = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      const char *reason = keep_reason (section, g_ptr_array_index (rows, i));

      if (reason != NULL && !g_ptr_array_find_with_equal_func (reasons, reason, g_str_equal, NULL))
        g_ptr_array_add (reasons, (gpointer) reason);
    }

  for (guint r = 0; r < reasons->len; r++)
    {
      g_autoptr(GString) detail = g_string_new (NULL);
      Kept *kept = g_new0 (Kept, 1);
      guint n = 0;

      for (guint i = 0; i < rows->len; i++)
        {
          GVariant *row = g_ptr_array_index (rows, i);
          g_autofree char *words = NULL;

          if (g_strcmp0 (keep_reason (section, row), g_ptr_array_index (reasons, r)) != 0)
            continue;
          words = describe (section, row);
          g_string_append_printf (detail, "%s%s", n++ > 0 ? "; " : "", words);
        }
      /* Translators: a part of the register kept, "Votes (3)" */
      kept->title = g_strdup_printf (_("%s (%u)"), _(info->title), n);
      kept->detail = g_string_free (g_steal_pointer (&detail), FALSE);
      kept->reason = g_ptr_array_index (reasons, r);
      g_ptr_array_add (plan->kept, kept);
    }
}

/* The assignments that kept reports were returned under stay with them. */
static void
plan_kept_assignments (BerErasurePlan  *plan,
                       BerPersonalData *data)
{
  g_autoptr(GString) detail = g_string_new (NULL);
  guint n = 0;
  Kept *kept;

  for (guint s = BER_PERSONAL_ASSIGNMENTS; s <= BER_PERSONAL_CANDIDACIES; s++)
    {
      GPtrArray *rows = ber_personal_data_get_rows (data, s);

      for (guint i = 0; i < rows->len; i++)
        {
          GVariant *row = g_ptr_array_index (rows, i);
          const char *network = ber_personal_row_str (row, "network_name");

          if (!assignment_kept (data, row))
            continue;
          g_string_append_printf (detail, "%s%s", n++ > 0 ? "; " : "",
                                  *network != '\0' ? network : ber_personal_row_str (row, "forum"));
        }
    }
  if (n == 0)
    return;
  kept = g_new0 (Kept, 1);
  /* Translators: "Assignments (2)" */
  kept->title = g_strdup_printf (_("%s (%u)"), _("Assignments"), n);
  kept->detail = g_string_free (g_steal_pointer (&detail), FALSE);
  kept->reason = _("The returned reports kept above were made under these assignments, "
                   "which stay with them.");
  g_ptr_array_add (plan->kept, kept);
}

static guint
count_removed (BerPersonalData *data,
               guint            section)
{
  GPtrArray *rows = ber_personal_data_get_rows (data, section);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);

      if (section == BER_PERSONAL_ASSIGNMENTS || section == BER_PERSONAL_CANDIDACIES)
        n += !assignment_kept (data, row);
      else
        n += keep_reason (section, row) == NULL;
    }
  return n;
}

/* Takes @text, unless @n is 0. */
static void
add_removed (BerErasurePlan *plan,
             guint           n,
             char           *text)
{
  if (n > 0)
    g_ptr_array_insert (plan->removed, plan->removed->len - 1, text);
  else
    g_free (text);
}

static BerErasurePlan *
plan_from (BerPersonalData *data)
{
  g_autoptr(BerErasurePlan) plan = g_new0 (BerErasurePlan, 1);
  GVariant *person = ber_personal_data_get_person (data);
  static const guint kept_sections[] = {
    BER_PERSONAL_ATTENDANCE, BER_PERSONAL_MEETING_ROLES, BER_PERSONAL_PRESENTED,
    BER_PERSONAL_VOTES, BER_PERSONAL_STATEMENTS, BER_PERSONAL_MOTIONS, BER_PERSONAL_CLAUSES,
    BER_PERSONAL_ITEMS, BER_PERSONAL_REPORTS,
  };
  g_autofree char *id = NULL;
  guint n;

  plan->person_id = ber_personal_row_int (person, "id");
  plan->name = g_strdup (ber_personal_row_str (person, "name"));
  plan->removed = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (plan->removed, NULL);
  plan->kept = g_ptr_array_new_with_free_func (kept_free);

  for (guint i = 0; i < G_N_ELEMENTS (kept_sections); i++)
    plan_kept (plan, data, kept_sections[i]);
  plan_kept_assignments (plan, data);

  id = g_strdup_printf ("%" G_GINT64_FORMAT, plan->person_id);
  /* Translators: the name an erased person is given; %s is a number, the person's id */
  plan->pseudonym = g_strdup_printf (_("Person %s (erased)"), id);
  plan->keeps_name = plan->kept->len > 0;
  if (plan->keeps_name)
    {
      Kept *kept = g_new0 (Kept, 1);

      kept->title = g_strdup (_("The name, party, title and department"));
      kept->detail = g_strdup (plan->name);
      kept->reason = _("The public records kept above name the person, so the name and what "
                       "they say of the person stay as they stand in them.");
      g_ptr_array_add (plan->kept, kept);
    }

  add_removed (plan, 1, g_strdup (_("The e-mail address, phone number and notes")));
  if (!plan->keeps_name)
    /* Translators: %s is the name that replaces the person's, "Person 12 (erased)" */
    add_removed (plan, 1, g_strdup_printf (_("The name, party, title and department: the "
                                             "person is called “%s” from now on"),
                                           plan->pseudonym));
  n = count_removed (data, BER_PERSONAL_ASSIGNMENTS);
  add_removed (plan, n, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u assignment",
                                                      "%u assignments", n), n));
  n = count_removed (data, BER_PERSONAL_CANDIDACIES);
  add_removed (plan, n, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidacy",
                                                      "%u candidacies", n), n));
  n = ber_personal_data_get_rows (data, BER_PERSONAL_EVENTS)->len;
  add_removed (plan, n, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u attendance at a forum event",
                                                      "%u attendances at forum events", n), n));
  n = count_removed (data, BER_PERSONAL_REPORTS);
  add_removed (plan, n, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u returned report not brought before a "
                                                      "body, with its attachments",
                                                      "%u returned reports not brought before a "
                                                      "body, with their attachments", n), n));
  n = count_removed (data, BER_PERSONAL_ATTENDANCE) + count_removed (data, BER_PERSONAL_VOTES)
      + count_removed (data, BER_PERSONAL_MEETING_ROLES)
      + count_removed (data, BER_PERSONAL_PRESENTED);
  add_removed (plan, n, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u attendance, vote or role at a meeting "
                                                      "not held",
                                                      "%u attendances, votes and roles at "
                                                      "meetings not held", n), n));
  n = count_removed (data, BER_PERSONAL_STATEMENTS) + count_removed (data, BER_PERSONAL_MOTIONS);
  /* Translators: the second %s is the name that replaces the person's */
  add_removed (plan, n, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "The name in %u statement or motion of a "
                                                      "meeting not held, written “%s” instead",
                                                      "The name in %u statements and motions of "
                                                      "meetings not held, written “%s” instead",
                                                      n), n, plan->pseudonym));
  n = count_removed (data, BER_PERSONAL_ITEMS) + count_removed (data, BER_PERSONAL_CLAUSES);
  add_removed (plan, n, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u mention as case officer or responsible "
                                                      "in papers without a diary number",
                                                      "%u mentions as case officer or "
                                                      "responsible in papers without a diary "
                                                      "number", n), n));
  add_removed (plan, 1, g_strdup (_("All of this in the change history, and every copy in the "
                                    "search indexes and the free space of the register file")));
  return g_steal_pointer (&plan);
}

/* Doing it */

typedef struct
{
  BerStore        *store;
  BerPersonalData *data;
  BerErasurePlan  *plan;
  const char      *name;
} Erasure;

static gboolean
delete_row (Erasure     *erasure,
            const char  *table,
            gint64       id,
            GError     **error)
{
  /* The delete's own history entry would keep the whole row: it goes too. */
  return ber_store_delete (erasure->store, table, id, error)
         && ber_store_forget_history (erasure->store, table, id, error);
}

static gboolean
delete_rows (Erasure     *erasure,
             guint        section,
             const char  *table,
             GArray      *kept,
             GError     **error)
{
  GPtrArray *rows = ber_personal_data_get_rows (erasure->data, section);

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gint64 id = ber_personal_row_int (row, "id");
      gboolean keep;

      if (section == BER_PERSONAL_ASSIGNMENTS || section == BER_PERSONAL_CANDIDACIES)
        keep = assignment_kept (erasure->data, row);
      else
        keep = keep_reason (section, row) != NULL;
      if (keep)
        g_array_append_val (kept, id);
      else if (!delete_row (erasure, table, id, error))
        return FALSE;
    }
  return TRUE;
}

/* Clears the person from @column of the rows of part @section not kept. */
static gboolean
clear_rows (Erasure     *erasure,
            guint        section,
            const char  *table,
            const char  *column,
            GArray      *kept,
            GError     **error)
{
  GPtrArray *rows = ber_personal_data_get_rows (erasure->data, section);

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gint64 id = ber_personal_row_int (row, "id");
      const char *role = ber_personal_row_str (row, "meeting_role");
      g_autofree char *role_column = g_strdup_printf ("%s_id", role);

      if (*role != '\0' && !g_str_equal (role_column, column))
        continue;
      if (keep_reason (section, row) != NULL)
        g_array_append_val (kept, id);
      else if (!ber_store_update (erasure->store, table, id,
                                  ber_store_values (column, ber_store_id_or_null (0), NULL),
                                  error))
        return FALSE;
    }
  return ber_store_scrub_history (erasure->store, table, 0, column,
                                  g_variant_new_int64 (erasure->plan->person_id), NULL, kept,
                                  error);
}

/* Writes the pseudonym for the name in @columns of the rows not kept. */
static gboolean
rename_rows (Erasure            *erasure,
             guint               section,
             const char         *table,
             const char * const *columns,
             GError            **error)
{
  GPtrArray *rows = ber_personal_data_get_rows (erasure->data, section);
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gint64 id = ber_personal_row_int (row, "id");
      GVariantBuilder values;

      if (keep_reason (section, row) != NULL)
        {
          g_array_append_val (kept, id);
          continue;
        }
      g_variant_builder_init (&values, G_VARIANT_TYPE_VARDICT);
      for (guint c = 0; columns[c] != NULL; c++)
        {
          g_autoptr(GString) text = g_string_new (ber_personal_row_str (row, columns[c]));

          g_string_replace (text, erasure->name, erasure->plan->pseudonym, 0);
          g_variant_builder_add (&values, "{sv}", columns[c], g_variant_new_string (text->str));
        }
      if (!ber_store_update (erasure->store, table, id, g_variant_builder_end (&values), error))
        return FALSE;
    }
  for (guint c = 0; columns[c] != NULL; c++)
    if (!ber_store_scrub_history (erasure->store, table, 0, columns[c],
                                  g_variant_new_string (erasure->name),
                                  g_variant_new_string (erasure->plan->pseudonym), kept, error))
      return FALSE;
  return TRUE;
}

/* The history of the rows that belonged to the person and are not kept,
 * those deleted before included. */
static gboolean
forget_own_rows (Erasure     *erasure,
                 const char  *table,
                 GArray      *kept,
                 GError     **error)
{
  gint64 person_id = erasure->plan->person_id;
  g_autoptr(GPtrArray) found = ber_store_find_history (erasure->store, table, "person_id",
                                                       g_variant_new_int64 (person_id), error);

  if (found == NULL)
    return FALSE;
  for (guint i = 0; i < found->len; i++)
    {
      gint64 row_id = ber_personal_row_int (g_ptr_array_index (found, i), "row_id");
      gboolean keep = FALSE;

      for (guint k = 0; kept != NULL && k < kept->len; k++)
        keep |= g_array_index (kept, gint64, k) == row_id;
      if (!keep && !ber_store_forget_history (erasure->store, table, row_id, error))
        return FALSE;
    }
  return TRUE;
}

/* The person's own record, last: its history holds the erased values no more. */
static gboolean
erase_person (Erasure  *erasure,
              GError  **error)
{
  static const char * const contact[] = { "email", "phone", "notes", NULL };
  static const char * const identity[] = { "party", "title", "department", NULL };
  gint64 id = erasure->plan->person_id;
  GVariantBuilder values;

  g_variant_builder_init (&values, G_VARIANT_TYPE_VARDICT);
  for (guint i = 0; contact[i] != NULL; i++)
    {
      if (!ber_store_scrub_history (erasure->store, "person", id, contact[i], NULL,
                                    g_variant_new_string (""), NULL, error))
        return FALSE;
      g_variant_builder_add (&values, "{sv}", contact[i], g_variant_new_string (""));
    }
  if (!erasure->plan->keeps_name)
    {
      for (guint i = 0; identity[i] != NULL; i++)
        {
          if (!ber_store_scrub_history (erasure->store, "person", id, identity[i], NULL,
                                        g_variant_new_string (""), NULL, error))
            return FALSE;
          g_variant_builder_add (&values, "{sv}", identity[i], g_variant_new_string (""));
        }
      if (!ber_store_scrub_history (erasure->store, "person", id, "name", NULL,
                                    g_variant_new_string (erasure->plan->pseudonym), NULL, error))
        return FALSE;
      g_variant_builder_add (&values, "{sv}", "name",
                             g_variant_new_string (erasure->plan->pseudonym));
    }
  return ber_store_update (erasure->store, "person", id, g_variant_builder_end (&values), error);
}

static gboolean
apply (Erasure  *erasure,
       GError  **error)
{
  static const char * const statement_columns[] = { "author", NULL };
  static const char * const motion_columns[] = { "mover", "supported_by", NULL };
  g_autoptr(GArray) attendance = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) votes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) reports = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) documents = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) assignments = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) clauses = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (gint64));
  static const char * const roles[] = { "chair_id", "checker_id", "secretary_id" };

  /* Rows that belong to the person; the attachments before their reports. */
  if (!delete_rows (erasure, BER_PERSONAL_ATTENDANCE, "attendance", attendance, error)
      || !delete_rows (erasure, BER_PERSONAL_VOTES, "vote", votes, error)
      || !delete_rows (erasure, BER_PERSONAL_EVENTS, "event_attendance", events, error)
      || !delete_rows (erasure, BER_PERSONAL_REPORT_DOCUMENTS, "document", documents, error)
      || !delete_rows (erasure, BER_PERSONAL_REPORTS, "report", reports, error)
      || !delete_rows (erasure, BER_PERSONAL_ASSIGNMENTS, "assignment", assignments, error)
      || !delete_rows (erasure, BER_PERSONAL_CANDIDACIES, "assignment", assignments, error))
    return FALSE;
  if (!forget_own_rows (erasure, "attendance", attendance, error)
      || !forget_own_rows (erasure, "vote", votes, error)
      || !forget_own_rows (erasure, "event_attendance", events, error)
      || !forget_own_rows (erasure, "report", reports, error)
      || !forget_own_rows (erasure, "assignment", assignments, error))
    return FALSE;

  /* Other rows that name the person. */
  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      g_autoptr(GArray) meetings = g_array_new (FALSE, FALSE, sizeof (gint64));

      if (!clear_rows (erasure, BER_PERSONAL_MEETING_ROLES, "meeting", roles[r], meetings, error))
        return FALSE;
    }
  if (!clear_rows (erasure, BER_PERSONAL_PRESENTED, "agenda_entry", "presenter_id", entries, error)
      || !clear_rows (erasure, BER_PERSONAL_ITEMS, "item", "case_officer_id", items, error)
      || !clear_rows (erasure, BER_PERSONAL_CLAUSES, "clause", "responsible_id", clauses, error))
    return FALSE;
  if (*erasure->name != '\0'
      && (!rename_rows (erasure, BER_PERSONAL_STATEMENTS, "statement", statement_columns, error)
          || !rename_rows (erasure, BER_PERSONAL_MOTIONS, "motion", motion_columns, error)))
    return FALSE;

  return erase_person (erasure, error);
}

/* Public API */

/**
 * ber_persons_plan_erasure:
 *
 * What ber_persons_erase_personal_data() would remove and keep now, for
 * the question asked before it.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
BerErasurePlan *
ber_persons_plan_erasure (BerPersons  *self,
                          gint64       person_id,
                          GError     **error)
{
  g_autoptr(BerPersonalData) data = NULL;

  g_return_val_if_fail (BER_IS_PERSONS (self), NULL);

  /* On the main thread: the history is not needed for the plan. */
  data = _ber_persons_collect_personal_data (self, person_id, FALSE, error);
  return data != NULL ? plan_from (data) : NULL;
}

/**
 * ber_persons_erase_personal_data:
 * @done: (out) (optional) (transfer full): what was done, with
 *   ber_erasure_plan_get_wipe_problem() set when the file could not be wiped
 *
 * Erases what the register holds about a person, in one transaction, as
 * far as the law on public records allows. What is kept is what stands in
 * a public record, or in minutes the law requires (GDPR article 17.3 b and
 * d; the Archives Act, arkivlagen; the Local Government Act, kommunallagen,
 * chapter 5):
 *
 * - attendance, votes, the roles of chair, minutes checker and secretary,
 *   matters presented, and reservations, statements and motions written in
 *   the person's name, at meetings whose minutes are adopted
 *   ("minutes-approved") or being drawn up (a meeting "held");
 * - being the case officer of an item with a diary number, and responsible
 *   for a clause of such an item or of a decision kept as above;
 * - returned reports brought before a body (on an agenda, or presented),
 *   with their attachments and the assignments they were returned under;
 * - while anything is kept, the name, kind, party, title and department,
 *   as those records show them.
 *
 * Everything else goes: the e-mail address, phone number and notes; the
 * name, party, title and department when no public record needs them (the
 * name becomes "Person 12 (erased)"); assignments and candidacies;
 * attendance at forum events; reports not brought before a body, with
 * their attachments; attendance, votes and roles at meetings not held
 * (planned, agenda locked, cancelled), the name in their statements and
 * motions (written as the pseudonym); being the case officer of items
 * without a diary number and responsible for clauses not kept.
 *
 * The change history goes with them: the history of each row removed, the
 * rows the person owned that were deleted before included, is forgotten;
 * the person's id is nulled and the name written as the pseudonym in the
 * history of the other rows that are not kept; and the person's own
 * history is rewritten to the values erased, so that it names none of
 * them. Kept rows keep their history.
 *
 * After the commit the full-text indexes are merged, the write-ahead log
 * emptied and the register rebuilt (ber_store_wipe_free_space()), so that
 * no copy of what was erased remains in the register's files. When another
 * program reads the register, that cannot be done: the erasure stands,
 * @done says so, and erasing again wipes the file. Backups made before are
 * not touched.
 */
gboolean
ber_persons_erase_personal_data (BerPersons      *self,
                                 gint64           person_id,
                                 BerErasurePlan **done,
                                 GError         **error)
{
  BerStore *store;
  g_autoptr(BerPersonalData) data = NULL;
  g_autoptr(BerErasurePlan) plan = NULL;
  g_autoptr(GError) wipe_error = NULL;
  Erasure erasure;
  gboolean ok;

  g_return_val_if_fail (BER_IS_PERSONS (self), FALSE);

  store = ber_service_get_store (BER_SERVICE (self));
  if (!ber_store_begin (store, error))
    return FALSE;
  /* Read within the transaction: nobody changes the person meanwhile. */
  data = _ber_persons_collect_personal_data (self, person_id, FALSE, error);
  ok = data != NULL;
  if (ok)
    {
      plan = plan_from (data);
      erasure.store = store;
      erasure.data = data;
      erasure.plan = plan;
      erasure.name = plan->name;
      ok = apply (&erasure, error);
    }
  if (!ber_service_commit_or_rollback (store, ok, error))
    return FALSE;

  if (!ber_store_wipe_free_space (store, &wipe_error))
    {
      g_message ("The register was not wiped after an erasure: %s", wipe_error->message);
      plan->wipe_problem = g_strdup (wipe_error->message);
    }
  if (done != NULL)
    *done = g_steal_pointer (&plan);
  return TRUE;
}

static void
erase_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  BerPersons *self = source_object;
  g_autoptr(BerStore) store = NULL;
  g_autoptr(BerPersons) persons = NULL;
  g_autoptr(GError) error = NULL;
  BerErasurePlan *done = NULL;

  /* A connection of the thread's own; the window's lists go on reading. */
  store = ber_store_open_another (ber_service_get_store (BER_SERVICE (self)), &error);
  if (store != NULL)
    persons = ber_persons_new (store);
  if (persons == NULL
      || !ber_persons_erase_personal_data (persons, *(gint64 *) task_data, &done, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, done, (GDestroyNotify) ber_erasure_plan_free);
}

/* As ber_persons_erase_personal_data(), in a worker thread: wiping the file
 * of a large register takes a while. */
void
ber_persons_erase_personal_data_async (BerPersons          *self,
                                       gint64               person_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BER_IS_PERSONS (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ber_persons_erase_personal_data_async);
  g_task_set_task_data (task, g_memdup2 (&person_id, sizeof person_id), g_free);
  g_task_run_in_thread (task, erase_in_thread);
}

/* Returns: (transfer full): what was done, or %NULL with @error set */
BerErasurePlan *
ber_persons_erase_personal_data_finish (BerPersons    *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  static const char * const tables[] = {
    "person", "assignment", "attendance", "event_attendance", "report", "document", "vote",
    "meeting", "agenda_entry", "clause", "item", "statement", "motion", "history", NULL
  };
  BerErasurePlan *done;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  done = g_task_propagate_pointer (G_TASK (result), error);
  /* Written through another connection: this one's lists read again. */
  if (done != NULL)
    for (guint i = 0; tables[i] != NULL; i++)
      ber_store_emit_row_changed (ber_service_get_store (BER_SERVICE (self)), tables[i], 0,
                                  BER_STORE_CHANGE_RESET);
  return done;
}

void
ber_erasure_plan_free (BerErasurePlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->name);
  g_free (plan->pseudonym);
  g_clear_pointer (&plan->removed, g_ptr_array_unref);
  g_clear_pointer (&plan->kept, g_ptr_array_unref);
  g_free (plan->wipe_problem);
  g_free (plan);
}

/* The person's name as it stood before the erasure. */
const char *
ber_erasure_plan_get_name (BerErasurePlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->name;
}

/* Returns: (nullable): the name the person is given, or %NULL when the name is kept */
const char *
ber_erasure_plan_get_pseudonym (BerErasurePlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->keeps_name ? NULL : plan->pseudonym;
}

/* Returns: (transfer none): what goes, a sentence each, %NULL-ended */
const char * const *
ber_erasure_plan_get_removed (BerErasurePlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return (const char * const *) plan->removed->pdata;
}

/* How many kinds of data are kept, each with its reason. */
guint
ber_erasure_plan_get_n_kept (BerErasurePlan *plan)
{
  g_return_val_if_fail (plan != NULL, 0);
  return plan->kept->len;
}

/* "Votes (3)" */
const char *
ber_erasure_plan_get_kept_title (BerErasurePlan *plan,
                                 guint           index)
{
  g_return_val_if_fail (plan != NULL && index < plan->kept->len, NULL);
  return ((Kept *) g_ptr_array_index (plan->kept, index))->title;
}

/* Which records: "§ 12 Title (Regionstyrelsen 2026-09-15); …" */
const char *
ber_erasure_plan_get_kept_detail (BerErasurePlan *plan,
                                  guint           index)
{
  g_return_val_if_fail (plan != NULL && index < plan->kept->len, NULL);
  return ((Kept *) g_ptr_array_index (plan->kept, index))->detail;
}

/* Why the law keeps them. */
const char *
ber_erasure_plan_get_kept_reason (BerErasurePlan *plan,
                                  guint           index)
{
  g_return_val_if_fail (plan != NULL && index < plan->kept->len, NULL);
  return ((Kept *) g_ptr_array_index (plan->kept, index))->reason;
}

/* Returns: (nullable): after an erasure, why the file could not be wiped */
const char *
ber_erasure_plan_get_wipe_problem (BerErasurePlan *plan)
{
  g_return_val_if_fail (plan != NULL, NULL);
  return plan->wipe_problem;
}
