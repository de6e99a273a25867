/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-conflict"

#include "config.h"

#include "ber-conflict.h"

typedef struct
{
  char *property;
  char *mine;
  char *theirs;
} Field;

struct _BerConflict
{
  GObject  parent_instance;

  GArray  *fields;
  char    *changed_by;
  char    *changed_at;
};

G_DEFINE_FINAL_TYPE (BerConflict, ber_conflict, G_TYPE_OBJECT)

static void
field_clear (gpointer data)
{
  Field *field = data;

  g_free (field->property);
  g_free (field->mine);
  g_free (field->theirs);
}

static void
ber_conflict_finalize (GObject *object)
{
  BerConflict *self = BER_CONFLICT (object);

  g_array_unref (self->fields);
  g_free (self->changed_by);
  g_free (self->changed_at);

  G_OBJECT_CLASS (ber_conflict_parent_class)->finalize (object);
}

static void
ber_conflict_class_init (BerConflictClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ber_conflict_finalize;
}

static void
ber_conflict_init (BerConflict *self)
{
  self->fields = g_array_new (FALSE, TRUE, sizeof (Field));
  g_array_set_clear_func (self->fields, field_clear);
}

/**
 * ber_conflict_new:
 * @changed_by: (nullable): who made the other change, when known
 * @changed_at: (nullable): when, as the history has it (UTC, ISO 8601)
 */
BerConflict *
ber_conflict_new (const char *changed_by,
                  const char *changed_at)
{
  BerConflict *self = g_object_new (BER_TYPE_CONFLICT, NULL);

  self->changed_by = g_strdup (changed_by);
  self->changed_at = g_strdup (changed_at);
  return self;
}

void
ber_conflict_add_field (BerConflict *self,
                        const char  *property,
                        const char  *mine,
                        const char  *theirs)
{
  Field field = { g_strdup (property), g_strdup (mine), g_strdup (theirs) };

  g_return_if_fail (BER_IS_CONFLICT (self));
  g_array_append_val (self->fields, field);
}

guint
ber_conflict_get_n_fields (BerConflict *self)
{
  g_return_val_if_fail (BER_IS_CONFLICT (self), 0);
  return self->fields->len;
}

static Field *
get_field (BerConflict *self,
           guint        index)
{
  g_return_val_if_fail (BER_IS_CONFLICT (self), NULL);
  g_return_val_if_fail (index < self->fields->len, NULL);
  return &g_array_index (self->fields, Field, index);
}

/* The record property (e.g. "website") both sides changed. */
const char *
ber_conflict_get_property (BerConflict *self,
                           guint        index)
{
  Field *field = get_field (self, index);

  return field != NULL ? field->property : NULL;
}

/* The value typed here, as text. */
const char *
ber_conflict_get_mine (BerConflict *self,
                       guint        index)
{
  Field *field = get_field (self, index);

  return field != NULL ? field->mine : NULL;
}

/* The value now in the register, as text. */
const char *
ber_conflict_get_theirs (BerConflict *self,
                         guint        index)
{
  Field *field = get_field (self, index);

  return field != NULL ? field->theirs : NULL;
}

gboolean
ber_conflict_has_property (BerConflict *self,
                           const char  *property)
{
  g_return_val_if_fail (BER_IS_CONFLICT (self), FALSE);

  for (guint i = 0; i < self->fields->len; i++)
    if (g_str_equal (g_array_index (self->fields, Field, i).property, property))
      return TRUE;
  return FALSE;
}

/* Returns: (nullable): who made the other change, when the history says */
const char *
ber_conflict_get_changed_by (BerConflict *self)
{
  g_return_val_if_fail (BER_IS_CONFLICT (self), NULL);
  return self->changed_by;
}

/* Returns: (nullable): when, YYYY-MM-DDTHH:MM:SSZ */
const char *
ber_conflict_get_changed_at (BerConflict *self)
{
  g_return_val_if_fail (BER_IS_CONFLICT (self), NULL);
  return self->changed_at;
}
