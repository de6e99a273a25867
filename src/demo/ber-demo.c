/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-demo"

#include "config.h"

#include <stdio.h>

#include "ber-demo.h"

/*
 * Fills a new register with the demo data of ber-demo-tables.h, a Swedish
 * region's international secretariat drawn from the source papers, while
 * ber_store_create() makes the register (it appears only once filled).
 */

#include "ber-demo-tables.h"

typedef struct
{
  BerStore *store;
  GError *error;   /* the first failure; every later write is skipped */
  GDate today, term_start, term_end;
  gint64 body[N_BODIES], area[N_AREAS], person[N_PERSONS], network[N_NETWORKS];
  gint64 network_body[N_NETWORK_BODIES], question[N_QUESTIONS], assignment[N_ASSIGNMENTS];
  gint64 event[N_EVENTS], meeting[N_MEETINGS], item[G_N_ELEMENTS (items)];
  gint64 report[G_N_ELEMENTS (attendees)];
  guint paragraph[N_BODIES], paragraph_year[N_BODIES];
} Demo;

/* The agenda of one meeting while it is being filled. */
typedef struct
{
  int meeting;
  GDate held_on;
  gboolean held;
  guint position;
} Agenda;

static gint64 demo_insert (Demo       *d,
                           const char *table,
                           ...) G_GNUC_NULL_TERMINATED;

/* Values for demo_insert(); NULL leaves the column to its default. */
static GVariant *
v_str (const char *text)
{
  return text != NULL ? g_variant_new_string (text) : NULL;
}

static GVariant *
v_int (gint64 value)
{
  return g_variant_new_int64 (value);
}

static GVariant *
v_id (gint64 id)
{
  return id != 0 ? g_variant_new_int64 (id) : NULL;
}

