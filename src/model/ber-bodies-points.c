/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-bodies"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ber-bodies-private.h"
#include "ber-record-list.h"

/*
 * The standing points of a body's agenda: the points a new meeting of the
 * body starts with, those placed at the start before its items and those at
 * the end after them. Their positions are kept numbered 1…n in that order,
 * so that the position alone tells the order too.
 */

static BerQuery *
points_query (gint64 body_id)
{
  BerQuery *query = ber_query_new ("agenda_template_point");

  ber_query_add_condition (query, "body_id", BER_QUERY_EQ, g_variant_new_int64 (body_id));
  /* 'start' sorts after 'end': descending puts the opening points first, as
   * ber_agenda_create_meeting() does. */
  ber_query_add_order (query, "placement", TRUE);
  ber_query_add_order (query, "position", FALSE);
  ber_query_add_order (query, "id", FALSE);
  return query;
}

/**
 * ber_bodies_list_points:
 *
 * Returns: (transfer full): the body's #BerAgendaTemplatePoint, in the
 *   order a new agenda gets them, following the register
 */
GListModel *
ber_bodies_list_points (BerBodies *self,
                        gint64     body_id)
{
  g_autoptr(BerQuery) query = NULL;

  g_return_val_if_fail (BER_IS_BODIES (self), NULL);

  query = points_query (body_id);
  return G_LIST_MODEL (ber_record_list_new (_ber_bodies_store (self),
                                            BER_TYPE_AGENDA_TEMPLATE_POINT, query));
}

/* The points as they are now, in agenda order, for the writes below. */
static GPtrArray *
read_points (BerBodies  *self,
             gint64      body_id,
             GError    **error)
{
  g_autoptr(BerQuery) query = points_query (body_id);
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *points;

  rows = ber_store_select (_ber_bodies_store (self), query, 0, G_MAXUINT, error);
  if (rows == NULL)
    return NULL;
  points = g_ptr_array_new_full (rows->len, g_object_unref);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (points, ber_record_new_from_row (BER_TYPE_AGENDA_TEMPLATE_POINT,
                                                      g_ptr_array_index (rows, i)));
  return points;
}

static gint64
point_id (GPtrArray *points,
          guint      i)
{
  return ber_record_get_id (g_ptr_array_index (points, i));
}

static const char *
point_placement (GPtrArray *points,
                 guint      i)
{
  return ber_record_get_string (g_ptr_array_index (points, i), "placement");
}

static int
last_position (GPtrArray *points)
{
  int last = 0;

  for (guint i = 0; i < points->len; i++)
    last = MAX (last, ber_agenda_template_point_get_position (g_ptr_array_index (points, i)));
  return last;
}

/* Writes positions 1…n in the order of @ids. Inside the caller's transaction. */
static gboolean
write_positions (BerBodies     *self,
                 GPtrArray     *points,
                 const gint64  *ids,
                 guint          n_ids,
                 GError       **error)
{
  for (guint i = 0; i < n_ids; i++)
    {
      int old_position = 0;

      for (guint j = 0; j < points->len; j++)
        if (point_id (points, j) == ids[i])
          old_position = ber_agenda_template_point_get_position (g_ptr_array_index (points, j));
      if (old_position != (int) i + 1
          && !ber_store_update (_ber_bodies_store (self), "agenda_template_point", ids[i],
                                ber_store_values ("position", g_variant_new_int64 (i + 1), NULL),
                                error))
        return FALSE;
    }
  return TRUE;
}

