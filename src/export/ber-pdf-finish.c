/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-pdf-finish"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <lcms2.h>
#include <string.h>
#include <qpdf/qpdf-c.h>

#include "ber-pdf-finish.h"

/* The sRGB profile of the OutputIntent, as the PDF/A-2 standard names it. */
#define SRGB_CONDITION "sRGB IEC61966-2.1"

static gboolean
check_qpdf (qpdf_data   qpdf,
            GError    **error)
{
  if (qpdf_has_error (qpdf))
    {
      qpdf_error e = qpdf_get_error (qpdf);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not finish the PDF: %s"),
                   qpdf_get_error_full_text (qpdf, e));
      return FALSE;
    }
  return TRUE;
}

/* Sets @key of @dict to @value as a PDF text string, or removes it when
 * @value is %NULL. */
static void
set_text (qpdf_data   qpdf,
          qpdf_oh     dict,
          const char *key,
          const char *value)
{
  if (value != NULL)
    qpdf_oh_replace_key (qpdf, dict, key, qpdf_oh_new_unicode_string (qpdf, value));
  else
    qpdf_oh_remove_key (qpdf, dict, key);
}

/* A date as a PDF writes it, D:YYYYMMDDHHmmSS+HH'mm' */
static char *
format_pdf_date (GDateTime *date)
{
  g_autofree char *local = g_date_time_format (date, "%Y%m%d%H%M%S");
  gint64 offset = g_date_time_get_utc_offset (date) / G_TIME_SPAN_MINUTE;
  char sign = offset < 0 ? '-' : '+';

  offset = ABS (offset);
  return g_strdup_printf ("D:%s%c%02d'%02d'", local, sign,
                          (int) (offset / 60), (int) (offset % 60));
}

/* @text as valid UTF-8 without the control characters that XML 1.0 cannot
 * carry at all, so that the XMP packet and the document information
 * dictionary can say the same; %NULL for %NULL. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *clean;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  clean = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p++)
    {
      if ((guchar) *p >= 0x20 || *p == '\t' || *p == '\n' || *p == '\r')
        g_string_append_c (clean, *p);
    }
  return g_string_free (clean, FALSE);
}

/* Appends @text to @xml with what XML gives a meaning escaped. */
static void
append_escaped (GString    *xml,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (xml, "&amp;");
          break;
        case '<':
          g_string_append (xml, "&lt;");
          break;
        case '>':
          g_string_append (xml, "&gt;");
          break;
        case '"':
          g_string_append (xml, "&quot;");
          break;
        case '\'':
          g_string_append (xml, "&apos;");
          break;
        default:
          g_string_append_c (xml, *p);
          break;
        }
    }
}

static void
append_element (GString    *xml,
                const char *name,
                const char *value)
{
  g_string_append_printf (xml, "   <%s>", name);
  append_escaped (xml, value);
  g_string_append_printf (xml, "</%s>\n", name);
}

/* The XMP packet of the archival copy: what the document information
 * dictionary says, in the same words, and that the file is PDF/A-2b. */
