/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-body-admin"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-body-admin.h"
#include "ber-labels.h"

/* Rows */

static const char *
row_text (GVariant   *row,
          const char *column)
{
  const char *text = NULL;

  if (row == NULL || !g_variant_lookup (row, column, "&s", &text))
    return "";
  return text;
}

static gint64
row_id (GVariant   *row,
        const char *column)
{
  gint64 value = 0;

  if (row == NULL || !g_variant_lookup (row, column, "x", &value))
    return 0;
  return value;
}

static GPtrArray *
select_where (BerStore   *store,
              const char *source,
              const char *column,
              gint64      id,
              GError    **error)
{
  g_autoptr(BerQuery) query = ber_query_new (source);

  ber_query_add_condition (query, column, BER_QUERY_EQ, g_variant_new_int64 (id));
  ber_query_add_order (query, "id", FALSE);
  return ber_store_select (store, query, 0, G_MAXUINT, error);
}

static gboolean
fail_invalid (GError     **error,
              const char  *message)
{
  g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
commit_or_rollback (BerStore  *store,
                    gboolean   ok,
                    GError   **error)
{
  if (ok && ber_store_commit (store, error))
    return TRUE;
  ber_store_rollback (store);
  return FALSE;
}

/* Names compare the way people read them: "Regionstyrelsen" and
 * "regionstyrelsen " are the same name. */
static char *
name_key (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normal != NULL ? normal : stripped, -1);
}

/* Looks for a row of @table other than @except_id named @name; *found_id
 * stays 0 when there is none. */
static gboolean
find_name (BerStore    *store,
           const char  *table,
           const char  *name,
           gint64       except_id,
           gint64      *found_id,
           char       **found_name,
           GError     **error)
{
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *key = name_key (name);

  *found_id = 0;
  rows = ber_store_select (store, query, 0, G_MAXUINT, error);
  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      g_autofree char *other = name_key (row_text (row, "name"));

      if (row_id (row, "id") != except_id && g_str_equal (other, key))
        {
          *found_id = row_id (row, "id");
          if (found_name != NULL)
            *found_name = g_strdup (row_text (row, "name"));
          return TRUE;
        }
    }
  return TRUE;
}

/**
 * ber_body_admin_check_name:
 * @body_id: the body being named, or 0 for a new one
 *
 * Whether @name can be the name of a body: not empty, and no other body has
 * it (letter case and surrounding spaces aside).
 *
 * Returns: %TRUE when the name can be used; else %FALSE with a message
 *   that says what to do.
 */
gboolean
ber_body_admin_check_name (BerStore    *store,
                           gint64       body_id,
                           const char  *name,
                           GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *existing = NULL;
  gint64 other = 0;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);

  if (*stripped == '\0')
    return fail_invalid (error, _("The body needs a name. Write it in the Name field, for "
                                  "example “Regional Executive Board”."));
  if (!find_name (store, "body", stripped, body_id, &other, &existing, error))
    return FALSE;
  if (other != 0)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("There is already a body named “%s”. Choose another name, or open that "
                     "body in the list to change it."),
                   existing);
      return FALSE;
    }
  return TRUE;
}

/* Standing points */

/**
 * ber_body_admin_list_points:
 *
 * Returns: (transfer full): the body's standing points as rows, in the order
 *   a new agenda gets them: the points before the items, then those after.
 */
GPtrArray *
ber_body_admin_list_points (BerStore  *store,
                            gint64     body_id,
                            GError   **error)
{
  g_autoptr(BerQuery) query = ber_query_new ("agenda_template_point");

  g_return_val_if_fail (BER_IS_STORE (store), NULL);

  ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (body_id));
  /* 'start' sorts after 'end': descending puts the opening points first, as
   * ber_agenda_create_meeting() does. */
  ber_query_add_order (query, "placement", TRUE);
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return ber_store_select (store, query, 0, G_MAXUINT, error);
}

/* Writes positions 1…n in the order of @ids. Inside the caller's transaction. */
static gboolean
write_positions (BerStore     *store,
                 GPtrArray    *points,
                 const gint64 *ids,
                 guint         n_ids,
                 GError      **error)
{
  for (guint i = 0; i < n_ids; i++)
    {
      gint64 old_position = 0;

      for (guint j = 0; j < points->len; j++)
        if (row_id (g_ptr_array_index (points, j), "id") == ids[i])
          old_position = row_id (g_ptr_array_index (points, j), "position");
      if (old_position != (gint64) i + 1
          && !ber_store_update (store, "agenda_template_point", ids[i],
                                ber_store_values ("position", g_variant_new_int64 (i + 1), NULL),
                                error))
        return FALSE;
    }
  return TRUE;
}

