/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "ber-model.h"
#include "ber-test-utils.h"

/* Text that must come back byte for byte: Swedish letters, emoji, quotes and
 * SQL that would do damage if it were ever pasted into a statement. */
#define HOSTILE "Möte i sal Ö 🇸🇪🎉 '; DROP TABLE item; -- \"citat\" 100% _x_"

typedef struct
{
  char     *dir;
  BerStore *store;

  gint64    board_id;
  gint64    council_id;
  gint64    person_id;
  gint64    official_id;
  gint64    subject_area_id;
  gint64    network_id;
  gint64    baltic_id;
  gint64    network_body_id;
  gint64    meeting_id;
  gint64    item_id;
  gint64    agenda_entry_id;
  gint64    event_id;
  gint64    assignment_id;
  gint64    report_id;
} Fixture;

static GType
entity_type (guint i)
{
  switch (i)
    {
    case 0: return BER_TYPE_BODY;
    case 1: return BER_TYPE_SUBJECT_AREA;
    case 2: return BER_TYPE_ROUTING_RULE;
    case 3: return BER_TYPE_AGENDA_TEMPLATE_POINT;
    case 4: return BER_TYPE_PERSON;
    case 5: return BER_TYPE_MEETING;
    case 6: return BER_TYPE_ATTENDANCE;
    case 7: return BER_TYPE_ITEM;
    case 8: return BER_TYPE_ITEM_TRANSITION;
    case 9: return BER_TYPE_AGENDA_ENTRY;
    case 10: return BER_TYPE_CLAUSE;
    case 11: return BER_TYPE_DISTRIBUTION;
    case 12: return BER_TYPE_NETWORK;
    case 13: return BER_TYPE_NETWORK_BODY;
    case 14: return BER_TYPE_MEMBERSHIP;
    case 15: return BER_TYPE_FEE;
    case 16: return BER_TYPE_NETWORK_REVIEW;
    case 17: return BER_TYPE_ASSIGNMENT;
    case 18: return BER_TYPE_FORUM_EVENT;
    case 19: return BER_TYPE_EVENT_ATTENDANCE;
    case 20: return BER_TYPE_REPORT;
    case 21: return BER_TYPE_DOCUMENT;
    case 22: return BER_TYPE_INFLUENCE_QUESTION;
    default: return G_TYPE_INVALID;
    }
}

static char *
column_of (GParamSpec *pspec)
{
  char *column = g_strdup (pspec->name);

  g_strdelimit (column, "-", '_');
  return column;
}

/* A property of the entity itself (not id/created/updated of the base). */
static gboolean
is_own (GParamSpec *pspec)
{
  return pspec->owner_type != BER_TYPE_RECORD;
}

/* A property saved to the record's table, as opposed to a name from a view. */
static gboolean
is_table_property (Fixture    *f,
                   BerRecord  *record,
                   GParamSpec *pspec)
{
  g_autofree char *column = column_of (pspec);

  return is_own (pspec) && ber_store_has_column (f->store, ber_record_get_table (record), column);
}

static gint64
save_new (Fixture  *f,
          gpointer  record)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  ber_record_save (record, f->store, &error);
  g_assert_no_error (error);
  id = ber_record_get_id (record);
  g_assert_cmpint (id, >, 0);
  g_assert_finalize_object (record);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ber_test_store_new (BER_TEST_EMPTY, &f->dir);

  f->board_id = save_new (f, g_object_new (BER_TYPE_BODY, "name", "Regionstyrelsen",
                                           "short-name", "RS", NULL));
  f->council_id = save_new (f, g_object_new (BER_TYPE_BODY, "name", "Regionfullmäktige",
                                             "short-name", "RF", "kind", "council", NULL));
  f->person_id = save_new (f, g_object_new (BER_TYPE_PERSON, "name", "Åsa Öberg",
                                            "party", "Centerpartiet", NULL));
  f->official_id = save_new (f, g_object_new (BER_TYPE_PERSON, "name", "Jörgen Ärlebäck",
                                              "kind", "official", NULL));
  f->subject_area_id = save_new (f, g_object_new (BER_TYPE_SUBJECT_AREA,
                                                  "name", "Hälsa och sjukvård", NULL));
  f->network_id = save_new (f, g_object_new (BER_TYPE_NETWORK,
                                             "name", "Konferensen för perifera kustregioner",
                                             "acronym", "CPMR", NULL));
  f->baltic_id = save_new (f, g_object_new (BER_TYPE_NETWORK, "name", "Östersjökommissionen",
                                            "acronym", "BSC", NULL));
  f->network_body_id = save_new (f, g_object_new (BER_TYPE_NETWORK_BODY,
                                                  "network-id", f->network_id,
                                                  "name", "Generalförsamlingen",
                                                  "kind", "general-assembly", NULL));
  f->meeting_id = save_new (f, g_object_new (BER_TYPE_MEETING, "body-id", f->board_id,
                                             "held-on", "2026-03-12", NULL));
  f->item_id = save_new (f, g_object_new (BER_TYPE_ITEM,
                                          "title", "Inbjudan till Östersjödagarna",
                                          "received-on", "2026-02-01", NULL));
  f->agenda_entry_id = save_new (f, g_object_new (BER_TYPE_AGENDA_ENTRY,
                                                  "meeting-id", f->meeting_id, "position", 1,
                                                  "item-id", f->item_id, NULL));
  f->event_id = save_new (f, g_object_new (BER_TYPE_FORUM_EVENT, "network-id", f->network_id,
                                           "title", "Generalförsamling i Göteborg",
                                           "starts-on", "2026-05-20", NULL));
  f->assignment_id = save_new (f, g_object_new (BER_TYPE_ASSIGNMENT, "person-id", f->person_id,
                                                "network-id", f->network_id, NULL));
  f->report_id = save_new (f, g_object_new (BER_TYPE_REPORT, "person-id", f->person_id,
                                            "body-id", f->board_id, "event-id", f->event_id,
                                            "due-on", "2026-06-30", NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  ber_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
value_free (gpointer data)
{
  GValue *value = data;

  g_value_unset (value);
  g_free (value);
}

/* The values of the record's table properties, by property name. */
static GHashTable *
snapshot (Fixture   *f,
          BerRecord *record)
{
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, value_free);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GValue *value;

      if (!is_table_property (f, record, pspecs[i]))
        continue;

      value = g_new0 (GValue, 1);
      g_value_init (value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (record), pspecs[i]->name, value);
      g_hash_table_insert (values, (gpointer) pspecs[i]->name, value);
    }

  return values;
}

