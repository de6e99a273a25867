/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-networks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-date.h"
#include "ber-labels.h"
#include "ber-networks-private.h"
#include "ber-questions.h"
#include "ber-record-list.h"

/*
 * What belongs to a network besides its membership: its own bodies and the
 * region's seats in them, its fees, its yearly reviews and the influence
 * questions it serves.
 */

static GListModel *
list_of_network (BerNetworks *self,
                 GType        type,
                 const char  *source,
                 gint64       network_id,
                 const char  *order,
                 gboolean     descending)
{
  g_autoptr(BerQuery) query = ber_query_new (source);

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ, g_variant_new_int64 (network_id));
  ber_query_add_order (query, order, descending);
  ber_query_add_order (query, "id", descending);
  return G_LIST_MODEL (ber_record_list_new (_ber_networks_store (self), type, query));
}

static gboolean
commit_or_rollback (BerNetworks  *self,
                    gboolean      ok,
                    BerRecord    *inserted,
                    GError      **error)
{
  if (ok && ber_store_commit (_ber_networks_store (self), error))
    return TRUE;

  ber_store_rollback (_ber_networks_store (self));
  if (inserted != NULL)
    ber_record_forget_insert (inserted);
  return FALSE;
}

/* Bodies */

/* Returns: (transfer full): a lazy list of the #BerNetworkBody of @network_id, by name */
GListModel *
ber_networks_list_bodies (BerNetworks *self,
                          gint64       network_id)
{
  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);

  return list_of_network (self, BER_TYPE_NETWORK_BODY, "network_body", network_id, "name", FALSE);
}

/* Returns: (transfer full): a new body of @network_id, without seats */
BerNetworkBody *
ber_networks_new_body (BerNetworks *self,
                       gint64       network_id)
{
  BerNetworkBody *body = ber_network_body_new ();

  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);

  g_object_set (body, "network-id", network_id, "kind", "board", "seats", 0, NULL);
  return body;
}

/* Saves a body of a network: it has a name, and a kind of the list. */
gboolean
ber_networks_save_body (BerNetworks     *self,
                        BerNetworkBody  *body,
                        GError         **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (BER_IS_NETWORKS (self), FALSE);
  g_return_val_if_fail (BER_IS_NETWORK_BODY (body), FALSE);

  name = g_strstrip (g_strdup (ber_network_body_get_name (body)));
  if (ber_network_body_get_network_id (body) <= 0)
    return ber_service_refuse (error, _("Save the network before adding its bodies."));
  if (*name == '\0')
    return ber_service_refuse (error, _("The body needs a name. Write it in the Name field "
                               "and save again."));
  if (ber_choice_index (BER_CHOICES_NETWORK_BODY_KIND,
                        ber_record_get_string (BER_RECORD (body), "kind")) < 0)
    return ber_service_refuse (error, _("Choose the kind of body."));

  g_object_set (body, "name", name, NULL);
  return _ber_networks_save_record (self, BER_RECORD (body), error);
}

/* Fees */

/* Returns: (transfer full): a lazy list of the #BerFee of @network_id, the latest year first */
GListModel *
ber_networks_list_fees (BerNetworks *self,
                        gint64       network_id)
{
  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);

  return list_of_network (self, BER_TYPE_FEE, "fee_list", network_id, "year", TRUE);
}

/* Returns: (transfer full): a new fee of @network_id for this year, in euro (as
 * most networks charge) */
BerFee *
ber_networks_new_fee (BerNetworks *self,
                      gint64       network_id)
{
  BerFee *fee = ber_fee_new ();

  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);

  g_object_set (fee, "network-id", network_id, "year", _ber_networks_this_year (self),
                "currency", "EUR", NULL);
  return fee;
}

/* Whether another fee of the network is for the same year. */
static gboolean
year_taken (BerNetworks  *self,
            BerFee       *fee,
            gboolean     *taken,
            GError      **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("fee");
  guint n = 0;

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ,
                           g_variant_new_int64 (ber_record_get_int64 (BER_RECORD (fee),
                                                                      "network-id")));
  ber_query_add_condition (query, "year", BER_QUERY_EQ,
                           g_variant_new_int64 (ber_fee_get_year (fee)));
  ber_query_add_condition (query, "id", BER_QUERY_NE,
                           g_variant_new_int64 (ber_record_get_id (BER_RECORD (fee))));
  if (!ber_store_count (_ber_networks_store (self), query, &n, error))
    return FALSE;
  *taken = n > 0;
  return TRUE;
}