/* Numbers the points 1…n in agenda order, so that the position alone
 * tells the order too. Inside the caller's transaction. */
static gboolean
renumber_points (BerStore  *store,
                 gint64     body_id,
                 GError   **error)
{
  g_autoptr(GPtrArray) points = ber_body_admin_list_points (store, body_id, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (points == NULL)
    return FALSE;
  for (guint i = 0; i < points->len; i++)
    {
      gint64 id = row_id (g_ptr_array_index (points, i), "id");

      g_array_append_val (ids, id);
    }
  return write_positions (store, points, (const gint64 *) (gpointer) ids->data, ids->len, error);
}

static gboolean
placement_is_valid (const char *placement)
{
  return g_strcmp0 (placement, "start") == 0 || g_strcmp0 (placement, "end") == 0;
}

/**
 * ber_body_admin_save_point:
 * @point_id: the point to change, or 0 for a new one
 * @placement: "start" (before the items) or "end" (after them)
 *
 * A new point, or one moved to the other end of the agenda, comes last
 * among the points of its end.
 *
 * Returns: the point's id, or 0 with @error set
 */
gint64
ber_body_admin_save_point (BerStore    *store,
                           gint64       body_id,
                           gint64       point_id,
                           const char  *title,
                           const char  *placement,
                           GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (title != NULL ? title : ""));
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(GVariant) old = NULL;
  gint64 last = 0;
  gboolean ok;

  g_return_val_if_fail (BER_IS_STORE (store), 0);

  if (*stripped == '\0')
    {
      fail_invalid (error, _("The standing point needs a title, for example “Approval of the "
                             "agenda”."));
      return 0;
    }
  if (!placement_is_valid (placement))
    {
      fail_invalid (error, _("Choose whether the point comes before or after the items."));
      return 0;
    }

  if (!ber_store_begin (store, error))
    return 0;

  points = ber_body_admin_list_points (store, body_id, error);
  ok = points != NULL;
  for (guint i = 0; ok && i < points->len; i++)
    last = MAX (last, row_id (g_ptr_array_index (points, i), "position"));

  if (ok && point_id == 0)
    {
      point_id = ber_store_insert (store, "agenda_template_point",
                                   ber_store_values ("body_id", g_variant_new_int64 (body_id),
                                                     "position", g_variant_new_int64 (last + 1),
                                                     "title", g_variant_new_string (stripped),
                                                     "placement", g_variant_new_string (placement),
                                                     NULL),
                                   error);
      ok = point_id != 0;
    }
  else if (ok)
    {
      old = ber_store_get (store, "agenda_template_point", point_id, error);
      ok = old != NULL;
      if (ok && row_id (old, "body_id") != body_id)
        ok = fail_invalid (error, _("The standing point belongs to another body."));
      if (ok)
        {
          gboolean moved = !g_str_equal (row_text (old, "placement"), placement);

          ok = ber_store_update (store, "agenda_template_point", point_id,
                                 ber_store_values ("title", g_variant_new_string (stripped),
                                                   "placement", g_variant_new_string (placement),
                                                   "position",
                                                   g_variant_new_int64 (moved
                                                                        ? last + 1
                                                                        : row_id (old, "position")),
                                                   NULL),
                                 error);
        }
    }

  ok = ok && renumber_points (store, body_id, error);
  if (!commit_or_rollback (store, ok, error))
    return 0;
  return point_id;
}

/**
 * ber_body_admin_delete_point:
 *
 * Removes a standing point; the ones after it close up. Agendas already
 * made keep their copy of the point.
 */
gboolean
ber_body_admin_delete_point (BerStore  *store,
                             gint64     point_id,
                             GError   **error)
{
  g_autoptr(GVariant) point = NULL;
  gboolean ok;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);

  if (!ber_store_begin (store, error))
    return FALSE;
  point = ber_store_get (store, "agenda_template_point", point_id, error);
  ok = point != NULL
       && ber_store_delete (store, "agenda_template_point", point_id, error)
       && renumber_points (store, row_id (point, "body_id"), error);
  return commit_or_rollback (store, ok, error);
}

/**
 * ber_body_admin_can_move_point:
 * @points: rows from ber_body_admin_list_points()
 *
 * A point moves among the points at its own end of the agenda: an opening
 * point cannot pass a closing one. Change its placement to move it there.
 */
