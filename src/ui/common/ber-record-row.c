/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-record-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ber-record-row.h"
#include "ber-ui-util.h"

struct _BerRecordRow
{
  AdwActionRow    parent_instance;

  BerContext     *context;
  BerListFilter  *filter;
  GListModel     *choices;
  char           *key;
  char           *choices_name;
  char           *none_label;
  gboolean        required;
  gint64          id;

  GtkMenuButton  *button;
  GtkPopover     *popover;
  GtkSearchEntry *search;
  GtkListView    *list;
  GtkWidget      *none_button;
};

static void field_iface_init (BerFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerRecordRow, ber_record_row, ADW_TYPE_ACTION_ROW,
                               G_IMPLEMENT_INTERFACE (BER_TYPE_FIELD, field_iface_init))

enum
{
  PROP_0,
  PROP_CHOICES,
  PROP_NONE_LABEL,
  PROP_REQUIRED,
  PROP_ID,
  N_PROPS,
  PROP_KEY = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char    *name;
  BerChoiceList  list;
} lists[] = {
  { "bodies", BER_CHOICE_BODIES },
  { "all-bodies", BER_CHOICE_ALL_BODIES },
  { "persons", BER_CHOICE_PERSONS },
  { "elected", BER_CHOICE_ELECTED },
  { "officials", BER_CHOICE_OFFICIALS },
  { "networks", BER_CHOICE_NETWORKS },
  { "subject-areas", BER_CHOICE_SUBJECT_AREAS },
  { "influence-questions", BER_CHOICE_INFLUENCE_QUESTIONS },
};

static gboolean
lookup_list (const char    *name,
             BerChoiceList *list)
{
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (g_strcmp0 (lists[i].name, name) == 0)
      {
        *list = lists[i].list;
        return TRUE;
      }
  return FALSE;
}

static void
show_label (BerRecordRow *self,
            const char   *label)
{
  const char *shown = label != NULL && *label != '\0' ? label
                      : self->none_label != NULL ? self->none_label : _("None chosen");

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), shown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, shown, -1);
}

/* The name of the record chosen, read from the register. */
static void
show_chosen (BerRecordRow *self)
{
  BerChoiceList list;
  g_autoptr(BerRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  if (self->id <= 0 || self->context == NULL || !lookup_list (self->choices_name, &list))
    {
      show_label (self, NULL);
      return;
    }
  record = ber_context_load (self->context, ber_context_choice_type (list), self->id, &error);
  if (record == NULL)
    {
      /* Translators: shown in a form row for a record that could not be read, with why */
      g_autofree char *text = g_strdup_printf (_("Could not be read: %s"), error->message);

      show_label (self, text);
      return;
    }
  show_label (self, ber_record_get_label (record));
}

static void
set_id (BerRecordRow *self,
        gint64        id,
        const char   *label,
        gboolean      by_user)
{
  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  if (label != NULL || id == 0)
    show_label (self, label);
  else
    show_chosen (self);
  if (by_user)
    ber_field_changed (BER_FIELD (self));
}

static void
choose_position (BerRecordRow *self,
                 guint         position)
{
  g_autoptr(BerRecord) record = g_list_model_get_item (self->choices, position);

  if (record == NULL)
    return;
  set_id (self, ber_record_get_id (record), ber_record_get_label (record), TRUE);
  gtk_popover_popdown (self->popover);
}

static void
on_list_activate (BerRecordRow *self,
                  guint         position)
{
  choose_position (self, position);
}

/* Return in the search chooses the first match. */
static void
on_search_activate (BerRecordRow *self)
{
  choose_position (self, 0);
}

static void
on_search_changed (BerRecordRow *self)
{
  ber_list_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search)));
}

static void
on_none_clicked (BerRecordRow *self)
{
  set_id (self, 0, NULL, TRUE);
  gtk_popover_popdown (self->popover);
}

static void
on_popover_show (BerRecordRow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

static void
on_row_activated (BerRecordRow *self)
{
  gtk_menu_button_popup (self->button);
}

static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  BerRecord *record = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       record != NULL ? ber_record_get_label (record) : "");
}

/* The list to choose from is made when both the context and the list's
 * name are known. */
static void
update_choices (BerRecordRow *self)
{
  BerChoiceList list;
  g_autoptr(GtkSingleSelection) selection = NULL;

  g_clear_object (&self->choices);
  if (self->context != NULL && lookup_list (self->choices_name, &list))
    self->choices = ber_context_choose (self->context, list, self->filter);

  selection = gtk_single_selection_new (self->choices != NULL ? g_object_ref (self->choices)
                                                              : NULL);
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (selection));
}

void
ber_record_row_set_context (BerRecordRow *self,
                            BerContext   *context)
{
  g_return_if_fail (BER_IS_RECORD_ROW (self));

  if (!g_set_object (&self->context, context))
    return;
  update_choices (self);
}

gint64
ber_record_row_get_id (BerRecordRow *self)
{
  g_return_val_if_fail (BER_IS_RECORD_ROW (self), 0);
  return self->id;
}

void
ber_record_row_set_id (BerRecordRow *self,
                       gint64        id)
{
  g_return_if_fail (BER_IS_RECORD_ROW (self));
  set_id (self, id, NULL, FALSE);
}

/* As a field of a form */

