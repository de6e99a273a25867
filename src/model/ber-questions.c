/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-questions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-forum-event.h"
#include "ber-item.h"
#include "ber-labels.h"
#include "ber-network.h"
#include "ber-questions.h"
#include "ber-record-list.h"
#include "ber-report.h"

/*
 * The influence questions and their links. The priority of a question is
 * its place in the list: the store holds 1..n without gaps or repeats, and
 * every write that changes the list (a new question, a deletion, a move)
 * reads the order again inside its own write transaction and renumbers
 * from there, so a reorder made by another window or program meanwhile is
 * built upon, never undone by numbers read before it.
 */

struct _BerQuestions
{
  BerService parent_instance;
};

G_DEFINE_FINAL_TYPE (BerQuestions, ber_questions, BER_TYPE_SERVICE)

/* A question's place in the order as read. */
typedef struct
{
  gint64 id;
  gint64 priority;
} Place;

/* The tables of the links, by kind. */
static const struct
{
  const char *table;
  const char *column;
} link_tables[] = {
  [BER_QUESTION_LINK_NETWORK] = { "network_influence_question", "network_id" },
  [BER_QUESTION_LINK_ITEM] = { "item_influence_question", "item_id" },
  [BER_QUESTION_LINK_EVENT] = { "event_influence_question", "event_id" },
  [BER_QUESTION_LINK_REPORT] = { "report_influence_question", "report_id" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (link_tables) == BER_QUESTION_N_LINK_KINDS);

static void
ber_questions_class_init (BerQuestionsClass *klass)
{
}

static void
ber_questions_init (BerQuestions *self)
{
}

BerQuestions *
ber_questions_new (BerStore *store)
{
  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  return g_object_new (BER_TYPE_QUESTIONS, "store", store, NULL);
}

static BerStore *
store_of (BerQuestions *self)
{
  return ber_service_get_store (BER_SERVICE (self));
}

static BerQuery *
priority_query (void)
{
  BerQuery *query = ber_query_new ("influence_question");

  ber_query_add_order (query, "priority", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return query;
}

/* Returns: (transfer full): a lazy list of every #BerInfluenceQuestion, in
 *   priority order, 1 first */
GListModel *
ber_questions_list (BerQuestions *self)
{
  g_autoptr(BerQuery) query = priority_query ();

  g_return_val_if_fail (BER_IS_QUESTIONS (self), NULL);

  return G_LIST_MODEL (ber_record_list_new (store_of (self), BER_TYPE_INFLUENCE_QUESTION, query));
}

/* Returns: how many questions there are, or 0 with @error set */
guint
ber_questions_count (BerQuestions  *self,
                     GError       **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("influence_question");
  guint n = 0;

  g_return_val_if_fail (BER_IS_QUESTIONS (self), 0);

  ber_store_count (store_of (self), query, &n, error);
  return n;
}

/* Returns: (transfer full): a new international question of this year, not
 *   yet saved; saving it puts it last */
BerInfluenceQuestion *
ber_questions_new_question (BerQuestions *self)
{
  BerInfluenceQuestion *question = ber_influence_question_new ();

  g_return_val_if_fail (BER_IS_QUESTIONS (self), NULL);

  g_object_set (question, "scope", "international",
                "year", (int) g_ascii_strtoll (ber_service_get_today (BER_SERVICE (self)), NULL,
                                               10), NULL);
  return question;
}

/**
 * ber_questions_check:
 * @property: (out) (optional): the property that is wrong
 *
 * Checks @question as it would be saved: it has a title, a scope of the
 * list and a year between 1900 and 2999 or none.
 */
gboolean
ber_questions_check (BerQuestions          *self,
                     BerInfluenceQuestion  *question,
                     const char           **property,
                     GError               **error)
{
  g_autofree char *title = NULL;
  int year = 0;

  g_return_val_if_fail (BER_IS_QUESTIONS (self), FALSE);
  g_return_val_if_fail (BER_IS_INFLUENCE_QUESTION (question), FALSE);

  title = g_strstrip (g_strdup (ber_influence_question_get_title (question)));
  g_object_get (question, "year", &year, NULL);
  if (property != NULL)
    *property = NULL;
  if (*title == '\0')
    {
      if (property != NULL)
        *property = "title";
      return ber_service_refuse (error, _("The question needs a title. Write it in the "
                                          "Question field and save again."));
    }
  if (year != 0 && (year < 1900 || year > 2999))
    {
      if (property != NULL)
        *property = "year";
      return ber_service_refuse (error, _("The year is not between 1900 and 2999. Write "
                                          "the plan’s year with four digits, or leave it "
                                          "empty."));
    }
  if (ber_choice_index (BER_CHOICES_SCOPE, ber_influence_question_get_scope (question)) < 0)
    {
      if (property != NULL)
        *property = "scope";
      return ber_service_refuse (error, _("Choose whether the question is national or "
                                          "international."));
    }
  return TRUE;
}

/* The ids of every question in priority order, read in the transaction. */
static GArray *
read_order (BerQuestions  *self,
            GError       **error)
{
  g_autoptr(BerQuery) query = priority_query ();
  g_autoptr(GPtrArray) rows = ber_store_select (store_of (self), query, 0, G_MAXUINT, error);
  GArray *ids;

  if (rows == NULL)
    return NULL;
  ids = g_array_sized_new (FALSE, FALSE, sizeof (Place), rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      Place place = { 0, 0 };

      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &place.id);
      g_variant_lookup (g_ptr_array_index (rows, i), "priority", "x", &place.priority);
      g_array_append_val (ids, place);
    }
  return ids;
}

/* Gives the questions of @order (Place) the priorities
 * 1..n in that order, writing only those whose number changes. */
static gboolean
renumber (BerQuestions  *self,
          GArray        *order,
          GError       **error)
{
  for (guint i = 0; i < order->len; i++)
    {
      Place *place = &g_array_index (order, Place, i);
      g_autoptr(GVariant) values = NULL;

      if (place->priority == (gint64) i + 1)
        continue;
      values = g_variant_ref_sink (ber_store_values ("priority", g_variant_new_int64 (i + 1),
                                                     NULL));
      if (!ber_store_update (store_of (self), "influence_question", place->id, values, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ber_questions_save:
 *
 * Saves @question after ber_questions_check(). A new one goes last in the
 * priority order; a saved one keeps its place (see ber_questions_move()),
 * and changes somebody else made meanwhile are kept or reported as a
 * conflict as for any record (ber_record_save()).
 */
gboolean
ber_questions_save (BerQuestions          *self,
                    BerInfluenceQuestion  *question,
                    GError               **error)
{
  g_autofree char *title = NULL;
  g_autoptr(GArray) order = NULL;
  gboolean is_new;
  gboolean ok;

  g_return_val_if_fail (BER_IS_QUESTIONS (self), FALSE);
  g_return_val_if_fail (BER_IS_INFLUENCE_QUESTION (question), FALSE);

  if (!ber_questions_check (self, question, NULL, error))
    return FALSE;
  title = g_strstrip (g_strdup (ber_influence_question_get_title (question)));
  g_object_set (question, "title", title, NULL);
  is_new = ber_record_get_id (BER_RECORD (question)) == 0;

  if (!ber_store_begin (store_of (self), error))
    return FALSE;
  if (is_new)
    {
      order = read_order (self, error);
      ok = order != NULL;
      if (ok)
        g_object_set (question, "priority", (int) order->len + 1, NULL);
      /* The others first, so that the new one comes after them all. */
      ok = ok && renumber (self, order, error);
    }
  else
    ok = TRUE;
  ok = ok && ber_record_save (BER_RECORD (question), store_of (self), error);
  if (ber_service_commit_or_rollback (store_of (self), ok, error))
    return TRUE;
  if (is_new)
    ber_record_forget_insert (BER_RECORD (question));
  return FALSE;
}

/**
 * ber_questions_delete:
 *
 * Deletes @question and its links, and closes the gap it leaves in the
 * priority order.
 */
gboolean
ber_questions_delete (BerQuestions          *self,
                      BerInfluenceQuestion  *question,
                      GError               **error)
{
  g_autoptr(GArray) order = NULL;
  gboolean ok;

  g_return_val_if_fail (BER_IS_QUESTIONS (self), FALSE);
  g_return_val_if_fail (BER_IS_INFLUENCE_QUESTION (question), FALSE);

  if (!ber_store_begin (store_of (self), error))
    return FALSE;
  ok = ber_record_delete (BER_RECORD (question), store_of (self), error);
  order = ok ? read_order (self, error) : NULL;
  ok = ok && order != NULL && renumber (self, order, error);
  return ber_service_commit_or_rollback (store_of (self), ok, error);
}

/**
 * ber_questions_move:
 * @priority: the place to move to, 1 first; a number past the end puts it last
 *
 * Moves the question @question_id to @priority, the others between its old
 * and new place moving up or down by one. The order is read inside the
 * write, so moves and deletions made meanwhile elsewhere are kept.
 */
gboolean
ber_questions_move (BerQuestions  *self,
                    gint64         question_id,
                    guint          priority,
                    GError       **error)
{
  g_autoptr(GArray) order = NULL;
  Place moved = { question_id, 0 };
  gint from = -1;
  guint to;
  gboolean ok;

  g_return_val_if_fail (BER_IS_QUESTIONS (self), FALSE);

  if (!ber_store_begin (store_of (self), error))
    return FALSE;
  order = read_order (self, error);
  ok = order != NULL;
  for (guint i = 0; ok && i < order->len; i++)
    if (g_array_index (order, Place, i).id == question_id)
      from = (gint) i;
  if (ok && from < 0)
    {
      ber_store_rollback (store_of (self));
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                           _("The question was deleted meanwhile, perhaps in another "
                             "window. The list shows the questions as they are now."));
      return FALSE;
    }
  if (ok)
    {
      to = CLAMP (priority, 1, order->len) - 1;
      moved = g_array_index (order, Place, from);
      g_array_remove_index (order, from);
      g_array_insert_val (order, to, moved);
      ok = renumber (self, order, error);
    }
  return ber_service_commit_or_rollback (store_of (self), ok, error);
}

/* Links */

/* Returns: the type of the records a question is linked to by @kind */
GType
ber_questions_link_type (BerQuestionLinkKind kind)
{
  switch (kind)
    {
    case BER_QUESTION_LINK_NETWORK:
      return BER_TYPE_NETWORK;
    case BER_QUESTION_LINK_ITEM:
      return BER_TYPE_ITEM;
    case BER_QUESTION_LINK_EVENT:
      return BER_TYPE_FORUM_EVENT;
    case BER_QUESTION_LINK_REPORT:
      return BER_TYPE_REPORT;
    default:
      g_return_val_if_reached (G_TYPE_INVALID);
    }
}

/* The row of the report's link to the question, or 0 when there is none. */
static gint64
report_link_id (BerQuestions  *self,
                gint64         report_id,
                gint64         question_id,
                GVariant     **row_out,
                GError       **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("report_influence_question");
  g_autoptr(GPtrArray) rows = NULL;
  gint64 id = 0;

  ber_query_add_condition (query, "report_id", BER_QUERY_EQ, g_variant_new_int64 (report_id));
  ber_query_add_condition (query, "influence_question_id", BER_QUERY_EQ,
                           g_variant_new_int64 (question_id));
  rows = ber_store_select (store_of (self), query, 0, 1, error);
  if (rows == NULL)
    return -1;
  if (rows->len > 0)
    {
      g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &id);
      if (row_out != NULL)
        *row_out = g_variant_ref (g_ptr_array_index (rows, 0));
    }
  return id;
}

/**
 * ber_questions_link:
 * @record_id: the network, item, forum event or report, by @kind
 * @linked: whether the link is to be there
 *
 * Links the question @question_id to a record, or unlinks it. Linking what
 * is linked already, or unlinking what is not, changes nothing.
 */
gboolean
ber_questions_link (BerQuestions         *self,
                    BerQuestionLinkKind   kind,
                    gint64                record_id,
                    gint64                question_id,
                    gboolean              linked,
                    GError              **error)
{
  g_return_val_if_fail (BER_IS_QUESTIONS (self), FALSE);
  g_return_val_if_fail ((guint) kind < BER_QUESTION_N_LINK_KINDS, FALSE);

  if (record_id <= 0)
    return ber_service_refuse (error, _("Save the record before linking influence "
                                        "questions to it."));
  if (question_id <= 0)
    return ber_service_refuse (error, _("Choose an influence question to link."));
  /* A report's link is a row of its own, for the position taken; added
   * and removed as a link all the same, so the report's history shows it. */
  return ber_store_set_link (store_of (self), link_tables[kind].table, link_tables[kind].column,
                             record_id, "influence_question_id", question_id, linked, error);
}

/**
 * ber_questions_set_position:
 * @position: the position the report's representative took on the
 *   question, or "" for the report's positions in general
 *
 * Links the question to the report if it is not yet, with @position.
 */
gboolean
ber_questions_set_position (BerQuestions  *self,
                            gint64         report_id,
                            gint64         question_id,
                            const char    *position,
                            GError       **error)
{
  g_autofree char *text = g_strstrip (g_strdup (position != NULL ? position : ""));
  g_autoptr(GVariant) values = NULL;
  gint64 id;
  gboolean ok;

  g_return_val_if_fail (BER_IS_QUESTIONS (self), FALSE);

  if (report_id <= 0 || question_id <= 0)
    return ber_service_refuse (error, _("Save the report before writing its positions."));
  values = g_variant_ref_sink (ber_store_values ("position", g_variant_new_string (text), NULL));
  if (!ber_store_begin (store_of (self), error))
    return FALSE;
  id = report_link_id (self, report_id, question_id, NULL, error);
  if (id == 0
      && ber_store_set_link (store_of (self), "report_influence_question", "report_id",
                             report_id, "influence_question_id", question_id, TRUE, error))
    id = report_link_id (self, report_id, question_id, NULL, error);
  ok = id > 0
       && ber_store_update (store_of (self), "report_influence_question", id, values, error);
  return ber_service_commit_or_rollback (store_of (self), ok, error);
}

/* Returns: (transfer full) (nullable): the position the report took on the
 *   question ("" when none was written, or when they are not linked), or
 *   %NULL with @error set */
char *
ber_questions_get_position (BerQuestions  *self,
                            gint64         report_id,
                            gint64         question_id,
                            GError       **error)
{
  g_autoptr(GVariant) row = NULL;
  const char *position = "";

  g_return_val_if_fail (BER_IS_QUESTIONS (self), NULL);

  if (report_link_id (self, report_id, question_id, &row, error) < 0)
    return NULL;
  if (row != NULL)
    g_variant_lookup (row, "position", "&s", &position);
  return g_strdup (position);
}

/* Returns: (transfer full) (element-type gint64): the ids of the questions
 *   linked to the record @record_id of @kind, or %NULL with @error set */
GArray *
ber_questions_list_linked_ids (BerQuestions         *self,
                               BerQuestionLinkKind   kind,
                               gint64                record_id,
                               GError              **error)
{
  g_return_val_if_fail (BER_IS_QUESTIONS (self), NULL);
  g_return_val_if_fail ((guint) kind < BER_QUESTION_N_LINK_KINDS, NULL);

  return ber_store_get_links (store_of (self), link_tables[kind].table, link_tables[kind].column,
                              record_id, "influence_question_id", error);
}

static gint
by_priority (gconstpointer a,
             gconstpointer b)
{
  BerInfluenceQuestion *qa = *(BerInfluenceQuestion **) a;
  BerInfluenceQuestion *qb = *(BerInfluenceQuestion **) b;
  int pa = ber_influence_question_get_priority (qa);
  int pb = ber_influence_question_get_priority (qb);

  if (pa != pb)
    return pa < pb ? -1 : 1;
  return ber_record_get_id (BER_RECORD (qa)) < ber_record_get_id (BER_RECORD (qb)) ? -1 : 1;
}

/* The records of @type with the ids of @ids, in a list of their own. */
static GListStore *
load_all (BerQuestions  *self,
          GType          type,
          GArray        *ids,
          GError       **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *list;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      BerRecord *record = ber_record_load (type, store_of (self), g_array_index (ids, gint64, i),
                                           &local_error);

      if (record != NULL)
        g_ptr_array_add (records, record);
      else if (!g_error_matches (local_error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  if (type == BER_TYPE_INFLUENCE_QUESTION)
    g_ptr_array_sort (records, by_priority);
  list = g_list_store_new (type);
  g_list_store_splice (list, 0, 0, records->pdata, records->len);
  return list;
}

/* Returns: (transfer full) (nullable): the #BerInfluenceQuestion linked to
 *   the record @record_id of @kind, in priority order, or %NULL with
 *   @error set */
GListModel *
ber_questions_list_for (BerQuestions         *self,
                        BerQuestionLinkKind   kind,
                        gint64                record_id,
                        GError              **error)
{
  g_autoptr(GArray) ids = ber_questions_list_linked_ids (self, kind, record_id, error);

  if (ids == NULL)
    return NULL;
  return G_LIST_MODEL (load_all (self, BER_TYPE_INFLUENCE_QUESTION, ids, error));
}

/* Returns: (transfer full) (nullable): the records of @kind linked to the
 *   question (#BerNetwork, #BerItem, #BerForumEvent or #BerReport, see
 *   ber_questions_link_type()), in the order they were linked, or %NULL
 *   with @error set */
GListModel *
ber_questions_list_linked (BerQuestions         *self,
                           gint64                question_id,
                           BerQuestionLinkKind   kind,
                           GError              **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (BER_IS_QUESTIONS (self), NULL);
  g_return_val_if_fail ((guint) kind < BER_QUESTION_N_LINK_KINDS, NULL);

  ids = ber_store_get_links (store_of (self), link_tables[kind].table, "influence_question_id",
                             question_id, link_tables[kind].column, error);
  if (ids == NULL)
    return NULL;
  return G_LIST_MODEL (load_all (self, ber_questions_link_type (kind), ids, error));
}
