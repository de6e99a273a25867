/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-item-link"

#include "config.h"

#include "ber-item-link.h"

struct _BerItemLink
{
  BerRecord        parent_instance;

  BerItemLinkKind  kind;
  gboolean         saved_linked;  /* as the register has it */
};

G_DEFINE_FINAL_TYPE (BerItemLink, ber_item_link, BER_TYPE_RECORD)

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_LINKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define FLAGS (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY)

static void
ber_item_link_class_init (BerItemLinkClass *klass)
{
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);

  /* Not a table of its own: the item service writes the links. */
  record_class->label = "title";

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", FLAGS);
  properties[PROP_LINKED] = g_param_spec_boolean ("linked", NULL, NULL, FALSE, FLAGS);

  ber_record_class_install_properties (record_class, N_PROPS, properties);
}

static void
ber_item_link_init (BerItemLink *self)
{
}

BerItemLink *
ber_item_link_new (BerItemLinkKind  kind,
                   gint64           id,
                   const char      *title,
                   gboolean         linked)
{
  g_autoptr(GVariant) row = NULL;
  GVariantBuilder builder;
  BerItemLink *self;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "id", g_variant_new_int64 (id));
  g_variant_builder_add (&builder, "{sv}", "title", g_variant_new_string (title != NULL ? title : ""));
  g_variant_builder_add (&builder, "{sv}", "linked", g_variant_new_int64 (linked ? 1 : 0));
  row = g_variant_ref_sink (g_variant_builder_end (&builder));

  self = BER_ITEM_LINK (ber_record_new_from_row (BER_TYPE_ITEM_LINK, row));
  self->kind = kind;
  self->saved_linked = linked;
  return self;
}

BerItemLinkKind
ber_item_link_get_kind (BerItemLink *self)
{
  g_return_val_if_fail (BER_IS_ITEM_LINK (self), BER_ITEM_LINK_NETWORK);
  return self->kind;
}

const char *
ber_item_link_get_title (BerItemLink *self)
{
  g_return_val_if_fail (BER_IS_ITEM_LINK (self), NULL);
  return ber_record_get_string (BER_RECORD (self), "title");
}

gboolean
ber_item_link_get_linked (BerItemLink *self)
{
  gboolean linked = FALSE;

  g_return_val_if_fail (BER_IS_ITEM_LINK (self), FALSE);
  g_object_get (self, "linked", &linked, NULL);
  return linked;
}

void
ber_item_link_set_linked (BerItemLink *self,
                          gboolean     linked)
{
  g_return_if_fail (BER_IS_ITEM_LINK (self));
  g_object_set (self, "linked", linked, NULL);
}

/* Whether "linked" differs from what the register had when it was read. */
gboolean
ber_item_link_get_changed (BerItemLink *self)
{
  g_return_val_if_fail (BER_IS_ITEM_LINK (self), FALSE);
  return ber_item_link_get_linked (self) != self->saved_linked;
}

/* After the links are written, what the link shows is what the register has. */
void
ber_item_link_mark_saved (BerItemLink *self)
{
  g_return_if_fail (BER_IS_ITEM_LINK (self));
  self->saved_linked = ber_item_link_get_linked (self);
}