static void
assert_value_equal (GParamSpec   *pspec,
                    const GValue *actual,
                    const GValue *expected)
{
  g_autofree char *actual_contents = g_strdup_value_contents (actual);
  g_autofree char *expected_contents = g_strdup_value_contents (expected);
  g_autofree char *actual_text = g_strdup_printf ("%s = %s", pspec->name, actual_contents);
  g_autofree char *expected_text = g_strdup_printf ("%s = %s", pspec->name, expected_contents);

  g_assert_cmpstr (actual_text, ==, expected_text);
  g_assert_cmpint (g_param_values_cmp (pspec, actual, expected), ==, 0);
}

static void
assert_matches_snapshot (Fixture    *f,
                         BerRecord  *record,
                         GHashTable *values)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;
  guint n_compared = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (record), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      const GValue *expected;

      if (!is_table_property (f, record, pspecs[i]))
        continue;

      expected = g_hash_table_lookup (values, pspecs[i]->name);
      g_assert_nonnull (expected);
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (record), pspecs[i]->name, &value);
      assert_value_equal (pspecs[i], &value, expected);
      n_compared++;
    }

  g_assert_cmpuint (n_compared, ==, g_hash_table_size (values));
}

/* Every readable property, view names and timestamps included. */
static void
assert_same_record (BerRecord *actual,
                    BerRecord *expected)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs = 0;

  g_assert_true (G_OBJECT_TYPE (actual) == G_OBJECT_TYPE (expected));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (actual), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;

      g_value_init (&a, pspecs[i]->value_type);
      g_value_init (&b, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (actual), pspecs[i]->name, &a);
      g_object_get_property (G_OBJECT (expected), pspecs[i]->name, &b);
      assert_value_equal (pspecs[i], &a, &b);
    }
}

/* The test sets every column, except those named in left_default. */
static void
assert_all_set (GHashTable *values,
                BerRecord  *record,
                const char *left_default)
{
  g_auto(GStrv) expected = g_strsplit (left_default, " ", -1);
  GHashTableIter iter;
  const char *name;
  const GValue *value;
  guint n_default = 0;

  g_hash_table_iter_init (&iter, values);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &value))
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), name);

      if (!g_param_value_defaults (pspec, value))
        continue;

      if (!g_strv_contains ((const char * const *) expected, name))
        g_assert_cmpstr (name, ==, "(a property the test sets)");
      n_default++;
    }

  g_assert_cmpuint (n_default, ==, *left_default == '\0' ? 0 : g_strv_length (expected));
}

static BerRecord *
load (Fixture   *f,
      BerRecord *record)
{
  g_autoptr(GError) error = NULL;
  BerRecord *loaded;

  loaded = ber_record_load (G_OBJECT_TYPE (record), f->store, ber_record_get_id (record), &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpint (ber_record_get_id (loaded), ==, ber_record_get_id (record));
  return loaded;
}

/*
 * Saves @record (set up by the caller), loads a fresh copy and compares every
 * property; then sets the given properties (unless @first_property is NULL),
 * saves and compares again; then deletes it. Takes ownership of @record,
 * which must not leak.
 */
static void
assert_round_trip (Fixture    *f,
                   gpointer    data,
                   const char *left_default,
                   const char *first_property,
                   ...)
{
  BerRecord *record = data;
  g_autoptr(GHashTable) before = snapshot (f, record);
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *created = NULL;
  BerRecord *loaded;
  va_list args;
  gint64 id;

  g_assert_cmpuint (g_hash_table_size (before), >, 0);
  assert_all_set (before, record, left_default);

  ber_record_save (record, f->store, &error);
  g_assert_no_error (error);
  id = ber_record_get_id (record);
  g_assert_cmpint (id, >, 0);
  g_object_get (record, "created", &created, NULL);
  if (ber_store_has_column (f->store, ber_record_get_table (record), "created"))
    g_assert_nonnull (created);

  loaded = load (f, record);
  assert_matches_snapshot (f, loaded, before);
  assert_same_record (loaded, record);
  g_assert_finalize_object (loaded);

  if (first_property == NULL)
    goto delete;

  /* Change a field: the saved row follows, the rest stays. */
  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (record), first_property, args);
  va_end (args);
  after = snapshot (f, record);
  {
    GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record),
                                                      first_property);

    g_assert_nonnull (pspec);
    g_assert_cmpint (g_param_values_cmp (pspec, g_hash_table_lookup (before, first_property),
                                         g_hash_table_lookup (after, first_property)), !=, 0);
  }

  ber_record_save (record, f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ber_record_get_id (record), ==, id);

  loaded = load (f, record);
  assert_matches_snapshot (f, loaded, after);
  assert_same_record (loaded, record);
  g_assert_finalize_object (loaded);

