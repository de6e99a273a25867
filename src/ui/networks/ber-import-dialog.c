/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-compat.h"
#include "ber-csv.h"
#include "ber-import-dialog.h"
#include "ber-ui-util.h"

/*
 * Shows what importing a CSV file would do, line by line, and writes it only
 * when the user presses Import. The file is read asynchronously; the plan is
 * made and written in a thread on a connection of its own, with a progress
 * bar, and closing the dialog stops it.
 */

struct _BerImportDialog
{
  AdwWindow       parent_instance;

  BerContext     *context;
  BerImportKind   kind;
  GFile          *file;
  char           *file_name;
  BerImport      *import;
  GCancellable   *cancellable;

  AdwWindowTitle *window_title;
  GtkWidget      *import_button;
  GtkStack       *stack;
  AdwStatusPage  *error_page;
  AdwStatusPage  *loading_page;
  GtkProgressBar *progress_bar;
  GtkLabel       *summary_label;
  GtkLabel       *encoding_label;
  GtkLabel       *ignored_label;
  GtkLabel       *apply_error_label;
  GtkCheckButton *skip_check;
  GtkListView    *list_view;
};

G_DEFINE_FINAL_TYPE (BerImportDialog, ber_import_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_KIND,
  PROP_FILE,
  N_PROPS
};

enum
{
  IMPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
show_failure (BerImportDialog *self,
              const char      *message)
{
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "failed");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", FALSE);
}

static void
update_can_apply (BerImportDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply",
                                 self->import != NULL && ber_import_get_can_apply (self->import)
                                 && !ber_import_get_busy (self->import));
}

static const char *
encoding_name (BerCsvEncoding encoding)
{
  switch (encoding)
    {
    case BER_CSV_ENCODING_UTF8_BOM:
      return _("UTF-8 with byte order mark");
    case BER_CSV_ENCODING_WINDOWS_1252:
      /* Translators: the file was in this encoding and was converted to UTF-8 */
      return _("Windows-1252 (converted)");
    case BER_CSV_ENCODING_UTF8:
    default:
      return _("UTF-8");
    }
}

static void
show_plan (BerImportDialog *self)
{
  g_autofree char *summary = ber_import_dup_summary (self->import);
  const char * const *ignored = ber_import_get_ignored_columns (self->import);
  guint n_errors = ber_import_count (self->import, BER_IMPORT_ACTION_ERROR);
  guint n_writes = ber_import_count (self->import, BER_IMPORT_ACTION_INSERT)
                   + ber_import_count (self->import, BER_IMPORT_ACTION_UPDATE);
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *encoding = NULL;

  if (n_writes == 0 && n_errors == 0)
    {
      g_autofree char *text = g_strdup_printf ("%s. %s", summary,
                                               _("The register already holds everything in "
                                                 "the file."));
      gtk_label_set_label (self->summary_label, text);
    }
  else
    gtk_label_set_label (self->summary_label, summary);

  /* Translators: %s is e.g. "UTF-8" or "Windows-1252 (converted)" */
  encoding = g_strdup_printf (_("Character encoding: %s"),
                              encoding_name (ber_import_get_encoding (self->import)));
  gtk_label_set_label (self->encoding_label, encoding);

  if (ignored[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) ignored);
      g_autofree char *text = g_strdup_printf (_("Columns that are not imported: %s"), list);

      gtk_label_set_label (self->ignored_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->ignored_label), TRUE);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->skip_check), n_errors > 0 && n_writes > 0);
  g_object_bind_property (self->skip_check, "active", self->import, "skip-errors",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (self->import, "notify::can-apply", G_CALLBACK (update_can_apply),
                           self, G_CONNECT_SWAPPED);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->import)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  gtk_stack_set_visible_child_name (self->stack, "plan");
  update_can_apply (self);
}

