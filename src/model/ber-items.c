/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-items"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-agenda.h"
#include "ber-date.h"
#include "ber-item-workflow.h"
#include "ber-items.h"
#include "ber-items-private.h"
#include "ber-record-list.h"
#include "ber-routing.h"

/*
 * The items service: the register of items as a view filters it, one item
 * saved with its proposal (att-clauses), supporting documents and links in
 * one transaction, the lists its page shows, the workflow and the routing
 * help. Views and pages call these; only these call the store.
 */
struct _BerItems
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerItems, ber_items, BER_TYPE_SERVICE)

/* Still on its way to a decision (see ber_item_workflow_is_open()). */
static const char * const open_statuses[] = { "received", "assessed", "in-preparation", "ready",
                                              "on-agenda", NULL };

static const char * const search_columns[] = { "title", "diary_number", "description", NULL };

static const struct
{
  const char *order;
  const char *column;
} orders[] = {
  { BER_ITEMS_ORDER_DIARY_NUMBER, "diary_number" },
  /* The title's Swedish sort key, kept by the store. */
  { BER_ITEMS_ORDER_TITLE, "sort_key" },
  { BER_ITEMS_ORDER_TYPE, "type" },
  { BER_ITEMS_ORDER_RECEIVED, "received_on" },
  { BER_ITEMS_ORDER_REPLY_BY, "reply_by" },
  { BER_ITEMS_ORDER_SUBJECT_AREA, "subject_area_key" },
  { BER_ITEMS_ORDER_BODY, "routed_body_key" },
  { BER_ITEMS_ORDER_STATUS, "status" },
  { BER_ITEMS_ORDER_CASE_OFFICER, "case_officer_key" },
};

static void
ber_items_class_init (BerItemsClass *klass)
{
}

static void
ber_items_init (BerItems *self)
{
}

BerItems *
ber_items_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  return g_object_new (BER_TYPE_ITEMS, "store", store, NULL);
}

BerStore *
ber_items_store (BerItems *self)
{
  return ber_service_get_store (BER_SERVICE (self));
}

/* The register of items */

static const char *
order_column (const char *order)
{
  for (guint i = 0; order != NULL && i < G_N_ELEMENTS (orders); i++)
    if (g_str_equal (orders[i].order, order))
      return orders[i].column;
  return NULL;
}

/**
 * ber_items_query_for:
 * @filter: a view's filter, with the criteria and orders of ber-items.h
 * @today: the register's today, YYYY-MM-DD
 *
 * The query of the item list a view shows with @filter; exports of the
 * list as shown use it too.
 *
 * Returns: (transfer full): a query on "item_list"
 */
BerQuery *
ber_items_query_for (BerListFilter *filter,
                     const char    *today)
{
  BerQuery *query = ber_query_new ("item_list");
  const char *status = ber_list_filter_get_text (filter, BER_ITEMS_STATUS);
  const char *type = ber_list_filter_get_text (filter, BER_ITEMS_TYPE);
  const char *due_within = ber_list_filter_get_text (filter, BER_ITEMS_DUE_WITHIN);
  gint64 body_id = ber_list_filter_get_id (filter, BER_ITEMS_ROUTED_BODY);
  const char *column = order_column (ber_list_filter_get_order (filter));
  gboolean descending = ber_list_filter_get_descending (filter);

  if (status != NULL)
    ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string (status));
  if (type != NULL)
    ber_query_add_condition (query, "type", BER_QUERY_EQ, g_variant_new_string (type));
  if (body_id > 0)
    ber_query_add_condition (query, "routed_body_id", BER_QUERY_EQ,
                             g_variant_new_int64 (body_id));
  if (due_within != NULL)
    {
      gint64 days = g_ascii_strtoll (due_within, NULL, 10);
      g_autofree char *limit = ber_date_add_days (today, (int) CLAMP (days, 0, 3650));

      ber_query_add_condition (query, "reply_by", BER_QUERY_LE, g_variant_new_string (limit));
      ber_query_add_in (query, "status", open_statuses);
    }
  if (ber_list_filter_get_flag (filter, BER_ITEMS_OVERDUE))
    {
      ber_query_add_condition (query, "reply_by", BER_QUERY_LT, g_variant_new_string (today));
      ber_query_add_in (query, "status", open_statuses);
    }

  ber_query_set_search (query, ber_list_filter_get_search (filter), search_columns);
  if (column == NULL)
    {
      column = "received_on";
      descending = TRUE;
    }
  /* Then the newest first, or, the other way, the whole list turned over:
   * one index, read forwards or backwards, serves the order both ways. */
  ber_query_add_order (query, column, descending);
  if (!g_str_equal (column, "received_on"))
    {
      ber_query_add_order (query, "received_on", !descending);
      ber_query_add_order (query, "id", !descending);
    }
  else
    ber_query_add_order (query, "id", descending);
  return query;
}