delete:
  /* The hostile text did nothing to the register. */
  {
    g_autoptr(GVariant) row = ber_store_get (f->store, "item", f->item_id, &error);

    g_assert_no_error (error);
    g_assert_nonnull (row);
  }

  ber_record_delete (record, f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ber_record_get_id (record), ==, 0);

  loaded = ber_record_load (G_OBJECT_TYPE (record), f->store, id, &error);
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_NOT_FOUND);
  g_assert_null (loaded);

  g_assert_finalize_object (record);
}

/* Round trips, one per entity */

static void
test_body (Fixture       *f,
           gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_BODY,
                                      "name", "Internationella utskottet",
                                      "short-name", "IU",
                                      "kind", "committee",
                                      "established-on", "2019-01-15",
                                      "dissolved-on", "2030-12-31",
                                      "agenda-deadline-days", 14,
                                      "notes", HOSTILE,
                                      NULL),
                     "", "name", "Utskottet för Europa- och Östersjöfrågor", NULL);
}

static void
test_subject_area (Fixture       *f,
                   gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_SUBJECT_AREA,
                                      "name", "Kultur, fritid och ungdomsfrågor",
                                      NULL),
                     "", "name", "Miljö och klimat 🌱 '; DROP TABLE item; --", NULL);
}

static void
test_routing_rule (Fixture       *f,
                   gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_ROUTING_RULE,
                                      "body-id", f->board_id,
                                      "item-type", "eu-consultation",
                                      "subject-area-id", f->subject_area_id,
                                      "reason", HOSTILE,
                                      NULL),
                     "", "item-type", "referral", NULL);
}

static void
test_agenda_template_point (Fixture       *f,
                            gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_AGENDA_TEMPLATE_POINT,
                                      "body-id", f->board_id,
                                      "position", 3,
                                      "title", "Val av justerare",
                                      "placement", "end",
                                      NULL),
                     "", "title", "Godkännande av dagordningen ✅", NULL);
}

static void
test_person (Fixture       *f,
             gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_PERSON,
                                      "name", "Björn Ångström",
                                      "kind", "official",
                                      "party", "Miljöpartiet",
                                      "department", "Regionledningsförvaltningen",
                                      "title", "Internationell strateg",
                                      "email", "bjorn.angstrom@region.example.se",
                                      "phone", "+46 470-58 30 00",
                                      "notes", HOSTILE,
                                      NULL),
                     "", "email", "b.angstrom@region.example.se", NULL);
}

static void
test_meeting (Fixture       *f,
              gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_MEETING,
                                      "body-id", f->board_id,
                                      "held-on", "2026-04-14",
                                      "starts-at", "13:30",
                                      "place", "Sammanträdesrum Älgen, Växjö",
                                      "agenda-deadline", "2026-04-04",
                                      "status", "minutes-approved",
                                      "chair-id", f->person_id,
                                      "checker-id", f->official_id,
                                      "secretary-id", f->official_id,
                                      "approved-on", "2026-04-20",
                                      "posted-on", "2026-04-21",
                                      "notes", HOSTILE,
                                      NULL),
                     "", "place", "Digitalt möte 💻", NULL);
}

static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_ATTENDANCE,
                                      "meeting-id", f->meeting_id,
                                      "person-id", f->person_id,
                                      "role", "chair",
                                      "present", FALSE,
                                      NULL),
                     "", "present", TRUE, NULL);
}

static void
test_item (Fixture       *f,
           gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_ITEM,
                                      "diary-number", "RS 2026/117",
                                      "diary-body-id", f->board_id,
                                      "diary-year", 2026,
                                      "title", "Remiss: EU:s sammanhållningspolitik efter 2027",
                                      "type", "eu-consultation",
                                      "description", HOSTILE,
                                      "received-on", "2026-01-20",
                                      "reply-by", "2026-03-01",
                                      "subject-area-id", f->subject_area_id,
                                      "case-officer-id", f->official_id,
                                      "status", "in-preparation",
                                      "status-reason", "Beredning pågår i utskottet",
                                      "relevant", 0,
                                      "recommended-body-id", f->council_id,
                                      "assessment", "Berör regionens tillväxtarbete i Småland",
                                      "routed-body-id", f->board_id,
                                      "confidential", TRUE,
                                      "secrecy-ground", "OSL 18 kap. 8 §",
                                      "paper-date", "2026-02-10",
                                      NULL),
                     "", "reply-by", "2026-03-15", NULL);
}

static void
test_item_transition (Fixture       *f,
                      gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_ITEM_TRANSITION,
                                      "item-id", f->item_id,
                                      "from-status", "received",
                                      "to-status", "assessed",
                                      "reason", HOSTILE,
                                      "changed-at", "2026-01-22T09:15:00Z",
                                      "changed-by", "åsa.öberg",
                                      NULL),
                     "", NULL);
}

/* A transition is history and is normally only appended; correcting its
 * reason must still work like any other record. */
