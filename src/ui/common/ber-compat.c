/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-compat"

#include "config.h"

#include "ber-compat.h"

/*
 * One function per kind of dialog, each giving the newest dialog the
 * libraries offer: the views call these and never name the version.
 */

/* Alerts: AdwAlertDialog (libadwaita 1.5), else AdwMessageDialog */

/**
 * ber_alert_new:
 * @body: (nullable): the text under the heading
 *
 * Returns: (transfer floating): an alert with no responses yet; present it
 *   with ber_alert_present()
 */
BerAlert *
ber_alert_new (const char *heading,
               const char *body)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  return ADW_ALERT_DIALOG (adw_alert_dialog_new (heading, body));
#else
  return ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, heading, body));
#endif
}

/**
 * ber_alert_add_responses:
 * @first_id: the first response's id, followed by its label, then more
 *   pairs of id and label, and %NULL
 *
 * Adds the responses as buttons, in that order.
 */
void
ber_alert_add_responses (BerAlert   *alert,
                         const char *first_id,
                         ...)
{
  va_list args;

  va_start (args, first_id);
  for (const char *id = first_id; id != NULL; id = va_arg (args, const char *))
    {
      const char *label = va_arg (args, const char *);

#if ADW_CHECK_VERSION (1, 5, 0)
      adw_alert_dialog_add_response (alert, id, label);
#else
      adw_message_dialog_add_response (alert, id, label);
#endif
    }
  va_end (args);
}

void
ber_alert_set_response_appearance (BerAlert              *alert,
                                   const char            *response,
                                   AdwResponseAppearance  appearance)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_alert_dialog_set_response_appearance (alert, response, appearance);
#else
  adw_message_dialog_set_response_appearance (alert, response, appearance);
#endif
}

/* The response Return gives. */
void
ber_alert_set_default_response (BerAlert   *alert,
                                const char *response)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_alert_dialog_set_default_response (alert, response);
#else
  adw_message_dialog_set_default_response (alert, response);
#endif
}

/* The response Escape, or closing the alert, gives. */
void
ber_alert_set_close_response (BerAlert   *alert,
                              const char *response)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_alert_dialog_set_close_response (alert, response);
#else
  adw_message_dialog_set_close_response (alert, response);
#endif
}

/**
 * ber_alert_present:
 * @parent: (nullable): a widget in the window the alert is about
 *
 * Shows @alert over @parent's window, which it blocks until answered. Its
 * "response" signal gives the id of the response chosen.
 */
void
ber_alert_present (BerAlert  *alert,
                   GtkWidget *parent)
{
#if !ADW_CHECK_VERSION (1, 5, 0)
  gtk_window_set_modal (GTK_WINDOW (alert), TRUE);
#endif
  ber_dialog_present (GTK_WIDGET (alert), parent);
}

/* Dialogs */

/**
 * ber_dialog_present:
 * @dialog: an AdwDialog, or a window
 * @parent: (nullable): a widget in the window @dialog belongs to
 *
 * Shows @dialog over @parent's window.
 */
void
ber_dialog_present (GtkWidget *dialog,
                    GtkWidget *parent)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  g_return_if_fail (GTK_IS_WIDGET (dialog));
  g_return_if_fail (parent == NULL || GTK_IS_WIDGET (parent));

#if ADW_CHECK_VERSION (1, 5, 0)
  if (ADW_IS_DIALOG (dialog))
    {
      adw_dialog_present (ADW_DIALOG (dialog), parent);
      return;
    }
#endif
  g_return_if_fail (GTK_IS_WINDOW (dialog));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * ber_about_present:
 * @parent: (nullable): a widget in the window the about dialog belongs to
 * @first_property_name: the properties of the about dialog, as for
 *   g_object_new(): those AdwAboutDialog and AdwAboutWindow share
 *
 * Shows the application's about dialog.
 */
void
ber_about_present (GtkWidget  *parent,
                   const char *first_property_name,
                   ...)
{
  GObject *about;
  va_list args;

  va_start (args, first_property_name);
#if ADW_CHECK_VERSION (1, 5, 0)
  about = g_object_new_valist (ADW_TYPE_ABOUT_DIALOG, first_property_name, args);
#else
  about = g_object_new_valist (ADW_TYPE_ABOUT_WINDOW, first_property_name, args);
#endif
  va_end (args);

  ber_dialog_present (GTK_WIDGET (about), parent);
}

/* Files: GtkFileDialog (GTK 4.10), else GtkFileChooserNative */

typedef struct
{
  GWeakRef              owner;
  gulong                destroy_id;
  gboolean              save;
  BerFileFunc           func;
  gpointer              user_data;
  GDestroyNotify        destroy;
#if GTK_CHECK_VERSION (4, 10, 0)
  GCancellable         *cancellable;
#else
  GtkFileChooserNative *native;
#endif
} Chooser;

