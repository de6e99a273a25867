/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib/gi18n-lib.h>

#include "ber-agenda.h"
#include "ber-meetings.h"
#include "ber-record-list.h"

G_BEGIN_DECLS

/* What ber-meetings.c and ber-meetings-minutes.c share. */

static inline BerStore *
store_of (BerMeetings *self)
{
  return ber_service_get_store (BER_SERVICE (self));
}

static inline gint64
record_int64 (gpointer    record,
              const char *property)
{
  return ber_record_get_int64 (BER_RECORD (record), property);
}

static inline const char *
record_text (gpointer    record,
             const char *property)
{
  const char *text = ber_record_get_string (BER_RECORD (record), property);

  return text != NULL ? text : "";
}

/* Records of @type made from rows the rules computed. */
static inline GListModel *
records_of_rows (GType      type,
                 GPtrArray *rows)
{
  GListStore *list = g_list_store_new (type);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(BerRecord) record = ber_record_new_from_row (type, g_ptr_array_index (rows, i));

      g_list_store_append (list, record);
    }
  return G_LIST_MODEL (list);
}

static inline GVariant *
get_meeting_row (BerMeetings  *self,
                 gint64        meeting_id,
                 GError      **error)
{
  return ber_store_get (store_of (self), "meeting_list", meeting_id, error);
}

GListModel *ber_meetings_list_where (BerMeetings  *self,
                                     GType         type,
                                     const char   *source,
                                     const char   *column,
                                     gint64        id,
                                     const char   *order,
                                     GError      **error);

G_END_DECLS