static void
test_item_transition_update (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BerItemTransition *transition = g_object_new (BER_TYPE_ITEM_TRANSITION,
                                                "item-id", f->item_id,
                                                "to-status", "assessed",
                                                "changed-at", "2026-01-22T09:15:00Z",
                                                NULL);
  BerRecord *loaded;

  ber_record_save (BER_RECORD (transition), f->store, &error);
  g_assert_no_error (error);

  g_object_set (transition, "reason", "Bedömd som relevant för Östersjöstrategin", NULL);
  ber_record_save (BER_RECORD (transition), f->store, &error);
  g_assert_no_error (error);

  loaded = ber_record_load (BER_TYPE_ITEM_TRANSITION, f->store,
                            ber_record_get_id (BER_RECORD (transition)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ber_record_get_string (loaded, "reason"), ==,
                   "Bedömd som relevant för Östersjöstrategin");
  g_assert_cmpstr (ber_item_transition_get_changed_at (BER_ITEM_TRANSITION (loaded)), ==,
                   "2026-01-22T09:15:00Z");

  g_assert_finalize_object (loaded);
  g_assert_finalize_object (transition);
}

static void
test_agenda_entry (Fixture       *f,
                   gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_AGENDA_ENTRY,
                                      "meeting-id", f->meeting_id,
                                      "position", 2,
                                      "kind", "report",
                                      "title", "Återrapport från generalförsamlingen",
                                      "item-id", f->item_id,
                                      "report-id", f->report_id,
                                      "minutes-meeting-id", f->meeting_id,
                                      "presenter-id", f->person_id,
                                      "estimated-minutes", 20,
                                      "paragraph", 42,
                                      "paragraph-body-id", f->board_id,
                                      "paragraph-year", 2026,
                                      "decision", "amended",
                                      "decision-note", HOSTILE,
                                      "voted", TRUE,
                                      NULL),
                     /* A motion of the entry's own is needed first: see the motion below. */
                     "adopted-motion-id vote-yes-motion-id vote-no-motion-id",
                     "decision", "tabled", NULL);
}

static void
test_motion (Fixture       *f,
             gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_MOTION,
                                      "agenda-entry-id", f->agenda_entry_id,
                                      "position", 1,
                                      "mover", "Anna Berg (M)",
                                      "text", HOSTILE,
                                      "supported-by", "Per Ek (KD)",
                                      NULL),
                     "", "text", "avslag på förslaget", NULL);
  assert_round_trip (f, g_object_new (BER_TYPE_VOTE,
                                      "agenda-entry-id", f->agenda_entry_id,
                                      "person-id", f->person_id,
                                      "choice", "abstain",
                                      NULL),
                     "", "choice", "no", NULL);
}

static void
test_clause (Fixture       *f,
             gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_CLAUSE,
                                      "agenda-entry-id", f->agenda_entry_id,
                                      "position", 1,
                                      "text", "att uppdra åt regiondirektören att återrapportera",
                                      "responsible-id", f->official_id,
                                      "due-on", "2026-06-30",
                                      "completed-on", "2026-06-15",
                                      NULL),
                     "item-id", "text", HOSTILE, NULL);
}

static void
test_distribution (Fixture       *f,
                   gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_DISTRIBUTION,
                                      "agenda-entry-id", f->agenda_entry_id,
                                      "recipient", "Länsstyrelsen i Kronobergs län",
                                      NULL),
                     "", "recipient", HOSTILE, NULL);
}

static void
test_network (Fixture       *f,
              gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_NETWORK,
                                      "name", "Europaforum Norra Sverige",
                                      "acronym", "EFNS",
                                      "kind", "influence",
                                      "description", HOSTILE,
                                      "website", "https://www.europaforum.example.se/",
                                      "scope", "Sammanhållningspolitik och transporter",
                                      "contact", "Märta Lundgren, kansliet i Umeå",
                                      "responsible-body-id", f->board_id,
                                      "next-review-on", "2027-03-31",
                                      NULL),
                     "", "kind", "association", NULL);
}

static void
test_network_body (Fixture       *f,
                   gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_NETWORK_BODY,
                                      "network-id", f->network_id,
                                      "name", "Arbetsgruppen för Östersjöns framtid 🌊",
                                      "kind", "working-group",
                                      "seats", 12,
                                      NULL),
                     "", "seats", 15, NULL);
}

static void
test_membership (Fixture       *f,
                 gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_MEMBERSHIP,
                                      "network-id", f->baltic_id,
                                      "status", "indirect",
                                      "via-network-id", f->network_id,
                                      "from-on", "2015-01-01",
                                      "to-on", "2027-12-31",
                                      "deciding-body-id", f->council_id,
                                      "decision-reference", "RF 2014/§ 88",
                                      "activity", "very-active",
                                      "notice-period", "Sex månader före årsskiftet",
                                      "notes", HOSTILE,
                                      NULL),
                     "", "activity", "inactive", NULL);
}

static void
test_fee (Fixture       *f,
          gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_FEE,
                                      "network-id", f->network_id,
                                      "year", 2026,
                                      "amount", 48500.5,
                                      "currency", "EUR",
                                      "sek-rate", 11.42,
                                      "notes", HOSTILE,
                                      NULL),
                     "", "amount", 51000.0, NULL);
}

static void
test_network_review (Fixture       *f,
                     gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_NETWORK_REVIEW,
                                      "network-id", f->network_id,
                                      "reviewed-on", "2025-11-03",
                                      "outcome", "change-level",
                                      "note", HOSTILE,
                                      NULL),
                     "", "outcome", "keep", NULL);
}

static void
test_assignment (Fixture       *f,
                 gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_ASSIGNMENT,
                                      "person-id", f->official_id,
                                      "network-id", f->network_id,
                                      "network-body-id", f->network_body_id,
                                      "forum", "Generalförsamlingen i Åbo",
                                      "role", "board-member",
                                      "mandate", HOSTILE,
                                      "from-on", "2023-01-01",
                                      "to-on", "2026-12-31",
                                      "appointing-body-id", f->council_id,
                                      "decision-reference", "RF 2022/§ 201",
                                      "candidacy", "elected",
                                      NULL),
                     "", "to-on", "2027-06-30", NULL);
}

