/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-meeting-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-labels.h"
#include "ber-meeting-page-private.h"
#include "ber-model.h"
#include "ber-ui-util.h"

/*
 * The agenda builder and the minutes of one meeting: entries in order with
 * their § number, clock time, presenter and decision; entries are added from
 * what waits for the body, moved with Alt+Up/Down or by dragging, then the
 * agenda is locked and the minutes recorded. What the page's buttons and
 * menus do is in ber-meeting-page-actions.c.
 */

G_DEFINE_FINAL_TYPE (BerMeetingPage, ber_meeting_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  OPEN_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Asks the view around the page to open an item. */
void
ber_meeting_page_open_item (BerMeetingPage *self,
                            gint64          item_id)
{
  g_signal_emit (self, signals[OPEN_ITEM], 0, item_id);
}

void
ber_meeting_page_show_error (BerMeetingPage *self,
                             const GError   *error)
{
  ber_ui_toast (GTK_WIDGET (self), error->message);
}

/* The meeting's status: "planned", "agenda-locked", "held"… or "" */
const char *
ber_meeting_page_get_status (BerMeetingPage *self)
{
  const char *status = self->meeting != NULL ? ber_meeting_get_status (self->meeting) : NULL;

  return status != NULL ? status : "";
}

/* A menu entry or button as the hint names it: "Export _Minutes…" → "Export Minutes…". */
static char *
without_mnemonic (const char *label)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        p++;
      else if (*p == '_')
        continue;
      g_string_append_c (text, *p);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
set_suggested (GtkWidget *button,
               gboolean   suggested)
{
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  else
    gtk_widget_remove_css_class (button, "suggested-action");
}

/* What the footer says of the meeting's next step; NULL for none. */
static char *
hint_text (BerMeetingPage *self,
           gboolean        begun)
{
  const char *status = ber_meeting_page_get_status (self);
  g_autofree char *export_minutes = NULL;
  g_autofree char *menu = NULL;

  if (g_str_equal (status, "planned"))
    return g_strdup (_("Alt+Up and Alt+Down move the selected entry; drag an entry to move it."));
  if (g_str_equal (status, "agenda-locked") && !begun)
    /* Translators: %s is the day of the meeting, 2026-05-12 */
    return g_strdup_printf (_("The agenda is locked. Print the notice and send it with the "
                              "agenda; the minutes are recorded from the day of the meeting, %s."),
                            ber_meeting_get_held_on (self->meeting));
  if (g_str_equal (status, "agenda-locked") || g_str_equal (status, "held"))
    return g_strdup (_("Choose Decision… for each entry to record what was decided, then Record "
                       "Minutes… for attendance and the dates of approval and posting."));
  if (!g_str_equal (status, "minutes-approved"))
    return NULL;

  /* The entry and the menu are named as the print menu's button and entry read: the same
   * words, translated once. */
  export_minutes = without_mnemonic (_("Export _Minutes…"));
  menu = without_mnemonic (_("Print and Export"));
  /* Translators: the first %s is a menu entry ("Export Minutes…"), the second the menu's
   * name ("Print and Export"), as they read in the meeting page */
  return g_strdup_printf (_("The minutes are approved. Export them with “%s” in the “%s” "
                            "menu."),
                          export_minutes, menu);
}

static void
update_actions (BerMeetingPage *self)
{
  const char *status = ber_meeting_page_get_status (self);
  gboolean planned = g_str_equal (status, "planned");
  gboolean minutes_open = g_str_equal (status, "agenda-locked") || g_str_equal (status, "held");
  gboolean approved = g_str_equal (status, "minutes-approved");
  BerAgendaEntry *selected = ber_agenda_list_get_selected_entry (self->agenda);
  gboolean has_selection = selected != NULL;
  gboolean has_item = selected != NULL
                      && ber_record_get_int64 (BER_RECORD (selected), "item-id") != 0;
  gboolean shown = self->meeting != NULL;
  /* Minutes are of a meeting that took place: from its day on. */
  gboolean begun = shown && self->context != NULL
                   && ber_meetings_has_begun (ber_context_get_meetings (self->context),
                                              self->meeting);
  g_autofree char *hint = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-items", planned);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-reports", planned);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.add-minutes", planned);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.lock", planned);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-up", planned && has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.move-down", planned && has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.edit-entry",
                                 shown && !approved && has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.decision", minutes_open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.record-minutes",
                                 minutes_open && begun);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.open-item", has_item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.print-agenda", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.export", shown);

  /* The buttons of the meeting's next step show, the next one highlighted: before the
   * meeting the agenda is prepared, locked and sent out; from its day on the decisions and
   * the minutes are recorded. */
  gtk_widget_set_visible (self->add_button, planned);
  gtk_widget_set_visible (self->lock_button, planned);
  gtk_widget_set_visible (self->print_button, minutes_open && !begun);
  gtk_widget_set_visible (self->decision_button, minutes_open);
  ber_agenda_list_set_deciding (self->agenda, minutes_open);
  gtk_widget_set_visible (self->minutes_button, minutes_open && begun);
  set_suggested (self->lock_button, planned);
  set_suggested (self->print_button, minutes_open && !begun);
  set_suggested (self->minutes_button, minutes_open && begun);

  hint = shown ? hint_text (self, begun) : NULL;
  gtk_label_set_text (self->hint_label, hint != NULL ? hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hint != NULL);
}

