/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-changes"

#include "config.h"

#include "ber-change-list-private.h"

/*
 * The worker's side of a BerChangeList: the connection its tasks share
 * (Reader), what each task reads with (Work), and the pages: read in the
 * worker, handed out as placeholders until they are, from a neighbour's
 * edge (keyset paging) or by offset from the nearer end.
 */

void
_ber_change_list_pending_free (Pending *pending)
{
  for (guint i = 0; i < pending->length; i++)
    g_weak_ref_clear (&pending->placeholders[i]);
  g_free (pending->placeholders);
  g_free (pending);
}

gboolean
_ber_change_list_pending_is_shown (Pending *pending)
{
  for (guint i = 0; i < pending->length; i++)
    {
      g_autoptr(GObject) placeholder = g_weak_ref_get (&pending->placeholders[i]);

      if (placeholder != NULL)
        return TRUE;
    }
  return FALSE;
}

Reader *
_ber_change_list_reader_new (BerChangeList *list)
{
  Reader *reader = g_new0 (Reader, 1);

  g_atomic_ref_count_init (&reader->ref_count);
  g_mutex_init (&reader->lock);
  g_weak_ref_init (&reader->list, list);
  return reader;
}

Reader *
_ber_change_list_reader_ref (Reader *reader)
{
  g_atomic_ref_count_inc (&reader->ref_count);
  return reader;
}

void
_ber_change_list_reader_unref (Reader *reader)
{
  if (!g_atomic_ref_count_dec (&reader->ref_count))
    return;
  g_clear_pointer (&reader->changes, _ber_change_reader_free);
  g_clear_object (&reader->store);
  g_weak_ref_clear (&reader->list);
  g_mutex_clear (&reader->lock);
  g_free (reader);
}

/* The list a task's result is for, if it is still there. */
BerChangeList *
_ber_change_list_reader_get_list (Reader *reader)
{
  return g_weak_ref_get (&reader->list);
}

void
_ber_change_list_work_init (Work          *work,
           BerChangeList *self)
{
  work->location = g_strdup (ber_store_get_location (self->store));
  work->reader = _ber_change_list_reader_ref (self->reader);
  work->user = g_strdup (self->user);
  work->since = g_strdup (self->since);
  work->before = g_strdup (self->before);
  work->tables = g_strdupv (self->tables);
  work->keys = g_strdupv (self->keys);
  work->table = g_strdup (self->table);
  work->row_id = self->row_id;
  work->generation = self->generation;
}

void
_ber_change_list_work_clear (Work *work)
{
  g_free (work->location);
  _ber_change_list_reader_unref (work->reader);
  g_free (work->user);
  g_free (work->since);
  g_free (work->before);
  g_strfreev (work->tables);
  g_strfreev (work->keys);
  g_free (work->table);
}

/* The query of a work; @keys holds its keys, NULL for "". */
BerHistoryQuery
_ber_change_list_work_query (Work         *work,
            const char  **keys)
{
  BerHistoryQuery query = {
    work->user, work->since, work->before, (const char * const *) work->tables, work->row_id,
    NULL,
  };

  for (guint i = 0; i < MAX_TABLES && work->keys != NULL && work->keys[i] != NULL; i++)
    keys[i] = *work->keys[i] != '\0' ? work->keys[i] : NULL;
  if (work->keys != NULL)
    query.keys = keys;
  return query;
}

/* In the worker: the worker's connection, opened once. It is opened by
 * the register's location rather than from the list's store, which the
 * worker never holds. Names are looked up anew for each generation, since
 * records may be renamed. */
Reader *
_ber_change_list_lock_reader (Work          *work,
             GCancellable  *cancellable,
             GError       **error)
{
  Reader *reader = work->reader;

  g_mutex_lock (&reader->lock);
  if (reader->store == NULL && !g_cancellable_set_error_if_cancelled (cancellable, error))
    reader->store = ber_store_open (work->location, error);
  if (reader->store == NULL || g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_mutex_unlock (&reader->lock);
      return NULL;
    }
  if (reader->changes == NULL || reader->generation != work->generation)
    {
      g_clear_pointer (&reader->changes, _ber_change_reader_free);
      reader->changes = _ber_change_reader_new (reader->store);
      reader->generation = work->generation;
    }
  return reader;
}

/* Reading pages */

