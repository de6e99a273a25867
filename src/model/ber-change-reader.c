/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-changes"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ber-changes-private.h"

/*
 * The history's entries made into changes a person reads. An insert
 * records the values it wrote, an update the new values of the columns it
 * wrote, a delete the whole row as it was (ber-sqlite-store-write.c): the
 * value a column had before an update is the last one the history wrote to
 * it before, found by walking the row's history in order
 * (ber_store_get_history_values()), never the row as it is now, which
 * another program may have changed since. Ids of other records read as
 * their names, looked up in the register, or in the history when the
 * record is gone.
 */

struct _BerChangeReader
{
  BerStore   *store;
  GHashTable *names;   /* "table:id" → name */
  GHashTable *exists;  /* "table:id" → whether the record is in the register */
  GHashTable *rows;    /* "table:id" → RowState, after the last entry of it made */
};

/* A row as the history had it after one of its entries: the next entry
 * of the row finds its values before from there, reading only the
 * entries between (a page is made oldest first). */
typedef struct
{
  gint64    last_id;
  GVariant *values;
  gint64    version;
} RowState;

static void
row_state_free (RowState *state)
{
  g_variant_unref (state->values);
  g_free (state);
}

/* Rows remembered at most; a page names fifty. */
#define MAX_ROW_STATES 500

BerChangeReader *
_ber_change_reader_new (BerStore *store)
{
  BerChangeReader *reader = g_new0 (BerChangeReader, 1);

  reader->store = g_object_ref (store);
  reader->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  reader->exists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) row_state_free);
  return reader;
}

void
_ber_change_reader_free (BerChangeReader *reader)
{
  g_clear_object (&reader->store);
  g_hash_table_destroy (reader->names);
  g_hash_table_destroy (reader->exists);
  g_hash_table_destroy (reader->rows);
  g_free (reader);
}

static char *record_name (BerChangeReader *reader,
                          const char      *table,
                          gint64           id);

static char *
string_of (GVariant *values,
           const char *column)
{
  const char *text = NULL;

  if (values != NULL && g_variant_lookup (values, column, "&s", &text) && *text != '\0')
    return g_strdup (text);
  return NULL;
}

static gint64
id_of (GVariant   *values,
       const char *column)
{
  gint64 id = 0;

  if (values != NULL)
    g_variant_lookup (values, column, "x", &id);
  return id;
}

static char *
name_of_reference (BerChangeReader *reader,
                   GVariant        *values,
                   const char      *column,
                   const char      *table)
{
  gint64 id = id_of (values, column);

  return id > 0 ? record_name (reader, table, id) : NULL;
}

/* Two parts of a name, either of which may be missing: "RS 2026-05-12". */
static char *
join (char       *first,
      char       *second)
{
  char *joined;

  if (first == NULL)
    return second;
  if (second == NULL)
    return first;
  joined = g_strconcat (first, " ", second, NULL);
  g_free (first);
  g_free (second);
  return joined;
}

/* What names a row of @table with @values, for a table whose rows have
 * no name of their own: the records they join, and a date or a year. */
static char *
composed_label (BerChangeReader *reader,
                const char      *table,
                GVariant        *values)
{
  if (g_str_equal (table, "meeting"))
    return join (name_of_reference (reader, values, "body_id", "body"),
                 string_of (values, "held_on"));
  if (g_str_equal (table, "report"))
    return join (name_of_reference (reader, values, "person_id", "person"),
                 string_of (values, "due_on"));
  if (g_str_equal (table, "fee"))
    {
      gint64 year = id_of (values, "year");

      return join (name_of_reference (reader, values, "network_id", "network"),
                   year > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, year) : NULL);
    }
  if (g_str_equal (table, "assignment"))
    return join (name_of_reference (reader, values, "person_id", "person"),
                 id_of (values, "network_id") > 0
                   ? name_of_reference (reader, values, "network_id", "network")
                   : string_of (values, "forum"));
  if (g_str_equal (table, "attendance") || g_str_equal (table, "event_attendance")
      || g_str_equal (table, "vote"))
    return name_of_reference (reader, values, "person_id", "person");
  if (g_str_equal (table, "membership") || g_str_equal (table, "network_review"))
    return name_of_reference (reader, values, "network_id", "network");
  if (g_str_equal (table, "item_transition"))
    return name_of_reference (reader, values, "item_id", "item");
  if (g_str_equal (table, "routing_rule"))
    return name_of_reference (reader, values, "body_id", "body");
  if (g_str_equal (table, "agenda_entry"))
    return id_of (values, "item_id") > 0 ? name_of_reference (reader, values, "item_id", "item")
                                         : name_of_reference (reader, values, "report_id",
                                                              "report");
  return NULL;
}

