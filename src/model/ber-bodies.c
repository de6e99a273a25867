/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-bodies"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-bodies-private.h"
#include "ber-date.h"
#include "ber-labels.h"
#include "ber-record-list.h"
#include "ber-row.h"

/*
 * The bodies, their routing rules and the subject areas. The standing
 * points are in ber-bodies-points.c.
 */
struct _BerBodies
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerBodies, ber_bodies, BER_TYPE_SERVICE)

static void
ber_bodies_class_init (BerBodiesClass *klass)
{
}

static void
ber_bodies_init (BerBodies *self)
{
}

BerBodies *
ber_bodies_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  return g_object_new (BER_TYPE_BODIES, "store", store, NULL);
}

/* Shared with ber-bodies-points.c */

BerStore *
_ber_bodies_store (BerBodies *self)
{
  return ber_service_get_store (BER_SERVICE (self));
}

gboolean
_ber_bodies_fail (GError     **error,
                  const char  *message)
{
  g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID, message);
  return FALSE;
}

char *
_ber_bodies_stripped (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* Names compare the way people read them: "Regionstyrelsen" and
 * "regionstyrelsen " are the same name. */
char *
_ber_bodies_name_key (const char *name)
{
  g_autofree char *stripped = _ber_bodies_stripped (name);
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normal != NULL ? normal : stripped, -1);
}

/* Looks among the rows of @table for one other than @except_id named
 * @name; *found is %NULL when there is none. */
static gboolean
find_name (BerBodies   *self,
           const char  *table,
           GType        type,
           const char  *name,
           gint64       except_id,
           BerRecord  **found,
           GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *key = _ber_bodies_name_key (name);

  *found = NULL;
  rows = ber_store_select (_ber_bodies_store (self), query, 0, G_MAXUINT, error);
  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len && *found == NULL; i++)
    {
      g_autoptr(BerRecord) record = ber_record_new_from_row (type, g_ptr_array_index (rows, i));
      g_autofree char *other = _ber_bodies_name_key (ber_record_get_string (record, "name"));

      if (ber_record_get_id (record) != except_id && g_str_equal (other, key))
        *found = g_steal_pointer (&record);
    }
  return TRUE;
}

/* Bodies */

