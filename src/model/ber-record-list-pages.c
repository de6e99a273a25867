/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-record-list"

#include "config.h"

#include <stdlib.h>
#include <string.h>

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

/* Whether the record of @row's id is held by someone. */
gboolean
_ber_record_list_is_alive (BerRecordList *self,
                           GVariant      *row)
{
  g_autoptr(GObject) record = NULL;
  GWeakRef *ref;
  gint64 id = 0;

  if (!row_id (row, &id) || (ref = g_hash_table_lookup (self->alive, &id)) == NULL)
    return FALSE;
  record = g_weak_ref_get (ref);
  return record != NULL;
}

/* @record is the one of its id from now on. */
void
_ber_record_list_keep_alive (BerRecordList *self,
                             BerRecord     *record)
{
  gint64 id = ber_record_get_id (record);
  GWeakRef *ref;

  if (id <= 0)
    return;
  ref = g_new0 (GWeakRef, 1);
  g_weak_ref_init (ref, record);
  g_hash_table_replace (self->alive, g_memdup2 (&id, sizeof id), ref);
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

/* Where the rows of @page are: a page in the second half of the list is
 * read from the end, in the opposite order, since a store skips rows to
 * reach an offset and from the end there are fewer to skip. A page next to
 * a page read is read from its neighbour's row at the edge (keyset paging),
 * which skips nothing. */
typedef struct
{
  BerQuery *query;
  guint     offset;
  guint     limit;
  gint64    after_id;   /* 0: read by offset */
  gboolean  reversed;
  gboolean  by_keyset;  /* set by read_page() */
} PagePlan;

/* The id of record @index of cached page @page, or 0. */
static gint64
cached_id (BerRecordList *self,
           guint          page,
           gint           index)
{
  GPtrArray *records = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));

  /* A page before another is whole, unless the list changed meanwhile. */
  if (records == NULL || records->len == 0
      || (index < 0 && records->len != BER_RECORD_LIST_PAGE_SIZE))
    return 0;
  if (index < 0)
    index += (gint) records->len;
  return ber_record_get_id (g_ptr_array_index (records, index));
}

static void
plan_page (BerRecordList *self,
           guint          page,
           PagePlan      *plan)
{
  guint start = page * BER_RECORD_LIST_PAGE_SIZE;
  guint end = MIN (start + BER_RECORD_LIST_PAGE_SIZE, self->n_items);
  gint64 before = page > 0 ? cached_id (self, page - 1, -1) : 0;
  gint64 after = end < self->n_items ? cached_id (self, page + 1, 0) : 0;

  memset (plan, 0, sizeof *plan);
  if (end <= start || before > 0 || (after == 0 && start < self->n_items / 2))
    {
      plan->query = ber_query_ref (self->shown);
      plan->offset = start;
      plan->limit = BER_RECORD_LIST_PAGE_SIZE;
      plan->after_id = before;
      return;
    }

  if (self->reversed == NULL)
    self->reversed = ber_query_copy_reversed (self->shown);
  plan->query = ber_query_ref (self->reversed);
  plan->offset = self->n_items - end;
  plan->limit = end - start;
  /* Read backwards, the rows after page + 1's first row are this page's. */
  plan->after_id = after;
  plan->reversed = TRUE;
}