static BerQuery *
build_list_query (BerListFilter *filter,
                  gpointer       user_data)
{
  return ber_items_query_for (filter, ber_service_get_today (user_data));
}

/**
 * ber_items_list:
 * @filter: the view's search, order and criteria (BER_ITEMS_STATUS…)
 *
 * Returns: (transfer full): a lazy list of #BerItem that follows @filter
 *   and the register's changes
 */
GListModel *
ber_items_list (BerItems      *self,
                BerListFilter *filter)
{
  g_return_val_if_fail (BER_IS_ITEMS (self), NULL);
  g_return_val_if_fail (BER_IS_LIST_FILTER (filter), NULL);

  return G_LIST_MODEL (ber_record_list_new_filtered (ber_items_store (self), BER_TYPE_ITEM, filter,
                                                     build_list_query, self));
}

/**
 * ber_items_copy_filter:
 *
 * Returns: (transfer full): a filter of its own with @filter's search, order
 *   and item criteria, for work in another thread
 */
BerListFilter *
ber_items_copy_filter (BerListFilter *filter)
{
  BerListFilter *copy = ber_list_filter_new ();

  g_return_val_if_fail (BER_IS_LIST_FILTER (filter), copy);

  ber_list_filter_set_search (copy, ber_list_filter_get_search (filter));
  ber_list_filter_set_order (copy, ber_list_filter_get_order (filter),
                             ber_list_filter_get_descending (filter));
  ber_list_filter_set_text (copy, BER_ITEMS_STATUS,
                            ber_list_filter_get_text (filter, BER_ITEMS_STATUS));
  ber_list_filter_set_text (copy, BER_ITEMS_TYPE, ber_list_filter_get_text (filter, BER_ITEMS_TYPE));
  ber_list_filter_set_id (copy, BER_ITEMS_ROUTED_BODY,
                          ber_list_filter_get_id (filter, BER_ITEMS_ROUTED_BODY));
  ber_list_filter_set_text (copy, BER_ITEMS_DUE_WITHIN,
                            ber_list_filter_get_text (filter, BER_ITEMS_DUE_WITHIN));
  ber_list_filter_set_flag (copy, BER_ITEMS_OVERDUE,
                            ber_list_filter_get_flag (filter, BER_ITEMS_OVERDUE));
  return copy;
}

/**
 * ber_items_count_due:
 * @within_days: how many days ahead counts as soon
 * @n_due: (out): the open items whose reply is due within @within_days, or
 *   overdue
 */
gboolean
ber_items_count_due (BerItems  *self,
                     int        within_days,
                     guint     *n_due,
                     GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("item");
  g_autofree char *limit = NULL;

  g_return_val_if_fail (BER_IS_ITEMS (self), FALSE);
  g_return_val_if_fail (n_due != NULL, FALSE);

  limit = ber_date_add_days (ber_service_get_today (BER_SERVICE (self)), MAX (within_days, 0));
  ber_query_add_condition (query, "reply_by", BER_QUERY_LE, g_variant_new_string (limit));
  ber_query_add_in (query, "status", open_statuses);
  return ber_store_count (ber_items_store (self), query, n_due, error);
}

/**
 * ber_items_days_until_reply:
 *
 * Returns: the days from today until @item's reply is due (negative when
 *   overdue), or %G_MAXINT when it has no reply date or is no longer open
 */
int
ber_items_days_until_reply (BerItems *self,
                            BerItem  *item)
{
  const char *reply_by;

  g_return_val_if_fail (BER_IS_ITEMS (self), G_MAXINT);
  g_return_val_if_fail (BER_IS_ITEM (item), G_MAXINT);

  reply_by = ber_item_get_reply_by (item);
  if (reply_by == NULL || *reply_by == '\0' || !ber_item_workflow_is_open (ber_item_get_status (item)))
    return G_MAXINT;
  return ber_date_days_until (ber_service_get_today (BER_SERVICE (self)), reply_by);
}

