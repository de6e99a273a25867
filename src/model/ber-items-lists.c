/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-items"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-items.h"
#include "ber-items-private.h"

/*
 * What the page of an item lists, as records of the page's own to edit:
 * its proposal (att-clauses), supporting documents, history and links;
 * and the checks a clause, a document or a new subject area passes before
 * it goes on the page.
 */

/* The titles of the goal table, for translation; the table holds them in English. */
static const char * const goal_titles[] G_GNUC_UNUSED = {
  N_("No poverty"), N_("Zero hunger"), N_("Good health and well-being"),
  N_("Quality education"), N_("Gender equality"), N_("Clean water and sanitation"),
  N_("Affordable and clean energy"), N_("Decent work and economic growth"),
  N_("Industry, innovation and infrastructure"), N_("Reduced inequalities"),
  N_("Sustainable cities and communities"), N_("Responsible consumption and production"),
  N_("Climate action"), N_("Life below water"), N_("Life on land"),
  N_("Peace, justice and strong institutions"), N_("Partnerships for the goals"),
};

/* The tables of the links, by kind. */
static const struct
{
  const char *source;
  const char *title_column;
  const char *order_column;
  const char *link_table;
  const char *link_column;
} link_tables[] = {
  [BER_ITEM_LINK_NETWORK] = { "network", "name", "sort_key", "item_network", "network_id" },
  [BER_ITEM_LINK_INFLUENCE_QUESTION] = { "influence_question", "title", "sort_key",
                                         "item_influence_question", "influence_question_id" },
  [BER_ITEM_LINK_GOAL] = { "goal", "title", "id", "item_goal", "goal_id" },
};

void
ber_items_link_table (BerItemLinkKind   kind,
                      const char      **table,
                      const char      **column)
{
  g_return_if_fail ((guint) kind < G_N_ELEMENTS (link_tables));

  *table = link_tables[kind].link_table;
  *column = link_tables[kind].link_column;
}

/* What the item's page lists */

/* Every row of @query, as records of @type, in a list of their own. */
static GListModel *
select_all (BerItems  *self,
            BerQuery  *query,
            GType      type,
            GError   **error)
{
  g_autoptr(GPtrArray) rows = ber_store_select (ber_items_store (self), query, 0, G_MAXUINT, error);
  GListStore *list;

  if (rows == NULL)
    return NULL;
  list = g_list_store_new (type);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(BerRecord) record = ber_record_new_from_row (type, g_ptr_array_index (rows, i));

      g_list_store_append (list, record);
    }
  return G_LIST_MODEL (list);
}

static GListModel *
list_of_item (BerItems    *self,
              const char  *source,
              GType        type,
              gint64       item_id,
              gboolean     newest_first,
              GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new (source);

  if (item_id <= 0)
    return G_LIST_MODEL (g_list_store_new (type));
  ber_query_add_condition (query, "item_id", BER_QUERY_EQ, g_variant_new_int64 (item_id));
  if (!newest_first)
    ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", newest_first);
  return select_all (self, query, type, error);
}

/**
 * ber_items_list_clauses:
 *
 * Returns: (transfer full) (nullable): the #BerClause of the item's
 *   proposal, in order, as records of the caller's own to edit; empty for a
 *   new item
 */
GListModel *
ber_items_list_clauses (BerItems  *self,
                        gint64     item_id,
                        GError   **error)
{
  g_return_val_if_fail (BER_IS_ITEMS (self), NULL);
  return list_of_item (self, "clause", BER_TYPE_CLAUSE, item_id, FALSE, error);
}

/* Returns: (transfer full) (nullable): the item's #BerDocument, in order */
GListModel *
ber_items_list_documents (BerItems  *self,
                          gint64     item_id,
                          GError   **error)
{
  g_return_val_if_fail (BER_IS_ITEMS (self), NULL);
  return list_of_item (self, "document", BER_TYPE_DOCUMENT, item_id, FALSE, error);
}

/* Returns: (transfer full) (nullable): the item's #BerItemTransition, newest first */
GListModel *
ber_items_list_history (BerItems  *self,
                        gint64     item_id,
                        GError   **error)
{
  g_return_val_if_fail (BER_IS_ITEMS (self), NULL);
  return list_of_item (self, "item_transition", BER_TYPE_ITEM_TRANSITION, item_id, TRUE, error);
}

