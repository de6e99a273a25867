/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-body-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-body-page-private.h"
#include "ber-choice-row.h"
#include "ber-date-row.h"
#include "ber-number-row.h"
#include "ber-text-area.h"
#include "ber-text-row.h"
#include "ber-ui-util.h"

/*
 * One body of the region: its own fields, saved with Save, and what new
 * meetings and incoming items take from it — the standing points of its
 * agenda and its routing rules — each written at once through a small form.
 * What was typed stays in the fields until it is saved; a refused save says
 * what to mend.
 */

G_DEFINE_FINAL_TYPE (BerBodyPage, ber_body_page, BER_TYPE_RECORD_PAGE)

BerBodies *
_ber_body_page_get_bodies (BerBodyPage *self)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));

  return context != NULL ? ber_context_get_bodies (context) : NULL;
}

/* A read or a write that failed, said above the form. */
void
_ber_body_page_report (BerBodyPage  *self,
                       const GError *error)
{
  ber_record_page_show_error (BER_RECORD_PAGE (self), error->message);
}

static void
update_title (BerBodyPage *self)
{
  BerRecord *body = ber_record_page_get_record (BER_RECORD_PAGE (self));
  const char *name = body != NULL ? ber_body_get_name (BER_BODY (body)) : NULL;
  const char *dissolved = body != NULL ? ber_record_get_string (body, "dissolved-on") : NULL;
  gboolean saved = ber_record_page_get_id (BER_RECORD_PAGE (self)) != 0;

  gtk_label_set_label (self->title_label,
                       saved && name != NULL && *name != '\0' ? name : _("New Body"));
  if (saved && dissolved != NULL && *dissolved != '\0')
    {
      /* Translators: %s is a date such as 2021-12-31 */
      g_autofree char *text = g_strdup_printf (_("Dissolved on %s: kept for its history, no "
                                                 "longer suggested for new items"),
                                               dissolved);

      gtk_label_set_label (self->subtitle_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
}

/* What is not a field: the title, and the points and rules of a saved body. */
static void
ber_body_page_refresh (BerRecordPage *page)
{
  BerBodyPage *self = BER_BODY_PAGE (page);
  gint64 id = ber_record_page_get_id (page);

  update_title (self);
  gtk_widget_set_visible (self->details_box, id > 0);
  if (id != self->lists_body_id)
    {
      self->lists_body_id = id;
      _ber_body_page_bind_points (self);
      _ber_body_page_bind_rules (self);
    }
}

/* The name is checked first, so that its field is the one marked. */
static gboolean
ber_body_page_save_record (BerRecordPage  *page,
                           BerRecord      *record,
                           GError        **error)
{
  BerBodyPage *self = BER_BODY_PAGE (page);
  BerBodies *bodies = _ber_body_page_get_bodies (self);

  if (!ber_bodies_check_name (bodies, ber_record_get_id (record),
                              ber_body_get_name (BER_BODY (record)), error))
    {
      ber_field_set_invalid (BER_FIELD (self->name_row), TRUE);
      gtk_widget_grab_focus (self->name_row);
      return FALSE;
    }
  return ber_bodies_save (bodies, BER_BODY (record), error);
}

static void
on_saved (BerBodyPage *self,
          gboolean     was_new)
{
  ber_ui_toast (GTK_WIDGET (self), _("Body saved"));
}

static void
entry_activated_cb (BerBodyPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "page.save", NULL);
}

/* A new register: the lists of the old one go. */
static void
on_context_changed (BerBodyPage *self)
{
  self->lists_body_id = -1;
  ber_body_page_set_body (self, 0);
}

/* GtkWidget */

static gboolean
ber_body_page_grab_focus (GtkWidget *widget)
{
  return ber_ui_focus_at_end (BER_BODY_PAGE (widget)->name_row);
}

/* GObject */

static void
ber_body_page_dispose (GObject *object)
{
  BerBodyPage *self = BER_BODY_PAGE (object);

  if (self->points_list != NULL)
    {
      gtk_list_box_bind_model (self->points_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->rules_list, NULL, NULL, NULL, NULL);
    }
  if (self->points != NULL)
    g_signal_handlers_disconnect_by_data (self->points, self);
  /* AdwBin 1.2 keeps a pointer to the child that the template disposes. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_BODY_PAGE);
  g_clear_object (&self->points);
  g_clear_object (&self->rules);

  G_OBJECT_CLASS (ber_body_page_parent_class)->dispose (object);
}

static void
ber_body_page_class_init (BerBodyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerRecordPageClass *page_class = BER_RECORD_PAGE_CLASS (klass);

  object_class->dispose = ber_body_page_dispose;
  widget_class->grab_focus = ber_body_page_grab_focus;
  page_class->save_record = ber_body_page_save_record;
  page_class->refresh = ber_body_page_refresh;

  g_type_ensure (BER_TYPE_TEXT_ROW);
  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_NUMBER_ROW);
  g_type_ensure (BER_TYPE_DATE_ROW);
  g_type_ensure (BER_TYPE_TEXT_AREA);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-body-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, details_box);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, points_list);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, points_hint);
  gtk_widget_class_bind_template_child (widget_class, BerBodyPage, rules_list);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  _ber_body_page_points_class_init (widget_class);
  _ber_body_page_rules_class_init (widget_class);
}

static void
ber_body_page_init (BerBodyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  ber_record_page_set_error_widgets (BER_RECORD_PAGE (self), self->error_revealer,
                                     self->error_label);
  self->lists_body_id = -1;
  _ber_body_page_points_init (self);
  _ber_body_page_rules_init (self);

  g_signal_connect (self, "saved", G_CALLBACK (on_saved), NULL);
  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_changed), NULL);
  ber_body_page_set_body (self, 0);
}

/* Public API */

GtkWidget *
ber_body_page_new (void)
{
  return g_object_new (BER_TYPE_BODY_PAGE, NULL);
}

/**
 * ber_body_page_set_body:
 * @body_id: the body to show, or 0 for a new one
 */
void
ber_body_page_set_body (BerBodyPage *self,
                        gint64       body_id)
{
  BerContext *context;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerRecord) body = NULL;

  g_return_if_fail (BER_IS_BODY_PAGE (self));

  context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  if (body_id > 0 && context != NULL)
    body = ber_context_load (context, BER_TYPE_BODY, body_id, &error);
  if (body == NULL)
    body = BER_RECORD (ber_body_new ());

  ber_record_page_set_record (BER_RECORD_PAGE (self), body);
  if (error != NULL)
    _ber_body_page_report (self, error);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled), 0);
}