static const char *
body_order_column (const char *order)
{
  static const struct
  {
    const char *order;
    const char *column;
  } orders[] = {
    { BER_BODIES_ORDER_NAME, "sort_key" },
    { BER_BODIES_ORDER_SHORT_NAME, "short_name" },
    { BER_BODIES_ORDER_KIND, "kind" },
    { BER_BODIES_ORDER_DEADLINE, "agenda_deadline_days" },
    { BER_BODIES_ORDER_DISSOLVED, "dissolved_on" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    if (g_strcmp0 (orders[i].order, order) == 0)
      return orders[i].column;
  return "sort_key";
}

static BerQuery *
bodies_query (BerListFilter *filter,
              gpointer       user_data)
{
  static const char * const search[] = { "name", "short_name", NULL };
  BerQuery *query = ber_query_new ("body");
  const char *column = body_order_column (ber_list_filter_get_order (filter));

  if (ber_list_filter_get_flag (filter, BER_BODIES_CRITERION_CURRENT))
    ber_query_add_condition (query, "dissolved_on", BER_QUERY_IS_NULL, NULL);
  ber_query_set_search (query, ber_list_filter_get_search (filter), search);
  ber_query_add_order (query, column, ber_list_filter_get_descending (filter));
  if (!g_str_equal (column, "sort_key"))
    ber_query_add_order (query, "sort_key", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return query;
}

/**
 * ber_bodies_list:
 * @filter: a search, an order (BER_BODIES_ORDER_…) and the criteria
 *   BER_BODIES_CRITERION_…
 *
 * Returns: (transfer full): a lazy list of #BerBody that follows @filter
 *   and the register
 */
GListModel *
ber_bodies_list (BerBodies     *self,
                 BerListFilter *filter)
{
  g_return_val_if_fail (BER_IS_BODIES (self), NULL);
  g_return_val_if_fail (BER_IS_LIST_FILTER (filter), NULL);

  return G_LIST_MODEL (ber_record_list_new_filtered (_ber_bodies_store (self), BER_TYPE_BODY,
                                                     filter, bodies_query, NULL));
}

/**
 * ber_bodies_check_name:
 * @body_id: the body being named, or 0 for a new one
 *
 * Whether @name can be the name of a body: not empty, and no other body has
 * it (letter case and surrounding spaces aside).
 *
 * Returns: %TRUE when the name can be used; else %FALSE with a message
 *   that says what to do.
 */
gboolean
ber_bodies_check_name (BerBodies   *self,
                       gint64       body_id,
                       const char  *name,
                       GError     **error)
{
  g_autofree char *stripped = _ber_bodies_stripped (name);
  g_autoptr(BerRecord) other = NULL;

  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);

  if (*stripped == '\0')
    return _ber_bodies_fail (error, _("The body needs a name. Write it in the Name field, for "
                                      "example “Regional Executive Board”."));
  if (!find_name (self, "body", BER_TYPE_BODY, stripped, body_id, &other, error))
    return FALSE;
  if (other != NULL)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("There is already a body named “%s”. Choose another name, or open that "
                     "body in the list to change it."),
                   ber_record_get_string (other, "name"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_dates (BerBody  *body,
             GError  **error)
{
  const char *established = ber_record_get_string (BER_RECORD (body), "established-on");
  const char *dissolved = ber_record_get_string (BER_RECORD (body), "dissolved-on");
  gboolean has_established = established != NULL && *established != '\0';
  gboolean has_dissolved = dissolved != NULL && *dissolved != '\0';

  if (has_established && !ber_date_is_valid (established))
    return _ber_bodies_fail (error, _("The date the body was established is not a date. Write "
                                      "it as YYYY-MM-DD, for example 2019-01-01, or leave it "
                                      "empty."));
  if (has_dissolved && !ber_date_is_valid (dissolved))
    return _ber_bodies_fail (error, _("The date the body was dissolved is not a date. Write it "
                                      "as YYYY-MM-DD, for example 2021-12-31, or leave it "
                                      "empty."));
  if (has_established && has_dissolved && g_strcmp0 (dissolved, established) < 0)
    return _ber_bodies_fail (error, _("The body cannot be dissolved before it was established. "
                                      "Correct one of the two dates."));
  return TRUE;
}

/**
 * ber_bodies_save:
 * @body: a new body, or one read from the register and changed
 *
 * Writes @body when its name is free (ber_bodies_check_name()) and its
 * dates make sense: it cannot be dissolved before it was established. A
 * body is never deleted: it is dissolved, and keeps its history.
 */
gboolean
ber_bodies_save (BerBodies  *self,
                 BerBody    *body,
                 GError    **error)
{
  BerStore *store;
  g_autofree char *name = NULL;
  gboolean was_new = ber_record_get_id (BER_RECORD (body)) == 0;
  gboolean ok;

  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);
  g_return_val_if_fail (BER_IS_BODY (body), FALSE);

  store = _ber_bodies_store (self);
  name = _ber_bodies_stripped (ber_body_get_name (body));
  if (!check_dates (body, error))
    return FALSE;
  if (g_strcmp0 (name, ber_body_get_name (body)) != 0)
    g_object_set (body, "name", name, NULL);

  /* The name is checked inside the transaction: nobody can take it between
   * the check and the write. */
  if (!ber_store_begin (store, error))
    return FALSE;
  ok = ber_bodies_check_name (self, ber_record_get_id (BER_RECORD (body)), name, error)
       && ber_record_save (BER_RECORD (body), store, error);
  if (!ber_service_commit_or_rollback (_ber_bodies_store (self), ok, error))
    {
      if (was_new)
        ber_record_forget_insert (BER_RECORD (body));
      return FALSE;
    }
  return TRUE;
}

/**
 * ber_bodies_create:
 * @body: a new body
 * @usual_points: whether its agenda starts with the usual standing points
 *   (ber_bodies_add_usual_points())
 *
 * Writes a new body as ber_bodies_save() does and, with @usual_points,
 * gives it the standing points its meetings start with, in one
 * transaction: a body is not left without the points asked for.
 */
gboolean
ber_bodies_create (BerBodies  *self,
                   BerBody    *body,
                   gboolean    usual_points,
                   GError    **error)
{
  BerStore *store;
  gboolean ok;

  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);
  g_return_val_if_fail (BER_IS_BODY (body), FALSE);
  g_return_val_if_fail (ber_record_get_id (BER_RECORD (body)) == 0, FALSE);

  store = _ber_bodies_store (self);
  if (!ber_store_begin (store, error))
    return FALSE;
  /* Each nests in this transaction: a failure of either rolls back both. */
  ok = ber_bodies_save (self, body, error)
       && (!usual_points
           || ber_bodies_add_usual_points (self, ber_record_get_id (BER_RECORD (body)), error));
  if (!ber_service_commit_or_rollback (store, ok, error))
    {
      ber_record_forget_insert (BER_RECORD (body));
      return FALSE;
    }
  return TRUE;
}

/* Routing rules */

static BerQuery *
rules_query (gint64 body_id)
{
  BerQuery *query = ber_query_new ("routing_rule");

  ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (body_id));
  ber_query_add_order (query, "id", FALSE);
  return query;
}

/**
 * ber_bodies_list_rules:
 *
 * Returns: (transfer full): the #BerRoutingRule of the body, oldest first,
 *   following the register
 */
GListModel *
ber_bodies_list_rules (BerBodies *self,
                       gint64     body_id)
{
  g_autoptr(BerQuery) query = NULL;

  g_return_val_if_fail (BER_IS_BODIES (self), NULL);

  query = rules_query (body_id);
  return G_LIST_MODEL (ber_record_list_new (_ber_bodies_store (self), BER_TYPE_ROUTING_RULE,
                                            query));
}

/* Whether another rule of the body names the same type and subject area.
 * Inside the caller's transaction. */
static gboolean
check_rule_unique (BerBodies       *self,
                   BerRoutingRule  *rule,
                   GError         **error)
{
  g_autoptr(BerQuery) query = rules_query (ber_routing_rule_get_body_id (rule));
  g_autoptr(GPtrArray) rows = NULL;
  const char *type = ber_record_get_string (BER_RECORD (rule), "item-type");
  gint64 area = ber_record_get_int64 (BER_RECORD (rule), "subject-area-id");

  rows = ber_store_select (_ber_bodies_store (self), query, 0, G_MAXUINT, error);
  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(BerRecord) other = ber_record_new_from_row (BER_TYPE_ROUTING_RULE,
                                                            g_ptr_array_index (rows, i));
      const char *other_type = ber_record_get_string (other, "item-type");

      if (ber_record_get_id (other) != ber_record_get_id (BER_RECORD (rule))
          && g_strcmp0 (other_type != NULL && *other_type != '\0' ? other_type : NULL, type) == 0
          && ber_record_get_int64 (other, "subject-area-id") == area)
        return _ber_bodies_fail (error, _("This body already has a rule for the same type and "
                                          "subject area. Change that rule instead."));
    }
  return TRUE;
}

