/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-csv.h"
#include "ber-date.h"
#include "ber-import-private.h"
#include "ber-import-plan-private.h"
#include "ber-import-row-private.h"

/*
 * Planning an import: what each line of the file would do.
 *
 * It reads the register once (every network or person, the bodies, the
 * current memberships) into hash tables, so planning a line is a few lookups
 * and a file of 10,000 lines plans in a fraction of a second. Matching keys
 * are folded: Unicode NFC, case-folded, whitespace trimmed and collapsed.
 *
 * Membership history is never overwritten: a changed status or activity
 * ends the open membership row today and adds a new one from today.
 */

static void add_problem (GString    **problems,
                         const char  *format,
                         ...) G_GNUC_PRINTF (2, 3);

static void
add_problem (GString    **problems,
             const char  *format,
             ...)
{
  va_list args;

  if (*problems == NULL)
    *problems = g_string_new (NULL);
  else
    g_string_append_c (*problems, ' ');

  va_start (args, format);
  g_string_append_vprintf (*problems, format, args);
  va_end (args);
}

/* The header line */

static int
find_field (Plan       *plan,
            const char *header)
{
  g_autofree char *folded = ber_import_fold (header, TRUE);

  for (guint f = 0; f < plan->n_fields; f++)
    for (guint k = 0; k < G_N_ELEMENTS (plan->fields[f].headers); k++)
      {
        g_autofree char *accepted = NULL;

        if (plan->fields[f].headers[k] == NULL)
          break;
        accepted = ber_import_fold (plan->fields[f].headers[k], TRUE);
        if (g_str_equal (folded, accepted))
          return (int) f;
      }

  return -1;
}

static gboolean
read_header (Plan    *plan,
             GError **error)
{
  g_autoptr(GStrvBuilder) ignored = g_strv_builder_new ();
  const char * const *cells = ber_csv_get_row (plan->csv, 0, &plan->n_header_cells);

  for (guint f = 0; f < plan->n_fields; f++)
    plan->columns[f] = -1;

  for (guint i = 0; i < plan->n_header_cells; i++)
    {
      g_autofree char *header = ber_import_trim (cells[i]);
      int f;

      if (*header == '\0')
        continue;

      f = find_field (plan, header);
      if (f < 0)
        {
          g_autofree char *shown = ber_import_snippet (header);

          g_strv_builder_add (ignored, shown);
          continue;
        }
      if (plan->columns[f] >= 0)
        {
          g_autofree char *first = ber_import_snippet (plan->headers[f]);
          g_autofree char *second = ber_import_snippet (header);

          g_set_error (error, BER_IMPORT_ERROR, BER_IMPORT_ERROR_DUPLICATE_COLUMN,
                       _("The columns “%s” and “%s” hold the same thing. Remove one of them "
                         "and import the file again."),
                       first, second);
          return FALSE;
        }
      plan->columns[f] = (int) i;
      plan->headers[f] = ber_import_snippet (header);
    }

  for (guint f = 0; f < plan->n_fields; f++)
    {
      guint k = plan->n_order++;

      if (plan->columns[f] < 0)
        {
          plan->n_order--;
          continue;
        }
      for (; k > 0 && plan->columns[plan->order[k - 1]] > plan->columns[f]; k--)
        plan->order[k] = plan->order[k - 1];
      plan->order[k] = f;
    }

  if (plan->columns[0] < 0)
    {
      g_set_error_literal (error, BER_IMPORT_ERROR, BER_IMPORT_ERROR_MISSING_COLUMN,
                           _("The file has no column for the name. Its first line must name "
                             "the columns, one of them “Name” (or “Namn”)."));
      return FALSE;
    }

  plan->ignored = g_strv_builder_end (ignored);
  return TRUE;
}

/* Lines */