/* Numbers the points 1…n in agenda order. Inside the caller's transaction. */
static gboolean
renumber_points (BerBodies  *self,
                 gint64      body_id,
                 GError    **error)
{
  g_autoptr(GPtrArray) points = read_points (self, body_id, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (points == NULL)
    return FALSE;
  for (guint i = 0; i < points->len; i++)
    {
      gint64 id = point_id (points, i);

      g_array_append_val (ids, id);
    }
  return write_positions (self, points, (const gint64 *) (gpointer) ids->data, ids->len, error);
}

static gboolean
placement_is_valid (const char *placement)
{
  return g_strcmp0 (placement, BER_BODIES_PLACEMENT_START) == 0
         || g_strcmp0 (placement, BER_BODIES_PLACEMENT_END) == 0;
}

/* Gives @point its position: last at its end when it is new or moves to
 * the other end. Inside the caller's transaction. */
static gboolean
place_point (BerBodies               *self,
             BerAgendaTemplatePoint  *point,
             GError                 **error)
{
  gint64 body_id = ber_record_get_int64 (BER_RECORD (point), "body-id");
  gint64 id = ber_record_get_id (BER_RECORD (point));
  const char *placement = ber_record_get_string (BER_RECORD (point), "placement");
  g_autoptr(GPtrArray) points = read_points (self, body_id, error);
  g_autoptr(GVariant) stored = NULL;
  const char *old_placement = NULL;

  if (points == NULL)
    return FALSE;
  if (id == 0)
    {
      g_object_set (point, "position", last_position (points) + 1, NULL);
      return TRUE;
    }

  stored = ber_store_get (_ber_bodies_store (self), "agenda_template_point", id, error);
  if (stored == NULL)
    return FALSE;
  {
    g_autoptr(BerRecord) old = ber_record_new_from_row (BER_TYPE_AGENDA_TEMPLATE_POINT, stored);

    if (ber_record_get_int64 (old, "body-id") != body_id)
      return _ber_bodies_fail (error, _("The standing point belongs to another body."));
    old_placement = ber_record_get_string (old, "placement");
    if (g_strcmp0 (old_placement, placement) != 0)
      g_object_set (point, "position", last_position (points) + 1, NULL);
  }
  return TRUE;
}

/**
 * ber_bodies_save_point:
 * @point: a new point of a saved body, or one read from the register
 *
 * A point needs a title and a placement (BER_BODIES_PLACEMENT_…). A new
 * point, or one moved to the other end of the agenda, comes last among the
 * points of its end.
 */
gboolean
ber_bodies_save_point (BerBodies               *self,
                       BerAgendaTemplatePoint  *point,
                       GError                 **error)
{
  BerStore *store;
  g_autofree char *title = NULL;
  gboolean was_new = ber_record_get_id (BER_RECORD (point)) == 0;
  gint64 body_id;
  gboolean ok;

  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);
  g_return_val_if_fail (BER_IS_AGENDA_TEMPLATE_POINT (point), FALSE);

  store = _ber_bodies_store (self);
  body_id = ber_record_get_int64 (BER_RECORD (point), "body-id");
  title = _ber_bodies_stripped (ber_agenda_template_point_get_title (point));
  if (body_id <= 0)
    return _ber_bodies_fail (error, _("Save the body before adding its standing points."));
  if (*title == '\0')
    return _ber_bodies_fail (error, _("The standing point needs a title, for example “Approval "
                                      "of the agenda”."));
  if (!placement_is_valid (ber_record_get_string (BER_RECORD (point), "placement")))
    return _ber_bodies_fail (error, _("Choose whether the point comes before or after the "
                                      "items."));
  if (g_strcmp0 (title, ber_agenda_template_point_get_title (point)) != 0)
    g_object_set (point, "title", title, NULL);

  if (!ber_store_begin (store, error))
    return FALSE;
  ok = place_point (self, point, error)
       && ber_record_save (BER_RECORD (point), store, error)
       && renumber_points (self, body_id, error)
       && ber_record_reload (BER_RECORD (point), store, error);
  if (!ber_service_commit_or_rollback (_ber_bodies_store (self), ok, error))
    {
      if (was_new)
        ber_record_forget_insert (BER_RECORD (point));
      return FALSE;
    }
  return TRUE;
}

/**
 * ber_bodies_delete_point:
 *
 * Removes a standing point; the ones after it close up. Agendas already
 * made keep their copy of the point.
 */
gboolean
ber_bodies_delete_point (BerBodies               *self,
                         BerAgendaTemplatePoint  *point,
                         GError                 **error)
{
  BerStore *store;
  gint64 body_id;
  gboolean ok;

  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);
  g_return_val_if_fail (BER_IS_AGENDA_TEMPLATE_POINT (point), FALSE);

  store = _ber_bodies_store (self);
  body_id = ber_record_get_int64 (BER_RECORD (point), "body-id");
  if (!ber_store_begin (store, error))
    return FALSE;
  ok = ber_record_delete (BER_RECORD (point), store, error)
       && renumber_points (self, body_id, error);
  return ber_service_commit_or_rollback (_ber_bodies_store (self), ok, error);
}

