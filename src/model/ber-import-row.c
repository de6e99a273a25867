/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-import-row"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-import-row-private.h"

enum
{
  PROP_0,
  PROP_LINE,
  PROP_LINE_LABEL,
  PROP_ACTION,
  PROP_ACTION_LABEL,
  PROP_ICON_NAME,
  PROP_TITLE,
  PROP_MESSAGE,
  PROP_IS_ERROR,
  PROP_HAS_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ENUM_TYPE (BerImportAction, ber_import_action,
                    G_DEFINE_ENUM_VALUE (BER_IMPORT_ACTION_INSERT, "insert"),
                    G_DEFINE_ENUM_VALUE (BER_IMPORT_ACTION_UPDATE, "update"),
                    G_DEFINE_ENUM_VALUE (BER_IMPORT_ACTION_UNCHANGED, "unchanged"),
                    G_DEFINE_ENUM_VALUE (BER_IMPORT_ACTION_ERROR, "error"))

G_DEFINE_FINAL_TYPE (BerImportRow, ber_import_row, G_TYPE_OBJECT)

static void
ber_import_row_finalize (GObject *object)
{
  BerImportRow *self = (BerImportRow *) object;

  g_free (self->title);
  g_free (self->message);
  g_free (self->via_text);
  g_clear_pointer (&self->values, g_variant_unref);
  g_clear_pointer (&self->changes, g_variant_unref);
  g_clear_pointer (&self->original, g_variant_unref);

  G_OBJECT_CLASS (ber_import_row_parent_class)->finalize (object);
}

static void
ber_import_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BerImportRow *self = BER_IMPORT_ROW (object);

  switch (prop_id)
    {
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_LINE_LABEL:
      g_value_take_string (value, ber_import_row_dup_line_label (self));
      break;
    case PROP_ACTION:
      g_value_set_enum (value, self->action);
      break;
    case PROP_ACTION_LABEL:
      g_value_set_string (value, ber_import_row_get_action_label (self));
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, ber_import_row_get_icon_name (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_IS_ERROR:
      g_value_set_boolean (value, self->action == BER_IMPORT_ACTION_ERROR);
      break;
    case PROP_HAS_NOTE:
      g_value_set_boolean (value, self->action != BER_IMPORT_ACTION_ERROR
                                  && self->message != NULL && *self->message != '\0');
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_import_row_class_init (BerImportRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ber_import_row_finalize;
  object_class->get_property = ber_import_row_get_property;

  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_LINE_LABEL] = g_param_spec_string ("line-label", NULL, NULL, NULL, flags);
  properties[PROP_ACTION] = g_param_spec_enum ("action", NULL, NULL, BER_TYPE_IMPORT_ACTION,
                                               BER_IMPORT_ACTION_INSERT, flags);
  properties[PROP_ACTION_LABEL] = g_param_spec_string ("action-label", NULL, NULL, NULL, flags);
  properties[PROP_ICON_NAME] = g_param_spec_string ("icon-name", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  /* For the list: an error message is shown as one, a note about changes dimmed. */
  properties[PROP_IS_ERROR] = g_param_spec_boolean ("is-error", NULL, NULL, FALSE, flags);
  properties[PROP_HAS_NOTE] = g_param_spec_boolean ("has-note", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ber_import_row_init (BerImportRow *self)
{
}

BerImportRow *
ber_import_row_new (guint line)
{
  BerImportRow *self = g_object_new (BER_TYPE_IMPORT_ROW, NULL);

  self->line = line;
  return self;
}

/* Returns: the line of the file, counting from 1. */
guint
ber_import_row_get_line (BerImportRow *self)
{
  g_return_val_if_fail (BER_IS_IMPORT_ROW (self), 0);

  return self->line;
}

BerImportAction
ber_import_row_get_action (BerImportRow *self)
{
  g_return_val_if_fail (BER_IS_IMPORT_ROW (self), BER_IMPORT_ACTION_ERROR);

  return self->action;
}

/* Returns: the name of the network or person, as the file gives it. */
const char *
ber_import_row_get_title (BerImportRow *self)
{
  g_return_val_if_fail (BER_IS_IMPORT_ROW (self), NULL);

  return self->title;
}

/* Returns: for an error, what is wrong, naming the line and the column; else
 * which columns change, or "". */
const char *
ber_import_row_get_message (BerImportRow *self)
{
  g_return_val_if_fail (BER_IS_IMPORT_ROW (self), NULL);

  return self->message != NULL ? self->message : "";
}

/**
 * ber_import_row_get_values:
 *
 * Returns: (transfer none): an a{sv} of the values the line gives, keyed by
 *   column (for networks also "membership_status", "activity" and
 *   "via_network_name"); empty cells are absent
 */
GVariant *
ber_import_row_get_values (BerImportRow *self)
{
  g_return_val_if_fail (BER_IS_IMPORT_ROW (self), NULL);

  return self->values;
}

/* Returns: the id of the row the line matched, or after applying, wrote; 0 if none. */
gint64
ber_import_row_get_id (BerImportRow *self)
{
  g_return_val_if_fail (BER_IS_IMPORT_ROW (self), 0);

  return self->id;
}

const char *
ber_import_row_get_icon_name (BerImportRow *self)
{
  g_return_val_if_fail (BER_IS_IMPORT_ROW (self), NULL);

  switch (self->action)
    {
    case BER_IMPORT_ACTION_INSERT:
      return "list-add-symbolic";
    case BER_IMPORT_ACTION_UPDATE:
      return "document-edit-symbolic";
    case BER_IMPORT_ACTION_UNCHANGED:
      return "object-select-symbolic";
    case BER_IMPORT_ACTION_ERROR:
    default:
      return "dialog-error-symbolic";
    }
}

const char *
ber_import_row_get_action_label (BerImportRow *self)
{
  g_return_val_if_fail (BER_IS_IMPORT_ROW (self), NULL);

  switch (self->action)
    {
    case BER_IMPORT_ACTION_INSERT:
      return C_("import", "New");
    case BER_IMPORT_ACTION_UPDATE:
      return C_("import", "Update");
    case BER_IMPORT_ACTION_UNCHANGED:
      return C_("import", "Unchanged");
    case BER_IMPORT_ACTION_ERROR:
    default:
      return C_("import", "Error");
    }
}

char *
ber_import_row_dup_line_label (BerImportRow *self)
{
  g_return_val_if_fail (BER_IS_IMPORT_ROW (self), NULL);

  return g_strdup_printf (_("Line %u"), self->line);
}
