/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-record-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-compat.h"
#include "ber-history-section.h"
#include "ber-record-page.h"
#include "ber-ui-util.h"

typedef struct
{
  BerContext  *context;
  BerRecord   *record;
  gboolean     modified;
  gboolean     loading;
  GtkRevealer *error_revealer;
  GtkLabel    *error_label;
} BerRecordPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (BerRecordPage, ber_record_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_RECORD,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SAVED,
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_field_changed (BerRecordPage *self)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  if (!priv->loading)
    ber_record_page_set_modified (self, TRUE);
}

static void
refresh (BerRecordPage *self)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  if (BER_RECORD_PAGE_GET_CLASS (self)->refresh != NULL)
    BER_RECORD_PAGE_GET_CLASS (self)->refresh (self);
  /* The page's History section, read anew after each load and save. */
  ber_history_section_show_record_of (GTK_WIDGET (self), priv->context, priv->record);
}

/* The form shows the record, as read or as settled after a conflict. */
static void
fill (BerRecordPage *self)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  if (priv->record == NULL)
    return;
  priv->loading = TRUE;
  ber_fields_load (GTK_WIDGET (self), priv->record);
  priv->loading = FALSE;
  refresh (self);
}

/* Once settled, the form keeps counting as changed until it is saved. */
static void
fill_settled (BerRecordPage *self)
{
  fill (self);
  ber_record_page_set_modified (self, TRUE);
}

static gboolean
default_save_record (BerRecordPage  *self,
                     BerRecord      *record,
                     GError        **error)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  return ber_context_save (priv->context, record, error);
}

/* Conflicts are settled by ber_ui_save_with(), which saves with this. */
static gboolean
save_for_conflict (BerRecordPage *self)
{
  return ber_record_page_save (self);
}

/**
 * ber_record_page_save:
 *
 * Stores the fields on the record and saves it. A field that cannot be
 * stored, or a rule the service refuses, is shown above the form with the
 * field marked; what was typed stays.
 *
 * Returns: whether the record was saved
 */
gboolean
ber_record_page_save (BerRecordPage *self)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  GtkWidget *invalid = NULL;
  gboolean was_new;

  g_return_val_if_fail (BER_IS_RECORD_PAGE (self), FALSE);

  if (priv->context == NULL || priv->record == NULL)
    return FALSE;

  if (!ber_fields_store (GTK_WIDGET (self), priv->record, &invalid, &error))
    {
      ber_record_page_show_error (self, error->message);
      if (invalid != NULL)
        gtk_widget_grab_focus (invalid);
      return FALSE;
    }

  was_new = ber_record_get_id (priv->record) == 0;
  if (!ber_ui_save_with (GTK_WIDGET (self), priv->context, priv->record,
                         (BerUiSaveRecordFunc) BER_RECORD_PAGE_GET_CLASS (self)->save_record,
                         (BerUiFillFunc) fill_settled, (BerUiSaveFunc) save_for_conflict,
                         &error))
    {
      if (!g_error_matches (error, BER_STORE_ERROR, BER_STORE_ERROR_CONFLICT))
        ber_record_page_show_error (self, error->message);
      return FALSE;
    }

  /* The form shows the record as read back: a change made elsewhere in the
   * same moment is then not written back by the next save. */
  fill (self);
  ber_record_page_show_error (self, NULL);
  ber_record_page_set_modified (self, FALSE);
  g_signal_emit (self, signals[SAVED], 0, was_new);
  return TRUE;
}

static void
leave (BerRecordPage *self)
{
  ber_record_page_set_modified (self, FALSE);
  g_signal_emit (self, signals[CLOSED], 0);
}

/**
 * ber_record_page_close:
 *
 * Leaves the page; with changes not saved, asks first whether to save or
 * drop them.
 */
void
ber_record_page_close (BerRecordPage *self)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  g_return_if_fail (BER_IS_RECORD_PAGE (self));

  if (!priv->modified)
    {
      leave (self);
      return;
    }
  ber_ui_ask_save_changes (GTK_WIDGET (self),
                           _("The changes on this page are not saved yet."),
                           (BerUiSaveFunc) ber_record_page_save, (BerUiLeaveFunc) leave);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ber_record_page_save (BER_RECORD_PAGE (widget));
}

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ber_record_page_close (BER_RECORD_PAGE (widget));
}

/* GObject */

static void
ber_record_page_constructed (GObject *object)
{
  G_OBJECT_CLASS (ber_record_page_parent_class)->constructed (object);

  /* The subclass's template is built by now. */
  ber_fields_connect (GTK_WIDGET (object), G_CALLBACK (on_field_changed), object);
}

static void
ber_record_page_dispose (GObject *object)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (BER_RECORD_PAGE (object));

  g_clear_object (&priv->record);
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (ber_record_page_parent_class)->dispose (object);
}