/**
 * ber_bodies_can_move_point:
 * @points: a list from ber_bodies_list_points()
 * @delta: -1 for up (earlier), 1 for down
 *
 * A point moves among the points at its own end of the agenda: an opening
 * point cannot pass a closing one. Change its placement to move it there.
 */
gboolean
ber_bodies_can_move_point (GListModel *points,
                           guint       position,
                           int         delta)
{
  g_autoptr(BerRecord) point = NULL;
  g_autoptr(BerRecord) other = NULL;
  gint64 target = (gint64) position + delta;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (points), FALSE);

  n = g_list_model_get_n_items (points);
  if (delta == 0 || position >= n || target < 0 || target >= (gint64) n)
    return FALSE;
  point = g_list_model_get_item (points, position);
  other = g_list_model_get_item (points, (guint) target);
  return g_strcmp0 (ber_record_get_string (point, "placement"),
                    ber_record_get_string (other, "placement")) == 0;
}

/* Puts @ids in agenda order: the order given within each end. */
static GArray *
order_by_placement (GPtrArray    *points,
                    const gint64 *ids,
                    guint         n_ids)
{
  GArray *ordered = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *placements[] = { BER_BODIES_PLACEMENT_START, BER_BODIES_PLACEMENT_END };

  for (guint p = 0; p < G_N_ELEMENTS (placements); p++)
    for (guint i = 0; i < n_ids; i++)
      for (guint j = 0; j < points->len; j++)
        if (point_id (points, j) == ids[i] && g_strcmp0 (point_placement (points, j),
                                                         placements[p]) == 0)
          g_array_append_val (ordered, ids[i]);
  return ordered;
}

static gboolean
reorder_in_transaction (BerBodies     *self,
                        gint64         body_id,
                        const gint64  *point_ids,
                        guint          n_points,
                        GError       **error)
{
  g_autoptr(GPtrArray) points = read_points (self, body_id, error);
  g_autoptr(GArray) ordered = NULL;
  const char *changed = _("The standing points were changed elsewhere. Look at the list again "
                          "and repeat the move.");

  if (points == NULL)
    return FALSE;

  /* The same points, each once: anything else means the list changed meanwhile. */
  ordered = order_by_placement (points, point_ids, n_points);
  if (n_points != points->len || ordered->len != points->len)
    return _ber_bodies_fail (error, changed);
  for (guint i = 0; i < ordered->len; i++)
    for (guint j = i + 1; j < ordered->len; j++)
      if (g_array_index (ordered, gint64, i) == g_array_index (ordered, gint64, j))
        return _ber_bodies_fail (error, changed);

  return write_positions (self, points, (const gint64 *) (gpointer) ordered->data,
                          ordered->len, error);
}

/**
 * ber_bodies_reorder_points:
 * @point_ids: every standing point of the body, each once, in the new order
 *
 * Numbers the points in the order given. A point keeps its placement: the
 * order counts within each end of the agenda.
 */
gboolean
ber_bodies_reorder_points (BerBodies     *self,
                           gint64         body_id,
                           const gint64  *point_ids,
                           guint          n_points,
                           GError       **error)
{
  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);
  g_return_val_if_fail (point_ids != NULL || n_points == 0, FALSE);

  if (!ber_store_begin (_ber_bodies_store (self), error))
    return FALSE;
  return ber_service_commit_or_rollback (_ber_bodies_store (self),
                                         reorder_in_transaction (self, body_id, point_ids,
                                         n_points, error),
                                         error);
}

/* The order of @points with the point at @index moved @delta places within
 * its end; returns whether it moved at all. */
static gboolean
moved_order (GPtrArray *points,
             guint      index,
             int        delta,
             GArray    *ids)
{
  gboolean moved = FALSE;

  for (guint i = 0; i < points->len; i++)
    {
      gint64 id = point_id (points, i);

      g_array_append_val (ids, id);
    }
  /* Step by step, so that a long move stops at the end of its part. */
  while (delta != 0 && index < points->len)
    {
      guint other = delta > 0 ? index + 1 : index - 1;
      gint64 moving = g_array_index (ids, gint64, index);

      if ((delta < 0 && index == 0) || other >= points->len
          || g_strcmp0 (point_placement (points, index), point_placement (points, other)) != 0)
        break;
      g_array_index (ids, gint64, index) = g_array_index (ids, gint64, other);
      g_array_index (ids, gint64, other) = moving;
      /* Both rows have the same placement, so @points still answers for the next step. */
      index = other;
      delta += delta > 0 ? -1 : 1;
      moved = TRUE;
    }
  return moved;
}

