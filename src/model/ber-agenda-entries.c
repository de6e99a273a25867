/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-agenda"

#include "config.h"

#include "ber-agenda-private.h"

/* What may go on an agenda, and putting it there. */

/**
 * ber_agenda_ready_items:
 *
 * Returns: (transfer full): item_list rows that are ready and routed to the
 *   meeting's body, oldest first.
 */
GPtrArray *
ber_agenda_ready_items (BerStore *store,
                        gint64    meeting_id,
                        GError  **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(BerQuery) query = ber_query_new ("item_list");

  if (meeting == NULL)
    return NULL;
  ber_query_add_condition (query, "routed_body_id", BER_QUERY_EQ,
                           V_INT (ber_row_integer (meeting, "body_id")));
  ber_query_add_condition (query, "status", BER_QUERY_EQ, V_STR ("ready"));
  ber_query_add_order (query, "received_on", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return select_all (store, query, error);
}

static gboolean
report_is_listed (BerStore *store,
                  gint64    report_id,
                  gboolean *listed,
                  GError  **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_entry");
  guint n = 0;

  ber_query_add_condition (query, "report_id", BER_QUERY_EQ, V_INT (report_id));
  if (!ber_store_count (store, query, &n, error))
    return FALSE;
  *listed = n > 0;
  return TRUE;
}

/**
 * ber_agenda_received_reports:
 *
 * Returns: (transfer full): report_list rows returned to the meeting's body,
 *   received and on no agenda yet.
 */
GPtrArray *
ber_agenda_received_reports (BerStore *store,
                             gint64    meeting_id,
                             GError  **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(BerQuery) query = ber_query_new ("report_list");
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *result;

  if (meeting == NULL)
    return NULL;
  ber_query_add_condition (query, "body_id", BER_QUERY_EQ, V_INT (ber_row_integer (meeting, "body_id")));
  ber_query_add_condition (query, "status", BER_QUERY_EQ, V_STR ("received"));
  ber_query_add_order (query, "received_on", FALSE);
  ber_query_add_order (query, "id", FALSE);
  if ((rows = select_all (store, query, error)) == NULL)
    return NULL;

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gboolean listed = FALSE;

      if (!report_is_listed (store, ber_row_integer (row, "id"), &listed, error))
        {
          g_ptr_array_unref (result);
          return NULL;
        }
      if (!listed)
        g_ptr_array_add (result, g_variant_ref (row));
    }
  return result;
}

/**
 * ber_agenda_other_minutes:
 *
 * Returns: (transfer full): meeting_list rows of other bodies whose minutes
 *   are recorded and not yet on this agenda, newest first.
 */
GPtrArray *
ber_agenda_other_minutes (BerStore *store,
                          gint64    meeting_id,
                          GError  **error)
{
  static const char * const recorded[] = { "held", "minutes-approved", NULL };
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(BerQuery) query = ber_query_new ("meeting_list");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  GPtrArray *result;

  if (meeting == NULL)
    return NULL;
  ber_query_add_condition (query, "body_id", BER_QUERY_NE, V_INT (ber_row_integer (meeting, "body_id")));
  ber_query_add_in (query, "status", recorded);
  ber_query_add_condition (query, "held_on", BER_QUERY_LE, V_STR (ber_row_text (meeting, "held_on")));
  ber_query_add_order (query, "held_on", TRUE);
  ber_query_add_order (query, "id", TRUE);
  if ((rows = select_all (store, query, error)) == NULL
      || (entries = ber_agenda_list_entries (store, meeting_id, error)) == NULL)
    return NULL;

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gboolean listed = FALSE;

      for (guint j = 0; j < entries->len && !listed; j++)
        listed = ber_row_integer (g_ptr_array_index (entries, j), "minutes_meeting_id") == ber_row_integer (row, "id");
      if (!listed)
        g_ptr_array_add (result, g_variant_ref (row));
    }
  return result;
}

/* Adding entries */

/**
 * ber_agenda_add_items:
 *
 * Puts ready items routed to the meeting's body on its agenda, before the
 * closing standing points; each item moves to on-agenda.
 */