static char *
label_of (BerChangeReader *reader,
          const char      *table,
          gint64           id,
          GVariant        *values)
{
  const char *column = _ber_change_label_column (table);
  char *label = column != NULL ? string_of (values, column) : NULL;

  if (label == NULL)
    label = composed_label (reader, table, values);
  if (label == NULL)
    /* Translators: a record without a name, by its number in the register */
    label = g_strdup_printf (_("No. %lld"), (long long) id);
  return label;
}

/* The values of row @id of @table: as it is, or as it was when it was
 * removed; %NULL when the register has never heard of it. */
static GVariant *
row_values (BerChangeReader *reader,
            const char      *table,
            gint64           id,
            gboolean        *removed)
{
  g_autoptr(GError) error = NULL;
  GVariant *row;

  *removed = FALSE;
  row = ber_store_get (reader->store, table, id, &error);
  if (row != NULL)
    return row;
  if (!g_error_matches (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND))
    {
      g_debug ("%s %" G_GINT64_FORMAT ": %s", table, id, error->message);
      return NULL;
    }
  g_clear_error (&error);
  row = ber_store_get_history_values (reader->store, table, id, 0, 0, NULL, NULL, &error);
  if (row != NULL && g_variant_n_children (row) == 0)
    g_clear_pointer (&row, g_variant_unref);
  *removed = row != NULL;
  return row;
}

/* The name of record @id of @table, as the register has it now, or had
 * it when it was removed. */
static char *
record_name (BerChangeReader *reader,
             const char      *table,
             gint64           id)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id);
  g_autoptr(GVariant) values = NULL;
  const char *known = g_hash_table_lookup (reader->names, key);
  gboolean removed = FALSE;
  char *name;

  if (known != NULL)
    return g_strdup (known);

  values = row_values (reader, table, id, &removed);
  if (values == NULL)
    /* Translators: a record without a name, by its number in the register */
    name = g_strdup_printf (_("No. %lld"), (long long) id);
  else if (g_str_equal (table, "goal"))
    {
      g_autofree char *title = string_of (values, "title");

      /* The goals are fixed; their English titles are translated as the item page does. */
      name = g_strdup (title != NULL ? _(title) : "");
    }
  else
    name = label_of (reader, table, id, values);
  if (removed)
    {
      char *marked;

      /* Translators: the name of a record that has since been removed */
      marked = g_strdup_printf (_("%s (removed)"), name);
      g_free (name);
      name = marked;
    }
  g_hash_table_insert (reader->names, g_steal_pointer (&key), g_strdup (name));
  return name;
}

static char *
format_number (GVariant *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return ber_format_amount (g_variant_get_double (value));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    return g_strdup (g_variant_get_boolean (value) ? _("Yes") : _("No"));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_variant_dup_string (value, NULL);
  return g_strdup ("");
}

