/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-import.h"
#include "ber-import-private.h"
#include "ber-import-row-private.h"

/*
 * The import as an object: the plan of a file (made in ber-import-plan.c),
 * a list model of its lines, and writing it in one transaction.
 */


enum
{
  PROP_0,
  PROP_STORE,
  PROP_KIND,
  PROP_SKIP_ERRORS,
  PROP_CAN_APPLY,
  PROP_PROGRESS,
  PROP_FILE_NAME,
  PROP_ENCODING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);
static void set_can_apply_around (BerImport *self,
                                  gboolean   before);

G_DEFINE_QUARK (ber-import-error-quark, ber_import_error)

G_DEFINE_ENUM_TYPE (BerImportKind, ber_import_kind,
                    G_DEFINE_ENUM_VALUE (BER_IMPORT_NETWORKS, "networks"),
                    G_DEFINE_ENUM_VALUE (BER_IMPORT_PERSONS, "persons"))

G_DEFINE_FINAL_TYPE_WITH_CODE (BerImport, ber_import, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* Writing. Updates come before inserts, and ending memberships before adding
 * any, so that an id SQLite hands out again after a deletion can never be
 * mistaken for a row the plan matched. */

/* The plan is only good for the register it was made against. */
static gboolean
check_unchanged (BerStore      *store,
                 const char    *table,
                 BerImportRow  *row,
                 GError       **error)
{
  g_autoptr(GVariant) current = ber_store_get (store, table, row->id, error);

  if (current == NULL)
    return FALSE;
  if (row->original != NULL && !g_variant_equal (current, row->original))
    {
      g_set_error_literal (error, BER_IMPORT_ERROR, BER_IMPORT_ERROR_CHANGED,
                           _("It has changed in the register since the file was read. Read "
                             "the file again."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_rows (BerImport          *self,
            BerStore           *store,
            BerImportAction     action,
            guint              *n_written,
            BerImportProgress  *progress,
            GError            **error)
{
  const char *table = self->kind == BER_IMPORT_NETWORKS ? "network" : "person";

  for (guint i = 0; i < self->rows->len; i++)
    {
      BerImportRow *row = g_ptr_array_index (self->rows, i);
      gboolean ok = TRUE;

      if (row->action != action)
        continue;

      if (action == BER_IMPORT_ACTION_INSERT)
        {
          row->id = ber_store_insert (store, table, row->changes, error);
          ok = row->id != 0;
        }
      else if (g_variant_n_children (row->changes) > 0)
        ok = check_unchanged (store, table, row, error)
             && ber_store_update (store, table, row->id, row->changes, error);

      if (!ok)
        {
          g_prefix_error (error, _("Line %u: "), row->line);
          return FALSE;
        }
      (*n_written)++;
      if (progress != NULL)
        {
          g_atomic_int_inc (&progress->done);
          if (g_cancellable_set_error_if_cancelled (progress->cancellable, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
end_memberships (BerImport  *self,
                 BerStore   *store,
                 GError    **error)
{
  const char *today = ber_store_get_today (store);

  for (guint i = 0; i < self->rows->len; i++)
    {
      BerImportRow *row = g_ptr_array_index (self->rows, i);
      GVariantDict values;

      if (row->action == BER_IMPORT_ACTION_ERROR || !row->add_membership
          || row->close_membership_id == 0)
        continue;

      g_variant_dict_init (&values, NULL);
      g_variant_dict_insert (&values, "to_on", "s", today);
      if (!ber_store_update (store, "membership", row->close_membership_id,
                             g_variant_dict_end (&values), error))
        {
          g_prefix_error (error, _("Line %u: "), row->line);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
add_memberships (BerImport  *self,
                 BerStore   *store,
                 GError    **error)
{
  const char *today = ber_store_get_today (store);

  for (guint i = 0; i < self->rows->len; i++)
    {
      BerImportRow *row = g_ptr_array_index (self->rows, i);
      gint64 via_id = row->via_row != NULL ? row->via_row->id : row->via_id;
      GVariantDict values;

      if (row->action == BER_IMPORT_ACTION_ERROR || !row->add_membership)
        continue;

      g_variant_dict_init (&values, NULL);
      g_variant_dict_insert (&values, "network_id", "x", row->id);
      g_variant_dict_insert (&values, "status", "s", row->status);
      g_variant_dict_insert (&values, "activity", "s", row->activity);
      g_variant_dict_insert (&values, "from_on", "s", today);
      if (via_id != 0)
        g_variant_dict_insert (&values, "via_network_id", "x", via_id);
      if (ber_store_insert (store, "membership", g_variant_dict_end (&values), error) == 0)
        {
          g_prefix_error (error, _("Line %u: "), row->line);
          return FALSE;
        }
    }

  return TRUE;
}

/* Writes the plan through @store in one bulk write: all of it or nothing. */
gboolean
_ber_import_write_plan (BerImport          *self,
                        BerStore           *store,
                        guint              *n_inserted,
                        guint              *n_updated,
                        BerImportProgress  *progress,
                        GError            **error)
{
  gboolean networks = self->kind == BER_IMPORT_NETWORKS;

  if (!ber_store_begin_bulk (store, error))
    return FALSE;

  if (!write_rows (self, store, BER_IMPORT_ACTION_UPDATE, n_updated, progress, error)
      || (networks && !end_memberships (self, store, error))
      || !write_rows (self, store, BER_IMPORT_ACTION_INSERT, n_inserted, progress, error)
      || (networks && !add_memberships (self, store, error))
      || !ber_store_commit (store, error))
    {
      ber_store_rollback (store);
      for (guint i = 0; i < self->rows->len; i++)
        {
          BerImportRow *row = g_ptr_array_index (self->rows, i);

          if (row->action == BER_IMPORT_ACTION_INSERT)
            row->id = 0;
        }
      return FALSE;
    }

  return TRUE;
}

/* Shows the plan of a file, or nothing when it could not be made. Takes
 * @rows and @ignored. */
void
_ber_import_install_plan (BerImport      *self,
                          GPtrArray      *rows,
                          GStrv           ignored,
                          BerCsvEncoding  encoding)
{
  gboolean could_apply = ber_import_get_can_apply (self);
  guint removed = self->rows->len;

  g_ptr_array_set_size (self->rows, 0);
  memset (self->counts, 0, sizeof self->counts);
  self->applied = FALSE;
  g_clear_pointer (&self->ignored_columns, g_strfreev);
  self->ignored_columns = ignored;

  if (rows != NULL)
    g_ptr_array_extend_and_steal (self->rows, rows);
  for (guint i = 0; i < self->rows->len; i++)
    self->counts[((BerImportRow *) g_ptr_array_index (self->rows, i))->action]++;
  self->loaded = self->rows->len > 0;

  if (self->encoding != encoding)
    {
      self->encoding = encoding;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENCODING]);
    }

  if (removed > 0 || self->rows->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->rows->len);
  set_can_apply_around (self, could_apply);
}

gboolean
_ber_import_check_can_apply (BerImport  *self,
                             GError    **error)
{
  guint n_errors = self->counts[BER_IMPORT_ACTION_ERROR];

  if (!self->loaded)
    {
      g_set_error_literal (error, BER_IMPORT_ERROR, BER_IMPORT_ERROR_NOT_LOADED,
                           _("No file has been read for the import."));
      return FALSE;
    }
  if (self->applied)
    {
      g_set_error_literal (error, BER_IMPORT_ERROR, BER_IMPORT_ERROR_APPLIED,
                           _("This file has already been imported."));
      return FALSE;
    }
  if (n_errors > 0 && !self->skip_errors)
    {
      g_set_error (error, BER_IMPORT_ERROR, BER_IMPORT_ERROR_HAS_ERRORS,
                   ngettext ("%u line has errors. Correct the file, or skip the lines with "
                             "errors.",
                             "%u lines have errors. Correct the file, or skip the lines with "
                             "errors.", n_errors),
                   n_errors);
      return FALSE;
    }
  return TRUE;
}

void
_ber_import_set_applied (BerImport *self)
{
  self->applied = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_APPLY]);
}

/* Properties */

static void
set_can_apply_around (BerImport *self,
                      gboolean   before)
{
  if (before != ber_import_get_can_apply (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_APPLY]);
}

/* GListModel */

static GType
ber_import_get_item_type (GListModel *model)
{
  return BER_TYPE_IMPORT_ROW;
}

static guint
ber_import_get_n_items (GListModel *model)
{
  return BER_IMPORT (model)->rows->len;
}

static gpointer
ber_import_get_item (GListModel *model,
                     guint       position)
{
  BerImport *self = BER_IMPORT (model);

  if (position >= self->rows->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ber_import_get_item_type;
  iface->get_n_items = ber_import_get_n_items;
  iface->get_item = ber_import_get_item;
}

/* GObject */

static void
ber_import_finalize (GObject *object)
{
  BerImport *self = (BerImport *) object;

  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_ptr_array_unref (self->rows);
  g_strfreev (self->ignored_columns);
  g_free (self->file_name);

  G_OBJECT_CLASS (ber_import_parent_class)->finalize (object);
}

static void
ber_import_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BerImport *self = BER_IMPORT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_SKIP_ERRORS:
      g_value_set_boolean (value, self->skip_errors);
      break;
    case PROP_CAN_APPLY:
      g_value_set_boolean (value, ber_import_get_can_apply (self));
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case PROP_ENCODING:
      g_value_set_enum (value, self->encoding);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_import_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BerImport *self = BER_IMPORT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_SKIP_ERRORS:
      ber_import_set_skip_errors (self, g_value_get_boolean (value));
      break;
    case PROP_FILE_NAME:
      ber_import_set_file_name (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_import_class_init (BerImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_import_finalize;
  object_class->get_property = ber_import_get_property;
  object_class->set_property = ber_import_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BER_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, BER_TYPE_IMPORT_KIND, BER_IMPORT_NETWORKS,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SKIP_ERRORS] =
    g_param_spec_boolean ("skip-errors", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_APPLY] =
    g_param_spec_boolean ("can-apply", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BerImport:file-name:
   *
   * The name of the file as the user knows it, which the messages about a
   * file that cannot be read as text name; %NULL for "the file".
   */
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BerImport:encoding:
   *
   * The encoding the file of the plan was read in.
   */
  properties[PROP_ENCODING] =
    g_param_spec_enum ("encoding", NULL, NULL, BER_TYPE_CSV_ENCODING, BER_CSV_ENCODING_UTF8,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ber_import_init (BerImport *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

BerImport *
ber_import_new (BerStore      *store,
                BerImportKind  kind)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);
  g_return_val_if_fail (kind == BER_IMPORT_NETWORKS || kind == BER_IMPORT_PERSONS, NULL);

  return g_object_new (BER_TYPE_IMPORT, "store", store, "kind", kind, NULL);
}

/**
 * ber_import_new_for_context:
 *
 * An import into the register of @context, which can also read and write
 * in a thread (ber_import_load_async(), ber_import_apply_async()).
 */
BerImport *
ber_import_new_for_context (BerContext    *context,
                            BerImportKind  kind)
{
  BerImport *self;

  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);

  self = ber_import_new (ber_context_get_store (context), kind);
  self->context = g_object_ref (context);
  return self;
}

BerImportKind
ber_import_get_kind (BerImport *self)
{
  g_return_val_if_fail (BER_IS_IMPORT (self), BER_IMPORT_NETWORKS);

  return self->kind;
}

const char *
ber_import_get_file_name (BerImport *self)
{
  g_return_val_if_fail (BER_IS_IMPORT (self), NULL);

  return self->file_name;
}

/* The name of the file the next load reads, as the user knows it. */
void
ber_import_set_file_name (BerImport  *self,
                          const char *file_name)
{
  g_return_if_fail (BER_IS_IMPORT (self));

  if (g_strcmp0 (self->file_name, file_name) == 0)
    return;
  g_free (self->file_name);
  self->file_name = g_strdup (file_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
}

/* Returns: the encoding the file of the plan was read in, converted to UTF-8 */
BerCsvEncoding
ber_import_get_encoding (BerImport *self)
{
  g_return_val_if_fail (BER_IS_IMPORT (self), BER_CSV_ENCODING_UTF8);

  return self->encoding;
}

/**
 * ber_import_load:
 * @bytes: the contents of a CSV file
 * @error: a #BER_CSV_ERROR, #BER_IMPORT_ERROR or #BER_STORE_ERROR
 *
 * Plans the import: one row per line with content. Problems with a line
 * (a bad value, a duplicate) are the row's message and do not fail; only a
 * file that cannot be read as a whole does (bytes that are neither UTF-8 nor
 * Windows-1252, a quote never closed, no name column, no lines). A file in
 * Windows-1252 is converted (#BerImport:encoding). Writes nothing.
 */
gboolean
ber_import_load (BerImport  *self,
                 GBytes     *bytes,
                 GError    **error)
{
  GPtrArray *rows;
  GStrv ignored = NULL;
  BerCsvEncoding encoding = BER_CSV_ENCODING_UTF8;

  g_return_val_if_fail (BER_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (self->running == NULL, FALSE);

  rows = ber_import_plan (self->store, self->kind, bytes, self->file_name, &ignored, &encoding,
                          NULL, error);
  _ber_import_install_plan (self, rows, ignored, encoding);
  return self->loaded;
}

/* Returns: how many lines the plan gives @action. */
guint
ber_import_count (BerImport       *self,
                  BerImportAction  action)
{
  g_return_val_if_fail (BER_IS_IMPORT (self), 0);
  g_return_val_if_fail (action <= BER_IMPORT_ACTION_ERROR, 0);

  return self->counts[action];
}

/* Returns: (transfer full): e.g. "12 new networks, 3 updated, 1 unchanged, 2 lines with errors" */
char *
ber_import_dup_summary (BerImport *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n;

  g_return_val_if_fail (BER_IS_IMPORT (self), NULL);

  if ((n = self->counts[BER_IMPORT_ACTION_INSERT]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (self->kind == BER_IMPORT_NETWORKS
                                               ? ngettext ("%u new network", "%u new networks", n)
                                               : ngettext ("%u new person", "%u new people", n),
                                             n));
  if ((n = self->counts[BER_IMPORT_ACTION_UPDATE]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u updated", "%u updated", n), n));
  if ((n = self->counts[BER_IMPORT_ACTION_UNCHANGED]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u unchanged", "%u unchanged", n), n));
  if ((n = self->counts[BER_IMPORT_ACTION_ERROR]) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u line with errors",
                                                       "%u lines with errors", n), n));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (", ", (char **) parts->pdata);
}

/**
 * ber_import_get_ignored_columns:
 *
 * Returns: (transfer none): the headers of the columns the import does not know
 */
const char * const *
ber_import_get_ignored_columns (BerImport *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (BER_IS_IMPORT (self), NULL);

  return self->ignored_columns != NULL ? (const char * const *) self->ignored_columns : none;
}

gboolean
ber_import_get_skip_errors (BerImport *self)
{
  g_return_val_if_fail (BER_IS_IMPORT (self), FALSE);

  return self->skip_errors;
}

/* Whether apply writes the good lines and leaves out the lines with errors. */
void
ber_import_set_skip_errors (BerImport *self,
                            gboolean   skip_errors)
{
  gboolean could_apply;

  g_return_if_fail (BER_IS_IMPORT (self));

  skip_errors = !!skip_errors;
  if (self->skip_errors == skip_errors)
    return;

  could_apply = ber_import_get_can_apply (self);
  self->skip_errors = skip_errors;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKIP_ERRORS]);
  set_can_apply_around (self, could_apply);
}

/* Returns: whether apply would write something now. */
gboolean
ber_import_get_can_apply (BerImport *self)
{
  g_return_val_if_fail (BER_IS_IMPORT (self), FALSE);

  return self->loaded && !self->applied
         && self->counts[BER_IMPORT_ACTION_INSERT] + self->counts[BER_IMPORT_ACTION_UPDATE] > 0
         && (self->counts[BER_IMPORT_ACTION_ERROR] == 0 || self->skip_errors);
}

/**
 * ber_import_apply:
 * @n_inserted: (out) (optional): rows added
 * @n_updated: (out) (optional): rows changed
 *
 * Writes the plan in one transaction: all of it or, on any failure, nothing.
 * Refuses while lines have errors, unless skip-errors is set.
 */
gboolean
ber_import_apply (BerImport  *self,
                  guint      *n_inserted,
                  guint      *n_updated,
                  GError    **error)
{
  guint inserted = 0;
  guint updated = 0;

  g_return_val_if_fail (BER_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (self->running == NULL, FALSE);

  if (!_ber_import_check_can_apply (self, error)
      || !_ber_import_write_plan (self, self->store, &inserted, &updated, NULL, error))
    return FALSE;

  _ber_import_set_applied (self);
  if (n_inserted != NULL)
    *n_inserted = inserted;
  if (n_updated != NULL)
    *n_updated = updated;
  return TRUE;
}

/* How far the work in a thread has come, from 0 to 1. */
void
_ber_import_set_progress (BerImport *self,
                          double     progress)
{
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}