static GVariant *
convert (Plan        *plan,
         guint        f,
         const char  *text,
         GString    **problems)
{
  const BerImportField *field = &plan->fields[f];
  const char *header = plan->headers[f];
  g_autofree char *shown = NULL;

  switch (field->type)
    {
    case FIELD_NAME:
    case FIELD_TEXT:
    case FIELD_VIA:
      return g_variant_new_string (text);

    case FIELD_CHOICE:
      {
        const char *value = ber_import_lookup_choice (field->choices, text);
        g_autofree char *choices = NULL;

        if (value != NULL)
          return g_variant_new_string (value);

        shown = ber_import_snippet (text);
        choices = ber_import_describe_choices (field->choices);
        /* Translators: “Aktivitet” is “ganska aktiv”; write very active, active or inactive. */
        add_problem (problems, _("“%s” is “%s”; write %s."), header, shown, choices);
        return NULL;
      }

    case FIELD_DATE:
      if (ber_date_parse (text, NULL))
        return g_variant_new_string (text);
      shown = ber_import_snippet (text);
      add_problem (problems, _("“%s” is “%s”; write a date as YYYY-MM-DD, for example 2026-11-23."),
                   header, shown);
      return NULL;

    case FIELD_BODY:
      {
        g_autofree char *key = ber_import_fold (text, FALSE);
        gint64 *id = g_hash_table_lookup (plan->bodies, key);

        if (id != NULL)
          return g_variant_new_int64 (*id);
        shown = ber_import_snippet (text);
        add_problem (problems, _("“%s” is “%s”, which is no body in the register; write the "
                                 "name or short name of one."),
                     header, shown);
        return NULL;
      }

    case FIELD_EMAIL:
      if (ber_import_is_email (text))
        return g_variant_new_string (text);
      shown = ber_import_snippet (text);
      add_problem (problems, _("“%s” is “%s”, which is not an e-mail address; write it as "
                               "name@example.se."),
                   header, shown);
      return NULL;

    default:
      g_assert_not_reached ();
    }
}

/* Returns: the earlier line with the same @key, 0 if none (or one was reported). */
static guint
seen_before (Plan       *plan,
             GHashTable *seen,
             gpointer    key,
             Pending    *p)
{
  gpointer line;

  if (key == NULL || p->duplicate)
    return 0;
  if (g_hash_table_lookup_extended (seen, key, NULL, &line))
    {
      p->duplicate = TRUE;
      return GPOINTER_TO_UINT (line);
    }

  if (seen == plan->seen_id)
    g_hash_table_insert (seen, key, GUINT_TO_POINTER (p->row->line));
  else
    g_hash_table_insert (seen, g_strdup (key), GUINT_TO_POINTER (p->row->line));
  return 0;
}

static void
note_changed (Pending    *p,
              const char *header)
{
  if (p->changed == NULL)
    p->changed = g_string_new (header);
  else
    {
      g_autofree char *before = g_string_free (g_steal_pointer (&p->changed), FALSE);

      /* Translators: joins the columns that change, "Webbplats, Status" */
      p->changed = g_string_new (NULL);
      g_string_printf (p->changed, _("%s, %s"), before, header);
    }
}

/* E-mail addresses that differ only in case are the same address. */
static gboolean
is_same (const BerImportField *field,
         GVariant    *current,
         GVariant    *given)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (g_variant_equal (current, given))
    return TRUE;
  if (field->type != FIELD_EMAIL || !g_variant_is_of_type (current, G_VARIANT_TYPE_STRING))
    return FALSE;

  a = ber_import_fold (g_variant_get_string (current, NULL), FALSE);
  b = ber_import_fold (g_variant_get_string (given, NULL), FALSE);
  return g_str_equal (a, b);
}

/* Values to write: all given ones for a new row, else the ones that differ. */
static void
plan_changes (Plan      *plan,
              Pending   *p,
              GVariant **given)
{
  GVariantBuilder changes;

  g_variant_builder_init (&changes, G_VARIANT_TYPE_VARDICT);
  for (guint k = 0; k < plan->n_order; k++)
    {
      guint f = plan->order[k];
      g_autoptr(GVariant) current = NULL;

      if (given[f] == NULL || plan->fields[f].membership)
        continue;
      if (p->match != NULL)
        {
          if (p->match->row == NULL)
            p->match->row = g_variant_dict_new (p->match->original);
          current = g_variant_dict_lookup_value (p->match->row, plan->fields[f].key, NULL);
          if (current != NULL && is_same (&plan->fields[f], current, given[f]))
            continue;
          note_changed (p, plan->headers[f]);
        }
      g_variant_builder_add (&changes, "{sv}", plan->fields[f].key, given[f]);
    }

  p->row->changes = g_variant_ref_sink (g_variant_builder_end (&changes));
}