static void
format_date (const GDate *date,
             char         text[16])
{
  g_snprintf (text, 16, "%04u-%02u-%02u", (guint) g_date_get_year (date),
              (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

static GVariant *
v_gdate (const GDate *date)
{
  char text[16];

  format_date (date, text);
  return g_variant_new_string (text);
}

static void
demo_date (Demo       *d,
           const char *spec,
           GDate      *date)
{
  int year, month, day;
  gint64 days;

  if (sscanf (spec, "%4d-%2d-%2d", &year, &month, &day) == 3)
    {
      g_date_clear (date, 1);
      g_date_set_dmy (date, day, month, year);
    }
  else if (spec[0] == 'T')
    *date = spec[1] == '0' ? d->term_start : d->term_end;
  else
    {
      *date = d->today;
      days = g_ascii_strtoll (spec, NULL, 10);
      if (days >= 0)
        g_date_add_days (date, days);
      else
        g_date_subtract_days (date, -days);
    }
}

static GVariant *
v_date (Demo       *d,
        const char *spec)
{
  GDate date;

  if (spec == NULL)
    return NULL;
  demo_date (d, spec, &date);
  return v_gdate (&date);
}

/* Inserts a row from column, value pairs; a NULL value leaves the column out. */
static gint64
demo_insert (Demo       *d,
             const char *table,
             ...)
{
  g_autoptr(GVariant) values = NULL;
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
  values = g_variant_ref_sink (g_variant_builder_end (&builder));

  if (d->error != NULL)
    return 0;
  id = ber_store_insert (d->store, table, values, &d->error);
  return d->error == NULL ? id : 0;
}

/* Links an owner to @ids at @indexes (up to a 0), or to the indexes themselves. */
static void
demo_links (Demo         *d,
            const char   *table,
            const char   *owner_column,
            gint64        owner_id,
            const char   *other_column,
            const int    *indexes,
            gsize         n_indexes,
            const gint64 *ids)
{
  gint64 other[8];
  gsize n;

  for (n = 0; n < n_indexes && n < G_N_ELEMENTS (other) && indexes[n] != 0; n++)
    other[n] = ids != NULL ? ids[indexes[n]] : indexes[n];
  for (gsize i = 0; i < n && d->error == NULL; i++)
    ber_store_set_link (d->store, table, owner_column, owner_id, other_column, other[i], TRUE,
                        &d->error);
}

/* The demo organisation's emblem: a north star over a river, drawn for the demo. */
static const char demo_logo[] =
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 96 96' width='96' height='96'>"
  "<rect x='4' y='4' width='88' height='88' rx='18' fill='#1c5d99'/>"
  "<path d='M48 14 L54 38 L78 44 L54 50 L48 74 L42 50 L18 44 L42 38 Z' fill='#ffffff'/>"
  "<path d='M14 78 C28 70 38 86 52 78 S76 70 82 78' stroke='#9fd3ff' stroke-width='5' "
  "fill='none' stroke-linecap='round'/>"
  "</svg>";

static void
fill_issuer (Demo *d)
{
  GVariantDict values;

  if (d->error != NULL)
    return;
  g_variant_dict_init (&values, NULL);
  g_variant_dict_insert (&values, "name", "s", "Region Norrbotten");
  g_variant_dict_insert (&values, "unit", "s",
                         "Regionala utvecklingsförvaltningen, internationella sekretariatet");
  g_variant_dict_insert (&values, "address", "s", "Robertsviksgatan 7, 971 89 Luleå");
  g_variant_dict_insert_value (&values, "logo",
                               g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, demo_logo,
                                                          sizeof demo_logo - 1, 1));
  g_variant_dict_insert (&values, "logo_type", "s", "image/svg+xml");
  ber_store_update (d->store, "organisation", 1, g_variant_dict_end (&values), &d->error);
}

static void
fill_organisation (Demo *d)
{
  gsize i;

  fill_issuer (d);

  for (i = 1; i < N_BODIES; i++)
    d->body[i] = demo_insert (d, "body", "name", v_str (bodies[i].name),
                              "short_name", v_str (bodies[i].short_name),
                              "kind", v_str (bodies[i].kind),
                              "established_on", v_str (bodies[i].established_on),
                              "dissolved_on", v_str (bodies[i].dissolved_on),
                              "agenda_deadline_days", v_int (bodies[i].deadline_days),
                              "notes", v_str (bodies[i].notes), NULL);

  for (i = 0; i < 2 * G_N_ELEMENTS (template_points); i++)
    {
      gsize k = i % G_N_ELEMENTS (template_points);

      demo_insert (d, "agenda_template_point",
                   "body_id", v_int (d->body[k == i ? BODY_RS : BODY_RUN]),
                   "position", v_int (k + 1), "title", v_str (template_points[k].title),
                   "placement", v_str (template_points[k].placement), NULL);
    }

  for (i = 1; i < N_AREAS; i++)
    d->area[i] = demo_insert (d, "subject_area", "name", v_str (areas[i]), NULL);

  for (i = 0; i < G_N_ELEMENTS (routing_rules); i++)
    demo_insert (d, "routing_rule", "body_id", v_int (d->body[routing_rules[i].body]),
                 "item_type", v_str (routing_rules[i].item_type),
                 "subject_area_id", v_id (d->area[routing_rules[i].area]),
                 "reason", v_str (routing_rules[i].reason), NULL);

  for (i = 1; i < N_PERSONS; i++)
    {
      gboolean official = persons[i].department != NULL;
      g_autofree char *ascii = g_str_to_ascii (persons[i].name, "C");
      g_autofree char *login = g_ascii_strdown (g_strdelimit (ascii, " ", '.'), -1);
      g_autofree char *email = g_strconcat (login, "@region.example.se", NULL);
      g_autofree char *phone = g_strdup_printf ("010-480 %02u %02u", 10 + (guint) i, 2 * (guint) i);

      d->person[i] = demo_insert (d, "person", "name", v_str (persons[i].name),
                                  "kind", v_str (official ? "official" : "elected"),
                                  "party", v_str (persons[i].party),
                                  "department", v_str (persons[i].department),
                                  "title", v_str (persons[i].title), "email", v_str (email),
                                  "phone", v_str (official ? phone : NULL), NULL);
    }
}

static void
fill_networks (Demo *d)
{
  int year = g_date_get_year (&d->today);
  gsize i;

  for (i = 1; i < N_NETWORKS; i++)
    {
      const DemoNetwork *n = &networks[i];

      d->network[i] = demo_insert (d, "network", "name", v_str (n->name),
                                   "acronym", v_str (n->acronym), "kind", v_str (n->kind),
                                   "description", v_str (n->description),
                                   "website", v_str (n->website), "scope", v_str (n->scope),
                                   "responsible_body_id", v_id (d->body[n->responsible]),
                                   "next_review_on", v_date (d, n->next_review_on), NULL);
      demo_links (d, "network_goal", "network_id", d->network[i], "goal_id", n->goals,
                  G_N_ELEMENTS (n->goals), NULL);
    }

  for (i = 1; i < N_NETWORK_BODIES; i++)
    d->network_body[i] = demo_insert (d, "network_body",
                                      "network_id", v_int (d->network[network_bodies[i].network]),
                                      "name", v_str (network_bodies[i].name),
                                      "kind", v_str (network_bodies[i].kind),
                                      "seats", v_int (network_bodies[i].seats), NULL);

  for (i = 0; i < G_N_ELEMENTS (memberships); i++)
    demo_insert (d, "membership", "network_id", v_int (d->network[memberships[i].network]),
                 "status", v_str (memberships[i].status),
                 "via_network_id", v_id (d->network[memberships[i].via]),
                 "from_on", v_date (d, memberships[i].from_on),
                 "to_on", v_date (d, memberships[i].to_on),
                 "deciding_body_id", v_id (d->body[memberships[i].body]),
                 "decision_reference", v_str (memberships[i].reference),
                 "activity", v_str (memberships[i].activity),
                 "notice_period", v_str (memberships[i].notice),
                 "notes", v_str (memberships[i].notes), NULL);

  /* Last year's fee and this year's, in EUR at a rate or else in SEK. */
  for (i = 0; i < 2 * G_N_ELEMENTS (fees); i++)
    {
      gboolean last = i % 2 == 0;
      double rate = last ? fees[i / 2].last_rate : fees[i / 2].rate;
      double amount = last ? fees[i / 2].last_amount : fees[i / 2].amount;

      demo_insert (d, "fee", "network_id", v_int (d->network[fees[i / 2].network]),
                   "year", v_int (last ? year - 1 : year), "amount", g_variant_new_double (amount),
                   "currency", v_str (rate > 0 ? "EUR" : "SEK"),
                   "sek_rate", rate > 0 ? g_variant_new_double (rate) : NULL,
                   "notes", v_str (fees[i / 2].notes), NULL);
    }

  for (i = 0; i < G_N_ELEMENTS (reviews); i++)
    demo_insert (d, "network_review", "network_id", v_int (d->network[reviews[i].network]),
                 "reviewed_on", v_date (d, reviews[i].reviewed_on),
                 "outcome", v_str (reviews[i].outcome), "note", v_str (reviews[i].note), NULL);

  for (i = 1; i < N_QUESTIONS; i++)
    {
      d->question[i] = demo_insert (d, "influence_question", "title", v_str (questions[i].title),
                                    "description", v_str (questions[i].description),
                                    "scope", v_str (questions[i].scope),
                                    "plan_body_id", v_int (d->body[questions[i].body]),
                                    "year", v_int (year),
                                    "priority", v_int (questions[i].priority),
                                    "plan", v_str (questions[i].plan),
                                    "action_plan", v_str (questions[i].action_plan), NULL);
      demo_links (d, "network_influence_question", "influence_question_id", d->question[i],
                  "network_id", questions[i].networks, G_N_ELEMENTS (questions[i].networks),
                  d->network);
    }
}

static void
fill_assignments (Demo *d)
{
  gsize i;

  for (i = 1; i < N_ASSIGNMENTS; i++)
    {
      const DemoAssignment *a = &assignments[i];
      GVariant *to_on = NULL;
      GDate date;

      /* A mandate of this term that ends early never outlasts the term. */
      if (a->to_on != NULL)
        {
          demo_date (d, a->to_on, &date);
          if (g_str_equal (a->from_on, "T0") && g_date_compare (&date, &d->term_end) > 0)
            date = d->term_end;
          to_on = v_gdate (&date);
        }
      d->assignment[i] = demo_insert (d, "assignment", "person_id", v_int (d->person[a->person]),
                                      "network_id", v_id (d->network[a->network]),
                                      "network_body_id", v_id (d->network_body[a->network_body]),
                                      "forum", v_str (a->forum), "role", v_str (a->role),
                                      "mandate", v_str (a->mandate),
                                      "from_on", v_date (d, a->from_on), "to_on", to_on,
                                      "appointing_body_id", v_id (d->body[a->body]),
                                      "decision_reference", v_str (a->reference),
                                      "candidacy", v_str (a->candidacy), NULL);
    }
}

static void
meeting_date (Demo  *d,
              int    meeting,
              GDate *date)
{
  demo_date (d, meetings[meeting].held_on, date);
  while (meetings[meeting].weekday != 0 && g_date_get_weekday (date) != meetings[meeting].weekday)
    g_date_add_days (date, 1);
}

static void
fill_events (Demo *d)
{
  gsize i;

  for (i = 1; i < N_EVENTS; i++)
    d->event[i] = demo_insert (d, "forum_event", "network_id", v_id (d->network[events[i].network]),
                               "network_body_id", v_id (d->network_body[events[i].network_body]),
                               "title", v_str (events[i].title),
                               "starts_on", v_date (d, events[i].starts_on),
                               "ends_on", v_date (d, events[i].ends_on),
                               "place", v_str (events[i].place), "notes", v_str (events[i].notes),
                               NULL);

  for (i = 0; i < G_N_ELEMENTS (attendees); i++)
    {
      const DemoAssignment *a = &assignments[attendees[i].assignment];
      gint64 event = d->event[attendees[i].event];
      gint64 assignment = d->assignment[attendees[i].assignment];
      GVariant *presented_on = NULL;
      GDate due_on, date;

      demo_insert (d, "event_attendance", "event_id", v_int (event),
                   "person_id", v_int (d->person[a->person]),
                   "assignment_id", v_int (assignment), NULL);
      if (attendees[i].status == NULL)
        continue;

      demo_date (d, events[attendees[i].event].ends_on, &due_on);
      g_date_add_days (&due_on, 21);
      if (g_str_equal (attendees[i].status, "presented"))
        {
          meeting_date (d, attendees[i].meeting, &date);
          presented_on = v_gdate (&date);
        }
      d->report[i] = demo_insert (d, "report", "event_id", v_int (event),
                                  "person_id", v_int (d->person[a->person]),
                                  "assignment_id", v_int (assignment),
                                  "body_id", v_int (d->body[a->body]),
                                  "status", v_str (attendees[i].status),
                                  "due_on", v_gdate (&due_on),
                                  "received_on", v_date (d, attendees[i].received_on),
                                  "presented_on", presented_on,
                                  "subject_areas", v_str (attendees[i].subject_areas),
                                  "positions", v_str (attendees[i].positions),
                                  "continued_work", v_str (attendees[i].continued_work),
                                  "home_work", v_str (attendees[i].home_work),
                                  "reminded_on", v_date (d, attendees[i].reminded_on), NULL);
    }

  /* The questions pursued at a forum meeting, and the report's position on each. */
  for (i = 0; i < G_N_ELEMENTS (question_events); i++)
    {
      gint64 question = d->question[question_events[i].question];

      demo_links (d, "event_influence_question", "event_id", d->event[question_events[i].event],
                  "influence_question_id", &question_events[i].question, 1, d->question);
      demo_insert (d, "report_influence_question",
                   "report_id", v_int (d->report[question_events[i].attendee]),
                   "influence_question_id", v_int (question),
                   "position", v_str (question_events[i].position), NULL);
    }
}

/* The steps an item took to reach its status, spread from its arrival to its meeting. */
static void
fill_transitions (Demo           *d,
                  const DemoItem *item,
                  gint64          item_id)
{
  gboolean tabled = g_strcmp0 (item->decision, "tabled") == 0;
  const char *path[G_N_ELEMENTS (workflow) + 2] = { workflow[0], };
  GDate start, end;
  guint n = 1, last, k;

  if (g_str_equal (item->status, "declined") || g_str_equal (item->status, "written-off"))
    {
      if (item->relevant != REL_UNKNOWN)
        path[n++] = "assessed";
      path[n++] = item->status;
    }
  else
    {
      for (; n < G_N_ELEMENTS (workflow) && !g_str_equal (path[n - 1], item->status); n++)
        path[n] = workflow[n];
      if (tabled)
        {
          path[n++] = "on-agenda";
          path[n++] = "ready";
        }
    }

  demo_date (d, item->received_on, &start);
  end = d->today;
  g_date_subtract_days (&end, 1);
  if (item->decision != NULL)
    meeting_date (d, item->meeting, &end);
  if (g_date_compare (&end, &start) < 0)
    end = start;
  /* The extract is dispatched once the minutes are approved and posted. */
  last = g_str_equal (item->status, "dispatched") ? n - 2 : n - 1;

  for (k = 0; k < n; k++)
    {
      GDate on = k > last ? end : start;
      g_autofree char *changed_at = NULL;
      char day[16];

      if (k > last)
        g_date_add_days (&on, 8);
      else if (last > 0)
        g_date_add_days (&on, g_date_days_between (&start, &end) * k / last);
      format_date (&on, day);
      changed_at = g_strdup_printf ("%sT%02u:%02u:00Z", day, 8 + k, (k * 17) % 60);
      demo_insert (d, "item_transition", "item_id", v_int (item_id),
                   "from_status", v_str (k > 0 ? path[k - 1] : NULL), "to_status", v_str (path[k]),
                   "reason", v_str (k + 1 < n ? NULL : tabled ? "Bordlagt" : item->reason),
                   "changed_at", v_str (changed_at), "changed_by", v_str ("demo"), NULL);
    }
}

/* The att-clauses of an item's proposal, or of the decision recorded on its agenda entry. */
static void
fill_clauses (Demo           *d,
              const DemoItem *item,
              const char     *owner_column,
              gint64          owner_id,
              gboolean        decided)
{
  const char *texts[G_N_ELEMENTS (item->clauses) + 1];
  const char *instead = NULL;
  gsize i, n = 0;

  for (i = 0; i < G_N_ELEMENTS (item->clauses) && item->clauses[i] != NULL; i++)
    texts[n++] = item->clauses[i];
  if (decided && g_strcmp0 (item->decision, "amended") == 0)
    texts[n++] = item->amendment;
  /* A tabled or declined proposal leaves one clause that says so. */
  if (decided && g_strcmp0 (item->decision, "tabled") == 0)
    instead = "att bordlägga ärendet till nästa sammanträde";
  else if (decided && g_strcmp0 (item->decision, "declined") == 0)
    instead = "att avslå förslaget";
  if (instead != NULL)
    {
      texts[0] = instead;
      n = 1;
    }

  for (i = 0; i < n; i++)
    {
      gboolean assigns = decided && item->responsible != 0
                         && g_str_has_prefix (texts[i], "att uppdra");

      demo_insert (d, "clause", owner_column, v_int (owner_id), "position", v_int (i + 1),
                   "text", v_str (texts[i]),
                   "responsible_id", assigns ? v_int (d->person[item->responsible]) : NULL,
                   "due_on", assigns ? v_date (d, item->due_on) : NULL,
                   "completed_on", assigns ? v_date (d, item->completed_on) : NULL, NULL);
    }
}

static void
fill_items (Demo *d)
{
  gsize i, k;

  for (i = 0; i < G_N_ELEMENTS (items); i++)
    {
      const DemoItem *item = &items[i];
      gboolean relevant = item->relevant == REL_YES;
      gboolean routed = relevant && !g_str_equal (item->status, "declined");
      gint64 body = d->body[item->body];
      g_autofree char *diary_number = NULL;
      guint position = 0;
      GDate received_on;
      gint64 id;

      demo_date (d, item->received_on, &received_on);
      diary_number = g_strdup_printf ("%s %u/%d", bodies[item->body].short_name,
                                      (guint) g_date_get_year (&received_on), item->serial);
      id = d->item[i] = demo_insert (d, "item", "diary_number", v_str (diary_number),
                                     "diary_body_id", v_int (body),
                                     "diary_year", v_int (g_date_get_year (&received_on)),
                                     "title", v_str (item->title), "type", v_str (item->type),
                                     "description", v_str (item->description),
                                     "received_on", v_gdate (&received_on),
                                     "reply_by", v_date (d, item->reply_by),
                                     "subject_area_id", v_id (d->area[item->area]),
                                     "case_officer_id", v_id (d->person[item->officer]),
                                     "status", v_str (item->status),
                                     "status_reason", v_str (item->reason),
                                     "relevant", item->relevant ? v_int (relevant) : NULL,
                                     "recommended_body_id", relevant ? v_int (body) : NULL,
                                     "assessment", v_str (item->assessment),
                                     "routed_body_id", routed ? v_int (body) : NULL,
                                     "confidential", v_int (item->confidential),
                                     "secrecy_ground", v_str (item->secrecy_ground), NULL);
      if (id == 0)
        return;

      fill_transitions (d, item, id);
      fill_clauses (d, item, "item_id", id, FALSE);
      /* Beslutsunderlag: the officials' memo first, then the papers of the matter. */
      for (k = 0; k <= G_N_ELEMENTS (item->documents); k++)
        {
          const char *title = k > 0 ? item->documents[k - 1]
                                    : item->clauses[0] != NULL ? "Tjänsteskrivelse" : NULL;

          if (title != NULL)
            demo_insert (d, "document", "item_id", v_int (id), "position", v_int (++position),
                         "title", v_str (title), "file_path", v_str (""), NULL);
        }
      demo_links (d, "item_network", "item_id", id, "network_id", item->networks,
                  G_N_ELEMENTS (item->networks), d->network);
      demo_links (d, "item_influence_question", "item_id", id, "influence_question_id",
                  item->questions, G_N_ELEMENTS (item->questions), d->question);
      demo_links (d, "item_goal", "item_id", id, "goal_id", item->goals,
                  G_N_ELEMENTS (item->goals), NULL);
    }
}

/*
 * Adds an entry to the agenda. Once the meeting is held, a numbered entry takes
 * the next paragraph of its body's series for the year, which runs across meetings.
 */
static gint64
add_entry (Demo       *d,
           Agenda     *agenda,
           const char *kind,
           const char *title,
           const char *target_column,
           gint64      target_id,
           int         presenter,
           gboolean    numbered,
           const char *decision,
           const char *note)
{
  int body = meetings[agenda->meeting].body;
  guint year = g_date_get_year (&agenda->held_on);
  gboolean in_minutes = agenda->held && numbered;

  if (in_minutes && d->paragraph_year[body] != year)
    {
      d->paragraph_year[body] = year;
      d->paragraph[body] = (g_date_get_month (&agenda->held_on) - 1) * 8;
    }

  return demo_insert (d, "agenda_entry", "meeting_id", v_int (d->meeting[agenda->meeting]),
                      "position", v_int (++agenda->position), "kind", v_str (kind),
                      "title", v_str (title), target_column, v_id (target_id),
                      "presenter_id", v_id (d->person[presenter]),
                      "estimated_minutes", v_int (target_id != 0 ? 15 : 2),
                      "paragraph", in_minutes ? v_int (++d->paragraph[body]) : NULL,
                      "paragraph_body_id", in_minutes ? v_int (d->body[body]) : NULL,
                      "paragraph_year", in_minutes ? v_int (year) : NULL,
                      "decision", agenda->held ? v_str (decision) : NULL,
                      "decision_note", agenda->held ? v_str (note) : NULL, NULL);
}

static void
fill_standard_points (Demo     *d,
                      Agenda   *agenda,
                      gboolean  end)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (template_points); i++)
    {
      const char *title = template_points[i].title;
      gboolean numbered = template_points[i].numbered;
      g_autofree char *note = NULL;

      if (g_str_equal (template_points[i].placement, "end") != end)
        continue;
      if (g_str_has_prefix (title, "Val av justerare"))
        note = g_strdup_printf ("%s utses att jämte ordföranden justera protokollet.",
                                persons[meetings[agenda->meeting].checker].name);
      add_entry (d, agenda, "standard", title, "item_id", 0, PER_NONE, numbered,
                 numbered ? "as-proposed" : NULL, note);
    }
}