static GBytes *
make_xmp (const BerPdfInfo *info,
          const char       *producer,
          GDateTime        *date)
{
  g_autofree char *when = g_date_time_format (date, "%Y-%m-%dT%H:%M:%S%:z");
  GString *xml = g_string_new (NULL);

  g_string_append (xml,
                   "<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                   "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                   " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                   "  <rdf:Description rdf:about=\"\"\n"
                   "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
                   "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                   "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                   "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                   "   <pdfaid:part>2</pdfaid:part>\n"
                   "   <pdfaid:conformance>B</pdfaid:conformance>\n");

  g_string_append (xml, "   <dc:format>application/pdf</dc:format>\n");
  if (info->title != NULL)
    {
      g_string_append (xml, "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
      append_escaped (xml, info->title);
      g_string_append (xml, "</rdf:li></rdf:Alt></dc:title>\n");
    }
  if (info->author != NULL)
    {
      g_string_append (xml, "   <dc:creator><rdf:Seq><rdf:li>");
      append_escaped (xml, info->author);
      g_string_append (xml, "</rdf:li></rdf:Seq></dc:creator>\n");
    }
  if (info->subject != NULL)
    {
      g_string_append (xml, "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">");
      append_escaped (xml, info->subject);
      g_string_append (xml, "</rdf:li></rdf:Alt></dc:description>\n");
    }
  if (info->language != NULL)
    {
      g_string_append (xml, "   <dc:language><rdf:Bag><rdf:li>");
      append_escaped (xml, info->language);
      g_string_append (xml, "</rdf:li></rdf:Bag></dc:language>\n");
    }
  if (info->keywords != NULL)
    append_element (xml, "pdf:Keywords", info->keywords);
  append_element (xml, "pdf:Producer", producer);
  if (info->creator != NULL)
    append_element (xml, "xmp:CreatorTool", info->creator);
  append_element (xml, "xmp:CreateDate", when);
  append_element (xml, "xmp:ModifyDate", when);
  append_element (xml, "xmp:MetadataDate", when);

  g_string_append (xml,
                   "  </rdf:Description>\n"
                   " </rdf:RDF>\n"
                   "</x:xmpmeta>\n");
  /* Room for whoever edits the packet in place, as XMP asks. */
  for (guint i = 0; i < 20; i++)
    g_string_append_printf (xml, "%99s\n", "");
  g_string_append (xml, "<?xpacket end=\"w\"?>");

  return g_string_free_to_bytes (xml);
}

/* The document information dictionary of the archival copy, made anew so
 * that it says what the XMP packet says and nothing more. */
static void
set_document_info (qpdf_data         qpdf,
                   const BerPdfInfo *info,
                   const char       *producer,
                   GDateTime        *date)
{
  g_autofree char *when = format_pdf_date (date);
  qpdf_oh dict = qpdf_make_indirect_object (qpdf, qpdf_oh_new_dictionary (qpdf));

  set_text (qpdf, dict, "/Title", info->title);
  set_text (qpdf, dict, "/Author", info->author);
  set_text (qpdf, dict, "/Subject", info->subject);
  set_text (qpdf, dict, "/Keywords", info->keywords);
  set_text (qpdf, dict, "/Creator", info->creator);
  set_text (qpdf, dict, "/Producer", producer);
  qpdf_oh_replace_key (qpdf, dict, "/CreationDate", qpdf_oh_new_string (qpdf, when));
  qpdf_oh_replace_key (qpdf, dict, "/ModDate", qpdf_oh_new_string (qpdf, when));
  qpdf_oh_replace_key (qpdf, qpdf_get_trailer (qpdf), "/Info", dict);
}

/* The producer of both the information dictionary and the XMP packet:
 * what made the PDF (cairo) and what finished it. */
static char *
make_producer (qpdf_data qpdf)
{
  qpdf_oh old_info = qpdf_oh_get_key (qpdf, qpdf_get_trailer (qpdf), "/Info");
  qpdf_oh old_producer = qpdf_oh_get_key_if_dict (qpdf, old_info, "/Producer");

  if (qpdf_oh_is_string (qpdf, old_producer))
    {
      g_autofree char *cairo = g_strdup (qpdf_oh_get_utf8_value (qpdf, old_producer));

      if (*cairo != '\0')
        return g_strdup_printf ("%s; qpdf %s", cairo, qpdf_get_qpdf_version ());
    }
  return g_strdup_printf ("qpdf %s", qpdf_get_qpdf_version ());
}

static void
add_metadata (qpdf_data  qpdf,
              qpdf_oh    root,
              GBytes    *xmp)
{
  gsize length;
  const guchar *data = g_bytes_get_data (xmp, &length);
  qpdf_oh stream = qpdf_oh_new_stream (qpdf);
  qpdf_oh dict;

  /* Without a filter: PDF/A wants the packet readable as it is, and
   * QPDFWriter leaves the streams of /Type /Metadata uncompressed. */
  qpdf_oh_replace_stream_data (qpdf, stream, data, length,
                               qpdf_oh_new_null (qpdf), qpdf_oh_new_null (qpdf));
  dict = qpdf_oh_get_dict (qpdf, stream);
  qpdf_oh_replace_key (qpdf, dict, "/Type", qpdf_oh_new_name (qpdf, "/Metadata"));
  qpdf_oh_replace_key (qpdf, dict, "/Subtype", qpdf_oh_new_name (qpdf, "/XML"));
  qpdf_oh_replace_key (qpdf, root, "/Metadata", stream);
}

/* An sRGB ICC profile made by lcms2, in version 2 of the format, which
 * every reader of PDF/A-2 knows. */
static guchar *
make_srgb_profile (guint32  *length,
                   GError  **error)
{
  cmsHPROFILE profile = cmsCreate_sRGBProfile ();
  g_autofree guchar *data = NULL;
  cmsUInt32Number size = 0;
  gboolean saved = FALSE;

  if (profile != NULL)
    {
      cmsSetProfileVersion (profile, 2.1);
      if (cmsSaveProfileToMem (profile, NULL, &size) && size > 0)
        {
          data = g_malloc (size);
          saved = cmsSaveProfileToMem (profile, data, &size);
        }
      cmsCloseProfile (profile);
    }
  if (!saved)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Could not make the sRGB colour profile of the archival PDF"));
      return NULL;
    }

  *length = size;
  return g_steal_pointer (&data);
}

static gboolean
add_output_intent (qpdf_data   qpdf,
                   qpdf_oh     root,
                   GError    **error)
{
  guint32 length = 0;
  g_autofree guchar *icc = make_srgb_profile (&length, error);
  qpdf_oh profile, intent, intents;

  if (icc == NULL)
    return FALSE;

  /* Compressed as the other streams are when written. */
  profile = qpdf_oh_new_stream (qpdf);
  qpdf_oh_replace_stream_data (qpdf, profile, icc, length,
                               qpdf_oh_new_null (qpdf), qpdf_oh_new_null (qpdf));
  qpdf_oh_replace_key (qpdf, qpdf_oh_get_dict (qpdf, profile), "/N",
                       qpdf_oh_new_integer (qpdf, 3));

  intent = qpdf_oh_new_dictionary (qpdf);
  qpdf_oh_replace_key (qpdf, intent, "/Type", qpdf_oh_new_name (qpdf, "/OutputIntent"));
  qpdf_oh_replace_key (qpdf, intent, "/S", qpdf_oh_new_name (qpdf, "/GTS_PDFA1"));
  qpdf_oh_replace_key (qpdf, intent, "/OutputConditionIdentifier",
                       qpdf_oh_new_string (qpdf, SRGB_CONDITION));
  qpdf_oh_replace_key (qpdf, intent, "/Info", qpdf_oh_new_string (qpdf, SRGB_CONDITION));
  qpdf_oh_replace_key (qpdf, intent, "/DestOutputProfile", profile);

  intents = qpdf_oh_new_array (qpdf);
  qpdf_oh_append_item (qpdf, intents, intent);
  qpdf_oh_replace_key (qpdf, root, "/OutputIntents", intents);

  return check_qpdf (qpdf, error);
}

/* Actions that have no place in an archival copy: those PDF/A-2 forbids
 * and, as the copy has to stand on its own, those that open other files. */
static gboolean
is_forbidden_action (qpdf_data qpdf,
                     qpdf_oh   oh)
{
  static const char *const forbidden[] = {
    "/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData", "/JavaScript", "/Hide",
    "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView", "/GoToR", "/GoToE",
  };
  qpdf_oh type;
  gboolean found = FALSE;

  if (!qpdf_oh_is_dictionary (qpdf, oh))
    return FALSE;

  type = qpdf_oh_get_key (qpdf, oh, "/S");
  for (gsize i = 0; i < G_N_ELEMENTS (forbidden) && !found; i++)
    found = qpdf_oh_is_name_and_equals (qpdf, type, forbidden[i]);
  qpdf_oh_release (qpdf, type);

  return found;
}

/* Clears @dict of what PDF/A forbids, and puts on @todo what it holds. */
static void
clear_forbidden_in_dict (qpdf_data  qpdf,
                         qpdf_oh    dict,
                         GArray    *todo)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  /* The keys first: qpdf has a single key iterator. */
  qpdf_oh_begin_dict_key_iter (qpdf, dict);
  while (qpdf_oh_dict_more_keys (qpdf))
    g_ptr_array_add (keys, g_strdup (qpdf_oh_dict_next_key (qpdf)));

  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      qpdf_oh value;

      /* Additional actions, scripts and files carried inside the PDF */
      if (g_str_equal (key, "/AA") || g_str_equal (key, "/JS")
          || g_str_equal (key, "/JavaScript") || g_str_equal (key, "/EmbeddedFiles")
          || g_str_equal (key, "/EF"))
        {
          qpdf_oh_remove_key (qpdf, dict, key);
          continue;
        }

      value = qpdf_oh_get_key (qpdf, dict, key);
      if (is_forbidden_action (qpdf, value))
        {
          qpdf_oh_remove_key (qpdf, dict, key);
          qpdf_oh_release (qpdf, value);
        }
      else if (g_str_equal (key, "/Interpolate") && qpdf_oh_is_bool (qpdf, value)
               && qpdf_oh_get_bool_value (qpdf, value))
        {
          /* Cairo asks smooth scaling of some images; PDF/A-2 leaves it to the reader. */
          qpdf_oh_replace_key (qpdf, dict, key, qpdf_oh_new_bool (qpdf, QPDF_FALSE));
          qpdf_oh_release (qpdf, value);
        }
      else
        {
          g_array_append_val (todo, value);
        }
    }
}

