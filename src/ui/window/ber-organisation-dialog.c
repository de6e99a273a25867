/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-organisation-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-compat.h"
#include "ber-organisation-dialog.h"
#include "ber-text-row.h"

/*
 * The organisation that issues the papers: name, unit, address line and
 * logo, printed in the header of every paper. It belongs to the register,
 * so everyone who opens it prints the same header.
 */
struct _BerOrganisationDialog
{
  BerFormDialog parent_instance;

  GtkPicture *logo_picture;
  GtkWidget  *logo_row;
  GtkWidget  *remove_button;
  gboolean    choosing;
};

G_DEFINE_FINAL_TYPE (BerOrganisationDialog, ber_organisation_dialog, BER_TYPE_FORM_DIALOG)

static BerOrganisation *
organisation_of (BerOrganisationDialog *self)
{
  return BER_ORGANISATION (ber_form_dialog_get_record (BER_FORM_DIALOG (self)));
}

/* Shows the logo the record holds now; SVG and PNG both load as a texture. */
static void
show_logo (BerOrganisationDialog *self)
{
  g_autoptr(GBytes) logo = ber_organisation_get_logo (organisation_of (self));
  g_autoptr(GdkTexture) texture = NULL;

  if (logo != NULL)
    texture = gdk_texture_new_from_bytes (logo, NULL);
  gtk_picture_set_paintable (self->logo_picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->logo_picture), texture != NULL);
  gtk_widget_set_sensitive (self->remove_button, logo != NULL);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->logo_row),
                               logo == NULL ? _("No logo: the header shows the name only")
                               : texture == NULL ? _("The logo is kept, but cannot be shown here")
                               : g_str_equal (ber_organisation_get_logo_type (organisation_of (self)),
                                              "image/svg+xml") ? _("SVG image") : _("PNG image"));
}

static void
logo_loaded (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(BerOrganisationDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (source), result, NULL, &error);

  if (bytes == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The logo could not be read: %s"),
                                                  error->message);

      ber_form_dialog_show_error (BER_FORM_DIALOG (self), message);
      return;
    }
  if (!ber_organisation_set_logo (organisation_of (self), bytes, &error))
    {
      ber_form_dialog_show_error (BER_FORM_DIALOG (self), error->message);
      return;
    }
  ber_form_dialog_show_error (BER_FORM_DIALOG (self), NULL);
  show_logo (self);
}

static void
logo_chosen (GtkWidget *owner,
             GFile     *file,
             gpointer   user_data)
{
  BerOrganisationDialog *self = BER_ORGANISATION_DIALOG (owner);

  self->choosing = FALSE;
  if (file != NULL)
    g_file_load_bytes_async (file, NULL, logo_loaded, g_object_ref (self));
}

static void
choose_logo_cb (BerOrganisationDialog *self)
{
  g_autoptr(GtkFileFilter) images = gtk_file_filter_new ();
  GtkFileFilter *filters[] = { images, NULL };

  if (self->choosing)
    return;
  gtk_file_filter_set_name (images, _("PNG and SVG images"));
  gtk_file_filter_add_mime_type (images, "image/png");
  gtk_file_filter_add_mime_type (images, "image/svg+xml");
  gtk_file_filter_add_pattern (images, "*.png");
  gtk_file_filter_add_pattern (images, "*.svg");
  self->choosing = TRUE;
  ber_file_open (GTK_WIDGET (self), _("Choose a Logo"), _("_Choose"), filters, logo_chosen, NULL,
                 NULL);
}

static void
remove_logo_cb (BerOrganisationDialog *self)
{
  ber_organisation_set_logo (organisation_of (self), NULL, NULL);
  show_logo (self);
}

static gboolean
ber_organisation_dialog_save_record (BerFormDialog  *dialog,
                                     BerRecord      *record,
                                     GError        **error)
{
  BerBodies *bodies = ber_context_get_bodies (ber_form_dialog_get_context (dialog));

  return ber_bodies_save_organisation (bodies, BER_ORGANISATION (record), error);
}

static void
ber_organisation_dialog_class_init (BerOrganisationDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  BER_FORM_DIALOG_CLASS (klass)->save_record = ber_organisation_dialog_save_record;

  g_type_ensure (BER_TYPE_TEXT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-organisation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerOrganisationDialog, logo_picture);
  gtk_widget_class_bind_template_child (widget_class, BerOrganisationDialog, logo_row);
  gtk_widget_class_bind_template_child (widget_class, BerOrganisationDialog, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, choose_logo_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_logo_cb);
}

static void
ber_organisation_dialog_init (BerOrganisationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ber_organisation_dialog_new:
 * @organisation: the organisation as read from the register
 *
 * Returns: (transfer none): the dialog, to present
 */
BerFormDialog *
ber_organisation_dialog_new (BerContext      *context,
                             BerOrganisation *organisation)
{
  BerFormDialog *self = g_object_new (BER_TYPE_ORGANISATION_DIALOG, NULL);

  ber_form_dialog_set_labels (self, _("Organisation"), _("_Save"));
  ber_form_dialog_set_context (self, context);
  ber_form_dialog_set_record (self, BER_RECORD (organisation));
  show_logo (BER_ORGANISATION_DIALOG (self));
  return self;
}
