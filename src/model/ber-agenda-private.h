/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n-lib.h>

#include "ber-agenda.h"
#include "ber-row.h"
#include "ber-service.h"

G_BEGIN_DECLS

/*
 * What the rules of meetings share across ber-agenda.c (meetings, order,
 * times, locking), ber-agenda-entries.c (what goes on an agenda) and
 * ber-agenda-minutes.c (decisions, minutes, follow-up).
 */

gboolean _ber_agenda_clause_context (BerStore      *store,
                                     GVariant      *clause,
                                     GVariant      *entry,
                                     GVariant      *meeting,
                                     GVariantDict  *dict,
                                     GError       **error);

#define V_STR(text) g_variant_new_string (text)
#define V_INT(number) g_variant_new_int64 (number)
#define V_NULL_STR g_variant_new_maybe (G_VARIANT_TYPE_STRING, NULL)
#define V_NULL_INT g_variant_new_maybe (G_VARIANT_TYPE_INT64, NULL)

static inline GVariant *
v_id_or_null (gint64 id)
{
  return id != 0 ? V_INT (id) : V_NULL_INT;
}

static inline GVariant *
v_date_or_null (const char *date)
{
  return date != NULL && *date != '\0' ? V_STR (date) : V_NULL_STR;
}

static inline GPtrArray *
select_all (BerStore  *store,
            BerQuery  *query,
            GError   **error)
{
  return ber_store_select (store, query, 0, G_MAXUINT, error);
}

static inline GVariant *
get_meeting (BerStore  *store,
             gint64     meeting_id,
             GError   **error)
{
  return ber_store_get (store, "meeting_list", meeting_id, error);
}


gboolean ber_agenda_record_transition (BerStore    *store,
                                       gint64       item_id,
                                       const char  *from_status,
                                       const char  *to_status,
                                       const char  *reason,
                                       GError     **error);
/* The minutes of @meeting can still be written: its agenda is locked and they are not approved. */
gboolean ber_agenda_require_minutes_open (GVariant *meeting,
                                          GError  **error);
gboolean ber_agenda_require_planned   (GVariant    *meeting,
                                       GError     **error);
gboolean ber_agenda_insert_before_end (BerStore    *store,
                                       GVariant    *meeting,
                                       GPtrArray   *values,
                                       GError     **error);

G_END_DECLS
