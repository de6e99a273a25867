/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-changes"

#include "config.h"

#include "ber-changes.h"
#include "ber-changes-private.h"
#include "ber-record.h"

struct _BerChanges
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerChanges, ber_changes, BER_TYPE_SERVICE)

static void
ber_changes_class_init (BerChangesClass *klass)
{
}

static void
ber_changes_init (BerChanges *self)
{
}

BerChanges *
ber_changes_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);
  return g_object_new (BER_TYPE_CHANGES, "store", store, NULL);
}

/**
 * ber_changes_list_record:
 * @type: a #BerRecord type (BER_TYPE_ITEM…)
 * @id: a record of @type
 *
 * The changes of one record, newest first: its own rows' and its links'
 * (an item's networks, influence questions and goals). The list follows
 * the register: each change to the record is added at its top, and
 * BerChangeList:unrecorded says what another program changed in it.
 *
 * Returns: (transfer full): the list
 */
BerChangeList *
ber_changes_list_record (BerChanges *self,
                         GType       type,
                         gint64      id)
{
  const char *table;

  g_return_val_if_fail (BER_IS_CHANGES (self), NULL);
  g_return_val_if_fail (g_type_is_a (type, BER_TYPE_RECORD), NULL);

  table = _ber_change_table_of_type (type);
  g_return_val_if_fail (table != NULL, NULL);
  return _ber_change_list_new (ber_service_get_store (BER_SERVICE (self)), table, id);
}

/**
 * ber_changes_list_recent:
 *
 * The register's changes, newest first, of everyone and every time until
 * narrowed with ber_change_list_set_user() and ber_change_list_set_period().
 *
 * Returns: (transfer full): the list
 */
BerChangeList *
ber_changes_list_recent (BerChanges *self)
{
  g_return_val_if_fail (BER_IS_CHANGES (self), NULL);
  return _ber_change_list_new (ber_service_get_store (BER_SERVICE (self)), NULL, 0);
}

/**
 * ber_changes_list_users:
 *
 * Everyone who changed the register, as the history names them (the
 * user names of their computers), in the order of their names.
 *
 * Returns: (transfer full): the names, or %NULL with @error set
 */
GStrv
ber_changes_list_users (BerChanges  *self,
                        GError     **error)
{
  g_return_val_if_fail (BER_IS_CHANGES (self), NULL);
  return ber_store_list_history_users (ber_service_get_store (BER_SERVICE (self)), error);
}
