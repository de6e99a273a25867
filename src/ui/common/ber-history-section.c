/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-history-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-change-row.h"
#include "ber-history-section.h"

struct _BerHistorySection
{
  AdwPreferencesGroup  parent_instance;

  BerContext          *context;
  GType                type;
  gint64               id;
  BerChangeList       *changes;     /* the record's, read lazily */
  GtkSliceListModel   *shown;       /* the latest of them */
  GListStore          *unrecorded;  /* what another program changed, or nothing */
  GtkFlattenListModel *rows;        /* the two above, that first */

  GtkListBox          *list_box;
  GtkLabel            *placeholder;
  GtkLabel            *count_label;
  GtkWidget           *more_button;
};

G_DEFINE_FINAL_TYPE (BerHistorySection, ber_history_section, ADW_TYPE_PREFERENCES_GROUP)

/* How many changes show at first, and how many more each time. */
#define FIRST_SHOWN 10
#define MORE_SHOWN 20

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *change_row = ber_change_row_new (FALSE);
  g_autofree char *description = NULL;

  ber_change_row_set_change (BER_CHANGE_ROW (change_row), item);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), change_row);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  description = ber_change_describe (item);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  return row;
}

static void
update_footer (BerHistorySection *self)
{
  guint n = self->changes != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->changes)) : 0;
  guint shown = self->shown != NULL ? gtk_slice_list_model_get_size (self->shown) : 0;
  gboolean loading = self->changes != NULL && ber_change_list_get_loading (self->changes);
  g_autofree char *count = NULL;
  g_autofree char *more = NULL;

  if (n > 0)
    /* Translators: how many changes a record's history holds */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", n), n);
  gtk_label_set_label (self->count_label, count != NULL ? count : "");
  gtk_label_set_label (self->placeholder, loading ? _("Reading the change history…")
                                                  : _("No changes recorded"));

  gtk_widget_set_visible (self->more_button, n > shown);
  if (n > shown)
    {
      /* Translators: what Show More shows, for a screen reader */
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more change is not shown",
                                           "%u more changes are not shown", n - shown),
                              n - shown);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->more_button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, more, -1);
    }
}

static void
on_unrecorded (BerHistorySection *self)
{
  BerChange *change = ber_change_list_get_unrecorded (self->changes);

  g_list_store_remove_all (self->unrecorded);
  if (change != NULL)
    g_list_store_append (self->unrecorded, change);
}

static void
on_list_error (BerHistorySection *self,
               const GError      *error)
{
  gtk_label_set_label (self->placeholder, error->message);
}

static void
more_clicked (BerHistorySection *self)
{
  ber_history_section_show_more (self);
}

static void
drop_list (BerHistorySection *self)
{
  if (self->changes != NULL)
    g_signal_handlers_disconnect_by_data (self->changes, self);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->rows);
  g_clear_object (&self->shown);
  g_clear_object (&self->changes);
  g_list_store_remove_all (self->unrecorded);
}

static void
ber_history_section_dispose (GObject *object)
{
  BerHistorySection *self = BER_HISTORY_SECTION (object);

  drop_list (self);
  g_clear_object (&self->unrecorded);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ber_history_section_parent_class)->dispose (object);
}

static void
ber_history_section_class_init (BerHistorySectionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ber_history_section_dispose;
}

static void
ber_history_section_init (BerHistorySection *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->type = G_TYPE_INVALID;
  self->unrecorded = g_list_store_new (BER_TYPE_CHANGE);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("History"));

  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_set_valign (GTK_WIDGET (self->count_label), GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self),
                                           GTK_WIDGET (self->count_label));

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("History"), -1);
  self->placeholder = GTK_LABEL (gtk_label_new (_("No changes recorded")));
  gtk_label_set_wrap (self->placeholder, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->placeholder), "dim-label");
  gtk_widget_set_margin_top (GTK_WIDGET (self->placeholder), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->placeholder), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->placeholder), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->placeholder), 12);
  gtk_list_box_set_placeholder (self->list_box, GTK_WIDGET (self->placeholder));

  self->more_button = gtk_button_new_with_mnemonic (_("Show _More"));
  gtk_widget_set_halign (self->more_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->more_button, "pill");
  gtk_widget_set_visible (self->more_button, FALSE);
  g_signal_connect_object (self->more_button, "clicked", G_CALLBACK (more_clicked), self,
                           G_CONNECT_SWAPPED);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list_box));
  gtk_box_append (GTK_BOX (box), self->more_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), box);
}

