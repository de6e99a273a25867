/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-register-view"

#include "config.h"

#include "ber-column-sort.h"
#include "ber-register-view.h"

typedef struct
{
  BerContext         *context;
  BerListFilter      *filter;
  GListModel         *list;
  gboolean            filters_active;

  GtkSearchEntry     *search;
  GtkColumnView      *columns;
  GtkStack           *content;
  GPtrArray          *main_actions; /* the suggested buttons beside the content */

  BerNarrowList      *narrow;       /* in the place of the columns when narrow */
} BerRegisterViewPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (BerRegisterView, ber_register_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define PRIV(self) ((BerRegisterViewPrivate *) ber_register_view_get_instance_private (self))

/* The column view's selection: the base's single one, or one a subclass set. */
static GtkSelectionModel *
selection (BerRegisterView *self)
{
  GtkColumnView *columns = PRIV (self)->columns;

  return columns != NULL ? gtk_column_view_get_model (columns) : NULL;
}

static void
selection_set_list (GtkSelectionModel *model,
                    GListModel        *list)
{
  if (GTK_IS_SINGLE_SELECTION (model))
    gtk_single_selection_set_model (GTK_SINGLE_SELECTION (model), list);
  else if (GTK_IS_MULTI_SELECTION (model))
    gtk_multi_selection_set_model (GTK_MULTI_SELECTION (model), list);
}

/* Whether a suggested button is under @widget. */
static gboolean
offers_main_action (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action"))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (offers_main_action (child))
      return TRUE;
  return FALSE;
}

/* Adds the suggested buttons under @widget, but not under @content, to @found. */
static void
collect_main_actions (GtkWidget *widget,
                      GtkWidget *content,
                      GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (child == content)
        continue;
      if (GTK_IS_BUTTON (child) && gtk_widget_has_css_class (child, "suggested-action"))
        g_ptr_array_add (found, g_object_ref (child));
      else
        collect_main_actions (child, content, found);
    }
}

/* One suggested action at a time: a page of the content stack that offers
 * its own (the empty page's first step) takes the colour from the view's
 * bar, which gets it back when the rows come. */
static void
update_main_action (BerRegisterView *self)
{
  BerRegisterViewPrivate *priv = PRIV (self);
  GtkWidget *page = gtk_stack_get_visible_child (priv->content);
  gboolean page_offers = page != NULL && offers_main_action (page);

  for (guint i = 0; priv->main_actions != NULL && i < priv->main_actions->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (priv->main_actions, i);

      if (page_offers)
        gtk_widget_remove_css_class (button, "suggested-action");
      else
        gtk_widget_add_css_class (button, "suggested-action");
    }
}

/* Which page of the content stack: rows, nothing yet, or nothing found. */
void
ber_register_view_update (BerRegisterView *self)
{
  BerRegisterViewPrivate *priv = PRIV (self);
  guint n = priv->list != NULL ? g_list_model_get_n_items (priv->list) : 0;
  const char *search = ber_list_filter_get_search (priv->filter);

  if (priv->content == NULL)
    return;
  if (n > 0)
    gtk_stack_set_visible_child_name (priv->content, "list");
  else if (priv->filters_active || search != NULL)
    gtk_stack_set_visible_child_name (priv->content, "no-results");
  else
    gtk_stack_set_visible_child_name (priv->content, "empty");
  update_main_action (self);
}

/* Whether the subclass's own filters narrow the list (for the empty page). */
void
ber_register_view_set_filters_active (BerRegisterView *self,
                                      gboolean         active)
{
  g_return_if_fail (BER_IS_REGISTER_VIEW (self));
  PRIV (self)->filters_active = active;
  ber_register_view_update (self);
}

static void
on_search_changed (BerRegisterView *self)
{
  if (PRIV (self)->search == NULL)
    return;
  ber_list_filter_set_search (PRIV (self)->filter,
                              gtk_editable_get_text (GTK_EDITABLE (PRIV (self)->search)));
}

static void
on_stop_search (BerRegisterView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (PRIV (self)->search), "");
}

static void
on_sort_changed (BerRegisterView *self)
{
  BerRegisterViewPrivate *priv = PRIV (self);
  const char *order = NULL;
  gboolean descending = FALSE;

  /* The column view clears its sorting while it is disposed. */
  if (priv->columns == NULL)
    return;
  if (!ber_column_sort_get_primary (gtk_column_view_get_sorter (priv->columns), &order,
                                    &descending))
    order = NULL;
  ber_list_filter_set_order (priv->filter, order, descending);
}

