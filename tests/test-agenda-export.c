/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The meeting papers read back the way their readers read them: PDFs through
 * pdftotext -layout and pdfinfo, the item list through a CSV parser that
 * honours quotes, the calendar through an iCalendar reader of its own
 * (unfolding, unescaping), and the command line through the real binary.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "ber-agenda-export.h"
#include "ber-membership-register.h"
#include "ber-print-document.h"
#include "ber-test-utils.h"

/* Helpers: tools */

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status,
                &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", path, "-", NULL };

  return run_tool (argv);
}

static GStrv
pdf_page_texts (const char *path)
{
  g_autofree char *all = pdf_text (path);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) pages = g_strsplit (all, "\f", -1);

  for (guint i = 0; pages[i] != NULL && pages[i + 1] != NULL; i++)
    g_strv_builder_add (builder, pages[i]);
  return g_strv_builder_end (builder);
}

static void
assert_a4 (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv);

  g_assert_nonnull (strstr (info, "Page size:       595.276 x 841.89 pts (A4)"));
}

static gssize
find (const char *haystack,
      const char *needle,
      gssize      from)
{
  const char *hit;

  if (from < 0)
    return -1;
  hit = strstr (haystack + from, needle);
  return hit != NULL ? hit - haystack : -1;
}

/* Each needle after the one before; the list ends with NULL. */
static void
assert_in_order (const char *text,
                 const char *first,
                 ...)
{
  va_list args;
  gssize at = 0;

  va_start (args, first);
  for (const char *needle = first; needle != NULL; needle = va_arg (args, const char *))
    {
      gssize next = find (text, needle, at);

      if (next < 0)
        g_test_message ("not found after offset %" G_GSSIZE_FORMAT ": %s", at, needle);
      g_assert_cmpint (next, >=, 0);
      at = next + (gssize) strlen (needle);
    }
  va_end (args);
}

/* Assert each of @needles (a GPtrArray of strings) in order in @text. */
static void
assert_array_in_order (const char *text,
                       GPtrArray  *needles)
{
  gssize at = 0;

  for (guint i = 0; i < needles->len; i++)
    {
      const char *needle = g_ptr_array_index (needles, i);
      gssize next = find (text, needle, at);

      if (next < 0)
        g_test_message ("not found after offset %" G_GSSIZE_FORMAT ": %s", at, needle);
      g_assert_cmpint (next, >=, 0);
      at = next + (gssize) strlen (needle);
    }
}

static char *
line_with (const char *text,
           const char *needle)
{
  const char *hit = strstr (text, needle);
  const char *start, *end;

  if (hit == NULL)
    g_test_message ("no line with %s", needle);
  g_assert_nonnull (hit);
  for (start = hit; start > text && start[-1] != '\n'; start--)
    ;
  end = strchr (hit, '\n');
  return g_strndup (start, end != NULL ? (gsize) (end - start) : strlen (start));
}

/* Helpers: the register */

static GPtrArray *
select_rows (BerStore   *store,
             const char *source,
             const char *column,
             GVariant   *value,
             const char *order)
{
  g_autoptr(BerQuery) query = ber_query_new (source);
  g_autoptr(GError) error = NULL;
  GPtrArray *rows;

  if (column != NULL)
    ber_query_add_condition (query, column, BER_QUERY_EQ, value);
  if (order != NULL)
    ber_query_add_order (query, order, FALSE);
  ber_query_add_order (query, "id", FALSE);
  rows = ber_store_select (store, query, 0, 100000, &error);
  g_assert_no_error (error);
  return rows;
}

static GVariant *
get_row (BerStore   *store,
         const char *source,
         gint64      id)
{
  g_autoptr(GError) error = NULL;
  GVariant *row = ber_store_get (store, source, id, &error);

  g_assert_no_error (error);
  return row;
}

/* The first meeting whose status is @status and whose agenda has an item. */
static gint64
meeting_with_items (BerStore   *store,
                    const char *status)
{
  g_autoptr(GPtrArray) meetings = select_rows (store, "meeting_list", "status",
                                               g_variant_new_string (status), "held_on");

  for (guint i = 0; i < meetings->len; i++)
    {
      gint64 id = ber_row_integer (g_ptr_array_index (meetings, i), "id");
      g_autoptr(GPtrArray) entries = select_rows (store, "agenda_entry", "meeting_id",
                                                  g_variant_new_int64 (id), "position");

      for (guint e = 0; e < entries->len; e++)
        if (g_str_equal (ber_row_text (g_ptr_array_index (entries, e), "kind"), "item"))
          return id;
    }
  g_assert_not_reached ();
}

static GPtrArray *
entries_of (BerStore *store,
            gint64    meeting_id)
{
  return select_rows (store, "agenda_entry", "meeting_id", g_variant_new_int64 (meeting_id),
                      "position");
}

static char *
person_name (BerStore *store,
             gint64    id)
{
  g_autoptr(GVariant) row = get_row (store, "person", id);

  return g_strdup (ber_row_text (row, "name"));
}

