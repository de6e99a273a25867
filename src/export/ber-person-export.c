/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-person-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ber-export.h"
#include "ber-labels.h"
#include "ber-membership-register.h"
#include "ber-organisation.h"
#include "ber-person-export.h"
#include "ber-persons-privacy.h"
#include "ber-print-document.h"

/*
 * The extract of a person's personal data: what
 * ber_persons_collect_personal_data() gathers, part by part, as a PDF that
 * the person can read (the parts of few columns as tables, the others
 * record by record) and as JSON with every column of every row, for
 * another program (the right to data portability, article 20).
 */

#define EXTRACT_FORMAT "beredning-personal-data"
#define EXTRACT_VERSION 1

/* The parts shown record by record: their rows hold long texts. */
static const char * const record_parts[] = {
  "assignments", "candidacies", "statements", "motions", "reports", NULL
};

/* Words for the values of a field */

static const char *
meeting_role_label (const char *role)
{
  if (g_strcmp0 (role, "chair") == 0)
    return C_("meeting role", "Chair");
  if (g_strcmp0 (role, "checker") == 0)
    return C_("meeting role", "Minutes checker");
  if (g_strcmp0 (role, "secretary") == 0)
    return C_("meeting role", "Secretary");
  return role;
}

static const char *
history_action_label (const char *action)
{
  if (g_strcmp0 (action, "insert") == 0)
    return C_("history", "Added");
  if (g_strcmp0 (action, "update") == 0)
    return C_("history", "Changed");
  if (g_strcmp0 (action, "delete") == 0)
    return C_("history", "Removed");
  return action;
}

static const char *
record_kind_label (const char *table)
{
  static const struct
  {
    const char *table;
    const char *label;
  } kinds[] = {
    { "person", N_("Person") },
    { "assignment", N_("Assignment") },
    { "attendance", N_("Attendance") },
    { "event_attendance", N_("Forum event") },
    { "report", N_("Returned report") },
    { "document", N_("Attachment") },
    { "vote", N_("Vote") },
    { "item", N_("Item") },
    { "meeting", N_("Meeting") },
    { "agenda_entry", N_("Agenda entry") },
    { "clause", N_("Clause") },
    { "statement", N_("Statement") },
    { "motion", N_("Motion") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].table, table) == 0)
      return _(kinds[i].label);
  return table;
}

/* "name = Åsa Lindqvist; email = …": the values a change wrote. */
static char *
changes_words (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  JsonObject *object;
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  if (!json_parser_load_from_data (parser, json, -1, NULL)
      || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return g_strdup (json);

  object = json_node_get_object (json_parser_get_root (parser));
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &node))
    {
      g_autofree char *value = NULL;

      if (JSON_NODE_HOLDS_NULL (node))
        value = g_strdup ("—");
      else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        value = g_strdup (json_node_get_string (node));
      else
        value = json_to_string (node, FALSE);
      g_string_append_printf (out, "%s%s = %s", out->len > 0 ? "; " : "", key, value);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The text a field shows for @row: its first column with a value, in words. */
static char *
field_text (const BerPersonalField *field,
            GVariant               *row)
{
  g_auto(GStrv) columns = g_strsplit (field->columns, "|", -1);
  g_autoptr(GVariant) value = NULL;
  const char *text;
  BerChoices which;

  for (guint i = 0; columns[i] != NULL && value == NULL; i++)
    {
      value = g_variant_lookup_value (row, columns[i], NULL);
      if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING)
          && *g_variant_get_string (value, NULL) == '\0')
        g_clear_pointer (&value, g_variant_unref);
    }
  if (value == NULL)
    return g_strdup ("");
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    {
      gint64 number = g_variant_get_int64 (value);

      if (g_strcmp0 (field->choices, "yes-no") == 0)
        return g_strdup (number != 0 ? _("Yes") : _("No"));
      return g_strdup_printf ("%" G_GINT64_FORMAT, number);
    }
  if (!g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_variant_print (value, FALSE);

  text = g_variant_get_string (value, NULL);
  /* The register's times are UTC, "2026-11-23T09:15:02Z": local, to the minute. */
  if (strlen (text) == 20 && text[10] == 'T' && text[19] == 'Z')
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (text, NULL);
      g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

      if (local != NULL)
        return g_date_time_format (local, "%Y-%m-%d %H:%M");
    }
  if (g_strcmp0 (field->choices, "meeting-role") == 0)
    return g_strdup (meeting_role_label (text));
  if (g_str_equal (columns[0], "action"))
    return g_strdup (history_action_label (text));
  if (g_str_equal (columns[0], "table_name"))
    return g_strdup (record_kind_label (text));
  if (g_str_equal (columns[0], "changes"))
    return changes_words (text);
  if (field->choices != NULL && ber_choices_lookup (field->choices, &which)
      && ber_choice_label (which, text) != NULL)
    return g_strdup (ber_choice_label (which, text));
  return g_strdup (text);
}

/* The PDF */