/* The motion of @item's decision, if any, with the vote on it. */
static void
fill_motion (Demo           *d,
             Agenda         *agenda,
             const DemoItem *item,
             gint64          entry)
{
  const DemoMeeting *m = &meetings[agenda->meeting];
  const DemoSeat *seat;
  GVariantDict values;
  gint64 motion;
  gsize k;

  for (k = 0; k < G_N_ELEMENTS (minutes_motions); k++)
    if (minutes_motions[k].body == item->body && minutes_motions[k].serial == item->serial)
      break;
  if (k == G_N_ELEMENTS (minutes_motions) || d->error != NULL)
    return;

  motion = demo_insert (d, "motion", "agenda_entry_id", v_int (entry), "position", v_int (1),
                        "mover", v_str (minutes_motions[k].mover),
                        "text", v_str (minutes_motions[k].text), NULL);
  for (seat = seats[m->body]; seat->person != 0 && motion != 0; seat++)
    {
      gboolean serving = m->absent != 0 && g_str_equal (seat->role, "deputy");

      if (seat->person == m->absent
          || (!serving && !g_str_equal (seat->role, "chair")
              && !g_str_equal (seat->role, "member")))
        continue;
      demo_insert (d, "vote", "agenda_entry_id", v_int (entry),
                   "person_id", v_int (d->person[seat->person]),
                   "choice", v_str (seat->person == minutes_motions[k].person ? "no" : "yes"),
                   NULL);
    }
  if (d->error != NULL || motion == 0)
    return;
  g_variant_dict_init (&values, NULL);
  g_variant_dict_insert (&values, "voted", "x", (gint64) 1);
  g_variant_dict_insert (&values, "vote_no_motion_id", "x", motion);
  ber_store_update (d->store, "agenda_entry", entry, g_variant_dict_end (&values), &d->error);

  /* The mover's reservation is in favour of the motion. */
  {
    g_autoptr(BerQuery) query = ber_query_new ("statement");
    g_autoptr(GPtrArray) rows = NULL;

    ber_query_add_condition (query, "agenda_entry_id", BER_QUERY_EQ, g_variant_new_int64 (entry));
    ber_query_add_condition (query, "kind", BER_QUERY_EQ, g_variant_new_string ("reservation"));
    ber_query_add_condition (query, "author", BER_QUERY_EQ,
                             g_variant_new_string (minutes_motions[k].mover));
    rows = d->error == NULL ? ber_store_select (d->store, query, 0, 1, &d->error) : NULL;
    if (rows != NULL && rows->len > 0)
      {
        gint64 statement = 0;

        g_variant_lookup (g_ptr_array_index (rows, 0), "id", "x", &statement);
        g_variant_dict_init (&values, NULL);
        g_variant_dict_insert (&values, "motion_id", "x", motion);
        ber_store_update (d->store, "statement", statement, g_variant_dict_end (&values),
                          &d->error);
      }
  }
}