static void
test_forum_event (Fixture       *f,
                  gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_FORUM_EVENT,
                                      "network-id", f->baltic_id,
                                      "network-body-id", f->network_body_id,
                                      "title", "Årsmöte i Östersjökommissionen",
                                      "starts-on", "2026-06-10",
                                      "ends-on", "2026-06-12",
                                      "place", "Åbo, Finland",
                                      "notes", HOSTILE,
                                      NULL),
                     "", "ends-on", "2026-06-13", NULL);
}

static void
test_event_attendance (Fixture       *f,
                       gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_EVENT_ATTENDANCE,
                                      "event-id", f->event_id,
                                      "person-id", f->official_id,
                                      "assignment-id", f->assignment_id,
                                      NULL),
                     "", "person-id", f->person_id, NULL);
}

static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_REPORT,
                                      "event-id", f->event_id,
                                      "person-id", f->official_id,
                                      "assignment-id", f->assignment_id,
                                      "body-id", f->council_id,
                                      "status", "presented",
                                      "due-on", "2026-06-30",
                                      "received-on", "2026-06-20",
                                      "presented-on", "2026-08-25",
                                      "subject-areas", "Sammanhållningspolitik, transporter",
                                      "positions", HOSTILE,
                                      "continued-work", "Följa upp i arbetsgruppen",
                                      "home-work", "Informera regionstyrelsen i september",
                                      "reminded-on", "2026-06-25",
                                      NULL),
                     "", "continued-work", "Avslutat – inget mer att göra", NULL);
}

static void
test_document (Fixture       *f,
               gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_DOCUMENT,
                                      "item-id", f->item_id,
                                      "position", 2,
                                      "title", "Remissvar – utkast v3",
                                      "file-path", "/home/åsa/Dokument/Remissvar ';--.pdf",
                                      NULL),
                     "report-id", "title", HOSTILE, NULL);
}

static void
test_influence_question (Fixture       *f,
                         gconstpointer  data)
{
  assert_round_trip (f, g_object_new (BER_TYPE_INFLUENCE_QUESTION,
                                      "title", "Tillgänglighet i Östersjöregionens transporter",
                                      "description", HOSTILE,
                                      "scope", "national",
                                      "plan-body-id", f->board_id,
                                      "year", 2026,
                                      "priority", 2,
                                      "plan", "Regionstyrelsens plan",
                                      "action-plan", HOSTILE,
                                      NULL),
                     "", "priority", 1, NULL);
}

/* Behaviour of the base class through the entities */

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           GPtrArray  *names)
{
  g_ptr_array_add (names, g_strdup (pspec->name));
}

static void
test_notify (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  BerItem *item = ber_item_new ();

  g_signal_connect (item, "notify", G_CALLBACK (on_notify), names);

  g_object_set (item, "title", "Inbjudan till Europaforum", NULL);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "title");

  /* The same value again, or a default, is no change. */
  g_object_set (item, "title", "Inbjudan till Europaforum", NULL);
  g_object_set (item, "confidential", FALSE, "status", "received", "reply-by", NULL, NULL);
  g_assert_cmpuint (names->len, ==, 1);

  g_object_set (item, "diary-year", 2026, "title", "Inbjudan till Europaforum", NULL);
  g_assert_cmpuint (names->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "diary-year");
  g_object_set (item, "diary-year", 2026, NULL);
  g_assert_cmpuint (names->len, ==, 2);

  g_object_set (item, "title", "Inbjudan till Europaforum i Luleå", NULL);
  g_assert_cmpuint (names->len, ==, 3);
  g_assert_cmpstr (ber_item_get_title (item), ==, "Inbjudan till Europaforum i Luleå");

  /* Reading back an unchanged row changes nothing either. */
  g_object_set (item, "received-on", "2026-02-10", NULL);
  ber_record_save (BER_RECORD (item), f->store, &error);
  g_assert_no_error (error);
  g_ptr_array_set_size (names, 0);
  ber_record_reload (BER_RECORD (item), f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (names->len, ==, 0);

  g_signal_handlers_disconnect_by_func (item, on_notify, names);
  g_assert_finalize_object (item);
}

