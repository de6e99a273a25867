/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Registers for the benchmark: items with Swedish titles and descriptions
 * of a region's international work, received over 25 years, with the
 * bodies, subject areas, persons, networks, meetings and reports around
 * them. Written through the store's bulk write, as an import is, and kept
 * in a folder so that the next run reads the same register again. The
 * same size always gives the same register: the random numbers are seeded.
 */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>

#include "ber-bench-data.h"

static const char * const bodies[] = {
  "Regionfullmäktige", "Regionstyrelsen", "Regionala utvecklingsnämnden",
  "Hälso- och sjukvårdsnämnden", "Kollektivtrafiknämnden", "Kulturnämnden",
  "Miljö- och klimatnämnden", "Arbetsutskottet", "Internationella beredningen",
  "Folkhälsonämnden", "Patientnämnden", "Revisionen",
};
static const char * const body_short[] = {
  "RF", "RS", "RUN", "HSN", "KTN", "KN", "MKN", "AU", "IB", "FHN", "PN", "REV",
};

static const char * const subject_areas[] = {
  "Sammanhållningspolitik", "Transporter och infrastruktur", "Forskning och innovation",
  "Klimat och energi", "Hälsa", "Kultur", "Landsbygdsutveckling", "Kompetensförsörjning",
  "Digitalisering", "Östersjösamarbete", "Arktis och Barents", "Demokrati och flernivåstyre",
  "Migration och integration", "Marin miljö", "Näringsliv och export",
};

static const char * const doc_kinds[] = {
  "Remiss", "Inbjudan", "Samråd", "Rapport", "Yttrande", "Beslut", "Ansökan", "Information",
  "Meddelande", "Förslag", "Uppföljning", "Slutrapport", "Lägesrapport",
};
static const char * const topics[] = {
  "sammanhållningspolitiken efter 2027", "regionutvecklingsstrategin",
  "EU-kommissionens meddelande om landsbygdens framtid", "Östersjöstrategin",
  "Interreg Östersjöprogrammet", "den gröna given", "Fonden för en rättvis omställning",
  "transeuropeiska transportnät", "smart specialisering", "Horisont Europa",
  "regionala investeringsplaner", "kompetensförsörjning i Östersjöregionen",
  "EU:s havsstrategi", "flernivåstyre och subsidiaritet", "Europeiska regionkommittén",
  "det arktiska samarbetet", "Barentsrådets arbetsprogram", "regionala innovationsmiljöer",
  "hållbar stadsutveckling", "vätgas i tung trafik", "gränsöverskridande kollektivtrafik",
  "EU:s budgetram", "återhämtningsplanen", "digital infrastruktur på landsbygden",
  "partnerskapsöverenskommelsen", "ungdomsarbetslöshet", "civilsamhällets roll",
};
static const char * const actors[] = {
  "från EU-kommissionen", "från Regionkommittén", "från Tillväxtverket", "från regeringen",
  "från Näringsdepartementet", "från CPMR", "från AER", "från Nordiska ministerrådet",
  "från Europaparlamentet", "från SKR", "från Länsstyrelsen", "från grannregionen",
  "från Östersjökommissionen", "från Euroregion Baltic", "",
};
static const char * const sentences[] = {
  "Ärendet rör regionens ståndpunkt inför förhandlingarna.",
  "Remissvaret ska samordnas med länets kommuner och lärosäten.",
  "Beredningen föreslår att regionen ställer sig bakom förslaget med vissa invändningar.",
  "Frågan har betydelse för regionens möjligheter att söka medel ur strukturfonderna.",
  "Ett yttrande lämnas till EU-kommissionen senast på utsatt dag.",
  "Samrådet sker tillsammans med övriga regioner i Östersjöregionen.",
  "Förvaltningen har tagit fram ett underlag med konsekvenser för regionen.",
  "Ärendet har behandlats i den internationella beredningen.",
  "Regionen deltar i arbetsgruppen genom sin Brysselrepresentation.",
  "Förslaget innebär ökade krav på uppföljning och rapportering.",
  "Kostnaderna ryms inom ram för det internationella arbetet.",
  "Synpunkter har inhämtats från näringslivet och civilsamhället.",
  "Frågan återkommer i samband med nästa programperiod.",
  "Partnerskapet omfattar tolv regioner i fem länder.",
};
static const char * const first_names[] = {
  "Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Per",
  "Åsa", "Örjan", "Ingrid", "Mikael", "Lena", "Björn", "Elin", "Göran", "Sofia", "Jonas",
};
static const char * const last_names[] = {
  "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
  "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindström", "Åberg",
  "Öberg", "Ekström", "Sjöberg", "Lundqvist", "Holm", "Bergström",
};
static const char * const parties[] = { "S", "M", "SD", "C", "V", "KD", "L", "MP", "" };
static const char * const network_words[] = {
  "Östersjö", "Nordsjö", "Arktis", "Europa", "Nordens", "Gräns", "Barents", "Region",
  "Kust", "Innovations",
};
static const char * const network_kinds[] = {
  "nätverket", "kommissionen", "forumet", "partnerskapet", "samarbetet", "plattformen",
};
static const char * const item_types[] = {
  "invitation", "eu-consultation", "referral", "decision", "information", "report", "other",
};
static const char * const item_statuses[] = {
  "received", "assessed", "in-preparation", "ready", "on-agenda", "decided", "dispatched",
  "declined", "written-off",
};