/* Standing points, then the items and reports brought to the meeting, then the end points. */
static void
fill_agenda (Demo   *d,
             Agenda *agenda)
{
  int body = meetings[agenda->meeting].body;
  gsize i, k;
  int position;

  /* The working committee's coming meeting has no agenda yet. */
  if (body == BODY_RSAU)
    return;

  fill_standard_points (d, agenda, FALSE);
  for (i = 0; i < G_N_ELEMENTS (items); i++)
    {
      const DemoItem *item = &items[i];
      gint64 entry;

      if (item->meeting != agenda->meeting)
        continue;
      entry = add_entry (d, agenda, "item", item->title, "item_id", d->item[i], item->officer,
                         TRUE, item->decision, item->note);
      if (!agenda->held || entry == 0)
        continue;
      fill_clauses (d, item, "agenda_entry_id", entry, TRUE);
      /* Exp till: the body's usual recipients and the case officer. */
      for (k = 0; k <= G_N_ELEMENTS (distribution[body]); k++)
        {
          const char *recipient = k < G_N_ELEMENTS (distribution[body])
                                    ? distribution[body][k] : persons[item->officer].name;

          if (recipient != NULL && g_strcmp0 (item->decision, "tabled") != 0)
            demo_insert (d, "distribution", "agenda_entry_id", v_int (entry),
                         "recipient", v_str (recipient), NULL);
        }
      for (k = 0, position = 0; k < G_N_ELEMENTS (minutes_statements); k++)
        if (minutes_statements[k].body == item->body
            && minutes_statements[k].serial == item->serial)
          demo_insert (d, "statement", "agenda_entry_id", v_int (entry),
                       "position", v_int (++position),
                       "kind", v_str (minutes_statements[k].kind),
                       "author", v_str (minutes_statements[k].author),
                       "text", v_str (minutes_statements[k].text), NULL);
      fill_motion (d, agenda, item, entry);
    }
  for (i = 0; i < G_N_ELEMENTS (attendees); i++)
    {
      g_autofree char *title = NULL;
      gint64 entry;

      if (attendees[i].meeting != agenda->meeting)
        continue;
      title = g_strdup_printf ("Återrapport: %s", events[attendees[i].event].title);
      entry = add_entry (d, agenda, "report", title, "report_id", d->report[i],
                         assignments[attendees[i].assignment].person, TRUE, "noted", NULL);
      if (agenda->held && entry != 0)
        demo_insert (d, "clause", "agenda_entry_id", v_int (entry), "position", v_int (1),
                     "text", v_str ("att lägga återrapporten till handlingarna"), NULL);
    }
  fill_standard_points (d, agenda, TRUE);
}