gint64
ber_body_page_get_body_id (BerBodyPage *self)
{
  g_return_val_if_fail (BER_IS_BODY_PAGE (self), 0);
  return ber_record_page_get_id (BER_RECORD_PAGE (self));
}

/* Whether the fields hold changes that are not saved. */
gboolean
ber_body_page_get_modified (BerBodyPage *self)
{
  g_return_val_if_fail (BER_IS_BODY_PAGE (self), FALSE);
  return ber_record_page_get_modified (BER_RECORD_PAGE (self));
}

/**
 * ber_body_page_save:
 *
 * Stores the fields on the body and saves it. When that is refused, the
 * fields keep what was typed and the page says what to mend.
 *
 * Returns: %TRUE when the body was saved
 */
gboolean
ber_body_page_save (BerBodyPage *self)
{
  g_return_val_if_fail (BER_IS_BODY_PAGE (self), FALSE);
  return ber_record_page_save (BER_RECORD_PAGE (self));
}

/**
 * ber_body_page_get_error:
 *
 * Returns: (nullable): the message the page shows about the last refused
 *   change, or %NULL
 */
const char *
ber_body_page_get_error (BerBodyPage *self)
{
  g_return_val_if_fail (BER_IS_BODY_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;
  return gtk_label_get_label (self->error_label);
}

/**
 * ber_body_page_get_points:
 *
 * Returns: (transfer none): the standing points, in the order new agendas get them
 */
GListModel *
ber_body_page_get_points (BerBodyPage *self)
{
  g_return_val_if_fail (BER_IS_BODY_PAGE (self), NULL);
  return self->points;
}

/**
 * ber_body_page_get_rules:
 *
 * Returns: (transfer none): the body's routing rules, oldest first
 */
GListModel *
ber_body_page_get_rules (BerBodyPage *self)
{
  g_return_val_if_fail (BER_IS_BODY_PAGE (self), NULL);
  return self->rules;
}

/* Returns: the selected standing point, or %GTK_INVALID_LIST_POSITION */
guint
ber_body_page_get_selected_point (BerBodyPage *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (BER_IS_BODY_PAGE (self), GTK_INVALID_LIST_POSITION);

  row = gtk_list_box_get_selected_row (self->points_list);
  return row != NULL ? (guint) gtk_list_box_row_get_index (row) : GTK_INVALID_LIST_POSITION;
}
