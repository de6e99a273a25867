/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-network-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ber-assignment-dialog.h"
#include "ber-date-row.h"
#include "ber-date.h"
#include "ber-form-dialog.h"
#include "ber-labels.h"
#include "ber-model.h"
#include "ber-network-page.h"
#include "ber-networks.h"
#include "ber-ui-util.h"

/*
 * One network: its own fields, saved with Save, and the records around it —
 * membership history, representatives, bodies and seats, fees, influence
 * questions and yearly reviews — each written at once through a small form.
 */
struct _BerNetworkPage
{
  AdwBin         parent_instance;

  BerStore      *store;
  BerNetwork    *network;
  GArray        *body_ids;     /* gint64 for body_row entries after "none" */
  GPtrArray     *detail_rows;  /* rows added to the detail groups */

  GtkLabel      *title_label;
  GtkWidget     *delete_button;
  GtkRevealer   *error_revealer;
  GtkLabel      *error_label;
  AdwEntryRow   *name_row;
  AdwEntryRow   *acronym_row;
  AdwComboRow   *kind_row;
  AdwComboRow   *body_row;
  AdwEntryRow   *website_row;
  AdwEntryRow   *scope_row;
  AdwEntryRow   *contact_row;
  BerDateRow    *review_row;
  GtkTextView   *description_view;
  GtkWidget     *details_box;
  AdwPreferencesGroup *membership_group;
  AdwPreferencesGroup *representatives_group;
  AdwPreferencesGroup *bodies_group;
  AdwPreferencesGroup *fees_group;
  AdwPreferencesGroup *questions_group;
  AdwPreferencesGroup *reviews_group;
};

G_DEFINE_FINAL_TYPE (BerNetworkPage, ber_network_page, ADW_TYPE_BIN)

enum
{
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void refresh_details (BerNetworkPage *self);

/* Helpers */

static gint64
network_id (BerNetworkPage *self)
{
  return self->network != NULL ? ber_record_get_id (BER_RECORD (self->network)) : 0;
}

static void
show_error (BerNetworkPage *self,
            const char     *message)
{
  ber_ui_show_error (self->error_revealer, self->error_label, message);
}

static GtkStringList *
choice_model (BerChoices  which,
              const char *first)
{
  g_auto(GStrv) labels = ber_choice_labels (which);
  GtkStringList *list = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (list, first);
  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (list, labels[i]);
  return list;
}

static const char *
entry_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* A chooser over a table's rows, "none" first when @none is given; ids in a
 * GArray attached to the row. */
static GtkWidget *
record_combo_row (BerStore   *store,
                  const char *title,
                  const char *table,
                  const char *label_column,
                  const char *none,
                  gint64      selected_id,
                  gint64      exclude_id)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(BerQuery) query = ber_query_new (table);
  g_autoptr(GPtrArray) rows = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint selected = 0;
  GtkWidget *row;

  if (none != NULL)
    {
      gint64 zero = 0;

      gtk_string_list_append (list, none);
      g_array_append_val (ids, zero);
    }

  ber_query_add_order (query, "sort_key", FALSE);
  rows = ber_store_select (store, query, 0, 10000, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *label = NULL;
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      g_variant_lookup (g_ptr_array_index (rows, i), label_column, "&s", &label);
      if (id == exclude_id)
        continue;
      if (id == selected_id)
        selected = ids->len;
      gtk_string_list_append (list, label != NULL ? label : "");
      g_array_append_val (ids, id);
    }

  row = ber_ui_combo_row (title, G_LIST_MODEL (list), selected);
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "ids", ids, (GDestroyNotify) g_array_unref);
  return row;
}

static gint64
record_combo_get (GtkWidget *row)
{
  GArray *ids = g_object_get_data (G_OBJECT (row), "ids");
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

  if (ids == NULL || selected >= ids->len)
    return 0;
  return g_array_index (ids, gint64, selected);
}

static const char *
choice_combo_get (GtkWidget *row,
                  BerChoices which,
                  gboolean   has_none)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

  if (has_none)
    {
      if (selected == 0)
        return NULL;
      selected--;
    }
  return ber_choice_value (which, selected);
}

/* Fields */

static void
fill_body_row (BerNetworkPage *self,
               gint64          selected_id)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(BerQuery) query = ber_query_new ("body");
  g_autoptr(GPtrArray) rows = NULL;
  guint selected = 0;

  gtk_string_list_append (list, _("None"));
  g_array_set_size (self->body_ids, 0);
  if (self->store != NULL)
    {
      ber_query_add_order (query, "sort_key", FALSE);
      rows = ber_store_select (self->store, query, 0, 1000, NULL);
    }
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      const char *name = NULL;
      gint64 id = 0;

      g_variant_lookup (g_ptr_array_index (rows, i), "id", "x", &id);
      g_variant_lookup (g_ptr_array_index (rows, i), "name", "&s", &name);
      gtk_string_list_append (list, name);
      g_array_append_val (self->body_ids, id);
      if (id == selected_id)
        selected = self->body_ids->len;
    }
  adw_combo_row_set_model (self->body_row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (self->body_row, selected);
}