/**
 * ber_bodies_move_point:
 * @delta: places to move: negative up (earlier), positive down
 *
 * Moves a point among the points at its end of the agenda. A move past the
 * first or last of them changes nothing.
 */
gboolean
ber_bodies_move_point (BerBodies               *self,
                       BerAgendaTemplatePoint  *point,
                       int                      delta,
                       GError                 **error)
{
  BerStore *store;
  gint64 body_id, id;
  g_autoptr(GPtrArray) points = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint index = G_MAXUINT;
  gboolean ok = TRUE;

  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);
  g_return_val_if_fail (BER_IS_AGENDA_TEMPLATE_POINT (point), FALSE);

  store = _ber_bodies_store (self);
  body_id = ber_record_get_int64 (BER_RECORD (point), "body-id");
  id = ber_record_get_id (BER_RECORD (point));
  if (!ber_store_begin (store, error))
    return FALSE;

  /* Read inside the transaction: the order moved is the order written over. */
  points = read_points (self, body_id, error);
  ok = points != NULL;
  for (guint i = 0; ok && i < points->len; i++)
    if (point_id (points, i) == id)
      index = i;
  if (ok && index == G_MAXUINT)
    ok = _ber_bodies_fail (error, _("The standing point was removed elsewhere. Look at the "
                                    "list again."));
  if (ok && moved_order (points, index, delta, ids))
    ok = reorder_in_transaction (self, body_id, (const gint64 *) (gpointer) ids->data, ids->len,
                                 error);
  return ber_service_commit_or_rollback (_ber_bodies_store (self), ok, error);
}

/**
 * ber_bodies_add_usual_points:
 *
 * Adds the standing points most agendas have (DOMAIN.md): the opening, the
 * election of the minutes checker, the approval of the agenda and of the
 * previous minutes, and the closing, in the user's language. Points the
 * body already has are not added again.
 */
gboolean
ber_bodies_add_usual_points (BerBodies  *self,
                             gint64      body_id,
                             GError    **error)
{
  static const struct
  {
    const char *title;
    const char *placement;
  } usual[] = {
    { N_("Opening of the meeting"), BER_BODIES_PLACEMENT_START },
    { N_("Election of the minutes checker and time for approving the minutes"),
      BER_BODIES_PLACEMENT_START },
    { N_("Approval of the agenda"), BER_BODIES_PLACEMENT_START },
    { N_("Approval of the previous minutes"), BER_BODIES_PLACEMENT_START },
    { N_("Closing of the meeting"), BER_BODIES_PLACEMENT_END },
  };
  BerStore *store;
  g_autoptr(GPtrArray) points = NULL;
  int last = 0;
  gboolean ok;

  g_return_val_if_fail (BER_IS_BODIES (self), FALSE);

  store = _ber_bodies_store (self);
  if (body_id <= 0)
    return _ber_bodies_fail (error, _("Save the body before adding its standing points."));
  if (!ber_store_begin (store, error))
    return FALSE;
  points = read_points (self, body_id, error);
  ok = points != NULL;
  if (ok)
    last = last_position (points);

  for (guint i = 0; ok && i < G_N_ELEMENTS (usual); i++)
    {
      const char *title = g_dgettext (GETTEXT_PACKAGE, usual[i].title);
      g_autofree char *key = _ber_bodies_name_key (title);
      g_autoptr(BerAgendaTemplatePoint) point = NULL;
      gboolean present = FALSE;

      for (guint j = 0; j < points->len && !present; j++)
        {
          g_autofree char *other = _ber_bodies_name_key (
            ber_agenda_template_point_get_title (g_ptr_array_index (points, j)));

          present = g_str_equal (key, other);
        }
      if (present)
        continue;
      point = ber_agenda_template_point_new ();
      g_object_set (point, "body-id", body_id, "position", ++last, "title", title,
                    "placement", usual[i].placement, NULL);
      ok = ber_record_save (BER_RECORD (point), store, error);
    }

  ok = ok && renumber_points (self, body_id, error);
  return ber_service_commit_or_rollback (_ber_bodies_store (self), ok, error);
}
