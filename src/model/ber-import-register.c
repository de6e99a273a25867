/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-import-plan-private.h"
#include "ber-import-row-private.h"

/*
 * The register as an import plans against it: every network or person,
 * the bodies and the current memberships, read once into hash tables.
 */

Existing _ber_import_ambiguous;


void
_ber_import_existing_free (gpointer data)
{
  Existing *ex = data;

  g_clear_pointer (&ex->row, g_variant_dict_unref);
  g_clear_pointer (&ex->original, g_variant_unref);
  g_free (ex->email);
  g_free (ex->from_on);
  g_free (ex->to_on);
  g_free (ex);
}

static void
index_existing (GHashTable *table,
                char       *key,
                Existing   *ex)
{
  if (*key == '\0')
    g_free (key);
  else if (g_hash_table_contains (table, key))
    {
      g_hash_table_insert (table, key, AMBIGUOUS);
    }
  else
    g_hash_table_insert (table, key, ex);
}

Existing *
_ber_import_lookup_existing (GHashTable *table,
                             const char *key)
{
  return key != NULL ? g_hash_table_lookup (table, key) : NULL;
}

static GPtrArray *
select_all (BerStore    *store,
            const char  *source,
            GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new (source);

  return ber_store_select (store, query, 0, G_MAXUINT, error);
}

/* The few columns of a row that planning needs, taken in one pass over it. */
typedef struct
{
  const char *key;
  GVariant   *value;
} Pick;

static void
pick (GVariant *row,
      Pick     *picks,
      guint     n_picks)
{
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_variant_iter_init (&iter, row);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      for (guint k = 0; k < n_picks && value != NULL; k++)
        if (picks[k].value == NULL && g_str_equal (picks[k].key, key))
          picks[k].value = g_steal_pointer (&value);
      g_clear_pointer (&value, g_variant_unref);
    }
}

static void
picks_clear (Pick  *picks,
             guint  n_picks)
{
  for (guint k = 0; k < n_picks; k++)
    g_clear_pointer (&picks[k].value, g_variant_unref);
}

/* Returns: the text, or %NULL for SQL NULL (or not text). */
static const char *
pick_string (const Pick *p)
{
  if (p->value == NULL || !g_variant_is_of_type (p->value, G_VARIANT_TYPE_STRING))
    return NULL;
  return g_variant_get_string (p->value, NULL);
}

static gint64
pick_int64 (const Pick *p)
{
  if (p->value == NULL || !g_variant_is_of_type (p->value, G_VARIANT_TYPE_INT64))
    return 0;
  return g_variant_get_int64 (p->value);
}

#define PICK_TEXT(p) (pick_string (p) != NULL ? pick_string (p) : "")

/* The latest membership, as network_list orders them: by from_on (none last), then id. */
static gboolean
is_later (const char *from_on,
          gint64      id,
          Existing   *ex)
{
  if (ex->membership_id == 0)
    return TRUE;
  if (from_on != NULL && ex->from_on == NULL)
    return TRUE;
  if (from_on == NULL && ex->from_on != NULL)
    return FALSE;
  if (from_on != NULL && strcmp (from_on, ex->from_on) != 0)
    return strcmp (from_on, ex->from_on) > 0;
  return id > ex->membership_id;
}

static gboolean
read_memberships (Plan    *plan,
                  GError **error)
{
  g_autoptr(GPtrArray) rows = select_all (plan->store, "membership", error);

  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      Pick m[] = { { "id" }, { "network_id" }, { "status" }, { "activity" },
                   { "via_network_id" }, { "from_on" }, { "to_on" } };
      gint64 network_id, id;
      Existing *ex;
      int status, activity;

      pick (g_ptr_array_index (rows, i), m, G_N_ELEMENTS (m));
      id = pick_int64 (&m[0]);
      network_id = pick_int64 (&m[1]);
      ex = g_hash_table_lookup (plan->by_id, &network_id);
      if (ex != NULL && is_later (pick_string (&m[5]), id, ex))
        {
          status = ber_choice_index (BER_CHOICES_MEMBERSHIP_STATUS, pick_string (&m[2]));
          activity = ber_choice_index (BER_CHOICES_ACTIVITY, pick_string (&m[3]));
          ex->membership_id = id;
          ex->status = status >= 0 ? ber_choice_value (BER_CHOICES_MEMBERSHIP_STATUS, status)
                                   : NULL;
          ex->activity = ber_choice_value (BER_CHOICES_ACTIVITY, activity >= 0 ? activity : 1);
          ex->via_id = pick_int64 (&m[4]);
          g_free (ex->from_on);
          ex->from_on = g_strdup (pick_string (&m[5]));
          g_free (ex->to_on);
          ex->to_on = g_strdup (pick_string (&m[6]));
        }
      picks_clear (m, G_N_ELEMENTS (m));
    }

  return TRUE;
}

gboolean
_ber_import_read_register (Plan    *plan,
                           GError **error)
{
  gboolean networks = plan->kind == BER_IMPORT_NETWORKS;
  g_autoptr(GPtrArray) rows = select_all (plan->store, networks ? "network" : "person",
                                          error);

  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      Pick r[] = { { "id" }, { "name" }, { networks ? "acronym" : "email" } };
      Existing *ex = g_new0 (Existing, 1);

      ex->original = g_variant_ref (g_ptr_array_index (rows, i));
      pick (ex->original, r, G_N_ELEMENTS (r));
      ex->id = pick_int64 (&r[0]);
      g_ptr_array_add (plan->existing, ex);
      g_hash_table_insert (plan->by_id, &ex->id, ex);
      if (networks)
        {
          index_existing (plan->by_key, ber_import_fold (PICK_TEXT (&r[2]), FALSE), ex);
          index_existing (plan->by_name, ber_import_fold (PICK_TEXT (&r[1]), FALSE), ex);
        }
      else
        {
          ex->email = g_strdup (PICK_TEXT (&r[2]));
          index_existing (plan->by_key, ber_import_fold (ex->email, FALSE), ex);
          index_existing (plan->by_name, g_strdup (PICK_TEXT (&r[1])), ex);
        }
      picks_clear (r, G_N_ELEMENTS (r));
    }

  if (!networks)
    return TRUE;

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = select_all (plan->store, "body", error);
  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      Pick b[] = { { "id" }, { "name" }, { "short_name" } };
      gint64 id;

      pick (g_ptr_array_index (rows, i), b, G_N_ELEMENTS (b));
      id = pick_int64 (&b[0]);
      for (guint k = 1; k < G_N_ELEMENTS (b); k++)
        {
          char *key = ber_import_fold (PICK_TEXT (&b[k]), FALSE);

          if (*key == '\0' || g_hash_table_contains (plan->bodies, key))
            g_free (key);
          else
            g_hash_table_insert (plan->bodies, key, g_memdup2 (&id, sizeof id));
        }
      picks_clear (b, G_N_ELEMENTS (b));
    }

  return read_memberships (plan, error);
}