/**
 * ber_bodies_save_rule:
 * @rule: a new rule of a saved body, or one read from the register
 *
 * A rule names an item type, a subject area or both (an empty type or a
 * subject area of 0 means any), and says why such items belong to the
 * body: the item page shows that reason with its suggestion. A body has
 * one rule for each type and subject area.
 */
gboolean
ber_bodies_save_rule (BerBodies       *self,
                      BerRoutingRule  *rule,
                      GError         **error)
{
  BerStore *store;
  g_autofree char *reason = NULL;
  const char *type;
  gboolean was_new = ber_record_get_id (BER_RECORD (rule)) == 0;
  gboolean ok;

  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);
  g_return_val_if_fail (BER_IS_ROUTING_RULE (rule), FALSE);

  store = _ber_bodies_store (self);
  type = ber_record_get_string (BER_RECORD (rule), "item-type");
  if (type != NULL && *type == '\0')
    {
      g_object_set (rule, "item-type", NULL, NULL);
      type = NULL;
    }
  reason = _ber_bodies_stripped (ber_routing_rule_get_reason (rule));

  if (ber_routing_rule_get_body_id (rule) <= 0)
    return _ber_bodies_fail (error, _("Save the body before adding its routing rules."));
  if (type == NULL && ber_record_get_int64 (BER_RECORD (rule), "subject-area-id") <= 0)
    return _ber_bodies_fail (error, _("A rule needs an item type, a subject area or both. Choose "
                                      "at least one: a rule for any item would send every item "
                                      "to this body."));
  if (type != NULL && ber_choice_index (BER_CHOICES_ITEM_TYPE, type) < 0)
    return _ber_bodies_fail (error, _("The item type is not one the register knows. Choose one "
                                      "from the list."));
  if (*reason == '\0')
    return _ber_bodies_fail (error, _("Write the reason, so that whoever routes an item sees why "
                                      "it belongs to this body."));
  if (g_strcmp0 (reason, ber_routing_rule_get_reason (rule)) != 0)
    g_object_set (rule, "reason", reason, NULL);

  if (!ber_store_begin (store, error))
    return FALSE;
  ok = check_rule_unique (self, rule, error) && ber_record_save (BER_RECORD (rule), store, error);
  if (!ber_service_commit_or_rollback (_ber_bodies_store (self), ok, error))
    {
      if (was_new)
        ber_record_forget_insert (BER_RECORD (rule));
      return FALSE;
    }
  return TRUE;
}

