/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-adaptive-bin"

#include "config.h"

#include <gobject/gvaluecollector.h>

#include "ber-adaptive-bin.h"

#if ADW_CHECK_VERSION (1, 4, 0)
#define BER_WITH_BREAKPOINTS 1
#endif

typedef struct
{
  int       below;
  GObject  *object;
  char     *property;
  GValue    value;
  GValue    original;  /* while applied: the value it replaced */
  gboolean  applied;
} Setter;

struct _BerAdaptiveBin
{
  GtkWidget         parent_instance;

  GtkWidget        *child;
  GPtrArray        *setters;         /* of Setter, the widest first */

#ifdef BER_WITH_BREAKPOINTS
  AdwBreakpointBin *breakpoint_bin;  /* between the bin and its child */
  gboolean          built;
#endif
};

G_DEFINE_FINAL_TYPE (BerAdaptiveBin, ber_adaptive_bin, GTK_TYPE_WIDGET)

static void
setter_free (Setter *setter)
{
  g_object_unref (setter->object);
  g_free (setter->property);
  g_value_unset (&setter->value);
  if (setter->applied)
    g_value_unset (&setter->original);
  g_free (setter);
}

/* The widget the bin lays out: the child, or the breakpoint bin around it. */
static GtkWidget *
top (BerAdaptiveBin *self)
{
#ifdef BER_WITH_BREAKPOINTS
  return GTK_WIDGET (self->breakpoint_bin);
#else
  return self->child;
#endif
}

#ifdef BER_WITH_BREAKPOINTS

/* One breakpoint per width, the widest first: the breakpoint bin takes the
 * last that holds, so each carries the setters of the wider ones too. */
static void
build_breakpoints (BerAdaptiveBin *self)
{
  int last = -1;

  self->built = TRUE;
  for (guint i = 0; i < self->setters->len; i++)
    {
      Setter *setter = g_ptr_array_index (self->setters, i);
      AdwBreakpoint *breakpoint;

      if (setter->below == last)
        continue;
      last = setter->below;
      breakpoint = adw_breakpoint_new (
        adw_breakpoint_condition_new_length (ADW_BREAKPOINT_CONDITION_MAX_WIDTH, last - 1,
                                             ADW_LENGTH_UNIT_PX));
      for (guint j = 0; j < self->setters->len; j++)
        {
          Setter *wider = g_ptr_array_index (self->setters, j);

          if (wider->below < last)
            break;
          adw_breakpoint_add_setter (breakpoint, wider->object, wider->property, &wider->value);
        }
      adw_breakpoint_bin_add_breakpoint (self->breakpoint_bin, breakpoint);
    }
}

#else

/* The narrowest setters go back first and the widest apply first, so that
 * setters of one property at two widths give back each other's values. */
static void
apply_setters (BerAdaptiveBin *self,
               int             width)
{
  for (guint i = self->setters->len; i-- > 0;)
    {
      Setter *setter = g_ptr_array_index (self->setters, i);

      if (setter->applied && width >= setter->below)
        {
          setter->applied = FALSE;
          g_object_set_property (setter->object, setter->property, &setter->original);
          g_value_unset (&setter->original);
        }
    }
  for (guint i = 0; i < self->setters->len; i++)
    {
      Setter *setter = g_ptr_array_index (self->setters, i);

      if (!setter->applied && width < setter->below)
        {
          setter->applied = TRUE;
          g_value_init (&setter->original, G_VALUE_TYPE (&setter->value));
          g_object_get_property (setter->object, setter->property, &setter->original);
          g_object_set_property (setter->object, setter->property, &setter->value);
        }
    }
}

#endif

static void
ber_adaptive_bin_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  BerAdaptiveBin *self = BER_ADAPTIVE_BIN (widget);

  *minimum = *natural = 0;
  if (self->child == NULL)
    return;
  gtk_widget_measure (top (self), orientation, for_size, minimum, natural, NULL, NULL);
#ifdef BER_WITH_BREAKPOINTS
  /* The breakpoint bin asks for no size of its own: the child's, as it is now. */
  {
    int child_minimum = 0, child_natural = 0;

    gtk_widget_measure (self->child, orientation, for_size, &child_minimum, &child_natural, NULL,
                        NULL);
    *minimum = MAX (*minimum, child_minimum);
    *natural = MAX (*natural, child_natural);
  }
#endif
}

static void
ber_adaptive_bin_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  BerAdaptiveBin *self = BER_ADAPTIVE_BIN (widget);
  int minimum_width = 0, minimum_height = 0;

  if (self->child == NULL)
    return;
#ifdef BER_WITH_BREAKPOINTS
  if (!self->built)
    build_breakpoints (self);
#else
  apply_setters (self, width);
#endif
  /* Measured again: what the setters changed has not been. */
  gtk_widget_measure (top (self), GTK_ORIENTATION_HORIZONTAL, -1, &minimum_width, NULL, NULL,
                      NULL);
  gtk_widget_measure (top (self), GTK_ORIENTATION_VERTICAL, MAX (width, minimum_width),
                      &minimum_height, NULL, NULL, NULL);
  gtk_widget_allocate (top (self), MAX (width, minimum_width), MAX (height, minimum_height),
                       baseline, NULL);
}