static void
on_activate (BerRegisterView *self,
             guint            position)
{
  g_autoptr(BerRecord) record = NULL;

  if (PRIV (self)->list == NULL)
    return;
  record = g_list_model_get_item (PRIV (self)->list, position);
  /* A row whose page is still being read has no record yet. */
  if (record != NULL && ber_record_get_id (record) > 0
      && BER_REGISTER_VIEW_GET_CLASS (self)->open_record != NULL)
    BER_REGISTER_VIEW_GET_CLASS (self)->open_record (self, record);
}

static void
on_items_changed (BerRegisterView *self)
{
  ber_register_view_update (self);
}

/* Makes the list when there is both a context and a column view. */
static void
rebuild (BerRegisterView *self)
{
  BerRegisterViewPrivate *priv = PRIV (self);
  BerRegisterViewClass *klass = BER_REGISTER_VIEW_GET_CLASS (self);

  if (priv->list != NULL)
    g_signal_handlers_disconnect_by_data (priv->list, self);
  g_clear_object (&priv->list);
  if (priv->context != NULL && klass->create_list != NULL)
    priv->list = klass->create_list (self, priv->context, priv->filter);
  if (priv->list != NULL)
    g_signal_connect_object (priv->list, "items-changed", G_CALLBACK (on_items_changed), self,
                             G_CONNECT_SWAPPED);

  if (selection (self) != NULL)
    selection_set_list (selection (self), priv->list);
  if (klass->refresh != NULL && priv->context != NULL)
    klass->refresh (self);
  ber_register_view_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/* The narrow list */

static void
describe_row (gpointer      item,
              BerNarrowRow *row,
              gpointer      user_data)
{
  BerRegisterView *self = user_data;
  BerRecord *record = item;

  /* A row whose page is still being read shows nothing yet. */
  if (!BER_IS_RECORD (record) || ber_record_get_id (record) <= 0)
    return;
  if (BER_REGISTER_VIEW_GET_CLASS (self)->describe_row != NULL)
    BER_REGISTER_VIEW_GET_CLASS (self)->describe_row (self, record, row);
  else
    row->title = g_strdup (ber_record_get_label (record));
}

/* The keyboard follows the list from the columns to the rows and back. */
static void
on_narrow_shown (BerRegisterView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *list = ber_register_view_get_list_widget (self);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && list != NULL
      && (focus == NULL || focus == GTK_WIDGET (root)))
    gtk_widget_grab_focus (list);
}

