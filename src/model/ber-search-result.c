/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-search"

#include "config.h"

#include <string.h>

#include "ber-model.h"
#include "ber-search-result.h"

struct _BerSearchResult
{
  GObject        parent_instance;

  BerSearchKind  kind;
  gint64         id;
  gint64         meeting_id;
  char          *title;
  char          *snippet;
};

G_DEFINE_FINAL_TYPE (BerSearchResult, ber_search_result, G_TYPE_OBJECT)

/* The store's names of the kinds, by BerSearchKind. */
static const char *kind_names[] = {
  "item", "meeting", "agenda-entry", "decision", "network", "person", "report",
};

static void
ber_search_result_finalize (GObject *object)
{
  BerSearchResult *self = BER_SEARCH_RESULT (object);

  g_free (self->title);
  g_free (self->snippet);

  G_OBJECT_CLASS (ber_search_result_parent_class)->finalize (object);
}

static void
ber_search_result_class_init (BerSearchResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ber_search_result_finalize;
}

static void
ber_search_result_init (BerSearchResult *self)
{
}

/**
 * ber_search_result_new_from_row:
 * @row: a row of ber_store_search_all()
 *
 * Returns: (transfer full) (nullable): the result, or %NULL for a kind this
 *   program does not know
 */
BerSearchResult *
ber_search_result_new_from_row (GVariant *row)
{
  g_autoptr(BerSearchResult) self = NULL;
  const char *kind = NULL;
  const char *text = NULL;

  g_return_val_if_fail (row != NULL, NULL);

  if (!g_variant_lookup (row, "kind", "&s", &kind))
    return NULL;

  self = g_object_new (BER_TYPE_SEARCH_RESULT, NULL);
  for (self->kind = 0; self->kind < G_N_ELEMENTS (kind_names); self->kind++)
    if (g_str_equal (kind_names[self->kind], kind))
      break;
  if (self->kind == G_N_ELEMENTS (kind_names))
    return NULL;

  g_variant_lookup (row, "id", "x", &self->id);
  g_variant_lookup (row, "meeting_id", "x", &self->meeting_id);
  self->title = g_strdup (g_variant_lookup (row, "title", "&s", &text) ? text : "");
  self->snippet = g_strdup (g_variant_lookup (row, "snippet", "&s", &text) ? text : "");
  return g_steal_pointer (&self);
}

BerSearchKind
ber_search_result_get_kind (BerSearchResult *self)
{
  g_return_val_if_fail (BER_IS_SEARCH_RESULT (self), BER_SEARCH_KIND_ITEM);
  return self->kind;
}

/* The record type of the result: an agenda entry and a decision are both a
 * BerAgendaEntry. */
GType
ber_search_result_get_record_type (BerSearchResult *self)
{
  g_return_val_if_fail (BER_IS_SEARCH_RESULT (self), G_TYPE_INVALID);

  switch (self->kind)
    {
    case BER_SEARCH_KIND_ITEM:
      return BER_TYPE_ITEM;
    case BER_SEARCH_KIND_MEETING:
      return BER_TYPE_MEETING;
    case BER_SEARCH_KIND_AGENDA_ENTRY:
    case BER_SEARCH_KIND_DECISION:
      return BER_TYPE_AGENDA_ENTRY;
    case BER_SEARCH_KIND_NETWORK:
      return BER_TYPE_NETWORK;
    case BER_SEARCH_KIND_PERSON:
      return BER_TYPE_PERSON;
    case BER_SEARCH_KIND_REPORT:
      return BER_TYPE_REPORT;
    default:
      return G_TYPE_INVALID;
    }
}

gint64
ber_search_result_get_id (BerSearchResult *self)
{
  g_return_val_if_fail (BER_IS_SEARCH_RESULT (self), 0);
  return self->id;
}

/* The meeting of a meeting, an agenda entry or a decision; 0 for the rest. */
gint64
ber_search_result_get_meeting_id (BerSearchResult *self)
{
  g_return_val_if_fail (BER_IS_SEARCH_RESULT (self), 0);
  return self->meeting_id;
}

/* The title, with the matches marked. */
const char *
ber_search_result_get_title (BerSearchResult *self)
{
  g_return_val_if_fail (BER_IS_SEARCH_RESULT (self), NULL);
  return self->title;
}

/* Some words of the record's text around a match, the matches marked. */
const char *
ber_search_result_get_snippet (BerSearchResult *self)
{
  g_return_val_if_fail (BER_IS_SEARCH_RESULT (self), NULL);
  return self->snippet;
}

/**
 * ber_search_result_get_plain_title:
 *
 * Returns: (transfer full): the title without the marks, for a screen
 *   reader or a message
 */
char *
ber_search_result_get_plain_title (BerSearchResult *self)
{
  g_autoptr(GString) plain = NULL;

  g_return_val_if_fail (BER_IS_SEARCH_RESULT (self), NULL);

  plain = g_string_new (self->title);
  g_string_replace (plain, BER_SEARCH_MATCH_START, "", 0);
  g_string_replace (plain, BER_SEARCH_MATCH_END, "", 0);
  return g_string_free (g_steal_pointer (&plain), FALSE);
}