/**
 * ber_items_list_links:
 * @item_id: the item, or 0 for a new one
 *
 * Returns: (transfer full) (nullable): a #BerItemLink for every network,
 *   influence question or goal (as @kind says), in the order people look
 *   for them, each saying whether the item is linked to it
 */
GListModel *
ber_items_list_links (BerItems         *self,
                      gint64            item_id,
                      BerItemLinkKind   kind,
                      GError          **error)
{
  g_autoptr(BerQuery) query = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) linked = NULL;
  GListStore *list;

  g_return_val_if_fail (BER_IS_ITEMS (self), NULL);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (link_tables), NULL);

  query = ber_query_new (link_tables[kind].source);
  ber_query_add_order (query, link_tables[kind].order_column, FALSE);
  rows = ber_store_select (ber_items_store (self), query, 0, G_MAXUINT, error);
  if (rows == NULL)
    return NULL;
  if (item_id > 0)
    {
      linked = ber_store_get_links (ber_items_store (self), link_tables[kind].link_table,
                                    "item_id", item_id, link_tables[kind].link_column, error);
      if (linked == NULL)
        return NULL;
    }

  list = g_list_store_new (BER_TYPE_ITEM_LINK);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      g_autoptr(GVariant) title_value = g_variant_lookup_value (row, link_tables[kind].title_column,
                                                                G_VARIANT_TYPE_STRING);
      const char *title = title_value != NULL ? g_variant_get_string (title_value, NULL) : "";
      g_autofree char *shown = NULL;
      g_autoptr(BerItemLink) link = NULL;
      gboolean active = FALSE;
      gint64 id = 0;

      g_variant_lookup (row, "id", "x", &id);
      for (guint k = 0; linked != NULL && k < linked->len; k++)
        active |= g_array_index (linked, gint64, k) == id;
      /* Goals are numbered, and their titles translated. */
      if (kind == BER_ITEM_LINK_GOAL)
        shown = g_strdup_printf ("%" G_GINT64_FORMAT ". %s", id, g_dgettext (GETTEXT_PACKAGE, title));
      link = ber_item_link_new (kind, id, shown != NULL ? shown : title, active);
      g_list_store_append (list, link);
    }
  return G_LIST_MODEL (list);
}

/**
 * ber_items_check_clause:
 *
 * Checks an att-clause of a proposal before it goes on the item's page:
 * it says what is decided. Its text loses the spaces around it.
 */
gboolean
ber_items_check_clause (BerItems   *self,
                        BerClause  *clause,
                        GError    **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (BER_IS_ITEMS (self), FALSE);
  g_return_val_if_fail (BER_IS_CLAUSE (clause), FALSE);

  text = g_strstrip (g_strdup (ber_clause_get_text (clause) != NULL ? ber_clause_get_text (clause)
                                                                    : ""));
  if (*text == '\0' || g_str_equal (text, "att"))
    return ber_service_refuse (error, _("Write the clause, for example “att lämna yttrande i enlighet med "
                               "förvaltningens förslag”."));
  g_object_set (clause, "text", text, NULL);
  return TRUE;
}

/* Checks a supporting document before it goes on the item's page: a title. */
gboolean
ber_items_check_document (BerItems     *self,
                          BerDocument  *document,
                          GError      **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (BER_IS_ITEMS (self), FALSE);
  g_return_val_if_fail (BER_IS_DOCUMENT (document), FALSE);

  title = g_strstrip (g_strdup (ber_document_get_title (document) != NULL
                                  ? ber_document_get_title (document) : ""));
  if (*title == '\0')
    return ber_service_refuse (error, _("The document needs a title, for example “Remiss från "
                               "Regeringskansliet”."));
  g_object_set (document, "title", title, NULL);
  return TRUE;
}

/* Adds a subject area that items can be filed under and routed by. */
gboolean
ber_items_add_subject_area (BerItems        *self,
                            BerSubjectArea  *area,
                            GError         **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (BER_IS_ITEMS (self), FALSE);
  g_return_val_if_fail (BER_IS_SUBJECT_AREA (area), FALSE);

  name = g_strstrip (g_strdup (ber_subject_area_get_name (area) != NULL
                                 ? ber_subject_area_get_name (area) : ""));
  if (*name == '\0')
    return ber_service_refuse (error, _("The subject area needs a name."));
  g_object_set (area, "name", name, NULL);
  return ber_record_save (BER_RECORD (area), ber_items_store (self), error);
}