typedef struct
{
  char *dir;
  BerStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_DEMO, &f->dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* The notice with the agenda */

static void
test_agenda (Fixture       *f,
             gconstpointer  data)
{
  gint64 meeting_id = meeting_with_items (f->store, "planned");
  g_autoptr(GVariant) meeting = get_row (f->store, "meeting_list", meeting_id);
  g_autoptr(GPtrArray) entries = entries_of (f->store, meeting_id);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = path_in (f, "kallelse.pdf");
  g_autofree char *text = NULL;
  g_autofree char *chair = person_name (f->store, ber_row_integer (meeting, "chair_id"));
  g_autoptr(GError) error = NULL;

  ber_export_agenda (f->store, meeting_id, path, &error);
  g_assert_no_error (error);
  assert_a4 (path);
  text = pdf_text (path);

  g_ptr_array_add (expected, g_strdup ("Notice of meeting"));
  g_ptr_array_add (expected, g_strdup (ber_row_text (meeting, "body_name")));
  g_ptr_array_add (expected, g_strdup (ber_row_text (meeting, "held_on")));
  g_ptr_array_add (expected, g_strdup (ber_row_text (meeting, "starts_at")));
  g_ptr_array_add (expected, g_strdup (ber_row_text (meeting, "place")));
  g_ptr_array_add (expected, g_strdup ("Agenda"));
  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (entries, i);

      /* Not yet locked: running numbers. */
      g_ptr_array_add (expected, g_strdup_printf ("%u. %s", i + 1, ber_row_text (entry, "title")));
      if (ber_row_integer (entry, "item_id") > 0)
        {
          g_autoptr(GVariant) item = get_row (f->store, "item_list",
                                              ber_row_integer (entry, "item_id"));
          g_autoptr(GPtrArray) clauses = select_rows (f->store, "clause", "item_id",
                                                      g_variant_new_int64 (ber_row_integer (item, "id")),
                                                      "position");

          g_ptr_array_add (expected, g_strdup (ber_row_text (item, "diary_number")));
          g_ptr_array_add (expected, g_strdup ("Presenter"));
          g_ptr_array_add (expected, person_name (f->store, ber_row_integer (entry,
                                                                             "presenter_id")));
          if (clauses->len > 0)
            g_ptr_array_add (expected, g_strdup ("Proposed decision"));
          for (guint c = 0; c < clauses->len; c++)
            {
              /* The first words: a long clause wraps. */
              g_autofree char *clause = g_strdup (ber_row_text (g_ptr_array_index (clauses, c),
                                                                "text"));

              if (g_utf8_strlen (clause, -1) > 40)
                *g_utf8_offset_to_pointer (clause, 40) = '\0';
              g_ptr_array_add (expected, g_steal_pointer (&clause));
            }
        }
    }
  g_ptr_array_add (expected, g_strdup (chair));
  g_ptr_array_add (expected, g_strdup ("Chair"));
  assert_array_in_order (text, expected);

  /* Swedish letters survive: "Sammanträdets öppnande", "Åsa". */
  g_assert_nonnull (strstr (text, "Sammanträdets öppnande"));
  g_assert_nonnull (g_utf8_validate (text, -1, NULL) ? text : NULL);
  g_assert_null (strstr (text, "§"));

  /* An unknown meeting fails cleanly and writes nothing. */
  {
    g_autofree char *none = path_in (f, "none.pdf");

    g_assert_false (ber_export_agenda (f->store, 99999, none, &error));
    g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
    g_assert_false (g_file_test (none, G_FILE_TEST_EXISTS));
  }
}

/* Once locked, the agenda shows the § numbers. */
static void
test_agenda_locked (Fixture       *f,
                    gconstpointer  data)
{
  gint64 meeting_id = meeting_with_items (f->store, "minutes-approved");
  g_autoptr(GPtrArray) entries = entries_of (f->store, meeting_id);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = path_in (f, "kallelse-paragrafer.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  ber_export_agenda (f->store, meeting_id, path, &error);
  g_assert_no_error (error);
  text = pdf_text (path);
  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (entries, i);
      gint64 paragraph = ber_row_integer (entry, "paragraph");

      if (paragraph > 0)
        g_ptr_array_add (expected, g_strdup_printf ("§ %" G_GINT64_FORMAT " %s", paragraph,
                                                    ber_row_text (entry, "title")));
      else
        g_ptr_array_add (expected, g_strdup (ber_row_text (entry, "title")));
    }
  assert_array_in_order (text, expected);
}

/* The minutes and an extract */

static void
test_minutes (Fixture       *f,
              gconstpointer  data)
{
  gint64 meeting_id = meeting_with_items (f->store, "minutes-approved");
  g_autoptr(GVariant) meeting = get_row (f->store, "meeting_list", meeting_id);
  g_autoptr(GPtrArray) entries = entries_of (f->store, meeting_id);
  g_autoptr(GPtrArray) attendance = select_rows (f->store, "attendance", "meeting_id",
                                                 g_variant_new_int64 (meeting_id), NULL);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = path_in (f, "protokoll.pdf");
  g_autofree char *text = NULL;
  g_autofree char *checker = person_name (f->store, ber_row_integer (meeting, "checker_id"));
  g_autoptr(GError) error = NULL;
  guint n_paragraphs = 0;

  ber_export_minutes (f->store, meeting_id, path, &error);
  g_assert_no_error (error);
  assert_a4 (path);
  text = pdf_text (path);

  assert_in_order (text, "Minutes", ber_row_text (meeting, "body_name"), "Members",
                   "Officials", "Checker", checker, "Secretary", "Chair",
                   "Date of approval", ber_row_text (meeting, "approved_on"),
                   "Date of posting", ber_row_text (meeting, "posted_on"), NULL);
  /* Everyone recorded as present is named. */
  for (guint i = 0; i < attendance->len; i++)
    {
      GVariant *row = g_ptr_array_index (attendance, i);
      g_autofree char *name = person_name (f->store, ber_row_integer (row, "person_id"));

      g_assert_nonnull (strstr (text, name));
    }

  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (entries, i);
      gint64 paragraph = ber_row_integer (entry, "paragraph");
      g_autoptr(GPtrArray) clauses = NULL;
      g_autoptr(GPtrArray) recipients = NULL;

      if (paragraph <= 0)
        continue;
      n_paragraphs++;
      g_ptr_array_add (expected, g_strdup_printf ("§ %" G_GINT64_FORMAT, paragraph));
      g_ptr_array_add (expected, g_strdup (ber_row_text (entry, "title")));
      clauses = select_rows (f->store, "clause", "agenda_entry_id",
                             g_variant_new_int64 (ber_row_integer (entry, "id")), "position");
      if (clauses->len > 0)
        g_ptr_array_add (expected, g_strdup_printf ("%s decides",
                                                    ber_row_text (meeting, "body_name")));
      for (guint c = 0; c < clauses->len; c++)
        {
          g_autofree char *clause = g_strdup (ber_row_text (g_ptr_array_index (clauses, c),
                                                            "text"));

          if (g_utf8_strlen (clause, -1) > 40)
            *g_utf8_offset_to_pointer (clause, 40) = '\0';
          g_ptr_array_add (expected, g_steal_pointer (&clause));
        }
      recipients = select_rows (f->store, "distribution", "agenda_entry_id",
                                g_variant_new_int64 (ber_row_integer (entry, "id")), NULL);
      if (recipients->len > 0)
        g_ptr_array_add (expected, g_strdup ("Copy to"));
      for (guint r = 0; r < recipients->len; r++)
        g_ptr_array_add (expected, g_strdup (ber_row_text (g_ptr_array_index (recipients, r),
                                                           "recipient")));
    }
  g_assert_cmpuint (n_paragraphs, >, 2);
  assert_array_in_order (text, expected);
}