/* Tells the owner, if it is still there, and frees the chooser. */
static void
chooser_finish (Chooser *chooser,
                GFile   *file)
{
  g_autoptr(GtkWidget) owner = g_weak_ref_get (&chooser->owner);

  if (owner != NULL && chooser->destroy_id != 0)
    g_signal_handler_disconnect (owner, chooser->destroy_id);
  if (owner != NULL && !gtk_widget_in_destruction (owner))
    chooser->func (owner, file, chooser->user_data);
  if (chooser->destroy != NULL)
    chooser->destroy (chooser->user_data);

  g_weak_ref_clear (&chooser->owner);
#if GTK_CHECK_VERSION (4, 10, 0)
  g_clear_object (&chooser->cancellable);
#else
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser->native));
  g_clear_object (&chooser->native);
#endif
  g_free (chooser);
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
file_dialog_done (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Chooser *chooser = user_data;
  GtkFileDialog *dialog = GTK_FILE_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  if (chooser->save)
    file = gtk_file_dialog_save_finish (dialog, result, &error);
  else
    file = gtk_file_dialog_open_finish (dialog, result, &error);
  if (file == NULL && !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED)
      && !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
    g_warning ("The file dialog failed: %s", error->message);

  chooser_finish (chooser, file);
}

#else

static void
native_response (GtkNativeDialog *native,
                 int              response,
                 Chooser         *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  chooser_finish (chooser, file);
}

#endif

/* The owner going away closes the dialog, and nobody is told. */
static void
owner_destroyed (GtkWidget *owner,
                 Chooser   *chooser)
{
  chooser->destroy_id = 0;
#if GTK_CHECK_VERSION (4, 10, 0)
  g_cancellable_cancel (chooser->cancellable);
#else
  g_signal_handlers_disconnect_by_data (chooser->native, chooser);
  chooser_finish (chooser, NULL);
#endif
}

static void
choose (GtkWidget      *owner,
        gboolean        save,
        const char     *title,
        const char     *accept_label,
        const char     *initial_name,
        GtkFileFilter **filters,
        BerFileFunc     func,
        gpointer        user_data,
        GDestroyNotify  destroy)
{
  GtkRoot *root = gtk_widget_get_root (owner);
  GtkWindow *parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  Chooser *chooser = g_new0 (Chooser, 1);

  g_weak_ref_init (&chooser->owner, owner);
  chooser->save = save;
  chooser->func = func;
  chooser->user_data = user_data;
  chooser->destroy = destroy;
  chooser->destroy_id = g_signal_connect (owner, "destroy", G_CALLBACK (owner_destroyed), chooser);

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_accept_label (dialog, accept_label);
    gtk_file_dialog_set_modal (dialog, TRUE);
    if (filters != NULL && filters[0] != NULL)
      {
        g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_FILE_FILTER);

        for (guint i = 0; filters[i] != NULL; i++)
          g_list_store_append (store, filters[i]);
        gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (store));
        gtk_file_dialog_set_default_filter (dialog, filters[0]);
      }
    chooser->cancellable = g_cancellable_new ();
    if (save)
      {
        gtk_file_dialog_set_initial_name (dialog, initial_name);
        gtk_file_dialog_save (dialog, parent, chooser->cancellable, file_dialog_done, chooser);
      }
    else
      gtk_file_dialog_open (dialog, parent, chooser->cancellable, file_dialog_done, chooser);
  }
#else
  chooser->native = gtk_file_chooser_native_new (title, parent,
                                                 save ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                      : GTK_FILE_CHOOSER_ACTION_OPEN,
                                                 accept_label, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser->native), TRUE);
  for (guint i = 0; filters != NULL && filters[i] != NULL; i++)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser->native), filters[i]);
  if (save && initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser->native), initial_name);
  g_signal_connect (chooser->native, "response", G_CALLBACK (native_response), chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser->native));
#endif
}

/**
 * ber_file_open:
 * @owner: the widget that asks; its window is the dialog's parent
 * @accept_label: (nullable): the label of the button that opens, with a
 *   mnemonic
 * @filters: (nullable) (array zero-terminated=1): the filters offered, the
 *   first chosen
 * @func: called with the file chosen, or %NULL when the user cancelled; not
 *   called once @owner is destroyed
 * @destroy: (nullable): frees @user_data after that
 *
 * Asks for a file to open.
 */
void
ber_file_open (GtkWidget      *owner,
               const char     *title,
               const char     *accept_label,
               GtkFileFilter **filters,
               BerFileFunc     func,
               gpointer        user_data,
               GDestroyNotify  destroy)
{
  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (func != NULL);

  choose (owner, FALSE, title, accept_label, NULL, filters, func, user_data, destroy);
}

/**
 * ber_file_save:
 * @initial_name: (nullable): the name proposed
 *
 * Asks where to save a file, as ber_file_open() asks for a file to open.
 */
void
ber_file_save (GtkWidget      *owner,
               const char     *title,
               const char     *accept_label,
               const char     *initial_name,
               GtkFileFilter **filters,
               BerFileFunc     func,
               gpointer        user_data,
               GDestroyNotify  destroy)
{
  g_return_if_fail (GTK_IS_WIDGET (owner));
  g_return_if_fail (func != NULL);

  choose (owner, TRUE, title, accept_label, initial_name, filters, func, user_data, destroy);
}