static char *
format_timestamp (const char *text)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (text, NULL);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (text);
  local = g_date_time_to_local (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* @value of @column as people read it; "" for an empty field. */
static char *
format_value (BerChangeReader *reader,
              const char      *table,
              const char      *column,
              GVariant        *value)
{
  BerColumnKind kind;

  /* NULL, or a row's NULL column (absent): an empty field. */
  if (value == NULL || g_variant_is_of_type (value, G_VARIANT_TYPE_UNIT))
    return g_strdup ("");

  _ber_change_column_kind (table, column, &kind);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_BYTESTRING))
    return g_format_size (g_variant_get_size (value));

  switch (kind.kind)
    {
    case BER_VALUE_BOOLEAN:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        return g_strdup (g_variant_get_int64 (value) != 0 ? _("Yes") : _("No"));
      return format_number (value);
    case BER_VALUE_REFERENCE:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64) && g_variant_get_int64 (value) > 0)
        return record_name (reader, kind.ref_table, g_variant_get_int64 (value));
      return format_number (value);
    case BER_VALUE_CHOICE:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        return g_strdup (ber_choice_label (kind.choices, g_variant_get_string (value, NULL)));
      return format_number (value);
    case BER_VALUE_TIMESTAMP:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        return format_timestamp (g_variant_get_string (value, NULL));
      return format_number (value);
    case BER_VALUE_BYTES:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        /* The history keeps the size of a picture, not the picture. */
        return g_format_size ((guint64) MAX (g_variant_get_int64 (value), 0));
      return format_number (value);
    case BER_VALUE_AMOUNT:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        return ber_format_amount ((double) g_variant_get_int64 (value));
      return format_number (value);
    case BER_VALUE_TEXT:
    case BER_VALUE_HIDDEN:
    case BER_VALUE_DATE:
    case BER_VALUE_NUMBER:
    default:
      return format_number (value);
    }
}

static gboolean
is_shown (const char *table,
          const char *column)
{
  BerColumnKind kind;

  _ber_change_column_kind (table, column, &kind);
  return kind.kind != BER_VALUE_HIDDEN;
}

typedef struct
{
  const char *column;
  char       *old_value;
  char       *new_value;
  guint       order;
} PendingField;

static void
pending_field_clear (gpointer data)
{
  PendingField *field = data;

  g_free (field->old_value);
  g_free (field->new_value);
}

static int
compare_fields (gconstpointer a,
                gconstpointer b)
{
  const PendingField *fa = a;
  const PendingField *fb = b;

  if (fa->order != fb->order)
    return fa->order < fb->order ? -1 : 1;
  return strcmp (fa->column, fb->column);
}

/* The fields of a change to a row of @table: the columns of @written,
 * each with its value in @before (%NULL: not known) and in @written. For
 * a record added, only the values written; for one removed, @written is
 * the row as it was, and its values are the ones before. */
static void
add_fields (BerChangeReader *reader,
            BerChange       *change,
            const char      *table,
            GVariant        *before,
            GVariant        *written,
            BerChangeAction  action)
{
  g_autoptr(GArray) fields = g_array_new (FALSE, TRUE, sizeof (PendingField));
  GVariantIter iter;
  const char *column;
  GVariant *value;

  g_array_set_clear_func (fields, pending_field_clear);
  g_variant_iter_init (&iter, written);
  while (g_variant_iter_next (&iter, "{&sv}", &column, &value))
    {
      g_autoptr(GVariant) owned = value;
      g_autoptr(GVariant) old = NULL;
      g_autofree char *text = NULL;
      PendingField field = { column, NULL, NULL, 0 };

      if (!is_shown (table, column))
        continue;
      text = format_value (reader, table, column, value);
      if (action == BER_CHANGE_CHANGED)
        {
          old = before != NULL ? g_variant_lookup_value (before, column, NULL) : NULL;
          field.old_value = old != NULL ? format_value (reader, table, column, old) : NULL;
          field.new_value = g_steal_pointer (&text);
          /* Written as it was: not a change. */
          if (field.old_value != NULL && g_str_equal (field.old_value, field.new_value))
            {
              pending_field_clear (&field);
              continue;
            }
        }
      else if (*text == '\0')
        continue;   /* An empty field of a record added or removed says nothing. */
      else if (action == BER_CHANGE_CREATED)
        field.new_value = g_steal_pointer (&text);
      else
        field.old_value = g_steal_pointer (&text);

      /* In the order of the words for columns, which follows the forms. */
      field.order = _ber_change_column_order (column);
      g_array_append_val (fields, field);
    }

  g_array_sort (fields, compare_fields);
  for (guint i = 0; i < fields->len; i++)
    {
      PendingField *field = &g_array_index (fields, PendingField, i);

      _ber_change_add_field (change, _ber_change_column_label (table, field->column),
                             field->old_value, field->new_value);
    }
}