typedef struct
{
  Work       work;
  guint      page;
  gint64     after_id;     /* 0: by offset */
  gboolean   oldest_first;
  guint      offset;
  guint      limit;
  guint      plain_offset; /* where the page is, newest first, if the keyset fails */
  GPtrArray *changes;
} PageWork;

static void
page_work_free (PageWork *page)
{
  _ber_change_list_work_clear (&page->work);
  g_clear_pointer (&page->changes, g_ptr_array_unref);
  g_free (page);
}

/* The id of change @index of cached page @page, or 0. */
static gint64
cached_id (BerChangeList *self,
           guint          page,
           gint           index)
{
  GPtrArray *changes = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));

  /* A page before another is whole, unless the register changed meanwhile. */
  if (changes == NULL || changes->len == 0
      || (index < 0 && changes->len != BER_CHANGE_LIST_PAGE_SIZE))
    return 0;
  if (index < 0)
    index += (gint) changes->len;
  return ber_change_get_id (g_ptr_array_index (changes, index));
}

static void
plan_page (BerChangeList *self,
           PageWork      *work,
           guint          page,
           guint          length)
{
  guint start = page * BER_CHANGE_LIST_PAGE_SIZE;
  guint end = start + length;
  gint64 before = page > 0 ? cached_id (self, page - 1, -1) : 0;
  gint64 after = end < self->n_items ? cached_id (self, page + 1, 0) : 0;

  work->page = page;
  work->limit = length;
  work->plain_offset = start;
  if (before > 0)
    work->after_id = before;
  else if (after > 0)
    {
      work->after_id = after;
      work->oldest_first = TRUE;
    }
  else if (start >= self->n_items / 2)
    {
      /* From the end there are fewer rows to step over. */
      work->oldest_first = TRUE;
      work->offset = self->n_items - end;
    }
  else
    work->offset = start;
}

static GPtrArray *
read_entries (Reader         *reader,
              PageWork       *page,
              GError        **error)
{
  const char *keys[MAX_TABLES] = { NULL };
  BerHistoryQuery query = _ber_change_list_work_query (&page->work, keys);
  g_autoptr(GError) local_error = NULL;
  GPtrArray *rows;

  rows = ber_store_select_history (reader->store, &query, page->after_id, page->oldest_first,
                                   page->offset, page->limit, &local_error);
  if (rows == NULL && page->after_id > 0
      && g_error_matches (local_error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND))
    {
      page->oldest_first = FALSE;
      rows = ber_store_select_history (reader->store, &query, 0, FALSE, page->plain_offset,
                                       page->limit, error);
    }
  else if (rows == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return rows;
}

static void
read_page_in_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  PageWork *page = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_object_unref);
  Reader *reader;

  reader = _ber_change_list_lock_reader (&page->work, cancellable, &error);
  if (reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  rows = read_entries (reader, page, &error);
  /* Oldest first, so that each change of a row finds the values before it
   * from the one before (BerChangeReader remembers the rows). */
  for (guint n = 0; rows != NULL && n < rows->len; n++)
    {
      guint i = page->oldest_first ? n : rows->len - 1 - n;
      BerChange *change;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        break;
      change = _ber_change_reader_make (reader->changes, g_ptr_array_index (rows, i), &error);
      if (change == NULL)
        break;
      g_ptr_array_add (changes, change);
    }
  g_mutex_unlock (&reader->lock);

  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* Newest first, as the list shows them. */
  for (guint i = 0, j = changes->len - MIN (changes->len, 1); i < j; i++, j--)
    {
      gpointer change = changes->pdata[i];

      changes->pdata[i] = changes->pdata[j];
      changes->pdata[j] = change;
    }
  page->changes = g_steal_pointer (&changes);
  g_task_return_boolean (task, TRUE);
}

