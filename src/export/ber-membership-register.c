/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-membership-register"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-collate.h"
#include "ber-bodies.h"
#include "ber-export.h"
#include "ber-labels.h"
#include "ber-membership-register.h"

static void
entry_free (gpointer data)
{
  BerMembershipEntry *entry = data;

  g_clear_pointer (&entry->network, g_variant_unref);
  g_clear_pointer (&entry->membership, g_variant_unref);
  g_clear_pointer (&entry->fee, g_variant_unref);
  g_ptr_array_unref (entry->representatives);
  g_ptr_array_unref (entry->seats);
  g_free (entry);
}

static void
section_free (gpointer data)
{
  BerMembershipSection *section = data;

  g_free (section->heading);
  g_ptr_array_unref (section->entries);
  g_free (section);
}

void
ber_membership_register_clear (BerMembershipRegister *reg)
{
  g_clear_pointer (&reg->bodies, g_ptr_array_unref);
  g_clear_pointer (&reg->sections, g_ptr_array_unref);
  g_clear_pointer (&reg->left, g_ptr_array_unref);
  g_clear_pointer (&reg->entries, g_ptr_array_unref);
}

static GPtrArray *
select_rows (BerStore *store,
             BerQuery *query,
             GError  **error)
{
  return ber_store_select (store, query, 0, G_MAXUINT, error);
}

/* Rows of @source by the network they belong to. */
static GHashTable *
rows_by_network (GPtrArray *rows)
{
  GHashTable *table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gint64 network_id = ber_row_integer (row, "network_id");
      GPtrArray *list = g_hash_table_lookup (table, &network_id);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
          g_hash_table_insert (table, g_memdup2 (&network_id, sizeof network_id), list);
        }
      g_ptr_array_add (list, g_variant_ref (row));
    }

  return table;
}

static GPtrArray *
rows_of (GHashTable *table,
         gint64      network_id)
{
  return g_hash_table_lookup (table, &network_id);
}

void
ber_fee_from_row (GVariant *row,
                  BerFeeLine   *fee)
{
  double amount = ber_row_real (row, "amount");

  fee->cents = ber_export_to_cents (amount);
  fee->currency = ber_row_text (row, "currency");
  fee->rate = ber_row_real (row, "sek_rate");
  fee->sek_known = g_str_equal (fee->currency, "SEK") || fee->rate > 0;
  if (g_str_equal (fee->currency, "SEK"))
    fee->sek_cents = fee->cents;
  else
    fee->sek_cents = fee->rate > 0 ? ber_export_to_cents (amount * fee->rate) : 0;
}

char *
ber_membership_network_title (GVariant *row)
{
  const char *acronym = ber_row_text (row, "acronym");

  if (*acronym == '\0')
    return g_strdup (ber_row_text (row, "name"));
  /* Translators: a network's name and acronym */
  return g_strdup_printf (_("%s (%s)"), ber_row_text (row, "name"), acronym);
}

char *
ber_membership_body_title (GVariant *row)
{
  const char *short_name = ber_row_text (row, "short_name");

  if (*short_name == '\0')
    return g_strdup (ber_row_text (row, "name"));
  /* Translators: a body's name and short name, "Regionstyrelsen (RS)" */
  return g_strdup_printf (_("%s (%s)"), ber_row_text (row, "name"), short_name);
}

/* Loading */

/* The latest row begun by today; without one, the first of the future. */
static GVariant *
current_membership (GPtrArray  *rows,
                    const char *today)
{
  GVariant *best = NULL;
  GVariant *first_future = NULL;

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *from = ber_row_text (row, "from_on");

      if (*from != '\0' && strcmp (from, today) > 0)
        {
          if (first_future == NULL || strcmp (from, ber_row_text (first_future, "from_on")) < 0)
            first_future = row;
          continue;
        }

      if (best == NULL || strcmp (from, ber_row_text (best, "from_on")) > 0
          || (strcmp (from, ber_row_text (best, "from_on")) == 0
              && ber_row_integer (row, "id") > ber_row_integer (best, "id")))
        best = row;
    }

  best = best != NULL ? best : first_future;
  return best != NULL ? g_variant_ref (best) : NULL;
}

typedef struct
{
  gint64      person_id;
  const char *name;
  int         role;          /* the first of the person's roles, in the order of the labels */
  GString    *details;
} Representative;

static void
representative_clear (gpointer data)
{
  Representative *representative = data;

  g_string_free (representative->details, TRUE);
}

static int
compare_representatives (gconstpointer a,
                         gconstpointer b)
{
  const Representative *rep_a = a;
  const Representative *rep_b = b;

  /* Representatives before deputies before officials, then by name. */
  if (rep_a->role != rep_b->role)
    return rep_a->role < rep_b->role ? -1 : 1;
  return ber_collate_sv (rep_a->name, rep_b->name);
}

