/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-body-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-bodies-ui.h"
#include "ber-body-page-private.h"
#include "ber-labels.h"
#include "ber-rule-dialog.h"

/*
 * The routing rules of the body page: each names an item type, a subject
 * area or both, with the reason shown beside the suggestion on an item's
 * page. They are added, edited and removed at once, through BerRuleDialog.
 */

/* The subject area's name, or %NULL for a rule on any subject area. */
static char *
area_name (BerBodyPage *self,
           gint64       area_id)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(BerRecord) area = NULL;

  if (area_id <= 0 || context == NULL)
    return NULL;
  area = ber_context_load (context, BER_TYPE_SUBJECT_AREA, area_id, &error);
  if (area == NULL)
    {
      _ber_body_page_report (self, error);
      return g_strdup ("?");
    }
  return g_strdup (ber_subject_area_get_name (BER_SUBJECT_AREA (area)));
}

static char *
rule_title (BerBodyPage *self,
            BerRecord   *rule)
{
  const char *type = ber_record_get_string (rule, "item-type");
  g_autofree char *area = area_name (self, ber_record_get_int64 (rule, "subject-area-id"));

  /* Translators: a routing rule: an item type, then a subject area */
  return g_strdup_printf (_("%s · %s"),
                          type != NULL && *type != '\0'
                            ? ber_choice_label (BER_CHOICES_ITEM_TYPE, type)
                            : _("Any type"),
                          area != NULL ? area : _("Any subject area"));
}

static GtkWidget *
create_rule_row (gpointer item,
                 gpointer user_data)
{
  BerBodyPage *self = user_data;
  BerRecord *rule = item;
  gint64 id = ber_record_get_id (rule);
  g_autofree char *title = rule_title (self, rule);
  g_autofree char *remove = g_strdup_printf (_("Remove the rule “%s”"), title);
  const char *reason = ber_record_get_string (rule, "reason");
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               reason != NULL && *reason != '\0' ? reason : _("No reason given"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "rule-id", GSIZE_TO_POINTER ((gsize) id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             ber_bodies_ui_icon_button ("user-trash-symbolic", _("Remove"), remove,
                                                        "page.remove-rule", id));
  return row;
}

static void
on_list_error (BerBodyPage  *self,
               const GError *error)
{
  _ber_body_page_report (self, error);
}

/* Lists the rules of the body shown; none for a body not saved yet. */
void
_ber_body_page_bind_rules (BerBodyPage *self)
{
  BerBodies *bodies = _ber_body_page_get_bodies (self);
  gint64 body_id = ber_record_page_get_id (BER_RECORD_PAGE (self));

  gtk_list_box_bind_model (self->rules_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->rules);
  if (bodies != NULL && body_id > 0)
    {
      self->rules = ber_bodies_list_rules (bodies, body_id);
      g_signal_connect_object (self->rules, "error", G_CALLBACK (on_list_error), self,
                               G_CONNECT_SWAPPED);
    }
  else
    self->rules = G_LIST_MODEL (g_list_store_new (BER_TYPE_ROUTING_RULE));
  gtk_list_box_bind_model (self->rules_list, self->rules, create_rule_row, self, NULL);
}

/* A rule's row names its subject area: a renamed one is read again. */
static void
on_record_changed (BerContext  *context,
                   GType        type,
                   gint64       id,
                   int          change,
                   BerBodyPage *self)
{
  /* A context the page was given before may still be about. */
  if (context != ber_record_page_get_context (BER_RECORD_PAGE (self)))
    return;
  if (type == BER_TYPE_SUBJECT_AREA && BER_IS_RECORD_LIST (self->rules))
    ber_record_list_reload (BER_RECORD_LIST (self->rules));
}

static void
on_context_changed (BerBodyPage *self)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));

  if (context != NULL)
    g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed), self, 0);
}

/* Adding and editing */

static void
open_rule_dialog (BerBodyPage    *self,
                  BerRoutingRule *rule)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));

  ber_form_dialog_present (ber_rule_dialog_new (context, rule), GTK_WIDGET (self));
}

static void
add_rule_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BerBodyPage *self = BER_BODY_PAGE (widget);
  gint64 body_id = ber_record_page_get_id (BER_RECORD_PAGE (self));
  g_autoptr(BerRoutingRule) rule = NULL;

  if (body_id <= 0)
    return;
  rule = ber_routing_rule_new ();
  g_object_set (rule, "body-id", body_id, NULL);
  open_rule_dialog (self, rule);
}

/* The rule of @id as it is now, for a dialog or a removal of its own. */
static BerRecord *
load_rule (BerBodyPage *self,
           gint64       id)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  g_autoptr(GError) error = NULL;
  BerRecord *rule;

  if (context == NULL || id <= 0)
    return NULL;
  rule = ber_context_load (context, BER_TYPE_ROUTING_RULE, id, &error);
  if (rule == NULL)
    _ber_body_page_report (self, error);
  return rule;
}

static void
on_rule_activated (BerBodyPage   *self,
                   GtkListBoxRow *row)
{
  g_autoptr(BerRecord) rule = load_rule (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row),
                                                                                    "rule-id")));

  if (rule != NULL)
    open_rule_dialog (self, BER_ROUTING_RULE (rule));
}

/* Removing */

static void
remove_rule (gpointer   owner,
             BerRecord *rule)
{
  BerBodyPage *self = owner;
  g_autoptr(GError) error = NULL;

  if (!ber_bodies_delete_rule (_ber_body_page_get_bodies (self), BER_ROUTING_RULE (rule), &error))
    _ber_body_page_report (self, error);
}

static void
remove_rule_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BerBodyPage *self = BER_BODY_PAGE (widget);
  BerRecord *body = ber_record_page_get_record (BER_RECORD_PAGE (self));
  g_autoptr(BerRecord) rule = load_rule (self, g_variant_get_int64 (parameter));
  g_autofree char *text = NULL;

  if (rule == NULL || body == NULL)
    return;
  text = g_strdup_printf (_("Items that match the rule are no longer suggested for %s because "
                            "of it."),
                          ber_body_get_name (BER_BODY (body)));
  ber_bodies_ui_confirm_remove (GTK_WIDGET (self), _("Remove the Routing Rule?"), text, rule,
                                remove_rule);
}

/* Setting up */

void
_ber_body_page_rules_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.add-rule", NULL, add_rule_activated);
  gtk_widget_class_install_action (widget_class, "page.remove-rule", "x", remove_rule_activated);
}

void
_ber_body_page_rules_init (BerBodyPage *self)
{
  gtk_list_box_set_placeholder (self->rules_list,
                                ber_bodies_ui_placeholder (NULL, NULL,
                                                           _("No routing rules: no item is "
                                                             "suggested for this body."),
                                                           NULL));
  g_signal_connect_object (self->rules_list, "row-activated", G_CALLBACK (on_rule_activated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_changed), NULL);
}