static void
plan_network (Plan       *plan,
              Pending    *p,
              char      **text)
{
  BerImportRow *row = p->row;
  const char *name = text[NF_NAME];
  const char *acronym = text[NF_ACRONYM];
  g_autofree char *name_key = name != NULL ? ber_import_fold (name, FALSE) : NULL;
  g_autofree char *acronym_key = acronym != NULL ? ber_import_fold (acronym, FALSE) : NULL;
  g_autofree char *shown_name = name != NULL ? ber_import_snippet (name) : NULL;
  g_autofree char *shown_acronym = acronym != NULL ? ber_import_snippet (acronym) : NULL;
  Existing *by_acronym = _ber_import_lookup_existing (plan->by_key, acronym_key);
  Existing *by_name = _ber_import_lookup_existing (plan->by_name, name_key);
  guint line;

  if (name != NULL && acronym != NULL)
    row->title = g_strdup_printf ("%s (%s)", shown_name, shown_acronym);
  else
    row->title = g_strdup (shown_name != NULL ? shown_name : shown_acronym);

  if (name == NULL)
    add_problem (&p->problems, _("“%s” is empty; every network needs a name."),
                 plan->headers[NF_NAME]);

  if (by_acronym == AMBIGUOUS)
    add_problem (&p->problems, _("Several networks in the register have the acronym “%s”."),
                 shown_acronym);
  else if (by_acronym != NULL)
    p->match = by_acronym;
  else if (by_name == AMBIGUOUS)
    add_problem (&p->problems, _("Several networks in the register are called “%s”."),
                 shown_name);
  else
    p->match = by_name;

  if (p->match != NULL && by_name != NULL && by_name != p->match)
    add_problem (&p->problems, _("Another network in the register is already called “%s”."),
                 shown_name);

  if ((line = seen_before (plan, plan->seen_key, acronym_key, p)) != 0)
    add_problem (&p->problems, _("The same acronym is already on line %u."), line);
  if ((line = seen_before (plan, plan->seen_name, name_key, p)) != 0)
    add_problem (&p->problems, _("The same name is already on line %u."), line);
  if (p->match != NULL && (line = seen_before (plan, plan->seen_id, &p->match->id, p)) != 0)
    add_problem (&p->problems, _("This network is already on line %u."), line);

  if (acronym_key != NULL && !g_hash_table_contains (plan->file_key, acronym_key))
    g_hash_table_insert (plan->file_key, g_strdup (acronym_key), row);
  if (name_key != NULL && !g_hash_table_contains (plan->file_name, name_key))
    g_hash_table_insert (plan->file_name, g_strdup (name_key), row);

  row->via_text = g_strdup (text[NF_VIA]);
}

