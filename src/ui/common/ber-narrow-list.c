/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-narrow-list"

#include "config.h"

#include "ber-adaptive-bin.h"
#include "ber-narrow-list.h"
#include "ber-ui-util.h"

struct _BerNarrowList
{
  AdwBin            parent_instance;

  GtkListView      *list_view;
  GtkColumnView    *columns;     /* whose place the list shares, or NULL */
  BerAdaptiveBin   *adaptive;    /* around both */
  int               below;
  GHashTable       *bound;       /* the GtkListItem shown → its item's notify handler */
  guint             update_source;

  BerNarrowRowFunc  row_func;
  gpointer          row_data;
  GDestroyNotify    row_destroy;

  BerNarrowSuffixSetup suffix_setup;
  BerNarrowSuffixBind  suffix_bind;
  gpointer             suffix_data;
};

G_DEFINE_FINAL_TYPE (BerNarrowList, ber_narrow_list, ADW_TYPE_BIN)

enum
{
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum
{
  PROP_0,
  PROP_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows */

typedef struct
{
  GtkLabel  *title;
  GtkLabel  *subtitle;
  GtkLabel  *suffix;
  GtkWidget *suffix_widget;
} RowLabels;

#define WORDS_KEY "ber-narrow-words"

/* The words of a coloured state, asked for when the pointer rests on it
 * rather than set as a tooltip each time a row is shown. */
static gboolean
on_suffix_query_tooltip (GtkWidget  *label,
                         int         x,
                         int         y,
                         gboolean    keyboard_mode,
                         GtkTooltip *tooltip)
{
  const char *words = g_object_get_data (G_OBJECT (label), WORDS_KEY);

  if (words == NULL || *words == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, words);
  return TRUE;
}

static GtkWidget *
make_row (BerNarrowList *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  RowLabels *labels = g_new0 (RowLabels, 1);

  labels->title = GTK_LABEL (gtk_label_new (NULL));
  labels->subtitle = GTK_LABEL (gtk_label_new (NULL));
  labels->suffix = GTK_LABEL (gtk_label_new (NULL));

  /* A long title takes two lines before it is cut. */
  gtk_label_set_xalign (labels->title, 0);
  gtk_label_set_wrap (labels->title, TRUE);
  gtk_label_set_wrap_mode (labels->title, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (labels->title, 2);
  gtk_label_set_ellipsize (labels->title, PANGO_ELLIPSIZE_END);

  gtk_label_set_xalign (labels->subtitle, 0);
  gtk_label_set_ellipsize (labels->subtitle, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (labels->subtitle), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (labels->subtitle), "dim-label");

  /* What is cut short shows whole when the pointer rests on it. */
  gtk_widget_set_has_tooltip (GTK_WIDGET (labels->title), TRUE);
  g_signal_connect (labels->title, "query-tooltip", G_CALLBACK (ber_cell_query_tooltip), NULL);
  gtk_widget_set_has_tooltip (GTK_WIDGET (labels->subtitle), TRUE);
  g_signal_connect (labels->subtitle, "query-tooltip", G_CALLBACK (ber_cell_query_tooltip),
                    NULL);

  gtk_widget_set_valign (GTK_WIDGET (labels->suffix), GTK_ALIGN_CENTER);
  gtk_label_set_xalign (labels->suffix, 1);
  gtk_widget_add_css_class (GTK_WIDGET (labels->suffix), "caption");
  /* Dates at the rows' ends line up digit under digit. */
  gtk_widget_add_css_class (GTK_WIDGET (labels->suffix), "numeric");
  gtk_widget_set_has_tooltip (GTK_WIDGET (labels->suffix), TRUE);
  g_signal_connect (labels->suffix, "query-tooltip", G_CALLBACK (on_suffix_query_tooltip), NULL);

  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (labels->title));
  gtk_box_append (GTK_BOX (texts), GTK_WIDGET (labels->subtitle));
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (labels->suffix));
  if (self->suffix_setup != NULL)
    {
      labels->suffix_widget = self->suffix_setup (self->suffix_data);
      gtk_widget_set_valign (labels->suffix_widget, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (row), labels->suffix_widget);
    }
  gtk_widget_add_css_class (row, "ber-narrow-row");
  g_object_set_data_full (G_OBJECT (row), "ber-narrow-labels", labels, g_free);
  return row;
}

static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
show_row (BerNarrowList *self,
          GtkListItem   *item)
{
  RowLabels *labels = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)),
                                         "ber-narrow-labels");
  gpointer record = gtk_list_item_get_item (item);
  BerNarrowRow row = { NULL, NULL, NULL, NULL, NULL };
  const char *classes[] = { "error", "warning", "success" };

  if (record != NULL && self->row_func != NULL)
    self->row_func (record, &row, self->row_data);

  set_text (labels->title, row.title);
  /* A row whose record is still being read keeps its height. */
  gtk_widget_set_visible (GTK_WIDGET (labels->title), TRUE);
  set_text (labels->subtitle, row.subtitle);
  set_text (labels->suffix, row.suffix);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    if (g_strcmp0 (classes[i], row.suffix_class) == 0)
      gtk_widget_add_css_class (GTK_WIDGET (labels->suffix), classes[i]);
    else
      gtk_widget_remove_css_class (GTK_WIDGET (labels->suffix), classes[i]);
  /* Colour alone says nothing to a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (labels->suffix),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  row.suffix_words != NULL ? row.suffix_words : "", -1);
  g_object_set_data_full (G_OBJECT (labels->suffix), WORDS_KEY,
                          g_steal_pointer (&row.suffix_words), g_free);

  if (labels->suffix_widget != NULL && record != NULL && self->suffix_bind != NULL)
    self->suffix_bind (labels->suffix_widget, record, self->suffix_data);

  g_free (row.title);
  g_free (row.subtitle);
  g_free (row.suffix);
  g_free (row.suffix_words);
}

static gboolean
update_idle (gpointer data)
{
  BerNarrowList *self = data;

  self->update_source = 0;
  ber_narrow_list_update (self);
  return G_SOURCE_REMOVE;
}

/* A record read in a worker fills its placeholder in place, and an edit
 * may change a record in place: its row follows, once for all changes. */
