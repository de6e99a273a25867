/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-person-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-application.h"
#include "ber-compat.h"
#include "ber-export-ui.h"
#include "ber-person-export.h"
#include "ber-person-page-private.h"
#include "ber-persons-privacy.h"
#include "ber-ui-util.h"

/*
 * The person page's personal data (GDPR): the extract as PDF or JSON, and
 * the erasure, which says before anything happens what goes, what the law
 * keeps and why, and what becomes of the backups.
 */

static gint64
person_id (BerPersonPage *self)
{
  return ber_record_page_get_id (BER_RECORD_PAGE (self));
}

static const char *
person_name (BerPersonPage *self)
{
  BerRecord *person = ber_record_page_get_record (BER_RECORD_PAGE (self));
  const char *name = person != NULL ? ber_record_get_string (person, "name") : NULL;

  return name != NULL ? name : "";
}

/* The extract */

void
ber_person_page_export_personal_data_activated (GtkWidget  *widget,
                                                const char *action_name,
                                                GVariant   *parameter)
{
  BerPersonPage *self = BER_PERSON_PAGE (widget);
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  gboolean json = g_str_has_suffix (action_name, "-json");
  g_autofree char *name = NULL;

  if (context == NULL || person_id (self) == 0)
    return;

  /* Translators: a file name; %s is the person's name */
  name = g_strdup_printf (json ? _("Personal data %s.json") : _("Personal data %s.pdf"),
                          person_name (self));
  g_strdelimit (name, "/\\", '-');
  ber_export_ui_run (widget, context, _("Export Personal Data"), name, ber_export_person,
                     person_id (self));
}

/* The erasure */

static GtkWidget *
wrapped_label (const char *text,
               const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

static int
backups_kept (void)
{
  GApplication *app = g_application_get_default ();
  GSettings *settings = BER_IS_APPLICATION (app)
                          ? ber_application_get_settings (BER_APPLICATION (app)) : NULL;

  return settings != NULL ? g_settings_get_int (settings, "backups-to-keep") : 7;
}

/* What goes, what stays and why, and the backups: under the question. */
static GtkWidget *
plan_widget (BerErasurePlan *plan)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  const char * const *removed = ber_erasure_plan_get_removed (plan);
  g_autofree char *backups = NULL;
  int n_backups = backups_kept ();

  gtk_box_append (GTK_BOX (box), wrapped_label (_("Erased"), "heading"));
  for (guint i = 0; removed[i] != NULL; i++)
    {
      /* Translators: an item of a list */
      g_autofree char *line = g_strdup_printf (_("• %s"), removed[i]);

      gtk_box_append (GTK_BOX (box), wrapped_label (line, NULL));
    }

  gtk_box_append (GTK_BOX (box), wrapped_label (_("Kept, and Why"), "heading"));
  if (ber_erasure_plan_get_n_kept (plan) == 0)
    gtk_box_append (GTK_BOX (box), wrapped_label (_("Nothing: no public record names the "
                                                    "person."), NULL));
  for (guint i = 0; i < ber_erasure_plan_get_n_kept (plan); i++)
    {
      GtkWidget *kept = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      gtk_widget_set_margin_bottom (kept, 6);
      gtk_box_append (GTK_BOX (kept), wrapped_label (ber_erasure_plan_get_kept_title (plan, i),
                                                     "heading"));
      gtk_box_append (GTK_BOX (kept), wrapped_label (ber_erasure_plan_get_kept_detail (plan, i),
                                                     "dim-label"));
      gtk_box_append (GTK_BOX (kept), wrapped_label (ber_erasure_plan_get_kept_reason (plan, i),
                                                     "caption"));
      gtk_box_append (GTK_BOX (box), kept);
    }

  gtk_box_append (GTK_BOX (box), wrapped_label (_("Backups"), "heading"));
  backups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Backups made before the erasure still hold the data: "
                                          "the daily ones until they are pruned (the newest %d "
                                          "is kept), those made by hand, before a migration or "
                                          "before a restore until they are removed from the "
                                          "backups folder. Restoring one brings the data back, "
                                          "so erase it again after a restore.",
                                          "Backups made before the erasure still hold the data: "
                                          "the daily ones until they are pruned (the newest %d "
                                          "are kept), those made by hand, before a migration or "
                                          "before a restore until they are removed from the "
                                          "backups folder. Restoring one brings the data back, "
                                          "so erase it again after a restore.",
                                          n_backups),
                             n_backups);
  gtk_box_append (GTK_BOX (box), wrapped_label (backups, NULL));

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  /* Room for the lists, where the dialog's width allows it. */
  gtk_widget_set_size_request (scrolled, 420, -1);
  return scrolled;
}