/* @before with @written over it: the row after a change. */
static GVariant *
merge (GVariant *before,
       GVariant *written)
{
  GVariantBuilder builder;
  GVariantIter iter;
  const char *column;
  GVariant *value;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  if (before != NULL)
    {
      g_variant_iter_init (&iter, before);
      while (g_variant_iter_next (&iter, "{&sv}", &column, &value))
        {
          g_autoptr(GVariant) overwritten = written != NULL
                                              ? g_variant_lookup_value (written, column, NULL)
                                              : NULL;

          if (overwritten == NULL)
            g_variant_builder_add (&builder, "{sv}", column, value);
          g_variant_unref (value);
        }
    }
  if (written != NULL)
    {
      g_variant_iter_init (&iter, written);
      while (g_variant_iter_next (&iter, "{&sv}", &column, &value))
        {
          g_variant_builder_add (&builder, "{sv}", column, value);
          g_variant_unref (value);
        }
    }
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/* Whether record @id of @table is in the register now: a page can show it. */
static gboolean
record_exists (BerChangeReader *reader,
               const char      *table,
               gint64           id)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, id);
  g_autoptr(GVariant) row = NULL;
  gpointer known;

  if (g_hash_table_lookup_extended (reader->exists, key, NULL, &known))
    return GPOINTER_TO_INT (known);
  row = ber_store_get (reader->store, table, id, NULL);
  g_hash_table_insert (reader->exists, g_steal_pointer (&key), GINT_TO_POINTER (row != NULL));
  return row != NULL;
}

/* What row @row_id of @table was before entry @id, as the history wrote
 * it, and its version then: from the state after an earlier entry made,
 * with the entries between, or from the row's whole history. */
static GVariant *
values_before (BerChangeReader  *reader,
               const char       *table,
               gint64            row_id,
               gint64            id,
               gint64           *previous,
               GError          **error)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, row_id);
  RowState *known = g_hash_table_lookup (reader->rows, key);
  g_autoptr(GVariant) between = NULL;
  gboolean from_insert = FALSE;
  gint64 version = 0;

  if (known == NULL || known->last_id >= id)
    return ber_store_get_history_values (reader->store, table, row_id, 0, id, previous, NULL,
                                         error);

  between = ber_store_get_history_values (reader->store, table, row_id, known->last_id, id,
                                          &version, &from_insert, error);
  if (between == NULL)
    return NULL;
  *previous = version > 0 ? version : known->version;
  /* Made anew in between: the values begin there. */
  return from_insert ? g_steal_pointer (&between) : merge (known->values, between);
}

/* Remembers row @row_id of @table as it was after entry @id. */
static void
remember_row (BerChangeReader *reader,
              const char      *table,
              gint64           row_id,
              gint64           id,
              GVariant        *values,
              gint64           version)
{
  RowState *state = g_new0 (RowState, 1);

  if (g_hash_table_size (reader->rows) >= MAX_ROW_STATES)
    g_hash_table_remove_all (reader->rows);
  state->last_id = id;
  state->values = g_variant_ref (values);
  state->version = version;
  g_hash_table_replace (reader->rows, g_strdup_printf ("%s:%" G_GINT64_FORMAT, table, row_id),
                        state);
}

/* Which record the change is to, by its name, and which page shows it:
 * its own, or that of the record it belongs to (the network of a fee, the
 * meeting of a decision). */
