/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-text-cell"

#include "config.h"

#include "ber-text-cell.h"
#include "ber-ui-util.h"

/*
 * A list cell with one line of text: a string property of its record, as
 * it is or in words. Made in C rather than from a builder template, which
 * GTK parses again for every cell, and set directly when a row is shown
 * rather than through an expression; a record filled in place (a row read
 * in a worker, an edit) shows its new value.
 */

#define BOUND_KEY "ber-text-cell-bound"

typedef struct
{
  char        *property;
  BerCellText  text;
} Cell;

typedef struct
{
  GObject *record;
  gulong   handler;
} Bound;

static void
cell_free (gpointer data,
           GClosure *closure)
{
  Cell *cell = data;

  g_free (cell->property);
  g_free (cell);
}

static void
bound_free (Bound *bound)
{
  g_clear_signal_handler (&bound->handler, bound->record);
  g_object_unref (bound->record);
  g_free (bound);
}

static void
show (GtkListItem *list_item,
      Cell        *cell)
{
  GObject *record = gtk_list_item_get_item (list_item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  if (G_IS_OBJECT (record))
    g_object_get (record, cell->property, &value, NULL);
  if (cell->text != NULL)
    text = cell->text (value);
  gtk_label_set_label (label, text != NULL ? text : value != NULL ? value : "");
}

static void
on_record_notify (GObject     *record,
                  GParamSpec  *pspec,
                  GtkListItem *list_item)
{
  Cell *cell = g_object_get_data (G_OBJECT (list_item), "ber-text-cell");

  if (cell != NULL)
    show (list_item, cell);
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          Cell                     *cell)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (ber_cell_query_tooltip), NULL);
  gtk_list_item_set_child (list_item, label);
  g_object_set_data (G_OBJECT (list_item), "ber-text-cell", cell);
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         Cell                     *cell)
{
  GObject *record = gtk_list_item_get_item (list_item);

  show (list_item, cell);
  g_object_set_data (G_OBJECT (list_item), BOUND_KEY, NULL);
  if (G_IS_OBJECT (record))
    {
      g_autofree char *detailed = g_strconcat ("notify::", cell->property, NULL);
      Bound *bound = g_new0 (Bound, 1);

      bound->record = g_object_ref (record);
      bound->handler = g_signal_connect (record, detailed, G_CALLBACK (on_record_notify),
                                         list_item);
      g_object_set_data_full (G_OBJECT (list_item), BOUND_KEY, bound,
                              (GDestroyNotify) bound_free);
    }
}

static void
on_unbind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           Cell                     *cell)
{
  g_object_set_data (G_OBJECT (list_item), BOUND_KEY, NULL);
}

/**
 * ber_text_cell_factory_new:
 * @property: a string property of the list's records
 * @text: (nullable): the words shown for its value; %NULL shows the value
 *
 * Returns: (transfer full): a factory of cells showing @property
 */
GtkListItemFactory *
ber_text_cell_factory_new (const char  *property,
                           BerCellText  text)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  Cell *cell = g_new0 (Cell, 1);

  cell->property = g_strdup (property);
  cell->text = text;
  g_signal_connect_data (factory, "setup", G_CALLBACK (on_setup), cell, cell_free, 0);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), cell);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), cell);
  return factory;
}