gboolean
ber_body_admin_can_move_point (GPtrArray *points,
                               guint      index,
                               int        delta)
{
  gint64 target = (gint64) index + delta;

  g_return_val_if_fail (points != NULL, FALSE);

  if (delta == 0 || index >= points->len || target < 0 || target >= (gint64) points->len)
    return FALSE;
  return g_str_equal (row_text (g_ptr_array_index (points, index), "placement"),
                      row_text (g_ptr_array_index (points, target), "placement"));
}

/* Puts @ids in agenda order: the order given within each end. */
static GArray *
order_by_placement (GPtrArray    *points,
                    const gint64 *ids,
                    guint         n_ids)
{
  GArray *ordered = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *placements[] = { "start", "end" };

  for (guint p = 0; p < G_N_ELEMENTS (placements); p++)
    for (guint i = 0; i < n_ids; i++)
      for (guint j = 0; j < points->len; j++)
        {
          GVariant *point = g_ptr_array_index (points, j);

          if (row_id (point, "id") == ids[i]
              && g_str_equal (row_text (point, "placement"), placements[p]))
            g_array_append_val (ordered, ids[i]);
        }
  return ordered;
}

static gboolean
reorder_in_transaction (BerStore     *store,
                        gint64        body_id,
                        const gint64 *point_ids,
                        guint         n_points,
                        GError      **error)
{
  g_autoptr(GPtrArray) points = ber_body_admin_list_points (store, body_id, error);
  g_autoptr(GArray) ordered = NULL;

  if (points == NULL)
    return FALSE;

  /* The same points, each once: anything else means the list changed meanwhile. */
  ordered = order_by_placement (points, point_ids, n_points);
  if (n_points != points->len || ordered->len != points->len)
    return fail_invalid (error, _("The standing points were changed elsewhere. Look at the "
                                  "list again and repeat the move."));
  for (guint i = 0; i < ordered->len; i++)
    for (guint j = i + 1; j < ordered->len; j++)
      if (g_array_index (ordered, gint64, i) == g_array_index (ordered, gint64, j))
        return fail_invalid (error, _("The standing points were changed elsewhere. Look at "
                                      "the list again and repeat the move."));

  return write_positions (store, points, (const gint64 *) (gpointer) ordered->data,
                          ordered->len, error);
}

/**
 * ber_body_admin_reorder_points:
 * @point_ids: every standing point of the body, each once, in the new order
 *
 * Numbers the points in the order given, in one transaction. A point keeps
 * its placement: the order counts within each end of the agenda.
 */
gboolean
ber_body_admin_reorder_points (BerStore      *store,
                               gint64         body_id,
                               const gint64  *point_ids,
                               guint          n_points,
                               GError       **error)
{
  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (point_ids != NULL || n_points == 0, FALSE);

  if (!ber_store_begin (store, error))
    return FALSE;
  return commit_or_rollback (store,
                             reorder_in_transaction (store, body_id, point_ids, n_points, error),
                             error);
}

/**
 * ber_body_admin_move_point:
 * @delta: places to move: negative up (earlier), positive down
 *
 * Moves a point among the points at its end of the agenda. A move past the
 * first or last of them changes nothing.
 */
gboolean
ber_body_admin_move_point (BerStore  *store,
                           gint64     point_id,
                           int        delta,
                           GError   **error)
{
  g_autoptr(GVariant) point = NULL;
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 body_id;
  guint index = G_MAXUINT;
  gboolean moved = FALSE;
  gboolean ok;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);

  point = ber_store_get (store, "agenda_template_point", point_id, error);
  if (point == NULL)
    return FALSE;
  body_id = row_id (point, "body_id");
  points = ber_body_admin_list_points (store, body_id, error);
  if (points == NULL)
    return FALSE;

  for (guint i = 0; i < points->len; i++)
    {
      gint64 id = row_id (g_ptr_array_index (points, i), "id");

      if (id == point_id)
        index = i;
      g_array_append_val (ids, id);
    }
  /* Step by step, so that a long move stops at the end of its part. */
  while (delta != 0 && ber_body_admin_can_move_point (points, index, delta > 0 ? 1 : -1))
    {
      guint other = delta > 0 ? index + 1 : index - 1;
      gint64 moving = g_array_index (ids, gint64, index);

      g_array_index (ids, gint64, index) = g_array_index (ids, gint64, other);
      g_array_index (ids, gint64, other) = moving;
      /* Both rows have the same placement, so @points still answers for the next step. */
      index = other;
      delta += delta > 0 ? -1 : 1;
      moved = TRUE;
    }

  if (!moved)
    return TRUE;
  if (!ber_store_begin (store, error))
    return FALSE;
  ok = reorder_in_transaction (store, body_id, (const gint64 *) (gpointer) ids->data, ids->len,
                               error);
  return commit_or_rollback (store, ok, error);
}

