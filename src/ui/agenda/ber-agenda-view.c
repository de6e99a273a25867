/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-agenda-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-adaptive-bin.h"
#include "ber-agenda-view.h"
#include "ber-bodies-view.h"
#include "ber-followup-view.h"
#include "ber-items-view.h"
#include "ber-meetings-view.h"
#include "ber-ui-util.h"

/*
 * Agenda preparation: incoming items, the meetings with their agendas and
 * minutes, the follow-up of decisions, and the bodies with their standing
 * points and routing rules, as four sections of one view.
 */
struct _BerAgendaView
{
  AdwBin           parent_instance;

  BerContext      *context;

  GtkStack        *sections;   /* of AdwBin slots, each filled when first shown */
};

/* The sections, each made the first time it is shown. */
static const struct
{
  const char *name;
  const char *title;
  GtkWidget *(*make) (void);
} section_kinds[] = {
  { "items", N_("Items"), ber_items_view_new },
  { "meetings", N_("Meetings"), ber_meetings_view_new },
  { "follow-up", N_("Follow-Up"), ber_followup_view_new },
  { "bodies", N_("Bodies"), ber_bodies_view_new },
};

/* Narrower than this, the sections' switcher is compact. */
#define BER_AGENDA_VIEW_COMPACT_WIDTH 560

G_DEFINE_FINAL_TYPE (BerAgendaView, ber_agenda_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The section in @slot, made now if it has not been shown before. */
static GtkWidget *
section_in (BerAgendaView *self,
            GtkWidget     *slot)
{
  const char *name;
  GtkWidget *section;

  if (slot == NULL)
    return NULL;
  section = adw_bin_get_child (ADW_BIN (slot));
  if (section != NULL)
    return section;

  name = gtk_stack_page_get_name (gtk_stack_get_page (self->sections, slot));
  for (guint i = 0; i < G_N_ELEMENTS (section_kinds); i++)
    if (g_strcmp0 (section_kinds[i].name, name) == 0)
      {
        section = section_kinds[i].make ();
        ber_ui_give_context (section, self->context);
        adw_bin_set_child (ADW_BIN (slot), section);
      }
  return section;
}

static void
on_visible_section (BerAgendaView *self)
{
  section_in (self, gtk_stack_get_visible_child (self->sections));
}

/* Ctrl+N makes a new entry in the section that is showing. */
static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BerAgendaView *self = BER_AGENDA_VIEW (widget);
  GtkWidget *section = section_in (self, gtk_stack_get_visible_child (self->sections));

  if (section != NULL && !BER_IS_FOLLOWUP_VIEW (section))
    gtk_widget_activate_action (section, "view.new", NULL);
}

/* Another section's next step: the follow-up's empty page leads to the meetings. */
static void
show_section_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerAgendaView *self = BER_AGENDA_VIEW (widget);
  GtkWidget *slot = gtk_stack_get_child_by_name (self->sections,
                                                 g_variant_get_string (parameter, NULL));

  if (slot == NULL)
    return;
  gtk_stack_set_visible_child (self->sections, slot);
  gtk_widget_grab_focus (section_in (self, slot));
}

static void
ber_agenda_view_dispose (GObject *object)
{
  g_clear_object (&BER_AGENDA_VIEW (object)->context);

  G_OBJECT_CLASS (ber_agenda_view_parent_class)->dispose (object);
}

static void
ber_agenda_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BerAgendaView *self = BER_AGENDA_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_agenda_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BerAgendaView *self = BER_AGENDA_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      ber_agenda_view_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_agenda_view_class_init (BerAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_agenda_view_dispose;
  object_class->get_property = ber_agenda_view_get_property;
  object_class->set_property = ber_agenda_view_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BER_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "view.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "agenda.show-section", "s",
                                   show_section_activated);
}