static void
test_minutes_extract (Fixture       *f,
                      gconstpointer  data)
{
  gint64 meeting_id = meeting_with_items (f->store, "minutes-approved");
  g_autoptr(GVariant) meeting = get_row (f->store, "meeting_list", meeting_id);
  g_autoptr(GPtrArray) entries = entries_of (f->store, meeting_id);
  GVariant *entry = NULL;
  g_autoptr(GPtrArray) recipients = NULL;
  g_autofree char *path = path_in (f, "protokollsutdrag.pdf");
  g_autofree char *text = NULL;
  g_autofree char *paragraph = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < entries->len && entry == NULL; i++)
    if (ber_row_integer (g_ptr_array_index (entries, i), "item_id") > 0)
      entry = g_ptr_array_index (entries, i);
  g_assert_nonnull (entry);
  recipients = select_rows (f->store, "distribution", "agenda_entry_id",
                            g_variant_new_int64 (ber_row_integer (entry, "id")), NULL);
  g_assert_cmpuint (recipients->len, >, 0);

  ber_export_minutes_extract (f->store, ber_row_integer (entry, "id"), path, &error);
  g_assert_no_error (error);
  assert_a4 (path);
  text = pdf_text (path);
  paragraph = g_strdup_printf ("§ %" G_GINT64_FORMAT, ber_row_integer (entry, "paragraph"));
  assert_in_order (text, "Extract from the minutes", ber_row_text (meeting, "body_name"),
                   "Date of approval", ber_row_text (meeting, "approved_on"),
                   "Date of posting", ber_row_text (meeting, "posted_on"),
                   paragraph, ber_row_text (entry, "title"), "decides", "Recorded by",
                   "Certified true extract", "Certified by", "Copy to",
                   ber_row_text (g_ptr_array_index (recipients, 0), "recipient"), NULL);
  /* Only this paragraph. */
  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *other = g_ptr_array_index (entries, i);

      if (other != entry && ber_row_integer (other, "item_id") > 0)
        g_assert_null (strstr (text, ber_row_text (other, "title")));
    }
}

/* Reservations and statements under a decision */

static void
add_statement (Fixture    *f,
               gint64      entry_id,
               int         position,
               const char *kind,
               const char *author,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "agenda_entry_id", g_variant_new_int64 (entry_id));
  g_variant_builder_add (&builder, "{sv}", "position", g_variant_new_int64 (position));
  g_variant_builder_add (&builder, "{sv}", "kind", g_variant_new_string (kind));
  g_variant_builder_add (&builder, "{sv}", "author", g_variant_new_string (author));
  g_variant_builder_add (&builder, "{sv}", "text", g_variant_new_string (text));
  ber_store_insert (f->store, "statement", g_variant_builder_end (&builder), &error);
  g_assert_no_error (error);
}

/* The text of @text from the line "§ @paragraph" to the next line starting with "§". */
static char *
paragraph_text (const char *text,
                gint64      paragraph)
{
  g_autofree char *heading = g_strdup_printf ("\n§ %" G_GINT64_FORMAT "\n", paragraph);
  const char *start = strstr (text, heading);
  const char *end;

  g_assert_nonnull (start);
  end = strstr (start + strlen (heading), "\n§ ");
  return end != NULL ? g_strndup (start, end - start) : g_strdup (start);
}

static guint
occurrences (const char *text,
             const char *needle)
{
  guint n = 0;

  for (const char *hit = strstr (text, needle); hit != NULL; hit = strstr (hit + 1, needle))
    n++;
  return n;
}

static void
test_minutes_statements (Fixture       *f,
                         gconstpointer  data)
{
  gint64 meeting_id = meeting_with_items (f->store, "minutes-approved");
  g_autoptr(GVariant) meeting = get_row (f->store, "meeting_list", meeting_id);
  g_autoptr(GPtrArray) entries = entries_of (f->store, meeting_id);
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = path_in (f, "protokoll-reservationer.pdf");
  g_autofree char *extract_path = path_in (f, "utdrag-reservationer.pdf");
  g_autofree char *pack_path = path_in (f, "handlingar-reservationer.pdf");
  g_autofree char *public_path = path_in (f, "handlingar-offentlig-reservationer.pdf");
  g_autofree char *text = NULL;
  g_autofree char *section = NULL;
  g_autofree char *heading = NULL;
  g_autoptr(GError) error = NULL;
  GVariant *entry = NULL;
  gint64 paragraph, next_paragraph = 0;

  /* A matter with another paragraph after it. */
  for (guint i = 0; i < entries->len && next_paragraph == 0; i++)
    {
      GVariant *candidate = g_ptr_array_index (entries, i);

      if (entry == NULL && ber_row_integer (candidate, "item_id") > 0)
        entry = candidate;
      else if (entry != NULL && ber_row_integer (candidate, "paragraph") > 0)
        next_paragraph = ber_row_integer (candidate, "paragraph");
    }
  g_assert_nonnull (entry);
  g_assert_cmpint (next_paragraph, >, 0);
  paragraph = ber_row_integer (entry, "paragraph");

  /* Written out of order: the minutes follow the positions. */
  add_statement (f, ber_row_integer (entry, "id"), 3, "note", "Åsa Lindqvist (S)",
                 "Ärendet ska följas upp före årsskiftet.");
  add_statement (f, ber_row_integer (entry, "id"), 1, "reservation", "Örjan Björklund (M)", "");
  add_statement (f, ber_row_integer (entry, "id"), 2, "reservation", "Kristdemokraternas grupp",
                 "Till förmån för eget yrkande om återremiss.");
  add_statement (f, ber_row_integer (entry, "id"), 4, "special-opinion", "Maria Öberg (V)", "");

  ber_export_minutes (f->store, meeting_id, path, &error);
  g_assert_no_error (error);
  text = pdf_text (path);

  heading = g_strdup_printf ("§ %" G_GINT64_FORMAT, paragraph);
  g_ptr_array_add (expected, g_strdup (heading));
  g_ptr_array_add (expected, g_strdup (ber_row_text (entry, "title")));
  clauses = select_rows (f->store, "clause", "agenda_entry_id",
                         g_variant_new_int64 (ber_row_integer (entry, "id")), "position");
  if (clauses->len > 0)
    g_ptr_array_add (expected, g_strdup_printf ("%s decides", ber_row_text (meeting,
                                                                            "body_name")));
  g_ptr_array_add (expected, g_strdup ("Reservation"));
  g_ptr_array_add (expected, g_strdup ("Örjan Björklund (M) reserves against the decision."));
  g_ptr_array_add (expected,
                   g_strdup ("Kristdemokraternas grupp reserves against the decision."));
  g_ptr_array_add (expected, g_strdup ("Till förmån för eget yrkande om återremiss."));
  g_ptr_array_add (expected, g_strdup ("Statement for the Minutes"));
  g_ptr_array_add (expected,
                   g_strdup ("Åsa Lindqvist (S) enters the following statement in the minutes:"));
  g_ptr_array_add (expected, g_strdup ("Ärendet ska följas upp före årsskiftet."));
  g_ptr_array_add (expected, g_strdup ("Special Opinion"));
  g_ptr_array_add (expected, g_strdup ("Maria Öberg (V) submits a special opinion."));
  g_ptr_array_add (expected, g_strdup_printf ("§ %" G_GINT64_FORMAT, next_paragraph));
  assert_array_in_order (text, expected);

  /* All of it inside its own paragraph, after the decision; one heading for both reservations. */
  section = paragraph_text (text, paragraph);
  g_assert_nonnull (strstr (section, "Kristdemokraternas grupp"));
  g_assert_nonnull (strstr (section, "Maria Öberg (V) submits"));
  g_assert_cmpuint (occurrences (section, "\nReservation\n"), ==, 1);
  g_assert_cmpuint (occurrences (text, "Kristdemokraternas grupp"), ==, 1);
  g_assert_true (g_utf8_validate (text, -1, NULL));

  /* The extract of the paragraph carries them too, before the certification. */
  g_clear_pointer (&text, g_free);
  ber_export_minutes_extract (f->store, ber_row_integer (entry, "id"), extract_path, &error);
  g_assert_no_error (error);
  text = pdf_text (extract_path);
  assert_in_order (text, "Extract from the minutes", heading, ber_row_text (entry, "title"),
                   "Reservation", "Örjan Björklund (M) reserves against the decision.",
                   "Kristdemokraternas grupp reserves against the decision.",
                   "Till förmån för eget yrkande om återremiss.", "Statement for the Minutes",
                   "Åsa Lindqvist (S) enters the following statement in the minutes:",
                   "Ärendet ska följas upp före årsskiftet.", "Special Opinion",
                   "Maria Öberg (V) submits a special opinion.", "Recorded by",
                   "Certified true extract", NULL);

  /* The meeting pack, internal or public, is the papers before the meeting: none of this. */
  g_clear_pointer (&text, g_free);
  ber_export_meeting_pack (f->store, meeting_id, FALSE, pack_path, &error);
  g_assert_no_error (error);
  text = pdf_text (pack_path);
  g_assert_null (strstr (text, "reserves against"));
  g_assert_null (strstr (text, "Kristdemokraternas grupp"));
  g_assert_null (strstr (text, "Statement for the Minutes"));
  g_clear_pointer (&text, g_free);
  ber_export_meeting_pack (f->store, meeting_id, TRUE, public_path, &error);
  g_assert_no_error (error);
  text = pdf_text (public_path);
  g_assert_null (strstr (text, "reserves against"));
  g_assert_null (strstr (text, "Ärendet ska följas upp"));
}

