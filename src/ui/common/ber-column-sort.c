/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-column-sort"

#include "config.h"

#include "ber-column-sort.h"

struct _BerColumnSorter
{
  GtkSorter  parent_instance;
  char      *store_column;
};

G_DEFINE_FINAL_TYPE (BerColumnSorter, ber_column_sorter, GTK_TYPE_SORTER)

/* The sorter the column view asked first during a probe. */
static BerColumnSorter *probed;

static GtkOrdering
ber_column_sorter_compare (GtkSorter *sorter,
                           gpointer   item1,
                           gpointer   item2)
{
  if (probed == NULL)
    probed = BER_COLUMN_SORTER (sorter);

  /* Never "equal", so the column view stops at its primary column. */
  return GTK_ORDERING_SMALLER;
}

static GtkSorterOrder
ber_column_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_PARTIAL;
}

static void
ber_column_sorter_finalize (GObject *object)
{
  g_free (BER_COLUMN_SORTER (object)->store_column);
  G_OBJECT_CLASS (ber_column_sorter_parent_class)->finalize (object);
}

enum
{
  PROP_0,
  PROP_ORDER,
};

static void
ber_column_sorter_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  if (prop_id == PROP_ORDER)
    g_value_set_string (value, BER_COLUMN_SORTER (object)->store_column);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ber_column_sorter_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BerColumnSorter *self = BER_COLUMN_SORTER (object);

  if (prop_id == PROP_ORDER)
    {
      g_free (self->store_column);
      self->store_column = g_value_dup_string (value);
    }
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ber_column_sorter_class_init (BerColumnSorterClass *klass)
{
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_column_sorter_finalize;
  object_class->get_property = ber_column_sorter_get_property;
  object_class->set_property = ber_column_sorter_set_property;
  /* An order the list's service knows ("name", "received"…), set in a .ui file. */
  g_object_class_install_property (object_class, PROP_ORDER,
                                   g_param_spec_string ("order", NULL, NULL, NULL,
                                                        G_PARAM_READWRITE
                                                        | G_PARAM_STATIC_STRINGS));
  sorter_class->compare = ber_column_sorter_compare;
  sorter_class->get_order = ber_column_sorter_get_order;
}

static void
ber_column_sorter_init (BerColumnSorter *self)
{
}

GtkSorter *
ber_column_sorter_new (const char *store_column)
{
  BerColumnSorter *self = g_object_new (BER_TYPE_COLUMN_SORTER, NULL);

  self->store_column = g_strdup (store_column);
  return GTK_SORTER (self);
}

/**
 * ber_column_sort_get_primary:
 * @view_sorter: the sorter of a GtkColumnView whose columns use ber_column_sorter_new()
 *
 * GTK 4.8 has no getter for the primary sort column, so this asks the view's
 * sorter to compare two items once: the column sorter it consults first is the
 * primary one, and an inverted answer means descending.
 *
 * Returns: %FALSE when no column is sorted
 */
gboolean
ber_column_sort_get_primary (GtkSorter   *view_sorter,
                             const char **store_column,
                             gboolean    *descending)
{
  g_autoptr(GObject) a = NULL;
  g_autoptr(GObject) b = NULL;
  GtkOrdering ordering;

#if GTK_CHECK_VERSION (4, 10, 0)
  if (GTK_IS_COLUMN_VIEW_SORTER (view_sorter))
    {
      GtkColumnViewColumn *column =
        gtk_column_view_sorter_get_primary_sort_column (GTK_COLUMN_VIEW_SORTER (view_sorter));
      GtkSorter *sorter = column != NULL ? gtk_column_view_column_get_sorter (column) : NULL;

      if (sorter == NULL || !BER_IS_COLUMN_SORTER (sorter))
        return FALSE;
      *store_column = BER_COLUMN_SORTER (sorter)->store_column;
      *descending = gtk_column_view_sorter_get_primary_sort_order (GTK_COLUMN_VIEW_SORTER (
                      view_sorter)) == GTK_SORT_DESCENDING;
      return TRUE;
    }
#endif

  a = g_object_new (G_TYPE_OBJECT, NULL);
  b = g_object_new (G_TYPE_OBJECT, NULL);
  probed = NULL;
  ordering = gtk_sorter_compare (view_sorter, a, b);
  if (probed == NULL)
    return FALSE;

  *store_column = probed->store_column;
  *descending = ordering == GTK_ORDERING_LARGER;
  probed = NULL;
  return TRUE;
}