static void
load_fields (BerNetworkPage *self)
{
  g_autofree char *name = NULL, *acronym = NULL, *kind = NULL, *website = NULL;
  g_autofree char *scope = NULL, *contact = NULL, *review = NULL, *description = NULL;
  gint64 body_id = 0;
  int kind_index;

  g_object_get (self->network, "name", &name, "acronym", &acronym, "kind", &kind,
                "website", &website, "scope", &scope, "contact", &contact,
                "next-review-on", &review, "description", &description,
                "responsible-body-id", &body_id, NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name ? name : "");
  gtk_editable_set_text (GTK_EDITABLE (self->acronym_row), acronym ? acronym : "");
  kind_index = ber_choice_index (BER_CHOICES_NETWORK_KIND, kind);
  adw_combo_row_set_selected (self->kind_row, kind_index >= 0 ? (guint) kind_index : 0);
  fill_body_row (self, body_id);
  gtk_editable_set_text (GTK_EDITABLE (self->website_row), website ? website : "");
  gtk_editable_set_text (GTK_EDITABLE (self->scope_row), scope ? scope : "");
  gtk_editable_set_text (GTK_EDITABLE (self->contact_row), contact ? contact : "");
  ber_date_row_set_date (self->review_row, review);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                            description ? description : "", -1);

  gtk_label_set_label (self->title_label, name && *name ? name : _("New Network"));
  show_error (self, NULL);
}

static char *
description_text (BerNetworkPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * ber_network_page_save:
 *
 * Writes the fields to the register. On an error the fields keep what was
 * typed and the page says what to mend.
 */
gboolean
ber_network_page_save (BerNetworkPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *name = NULL;
  g_autofree char *acronym = NULL;
  guint body = adw_combo_row_get_selected (self->body_row);
  gboolean is_new;

  g_return_val_if_fail (BER_IS_NETWORK_PAGE (self), FALSE);

  if (self->store == NULL || self->network == NULL)
    return FALSE;

  name = g_strstrip (g_strdup (entry_text (GTK_WIDGET (self->name_row))));
  if (*name == '\0')
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      show_error (self, _("The network needs a name. Write it in the Name field and save again."));
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");

  if (!ber_date_row_is_valid (self->review_row))
    {
      show_error (self, _("The next review date is not a date. Write it as YYYY-MM-DD, for "
                          "example 2026-11-23."));
      gtk_widget_grab_focus (GTK_WIDGET (self->review_row));
      return FALSE;
    }

  description = description_text (self);
  acronym = g_strstrip (g_strdup (entry_text (GTK_WIDGET (self->acronym_row))));
  is_new = network_id (self) == 0;
  g_object_set (self->network,
                "name", name,
                "acronym", acronym,
                "kind", ber_choice_value (BER_CHOICES_NETWORK_KIND,
                                          adw_combo_row_get_selected (self->kind_row)),
                "responsible-body-id", body > 0 && body - 1 < self->body_ids->len
                                         ? g_array_index (self->body_ids, gint64, body - 1)
                                         : (gint64) 0,
                "website", entry_text (GTK_WIDGET (self->website_row)),
                "scope", entry_text (GTK_WIDGET (self->scope_row)),
                "contact", entry_text (GTK_WIDGET (self->contact_row)),
                "next-review-on", ber_date_row_get_date (self->review_row),
                "description", description,
                NULL);

  if (!ber_ui_save_record (GTK_WIDGET (self), BER_RECORD (self->network), self->store,
                           (BerUiFillFunc) load_fields, (BerUiSaveFunc) ber_network_page_save,
                           &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  show_error (self, NULL);
  gtk_label_set_label (self->title_label, name);
  gtk_widget_set_visible (self->details_box, TRUE);
  gtk_widget_set_sensitive (self->delete_button, TRUE);
  if (is_new)
    refresh_details (self);
  ber_ui_toast (GTK_WIDGET (self), _("Network saved"));
  return TRUE;
}

/* Detail groups */

static void
clear_details (BerNetworkPage *self)
{
  for (guint i = 0; i < self->detail_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->detail_rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->detail_rows, 0);
}

static GtkWidget *
add_detail_row (BerNetworkPage      *self,
                AdwPreferencesGroup *group,
                const char          *title,
                const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->detail_rows, row);
  return row;
}

typedef void (*OpenForm) (BerNetworkPage *self,
                          gint64          id);

static void
on_editable_row_activated (BerNetworkPage *self,
                           AdwActionRow   *row)
{
  OpenForm open = g_object_get_data (G_OBJECT (row), "open-form");
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "row-id"));

  open (self, id);
}

/* Activating the row (click, Enter) opens its form to edit it. */
static void
make_row_editable (BerNetworkPage *self,
                   GtkWidget      *row,
                   GVariant       *values,
                   OpenForm        open)
{
  gint64 id = 0;

  g_variant_lookup (values, "id", "x", &id);
  g_object_set_data (G_OBJECT (row), "row-id", GSIZE_TO_POINTER ((gsize) id));
  g_object_set_data (G_OBJECT (row), "open-form", open);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("document-edit-symbolic"));
  g_signal_connect_object (row, "activated", G_CALLBACK (on_editable_row_activated), self,
                           G_CONNECT_SWAPPED);
}

static void open_fee_form  (BerNetworkPage *self,
                            gint64          id);
static void open_body_form (BerNetworkPage *self,
                            gint64          id);