/* The board paper */

/* A part of the minutes that cannot be read (its table is gone, dropped by
 * another program while the register is open) fails the export with that
 * error: no file is written, and no minutes without the part. */
static void
test_minutes_unreadable_part (Fixture       *f,
                              gconstpointer  data)
{
  gint64 meeting_id = meeting_with_items (f->store, "minutes-approved");
  g_autofree char *register_path = path_in (f, "register.db");
  g_autofree char *path = path_in (f, "protokoll-utan-del.pdf");
  const char *argv[] = { "sqlite3", register_path, "DROP TABLE statement;", NULL };
  g_autofree char *errors = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL,
                               &errors, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (errors, ==, "");
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_assert_false (ber_export_minutes (f->store, meeting_id, path, &error));
  g_assert_nonnull (error);
  g_test_message ("refused: %s", error->message);
  g_assert_nonnull (strstr (error->message, "statement"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_board_paper (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) items = select_rows (f->store, "item_list", NULL, NULL, "id");
  GVariant *item = NULL;
  g_autoptr(GPtrArray) clauses = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = path_in (f, "tjansteskrivelse.pdf");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  /* An item with a proposal, documents and a place on an agenda. */
  for (guint i = 0; i < items->len && item == NULL; i++)
    {
      GVariant *row = g_ptr_array_index (items, i);
      gint64 id = ber_row_integer (row, "id");
      g_autoptr(GPtrArray) c = select_rows (f->store, "clause", "item_id",
                                            g_variant_new_int64 (id), NULL);
      g_autoptr(GPtrArray) d = select_rows (f->store, "document", "item_id",
                                            g_variant_new_int64 (id), NULL);
      g_autoptr(GPtrArray) e = select_rows (f->store, "agenda_entry", "item_id",
                                            g_variant_new_int64 (id), NULL);

      if (c->len >= 2 && d->len >= 2 && e->len > 0 && strchr (ber_row_text (row, "title"), ' '))
        item = row;
    }
  g_assert_nonnull (item);
  clauses = select_rows (f->store, "clause", "item_id",
                         g_variant_new_int64 (ber_row_integer (item, "id")), "position");
  documents = select_rows (f->store, "document", "item_id",
                           g_variant_new_int64 (ber_row_integer (item, "id")), "position");

  ber_export_board_paper (f->store, ber_row_integer (item, "id"), path, &error);
  g_assert_no_error (error);
  assert_a4 (path);
  text = pdf_text (path);

  g_ptr_array_add (expected, g_strdup ("Board paper"));
  g_ptr_array_add (expected, g_strdup (ber_row_text (item, "title")));
  g_ptr_array_add (expected, g_strdup ("Diary number"));
  g_ptr_array_add (expected, g_strdup (ber_row_text (item, "diary_number")));
  g_ptr_array_add (expected, g_strdup ("Case officer"));
  g_ptr_array_add (expected, g_strdup (ber_row_text (item, "case_officer_name")));
  g_ptr_array_add (expected, g_strdup ("Presenter"));
  g_ptr_array_add (expected, g_strdup ("Description of the matter"));
  g_ptr_array_add (expected, g_strdup ("Proposed decision"));
  for (guint c = 0; c < clauses->len; c++)
    {
      g_autofree char *clause = g_strdup (ber_row_text (g_ptr_array_index (clauses, c), "text"));

      if (g_utf8_strlen (clause, -1) > 40)
        *g_utf8_offset_to_pointer (clause, 40) = '\0';
      g_ptr_array_add (expected, g_steal_pointer (&clause));
    }
  g_ptr_array_add (expected, g_strdup ("Decision documents"));
  for (guint d = 0; d < documents->len; d++)
    g_ptr_array_add (expected, g_strdup_printf ("%u. %s", d + 1,
                                                ber_row_text (g_ptr_array_index (documents, d),
                                                              "title")));
  assert_array_in_order (text, expected);
}

/* The meeting pack */

static gint64
add_confidential_to (Fixture *f,
                     gint64   meeting_id,
                     char   **title)
{
  g_autoptr(GPtrArray) items = select_rows (f->store, "item_list", "confidential",
                                            g_variant_new_int64 (1), NULL);
  g_autoptr(GError) error = NULL;
  GVariantBuilder builder;
  GVariant *item;
  gint64 id;

  g_assert_cmpuint (items->len, >, 0);
  item = g_ptr_array_index (items, 0);
  *title = g_strdup (ber_row_text (item, "title"));
  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "meeting_id", g_variant_new_int64 (meeting_id));
  g_variant_builder_add (&builder, "{sv}", "position", g_variant_new_int64 (50));
  g_variant_builder_add (&builder, "{sv}", "kind", g_variant_new_string ("item"));
  g_variant_builder_add (&builder, "{sv}", "title", g_variant_new_string (*title));
  g_variant_builder_add (&builder, "{sv}", "item_id",
                         g_variant_new_int64 (ber_row_integer (item, "id")));
  id = ber_store_insert (f->store, "agenda_entry", g_variant_builder_end (&builder), &error);
  g_assert_no_error (error);
  return ber_row_integer (item, "id") + 0 * id;
}

/* Each contents line's page number is where its heading is printed. */
static void
assert_contents_right (BerPrintDocument *doc,
                       GStrv             pages,
                       GPtrArray        *headings)
{
  for (guint h = 0; h < headings->len; h++)
    {
      const char *heading = g_ptr_array_index (headings, h);
      g_autofree char *line = line_with (pages[0], heading);
      const char *number = strrchr (g_strchomp (line), ' ');
      guint page = (guint) g_ascii_strtoull (number + 1, NULL, 10);

      g_assert_cmpuint (page, >=, 2);
      g_assert_cmpuint (page, <=, g_strv_length (pages));
      g_assert_cmpuint (page, ==, ber_print_document_get_heading_page (doc, heading));
      g_assert_nonnull (strstr (pages[page - 1], heading));
      /* The heading begins its page, under the running header (the
       * organisation's name, unit and address, and a blank line or two). */
      {
        const char *at = strstr (pages[page - 1], heading);
        guint newlines = 0;

        for (const char *p = pages[page - 1]; p < at; p++)
          newlines += *p == '\n';
        g_assert_cmpuint (newlines, <=, 5);
      }
    }
}

static void
test_meeting_pack (Fixture       *f,
                   gconstpointer  data)
{
  gint64 meeting_id = meeting_with_items (f->store, "planned");
  g_autoptr(GVariant) meeting = get_row (f->store, "meeting_list", meeting_id);
  g_autofree char *secret = NULL;
  gint64 secret_id = add_confidential_to (f, meeting_id, &secret);
  g_autoptr(GVariant) secret_item = get_row (f->store, "item_list", secret_id);
  g_autoptr(GPtrArray) entries = entries_of (f->store, meeting_id);
  g_autofree char *path = path_in (f, "handlingar.pdf");
  g_autofree char *public_path = path_in (f, "handlingar-offentlig.pdf");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;
  g_autofree char *public_text = NULL;
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) public_headings = g_ptr_array_new_with_free_func (g_free);
  guint n_items = 0;

  g_ptr_array_add (headings, g_strdup ("Notice and agenda"));
  g_ptr_array_add (public_headings, g_strdup ("Notice and agenda"));
  for (guint i = 0; i < entries->len; i++)
    {
      GVariant *entry = g_ptr_array_index (entries, i);
      g_autofree char *heading = NULL;

      if (ber_row_integer (entry, "item_id") <= 0)
        continue;
      n_items++;
      heading = g_strdup_printf ("%u. %s", i + 1, ber_row_text (entry, "title"));
      if (ber_row_integer (entry, "item_id") != secret_id)
        g_ptr_array_add (public_headings, g_strdup (heading));
      g_ptr_array_add (headings, g_steal_pointer (&heading));
    }
  g_assert_cmpuint (n_items, >=, 3);

  /* The internal version: everything, the confidential matter too. */
  {
    g_autoptr(BerPrintDocument) doc = ber_meeting_pack_document (f->store, meeting_id, FALSE,
                                                                 &error);

    g_assert_no_error (error);
    ber_print_document_write_pdf (doc, path, &error);
    g_assert_no_error (error);
    assert_a4 (path);
    pages = pdf_page_texts (path);
    g_assert_cmpuint (g_strv_length (pages), >=, 1 + n_items + 1);
    g_assert_nonnull (strstr (pages[0], "Contents"));
    assert_contents_right (doc, pages, headings);
    text = pdf_text (path);
    assert_array_in_order (text, headings);
    g_assert_nonnull (strstr (text, secret));
    g_assert_nonnull (strstr (text, ber_row_text (secret_item, "diary_number")));
    /* Page numbers in the footer. */
    {
      g_autofree char *last = g_strdup_printf ("Page %u of %u", g_strv_length (pages),
                                               g_strv_length (pages));

      g_assert_nonnull (strstr (pages[g_strv_length (pages) - 1], last));
    }
  }

  /* The public version: the matter is marked, its title and paper are left out. */
  ber_export_meeting_pack (f->store, meeting_id, TRUE, public_path, &error);
  g_assert_no_error (error);
  assert_a4 (public_path);
  public_text = pdf_text (public_path);
  g_assert_null (strstr (public_text, secret));
  g_assert_null (strstr (public_text, ber_row_text (secret_item, "description")));
  g_assert_nonnull (strstr (public_text, "Confidential matter"));
  g_assert_nonnull (strstr (public_text, ber_row_text (meeting, "body_name")));
  assert_array_in_order (public_text, public_headings);
  {
    g_autoptr(BerPrintDocument) doc = ber_meeting_pack_document (f->store, meeting_id, TRUE,
                                                                 &error);
    g_auto(GStrv) public_pages = pdf_page_texts (public_path);

    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (public_pages), <, g_strv_length (pages));
    /* Laid out again for its page numbers. */
    ber_print_document_write_pdf (doc, public_path, &error);
    g_assert_no_error (error);
    assert_contents_right (doc, public_pages, public_headings);
  }
}