static GVariant *
get_row (Fixture    *f,
         const char *table,
         gint64      id)
{
  g_autoptr(GError) error = NULL;
  GVariant *row = ber_store_get (f->store, table, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (row);
  return row;
}

static gboolean
row_has (GVariant   *row,
         const char *column)
{
  g_autoptr(GVariant) value = g_variant_lookup_value (row, column, NULL);

  return value != NULL;
}

static void
test_zero_id_is_null (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = NULL;
  BerItem *item = g_object_new (BER_TYPE_ITEM,
                                "title", "Information om Interreg Sydbalt",
                                "received-on", "2026-02-03",
                                "subject-area-id", (gint64) 0,
                                "routed-body-id", f->board_id,
                                NULL);
  gint64 routed = 0;

  ber_record_save (BER_RECORD (item), f->store, &error);
  g_assert_no_error (error);

  row = get_row (f, "item", ber_record_get_id (BER_RECORD (item)));
  g_assert_false (row_has (row, "subject_area_id"));
  g_assert_false (row_has (row, "case_officer_id"));
  g_assert_true (g_variant_lookup (row, "routed_body_id", "x", &routed));
  g_assert_cmpint (routed, ==, f->board_id);
  g_clear_pointer (&row, g_variant_unref);

  /* Clearing a link on update writes NULL too, which the foreign key accepts. */
  g_object_set (item, "routed-body-id", (gint64) 0, NULL);
  ber_record_save (BER_RECORD (item), f->store, &error);
  g_assert_no_error (error);
  row = get_row (f, "item", ber_record_get_id (BER_RECORD (item)));
  g_assert_false (row_has (row, "routed_body_id"));
  g_assert_cmpint (ber_record_get_int64 (BER_RECORD (item), "routed-body-id"), ==, 0);

  g_assert_finalize_object (item);
}

static void
test_empty_date_is_null (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = NULL;
  BerItem *item = g_object_new (BER_TYPE_ITEM,
                                "title", "Remiss om regional utvecklingsstrategi",
                                "received-on", "2026-02-03",
                                "reply-by", "",
                                NULL);
  BerMeeting *meeting = g_object_new (BER_TYPE_MEETING,
                                      "body-id", f->board_id,
                                      "held-on", "2026-05-05",
                                      "agenda-deadline", "",
                                      "approved-on", "",
                                      NULL);

  ber_record_save (BER_RECORD (item), f->store, &error);
  g_assert_no_error (error);
  row = get_row (f, "item", ber_record_get_id (BER_RECORD (item)));
  g_assert_false (row_has (row, "reply_by"));
  g_assert_true (row_has (row, "received_on"));
  g_assert_null (ber_item_get_reply_by (item));
  g_clear_pointer (&row, g_variant_unref);

  /* "" would break the date checks of a meeting, NULL does not. */
  ber_record_save (BER_RECORD (meeting), f->store, &error);
  g_assert_no_error (error);
  row = get_row (f, "meeting", ber_record_get_id (BER_RECORD (meeting)));
  g_assert_false (row_has (row, "agenda_deadline"));
  g_assert_false (row_has (row, "approved_on"));

  g_assert_finalize_object (item);
  g_assert_finalize_object (meeting);
}

static void
test_nullable_numbers (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = NULL;
  BerAgendaEntry *entry = g_object_new (BER_TYPE_AGENDA_ENTRY,
                                        "meeting-id", f->meeting_id,
                                        "position", 4,
                                        "kind", "information",
                                        "title", "Aktuellt från Bryssel",
                                        NULL);
  BerItem *item = g_object_new (BER_TYPE_ITEM,
                                "title", "Inbjudan till Almedalen",
                                "received-on", "2026-03-01",
                                NULL);
  BerFee *fee = g_object_new (BER_TYPE_FEE, "network-id", f->network_id, "year", 2025,
                              "amount", 1200.0, NULL);
  BerInfluenceQuestion *question = g_object_new (BER_TYPE_INFLUENCE_QUESTION,
                                                 "title", "Hållbara transporter", NULL);
  gint64 number = -1;
  double rate = 0;
  int paragraph = 0;

  /* Paragraph 0 is "not numbered yet": NULL, or CHECK (paragraph > 0) would fail. */
  ber_record_save (BER_RECORD (entry), f->store, &error);
  g_assert_no_error (error);
  row = get_row (f, "agenda_entry", ber_record_get_id (BER_RECORD (entry)));
  g_assert_false (row_has (row, "paragraph"));
  g_assert_false (row_has (row, "paragraph_year"));
  g_assert_true (g_variant_lookup (row, "estimated_minutes", "x", &number));
  g_assert_cmpint (number, ==, 5);
  g_clear_pointer (&row, g_variant_unref);

  g_object_set (entry, "paragraph", 7, "paragraph-body-id", f->board_id,
                "paragraph-year", 2026, NULL);
  ber_record_save (BER_RECORD (entry), f->store, &error);
  g_assert_no_error (error);
  row = get_row (f, "agenda_entry", ber_record_get_id (BER_RECORD (entry)));
  g_assert_true (g_variant_lookup (row, "paragraph", "x", &number));
  g_assert_cmpint (number, ==, 7);
  g_clear_pointer (&row, g_variant_unref);
  g_object_get (entry, "paragraph", &paragraph, NULL);
  g_assert_cmpint (paragraph, ==, 7);

  /* relevant: -1 unknown (NULL), and 0 is a real "no". */
  ber_record_save (BER_RECORD (item), f->store, &error);
  g_assert_no_error (error);
  row = get_row (f, "item", ber_record_get_id (BER_RECORD (item)));
  g_assert_false (row_has (row, "relevant"));
  g_assert_false (row_has (row, "diary_year"));
  g_clear_pointer (&row, g_variant_unref);

  g_object_set (item, "relevant", 0, NULL);
  ber_record_save (BER_RECORD (item), f->store, &error);
  g_assert_no_error (error);
  row = get_row (f, "item", ber_record_get_id (BER_RECORD (item)));
  g_assert_true (g_variant_lookup (row, "relevant", "x", &number));
  g_assert_cmpint (number, ==, 0);
  g_clear_pointer (&row, g_variant_unref);

  /* A rate of 0 is "unknown", which CHECK (sek_rate > 0) would refuse as 0. */
  ber_record_save (BER_RECORD (fee), f->store, &error);
  g_assert_no_error (error);
  row = get_row (f, "fee", ber_record_get_id (BER_RECORD (fee)));
  g_assert_false (row_has (row, "sek_rate"));
  g_clear_pointer (&row, g_variant_unref);
  g_object_set (fee, "sek-rate", 11.5, NULL);
  ber_record_save (BER_RECORD (fee), f->store, &error);
  g_assert_no_error (error);
  row = get_row (f, "fee", ber_record_get_id (BER_RECORD (fee)));
  g_assert_true (g_variant_lookup (row, "sek_rate", "d", &rate));
  g_assert_cmpfloat_with_epsilon (rate, 11.5, 1e-9);
  g_clear_pointer (&row, g_variant_unref);

  ber_record_save (BER_RECORD (question), f->store, &error);
  g_assert_no_error (error);
  row = get_row (f, "influence_question", ber_record_get_id (BER_RECORD (question)));
  g_assert_false (row_has (row, "year"));
  g_assert_true (g_variant_lookup (row, "priority", "x", &number));
  g_assert_cmpint (number, ==, 0);

  g_assert_finalize_object (entry);
  g_assert_finalize_object (item);
  g_assert_finalize_object (fee);
  g_assert_finalize_object (question);
}

static void
test_reply_before_received (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BerItem *item = g_object_new (BER_TYPE_ITEM,
                                "title", "Remiss med för kort svarstid",
                                "received-on", "2026-03-10",
                                "reply-by", "2026-03-01",
                                NULL);

  g_assert_false (ber_record_save (BER_RECORD (item), f->store, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "reply-by date"));
  g_assert_cmpint (ber_record_get_id (BER_RECORD (item)), ==, 0);
  g_clear_error (&error);

  /* Corrected, it saves. */
  g_object_set (item, "reply-by", "2026-03-10", NULL);
  g_assert_true (ber_record_save (BER_RECORD (item), f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ber_record_get_id (BER_RECORD (item)), >, 0);

  g_assert_finalize_object (item);
}

static BerItem *
diary_item (Fixture    *f,
            gint64      body_id,
            int         year,
            const char *number)
{
  return g_object_new (BER_TYPE_ITEM,
                       "title", "Ärende med diarienummer",
                       "received-on", "2026-01-05",
                       "diary-body-id", body_id,
                       "diary-year", year,
                       "diary-number", number,
                       NULL);
}

static void
test_duplicate_diary_number (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BerItem *first = diary_item (f, f->board_id, 2026, "RS 2026/5");
  BerItem *same = diary_item (f, f->board_id, 2026, "RS 2026/5");
  BerItem *other_year = diary_item (f, f->board_id, 2025, "RS 2026/5");
  BerItem *other_body = diary_item (f, f->council_id, 2026, "RS 2026/5");

  g_assert_true (ber_record_save (BER_RECORD (first), f->store, &error));
  g_assert_no_error (error);

  g_assert_false (ber_record_save (BER_RECORD (same), f->store, &error));
  g_assert_error (error, BER_STORE_ERROR, BER_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "diary number"));
  g_assert_cmpint (ber_record_get_id (BER_RECORD (same)), ==, 0);
  g_clear_error (&error);

  /* The series is per body and year. */
  g_assert_true (ber_record_save (BER_RECORD (other_year), f->store, &error));
  g_assert_no_error (error);
  g_assert_true (ber_record_save (BER_RECORD (other_body), f->store, &error));
  g_assert_no_error (error);

  g_assert_finalize_object (first);
  g_assert_finalize_object (same);
  g_assert_finalize_object (other_year);
  g_assert_finalize_object (other_body);
}

static void
test_view_property (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) values = NULL;
  g_autoptr(GVariant) value = NULL;
  BerRecord *board;
  BerRecord *loaded;
  BerItem *item = g_object_new (BER_TYPE_ITEM,
                                "title", "Inbjudan till Europeiska regionkommittén",
                                "received-on", "2026-02-14",
                                "routed-body-id", f->council_id,
                                "diary-body-id", f->board_id,
                                "diary-year", 2026,
                                "diary-number", "RS 2026/9",
                                "case-officer-id", f->official_id,
                                "routed-body-name", "Ska inte sparas",
                                NULL);

  /* A view name is never written. */
  values = ber_record_to_values (BER_RECORD (item), f->store);
  value = g_variant_lookup_value (values, "routed_body_name", NULL);
  g_assert_null (value);
  g_clear_pointer (&values, g_variant_unref);

  ber_record_save (BER_RECORD (item), f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (item), "routed-body-name"), ==,
                   "Regionfullmäktige");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (item), "diary-body-name"), ==, "RS");
  g_assert_cmpstr (ber_record_get_string (BER_RECORD (item), "case-officer-name"), ==,
                   "Jörgen Ärlebäck");
  g_assert_null (ber_record_get_string (BER_RECORD (item), "subject-area-name"));

  loaded = ber_record_load (BER_TYPE_ITEM, f->store, ber_record_get_id (BER_RECORD (item)),
                            &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ber_record_get_string (loaded, "routed-body-name"), ==, "Regionfullmäktige");

  /* Renaming the body shows on the next read. */
  board = ber_record_load (BER_TYPE_BODY, f->store, f->board_id, &error);
  g_assert_no_error (error);
  g_object_set (board, "short-name", "RS ⚖️", NULL);
  ber_record_save (board, f->store, &error);
  g_assert_no_error (error);
  ber_record_reload (loaded, f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ber_record_get_string (loaded, "diary-body-name"), ==, "RS ⚖️");

  g_assert_finalize_object (board);
  g_assert_finalize_object (loaded);
  g_assert_finalize_object (item);
}

