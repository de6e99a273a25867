/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_ORGANISATION (ber_organisation_get_type ())

G_DECLARE_FINAL_TYPE (BerOrganisation, ber_organisation, BER, ORGANISATION, BerRecord)

/* The largest logo the register keeps. */
#define BER_ORGANISATION_MAX_LOGO (2 * 1024 * 1024)

BerOrganisation *ber_organisation_load          (BerStore         *store,
                                                 GError          **error);
const char      *ber_organisation_get_name      (BerOrganisation  *self);
const char      *ber_organisation_get_unit      (BerOrganisation  *self);
const char      *ber_organisation_get_address   (BerOrganisation  *self);
GBytes          *ber_organisation_get_logo      (BerOrganisation  *self);
const char      *ber_organisation_get_logo_type (BerOrganisation  *self);
gboolean         ber_organisation_set_logo      (BerOrganisation  *self,
                                                 GBytes           *logo,
                                                 GError          **error);
gboolean         ber_organisation_save          (BerOrganisation  *self,
                                                 BerStore         *store,
                                                 GError          **error);

G_END_DECLS
