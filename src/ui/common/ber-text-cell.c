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

typedef struct
{
  char        *property;
  BerCellText  text;
} Cell;

static void
cell_free (gpointer  data,
           GClosure *closure)
{
  Cell *cell = data;

  g_free (cell->property);
  g_free (cell);
}

static void
show (GtkListItem *list_item,
      gpointer     data)
{
  Cell *cell = data;
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
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          Cell                     *cell)
{
  GtkWidget *label = ber_cell_label_new ();

  g_signal_connect (label, "query-tooltip", G_CALLBACK (ber_cell_query_tooltip), NULL);
  gtk_list_item_set_child (list_item, label);
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         Cell                     *cell)
{
  show (list_item, cell);
  ber_cell_follow (list_item, show, cell);
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
  g_signal_connect (factory, "unbind", G_CALLBACK (ber_cell_unbind), NULL);
  return factory;
}