/* One item */

/**
 * ber_items_new_item:
 *
 * Returns: (transfer full): a new item, received today, not yet saved
 */
BerItem *
ber_items_new_item (BerItems *self)
{
  const char *today;
  BerItem *item;

  g_return_val_if_fail (BER_IS_ITEMS (self), NULL);

  today = ber_service_get_today (BER_SERVICE (self));
  item = ber_item_new ();
  g_object_set (item, "received-on", today, "diary-year", (int) g_ascii_strtoll (today, NULL, 10),
                NULL);
  return item;
}

/* Returns: (transfer full) (nullable): the item @item_id as the register has it now */
BerItem *
ber_items_load (BerItems  *self,
                gint64     item_id,
                GError   **error)
{
  g_return_val_if_fail (BER_IS_ITEMS (self), NULL);
  return BER_ITEM (ber_record_load (BER_TYPE_ITEM, ber_items_store (self), item_id, error));
}

/* Reads @item again: it takes the register's values, dropping its own. */
gboolean
ber_items_reload (BerItems  *self,
                  BerItem   *item,
                  GError   **error)
{
  g_return_val_if_fail (BER_IS_ITEMS (self), FALSE);
  g_return_val_if_fail (BER_IS_ITEM (item), FALSE);
  return ber_record_reload (BER_RECORD (item), ber_items_store (self), error);
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *stripped == '\0';
}

static gboolean
invalid (const char **property,
         const char  *name,
         GError     **error,
         const char  *message)
{
  if (property != NULL)
    *property = name;
  return ber_service_refuse (error, message);
}

/**
 * ber_items_validate:
 * @property: (out) (optional) (transfer none): the property to mend, when
 *   one is refused
 *
 * Checks an item's rules before it is saved: a title, a received date, a
 * reply date that is a date and not before the received one, and a body
 * for a diary number.
 */
gboolean
ber_items_validate (BerItems    *self,
                    BerItem     *item,
                    const char **property,
                    GError     **error)
{
  g_autofree char *diary = NULL;
  const char *received, *reply_by;
  gint64 diary_body = 0;

  g_return_val_if_fail (BER_IS_ITEMS (self), FALSE);
  g_return_val_if_fail (BER_IS_ITEM (item), FALSE);

  if (property != NULL)
    *property = NULL;
  if (is_blank (ber_item_get_title (item)))
    return invalid (property, "title", error,
                    _("The item needs a title. Write what it is about in the Title field and "
                      "save again."));
  received = ber_item_get_received_on (item);
  if (received == NULL || !ber_date_is_valid (received))
    return invalid (property, "received-on", error,
                    _("The received date is missing or not a date. Write it as YYYY-MM-DD, for "
                      "example 2026-11-23."));
  reply_by = ber_item_get_reply_by (item);
  if (reply_by != NULL && *reply_by != '\0' && !ber_date_is_valid (reply_by))
    return invalid (property, "reply-by", error,
                    _("The reply-by date is not a date. Write it as YYYY-MM-DD, or leave it "
                      "empty."));
  if (reply_by != NULL && *reply_by != '\0' && g_strcmp0 (reply_by, received) < 0)
    {
      g_autofree char *message =
        /* Translators: two dates, reply-by and received */
        g_strdup_printf (_("The reply-by date %s is before the item was received, %s. Correct "
                           "one of the dates."),
                         reply_by, received);

      return invalid (property, "reply-by", error, message);
    }
  g_object_get (item, "diary-number", &diary, "diary-body-id", &diary_body, NULL);
  if (!is_blank (diary) && diary_body <= 0)
    return invalid (property, "diary-body-id", error,
                    _("A diary number belongs to a body’s diary: choose the body."));
  return TRUE;
}

