/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-store"

#include "config.h"

#include "ber-store.h"

/*
 * The store's interface: each public function checks its arguments and
 * hands the work to the back end's class. What every back end shares (who
 * writes, which day it is, the change signals, building values) is here.
 */

typedef struct
{
  char *user;
  char *today;
  char  today_buf[16];
} BerStorePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (BerStore, ber_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (ber-store-error-quark, ber_store_error)

enum
{
  ROW_CHANGING,
  ROW_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define CLASS(self) BER_STORE_GET_CLASS (self)

static void
ber_store_finalize (GObject *object)
{
  BerStorePrivate *priv = ber_store_get_instance_private (BER_STORE (object));

  g_free (priv->user);
  g_free (priv->today);

  G_OBJECT_CLASS (ber_store_parent_class)->finalize (object);
}

static void
ber_store_class_init (BerStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_store_finalize;

  /**
   * BerStore::row-changing:
   * @table: the table
   * @id: the row
   * @change: a #BerStoreChange
   *
   * Emitted inside the write, before a row is updated or deleted, so that
   * lists can note where the row stood.
   */
  signals[ROW_CHANGING] = g_signal_new ("row-changing", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                        G_TYPE_STRING, G_TYPE_INT64, G_TYPE_INT);

  /**
   * BerStore::row-changed:
   *
   * Emitted after a write is committed. After a batch, once per table written,
   * with %BER_STORE_CHANGE_RESET and id 0.
   */
  signals[ROW_CHANGED] = g_signal_new ("row-changed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                       G_TYPE_STRING, G_TYPE_INT64, G_TYPE_INT);
}

static void
ber_store_init (BerStore *self)
{
  BerStorePrivate *priv = ber_store_get_instance_private (self);

  priv->user = g_strdup (g_get_user_name ());
}

void
ber_store_emit_row_changing (BerStore       *self,
                             const char     *table,
                             gint64          id,
                             BerStoreChange  change)
{
  g_signal_emit (self, signals[ROW_CHANGING], 0, table, id, (int) change);
}

void
ber_store_emit_row_changed (BerStore       *self,
                            const char     *table,
                            gint64          id,
                            BerStoreChange  change)
{
  g_signal_emit (self, signals[ROW_CHANGED], 0, table, id, (int) change);
}

/* Who writes: the history says so with each change. */
const char *
ber_store_get_user (BerStore *self)
{
  BerStorePrivate *priv = ber_store_get_instance_private (self);

  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  return priv->user;
}

void
ber_store_set_user (BerStore   *self,
                    const char *user)
{
  BerStorePrivate *priv = ber_store_get_instance_private (self);

  g_return_if_fail (BER_IS_STORE (self));
  g_return_if_fail (user != NULL);

  g_free (priv->user);
  priv->user = g_strdup (user);
}

/**
 * ber_store_get_today:
 *
 * The day the store takes as today, YYYY-MM-DD: the local date unless
 * ber_store_set_today() fixed one (for tests and reproducible demo data).
 */
const char *
ber_store_get_today (BerStore *self)
{
  BerStorePrivate *priv = ber_store_get_instance_private (self);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (BER_IS_STORE (self), NULL);

  if (priv->today != NULL)
    return priv->today;

  now = g_date_time_new_now_local ();
  text = g_date_time_format (now, "%Y-%m-%d");
  g_strlcpy (priv->today_buf, text, sizeof priv->today_buf);
  return priv->today_buf;
}

void
ber_store_set_today (BerStore   *self,
                     const char *iso_date)
{
  BerStorePrivate *priv = ber_store_get_instance_private (self);

  g_return_if_fail (BER_IS_STORE (self));

  g_free (priv->today);
  priv->today = g_strdup (iso_date);
}

/* Where the register is: a file's path, or a server's address. */
const char *
ber_store_get_location (BerStore *self)
{
  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  return CLASS (self)->get_location (self);
}

/**
 * ber_store_open_another:
 *
 * Returns: (transfer full) (nullable): a second connection to the same
 *   register, for work in another thread (a connection is used by one
 *   thread at a time)
 */
BerStore *
ber_store_open_another (BerStore  *self,
                        GError   **error)
{
  BerStorePrivate *priv = ber_store_get_instance_private (self);
  BerStore *another;

  g_return_val_if_fail (BER_IS_STORE (self), NULL);

  /* The same register, seen on the same day by the same user. */
  another = CLASS (self)->open_another (self, error);
  if (another != NULL)
    {
      if (priv->today != NULL)
        ber_store_set_today (another, priv->today);
      if (ber_store_get_user (self) != NULL)
        ber_store_set_user (another, ber_store_get_user (self));
    }
  return another;
}

int
ber_store_get_schema_version (BerStore *self)
{
  g_return_val_if_fail (BER_IS_STORE (self), 0);
  return CLASS (self)->get_schema_version (self);
}

gboolean
ber_store_has_column (BerStore   *self,
                      const char *source,
                      const char *column)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);

  if (source == NULL || column == NULL)
    return FALSE;
  return CLASS (self)->has_column (self, source, column);
}

/* Values for writes */

/**
 * ber_store_values:
 * @first_key: a column, followed by its value (a floating GVariant), then
 *   more pairs, ending with %NULL
 *
 * Builds the a{sv} that the writes take. A %NULL value leaves its column
 * out; ber_store_text_or_null() and ber_store_id_or_null() write SQL NULL.
 *
 * Returns: (transfer floating): the dictionary
 */
GVariant *
ber_store_values (const char *first_key,
                  ...)
{
  GVariantBuilder builder;
  va_list args;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    {
      GVariant *value = va_arg (args, GVariant *);

      if (value != NULL)
        g_variant_builder_add (&builder, "{sv}", key, value);
    }
  va_end (args);

  return g_variant_builder_end (&builder);
}

/* Returns: (transfer floating): @text, or SQL NULL when it is empty */
GVariant *
ber_store_text_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? g_variant_new_string (text) : g_variant_new ("()");
}

