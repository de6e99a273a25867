/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-network-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-assignment-dialog.h"
#include "ber-fee-dialog.h"
#include "ber-labels.h"
#include "ber-network-body-dialog.h"
#include "ber-network-page-private.h"
#include "ber-question-links.h"
#include "ber-ui-util.h"

/*
 * The records around a network on its page: the membership history, the
 * current representatives, the bodies and seats, the fees, the influence
 * questions it serves and the yearly reviews. Each group lists what the
 * networks service reads; a row opens its record's form.
 */

#define RECORD_KEY "ber-network-page-record"

typedef BerFormDialog *(*OpenForm) (BerContext *context,
                                    gpointer    record);

static GtkWidget *
detail_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* What an empty group says, in the place of its rows. */
static GtkWidget *
placeholder (const char *title,
             const char *subtitle)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *heading = gtk_label_new (title);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_box_append (GTK_BOX (box), heading);
  if (subtitle != NULL)
    {
      GtkWidget *line = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (line), 0);
      gtk_label_set_wrap (GTK_LABEL (line), TRUE);
      gtk_widget_add_css_class (line, "dim-label");
      gtk_box_append (GTK_BOX (box), line);
    }
  return box;
}

/* Opening a record's form */

static void
on_row_activated (AdwActionRow *row,
                  BerNetworkPage *self)
{
  BerRecord *listed = g_object_get_data (G_OBJECT (row), RECORD_KEY);
  OpenForm open = g_object_get_data (G_OBJECT (row), "ber-open-form");
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));
  g_autoptr(BerRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  if (listed == NULL || context == NULL)
    return;
  /* The form edits a copy of its own, read now. */
  record = ber_context_load (context, G_OBJECT_TYPE (listed), ber_record_get_id (listed), &error);
  if (record == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }
  ber_form_dialog_present (open (context, record), GTK_WIDGET (self));
}

/* Activating the row (click, Enter) opens @open on its record. */
static GtkWidget *
editable_row (BerNetworkPage *self,
              GtkWidget      *row,
              BerRecord      *record,
              const char     *icon,
              OpenForm        open)
{
  g_object_set_data_full (G_OBJECT (row), RECORD_KEY, g_object_ref (record), g_object_unref);
  g_object_set_data (G_OBJECT (row), "ber-open-form", open);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon));
  g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated), self, 0);
  return row;
}

/* Rows */

static GtkWidget *
membership_row (gpointer item,
                gpointer user_data)
{
  BerRecord *membership = item;
  const char *status = ber_record_get_string (membership, "status");
  const char *via = ber_record_get_string (membership, "via-network-name");
  const char *activity = ber_membership_get_activity (BER_MEMBERSHIP (membership));
  const char *reference = ber_record_get_string (membership, "decision-reference");
  const char *body = ber_record_get_string (membership, "deciding-body-name");
  g_autofree char *title = NULL;
  g_autofree char *period = ber_format_period (ber_record_get_string (membership, "from-on"),
                                              ber_record_get_string (membership, "to-on"));
  g_autoptr(GString) subtitle = g_string_new (period);
  gboolean has_reference = reference != NULL && *reference != '\0';

  if (g_strcmp0 (status, "indirect") == 0 && via != NULL)
    title = g_strdup_printf (_("Indirect member through %s"), via);
  else
    title = g_strdup (ber_choice_label (BER_CHOICES_MEMBERSHIP_STATUS, status));
  /* Only a member has an activity level: not a network the region follows or has left. */
  if (activity != NULL && *activity != '\0')
    {
      char *with_activity = g_strdup_printf ("%s · %s", title,
                                             ber_choice_label (BER_CHOICES_ACTIVITY, activity));
      g_free (title);
      title = with_activity;
    }
  if (body != NULL || has_reference)
    g_string_append_printf (subtitle, "%s%s%s%s", subtitle->len ? " · " : "",
                            body != NULL ? body : "", body != NULL && has_reference ? ", " : "",
                            has_reference ? reference : "");
  return detail_row (title, subtitle->str);
}

static GtkWidget *
representative_row (gpointer item,
                    gpointer user_data)
{
  BerNetworkPage *self = user_data;
  BerRecord *assignment = item;
  const char *candidacy = ber_record_get_string (assignment, "candidacy");
  const char *body = ber_record_get_string (assignment, "network-body-name");
  g_autofree char *period = ber_format_period (ber_record_get_string (assignment, "from-on"),
                                              ber_record_get_string (assignment, "to-on"));
  g_autofree char *title = g_strdup_printf ("%s — %s",
                                            ber_record_get_string (assignment, "person-name"),
                                            ber_choice_label (BER_CHOICES_ASSIGNMENT_ROLE,
                                                              ber_record_get_string (assignment,
                                                                                     "role")));
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (body != NULL)
    g_string_append (subtitle, body);
  if (period != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", period);
  if (candidacy != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "",
                            ber_choice_label (BER_CHOICES_CANDIDACY, candidacy));
  return editable_row (self, detail_row (title, subtitle->str), assignment, "go-next-symbolic",
                       (OpenForm) ber_assignment_dialog_new);
}

static GtkWidget *
body_row (gpointer item,
          gpointer user_data)
{
  BerNetworkPage *self = user_data;
  BerRecord *body = item;
  int seats = 0;
  g_autofree char *seats_text = NULL;
  g_autofree char *subtitle = NULL;

  g_object_get (body, "seats", &seats, NULL);
  seats_text = seats > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%d seat for the region",
                                                         "%d seats for the region",
                                                         (gulong) seats),
                                            seats)
                         : g_strdup (_("No seat"));
  subtitle = g_strdup_printf ("%s · %s",
                              ber_choice_label (BER_CHOICES_NETWORK_BODY_KIND,
                                                ber_record_get_string (body, "kind")),
                              seats_text);
  return editable_row (self, detail_row (ber_record_get_string (body, "name"), subtitle), body,
                       "document-edit-symbolic", (OpenForm) ber_network_body_dialog_new);
}