static void
on_item_notify (BerNarrowList *self)
{
  if (self->update_source == 0)
    self->update_source = g_idle_add (update_idle, self);
}

static void
on_setup (BerNarrowList *self,
          GtkListItem   *item)
{
  gtk_list_item_set_child (item, make_row (self));
}

static void
on_bind (BerNarrowList *self,
         GtkListItem   *item)
{
  gpointer record = gtk_list_item_get_item (item);
  gulong handler = 0;

  if (G_IS_OBJECT (record))
    handler = g_signal_connect_object (record, "notify", G_CALLBACK (on_item_notify), self,
                                       G_CONNECT_SWAPPED);
  g_hash_table_insert (self->bound, item, GSIZE_TO_POINTER (handler));
  show_row (self, item);
}

static void
on_unbind (BerNarrowList *self,
           GtkListItem   *item)
{
  gulong handler = GPOINTER_TO_SIZE (g_hash_table_lookup (self->bound, item));
  gpointer record = gtk_list_item_get_item (item);

  if (handler != 0 && record != NULL)
    g_signal_handler_disconnect (record, handler);
  g_hash_table_remove (self->bound, item);
}

static void
on_activate (BerNarrowList *self,
             guint          position)
{
  g_signal_emit (self, signals[ACTIVATE], 0, position);
}

/* Object */

static void
ber_narrow_list_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SHOWN:
      g_value_set_boolean (value, ber_narrow_list_get_shown (BER_NARROW_LIST (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_narrow_list_dispose (GObject *object)
{
  BerNarrowList *self = BER_NARROW_LIST (object);

  g_clear_weak_pointer (&self->columns);
  g_clear_weak_pointer (&self->adaptive);
  g_clear_handle_id (&self->update_source, g_source_remove);
  if (self->row_destroy != NULL)
    g_clear_pointer (&self->row_data, self->row_destroy);
  self->row_func = NULL;
  self->row_destroy = NULL;

  G_OBJECT_CLASS (ber_narrow_list_parent_class)->dispose (object);
}

static void
ber_narrow_list_finalize (GObject *object)
{
  g_hash_table_unref (BER_NARROW_LIST (object)->bound);

  G_OBJECT_CLASS (ber_narrow_list_parent_class)->finalize (object);
}

static void
ber_narrow_list_class_init (BerNarrowListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ber_narrow_list_dispose;
  object_class->finalize = ber_narrow_list_finalize;
  object_class->get_property = ber_narrow_list_get_property;

  /* Whether the rows show, rather than the columns whose place they share. */
  properties[PROP_SHOWN] =
    g_param_spec_boolean ("shown", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BerNarrowList::activate:
   * @position: the row activated
   */
  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
ber_narrow_list_init (BerNarrowList *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->bound = g_hash_table_new (NULL, NULL);
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_setup), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_bind), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_unbind), self, G_CONNECT_SWAPPED);

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, factory));
  gtk_list_view_set_show_separators (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "rich-list");
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (on_activate), self,
                           G_CONNECT_SWAPPED);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_bin_set_child (ADW_BIN (self), scrolled);
}