static void
add_person (BerPrintDocument *doc,
            GVariant         *person)
{
  static const BerPersonalField fields[] = {
    { "name", N_("Name"), NULL },
    { "kind", N_("Kind"), "person-kind" },
    { "title", N_("Title"), NULL },
    { "party", N_("Party"), NULL },
    { "department", N_("Department"), NULL },
    { "email", N_("E-mail"), NULL },
    { "phone", N_("Phone"), NULL },
    { "notes", N_("Notes"), NULL },
    { "created", N_("Registered"), NULL },
    { "updated", N_("Last changed"), NULL },
  };

  ber_print_document_add_heading (doc, 1, _("The person’s record"));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text = field_text (&fields[i], person);

      if (*text != '\0')
        ber_print_document_add_key_value (doc, _(fields[i].label), text);
    }
}

/* The fields with a value in some row: a table leaves out empty columns. */
static GPtrArray *
fields_in_use (const BerPersonalSection *section,
               GPtrArray                *rows)
{
  GPtrArray *fields = g_ptr_array_new ();

  for (const BerPersonalField *field = section->fields; field->columns != NULL; field++)
    for (guint i = 0; i < rows->len; i++)
      {
        g_autofree char *text = field_text (field, g_ptr_array_index (rows, i));

        if (*text != '\0')
          {
            g_ptr_array_add (fields, (gpointer) field);
            break;
          }
      }
  return fields;
}

/* Wide columns for the texts, narrow ones for numbers, dates on one line. */
static double
field_width (const BerPersonalField *field)
{
  static const char * const wide[] = {
    "text", "entry_title", "title", "event_title", "entry_title|item_title", "file_path",
    "meeting_body", NULL
  };
  static const char * const narrow[] = { "entry_paragraph", "row_id", NULL };

  if (g_str_equal (field->columns, "changes"))
    return 6.0;
  if (g_strv_contains (wide, field->columns))
    return 3.0;
  if (g_strv_contains (narrow, field->columns))
    return 0.7;
  if (g_str_has_suffix (field->columns, "_on") || g_str_equal (field->columns, "changed_at"))
    return 1.7;
  return 1.3;
}

static void
add_table (BerPrintDocument         *doc,
           const BerPersonalSection *section,
           GPtrArray                *rows)
{
  g_autoptr(GPtrArray) fields = fields_in_use (section, rows);
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
  BerPrintTable *table;

  for (guint f = 0; f < fields->len; f++)
    {
      const BerPersonalField *field = g_ptr_array_index (fields, f);
      double width = field_width (field);

      g_ptr_array_add (headers, (gpointer) _(field->label));
      g_array_append_val (widths, width);
    }
  table = ber_print_document_add_table (doc, fields->len, (const char * const *) headers->pdata,
                                        (const double *) widths->data);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      for (guint f = 0; f < fields->len; f++)
        g_ptr_array_add (cells, field_text (g_ptr_array_index (fields, f),
                                            g_ptr_array_index (rows, i)));
      ber_print_table_add_row (table, BER_PRINT_STYLE_NORMAL, (const char * const *) cells->pdata);
    }
}

static void
add_records (BerPrintDocument         *doc,
             const BerPersonalSection *section,
             GPtrArray                *rows)
{
  for (guint i = 0; i < rows->len; i++)
    {
      ber_print_document_begin_keep_together (doc);
      if (i > 0)
        ber_print_document_add_spacer (doc, 8);
      for (const BerPersonalField *field = section->fields; field->columns != NULL; field++)
        {
          g_autofree char *text = field_text (field, g_ptr_array_index (rows, i));

          if (*text != '\0')
            ber_print_document_add_key_value (doc, _(field->label), text);
        }
      ber_print_document_end_keep_together (doc);
    }
}

static BerPrintDocument *
personal_document (BerStore        *store,
                   BerPersonalData *data)
{
  GVariant *person = ber_personal_data_get_person (data);
  const char *name = ber_row_text (person, "name");
  g_autofree char *title = g_strdup_printf (_("Personal data about %s"), name);
  g_autofree char *intro = NULL;
  BerPrintDocument *doc = ber_print_document_new (title);

  ber_export_set_issuer (doc, store);
  ber_print_document_set_description (doc, _("Extract of personal data (GDPR article 15)"),
                                      _("personal data, GDPR, extract"));
  ber_print_document_set_header_text (doc, name);
  ber_print_document_add_title (doc, title);
  ber_print_document_add_key_value (doc, _("Extract made"), ber_personal_data_get_date (data));
  intro = g_strdup (_("Everything the register holds about the person on the day the extract "
                      "was made, part by part (GDPR article 15). A row marked as a public "
                      "record stands in minutes or registered papers that the organisation "
                      "must keep and archive (the Archives Act); an erasure of the person’s "
                      "data keeps it."));
  ber_print_document_add_paragraph (doc, intro, BER_PRINT_STYLE_NORMAL);
  add_person (doc, person);

  for (guint s = 0; s < ber_personal_data_get_n_sections (data); s++)
    {
      const BerPersonalSection *section = ber_personal_data_get_section (data, s);
      GPtrArray *rows = ber_personal_data_get_rows (data, s);
      /* Translators: a part of the extract and its number of rows, "Votes (3)" */
      g_autofree char *heading = g_strdup_printf (_("%s (%u)"), _(section->title), rows->len);

      ber_print_document_add_heading (doc, 1, heading);
      ber_print_document_add_paragraph (doc, _(section->about), BER_PRINT_STYLE_ITALIC);
      if (rows->len == 0)
        ber_print_document_add_paragraph (doc, _("None."), BER_PRINT_STYLE_NORMAL);
      else if (g_strv_contains (record_parts, section->key))
        add_records (doc, section, rows);
      else
        add_table (doc, section, rows);
    }
  return doc;
}

