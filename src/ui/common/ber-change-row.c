/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-change-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-change-row.h"

struct _BerChangeRow
{
  AdwBin     parent_instance;

  BerChange *change;
  gboolean   show_record;
  GtkImage  *icon;
  GtkWidget *opens;     /* the row opens the record's page */
  GtkLabel  *title;
  GtkLabel  *subtitle;
  GtkLabel  *note;
  GtkGrid   *fields;
};

G_DEFINE_FINAL_TYPE (BerChangeRow, ber_change_row, ADW_TYPE_BIN)

/* A field's text is cut here: the history shows what changed, the page
 * the whole text. */
#define MAX_VALUE_CHARS 400

static char *
value_markup (const char *value)
{
  g_autofree char *cut = NULL;

  if (value == NULL || *value == '\0')
    /* Translators: the value of a field that was empty */
    return g_markup_printf_escaped ("<i>%s</i>", _("empty"));
  if (g_utf8_strlen (value, -1) > MAX_VALUE_CHARS)
    {
      g_autofree char *start = g_utf8_substring (value, 0, MAX_VALUE_CHARS);

      cut = g_strconcat (start, "…", NULL);
      value = cut;
    }
  return g_markup_escape_text (value, -1);
}

/**
 * ber_change_row_value_text:
 * @old_value: (nullable): the value before; %NULL when not known
 * @new_value: (nullable): the value after; %NULL when the record was removed
 *
 * A field's change as Pango markup: "Received → Assessed", the value
 * before dimmed.
 *
 * Returns: (transfer full): the markup
 */
char *
ber_change_row_value_text (const char *old_value,
                           const char *new_value)
{
  g_autofree char *old_markup = NULL;
  g_autofree char *new_markup = NULL;
  g_autofree char *dimmed = NULL;

  if (new_value == NULL)
    return value_markup (old_value);
  new_markup = value_markup (new_value);
  if (old_value == NULL)
    return g_steal_pointer (&new_markup);
  old_markup = value_markup (old_value);
  dimmed = g_strdup_printf ("<span alpha=\"70%%\">%s</span>", old_markup);
  /* Translators: a change of status, e.g. "Received → Assessed" */
  return g_strdup_printf (_("%s → %s"), dimmed, new_markup);
}

static const char *
action_icon (BerChangeAction action)
{
  switch (action)
    {
    case BER_CHANGE_CREATED:
      return "list-add-symbolic";
    case BER_CHANGE_REMOVED:
      return "user-trash-symbolic";
    case BER_CHANGE_CHANGED:
    default:
      return "document-edit-symbolic";
    }
}

static const char *
action_text (BerChange *change)
{
  gboolean unrecorded = ber_change_get_id (change) == 0;

  switch (ber_change_get_action (change))
    {
    case BER_CHANGE_CREATED:
      return unrecorded ? _("Added by another program") : _("Added");
    case BER_CHANGE_REMOVED:
      return _("Removed");
    case BER_CHANGE_CHANGED:
    default:
      return unrecorded ? _("Changed by another program") : _("Changed");
    }
}

static char *
title_text (BerChangeRow *self)
{
  const char *kind = ber_change_get_kind (self->change);
  const char *label = ber_change_get_label (self->change);

  if (!self->show_record || kind == NULL)
    return g_strdup (action_text (self->change));
  /* Translators: a change in the register's list: what was done, what the
   * record is and its name, "Changed: Item “Invitation to AER”" */
  return g_strdup_printf (_("%s: %s “%s”"), action_text (self->change), kind,
                          label != NULL ? label : "");
}

static char *
subtitle_text (BerChange *change)
{
  g_autofree char *when = ber_change_format_time (change);
  const char *who = ber_change_get_changed_by (change);

  if (who == NULL)
    return g_strdup (_("Not in the change history; when is not known"));
  /* Translators: who made a change and when, "anna · 2026-05-04 14:03" */
  return g_strdup_printf (_("%s · %s"), who, when != NULL ? when : "");
}

static void
clear_fields (BerChangeRow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->fields))) != NULL)
    gtk_grid_remove (self->fields, child);
}

