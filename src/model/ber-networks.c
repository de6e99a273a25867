/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-networks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-assignment.h"
#include "ber-date.h"
#include "ber-networks-private.h"
#include "ber-record-list.h"

/*
 * The networks themselves, their list and their membership history; the
 * rest of what belongs to a network is in ber-networks-details.c.
 */

struct _BerNetworks
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerNetworks, ber_networks, BER_TYPE_SERVICE)

static void
ber_networks_class_init (BerNetworksClass *klass)
{
}

static void
ber_networks_init (BerNetworks *self)
{
}

BerNetworks *
ber_networks_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  return g_object_new (BER_TYPE_NETWORKS, "store", store, NULL);
}

/* Shared with ber-networks-details.c */

BerStore *
_ber_networks_store (BerNetworks *self)
{
  return ber_service_get_store (BER_SERVICE (self));
}

/* Saves @record in a transaction of its own; a new record that could not
 * be written stays new. */
gboolean
_ber_networks_save_record (BerNetworks  *self,
                           BerRecord    *record,
                           GError      **error)
{
  gboolean is_new = ber_record_get_id (record) == 0;

  if (ber_record_save (record, _ber_networks_store (self), error))
    return TRUE;
  if (is_new)
    ber_record_forget_insert (record);
  return FALSE;
}

/* Every row @query selects, as records of @type. */
GPtrArray *
_ber_networks_select (BerNetworks  *self,
                      GType         type,
                      BerQuery     *query,
                      GError      **error)
{
  g_autoptr(GPtrArray) rows = ber_store_select (_ber_networks_store (self), query, 0, G_MAXUINT,
                                                error);
  GPtrArray *records;

  if (rows == NULL)
    return NULL;

  records = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (records, ber_record_new_from_row (type, g_ptr_array_index (rows, i)));
  return records;
}

int
_ber_networks_this_year (BerNetworks *self)
{
  return (int) g_ascii_strtoll (ber_service_get_today (BER_SERVICE (self)), NULL, 10);
}

/* The list */

