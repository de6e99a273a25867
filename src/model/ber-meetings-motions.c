/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-meetings"

#include "config.h"

#include <string.h>

#include "ber-agenda-private.h"
#include "ber-labels.h"
#include "ber-meetings-private.h"
#include "ber-motion.h"
#include "ber-person.h"

/*
 * What Swedish minutes record under a decision besides the decision: the
 * motions (yrkanden), the order of decision (propositionsordning: the chair
 * puts the proposals and finds that the board has decided for one), and a
 * vote (omröstning: what a yes and a no are for, and every voting member's
 * ja, nej or avstår). When the board votes, the vote decides: the majority,
 * and in a tie the chair's vote (kommunallagen 5 kap. 55 §). A reservation
 * whose author moved a motion refers to it.
 */

/* Returns: (transfer full) (nullable): the #BerMotion under the entry's decision, in order */
GListModel *
ber_meetings_list_motions (BerMeetings     *self,
                           BerAgendaEntry  *entry,
                           GError         **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), NULL);

  return ber_meetings_list_where (self, BER_TYPE_MOTION, "motion", "agenda_entry_id",
                                  ber_record_get_id (BER_RECORD (entry)), "position", error);
}

/* Returns: (transfer full) (nullable): the #BerVote of the entry's vote */
GListModel *
ber_meetings_list_votes (BerMeetings     *self,
                         BerAgendaEntry  *entry,
                         GError         **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), NULL);

  return ber_meetings_list_where (self, BER_TYPE_VOTE, "vote", "agenda_entry_id",
                                  ber_record_get_id (BER_RECORD (entry)), NULL, error);
}

/**
 * ber_meetings_list_voters:
 *
 * Returns: (transfer full) (nullable): the #BerPerson who may vote at the
 *   meeting: the chair, the members and the serving deputies present, in
 *   the order of the attendance
 */
GListModel *
ber_meetings_list_voters (BerMeetings  *self,
                          gint64        meeting_id,
                          GError      **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("attendance");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GListStore) voters = g_list_store_new (BER_TYPE_PERSON);

  g_return_val_if_fail (BER_IS_MEETINGS (self), NULL);

  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, g_variant_new_int64 (meeting_id));
  ber_query_add_order (query, "id", FALSE);
  if ((rows = select_all (store_of (self), query, error)) == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *role = ber_row_text (row, "role");
      g_autoptr(GVariant) person = NULL;
      g_autoptr(BerRecord) record = NULL;

      if (!ber_row_integer (row, "present")
          || !(g_str_equal (role, "chair") || g_str_equal (role, "member")
               || g_str_equal (role, "serving-deputy")))
        continue;
      if ((person = ber_store_get (store_of (self), "person", ber_row_integer (row, "person_id"),
                                   error)) == NULL)
        return NULL;
      record = ber_record_new_from_row (BER_TYPE_PERSON, person);
      g_list_store_append (voters, record);
    }
  return G_LIST_MODEL (g_steal_pointer (&voters));
}

/**
 * ber_meetings_check_motion:
 *
 * Whether a motion can go into the minutes: it names who moved it and what
 * they moved. It is written with the others of its decision.
 */
gboolean
ber_meetings_check_motion (BerMeetings  *self,
                           BerMotion    *motion,
                           GError      **error)
{
  g_autofree char *mover = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (BER_IS_MOTION (motion), FALSE);

  mover = g_strstrip (g_strdup (record_text (motion, "mover")));
  text = g_strstrip (g_strdup (record_text (motion, "text")));
  if (*mover == '\0')
    return ber_service_refuse (error, _("Moved by is empty. Write who moved the motion: a name "
                                        "and party, such as “Anna Berg (M)”."));
  if (*text == '\0')
    return ber_service_refuse (error, _("The motion is empty. Write what was moved, such as "
                                        "“att avslå förslaget”."));
  return TRUE;
}

/* The voting members present: the chair, the members and the serving deputies. */
static GHashTable *
voting_members (BerStore  *store,
                gint64     meeting_id,
                gint64    *chair_id,
                GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("attendance");
  g_autoptr(GPtrArray) rows = NULL;
  GHashTable *members = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  ber_query_add_condition (query, "meeting_id", BER_QUERY_EQ, g_variant_new_int64 (meeting_id));
  rows = select_all (store, query, error);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *role = ber_row_text (row, "role");
      gint64 person = ber_row_integer (row, "person_id");

      if (!ber_row_integer (row, "present"))
        continue;
      if (g_str_equal (role, "chair"))
        *chair_id = person;
      if (g_str_equal (role, "chair") || g_str_equal (role, "member")
          || g_str_equal (role, "serving-deputy"))
        g_hash_table_add (members, g_memdup2 (&person, sizeof person));
    }
  if (rows == NULL)
    g_clear_pointer (&members, g_hash_table_unref);
  return members;
}