/* The item list as CSV */

static GPtrArray *
csv_parse (const char *data,
           gsize       length)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  g_autoptr(GString) cell = g_string_new (NULL);
  gboolean quoted = FALSE;
  gsize i = 0;

  for (; i < length; i++)
    {
      char c = data[i];

      if (quoted)
        {
          if (c == '"' && i + 1 < length && data[i + 1] == '"')
            {
              g_string_append_c (cell, '"');
              i++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            g_string_append_c (cell, c);
        }
      else if (c == '"')
        quoted = TRUE;
      else if (c == ';')
        {
          g_strv_builder_add (row, cell->str);
          g_string_truncate (cell, 0);
        }
      else if (c == '\r' && i + 1 < length && data[i + 1] == '\n')
        {
          g_strv_builder_add (row, cell->str);
          g_string_truncate (cell, 0);
          g_ptr_array_add (rows, g_strv_builder_end (row));
          g_clear_pointer (&row, g_strv_builder_unref);
          row = g_strv_builder_new ();
          i++;
        }
      else
        {
          g_assert_cmpint (c, !=, '\n');
          g_string_append_c (cell, c);
        }
    }
  g_assert_false (quoted);
  g_assert_cmpuint (cell->len, ==, 0);
  return rows;
}

static void
test_items_csv (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = path_in (f, "arenden.csv");
  g_autoptr(GPtrArray) items = select_rows (f->store, "item_list", NULL, NULL, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  char **header;
  gboolean found = FALSE;

  ber_export_items (f->store, 0, 0, NULL, path, &error);
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (length > 3 && memcmp (contents, "\xef\xbb\xbf", 3) == 0);
  g_assert_true (g_utf8_validate (contents + 3, (gssize) length - 3, NULL));
  rows = csv_parse (contents + 3, length - 3);
  g_assert_cmpuint (rows->len, ==, items->len + 1);
  header = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (header[0], ==, "Id");
  g_assert_cmpstr (header[1], ==, "Diary number");
  g_assert_cmpstr (header[2], ==, "Title");
  for (guint r = 1; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      g_assert_cmpuint (g_strv_length (row), ==, g_strv_length (header));
      for (guint i = 0; i < items->len; i++)
        {
          GVariant *item = g_ptr_array_index (items, i);

          if (g_ascii_strtoll (row[0], NULL, 10) == ber_row_integer (item, "id"))
            {
              g_assert_cmpstr (row[1], ==, ber_row_text (item, "diary_number"));
              g_assert_cmpstr (row[2], ==, ber_row_text (item, "title"));
              if (strstr (row[2], "ö") != NULL || strstr (row[2], "å") != NULL)
                found = TRUE;
            }
        }
    }
  g_assert_true (found);

  /* Filtered by body: every row routed there. */
  {
    g_autoptr(GVariant) item = g_variant_ref (g_ptr_array_index (items, 1));
    gint64 body = ber_row_integer (item, "routed_body_id");
    g_autoptr(GPtrArray) some = NULL;
    g_autofree char *some_contents = NULL;

    g_assert_cmpint (body, >, 0);
    ber_export_items (f->store, body, 0, NULL, path, &error);
    g_assert_no_error (error);
    g_file_get_contents (path, &some_contents, &length, &error);
    g_assert_no_error (error);
    some = csv_parse (some_contents + 3, length - 3);
    g_assert_cmpuint (some->len, >, 1);
    g_assert_cmpuint (some->len, <, rows->len);
    for (guint r = 1; r < some->len; r++)
      g_assert_cmpstr (((char **) g_ptr_array_index (some, r))[9], ==,
                       ber_row_text (item, "routed_body_name"));
  }

  /* Not a CSV file name. */
  {
    g_autofree char *bad = path_in (f, "arenden.txt");

    g_assert_false (ber_export_items (f->store, 0, 0, NULL, bad, &error));
    g_assert_nonnull (error);
  }
}

/* iCalendar */

typedef struct
{
  char *name;     /* with its parameters: DTSTART;TZID=Europe/Stockholm */
  char *value;    /* unescaped for TEXT properties */
} IcsLine;

static void
ics_line_free (gpointer data)
{
  IcsLine *line = data;

  g_free (line->name);
  g_free (line->value);
  g_free (line);
}

static char *
ics_unescape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\')
        {
          p++;
          g_assert_true (*p == '\\' || *p == ';' || *p == ',' || *p == 'n' || *p == 'N');
          g_string_append_c (out, *p == 'n' || *p == 'N' ? '\n' : *p);
        }
      else
        {
          /* An unescaped separator would split the value. */
          g_assert_true (*p != ';' && *p != ',');
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* Reads RFC 5545 text: CRLF line ends, folded lines of at most 75 octets. */
static GPtrArray *
ics_parse (const char *text)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (ics_line_free);
  g_auto(GStrv) physical = NULL;
  g_autoptr(GString) logical = g_string_new (NULL);
  gsize length = strlen (text);

  /* CRLF everywhere, and at the end. */
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  for (gsize i = 0; i < length; i++)
    if (text[i] == '\n')
      g_assert_true (i > 0 && text[i - 1] == '\r');

  physical = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; physical[i] != NULL; i++)
    {
      const char *line = physical[i];

      g_assert_cmpuint (strlen (line), <=, 75);
      /* Folding never splits a character. */
      g_assert_true (g_utf8_validate (line, -1, NULL));
      if (line[0] == ' ')
        {
          g_assert_cmpuint (logical->len, >, 0);
          g_string_append (logical, line + 1);
          continue;
        }
      if (logical->len > 0)
        {
          IcsLine *parsed = g_new0 (IcsLine, 1);
          const char *colon = strchr (logical->str, ':');
          const char *name_end;

          g_assert_nonnull (colon);
          parsed->name = g_strndup (logical->str, colon - logical->str);
          name_end = strchr (parsed->name, ';');
          if (g_str_has_prefix (parsed->name, "SUMMARY") || g_str_has_prefix (parsed->name, "LOCATION")
              || g_str_has_prefix (parsed->name, "DESCRIPTION"))
            parsed->value = ics_unescape (colon + 1);
          else
            parsed->value = g_strdup (colon + 1);
          (void) name_end;
          g_ptr_array_add (lines, parsed);
          g_string_truncate (logical, 0);
        }
      g_string_append (logical, line);
    }
  g_assert_cmpuint (logical->len, ==, 0);
  return lines;
}