GtkWidget *
ber_narrow_list_new (void)
{
  return g_object_new (BER_TYPE_NARROW_LIST, NULL);
}

static void
on_layout_changed (BerNarrowList *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWN]);
}

/**
 * ber_narrow_list_replace:
 * @columns: a column view in a scrolled window, in a stack or a box
 * @below: the width, in pixels, under which the rows show
 *
 * Takes the place of @columns' scrolled window, with it: both in a stack in
 * an adaptive bin that shows the rows when it is narrower than @below and
 * the columns when it is wider. The list shows the column view's model.
 */
void
ber_narrow_list_replace (BerNarrowList *self,
                         GtkColumnView *columns,
                         int            below)
{
  GtkWidget *scrolled, *parent, *layout;

  g_return_if_fail (BER_IS_NARROW_LIST (self));
  g_return_if_fail (GTK_IS_COLUMN_VIEW (columns));
  g_return_if_fail (self->columns == NULL);

  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (columns), GTK_TYPE_SCROLLED_WINDOW);
  parent = scrolled != NULL ? gtk_widget_get_parent (scrolled) : NULL;
  if (!GTK_IS_STACK (parent) && !GTK_IS_BOX (parent) && !ADW_IS_BIN (parent))
    {
      g_critical ("%s: the columns are not in a stack, a box or a bin", G_STRFUNC);
      return;
    }

  g_set_weak_pointer (&self->columns, columns);
  self->adaptive = BER_ADAPTIVE_BIN (ber_adaptive_bin_new ());
  g_object_add_weak_pointer (G_OBJECT (self->adaptive), (gpointer *) &self->adaptive);
  self->below = below;
  g_object_bind_property (columns, "model", self->list_view, "model", G_BINDING_SYNC_CREATE);
  /* Named as the columns are, which their template names. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, columns, NULL, -1);

  layout = gtk_stack_new ();
  gtk_stack_set_hhomogeneous (GTK_STACK (layout), FALSE);
  gtk_stack_set_vhomogeneous (GTK_STACK (layout), FALSE);
  gtk_widget_set_vexpand (layout, TRUE);

  g_object_ref (scrolled);
  if (GTK_IS_STACK (parent))
    {
      GtkStack *stack = GTK_STACK (parent);
      g_autofree char *name = g_strdup (gtk_stack_page_get_name (gtk_stack_get_page (stack,
                                                                                   scrolled)));
      gboolean visible = gtk_stack_get_visible_child (stack) == scrolled;

      gtk_stack_remove (stack, scrolled);
      gtk_stack_add_named (stack, GTK_WIDGET (self->adaptive), name);
      if (visible)
        gtk_stack_set_visible_child (stack, GTK_WIDGET (self->adaptive));
    }
  else if (GTK_IS_BOX (parent))
    {
      GtkWidget *before = gtk_widget_get_prev_sibling (scrolled);

      gtk_box_remove (GTK_BOX (parent), scrolled);
      gtk_box_insert_child_after (GTK_BOX (parent), GTK_WIDGET (self->adaptive), before);
    }
  else
    {
      adw_bin_set_child (ADW_BIN (parent), NULL);
      adw_bin_set_child (ADW_BIN (parent), GTK_WIDGET (self->adaptive));
    }
  gtk_stack_add_named (GTK_STACK (layout), scrolled, "columns");
  gtk_stack_add_named (GTK_STACK (layout), GTK_WIDGET (self), "rows");
  g_object_unref (scrolled);

  ber_adaptive_bin_set_child (self->adaptive, layout);
  ber_adaptive_bin_add_setters (self->adaptive, below, layout, "visible-child-name", "rows", NULL);
  g_signal_connect_object (layout, "notify::visible-child", G_CALLBACK (on_layout_changed), self,
                           G_CONNECT_SWAPPED);
}

static int
fixed_width (GtkColumnViewColumn *column)
{
  int width = gtk_column_view_column_get_fixed_width (column);

  if (width <= 0)
    g_critical ("%s: the column “%s” has no fixed width", G_STRFUNC,
                gtk_column_view_column_get_title (column));
  return MAX (width, 0);
}

/**
 * ber_narrow_list_fold_columns:
 * @first: the column that matters least
 * @...: more columns, each mattering more than the one before, then %NULL
 *
 * Hides columns that matter less as the place the list shares with the
 * columns gets narrower: the first when the fixed widths of all the columns
 * shown no longer fit, the next when those of the rest no longer fit, and
 * so on, so that the columns shown keep their widths and the one that
 * expands its spare width, without a sideways scroll. Every column shown
 * needs a fixed width; those left must fit the width under which the rows
 * show. Call it after ber_narrow_list_replace().
 */
