/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-question-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-choice-row.h"
#include "ber-number-row.h"
#include "ber-question-links.h"
#include "ber-question-page.h"
#include "ber-record-row.h"
#include "ber-text-area.h"
#include "ber-text-row.h"
#include "ber-ui-util.h"

/*
 * One influence question: its fields, saved with Save, and what it is
 * linked to — the networks that serve it, the items and forum meetings
 * that concern it, and the returned reports with the position taken on it.
 * Each linked record opens in its own view; a link is undone at once.
 */

struct _BerQuestionPage
{
  BerRecordPage  parent_instance;

  BerContext    *context;
  guint          refresh_source;

  GtkLabel      *title_label;
  GtkWidget     *delete_button;
  GtkRevealer   *error_revealer;
  GtkLabel      *error_label;
  GtkWidget     *title_row;
  GtkWidget     *scrolled;
  GtkBox        *links_box;

  GtkListBox    *lists[BER_QUESTION_N_LINK_KINDS];
  GtkWidget     *network_chooser;
};

G_DEFINE_FINAL_TYPE (BerQuestionPage, ber_question_page, BER_TYPE_RECORD_PAGE)

#define RECORD_KEY "ber-record"

static const struct
{
  const char *title;
  const char *empty;
} groups[BER_QUESTION_N_LINK_KINDS] = {
  [BER_QUESTION_LINK_NETWORK] = {
    N_("Networks"),
    N_("No network serves this question yet. Link one with Link Network…") },
  [BER_QUESTION_LINK_ITEM] = {
    N_("Items"),
    N_("No item concerns this question. Link it from the item’s page.") },
  [BER_QUESTION_LINK_EVENT] = {
    N_("Forum Meetings"),
    N_("No forum meeting pursued this question yet.") },
  [BER_QUESTION_LINK_REPORT] = {
    N_("Returned Reports"),
    N_("No returned report took a position on this question. Link it from the report’s "
       "page.") },
};

static BerQuestions *
questions_of (BerQuestionPage *self)
{
  return self->context != NULL ? ber_context_get_questions (self->context) : NULL;
}

static gint64
question_id (BerQuestionPage *self)
{
  return ber_record_page_get_id (BER_RECORD_PAGE (self));
}

/* Rows */

static void
on_linked_activated (GtkWidget *row)
{
  BerRecord *record = g_object_get_data (G_OBJECT (row), RECORD_KEY);

  if (!gtk_widget_activate_action (row, "win.open-record", "(sx)",
                                   G_OBJECT_TYPE_NAME (record), ber_record_get_id (record)))
    g_debug ("No window opens %s %" G_GINT64_FORMAT, G_OBJECT_TYPE_NAME (record),
             ber_record_get_id (record));
}

static void
on_unlink_clicked (GtkWidget       *button,
                   BerQuestionPage *self)
{
  BerRecord *record = g_object_get_data (G_OBJECT (button), RECORD_KEY);
  BerQuestionLinkKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "ber-kind"));
  g_autoptr(GError) error = NULL;

  if (!ber_questions_link (questions_of (self), kind, ber_record_get_id (record),
                           question_id (self), FALSE, &error))
    ber_record_page_show_error (BER_RECORD_PAGE (self), error->message);
  else
    ber_ui_toast (GTK_WIDGET (self), _("Link removed"));
}

static void
describe (BerQuestionPage      *self,
          BerQuestionLinkKind   kind,
          BerRecord            *record,
          char                **title,
          char                **subtitle)
{
  switch (kind)
    {
    case BER_QUESTION_LINK_NETWORK:
      g_object_get (record, "name", title, "acronym", subtitle, NULL);
      break;
    case BER_QUESTION_LINK_ITEM:
      g_object_get (record, "title", title, "diary-number", subtitle, NULL);
      break;
    case BER_QUESTION_LINK_EVENT:
      {
        g_autofree char *starts = NULL, *place = NULL;

        g_object_get (record, "title", title, "starts-on", &starts, "place", &place, NULL);
        *subtitle = place != NULL && *place != '\0' ? g_strdup_printf ("%s · %s", starts, place)
                                                    : g_strdup (starts);
      }
      break;
    case BER_QUESTION_LINK_REPORT:
    default:
      {
        g_autofree char *event = NULL, *person = NULL, *general = NULL, *position = NULL;

        g_object_get (record, "event-title", &event, "person-name", &person,
                      "positions", &general, NULL);
        position = ber_questions_get_position (questions_of (self), ber_record_get_id (record),
                                               question_id (self), NULL);
        *title = g_strdup_printf ("%s · %s", event != NULL ? event : "",
                                  person != NULL ? person : "");
        /* The position taken on this question, or else the report's positions. */
        if (position != NULL && *position != '\0')
          *subtitle = g_steal_pointer (&position);
        else if (general != NULL && *general != '\0')
          /* Translators: a returned report's positions in general, when none was
           * written for the influence question shown */
          *subtitle = g_strdup_printf (_("Positions in general: %s"), general);
        else
          *subtitle = g_strdup (_("No position recorded"));
      }
      break;
    }
}

