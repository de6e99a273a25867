/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-routing"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-date.h"
#include "ber-routing.h"

/* Rules per register are few (a handful per body): all are read and scored. */

/* A body that is gone (or dissolved by today) is never suggested. */
static gboolean
body_is_dissolved (BerStore  *store,
                   gint64     body_id,
                   gboolean  *dissolved,
                   GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GVariant) body = ber_store_get (store, "body", body_id, &local_error);
  const char *dissolved_on = NULL;

  if (body == NULL)
    {
      if (!g_error_matches (local_error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      *dissolved = TRUE;
      return TRUE;
    }
  *dissolved = g_variant_lookup (body, "dissolved_on", "&s", &dissolved_on)
               && g_strcmp0 (dissolved_on, ber_store_get_today (store)) <= 0;
  return TRUE;
}

/* 3: type and subject area; 2: subject area alone; 1: type alone; 0: no match. */
static int
rule_score (GVariant   *rule,
            const char *item_type,
            gint64      subject_area_id)
{
  const char *rule_type = NULL;
  gint64 rule_area = 0;
  gboolean has_type = g_variant_lookup (rule, "item_type", "&s", &rule_type);
  gboolean has_area = g_variant_lookup (rule, "subject_area_id", "x", &rule_area);
  gboolean type_matches = has_type && g_strcmp0 (rule_type, item_type) == 0;
  gboolean area_matches = has_area && subject_area_id > 0 && rule_area == subject_area_id;

  if (has_type && has_area)
    return type_matches && area_matches ? 3 : 0;
  if (has_area)
    return area_matches ? 2 : 0;
  if (has_type)
    return type_matches ? 1 : 0;
  return 0;
}

/**
 * ber_routing_suggest:
 * @body_id: (out): the suggested body, or 0 when no rule fits
 * @reason: (out) (optional): the rule's reason, or NULL
 *
 * A rule for both the item's type and its subject area wins over one for the
 * subject area alone, which wins over one for the type alone; among equals
 * the oldest rule. A dissolved body is never suggested.
 */
gboolean
ber_routing_suggest (BerStore    *store,
                     const char  *item_type,
                     gint64       subject_area_id,
                     gint64      *body_id,
                     char       **reason,
                     GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("routing_rule");
  g_autoptr(GPtrArray) rules = NULL;
  GVariant *best = NULL;
  int best_score = 0;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (body_id != NULL, FALSE);

  *body_id = 0;
  if (reason != NULL)
    *reason = NULL;

  ber_query_add_order (query, "id", FALSE);
  rules = ber_store_select (store, query, 0, G_MAXUINT, error);
  if (rules == NULL)
    return FALSE;

  for (guint i = 0; i < rules->len; i++)
    {
      GVariant *rule = g_ptr_array_index (rules, i);
      int score = rule_score (rule, item_type, subject_area_id);
      gboolean dissolved = FALSE;
      gint64 rule_body = 0;

      if (score <= best_score)
        continue;
      g_variant_lookup (rule, "body_id", "x", &rule_body);
      if (!body_is_dissolved (store, rule_body, &dissolved, error))
        return FALSE;
      if (!dissolved)
        {
          best = rule;
          best_score = score;
        }
    }

  if (best != NULL)
    {
      g_variant_lookup (best, "body_id", "x", body_id);
      if (reason != NULL && !g_variant_lookup (best, "reason", "s", reason))
        *reason = g_strdup ("");
    }
  return TRUE;
}

static char *
meeting_deadline (GVariant *meeting,
                  int       deadline_days)
{
  const char *deadline = NULL;
  const char *held_on = NULL;

  if (g_variant_lookup (meeting, "agenda_deadline", "&s", &deadline))
    return g_strdup (deadline);
  g_variant_lookup (meeting, "held_on", "&s", &held_on);
  return ber_date_add_days (held_on, -deadline_days);
}

/**
 * ber_routing_latest_meeting:
 * @meeting_id: (out): the meeting, or 0 when none can decide in time
 * @held_on: (out) (optional): its date, or NULL
 *
 * The latest planned meeting of @body_id held on or before @reply_by whose
 * agenda deadline is today or later. Without a reply-by date, the next
 * meeting whose agenda is still open.
 */
gboolean
ber_routing_latest_meeting (BerStore    *store,
                            gint64       body_id,
                            const char  *reply_by,
                            gint64      *meeting_id,
                            char       **held_on,
                            GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("meeting");
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GVariant) body = NULL;
  const char *today;
  gboolean has_reply_by = reply_by != NULL && *reply_by != '\0';
  gint64 deadline_days = 10;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);

  *meeting_id = 0;
  if (held_on != NULL)
    *held_on = NULL;
  if (body_id <= 0)
    return TRUE;

  body = ber_store_get (store, "body", body_id, error);
  if (body == NULL)
    return FALSE;
  g_variant_lookup (body, "agenda_deadline_days", "x", &deadline_days);

  today = ber_store_get_today (store);
  ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (body_id));
  ber_query_add_condition (query, "status", BER_QUERY_EQ, g_variant_new_string ("planned"));
  ber_query_add_condition (query, "held_on", BER_QUERY_GE, g_variant_new_string (today));
  if (has_reply_by)
    {
      ber_query_add_condition (query, "held_on", BER_QUERY_LE, g_variant_new_string (reply_by));
      ber_query_add_order (query, "held_on", TRUE);
    }
  else
    ber_query_add_order (query, "held_on", FALSE);
  ber_query_add_order (query, "id", FALSE);

  meetings = ber_store_select (store, query, 0, G_MAXUINT, error);
  if (meetings == NULL)
    return FALSE;

  for (guint i = 0; i < meetings->len; i++)
    {
      GVariant *meeting = g_ptr_array_index (meetings, i);
      g_autofree char *deadline = meeting_deadline (meeting, (int) deadline_days);

      if (deadline != NULL && g_strcmp0 (deadline, today) >= 0)
        {
          g_variant_lookup (meeting, "id", "x", meeting_id);
          if (held_on != NULL)
            g_variant_lookup (meeting, "held_on", "s", held_on);
          break;
        }
    }
  return TRUE;
}

/**
 * ber_routing_no_meeting_text:
 *
 * The warning shown when no meeting of @body_id can decide before @reply_by.
 */
char *
ber_routing_no_meeting_text (BerStore   *store,
                             gint64      body_id,
                             const char *reply_by)
{
  g_autoptr(GVariant) body = NULL;
  const char *name = NULL;

  if (body_id > 0)
    body = ber_store_get (store, "body", body_id, NULL);
  if (body == NULL || !g_variant_lookup (body, "name", "&s", &name))
    return g_strdup (_("Choose a body to see which meeting can decide the item."));
  if (reply_by == NULL || *reply_by == '\0')
    /* Translators: %s is a body, e.g. "Regionstyrelsen" */
    return g_strdup_printf (_("No planned meeting of %s can still take the item: plan a "
                              "meeting or ask for a later reply date."),
                            name);
  /* Translators: %s is a body, %s a date such as 2026-12-01 */
  return g_strdup_printf (_("No planned meeting of %s can decide before the reply date %s: "
                            "plan a meeting, ask for a later reply date or decide by delegation."),
                          name, reply_by);
}
