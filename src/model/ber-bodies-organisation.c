/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-bodies"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-bodies-private.h"
#include "ber-service.h"

/*
 * The organisation that issues the papers: one record of the register,
 * read and saved through the bodies service like the bodies it holds.
 */

/**
 * ber_bodies_load_organisation:
 *
 * Returns: (transfer full): the organisation as the register holds it now
 */
BerOrganisation *
ber_bodies_load_organisation (BerBodies  *self,
                              GError    **error)
{
  g_return_val_if_fail (BER_IS_BODIES (self), NULL);

  return ber_organisation_load (_ber_bodies_store (self), error);
}

/**
 * ber_bodies_save_organisation:
 *
 * The organisation needs a name: it heads every paper and is the author of
 * every PDF. The unit, the address and the logo may be left empty.
 */
gboolean
ber_bodies_save_organisation (BerBodies        *self,
                              BerOrganisation  *organisation,
                              GError          **error)
{
  g_autofree char *name = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *address = NULL;
  BerStore *store;
  gboolean ok;

  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);
  g_return_val_if_fail (BER_IS_ORGANISATION (organisation), FALSE);

  name = _ber_bodies_stripped (ber_organisation_get_name (organisation));
  if (*name == '\0')
    return _ber_bodies_fail (error, _("The organisation needs a name, for example “Region "
                                      "Norrbotten”: it heads every paper."));
  unit = _ber_bodies_stripped (ber_organisation_get_unit (organisation));
  address = _ber_bodies_stripped (ber_organisation_get_address (organisation));
  g_object_set (organisation, "name", name, "unit", unit, "address", address, NULL);

  store = _ber_bodies_store (self);
  if (!ber_store_begin (store, error))
    return FALSE;
  ok = ber_organisation_save (organisation, store, error);
  return ber_service_commit_or_rollback (store, ok, error);
}