/* Returns: (transfer floating): @id, or SQL NULL when it is 0 */
GVariant *
ber_store_id_or_null (gint64 id)
{
  return id > 0 ? g_variant_new_int64 (id) : g_variant_new ("()");
}

/* Transactions */

/**
 * ber_store_begin:
 *
 * Begins a batch: the writes until ber_store_commit() are one transaction,
 * and the lists hear of them once, when it is committed.
 */
gboolean
ber_store_begin (BerStore  *self,
                 GError   **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  return CLASS (self)->begin (self, error);
}

/**
 * ber_store_begin_bulk:
 *
 * Begins a bulk write: a batch, as ber_store_begin() begins, for many rows
 * at once (an import, the demo, generated registers). Its writes are not
 * undone one by one when one fails: the first that fails fails the whole
 * batch, whose ber_store_commit() then refuses it, and the caller rolls
 * back. What the register keeps of each write (its version, its history)
 * is the same as in any batch, and the lists hear of it once, when it is
 * committed.
 */
gboolean
ber_store_begin_bulk (BerStore  *self,
                      GError   **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  return CLASS (self)->begin_bulk (self, error);
}

gboolean
ber_store_commit (BerStore  *self,
                  GError   **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  return CLASS (self)->commit (self, error);
}

void
ber_store_rollback (BerStore *self)
{
  g_return_if_fail (BER_IS_STORE (self));
  CLASS (self)->rollback (self);
}

/* Writes */

/* Returns: the new row's id, or 0 with @error set */
gint64
ber_store_insert (BerStore    *self,
                  const char  *table,
                  GVariant    *values,
                  GError     **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), 0);
  return CLASS (self)->insert (self, table, values, error);
}

/* Updates a row whatever its version (writes that read it in the same
 * transaction); see ber_store_update_versioned() for a record read before. */
gboolean
ber_store_update (BerStore    *self,
                  const char  *table,
                  gint64       id,
                  GVariant    *values,
                  GError     **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  return CLASS (self)->update (self, table, id, 0, values, NULL, error);
}

/**
 * ber_store_update_versioned:
 * @expected_version: the version the row was read at
 * @new_version: (out) (optional): the row's version after the write
 *
 * Writes @values only if nobody changed the row since it was read at
 * @expected_version; otherwise fails with %BER_STORE_ERROR_CONFLICT and
 * writes nothing.
 */
gboolean
ber_store_update_versioned (BerStore    *self,
                            const char  *table,
                            gint64       id,
                            gint64       expected_version,
                            GVariant    *values,
                            gint64      *new_version,
                            GError     **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  g_return_val_if_fail (expected_version > 0, FALSE);
  return CLASS (self)->update (self, table, id, expected_version, values, new_version, error);
}

gboolean
ber_store_delete (BerStore    *self,
                  const char  *table,
                  gint64       id,
                  GError     **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  return CLASS (self)->delete (self, table, id, error);
}

/**
 * ber_store_find_references:
 * @table: the table of the row
 * @id: the row
 *
 * What keeps row @id of @table from being deleted: the rows of other
 * tables that still name it, or name a row that its deletion would take
 * along, where the register forbids deleting what is named. Read inside
 * the transaction of a refused deletion, it says what refused it.
 *
 * Returns: (transfer full) (element-type GVariant): one a{sv} row per
 *   table and column that names it, with "table", "column" and "count"
 *   (at least 1), the most first; empty when nothing does; %NULL with
 *   @error set on failure
 */