static GPtrArray *
select_for_network (BerNetworkPage *self,
                    const char     *source,
                    const char     *order,
                    gboolean        descending)
{
  g_autoptr(BerQuery) query = ber_query_new (source);

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ,
                           g_variant_new_int64 (network_id (self)));
  if (order != NULL)
    ber_query_add_order (query, order, descending);
  return ber_store_select (self->store, query, 0, 1000, NULL);
}

static const char *
lookup_string (GVariant   *row,
               const char *key)
{
  const char *value = NULL;

  g_variant_lookup (row, key, "&s", &value);
  return value;
}

static char *
period_text (const char *from,
             const char *to)
{
  if (from == NULL && to == NULL)
    return g_strdup ("");
  /* Translators: a period of dates, "2023-01-01 – 2026-12-31"; an open end stays empty */
  return g_strdup_printf (_("%s – %s"), from != NULL ? from : "…", to != NULL ? to : "");
}

static void
refresh_memberships (BerNetworkPage *self)
{
  g_autoptr(GPtrArray) rows = select_for_network (self, "membership_list", "from_on", TRUE);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *status = lookup_string (row, "status");
      const char *via = lookup_string (row, "via_network_name");
      const char *reference = lookup_string (row, "decision_reference");
      const char *body = lookup_string (row, "deciding_body_name");
      g_autofree char *title = NULL;
      g_autofree char *period = period_text (lookup_string (row, "from_on"),
                                             lookup_string (row, "to_on"));
      g_autoptr(GString) subtitle = g_string_new (period);

      if (g_strcmp0 (status, "indirect") == 0 && via != NULL)
        title = g_strdup_printf (_("Indirect member through %s"), via);
      else
        title = g_strdup (ber_choice_label (BER_CHOICES_MEMBERSHIP_STATUS, status));
      if (g_strcmp0 (status, "left") != 0)
        {
          char *with_activity = g_strdup_printf ("%s · %s", title,
                                                 ber_choice_label (BER_CHOICES_ACTIVITY,
                                                                   lookup_string (row,
                                                                                  "activity")));
          g_free (title);
          title = with_activity;
        }
      if (body != NULL || (reference != NULL && *reference))
        g_string_append_printf (subtitle, "%s%s%s%s", subtitle->len ? " · " : "",
                                body != NULL ? body : "", body != NULL && reference && *reference
                                                            ? ", " : "",
                                reference != NULL ? reference : "");
      add_detail_row (self, self->membership_group, title, subtitle->str);
    }

  if (rows == NULL || rows->len == 0)
    add_detail_row (self, self->membership_group, _("No membership recorded"),
                    _("Record the region’s status in this network with Record Change."));
}

static void
on_representative_activated (BerNetworkPage *self,
                             AdwActionRow   *row)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "assignment-id"));
  g_autoptr(GError) error = NULL;
  g_autoptr(BerRecord) assignment = ber_record_load (BER_TYPE_ASSIGNMENT, self->store, id, &error);
  BerAssignmentDialog *dialog;

  if (assignment == NULL)
    {
      ber_ui_toast (GTK_WIDGET (self), error->message);
      return;
    }

  dialog = ber_assignment_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)), self->store,
                                      BER_ASSIGNMENT (assignment), 0, network_id (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
refresh_representatives (BerNetworkPage *self)
{
  g_autoptr(BerQuery) query = ber_query_new ("assignment_list");
  g_autoptr(GPtrArray) rows = NULL;
  guint shown = 0;

  ber_query_add_condition (query, "network_id", BER_QUERY_EQ,
                           g_variant_new_int64 (network_id (self)));
  ber_query_add_order (query, "to_on", TRUE);
  rows = ber_store_select (self->store, query, 0, 1000, NULL);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *to = lookup_string (row, "to_on");
      const char *candidacy = lookup_string (row, "candidacy");
      const char *body = lookup_string (row, "network_body_name");
      g_autofree char *period = period_text (lookup_string (row, "from_on"), to);
      g_autofree char *title = NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);

      /* Current ones only here, and candidacies still open; the person's
       * page keeps the history. */
      if ((to != NULL && g_strcmp0 (to, ber_store_get_today (self->store)) < 0)
          || g_strcmp0 (candidacy, "not-elected") == 0 || g_strcmp0 (candidacy, "withdrawn") == 0)
        continue;

      title = g_strdup_printf ("%s — %s", lookup_string (row, "person_name"),
                               ber_choice_label (BER_CHOICES_ASSIGNMENT_ROLE,
                                                 lookup_string (row, "role")));
      if (body != NULL)
        g_string_append_printf (subtitle, "%s · ", body);
      g_string_append (subtitle, period);
      if (candidacy != NULL)
        g_string_append_printf (subtitle, " · %s",
                                ber_choice_label (BER_CHOICES_CANDIDACY, candidacy));
      {
        GtkWidget *action_row = add_detail_row (self, self->representatives_group, title,
                                                subtitle->str);
        gint64 id = 0;

        g_variant_lookup (row, "id", "x", &id);
        g_object_set_data (G_OBJECT (action_row), "assignment-id", GSIZE_TO_POINTER ((gsize) id));
        gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (action_row), TRUE);
        adw_action_row_add_suffix (ADW_ACTION_ROW (action_row),
                                   gtk_image_new_from_icon_name ("go-next-symbolic"));
        g_signal_connect_object (action_row, "activated", G_CALLBACK (on_representative_activated),
                                 self, G_CONNECT_SWAPPED);
      }
      shown++;
    }

  if (shown == 0)
    add_detail_row (self, self->representatives_group, _("No current representatives"), NULL);
}