static void
describe_record (BerChangeReader *reader,
                 BerChange       *change,
                 const char      *table,
                 gint64           row_id,
                 GVariant        *values)
{
  g_autofree char *label = label_of (reader, table, row_id, values);
  g_autoptr(GVariant) entry_values = NULL;
  const char *parent = NULL;
  gint64 parent_id = 0;
  GType type = _ber_change_record_type (table);

  if (type == G_TYPE_INVALID && _ber_change_parent (table, values, &parent, &parent_id))
    {
      gboolean removed = FALSE;

      /* An agenda entry's rows are on its meeting's page. */
      if (g_str_equal (parent, "agenda_entry"))
        {
          entry_values = row_values (reader, parent, parent_id, &removed);
          parent = NULL;
          if (!_ber_change_parent ("agenda_entry", entry_values, &parent, &parent_id))
            parent = NULL;
        }
      type = parent != NULL ? _ber_change_record_type (parent) : G_TYPE_INVALID;
    }
  else
    parent_id = row_id;
  /* A record removed since has no page to open. */
  if (type != G_TYPE_INVALID && !record_exists (reader, _ber_change_table_of_type (type), parent_id))
    type = G_TYPE_INVALID;

  _ber_change_set_record (change, _ber_change_table_kind (table), label, type,
                          type != G_TYPE_INVALID ? parent_id : 0);
}

/* A link added or removed: a change of the record it was set from. */
static BerChange *
make_link_change (BerChangeReader    *reader,
                  const BerLinkTable *link,
                  gint64              id,
                  const char         *changed_at,
                  const char         *changed_by,
                  gint64              owner_id,
                  GVariant           *written)
{
  g_autoptr(GVariant) owner = NULL;
  g_autoptr(GVariant) linked_value = g_variant_lookup_value (written, "linked", NULL);
  g_autofree char *owner_label = NULL;
  g_autofree char *other = NULL;
  /* Set from the other side, the entry names the usual owner. */
  gboolean reversed = id_of (written, link->other_column) == 0
                      && id_of (written, link->owner_column) > 0;
  const char *owner_table = reversed ? link->other_table : link->owner_table;
  gboolean linked = TRUE;
  gboolean removed = FALSE;
  BerChange *change = _ber_change_new (id, changed_at, changed_by, BER_CHANGE_CHANGED);
  GType type = _ber_change_record_type (owner_table);

  owner = row_values (reader, owner_table, owner_id, &removed);
  owner_label = label_of (reader, owner_table, owner_id, owner);
  if (removed)
    type = G_TYPE_INVALID;
  _ber_change_set_record (change, _ber_change_table_kind (owner_table), owner_label, type,
                          owner_id);

  /* Written as the store binds a boolean: 0 or 1. */
  if (linked_value != NULL && g_variant_is_of_type (linked_value, G_VARIANT_TYPE_INT64))
    linked = g_variant_get_int64 (linked_value) != 0;
  else if (linked_value != NULL && g_variant_is_of_type (linked_value, G_VARIANT_TYPE_BOOLEAN))
    linked = g_variant_get_boolean (linked_value);
  other = reversed ? record_name (reader, link->owner_table, id_of (written, link->owner_column))
                   : record_name (reader, link->other_table, id_of (written, link->other_column));
  _ber_change_add_field (change, reversed ? _(link->owner_label) : _(link->label),
                         linked ? "" : other, linked ? other : "");
  return change;
}

/**
 * _ber_change_reader_make:
 * @entry: an entry of ber_store_select_history()
 *
 * Returns: (transfer full): the change, or %NULL with @error set
 */
