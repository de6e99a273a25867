/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-organisation"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-organisation.h"

/*
 * The organisation that issues the papers: its name (the author of every
 * PDF), the administration or unit, an address line and a logo. One row of
 * the register, shared by everyone who uses it.
 */
struct _BerOrganisation
{
  BerRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (BerOrganisation, ber_organisation, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_UNIT,
  PROP_ADDRESS,
  PROP_LOGO,
  PROP_LOGO_TYPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_organisation_class_init (BerOrganisationClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  record_class->table = "organisation";

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", FLAGS);
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, "", FLAGS);
  properties[PROP_ADDRESS] = g_param_spec_string ("address", NULL, NULL, "", FLAGS);
  properties[PROP_LOGO] = g_param_spec_boxed ("logo", NULL, NULL, G_TYPE_BYTES, FLAGS);
  properties[PROP_LOGO_TYPE] = g_param_spec_string ("logo-type", NULL, NULL, NULL, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_organisation_init (BerOrganisation *self)
{
}

/**
 * ber_organisation_load:
 *
 * Returns: (transfer full): the organisation of the register in @store
 */
BerOrganisation *
ber_organisation_load (BerStore  *store,
                       GError   **error)
{
  return (BerOrganisation *) ber_record_load (BER_TYPE_ORGANISATION, store, 1, error);
}

const char *
ber_organisation_get_name (BerOrganisation *self)
{
  g_return_val_if_fail (BER_IS_ORGANISATION (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "name");
}

const char *
ber_organisation_get_unit (BerOrganisation *self)
{
  g_return_val_if_fail (BER_IS_ORGANISATION (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "unit");
}

const char *
ber_organisation_get_address (BerOrganisation *self)
{
  g_return_val_if_fail (BER_IS_ORGANISATION (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "address");
}

/**
 * ber_organisation_get_logo:
 *
 * Returns: (transfer full) (nullable): the logo, PNG or SVG
 */
GBytes *
ber_organisation_get_logo (BerOrganisation *self)
{
  GBytes *logo = NULL;

  g_return_val_if_fail (BER_IS_ORGANISATION (self), NULL);
  g_object_get (self, "logo", &logo, NULL);
  return logo;
}

const char *
ber_organisation_get_logo_type (BerOrganisation *self)
{
  g_return_val_if_fail (BER_IS_ORGANISATION (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "logo-type");
}

static const char *
logo_type_of (GBytes *logo)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gsize size;
  const char *data = g_bytes_get_data (logo, &size);
  g_autofree char *head = NULL;

  if (size >= sizeof png && memcmp (data, png, sizeof png) == 0)
    return "image/png";

  /* An SVG file: XML whose first element is svg. */
  head = g_strndup (data, MIN (size, 4096));
  if (strlen (head) == MIN (size, 4096) && g_utf8_validate (head, -1, NULL)
      && strstr (head, "<svg") != NULL)
    return "image/svg+xml";
  return NULL;
}

/**
 * ber_organisation_set_logo:
 * @logo: (nullable): a PNG or SVG file's contents, or %NULL for no logo
 *
 * Sets the logo after checking that it is a PNG or SVG image and not too
 * large for the register; on error nothing changes.
 */
gboolean
ber_organisation_set_logo (BerOrganisation  *self,
                           GBytes           *logo,
                           GError          **error)
{
  const char *type = NULL;

  g_return_val_if_fail (BER_IS_ORGANISATION (self), FALSE);

  if (logo != NULL && g_bytes_get_size (logo) == 0)
    logo = NULL;
  if (logo != NULL)
    {
      if (g_bytes_get_size (logo) > BER_ORGANISATION_MAX_LOGO)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("The logo is larger than %d MB. Save it smaller, or as SVG, and "
                         "choose it again."), BER_ORGANISATION_MAX_LOGO / (1024 * 1024));
          return FALSE;
        }
      type = logo_type_of (logo);
      if (type == NULL)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("The logo is not a PNG or SVG image. Save it as PNG or SVG "
                                 "and choose it again."));
          return FALSE;
        }
    }
  g_object_set (self, "logo", logo, "logo-type", type, NULL);
  return TRUE;
}

/**
 * ber_organisation_save:
 *
 * Saves the organisation; a change made elsewhere since it was loaded is a
 * conflict, as for every record.
 */
gboolean
ber_organisation_save (BerOrganisation  *self,
                       BerStore         *store,
                       GError          **error)
{
  g_return_val_if_fail (BER_IS_ORGANISATION (self), FALSE);

  return ber_record_save (BER_RECORD (self), store, error);
}
