/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-changes"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-change.h"
#include "ber-changes-private.h"

struct _BerChange
{
  GObject          parent_instance;

  gboolean         loaded;
  gint64           id;
  char            *changed_at;
  char            *changed_by;
  BerChangeAction  action;
  char            *kind;
  char            *label;
  GType            record_type;
  gint64           record_id;
  gboolean         follows_unrecorded;
  GArray          *fields;   /* BerChangeField */
};

G_DEFINE_FINAL_TYPE (BerChange, ber_change, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LOADED,
  PROP_CHANGED_BY,
  PROP_KIND,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_field (gpointer data)
{
  BerChangeField *field = data;

  g_free (field->label);
  g_free (field->old_value);
  g_free (field->new_value);
}

static void
ber_change_finalize (GObject *object)
{
  BerChange *self = BER_CHANGE (object);

  g_free (self->changed_at);
  g_free (self->changed_by);
  g_free (self->kind);
  g_free (self->label);
  g_array_unref (self->fields);

  G_OBJECT_CLASS (ber_change_parent_class)->finalize (object);
}

static void
ber_change_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BerChange *self = BER_CHANGE (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    case PROP_CHANGED_BY:
      g_value_set_string (value, self->changed_by);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_change_class_init (BerChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_change_finalize;
  object_class->get_property = ber_change_get_property;

  /**
   * BerChange:loaded:
   *
   * %FALSE for a placeholder that a list hands out until the change at
   * its place has been read.
   */
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CHANGED_BY] =
    g_param_spec_string ("changed-by", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ber_change_init (BerChange *self)
{
  self->fields = g_array_new (FALSE, TRUE, sizeof (BerChangeField));
  g_array_set_clear_func (self->fields, clear_field);
  self->record_type = G_TYPE_INVALID;
}

/* For the lists of the change history (ber-changes-private.h) */

/* @changed_by: (nullable): %NULL for a change another program made without
 *   the history; @changed_at likewise */
BerChange *
_ber_change_new (gint64           id,
                 const char      *changed_at,
                 const char      *changed_by,
                 BerChangeAction  action)
{
  BerChange *self = g_object_new (BER_TYPE_CHANGE, NULL);

  self->loaded = TRUE;
  self->id = id;
  self->changed_at = g_strdup (changed_at);
  self->changed_by = g_strdup (changed_by);
  self->action = action;
  return self;
}

void
_ber_change_set_record (BerChange  *self,
                        const char *kind,
                        const char *label,
                        GType       record_type,
                        gint64      record_id)
{
  g_free (self->kind);
  self->kind = g_strdup (kind);
  g_free (self->label);
  self->label = g_strdup (label);
  self->record_type = record_type;
  self->record_id = record_id;
}

void
_ber_change_add_field (BerChange  *self,
                       const char *label,
                       const char *old_value,
                       const char *new_value)
{
  BerChangeField field = {
    g_strdup (label), g_strdup (old_value), g_strdup (new_value),
  };

  g_array_append_val (self->fields, field);
}

void
_ber_change_set_follows_unrecorded (BerChange *self,
                                    gboolean   follows)
{
  self->follows_unrecorded = follows;
}

/* Public API */

gboolean
ber_change_get_loaded (BerChange *self)
{
  g_return_val_if_fail (BER_IS_CHANGE (self), FALSE);
  return self->loaded;
}

/* The entry of the register's history, or 0 (a placeholder, or a change
 * another program made without the history). */
gint64
ber_change_get_id (BerChange *self)
{
  g_return_val_if_fail (BER_IS_CHANGE (self), 0);
  return self->id;
}

/* Returns: (nullable): when, as the history has it: UTC, ISO 8601 */
const char *
ber_change_get_changed_at (BerChange *self)
{
  g_return_val_if_fail (BER_IS_CHANGE (self), NULL);
  return self->changed_at;
}

/**
 * ber_change_format_time:
 *
 * Returns: (transfer full) (nullable): when, in local time,
 *   "YYYY-MM-DD HH:MM"; %NULL when not known
 */
char *
ber_change_format_time (BerChange *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (BER_IS_CHANGE (self), NULL);

  if (self->changed_at == NULL)
    return NULL;
  utc = g_date_time_new_from_iso8601 (self->changed_at, NULL);
  if (utc == NULL)
    return g_strdup (self->changed_at);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* Returns: (nullable): who, as the history names them; %NULL for another
 *   program that keeps no history */
const char *
ber_change_get_changed_by (BerChange *self)
{
  g_return_val_if_fail (BER_IS_CHANGE (self), NULL);
  return self->changed_by;
}

BerChangeAction
ber_change_get_action (BerChange *self)
{
  g_return_val_if_fail (BER_IS_CHANGE (self), BER_CHANGE_CHANGED);
  return self->action;
}

/* Returns: (nullable): what the record is ("Item", "Fee"), translated */
const char *
ber_change_get_kind (BerChange *self)
{
  g_return_val_if_fail (BER_IS_CHANGE (self), NULL);
  return self->kind;
}

/* Returns: (nullable): the record's name ("AER", an item's title) */
const char *
ber_change_get_label (BerChange *self)
{
  g_return_val_if_fail (BER_IS_CHANGE (self), NULL);
  return self->label;
}

/* The record whose page shows the change (the network of a fee), or
 * %G_TYPE_INVALID when none does. */
GType
ber_change_get_record_type (BerChange *self)
{
  g_return_val_if_fail (BER_IS_CHANGE (self), G_TYPE_INVALID);
  return self->record_type;
}

gint64
ber_change_get_record_id (BerChange *self)
{
  g_return_val_if_fail (BER_IS_CHANGE (self), 0);
  return self->record_id;
}

/**
 * ber_change_get_follows_unrecorded:
 *
 * Whether another program changed the record, without the history,
 * between the change before this one and this one: the values before this
 * change may then be other than those shown.
 */
gboolean
ber_change_get_follows_unrecorded (BerChange *self)
{
  g_return_val_if_fail (BER_IS_CHANGE (self), FALSE);
  return self->follows_unrecorded;
}

guint
ber_change_get_n_fields (BerChange *self)
{
  g_return_val_if_fail (BER_IS_CHANGE (self), 0);
  return self->fields->len;
}

/* Returns: (transfer none): field @index, in the order of the record's columns */
const BerChangeField *
ber_change_get_field (BerChange *self,
                      guint      index)
{
  g_return_val_if_fail (BER_IS_CHANGE (self), NULL);
  g_return_val_if_fail (index < self->fields->len, NULL);
  return &g_array_index (self->fields, BerChangeField, index);
}

/**
 * ber_change_describe:
 *
 * The change in one sentence, for a screen reader: "Changed by anna,
 * 2026-05-04 14:03: Item “Invitation to AER”".
 *
 * Returns: (transfer full): the text
 */
char *
ber_change_describe (BerChange *self)
{
  g_autofree char *when = NULL;
  const char *who;
  const char *what;

  g_return_val_if_fail (BER_IS_CHANGE (self), NULL);

  if (!self->loaded)
    return g_strdup (_("Loading the change…"));

  when = ber_change_format_time (self);
  who = self->changed_by != NULL ? self->changed_by : _("another program");
  if (self->action == BER_CHANGE_CREATED)
    what = _("Added");
  else if (self->action == BER_CHANGE_REMOVED)
    what = _("Removed");
  else
    what = _("Changed");
  /* Translators: a change, for a screen reader: what was done ("Changed"),
   * who did it, when, what the record is ("Item") and its name */
  return g_strdup_printf (_("%s by %s, %s: %s “%s”"), what, who,
                          when != NULL ? when : _("time not recorded"),
                          self->kind != NULL ? self->kind : "",
                          self->label != NULL ? self->label : "");
}