static void
ber_record_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BerRecordPage *self = BER_RECORD_PAGE (object);
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    case PROP_RECORD:
      g_value_set_object (value, priv->record);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, priv->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_record_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BerRecordPage *self = BER_RECORD_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      ber_record_page_set_context (self, g_value_get_object (value));
      break;
    case PROP_RECORD:
      ber_record_page_set_record (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_record_page_class_init (BerRecordPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ber_record_page_constructed;
  object_class->dispose = ber_record_page_dispose;
  object_class->get_property = ber_record_page_get_property;
  object_class->set_property = ber_record_page_set_property;
  klass->save_record = default_save_record;
  /* For the History section that the pages' templates hold. */
  g_type_ensure (BER_TYPE_HISTORY_SECTION);

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BER_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, BER_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BerRecordPage::saved:
   * @was_new: whether the record was added now
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  /**
   * BerRecordPage::closed:
   *
   * The user left the page, its changes saved or dropped.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "page.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "page.close", NULL, close_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "page.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "page.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "page.close", NULL);
}

static void
ber_record_page_init (BerRecordPage *self)
{
}

BerContext *
ber_record_page_get_context (BerRecordPage *self)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  g_return_val_if_fail (BER_IS_RECORD_PAGE (self), NULL);
  return priv->context;
}

void
ber_record_page_set_context (BerRecordPage *self,
                             BerContext    *context)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  g_return_if_fail (BER_IS_RECORD_PAGE (self));

  if (!g_set_object (&priv->context, context))
    return;
  g_clear_object (&priv->record);
  ber_fields_set_context (GTK_WIDGET (self), context);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/* Returns: (transfer none) (nullable): the record the page edits */
BerRecord *
ber_record_page_get_record (BerRecordPage *self)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  g_return_val_if_fail (BER_IS_RECORD_PAGE (self), NULL);
  return priv->record;
}

/* The id of the record shown, 0 for a new one not saved yet. */
gint64
ber_record_page_get_id (BerRecordPage *self)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  g_return_val_if_fail (BER_IS_RECORD_PAGE (self), 0);
  return priv->record != NULL ? ber_record_get_id (priv->record) : 0;
}

/**
 * ber_record_page_set_record:
 * @record: (nullable): a record of the page's own, read from the register
 *   (or new), that the page edits
 */
void
ber_record_page_set_record (BerRecordPage *self,
                            BerRecord     *record)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  g_return_if_fail (BER_IS_RECORD_PAGE (self));

  g_set_object (&priv->record, record);
  ber_record_page_show_error (self, NULL);
  fill (self);
  ber_record_page_set_modified (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

gboolean
ber_record_page_get_modified (BerRecordPage *self)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  g_return_val_if_fail (BER_IS_RECORD_PAGE (self), FALSE);
  return priv->modified;
}

void
ber_record_page_set_modified (BerRecordPage *self,
                              gboolean       modified)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  g_return_if_fail (BER_IS_RECORD_PAGE (self));

  if (priv->modified == modified)
    return;
  priv->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Where the page says what to mend (a revealer holding a label). */
void
ber_record_page_set_error_widgets (BerRecordPage *self,
                                   GtkRevealer   *revealer,
                                   GtkLabel      *label)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  g_return_if_fail (BER_IS_RECORD_PAGE (self));
  priv->error_revealer = revealer;
  priv->error_label = label;
}

/* @message: (nullable): what to mend, or %NULL to hide the last one */
void
ber_record_page_show_error (BerRecordPage *self,
                            const char    *message)
{
  BerRecordPagePrivate *priv = ber_record_page_get_instance_private (self);

  g_return_if_fail (BER_IS_RECORD_PAGE (self));

  if (priv->error_revealer != NULL)
    ber_ui_show_error (priv->error_revealer, priv->error_label, message);
  else if (message != NULL)
    ber_ui_toast (GTK_WIDGET (self), message);
}

/* Deleting */

typedef struct
{
  BerRecordPageDeleteFunc delete_record;
  char                   *deleted;
} DeleteRequest;

#define DELETE_REQUEST_KEY "ber-record-page-delete"

static void
delete_request_free (gpointer data)
{
  DeleteRequest *request = data;

  g_free (request->deleted);
  g_free (request);
}

static void
delete_response (BerAlert      *dialog,
                 const char    *response,
                 BerRecordPage *self)
{
  DeleteRequest *request = g_object_get_data (G_OBJECT (dialog), DELETE_REQUEST_KEY);
  BerRecord *record = ber_record_page_get_record (self);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || record == NULL)
    return;
  if (!request->delete_record (self, record, &error))
    {
      ber_record_page_show_error (self, error->message);
      return;
    }
  ber_ui_toast (GTK_WIDGET (self), request->deleted);
  ber_record_page_set_modified (self, FALSE);
  ber_record_page_close (self);
}

/**
 * ber_record_page_ask_delete:
 * @heading: asks whether to delete, naming the kind of record
 * @body: says what goes with the record and what is kept
 * @delete_record: deletes the record through its service
 * @deleted: the toast shown once it is deleted
 *
 * Asks before deleting the page's record, Cancel being the default, and
 * closes the page once it is deleted; an error is shown on the page. A
 * record not yet saved is only dropped: the page closes without asking.
 */
void
ber_record_page_ask_delete (BerRecordPage           *self,
                            const char              *heading,
                            const char              *body,
                            BerRecordPageDeleteFunc  delete_record,
                            const char              *deleted)
{
  DeleteRequest *request;
  BerAlert *dialog;

  g_return_if_fail (BER_IS_RECORD_PAGE (self));
  g_return_if_fail (delete_record != NULL);

  if (ber_record_page_get_id (self) == 0)
    {
      ber_record_page_set_modified (self, FALSE);
      ber_record_page_close (self);
      return;
    }

  dialog = ber_alert_new (heading, body);
  ber_alert_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  ber_alert_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  ber_alert_set_default_response (dialog, "cancel");
  ber_alert_set_close_response (dialog, "cancel");
  request = g_new0 (DeleteRequest, 1);
  request->delete_record = delete_record;
  request->deleted = g_strdup (deleted);
  g_object_set_data_full (G_OBJECT (dialog), DELETE_REQUEST_KEY, request, delete_request_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response), self, 0);
  ber_alert_present (dialog, GTK_WIDGET (self));
}