GtkWidget *
ber_history_section_new (void)
{
  return g_object_new (BER_TYPE_HISTORY_SECTION, NULL);
}

/**
 * ber_history_section_show_record:
 * @context: (nullable): the register
 * @type: the #BerRecord type of the record
 * @id: the record; 0 (a record not saved yet) hides the section
 *
 * Shows the changes of a record, read anew: the same record's again after
 * a save or a reload, keeping how many are shown.
 */
void
ber_history_section_show_record (BerHistorySection *self,
                                 BerContext        *context,
                                 GType              type,
                                 gint64             id)
{
  GListStore *parts;

  g_return_if_fail (BER_IS_HISTORY_SECTION (self));

  gtk_widget_set_visible (GTK_WIDGET (self), context != NULL && id > 0);
  if (self->changes != NULL && self->context == context && self->type == type && self->id == id)
    {
      ber_change_list_reload (self->changes);
      return;
    }

  drop_list (self);
  g_set_object (&self->context, context);
  self->type = type;
  self->id = id;
  if (context == NULL || id <= 0)
    return;

  self->changes = ber_changes_list_record (ber_context_get_changes (context), type, id);
  self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->changes)), 0,
                                          FIRST_SHOWN);
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (parts, self->unrecorded);
  g_list_store_append (parts, self->shown);
  self->rows = gtk_flatten_list_model_new (G_LIST_MODEL (parts));
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->rows), create_row, NULL, NULL);

  g_signal_connect_object (self->changes, "notify::n-items", G_CALLBACK (update_footer), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->changes, "notify::loading", G_CALLBACK (update_footer), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->changes, "notify::unrecorded", G_CALLBACK (on_unrecorded), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->changes, "error", G_CALLBACK (on_list_error), self,
                           G_CONNECT_SWAPPED);
  update_footer (self);
}

static void
show_in (GtkWidget  *widget,
         BerContext *context,
         BerRecord  *record)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (BER_IS_HISTORY_SECTION (child))
        ber_history_section_show_record (BER_HISTORY_SECTION (child), context,
                                         record != NULL ? G_OBJECT_TYPE (record) : G_TYPE_INVALID,
                                         record != NULL ? ber_record_get_id (record) : 0);
      else
        show_in (child, context, record);
    }
}

/**
 * ber_history_section_show_record_of:
 * @root: a page
 * @record: (nullable): the record the page shows
 *
 * Shows @record's changes in every history section of @root.
 */
void
ber_history_section_show_record_of (GtkWidget  *root,
                                    BerContext *context,
                                    BerRecord  *record)
{
  g_return_if_fail (GTK_IS_WIDGET (root));
  show_in (root, context, record);
}

/* Returns: (transfer none) (nullable): the record's changes, all of them */
GListModel *
ber_history_section_get_changes (BerHistorySection *self)
{
  g_return_val_if_fail (BER_IS_HISTORY_SECTION (self), NULL);
  return self->changes != NULL ? G_LIST_MODEL (self->changes) : NULL;
}

/* Returns: (transfer none): the list of the changes shown */
GtkListBox *
ber_history_section_get_list_box (BerHistorySection *self)
{
  g_return_val_if_fail (BER_IS_HISTORY_SECTION (self), NULL);
  return self->list_box;
}

/* Shows twenty older changes more. */
void
ber_history_section_show_more (BerHistorySection *self)
{
  g_return_if_fail (BER_IS_HISTORY_SECTION (self));

  if (self->shown == NULL)
    return;
  gtk_slice_list_model_set_size (self->shown,
                                 gtk_slice_list_model_get_size (self->shown) + MORE_SHOWN);
  update_footer (self);
}
