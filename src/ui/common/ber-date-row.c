/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-date.h"
#include "ber-date-row.h"
#include "ber-field.h"

/*
 * An entry row for a date written YYYY-MM-DD, with a calendar to pick one.
 * "date" is the valid date or NULL (empty, or not a date); a text that is
 * not a date is marked as an error and says how to write one.
 */
struct _BerDateRow
{
  AdwEntryRow  parent_instance;

  char        *date;
  GtkCalendar *calendar;
  GtkWidget   *button;
  gboolean     syncing;
  gboolean     loading;
  char        *key;
  gboolean     required;
};

static void field_iface_init (BerFieldInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BerDateRow, ber_date_row, ADW_TYPE_ENTRY_ROW,
                               G_IMPLEMENT_INTERFACE (BER_TYPE_FIELD, field_iface_init))

enum
{
  PROP_0,
  PROP_DATE,
  PROP_VALID,
  PROP_REQUIRED,
  N_PROPS,
  PROP_KEY = N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
set_date_internal (BerDateRow *self,
                   const char *date)
{
  if (g_strcmp0 (self->date, date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
on_changed (BerDateRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean valid = *stripped == '\0' || ber_date_is_valid (stripped);

  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self),
                                   _("Write the date as YYYY-MM-DD, for example 2026-11-23"));
    }

  set_date_internal (self, valid && *stripped != '\0' ? stripped : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
  if (!self->loading)
    ber_field_changed (BER_FIELD (self));
}

/* As a field of a form */

static void
date_row_load (BerField  *field,
               BerRecord *record)
{
  BerDateRow *self = BER_DATE_ROW (field);
  g_autofree char *date = NULL;

  g_object_get (record, self->key, &date, NULL);
  self->loading = TRUE;
  ber_date_row_set_date (self, date != NULL && *date != '\0' ? date : NULL);
  self->loading = FALSE;
}

static gboolean
date_row_store (BerField   *field,
                BerRecord  *record,
                GError    **error)
{
  BerDateRow *self = BER_DATE_ROW (field);

  if (!ber_date_row_is_valid (self))
    {
      g_autofree char *message =
        /* Translators: the name of a date field in a form */
        g_strdup_printf (_("“%s” is not a date. Write it as YYYY-MM-DD, for example "
                           "2026-11-23."), ber_field_title (field));

      return ber_field_refuse (field, error, message);
    }
  if (self->required && self->date == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is required. Fill it in and save again."),
                         ber_field_title (field));

      return ber_field_refuse (field, error, message);
    }

  g_object_set (record, self->key, self->date, NULL);
  return TRUE;
}

static void
field_iface_init (BerFieldInterface *iface)
{
  iface->load = date_row_load;
  iface->store = date_row_store;
}

static void
on_day_selected (BerDateRow  *self,
                 GtkCalendar *calendar)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (picked, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  if (self->syncing)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
on_popover_show (BerDateRow *self)
{
  GDate date;

  if (!ber_date_parse (self->date, &date))
    return;

  {
    g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (&date),
                                                     g_date_get_month (&date),
                                                     g_date_get_day (&date), 0, 0, 0);

    self->syncing = TRUE;
    gtk_calendar_select_day (self->calendar, dt);
    self->syncing = FALSE;
  }
}

static void
ber_date_row_finalize (GObject *object)
{
  BerDateRow *self = BER_DATE_ROW (object);

  g_free (self->date);
  g_free (self->key);

  G_OBJECT_CLASS (ber_date_row_parent_class)->finalize (object);
}

static void
ber_date_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BerDateRow *self = BER_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    case PROP_VALID:
      g_value_set_boolean (value, ber_date_row_is_valid (self));
      break;
    case PROP_REQUIRED:
      g_value_set_boolean (value, self->required);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_date_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BerDateRow *self = BER_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      ber_date_row_set_date (self, g_value_get_string (value));
      break;
    case PROP_REQUIRED:
      self->required = g_value_get_boolean (value);
      break;
    case PROP_KEY:
      g_free (self->key);
      self->key = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_date_row_class_init (BerDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ber_date_row_finalize;
  object_class->get_property = ber_date_row_get_property;
  object_class->set_property = ber_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REQUIRED] =
    g_param_spec_boolean ("required", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_KEY, "key");
}

static void
ber_date_row_init (BerDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), popover);
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->button, "flat");
  gtk_widget_set_tooltip_text (self->button, _("Choose a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose a Date"), -1);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), self->button);

  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_popover_show), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "changed", G_CALLBACK (on_changed), NULL);
}

GtkWidget *
ber_date_row_new (void)
{
  return g_object_new (BER_TYPE_DATE_ROW, NULL);
}

/* Returns: (nullable): the date, YYYY-MM-DD, or NULL when empty or not a date. */
const char *
ber_date_row_get_date (BerDateRow *self)
{
  g_return_val_if_fail (BER_IS_DATE_ROW (self), NULL);
  return self->date;
}

void
ber_date_row_set_date (BerDateRow *self,
                       const char *iso_date)
{
  g_return_if_fail (BER_IS_DATE_ROW (self));

  gtk_editable_set_text (GTK_EDITABLE (self), iso_date != NULL ? iso_date : "");
}

/* Whether the row holds a date or nothing, rather than text that is no date. */
gboolean
ber_date_row_is_valid (BerDateRow *self)
{
  const char *text;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (BER_IS_DATE_ROW (self), FALSE);

  text = gtk_editable_get_text (GTK_EDITABLE (self));
  stripped = g_strstrip (g_strdup (text));
  return *stripped == '\0' || ber_date_is_valid (stripped);
}