static void
erased_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BerPersonPage) self = user_data;
  g_autoptr(BerErasurePlan) done = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BerPerson) person = NULL;
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  g_autofree char *message = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  done = ber_persons_erase_personal_data_finish (BER_PERSONS (object), result, &error);
  if (done == NULL)
    {
      ber_person_page_show_failure (self, _("The Personal Data Was Not Erased"), error->message);
      return;
    }

  /* The form shows the person as the erasure left them. */
  if (context != NULL)
    person = ber_context_load (context, BER_TYPE_PERSON, person_id (self), NULL);
  if (person != NULL)
    ber_record_page_set_record (BER_RECORD_PAGE (self), BER_RECORD (person));

  if (ber_erasure_plan_get_wipe_problem (done) != NULL)
    {
      /* Translators: %s says why the register's file could not be wiped */
      message = g_strdup_printf (_("The data was erased from the register, but old copies "
                                   "may remain in its file: %s Close the other programs that "
                                   "have the register open, and erase again to wipe them."),
                                 ber_erasure_plan_get_wipe_problem (done));
      ber_person_page_show_failure (self, _("The Register’s File Was Not Wiped"), message);
      return;
    }
  /* Translators: %s is the person's name before the erasure */
  message = g_strdup_printf (_("The personal data of %s was erased"),
                             ber_erasure_plan_get_name (done));
  ber_ui_toast (GTK_WIDGET (self), message);
}

static void
erase_response_cb (BerPersonPage *self,
                   const char    *response)
{
  if (!g_str_equal (response, "erase") || person_id (self) == 0)
    return;

  /* The page waits while the worker erases and wipes the file. */
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  ber_persons_erase_personal_data_async (ber_person_page_get_persons (self), person_id (self),
                                         NULL, erased_cb, g_object_ref (self));
}

void
ber_person_page_erase_personal_data_activated (GtkWidget  *widget,
                                               const char *action_name,
                                               GVariant   *parameter)
{
  BerPersonPage *self = BER_PERSON_PAGE (widget);
  g_autoptr(BerErasurePlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  BerAlert *dialog;

  if (person_id (self) == 0)
    return;
  if (ber_record_page_get_modified (BER_RECORD_PAGE (self)))
    {
      ber_person_page_show_failure (self, _("The Personal Data Was Not Erased"),
                                    _("The form holds changes that are not saved. Save them, "
                                      "or undo them, before erasing."));
      return;
    }

  plan = ber_persons_plan_erasure (ber_person_page_get_persons (self), person_id (self), &error);
  if (plan == NULL)
    {
      ber_person_page_show_failure (self, _("The Personal Data Was Not Erased"), error->message);
      return;
    }

  /* Translators: %s is the person's name */
  heading = g_strdup_printf (_("Erase the Personal Data of %s?"), ber_erasure_plan_get_name (plan));
  body = g_strdup (_("The register removes what it holds about the person, everywhere the law "
                     "allows, in one step that cannot be undone. What stands in public records "
                     "is kept, as listed below."));
  dialog = ber_alert_new (heading, body);
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_alert_dialog_set_extra_child (dialog, plan_widget (plan));
#else
  adw_message_dialog_set_extra_child (dialog, plan_widget (plan));
#endif
  ber_alert_add_responses (dialog, "cancel", _("_Cancel"), "erase", _("_Erase"), NULL);
  ber_alert_set_close_response (dialog, "cancel");
  ber_alert_set_default_response (dialog, "cancel");
  ber_alert_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (erase_response_cb), self,
                           G_CONNECT_SWAPPED);
  ber_alert_present (dialog, widget);
}