static void
plan_person (Plan       *plan,
             Pending    *p,
             char      **text,
             GVariant  **given)
{
  BerImportRow *row = p->row;
  const char *name = text[PF_NAME];
  const char *email = given[PF_EMAIL] != NULL ? text[PF_EMAIL] : NULL;
  g_autofree char *email_key = email != NULL ? ber_import_fold (email, FALSE) : NULL;
  g_autofree char *shown_name = name != NULL ? ber_import_snippet (name) : NULL;
  g_autofree char *shown_email = email != NULL ? ber_import_snippet (email) : NULL;
  g_autofree char *key = NULL;
  Existing *by_email = _ber_import_lookup_existing (plan->by_key, email_key);
  Existing *by_name = _ber_import_lookup_existing (plan->by_name, name);
  guint line;

  row->title = g_strdup (shown_name != NULL ? shown_name : shown_email);

  if (name == NULL)
    add_problem (&p->problems, _("“%s” is empty; every person needs a name."),
                 plan->headers[PF_NAME]);

  if (by_email == AMBIGUOUS)
    add_problem (&p->problems, _("Several people in the register have the e-mail address “%s”."),
                 shown_email);
  else if (by_email != NULL)
    p->match = by_email;
  else if (email != NULL)
    {
      /* Someone of the same name without an address is taken to be the same person. */
      if (by_name != NULL && by_name != AMBIGUOUS && by_name->email[0] == '\0')
        p->match = by_name;
    }
  else if (text[PF_EMAIL] == NULL && by_name == AMBIGUOUS)
    add_problem (&p->problems, _("Several people in the register are called “%s”; add their "
                                 "e-mail addresses to tell them apart."),
                 shown_name);
  else if (text[PF_EMAIL] == NULL)
    p->match = by_name;

  if (email_key != NULL)
    key = g_strconcat ("e:", email_key, NULL);
  else if (name != NULL && text[PF_EMAIL] == NULL)
    key = g_strconcat ("n:", name, NULL);
  if ((line = seen_before (plan, plan->seen_key, key, p)) != 0
      || (p->match != NULL && (line = seen_before (plan, plan->seen_id, &p->match->id, p)) != 0))
    add_problem (&p->problems, _("This person is already on line %u."), line);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
plan_line (Plan  *plan,
           guint  r)
{
  guint n_cells;
  const char * const *cells = ber_csv_get_row (plan->csv, r, &n_cells);
  char *text[MAX_FIELDS] = { NULL };
  GVariant *given[MAX_FIELDS] = { NULL };
  GVariantBuilder values;
  gboolean extra = FALSE;
  gboolean empty = TRUE;
  Pending p = { NULL };

  for (guint i = 0; i < n_cells && empty; i++)
    empty = is_blank (cells[i]);
  if (empty)
    return;

  p.row = ber_import_row_new (ber_csv_get_line (plan->csv, r));
  for (guint i = plan->n_header_cells; i < n_cells; i++)
    extra = extra || !is_blank (cells[i]);
  if (extra)
    add_problem (&p.problems, _("It has %u cells, but the first line names only %u columns. A "
                                "cell with the separator in it must be in quotes."),
                 n_cells, plan->n_header_cells);

  g_variant_builder_init (&values, G_VARIANT_TYPE_VARDICT);
  for (guint k = 0; k < plan->n_order; k++)
    {
      guint f = plan->order[k];
      int column = plan->columns[f];

      if (column < 0 || (guint) column >= n_cells)
        continue;
      text[f] = ber_import_trim (cells[column]);
      if (*text[f] == '\0')
        {
          g_clear_pointer (&text[f], g_free);
          continue;
        }
      given[f] = convert (plan, f, text[f], &p.problems);
      if (given[f] != NULL)
        {
          g_variant_ref_sink (given[f]);
          g_variant_builder_add (&values, "{sv}", plan->fields[f].key, given[f]);
        }
    }
  p.row->values = g_variant_ref_sink (g_variant_builder_end (&values));

  if (plan->kind == BER_IMPORT_NETWORKS)
    {
      plan_network (plan, &p, text);
      p.status_given = text[NF_STATUS] != NULL;
      if (given[NF_STATUS] != NULL)
        p.row->status = ber_import_lookup_choice (BER_CHOICES_MEMBERSHIP_STATUS,
                                                  text[NF_STATUS]);
      if (given[NF_ACTIVITY] != NULL)
        p.row->activity = ber_import_lookup_choice (BER_CHOICES_ACTIVITY, text[NF_ACTIVITY]);
    }
  else
    plan_person (plan, &p, text, given);

  if (p.row->title == NULL)
    p.row->title = g_strdup (_("(no name)"));
  p.row->id = p.match != NULL ? p.match->id : 0;
  p.row->original = p.match != NULL ? g_variant_ref (p.match->original) : NULL;
  plan_changes (plan, &p, given);

  for (guint f = 0; f < plan->n_fields; f++)
    {
      g_free (text[f]);
      g_clear_pointer (&given[f], g_variant_unref);
    }

  g_ptr_array_add (plan->rows, p.row);
  g_array_append_val (plan->pending, p);
}

static BerImportRow *
find_file_network (Plan       *plan,
                   const char *key)
{
  BerImportRow *row = g_hash_table_lookup (plan->file_key, key);

  return row != NULL ? row : g_hash_table_lookup (plan->file_name, key);
}

static void
resolve_via (Plan    *plan,
             Pending *p)
{
  BerImportRow *row = p->row;
  g_autofree char *key = ber_import_fold (row->via_text, FALSE);
  g_autofree char *shown = ber_import_snippet (row->via_text);
  Existing *target = _ber_import_lookup_existing (plan->by_key, key);
  BerImportRow *file_row;

  if (target == NULL || target == AMBIGUOUS)
    target = _ber_import_lookup_existing (plan->by_name, key);

  if (target != NULL && target != AMBIGUOUS)
    {
      if (target == p->match)
        add_problem (&p->problems, _("A network cannot be a member through itself."));
      row->via_id = target->id;
      return;
    }

  file_row = find_file_network (plan, key);
  if (file_row == NULL)
    add_problem (&p->problems, _("“%s” is “%s”, which is no network in the register or in "
                                 "the file."),
                 plan->headers[NF_VIA], shown);
  else if (file_row == row)
    add_problem (&p->problems, _("A network cannot be a member through itself."));
  else if (file_row->id != 0)
    row->via_id = file_row->id;
  else
    row->via_row = file_row;
}

static void
plan_membership (Plan    *plan,
                 Pending *p)
{
  BerImportRow *row = p->row;
  Existing *ex = p->match;
  const char *status = row->status;
  const char *activity = row->activity;
  gboolean differs;

  if (status == NULL && activity == NULL && row->via_text == NULL)
    return;

  if (status == NULL && ex != NULL)
    status = ex->status;
  if (status == NULL)
    {
      /* A status that is not one has been reported already. */
      if (p->status_given)
        return;
      add_problem (&p->problems, _("There is no membership status; a membership needs one."));
      return;
    }
  if (activity == NULL)
    activity = ex != NULL && ex->status != NULL ? ex->activity : "active";

  if (g_str_equal (status, "indirect"))
    {
      if (row->via_text != NULL)
        resolve_via (plan, p);
      else if (ex != NULL && g_strcmp0 (ex->status, "indirect") == 0)
        row->via_id = ex->via_id;
      else
        add_problem (&p->problems, _("An indirect member needs the network it is a member "
                                     "through, in a column “Via” (or “Genom”)."));
    }
  else if (row->via_text != NULL)
    {
      g_autofree char *shown = ber_import_snippet (row->via_text);

      add_problem (&p->problems, _("“%s” is “%s”, but only an indirect member is a member "
                                   "through another network."),
                   plan->headers[NF_VIA], shown);
    }
  if (p->problems != NULL)
    return;

  differs = ex == NULL || ex->status == NULL || !g_str_equal (status, ex->status)
            || !g_str_equal (activity, ex->activity) || row->via_row != NULL
            || row->via_id != ex->via_id;
  if (!differs)
    return;

  if (ex != NULL && ex->from_on != NULL && strcmp (ex->from_on, plan->today) > 0)
    {
      add_problem (&p->problems, _("The current membership starts on %s, after today; change "
                                   "it in the register first."),
                   ex->from_on);
      return;
    }

  row->add_membership = TRUE;
  row->status = status;
  row->activity = activity;
  if (ex != NULL && ex->membership_id != 0 && ex->to_on == NULL)
    row->close_membership_id = ex->membership_id;

  if (ex == NULL)
    return;
  if (plan->headers[NF_STATUS] != NULL && g_strcmp0 (status, ex->status) != 0)
    note_changed (p, plan->headers[NF_STATUS]);
  if (plan->headers[NF_VIA] != NULL && (row->via_row != NULL || row->via_id != ex->via_id))
    note_changed (p, plan->headers[NF_VIA]);
  if (plan->headers[NF_ACTIVITY] != NULL && g_strcmp0 (activity, ex->activity) != 0)
    note_changed (p, plan->headers[NF_ACTIVITY]);
}

static void
finish_line (Plan    *plan,
             Pending *p)
{
  BerImportRow *row = p->row;

  if (plan->kind == BER_IMPORT_NETWORKS)
    plan_membership (plan, p);

  if (p->problems != NULL)
    {
      row->action = BER_IMPORT_ACTION_ERROR;
      /* Translators: Line 7: “Aktivitet” is “ganska aktiv”; write … */
      row->message = g_strdup_printf (_("Line %u: %s"), row->line, p->problems->str);
    }
  else if (p->match == NULL)
    row->action = BER_IMPORT_ACTION_INSERT;
  else if (g_variant_n_children (row->changes) > 0 || row->add_membership)
    {
      row->action = BER_IMPORT_ACTION_UPDATE;
      /* Translators: the columns whose values change, "Changes: Webbplats, Status" */
      row->message = g_strdup_printf (_("Changes: %s"), p->changed != NULL ? p->changed->str : "");
    }
  else
    row->action = BER_IMPORT_ACTION_UNCHANGED;
}

/* A line whose network comes from a line with errors cannot be imported either. */
static void
propagate_errors (GPtrArray *rows)
{
  gboolean changed = TRUE;

  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < rows->len; i++)
        {
          BerImportRow *row = g_ptr_array_index (rows, i);

          if (row->action == BER_IMPORT_ACTION_ERROR || row->via_row == NULL
              || row->via_row->action != BER_IMPORT_ACTION_ERROR)
            continue;

          row->action = BER_IMPORT_ACTION_ERROR;
          row->add_membership = FALSE;
          g_free (row->message);
          row->message = g_strdup_printf (_("Line %u: the network it is a member through, on "
                                            "line %u, has errors."),
                                          row->line, row->via_row->line);
          changed = TRUE;
        }
    }
}