static void
plan_made (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BerImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ber_import_load_finish (BER_IMPORT (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_failure (self, error->message);
      return;
    }
  show_plan (self);
}

static void
contents_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(BerImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_failure (self, error->message);
      return;
    }

  bytes = g_bytes_new_take (contents, length);
  self->import = ber_import_new_for_context (self->context, self->kind);
  ber_import_set_file_name (self->import, self->file_name);
  g_object_bind_property (self->import, "progress", self->progress_bar, "fraction",
                          G_BINDING_SYNC_CREATE);
  ber_import_load_async (self->import, bytes, self->cancellable, plan_made, g_object_ref (self));
}

static void
info_queried (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(BerImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, &error);
  GFileType type;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  if (info == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_failure (self, error->message);
      return;
    }

  g_free (self->file_name);
  self->file_name = g_strdup (g_file_info_get_display_name (info));
  adw_window_title_set_subtitle (self->window_title, self->file_name);

  /* A device or a pipe could be read for ever; a huge file would fill memory. */
  type = g_file_info_get_file_type (info);
  if (type != G_FILE_TYPE_REGULAR && type != G_FILE_TYPE_UNKNOWN)
    {
      show_failure (self, _("This is not a file that can be imported. Choose a CSV file."));
      return;
    }
  if (g_file_info_get_size (info) > BER_CSV_MAX_FILE)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (BER_CSV_MAX_FILE);
      g_autofree char *message = g_strdup_printf (_("The file is %s; Beredning imports CSV files "
                                                    "of at most %s."),
                                                  size, limit);

      show_failure (self, message);
      return;
    }

  g_file_load_contents_async (self->file, self->cancellable, contents_loaded,
                              g_object_ref (self));
}

static void
applied (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(BerImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  guint n_inserted = 0;
  guint n_updated = 0;

  if (!ber_import_apply_finish (BER_IMPORT (source), result, &n_inserted, &n_updated, &error))
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("Nothing was imported. %s"), error->message);
      gtk_label_set_label (self->apply_error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->apply_error_label), TRUE);
      gtk_stack_set_visible_child_name (self->stack, "plan");
      update_can_apply (self);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0, n_inserted, n_updated);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
apply_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BerImportDialog *self = BER_IMPORT_DIALOG (widget);

  if (self->import == NULL || !ber_import_get_can_apply (self->import)
      || ber_import_get_busy (self->import))
    return;

  adw_status_page_set_title (self->loading_page, _("Writing to the Register…"));
  gtk_stack_set_visible_child_name (self->stack, "loading");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", FALSE);
  ber_import_apply_async (self->import, self->cancellable, applied, g_object_ref (self));
}

static void
ber_import_dialog_constructed (GObject *object)
{
  BerImportDialog *self = BER_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (ber_import_dialog_parent_class)->constructed (object);

  adw_window_title_set_title (self->window_title, self->kind == BER_IMPORT_NETWORKS
                                                    ? _("Import Networks")
                                                    : _("Import People"));
  gtk_window_set_title (GTK_WINDOW (self), adw_window_title_get_title (self->window_title));

  gtk_stack_set_visible_child_name (self->stack, "loading");
  g_file_query_info_async (self->file,
                           G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                           G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                           G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, self->cancellable,
                           info_queried, g_object_ref (self));
}

static void
ber_import_dialog_dispose (GObject *object)
{
  BerImportDialog *self = BER_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->import);
  g_clear_object (&self->context);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (ber_import_dialog_parent_class)->dispose (object);
}

static void
ber_import_dialog_finalize (GObject *object)
{
  BerImportDialog *self = BER_IMPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_free (self->file_name);

  G_OBJECT_CLASS (ber_import_dialog_parent_class)->finalize (object);
}