static const char *
ics_value (GPtrArray  *lines,
           guint       from,
           const char *name)
{
  for (guint i = from; i < lines->len; i++)
    {
      IcsLine *line = g_ptr_array_index (lines, i);

      if (g_str_equal (line->name, name))
        return line->value;
      if (g_str_equal (line->name, "END") && g_str_equal (line->value, "VEVENT"))
        break;
    }
  return NULL;
}

static void
test_ics (Fixture       *f,
          gconstpointer  data)
{
  gint64 meeting_id = meeting_with_items (f->store, "planned");
  g_autoptr(GPtrArray) entries = entries_of (f->store, meeting_id);
  const char *place = "Regionhuset, sal Åre; plan 3 \\ norra flygeln";
  g_autofree char *path = path_in (f, "sammantraden.ics");
  g_autofree char *all_path = path_in (f, "alla.ics");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GVariant) meeting = NULL;
  g_autofree char *uid = g_strdup_printf ("meeting-%" G_GINT64_FORMAT "@beredning", meeting_id);
  g_autofree char *start = NULL;
  g_autofree char *summary = NULL;
  const char *description;
  guint event = 0;
  gboolean folded;
  int depth = 0;

  {
    GVariantBuilder builder;

    g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
    g_variant_builder_add (&builder, "{sv}", "place", g_variant_new_string (place));
    ber_store_update (f->store, "meeting", meeting_id, g_variant_builder_end (&builder), &error);
    g_assert_no_error (error);
  }
  meeting = get_row (f->store, "meeting_list", meeting_id);

  ber_export_ics (f->store, meeting_id, path, &error);
  g_assert_no_error (error);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = ics_parse (text);
  folded = strstr (text, "\r\n ") != NULL;
  g_assert_true (folded);
  g_assert_nonnull (strstr (text, "LOCATION:Regionhuset\\, sal Åre\\; plan 3 \\\\ norra flygeln"));

  /* Structure: nested BEGIN/END, one calendar with a time zone and one event. */
  for (guint i = 0; i < lines->len; i++)
    {
      IcsLine *line = g_ptr_array_index (lines, i);

      if (g_str_equal (line->name, "BEGIN"))
        {
          depth++;
          if (g_str_equal (line->value, "VEVENT"))
            event = i;
        }
      else if (g_str_equal (line->name, "END"))
        depth--;
      g_assert_cmpint (depth, >=, i + 1 < lines->len ? 1 : 0);
    }
  g_assert_cmpint (depth, ==, 0);
  g_assert_cmpstr (((IcsLine *) g_ptr_array_index (lines, 0))->value, ==, "VCALENDAR");
  g_assert_cmpstr (ics_value (lines, 0, "VERSION"), ==, "2.0");
  g_assert_nonnull (ics_value (lines, 0, "PRODID"));
  g_assert_cmpstr (ics_value (lines, 0, "TZID"), ==, "Europe/Stockholm");
  g_assert_cmpuint (event, >, 0);

  g_assert_cmpstr (ics_value (lines, event, "UID"), ==, uid);
  g_assert_true (g_str_has_suffix (ics_value (lines, event, "DTSTAMP"), "Z"));
  start = g_strdup_printf ("%.4s%.2s%.2sT%.2s%.2s00", ber_row_text (meeting, "held_on"),
                           ber_row_text (meeting, "held_on") + 5,
                           ber_row_text (meeting, "held_on") + 8,
                           ber_row_text (meeting, "starts_at"),
                           ber_row_text (meeting, "starts_at") + 3);
  g_assert_cmpstr (ics_value (lines, event, "DTSTART;TZID=Europe/Stockholm"), ==, start);
  g_assert_cmpstr (ics_value (lines, event, "DTEND;TZID=Europe/Stockholm"), >, start);
  summary = g_strdup_printf ("%s meeting", ber_row_text (meeting, "body_name"));
  g_assert_cmpstr (ics_value (lines, event, "SUMMARY"), ==, summary);
  g_assert_cmpstr (ics_value (lines, event, "LOCATION"), ==, place);
  description = ics_value (lines, event, "DESCRIPTION");
  g_assert_nonnull (description);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *point = g_strdup_printf ("%u. %s\n", i + 1,
                                                ber_row_text (g_ptr_array_index (entries, i),
                                                              "title"));

      if (i + 1 == entries->len)
        point[strlen (point) - 1] = '\0';
      g_assert_nonnull (strstr (description, point));
    }

  /* All coming meetings: one event each, with stable ids. */
  ber_export_ics (f->store, 0, all_path, &error);
  g_assert_no_error (error);
  {
    g_autofree char *all = NULL;
    g_autoptr(GPtrArray) all_lines = NULL;
    g_autoptr(BerQuery) query = ber_query_new ("meeting_list");
    g_autoptr(GPtrArray) coming = NULL;
    guint n_events = 0;

    ber_query_add_condition (query, "held_on", BER_QUERY_GE,
                             g_variant_new_string (ber_store_get_today (f->store)));
    coming = ber_store_select (f->store, query, 0, 1000, &error);
    g_assert_no_error (error);
    g_file_get_contents (all_path, &all, NULL, &error);
    g_assert_no_error (error);
    all_lines = ics_parse (all);
    for (guint i = 0; i < all_lines->len; i++)
      {
        IcsLine *line = g_ptr_array_index (all_lines, i);

        if (g_str_equal (line->name, "UID"))
          {
            g_assert_true (g_str_has_prefix (line->value, "meeting-"));
            n_events++;
          }
      }
    g_assert_cmpuint (n_events, ==, coming->len);
    g_assert_cmpuint (n_events, >, 1);
    g_assert_nonnull (strstr (all, uid));
  }

  /* Not an .ics file. */
  {
    g_autofree char *bad = path_in (f, "kalender.pdf");

    g_assert_false (ber_export_ics (f->store, meeting_id, bad, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
  }
}

/* The command line */

typedef struct
{
  char *out;
  char *err;
  int status;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_beredning (Run        *run,
               const char *first_arg,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("BEREDNING_BINARY");
  va_list args;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (gpointer) binary);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &run->out,
                &run->err, &run->status, &error);
  g_assert_no_error (error);
}