static GtkWidget *
linked_row (BerQuestionPage     *self,
            BerQuestionLinkKind  kind,
            BerRecord           *record)
{
  g_autofree char *title = NULL, *subtitle = NULL, *unlink_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *unlink = gtk_button_new_from_icon_name ("list-remove-symbolic");

  describe (self, kind, record, &title, &subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  if (kind == BER_QUESTION_LINK_REPORT)
    adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), RECORD_KEY, g_object_ref (record), g_object_unref);
  g_signal_connect (row, "activated", G_CALLBACK (on_linked_activated), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));

  /* Translators: a button beside a record linked to an influence question */
  unlink_label = g_strdup_printf (_("Remove the link to “%s”"), title != NULL ? title : "");
  gtk_widget_set_tooltip_text (unlink, unlink_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (unlink), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  unlink_label, -1);
  gtk_widget_set_valign (unlink, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (unlink, "flat");
  g_object_set_data_full (G_OBJECT (unlink), RECORD_KEY, g_object_ref (record), g_object_unref);
  g_object_set_data (G_OBJECT (unlink), "ber-kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (unlink, "clicked", G_CALLBACK (on_unlink_clicked), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), unlink);
  return row;
}

static void
refresh_links (BerQuestionPage *self)
{
  gint64 id = question_id (self);

  gtk_widget_set_visible (GTK_WIDGET (self->links_box), id > 0 && self->context != NULL);
  for (guint k = 0; k < BER_QUESTION_N_LINK_KINDS; k++)
    {
      g_autoptr(GListModel) linked = NULL;
      g_autoptr(GError) error = NULL;
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lists[k]))) != NULL)
        gtk_list_box_remove (self->lists[k], child);
      if (id <= 0 || self->context == NULL)
        continue;
      linked = ber_questions_list_linked (questions_of (self), id, k, &error);
      if (linked == NULL)
        {
          ber_record_page_show_error (BER_RECORD_PAGE (self), error->message);
          continue;
        }
      for (guint i = 0; i < g_list_model_get_n_items (linked); i++)
        {
          g_autoptr(BerRecord) record = g_list_model_get_item (linked, i);

          gtk_list_box_append (self->lists[k], linked_row (self, k, record));
        }
    }
}

static gboolean
refresh_idle (gpointer data)
{
  BerQuestionPage *self = data;

  self->refresh_source = 0;
  refresh_links (self);
  return G_SOURCE_REMOVE;
}

static void
on_record_changed (BerQuestionPage *self,
                   GType            type,
                   gint64           id,
                   int              change)
{
  gboolean shown = type == BER_TYPE_INFLUENCE_QUESTION || type == BER_TYPE_NETWORK
                   || type == BER_TYPE_ITEM || type == BER_TYPE_FORUM_EVENT
                   || type == BER_TYPE_REPORT;

  if (shown && question_id (self) > 0 && self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle, self);
}

static void
on_network_chosen (gint64   network_id,
                   gpointer data)
{
  BerQuestionPage *self = data;
  g_autoptr(GError) error = NULL;

  if (!ber_questions_link (questions_of (self), BER_QUESTION_LINK_NETWORK, network_id,
                           question_id (self), TRUE, &error))
    ber_record_page_show_error (BER_RECORD_PAGE (self), error->message);
  else
    ber_ui_toast (GTK_WIDGET (self), _("Network linked"));
}

static void
on_context_changed (BerQuestionPage *self)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self,
                             G_CONNECT_SWAPPED);
  ber_link_chooser_set_context (self->network_chooser, context);
}

static void
on_saved (BerQuestionPage *self)
{
  ber_ui_toast (GTK_WIDGET (self), _("Question saved"));
}

/* BerRecordPage */

static gboolean
ber_question_page_save_record (BerRecordPage  *page,
                               BerRecord      *record,
                               GError        **error)
{
  BerQuestionPage *self = BER_QUESTION_PAGE (page);
  const char *property = NULL;

  if (!ber_questions_check (questions_of (self), BER_INFLUENCE_QUESTION (record), &property,
                            error))
    {
      ber_fields_mark (GTK_WIDGET (self), property);
      return FALSE;
    }
  return ber_questions_save (questions_of (self), BER_INFLUENCE_QUESTION (record), error);
}

static void
ber_question_page_refresh (BerRecordPage *page)
{
  BerQuestionPage *self = BER_QUESTION_PAGE (page);
  BerRecord *question = ber_record_page_get_record (page);
  gint64 id = question_id (self);
  g_autofree char *title = NULL;

  if (question != NULL && id > 0)
    title = g_strdup_printf ("%d. %s",
                             ber_influence_question_get_priority (BER_INFLUENCE_QUESTION (question)),
                             ber_influence_question_get_title (BER_INFLUENCE_QUESTION (question)));
  gtk_label_set_label (self->title_label, title != NULL ? title : _("New Influence Question"));
  gtk_widget_set_sensitive (self->delete_button, question != NULL);
  refresh_links (self);
}