/* Text without the spaces around it; a diary year only with a diary number. */
static void
normalise (BerItems *self,
           BerItem  *item)
{
  g_autofree char *title = NULL, *diary = NULL;
  int year = 0;

  g_object_get (item, "title", &title, "diary-number", &diary, "diary-year", &year, NULL);
  g_strstrip (title);
  g_strstrip (diary);
  if (*diary == '\0')
    year = 0;
  else if (year == 0)
    year = (int) g_ascii_strtoll (ber_service_get_today (BER_SERVICE (self)), NULL, 10);
  g_object_set (item, "title", title, "diary-number", diary, "diary-year", year, NULL);
}

/* Writes @entries (clauses or documents) in their order; the rows written,
 * read back, go to @rows for the records once the transaction is committed. */
static gboolean
write_entries (BerItems    *self,
               GListModel  *entries,
               gint64       item_id,
               GPtrArray   *rows,
               GError     **error)
{
  BerStore *store = ber_items_store (self);

  for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(BerRecord) entry = g_list_model_get_item (entries, i);
      const char *table = ber_record_get_table (entry);
      gint64 id = ber_record_get_id (entry);
      GVariant *values;
      GVariant *row;

      if (BER_IS_CLAUSE (entry))
        values = ber_store_values ("item_id", g_variant_new_int64 (item_id),
                                   "position", g_variant_new_int64 (i),
                                   "text", g_variant_new_string (ber_clause_get_text (BER_CLAUSE (entry))),
                                   NULL);
      else if (BER_IS_DOCUMENT (entry))
        values = ber_store_values ("item_id", g_variant_new_int64 (item_id),
                                   "position", g_variant_new_int64 (i),
                                   "title", g_variant_new_string (ber_document_get_title (BER_DOCUMENT (entry))),
                                   "file_path",
                                   g_variant_new_string (ber_document_get_file_path (BER_DOCUMENT (entry))),
                                   NULL);
      else
        g_return_val_if_reached (FALSE);

      if (id > 0)
        {
          if (!ber_store_update (store, table, id, values, error))
            return FALSE;
        }
      else if ((id = ber_store_insert (store, table, values, error)) <= 0)
        return FALSE;

      row = ber_store_get (store, table, id, error);
      if (row == NULL)
        return FALSE;
      g_ptr_array_add (rows, row);
    }
  return TRUE;
}

/* Deletes the clauses and documents of @item_id taken off its page. */
static gboolean
delete_entries (BerItems    *self,
                GListModel  *removed,
                gint64       item_id,
                GError     **error)
{
  for (guint i = 0; removed != NULL && i < g_list_model_get_n_items (removed); i++)
    {
      g_autoptr(BerRecord) entry = g_list_model_get_item (removed, i);
      gint64 owner = 0;

      g_return_val_if_fail (BER_IS_CLAUSE (entry) || BER_IS_DOCUMENT (entry), FALSE);
      g_object_get (entry, "item-id", &owner, NULL);
      if (ber_record_get_id (entry) <= 0 || owner != item_id)
        continue;
      if (!ber_store_delete (ber_items_store (self), ber_record_get_table (entry),
                             ber_record_get_id (entry), error))
        return FALSE;
    }
  return TRUE;
}

/* Adds and removes only the links whose "linked" changed on the page: a
 * link changed elsewhere meanwhile stays as it is. */
static gboolean
write_links (BerItems    *self,
             GListModel  *links,
             gint64       item_id,
             GError     **error)
{
  for (guint i = 0; links != NULL && i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(BerItemLink) link = g_list_model_get_item (links, i);
      BerItemLinkKind kind = ber_item_link_get_kind (link);
      const char *table, *column;

      if (!ber_item_link_get_changed (link))
        continue;
      ber_items_link_table (kind, &table, &column);
      if (!ber_store_set_link (ber_items_store (self), table, "item_id", item_id, column,
                               ber_record_get_id (BER_RECORD (link)),
                               ber_item_link_get_linked (link), error))
        return FALSE;
    }
  return TRUE;
}

static void
apply_rows (GListModel *entries,
            GPtrArray  *rows)
{
  for (guint i = 0; entries != NULL && i < g_list_model_get_n_items (entries) && i < rows->len;
       i++)
    {
      g_autoptr(BerRecord) entry = g_list_model_get_item (entries, i);

      ber_record_update_from_row (entry, g_ptr_array_index (rows, i));
    }
}