static void
ber_import_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BerImportDialog *self = BER_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_import_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BerImportDialog *self = BER_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ber_import_dialog_class_init (BerImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = ber_import_dialog_constructed;
  object_class->dispose = ber_import_dialog_dispose;
  object_class->finalize = ber_import_dialog_finalize;
  object_class->get_property = ber_import_dialog_get_property;
  object_class->set_property = ber_import_dialog_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, BER_TYPE_CONTEXT, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, BER_TYPE_IMPORT_KIND,
                                             BER_IMPORT_NETWORKS, flags);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BerImportDialog::imported:
   * @n_inserted: rows added
   * @n_updated: rows changed
   *
   * Emitted after the import was written, just before the dialog closes.
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);

  g_type_ensure (BER_TYPE_IMPORT_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/ber-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BerImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, BerImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, BerImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, BerImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, BerImportDialog, loading_page);
  gtk_widget_class_bind_template_child (widget_class, BerImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BerImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BerImportDialog, encoding_label);
  gtk_widget_class_bind_template_child (widget_class, BerImportDialog, ignored_label);
  gtk_widget_class_bind_template_child (widget_class, BerImportDialog, apply_error_label);
  gtk_widget_class_bind_template_child (widget_class, BerImportDialog, skip_check);
  gtk_widget_class_bind_template_child (widget_class, BerImportDialog, list_view);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ber_import_dialog_init (BerImportDialog *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", FALSE);
}

/**
 * ber_import_dialog_new:
 * @parent: the main window
 * @file: the CSV file, read as soon as the dialog is made
 *
 * Returns: (transfer none): a modal dialog; present it
 */
BerImportDialog *
ber_import_dialog_new (GtkWindow     *parent,
                       BerContext    *context,
                       BerImportKind  kind,
                       GFile         *file)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BER_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (BER_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       "kind", kind,
                       "file", file,
                       NULL);
}

/* Returns: (transfer none) (nullable): the plan, once the file has been read */
BerImport *
ber_import_dialog_get_import (BerImportDialog *self)
{
  g_return_val_if_fail (BER_IS_IMPORT_DIALOG (self), NULL);

  return self->import;
}

/* Choosing the file */

static void
dialog_imported (BerImportDialog *dialog,
                 guint            n_inserted,
                 guint            n_updated,
                 GtkWindow       *parent)
{
  g_autofree char *added = NULL;
  g_autofree char *message = NULL;

  if (ber_import_dialog_get_import (dialog) != NULL
      && ber_import_get_kind (ber_import_dialog_get_import (dialog)) == BER_IMPORT_PERSONS)
    added = g_strdup_printf (ngettext ("%u person added", "%u people added", n_inserted),
                             n_inserted);
  else
    added = g_strdup_printf (ngettext ("%u network added", "%u networks added", n_inserted),
                             n_inserted);
  /* Translators: "12 networks added, 3 updated" */
  message = g_strdup_printf (ngettext ("%s, %u updated", "%s, %u updated", n_updated), added,
                             n_updated);
  ber_ui_toast (GTK_WIDGET (parent), message);
}

typedef struct
{
  BerContext    *context;
  BerImportKind  kind;
} Choice;

static void
choice_free (gpointer data)
{
  Choice *choice = data;

  g_clear_object (&choice->context);
  g_free (choice);
}

static void
file_chosen (GtkWidget *parent,
             GFile     *file,
             gpointer   user_data)
{
  Choice *choice = user_data;
  BerImportDialog *dialog;

  if (file != NULL)
    {
      dialog = ber_import_dialog_new (GTK_WINDOW (parent), choice->context, choice->kind, file);
      g_signal_connect_object (dialog, "imported", G_CALLBACK (dialog_imported), parent, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/**
 * ber_import_choose_file:
 *
 * Asks for a CSV file, then shows what importing it would do.
 */
void
ber_import_choose_file (GtkWindow     *parent,
                        BerContext    *context,
                        BerImportKind  kind)
{
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  Choice *choice;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (BER_IS_CONTEXT (context));

  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_filter_add_suffix (csv, "tsv");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  choice = g_new0 (Choice, 1);
  choice->context = g_object_ref (context);
  choice->kind = kind;
  ber_file_open (GTK_WIDGET (parent),
                 kind == BER_IMPORT_NETWORKS ? _("Import Networks") : _("Import People"),
                 _("_Open"), (GtkFileFilter *[]) { csv, all, NULL }, file_chosen, choice,
                 choice_free);
}