static int
compare_assignments (gconstpointer a,
                     gconstpointer b)
{
  GVariant *row_a = *(GVariant **) a;
  GVariant *row_b = *(GVariant **) b;
  int role_a = ber_choice_index (BER_CHOICES_ASSIGNMENT_ROLE, ber_row_text (row_a, "role"));
  int role_b = ber_choice_index (BER_CHOICES_ASSIGNMENT_ROLE, ber_row_text (row_b, "role"));

  if (role_a != role_b)
    return role_a < role_b ? -1 : 1;
  return strcmp (ber_row_text (row_a, "network_body_name"),
                 ber_row_text (row_b, "network_body_name"));
}

static Representative *
find_representative (GArray *list,
                     gint64  person_id)
{
  for (guint i = 0; i < list->len; i++)
    if (g_array_index (list, Representative, i).person_id == person_id)
      return &g_array_index (list, Representative, i);
  return NULL;
}

/*
 * One line per person with all of the person's current assignments in the network:
 * "Åsa Lindqvist (Representative, Generalförsamlingen; Board member, Politiska byrån)".
 */
static GPtrArray *
representatives_of (GPtrArray  *rows,
                    const char *today)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) current = g_ptr_array_new ();
  g_autoptr(GArray) people = g_array_new (FALSE, TRUE, sizeof (Representative));

  g_array_set_clear_func (people, representative_clear);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *to = ber_row_text (row, "to_on");

      if (*to == '\0' || strcmp (to, today) >= 0)
        g_ptr_array_add (current, row);
    }
  g_ptr_array_sort (current, compare_assignments);

  for (guint i = 0; i < current->len; i++)
    {
      GVariant *row = g_ptr_array_index (current, i);
      Representative *person = find_representative (people, ber_row_integer (row, "person_id"));

      if (person == NULL)
        {
          Representative added
              = { ber_row_integer (row, "person_id"), ber_row_text (row, "person_name"),
                  ber_choice_index (BER_CHOICES_ASSIGNMENT_ROLE, ber_row_text (row, "role")),
                  g_string_new (NULL) };

          g_array_append_val (people, added);
          person = &g_array_index (people, Representative, people->len - 1);
        }
      else
        g_string_append (person->details, "; ");

      g_string_append (person->details,
                       ber_choice_label (BER_CHOICES_ASSIGNMENT_ROLE, ber_row_text (row, "role")));
      if (*ber_row_text (row, "network_body_name"))
        g_string_append_printf (person->details, ", %s", ber_row_text (row, "network_body_name"));
      if (*ber_row_text (row, "to_on"))
        {
          g_string_append (person->details, ", ");
          /* Translators: the end of an assignment, "until 2026-12-31" */
          g_string_append_printf (person->details, _("until %s"), ber_row_text (row, "to_on"));
        }
    }

  g_array_sort (people, compare_representatives);
  for (guint i = 0; i < people->len; i++)
    {
      Representative *person = &g_array_index (people, Representative, i);

      /* Translators: a representative and the details of the assignments */
      g_ptr_array_add (result, g_strdup_printf (_("%s (%s)"), person->name,
                                                person->details->str));
    }

  return result;
}

/* "Generalförsamlingen (General assembly): 2 seats" */
static GPtrArray *
seats_of (GPtrArray *rows)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      int seats = (int) ber_row_integer (row, "seats");
      g_autofree char *name = g_strdup_printf (_("%s (%s)"), ber_row_text (row, "name"),
                                               ber_choice_label (BER_CHOICES_NETWORK_BODY_KIND,
                                                                 ber_row_text (row, "kind")));

      g_ptr_array_add (result, g_strdup_printf (ngettext ("%s: %d seat", "%s: %d seats", seats),
                                                name, seats));
    }

  return result;
}

GVariant *
ber_membership_register_find_body (BerMembershipRegister *reg,
                                   gint64                 id)
{
  for (guint i = 0; id != 0 && i < reg->bodies->len; i++)
    if (ber_row_integer (g_ptr_array_index (reg->bodies, i), "id") == id)
      return g_ptr_array_index (reg->bodies, i);
  return NULL;
}

static gboolean
load_bodies (BerStore              *store,
             BerMembershipRegister *reg,
             GError               **error)
{
  reg->bodies = ber_bodies_select_in_order (store, error);
  return reg->bodies != NULL;
}

