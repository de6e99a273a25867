/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-item-workflow"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-item-workflow.h"
#include "ber-labels.h"

typedef struct
{
  const char *status;
  const char *next[5];
} Step;

/* In the order the page offers them: the way forward first. */
static const Step steps[] = {
  { "received", { "assessed", "declined", "written-off", NULL } },
  { "assessed", { "in-preparation", "declined", "written-off", NULL } },
  { "in-preparation", { "ready", "declined", "written-off", NULL } },
  { "ready", { "on-agenda", "declined", "written-off", NULL } },
  /* "ready" from on-agenda is tabling (bordläggning). */
  { "on-agenda", { "decided", "ready", "declined", "written-off", NULL } },
  { "decided", { "dispatched", NULL } },
  { "dispatched", { NULL } },
  { "declined", { NULL } },
  { "written-off", { NULL } },
};

static const Step *
find_step (const char *status)
{
  for (guint i = 0; status != NULL && i < G_N_ELEMENTS (steps); i++)
    if (g_str_equal (steps[i].status, status))
      return &steps[i];
  return NULL;
}

/**
 * ber_item_workflow_next:
 *
 * The statuses an item in @status may move to, NULL-terminated; empty for a
 * closed or unknown status.
 */
const char * const *
ber_item_workflow_next (const char *status)
{
  static const char * const none[] = { NULL };
  const Step *step = find_step (status);

  return step != NULL ? (const char * const *) step->next : none;
}

gboolean
ber_item_workflow_can_move (const char *from_status,
                            const char *to_status)
{
  const char * const *next = ber_item_workflow_next (from_status);

  return to_status != NULL && g_strv_contains (next, to_status);
}

gboolean
ber_item_workflow_needs_reason (const char *to_status)
{
  return g_strcmp0 (to_status, "declined") == 0 || g_strcmp0 (to_status, "written-off") == 0;
}

/* Open: still on its way to a decision. */
gboolean
ber_item_workflow_is_open (const char *status)
{
  return g_strv_contains (ber_item_workflow_next (status), "declined");
}

static const char *
status_label (const char *status)
{
  const char *label = ber_choice_label (BER_CHOICES_ITEM_STATUS, status);

  return label != NULL ? label : status;
}

/**
 * ber_item_workflow_move:
 *
 * Moves an item to @to_status, writing its status, the reason and a row of
 * its history in one transaction. Refuses a move the workflow does not offer,
 * and declining or writing off without a reason.
 */
gboolean
ber_item_workflow_move (BerStore    *store,
                        gint64       item_id,
                        const char  *to_status,
                        const char  *reason,
                        GError     **error)
{
  g_autoptr(GVariant) row = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *changed_at = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  const char *from_status = NULL;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (to_status != NULL, FALSE);

  row = ber_store_get (store, "item", item_id, error);
  if (row == NULL)
    return FALSE;
  g_variant_lookup (row, "status", "&s", &from_status);

  if (!ber_item_workflow_can_move (from_status, to_status))
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   /* Translators: both are statuses, e.g. "Received" and "Decided" */
                   _("An item cannot go from “%s” to “%s”. Choose one of the steps the item "
                     "offers."),
                   status_label (from_status), status_label (to_status));
      return FALSE;
    }
  if (ber_item_workflow_needs_reason (to_status) && *trimmed == '\0')
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("An item that is “%s” needs a reason. Write why and try again."),
                   status_label (to_status));
      return FALSE;
    }

  now = g_date_time_new_now_utc ();
  changed_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  if (!ber_store_begin (store, error))
    return FALSE;
  if (!ber_store_update (store, "item", item_id,
                         ber_store_values ("status", g_variant_new_string (to_status),
                                   "status_reason", g_variant_new_string (trimmed), NULL),
                         error)
      || ber_store_insert (store, "item_transition",
                           ber_store_values ("item_id", g_variant_new_int64 (item_id),
                                     "from_status", g_variant_new_string (from_status),
                                     "to_status", g_variant_new_string (to_status),
                                     "reason", g_variant_new_string (trimmed),
                                     "changed_at", g_variant_new_string (changed_at),
                                     "changed_by",
                                     g_variant_new_string (ber_store_get_user (store)),
                                     NULL),
                           error) <= 0
      || !ber_store_commit (store, error))
    {
      ber_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/**
 * ber_item_workflow_register:
 *
 * Records that a new item was received, by whom and when: the first line of
 * its history, with no status before it.
 */
gboolean
ber_item_workflow_register (BerStore  *store,
                            gint64     item_id,
                            GError   **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *changed_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  return ber_store_insert (store, "item_transition",
                           ber_store_values ("item_id", g_variant_new_int64 (item_id),
                                             "to_status", g_variant_new_string ("received"),
                                             "changed_at", g_variant_new_string (changed_at),
                                             "changed_by",
                                             g_variant_new_string (ber_store_get_user (store)),
                                             NULL),
                           error) > 0;
}