/*
 * Which side the vote decided for: 1 for yes, -1 for no. A tie is decided
 * by the chair's vote; without it the vote is not finished.
 */
static int
vote_outcome (GListModel  *votes,
              gint64       chair_id,
              GError     **error)
{
  guint yes = 0, no = 0;
  const char *chair = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(BerVote) vote = g_list_model_get_item (votes, i);
      const char *choice = ber_vote_get_choice (vote);

      yes += g_str_equal (choice, "yes");
      no += g_str_equal (choice, "no");
      if (ber_vote_get_person_id (vote) == chair_id)
        chair = choice;
    }
  if (yes > no)
    return 1;
  if (no > yes)
    return -1;
  if (g_strcmp0 (chair, "yes") == 0)
    return 1;
  if (g_strcmp0 (chair, "no") == 0)
    return -1;
  ber_service_refuse (error, _("The vote is tied and the chair has not voted yes or no. In a "
                               "tie the chair’s vote decides: record it."));
  return 0;
}

static gboolean
check_votes (BerStore    *store,
             GVariant    *meeting,
             GListModel  *votes,
             int          yes_for,
             int          no_for,
             int         *outcome,
             GError     **error)
{
  g_autoptr(GHashTable) members = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 chair_id = 0;
  guint n = votes != NULL ? g_list_model_get_n_items (votes) : 0;

  if (yes_for == no_for)
    return ber_service_refuse (error, _("A yes and a no must be for different proposals. "
                                        "Choose what each vote is for."));
  if (n == 0)
    return ber_service_refuse (error, _("No votes are recorded. Record how each voting member "
                                        "voted, or turn the vote off."));
  members = voting_members (store, ber_row_integer (meeting, "id"), &chair_id, error);
  if (members == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerVote) vote = g_list_model_get_item (votes, i);
      gint64 person = ber_vote_get_person_id (vote);

      if (!g_hash_table_contains (members, &person))
        return ber_service_refuse (error, _("Only members present, serving deputies and the "
                                            "chair vote. Record the attendance first, or remove "
                                            "the vote of someone who did not serve."));
      if (!g_hash_table_add (seen, g_memdup2 (&person, sizeof person)))
        return ber_service_refuse (error, _("A member has voted twice. Keep one vote each."));
      if (ber_choice_index (BER_CHOICES_VOTE, ber_vote_get_choice (vote)) < 0)
        return ber_service_refuse (error, _("A vote is yes, no or abstain."));
    }
  *outcome = vote_outcome (votes, chair_id, error);
  return *outcome != 0;
}

/* Writes the motions in order; @ids gets each one's id. */
static gboolean
write_motions (BerStore    *store,
               gint64       entry_id,
               GListModel  *motions,
               gint64      *ids,
               GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("motion");
  g_autoptr(GPtrArray) old = NULL;
  guint n = g_list_model_get_n_items (motions);
  gboolean ok = TRUE;

  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_EQ, g_variant_new_int64 (entry_id));
  old = select_all (store, query, error);
  if (old == NULL)
    return FALSE;
  for (guint k = 0; ok && k < old->len; k++)
    {
      gint64 id = ber_row_integer (g_ptr_array_index (old, k), "id");
      gboolean kept = FALSE;

      for (guint i = 0; !kept && i < n; i++)
        {
          g_autoptr(BerRecord) motion = g_list_model_get_item (motions, i);

          kept = ber_record_get_id (motion) == id;
        }
      if (!kept)
        ok = ber_store_delete (store, "motion", id, error);
    }
  for (guint i = 0; ok && i < n; i++)
    {
      g_autoptr(BerMotion) motion = g_list_model_get_item (motions, i);
      g_autofree char *mover = g_strstrip (g_strdup (ber_motion_get_mover (motion)));
      g_autofree char *text = g_strstrip (g_strdup (ber_motion_get_text (motion)));
      g_autofree char *supported = g_strstrip (g_strdup (ber_motion_get_supported_by (motion)));
      GVariantDict values;
      gint64 id = ber_record_get_id (BER_RECORD (motion));
      gboolean exists = FALSE;

      for (guint k = 0; k < old->len && id > 0; k++)
        exists = exists || ber_row_integer (g_ptr_array_index (old, k), "id") == id;
      g_variant_dict_init (&values, NULL);
      g_variant_dict_insert (&values, "agenda_entry_id", "x", entry_id);
      g_variant_dict_insert (&values, "position", "x", (gint64) i + 1);
      g_variant_dict_insert (&values, "mover", "s", mover);
      g_variant_dict_insert (&values, "text", "s", text);
      g_variant_dict_insert (&values, "supported_by", "s", supported);
      if (exists)
        ok = ber_store_update (store, "motion", id, g_variant_dict_end (&values), error);
      else
        {
          id = ber_store_insert (store, "motion", g_variant_dict_end (&values), error);
          ok = id > 0;
        }
      ids[i] = id;
    }
  return ok;
}