static void
show_title (BerMeetingPage *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *status_label = ber_choice_label (BER_CHOICES_MEETING_STATUS,
                                               ber_meeting_page_get_status (self));
  const char *place;

  if (self->meeting == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->subtitle_label, "");
      return;
    }
  place = ber_record_get_string (BER_RECORD (self->meeting), "place");
  /* Translators: the meeting page's title, "Regionstyrelsen, 2026-05-12" */
  title = g_strdup_printf (_("%s, %s"), ber_meeting_get_body_name (self->meeting),
                           ber_meeting_get_held_on (self->meeting));
  /* Translators: "13:00, Regionens hus · Planned" */
  subtitle = g_strdup_printf (_("%s, %s · %s"),
                              ber_record_get_string (BER_RECORD (self->meeting), "starts-at"),
                              place != NULL && *place != '\0' ? place : _("no place set"),
                              status_label != NULL ? _(status_label) : "");
  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->subtitle_label, subtitle);
}

/**
 * ber_meeting_page_reload:
 *
 * Reads the meeting and its agenda again; the entry selected stays so.
 */
void
ber_meeting_page_reload (BerMeetingPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BerMeeting) meeting = NULL;

  g_return_if_fail (BER_IS_MEETING_PAGE (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->context != NULL && self->meeting_id != 0)
    {
      meeting = ber_context_load (self->context, BER_TYPE_MEETING, self->meeting_id, &error);
      if (meeting == NULL
          || !ber_agenda_list_show_meeting (self->agenda, self->context, self->meeting_id,
                                            &error))
        ber_meeting_page_show_error (self, error);
    }
  else
    ber_agenda_list_show_meeting (self->agenda, NULL, 0, NULL);
  g_set_object (&self->meeting, meeting);
  show_title (self);
  update_actions (self);
  ber_history_section_show_record (self->history_section, self->context, BER_TYPE_MEETING,
                                   meeting != NULL ? self->meeting_id : 0);
}

static gboolean
reload_idle (gpointer data)
{
  BerMeetingPage *self = data;

  self->reload_source = 0;
  ber_meeting_page_reload (self);
  return G_SOURCE_REMOVE;
}

/* The meeting moves on (locked, held) through this page and others. */
static void
on_record_changed (BerMeetingPage *self,
                   GType           type,
                   gint64          id)
{
  if (type == BER_TYPE_MEETING && (id == 0 || id == self->meeting_id) && self->meeting_id != 0
      && self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle, self);
}

static void
on_selection_changed (BerMeetingPage *self)
{
  update_actions (self);
}