void
ber_narrow_list_fold_columns (BerNarrowList       *self,
                              GtkColumnViewColumn *first,
                              ...)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (GtkColumnViewColumn *column = first; column != NULL;
       column = va_arg (args, GtkColumnViewColumn *))
    g_ptr_array_add (columns, column);
  va_end (args);
  g_ptr_array_add (columns, NULL);
  ber_narrow_list_fold_columnsv (self, (GtkColumnViewColumn **) columns->pdata);
}

/* As ber_narrow_list_fold_columns(), with the columns in a %NULL-terminated array. */
void
ber_narrow_list_fold_columnsv (BerNarrowList        *self,
                               GtkColumnViewColumn **fold)
{
  GListModel *columns;
  int total = 0;

  g_return_if_fail (BER_IS_NARROW_LIST (self));
  g_return_if_fail (self->columns != NULL && self->adaptive != NULL);

  columns = gtk_column_view_get_columns (self->columns);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_visible (column))
        total += fixed_width (column);
    }
  for (guint i = 0; fold[i] != NULL; i++)
    {
      /* A hidden column's width still counts against the spare width in
       * GTK 4.8: it takes none while it is hidden. */
      ber_adaptive_bin_add_setters (self->adaptive, total, fold[i], "visible", FALSE,
                                    "fixed-width", 0, NULL);
      total -= fixed_width (fold[i]);
    }
  if (total > self->below)
    g_critical ("%s: the columns left need %d px, more than the %d px under which the rows show",
                G_STRFUNC, total, self->below);
}

/* Whether the rows show, rather than the columns whose place they share. */
gboolean
ber_narrow_list_get_shown (BerNarrowList *self)
{
  g_return_val_if_fail (BER_IS_NARROW_LIST (self), FALSE);
  return gtk_widget_get_parent (GTK_WIDGET (self)) != NULL
         && gtk_widget_get_child_visible (GTK_WIDGET (self));
}

/* @model: (nullable): the rows, and which are selected */
void
ber_narrow_list_set_model (BerNarrowList     *self,
                           GtkSelectionModel *model)
{
  g_return_if_fail (BER_IS_NARROW_LIST (self));
  gtk_list_view_set_model (self->list_view, model);
}

/* Returns: (transfer none) (nullable): the rows */
GtkSelectionModel *
ber_narrow_list_get_model (BerNarrowList *self)
{
  g_return_val_if_fail (BER_IS_NARROW_LIST (self), NULL);
  return gtk_list_view_get_model (self->list_view);
}

/* Says what each row shows; the rows shown are filled again. */
void
ber_narrow_list_set_row_func (BerNarrowList    *self,
                              BerNarrowRowFunc  func,
                              gpointer          user_data,
                              GDestroyNotify    destroy)
{
  g_return_if_fail (BER_IS_NARROW_LIST (self));

  if (self->row_destroy != NULL)
    self->row_destroy (self->row_data);
  self->row_func = func;
  self->row_data = user_data;
  self->row_destroy = destroy;
  ber_narrow_list_update (self);
}

/**
 * ber_narrow_list_set_suffix:
 * @setup: makes the widget at the end of a row
 * @bind: shows a row's item in it
 *
 * Gives each row a widget at its end, for what a row does beside opening
 * its item. Set it before the list shows rows.
 */
void
ber_narrow_list_set_suffix (BerNarrowList        *self,
                            BerNarrowSuffixSetup  setup,
                            BerNarrowSuffixBind   bind,
                            gpointer              user_data)
{
  g_return_if_fail (BER_IS_NARROW_LIST (self));
  g_return_if_fail (g_hash_table_size (self->bound) == 0);

  self->suffix_setup = setup;
  self->suffix_bind = bind;
  self->suffix_data = user_data;
}

/* Fills the rows shown again, for what changed beside their items. */
void
ber_narrow_list_update (BerNarrowList *self)
{
  GHashTableIter iter;
  gpointer item;

  g_return_if_fail (BER_IS_NARROW_LIST (self));

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    show_row (self, item);
}

/* Returns: (transfer none): the list, for the keyboard */
GtkWidget *
ber_narrow_list_get_list_view (BerNarrowList *self)
{
  g_return_val_if_fail (BER_IS_NARROW_LIST (self), NULL);
  return GTK_WIDGET (self->list_view);
}

char *
ber_narrow_join (const char *const *parts,
                 gsize              n_parts)
{
  GString *text = g_string_new (NULL);

  for (gsize i = 0; i < n_parts; i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      {
        if (text->len > 0)
          g_string_append (text, " · ");
        g_string_append (text, parts[i]);
      }
  return g_string_free (text, FALSE);
}