static void
test_getters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  BerRecord *meeting = ber_record_load (BER_TYPE_MEETING, f->store, f->meeting_id, &error);
  BerRecord *report = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (ber_meeting_get_held_on (BER_MEETING (meeting)), ==, "2026-03-12");
  g_assert_cmpstr (ber_meeting_get_status (BER_MEETING (meeting)), ==, "planned");
  g_assert_cmpstr (ber_meeting_get_body_name (BER_MEETING (meeting)), ==, "Regionstyrelsen");

  report = ber_record_load (BER_TYPE_REPORT, f->store, f->report_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ber_report_get_status (BER_REPORT (report)), ==, "expected");
  g_assert_cmpstr (ber_report_get_due_on (BER_REPORT (report)), ==, "2026-06-30");
  g_assert_cmpstr (ber_record_get_string (report, "event-title"), ==,
                   "Generalförsamling i Göteborg");
  g_assert_cmpstr (ber_record_get_string (report, "network-acronym"), ==, "CPMR");

  g_assert_finalize_object (meeting);
  g_assert_finalize_object (report);
}

/* Every property names a column of the class's source, and every column of
 * its table (but the store's own) has a property. */
static void
assert_columns (Fixture    *f,
                sqlite3    *db,
                GType       type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  BerRecordClass *record_class = BER_RECORD_CLASS (klass);
  const char *source = record_class->source != NULL ? record_class->source : record_class->table;
  g_autofree char *sql = g_strdup_printf ("PRAGMA table_info (\"%s\")", record_class->table);
  g_autofree GParamSpec **pspecs = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n_pspecs = 0;
  guint n_columns = 0;

  g_assert_true (ber_store_has_column (f->store, record_class->table, "id"));
  g_assert_true (ber_store_has_column (f->store, source, "id"));
  for (guint i = 0; record_class->depends != NULL && record_class->depends[i] != NULL; i++)
    g_assert_true (ber_store_has_column (f->store, record_class->depends[i], "id"));

  pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autofree char *column = column_of (pspecs[i]);
      g_autofree char *where = g_strdup_printf ("%s.%s", source, column);

      if (!is_own (pspecs[i]))
        continue;
      if (!ber_store_has_column (f->store, source, column))
        g_assert_cmpstr (where, ==, "(a column of the source)");
    }

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *column = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *property = g_strdup (column);
      g_autofree char *where = g_strdup_printf ("%s.%s", record_class->table, column);

      n_columns++;
      /* The store's own: sort keys included (sort_key, subject_area_key…). */
      if (g_strv_contains ((const char * const[]) { "id", "created", "updated", "version", NULL },
                           column)
          || g_str_has_suffix (column, "_key"))
        continue;

      g_strdelimit (property, "_", '-');
      if (g_object_class_find_property (G_OBJECT_CLASS (klass), property) == NULL)
        g_assert_cmpstr (where, ==, "(a column with a property)");
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n_columns, >, 1);
}