/* Part of a register's file name: a register made by an older generator
 * is made anew. */
#define GENERATOR_VERSION 2

#define PICK(rand, list) ((list)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (list))])

/* The first day of the 25 years the register spans, as a Julian day. */
#define FIRST_YEAR 2001
#define N_YEARS    25

typedef struct
{
  BerStore  *store;
  guint      n_items;
  GRand     *rand;
  guint32    first_day;
  guint32    n_days;
  gint64     bodies[G_N_ELEMENTS (bodies)];
  gint64     subject_areas[G_N_ELEMENTS (subject_areas)];
  GArray    *persons;
  GError    *error;
} Generator;

static char *
format_day (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static guint32
random_day (Generator *g)
{
  return g->first_day + (guint32) g_rand_int_range (g->rand, 0, (gint32) g->n_days);
}

/* Inserts a row from column, value pairs; a NULL value leaves the column out. */
static gint64
insert (Generator  *g,
        const char *table,
        ...)
{
  GVariantBuilder builder;
  const char *key;
  va_list args;
  gint64 id;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  va_start (args, table);
  while ((key = va_arg (args, const char *)) != NULL)
    {
      GVariant *value = va_arg (args, GVariant *);

      if (value != NULL)
        g_variant_builder_add (&builder, "{sv}", key, value);
    }
  va_end (args);

  if (g->error != NULL)
    {
      g_variant_unref (g_variant_ref_sink (g_variant_builder_end (&builder)));
      return 0;
    }
  id = ber_store_insert (g->store, table, g_variant_builder_end (&builder), &g->error);
  return g->error == NULL ? id : 0;
}

static GVariant *
v_str (const char *text)
{
  return g_variant_new_string (text);
}

static GVariant *
v_take_str (char *text)
{
  GVariant *value = g_variant_new_string (text);

  g_free (text);
  return value;
}

static GVariant *
v_id (gint64 id)
{
  return g_variant_new_int64 (id);
}

static GVariant *
v_day (guint32 julian)
{
  return v_take_str (format_day (julian));
}

static char *
person_name (Generator *g)
{
  return g_strdup_printf ("%s %s", PICK (g->rand, first_names), PICK (g->rand, last_names));
}

static void
fill_organisation (Generator *g)
{
  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    g->bodies[i] = insert (g, "body", "name", v_str (bodies[i]), "short_name", v_str (body_short[i]),
                           NULL);
  for (guint i = 0; i < G_N_ELEMENTS (subject_areas); i++)
    g->subject_areas[i] = insert (g, "subject_area", "name", v_str (subject_areas[i]), NULL);

  for (guint i = 0; i < BER_BENCH_N_PERSONS && g->error == NULL; i++)
    {
      gboolean official = g_rand_int_range (g->rand, 0, 4) == 0;
      g_autofree char *name = person_name (g);
      g_autofree char *email = g_strdup_printf ("person%u@region.example", i);
      gint64 id = insert (g, "person",
                          "name", v_str (name),
                          "kind", v_str (official ? "official" : "elected"),
                          "party", v_str (official ? "" : PICK (g->rand, parties)),
                          "department", v_str (official ? "Regionala utvecklingsförvaltningen" : ""),
                          "email", v_str (email),
                          NULL);

      g_array_append_val (g->persons, id);
    }
}

static gint64
random_person (Generator *g)
{
  return g_array_index (g->persons, gint64, g_rand_int_range (g->rand, 0, g->persons->len));
}

static gint64
random_body (Generator *g)
{
  return PICK (g->rand, g->bodies);
}

static void
fill_networks (Generator *g)
{
  for (guint i = 0; i < BER_BENCH_N_NETWORKS && g->error == NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s%s %u", PICK (g->rand, network_words),
                                               PICK (g->rand, network_kinds), i + 1);
      g_autofree char *description = g_strdup_printf ("%s %s", PICK (g->rand, sentences),
                                                      PICK (g->rand, sentences));

      insert (g, "network",
              "name", v_str (name),
              "acronym", v_take_str (g_strdup_printf ("N%u", i + 1)),
              "description", v_str (description),
              "scope", v_str (PICK (g->rand, topics)),
              "responsible_body_id", v_id (random_body (g)),
              NULL);
    }
}

static void
fill_meetings (Generator *g)
{
  for (guint i = 0; i < BER_BENCH_N_MEETINGS && g->error == NULL; i++)
    insert (g, "meeting",
            "body_id", v_id (random_body (g)),
            "held_on", v_day (random_day (g)),
            "chair_id", v_id (random_person (g)),
            NULL);
}