static void
record_row_load (BerField  *field,
                 BerRecord *record)
{
  BerRecordRow *self = BER_RECORD_ROW (field);
  g_autofree char *name_property = NULL;
  GParamSpec *name_pspec = NULL;
  gint64 id = 0;

  g_object_get (record, self->key, &id, NULL);

  /* A record read through a list view carries the chosen record's name. */
  if (g_str_has_suffix (self->key, "-id"))
    {
      g_autofree char *stem = g_strndup (self->key, strlen (self->key) - 2);

      name_property = g_strconcat (stem, "name", NULL);
      name_pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), name_property);
    }
  if (id > 0 && name_pspec != NULL && name_pspec->value_type == G_TYPE_STRING
      && ber_record_get_string (record, name_property) != NULL)
    set_id (self, id, ber_record_get_string (record, name_property), FALSE);
  else
    set_id (self, id, NULL, FALSE);
}

static gboolean
record_row_store (BerField   *field,
                  BerRecord  *record,
                  GError    **error)
{
  BerRecordRow *self = BER_RECORD_ROW (field);

  if (self->required && self->id <= 0)
    {
      g_autofree char *message =
        /* Translators: the name of a field in a form */
        g_strdup_printf (_("Choose “%s”, then save again."), ber_field_title (field));

      return ber_field_refuse (field, error, message);
    }

  g_object_set (record, self->key, self->id, NULL);
  return TRUE;
}

static void
record_row_set_context (BerField   *field,
                        BerContext *context)
{
  ber_record_row_set_context (BER_RECORD_ROW (field), context);
}

static void
field_iface_init (BerFieldInterface *iface)
{
  iface->load = record_row_load;
  iface->store = record_row_store;
  iface->set_context = record_row_set_context;
}

/* GObject */

static void
ber_record_row_dispose (GObject *object)
{
  BerRecordRow *self = BER_RECORD_ROW (object);

  g_clear_object (&self->choices);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ber_record_row_parent_class)->dispose (object);
}

static void
ber_record_row_finalize (GObject *object)
{
  BerRecordRow *self = BER_RECORD_ROW (object);

  g_clear_object (&self->filter);
  g_free (self->key);
  g_free (self->choices_name);
  g_free (self->none_label);

  G_OBJECT_CLASS (ber_record_row_parent_class)->finalize (object);
}

static void
ber_record_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BerRecordRow *self = BER_RECORD_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_CHOICES:
      g_value_set_string (value, self->choices_name);
      break;
    case PROP_NONE_LABEL:
      g_value_set_string (value, self->none_label);
      break;
    case PROP_REQUIRED:
      g_value_set_boolean (value, self->required);
      break;
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_record_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BerRecordRow *self = BER_RECORD_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_free (self->key);
      self->key = g_value_dup_string (value);
      break;
    case PROP_CHOICES:
      g_free (self->choices_name);
      self->choices_name = g_value_dup_string (value);
      update_choices (self);
      break;
    case PROP_NONE_LABEL:
      g_free (self->none_label);
      self->none_label = g_value_dup_string (value);
      gtk_widget_set_visible (self->none_button, self->none_label != NULL);
      if (self->none_label != NULL)
        gtk_button_set_label (GTK_BUTTON (self->none_button), self->none_label);
      show_label (self, NULL);
      break;
    case PROP_REQUIRED:
      self->required = g_value_get_boolean (value);
      break;
    case PROP_ID:
      ber_record_row_set_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_record_row_class_init (BerRecordRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ber_record_row_dispose;
  object_class->finalize = ber_record_row_finalize;
  object_class->get_property = ber_record_row_get_property;
  object_class->set_property = ber_record_row_set_property;

  properties[PROP_CHOICES] =
    g_param_spec_string ("choices", NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NONE_LABEL] =
    g_param_spec_string ("none-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REQUIRED] =
    g_param_spec_boolean ("required", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_KEY, "key");
}

static void
ber_record_row_init (BerRecordRow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->filter = ber_list_filter_new ();

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search"), -1);
  g_signal_connect_object (self->search, "search-changed", G_CALLBACK (on_search_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search, "activate", G_CALLBACK (on_search_activate), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item), NULL);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (NULL, g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  g_signal_connect_object (self->list, "activate", G_CALLBACK (on_list_activate), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_widget_set_size_request (scrolled, 280, -1);

  self->none_button = gtk_button_new ();
  gtk_widget_set_visible (self->none_button, FALSE);
  gtk_widget_add_css_class (self->none_button, "flat");
  g_signal_connect_object (self->none_button, "clicked", G_CALLBACK (on_none_clicked), self,
                           G_CONNECT_SWAPPED);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), self->none_button);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, box);
  g_signal_connect_object (self->popover, "show", G_CALLBACK (on_popover_show), self,
                           G_CONNECT_SWAPPED);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "pan-down-symbolic");
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  ber_ui_name_by_title (GTK_WIDGET (self->button), ADW_PREFERENCES_ROW (self));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  g_signal_connect (self, "activated", G_CALLBACK (on_row_activated), NULL);

  update_choices (self);
  show_label (self, NULL);
}

GtkWidget *
ber_record_row_new (const char *title,
                    const char *key,
                    const char *choices)
{
  return g_object_new (BER_TYPE_RECORD_ROW, "title", title, "key", key, "choices", choices,
                       NULL);
}