static gboolean
write_votes (BerStore    *store,
             gint64       entry_id,
             GListModel  *votes,
             GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("vote");
  g_autoptr(GPtrArray) old = NULL;
  gboolean ok = TRUE;

  ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_EQ, g_variant_new_int64 (entry_id));
  old = select_all (store, query, error);
  if (old == NULL)
    return FALSE;
  for (guint k = 0; ok && k < old->len; k++)
    ok = ber_store_delete (store, "vote", ber_row_integer (g_ptr_array_index (old, k), "id"), error);
  for (guint i = 0; ok && votes != NULL && i < g_list_model_get_n_items (votes); i++)
    {
      g_autoptr(BerVote) vote = g_list_model_get_item (votes, i);
      GVariantDict values;

      g_variant_dict_init (&values, NULL);
      g_variant_dict_insert (&values, "agenda_entry_id", "x", entry_id);
      g_variant_dict_insert (&values, "person_id", "x", ber_vote_get_person_id (vote));
      g_variant_dict_insert (&values, "choice", "s", ber_vote_get_choice (vote));
      ok = ber_store_insert (store, "vote", g_variant_dict_end (&values), error) > 0;
    }
  return ok;
}

/* A reservation refers to the motion its author moved, if any. */
static gboolean
link_reservations (BerStore   *store,
                   gint64      entry_id,
                   GError    **error)
{
  g_autoptr(BerQuery) statements = ber_query_new ("statement");
  g_autoptr(BerQuery) motions = ber_query_new ("motion");
  g_autoptr(GPtrArray) statement_rows = NULL;
  g_autoptr(GPtrArray) motion_rows = NULL;
  gboolean ok = TRUE;

  ber_query_add_condition (statements, "agenda_entry_id", BER_QUERY_EQ,
                           g_variant_new_int64 (entry_id));
  ber_query_add_condition (motions, "agenda_entry_id", BER_QUERY_EQ,
                           g_variant_new_int64 (entry_id));
  ber_query_add_order (motions, "position", FALSE);
  if ((statement_rows = select_all (store, statements, error)) == NULL
      || (motion_rows = select_all (store, motions, error)) == NULL)
    return FALSE;
  for (guint i = 0; ok && i < statement_rows->len; i++)
    {
      GVariant *statement = g_ptr_array_index (statement_rows, i);
      g_autofree char *author = g_utf8_casefold (ber_row_text (statement, "author"), -1);
      gint64 motion_id = 0;
      GVariantDict values;

      g_strstrip (author);
      for (guint k = 0; motion_id == 0 && k < motion_rows->len; k++)
        {
          GVariant *motion = g_ptr_array_index (motion_rows, k);
          g_autofree char *mover = g_utf8_casefold (ber_row_text (motion, "mover"), -1);

          if (g_str_equal (ber_row_text (statement, "kind"), "reservation")
              && g_str_equal (g_strstrip (mover), author))
            motion_id = ber_row_integer (motion, "id");
        }
      if (ber_row_integer (statement, "motion_id") == motion_id)
        continue;
      g_variant_dict_init (&values, NULL);
      g_variant_dict_insert_value (&values, "motion_id", v_id_or_null (motion_id));
      ok = ber_store_update (store, "statement", ber_row_integer (statement, "id"),
                             g_variant_dict_end (&values), error);
    }
  return ok;
}

