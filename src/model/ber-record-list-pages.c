/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-record-list"

#include "config.h"

#include <stdlib.h>

#include "ber-record-list-private.h"
#include "ber-record-private.h"

/*
 * The pages of a BerRecordList: read a page at a time, kept by position,
 * with one record object per row while someone holds it.
 */

void
_ber_record_list_weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

static gboolean
is_gone (gpointer key,
         gpointer value,
         gpointer user_data)
{
  g_autoptr(GObject) object = g_weak_ref_get (value);

  return object == NULL;
}

/* The id of @row. A store puts it first; a lookup of the dictionary
 * would lay out the whole row in memory first. */
static gboolean
row_id (GVariant *row,
        gint64   *id)
{
  if (g_variant_n_children (row) > 0)
    {
      g_autoptr(GVariant) entry = g_variant_get_child_value (row, 0);
      g_autoptr(GVariant) key = g_variant_get_child_value (entry, 0);
      g_autoptr(GVariant) value = g_variant_get_child_value (entry, 1);
      g_autoptr(GVariant) inner = g_variant_get_variant (value);

      if (g_strcmp0 (g_variant_get_string (key, NULL), "id") == 0
          && g_variant_is_of_type (inner, G_VARIANT_TYPE_INT64))
        {
          *id = g_variant_get_int64 (inner);
          return TRUE;
        }
    }

  return g_variant_lookup (row, "id", "x", id);
}

/* The record for @row: while the list lives, a row read again that has not
 * changed is the same object (the one a view or an editor still holds),
 * so that a selection or a binding follows it. */
static BerRecord *
record_for_row (BerRecordList *self,
                GVariant      *row)
{
  gint64 id = 0;
  GWeakRef *ref;
  BerRecord *record;

  if (!row_id (row, &id))
    return ber_record_new_from_row (self->record_type, row);

  ref = g_hash_table_lookup (self->alive, &id);
  if (ref != NULL)
    {
      record = g_weak_ref_get (ref);
      if (record != NULL)
        {
          GVariant *base = _ber_record_get_private (record)->base_row;

          if (base != NULL && g_variant_equal (base, row))
            return record;
          g_object_unref (record);
        }
    }

  /* Forget the ids whose records are gone, now and then. */
  if (g_hash_table_size (self->alive) > 4 * MAX_CACHED_PAGES * BER_RECORD_LIST_PAGE_SIZE)
    g_hash_table_foreach_remove (self->alive, is_gone, NULL);

  record = ber_record_new_from_row (self->record_type, row);
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, record);
  g_hash_table_replace (self->alive, g_memdup2 (&id, sizeof id), ref);
  return record;
}

/* The rows of @page. A page in the second half of the list is read from
 * the end, in the opposite order: a store skips rows to reach an offset,
 * and from the end there are fewer to skip. */
static GPtrArray *
select_page (BerRecordList  *self,
             guint           page,
             GError        **error)
{
  guint start = page * BER_RECORD_LIST_PAGE_SIZE;
  guint end = MIN (start + BER_RECORD_LIST_PAGE_SIZE, self->n_items);
  GPtrArray *rows;

  if (start < self->n_items / 2 || end <= start)
    return ber_store_select (self->store, self->shown, start, BER_RECORD_LIST_PAGE_SIZE, error);

  if (self->reversed == NULL)
    self->reversed = ber_query_copy_reversed (self->shown);
  rows = ber_store_select (self->store, self->reversed, self->n_items - end, end - start, error);
  if (rows != NULL)
    for (guint i = 0, j = rows->len - MIN (rows->len, 1); i < j; i++, j--)
      {
        gpointer row = rows->pdata[i];

        rows->pdata[i] = rows->pdata[j];
        rows->pdata[j] = row;
      }
  return rows;
}

GPtrArray *
_ber_record_list_fetch_page (BerRecordList *self,
                             guint          page)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *records;

  records = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (records != NULL)
    return records;

  if (g_hash_table_size (self->pages) >= MAX_CACHED_PAGES)
    g_hash_table_remove_all (self->pages);

  self->n_fetches++;
  rows = select_page (self, page, &error);
  if (rows == NULL)
    {
      _ber_record_list_report_error (self, error);
      return NULL;
    }

  records = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (records, record_for_row (self, g_ptr_array_index (rows, i)));

  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), records);
  return records;
}

static int
compare_pages (gconstpointer a,
               gconstpointer b)
{
  guint pa = GPOINTER_TO_UINT (*(const gpointer *) a);
  guint pb = GPOINTER_TO_UINT (*(const gpointer *) b);

  return pa < pb ? -1 : pa > pb;
}

/* The rows are the same but their text may not be: the pages read are read
 * again and told as changed, one by one, so that the view keeps its place
 * and its selection, and nothing else is read. */
void
_ber_record_list_reread_pages (BerRecordList *self)
{
  guint n_pages = 0;
  g_autofree gpointer *pages = g_hash_table_get_keys_as_array (self->pages, &n_pages);

  qsort (pages, n_pages, sizeof (gpointer), compare_pages);
  g_hash_table_remove_all (self->pages);
  for (guint i = 0; i < n_pages; i++)
    {
      guint start = GPOINTER_TO_UINT (pages[i]) * BER_RECORD_LIST_PAGE_SIZE;

      if (start < self->n_items)
        g_list_model_items_changed (G_LIST_MODEL (self), start,
                                    MIN (BER_RECORD_LIST_PAGE_SIZE, self->n_items - start),
                                    MIN (BER_RECORD_LIST_PAGE_SIZE, self->n_items - start));
    }
}