/* JSON */

static JsonNode *
row_node (GVariant *row)
{
  JsonNode *node = json_gvariant_serialize (row);
  JsonObject *object = json_node_get_object (node);
  const char *changes = NULL;

  /* The history's values are JSON of their own: nested, not quoted. */
  if (g_variant_lookup (row, "changes", "&s", &changes))
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (json_parser_load_from_data (parser, changes, -1, NULL))
        json_object_set_member (object, "changes", json_node_copy (json_parser_get_root (parser)));
    }
  return node;
}

static char *
personal_json (BerStore         *store,
               BerPersonalData  *data,
               gsize            *length,
               GError          **error)
{
  g_autoptr(BerOrganisation) organisation = ber_organisation_load (store, error);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  if (organisation == NULL)
    return NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, EXTRACT_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, EXTRACT_VERSION);
  json_builder_set_member_name (builder, "extracted_on");
  json_builder_add_string_value (builder, ber_personal_data_get_date (data));
  json_builder_set_member_name (builder, "controller");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, ber_organisation_get_name (organisation));
  json_builder_set_member_name (builder, "unit");
  json_builder_add_string_value (builder, ber_organisation_get_unit (organisation));
  json_builder_set_member_name (builder, "address");
  json_builder_add_string_value (builder, ber_organisation_get_address (organisation));
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "person");
  json_builder_add_value (builder, row_node (ber_personal_data_get_person (data)));

  for (guint s = 0; s < ber_personal_data_get_n_sections (data); s++)
    {
      GPtrArray *rows = ber_personal_data_get_rows (data, s);

      json_builder_set_member_name (builder, ber_personal_data_get_section (data, s)->key);
      json_builder_begin_array (builder);
      for (guint i = 0; i < rows->len; i++)
        json_builder_add_value (builder, row_node (g_ptr_array_index (rows, i)));
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, length);
}

/* Public API */

/**
 * ber_export_person:
 * @output_path: a .pdf or a .json file
 *
 * Writes the extract of the personal data of @person_id; a failure leaves
 * no file half written.
 */
gboolean
ber_export_person (BerStore    *store,
                   gint64       person_id,
                   const char  *output_path,
                   GError     **error)
{
  g_autoptr(BerPersons) persons = NULL;
  g_autoptr(BerPersonalData) data = NULL;
  g_autofree char *lower = NULL;
  gboolean json;
  BerExportFormat format;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);
  g_return_val_if_fail (output_path != NULL, FALSE);

  lower = g_ascii_strdown (output_path, -1);
  json = g_str_has_suffix (lower, ".json");
  if (!json && !ber_export_format_from_path (output_path, BER_EXPORT_ALLOW_PDF, &format, error))
    return FALSE;

  persons = ber_persons_new (store);
  data = ber_persons_collect_personal_data (persons, person_id, error);
  if (data == NULL)
    return FALSE;

  if (json)
    {
      gsize length = 0;
      g_autofree char *text = personal_json (store, data, &length, error);

      return text != NULL && ber_export_write_file (output_path, text, length, error);
    }
  else
    {
      g_autoptr(BerPrintDocument) doc = personal_document (store, data);

      return ber_print_document_write_pdf (doc, output_path, error);
    }
}

gboolean
ber_export_person_cli (const char   *database,
                       GVariantDict *options,
                       const char   *output,
                       GError      **error)
{
  g_autoptr(BerStore) store = NULL;
  const char *text = NULL;
  char *end = NULL;
  gint64 id;

  if (!g_variant_dict_lookup (options, "person", "&s", &text))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("--export=person needs --person=ID; --list=persons shows the ids."));
      return FALSE;
    }

  id = g_ascii_strtoll (text, &end, 10);
  if (*text == '\0' || end == NULL || *end != '\0' || id <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("--person=%s is not a person id; --list=persons shows the ids."), text);
      return FALSE;
    }

  store = ber_store_open (database, error);
  if (store == NULL)
    return FALSE;

  if (!ber_export_person (store, id, output, error))
    {
      if (error != NULL && g_error_matches (*error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND))
        {
          g_clear_error (error);
          g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND,
                       _("There is no person %s in the register; --list=persons shows the ids."),
                       text);
        }
      return FALSE;
    }
  return TRUE;
}