/**
 * ber_items_save:
 * @item: the item, new or read from the register
 * @clauses: (nullable): the #BerClause of its proposal, in order
 * @documents: (nullable): its #BerDocument, in order
 * @removed: (nullable): clauses and documents of the item to delete
 * @links: (nullable): #BerItemLink of the item; those whose "linked"
 *   changed are written, one at a time
 *
 * Writes the item with its proposal, documents and links in one
 * transaction: all of it or, when anything is refused, nothing. A new
 * item's registration is the first line of its history. When somebody
 * else changed the same fields of the item, nothing is written and the
 * error is %BER_STORE_ERROR_CONFLICT (see ber_record_get_conflict()).
 * Once saved, the clauses and documents carry their ids. Once the item is
 * decided, a save that would change what the decision fixed
 * (ber_items_fixed_fields()) is refused with %BER_STORE_ERROR_INVALID.
 */
gboolean
ber_items_save (BerItems    *self,
                BerItem     *item,
                GListModel  *clauses,
                GListModel  *documents,
                GListModel  *removed,
                GListModel  *links,
                GError     **error)
{
  BerStore *store;
  g_autoptr(GPtrArray) clause_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autoptr(GPtrArray) document_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  gboolean is_new, item_saved = FALSE, fixed = FALSE;
  gint64 item_id;

  g_return_val_if_fail (BER_IS_ITEMS (self), FALSE);
  g_return_val_if_fail (BER_IS_ITEM (item), FALSE);

  store = ber_items_store (self);
  if (!ber_items_validate (self, item, NULL, error))
    return FALSE;
  normalise (self, item);

  is_new = ber_record_get_id (BER_RECORD (item)) == 0;
  if (!ber_store_begin (store, error))
    return FALSE;

  /* A new item first, for its id; an item read before last, so that what
   * it reads back is what was committed. */
  if (is_new && (!ber_record_save (BER_RECORD (item), store, error)
                 || !ber_item_workflow_register (store, ber_record_get_id (BER_RECORD (item)),
                                                 error)))
    goto failed;
  item_id = ber_record_get_id (BER_RECORD (item));
  /* A decided item's proposal stays as it was decided: it is not written. */
  if (!ber_items_check_fixed (self, item, clauses, removed, &fixed, error))
    goto failed;
  if (!delete_entries (self, removed, item_id, error)
      || (!fixed && !write_entries (self, clauses, item_id, clause_rows, error))
      || !write_entries (self, documents, item_id, document_rows, error)
      || !write_links (self, links, item_id, error))
    goto failed;
  if (!is_new)
    {
      if (!ber_record_save (BER_RECORD (item), store, error))
        goto failed;
      item_saved = TRUE;
    }
  if (!ber_store_commit (store, error))
    goto failed;

  apply_rows (clauses, clause_rows);
  apply_rows (documents, document_rows);
  for (guint i = 0; links != NULL && i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(BerItemLink) link = g_list_model_get_item (links, i);

      ber_item_link_mark_saved (link);
    }
  return TRUE;

failed:
  ber_store_rollback (store);
  if (is_new)
    ber_record_forget_insert (BER_RECORD (item));
  else if (item_saved)
    {
      /* The item was read back inside the transaction rolled back: read it
       * as it is, or the next save would think nothing changed. */
      g_autoptr(GError) reload_error = NULL;

      if (!ber_record_reload (BER_RECORD (item), store, &reload_error))
        g_warning ("Reading the item again: %s", reload_error->message);
    }
  return FALSE;
}

/* The workflow */

/* The statuses an item in @status may move to, the way forward first. */
const char * const *
ber_items_next_statuses (BerItems   *self,
                         const char *status)
{
  return ber_item_workflow_next (status);
}

gboolean
ber_items_needs_reason (BerItems   *self,
                        const char *to_status)
{
  return ber_item_workflow_needs_reason (to_status);
}

/* Open: still on its way to a decision. */
gboolean
ber_items_is_open (BerItems   *self,
                   const char *status)
{
  return ber_item_workflow_is_open (status);
}

/* An item goes on an agenda as an entry of a meeting, never as a status alone:
 * that of the latest meeting of its body that can decide it in time. */
