/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-network-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-assignment-dialog.h"
#include "ber-choice-row.h"
#include "ber-date-row.h"
#include "ber-fee-dialog.h"
#include "ber-membership-dialog.h"
#include "ber-network-body-dialog.h"
#include "ber-network-page-private.h"
#include "ber-question-links.h"
#include "ber-record-row.h"
#include "ber-review-dialog.h"
#include "ber-text-area.h"
#include "ber-text-row.h"
#include "ber-ui-util.h"

/*
 * One network: its own fields, saved with Save, and the records around it —
 * membership history, representatives, bodies and seats, fees, influence
 * questions and yearly reviews (ber-network-page-details.c) — each written
 * at once through a small form.
 */

G_DEFINE_FINAL_TYPE (BerNetworkPage, ber_network_page, BER_TYPE_RECORD_PAGE)

gint64
ber_network_page_get_id (BerNetworkPage *self)
{
  return ber_record_page_get_id (BER_RECORD_PAGE (self));
}

BerNetworks *
ber_network_page_get_networks (BerNetworkPage *self)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));

  return context != NULL ? ber_context_get_networks (context) : NULL;
}

static BerContext *
context_of (BerNetworkPage *self)
{
  return ber_record_page_get_context (BER_RECORD_PAGE (self));
}

static void
on_record_changed (BerNetworkPage *self,
                   GType           type,
                   gint64          id,
                   int             change)
{
  if (ber_network_page_get_id (self) != 0)
    ber_network_page_details_changed (self, type);
}

static void
on_context_changed (BerNetworkPage *self)
{
  BerContext *context = context_of (self);

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);
  ber_network_page_clear_details (self);
  if (context != NULL)
    g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self,
                             G_CONNECT_SWAPPED);
}

static void
on_saved (BerNetworkPage *self)
{
  ber_ui_toast (GTK_WIDGET (self), _("Network saved"));
}

/* BerRecordPage */

static gboolean
ber_network_page_save_record (BerRecordPage  *page,
                              BerRecord      *record,
                              GError        **error)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (page);
  BerNetworks *networks = ber_network_page_get_networks (self);
  const char *property = NULL;

  if (!ber_networks_check (networks, BER_NETWORK (record), &property, error))
    {
      ber_fields_mark (GTK_WIDGET (self), property);
      return FALSE;
    }
  return ber_networks_save (networks, BER_NETWORK (record), error);
}

static void
ber_network_page_refresh (BerRecordPage *page)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (page);
  BerRecord *network = ber_record_page_get_record (page);
  const char *name = network != NULL ? ber_record_get_string (network, "name") : NULL;
  gint64 id = ber_network_page_get_id (self);

  gtk_label_set_label (self->title_label,
                       id != 0 && name != NULL && *name != '\0' ? name : _("New Network"));
  gtk_widget_set_visible (self->details_box, id != 0);
  gtk_widget_set_sensitive (self->delete_button, network != NULL);
  ber_network_page_refresh_details (self);
}

/* Forms */

static void
present (BerNetworkPage *self,
         BerFormDialog  *dialog)
{
  ber_form_dialog_present (dialog, GTK_WIDGET (self));
}

static void
add_membership_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);
  g_autoptr(BerMembership) membership = NULL;

  if (ber_network_page_get_id (self) == 0)
    return;
  membership = ber_networks_new_membership (ber_network_page_get_networks (self),
                                            ber_network_page_get_id (self));
  present (self, ber_membership_dialog_new (context_of (self), membership));
}

static void
add_fee_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);
  g_autoptr(BerFee) fee = NULL;

  if (ber_network_page_get_id (self) == 0)
    return;
  fee = ber_networks_new_fee (ber_network_page_get_networks (self), ber_network_page_get_id (self));
  present (self, ber_fee_dialog_new (context_of (self), fee));
}

static void
add_body_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);
  g_autoptr(BerNetworkBody) body = NULL;

  if (ber_network_page_get_id (self) == 0)
    return;
  body = ber_networks_new_body (ber_network_page_get_networks (self),
                                ber_network_page_get_id (self));
  present (self, ber_network_body_dialog_new (context_of (self), body));
}

static void
add_representative_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);
  g_autoptr(BerAssignment) assignment = NULL;

  if (ber_network_page_get_id (self) == 0)
    return;
  assignment = ber_persons_new_assignment (ber_context_get_persons (context_of (self)), 0,
                                           ber_network_page_get_id (self));
  present (self, ber_assignment_dialog_new (context_of (self), assignment));
}

/* The review moves the network's next review date: the form shows it, unless
 * it holds changes of its own (saving them keeps the new date). */
static void
review_saved (BerNetworkPage *self)
{
  g_autoptr(BerNetwork) network = NULL;
  g_autoptr(GError) error = NULL;

  if (ber_record_page_get_modified (BER_RECORD_PAGE (self)))
    return;
  network = ber_context_load (context_of (self), BER_TYPE_NETWORK, ber_network_page_get_id (self),
                              &error);
  if (network == NULL)
    ber_record_page_show_error (BER_RECORD_PAGE (self), error->message);
  else
    ber_record_page_set_record (BER_RECORD_PAGE (self), BER_RECORD (network));
}