/* Removes from @root and all it refers to the actions, scripts and
 * embedded files that PDF/A forbids, and the smooth scaling of images.
 * Streams keep their data. Without recursion: the outline items of a long
 * document are chained deeper than a stack would like. */
static void
clear_forbidden (qpdf_data qpdf,
                 qpdf_oh   root)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) todo = g_array_new (FALSE, FALSE, sizeof (qpdf_oh));

  g_array_append_val (todo, root);
  while (todo->len > 0 && !qpdf_has_error (qpdf))
    {
      qpdf_oh oh = g_array_index (todo, qpdf_oh, todo->len - 1);

      g_array_set_size (todo, todo->len - 1);
      if (qpdf_oh_is_indirect (qpdf, oh)
          && !g_hash_table_add (seen, GINT_TO_POINTER (qpdf_oh_get_object_id (qpdf, oh))))
        {
          /* Already cleared */
        }
      else if (qpdf_oh_is_stream (qpdf, oh))
        {
          qpdf_oh dict = qpdf_oh_get_dict (qpdf, oh);

          clear_forbidden_in_dict (qpdf, dict, todo);
          qpdf_oh_release (qpdf, dict);
        }
      else if (qpdf_oh_is_dictionary (qpdf, oh))
        {
          clear_forbidden_in_dict (qpdf, oh, todo);
        }
      else if (qpdf_oh_is_array (qpdf, oh))
        {
          /* From the end, so that removing an item keeps the rest in place */
          for (int i = qpdf_oh_get_array_n_items (qpdf, oh) - 1; i >= 0; i--)
            {
              qpdf_oh item = qpdf_oh_get_array_item (qpdf, oh, i);

              if (is_forbidden_action (qpdf, item))
                {
                  qpdf_oh_erase_item (qpdf, oh, i);
                  qpdf_oh_release (qpdf, item);
                }
              else
                {
                  g_array_append_val (todo, item);
                }
            }
        }
      if (oh != root)
        qpdf_oh_release (qpdf, oh);
    }
}