static void
sort_into_sections (BerMembershipRegister *reg)
{
  reg->sections = g_ptr_array_new_with_free_func (section_free);
  reg->left = g_ptr_array_new ();

  for (guint b = 0; b <= reg->bodies->len; b++)
    {
      GVariant *body = b < reg->bodies->len ? g_ptr_array_index (reg->bodies, b) : NULL;
      BerMembershipSection *section = g_new0 (BerMembershipSection, 1);

      section->entries = g_ptr_array_new ();
      section->heading
          = body != NULL ? ber_membership_body_title (body) : g_strdup (_ ("No responsible body"));
      for (guint i = 0; i < reg->entries->len; i++)
        {
          BerMembershipEntry *entry = g_ptr_array_index (reg->entries, i);
          gint64 responsible = ber_row_integer (entry->network, "responsible_body_id");
          gboolean here = body != NULL
                              ? responsible == ber_row_integer (body, "id")
                              : ber_membership_register_find_body (reg, responsible) == NULL;

          if (here && !entry->left)
            g_ptr_array_add (section->entries, entry);
        }

      if (section->entries->len > 0)
        g_ptr_array_add (reg->sections, section);
      else
        section_free (section);
    }

  for (guint i = 0; i < reg->entries->len; i++)
    {
      BerMembershipEntry *entry = g_ptr_array_index (reg->entries, i);

      if (entry->left)
        g_ptr_array_add (reg->left, entry);
    }
}

gboolean
ber_membership_register_load (BerStore              *store,
                              gint64                 body_id,
                              int                    year,
                              BerMembershipRegister *reg,
                              GError               **error)
{
  g_autoptr(BerQuery) networks_query = ber_query_new ("network");
  g_autoptr(BerQuery) memberships_query = ber_query_new ("membership_list");
  g_autoptr(BerQuery) assignments_query = ber_query_new ("assignment_list");
  g_autoptr(BerQuery) seats_query = ber_query_new ("network_body");
  g_autoptr(BerQuery) fees_query = ber_query_new ("fee_list");
  g_autoptr(GPtrArray) networks = NULL;
  g_autoptr(GPtrArray) memberships = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autoptr(GPtrArray) seats = NULL;
  g_autoptr(GPtrArray) fees = NULL;
  g_autoptr(GHashTable) memberships_by = NULL;
  g_autoptr(GHashTable) assignments_by = NULL;
  g_autoptr(GHashTable) seats_by = NULL;
  g_autoptr(GHashTable) fees_by = NULL;

  reg->today = ber_store_get_today (store);
  reg->year = year > 0 ? year : ber_export_current_year (store);

  if (!load_bodies (store, reg, error))
    return FALSE;
  if (body_id != 0 && ber_membership_register_find_body (reg, body_id) == NULL)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                   _("There is no body with id %lld in the register."), (long long) body_id);
      return FALSE;
    }

  ber_query_add_order (networks_query, "sort_key", FALSE);
  ber_query_add_order (networks_query, "id", FALSE);
  if (body_id != 0)
    ber_query_add_condition (networks_query, "responsible_body_id", BER_QUERY_EQ,
                             g_variant_new_int64 (body_id));
  ber_query_add_condition (assignments_query, "candidacy", BER_QUERY_IS_NULL, NULL);
  ber_query_add_condition (assignments_query, "network_id", BER_QUERY_NOT_NULL, NULL);
  ber_query_add_condition (seats_query, "seats", BER_QUERY_GT, g_variant_new_int64 (0));
  ber_query_add_order (seats_query, "id", FALSE);
  ber_query_add_condition (fees_query, "year", BER_QUERY_EQ, g_variant_new_int64 (reg->year));

  if ((networks = select_rows (store, networks_query, error)) == NULL
      || (memberships = select_rows (store, memberships_query, error)) == NULL
      || (assignments = select_rows (store, assignments_query, error)) == NULL
      || (seats = select_rows (store, seats_query, error)) == NULL
      || (fees = select_rows (store, fees_query, error)) == NULL)
    return FALSE;

  memberships_by = rows_by_network (memberships);
  assignments_by = rows_by_network (assignments);
  seats_by = rows_by_network (seats);
  fees_by = rows_by_network (fees);

  reg->entries = g_ptr_array_new_with_free_func (entry_free);
  for (guint i = 0; i < networks->len; i++)
    {
      GVariant *network = g_ptr_array_index (networks, i);
      gint64 id = ber_row_integer (network, "id");
      GPtrArray *fee_rows = rows_of (fees_by, id);
      BerMembershipEntry *entry = g_new0 (BerMembershipEntry, 1);
      const char *to;

      entry->network = g_variant_ref (network);
      entry->membership = current_membership (rows_of (memberships_by, id), reg->today);
      entry->fee = fee_rows != NULL ? g_variant_ref (g_ptr_array_index (fee_rows, 0)) : NULL;
      entry->representatives = representatives_of (rows_of (assignments_by, id), reg->today);
      entry->seats = seats_of (rows_of (seats_by, id));
      to = ber_row_text (entry->membership, "to_on");
      entry->left = g_str_equal (ber_row_text (entry->membership, "status"), "left")
                    || (*to != '\0' && strcmp (to, reg->today) < 0);
      g_ptr_array_add (reg->entries, entry);
    }

  sort_into_sections (reg);
  return TRUE;
}

char *
ber_export_join (GPtrArray  *strings,
                 const char *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < strings->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? separator : "",
                            (const char *) g_ptr_array_index (strings, i));
  return g_string_free (g_steal_pointer (&out), FALSE);
}