BerChange *
_ber_change_reader_make (BerChangeReader  *reader,
                         GVariant         *entry,
                         GError          **error)
{
  g_autoptr(GVariant) written = g_variant_lookup_value (entry, "changes", G_VARIANT_TYPE_VARDICT);
  g_autoptr(GVariant) before = NULL;
  g_autoptr(GVariant) after = NULL;
  const char *changed_at = NULL, *changed_by = NULL, *table = NULL, *action = NULL;
  const BerLinkTable *link;
  gint64 id = 0, row_id = 0, version = 0, previous = 0;
  BerChange *change;

  g_variant_lookup (entry, "id", "x", &id);
  g_variant_lookup (entry, "changed_at", "&s", &changed_at);
  g_variant_lookup (entry, "changed_by", "&s", &changed_by);
  g_variant_lookup (entry, "table_name", "&s", &table);
  g_variant_lookup (entry, "row_id", "x", &row_id);
  g_variant_lookup (entry, "action", "&s", &action);
  g_variant_lookup (entry, "version", "x", &version);
  if (written == NULL)
    written = g_variant_ref_sink (g_variant_new_array (G_VARIANT_TYPE ("{sv}"), NULL, 0));
  if (table == NULL || action == NULL)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           "An entry of the history without its table or action");
      return NULL;
    }

  link = _ber_change_link_table (table);
  if (link != NULL)
    return make_link_change (reader, link, id, changed_at, changed_by, row_id, written);

  if (g_str_equal (action, "insert") || g_str_equal (action, "delete"))
    {
      BerChangeAction what = g_str_equal (action, "insert") ? BER_CHANGE_CREATED
                                                            : BER_CHANGE_REMOVED;

      change = _ber_change_new (id, changed_at, changed_by, what);
      add_fields (reader, change, table, NULL, written, what);
      describe_record (reader, change, table, row_id, written);
      if (what == BER_CHANGE_CREATED)
        remember_row (reader, table, row_id, id, written, version);
      return change;
    }

  /* What the row was before this entry, as the history wrote it. */
  before = values_before (reader, table, row_id, id, &previous, error);
  if (before == NULL)
    return NULL;
  change = _ber_change_new (id, changed_at, changed_by, BER_CHANGE_CHANGED);
  add_fields (reader, change, table, before, written, BER_CHANGE_CHANGED);
  after = merge (before, written);
  describe_record (reader, change, table, row_id, after);
  remember_row (reader, table, row_id, id, after, version > 0 ? version : previous);
  /* The version moved on by more than this write: another program wrote
   * between, without the history. */
  _ber_change_set_follows_unrecorded (change, version > 0 && previous > 0
                                                && version > previous + 1);
  return change;
}

/* The columns of @row that @recorded has values for. */
static GVariant *
recorded_columns_of (GVariant *row,
                     GVariant *recorded)
{
  GVariantBuilder builder;
  GVariantIter iter;
  const char *column;
  GVariant *value;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_iter_init (&iter, recorded);
  while (g_variant_iter_next (&iter, "{&sv}", &column, &value))
    {
      GVariant *now = g_variant_lookup_value (row, column, NULL);

      /* A NULL column is absent from a row: NULL as the history writes it. */
      g_variant_builder_add (&builder, "{sv}", column, now != NULL ? now : g_variant_new ("()"));
      if (now != NULL)
        g_variant_unref (now);
      g_variant_unref (value);
    }
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/**
 * _ber_change_reader_unrecorded:
 *
 * What another program changed in row @row_id of @table without the
 * history: its columns as they are now against what the history last
 * wrote to them (a row another program made: all of it). Such a change may
 * come before changes the history has; those it did not overwrite show.
 *
 * Returns: (transfer full) (nullable): the change, with no time and no
 *   one who made it, or %NULL when there is none (or with @error set)
 */
BerChange *
_ber_change_reader_unrecorded (BerChangeReader  *reader,
                               const char       *table,
                               gint64            row_id,
                               GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GVariant) row = NULL;
  g_autoptr(GVariant) recorded = NULL;
  g_autoptr(GVariant) now = NULL;
  g_autoptr(BerChange) change = NULL;

  if (!ber_store_has_column (reader->store, table, "version"))
    return NULL;
  row = ber_store_get (reader->store, table, row_id, &local_error);
  if (row == NULL)
    {
      if (!g_error_matches (local_error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND))
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  recorded = ber_store_get_history_values (reader->store, table, row_id, 0, 0, NULL, NULL, error);
  if (recorded == NULL)
    return NULL;

  if (g_variant_n_children (recorded) == 0)
    {
      change = _ber_change_new (0, NULL, NULL, BER_CHANGE_CREATED);
      add_fields (reader, change, table, NULL, row, BER_CHANGE_CREATED);
    }
  else
    {
      change = _ber_change_new (0, NULL, NULL, BER_CHANGE_CHANGED);
      now = recorded_columns_of (row, recorded);
      add_fields (reader, change, table, recorded, now, BER_CHANGE_CHANGED);
    }
  if (ber_change_get_n_fields (change) == 0)
    return NULL;
  describe_record (reader, change, table, row_id, row);
  return g_steal_pointer (&change);
}