GPtrArray *
ber_store_find_references (BerStore    *self,
                           const char  *table,
                           gint64       id,
                           GError     **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  g_return_val_if_fail (table != NULL, NULL);

  if (CLASS (self)->find_references == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  return CLASS (self)->find_references (self, table, id, error);
}

/**
 * ber_store_set_link:
 * @linked: whether the link is to be there
 *
 * Adds or removes one link between @owner_id and @other_id, leaving the
 * record's other links as they are: two windows that each change a link of
 * the same record both keep theirs.
 */
gboolean
ber_store_set_link (BerStore    *self,
                    const char  *table,
                    const char  *owner_column,
                    gint64       owner_id,
                    const char  *other_column,
                    gint64       other_id,
                    gboolean     linked,
                    GError     **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  return CLASS (self)->set_link (self, table, owner_column, owner_id, other_column, other_id,
                                 linked, error);
}

/* Reads */

GVariant *
ber_store_get (BerStore    *self,
               const char  *source,
               gint64       id,
               GError     **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  return CLASS (self)->get (self, source, id, error);
}

gboolean
ber_store_count (BerStore        *self,
                 const BerQuery  *query,
                 guint           *n_rows,
                 GError         **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  return CLASS (self)->count (self, query, n_rows, error);
}

/* Returns: (transfer full) (element-type GVariant): the rows of the page */
GPtrArray *
ber_store_select (BerStore        *self,
                  const BerQuery  *query,
                  guint            offset,
                  guint            limit,
                  GError         **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  return CLASS (self)->select (self, query, offset, limit, error);
}

/* @position: (out): where row @id is in the query's order, -1 if not in it */
/**
 * ber_store_foreach:
 * @func: called with each row in the query's order until it returns %FALSE
 *
 * Reads every row of @query in one pass, without pages: for listing a
 * whole register (the command line's --list), however long it is.
 *
 * Returns: %TRUE when all rows were read (or @func stopped); %FALSE with
 *   @error set on failure
 */
gboolean
ber_store_foreach (BerStore         *self,
                   const BerQuery   *query,
                   BerStoreRowFunc   func,
                   gpointer          user_data,
                   GError          **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  return CLASS (self)->foreach (self, query, func, user_data, error);
}

gboolean
ber_store_position (BerStore        *self,
                    const BerQuery  *query,
                    gint64           id,
                    gint            *position,
                    GError         **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  return CLASS (self)->position (self, query, id, position, error);
}

/* Reads within @deadline (monotonic time, 0 for none) unless @cancellable
 * is cancelled first: for a back end that cannot stop a read, only the
 * cancellable is checked, before it. */
static gboolean
limit_reads (BerStore      *self,
             gint64         deadline,
             GCancellable  *cancellable,
             GError       **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (CLASS (self)->limit_reads != NULL)
    CLASS (self)->limit_reads (self, deadline, cancellable);
  return TRUE;
}

static void
unlimit_reads (BerStore *self)
{
  if (CLASS (self)->limit_reads != NULL)
    CLASS (self)->limit_reads (self, 0, NULL);
}

/**
 * ber_store_select_within:
 * @deadline: when to give up, in g_get_monotonic_time(); 0 never
 * @cancellable: (nullable): stops the read from another thread
 *
 * Reads a page like ber_store_select(), within @deadline and until
 * @cancellable is cancelled, as ber_store_count_within() counts.
 *
 * Returns: (transfer full) (element-type GVariant): the rows of the page
 */
GPtrArray *
ber_store_select_within (BerStore        *self,
                         const BerQuery  *query,
                         guint            offset,
                         guint            limit,
                         gint64           deadline,
                         GCancellable    *cancellable,
                         GError         **error)
{
  GPtrArray *rows;

  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!limit_reads (self, deadline, cancellable, error))
    return NULL;
  rows = CLASS (self)->select (self, query, offset, limit, error);
  unlimit_reads (self);
  return rows;
}

/**
 * ber_store_select_after_within:
 * @after_id: a row of @query's source; it need not match @query's criteria
 * @limit: the most rows to return
 * @deadline: when to give up, in g_get_monotonic_time(); 0 never
 * @cancellable: (nullable): stops the read from another thread
 *
 * The rows that follow row @after_id in @query's order (keyset paging): the
 * back end finds them from that row's order values by the order's index, so
 * the page after a deep page costs what the first page costs, where an
 * offset steps over every row before it. Within @deadline and until
 * @cancellable is cancelled, as ber_store_select_within() reads.
 *
 * Returns: (transfer full) (element-type GVariant): the rows, or %NULL with
 *   %BER_STORE_ERROR_NOT_FOUND when row @after_id is gone (read by offset
 *   then)
 */