/* Makes room for @page: the page farthest from it goes. */
static void
make_room (BerChangeList *self,
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

static void
on_page_read (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BerChangeList) self = _ber_change_list_reader_get_list (user_data);
  PageWork *page = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);
  Pending *pending;
  gboolean shown;
  guint start;

  _ber_change_list_reader_unref (user_data);
  if (self == NULL || g_task_get_cancellable (G_TASK (result)) != self->paging)
    return;
  g_clear_object (&self->paging);
  if (self->store == NULL)
    return;

  pending = g_hash_table_lookup (self->pending, GUINT_TO_POINTER (page->page));
  if (page->work.generation == self->generation && pending != NULL)
    {
      start = pending->page * BER_CHANGE_LIST_PAGE_SIZE;
      shown = _ber_change_list_pending_is_shown (pending);
      if (ok)
        {
          make_room (self, page->page);
          g_hash_table_insert (self->pages, GUINT_TO_POINTER (page->page),
                               g_steal_pointer (&page->changes));
        }
      else
        _ber_change_list_report_error (self, error);
      g_hash_table_remove (self->pending, GUINT_TO_POINTER (page->page));
      /* The placeholders shown become the changes read. */
      if (ok && shown && start < self->n_items)
        g_list_model_items_changed (G_LIST_MODEL (self), start,
                                    MIN (BER_CHANGE_LIST_PAGE_SIZE, self->n_items - start),
                                    MIN (BER_CHANGE_LIST_PAGE_SIZE, self->n_items - start));
    }
  _ber_change_list_read_next_page (self);
  _ber_change_list_update_loading (self);
}

/* Starts reading the latest page asked for that is still shown; none
 * while a count may renumber the rows. */
void
_ber_change_list_read_next_page (BerChangeList *self)
{
  g_autoptr(GTask) task = NULL;
  Pending *next = NULL;
  GHashTableIter iter;
  gpointer value;
  PageWork *page;

  if (self->paging != NULL || self->counting != NULL || self->store == NULL)
    return;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Pending *pending = value;

      if (!_ber_change_list_pending_is_shown (pending))
        g_hash_table_iter_remove (&iter);
      else if (next == NULL || pending->request > next->request)
        next = pending;
    }
  if (next == NULL)
    return;

  page = g_new0 (PageWork, 1);
  _ber_change_list_work_init (&page->work, self);
  plan_page (self, page, next->page, next->length);
  self->paging = g_cancellable_new ();
  task = g_task_new (NULL, self->paging, on_page_read, _ber_change_list_reader_ref (self->reader));
  g_task_set_source_tag (task, _ber_change_list_read_next_page);
  g_task_set_task_data (task, page, (GDestroyNotify) page_work_free);
  g_task_run_in_thread (task, read_page_in_thread);
}

/* The change at @position (GListModel's get_item): from a page read, or a
 * placeholder while the worker reads its page. */
gpointer
_ber_change_list_get_change (BerChangeList *self,
                             guint          position)
{
  guint page = position / BER_CHANGE_LIST_PAGE_SIZE;
  guint offset = position % BER_CHANGE_LIST_PAGE_SIZE;
  GPtrArray *changes;
  Pending *pending;
  BerChange *placeholder;

  if (position >= self->n_items)
    return NULL;

  changes = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (changes != NULL)
    {
      if (offset < changes->len)
        return g_object_ref (g_ptr_array_index (changes, offset));
      /* Fewer changes than counted: another program restored the register. */
      return g_object_new (BER_TYPE_CHANGE, NULL);
    }

  pending = g_hash_table_lookup (self->pending, GUINT_TO_POINTER (page));
  /* A page asked for when the list was shorter: asked for again. */
  if (pending != NULL && offset >= pending->length)
    {
      g_hash_table_remove (self->pending, GUINT_TO_POINTER (page));
      pending = NULL;
    }
  if (pending == NULL)
    {
      pending = g_new0 (Pending, 1);
      pending->page = page;
      pending->length = MIN (BER_CHANGE_LIST_PAGE_SIZE,
                             self->n_items - page * BER_CHANGE_LIST_PAGE_SIZE);
      pending->placeholders = g_new0 (GWeakRef, pending->length);
      for (guint i = 0; i < pending->length; i++)
        g_weak_ref_init (&pending->placeholders[i], NULL);
      g_hash_table_insert (self->pending, GUINT_TO_POINTER (page), pending);
    }
  pending->request = ++self->n_requests;

  placeholder = g_weak_ref_get (&pending->placeholders[offset]);
  if (placeholder == NULL)
    {
      placeholder = g_object_new (BER_TYPE_CHANGE, NULL);
      g_weak_ref_set (&pending->placeholders[offset], placeholder);
    }
  _ber_change_list_read_next_page (self);
  _ber_change_list_update_loading (self);
  return placeholder;
}