static void
refresh_bodies (BerNetworkPage *self)
{
  g_autoptr(GPtrArray) rows = select_for_network (self, "network_body", "name", FALSE);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      gint64 seats = 0;
      g_autofree char *seats_text = NULL;
      g_autofree char *subtitle = NULL;

      g_variant_lookup (row, "seats", "x", &seats);
      seats_text = seats > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%d seat for the region",
                                                             "%d seats for the region",
                                                             (gulong) seats),
                                                (int) seats)
                             : g_strdup (_("No seat"));
      subtitle = g_strdup_printf ("%s · %s",
                                  ber_choice_label (BER_CHOICES_NETWORK_BODY_KIND,
                                                    lookup_string (row, "kind")),
                                  seats_text);
      make_row_editable (self,
                         add_detail_row (self, self->bodies_group, lookup_string (row, "name"),
                                         subtitle),
                         row, open_body_form);
    }
}

static void
refresh_fees (BerNetworkPage *self)
{
  g_autoptr(GPtrArray) rows = select_for_network (self, "fee_list", "year", TRUE);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *currency = lookup_string (row, "currency");
      gint64 year = 0;
      double amount = 0, sek = 0, rate = 0;
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *amount_text = NULL;

      g_variant_lookup (row, "year", "x", &year);
      g_variant_lookup (row, "amount", "d", &amount);
      g_variant_lookup (row, "sek_rate", "d", &rate);
      amount_text = ber_format_amount (amount);

      title = g_strdup_printf ("%" G_GINT64_FORMAT " · %s %s", year, amount_text, currency);
      if (g_strcmp0 (currency, "EUR") == 0 && g_variant_lookup (row, "amount_sek", "d", &sek))
        {
          g_autofree char *sek_text = ber_format_amount (sek);
          g_autofree char *rate_text = ber_format_amount (rate);

          subtitle = g_strdup_printf (_("%s SEK at %s SEK per euro"), sek_text, rate_text);
        }
      else if (g_strcmp0 (currency, "EUR") == 0)
        subtitle = g_strdup (_("No exchange rate: not counted in SEK totals"));
      make_row_editable (self, add_detail_row (self, self->fees_group, title, subtitle), row,
                         open_fee_form);
    }
}

static void
on_question_toggled (BerNetworkPage *self,
                     GtkCheckButton *check)
{
  g_autoptr(GError) error = NULL;
  gint64 question = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "question-id"));

  if (!ber_store_set_link (self->store, "network_influence_question", "network_id",
                           network_id (self), "influence_question_id", question,
                           gtk_check_button_get_active (check), &error))
    ber_ui_toast (GTK_WIDGET (self), error->message);
}

static void
refresh_questions (BerNetworkPage *self)
{
  g_autoptr(BerQuery) query = ber_query_new ("influence_question");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GArray) links = NULL;

  ber_query_add_order (query, "priority", FALSE);
  ber_query_add_order (query, "sort_key", FALSE);
  rows = ber_store_select (self->store, query, 0, 1000, NULL);
  links = ber_store_get_links (self->store, "network_influence_question", "network_id",
                               network_id (self), "influence_question_id", NULL);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      const char *title = lookup_string (row, "title");
      gint64 id = 0, year = 0;
      g_autofree char *subtitle = NULL;
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *action_row;
      gboolean linked = FALSE;

      g_variant_lookup (row, "id", "x", &id);
      g_variant_lookup (row, "year", "x", &year);
      for (guint j = 0; links != NULL && j < links->len; j++)
        linked |= g_array_index (links, gint64, j) == id;

      subtitle = year > 0 ? g_strdup_printf ("%s · %" G_GINT64_FORMAT,
                                             ber_choice_label (BER_CHOICES_SCOPE,
                                                               lookup_string (row, "scope")),
                                             year)
                          : g_strdup (ber_choice_label (BER_CHOICES_SCOPE,
                                                        lookup_string (row, "scope")));
      action_row = add_detail_row (self, self->questions_group, title, subtitle);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), linked);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title, -1);
      g_object_set_data (G_OBJECT (check), "question-id", GSIZE_TO_POINTER ((gsize) id));
      adw_action_row_add_prefix (ADW_ACTION_ROW (action_row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_question_toggled), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
refresh_reviews (BerNetworkPage *self)
{
  g_autoptr(GPtrArray) rows = select_for_network (self, "network_review", "reviewed_on", TRUE);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      g_autofree char *title = g_strdup_printf ("%s · %s", lookup_string (row, "reviewed_on"),
                                                ber_choice_label (BER_CHOICES_REVIEW_OUTCOME,
                                                                  lookup_string (row,
                                                                                 "outcome")));

      add_detail_row (self, self->reviews_group, title, lookup_string (row, "note"));
    }
}

static void
refresh_details (BerNetworkPage *self)
{
  clear_details (self);

  if (self->store == NULL || network_id (self) == 0)
    return;

  refresh_memberships (self);
  refresh_representatives (self);
  refresh_bodies (self);
  refresh_fees (self);
  refresh_questions (self);
  refresh_reviews (self);
}

