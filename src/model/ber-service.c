/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-service"

#include "config.h"

#include "ber-service.h"

typedef struct
{
  BerStore *store;
} BerServicePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (BerService, ber_service, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ber_service_dispose (GObject *object)
{
  BerServicePrivate *priv = ber_service_get_instance_private (BER_SERVICE (object));

  g_clear_object (&priv->store);

  G_OBJECT_CLASS (ber_service_parent_class)->dispose (object);
}

static void
ber_service_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BerServicePrivate *priv = ber_service_get_instance_private (BER_SERVICE (object));

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, priv->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_service_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BerServicePrivate *priv = ber_service_get_instance_private (BER_SERVICE (object));

  switch (prop_id)
    {
    case PROP_STORE:
      priv->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_service_class_init (BerServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ber_service_dispose;
  object_class->get_property = ber_service_get_property;
  object_class->set_property = ber_service_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BER_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ber_service_init (BerService *self)
{
}

BerStore *
ber_service_get_store (BerService *self)
{
  BerServicePrivate *priv = ber_service_get_instance_private (self);

  g_return_val_if_fail (BER_IS_SERVICE (self), NULL);
  return priv->store;
}

/* The day the register takes as today, YYYY-MM-DD. */
const char *
ber_service_get_today (BerService *self)
{
  return ber_store_get_today (ber_service_get_store (self));
}

/**
 * ber_service_refuse:
 * @message: what is wrong and how to mend it, for the user
 *
 * Refuses a write that breaks a rule.
 *
 * Returns: %FALSE, with @error set to %BER_STORE_ERROR_INVALID
 */
gboolean
ber_service_refuse (GError     **error,
                    const char  *message)
{
  g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID, message);
  return FALSE;
}

/**
 * ber_service_commit_or_rollback:
 * @ok: whether every write of the transaction succeeded
 *
 * Ends a service's transaction: commits it when @ok, else (or when the
 * commit fails) rolls it back, so that nothing of it remains.
 *
 * Returns: whether it was committed
 */
gboolean
ber_service_commit_or_rollback (BerStore  *store,
                                gboolean   ok,
                                GError   **error)
{
  if (ok && ber_store_commit (store, error))
    return TRUE;
  ber_store_rollback (store);
  return FALSE;
}