static void
fill_meetings (Demo *d)
{
  int i;

  for (i = 1; i < N_MEETINGS; i++)
    {
      const DemoMeeting *m = &meetings[i];
      Agenda agenda = { .meeting = i };
      const DemoSeat *seat;
      GDate deadline, approved, posted;

      meeting_date (d, i, &agenda.held_on);
      agenda.held = g_date_compare (&agenda.held_on, &d->today) < 0;
      deadline = approved = agenda.held_on;
      g_date_subtract_days (&deadline, bodies[m->body].deadline_days);
      /* The minutes are approved a week after the meeting and posted the day after. */
      g_date_add_days (&approved, 7);
      posted = approved;
      g_date_add_days (&posted, 1);

      d->meeting[i] = demo_insert (d, "meeting", "body_id", v_int (d->body[m->body]),
                                   "held_on", v_gdate (&agenda.held_on),
                                   "starts_at", v_str (m->starts_at), "place", v_str (m->place),
                                   "agenda_deadline", v_gdate (&deadline),
                                   "status", v_str (agenda.held ? "minutes-approved" : "planned"),
                                   "chair_id", v_int (d->person[seats[m->body][0].person]),
                                   "checker_id", v_id (d->person[m->checker]),
                                   /* The board secretary keeps the minutes of held meetings. */
                                   "secretary_id", agenda.held ? v_int (d->person[PER_JOHANNA]) : NULL,
                                   "approved_on", agenda.held ? v_gdate (&approved) : NULL,
                                   "posted_on", agenda.held ? v_gdate (&posted) : NULL, NULL);

      for (seat = seats[m->body]; agenda.held && seat->person != 0; seat++)
        {
          gboolean serving = m->absent != 0 && g_str_equal (seat->role, "deputy");

          demo_insert (d, "attendance", "meeting_id", v_int (d->meeting[i]),
                       "person_id", v_int (d->person[seat->person]),
                       "role", v_str (serving ? "serving-deputy" : seat->role),
                       "present", v_int (seat->person != m->absent), NULL);
        }
      fill_agenda (d, &agenda);
    }
}