static void
on_store_changed (BerNetworkPage *self,
                  const char     *table)
{
  static const char *tables[] = { "membership", "assignment", "network_body", "fee",
                                  "influence_question", "network_review", "person", "body" };

  if (network_id (self) == 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (table, tables[i]))
      {
        refresh_details (self);
        return;
      }
}

/* Forms */

typedef struct
{
  BerNetworkPage *self;
  gint64          id;       /* the row a form edits; 0 for a new one */
  GtkWidget      *rows[10];
} Form;

static void
form_free (gpointer data)
{
  g_free (data);
}

static Form *
form_new (BerNetworkPage *self)
{
  Form *form = g_new0 (Form, 1);

  form->self = self;
  return form;
}

static void
update_via_visibility (GtkWidget *status_row,
                       GParamSpec *pspec,
                       GtkWidget  *via_row)
{
  gtk_widget_set_visible (via_row, g_strcmp0 (choice_combo_get (status_row,
                                                                BER_CHOICES_MEMBERSHIP_STATUS,
                                                                FALSE),
                                              "indirect") == 0);
}

static gboolean
save_membership (BerFormDialog  *dialog,
                 gpointer        data,
                 GError        **error)
{
  Form *form = data;
  BerNetworkPage *self = form->self;
  const char *status = choice_combo_get (form->rows[0], BER_CHOICES_MEMBERSHIP_STATUS, FALSE);
  g_autoptr(BerMembership) membership = ber_membership_new ();
  g_autoptr(BerNetworks) networks = ber_networks_new (self->store);

  if (!ber_date_row_is_valid (BER_DATE_ROW (form->rows[2])))
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("The start date is not a date. Write it as YYYY-MM-DD."));
      return FALSE;
    }

  g_object_set (membership,
                "network-id", network_id (self),
                "status", status,
                "via-network-id", g_strcmp0 (status, "indirect") == 0
                                    ? record_combo_get (form->rows[1]) : (gint64) 0,
                "from-on", ber_date_row_get_date (BER_DATE_ROW (form->rows[2])),
                "deciding-body-id", record_combo_get (form->rows[3]),
                "decision-reference", entry_text (form->rows[4]),
                "activity", choice_combo_get (form->rows[5], BER_CHOICES_ACTIVITY, FALSE),
                "notice-period", entry_text (form->rows[6]),
                "notes", entry_text (form->rows[7]),
                NULL);
  return ber_networks_change_membership (networks, membership, error);
}

static void
add_membership_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);
  BerFormDialog *dialog;
  Form *form;
  g_autoptr(GtkStringList) statuses = choice_model (BER_CHOICES_MEMBERSHIP_STATUS, NULL);
  g_autoptr(GtkStringList) activities = choice_model (BER_CHOICES_ACTIVITY, NULL);

  if (network_id (self) == 0)
    return;

  dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                _("Record a Membership Change"), _("_Record"));
  form = form_new (self);
  form->rows[0] = ber_ui_combo_row (_("Status"), G_LIST_MODEL (statuses), 0);
  form->rows[1] = record_combo_row (self->store, _("Through Network"), "network", "name", NULL,
                                    0, network_id (self));
  form->rows[2] = ber_ui_date_row (_("From"), ber_store_get_today (self->store));
  form->rows[3] = record_combo_row (self->store, _("Deciding Body"), "body", "name", _("None"), 0,
                                    0);
  form->rows[4] = ber_ui_entry_row (_("Decision Reference"), NULL);
  gtk_widget_set_tooltip_text (form->rows[4], _("Diary number and paragraph, e.g. RS 2026/45 § 12"));
  form->rows[5] = ber_ui_combo_row (_("Activity"), G_LIST_MODEL (activities), 1);
  form->rows[6] = ber_ui_entry_row (_("Notice Period"), NULL);
  form->rows[7] = ber_ui_entry_row (_("Notes"), NULL);
  for (guint i = 0; i < 8; i++)
    ber_form_dialog_add (dialog, form->rows[i]);
  update_via_visibility (form->rows[0], NULL, form->rows[1]);
  g_signal_connect (form->rows[0], "notify::selected", G_CALLBACK (update_via_visibility),
                    form->rows[1]);
  ber_form_dialog_set_save (dialog, save_membership, form, form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static double
parse_number (const char *text,
              gboolean   *ok)
{
  g_autofree char *normal = g_strdup (text);
  g_autoptr(GString) digits = g_string_new (NULL);
  char *end = NULL;
  double value;

  /* Swedish writes 12 000,50; accept that and 12000.50 alike. */
  for (char *p = g_strstrip (normal); *p != '\0'; p++)
    {
      if (*p == ',')
        g_string_append_c (digits, '.');
      else if (*p != ' ' && (guchar) *p != 0xC2 && (guchar) *p != 0xA0)
        g_string_append_c (digits, *p);
    }
  value = g_ascii_strtod (digits->str, &end);
  *ok = digits->len > 0 && end != NULL && *end == '\0' && value >= 0;
  return value;
}

static gboolean
save_fee (BerFormDialog  *dialog,
          gpointer        data,
          GError        **error)
{
  Form *form = data;
  BerNetworkPage *self = form->self;
  const char *currency = choice_combo_get (form->rows[2], BER_CHOICES_CURRENCY, FALSE);
  gboolean ok_amount = FALSE, ok_rate = TRUE;
  double amount = parse_number (entry_text (form->rows[1]), &ok_amount);
  double rate = 0;
  g_autoptr(BerRecord) fee = form->id > 0
                               ? ber_record_load (BER_TYPE_FEE, self->store, form->id, error)
                               : BER_RECORD (ber_fee_new ());

  if (fee == NULL)
    return FALSE;
  if (!ok_amount)
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("The amount is not a number. Write it with digits, e.g. 12 500."));
      return FALSE;
    }
  if (*entry_text (form->rows[3]) != '\0')
    rate = parse_number (entry_text (form->rows[3]), &ok_rate);
  if (!ok_rate || (rate == 0 && *entry_text (form->rows[3]) != '\0'))
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("The exchange rate is not a number above zero, e.g. 11,45."));
      return FALSE;
    }

  g_object_set (fee, "network-id", network_id (self),
                "year", (int) ber_ui_spin_row_get_value (form->rows[0]),
                "amount", amount, "currency", currency,
                "sek-rate", g_strcmp0 (currency, "EUR") == 0 ? rate : 0.0,
                "notes", entry_text (form->rows[4]), NULL);
  return ber_record_save (fee, self->store, error);
}