static void
plan_clear (Plan *plan)
{
  g_clear_pointer (&plan->csv, ber_csv_unref);
  for (guint f = 0; f < MAX_FIELDS; f++)
    g_clear_pointer (&plan->headers[f], g_free);
  for (guint i = 0; plan->pending != NULL && i < plan->pending->len; i++)
    {
      Pending *p = &g_array_index (plan->pending, Pending, i);

      if (p->problems != NULL)
        g_string_free (p->problems, TRUE);
      if (p->changed != NULL)
        g_string_free (p->changed, TRUE);
    }
  g_clear_pointer (&plan->pending, g_array_unref);
  g_clear_pointer (&plan->by_key, g_hash_table_unref);
  g_clear_pointer (&plan->by_name, g_hash_table_unref);
  g_clear_pointer (&plan->by_id, g_hash_table_unref);
  g_clear_pointer (&plan->bodies, g_hash_table_unref);
  g_clear_pointer (&plan->seen_key, g_hash_table_unref);
  g_clear_pointer (&plan->seen_name, g_hash_table_unref);
  g_clear_pointer (&plan->seen_id, g_hash_table_unref);
  g_clear_pointer (&plan->file_key, g_hash_table_unref);
  g_clear_pointer (&plan->file_name, g_hash_table_unref);
  g_clear_pointer (&plan->existing, g_ptr_array_unref);
  g_clear_pointer (&plan->rows, g_ptr_array_unref);
  g_clear_pointer (&plan->ignored, g_strfreev);
}