/* Removes a routing rule: items that match it are no longer suggested for
 * its body because of it. */
gboolean
ber_bodies_delete_rule (BerBodies       *self,
                        BerRoutingRule  *rule,
                        GError         **error)
{
  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);
  g_return_val_if_fail (BER_IS_ROUTING_RULE (rule), FALSE);

  return ber_record_delete (BER_RECORD (rule), _ber_bodies_store (self), error);
}

/* Subject areas */

static BerQuery *
areas_query (BerListFilter *filter,
             gpointer       user_data)
{
  static const char * const search[] = { "name", NULL };
  BerQuery *query = ber_query_new ("subject_area");

  ber_query_set_search (query, ber_list_filter_get_search (filter), search);
  ber_query_add_order (query, "sort_key", ber_list_filter_get_descending (filter));
  ber_query_add_order (query, "id", FALSE);
  return query;
}

/**
 * ber_bodies_list_areas:
 * @filter: (nullable): a search; %NULL for all
 *
 * Returns: (transfer full): a lazy list of #BerSubjectArea in the order of
 *   their names, following the register
 */
GListModel *
ber_bodies_list_areas (BerBodies     *self,
                       BerListFilter *filter)
{
  g_autoptr(BerListFilter) all = NULL;

  g_return_val_if_fail (BER_IS_BODIES (self), NULL);

  if (filter == NULL)
    filter = all = ber_list_filter_new ();
  return G_LIST_MODEL (ber_record_list_new_filtered (_ber_bodies_store (self),
                                                     BER_TYPE_SUBJECT_AREA, filter, areas_query,
                                                     NULL));
}

/**
 * ber_bodies_save_area:
 * @area: a new subject area, or one read from the register and renamed
 *
 * A subject area needs a name no other one has (letter case and spaces
 * aside).
 */
gboolean
ber_bodies_save_area (BerBodies       *self,
                      BerSubjectArea  *area,
                      GError         **error)
{
  BerStore *store;
  g_autofree char *name = NULL;
  g_autoptr(BerRecord) other = NULL;
  gboolean was_new = ber_record_get_id (BER_RECORD (area)) == 0;
  gboolean ok;

  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);
  g_return_val_if_fail (BER_IS_SUBJECT_AREA (area), FALSE);

  store = _ber_bodies_store (self);
  name = _ber_bodies_stripped (ber_subject_area_get_name (area));
  if (*name == '\0')
    return _ber_bodies_fail (error, _("The subject area needs a name, for example “Public "
                                      "health”."));
  if (g_strcmp0 (name, ber_subject_area_get_name (area)) != 0)
    g_object_set (area, "name", name, NULL);

  if (!ber_store_begin (store, error))
    return FALSE;
  ok = find_name (self, "subject_area", BER_TYPE_SUBJECT_AREA, name,
                  ber_record_get_id (BER_RECORD (area)), &other, error);
  if (ok && other != NULL)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("There is already a subject area named “%s”. Choose another name."),
                   ber_record_get_string (other, "name"));
      ok = FALSE;
    }
  ok = ok && ber_record_save (BER_RECORD (area), store, error);
  if (!ber_service_commit_or_rollback (_ber_bodies_store (self), ok, error))
    {
      if (was_new)
        ber_record_forget_insert (BER_RECORD (area));
      return FALSE;
    }
  return TRUE;
}