static GtkSizeRequestMode
ber_adaptive_bin_get_request_mode (GtkWidget *widget)
{
  BerAdaptiveBin *self = BER_ADAPTIVE_BIN (widget);

  return self->child != NULL ? gtk_widget_get_request_mode (self->child)
                             : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
ber_adaptive_bin_compute_expand (GtkWidget *widget,
                                 gboolean  *hexpand,
                                 gboolean  *vexpand)
{
  BerAdaptiveBin *self = BER_ADAPTIVE_BIN (widget);

  *hexpand = self->child != NULL && gtk_widget_compute_expand (self->child,
                                                               GTK_ORIENTATION_HORIZONTAL);
  *vexpand = self->child != NULL && gtk_widget_compute_expand (self->child,
                                                               GTK_ORIENTATION_VERTICAL);
}

static void
ber_adaptive_bin_dispose (GObject *object)
{
  BerAdaptiveBin *self = BER_ADAPTIVE_BIN (object);

  g_ptr_array_set_size (self->setters, 0);
#ifdef BER_WITH_BREAKPOINTS
  if (self->breakpoint_bin != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->breakpoint_bin));
  self->breakpoint_bin = NULL;
  self->child = NULL;
#else
  g_clear_pointer (&self->child, gtk_widget_unparent);
#endif

  G_OBJECT_CLASS (ber_adaptive_bin_parent_class)->dispose (object);
}

static void
ber_adaptive_bin_finalize (GObject *object)
{
  g_ptr_array_unref (BER_ADAPTIVE_BIN (object)->setters);

  G_OBJECT_CLASS (ber_adaptive_bin_parent_class)->finalize (object);
}

static void
ber_adaptive_bin_class_init (BerAdaptiveBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_adaptive_bin_dispose;
  object_class->finalize = ber_adaptive_bin_finalize;
  widget_class->measure = ber_adaptive_bin_measure;
  widget_class->size_allocate = ber_adaptive_bin_size_allocate;
  widget_class->get_request_mode = ber_adaptive_bin_get_request_mode;
  widget_class->compute_expand = ber_adaptive_bin_compute_expand;
}

static void
ber_adaptive_bin_init (BerAdaptiveBin *self)
{
  self->setters = g_ptr_array_new_with_free_func ((GDestroyNotify) setter_free);
  /* A child wider than its least width is cut, not drawn over its neighbours. */
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
#ifdef BER_WITH_BREAKPOINTS
  self->breakpoint_bin = ADW_BREAKPOINT_BIN (adw_breakpoint_bin_new ());
  /* The bin's own least size, which a breakpoint bin must have: its child's
   * is what this bin asks for. */
  gtk_widget_set_size_request (GTK_WIDGET (self->breakpoint_bin), 1, 1);
  gtk_widget_set_parent (GTK_WIDGET (self->breakpoint_bin), GTK_WIDGET (self));
#endif
}

GtkWidget *
ber_adaptive_bin_new (void)
{
  return g_object_new (BER_TYPE_ADAPTIVE_BIN, NULL);
}

/* @child: (nullable): the widget whose layout follows the bin's width */
void
ber_adaptive_bin_set_child (BerAdaptiveBin *self,
                            GtkWidget      *child)
{
  g_return_if_fail (BER_IS_ADAPTIVE_BIN (self));
  g_return_if_fail (child == NULL || gtk_widget_get_parent (child) == NULL);

#ifdef BER_WITH_BREAKPOINTS
  self->child = child;
  adw_breakpoint_bin_set_child (self->breakpoint_bin, child);
#else
  g_clear_pointer (&self->child, gtk_widget_unparent);
  self->child = child;
  if (child != NULL)
    gtk_widget_set_parent (child, GTK_WIDGET (self));
#endif
}

/* Returns: (transfer none) (nullable): the child */
GtkWidget *
ber_adaptive_bin_get_child (BerAdaptiveBin *self)
{
  g_return_val_if_fail (BER_IS_ADAPTIVE_BIN (self), NULL);
  return self->child;
}

/**
 * ber_adaptive_bin_add_setter:
 * @below: the width, in pixels, under which @value holds
 * @object: an object inside the bin's child
 * @property: a property of @object; give each property one width
 * @value: its value while the bin is narrower than @below
 */
void
ber_adaptive_bin_add_setter (BerAdaptiveBin *self,
                             int             below,
                             gpointer        object,
                             const char     *property,
                             const GValue   *value)
{
  GParamSpec *pspec;
  Setter *setter;
  guint position = 0;

  g_return_if_fail (BER_IS_ADAPTIVE_BIN (self));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (below > 0);
  g_return_if_fail (G_IS_VALUE (value));
#ifdef BER_WITH_BREAKPOINTS
  g_return_if_fail (!self->built);
#endif

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL);

  setter = g_new0 (Setter, 1);
  setter->below = below;
  setter->object = g_object_ref (object);
  setter->property = g_strdup (property);
  g_value_init (&setter->value, pspec->value_type);
  if (!g_value_transform (value, &setter->value))
    g_critical ("%s: a %s cannot be the value of %s", G_STRFUNC, G_VALUE_TYPE_NAME (value),
                property);

  while (position < self->setters->len
         && ((Setter *) g_ptr_array_index (self->setters, position))->below >= below)
    position++;
  g_ptr_array_insert (self->setters, (int) position, setter);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* As ber_adaptive_bin_add_setter(), for pairs of property names and values. */
void
ber_adaptive_bin_add_setters (BerAdaptiveBin *self,
                              int             below,
                              gpointer        object,
                              const char     *first_property,
                              ...)
{
  va_list args;

  g_return_if_fail (G_IS_OBJECT (object));

  va_start (args, first_property);
  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);
      GValue value = G_VALUE_INIT;
      g_autofree char *error = NULL;

      if (pspec == NULL)
        {
          g_critical ("%s: %s has no property %s", G_STRFUNC, G_OBJECT_TYPE_NAME (object), name);
          break;
        }
      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &error);
      if (error != NULL)
        {
          g_critical ("%s: %s", G_STRFUNC, error);
          break;
        }
      ber_adaptive_bin_add_setter (self, below, object, name, &value);
      g_value_unset (&value);
    }
  va_end (args);
}