static const char *
order_column (const char *order)
{
  static const struct
  {
    const char *order;
    const char *column;
  } orders[] = {
    { BER_NETWORKS_ORDER_NAME, "sort_key" },
    { BER_NETWORKS_ORDER_ACRONYM, "acronym" },
    { BER_NETWORKS_ORDER_KIND, "kind" },
    { BER_NETWORKS_ORDER_STATUS, "membership_status" },
    /* The Swedish sort key of the body's name, kept on the network. */
    { BER_NETWORKS_ORDER_BODY, "responsible_body_key" },
    { BER_NETWORKS_ORDER_ACTIVITY, "activity" },
    { BER_NETWORKS_ORDER_REPRESENTATIVES, "representative_count" },
    { BER_NETWORKS_ORDER_FEE, "fee_amount" },
    { BER_NETWORKS_ORDER_REVIEW, "next_review_on" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    if (g_strcmp0 (orders[i].order, order) == 0)
      return orders[i].column;
  return "sort_key";
}

static void
add_text_criterion (BerQuery      *query,
                    BerListFilter *filter,
                    const char    *criterion,
                    const char    *column)
{
  const char *value = ber_list_filter_get_text (filter, criterion);

  if (value != NULL)
    ber_query_add_condition (query, column, BER_QUERY_EQ, g_variant_new_string (value));
}

static BerQuery *
networks_query (BerListFilter *filter,
                gpointer       user_data)
{
  static const char * const search[] = { "name", "acronym", "description", "scope", NULL };
  BerStore *store = user_data;
  BerQuery *query = ber_query_new ("network_list");
  const char *column = order_column (ber_list_filter_get_order (filter));
  gint64 body_id = ber_list_filter_get_id (filter, BER_NETWORKS_CRITERION_BODY);

  add_text_criterion (query, filter, BER_NETWORKS_CRITERION_STATUS, "membership_status");
  add_text_criterion (query, filter, BER_NETWORKS_CRITERION_KIND, "kind");
  add_text_criterion (query, filter, BER_NETWORKS_CRITERION_ACTIVITY, "activity");
  if (body_id > 0)
    ber_query_add_condition (query, "responsible_body_id", BER_QUERY_EQ,
                             g_variant_new_int64 (body_id));
  if (ber_list_filter_get_flag (filter, BER_NETWORKS_CRITERION_REVIEW_DUE))
    ber_query_add_condition (query, "next_review_on", BER_QUERY_LE,
                             g_variant_new_string (ber_store_get_today (store)));

  ber_query_set_search (query, ber_list_filter_get_search (filter), search);
  /* All one way or all the other, as the order's index holds it. */
  ber_query_add_order (query, column, ber_list_filter_get_descending (filter));
  if (!g_str_equal (column, "sort_key"))
    ber_query_add_order (query, "sort_key", ber_list_filter_get_descending (filter));
  ber_query_add_order (query, "id", ber_list_filter_get_descending (filter));
  return query;
}

/**
 * ber_networks_list:
 * @filter: a search, an order (BER_NETWORKS_ORDER_…) and the criteria
 *   BER_NETWORKS_CRITERION_…
 *
 * Returns: (transfer full): a lazy list of #BerNetwork, with their current
 *   membership, that follows @filter and the register
 */
GListModel *
ber_networks_list (BerNetworks   *self,
                   BerListFilter *filter)
{
  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);
  g_return_val_if_fail (BER_IS_LIST_FILTER (filter), NULL);

  /* The list holds the store its queries are built with. */
  return G_LIST_MODEL (ber_record_list_new_filtered (_ber_networks_store (self), BER_TYPE_NETWORK,
                                                     filter, networks_query,
                                                     _ber_networks_store (self)));
}

/* How many networks' yearly review is due: its date is today or earlier. */
gboolean
ber_networks_count_due_reviews (BerNetworks  *self,
                                guint        *n_due,
                                GError      **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("network");

  g_return_val_if_fail (BER_IS_NETWORKS (self), FALSE);
  g_return_val_if_fail (n_due != NULL, FALSE);

  ber_query_add_condition (query, "next_review_on", BER_QUERY_LE,
                           g_variant_new_string (ber_service_get_today (BER_SERVICE (self))));
  return ber_store_count (_ber_networks_store (self), query, n_due, error);
}

gboolean
ber_networks_is_review_due (BerNetworks *self,
                            BerNetwork  *network)
{
  const char *next;

  g_return_val_if_fail (BER_IS_NETWORKS (self), FALSE);
  g_return_val_if_fail (BER_IS_NETWORK (network), FALSE);

  next = ber_record_get_string (BER_RECORD (network), "next-review-on");
  return next != NULL && *next != '\0'
         && g_strcmp0 (next, ber_service_get_today (BER_SERVICE (self))) <= 0;
}

/**
 * ber_networks_check:
 * @property: (out) (optional) (transfer none): the property at fault
 *
 * Checks the rules of a network before it is saved: it has a name, and its
 * next review, when set, is a date.
 */
gboolean
ber_networks_check (BerNetworks  *self,
                    BerNetwork   *network,
                    const char  **property,
                    GError      **error)
{
  g_autofree char *name = NULL;
  const char *review;

  g_return_val_if_fail (BER_IS_NETWORKS (self), FALSE);
  g_return_val_if_fail (BER_IS_NETWORK (network), FALSE);

  name = g_strstrip (g_strdup (ber_network_get_name (network)));
  review = ber_record_get_string (BER_RECORD (network), "next-review-on");
  if (*name == '\0')
    {
      if (property != NULL)
        *property = "name";
      return ber_service_refuse (error, _("The network needs a name. Write it in the Name "
                                 "field and save again."));
    }
  if (review != NULL && *review != '\0' && !ber_date_is_valid (review))
    {
      if (property != NULL)
        *property = "next-review-on";
      return ber_service_refuse (error, _("The next review date is not a date. Write it as "
                                 "YYYY-MM-DD, for example 2026-11-23."));
    }
  return TRUE;
}

/* Saves @network after checking its rules; see ber_record_save() for a
 * save over somebody else's change. */
gboolean
ber_networks_save (BerNetworks  *self,
                   BerNetwork   *network,
                   GError      **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (BER_IS_NETWORKS (self), FALSE);
  g_return_val_if_fail (BER_IS_NETWORK (network), FALSE);

  if (!ber_networks_check (self, network, NULL, error))
    return FALSE;
  name = g_strstrip (g_strdup (ber_network_get_name (network)));
  g_object_set (network, "name", name, NULL);
  return _ber_networks_save_record (self, BER_RECORD (network), error);
}

/* Deletes @network with its history, fees, bodies and reviews (the
 * register's change history keeps a copy). */
gboolean
ber_networks_delete (BerNetworks  *self,
                     BerNetwork   *network,
                     GError      **error)
{
  g_return_val_if_fail (BER_IS_NETWORKS (self), FALSE);
  g_return_val_if_fail (BER_IS_NETWORK (network), FALSE);

  return ber_record_delete (BER_RECORD (network), _ber_networks_store (self), error);
}

/* Membership history */

/* Returns: (transfer full): a lazy list of the #BerMembership rows of
 * @network_id, the newest first */
GListModel *
ber_networks_list_memberships (BerNetworks *self,
                               gint64       network_id)
{
  g_autoptr(BerQuery) query = ber_query_new ("membership_list");

  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ, g_variant_new_int64 (network_id));
  ber_query_add_order (query, "from_on", TRUE);
  ber_query_add_order (query, "id", TRUE);
  return G_LIST_MODEL (ber_record_list_new (_ber_networks_store (self), BER_TYPE_MEMBERSHIP,
                                            query));
}