static void
add_review_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);
  g_autoptr(BerNetwork) network = NULL;
  g_autoptr(GError) error = NULL;
  BerFormDialog *dialog;

  if (ber_network_page_get_id (self) == 0)
    return;
  /* The dialog writes the next review date over the network as it is now. */
  network = ber_context_load (context_of (self), BER_TYPE_NETWORK, ber_network_page_get_id (self),
                              &error);
  if (network == NULL)
    {
      ber_record_page_show_error (BER_RECORD_PAGE (self), error->message);
      return;
    }
  dialog = ber_review_dialog_new (context_of (self), network);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (review_saved), self, G_CONNECT_SWAPPED);
  present (self, dialog);
}

/* Page actions */

static void
open_website_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);
  g_autofree char *uri = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->website_row))));

  if (*uri == '\0')
    return;
  if (!g_str_has_prefix (uri, "http://") && !g_str_has_prefix (uri, "https://"))
    {
      char *with_scheme = g_strconcat ("https://", uri, NULL);

      g_free (uri);
      uri = with_scheme;
    }
  gtk_show_uri (ber_ui_parent_window (GTK_WIDGET (self)), uri, GDK_CURRENT_TIME);
}

static gboolean
delete_network (BerRecordPage  *page,
                BerRecord      *network,
                GError        **error)
{
  return ber_networks_delete (ber_network_page_get_networks (BER_NETWORK_PAGE (page)),
                              BER_NETWORK (network), error);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ber_record_page_ask_delete (BER_RECORD_PAGE (widget),
                              _("Delete the Network?"),
                              _("Its membership history, fees, bodies "
                                "and reviews are deleted with it. The "
                                "register’s change history keeps a "
                                "copy."),
                              delete_network, _("Network deleted"));
}

/* GtkWidget */

/* Focus goes to the first field, ready for typing. */
static gboolean
ber_network_page_grab_focus (GtkWidget *widget)
{
  return ber_ui_focus_at_end (BER_NETWORK_PAGE (widget)->name_row);
}

/* GObject */

static void
ber_network_page_dispose (GObject *object)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (object);

  ber_network_page_clear_details (self);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_NETWORK_PAGE);

  G_OBJECT_CLASS (ber_network_page_parent_class)->dispose (object);
}

static void
ber_network_page_class_init (BerNetworkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  BerRecordPageClass *page_class = BER_RECORD_PAGE_CLASS (klass);

  object_class->dispose = ber_network_page_dispose;
  widget_class->grab_focus = ber_network_page_grab_focus;
  page_class->save_record = ber_network_page_save_record;
  page_class->refresh = ber_network_page_refresh;

  g_type_ensure (BER_TYPE_CHOICE_ROW);
  g_type_ensure (BER_TYPE_DATE_ROW);
  g_type_ensure (BER_TYPE_RECORD_ROW);
  g_type_ensure (BER_TYPE_TEXT_AREA);
  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-network-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, website_row);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, details_box);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, membership_list);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, representatives_list);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, bodies_list);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, fees_list);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, questions_bin);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, reviews_list);

  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "page.open-website", NULL,
                                   open_website_activated);
  gtk_widget_class_install_action (widget_class, "page.add-membership", NULL,
                                   add_membership_activated);
  gtk_widget_class_install_action (widget_class, "page.add-fee", NULL, add_fee_activated);
  gtk_widget_class_install_action (widget_class, "page.add-representative", NULL,
                                   add_representative_activated);
  gtk_widget_class_install_action (widget_class, "page.add-body", NULL, add_body_activated);
  gtk_widget_class_install_action (widget_class, "page.add-review", NULL, add_review_activated);
}

static void
ber_network_page_init (BerNetworkPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ber_record_page_set_error_widgets (BER_RECORD_PAGE (self), self->error_revealer,
                                     self->error_label);
  ber_network_page_setup_details (self);
  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_changed), NULL);
  g_signal_connect (self, "saved", G_CALLBACK (on_saved), NULL);
}

BerNetworkPage *
ber_network_page_new (void)
{
  return g_object_new (BER_TYPE_NETWORK_PAGE, NULL);
}

/**
 * ber_network_page_set_network:
 * @network: a network of the list, or a new one (id 0)
 *
 * Shows @network. The page edits its own copy, read now, so the list
 * changes only when the page saves.
 */
void
ber_network_page_set_network (BerNetworkPage *self,
                              BerNetwork     *network)
{
  g_autoptr(BerNetwork) copy = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  GtkWidget *scrolled;

  g_return_if_fail (BER_IS_NETWORK_PAGE (self));
  g_return_if_fail (BER_IS_NETWORK (network));

  id = ber_record_get_id (BER_RECORD (network));
  if (id > 0 && context_of (self) != NULL)
    copy = ber_context_load (context_of (self), BER_TYPE_NETWORK, id, &error);
  ber_record_page_set_record (BER_RECORD_PAGE (self),
                              BER_RECORD (copy != NULL ? copy : network));
  if (error != NULL)
    ber_record_page_show_error (BER_RECORD_PAGE (self), error->message);

  scrolled = gtk_widget_get_ancestor (self->details_box, GTK_TYPE_SCROLLED_WINDOW);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
}

/* Returns: (transfer none) (nullable): the network the page edits */
BerNetwork *
ber_network_page_get_network (BerNetworkPage *self)
{
  g_return_val_if_fail (BER_IS_NETWORK_PAGE (self), NULL);
  return BER_NETWORK (ber_record_page_get_record (BER_RECORD_PAGE (self)));
}

/* Writes the fields to the register, as Save does; on an error the fields
 * keep what was typed and the page says what to mend. */
gboolean
ber_network_page_save (BerNetworkPage *self)
{
  g_return_val_if_fail (BER_IS_NETWORK_PAGE (self), FALSE);
  return ber_record_page_save (BER_RECORD_PAGE (self));
}