/* Reads a planned page; safe in any thread with a store of its own. */
static GPtrArray *
read_page (BerStore        *store,
           PagePlan        *plan,
           gint64           deadline,
           GCancellable    *cancellable,
           GError         **error)
{
  GPtrArray *rows = NULL;

  plan->by_keyset = FALSE;
  if (plan->after_id > 0)
    {
      g_autoptr(GError) local_error = NULL;

      rows = ber_store_select_after_within (store, plan->query, plan->after_id, plan->limit,
                                            deadline, cancellable, &local_error);
      /* The neighbour's row is gone (another program removed it). */
      if (rows == NULL && !g_error_matches (local_error, BER_STORE_ERROR,
                                            BER_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      plan->by_keyset = rows != NULL;
    }
  if (rows == NULL)
    rows = ber_store_select_within (store, plan->query, plan->offset, plan->limit,
                                    deadline, cancellable, error);

  if (rows != NULL && plan->reversed)
    for (guint i = 0, j = rows->len - MIN (rows->len, 1); i < j; i++, j--)
      {
        gpointer row = rows->pdata[i];

        rows->pdata[i] = rows->pdata[j];
        rows->pdata[j] = row;
      }
  return rows;
}

/* Makes room for @page among the pages kept: the one farthest from it goes,
 * so that the neighbours of the pages shown stay for keyset reads. */
static void
make_room (BerRecordList *self,
           guint          page)
{
  GHashTableIter iter;
  gpointer key;
  guint farthest = page;
  guint distance = 0;

  if (g_hash_table_size (self->pages) < MAX_CACHED_PAGES)
    return;
  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint other = GPOINTER_TO_UINT (key);
      guint d = other > page ? other - page : page - other;

      if (d > distance)
        {
          distance = d;
          farthest = other;
        }
    }
  g_hash_table_remove (self->pages, GUINT_TO_POINTER (farthest));
}

static GPtrArray *
keep_page (BerRecordList *self,
           guint          page,
           GPtrArray     *rows)
{
  GPtrArray *records = g_ptr_array_new_full (rows->len, g_object_unref);

  make_room (self, page);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (records, record_for_row (self, g_ptr_array_index (rows, i)));
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), records);
  return records;
}

/* The records of @page, read now if need be. */
GPtrArray *
_ber_record_list_fetch_page (BerRecordList *self,
                             guint          page)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  PagePlan plan;
  GPtrArray *records;

  records = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (records != NULL)
    return records;

  self->n_fetches++;
  plan_page (self, page, &plan);
  rows = read_page (self->store, &plan, 0, NULL, &error);
  self->n_keyset_reads += plan.by_keyset;
  ber_query_unref (plan.query);
  if (rows == NULL)
    {
      _ber_record_list_report_error (self, error);
      return NULL;
    }

  return keep_page (self, page, rows);
}

/*
 * Pages read in the worker. A page that would keep the main thread longer
 * than a frame (deep in a long list, or a slow search) is handed out as
 * placeholders: empty records that the view shows as blank rows. The
 * worker reads the page, and each placeholder still shown becomes the
 * record of its row, in place, so the view fills in without a change of
 * rows. Of the pages asked for meanwhile, the latest one still shown is
 * read next: scrolling past a page that is gone again costs nothing.
 */
struct _BerPendingPage
{
  guint     page;
  guint     length;
  guint64   request;   /* later requests first */
  GWeakRef *placeholders;
};

void
_ber_record_list_pending_free (BerPendingPage *pending)
{
  for (guint i = 0; i < pending->length; i++)
    g_weak_ref_clear (&pending->placeholders[i]);
  g_free (pending->placeholders);
  g_free (pending);
}