/* PDF/A: every annotation is printed, and none is hidden. */
static gboolean
mark_annotations_printable (qpdf_data   qpdf,
                            GError    **error)
{
  int n_pages = qpdf_get_num_pages (qpdf);

  for (int page = 0; page < n_pages; page++)
    {
      qpdf_oh page_oh = qpdf_get_page_n (qpdf, page);
      qpdf_oh annots = qpdf_oh_get_key (qpdf, page_oh, "/Annots");
      int n_annots = qpdf_oh_get_array_n_items (qpdf, annots);

      for (int i = 0; i < n_annots; i++)
        {
          qpdf_oh annot = qpdf_oh_get_array_item (qpdf, annots, i);
          qpdf_oh flags_oh = qpdf_oh_get_key_if_dict (qpdf, annot, "/F");
          long long flags = 0;

          if (qpdf_oh_is_dictionary (qpdf, annot))
            {
              if (qpdf_oh_is_integer (qpdf, flags_oh))
                flags = qpdf_oh_get_int_value (qpdf, flags_oh);
              /* Print; not Invisible, Hidden, NoView or ToggleNoView */
              flags = (flags | 4) & ~(1 | 2 | 32 | 256);
              qpdf_oh_replace_key (qpdf, annot, "/F", qpdf_oh_new_integer (qpdf, flags));
            }
          qpdf_oh_release (qpdf, flags_oh);
          qpdf_oh_release (qpdf, annot);
        }
      qpdf_oh_release (qpdf, annots);
      qpdf_oh_release (qpdf, page_oh);
    }

  return check_qpdf (qpdf, error);
}