static void
fill_reports (Generator *g)
{
  for (guint i = 0; i < BER_BENCH_N_REPORTS && g->error == NULL; i++)
    {
      guint32 due = random_day (g);
      gboolean received = g_rand_int_range (g->rand, 0, 3) > 0;

      insert (g, "report",
              "person_id", v_id (random_person (g)),
              "body_id", v_id (random_body (g)),
              "due_on", v_day (due),
              "status", v_str (received ? "received" : "expected"),
              "received_on", received ? v_day (due) : NULL,
              NULL);
    }
}

static char *
item_description (Generator *g)
{
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (g->rand, 2, 6);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, PICK (g->rand, sentences));
    }
  return g_string_free (text, FALSE);
}

static void
fill_items (Generator *g)
{
  guint numbers[N_YEARS] = { 0 };

  for (guint i = 0; i < g->n_items && g->error == NULL; i++)
    {
      guint32 received = random_day (g);
      g_autofree char *received_on = format_day (received);
      const char *actor = PICK (g->rand, actors);
      g_autofree char *title = g_strdup_printf ("%s om %s%s%s", PICK (g->rand, doc_kinds),
                                                PICK (g->rand, topics), *actor ? " " : "", actor);
      g_autofree char *description = item_description (g);
      int year = g_ascii_strtoll (received_on, NULL, 10);
      gboolean numbered = g_rand_int_range (g->rand, 0, 5) > 0;
      g_autofree char *diary_number = NULL;
      gboolean reply = g_rand_boolean (g->rand);

      if (numbered)
        diary_number = g_strdup_printf ("RS %d/%u", year, ++numbers[year - FIRST_YEAR]);

      insert (g, "item",
              "title", v_str (title),
              "description", v_str (description),
              "type", v_str (PICK (g->rand, item_types)),
              "status", v_str (PICK (g->rand, item_statuses)),
              "received_on", v_str (received_on),
              "reply_by", reply ? v_day (received + g_rand_int_range (g->rand, 7, 90)) : NULL,
              "subject_area_id", v_id (PICK (g->rand, g->subject_areas)),
              "case_officer_id", v_id (random_person (g)),
              "routed_body_id", v_id (random_body (g)),
              "diary_number", numbered ? v_str (diary_number) : NULL,
              "diary_body_id", numbered ? v_id (g->bodies[1]) : NULL,
              "diary_year", numbered ? g_variant_new_int64 (year) : NULL,
              NULL);
    }
}

static gboolean
fill (BerStore  *store,
      gpointer   user_data,
      GError   **error)
{
  Generator *g = user_data;
  GDate first, last;

  g->store = store;
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, FIRST_YEAR);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, FIRST_YEAR + N_YEARS - 1);
  g->first_day = g_date_get_julian (&first);
  g->n_days = g_date_get_julian (&last) - g->first_day + 1;

  if (!ber_store_begin_bulk (store, error))
    return FALSE;

  fill_organisation (g);
  fill_networks (g);
  fill_meetings (g);
  fill_reports (g);
  fill_items (g);

  if (g->error != NULL)
    {
      ber_store_rollback (store);
      g_propagate_error (error, g_steal_pointer (&g->error));
      return FALSE;
    }
  return ber_store_commit (store, error);
}

/* The benchmark's registers can be made again: no copy before a migration. */
static gboolean
no_snapshot (BerStore  *store,
             int        from_version,
             gpointer   user_data,
             GError   **error)
{
  return TRUE;
}

/* Where the register of @n_items items is kept in @dir. */
char *
ber_bench_data_path (const char *dir,
                     guint       n_items)
{
  g_autofree char *name = g_strdup_printf ("register-%u-v%d.db", n_items, GENERATOR_VERSION);

  return g_build_filename (dir, name, NULL);
}

/**
 * ber_bench_data_ensure:
 * @seconds: (out): how long making it took, or a negative number when the
 *   register was there already
 *
 * Makes the register of @n_items items in @dir unless it is there.
 */
gboolean
ber_bench_data_ensure (const char  *dir,
                       guint        n_items,
                       double      *seconds,
                       GError     **error)
{
  g_autofree char *path = ber_bench_data_path (dir, n_items);
  Generator g = { 0 };
  gint64 start;
  gboolean ok;

  *seconds = -1;
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      /* A register made by an older build is brought to this schema first. */
      BerStore *store;

      start = g_get_monotonic_time ();
      store = ber_store_open_full (path, no_snapshot, NULL, error);
      if (store == NULL)
        return FALSE;
      g_object_unref (store);
      if (g_get_monotonic_time () - start > G_USEC_PER_SEC)
        g_print ("  brought to schema %d in %.1f s\n", BER_STORE_SCHEMA_VERSION,
                 (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
      return TRUE;
    }

  g.n_items = n_items;
  g.rand = g_rand_new_with_seed (n_items);
  g.persons = g_array_new (FALSE, FALSE, sizeof (gint64));

  start = g_get_monotonic_time ();
  ok = ber_store_create (path, fill, &g, error);
  *seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  g_rand_free (g.rand);
  g_array_unref (g.persons);
  g_clear_error (&g.error);
  return ok;
}