/**
 * ber_networks_save_fee:
 *
 * Saves a fee: one per network and year, an amount of zero or more in SEK
 * or EUR, and for EUR the rate in SEK per euro when known (0 for none). A
 * fee in SEK keeps no rate.
 */
gboolean
ber_networks_save_fee (BerNetworks  *self,
                       BerFee       *fee,
                       GError      **error)
{
  const char *currency;
  double rate = 0;
  gboolean taken = FALSE;
  int year;

  g_return_val_if_fail (BER_IS_NETWORKS (self), FALSE);
  g_return_val_if_fail (BER_IS_FEE (fee), FALSE);

  currency = ber_fee_get_currency (fee);
  year = ber_fee_get_year (fee);
  g_object_get (fee, "sek-rate", &rate, NULL);

  if (ber_record_get_int64 (BER_RECORD (fee), "network-id") <= 0)
    return ber_service_refuse (error, _("Save the network before adding its fees."));
  if (year < 1900 || year > 2999)
    return ber_service_refuse (error, _("The year is not between 1900 and 2999."));
  if (ber_fee_get_amount (fee) < 0)
    return ber_service_refuse (error, _("The amount is not a number. Write it with digits, "
                               "e.g. 12 500."));
  if (ber_choice_index (BER_CHOICES_CURRENCY, currency) < 0)
    return ber_service_refuse (error, _("Choose the currency of the fee."));
  if (rate < 0)
    return ber_service_refuse (error, _("The exchange rate is not a number above zero, "
                               "e.g. 11,45."));
  if (!year_taken (self, fee, &taken, error))
    return FALSE;
  if (taken)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("The network already has a fee for %d. Edit that fee instead."), year);
      return FALSE;
    }

  if (g_str_equal (currency, "SEK"))
    g_object_set (fee, "sek-rate", 0.0, NULL);
  return _ber_networks_save_record (self, BER_RECORD (fee), error);
}

/* Yearly reviews */

/* Returns: (transfer full): a lazy list of the #BerNetworkReview of @network_id, the latest first */
GListModel *
ber_networks_list_reviews (BerNetworks *self,
                           gint64       network_id)
{
  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);

  return list_of_network (self, BER_TYPE_NETWORK_REVIEW, "network_review", network_id,
                          "reviewed_on", TRUE);
}

/**
 * ber_networks_new_review:
 * @network: the network reviewed, as read now; its next review is set to a
 *   year from today, for the form to show
 *
 * Returns: (transfer full): a review of @network made today, keeping the membership
 */
BerNetworkReview *
ber_networks_new_review (BerNetworks *self,
                         BerNetwork  *network)
{
  BerNetworkReview *review = ber_network_review_new ();
  const char *today;
  g_autofree char *next_year = NULL;

  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);
  g_return_val_if_fail (BER_IS_NETWORK (network), NULL);

  today = ber_service_get_today (BER_SERVICE (self));
  next_year = ber_date_add_days (today, 365);
  g_object_set (review, "network-id", ber_record_get_id (BER_RECORD (network)),
                "reviewed-on", today, "outcome", "keep", NULL);
  g_object_set (network, "next-review-on", next_year, NULL);
  return review;
}

/**
 * ber_networks_add_review:
 * @review: a new review
 * @network: the network reviewed, with its next review date set
 *
 * Records the review and the network's next review date together.
 */