gboolean
ber_demo_fill (BerStore  *store,
               gpointer   user_data,
               GError   **error)
{
  static void (*const steps[]) (Demo *) = {
    fill_organisation, fill_networks, fill_assignments, fill_events, fill_items, fill_meetings,
  };
  g_autofree Demo *d = NULL;
  const char *today;
  int year, month, day;
  gsize i;

  g_return_val_if_fail (BER_IS_STORE (store), FALSE);

  today = ber_store_get_today (store);
  if (today == NULL || sscanf (today, "%4d-%2d-%2d", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, BER_STORE_ERROR, BER_STORE_ERROR_INVALID,
                   "The store's today “%s” is not a date", today != NULL ? today : "");
      return FALSE;
    }

  d = g_new0 (Demo, 1);
  d->store = store;
  g_date_set_dmy (&d->today, day, month, year);
  /* Terms of office run four years from 1 January after an election, as 2023–2026. */
  year -= ((year - 2023) % 4 + 4) % 4;
  g_date_set_dmy (&d->term_start, 1, G_DATE_JANUARY, year);
  g_date_set_dmy (&d->term_end, 31, G_DATE_DECEMBER, year + 3);

  /* One bulk write: the demo is written whole or not at all. */
  if (!ber_store_begin_bulk (store, error))
    return FALSE;

  for (i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      steps[i] (d);
      if (d->error != NULL)
        {
          ber_store_rollback (store);
          g_propagate_error (error, g_steal_pointer (&d->error));
          return FALSE;
        }
    }

  if (!ber_store_commit (store, error))
    {
      ber_store_rollback (store);
      return FALSE;
    }

  return TRUE;
}

/**
 * ber_demo_create:
 *
 * Creates a new register at @path filled with the demo data; an existing
 * file is never overwritten.
 */
gboolean
ber_demo_create (const char  *path,
                 GError     **error)
{
  return ber_store_create (path, ber_demo_fill, NULL, error);
}