static gboolean
put_on_agenda (BerItems  *self,
               gint64     item_id,
               GError   **error)
{
  BerStore *store = ber_items_store (self);
  g_autoptr(GVariant) item = ber_store_get (store, "item", item_id, error);
  const char *reply_by = NULL;
  gint64 body_id = 0, meeting_id = 0;

  if (item == NULL)
    return FALSE;
  g_variant_lookup (item, "routed_body_id", "x", &body_id);
  g_variant_lookup (item, "reply_by", "&s", &reply_by);
  if (!ber_routing_latest_meeting (store, body_id, reply_by, &meeting_id, NULL, error))
    return FALSE;
  if (meeting_id <= 0)
    {
      g_autofree char *why = ber_routing_no_meeting_text (store, body_id, reply_by);

      /* Translators: %s says why no meeting can take the item */
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("%s An item can also be added from the page of any planned meeting."), why);
      return FALSE;
    }
  return ber_agenda_add_items (store, meeting_id, &item_id, 1, error);
}

/**
 * ber_items_move:
 * @reason: (nullable): why; needed to decline or write off
 *
 * Takes the item one step in its workflow, with a line in its history, in
 * one transaction (see ber_item_workflow_move()). To "on-agenda" the item
 * goes on the agenda of the latest meeting of its body that can decide it
 * before its reply date, as an entry with its status (see
 * ber_agenda_add_items()).
 */
gboolean
ber_items_move (BerItems    *self,
                gint64       item_id,
                const char  *to_status,
                const char  *reason,
                GError     **error)
{
  g_return_val_if_fail (BER_IS_ITEMS (self), FALSE);
  g_return_val_if_fail (to_status != NULL, FALSE);

  if (g_str_equal (to_status, "on-agenda"))
    return put_on_agenda (self, item_id, error);
  return ber_item_workflow_move (ber_items_store (self), item_id, to_status, reason, error);
}

/* Routing help */

/**
 * ber_items_suggest_body:
 * @reason: (out) (optional): why the rule routes there
 *
 * The body the routing rules suggest for an item of @item_type in
 * @subject_area_id (see ber_routing_suggest()).
 *
 * Returns: (transfer full) (nullable): the body, or %NULL when no rule
 *   fits (@error unset) or the rules cannot be read (@error set)
 */
BerBody *
ber_items_suggest_body (BerItems    *self,
                        const char  *item_type,
                        gint64       subject_area_id,
                        char       **reason,
                        GError     **error)
{
  g_autofree char *why = NULL;
  gint64 body_id = 0;
  BerBody *body;

  g_return_val_if_fail (BER_IS_ITEMS (self), NULL);

  if (reason != NULL)
    *reason = NULL;
  if (!ber_routing_suggest (ber_items_store (self), item_type, subject_area_id, &body_id, &why, error)
      || body_id <= 0)
    return NULL;
  body = BER_BODY (ber_record_load (BER_TYPE_BODY, ber_items_store (self), body_id, error));
  if (body != NULL && reason != NULL)
    *reason = g_steal_pointer (&why);
  return body;
}

/**
 * ber_items_latest_meeting:
 * @body_id: the body that is to decide, or 0
 * @reply_by: (nullable): the reply date
 *
 * The latest meeting of @body_id that can still decide before @reply_by
 * (see ber_routing_latest_meeting()).
 *
 * Returns: (transfer full) (nullable): the meeting, or %NULL when none can
 *   (@error unset) or the meetings cannot be read (@error set)
 */
BerMeeting *
ber_items_latest_meeting (BerItems    *self,
                          gint64       body_id,
                          const char  *reply_by,
                          GError     **error)
{
  gint64 meeting_id = 0;

  g_return_val_if_fail (BER_IS_ITEMS (self), NULL);

  if (!ber_routing_latest_meeting (ber_items_store (self), body_id, reply_by, &meeting_id, NULL, error)
      || meeting_id <= 0)
    return NULL;
  return BER_MEETING (ber_record_load (BER_TYPE_MEETING, ber_items_store (self), meeting_id, error));
}

/* The warning shown when no meeting of @body_id can decide before @reply_by. */
char *
ber_items_no_meeting_text (BerItems   *self,
                           gint64      body_id,
                           const char *reply_by)
{
  g_return_val_if_fail (BER_IS_ITEMS (self), NULL);
  return ber_routing_no_meeting_text (ber_items_store (self), body_id, reply_by);
}