gboolean
ber_networks_add_review (BerNetworks       *self,
                         BerNetworkReview  *review,
                         BerNetwork        *network,
                         GError           **error)
{
  const char *reviewed_on;
  const char *next;
  gboolean ok;

  g_return_val_if_fail (BER_IS_NETWORKS (self), FALSE);
  g_return_val_if_fail (BER_IS_NETWORK_REVIEW (review), FALSE);
  g_return_val_if_fail (BER_IS_NETWORK (network), FALSE);
  g_return_val_if_fail (ber_record_get_id (BER_RECORD (review)) == 0, FALSE);

  reviewed_on = ber_network_review_get_reviewed_on (review);
  next = ber_record_get_string (BER_RECORD (network), "next-review-on");
  if (ber_record_get_id (BER_RECORD (network)) <= 0)
    return ber_service_refuse (error, _("Save the network before recording its review."));
  if (!ber_date_is_valid (reviewed_on) || (next != NULL && *next != '\0'
                                           && !ber_date_is_valid (next)))
    return ber_service_refuse (error, _("Write the dates as YYYY-MM-DD, for example "
                               "2026-11-23."));
  if (ber_choice_index (BER_CHOICES_REVIEW_OUTCOME, ber_network_review_get_outcome (review)) < 0)
    return ber_service_refuse (error, _("Choose the outcome of the review."));

  g_object_set (review, "network-id", ber_record_get_id (BER_RECORD (network)), NULL);
  if (!ber_store_begin (_ber_networks_store (self), error))
    return FALSE;
  ok = ber_record_save (BER_RECORD (review), _ber_networks_store (self), error)
       && ber_record_save (BER_RECORD (network), _ber_networks_store (self), error);
  return commit_or_rollback (self, ok, BER_RECORD (review), error);
}

/* Influence questions: BerQuestions owns them; these are its network side. */

static BerQuestions *
questions_of (BerNetworks *self)
{
  return ber_questions_new (_ber_networks_store (self));
}

/* Returns: (transfer full): a lazy list of every #BerInfluenceQuestion, by
 *   priority (ber_questions_list()) */
GListModel *
ber_networks_list_questions (BerNetworks *self)
{
  g_autoptr(BerQuestions) questions = NULL;

  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);

  questions = questions_of (self);
  return ber_questions_list (questions);
}

/* Returns: (transfer full) (element-type gint64): the ids of the questions
 * @network_id serves, or %NULL with @error set */
GArray *
ber_networks_list_linked_questions (BerNetworks  *self,
                                    gint64        network_id,
                                    GError      **error)
{
  g_autoptr(BerQuestions) questions = NULL;

  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);

  questions = questions_of (self);
  return ber_questions_list_linked_ids (questions, BER_QUESTION_LINK_NETWORK, network_id, error);
}

/* Returns: (transfer full): a new international question of this year */
BerInfluenceQuestion *
ber_networks_new_question (BerNetworks *self)
{
  g_autoptr(BerQuestions) questions = NULL;

  g_return_val_if_fail (BER_IS_NETWORKS (self), NULL);

  questions = questions_of (self);
  return ber_questions_new_question (questions);
}

/**
 * ber_networks_add_question:
 * @question: a new influence question
 *
 * Adds @question, last in the priority order, and links it to @network_id,
 * together.
 */
gboolean
ber_networks_add_question (BerNetworks           *self,
                           gint64                 network_id,
                           BerInfluenceQuestion  *question,
                           GError               **error)
{
  g_autoptr(BerQuestions) questions = NULL;
  gboolean ok;

  g_return_val_if_fail (BER_IS_NETWORKS (self), FALSE);
  g_return_val_if_fail (BER_IS_INFLUENCE_QUESTION (question), FALSE);
  g_return_val_if_fail (ber_record_get_id (BER_RECORD (question)) == 0, FALSE);

  if (network_id <= 0)
    return ber_service_refuse (error, _("Save the network before adding its questions."));
  questions = questions_of (self);
  if (!ber_questions_check (questions, question, NULL, error)
      || !ber_store_begin (_ber_networks_store (self), error))
    return FALSE;
  ok = ber_questions_save (questions, question, error)
       && ber_questions_link (questions, BER_QUESTION_LINK_NETWORK, network_id,
                              ber_record_get_id (BER_RECORD (question)), TRUE, error);
  return commit_or_rollback (self, ok, BER_RECORD (question), error);
}

/* Says that @network_id serves the question @question_id, or no longer does. */
gboolean
ber_networks_link_question (BerNetworks  *self,
                            gint64        network_id,
                            gint64        question_id,
                            gboolean      linked,
                            GError      **error)
{
  g_autoptr(BerQuestions) questions = NULL;

  g_return_val_if_fail (BER_IS_NETWORKS (self), FALSE);

  if (network_id <= 0 || question_id <= 0)
    return ber_service_refuse (error, _("Save the network before linking its questions."));
  questions = questions_of (self);
  return ber_questions_link (questions, BER_QUESTION_LINK_NETWORK, network_id, question_id,
                             linked, error);
}