/**
 * ber_meetings_link_reservations:
 *
 * Links each reservation under the entry's decision to its author's own
 * motion, as the minutes print it. Part of the writer's transaction.
 */
gboolean
ber_meetings_link_reservations (BerMeetings  *self,
                                gint64        entry_id,
                                GError      **error)
{
  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);

  return link_reservations (store_of (self), entry_id, error);
}

static gint64
motion_id_at (const gint64 *ids,
              guint         n,
              int           index)
{
  return index >= 0 && (guint) index < n ? ids[index] : 0;
}

/**
 * ber_meetings_record_motions:
 * @entry: an entry of a locked agenda whose minutes are open
 * @motions: the #BerMotion under its decision, in order: those with an id
 *   are kept, new ones added, others removed
 * @adopted: the proposal the chair found the board decided for: an index
 *   into @motions, or -1 for the matter's own proposal
 * @voted: whether the board voted
 * @yes_for: what a yes was for, an index into @motions or -1 for the proposal
 * @no_for: what a no was for, likewise
 * @votes: (nullable): the #BerVote of each voting member, when @voted
 *
 * Records the motions, the order of decision and the vote in one
 * transaction. With a vote, the vote decides which proposal was adopted.
 */
gboolean
ber_meetings_record_motions (BerMeetings     *self,
                             BerAgendaEntry  *entry,
                             GListModel      *motions,
                             int              adopted,
                             gboolean         voted,
                             int              yes_for,
                             int              no_for,
                             GListModel      *votes,
                             GError         **error)
{
  BerStore *store;
  g_autoptr(GVariant) row = NULL;
  g_autoptr(GVariant) meeting = NULL;
  g_autofree gint64 *ids = NULL;
  gint64 entry_id;
  guint n;
  int outcome = 0;
  GVariantDict values;
  gboolean ok;

  g_return_val_if_fail (BER_IS_MEETINGS (self), FALSE);
  g_return_val_if_fail (BER_IS_AGENDA_ENTRY (entry), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (motions), FALSE);

  store = store_of (self);
  entry_id = ber_record_get_id (BER_RECORD (entry));
  n = g_list_model_get_n_items (motions);
  ids = g_new0 (gint64, n + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerMotion) motion = g_list_model_get_item (motions, i);

      if (!ber_meetings_check_motion (self, motion, error))
        return FALSE;
    }
  if (adopted < -1 || adopted >= (int) n || yes_for < -1 || yes_for >= (int) n
      || no_for < -1 || no_for >= (int) n)
    return ber_service_refuse (error, _("Choose a proposal that is among the motions."));

  if (!ber_store_begin (store, error))
    return FALSE;
  ok = (row = ber_store_get (store, "agenda_entry", entry_id, error)) != NULL
       && (meeting = get_meeting (store, ber_row_integer (row, "meeting_id"), error)) != NULL
       && ber_agenda_require_minutes_open (meeting, error)
       && (!voted || check_votes (store, meeting, votes, yes_for, no_for, &outcome, error))
       && write_motions (store, entry_id, motions, ids, error)
       && write_votes (store, entry_id, voted ? votes : NULL, error);
  if (ok)
    {
      if (voted)
        adopted = outcome > 0 ? yes_for : no_for;
      g_variant_dict_init (&values, NULL);
      g_variant_dict_insert_value (&values, "adopted_motion_id",
                                   v_id_or_null (motion_id_at (ids, n, adopted)));
      g_variant_dict_insert (&values, "voted", "x", (gint64) (voted ? 1 : 0));
      g_variant_dict_insert_value (&values, "vote_yes_motion_id",
                                   v_id_or_null (voted ? motion_id_at (ids, n, yes_for) : 0));
      g_variant_dict_insert_value (&values, "vote_no_motion_id",
                                   v_id_or_null (voted ? motion_id_at (ids, n, no_for) : 0));
      ok = ber_store_update (store, "agenda_entry", entry_id, g_variant_dict_end (&values), error)
           && link_reservations (store, entry_id, error);
    }
  if (!ber_service_commit_or_rollback (store, ok, error))
    return FALSE;
  /* The motions written take their rows, new ones their ids. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerRecord) motion = g_list_model_get_item (motions, i);
      g_autoptr(GVariant) written = ber_store_get (store, "motion", ids[i], NULL);

      if (written != NULL)
        ber_record_update_from_row (motion, written);
    }
  return ber_record_reload (BER_RECORD (entry), store, error);
}