/**
 * ber_body_admin_add_usual_points:
 *
 * Adds the standing points most agendas have (DOMAIN.md): the opening, the
 * election of the minutes checker, the approval of the agenda and of the
 * previous minutes, and the closing, in the user's language. Points the
 * body already has are not added again.
 */
gboolean
ber_body_admin_add_usual_points (BerStore  *store,
                                 gint64     body_id,
                                 GError   **error)
{
  static const struct
  {
    const char *title;
    const char *placement;
  } usual[] = {
    { N_("Opening of the meeting"), "start" },
    { N_("Election of the minutes checker and time for approving the minutes"), "start" },
    { N_("Approval of the agenda"), "start" },
    { N_("Approval of the previous minutes"), "start" },
    { N_("Closing of the meeting"), "end" },
  };
  g_autoptr(GPtrArray) points = NULL;
  gint64 last = 0;
  gboolean ok;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);

  if (!ber_store_begin (store, error))
    return FALSE;
  points = ber_body_admin_list_points (store, body_id, error);
  ok = points != NULL;
  for (guint i = 0; ok && i < points->len; i++)
    last = MAX (last, row_id (g_ptr_array_index (points, i), "position"));

  for (guint i = 0; ok && i < G_N_ELEMENTS (usual); i++)
    {
      const char *title = g_dgettext (GETTEXT_PACKAGE, usual[i].title);
      g_autofree char *key = name_key (title);
      gboolean present = FALSE;

      for (guint j = 0; j < points->len && !present; j++)
        {
          g_autofree char *other = name_key (row_text (g_ptr_array_index (points, j), "title"));

          present = g_str_equal (key, other);
        }
      if (!present)
        ok = ber_store_insert (store, "agenda_template_point",
                               ber_store_values ("body_id", g_variant_new_int64 (body_id),
                                                 "position", g_variant_new_int64 (++last),
                                                 "title", g_variant_new_string (title),
                                                 "placement",
                                                 g_variant_new_string (usual[i].placement),
                                                 NULL),
                               error) != 0;
    }

  ok = ok && renumber_points (store, body_id, error);
  return commit_or_rollback (store, ok, error);
}

/* Routing rules */

/**
 * ber_body_admin_save_rule:
 * @rule_id: the rule to change, or 0 for a new one
 * @item_type: (nullable): an item type keyword, or %NULL for any type
 * @subject_area_id: a subject area, or 0 for any subject area
 *
 * A rule names a type, a subject area or both, and says why such items
 * belong to the body: the item page shows that reason with its suggestion.
 *
 * Returns: the rule's id, or 0 with @error set
 */
gint64
ber_body_admin_save_rule (BerStore    *store,
                          gint64       rule_id,
                          gint64       body_id,
                          const char  *item_type,
                          gint64       subject_area_id,
                          const char  *reason,
                          GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  g_autoptr(GPtrArray) rules = NULL;
  GVariant *values;
  gboolean ok;

  g_return_val_if_fail (BER_IS_STORE (store), 0);

  if (item_type != NULL && *item_type == '\0')
    item_type = NULL;
  if (item_type == NULL && subject_area_id <= 0)
    {
      fail_invalid (error, _("A rule needs an item type, a subject area or both. Choose at "
                             "least one: a rule for any item would send every item to this "
                             "body."));
      return 0;
    }
  if (item_type != NULL && ber_choice_index (BER_CHOICES_ITEM_TYPE, item_type) < 0)
    {
      fail_invalid (error, _("The item type is not one the register knows. Choose one from "
                             "the list."));
      return 0;
    }
  if (*stripped == '\0')
    {
      fail_invalid (error, _("Write the reason, so that whoever routes an item sees why it "
                             "belongs to this body."));
      return 0;
    }

  if (!ber_store_begin (store, error))
    return 0;

  rules = select_where (store, "routing_rule", "body_id", body_id, error);
  ok = rules != NULL;
  for (guint i = 0; ok && i < rules->len; i++)
    {
      GVariant *rule = g_ptr_array_index (rules, i);
      const char *type = NULL;

      g_variant_lookup (rule, "item_type", "&s", &type);
      if (row_id (rule, "id") != rule_id && g_strcmp0 (type, item_type) == 0
          && row_id (rule, "subject_area_id") == MAX (subject_area_id, 0))
        ok = fail_invalid (error, _("This body already has a rule for the same type and "
                                    "subject area. Change that rule instead."));
    }

  values = ber_store_values ("body_id", g_variant_new_int64 (body_id),
                             "item_type", ber_store_text_or_null (item_type),
                             "subject_area_id", ber_store_id_or_null (MAX (subject_area_id, 0)),
                             "reason", g_variant_new_string (stripped),
                             NULL);
  g_variant_ref_sink (values);
  if (ok && rule_id == 0)
    {
      rule_id = ber_store_insert (store, "routing_rule", values, error);
      ok = rule_id != 0;
    }
  else if (ok)
    ok = ber_store_update (store, "routing_rule", rule_id, values, error);
  g_variant_unref (values);

  if (!commit_or_rollback (store, ok, error))
    return 0;
  return rule_id;
}