/* The form for a new fee (@id 0) or one already recorded. */
static void
open_fee_form (BerNetworkPage *self,
               gint64          id)
{
  g_autoptr(GtkStringList) currencies = choice_model (BER_CHOICES_CURRENCY, NULL);
  g_autoptr(BerRecord) fee = NULL;
  g_autofree char *amount_text = NULL, *rate_text = NULL, *currency = NULL, *notes = NULL;
  int year = (int) g_ascii_strtoll (ber_store_get_today (self->store), NULL, 10);
  double amount = 0, rate = 0;
  BerFormDialog *dialog;
  Form *form;

  if (id > 0)
    {
      g_autoptr(GError) error = NULL;

      fee = ber_record_load (BER_TYPE_FEE, self->store, id, &error);
      if (fee == NULL)
        {
          ber_ui_toast (GTK_WIDGET (self), error->message);
          return;
        }
      g_object_get (fee, "year", &year, "amount", &amount, "sek-rate", &rate,
                    "currency", &currency, "notes", &notes, NULL);
      amount_text = ber_format_amount (amount);
      rate_text = rate > 0 ? ber_format_amount (rate) : NULL;
    }

  dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                id > 0 ? _("Edit the Fee") : _("Add a Fee"),
                                id > 0 ? _("_Save") : _("_Add"));
  form = form_new (self);
  form->id = id;
  form->rows[0] = ber_ui_spin_row (_("Year"), 1900, 2999, year);
  form->rows[1] = ber_ui_entry_row (_("Amount"), amount_text);
  gtk_editable_set_alignment (GTK_EDITABLE (form->rows[1]), 1);
  form->rows[2] = ber_ui_combo_row (_("Currency"), G_LIST_MODEL (currencies),
                                    currency != NULL && g_str_equal (currency, "SEK") ? 0 : 1);
  form->rows[3] = ber_ui_entry_row (_("SEK per Euro"), rate_text);
  gtk_widget_set_tooltip_text (form->rows[3], _("The rate used to count a fee in euro in SEK"));
  form->rows[4] = ber_ui_entry_row (_("Notes"), notes);
  for (guint i = 0; i < 5; i++)
    ber_form_dialog_add (dialog, form->rows[i]);
  ber_form_dialog_set_save (dialog, save_fee, form, form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_fee_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);

  if (network_id (self) > 0)
    open_fee_form (self, 0);
}

static gboolean
save_body (BerFormDialog  *dialog,
           gpointer        data,
           GError        **error)
{
  Form *form = data;
  g_autoptr(BerRecord) body = form->id > 0
                                ? ber_record_load (BER_TYPE_NETWORK_BODY, form->self->store,
                                                   form->id, error)
                                : BER_RECORD (ber_network_body_new ());
  g_autofree char *name = g_strstrip (g_strdup (entry_text (form->rows[0])));

  if (body == NULL)
    return FALSE;
  g_object_set (body, "network-id", network_id (form->self),
                "name", name,
                "kind", choice_combo_get (form->rows[1], BER_CHOICES_NETWORK_BODY_KIND, FALSE),
                "seats", (int) ber_ui_spin_row_get_value (form->rows[2]), NULL);
  return ber_record_save (body, form->self->store, error);
}

static void
open_body_form (BerNetworkPage *self,
                gint64          id)
{
  g_autoptr(GtkStringList) kinds = choice_model (BER_CHOICES_NETWORK_BODY_KIND, NULL);
  g_autoptr(BerRecord) body = NULL;
  g_autofree char *name = NULL, *kind = NULL;
  int seats = 0, kind_index = 1;
  BerFormDialog *dialog;
  Form *form;

  if (id > 0)
    {
      g_autoptr(GError) error = NULL;

      body = ber_record_load (BER_TYPE_NETWORK_BODY, self->store, id, &error);
      if (body == NULL)
        {
          ber_ui_toast (GTK_WIDGET (self), error->message);
          return;
        }
      g_object_get (body, "name", &name, "kind", &kind, "seats", &seats, NULL);
      kind_index = MAX (ber_choice_index (BER_CHOICES_NETWORK_BODY_KIND, kind), 0);
    }

  dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                id > 0 ? _("Edit the Body") : _("Add a Body of the Network"),
                                id > 0 ? _("_Save") : _("_Add"));
  form = form_new (self);
  form->id = id;
  form->rows[0] = ber_ui_entry_row (_("Name"), name);
  form->rows[1] = ber_ui_combo_row (_("Kind"), G_LIST_MODEL (kinds), (guint) kind_index);
  form->rows[2] = ber_ui_spin_row (_("Seats for the Region"), 0, 99, seats);
  for (guint i = 0; i < 3; i++)
    ber_form_dialog_add (dialog, form->rows[i]);
  ber_form_dialog_set_save (dialog, save_body, form, form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_body_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);

  if (network_id (self) > 0)
    open_body_form (self, 0);
}