static void
ber_agenda_view_init (BerAgendaView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *switcher = gtk_stack_switcher_new ();

  self->sections = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->sections, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->sections), TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (section_kinds); i++)
    gtk_stack_page_set_title (gtk_stack_add_named (self->sections, adw_bin_new (),
                                                   section_kinds[i].name),
                              _(section_kinds[i].title));

  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->sections);
  gtk_widget_set_margin_top (switcher, 6);
  gtk_widget_set_margin_bottom (switcher, 6);
  gtk_widget_set_margin_start (switcher, 6);
  gtk_widget_set_margin_end (switcher, 6);
  /* Centred when the window is wide; scrolled sideways in a narrow one. */
  {
    GtkWidget *scrolled = gtk_scrolled_window_new ();

    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC,
                                    GTK_POLICY_NEVER);
    gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), switcher);
    gtk_widget_set_halign (scrolled, GTK_ALIGN_CENTER);
    gtk_box_append (GTK_BOX (box), scrolled);
  }
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->sections));
  /* In a narrow window the sections' buttons are only as wide as their
   * words, so that all four show. */
  {
    GtkWidget *adaptive = ber_adaptive_bin_new ();
    GtkLayoutManager *layout = gtk_widget_get_layout_manager (switcher);
    g_auto(GStrv) classes = gtk_widget_get_css_classes (switcher);
    g_autoptr(GStrvBuilder) compact = g_strv_builder_new ();
    g_auto(GStrv) compact_classes = NULL;

    g_strv_builder_addv (compact, (const char **) classes);
    g_strv_builder_add (compact, "ber-compact");
    compact_classes = g_strv_builder_end (compact);
    ber_adaptive_bin_set_child (BER_ADAPTIVE_BIN (adaptive), box);
    ber_adaptive_bin_add_setters (BER_ADAPTIVE_BIN (adaptive), BER_AGENDA_VIEW_COMPACT_WIDTH,
                                  switcher, "css-classes", compact_classes, NULL);
    if (GTK_IS_BOX_LAYOUT (layout))
      ber_adaptive_bin_add_setters (BER_ADAPTIVE_BIN (adaptive), BER_AGENDA_VIEW_COMPACT_WIDTH,
                                    layout, "homogeneous", FALSE, NULL);
    adw_bin_set_child (ADW_BIN (self), adaptive);
  }

  g_signal_connect_object (self->sections, "notify::visible-child",
                           G_CALLBACK (on_visible_section), self, G_CONNECT_SWAPPED);
  on_visible_section (self);
}

GtkWidget *
ber_agenda_view_new (void)
{
  return g_object_new (BER_TYPE_AGENDA_VIEW, NULL);
}

/* Returns: (transfer none) (nullable): the register the sections show */
BerContext *
ber_agenda_view_get_context (BerAgendaView *self)
{
  g_return_val_if_fail (BER_IS_AGENDA_VIEW (self), NULL);
  return self->context;
}

/* @context: (nullable): the register the four sections show */
void
ber_agenda_view_set_context (BerAgendaView *self,
                             BerContext    *context)
{
  g_return_if_fail (BER_IS_AGENDA_VIEW (self));

  if (!g_set_object (&self->context, context))
    return;
  for (GtkWidget *slot = gtk_widget_get_first_child (GTK_WIDGET (self->sections)); slot != NULL;
       slot = gtk_widget_get_next_sibling (slot))
    if (adw_bin_get_child (ADW_BIN (slot)) != NULL)
      ber_ui_give_context (adw_bin_get_child (ADW_BIN (slot)), context);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * ber_agenda_view_open_id:
 * @type: %BER_TYPE_ITEM, %BER_TYPE_MEETING or %BER_TYPE_BODY
 *
 * Shows the section of @type and opens the record @id in it.
 *
 * Returns: %TRUE when a section shows records of @type
 */
gboolean
ber_agenda_view_open_id (BerAgendaView *self,
                         GType          type,
                         gint64         id)
{
  const char *name = NULL;
  GtkWidget *slot;

  g_return_val_if_fail (BER_IS_AGENDA_VIEW (self), FALSE);

  if (type == BER_TYPE_ITEM)
    name = "items";
  else if (type == BER_TYPE_MEETING)
    name = "meetings";
  else if (type == BER_TYPE_BODY)
    name = "bodies";
  else
    return FALSE;

  slot = gtk_stack_get_child_by_name (self->sections, name);
  gtk_stack_set_visible_child (self->sections, slot);
  return ber_register_view_open_id (BER_REGISTER_VIEW (section_in (self, slot)), type, id);
}