/* Deleting */

static gboolean
delete_question (BerRecordPage  *page,
                 BerRecord      *question,
                 GError        **error)
{
  return ber_questions_delete (questions_of (BER_QUESTION_PAGE (page)),
                               BER_INFLUENCE_QUESTION (question), error);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ber_record_page_ask_delete (BER_RECORD_PAGE (widget),
                              _("Delete the Question?"),
                              _("Its links to networks, items, forum meetings and reports are "
                                "removed, and the questions after it move up one place. The "
                                "register’s change history keeps a copy."),
                              delete_question, _("Question deleted"));
}

/* GtkWidget */

static gboolean
ber_question_page_grab_focus (GtkWidget *widget)
{
  return ber_ui_focus_at_end (BER_QUESTION_PAGE (widget)->title_row);
}

/* GObject */

static void
ber_question_page_dispose (GObject *object)
{
  BerQuestionPage *self = BER_QUESTION_PAGE (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_QUESTION_PAGE);

  G_OBJECT_CLASS (ber_question_page_parent_class)->dispose (object);
}

static void
ber_question_page_class_init (BerQuestionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerRecordPageClass *page_class = BER_RECORD_PAGE_CLASS (klass);

  object_class->dispose = ber_question_page_dispose;
  widget_class->grab_focus = ber_question_page_grab_focus;
  page_class->save_record = ber_question_page_save_record;
  page_class->refresh = ber_question_page_refresh;

  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_NUMBER_ROW);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  g_type_ensure (BER_TYPE_TEXT_AREA);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-question-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerQuestionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerQuestionPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, BerQuestionPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerQuestionPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BerQuestionPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, BerQuestionPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, BerQuestionPage, links_box);

  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_activated);
}

static void
ber_question_page_init (BerQuestionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_record_page_set_error_widgets (BER_RECORD_PAGE (self), self->error_revealer,
                                     self->error_label);

  for (guint k = 0; k < BER_QUESTION_N_LINK_KINDS; k++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *placeholder = gtk_label_new (_(groups[k].empty));

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(groups[k].title));
      self->lists[k] = GTK_LIST_BOX (gtk_list_box_new ());
      gtk_list_box_set_selection_mode (self->lists[k], GTK_SELECTION_NONE);
      gtk_widget_add_css_class (GTK_WIDGET (self->lists[k]), "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->lists[k]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(groups[k].title), -1);
      gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
      gtk_widget_add_css_class (placeholder, "dim-label");
      g_object_set (placeholder, "margin-top", 12, "margin-bottom", 12, "margin-start", 12,
                    "margin-end", 12, NULL);
      gtk_list_box_set_placeholder (self->lists[k], placeholder);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->lists[k]));
      if (k == BER_QUESTION_LINK_NETWORK)
        {
          self->network_chooser = ber_link_chooser_new (BER_CHOICE_NETWORKS,
                                                        _("_Link Network…"),
                                                        _("Choose a network that serves the "
                                                          "question"),
                                                        on_network_chosen, self);
          adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group),
                                                   self->network_chooser);
        }
      gtk_box_append (self->links_box, group);
    }

  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_changed), NULL);
  g_signal_connect (self, "saved", G_CALLBACK (on_saved), NULL);
}

BerQuestionPage *
ber_question_page_new (void)
{
  return g_object_new (BER_TYPE_QUESTION_PAGE, NULL);
}

/**
 * ber_question_page_set_question:
 * @question: a question of the list, or a new one (id 0)
 *
 * Shows @question; the page edits its own copy, read now.
 */
void
ber_question_page_set_question (BerQuestionPage      *self,
                                BerInfluenceQuestion *question)
{
  g_autoptr(BerRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_return_if_fail (BER_IS_QUESTION_PAGE (self));
  g_return_if_fail (BER_IS_INFLUENCE_QUESTION (question));

  id = ber_record_get_id (BER_RECORD (question));
  if (id > 0 && self->context != NULL)
    copy = ber_context_load (self->context, BER_TYPE_INFLUENCE_QUESTION, id, &error);
  ber_record_page_set_record (BER_RECORD_PAGE (self),
                              copy != NULL ? copy : BER_RECORD (question));
  if (error != NULL)
    ber_record_page_show_error (BER_RECORD_PAGE (self), error->message);
  gtk_adjustment_set_value (
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled)), 0);
}

/* Returns: (transfer none) (nullable): the list of records of @kind linked
 *   to the question shown, for tests */
GtkListBox *
ber_question_page_get_list (BerQuestionPage     *self,
                            BerQuestionLinkKind  kind)
{
  g_return_val_if_fail (BER_IS_QUESTION_PAGE (self), NULL);
  return self->lists[kind];
}
