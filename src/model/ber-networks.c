/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-networks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-date.h"
#include "ber-networks.h"

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

static BerStore *
store_of (BerNetworks *self)
{
  return ber_service_get_store (BER_SERVICE (self));
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
  open_rows = ber_store_select (store_of (self), query, 0, G_MAXUINT, error);
  if (open_rows == NULL)
    return FALSE;

  for (guint i = 0; i < open_rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (open_rows, i);
      const char *row_from = NULL;
      gint64 id = 0;

      g_variant_lookup (row, "id", "x", &id);
      g_variant_lookup (row, "from_on", "&s", &row_from);
      if (row_from != NULL && g_strcmp0 (row_from, from) > 0)
        continue;
      if (!ber_store_update (store_of (self), "membership", id,
                             ber_store_values ("to_on", g_variant_new_string (from), NULL),
                             error))
        return FALSE;
    }

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
  if (network_id <= 0)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("Save the network before recording its membership."));
      return FALSE;
    }
  if (from != NULL && !ber_date_is_valid (from))
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("The start date is not a date. Write it as YYYY-MM-DD."));
      return FALSE;
    }

  /* The open rows are read inside the transaction: another program cannot
   * add or end one between the reading and the writing. */
  if (!ber_store_begin (store_of (self), error))
    return FALSE;
  if ((from != NULL && !end_open_memberships (self, network_id, from, error))
      || !ber_record_save (BER_RECORD (membership), store_of (self), error)
      || !ber_store_commit (store_of (self), error))
    {
      ber_store_rollback (store_of (self));
      ber_record_forget_insert (BER_RECORD (membership));
      return FALSE;
    }

  return TRUE;
}