static BerQuery *
area_uses_query (const char *table,
                 gint64      area_id)
{
  BerQuery *query = ber_query_new (table);

  ber_query_add_condition (query, "subject_area_id", BER_QUERY_EQ,
                           g_variant_new_int64 (area_id));
  ber_query_add_order (query, "id", FALSE);
  return query;
}

/**
 * ber_bodies_count_area_uses:
 * @n_items: (out): items with this subject area
 * @n_rules: (out) (optional): routing rules that name it
 */
gboolean
ber_bodies_count_area_uses (BerBodies  *self,
                            gint64      area_id,
                            guint      *n_items,
                            guint      *n_rules,
                            GError    **error)
{
  g_autoptr(BerQuery) items = NULL;
  g_autoptr(BerQuery) rules = NULL;
  guint n = 0;

  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);
  g_return_val_if_fail (n_items != NULL, FALSE);

  items = area_uses_query ("item", area_id);
  rules = area_uses_query ("routing_rule", area_id);
  if (!ber_store_count (_ber_bodies_store (self), items, n_items, error)
      || !ber_store_count (_ber_bodies_store (self), rules, &n, error))
    return FALSE;
  if (n_rules != NULL)
    *n_rules = n;
  return TRUE;
}

static gboolean
clear_area_uses (BerBodies  *self,
                 gint64      area_id,
                 GError    **error)
{
  BerStore *store = _ber_bodies_store (self);
  g_autoptr(BerQuery) items_query = area_uses_query ("item", area_id);
  g_autoptr(BerQuery) rules_query = area_uses_query ("routing_rule", area_id);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) rules = NULL;

  items = ber_store_select (store, items_query, 0, G_MAXUINT, error);
  if (items == NULL)
    return FALSE;
  rules = ber_store_select (store, rules_query, 0, G_MAXUINT, error);
  if (rules == NULL)
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (items, i), "id", "x", &id);
      if (!ber_store_update (store, "item", id,
                             ber_store_values ("subject_area_id", ber_store_id_or_null (0), NULL),
                             error))
        return FALSE;
    }
  for (guint i = 0; i < rules->len; i++)
    {
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rules, i), "id", "x", &id);
      if (!ber_store_delete (store, "routing_rule", id, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ber_bodies_delete_area:
 *
 * Removes a subject area: its items keep everything else and have no
 * subject area afterwards, and the routing rules that name it go with it.
 * Each change is written, so the change history shows it.
 */
gboolean
ber_bodies_delete_area (BerBodies       *self,
                        BerSubjectArea  *area,
                        GError         **error)
{
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);
  g_return_val_if_fail (BER_IS_SUBJECT_AREA (area), FALSE);

  id = ber_record_get_id (BER_RECORD (area));
  if (!ber_store_begin (_ber_bodies_store (self), error))
    return FALSE;
  ok = clear_area_uses (self, id, error)
       && ber_record_delete (BER_RECORD (area), _ber_bodies_store (self), error);
  return ber_service_commit_or_rollback (_ber_bodies_store (self), ok, error);
}

/* Bodies */

static int
compare_bodies (gconstpointer a,
                gconstpointer b)
{
  GVariant *row_a = *(GVariant **) a;
  GVariant *row_b = *(GVariant **) b;
  int kind_a = ber_choice_index (BER_CHOICES_BODY_KIND, ber_row_text (row_a, "kind"));
  int kind_b = ber_choice_index (BER_CHOICES_BODY_KIND, ber_row_text (row_b, "kind"));

  /* Council, board, committees…: the order of the organisation, then by name. */
  if (kind_a != kind_b)
    return kind_a < kind_b ? -1 : 1;
  return strcmp (ber_row_text (row_a, "sort_key"), ber_row_text (row_b, "sort_key"));
}

/**
 * ber_bodies_select_in_order:
 *
 * Every body's row, dissolved ones too, in the order of the organisation
 * (council, board, committees…) and by name within each kind, as the
 * papers list them.
 *
 * Returns: (transfer full) (element-type GVariant): the rows, or %NULL with @error set
 */
GPtrArray *
ber_bodies_select_in_order (BerStore  *store,
                            GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("body");
  GPtrArray *rows;

  ber_query_add_order (query, "sort_key", FALSE);
  rows = ber_store_select (store, query, 0, G_MAXUINT, error);
  if (rows != NULL)
    g_ptr_array_sort (rows, compare_bodies);
  return rows;
}