GPtrArray *
ber_store_select_after_within (BerStore        *self,
                               const BerQuery  *query,
                               gint64           after_id,
                               guint            limit,
                               gint64           deadline,
                               GCancellable    *cancellable,
                               GError         **error)
{
  GPtrArray *rows;

  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (CLASS (self)->select_after != NULL, NULL);

  if (!limit_reads (self, deadline, cancellable, error))
    return NULL;
  rows = CLASS (self)->select_after (self, query, after_id, limit, error);
  unlimit_reads (self);
  return rows;
}

/**
 * ber_store_count_within:
 * @deadline: when to give up, in g_get_monotonic_time(); 0 never
 * @cancellable: (nullable): stops the count from another thread
 *
 * Counts like ber_store_count(), but gives up at @deadline with
 * %G_IO_ERROR_TIMED_OUT, or when @cancellable is cancelled with
 * %G_IO_ERROR_CANCELLED: what the main thread uses to stay within a frame,
 * and a worker to stop a search that a keystroke made stale.
 */
gboolean
ber_store_count_within (BerStore        *self,
                        const BerQuery  *query,
                        gint64           deadline,
                        GCancellable    *cancellable,
                        guint           *n_rows,
                        GError         **error)
{
  gboolean ok;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  *n_rows = 0;
  if (!limit_reads (self, deadline, cancellable, error))
    return FALSE;
  ok = CLASS (self)->count (self, query, n_rows, error);
  unlimit_reads (self);
  return ok;
}

/**
 * ber_store_position_within:
 *
 * Finds a row like ber_store_position(), within @deadline and until
 * @cancellable is cancelled, as ber_store_count_within() counts.
 */
gboolean
ber_store_position_within (BerStore        *self,
                           const BerQuery  *query,
                           gint64           id,
                           gint64           deadline,
                           GCancellable    *cancellable,
                           gint            *position,
                           GError         **error)
{
  gboolean ok;

  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  *position = -1;
  if (!limit_reads (self, deadline, cancellable, error))
    return FALSE;
  ok = CLASS (self)->position (self, query, id, position, error);
  unlimit_reads (self);
  return ok;
}

GArray *
ber_store_get_links (BerStore    *self,
                     const char  *table,
                     const char  *owner_column,
                     gint64       owner_id,
                     const char  *other_column,
                     GError     **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  return CLASS (self)->get_links (self, table, owner_column, owner_id, other_column, error);
}

/**
 * ber_store_get_history:
 * @table: the table of the row
 * @row_id: the row
 * @limit: the most entries to return
 *
 * The change history of one row, newest first: a{sv} with changed_at,
 * changed_by, action, version (absent for writes that had none) and
 * changes (a JSON object of the columns written).
 *
 * Returns: (transfer full) (element-type GVariant): the entries, or %NULL
 */
GPtrArray *
ber_store_get_history (BerStore    *self,
                       const char  *table,
                       gint64       row_id,
                       guint        limit,
                       GError     **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  return CLASS (self)->get_history (self, table, row_id, limit, error);
}

/* Checks the whole register for damage; the error says what is wrong. */
gboolean
ber_store_check_integrity (BerStore  *self,
                           GError   **error)
{
  g_return_val_if_fail (BER_IS_STORE (self), FALSE);
  return CLASS (self)->check_integrity (self, error);
}

/**
 * ber_store_search_all:
 * @text: what the user typed: words, each the start of a word to find
 * @limit_per_kind: the most rows of each kind
 * @cancellable: (nullable): stops the search
 *
 * Searches every text of the items, meetings, agenda entries, decisions,
 * networks, persons and returned reports for records that hold a word
 * starting with each word of @text, case-insensitively but with å, ä and ö
 * letters of their own. Nothing in @text is read as query syntax.
 * Cancelling @cancellable stops the search within a few thousand steps,
 * with %G_IO_ERROR_CANCELLED.
 *
 * Returns: (transfer full) (element-type GVariant): rows grouped by kind
 *   ("item", "meeting", "agenda-entry", "decision", "network", "person",
 *   "report", in that order), the best match first within each: "kind",
 *   "id", "meeting_id" (the meeting of an agenda entry or a decision),
 *   "title" and "snippet", with %BER_STORE_MATCH_START and
 *   %BER_STORE_MATCH_END around the words matched; or %NULL with @error set
 */
GPtrArray *
ber_store_search_all (BerStore      *self,
                      const char    *text,
                      guint          limit_per_kind,
                      GCancellable  *cancellable,
                      GError       **error)
{
  GPtrArray *rows;

  g_return_val_if_fail (BER_IS_STORE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!limit_reads (self, 0, cancellable, error))
    return NULL;
  if (limit_per_kind == 0)
    rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  else
    rows = CLASS (self)->search_all (self, text, limit_per_kind, cancellable, error);
  unlimit_reads (self);
  return rows;
}