static GtkWidget *
fee_row (gpointer item,
         gpointer user_data)
{
  BerNetworkPage *self = user_data;
  BerFee *fee = item;
  const char *currency = ber_fee_get_currency (fee);
  g_autofree char *amount_text = ber_format_amount (ber_fee_get_amount (fee));
  g_autofree char *title = g_strdup_printf ("%d · %s %s", ber_fee_get_year (fee), amount_text,
                                            currency);
  g_autofree char *subtitle = NULL;
  double rate = 0, sek = 0;

  g_object_get (fee, "sek-rate", &rate, "amount-sek", &sek, NULL);
  if (g_strcmp0 (currency, "EUR") == 0 && rate > 0)
    {
      g_autofree char *sek_text = ber_format_amount (sek);
      g_autofree char *rate_text = ber_format_amount (rate);

      subtitle = g_strdup_printf (_("%s SEK at %s SEK per euro"), sek_text, rate_text);
    }
  else if (g_strcmp0 (currency, "EUR") == 0)
    subtitle = g_strdup (_("No exchange rate: not counted in SEK totals"));
  return editable_row (self, detail_row (title, subtitle), BER_RECORD (fee),
                       "document-edit-symbolic", (OpenForm) ber_fee_dialog_new);
}

static GtkWidget *
review_row (gpointer item,
            gpointer user_data)
{
  BerNetworkReview *review = item;
  g_autofree char *title = g_strdup_printf ("%s · %s", ber_network_review_get_reviewed_on (review),
                                            ber_choice_label (BER_CHOICES_REVIEW_OUTCOME,
                                                              ber_network_review_get_outcome (review)));

  return detail_row (title, ber_record_get_string (BER_RECORD (review), "note"));
}

/* Groups */

static void
bind (GtkListBox                 *list,
      GListModel                 *model,
      GtkListBoxCreateWidgetFunc  create,
      gpointer                    user_data)
{
  gtk_list_box_bind_model (list, model, model != NULL ? create : NULL, user_data, NULL);
}

static void
refresh_representatives (BerNetworkPage *self)
{
  g_autoptr(GListModel) representatives = NULL;
  g_autoptr(GError) error = NULL;

  representatives = ber_networks_list_representatives (ber_network_page_get_networks (self),
                                                       ber_network_page_get_id (self), &error);
  if (representatives == NULL)
    ber_record_page_show_error (BER_RECORD_PAGE (self), error->message);
  bind (self->representatives_list, representatives, representative_row, self);
}

/* The questions the network serves: BerQuestionLinks follows them itself. */
static void
refresh_questions (BerNetworkPage *self)
{
  BerContext *context = ber_record_page_get_context (BER_RECORD_PAGE (self));

  ber_question_links_set_context (BER_QUESTION_LINKS (self->question_links), context);
  ber_question_links_set_record (BER_QUESTION_LINKS (self->question_links),
                                 context != NULL ? ber_network_page_get_id (self) : 0);
}

/* Empties the groups, for a new network or none. */
void
ber_network_page_clear_details (BerNetworkPage *self)
{
  GtkListBox *lists[] = { self->membership_list, self->representatives_list, self->bodies_list,
                          self->fees_list, self->reviews_list };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (lists[i] != NULL)
      gtk_list_box_bind_model (lists[i], NULL, NULL, NULL, NULL);
}

/* Lists the records around the network shown, as they are now. */
void
ber_network_page_refresh_details (BerNetworkPage *self)
{
  BerNetworks *networks = ber_network_page_get_networks (self);
  gint64 id = ber_network_page_get_id (self);
  g_autoptr(GListModel) memberships = NULL;
  g_autoptr(GListModel) bodies = NULL;
  g_autoptr(GListModel) fees = NULL;
  g_autoptr(GListModel) reviews = NULL;

  ber_network_page_clear_details (self);
  refresh_questions (self);
  if (networks == NULL || id == 0)
    return;

  memberships = ber_networks_list_memberships (networks, id);
  bodies = ber_networks_list_bodies (networks, id);
  fees = ber_networks_list_fees (networks, id);
  reviews = ber_networks_list_reviews (networks, id);
  bind (self->membership_list, memberships, membership_row, self);
  bind (self->bodies_list, bodies, body_row, self);
  bind (self->fees_list, fees, fee_row, self);
  bind (self->reviews_list, reviews, review_row, self);
  refresh_representatives (self);
}

/*
 * Records of @type changed in the register. The lists of the network's own
 * records and its questions follow by themselves; the representatives are
 * read again.
 */
void
ber_network_page_details_changed (BerNetworkPage *self,
                                  GType           type)
{
  if (type == BER_TYPE_ASSIGNMENT || type == BER_TYPE_PERSON || type == BER_TYPE_NETWORK_BODY)
    refresh_representatives (self);
}

void
ber_network_page_setup_details (BerNetworkPage *self)
{
  self->question_links = ber_question_links_new (BER_QUESTION_LINK_NETWORK);
  adw_bin_set_child (self->questions_bin, self->question_links);
  gtk_list_box_set_placeholder (self->membership_list,
                                placeholder (_("No membership recorded"),
                                             _("Record the region’s status in this network with "
                                               "Record Change.")));
  gtk_list_box_set_placeholder (self->representatives_list,
                                placeholder (_("No current representatives"), NULL));
}