static void
test_classes (Fixture       *f,
              gconstpointer  data)
{
  sqlite3 *db = NULL;
  guint n_types = 0;

  g_assert_cmpint (sqlite3_open_v2 (ber_store_get_path (f->store), &db, SQLITE_OPEN_READONLY,
                                    NULL),
                   ==, SQLITE_OK);

  for (guint i = 0; entity_type (i) != G_TYPE_INVALID; i++)
    {
      GObject *object = g_object_new (entity_type (i), NULL);

      g_assert_true (BER_IS_RECORD (object));
      g_assert_true (G_TYPE_IS_FINAL (entity_type (i)));
      g_assert_cmpint (ber_record_get_id (BER_RECORD (object)), ==, 0);
      assert_columns (f, db, entity_type (i));
      g_assert_finalize_object (object);
      n_types++;
    }

  sqlite3_close (db);
  g_assert_cmpuint (n_types, ==, 23);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/entities/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("classes", test_classes);
  ADD ("round-trip/body", test_body);
  ADD ("round-trip/subject-area", test_subject_area);
  ADD ("round-trip/routing-rule", test_routing_rule);
  ADD ("round-trip/agenda-template-point", test_agenda_template_point);
  ADD ("round-trip/person", test_person);
  ADD ("round-trip/meeting", test_meeting);
  ADD ("round-trip/attendance", test_attendance);
  ADD ("round-trip/item", test_item);
  ADD ("round-trip/item-transition", test_item_transition);
  ADD ("item-transition-update", test_item_transition_update);
  ADD ("round-trip/agenda-entry", test_agenda_entry);
  ADD ("round-trip/clause", test_clause);
  ADD ("round-trip/motion", test_motion);
  ADD ("round-trip/distribution", test_distribution);
  ADD ("round-trip/network", test_network);
  ADD ("round-trip/network-body", test_network_body);
  ADD ("round-trip/membership", test_membership);
  ADD ("round-trip/fee", test_fee);
  ADD ("round-trip/network-review", test_network_review);
  ADD ("round-trip/assignment", test_assignment);
  ADD ("round-trip/forum-event", test_forum_event);
  ADD ("round-trip/event-attendance", test_event_attendance);
  ADD ("round-trip/report", test_report);
  ADD ("round-trip/document", test_document);
  ADD ("round-trip/influence-question", test_influence_question);
  ADD ("notify", test_notify);
  ADD ("zero-id-is-null", test_zero_id_is_null);
  ADD ("empty-date-is-null", test_empty_date_is_null);
  ADD ("nullable-numbers", test_nullable_numbers);
  ADD ("reply-by-before-received", test_reply_before_received);
  ADD ("duplicate-diary-number", test_duplicate_diary_number);
  ADD ("view-property", test_view_property);
  ADD ("getters", test_getters);
#undef ADD

  return g_test_run ();
}