gboolean
ber_agenda_add_items (BerStore     *store,
                      gint64        meeting_id,
                      const gint64 *item_ids,
                      guint         n_items,
                      GError      **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  g_autofree char *reason = NULL;
  gboolean ok = TRUE;

  if (meeting == NULL || !ber_agenda_require_planned (meeting, error))
    return FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GVariant) item = ber_store_get (store, "item", item_ids[i], error);

      if (item == NULL)
        return FALSE;
      if (!g_str_equal (ber_row_text (item, "status"), "ready"))
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("“%s” is not ready for an agenda."), ber_row_text (item, "title"));
          return FALSE;
        }
      if (ber_row_integer (item, "routed_body_id") != ber_row_integer (meeting, "body_id"))
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("“%s” is not routed to %s."), ber_row_text (item, "title"),
                       ber_row_text (meeting, "body_name"));
          return FALSE;
        }
      g_ptr_array_add (values, g_variant_ref_sink (ber_store_values ("kind", V_STR ("item"),
                                    "title", V_STR (ber_row_text (item, "title")),
                                    "item_id", V_INT (item_ids[i]),
                                    "presenter_id",
                                    ber_row_integer (item, "case_officer_id") != 0
                                      ? V_INT (ber_row_integer (item, "case_officer_id")) : NULL,
                                    "estimated_minutes", V_INT (10), NULL)));
    }

  /* Translators: the reason an item went on an agenda, "Meeting of RS on 2026-05-12" */
  reason = g_strdup_printf (_("Meeting of %s on %s"), ber_row_text (meeting, "body_short_name"),
                            ber_row_text (meeting, "held_on"));

  if (!ber_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < n_items && ok; i++)
    ok = ber_agenda_record_transition (store, item_ids[i], "ready", "on-agenda", reason, error);
  ok = ok && ber_agenda_insert_before_end (store, meeting, values, error);
  return ber_service_commit_or_rollback (store, ok, error);
}

static char *
report_title (GVariant *report)
{
  const char *event = ber_row_text (report, "event_title");
  const char *forum = *event ? event : ber_row_text (report, "network_name");

  if (*forum == '\0')
    /* Translators: an agenda entry, "Returned report – Åsa Lindqvist" */
    return g_strdup_printf (_("Returned report – %s"), ber_row_text (report, "person_name"));
  /* Translators: an agenda entry, "Returned report from AER:s byrå – Åsa Lindqvist" */
  return g_strdup_printf (_("Returned report from %s – %s"), forum,
                          ber_row_text (report, "person_name"));
}

/**
 * ber_agenda_add_reports:
 *
 * Puts received returned reports on the agenda as information items,
 * before the closing standing points.
 */
gboolean
ber_agenda_add_reports (BerStore     *store,
                        gint64        meeting_id,
                        const gint64 *report_ids,
                        guint         n_reports,
                        GError      **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);

  if (meeting == NULL || !ber_agenda_require_planned (meeting, error))
    return FALSE;

  for (guint i = 0; i < n_reports; i++)
    {
      g_autoptr(GVariant) report = ber_store_get (store, "report_list", report_ids[i], error);
      g_autofree char *title = NULL;
      gboolean listed = FALSE;

      if (report == NULL || !report_is_listed (store, report_ids[i], &listed, error))
        goto failed;
      if (listed || !g_str_equal (ber_row_text (report, "status"), "received"))
        {
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                       _("The report from %s is not waiting for an agenda."),
                       ber_row_text (report, "person_name"));
          goto failed;
        }
      title = report_title (report);
      g_ptr_array_add (values, g_variant_ref_sink (ber_store_values ("kind", V_STR ("report"), "title", V_STR (title),
                                    "report_id", V_INT (report_ids[i]),
                                    "presenter_id", V_INT (ber_row_integer (report, "person_id")),
                                    "estimated_minutes", V_INT (5), NULL)));
    }

  if (!ber_store_begin (store, error))
    goto failed;
  return ber_service_commit_or_rollback (store,
                                         ber_agenda_insert_before_end (store, meeting, values,
                                                                       error),
                                         error);

failed:
  return FALSE;
}

/**
 * ber_agenda_add_minutes:
 *
 * Puts the minutes of other bodies' meetings on the agenda as information
 * items, before the closing standing points.
 */
gboolean
ber_agenda_add_minutes (BerStore     *store,
                        gint64        meeting_id,
                        const gint64 *meeting_ids,
                        guint         n_meetings,
                        GError      **error)
{
  g_autoptr(GVariant) meeting = get_meeting (store, meeting_id, error);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);

  if (meeting == NULL || !ber_agenda_require_planned (meeting, error))
    return FALSE;

  for (guint i = 0; i < n_meetings; i++)
    {
      g_autoptr(GVariant) other = get_meeting (store, meeting_ids[i], error);
      g_autofree char *title = NULL;

      if (other == NULL)
        goto failed;
      if (meeting_ids[i] == meeting_id)
        {
          ber_service_refuse (error, _("A meeting cannot take its own minutes as information."));
          goto failed;
        }
      /* Translators: an agenda entry, "Minutes of Internationella beredningen, 2026-03-04" */
      title = g_strdup_printf (_("Minutes of %s, %s"), ber_row_text (other, "body_name"),
                               ber_row_text (other, "held_on"));
      g_ptr_array_add (values, g_variant_ref_sink (ber_store_values ("kind", V_STR ("minutes"), "title", V_STR (title),
                                    "minutes_meeting_id", V_INT (meeting_ids[i]),
                                    "estimated_minutes", V_INT (2), NULL)));
    }

  if (!ber_store_begin (store, error))
    goto failed;
  return ber_service_commit_or_rollback (store,
                                         ber_agenda_insert_before_end (store, meeting, values,
                                                                       error),
                                         error);

failed:
  return FALSE;
}