/* Returns: (transfer full): a new membership of @network_id: a member,
 * active, from today */
BerMembership *
ber_networks_new_membership (BerNetworks *self,
                             gint64       network_id)
{
  BerMembership *membership = ber_membership_new ();

  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);

  g_object_set (membership, "network-id", network_id, "status", "member", "activity", "active",
                "from-on", ber_service_get_today (BER_SERVICE (self)), NULL);
  return membership;
}

/* Ends the membership rows of @network_id still open on @from, when they
 * began on or before it. */
static gboolean
end_open_memberships (BerNetworks  *self,
                      gint64        network_id,
                      const char   *from,
                      GError      **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("membership");
  g_autoptr(GPtrArray) open_rows = NULL;

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ, g_variant_new_int64 (network_id));
  ber_query_add_condition (query, "to_on", BER_QUERY_IS_NULL, NULL);
  open_rows = _ber_networks_select (self, BER_TYPE_MEMBERSHIP, query, error);
  if (open_rows == NULL)
    return FALSE;

  for (guint i = 0; i < open_rows->len; i++)
    {
      BerRecord *open = g_ptr_array_index (open_rows, i);
      const char *row_from = ber_membership_get_from_on (BER_MEMBERSHIP (open));

      if (row_from != NULL && g_strcmp0 (row_from, from) > 0)
        continue;
      g_object_set (open, "to-on", from, NULL);
      if (!ber_record_save (open, _ber_networks_store (self), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_membership (BerNetworks    *self,
                  BerMembership  *membership,
                  gint64          network_id,
                  GError        **error)
{
  const char *from = ber_membership_get_from_on (membership);
  const char *status = ber_membership_get_status (membership);
  gint64 via_id = ber_record_get_int64 (BER_RECORD (membership), "via-network-id");

  if (network_id <= 0)
    return ber_service_refuse (error, _("Save the network before recording its membership."));
  if (from != NULL && !ber_date_is_valid (from))
    return ber_service_refuse (error, _("The start date is not a date. Write it as "
                               "YYYY-MM-DD."));
  if (via_id == network_id)
    return ber_service_refuse (error, _("A network cannot be a member through itself. Choose "
                               "another network under Through Network."));
  /* The register refuses it too; this says how to mend it. */
  if (g_strcmp0 (status, "indirect") == 0 && via_id <= 0)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT,
                           _("An indirect membership goes through another network. Choose it "
                             "under Through Network."));
      return FALSE;
    }
  if (g_strcmp0 (status, "indirect") != 0)
    g_object_set (membership, "via-network-id", (gint64) 0, NULL);
  return TRUE;
}

/**
 * ber_networks_change_membership:
 * @membership: a new membership: its network, status, start and decision
 *
 * Records a change of a network's membership: the rows still open end on
 * the day the new one starts, and the new one is added, in one
 * transaction. The history of memberships is never overwritten.
 */
gboolean
ber_networks_change_membership (BerNetworks    *self,
                                BerMembership  *membership,
                                GError        **error)
{
  const char *from = ber_membership_get_from_on (membership);
  gint64 network_id = 0;

  g_return_val_if_fail (BER_IS_NETWORKS (self), FALSE);
  g_return_val_if_fail (BER_IS_MEMBERSHIP (membership), FALSE);
  g_return_val_if_fail (ber_record_get_id (BER_RECORD (membership)) == 0, FALSE);

  g_object_get (membership, "network-id", &network_id, NULL);
  if (!check_membership (self, membership, network_id, error))
    return FALSE;

  /* The open rows are read inside the transaction: another program cannot
   * add or end one between the reading and the writing. */
  if (!ber_store_begin (_ber_networks_store (self), error))
    return FALSE;
  if ((from != NULL && !end_open_memberships (self, network_id, from, error))
      || !ber_record_save (BER_RECORD (membership), _ber_networks_store (self), error)
      || !ber_store_commit (_ber_networks_store (self), error))
    {
      ber_store_rollback (_ber_networks_store (self));
      ber_record_forget_insert (BER_RECORD (membership));
      return FALSE;
    }

  return TRUE;
}

/* Representatives */

/* Current (not ended before today) and not a lost or withdrawn candidacy. */
static gboolean
is_representative (BerNetworks *self,
                   BerRecord   *assignment)
{
  const char *to = ber_record_get_string (assignment, "to-on");
  const char *candidacy = ber_record_get_string (assignment, "candidacy");

  if (to != NULL && g_strcmp0 (to, ber_service_get_today (BER_SERVICE (self))) < 0)
    return FALSE;
  return g_strcmp0 (candidacy, "not-elected") != 0 && g_strcmp0 (candidacy, "withdrawn") != 0;
}

/**
 * ber_networks_list_representatives:
 *
 * The network's current representatives and the candidacies still open;
 * the persons' pages keep the history.
 *
 * Returns: (transfer full) (nullable): the #BerAssignment rows as they are
 *   now, latest end first, or %NULL with @error set
 */
GListModel *
ber_networks_list_representatives (BerNetworks  *self,
                                   gint64        network_id,
                                   GError      **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("assignment_list");
  g_autoptr(GPtrArray) all = NULL;
  GListStore *current;

  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ, g_variant_new_int64 (network_id));
  ber_query_add_order (query, "to_on", TRUE);
  ber_query_add_order (query, "id", FALSE);
  all = _ber_networks_select (self, BER_TYPE_ASSIGNMENT, query, error);
  if (all == NULL)
    return NULL;

  current = g_list_store_new (BER_TYPE_ASSIGNMENT);
  for (guint i = 0; i < all->len; i++)
    if (is_representative (self, g_ptr_array_index (all, i)))
      g_list_store_append (current, g_ptr_array_index (all, i));
  return G_LIST_MODEL (current);
}