static void
plan_init (Plan          *plan,
           BerStore      *store,
           BerImportKind  kind)
{
  gboolean networks = kind == BER_IMPORT_NETWORKS;

  plan->store = store;
  plan->kind = kind;
  plan->rows = g_ptr_array_new_with_free_func (g_object_unref);
  plan->fields = networks ? ber_import_network_fields : ber_import_person_fields;
  plan->n_fields = networks ? N_NF : N_PF;
  plan->today = ber_store_get_today (store);
  plan->existing = g_ptr_array_new_with_free_func (_ber_import_existing_free);
  plan->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  plan->bodies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  plan->seen_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan->seen_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan->seen_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  plan->file_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan->file_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  plan->pending = g_array_new (FALSE, TRUE, sizeof (Pending));
}


/**
 * ber_import_plan:
 * @file_name: (nullable): the file's name, for the messages about its encoding
 * @ignored_columns: (out): the headers of the columns no field matched
 * @encoding: (out): the encoding the file was read in
 *
 * Returns: (transfer full): a BerImportRow per line with content, or %NULL
 *   when the file as a whole cannot be imported
 */
GPtrArray *
ber_import_plan (BerStore           *store,
                 BerImportKind       kind,
                 GBytes             *bytes,
                 const char         *file_name,
                 GStrv              *ignored_columns,
                 BerCsvEncoding     *encoding,
                 BerImportProgress  *progress,
                 GError            **error)
{
  Plan plan = { NULL };
  GPtrArray *rows = NULL;
  gboolean ok;

  plan_init (&plan, store, kind);
  plan.csv = ber_csv_parse_file (bytes, file_name, error);
  ok = plan.csv != NULL && read_header (&plan, error) && _ber_import_read_register (&plan, error);

  if (ok && progress != NULL)
    g_atomic_int_set (&progress->total, (gint) ber_csv_get_n_rows (plan.csv));
  for (guint r = 1; ok && r < ber_csv_get_n_rows (plan.csv); r++)
    {
      plan_line (&plan, r);
      if (progress != NULL)
        {
          g_atomic_int_set (&progress->done, (gint) r);
          ok = !g_cancellable_set_error_if_cancelled (progress->cancellable, error);
        }
    }
  for (guint i = 0; ok && i < plan.pending->len; i++)
    finish_line (&plan, &g_array_index (plan.pending, Pending, i));
  if (ok)
    propagate_errors (plan.rows);

  if (ok && plan.rows->len == 0)
    {
      g_set_error_literal (error, BER_IMPORT_ERROR, BER_IMPORT_ERROR_NO_ROWS,
                           _("The file has no lines to import after its first line, which "
                             "names the columns."));
      ok = FALSE;
    }
  if (ok)
    {
      rows = g_steal_pointer (&plan.rows);
      *ignored_columns = g_steal_pointer (&plan.ignored);
      *encoding = ber_csv_get_encoding (plan.csv);
    }

  plan_clear (&plan);
  return rows;
}