/* What PDF/A-2b asks of the file beyond what cairo writes. */
static gboolean
make_archival (qpdf_data          qpdf,
               qpdf_oh            root,
               const BerPdfInfo  *info,
               GError           **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *title = clean_text (info->title);
  g_autofree char *author = clean_text (info->author);
  g_autofree char *subject = clean_text (info->subject);
  g_autofree char *keywords = clean_text (info->keywords);
  g_autofree char *language = clean_text (info->language);
  g_autofree char *creator = clean_text (info->creator);
  g_autofree char *cairo_producer = NULL;
  g_autofree char *producer = NULL;
  g_autoptr(GBytes) xmp = NULL;
  BerPdfInfo clean = {
    .title = title,
    .author = author,
    .subject = subject,
    .keywords = keywords,
    .language = language,
    .creator = creator,
    .created = info->created,
  };

  if (clean.created == NULL)
    clean.created = now = g_date_time_new_now_local ();

  clear_forbidden (qpdf, root);
  if (!check_qpdf (qpdf, error))
    return FALSE;
  if (!mark_annotations_printable (qpdf, error))
    return FALSE;

  cairo_producer = make_producer (qpdf);
  producer = clean_text (cairo_producer);
  set_document_info (qpdf, &clean, producer, clean.created);
  xmp = make_xmp (&clean, producer, clean.created);
  add_metadata (qpdf, root, xmp);
  if (!check_qpdf (qpdf, error))
    return FALSE;

  return add_output_intent (qpdf, root, error);
}

/**
 * ber_pdf_finish:
 * @pdf: a PDF as cairo wrote it
 * @info: what the document is
 * @archival: whether to make it a PDF/A-2b archival copy
 *
 * Returns: (transfer full): the finished PDF, or %NULL with @error set
 */
GBytes *
ber_pdf_finish (GBytes            *pdf,
                const BerPdfInfo  *info,
                gboolean           archival,
                GError           **error)
{
  qpdf_data qpdf = qpdf_init ();
  GBytes *result = NULL;
  gsize length;
  const char *data = g_bytes_get_data (pdf, &length);
  qpdf_oh root;

  g_return_val_if_fail (info != NULL, NULL);

  qpdf_silence_errors (qpdf);
  qpdf_set_suppress_warnings (qpdf, QPDF_TRUE);
  qpdf_read_memory (qpdf, "document.pdf", data, length, NULL);
  if (!check_qpdf (qpdf, error))
    goto out;

  root = qpdf_get_root (qpdf);
  if (info->language != NULL)
    qpdf_oh_replace_key (qpdf, root, "/Lang", qpdf_oh_new_unicode_string (qpdf, info->language));
  if (!check_qpdf (qpdf, error))
    goto out;

  if (archival && !make_archival (qpdf, root, info, error))
    goto out;

  qpdf_init_write_memory (qpdf);
  qpdf_set_deterministic_ID (qpdf, QPDF_TRUE);
  if (archival)
    {
      /* PDF/A: no encryption, and an end of line before each endstream */
      qpdf_set_preserve_encryption (qpdf, QPDF_FALSE);
      qpdf_set_newline_before_endstream (qpdf, QPDF_TRUE);
    }
  qpdf_write (qpdf);
  if (!check_qpdf (qpdf, error))
    goto out;

  result = g_bytes_new (qpdf_get_buffer (qpdf), qpdf_get_buffer_length (qpdf));

out:
  qpdf_cleanup (&qpdf);
  return result;
}