/* Subject areas */

/**
 * ber_body_admin_save_area:
 * @area_id: the subject area to rename, or 0 for a new one
 *
 * Returns: the subject area's id, or 0 with @error set
 */
gint64
ber_body_admin_save_area (BerStore    *store,
                          gint64       area_id,
                          const char  *name,
                          GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  g_autofree char *existing = NULL;
  gint64 other = 0;
  gboolean ok;

  g_return_val_if_fail (BER_IS_STORE (store), 0);

  if (*stripped == '\0')
    {
      fail_invalid (error, _("The subject area needs a name, for example “Public health”."));
      return 0;
    }

  if (!ber_store_begin (store, error))
    return 0;
  ok = find_name (store, "subject_area", stripped, area_id, &other, &existing, error);
  if (ok && other != 0)
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   _("There is already a subject area named “%s”. Choose another name."),
                   existing);
      ok = FALSE;
    }
  if (ok && area_id == 0)
    {
      area_id = ber_store_insert (store, "subject_area",
                                  ber_store_values ("name", g_variant_new_string (stripped), NULL),
                                  error);
      ok = area_id != 0;
    }
  else if (ok)
    ok = ber_store_update (store, "subject_area", area_id,
                           ber_store_values ("name", g_variant_new_string (stripped), NULL),
                           error);

  if (!commit_or_rollback (store, ok, error))
    return 0;
  return area_id;
}

static gboolean
count_where (BerStore   *store,
             const char *table,
             gint64      area_id,
             guint      *n_rows,
             GError    **error)
{
  g_autoptr(BerQuery) query = ber_query_new (table);

  ber_query_add_condition (query, "subject_area_id", BER_QUERY_EQ,
                           g_variant_new_int64 (area_id));
  return ber_store_count (store, query, n_rows, error);
}

/**
 * ber_body_admin_count_area_uses:
 * @n_items: (out): items with this subject area
 * @n_rules: (out) (optional): routing rules that name it
 */
gboolean
ber_body_admin_count_area_uses (BerStore  *store,
                                gint64     area_id,
                                guint     *n_items,
                                guint     *n_rules,
                                GError   **error)
{
  guint rules = 0;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_items != NULL, FALSE);

  if (!count_where (store, "item", area_id, n_items, error)
      || !count_where (store, "routing_rule", area_id, &rules, error))
    return FALSE;
  if (n_rules != NULL)
    *n_rules = rules;
  return TRUE;
}

/**
 * ber_body_admin_delete_area:
 *
 * Removes a subject area: its items keep everything else and have no
 * subject area afterwards, and the routing rules that name it go with it.
 * Each change is written, so the change history shows it.
 */
gboolean
ber_body_admin_delete_area (BerStore  *store,
                            gint64     area_id,
                            GError   **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  gboolean ok;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);

  if (!ber_store_begin (store, error))
    return FALSE;

  items = select_where (store, "item", "subject_area_id", area_id, error);
  rules = items != NULL ? select_where (store, "routing_rule", "subject_area_id", area_id, error)
                        : NULL;
  ok = rules != NULL;
  for (guint i = 0; ok && i < items->len; i++)
    ok = ber_store_update (store, "item", row_id (g_ptr_array_index (items, i), "id"),
                           ber_store_values ("subject_area_id", ber_store_id_or_null (0), NULL),
                           error);
  for (guint i = 0; ok && i < rules->len; i++)
    ok = ber_store_delete (store, "routing_rule", row_id (g_ptr_array_index (rules, i), "id"),
                           error);
  ok = ok && ber_store_delete (store, "subject_area", area_id, error);
  return commit_or_rollback (store, ok, error);
}