static void
assert_ok (const Run *run)
{
  if (!WIFEXITED (run->status) || WEXITSTATUS (run->status) != 0)
    g_test_message ("stderr: %s", run->err);
  g_assert_true (WIFEXITED (run->status));
  g_assert_cmpint (WEXITSTATUS (run->status), ==, 0);
}

static void
assert_one_line_error (const Run  *run,
                       const char *in_message)
{
  g_assert_true (WIFEXITED (run->status));
  g_assert_cmpint (WEXITSTATUS (run->status), !=, 0);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "beredning: "));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  if (strstr (run->err, in_message) == NULL)
    g_test_message ("stderr: %s", run->err);
  g_assert_nonnull (strstr (run->err, in_message));
}

static void
test_cli (void)
{
  g_autofree char *dir = ber_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *database = g_strconcat ("--database=", db, NULL);
  g_autoptr(BerStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *meeting = NULL;
  g_autofree char *held = NULL;
  g_autofree char *item = NULL;
  g_autofree char *paragraph = NULL;
  g_autofree char *extract_heading = NULL;
  g_autofree char *extract_title = NULL;
  gint64 held_id;
  const struct { const char *what, *file, *id; } exports[] = {
    { "agenda", "kallelse.pdf", "planned" },
    { "minutes", "protokoll.pdf", "held" },
    { "board-paper", "tjansteskrivelse.pdf", "item" },
    { "meeting-pack", "handlingar.pdf", "planned" },
    { "items", "arenden.csv", NULL },
    { "ics", "sammantraden.ics", NULL },
  };

  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, "--init-demo", database, NULL);
    assert_ok (&run);
  }
  store = ber_store_open (db, &error);
  g_assert_no_error (error);
  meeting = g_strdup_printf ("--meeting=%" G_GINT64_FORMAT, meeting_with_items (store, "planned"));
  held_id = meeting_with_items (store, "minutes-approved");
  held = g_strdup_printf ("--meeting=%" G_GINT64_FORMAT, held_id);
  /* A decided matter of those minutes, for its extract. */
  {
    g_autoptr(GPtrArray) entries = select_rows (store, "agenda_entry", "meeting_id",
                                                g_variant_new_int64 (held_id), "position");

    for (guint i = 0; i < entries->len && extract_title == NULL; i++)
      {
        GVariant *entry = g_ptr_array_index (entries, i);

        if (g_str_equal (ber_row_text (entry, "kind"), "item")
            && ber_row_integer (entry, "paragraph") > 0)
          {
            paragraph = g_strdup_printf ("--paragraph=%" G_GINT64_FORMAT,
                                         ber_row_integer (entry, "paragraph"));
            extract_heading = g_strdup_printf ("§ %" G_GINT64_FORMAT,
                                               ber_row_integer (entry, "paragraph"));
            extract_title = g_strdup (ber_row_text (entry, "title"));
          }
      }
    g_assert_nonnull (extract_title);
  }
  {
    g_autoptr(GPtrArray) items = select_rows (store, "item_list", NULL, NULL, "id");

    item = g_strdup_printf ("--item=%" G_GINT64_FORMAT,
                            ber_row_integer (g_ptr_array_index (items, 0), "id"));
  }
  g_clear_object (&store);

  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *file = g_build_filename (dir, exports[i].file, NULL);
      g_autofree char *output = g_strconcat ("--output=", file, NULL);
      g_autofree char *export = g_strconcat ("--export=", exports[i].what, NULL);
      const char *id = exports[i].id == NULL ? NULL
                       : g_str_equal (exports[i].id, "planned") ? meeting
                       : g_str_equal (exports[i].id, "held") ? held : item;

      if (id != NULL)
        run_beredning (&run, database, export, output, id, NULL);
      else
        run_beredning (&run, database, export, output, NULL);
      assert_ok (&run);
      g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
      if (g_str_has_suffix (file, ".pdf"))
        {
          g_autofree char *text = pdf_text (file);

          g_assert_cmpuint (strlen (text), >, 100);
        }
    }

  /* The minutes extract of one paragraph. */
  {
    g_auto(Run) run = { 0 };
    g_autofree char *file = g_build_filename (dir, "protokollsutdrag.pdf", NULL);
    g_autofree char *output = g_strconcat ("--output=", file, NULL);
    g_autofree char *text = NULL;

    run_beredning (&run, database, "--export=extract", held, paragraph, output, NULL);
    assert_ok (&run);
    text = pdf_text (file);
    g_assert_nonnull (strstr (text, "Extract from the minutes"));
    g_assert_nonnull (strstr (text, extract_heading));
    g_assert_nonnull (strstr (text, extract_title));
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, database, "--export=extract", held, "--output=/tmp/never-written.pdf",
                   NULL);
    assert_one_line_error (&run, "--paragraph");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, database, "--export=extract", held, "--paragraph=9999",
                   "--output=/tmp/never-written.pdf", NULL);
    assert_one_line_error (&run, "9999");
  }

  /* The public pack leaves the confidential matter out. */
  {
    g_auto(Run) run = { 0 };
    g_autofree char *file = g_build_filename (dir, "offentlig.pdf", NULL);
    g_autofree char *output = g_strconcat ("--output=", file, NULL);
    g_autofree char *text = NULL;

    run_beredning (&run, database, "--export=meeting-pack", meeting, "--public", output, NULL);
    assert_ok (&run);
    text = pdf_text (file);
    g_assert_nonnull (strstr (text, "Public version"));
  }

  /* Clear one-line errors. */
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, database, "--export=agenda", "--output=/tmp/never-written.pdf", NULL);
    assert_one_line_error (&run, "--meeting");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, database, "--export=minutes", "--meeting=98765",
                   "--output=/tmp/never-written.pdf", NULL);
    assert_one_line_error (&run, "98765");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, database, "--export=board-paper", "--item=abc",
                   "--output=/tmp/never-written.pdf", NULL);
    assert_one_line_error (&run, "--item");
  }
  {
    g_auto(Run) run = { 0 };

    run_beredning (&run, database, "--export=ics", meeting, "--output=/tmp/never-written.pdf",
                   NULL);
    assert_one_line_error (&run, ".ics");
  }
  g_assert_false (g_file_test ("/tmp/never-written.pdf", G_FILE_TEST_EXISTS));

  ber_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/agenda-export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("agenda", test_agenda);
  ADD ("agenda-locked", test_agenda_locked);
  ADD ("minutes", test_minutes);
  ADD ("minutes-extract", test_minutes_extract);
  ADD ("minutes-statements", test_minutes_statements);
  ADD ("minutes-unreadable-part", test_minutes_unreadable_part);
  ADD ("board-paper", test_board_paper);
  ADD ("meeting-pack", test_meeting_pack);
  ADD ("items-csv", test_items_csv);
  ADD ("ics", test_ics);
  g_test_add_func ("/agenda-export/cli", test_cli);

  return g_test_run ();
}