static gboolean
pending_is_shown (BerPendingPage *pending)
{
  for (guint i = 0; i < pending->length; i++)
    {
      g_autoptr(GObject) placeholder = g_weak_ref_get (&pending->placeholders[i]);

      if (placeholder != NULL)
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  BerStore *store;
  PagePlan  plan;
  guint     page;
  guint     generation;
} PageWork;

static void
page_work_free (PageWork *work)
{
  g_clear_object (&work->store);
  ber_query_unref (work->plan.query);
  g_free (work);
}

static void
read_page_in_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  BerRecordList *self = source_object;
  PageWork *work = task_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = NULL;

  /* The list's own connection, one read at a time (counts use it too). */
  g_mutex_lock (&self->reader_lock);
  if (self->reader == NULL)
    self->reader = ber_store_open_another (work->store, &error);
  if (self->reader != NULL)
    rows = read_page (self->reader, &work->plan, 0, cancellable, &error);
  g_mutex_unlock (&self->reader_lock);
  /* As the count does: the store goes before the result is told. */
  g_clear_object (&work->store);

  if (rows != NULL)
    g_task_return_pointer (task, rows, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void read_next_page (BerRecordList *self);

/* The placeholders of @pending become the records of @rows. */
static void
fill_pending (BerRecordList  *self,
              BerPendingPage *pending,
              GPtrArray      *rows)
{
  GPtrArray *records = g_ptr_array_new_full (pending->length, g_object_unref);
  guint start = pending->page * BER_RECORD_LIST_PAGE_SIZE;
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < pending->length; i++)
    {
      g_autoptr(BerRecord) placeholder = g_weak_ref_get (&pending->placeholders[i]);
      GVariant *row = i < rows->len ? g_ptr_array_index (rows, i) : NULL;
      BerRecord *record;

      if (row == NULL)
        {
          /* Fewer rows than counted: another program removed some, and
           * its change will be counted anew. */
          record = placeholder != NULL ? g_object_ref (placeholder)
                                       : g_object_new (self->record_type, NULL);
        }
      else if (placeholder != NULL && !_ber_record_list_is_alive (self, row))
        {
          ber_record_update_from_row (placeholder, row);
          _ber_record_list_keep_alive (self, placeholder);
          record = g_object_ref (placeholder);
        }
      else
        {
          /* The row's record is held elsewhere (an open page): that one is
           * the row, and the view is told so. */
          record = record_for_row (self, row);
          if (placeholder != NULL)
            {
              guint position = start + i;

              g_array_append_val (changed, position);
            }
        }
      g_ptr_array_add (records, record);
    }

  make_room (self, pending->page);
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (pending->page), records);
  g_hash_table_remove (self->pending, GUINT_TO_POINTER (pending->page));

  for (guint i = 0; i < changed->len; i++)
    g_list_model_items_changed (G_LIST_MODEL (self), g_array_index (changed, guint, i), 1, 1);
}

static void
on_page_read (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  BerRecordList *self = BER_RECORD_LIST (object);
  PageWork *work = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  BerPendingPage *pending;

  rows = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_task_get_cancellable (G_TASK (result)) != self->paging)
    return;
  g_clear_object (&self->paging);
  if (self->store == NULL)
    return;

  self->n_keyset_reads += work->plan.by_keyset;
  pending = g_hash_table_lookup (self->pending, GUINT_TO_POINTER (work->page));
  if (work->generation == self->generation && pending != NULL)
    {
      if (rows != NULL)
        fill_pending (self, pending, rows);
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          _ber_record_list_report_error (self, error);
          g_hash_table_remove (self->pending, GUINT_TO_POINTER (work->page));
        }
    }

  read_next_page (self);
}

/* Starts reading the latest page asked for that is still shown. */
static void
read_next_page (BerRecordList *self)
{
  g_autoptr(GTask) task = NULL;
  BerPendingPage *next = NULL;
  GHashTableIter iter;
  gpointer value;
  PageWork *work;

  if (self->paging != NULL || self->store == NULL)
    return;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      BerPendingPage *pending = value;

      if (!pending_is_shown (pending))
        g_hash_table_iter_remove (&iter);
      else if (next == NULL || pending->request > next->request)
        next = pending;
    }
  if (next == NULL)
    return;

  work = g_new0 (PageWork, 1);
  work->store = g_object_ref (self->store);
  work->page = next->page;
  work->generation = self->generation;
  plan_page (self, next->page, &work->plan);
  self->n_fetches++;
  self->paging = g_cancellable_new ();
  task = g_task_new (self, self->paging, on_page_read, NULL);
  g_task_set_source_tag (task, read_next_page);
  g_task_set_task_data (task, work, (GDestroyNotify) page_work_free);
  g_task_run_in_thread (task, read_page_in_thread);
}

static BerRecord *
placeholder_at (BerRecordList  *self,
                BerPendingPage *pending,
                guint           offset)
{
  BerRecord *placeholder = g_weak_ref_get (&pending->placeholders[offset]);

  if (placeholder == NULL)
    {
      placeholder = g_object_new (self->record_type, NULL);
      g_weak_ref_set (&pending->placeholders[offset], placeholder);
    }
  return placeholder;
}

/* The record at @position: from a page read, read now when that fits in a
 * frame, else a placeholder until the worker has read its page. */