static void
add_field (BerChangeRow         *self,
           const BerChangeField *field,
           int                   row)
{
  g_autofree char *markup = ber_change_row_value_text (field->old_value, field->new_value);
  GtkWidget *name = gtk_label_new (field->label);
  GtkWidget *value = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  /* Whole words, which are long in Swedish ("Sammanträde"), and one width
   * in every row, so that the values line up down the list. */
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 12);
  gtk_label_set_width_chars (GTK_LABEL (name), 12);
  gtk_widget_set_valign (name, GTK_ALIGN_START);
  gtk_widget_add_css_class (name, "dim-label");
  gtk_widget_add_css_class (name, "caption-heading");

  gtk_label_set_markup (GTK_LABEL (value), markup);
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (value), 6);
  gtk_label_set_ellipsize (GTK_LABEL (value), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (value, TRUE);
  gtk_widget_set_valign (value, GTK_ALIGN_START);

  gtk_grid_attach (self->fields, name, 0, row, 1, 1);
  gtk_grid_attach (self->fields, value, 1, row, 1, 1);
}

static void
update (BerChangeRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;
  guint n;

  clear_fields (self);
  if (self->change == NULL || !ber_change_get_loaded (self->change))
    {
      gtk_image_set_from_icon_name (self->icon, NULL);
      gtk_label_set_label (self->title, _("Loading…"));
      gtk_label_set_label (self->subtitle, "");
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->note), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->fields), FALSE);
      gtk_widget_set_visible (self->opens, FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Loading the change…"), -1);
      return;
    }

  title = title_text (self);
  subtitle = subtitle_text (self->change);
  gtk_image_set_from_icon_name (self->icon, action_icon (ber_change_get_action (self->change)));
  gtk_label_set_label (self->title, title);
  gtk_label_set_label (self->subtitle, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->note),
                          ber_change_get_follows_unrecorded (self->change));
  gtk_widget_set_visible (self->opens, self->show_record
                                         && ber_change_get_record_type (self->change)
                                              != G_TYPE_INVALID);

  n = ber_change_get_n_fields (self->change);
  for (guint i = 0; i < n; i++)
    add_field (self, ber_change_get_field (self->change, i), (int) i);
  gtk_widget_set_visible (GTK_WIDGET (self->fields), n > 0);

  description = ber_change_describe (self->change);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
}

static void
ber_change_row_dispose (GObject *object)
{
  BerChangeRow *self = BER_CHANGE_ROW (object);

  g_clear_object (&self->change);

  G_OBJECT_CLASS (ber_change_row_parent_class)->dispose (object);
}

static void
ber_change_row_class_init (BerChangeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ber_change_row_dispose;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "changerow");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkLabel *
new_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return GTK_LABEL (label);
}

static void
ber_change_row_init (BerChangeRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  /* The icon says what the words say: a screen reader skips it. */
  self->icon = g_object_new (GTK_TYPE_IMAGE, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                             "valign", GTK_ALIGN_START, "pixel-size", 16, NULL);
  gtk_widget_set_margin_top (GTK_WIDGET (self->icon), 2);
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), "dim-label");
  self->title = new_label (NULL);
  self->subtitle = new_label ("dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle), "caption");
  self->note = new_label ("caption");
  gtk_label_set_label (self->note, _("Another program changed the record before this change, "
                                     "without the change history: the values before it may "
                                     "have been other than those shown."));
  self->fields = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->fields, 12);
  gtk_grid_set_row_spacing (self->fields, 4);
  gtk_widget_set_margin_top (GTK_WIDGET (self->fields), 4);

  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->subtitle));
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->note));
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->fields));
  gtk_widget_set_hexpand (text, TRUE);
  self->opens = g_object_new (GTK_TYPE_IMAGE, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                              "icon-name", "go-next-symbolic", "valign", GTK_ALIGN_CENTER, NULL);
  gtk_widget_set_visible (self->opens, FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->icon));
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), self->opens);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  adw_bin_set_child (ADW_BIN (self), box);
  update (self);
}

/* @show_record: whether to name the record changed (in the register's
 *   list; a record's page need not) */
GtkWidget *
ber_change_row_new (gboolean show_record)
{
  BerChangeRow *self = g_object_new (BER_TYPE_CHANGE_ROW, NULL);

  self->show_record = show_record;
  return GTK_WIDGET (self);
}

/* @change: (nullable): the change to show, or a placeholder */
void
ber_change_row_set_change (BerChangeRow *self,
                           BerChange    *change)
{
  g_return_if_fail (BER_IS_CHANGE_ROW (self));

  g_set_object (&self->change, change);
  update (self);
}

/* Returns: (transfer none) (nullable): the change shown */
BerChange *
ber_change_row_get_change (BerChangeRow *self)
{
  g_return_val_if_fail (BER_IS_CHANGE_ROW (self), NULL);
  return self->change;
}