static void
make_narrow (BerRegisterView *self)
{
  BerRegisterViewPrivate *priv = PRIV (self);

  priv->narrow = BER_NARROW_LIST (ber_narrow_list_new ());
  ber_narrow_list_set_row_func (priv->narrow, describe_row, self, NULL);
  gtk_list_view_set_single_click_activate (
    GTK_LIST_VIEW (ber_narrow_list_get_list_view (priv->narrow)), TRUE);
  ber_narrow_list_replace (priv->narrow, priv->columns, BER_REGISTER_VIEW_NARROW_WIDTH);
  g_signal_connect_object (priv->narrow, "activate", G_CALLBACK (on_activate), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (priv->narrow, "notify::shown", G_CALLBACK (on_narrow_shown), self,
                           G_CONNECT_SWAPPED);
}

/**
 * ber_register_view_set_widgets:
 *
 * Hands the base the widgets of the subclass's template; call it in the
 * subclass's init, after gtk_widget_init_template().
 */
void
ber_register_view_set_widgets (BerRegisterView *self,
                               GtkSearchEntry  *search,
                               GtkColumnView   *columns,
                               GtkStack        *content)
{
  BerRegisterViewPrivate *priv = PRIV (self);

  g_return_if_fail (BER_IS_REGISTER_VIEW (self));

  /* Weak: the subclass's template owns them, and goes first at disposal,
   * when clearing the column view's sorting still reaches this view. */
  priv->search = search;
  priv->columns = columns;
  priv->content = content;
  g_object_add_weak_pointer (G_OBJECT (search), (gpointer *) &priv->search);
  g_object_add_weak_pointer (G_OBJECT (columns), (gpointer *) &priv->columns);
  g_object_add_weak_pointer (G_OBJECT (content), (gpointer *) &priv->content);
  g_clear_pointer (&priv->main_actions, g_ptr_array_unref);
  priv->main_actions = g_ptr_array_new_with_free_func (g_object_unref);
  if (gtk_widget_get_parent (GTK_WIDGET (content)) != NULL)
    collect_main_actions (gtk_widget_get_parent (GTK_WIDGET (content)), GTK_WIDGET (content),
                          priv->main_actions);

  g_signal_connect_object (search, "search-changed", G_CALLBACK (on_search_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (search, "stop-search", G_CALLBACK (on_stop_search), self,
                           G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (search, GTK_WIDGET (self));

  {
    g_autoptr(GtkSingleSelection) model =
      gtk_single_selection_new (priv->list != NULL ? g_object_ref (priv->list) : NULL);

    gtk_single_selection_set_autoselect (model, FALSE);
    gtk_single_selection_set_can_unselect (model, TRUE);
    gtk_column_view_set_model (columns, GTK_SELECTION_MODEL (model));
  }
  g_signal_connect_object (columns, "activate", G_CALLBACK (on_activate), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (columns), "changed",
                           G_CALLBACK (on_sort_changed), self, G_CONNECT_SWAPPED);
  make_narrow (self);
  ber_register_view_update (self);
}

BerContext *
ber_register_view_get_context (BerRegisterView *self)
{
  g_return_val_if_fail (BER_IS_REGISTER_VIEW (self), NULL);
  return PRIV (self)->context;
}

void
ber_register_view_set_context (BerRegisterView *self,
                               BerContext      *context)
{
  g_return_if_fail (BER_IS_REGISTER_VIEW (self));

  if (!g_set_object (&PRIV (self)->context, context))
    return;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/* Returns: (transfer none): the filter the view's list follows */
BerListFilter *
ber_register_view_get_filter (BerRegisterView *self)
{
  g_return_val_if_fail (BER_IS_REGISTER_VIEW (self), NULL);
  return PRIV (self)->filter;
}

/* Returns: (transfer none) (nullable): the list shown */
GListModel *
ber_register_view_get_model (BerRegisterView *self)
{
  g_return_val_if_fail (BER_IS_REGISTER_VIEW (self), NULL);
  return PRIV (self)->list;
}

void
ber_register_view_focus_search (BerRegisterView *self)
{
  g_return_if_fail (BER_IS_REGISTER_VIEW (self));

  if (PRIV (self)->search != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (PRIV (self)->search));
}

/**
 * ber_register_view_get_list_widget:
 *
 * Returns: (transfer none) (nullable): the view's list, for the keyboard
 */
GtkWidget *
ber_register_view_get_list_widget (BerRegisterView *self)
{
  g_return_val_if_fail (BER_IS_REGISTER_VIEW (self), NULL);

  if (PRIV (self)->narrow != NULL && ber_narrow_list_get_shown (PRIV (self)->narrow))
    return ber_narrow_list_get_list_view (PRIV (self)->narrow);
  return PRIV (self)->columns != NULL ? GTK_WIDGET (PRIV (self)->columns) : NULL;
}

/* Selects the row of record @id, when the list shows it, and scrolls to it. */
void
ber_register_view_select (BerRegisterView *self,
                          gint64           id)
{
  BerRegisterViewPrivate *priv = PRIV (self);
  gint position;

  g_return_if_fail (BER_IS_REGISTER_VIEW (self));

  if (!BER_IS_RECORD_LIST (priv->list) || selection (self) == NULL)
    return;
  position = ber_record_list_find (BER_RECORD_LIST (priv->list), id);
  if (position >= 0)
    gtk_selection_model_select_item (selection (self), (guint) position, TRUE);
}

/**
 * ber_register_view_clear_search:
 *
 * Empties the search and sets the subclass's filters back, so that the
 * list shows every row again: what the no-results page offers.
 */
void
ber_register_view_clear_search (BerRegisterView *self)
{
  BerRegisterViewClass *klass;

  g_return_if_fail (BER_IS_REGISTER_VIEW (self));

  klass = BER_REGISTER_VIEW_GET_CLASS (self);
  if (PRIV (self)->search != NULL)
    gtk_editable_set_text (GTK_EDITABLE (PRIV (self)->search), "");
  /* At once, not when the entry's search delay has passed. */
  ber_list_filter_set_search (PRIV (self)->filter, NULL);
  if (klass->clear_filters != NULL)
    klass->clear_filters (self);
  if (PRIV (self)->search != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (PRIV (self)->search));
}

static void
clear_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ber_register_view_clear_search (BER_REGISTER_VIEW (widget));
}

static void
focus_search_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  ber_register_view_focus_search (BER_REGISTER_VIEW (widget));
}

static void
ber_register_view_dispose (GObject *object)
{
  BerRegisterViewPrivate *priv = PRIV (BER_REGISTER_VIEW (object));

  if (priv->list != NULL)
    g_signal_handlers_disconnect_by_data (priv->list, object);
  g_clear_object (&priv->list);
  g_clear_object (&priv->context);
  g_clear_weak_pointer (&priv->search);
  g_clear_weak_pointer (&priv->columns);
  g_clear_weak_pointer (&priv->content);
  g_clear_pointer (&priv->main_actions, g_ptr_array_unref);
  priv->narrow = NULL;

  G_OBJECT_CLASS (ber_register_view_parent_class)->dispose (object);
}

static void
ber_register_view_finalize (GObject *object)
{
  g_clear_object (&PRIV (BER_REGISTER_VIEW (object))->filter);

  G_OBJECT_CLASS (ber_register_view_parent_class)->finalize (object);
}

static void
ber_register_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BerRegisterView *self = BER_REGISTER_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, PRIV (self)->context);
      break;
    case PROP_MODEL:
      g_value_set_object (value, PRIV (self)->list);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_register_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BerRegisterView *self = BER_REGISTER_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      ber_register_view_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_register_view_class_init (BerRegisterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_register_view_dispose;
  object_class->finalize = ber_register_view_finalize;
  object_class->get_property = ber_register_view_get_property;
  object_class->set_property = ber_register_view_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BER_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "view.focus-search", NULL,
                                   focus_search_activated);
  gtk_widget_class_install_action (widget_class, "view.clear-search", NULL,
                                   clear_search_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "view.focus-search", NULL);
}

static void
ber_register_view_init (BerRegisterView *self)
{
  PRIV (self)->filter = ber_list_filter_new ();
  g_signal_connect_object (PRIV (self)->filter, "changed",
                           G_CALLBACK (ber_register_view_update), self, G_CONNECT_SWAPPED);
}

/**
 * ber_register_view_open_id:
 * @type: a #BerRecord type
 * @id: a record of @type
 *
 * Opens the record @id as the view opens a row of its own, wherever it was
 * found.
 *
 * Returns: %TRUE when the view shows records of @type and opened it
 */
gboolean
ber_register_view_open_id (BerRegisterView *self,
                           GType            type,
                           gint64           id)
{
  BerRegisterViewClass *klass;

  g_return_val_if_fail (BER_IS_REGISTER_VIEW (self), FALSE);

  klass = BER_REGISTER_VIEW_GET_CLASS (self);
  if (klass->open_id == NULL || id <= 0)
    return FALSE;
  return klass->open_id (self, type, id);
}

/**
 * ber_register_view_fold_columns:
 * @template_type: the class whose template names the columns
 * @first_id: the id of the column that matters least
 * @...: the ids of more columns, each mattering more than the one before,
 *   then %NULL
 *
 * Hides columns that matter less as the view gets narrower, so that those
 * shown keep their fixed widths without a sideways scroll; see
 * ber_narrow_list_fold_columns(). Call it after
 * ber_register_view_set_widgets().
 */
void
ber_register_view_fold_columns (BerRegisterView *self,
                                GType            template_type,
                                const char      *first_id,
                                ...)
{
  BerRegisterViewPrivate *priv = PRIV (self);
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  va_list args;

  g_return_if_fail (BER_IS_REGISTER_VIEW (self));
  g_return_if_fail (priv->narrow != NULL);

  va_start (args, first_id);
  for (const char *id = first_id; id != NULL; id = va_arg (args, const char *))
    {
      GObject *column = gtk_widget_get_template_child (GTK_WIDGET (self), template_type, id);

      if (!GTK_IS_COLUMN_VIEW_COLUMN (column))
        g_critical ("%s: %s has no column “%s”", G_STRFUNC, g_type_name (template_type), id);
      else
        g_ptr_array_add (columns, column);
    }
  va_end (args);
  g_ptr_array_add (columns, NULL);
  ber_narrow_list_fold_columnsv (priv->narrow, (GtkColumnViewColumn **) columns->pdata);
}

/* Returns: (transfer none) (nullable): the list of narrow windows */
BerNarrowList *
ber_register_view_get_narrow_list (BerRegisterView *self)
{
  g_return_val_if_fail (BER_IS_REGISTER_VIEW (self), NULL);
  return PRIV (self)->narrow;
}