static gboolean
save_review (BerFormDialog  *dialog,
             gpointer        data,
             GError        **error)
{
  Form *form = data;
  BerNetworkPage *self = form->self;
  const char *reviewed = ber_date_row_get_date (BER_DATE_ROW (form->rows[0]));
  const char *next = ber_date_row_get_date (BER_DATE_ROW (form->rows[3]));

  if (reviewed == NULL || !ber_date_row_is_valid (BER_DATE_ROW (form->rows[3])))
    {
      g_set_error_literal (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                           _("Write the dates as YYYY-MM-DD, for example 2026-11-23."));
      return FALSE;
    }

  /* The review and the network's next review date are written together. */
  if (!ber_store_begin (self->store, error))
    return FALSE;
  if (ber_store_insert (self->store, "network_review",
                        ber_store_values ("network_id", g_variant_new_int64 (network_id (self)),
                                    "reviewed_on", g_variant_new_string (reviewed),
                                    "outcome",
                                    g_variant_new_string (choice_combo_get (form->rows[1],
                                                                            BER_CHOICES_REVIEW_OUTCOME,
                                                                            FALSE)),
                                    "note", g_variant_new_string (entry_text (form->rows[2])),
                                    NULL),
                        error) == 0
      || !ber_store_update (self->store, "network", network_id (self),
                            ber_store_values ("next_review_on", ber_store_text_or_null (next), NULL), error))
    {
      ber_store_rollback (self->store);
      return FALSE;
    }
  if (!ber_store_commit (self->store, error))
    {
      ber_store_rollback (self->store);
      return FALSE;
    }

  g_object_set (self->network, "next-review-on", next, NULL);
  ber_date_row_set_date (self->review_row, next);
  return TRUE;
}

static void
add_review_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);
  g_autoptr(GtkStringList) outcomes = choice_model (BER_CHOICES_REVIEW_OUTCOME, NULL);
  g_autofree char *next_year = ber_date_add_days (ber_store_get_today (self->store), 365);
  BerFormDialog *dialog;
  Form *form;

  if (network_id (self) == 0)
    return;

  dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                _("Record the Yearly Review"), _("_Record"));
  form = form_new (self);
  form->rows[0] = ber_ui_date_row (_("Reviewed On"), ber_store_get_today (self->store));
  form->rows[1] = ber_ui_combo_row (_("Outcome"), G_LIST_MODEL (outcomes), 0);
  form->rows[2] = ber_ui_entry_row (_("Note"), NULL);
  form->rows[3] = ber_ui_date_row (_("Next Review"), next_year);
  for (guint i = 0; i < 4; i++)
    ber_form_dialog_add (dialog, form->rows[i]);
  ber_form_dialog_set_save (dialog, save_review, form, form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
save_question (BerFormDialog  *dialog,
               gpointer        data,
               GError        **error)
{
  Form *form = data;
  BerNetworkPage *self = form->self;
  g_autofree char *title = g_strstrip (g_strdup (entry_text (form->rows[0])));
  gint64 id;

  if (!ber_store_begin (self->store, error))
    return FALSE;

  id = ber_store_insert (self->store, "influence_question",
                         ber_store_values ("title", g_variant_new_string (title),
                                     "scope",
                                     g_variant_new_string (choice_combo_get (form->rows[1],
                                                                             BER_CHOICES_SCOPE,
                                                                             FALSE)),
                                     "plan_body_id", ber_store_id_or_null (record_combo_get (form->rows[2])),
                                     "year",
                                     g_variant_new_int64 ((gint64) ber_ui_spin_row_get_value (form->rows[3])),
                                     NULL),
                         error);
  if (id == 0
      || !ber_store_set_link (self->store, "network_influence_question", "network_id",
                              network_id (self), "influence_question_id", id, TRUE, error)
      || !ber_store_commit (self->store, error))
    {
      ber_store_rollback (self->store);
      return FALSE;
    }

  return TRUE;
}

static void
add_question_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);
  g_autoptr(GtkStringList) scopes = choice_model (BER_CHOICES_SCOPE, NULL);
  int year = (int) g_ascii_strtoll (ber_store_get_today (self->store), NULL, 10);
  BerFormDialog *dialog;
  Form *form;

  if (network_id (self) == 0)
    return;

  dialog = ber_form_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                _("New Influence Question"), _("_Add"));
  form = form_new (self);
  form->rows[0] = ber_ui_entry_row (_("Question"), NULL);
  form->rows[1] = ber_ui_combo_row (_("Scope"), G_LIST_MODEL (scopes), 1);
  form->rows[2] = record_combo_row (self->store, _("In the Plan of"), "body", "name", _("None"), 0,
                                    0);
  form->rows[3] = ber_ui_spin_row (_("Year"), 1900, 2999, year);
  for (guint i = 0; i < 4; i++)
    ber_form_dialog_add (dialog, form->rows[i]);
  ber_form_dialog_set_save (dialog, save_question, form, form_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_representative_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);
  BerAssignmentDialog *dialog;

  if (network_id (self) == 0)
    return;

  dialog = ber_assignment_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)), self->store,
                                      NULL, 0, network_id (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Page actions */

static void
close_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ber_network_page_save (BER_NETWORK_PAGE (widget));
}