gpointer
_ber_record_list_get_record (BerRecordList *self,
                             guint          position)
{
  guint page = position / BER_RECORD_LIST_PAGE_SIZE;
  guint offset = position % BER_RECORD_LIST_PAGE_SIZE;
  guint last_page = (self->n_items - 1) / BER_RECORD_LIST_PAGE_SIZE;
  BerPendingPage *pending;
  GPtrArray *records;

  records = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));

  pending = records == NULL ? g_hash_table_lookup (self->pending, GUINT_TO_POINTER (page)) : NULL;
  if (records == NULL && pending == NULL && self->page_limit > 0)
    {
      g_autoptr(GPtrArray) rows = NULL;
      g_autoptr(GError) error = NULL;
      PagePlan plan;

      plan_page (self, page, &plan);
      /* Once a page has not fit in a frame, only the ends and the pages
       * next to one read (by keyset) are tried here. */
      if (self->slow_pages && page != 0 && page != last_page && plan.after_id == 0)
        {
          ber_query_unref (plan.query);
          goto in_worker;
        }
      self->n_fetches++;
      rows = read_page (self->store, &plan, g_get_monotonic_time () + self->page_limit, NULL,
                        &error);
      self->n_keyset_reads += plan.by_keyset;
      ber_query_unref (plan.query);
      if (rows != NULL)
        records = keep_page (self, page, rows);
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
        self->slow_pages = TRUE;
      else
        {
          _ber_record_list_report_error (self, error);
          return g_object_new (self->record_type, NULL);
        }
    }

  if (records != NULL)
    {
      if (offset < records->len)
        return g_object_ref (g_ptr_array_index (records, offset));
      /* The register changed under us (another program): an empty record
       * rather than a break of the model's contract. */
      return g_object_new (self->record_type, NULL);
    }

in_worker:
  if (pending == NULL)
    {
      pending = g_new0 (BerPendingPage, 1);
      pending->page = page;
      pending->length = MIN (BER_RECORD_LIST_PAGE_SIZE, self->n_items - page * BER_RECORD_LIST_PAGE_SIZE);
      pending->placeholders = g_new0 (GWeakRef, pending->length);
      for (guint i = 0; i < pending->length; i++)
        g_weak_ref_init (&pending->placeholders[i], NULL);
      g_hash_table_insert (self->pending, GUINT_TO_POINTER (page), pending);
    }
  pending->request = ++self->n_requests;

  {
    BerRecord *placeholder = placeholder_at (self, pending, offset);

    read_next_page (self);
    return placeholder;
  }
}

/* Lets go of the pages being read: what they would show may have moved or
 * changed. Returns the ranges of rows that show placeholders, for
 * _ber_record_list_announce() once the list is in its new state. */
GArray *
_ber_record_list_forget_pending (BerRecordList *self)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  GHashTableIter iter;
  gpointer value;

  self->generation++;
  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      BerPendingPage *pending = value;

      if (pending_is_shown (pending))
        {
          guint range[2] = { pending->page * BER_RECORD_LIST_PAGE_SIZE, pending->length };

          g_array_append_vals (ranges, range, 1);
        }
    }
  g_hash_table_remove_all (self->pending);
  if (self->paging != NULL)
    g_cancellable_cancel (self->paging);
  return ranges;
}

/* Tells the view that the rows of @ranges, @widen more on each side for
 * rows that moved by as many, are to be asked for again. */
void
_ber_record_list_announce (BerRecordList *self,
                           GArray        *ranges,
                           guint          widen)
{
  for (guint i = 0; ranges != NULL && i < ranges->len; i++)
    {
      const guint *range = &g_array_index (ranges, guint, i * 2);
      guint start = range[0] > widen ? range[0] - widen : 0;
      guint end = MIN (range[0] + range[1] + widen, self->n_items);

      if (start < end)
        g_list_model_items_changed (G_LIST_MODEL (self), start, end - start, end - start);
    }
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
  g_autoptr(GArray) pending = _ber_record_list_forget_pending (self);

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
  _ber_record_list_announce (self, pending, 0);
}