/* A matter opens its item; other entries have none. */
static void
on_entry_activated (BerMeetingPage *self,
                    BerAgendaEntry *entry)
{
  gint64 item_id = ber_record_get_int64 (BER_RECORD (entry), "item-id");

  if (item_id != 0)
    ber_meeting_page_open_item (self, item_id);
}

static void
on_move_entry (BerMeetingPage *self,
               BerAgendaEntry *entry,
               int             delta)
{
  ber_meeting_page_move_entry (self, entry, delta);
}

/* Object */

static void
ber_meeting_page_dispose (GObject *object)
{
  BerMeetingPage *self = BER_MEETING_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  /* AdwBin 1.2 keeps a pointer to the child that the template disposes. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_MEETING_PAGE);
  g_clear_object (&self->meeting);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ber_meeting_page_parent_class)->dispose (object);
}

static void
ber_meeting_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BerMeetingPage *self = BER_MEETING_PAGE (object);

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
ber_meeting_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BerMeetingPage *self = BER_MEETING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      ber_meeting_page_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_meeting_page_class_init (BerMeetingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_meeting_page_dispose;
  object_class->get_property = ber_meeting_page_get_property;
  object_class->set_property = ber_meeting_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BER_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BerMeetingPage::open-item:
   * @item_id: the item of the entry chosen
   *
   * The user asked to open the item a matter on the agenda is about.
   */
  signals[OPEN_ITEM] = g_signal_new ("open-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (BER_TYPE_AGENDA_LIST);
  g_type_ensure (BER_TYPE_HISTORY_SECTION);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-meeting-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, agenda);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, lock_button);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, print_button);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, decision_button);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, minutes_button);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, hint_label);
  gtk_widget_class_bind_template_child (widget_class, BerMeetingPage, history_section);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_move_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  ber_meeting_page_install_actions (widget_class);
}

static void
ber_meeting_page_init (BerMeetingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

GtkWidget *
ber_meeting_page_new (void)
{
  return g_object_new (BER_TYPE_MEETING_PAGE, NULL);
}

/* Returns: (transfer none) (nullable): the register the page shows */
BerContext *
ber_meeting_page_get_context (BerMeetingPage *self)
{
  g_return_val_if_fail (BER_IS_MEETING_PAGE (self), NULL);
  return self->context;
}

/* @context: (nullable): the register; another one shows no meeting */
void
ber_meeting_page_set_context (BerMeetingPage *self,
                              BerContext     *context)
{
  g_return_if_fail (BER_IS_MEETING_PAGE (self));

  if (self->context == context)
    return;
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self,
                             G_CONNECT_SWAPPED);
  self->meeting_id = 0;
  ber_meeting_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/* Shows the meeting @meeting_id of the page's register, nothing selected. */
void
ber_meeting_page_set_meeting (BerMeetingPage *self,
                              gint64          meeting_id)
{
  g_return_if_fail (BER_IS_MEETING_PAGE (self));

  self->meeting_id = meeting_id;
  ber_meeting_page_reload (self);
  ber_agenda_list_select (self->agenda, GTK_INVALID_LIST_POSITION);
}

gint64
ber_meeting_page_get_meeting_id (BerMeetingPage *self)
{
  g_return_val_if_fail (BER_IS_MEETING_PAGE (self), 0);
  return self->meeting_id;
}

/* Returns: (transfer none) (nullable): the #BerAgendaEntry of the agenda, in order */
GListModel *
ber_meeting_page_get_entries (BerMeetingPage *self)
{
  g_return_val_if_fail (BER_IS_MEETING_PAGE (self), NULL);
  return ber_agenda_list_get_entries (self->agenda);
}

guint
ber_meeting_page_get_selected (BerMeetingPage *self)
{
  g_return_val_if_fail (BER_IS_MEETING_PAGE (self), GTK_INVALID_LIST_POSITION);
  return ber_agenda_list_get_selected (self->agenda);
}

void
ber_meeting_page_select (BerMeetingPage *self,
                         guint           position)
{
  g_return_if_fail (BER_IS_MEETING_PAGE (self));
  ber_agenda_list_select (self->agenda, position);
}