static void
open_website_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);
  g_autofree char *uri = g_strstrip (g_strdup (entry_text (GTK_WIDGET (self->website_row))));

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

static void
delete_response (AdwMessageDialog *dialog,
                 const char       *response,
                 BerNetworkPage   *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;

  if (!ber_record_delete (BER_RECORD (self->network), self->store, &error))
    {
      show_error (self, error->message);
      return;
    }
  ber_ui_toast (GTK_WIDGET (self), _("Network deleted"));
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);
  AdwMessageDialog *dialog;

  if (network_id (self) == 0)
    {
      g_signal_emit (self, signals[CLOSED], 0);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (ber_ui_parent_window (GTK_WIDGET (self)),
                                                       _("Delete the Network?"),
                                                       _("Its membership history, fees, bodies "
                                                         "and reviews are deleted with it. The "
                                                         "register’s change history keeps a "
                                                         "copy.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GtkWidget */

/* Focus goes to the first field, ready for typing. */
static gboolean
ber_network_page_grab_focus (GtkWidget *widget)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/* GObject */

static void
ber_network_page_dispose (GObject *object)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (object);

  g_clear_object (&self->network);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_NETWORK_PAGE);

  G_OBJECT_CLASS (ber_network_page_parent_class)->dispose (object);
}

static void
ber_network_page_finalize (GObject *object)
{
  BerNetworkPage *self = BER_NETWORK_PAGE (object);

  g_array_unref (self->body_ids);
  g_ptr_array_unref (self->detail_rows);

  G_OBJECT_CLASS (ber_network_page_parent_class)->finalize (object);
}

static void
ber_network_page_class_init (BerNetworkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_network_page_dispose;
  object_class->finalize = ber_network_page_finalize;
  widget_class->grab_focus = ber_network_page_grab_focus;

  /**
   * BerNetworkPage::closed:
   *
   * The user is done with the page (Back, Escape, or after deleting).
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (BER_TYPE_DATE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-network-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, delete_button);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, acronym_row);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, body_row);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, website_row);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, scope_row);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, contact_row);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, review_row);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, description_view);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, details_box);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, membership_group);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, representatives_group);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, bodies_group);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, fees_group);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, questions_group);
  gtk_widget_class_bind_template_child (widget_class, BerNetworkPage, reviews_group);

  gtk_widget_class_install_action (widget_class, "page.close", NULL, close_activated);
  gtk_widget_class_install_action (widget_class, "page.save", NULL, save_activated);
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
  gtk_widget_class_install_action (widget_class, "page.add-question", NULL,
                                   add_question_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "page.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "page.close",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "page.close", NULL);
}

static void
ber_network_page_init (BerNetworkPage *self)
{
  g_autoptr(GtkStringList) kinds = choice_model (BER_CHOICES_NETWORK_KIND, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->body_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->detail_rows = g_ptr_array_new ();
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

BerNetworkPage *
ber_network_page_new (void)
{
  return g_object_new (BER_TYPE_NETWORK_PAGE, NULL);
}

void
ber_network_page_set_store (BerNetworkPage *self,
                            BerStore       *store)
{
  g_return_if_fail (BER_IS_NETWORK_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_object (&self->network);
  clear_details (self);
  if (store != NULL)
    g_signal_connect_object (store, "row-changed", G_CALLBACK (on_store_changed), self,
                             G_CONNECT_SWAPPED);
}

/**
 * ber_network_page_set_network:
 * @network: a network of the list, or a new one (id 0)
 *
 * Shows @network. The page edits its own copy, so the list changes only
 * when the page saves.
 */
void
ber_network_page_set_network (BerNetworkPage *self,
                              BerNetwork     *network)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_return_if_fail (BER_IS_NETWORK_PAGE (self));
  g_return_if_fail (BER_IS_NETWORK (network));

  g_clear_object (&self->network);
  id = ber_record_get_id (BER_RECORD (network));
  if (id > 0)
    self->network = BER_NETWORK (ber_record_load (BER_TYPE_NETWORK, self->store, id, &error));
  if (self->network == NULL)
    self->network = g_object_ref (network);

  load_fields (self);
  gtk_widget_set_visible (self->details_box, id > 0);
  gtk_widget_set_sensitive (self->delete_button, TRUE);
  refresh_details (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                              GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (
                                GTK_WIDGET (self->details_box), GTK_TYPE_SCROLLED_WINDOW))),
                            0);
}

BerNetwork *
ber_network_page_get_network (BerNetworkPage *self)
{
  g_return_val_if_fail (BER_IS_NETWORK_PAGE (self), NULL);
  return self->network;
}
